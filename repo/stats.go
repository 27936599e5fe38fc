package repo

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"

	"github.com/redress-project/redress/domain"
)

// Stats implements domain.StatsStore with aggregate queries that read the same on both
// dialects (received_on is a stored Beijing date, so no time-zone functions are needed).
type Stats struct{ db *gorm.DB }

// NewStats returns the statistics store of db.
func NewStats(db *DB) *Stats { return &Stats{db: db.Gorm} }

type keyCount struct {
	Key   string
	Count int64
}

// Overview implements domain.StatsStore. Without a topic it reads the roll-ups (see
// stats_rollup.go), a few thousand rows whatever the volume; a topic narrows the cohort
// to a category or tag, which the roll-ups do not cross with the rest, so those figures
// come from the cases. The backlog and workload always come from the roll-ups.
func (s *Stats) Overview(ctx context.Context, ids []int64, topic domain.Topic, from, to domain.Date, now time.Time) (*domain.OverviewFacts, error) {
	db := s.db.WithContext(ctx)
	o := &domain.OverviewFacts{AcceptHours: domain.Histogram{}, CloseHours: domain.Histogram{}}
	var err error
	if topic.Kind == "" {
		err = s.cohortFromRollups(db, ids, from, to, o)
	} else {
		err = s.cohortFromCases(db, ids, topic, from, to, o)
	}
	if err != nil {
		return nil, err
	}
	o.ByOutcome = dropEmpty(o.ByOutcome)
	o.ByTag = splitTagCounts(o.ByTag)
	for i := range o.PerDay {
		o.PerDay[i].Key = o.PerDay[i].Key[:10] // PostgreSQL's DATE scans as a timestamp string
	}
	sortByKey(o.PerDay)
	if err := s.backlog(db, ids, now, o); err != nil {
		return nil, err
	}
	return o, s.workload(db, ids, from, to, o)
}

// cohortDims are the roll-ups of the cases received in a period.
var cohortDims = []string{"status", "outcome", "category", "channel", "province", "tags", "rating", "sum", "accept_h", "close_h"}

type dimCount struct {
	Dim, Key string
	N        int64
}

// cohortFromRollups fills the figures of the cases received from..to from the roll-ups.
func (s *Stats) cohortFromRollups(db *gorm.DB, ids []int64, from, to domain.Date, o *domain.OverviewFacts) error {
	rows, err := sumPeriod(db, ids, cohortDims, from, to)
	if err != nil {
		return err
	}
	lists := map[string]*[]domain.Count{"status": &o.ByStatus, "outcome": &o.ByOutcome, "category": &o.ByCategory, "channel": &o.ByChannel,
		"province": &o.ByProvince, "tags": &o.ByTag, "rating": &o.SatisfactionByScore}
	sums := map[string]int64{}
	for _, r := range rows {
		switch r.Dim {
		case "sum":
			sums[r.Key] = r.N
		case "accept_h", "close_h":
			lower, err := strconv.ParseInt(r.Key, 10, 64)
			if err != nil {
				return fmt.Errorf("repo: statistics: bucket %q: %w", r.Key, err)
			}
			if r.Dim == "accept_h" {
				o.AcceptHours.Add(lower, r.N)
			} else {
				o.CloseHours.Add(lower, r.N)
			}
		default:
			*lists[r.Dim] = append(*lists[r.Dim], domain.Count{Key: r.Key, Count: r.N})
		}
	}
	for dim, l := range lists {
		if dim == "rating" {
			sortByKey(*l)
		} else {
			sortByCount(*l)
		}
	}
	if err := db.Model(&statRow{}).Select("day AS key, sum(n) AS count").
		Where("association_id IN ? AND dim = 'sum' AND key = 'received' AND day >= ? AND day <= ?", ids, dbDate{from}, dbDate{to}).
		Group("day").Having("sum(n) <> 0").Scan(&o.PerDay).Error; err != nil {
		return translate(err, "Statistics")
	}
	o.Received, o.Accepted, o.Closed = sums["received"], sums["accepted"], sums["closed"]
	o.AmountInvolvedFen, o.AmountRecoveredFen = sums["amount_fen"], sums["recovered_fen"]
	o.AcceptedInTimePct = domain.Percent(sums["accepted_in_time"], sums["accepted_judged"])
	o.ResolvedInTimePct = domain.Percent(sums["resolved_in_time"], sums["resolved_judged"])
	o.MediationSuccesses, o.MediationClosures = sums["mediation_successes"], sums["mediation_closures"]
	o.SatisfactionCount = sums["ratings"]
	if o.SatisfactionCount > 0 {
		avg := float64(sums["rating_sum"]) / float64(o.SatisfactionCount)
		o.SatisfactionAverage = &avg
	}
	return nil
}

// cohortFromCases fills the figures of the cases on a topic received from..to.
func (s *Stats) cohortFromCases(db *gorm.DB, ids []int64, topic domain.Topic, from, to domain.Date, o *domain.OverviewFacts) error {
	cohort := func() *gorm.DB {
		q := db.Model(&caseRow{}).Where("association_id IN ? AND received_on >= ? AND received_on <= ?", ids, dbDate{from}, dbDate{to})
		return withTopic(q, topic, "")
	}
	groups := []struct {
		expr string
		dst  *[]domain.Count
	}{
		{"status", &o.ByStatus}, {"outcome", &o.ByOutcome}, {"category", &o.ByCategory}, {"channel", &o.ByChannel},
		{"substr(consumer_division, 1, 2) || '0000'", &o.ByProvince}, {"received_on", &o.PerDay}, {"tags", &o.ByTag},
	}
	for _, g := range groups {
		var rows []keyCount
		if err := cohort().Select(g.expr + " AS key, count(*) AS count").Group(g.expr).Order("count DESC, key").Scan(&rows).Error; err != nil {
			return translate(err, "Statistics")
		}
		for _, r := range rows {
			*g.dst = append(*g.dst, domain.Count{Key: r.Key, Count: r.Count})
		}
	}

	var sums struct {
		Received, Accepted, Closed, AmountFen, RecoveredFen int64
		AcceptedInTime, AcceptedJudged                      int64
		ResolvedInTime, ResolvedJudged                      int64
		MediationSuccesses, MediationClosures, Ratings      int64
		RatingSum                                           float64
	}
	err := cohort().Select(`count(*) AS received,
		count(accepted_at) AS accepted,
		coalesce(sum(CASE WHEN status = 'closed' THEN 1 ELSE 0 END), 0) AS closed,
		coalesce(sum(amount_fen), 0) AS amount_fen,
		coalesce(sum(CASE WHEN outcome = 'agreement' THEN agreement_amount_fen ELSE 0 END), 0) AS recovered_fen,
		coalesce(sum(CASE WHEN accepted_in_time THEN 1 ELSE 0 END), 0) AS accepted_in_time,
		count(accepted_in_time) AS accepted_judged,
		coalesce(sum(CASE WHEN resolved_in_time THEN 1 ELSE 0 END), 0) AS resolved_in_time,
		count(resolved_in_time) AS resolved_judged,
		coalesce(sum(CASE WHEN outcome IN ('agreement', 'business_remedied') THEN 1 ELSE 0 END), 0) AS mediation_successes,
		coalesce(sum(CASE WHEN outcome IN ('agreement', 'business_remedied', 'failed', 'terminated') THEN 1 ELSE 0 END), 0) AS mediation_closures,
		count(rating_score) AS ratings,
		coalesce(sum(rating_score), 0) AS rating_sum`).Scan(&sums).Error
	if err != nil {
		return translate(err, "Statistics")
	}
	o.Received, o.Accepted, o.Closed = sums.Received, sums.Accepted, sums.Closed
	o.AmountInvolvedFen, o.AmountRecoveredFen = sums.AmountFen, sums.RecoveredFen
	o.AcceptedInTimePct = domain.Percent(sums.AcceptedInTime, sums.AcceptedJudged)
	o.ResolvedInTimePct = domain.Percent(sums.ResolvedInTime, sums.ResolvedJudged)
	o.MediationSuccesses, o.MediationClosures = sums.MediationSuccesses, sums.MediationClosures
	o.SatisfactionCount = sums.Ratings
	if sums.Ratings > 0 {
		avg := sums.RatingSum / float64(sums.Ratings)
		o.SatisfactionAverage = &avg
	}
	var scores []keyCount
	if err := cohort().Where("rating_score IS NOT NULL").Select("CAST(rating_score AS TEXT) AS key, count(*) AS count").
		Group("rating_score").Order("rating_score").Scan(&scores).Error; err != nil {
		return translate(err, "Statistics")
	}
	for _, sc := range scores {
		o.SatisfactionByScore = append(o.SatisfactionByScore, domain.Count{Key: sc.Key, Count: sc.Count})
	}

	var times []struct {
		ReceivedAt time.Time
		AcceptedAt *time.Time
		ClosedAt   *time.Time
	}
	if err := cohort().Where("accepted_at IS NOT NULL OR closed_at IS NOT NULL").Select("received_at, accepted_at, closed_at").Scan(&times).Error; err != nil {
		return translate(err, "Statistics")
	}
	for _, t := range times {
		if t.AcceptedAt != nil {
			o.AcceptHours.Add(domain.HourBucket(t.AcceptedAt.Sub(t.ReceivedAt)), 1)
		}
		if t.ClosedAt != nil {
			o.CloseHours.Add(domain.HourBucket(t.ClosedAt.Sub(t.ReceivedAt)), 1)
		}
	}
	return nil
}

// withTopic narrows a query of cases (aliased by prefix, e.g. "c.") to a topic.
func withTopic(q *gorm.DB, topic domain.Topic, prefix string) *gorm.DB {
	switch topic.Kind {
	case "category":
		return q.Where(prefix+"category = ?", topic.Code)
	case "tag":
		return q.Where(prefix+"tags LIKE ?", "%,"+topic.Code+",%")
	}
	return q
}

// backlog counts today's open cases in scope by how many days ago they were received.
func (s *Stats) backlog(db *gorm.DB, ids []int64, now time.Time, o *domain.OverviewFacts) error {
	var rows []struct {
		Day dbDate
		N   int64
	}
	if err := db.Model(&statRow{}).Select("day, sum(n) AS n").Where("association_id IN ? AND dim = 'open'", ids).
		Group("day").Having("sum(n) <> 0").Scan(&rows).Error; err != nil {
		return translate(err, "Statistics")
	}
	o.Backlog = []domain.AgingBucket{{Label: "0-7"}, {Label: "8-15"}, {Label: "16-30"}, {Label: "31-60"}, {Label: "61+"}}
	today := domain.DateOf(now.In(domain.ChinaTime)).Time(time.UTC)
	for _, r := range rows {
		age := int(today.Sub(r.Day.Time(time.UTC)).Hours() / 24)
		i := 4
		switch {
		case age <= 7:
			i = 0
		case age <= 15:
			i = 1
		case age <= 30:
			i = 2
		case age <= 60:
			i = 3
		}
		o.Backlog[i].Count += r.N
		o.Open += r.N
	}
	return nil
}

// workload gives each assignee's open cases, cases closed in the period and median
// handling time (acceptance to closure), from the roll-ups.
func (s *Stats) workload(db *gorm.DB, ids []int64, from, to domain.Date, o *domain.OverviewFacts) error {
	// Ranges of the roll-ups' key: an OR of them would read the whole table.
	var rows, closed []dimCount
	err := db.Model(&statRow{}).Select("dim, key, sum(n) AS n").Where("association_id IN ? AND dim = 'staff_open'", ids).
		Group("dim, key").Having("sum(n) <> 0").Scan(&rows).Error
	if err != nil {
		return translate(err, "Statistics")
	}
	if closed, err = sumPeriod(db, ids, []string{"staff_closed", "staff_handling"}, from, to); err != nil {
		return err
	}
	rows = append(rows, closed...)
	byUser := map[int64]*domain.Workload{}
	handling := map[int64]domain.Histogram{}
	var order []int64
	for _, r := range rows {
		user, bucket, _ := strings.Cut(r.Key, ":")
		id, err := strconv.ParseInt(user, 10, 64)
		if err != nil {
			return fmt.Errorf("repo: statistics: assignee %q: %w", r.Key, err)
		}
		w := byUser[id]
		if w == nil {
			w = &domain.Workload{UserID: id}
			byUser[id], handling[id] = w, domain.Histogram{}
			order = append(order, id)
		}
		switch r.Dim {
		case "staff_open":
			w.Open += r.N
		case "staff_closed":
			w.ClosedInPeriod += r.N
		case "staff_handling":
			lower, err := strconv.ParseInt(bucket, 10, 64)
			if err != nil {
				return fmt.Errorf("repo: statistics: bucket %q: %w", r.Key, err)
			}
			handling[id].Add(lower, r.N)
		}
	}
	o.Workload = []domain.Workload{}
	if len(order) == 0 {
		return nil
	}
	var users []struct {
		ID   int64
		Name string
	}
	if err := db.Table("users").Where("id IN ?", order).Select("id, name").Scan(&users).Error; err != nil {
		return translate(err, "Users")
	}
	names := map[int64]string{}
	for _, u := range users {
		names[u.ID] = u.Name
	}
	slices.Sort(order)
	for _, id := range order {
		name, ok := names[id]
		if !ok {
			continue
		}
		w := byUser[id]
		w.Name, w.MedianHandlingDays = name, handling[id].MedianDays()
		o.Workload = append(o.Workload, *w)
	}
	return nil
}

func dropEmpty(cs []domain.Count) []domain.Count {
	out := cs[:0]
	for _, c := range cs {
		if c.Key != "" {
			out = append(out, c)
		}
	}
	return out
}

// splitTagCounts turns counts of tag sets (",a,b,") into counts per tag.
func splitTagCounts(sets []domain.Count) []domain.Count {
	per := map[string]int64{}
	for _, s := range sets {
		for _, t := range strings.Split(strings.Trim(s.Key, ","), ",") {
			if t != "" {
				per[t] += s.Count
			}
		}
	}
	out := make([]domain.Count, 0, len(per))
	for k, v := range per {
		out = append(out, domain.Count{Key: k, Count: v})
	}
	sortByCount(out)
	return out
}

func sortByKey(cs []domain.Count) {
	sort.Slice(cs, func(i, j int) bool { return cs[i].Key < cs[j].Key })
}

func sortByCount(cs []domain.Count) {
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].Count != cs[j].Count {
			return cs[i].Count > cs[j].Count
		}
		return cs[i].Key < cs[j].Key
	})
}

// TopBusinesses implements domain.StatsStore.
func (s *Stats) TopBusinesses(ctx context.Context, ids []int64, topic domain.Topic, from, to domain.Date, limit int, acceptedOnly bool) ([]domain.BusinessFacts, error) {
	return s.topBusinesses(ctx, ids, topic, from, to, limit, 0, acceptedOnly)
}

// topBusinesses measures the businesses with the most complaints, or only one (onlyID);
// acceptedOnly counts only the complaints an association accepted, as public figures do.
func (s *Stats) topBusinesses(ctx context.Context, ids []int64, topic domain.Topic, from, to domain.Date, limit int, onlyID int64, acceptedOnly bool) ([]domain.BusinessFacts, error) {
	db := s.db.WithContext(ctx)
	var rows []struct {
		BusinessID                     int64
		Name                           string
		Complaints, Answered, Resolved int64
		MediationClosures              int64
	}
	q := db.Table("cases AS c").Joins("JOIN businesses b ON b.id = c.business_id").
		Where("c.association_id IN ? AND c.received_on >= ? AND c.received_on <= ?", ids, dbDate{from}, dbDate{to})
	q = withTopic(q, topic, "c.")
	if onlyID != 0 {
		q = q.Where("c.business_id = ?", onlyID)
	}
	if acceptedOnly {
		q = q.Where("c.accepted_at IS NOT NULL")
	}
	err := q.Select(`c.business_id, b.name, count(*) AS complaints, count(c.business_responded_at) AS answered,
			coalesce(sum(CASE WHEN c.outcome IN ('agreement', 'business_remedied') THEN 1 ELSE 0 END), 0) AS resolved,
			coalesce(sum(CASE WHEN c.outcome IN ('agreement', 'business_remedied', 'failed', 'terminated') THEN 1 ELSE 0 END), 0) AS mediation_closures`).
		Group("c.business_id, b.name").Order("complaints DESC, c.business_id").Limit(limit).Scan(&rows).Error
	if err != nil {
		return nil, translate(err, "Statistics")
	}
	out := make([]domain.BusinessFacts, 0, len(rows))
	index := map[int64]int{}
	var bids []int64
	for _, r := range rows {
		index[r.BusinessID] = len(out)
		bids = append(bids, r.BusinessID)
		out = append(out, domain.BusinessFacts{MediationClosures: r.MediationClosures, BusinessStats: domain.BusinessStats{
			BusinessID: r.BusinessID, Name: r.Name, Complaints: r.Complaints, Answered: r.Answered, Resolved: r.Resolved}})
	}
	if len(bids) == 0 {
		return out, nil
	}
	var times []struct {
		BusinessID          int64
		MediationStartedAt  time.Time
		BusinessRespondedAt time.Time
	}
	err = db.Model(&caseRow{}).Where("association_id IN ? AND received_on >= ? AND received_on <= ? AND business_id IN ? AND business_responded_at IS NOT NULL AND mediation_started_at IS NOT NULL",
		ids, dbDate{from}, dbDate{to}, bids).Select("business_id, mediation_started_at, business_responded_at").Scan(&times).Error
	if err != nil {
		return nil, translate(err, "Statistics")
	}
	for _, t := range times {
		f := &out[index[t.BusinessID]]
		f.FirstResponses = append(f.FirstResponses, t.BusinessRespondedAt.Sub(t.MediationStartedAt))
	}
	return out, nil
}

// WeeklyCounts implements domain.StatsStore: one pass over the cases received in the
// window, bucketed by week in Go.
func (s *Stats) WeeklyCounts(ctx context.Context, ids []int64, end time.Time, weeks int) ([]domain.WeeklySeries, error) {
	week := 7 * 24 * time.Hour
	start := end.Add(-time.Duration(weeks) * week)
	var rows []struct {
		ReceivedAt time.Time
		Category   string
		Tags       string
		BusinessID int64
		Name       string
	}
	err := s.db.WithContext(ctx).Table("cases AS c").Joins("JOIN businesses b ON b.id = c.business_id").
		Where("c.association_id IN ? AND c.received_at >= ? AND c.received_at < ?", ids, start.UTC(), end.UTC()).
		Select("c.received_at, c.category, c.tags, c.business_id, b.name").Scan(&rows).Error
	if err != nil {
		return nil, translate(err, "Statistics")
	}
	series := map[string]*domain.WeeklySeries{}
	var order []string
	add := func(kind, key, name string, w int) {
		id := kind + "\x00" + key
		sr := series[id]
		if sr == nil {
			sr = &domain.WeeklySeries{Kind: kind, Key: key, Name: name, Weeks: make([]int64, weeks)}
			series[id] = sr
			order = append(order, id)
		}
		sr.Weeks[w]++
	}
	for _, r := range rows {
		w := int(r.ReceivedAt.Sub(start) / week)
		if w < 0 || w >= weeks {
			continue
		}
		add("category", r.Category, "", w)
		for _, t := range splitTags(r.Tags) {
			add("tag", t, "", w)
		}
		add("business", strconv.FormatInt(r.BusinessID, 10), r.Name, w)
	}
	sort.Strings(order)
	out := make([]domain.WeeklySeries, 0, len(order))
	for _, id := range order {
		out = append(out, *series[id])
	}
	return out, nil
}

// BusinessRecord implements domain.StatsStore.
func (s *Stats) BusinessRecord(ctx context.Context, businessID int64, from, to domain.Date) (*domain.BusinessFacts, []domain.Count, error) {
	var ids []int64
	if err := s.db.WithContext(ctx).Model(&associationRow{}).Pluck("id", &ids).Error; err != nil {
		return nil, nil, translate(err, "Associations")
	}
	facts, err := s.topBusinesses(ctx, ids, domain.Topic{}, from, to, 1, businessID, true)
	if err != nil || len(facts) == 0 {
		return nil, nil, err
	}
	var cats []keyCount
	err = s.db.WithContext(ctx).Model(&caseRow{}).Where("business_id = ? AND received_on >= ? AND received_on <= ? AND accepted_at IS NOT NULL", businessID, dbDate{from}, dbDate{to}).
		Select("category AS key, count(*) AS count").Group("category").Order("count DESC, key").Limit(5).Scan(&cats).Error
	if err != nil {
		return nil, nil, translate(err, "Statistics")
	}
	out := make([]domain.Count, 0, len(cats))
	for _, c := range cats {
		out = append(out, domain.Count{Key: c.Key, Count: c.Count})
	}
	return &facts[0], out, nil
}

// FindBusinesses implements domain.StatsStore.
func (s *Stats) FindBusinesses(ctx context.Context, q string, since domain.Date, limit int) ([]domain.BusinessMatch, error) {
	var out []domain.BusinessMatch
	err := s.db.WithContext(ctx).Table("businesses AS b").
		Joins("LEFT JOIN cases c ON c.business_id = b.id AND c.received_on >= ? AND c.accepted_at IS NOT NULL", dbDate{since}).
		Where("b.normalized_name LIKE ? ESCAPE '\\'", "%"+escapeLike(q)+"%").
		Where("NOT EXISTS (SELECT 1 FROM business_merges m WHERE m.from_id = b.id)"). // a merged record's cases are the kept one's
		Select("b.id, b.name, count(c.id) AS complaints").Group("b.id, b.name").Order("complaints DESC, b.id").Limit(limit).Scan(&out).Error
	if out == nil {
		out = []domain.BusinessMatch{}
	}
	return out, translate(err, "Businesses")
}
