package repo

import (
	"context"
	"time"

	"github.com/riverqueue/river"

	"github.com/redress-project/redress/domain"
)

// escalationLookback bounds how far back the sweep looks for overdue cases: older ones
// were escalated by an earlier sweep, or predate the queue (imported, generated).
const escalationLookback = 30

// FindCasesDueBy implements domain.SweepStore. Only the fields the deadline notices read
// are filled.
func (s *Notifications) FindCasesDueBy(ctx context.Context, day domain.Date) ([]domain.Case, error) {
	var rows []struct {
		ID          int64
		Status      string
		WaitingOn   string
		CurrentDue  *dbDate
		BusinessDue *dbDate
	}
	from := dbDate{day.AddDays(-escalationLookback)}
	err := s.db.WithContext(ctx).Table("cases").Select("id, status, waiting_on, current_due, business_due").
		Where("status <> ?", domain.StatusClosed).
		Where(s.db.Where("current_due >= ? AND current_due <= ?", from, dbDate{day}).
			Or("waiting_on = ? AND business_due >= ? AND business_due <= ?", domain.WaitingOnBusiness, from, dbDate{day})).
		Order("id").Find(&rows).Error
	if err != nil {
		return nil, translate(err, "Cases")
	}
	out := make([]domain.Case, 0, len(rows))
	for _, r := range rows {
		out = append(out, domain.Case{ID: r.ID, Status: domain.Status(r.Status), WaitingOn: domain.WaitingOn(r.WaitingOn),
			CurrentDue: datePtr(r.CurrentDue), BusinessDue: datePtr(r.BusinessDue)})
	}
	return out, nil
}

// FindCasesWaitingOnConsumer implements domain.SweepStore: the wait began with the latest
// request for information.
func (s *Notifications) FindCasesWaitingOnConsumer(ctx context.Context, before time.Time) ([]domain.WaitingCase, error) {
	db := s.db.WithContext(ctx)
	var ids []int64
	if err := db.Table("cases").Where("status = ? AND waiting_on = ?", domain.StatusInMediation, domain.WaitingOnConsumer).
		Order("id").Pluck("id", &ids).Error; err != nil {
		return nil, translate(err, "Cases")
	}
	var out []domain.WaitingCase
	for _, id := range ids {
		var at []time.Time
		if err := db.Table("case_events").Where("case_id = ? AND type = ?", id, domain.ActionRequestInformation).
			Order("seq DESC").Limit(1).Pluck("at", &at).Error; err != nil {
			return nil, translate(err, "Events")
		}
		if len(at) == 1 && at[0].Before(before) {
			out = append(out, domain.WaitingCase{CaseID: id, Since: at[0].UTC()})
		}
	}
	return out, nil
}

// QueueNotices implements domain.SweepStore. A notice still in the queue is not queued
// twice, and one fanned out before is skipped by its marker.
func (s *Notifications) QueueNotices(ctx context.Context, notices []domain.Notice) error {
	params := make([]river.InsertManyParams, 0, len(notices))
	for _, n := range notices {
		params = append(params, river.InsertManyParams{Args: notifyArgs{Key: n.Key, Notice: n}, InsertOpts: uniqueByArgs})
	}
	return s.jobs.insertMany(ctx, nil, params)
}

// idempotencyKeyTTL is how long an Idempotency-Key is remembered.
const idempotencyKeyTTL = 24 * time.Hour

// noticeMarkTTL is how long a notice is remembered as sent: longer than the sweep looks
// back for deadlines, so that no reminder or escalation is sent twice.
const noticeMarkTTL = 3 * escalationLookback * 24 * time.Hour

// Expired counts what DeleteExpired removed.
type Expired struct {
	Sessions, IdempotencyKeys, NoticeMarks, RateCounters int64
}

// DeleteExpired removes the sessions that expired, the idempotency keys older than a day,
// the marks of notices sent long ago and the rate counters whose window has ended.
func (db *DB) DeleteExpired(ctx context.Context, now time.Time) (Expired, error) {
	var out Expired
	g := db.Gorm.WithContext(ctx)
	for _, d := range []struct {
		n     *int64
		query string
		arg   time.Time
	}{
		{&out.Sessions, "DELETE FROM sessions WHERE expires_at < ?", now},
		{&out.IdempotencyKeys, "DELETE FROM idempotency_keys WHERE created_at < ?", now.Add(-idempotencyKeyTTL)},
		{&out.NoticeMarks, "DELETE FROM notice_marks WHERE created_at < ?", now.Add(-noticeMarkTTL)},
		{&out.RateCounters, "DELETE FROM rate_counters WHERE expires_at < ?", now},
	} {
		res := g.Exec(d.query, d.arg.UTC())
		if res.Error != nil {
			return out, translate(res.Error, "Expired rows")
		}
		*d.n = res.RowsAffected
	}
	return out, nil
}
