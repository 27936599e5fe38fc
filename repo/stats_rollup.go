package repo

import (
	"context"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/redress-project/redress/domain"
	"github.com/redress-project/redress/migrations"
)

// statRow is one roll-up row of case_stats (see migrations/*/0006_case_stats.sql).
type statRow struct {
	AssociationID int64  `gorm:"primaryKey"`
	Dim           string `gorm:"primaryKey"`
	Day           dbDate `gorm:"primaryKey"`
	Key           string `gorm:"primaryKey"`
	N             int64
}

func (statRow) TableName() string { return "case_stats" }

type statKey struct {
	assoc    int64
	dim, key string
	day      domain.Date
}

// statDelta is what changes of cases add to the roll-ups.
type statDelta map[statKey]int64

// add counts a case's row into the daily roll-ups sign times (1 to add it, -1 to take it
// out): the same facts as the recount statement of the migration. The monthly rows follow
// from the daily ones when the delta is written (see sorted).
func (d statDelta) add(r *caseRow, sign int64) {
	day := r.ReceivedOn.Date
	put := func(dim, key string, n int64) {
		if n != 0 {
			d[statKey{r.AssociationID, dim, key, day}] += sign * n
		}
	}
	one := func(dim, key string, yes bool) {
		if yes {
			put(dim, key, 1)
		}
	}
	closed := r.Status == string(domain.StatusClosed)
	success := r.Outcome == string(domain.OutcomeAgreement) || r.Outcome == string(domain.OutcomeBusinessRemedied)
	mediated := success || r.Outcome == string(domain.OutcomeFailed) || r.Outcome == string(domain.OutcomeTerminated)
	put("status", r.Status, 1)
	one("outcome", r.Outcome, r.Outcome != "")
	put("category", r.Category, 1)
	put("channel", r.Channel, 1)
	put("province", r.ConsumerDivision[:min(2, len(r.ConsumerDivision))]+"0000", 1)
	one("tags", r.Tags, r.Tags != "")
	put("sum", "received", 1)
	one("sum", "accepted", r.AcceptedAt != nil)
	one("sum", "closed", closed)
	put("sum", "amount_fen", deref(r.AmountFen))
	if r.Outcome == string(domain.OutcomeAgreement) {
		put("sum", "recovered_fen", deref(r.AgreementAmountFen))
	}
	one("sum", "accepted_in_time", deref(r.AcceptedInTime))
	one("sum", "accepted_judged", r.AcceptedInTime != nil)
	one("sum", "resolved_in_time", deref(r.ResolvedInTime))
	one("sum", "resolved_judged", r.ResolvedInTime != nil)
	one("sum", "mediation_successes", success)
	one("sum", "mediation_closures", mediated)
	if r.RatingScore != nil {
		put("rating", strconv.Itoa(*r.RatingScore), 1)
		put("sum", "ratings", 1)
		put("sum", "rating_sum", int64(*r.RatingScore))
	}
	if r.AcceptedAt != nil {
		put("accept_h", hourBucket(r.AcceptedAt.Sub(r.ReceivedAt)), 1)
	}
	if r.ClosedAt != nil {
		put("close_h", hourBucket(r.ClosedAt.Sub(r.ReceivedAt)), 1)
	}
	one("open", "", !closed)
	if r.AssigneeID == nil {
		return
	}
	assignee := strconv.FormatInt(*r.AssigneeID, 10)
	one("staff_open", assignee, !closed)
	if closed && r.ClosedAt != nil {
		day = domain.DateOf(r.ClosedAt.In(domain.ChinaTime)) // closures count on the day they happen
		put("staff_closed", assignee, 1)
		if r.AcceptedAt != nil {
			put("staff_handling", assignee+":"+hourBucket(r.ClosedAt.Sub(*r.AcceptedAt)), 1)
		}
	}
}

// monthly marks the dimensions of the monthly rows, dated on the first of their month:
// a period reads whole months from them and only the days at either end from the daily
// rows, a twentieth of the rows for a year.
const monthly = "@m"

func monthOf(d domain.Date) domain.Date { return domain.Date{Year: d.Year, Month: d.Month, Day: 1} }

// periodParts splits a period into the days before its first whole month, its whole
// months [m1, m2) and the days after them; with no whole month, m1 == m2 and the days
// before cover the period.
func periodParts(from, to domain.Date) (m1, m2 domain.Date) {
	m1 = monthOf(from)
	if m1 != from {
		m1 = monthOf(m1.AddDays(31))
	}
	m2 = monthOf(to.AddDays(1))
	if !m1.Before(m2) {
		return to.AddDays(1), to.AddDays(1)
	}
	return m1, m2
}

// sumPeriod sums the roll-ups of dims, for each dim and key, over the rows of a period:
// at most three key ranges of the table, whatever the length of the period.
func sumPeriod(db *gorm.DB, ids []int64, dims []string, from, to domain.Date) ([]dimCount, error) {
	m1, m2 := periodParts(from, to)
	monthDims := make([]string, len(dims))
	for i, d := range dims {
		monthDims[i] = d + monthly
	}
	parts := []struct {
		dims     []string
		from, to domain.Date // inclusive
	}{{dims, from, m1.AddDays(-1)}, {monthDims, m1, m2.AddDays(-1)}, {dims, m2, to}}
	sums := map[[2]string]int64{}
	var order [][2]string
	for _, p := range parts {
		if p.to.Before(p.from) {
			continue
		}
		var rows []dimCount
		err := db.Model(&statRow{}).Select("dim, key, sum(n) AS n").
			Where("association_id IN ? AND dim IN ? AND day >= ? AND day <= ?", ids, p.dims, dbDate{p.from}, dbDate{p.to}).
			Group("dim, key").Scan(&rows).Error
		if err != nil {
			return nil, translate(err, "Statistics")
		}
		for _, r := range rows {
			k := [2]string{strings.TrimSuffix(r.Dim, monthly), r.Key}
			if _, ok := sums[k]; !ok {
				order = append(order, k)
			}
			sums[k] += r.N
		}
	}
	out := make([]dimCount, 0, len(order))
	for _, k := range order {
		if n := sums[k]; n != 0 {
			out = append(out, dimCount{Dim: k[0], Key: k[1], N: n})
		}
	}
	return out, nil
}

// hourBucket is the lower bound, in whole hours, of the duration's bucket.
func hourBucket(d time.Duration) string {
	return strconv.FormatInt(domain.HourBucket(d), 10)
}

// sorted lists the changed rows, daily and monthly, in key order, so that concurrent
// transactions lock the rows they share in the same order and never deadlock.
func (d statDelta) sorted() []statRow {
	all := make(statDelta, 2*len(d))
	for k, n := range d {
		all[k] += n
		if k.dim != "open" && k.dim != "staff_open" { // summed over all days, never by period
			all[statKey{k.assoc, k.dim + monthly, k.key, monthOf(k.day)}] += n
		}
	}
	out := make([]statRow, 0, len(all))
	for k, n := range all {
		if n != 0 {
			out = append(out, statRow{AssociationID: k.assoc, Dim: k.dim, Day: dbDate{k.day}, Key: k.key, N: n})
		}
	}
	slices.SortFunc(out, func(a, b statRow) int {
		switch {
		case a.AssociationID != b.AssociationID:
			return int(a.AssociationID - b.AssociationID)
		case a.Dim != b.Dim:
			return strings.Compare(a.Dim, b.Dim)
		case a.Day.Year != b.Day.Year:
			return a.Day.Year - b.Day.Year
		case a.Day.Month != b.Day.Month:
			return int(a.Day.Month - b.Day.Month)
		case a.Day.Day != b.Day.Day:
			return a.Day.Day - b.Day.Day
		}
		return strings.Compare(a.Key, b.Key)
	})
	return out
}

// apply adds the delta to the roll-ups within tx: a case's change in one statement on
// PostgreSQL, in small batches on SQLite, whose driver binds parameters slowly.
func (d statDelta) apply(tx *gorm.DB) error {
	rows := d.sorted()
	size := 20
	if tx.Dialector.Name() == Postgres {
		size = 200
	}
	for start := 0; start < len(rows); start += size {
		batch := rows[start:min(start+size, len(rows))]
		err := tx.Clauses(clause.OnConflict{
			Columns:   []clause.Column{{Name: "association_id"}, {Name: "dim"}, {Name: "day"}, {Name: "key"}},
			DoUpdates: clause.Assignments(map[string]any{"n": gorm.Expr("case_stats.n + excluded.n")}),
		}).Create(&batch).Error
		if err != nil {
			return translate(err, "Statistics")
		}
	}
	return nil
}

// applyPgx adds the delta in one statement, for the bulk loader's COPY transactions.
func (d statDelta) applyPgx(ctx context.Context, tx pgx.Tx) error {
	rows := d.sorted()
	if len(rows) == 0 {
		return nil
	}
	assoc, n := make([]int64, len(rows)), make([]int64, len(rows))
	dim, day, key := make([]string, len(rows)), make([]string, len(rows)), make([]string, len(rows))
	for i, r := range rows {
		assoc[i], dim[i], day[i], key[i], n[i] = r.AssociationID, r.Dim, r.Day.String(), r.Key, r.N
	}
	_, err := tx.Exec(ctx, `INSERT INTO case_stats (association_id, dim, day, key, n)
		SELECT * FROM unnest($1::bigint[], $2::text[], $3::date[], $4::text[], $5::bigint[])
		ON CONFLICT (association_id, dim, day, key) DO UPDATE SET n = case_stats.n + excluded.n`, assoc, dim, day, key, n)
	if err != nil {
		return fmt.Errorf("repo: add to the statistics: %w", err)
	}
	return nil
}

// statsBefore takes a case's row out of the roll-ups, to be put back as it is after a
// change (see changed).
func statsBefore(r *caseRow) statDelta {
	d := statDelta{}
	d.add(r, -1)
	return d
}

// changed counts the case's row as it is now and applies the change within tx.
func (d statDelta) changed(tx *gorm.DB, after *caseRow) error {
	d.add(after, 1)
	return d.apply(tx)
}

// RecountStats rebuilds the roll-ups from the cases, with the statement the migration
// that made them ran.
func (s *Stats) RecountStats(ctx context.Context) error {
	stmt, err := recountStatement(s.db.Dialector.Name())
	if err != nil {
		return err
	}
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Exec("DELETE FROM case_stats").Error; err != nil {
			return translate(err, "Statistics")
		}
		return translate(tx.Exec(stmt).Error, "Statistics")
	})
}

func recountStatement(dialect string) (string, error) {
	name := Postgres
	if dialect != Postgres {
		name = SQLite
	}
	data, err := fs.ReadFile(migrations.FS, name+"/0006_case_stats.sql")
	if err != nil {
		return "", err
	}
	_, rest, _ := strings.Cut(string(data), "-- +goose StatementBegin\n")
	stmt, _, ok := strings.Cut(rest, ";\n-- +goose StatementEnd")
	if !ok {
		return "", fmt.Errorf("repo: the recount statement of %s is missing", name)
	}
	return stmt, nil
}
