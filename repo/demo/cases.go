package demo

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/redress-project/redress/domain"
	"github.com/redress-project/redress/repo"
)

// regions are where demo complaints come from, with weights: the demo associations'
// regions and some provinces no demo association covers (those go to CCA).
var regions = []struct {
	divisions []string
	weight    int
}{
	{[]string{"440103", "440104", "440105", "440106", "440111", "440113"}, 25}, // Guangzhou: GD-GZ
	{[]string{"440303", "440304", "440305", "440402", "440604", "441302"}, 15}, // rest of Guangdong: GD
	{[]string{"110101", "110102", "110105", "110106", "110108", "110114"}, 15}, // BJ
	{[]string{"310101", "310104", "310105", "310106", "310112", "310115"}, 15}, // SH
	{[]string{"320102", "330106", "420106", "510104", "610113", "370102", "350102", "430104"}, 30},
}

// tagsFor are the hot tags that fit each category.
var tagsFor = map[string][]string{
	"online_shopping": {"ecommerce", "livestream"}, "health_products": {"elderly_health", "livestream"},
	"housing_building": {"hidden_construction"}, "home_renovation_property": {"hidden_construction", "prepaid"},
	"internet_services": {"minors_gaming", "ecommerce"}, "culture_entertainment": {"prepaid", "minors_gaming"},
	"education_training": {"prepaid"}, "beauty_personal_care": {"prepaid"}, "clothing_shoes": {"livestream", "ecommerce"},
	"food": {"livestream"}, "appliances": {"ecommerce"},
}

// Staff are the demo mediators who work generated cases, by association code.
type Staff map[string]int64

// Generator makes realistic cases with their whole history, as intake and the state
// machine would have left them: the same domain code builds and moves them, only the
// storage is bulk. Cases are spread over the year before Now.
type Generator struct {
	Tree      *domain.AssociationTree
	Calendar  *domain.Calendar
	Rules     []domain.DeadlineRule
	Mediators Staff
	Now       time.Time

	r          *rand.Rand
	categories []string
	businesses []domain.BusinessInfo
	texts      []Complaint // a pool of written complaints, recombined with other people
	spike      []Complaint // livestream purchases, for the recent spike
}

// NewGenerator loads what generation needs from db and creates a pool of businesses
// (complaints against them follow a long tail, as in real data).
func NewGenerator(ctx context.Context, db *repo.DB, n int, now time.Time, seed uint64) (*Generator, error) {
	assocs, err := repo.NewAssociations(db).FindAssociations(ctx)
	if err != nil {
		return nil, err
	}
	cals := repo.NewCalendars(db)
	holidays, workdays, err := cals.FindCalendarDays(ctx)
	if err != nil {
		return nil, err
	}
	rules, err := cals.FindDeadlineRules(ctx)
	if err != nil {
		return nil, err
	}
	mediators, err := Mediators(ctx, db)
	if err != nil {
		return nil, err
	}
	g := &Generator{Tree: domain.NewAssociationTree(assocs), Calendar: domain.NewCalendar(holidays, workdays), Rules: rules,
		Mediators: mediators, Now: now, r: rand.New(rand.NewPCG(seed, seed^0x5eed))}
	for _, c := range domain.Categories() {
		if c.Parent == "" {
			g.categories = append(g.categories, c.Code)
		}
	}
	pool := min(max(n/15, 40), 50000)
	for range pool {
		c := NewComplaint(g.r, g.categories[g.r.IntN(len(g.categories))], nil)
		g.businesses = append(g.businesses, domain.BusinessInfo{Name: c.BusinessName, USCC: c.BusinessUSCC})
	}
	// Writing a complaint is the costly part of generating one: write a pool and recombine
	// its texts with other entries' people, which still gives millions of distinct cases.
	for range min(n, 3000) {
		category := g.categories[g.r.IntN(len(g.categories))]
		var tags []string
		if hot := tagsFor[category]; len(hot) > 0 && g.r.IntN(100) < 45 {
			tags = []string{hot[g.r.IntN(len(hot))]}
		}
		g.texts = append(g.texts, NewComplaint(g.r, category, tags))
	}
	for range min(n/10+1, 300) {
		g.spike = append(g.spike, NewComplaint(g.r, "online_shopping", []string{"livestream"}))
	}
	g.businesses = append(g.businesses, Business) // the demo business's portal has cases (its USCC is registered)
	if err := repo.NewBulk(db).CreateBusinesses(ctx, g.businesses, now); err != nil {
		return nil, err
	}
	return g, nil
}

// deferChecksFrom is the size of load from which Generate builds the indexes and checks
// the foreign keys of cases once at the end, rather than row by row (see Bulk.DeferChecks).
const deferChecksFrom = 100_000

// Generate writes n cases: producers make and prepare batches while as many writers store
// the previous ones (two of each on PostgreSQL, which can use both cores; one on SQLite's
// single writer). progress is called after each batch is stored; a large load returns once the
// indexes are built again.
func (g *Generator) Generate(ctx context.Context, db *repo.DB, n int, progress func(done int)) (err error) {
	const batchSize = 2000
	bulk := repo.NewBulk(db)
	writers := 1
	if db.Dialect == repo.Postgres {
		writers = 2
	}
	if n >= deferChecksFrom {
		restore, err := bulk.DeferChecks(ctx)
		if err != nil {
			return err
		}
		defer func() { err = errors.Join(err, restore(context.WithoutCancel(ctx))) }()
	}
	// Collecting garbage less often buys the producers a good part of a core.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan *repo.Prepared, writers)
	errc := make(chan error, 1)
	fail := func(err error) {
		select {
		case errc <- err: // the first error is the one to tell
		default:
		}
		cancel()
	}
	var claimed atomic.Int64
	var producing sync.WaitGroup
	for range writers {
		// Each producer has its own random source, drawn from the generator's.
		gen := *g
		gen.r = rand.New(rand.NewPCG(g.r.Uint64(), g.r.Uint64()))
		producing.Add(1)
		go func() {
			defer producing.Done()
			for {
				start := int(claimed.Add(batchSize)) - batchSize
				if start >= n {
					return
				}
				batch := make([]repo.BulkCase, 0, min(batchSize, n-start))
				for range cap(batch) {
					bc, err := gen.next()
					if err != nil {
						fail(err)
						return
					}
					batch = append(batch, bc)
				}
				p, err := bulk.Prepare(ctx, batch)
				if err != nil {
					fail(fmt.Errorf("demo: prepare cases: %w", err))
					return
				}
				select {
				case batches <- p:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		producing.Wait()
		close(batches)
	}()
	var mu sync.Mutex
	stored := 0
	var wg sync.WaitGroup
	for range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range batches {
				if err := bulk.Write(ctx, p); err != nil {
					fail(fmt.Errorf("demo: write cases: %w", err))
					return
				}
				mu.Lock()
				stored += p.Len()
				if progress != nil {
					progress(stored)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	// The roll-ups of what was stored, even after a failure, so they agree with the cases.
	flushErr := bulk.Flush(context.WithoutCancel(ctx))
	select {
	case err := <-errc:
		return errors.Join(err, flushErr)
	default:
		return errors.Join(ctx.Err(), flushErr)
	}
}

// next makes one case: filed some time in the last year, carried as far along its
// lifecycle as its age allows.
func (g *Generator) next() (repo.BulkCase, error) {
	r := g.r
	age := time.Duration(365*24*r.Float64()*r.Float64()) * time.Hour // newer months are busier
	received := g.Now.Add(-age).Add(-time.Duration(r.IntN(3600)) * time.Second)
	gen := g.texts[r.IntN(len(g.texts))]
	if age < 42*24*time.Hour && r.IntN(100) < 12 {
		gen = g.spike[r.IntN(len(g.spike))] // a recent livestream spike
	}
	person := g.texts[r.IntN(len(g.texts))]
	if gen.IsMinor || person.IsMinor {
		person = gen // a minor's complaint tells of the minor
	}
	category := gen.Category
	in := domain.ComplaintInput{
		ConsumerName: person.ConsumerName, ConsumerMobile: person.ConsumerMobile, ConsumerDivision: pickRegion(r),
		AgeBand: person.AgeBand, IsMinor: person.IsMinor, BusinessName: gen.BusinessName,
		BusinessPlatform: gen.Platform, Category: gen.Category, Tags: gen.Tags, Title: gen.Title, Narrative: gen.Narrative,
		DesiredResolution: gen.DesiredResolution, ConsentToPublish: r.IntN(100) < 70, Channel: pickChannel(r),
	}
	if gen.AmountFen > 0 {
		in.Amount = domain.FormatAmount(gen.AmountFen)
	}
	assoc := g.Tree.Route(in.ConsumerDivision)
	rule := domain.PickDeadlineRule(g.Rules, assoc.ID, domain.DateOf(received.In(domain.ChinaTime)))
	c, first := domain.NewCase(in, assoc, rule, g.Calendar, received)
	c.AccessCodeHash = domain.HashAccessCode(domain.RandomToken(8))
	// A long tail: a few businesses draw many complaints.
	c.Business = g.businesses[int(math.Pow(r.Float64(), 3)*float64(len(g.businesses)))]
	if category == "health_products" && r.IntN(100) < 5 {
		c.Business = g.businesses[len(g.businesses)-1]
	}
	c.Business.Platform = gen.Platform
	events, err := g.work(c, received)
	return repo.BulkCase{Case: c, Events: append([]domain.Event{first}, events...)}, err
}

// work moves the case along, each step some days after the last, stopping at steps that
// would lie in the future.
func (g *Generator) work(c *domain.Case, received time.Time) ([]domain.Event, error) {
	r := g.r
	mediator := g.Mediators[c.Association.Code]
	at := received
	var events []domain.Event
	step := func(days float64) bool {
		at = at.Add(time.Duration((0.2 + days*r.Float64()) * 24 * float64(time.Hour)))
		return at.Before(g.Now)
	}
	staff := func(ev domain.Event) domain.Event {
		ev.At, ev.ActorKind, ev.ActorID, ev.ActorName = at, domain.ActorStaff, &mediator, "调解员"
		return ev
	}
	party := func(kind domain.ActorKind, typ string, payload map[string]any) {
		events = append(events, domain.Event{At: at, ActorKind: kind, Type: typ, Visibility: domain.VisibilityParties, Payload: payload})
	}
	apply := func(t domain.Transition, by domain.ActorKind) error {
		rule := domain.PickDeadlineRule(g.Rules, c.Association.ID, domain.DateOf(at.In(domain.ChinaTime)))
		ev, err := c.Apply(t, domain.TransitionEnv{Now: at, Calendar: g.Calendar, Rule: rule})
		if err != nil {
			return err
		}
		if by == domain.ActorStaff {
			ev = staff(ev)
		} else {
			ev.At, ev.ActorKind = at, by
		}
		c.Version++
		events = append(events, ev)
		return nil
	}
	defer func() { c.UpdatedAt = at; c.RefreshDue(g.Calendar) }()

	if r.IntN(100) < 3 {
		return events, nil // left in the queue: old ones show up overdue
	}
	late := 4.0
	if r.IntN(100) < 8 {
		late = 16 // some acceptances miss the 7-working-day deadline
	}
	if !step(late) {
		return events, nil
	}
	switch n := r.IntN(100); {
	case n < 8:
		reasons := domain.RejectReasons()
		return events, apply(domain.Transition{Action: domain.ActionReject, ReasonCode: reasons[r.IntN(len(reasons))].Code}, domain.ActorStaff)
	case n < 14:
		if err := apply(domain.Transition{Action: domain.ActionRequestInformation, Reason: "请补充购物凭证和聊天记录截图"}, domain.ActorStaff); err != nil {
			return nil, err
		}
		if !step(6) {
			return events, nil
		}
		party(domain.ActorConsumer, "message", map[string]any{"body": "已补充购物凭证和与客服的聊天记录。", "from": "consumer"})
		if err := apply(domain.Transition{Action: domain.ActionSupplyInformation}, domain.ActorConsumer); err != nil {
			return nil, err
		}
		if !step(2) {
			return events, nil
		}
	}
	if err := apply(domain.Transition{Action: domain.ActionAccept}, domain.ActorStaff); err != nil {
		return nil, err
	}
	c.AssigneeID = &mediator
	if r.IntN(100) < 5 {
		return events, apply(domain.Transition{Action: domain.ActionWithdraw, Reason: "已与商家自行和解"}, domain.ActorConsumer)
	}
	if !step(3) {
		return events, nil
	}
	if err := apply(domain.Transition{Action: domain.ActionStartMediation}, domain.ActorStaff); err != nil {
		return nil, err
	}
	if !step(12) || r.IntN(100) < 3 {
		return events, nil // some mediations stall past their deadline
	}
	if r.IntN(100) < 80 {
		responded := at
		c.BusinessRespondedAt, c.WaitingOn = &responded, domain.WaitingOnNone
		party(domain.ActorBusiness, "message", map[string]any{"body": "我司已收到投诉，正在核实情况，愿意与消费者协商解决。", "from": "business"})
	}
	events = append(events, staff(domain.Event{Type: "note", Visibility: domain.VisibilityInternal, Payload: map[string]any{"body": "已电话联系双方，约定调解时间。"}}))
	slow := 25.0
	if r.IntN(100) < 10 {
		slow = 90 // and some mediations overrun 45 working days
	}
	if !step(slow) {
		return events, nil
	}
	t := domain.Transition{Action: domain.ActionClose, Outcome: domain.OutcomeAgreement}
	switch n := r.IntN(100); {
	case n < 18:
		t.Outcome = domain.OutcomeBusinessRemedied
	case n < 32:
		t.Outcome = domain.OutcomeFailed
	case n < 38:
		t.Outcome = domain.OutcomeTerminated
	}
	if t.Outcome == domain.OutcomeAgreement {
		amount := int64(0)
		if c.AmountFen != nil {
			amount = *c.AmountFen * int64(50+r.IntN(51)) / 100
		}
		t.AgreementTerms = "经调解，商家同意退还消费者部分款项并赔礼道歉，双方达成和解。"
		t.AmountRecovered = domain.FormatAmount(amount)
	}
	if err := apply(t, domain.ActorStaff); err != nil {
		return nil, err
	}
	if r.IntN(100) < 45 && step(5) {
		comments := []string{"调解员很耐心，问题解决了。", "处理速度可以再快一些。", "感谢消协的帮助！", "结果还算满意。", "商家态度差，但消协尽力了。"}
		score, comment := 2+r.IntN(4), comments[r.IntN(len(comments))]
		c.Rating = &domain.Rating{Score: score, Comment: comment, At: at}
		party(domain.ActorConsumer, "rated", map[string]any{"score": score, "comment": comment, "to": "consumer"})
	}
	return events, nil
}

func pickRegion(r *rand.Rand) string {
	total := 0
	for _, g := range regions {
		total += g.weight
	}
	n := r.IntN(total)
	for _, g := range regions {
		if n < g.weight {
			return g.divisions[r.IntN(len(g.divisions))]
		}
		n -= g.weight
	}
	return regions[0].divisions[0]
}

func pickChannel(r *rand.Rand) string {
	switch n := r.IntN(100); {
	case n < 70:
		return "web"
	case n < 90:
		return "phone"
	case n < 97:
		return "visit"
	}
	return "letter"
}
