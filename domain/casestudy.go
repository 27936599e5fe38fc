package domain

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/redress-project/redress/domain/anonymize"
	"github.com/redress-project/redress/domain/studytext"
	"github.com/redress-project/redress/domain/text"
)

// Case study statuses: drafted from a closed case, edited, submitted, approved by a
// supervisor, published to the shared library, and withdrawn when needed.
const (
	StudyDraft     = "draft"
	StudySubmitted = "submitted"
	StudyApproved  = "approved"
	StudyPublished = "published"
	StudyWithdrawn = "withdrawn"
)

// StudyFacts are the generalized quasi-identifiers a case study publishes.
type StudyFacts struct {
	Category            string   `json:"category"`
	Tags                []string `json:"tags"`
	RegionCode          string   `json:"region_code"` // province or city, or 000000 for the country
	Period              string   `json:"period"`      // 2026-03, 2026-Q1 or 2026
	Year                int      `json:"year"`
	AmountBand          string   `json:"amount_band"`
	Outcome             Outcome  `json:"outcome"`
	AmountRecoveredBand string   `json:"amount_recovered_band,omitempty"`
	AgeBand             string   `json:"age_band,omitempty"`
}

// CaseStudy is an anonymized account of a closed case.
type CaseStudy struct {
	ID              int64
	Slug            string
	CaseID          int64
	Association     Association
	Status          string
	Title           string
	Narrative       string
	MediatorAction  string
	Lesson          string
	Tip             string
	Facts           StudyFacts
	K, L            int // the published facts' k-anonymity and l-diversity of outcome
	NeedsReview     bool
	ReviewNote      string
	Spans           []anonymize.Span
	CreatedBy       int64
	ApprovedBy      *int64
	CreatedAt       time.Time
	UpdatedAt       time.Time
	PublishedAt     *time.Time
	WithdrawnAt     *time.Time
	WithdrawnReason string
	Version         int64
}

// QIClass is a combination of generalized facts as published; counting the closed cases
// in it tells how many a published case study hides among. An empty field is a fact the
// study does not publish, so it narrows nothing.
type QIClass struct {
	Category      string
	AssociationID int64
	RegionPrefix  string // "" for the whole country
	From, To      Date
	AnyAmount     bool // the amount band is not published
	MinFen        int64
	MaxFen        int64    // exclusive; 0 for no upper bound
	Tags          []string // exactly this tag set; nil when tags are not published
	AgeBand       string   // the consumer's age band as stored; "" when not published
	// The recovered band of an agreement, when published: counted in ClassCount.Recovered.
	RecoveredBand              bool
	RecoveredMin, RecoveredMax int64
}

// ClassCount is what a class holds: its closed cases by outcome, and how many of its
// agreements recovered an amount in the class's recovered band.
type ClassCount struct {
	ByOutcome map[Outcome]int64
	Recovered int64
}

// StudyQuery searches the published library.
type StudyQuery struct {
	Terms    []string // all must match
	Category string
	Tag      string
	Province string // a province code such as 440000
	Outcome  string
	Year     int
	Offset   int
	Limit    int
}

// CaseStudyStore keeps case studies and their search index.
type CaseStudyStore interface {
	// CreateCaseStudy stores a draft; a case has at most one (conflict).
	CreateCaseStudy(ctx context.Context, s *CaseStudy) error
	// FindCaseStudy returns a case study by ID or not_found.
	FindCaseStudy(ctx context.Context, id int64) (*CaseStudy, error)
	// FindCaseStudyBySlug returns a case study by slug or not_found.
	FindCaseStudyBySlug(ctx context.Context, slug string) (*CaseStudy, error)
	// FindCaseStudyOfCase returns the case study of a case or not_found.
	FindCaseStudyOfCase(ctx context.Context, caseID int64) (*CaseStudy, error)
	// FindCaseStudies lists case studies of the associations given in a status ("" all), newest first.
	FindCaseStudies(ctx context.Context, associationIDs []int64, status string, limit int) ([]CaseStudy, error)
	// UpdateCaseStudy locks, runs fn, saves; terms, when fn returns them, replace the index.
	UpdateCaseStudy(ctx context.Context, id int64, fn func(s *CaseStudy) (terms map[string]int, err error)) (*CaseStudy, error)
	// SearchCaseStudies finds published case studies, best matches first, and the total.
	SearchCaseStudies(ctx context.Context, q StudyQuery) ([]CaseStudy, int64, error)
	// PublishedTerms returns the term counts of every published case study.
	PublishedTerms(ctx context.Context) (map[int64]map[string]int, error)
	// CountClass counts the closed cases in a class by outcome.
	CountClass(ctx context.Context, c QIClass) (ClassCount, error)
}

// CaseStudyService drafts, edits, approves and publishes case studies, and serves the library.
type CaseStudyService struct {
	Store CaseStudyStore
	Tips  TipStore
	Cases *CaseService
	K     int // minimum class size for published facts; 5 by default
	Now   func() time.Time

	// The division names the text of studies is generalized with: reference data, read once.
	placesMu   sync.Mutex
	places     *studytext.Places
	regionName map[string]string
}

// amountBands generalize amounts: fine first, then coarse.
var (
	fineBands   = []int64{0, 100_00, 500_00, 1000_00, 5000_00, 10000_00, 50000_00}
	coarseBands = []int64{0, 1000_00, 10000_00}
)

// band returns the band of an amount in fen among the bounds, as a label and its range.
func band(fen int64, bounds []int64) (string, int64, int64) {
	for i := len(bounds) - 1; i >= 0; i-- {
		if fen >= bounds[i] {
			if i == len(bounds)-1 {
				return fmt.Sprintf("%d+", bounds[i]/100), bounds[i], 0
			}
			return fmt.Sprintf("%d-%d", bounds[i]/100, bounds[i+1]/100), bounds[i], bounds[i+1]
		}
	}
	return "0", 0, 0
}

// generalization is one rung of the ladder: how coarse region, period and amount are.
type generalization struct {
	regionDigits int    // 4: city, 2: province, 0: country
	period       string // month, quarter, year
	bands        []int64
}

var ladder = []generalization{
	{4, "month", fineBands}, {4, "quarter", fineBands}, {2, "quarter", fineBands},
	{2, "quarter", coarseBands}, {2, "year", coarseBands}, {0, "year", coarseBands},
}

// suppression is what a study leaves out when generalizing alone does not hide it: the
// consumer's age band first (an attribute of the person, not of the dispute), then the
// amount recovered, the tags and last the amount band.
type suppression struct{ age, recovered, tags, amount bool }

var suppressions = []suppression{{}, {age: true}, {age: true, recovered: true}, {age: true, recovered: true, tags: true}}

// PublishableOutcome reports whether a published case study can have the outcome: studies
// are drafted only from cases closed after mediation, so l never counts the others.
func PublishableOutcome(o Outcome) bool {
	switch o {
	case OutcomeAgreement, OutcomeBusinessRemedied, OutcomeFailed, OutcomeTerminated:
		return true
	}
	return false
}

// storedAgeBand is the age band a published one stands for in the cases table.
func storedAgeBand(published string) string {
	if published == "minor" {
		return "under_18"
	}
	return published
}

// generalize picks the finest facts under which the case hides among at least k closed
// cases sharing every published attribute (category, association, region, period, amount
// band, tags, age band, outcome and recovered band), and the cases sharing all but the
// outcome have at least two outcomes a study can have. It first coarsens region, period
// and amount, then leaves attributes out. If nothing hides it, the coarsest facts are kept
// and the draft needs review.
func (s *CaseStudyService) generalize(ctx context.Context, c *Case) (StudyFacts, int, int, error) {
	k := s.k()
	day := DateOf(c.ReceivedAt.In(ChinaTime))
	var fen int64
	if c.AmountFen != nil {
		fen = *c.AmountFen
	}
	ageBand := c.Consumer.AgeBand
	if ageBand == "under_18" {
		ageBand = "minor" // a minor's age is never published
	}
	var facts StudyFacts
	var gotK, gotL int
	rungs := append([]generalization(nil), ladder...)
	for si, sup := range append(suppressions, suppression{age: true, recovered: true, tags: true, amount: true}) {
		if si == len(suppressions) {
			rungs = ladder[len(ladder)-1:] // the amount is left out only at the coarsest rung
		}
		for _, g := range rungs {
			region := strings.Repeat("0", 6)
			if g.regionDigits > 0 {
				region = c.Consumer.DivisionCode[:g.regionDigits] + strings.Repeat("0", 6-g.regionDigits)
			}
			from, to, period := periodOf(day, g.period)
			facts = StudyFacts{Category: c.Category, Tags: []string{}, RegionCode: region, Period: period, Year: day.Year, Outcome: c.Outcome}
			class := QIClass{Category: c.Category, AssociationID: c.Association.ID, RegionPrefix: c.Consumer.DivisionCode[:g.regionDigits],
				From: from, To: to, AnyAmount: sup.amount}
			if !sup.amount {
				facts.AmountBand, class.MinFen, class.MaxFen = band(fen, g.bands)
			}
			if !sup.tags && len(c.Tags) > 0 {
				facts.Tags, class.Tags = c.Tags, c.Tags
			}
			if !sup.age && ageBand != "" {
				facts.AgeBand, class.AgeBand = ageBand, storedAgeBand(ageBand)
			}
			if !sup.recovered && c.Agreement != nil && c.Outcome == OutcomeAgreement {
				class.RecoveredBand = true
				facts.AmountRecoveredBand, class.RecoveredMin, class.RecoveredMax = band(c.Agreement.AmountRecoveredFen, coarseBands)
			}
			counts, err := s.Store.CountClass(ctx, class)
			if err != nil {
				return facts, 0, 0, err
			}
			gotK, gotL = classKL(counts, c.Outcome, class.RecoveredBand)
			if gotK >= k && gotL >= 2 {
				return facts, gotK, gotL, nil
			}
		}
	}
	return facts, gotK, gotL, nil
}

// classKL reads k (the cases sharing every published fact, outcome and recovered band
// included) and l (the outcomes a study can have among the cases sharing all but those).
func classKL(counts ClassCount, outcome Outcome, recovered bool) (k, l int) {
	k = int(counts.ByOutcome[outcome])
	if recovered {
		k = int(counts.Recovered)
	}
	for o, n := range counts.ByOutcome {
		if n > 0 && PublishableOutcome(o) {
			l++
		}
	}
	return k, l
}

// periodOf returns the month, quarter or year containing a day, and its label.
func periodOf(d Date, kind string) (Date, Date, string) {
	switch kind {
	case "month":
		first := Date{Year: d.Year, Month: d.Month, Day: 1}
		return first, Date{Year: d.Year, Month: d.Month + 1, Day: 1}.normalize().AddDays(-1), fmt.Sprintf("%d-%02d", d.Year, d.Month)
	case "quarter":
		q := (int(d.Month)-1)/3 + 1
		first := Date{Year: d.Year, Month: time.Month(3*q - 2), Day: 1}
		return first, Date{Year: d.Year, Month: time.Month(3*q + 1), Day: 1}.normalize().AddDays(-1), fmt.Sprintf("%d-Q%d", d.Year, q)
	}
	return Date{Year: d.Year, Month: 1, Day: 1}, Date{Year: d.Year, Month: 12, Day: 31}, fmt.Sprint(d.Year)
}

// normalize carries an out-of-range month into the next year (December + 1 = January).
func (d Date) normalize() Date {
	return DateOf(time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC))
}

// Draft makes a case study from a closed case whose consumer consented (and, for a minor,
// whose guardian did). Errors: not_found, forbidden, conflict.
func (s *CaseStudyService) Draft(ctx context.Context, a Actor, caseID int64) (*CaseStudy, error) {
	c, err := s.Cases.Get(ctx, a, caseID)
	if err != nil {
		return nil, err
	}
	if err := canWork(a, c); err != nil {
		return nil, err
	}
	switch {
	case c.Status != StatusClosed || c.Outcome == OutcomeNotAccepted || c.Outcome == OutcomeWithdrawn:
		return nil, ReasonErrorf(ECodeConflict, "not_closed", "Case studies are drafted from cases closed after mediation.")
	case !c.ConsentToPublish:
		return nil, ReasonErrorf(ECodeConflict, "no_consent", "The consumer did not consent to publication.")
	case c.Consumer.IsMinor && !c.GuardianConsent:
		return nil, ReasonErrorf(ECodeConflict, "no_guardian_consent", "A minor's case needs a guardian's consent to be published.")
	}
	facts, k, l, err := s.generalize(ctx, c)
	if err != nil {
		return nil, err
	}
	parties := []anonymize.Party{{FullName: c.Consumer.Name}}
	narrative := anonymize.Scrub(c.Narrative, parties)
	title := anonymize.Scrub(c.Title, parties)
	tf, err := s.textFacts(ctx, c, facts)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	st := &CaseStudy{
		Slug: RandomToken(9), CaseID: c.ID, Association: c.Association, Status: StudyDraft,
		Title: studytext.Title(title.Text, tf), Narrative: studytext.Generalize(narrative.Text, tf), MediatorAction: mediatorAction(c), Lesson: lessonOf(c), Tip: tipOf(c),
		Facts: facts, K: k, L: l, Spans: narrative.Spans, CreatedBy: a.UserID, CreatedAt: now, UpdatedAt: now, Version: 1,
	}
	if k < s.k() || l < 2 {
		st.NeedsReview = true
		st.ReviewNote = s.ReviewNote(st).In(text.En)
	}
	if err := s.Store.CreateCaseStudy(ctx, st); err != nil {
		return nil, err
	}
	return st, s.audit(ctx, a, c.ID, "case_study_drafted", st)
}

// textFacts are the published facts as the study's text must agree with them.
func (s *CaseStudyService) textFacts(ctx context.Context, c *Case, f StudyFacts) (studytext.Facts, error) {
	s.placesMu.Lock()
	if s.places == nil {
		places, names, err := loadPlaces(ctx, s.Cases.Divisions)
		if err != nil {
			s.placesMu.Unlock()
			return studytext.Facts{}, err
		}
		s.places, s.regionName = places, names
	}
	places, names := s.places, s.regionName
	s.placesMu.Unlock()
	tf := studytext.Facts{Period: f.Period, AgeBandPublished: f.AgeBand != "", RegionCode: f.RegionCode,
		Region: names[f.RegionCode], Places: places, FallbackTitle: "消费纠纷案例"}
	for _, bounds := range [][]int64{fineBands, coarseBands} {
		for _, fen := range bounds {
			if label, _, _ := band(fen, bounds); label == f.AmountBand {
				tf.AmountBounds = bounds
			}
		}
	}
	if cat, ok := FindCategory(c.Category); ok {
		tf.FallbackTitle = cat.Names.ZhHans + "纠纷案例"
	}
	return tf, nil
}

// shortNameStops are short forms of city names that are everyday words or product names
// (东方, 开封 "unsealed", 普洱 tea, 和田 jade): only their full names count as places.
var shortNameStops = map[string]bool{"东方": true, "开封": true, "普洱": true, "和田": true, "安康": true, "中山": true, "白山": true,
	"三明": true, "阿里": true, "白银": true, "来宾": true, "日照": true, "大同": true, "长治": true, "黄山": true, "玉树": true,
	"四平": true, "北海": true, "攀枝花": true, "哈密": true, "朝阳": true, "山南": true, "定西": true}

// divisionSuffixes are stripped from province and city names for their short forms, longest first.
var divisionSuffixes = []string{"维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "地区", "省", "市", "盟"}

// loadPlaces indexes every division's name (and the short form of provinces and cities)
// for the text of case studies, and names each division by code.
func loadPlaces(ctx context.Context, store DivisionStore) (*studytext.Places, map[string]string, error) {
	all, err := store.AllDivisions(ctx)
	if err != nil {
		return nil, nil, err
	}
	full, short, byCode := map[string][]string{}, map[string][]string{}, map[string]string{}
	add := func(names map[string][]string, n, code string) {
		if utf8.RuneCountInString(n) >= 2 && !shortNameStops[n] {
			names[n] = append(names[n], code)
		}
	}
	for _, d := range all {
		byCode[d.Code] = d.Name
		if utf8.RuneCountInString(d.Name) < 3 || strings.Contains(d.Name, "辖") {
			continue // 市辖区, 县: not names of places
		}
		add(full, d.Name, d.Code)
		if d.Level <= 2 {
			// A province's short form (北京, 广东) is hardly ever part of another word and
			// counts anywhere; a city's (合肥 of 复合肥) only where a word starts.
			names := short
			if d.Level == 1 {
				names = full
			}
			for _, suf := range divisionSuffixes {
				if s, ok := strings.CutSuffix(d.Name, suf); ok {
					add(names, s, d.Code)
					break
				}
			}
		}
	}
	return studytext.NewPlaces(full, short), byCode, nil
}

// audit records a case study step in the source case's history.
func (s *CaseStudyService) audit(ctx context.Context, a Actor, caseID int64, typ string, st *CaseStudy) error {
	_, err := s.Cases.Cases.UpdateCase(ctx, caseID, func(c *Case) ([]Event, bool, error) {
		return []Event{s.Cases.stamp(Event{Type: typ, Visibility: VisibilityInternal,
			Payload: map[string]any{"case_study": st.Slug, "status": st.Status}}, a, c)}, false, nil
	})
	return err
}

func mediatorAction(c *Case) string {
	switch c.Outcome {
	case OutcomeAgreement:
		return "调解员受理投诉后，联系经营者核实情况，组织双方协商，最终促成双方达成调解协议。"
	case OutcomeBusinessRemedied:
		return "调解员将投诉转交经营者并督促其处理，经营者主动为消费者解决了问题。"
	case OutcomeFailed:
		return "调解员多次组织双方协商，但双方分歧较大，未能达成一致，已告知消费者可申请仲裁或向人民法院起诉。"
	}
	return "调解员受理投诉后开展了调解工作，因故终止调解。"
}

func lessonOf(c *Case) string {
	if c.Outcome == OutcomeAgreement || c.Outcome == OutcomeBusinessRemedied {
		return "消费者保留了购买凭证和沟通记录，为调解提供了有力证据。"
	}
	return "证据不足和约定不明是纠纷难以解决的主要原因，消费时应签订书面合同并保存凭证。"
}

func tipOf(c *Case) string {
	for _, t := range c.Tags {
		if ts := tips[t]; len(ts) > 0 {
			return ts[0].ZhHans
		}
	}
	return genericTips[0].ZhHans
}

// Edit is a change to a draft.
type Edit struct {
	Title, Narrative, MediatorAction, Lesson, Tip *string
}

// Update edits a draft. Errors: not_found, forbidden, invalid, conflict, precondition_failed.
func (s *CaseStudyService) Update(ctx context.Context, a Actor, id, version int64, e Edit) (*CaseStudy, error) {
	var v Validation
	for _, f := range []struct {
		field string
		val   *string
		max   int
	}{{"title", e.Title, 100}, {"narrative", e.Narrative, 5000}, {"mediator_action", e.MediatorAction, 2000}, {"lesson", e.Lesson, 2000}, {"tip", e.Tip, 2000}} {
		if f.val != nil {
			if n := utf8.RuneCountInString(strings.TrimSpace(*f.val)); n == 0 || n > f.max {
				v.Add(f.field, "length", "Between 1 and %d characters.", f.max)
			}
		}
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	return s.Store.UpdateCaseStudy(ctx, id, func(st *CaseStudy) (map[string]int, error) {
		if err := s.mayEdit(a, st); err != nil {
			return nil, err
		}
		if st.Version != version {
			return nil, ReasonErrorf(ECodePreconditionFailed, "stale_version", "The case study changed since you read it.")
		}
		if st.Status != StudyDraft {
			return nil, ReasonErrorf(ECodeConflict, "not_draft", "Only drafts can be edited; return it to draft first.")
		}
		set := func(dst *string, src *string) {
			if src != nil {
				*dst = strings.TrimSpace(*src)
			}
		}
		set(&st.Title, e.Title)
		set(&st.Narrative, e.Narrative)
		set(&st.MediatorAction, e.MediatorAction)
		set(&st.Lesson, e.Lesson)
		set(&st.Tip, e.Tip)
		st.Version++
		st.UpdatedAt = s.Now()
		return nil, nil
	})
}

// mayEdit: the staff who work cases of the study's association edit and submit it.
func (s *CaseStudyService) mayEdit(a Actor, st *CaseStudy) error {
	if !a.can(st.Association.Path, permCases, actWork) {
		return Errorf(ECodeNotFound, "There is no such case study.")
	}
	return nil
}

// StudyActions are the workflow steps.
var studyActions = map[string]struct {
	from     []string
	to       string
	obj, act string // the permission needed in the study's association
}{
	"submit":   {[]string{StudyDraft}, StudySubmitted, permCases, actWork},
	"return":   {[]string{StudySubmitted, StudyApproved}, StudyDraft, permCases, actWork},
	"approve":  {[]string{StudySubmitted}, StudyApproved, "casestudies", "approve"},
	"publish":  {[]string{StudyApproved}, StudyPublished, "casestudies", "approve"},
	"withdraw": {[]string{StudyPublished, StudyApproved, StudySubmitted}, StudyWithdrawn, "casestudies", "approve"},
}

// Act moves a case study through its workflow. Publishing is refused while the facts are
// not k-anonymous, and when any of the source case's personal values is in the text in
// any spacing. Errors: not_found, forbidden, invalid, conflict, precondition_failed.
func (s *CaseStudyService) Act(ctx context.Context, a Actor, id, version int64, action, reason string) (*CaseStudy, error) {
	step, ok := studyActions[action]
	if !ok {
		var v Validation
		v.Add("action", "unknown", "The action is submit, return, approve, publish or withdraw.")
		return nil, v.Err()
	}
	var known []studytext.Known
	st0, err := s.Store.FindCaseStudy(ctx, id)
	if err != nil {
		return nil, err
	}
	if action == "publish" || action == "approve" {
		// Read outside the study's lock: the SQLite pool has one connection.
		if known, err = s.knownValues(ctx, st0.CaseID); err != nil {
			return nil, err
		}
	}
	st, err := s.Store.UpdateCaseStudy(ctx, id, func(st *CaseStudy) (map[string]int, error) {
		if err := s.mayEdit(a, st); err != nil {
			return nil, err
		}
		if !a.can(st.Association.Path, step.obj, step.act) {
			return nil, ReasonErrorf(ECodeForbidden, "not_permitted", "Only supervisors and admins may %s a case study.", action)
		}
		if st.Version != version {
			return nil, ReasonErrorf(ECodePreconditionFailed, "stale_version", "The case study changed since you read it.")
		}
		if !containsString(step.from, st.Status) {
			return nil, ReasonErrorf(ECodeConflict, "illegal_transition", "A %s case study cannot be sent %s.", st.Status, action)
		}
		var terms map[string]int
		now := s.Now()
		switch action {
		case "publish":
			if st.NeedsReview {
				return nil, ReasonErrorf(ECodeConflict, "k_anonymity_not_met",
					"Too few closed cases share the facts of this case study (k = %d, l = %d) to publish it without identifying the people involved.", st.K, st.L)
			}
			if err := CheckPublishable(st, known); err != nil {
				return nil, err
			}
			st.PublishedAt, st.ApprovedBy = &now, actorPtr(a)
			terms = Terms(st.Title + "\n" + st.Narrative + "\n" + st.MediatorAction + "\n" + st.Lesson)
		case "approve":
			if err := CheckPublishable(st, known); err != nil {
				return nil, err
			}
			st.ApprovedBy = actorPtr(a)
		case "withdraw":
			st.WithdrawnAt, st.WithdrawnReason = &now, strings.TrimSpace(reason)
			terms = map[string]int{} // out of the index
		}
		st.Status, st.Version, st.UpdatedAt = step.to, st.Version+1, now
		return terms, nil
	})
	if err != nil {
		return nil, err
	}
	return st, s.audit(ctx, a, st.CaseID, "case_study_"+action, st)
}

func actorPtr(a Actor) *int64 { return a.actorID() }

func containsString(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// k is the smallest group of closed cases a published study may stand for.
func (s *CaseStudyService) k() int {
	if s.K <= 0 {
		return 5
	}
	return s.K
}

// ReviewNote says why a draft needs review before it is published, to be written in the
// reader's language.
func (s *CaseStudyService) ReviewNote(st *CaseStudy) text.Text {
	return text.T("Even at the coarsest facts only %d closed cases share them (k needs %d) with %d outcomes (l needs 2).", st.K, s.k(), st.L)
}

// knownValues are the people and numbers known to a case: the consumer's details, the
// names of the consumer and business users who wrote in it, and whatever identifies
// someone in its title, narrative, messages, notes and attachments' file names.
func (s *CaseStudyService) knownValues(ctx context.Context, caseID int64) ([]studytext.Known, error) {
	c, err := s.Cases.Cases.FindCase(ctx, caseID)
	if err != nil {
		return nil, err
	}
	known := []studytext.Known{{Type: anonymize.Name, Value: c.Consumer.Name}, {Type: anonymize.Mobile, Value: c.Consumer.Mobile},
		{Type: anonymize.IDNumber, Value: c.Consumer.IDNumber}, {Type: anonymize.Email, Value: c.Consumer.Email}}
	texts := []string{c.Title, c.Narrative, c.DesiredResolution}
	events, err := s.Cases.Cases.FindEvents(ctx, caseID)
	if err != nil {
		return nil, err
	}
	for _, e := range events {
		if e.ActorKind == ActorConsumer || e.ActorKind == ActorBusiness {
			// "李娜（商家）": the name without what the account adds to it.
			name, _, _ := strings.Cut(strings.NewReplacer("(", "（").Replace(e.ActorName), "（")
			known = append(known, studytext.Known{Type: anonymize.Name, Value: name})
		}
		texts = append(texts, payloadTexts(e.Payload)...)
	}
	if s.Cases.AttachmentRecords != nil {
		files, err := s.Cases.AttachmentRecords.FindAttachments(ctx, caseID)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			texts = append(texts, f.Filename)
		}
	}
	return append(known, studytext.KnownIn(texts...)...), nil
}

// payloadTexts are the strings of an event's payload, nested ones included.
func payloadTexts(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case map[string]any:
		var out []string
		for _, y := range x {
			out = append(out, payloadTexts(y)...)
		}
		return out
	case []any:
		var out []string
		for _, y := range x {
			out = append(out, payloadTexts(y)...)
		}
		return out
	}
	return nil
}

// CheckPublishable reads the study's text as it stands, every field, the way a reader
// could: it refuses personal data the anonymizer finds in it, any value known to the case
// however it is spaced or written, and a placeholder in the title. Each finding is a field
// error with its span (byte offsets into that field).
func CheckPublishable(st *CaseStudy, known []studytext.Known) error {
	fields := []studytext.Field{{Name: "title", Text: st.Title}, {Name: "narrative", Text: st.Narrative},
		{Name: "mediator_action", Text: st.MediatorAction}, {Name: "lesson", Text: st.Lesson}, {Name: "tip", Text: st.Tip}}
	var v Validation
	for _, f := range studytext.Check(fields, known) {
		sp := f.Span
		fe := NewFieldError(f.Field, "personal_data_"+string(f.Type), "The text still contains personal data (%s): %q.", strings.ReplaceAll(string(f.Type), "_", " "), f.Text)
		fe.Span = &sp
		v.fields = append(v.fields, fe)
	}
	for _, at := range studytext.Placeholders(st.Title) {
		sp := anonymize.Span{Start: at[0], End: at[1], Type: "placeholder", Text: st.Title[at[0]:at[1]]}
		v.fields = append(v.fields, FieldError{Field: "title", Code: "placeholder_in_title", Span: &sp,
			Message: "The title would publish a placeholder; say what the case is about instead."})
	}
	if err := v.Err(); err != nil {
		e := err.(*Error)
		e.Reason, e.Message = "personal_data_found", "The case study still contains personal data; remove it before approving or publishing."
		return e
	}
	return nil
}

// Terms breaks a text into index terms: bigrams of Chinese characters (and single
// characters at the edges), and lower-cased words of Latin letters and digits.
func Terms(text string) map[string]int {
	out := map[string]int{}
	var run []rune
	flush := func() {
		if len(run) == 1 {
			out[string(run)]++
		}
		for i := 0; i+1 < len(run); i++ {
			out[string(run[i:i+2])]++
		}
		run = run[:0]
	}
	var word strings.Builder
	flushWord := func() {
		if word.Len() > 0 {
			out[strings.ToLower(word.String())]++
			word.Reset()
		}
	}
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			flushWord()
			run = append(run, r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			flush()
			word.WriteRune(r)
		default:
			flush()
			flushWord()
		}
	}
	flush()
	flushWord()
	return out
}

// QueryTerms is Terms for a search: the distinct terms a match must all have.
func QueryTerms(q string) []string {
	var out []string
	for t := range Terms(q) {
		out = append(out, t)
	}
	return out
}

// SetConsent records the consumer's consent to publication being given or withdrawn (and,
// for a minor, the guardian's). Withdrawing takes a case study down at once, saying why.
// Errors: not_found, invalid.
func (s *CaseStudyService) SetConsent(ctx context.Context, a Actor, caseID int64, consent, guardian bool) (*Case, error) {
	if a.Kind != ActorConsumer {
		return nil, ReasonErrorf(ECodeForbidden, "wrong_party", "Only the consumer gives or withdraws consent.")
	}
	c, err := s.Cases.Cases.UpdateCase(ctx, caseID, func(c *Case) ([]Event, bool, error) {
		if !canSee(a, c) {
			return nil, false, notFound()
		}
		if consent && c.Consumer.IsMinor && !guardian {
			var v Validation
			v.Add("guardian", "required", "A minor's case needs a guardian's consent as well.")
			return nil, false, v.Err()
		}
		c.ConsentToPublish, c.GuardianConsent = consent, consent && guardian
		typ := "consent_withdrawn"
		if consent {
			typ = "consent_given"
		}
		return []Event{s.Cases.stamp(Event{Type: typ, Visibility: VisibilityParties, Payload: map[string]any{"guardian": c.GuardianConsent}}, a, c)}, true, nil
	})
	if err != nil || consent {
		return c, err
	}
	st, err := s.Store.FindCaseStudyOfCase(ctx, caseID)
	if CodeOf(err) == ECodeNotFound {
		return c, nil
	} else if err != nil {
		return nil, err
	}
	if st.Status == StudyWithdrawn {
		return c, nil
	}
	now := s.Now()
	_, err = s.Store.UpdateCaseStudy(ctx, st.ID, func(st *CaseStudy) (map[string]int, error) {
		st.Status, st.WithdrawnAt, st.WithdrawnReason, st.Version, st.UpdatedAt = StudyWithdrawn, &now, "consent_withdrawn", st.Version+1, now
		return map[string]int{}, nil
	})
	return c, err
}

// Get returns a case study for staff: any published one; the others only to their
// association's staff. Errors: not_found.
func (s *CaseStudyService) Get(ctx context.Context, a Actor, id int64) (*CaseStudy, error) {
	st, err := s.Store.FindCaseStudy(ctx, id)
	if err != nil {
		return nil, err
	}
	if st.Status != StudyPublished && !a.can(st.Association.Path, permCases, actRead) {
		return nil, Errorf(ECodeNotFound, "There is no such case study.")
	}
	return st, nil
}

// OfCase returns the case study made from a case, nil if none was made, for staff who
// may read the case. Errors: not_found.
func (s *CaseStudyService) OfCase(ctx context.Context, a Actor, caseID int64) (*CaseStudy, error) {
	if _, err := s.Cases.Get(ctx, a, caseID); err != nil {
		return nil, err
	}
	st, err := s.Store.FindCaseStudyOfCase(ctx, caseID)
	if CodeOf(err) == ECodeNotFound {
		return nil, nil
	}
	return st, err
}

// List returns the case studies of the associations whose cases the actor reads, in a status.
func (s *CaseStudyService) List(ctx context.Context, a Actor, status string) ([]CaseStudy, error) {
	tree, err := s.Cases.Associations.Tree(ctx)
	if err != nil {
		return nil, err
	}
	var ids []int64
	for _, as := range tree.All() {
		if a.can(as.Path, permCases, actRead) {
			ids = append(ids, as.ID)
		}
	}
	if len(ids) == 0 {
		return []CaseStudy{}, nil
	}
	return s.Store.FindCaseStudies(ctx, ids, status, 200)
}

// Search finds published case studies: every term of q must occur (Chinese is matched by
// character bigrams, so 退款 finds 要求退款 but not 退货款). Errors: invalid.
func (s *CaseStudyService) Search(ctx context.Context, q string, f StudyQuery) ([]CaseStudy, int64, error) {
	if utf8.RuneCountInString(q) > 100 {
		var v Validation
		v.Add("q", "too_long", "Search with at most 100 characters.")
		return nil, 0, v.Err()
	}
	f.Terms = QueryTerms(q)
	if f.Limit <= 0 || f.Limit > 100 {
		f.Limit = 20
	}
	return s.Store.SearchCaseStudies(ctx, f)
}

// Published returns a published case study by slug. Errors: not_found.
func (s *CaseStudyService) Published(ctx context.Context, slug string) (*CaseStudy, error) {
	st, err := s.Store.FindCaseStudyBySlug(ctx, slug)
	if err != nil || st.Status != StudyPublished {
		return nil, Errorf(ECodeNotFound, "There is no such case study.")
	}
	return st, nil
}

// Similar returns the five published case studies most like a case (TF-IDF over the index
// terms, cosine similarity, a boost for the same category), for the mediator working it.
func (s *CaseStudyService) Similar(ctx context.Context, a Actor, caseID int64) ([]CaseStudy, error) {
	c, err := s.Cases.Get(ctx, a, caseID)
	if err != nil {
		return nil, err
	}
	docs, err := s.Store.PublishedTerms(ctx)
	if err != nil {
		return nil, err
	}
	df := map[string]int{}
	for _, terms := range docs {
		for t := range terms {
			df[t]++
		}
	}
	n := float64(len(docs))
	weigh := func(terms map[string]int) (map[string]float64, float64) {
		w := map[string]float64{}
		var norm float64
		for t, tf := range terms {
			if df[t] == 0 {
				continue
			}
			x := (1 + math.Log(float64(tf))) * math.Log(1+n/float64(df[t]))
			w[t], norm = x, norm+x*x
		}
		return w, math.Sqrt(norm)
	}
	query, qnorm := weigh(Terms(c.Title + "\n" + c.Narrative))
	type scored struct {
		id    int64
		score float64
	}
	var best []scored
	for id, terms := range docs {
		w, dnorm := weigh(terms)
		if qnorm == 0 || dnorm == 0 {
			continue
		}
		var dot float64
		for t, x := range query {
			dot += x * w[t]
		}
		if dot > 0 {
			best = append(best, scored{id, dot / (qnorm * dnorm)})
		}
	}
	studies := make([]CaseStudy, 0, 5)
	cats := map[int64]string{}
	if len(best) > 0 {
		all, _, err := s.Store.SearchCaseStudies(ctx, StudyQuery{Category: c.Category, Limit: 1000})
		if err != nil {
			return nil, err
		}
		for _, st := range all {
			cats[st.ID] = st.Facts.Category
		}
	}
	for i := range best {
		if cats[best[i].id] == c.Category {
			best[i].score *= 1.5
		}
	}
	sort.Slice(best, func(i, j int) bool {
		return best[i].score > best[j].score || best[i].score == best[j].score && best[i].id < best[j].id
	})
	for _, b := range best[:min(5, len(best))] {
		st, err := s.Store.FindCaseStudy(ctx, b.id)
		if err != nil {
			return nil, err
		}
		studies = append(studies, *st)
	}
	return studies, nil
}

// Tip is a consumer tip (消费提示) published by an association.
type Tip struct {
	ID          int64
	Association Association
	Title       string
	Body        string
	Category    string
	Tag         string
	CaseStudies []string // slugs
	PublishedAt time.Time
	CreatedBy   int64
}

// TipStore keeps tips.
type TipStore interface {
	// CreateTip stores a tip and sets its ID.
	CreateTip(ctx context.Context, t *Tip) error
	// FindTips lists tips, newest first, optionally of a category or tag.
	FindTips(ctx context.Context, category, tag string, limit int) ([]Tip, error)
}

// PublishTip publishes a consumer tip linked to a topic and case studies. Errors: invalid.
func (s *CaseStudyService) PublishTip(ctx context.Context, a Actor, assoc *Association, t Tip) (*Tip, error) {
	var v Validation
	t.Title, t.Body = strings.TrimSpace(t.Title), strings.TrimSpace(t.Body)
	if n := utf8.RuneCountInString(t.Title); n == 0 || n > 100 {
		v.Add("title", "length", "The title must have 1 to 100 characters.")
	}
	if n := utf8.RuneCountInString(t.Body); n == 0 || n > 5000 {
		v.Add("body", "length", "The text must have 1 to 5000 characters.")
	}
	if _, ok := FindCategory(t.Category); t.Category != "" && !ok {
		v.Add("category", "unknown", "Unknown category.")
	}
	if _, ok := FindTag(t.Tag); t.Tag != "" && !ok {
		v.Add("tag", "unknown", "Unknown tag.")
	}
	for i, slug := range t.CaseStudies {
		if _, err := s.Published(ctx, slug); err != nil {
			v.Add(fieldIndex("case_studies", i), "unknown", "There is no published case study with this slug.")
		}
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	t.Association, t.PublishedAt, t.CreatedBy = *assoc, s.Now(), a.UserID
	if err := s.Tips.CreateTip(ctx, &t); err != nil {
		return nil, err
	}
	return &t, nil
}

// ListTips returns published tips, newest first, optionally of a category or tag.
func (s *CaseStudyService) ListTips(ctx context.Context, category, tag string) ([]Tip, error) {
	return s.Tips.FindTips(ctx, category, tag, 100)
}
