package domain

import (
	"context"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/redress-project/redress/domain/text"
)

// Count is a number of cases under a key.
type Count struct {
	Key   string `json:"key"`
	Count int64  `json:"count"`
}

// AgingBucket counts open cases by how long ago they were received.
type AgingBucket struct {
	Label string `json:"label"` // "0-7", "8-15", "16-30", "31-60", "61+" days
	Count int64  `json:"count"`
}

// Workload is one staff member's share of the cases in scope.
type Workload struct {
	UserID             int64    `json:"user_id"`
	Name               string   `json:"name"`
	Open               int64    `json:"open"`
	ClosedInPeriod     int64    `json:"closed_in_period"`
	MedianHandlingDays *float64 `json:"median_handling_days"`
}

// Overview is the dashboard of an association (and its descendants) over a period. Counts
// are over the cases received in the period; the backlog is the open cases today.
type Overview struct {
	Association          string        `json:"association"`
	Descendants          bool          `json:"descendants"`
	From                 Date          `json:"from"`
	To                   Date          `json:"to"`
	Received             int64         `json:"received"`
	Accepted             int64         `json:"accepted"`
	Closed               int64         `json:"closed"`
	Open                 int64         `json:"open"`
	Backlog              []AgingBucket `json:"backlog"`
	ByStatus             []Count       `json:"by_status"`
	ByOutcome            []Count       `json:"by_outcome"`
	ByCategory           []Count       `json:"by_category"`
	ByTag                []Count       `json:"by_tag"`
	ByProvince           []Count       `json:"by_province"`
	ByChannel            []Count       `json:"by_channel"`
	PerDay               []Count       `json:"per_day"`
	PerWeek              []Count       `json:"per_week"`
	PerMonth             []Count       `json:"per_month"`
	AcceptedInTimePct    *float64      `json:"accepted_in_time_pct"`
	ResolvedInTimePct    *float64      `json:"resolved_in_time_pct"`
	MediationSuccessRate *float64      `json:"mediation_success_rate"`
	AmountInvolved       string        `json:"amount_involved"`
	AmountRecovered      string        `json:"amount_recovered"`
	MedianDaysToAccept   *float64      `json:"median_days_to_accept"`
	MedianDaysToClose    *float64      `json:"median_days_to_close"`
	SatisfactionAverage  *float64      `json:"satisfaction_average"`
	SatisfactionCount    int64         `json:"satisfaction_count"`
	SatisfactionByScore  []Count       `json:"satisfaction_by_score"`
	Workload             []Workload    `json:"workload"`
}

// OverviewFacts is what the store measures; the service derives the rest of the overview.
type OverviewFacts struct {
	Overview
	AmountInvolvedFen  int64
	AmountRecoveredFen int64
	MediationClosures  int64
	MediationSuccesses int64
	AcceptHours        Histogram // receipt to acceptance
	CloseHours         Histogram // receipt to closure
}

// StatsStore computes the raw figures of an overview.
type StatsStore interface {
	// Overview fills the counts, sums and durations of the cases of the associations
	// received from..to (inclusive), and the backlog and workload as of now.
	Overview(ctx context.Context, associationIDs []int64, topic Topic, from, to Date, now time.Time) (*OverviewFacts, error)
	// TopBusinesses measures the businesses with the most complaints received from..to;
	// acceptedOnly counts only the complaints the associations accepted.
	TopBusinesses(ctx context.Context, associationIDs []int64, topic Topic, from, to Date, limit int, acceptedOnly bool) ([]BusinessFacts, error)
	// WeeklyCounts counts complaints per category, tag and business in each of weeks
	// 7-day windows ending at end (exclusive), oldest first.
	WeeklyCounts(ctx context.Context, associationIDs []int64, end time.Time, weeks int) ([]WeeklySeries, error)
	// BusinessRecord measures one business nationwide over a period, with its top
	// categories, counting accepted complaints only (it is published); nil if it has none.
	BusinessRecord(ctx context.Context, businessID int64, from, to Date) (*BusinessFacts, []Count, error)
	// FindBusinesses finds businesses whose name contains q, with their accepted complaints since.
	FindBusinesses(ctx context.Context, q string, since Date, limit int) ([]BusinessMatch, error)
}

// BusinessMatch is a business found by name.
type BusinessMatch struct {
	ID         int64  `json:"id"`
	Name       string `json:"name"`
	Complaints int64  `json:"complaints_last_year"`
	Published  bool   `json:"figures_published"`
}

// StatsService answers dashboard questions within the caller's scope.
type StatsService struct {
	Store        StatsStore
	Associations *AssociationService
	Now          func() time.Time
}

// StatsQuery is a dashboard question: an association, optionally with its descendants,
// over a period of received dates.
type StatsQuery struct {
	Association string
	Descendants bool
	From, To    string
	Topic       Topic
}

// Topic narrows statistics to a category or a tag; the zero Topic is everything.
type Topic struct {
	Kind string `json:"kind"` // category or tag
	Code string `json:"code"`
}

// maxStatsPeriod bounds one query: dashboards compare years, not decades.
const maxStatsPeriod = 3 * 366

// Overview computes the dashboard for the query; the caller's right to read the
// association has been checked (its descendants follow from it). Errors: invalid, not_found.
func (s *StatsService) Overview(ctx context.Context, a *Association, q StatsQuery) (*Overview, error) {
	today := DateOf(s.Now().In(ChinaTime))
	from, to, err := statsPeriod(q, today)
	if err != nil {
		return nil, err
	}
	ids, err := s.scope(ctx, a, q.Descendants)
	if err != nil {
		return nil, err
	}
	o, err := s.Store.Overview(ctx, ids, q.Topic, from, to, s.Now())
	if err != nil {
		return nil, err
	}
	o.Association, o.Descendants, o.From, o.To = a.Code, q.Descendants, from, to
	o.finish()
	return &o.Overview, nil
}

func statsPeriod(q StatsQuery, today Date) (Date, Date, error) {
	var v Validation
	from, to := today.AddDays(-364), today
	if q.From != "" {
		d, err := ParseDate(q.From)
		if err != nil {
			v.Add("from", "format", "A date is written YYYY-MM-DD.")
		}
		from = d
	}
	if q.To != "" {
		d, err := ParseDate(q.To)
		if err != nil {
			v.Add("to", "format", "A date is written YYYY-MM-DD.")
		}
		to = d
	}
	if err := v.Err(); err != nil {
		return from, to, err
	}
	if to.Before(from) {
		v.Add("to", "before_from", "The period ends before it starts.")
	} else if days := int(to.Time(time.UTC).Sub(from.Time(time.UTC)).Hours() / 24); days > maxStatsPeriod {
		v.Add("from", "too_long", "A period may span at most three years.")
	}
	return from, to, v.Err()
}

// finish derives the rates, medians, amounts and the weekly and monthly series.
func (o *OverviewFacts) finish() {
	o.AmountInvolved, o.AmountRecovered = FormatAmount(o.AmountInvolvedFen), FormatAmount(o.AmountRecoveredFen)
	o.MediationSuccessRate = ratio(o.MediationSuccesses, o.MediationClosures)
	o.MedianDaysToAccept, o.MedianDaysToClose = o.AcceptHours.MedianDays(), o.CloseHours.MedianDays()
	weeks, months := map[string]int64{}, map[string]int64{}
	for _, d := range o.PerDay {
		day, err := ParseDate(d.Key)
		if err != nil {
			continue
		}
		monday := day.AddDays(-((int(day.Weekday()) + 6) % 7))
		weeks[monday.String()] += d.Count
		months[d.Key[:7]] += d.Count
	}
	o.PerWeek, o.PerMonth = sortedCounts(weeks), sortedCounts(months)
}

func sortedCounts(m map[string]int64) []Count {
	out := make([]Count, 0, len(m))
	for k, v := range m {
		out = append(out, Count{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

func ratio(n, d int64) *float64 {
	if d == 0 {
		return nil
	}
	r := float64(n) / float64(d)
	return &r
}

// Percent returns n/d as a percentage, nil when d is 0.
func Percent(n, d int64) *float64 { return ratio(n*100, d) }

// MedianDays is the median of durations in days, nil for none.
func MedianDays(ds []time.Duration) *float64 {
	if len(ds) == 0 {
		return nil
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	m := ds[len(ds)/2]
	if len(ds)%2 == 0 {
		m = (ds[len(ds)/2-1] + ds[len(ds)/2]) / 2
	}
	days := m.Hours() / 24
	return &days
}

// HourBucket is the lower bound, in hours, of the bucket a duration is counted in:
// 6-hour buckets under two days, daily ones under ten days, 5-day ones beyond. Roll-ups
// keep durations this way: fine where acceptances fall, coarser for closures, and few
// rows per association and day at any volume.
func HourBucket(d time.Duration) int64 {
	h := int64(d / time.Hour)
	switch {
	case h < 0:
		return 0
	case h < 48:
		return h / 6 * 6
	case h < 240:
		return h / 24 * 24
	}
	return h / 120 * 120
}

func bucketHours(lower int64) int64 {
	switch {
	case lower < 48:
		return 6
	case lower < 240:
		return 24
	}
	return 120
}

// Histogram counts durations by their HourBucket.
type Histogram map[int64]int64

// Add counts n more durations in the bucket starting at lower hours.
func (h Histogram) Add(lower, n int64) { h[lower] += n }

// MedianDays estimates the median in days, spreading each bucket's durations evenly
// over it; nil for none. It is off by at most half a bucket.
func (h Histogram) MedianDays() *float64 {
	var total int64
	bounds := make([]int64, 0, len(h))
	for lower, n := range h {
		if n > 0 {
			total += n
			bounds = append(bounds, lower)
		}
	}
	if total == 0 {
		return nil
	}
	sort.Slice(bounds, func(i, j int) bool { return bounds[i] < bounds[j] })
	half := float64(total) / 2
	var below int64
	for _, lower := range bounds {
		n := h[lower]
		if float64(below+n) >= half {
			hours := float64(lower) + float64(bucketHours(lower))*(half-float64(below))/float64(n)
			days := hours / 24
			return &days
		}
		below += n
	}
	return nil // not reached: the buckets add up to total
}

// BusinessStats are the figures of one respondent.
type BusinessStats struct {
	BusinessID               int64    `json:"business_id"`
	Name                     string   `json:"name"`
	Complaints               int64    `json:"complaints"`
	Answered                 int64    `json:"answered"`
	AnsweredShare            *float64 `json:"answered_share"`
	MedianFirstResponseHours *float64 `json:"median_first_response_hours"`
	Resolved                 int64    `json:"resolved"`
	ResolutionRate           *float64 `json:"resolution_rate"`
}

// BusinessFacts is what the store measures for one business.
type BusinessFacts struct {
	BusinessStats
	MediationClosures int64
	FirstResponses    []time.Duration // mediation start to the business's first answer
}

// Alert is an unusual rise: a category, tag or business whose complaints this week are far
// above their trailing 8-week baseline, or a collective complaint against one business.
type Alert struct {
	Kind      string  `json:"kind"` // category, tag, business, collective
	Key       string  `json:"key"`
	Name      string  `json:"name,omitempty"`
	ThisWeek  int64   `json:"this_week"`
	Baseline  float64 `json:"baseline"` // mean weekly count over the 8 weeks before
	StdDev    float64 `json:"std_dev"`
	Factor    float64 `json:"factor"` // this week over the baseline
	ZScore    float64 `json:"z_score"`
	Explained string  `json:"explained"` // in English until In writes it in the reader's language
	why       text.Text
}

// newAlert returns an alert explained by a catalog message.
func newAlert(a Alert, format string, args ...any) Alert {
	a.why = text.T(format, args...)
	a.Explained = a.why.In(text.En)
	return a
}

// In returns the alert with its explanation in l.
func (a Alert) In(l text.Lang) Alert {
	a.Explained = a.why.In(l)
	return a
}

// WeeklySeries is the weekly counts of one key, oldest first; the last week is the current one.
type WeeklySeries struct {
	Kind, Key, Name string
	Weeks           []int64
}

// Spike thresholds: far above the baseline and not a handful of cases.
const (
	SpikeZ          = 3.0
	SpikeMinVolume  = 5
	CollectiveCount = 10 // complaints against one business in 7 days
	baselineWeeks   = 8
)

// scope resolves the association IDs of a query.
func (s *StatsService) scope(ctx context.Context, a *Association, descendants bool) ([]int64, error) {
	if !descendants {
		return []int64{a.ID}, nil
	}
	tree, err := s.Associations.Tree(ctx)
	if err != nil {
		return nil, err
	}
	var ids []int64
	for _, x := range tree.All() {
		if x.IsWithin(a) {
			ids = append(ids, x.ID)
		}
	}
	return ids, nil
}

// TopBusinesses lists the most complained-about businesses in scope with their
// responsiveness, for staff. Errors: invalid.
func (s *StatsService) TopBusinesses(ctx context.Context, a *Association, q StatsQuery, limit int) ([]BusinessStats, error) {
	return s.topBusinesses(ctx, a, q, limit, false)
}

// PublicBusinesses is TopBusinesses for publication: it counts the complaints accepted
// only, and names no business below MinReputationVolume of them. Errors: invalid.
func (s *StatsService) PublicBusinesses(ctx context.Context, a *Association, q StatsQuery, limit int) ([]BusinessStats, error) {
	all, err := s.topBusinesses(ctx, a, q, limit, true)
	if err != nil {
		return nil, err
	}
	out := make([]BusinessStats, 0, len(all))
	for _, b := range all {
		if b.Complaints >= MinReputationVolume {
			out = append(out, b)
		}
	}
	return out, nil
}

func (s *StatsService) topBusinesses(ctx context.Context, a *Association, q StatsQuery, limit int, acceptedOnly bool) ([]BusinessStats, error) {
	from, to, err := statsPeriod(q, DateOf(s.Now().In(ChinaTime)))
	if err != nil {
		return nil, err
	}
	ids, err := s.scope(ctx, a, q.Descendants)
	if err != nil {
		return nil, err
	}
	if limit <= 0 || limit > 100 {
		limit = 20
	}
	facts, err := s.Store.TopBusinesses(ctx, ids, q.Topic, from, to, limit, acceptedOnly)
	if err != nil {
		return nil, err
	}
	out := make([]BusinessStats, 0, len(facts))
	for _, f := range facts {
		b := f.BusinessStats
		b.AnsweredShare = ratio(b.Answered, b.Complaints)
		b.ResolutionRate = ratio(b.Resolved, f.MediationClosures)
		if d := MedianDays(f.FirstResponses); d != nil {
			h := *d * 24
			b.MedianFirstResponseHours = &h
		}
		out = append(out, b)
	}
	return out, nil
}

// Alerts finds this week's spikes and collective complaints in scope, each explained.
func (s *StatsService) Alerts(ctx context.Context, a *Association, descendants bool) ([]Alert, error) {
	ids, err := s.scope(ctx, a, descendants)
	if err != nil {
		return nil, err
	}
	series, err := s.Store.WeeklyCounts(ctx, ids, s.Now(), baselineWeeks+1)
	if err != nil {
		return nil, err
	}
	alerts := []Alert{}
	for _, sr := range series {
		if al, ok := spike(sr); ok {
			alerts = append(alerts, al)
		}
		if al, ok := collective(sr); ok {
			alerts = append(alerts, al)
		}
	}
	sort.SliceStable(alerts, func(i, j int) bool { return alerts[i].ThisWeek > alerts[j].ThisWeek })
	return alerts, nil
}

// collective flags a business with many complaints in the last week, whatever its baseline.
func collective(sr WeeklySeries) (Alert, bool) {
	if len(sr.Weeks) == 0 {
		return Alert{}, false
	}
	this := sr.Weeks[len(sr.Weeks)-1]
	if sr.Kind != "business" || this < CollectiveCount {
		return Alert{}, false
	}
	return newAlert(Alert{Kind: "collective", Key: sr.Key, Name: sr.Name, ThisWeek: this},
		"%d complaints against one business in the last 7 days (threshold %d): a possible collective complaint.", this, CollectiveCount), true
}

// spike compares the last week with the mean and standard deviation of the weeks before.
// A flat baseline counts its deviation as 1, so a quiet key needs a real jump to alert.
func spike(sr WeeklySeries) (Alert, bool) {
	n := len(sr.Weeks) - 1
	if n < 1 {
		return Alert{}, false
	}
	this := sr.Weeks[n]
	var sum float64
	for _, w := range sr.Weeks[:n] {
		sum += float64(w)
	}
	mean := sum / float64(n)
	var sq float64
	for _, w := range sr.Weeks[:n] {
		sq += (float64(w) - mean) * (float64(w) - mean)
	}
	std := math.Sqrt(sq / float64(n))
	z := (float64(this) - mean) / math.Max(std, 1)
	if this < SpikeMinVolume || z <= SpikeZ {
		return Alert{}, false
	}
	factor := float64(this) / math.Max(mean, 1)
	return newAlert(Alert{Kind: sr.Kind, Key: sr.Key, Name: sr.Name, ThisWeek: this, Baseline: mean, StdDev: std, Factor: factor, ZScore: z},
		"%d this week against %.1f a week over the 8 weeks before (%.1f×, z = %.1f).", this, mean, factor, z), true
}

// MinReputationVolume is how many accepted complaints a business needs before it is named
// in public (its figures, a data report): fewer would say more about chance than about the
// business, and might point at the consumers who complained.
const MinReputationVolume = 10

// Reputation is the public record of a business over the last twelve months.
type Reputation struct {
	BusinessStats
	Period struct {
		From Date `json:"from"`
		To   Date `json:"to"`
	} `json:"period"`
	TopCategories []Count `json:"top_categories"`
}

// BusinessReputation returns a business's public figures over the last year, nationwide.
// Errors: not_found (also when the business has too few complaints to publish).
func (s *StatsService) BusinessReputation(ctx context.Context, businessID int64) (*Reputation, error) {
	to := DateOf(s.Now().In(ChinaTime))
	from := to.AddDays(-364)
	f, cats, err := s.Store.BusinessRecord(ctx, businessID, from, to)
	if err != nil {
		return nil, err
	}
	if f == nil || f.Complaints < MinReputationVolume {
		return nil, ReasonErrorf(ECodeNotFound, "too_few_complaints",
			"There are too few complaints about this business in the last year to publish figures (at least %d).", MinReputationVolume)
	}
	r := &Reputation{BusinessStats: f.BusinessStats, TopCategories: cats}
	r.AnsweredShare, r.ResolutionRate = ratio(f.Answered, f.Complaints), ratio(f.Resolved, f.MediationClosures)
	if d := MedianDays(f.FirstResponses); d != nil {
		h := *d * 24
		r.MedianFirstResponseHours = &h
	}
	r.Period.From, r.Period.To = from, to
	return r, nil
}

// FindBusinesses looks businesses up by name for the public reputation pages. Errors: invalid.
func (s *StatsService) FindBusinesses(ctx context.Context, q string) ([]BusinessMatch, error) {
	q = strings.TrimSpace(q)
	if n := len([]rune(q)); n < 2 || n > 50 {
		var v Validation
		v.Add("q", "length", "Search with 2 to 50 characters of the business's name.")
		return nil, v.Err()
	}
	ms, err := s.Store.FindBusinesses(ctx, NormalizeBusinessName(q), DateOf(s.Now().In(ChinaTime)).AddDays(-364), 20)
	for i := range ms {
		ms[i].Published = ms[i].Complaints >= MinReputationVolume
	}
	return ms, err
}
