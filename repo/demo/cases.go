package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/redress-project/redress/domain"
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

// hot tags per category, so tags land where they belong.
var tagsFor = map[string][]string{
	"online_shopping": {"ecommerce", "livestream"}, "health_products": {"elderly_health", "livestream"},
	"housing_building": {"hidden_construction"}, "home_renovation_property": {"hidden_construction", "prepaid"},
	"internet_services": {"minors_gaming", "ecommerce"}, "culture_entertainment": {"prepaid", "minors_gaming"},
	"education_training": {"prepaid"}, "beauty_personal_care": {"prepaid"}, "clothing_shoes": {"livestream", "ecommerce"},
	"food": {"livestream"}, "appliances": {"ecommerce"},
}

// Staff are the demo accounts that work seeded cases: a mediator per association code.
type Staff map[string]int64

// SeedComplaints files n synthetic complaints spread over the year before now and carries
// each through the lifecycle as far as its age allows, through the case service, so that
// deadlines, events and hash chains are what real use would leave. The service's clock is
// moved to each step's time.
func SeedComplaints(ctx context.Context, svc *domain.CaseService, mediators Staff, n int, now time.Time, seed uint64) error {
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	categories := domain.Categories()
	var first []string
	for _, c := range categories {
		if c.Parent == "" {
			first = append(first, c.Code)
		}
	}
	clock := now
	svc.Now = func() time.Time { return clock }
	defer func() { svc.Now = func() time.Time { return time.Now().UTC() } }()

	for i := 0; i < n; i++ {
		// Newer months are busier; a livestream spike in the last six weeks.
		age := time.Duration(365*24*r.Float64()*r.Float64()) * time.Hour
		received := now.Add(-age).Add(-time.Duration(r.IntN(3600)) * time.Second)
		category := first[r.IntN(len(first))]
		var tags []string
		if hot := tagsFor[category]; len(hot) > 0 && r.IntN(100) < 45 {
			tags = []string{hot[r.IntN(len(hot))]}
		}
		if age < 42*24*time.Hour && r.IntN(100) < 12 {
			category, tags = "online_shopping", []string{"livestream"}
		}
		gen := NewComplaint(r, category, tags)
		in := domain.ComplaintInput{
			ConsumerName: gen.ConsumerName, ConsumerMobile: gen.ConsumerMobile, ConsumerDivision: pickRegion(r),
			AgeBand: gen.AgeBand, IsMinor: gen.IsMinor, BusinessName: gen.BusinessName, BusinessUSCC: gen.BusinessUSCC,
			BusinessPlatform: gen.Platform, Category: gen.Category, Tags: gen.Tags, Title: gen.Title, Narrative: gen.Narrative,
			DesiredResolution: gen.DesiredResolution, ConsentToPublish: r.IntN(100) < 70, Channel: pickChannel(r),
		}
		if gen.AmountFen > 0 {
			in.Amount = domain.FormatAmount(gen.AmountFen)
		}
		if r.IntN(100) < 4 && category == "health_products" {
			in.BusinessName, in.BusinessUSCC = Business.Name, Business.USCC // the demo business's portal has cases
		}
		clock = received
		receipt, _, err := svc.Submit(ctx, in, domain.Actor{Kind: domain.ActorConsumer}, nil)
		if err != nil {
			return fmt.Errorf("demo: complaint %d: %w", i, err)
		}
		if err := work(ctx, svc, r, receipt.Case, mediators, received, now, &clock); err != nil {
			return fmt.Errorf("demo: complaint %d: %w", i, err)
		}
	}
	return nil
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

// work carries a filed case along its lifecycle, each step a few (working) days after the
// last, stopping at steps that would lie in the future.
func work(ctx context.Context, svc *domain.CaseService, r *rand.Rand, c *domain.Case, mediators Staff, received, now time.Time, clock *time.Time) error {
	mediator := mediators[c.Association.Code]
	staff := domain.Actor{Kind: domain.ActorStaff, UserID: mediator, Name: "调解员", Can: func(string, string, string) bool { return true }}
	consumer := domain.Actor{Kind: domain.ActorConsumer, TrackedCaseID: c.ID}
	business := domain.Actor{Kind: domain.ActorBusiness, BusinessID: c.Business.ID}
	at := received
	version := c.Version
	step := func(days float64) bool {
		at = at.Add(time.Duration((0.2 + days*r.Float64()) * 24 * float64(time.Hour)))
		*clock = at
		return at.Before(now)
	}
	transition := func(a domain.Actor, t domain.Transition) error {
		next, err := svc.Transition(ctx, a, c.ID, version, t)
		if err == nil {
			version = next.Version
		}
		return err
	}

	if r.IntN(100) < 3 {
		return nil // left in the queue: old ones show up overdue
	}
	late := 4.0
	if r.IntN(100) < 8 {
		late = 16 // some acceptances miss the 7-working-day deadline
	}
	if !step(late) {
		return nil
	}
	if next, err := svc.Assign(ctx, staff, c.ID, version, mediator, func(int64, *domain.Association) (bool, error) { return true, nil }); err != nil {
		return err
	} else {
		version = next.Version
	}
	switch n := r.IntN(100); {
	case n < 8:
		reasons := domain.RejectReasons()
		return transition(staff, domain.Transition{Action: domain.ActionReject, ReasonCode: reasons[r.IntN(len(reasons))].Code})
	case n < 14:
		if err := transition(staff, domain.Transition{Action: domain.ActionRequestInformation, Reason: "请补充购物凭证和聊天记录截图"}); err != nil {
			return err
		}
		if !step(6) {
			return nil
		}
		if _, err := svc.AddNote(ctx, consumer, c.ID, domain.Note{Body: "已补充购物凭证和与客服的聊天记录。"}); err != nil {
			return err
		}
		version++
		if !step(2) {
			return nil
		}
	}
	if err := transition(staff, domain.Transition{Action: domain.ActionAccept}); err != nil {
		return err
	}
	if r.IntN(100) < 5 {
		return transition(consumer, domain.Transition{Action: domain.ActionWithdraw, Reason: "已与商家自行和解"})
	}
	if !step(3) {
		return nil
	}
	if err := transition(staff, domain.Transition{Action: domain.ActionStartMediation}); err != nil {
		return err
	}
	if !step(12) || r.IntN(100) < 3 {
		return nil // some mediations stall past their deadline
	}
	if r.IntN(100) < 80 {
		if _, err := svc.AddNote(ctx, business, c.ID, domain.Note{Body: "我司已收到投诉，正在核实情况，愿意与消费者协商解决。"}); err != nil {
			return err
		}
		version++
	}
	if _, err := svc.AddNote(ctx, staff, c.ID, domain.Note{Body: "已电话联系双方，约定调解时间。", Visibility: domain.VisibilityInternal}); err != nil {
		return err
	}
	slow := 25.0
	if r.IntN(100) < 10 {
		slow = 90 // and some mediations overrun 45 working days
	}
	if !step(slow) {
		return nil
	}
	outcome := domain.OutcomeAgreement
	switch n := r.IntN(100); {
	case n < 18:
		outcome = domain.OutcomeBusinessRemedied
	case n < 32:
		outcome = domain.OutcomeFailed
	case n < 38:
		outcome = domain.OutcomeTerminated
	}
	t := domain.Transition{Action: domain.ActionClose, Outcome: outcome}
	if outcome == domain.OutcomeAgreement {
		amount := int64(0)
		if c.AmountFen != nil {
			amount = *c.AmountFen * int64(50+r.IntN(51)) / 100
		}
		t.AgreementTerms = "经调解，商家同意退还消费者部分款项并赔礼道歉，双方达成和解。"
		t.AmountRecovered = domain.FormatAmount(amount)
	}
	if err := transition(staff, t); err != nil {
		return err
	}
	if r.IntN(100) < 45 && step(5) {
		comments := []string{"调解员很耐心，问题解决了。", "处理速度可以再快一些。", "感谢消协的帮助！", "结果还算满意。", "商家态度差，但消协尽力了。"}
		if _, err := svc.Rate(ctx, consumer, c.ID, 2+r.IntN(4), comments[r.IntN(len(comments))]); err != nil {
			return err
		}
	}
	return nil
}
