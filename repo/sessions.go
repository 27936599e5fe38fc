package repo

import (
	"context"
	"time"

	"gorm.io/gorm"

	"github.com/redress-project/redress/domain"
)

type sessionRow struct {
	ID         string `gorm:"primaryKey"`
	UserID     int64
	CSRFToken  string `gorm:"column:csrf_token"`
	CreatedAt  time.Time
	ExpiresAt  time.Time
	LastSeenAt time.Time
	RevokedAt  *time.Time
	IP         string `gorm:"column:ip"`
	UserAgent  string
}

func (sessionRow) TableName() string { return "sessions" }

// Sessions implements domain.SessionStore.
type Sessions struct{ db *gorm.DB }

// NewSessions returns the session store of db.
func NewSessions(db *DB) *Sessions { return &Sessions{db: db.Gorm} }

// CreateSession implements domain.SessionStore.
func (s *Sessions) CreateSession(ctx context.Context, sess *domain.Session) error {
	r := sessionRow{
		ID: sess.ID, UserID: sess.UserID, CSRFToken: sess.CSRFToken, CreatedAt: sess.CreatedAt.UTC(),
		ExpiresAt: sess.ExpiresAt.UTC(), LastSeenAt: sess.LastSeenAt.UTC(), IP: sess.IP, UserAgent: sess.UserAgent,
	}
	return translate(s.db.WithContext(ctx).Create(&r).Error, "Session")
}

// FindSession implements domain.SessionStore.
func (s *Sessions) FindSession(ctx context.Context, id string, now time.Time) (*domain.Session, error) {
	var r sessionRow
	err := s.db.WithContext(ctx).Where("id = ? AND revoked_at IS NULL AND expires_at > ?", id, now.UTC()).First(&r).Error
	if err != nil {
		return nil, translate(err, "Session")
	}
	return &domain.Session{
		ID: r.ID, UserID: r.UserID, CSRFToken: r.CSRFToken, CreatedAt: r.CreatedAt, ExpiresAt: r.ExpiresAt,
		LastSeenAt: r.LastSeenAt, IP: r.IP, UserAgent: r.UserAgent,
	}, nil
}

// TouchSession implements domain.SessionStore.
func (s *Sessions) TouchSession(ctx context.Context, id string, now time.Time) error {
	err := s.db.WithContext(ctx).Model(&sessionRow{}).Where("id = ?", id).Update("last_seen_at", now.UTC()).Error
	return translate(err, "Session")
}

// RevokeSession implements domain.SessionStore.
func (s *Sessions) RevokeSession(ctx context.Context, id string, now time.Time) error {
	err := s.db.WithContext(ctx).Model(&sessionRow{}).Where("id = ? AND revoked_at IS NULL", id).Update("revoked_at", now.UTC()).Error
	return translate(err, "Session")
}

// FindUserSessions implements domain.SessionStore.
func (s *Sessions) FindUserSessions(ctx context.Context, userID int64, now time.Time) ([]domain.Session, error) {
	var rows []sessionRow
	err := s.db.WithContext(ctx).Where("user_id = ? AND revoked_at IS NULL AND expires_at > ?", userID, now.UTC()).
		Order("created_at DESC").Limit(100).Find(&rows).Error
	if err != nil {
		return nil, translate(err, "Sessions")
	}
	out := make([]domain.Session, 0, len(rows))
	for _, r := range rows {
		out = append(out, domain.Session{ID: r.ID, UserID: r.UserID, CreatedAt: r.CreatedAt, ExpiresAt: r.ExpiresAt,
			LastSeenAt: r.LastSeenAt, IP: r.IP, UserAgent: r.UserAgent})
	}
	return out, nil
}
