package repo

import (
	"context"
	"strings"
	"time"

	"gorm.io/gorm"

	"github.com/redress-project/redress/domain"
)

type loginFailureRow struct {
	Key           string `gorm:"primaryKey"`
	Count         int
	LastFailureAt time.Time
}

func (loginFailureRow) TableName() string { return "login_failures" }

// Throttle implements domain.ThrottleStore in the database, so every instance sees the
// same counts.
type Throttle struct{ db *gorm.DB }

// NewThrottle returns the login throttle store of db.
func NewThrottle(db *DB) *Throttle { return &Throttle{db: db.Gorm} }

// FindLoginFailures implements domain.ThrottleStore.
func (s *Throttle) FindLoginFailures(ctx context.Context, key string) (domain.LoginFailures, error) {
	var rows []loginFailureRow
	if err := s.db.WithContext(ctx).Where("key = ?", key).Limit(1).Find(&rows).Error; err != nil {
		return domain.LoginFailures{}, translate(err, "Login failures")
	}
	if len(rows) == 0 {
		return domain.LoginFailures{}, nil
	}
	return domain.LoginFailures{Count: rows[0].Count, Last: rows[0].LastFailureAt}, nil
}

// RecordLoginFailure implements domain.ThrottleStore with one atomic upsert, so that
// concurrent failures all count.
func (s *Throttle) RecordLoginFailure(ctx context.Context, key string, now time.Time, window time.Duration) error {
	now = now.UTC()
	err := s.db.WithContext(ctx).Exec(`INSERT INTO login_failures (key, count, last_failure_at) VALUES (?, 1, ?)
		ON CONFLICT (key) DO UPDATE SET
		  count = CASE WHEN login_failures.last_failure_at < ? THEN 1 ELSE login_failures.count + 1 END,
		  last_failure_at = excluded.last_failure_at`, key, now, now.Add(-window)).Error
	return translate(err, "Login failures")
}

// ClearLoginFailures implements domain.ThrottleStore.
func (s *Throttle) ClearLoginFailures(ctx context.Context, key string) error {
	return translate(s.db.WithContext(ctx).Where("key = ?", key).Delete(&loginFailureRow{}).Error, "Login failures")
}

type rateCountRow struct {
	Key       string
	Count     int
	ExpiresAt time.Time
}

// CountRequests implements domain.RateCounter with one upsert for all the hits: a key
// whose window has ended starts a new one at 1, others count up.
func (s *Throttle) CountRequests(ctx context.Context, hits []domain.RateHit, now time.Time) ([]domain.RateCount, error) {
	now = now.UTC()
	var sql strings.Builder
	sql.WriteString("INSERT INTO rate_counters (key, started_at, expires_at, count) VALUES ")
	args := make([]any, 0, 3*len(hits))
	for i, h := range hits {
		if i > 0 {
			sql.WriteString(", ")
		}
		sql.WriteString("(?, ?, ?, 1)")
		args = append(args, h.Key, now, now.Add(h.Window))
	}
	sql.WriteString(` ON CONFLICT (key) DO UPDATE SET
		count = CASE WHEN rate_counters.expires_at <= excluded.started_at THEN 1 ELSE rate_counters.count + 1 END,
		started_at = CASE WHEN rate_counters.expires_at <= excluded.started_at THEN excluded.started_at ELSE rate_counters.started_at END,
		expires_at = CASE WHEN rate_counters.expires_at <= excluded.started_at THEN excluded.expires_at ELSE rate_counters.expires_at END
		RETURNING key, count, expires_at`)
	var rows []rateCountRow
	if err := s.db.WithContext(ctx).Raw(sql.String(), args...).Scan(&rows).Error; err != nil {
		return nil, translate(err, "Rate counters")
	}
	byKey := make(map[string]rateCountRow, len(rows))
	for _, r := range rows {
		byKey[r.Key] = r
	}
	out := make([]domain.RateCount, len(hits))
	for i, h := range hits {
		r := byKey[h.Key]
		out[i] = domain.RateCount{Count: r.Count, ResetAt: r.ExpiresAt}
	}
	return out, nil
}
