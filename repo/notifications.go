package repo

import (
	"context"
	"encoding/base64"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/riverqueue/river"
	"gorm.io/gorm"

	"github.com/redress-project/redress/domain"
)

type notificationRow struct {
	ID        int64 `gorm:"primaryKey"`
	UserID    int64
	CaseID    *int64
	Kind      string
	Subject   string
	Body      string
	CreatedAt time.Time
	ReadAt    *time.Time
}

func (notificationRow) TableName() string { return "notifications" }

func (r notificationRow) toDomain() domain.Notification {
	return domain.Notification{ID: r.ID, UserID: r.UserID, CaseID: r.CaseID, Kind: domain.NoticeKind(r.Kind),
		Subject: r.Subject, Body: r.Body, CreatedAt: r.CreatedAt.UTC(), ReadAt: r.ReadAt}
}

// Notifications implements domain.NotificationStore and domain.SweepStore.
type Notifications struct {
	db    *gorm.DB
	cases *Cases
	jobs  *Jobs
}

// NewNotifications returns the notification store of db, queueing deliveries on jobs.
func NewNotifications(db *DB, jobs *Jobs) *Notifications {
	return &Notifications{db: db.Gorm, cases: NewCases(db), jobs: jobs}
}

// recipientRow is a user a notice reaches.
type recipientRow struct {
	ID     int64
	Name   string
	Email  string
	Locale string
}

func (r recipientRow) toDomain() domain.Recipient {
	id := r.ID
	return domain.Recipient{UserID: &id, Name: r.Name, Email: r.Email, Locale: r.Locale}
}

// FindNoticeRecipients implements domain.NotificationStore.
func (s *Notifications) FindNoticeRecipients(ctx context.Context, caseID int64, to domain.Audience) (*domain.Case, []domain.Recipient, error) {
	c, err := s.cases.FindCase(ctx, caseID)
	if err != nil {
		return nil, nil, err
	}
	db := s.db.WithContext(ctx)
	users := func(q *gorm.DB) ([]domain.Recipient, error) {
		var rows []recipientRow
		if err := q.Select("users.id, users.name, users.email, users.locale").Where("users.disabled_at IS NULL").
			Order("users.id").Find(&rows).Error; err != nil {
			return nil, translate(err, "Recipients")
		}
		out := make([]domain.Recipient, 0, len(rows))
		for _, r := range rows {
			out = append(out, r.toDomain())
		}
		return out, nil
	}
	var out []domain.Recipient
	switch to {
	case domain.AudienceConsumer:
		r := domain.Recipient{Name: c.Consumer.Name, Email: c.Consumer.Email, Mobile: c.Consumer.Mobile, Locale: c.Consumer.Language}
		if c.Consumer.UserID != nil {
			account, err := users(db.Table("users").Where("users.id = ?", *c.Consumer.UserID))
			if err != nil {
				return nil, nil, err
			}
			if len(account) == 1 { // the account's language wins over the intake request's
				r.UserID, r.Locale = account[0].UserID, account[0].Locale
				if r.Email == "" {
					r.Email = account[0].Email
				}
			}
		}
		out = []domain.Recipient{r}
	case domain.AudienceBusiness:
		out, err = users(db.Table("users").Joins("JOIN business_users b ON b.user_id = users.id").Where("b.business_id = ?", c.Business.ID))
	case domain.AudienceMediator:
		if c.AssigneeID != nil {
			out, err = users(db.Table("users").Where("users.id = ?", *c.AssigneeID))
			break
		}
		fallthrough // nobody carries the case: its supervisors hear of it
	case domain.AudienceSupervisors:
		out, err = users(db.Table("users").Joins("JOIN memberships m ON m.user_id = users.id").
			Joins("JOIN associations a ON a.id = m.association_id").
			Where("m.role = ? AND (a.path = ? OR ? LIKE a.path || '/%')", domain.RoleSupervisor, c.Association.Path, c.Association.Path))
	}
	return c, out, err
}

// SaveFanout implements domain.NotificationStore: the marker, the in-app notifications and
// the delivery jobs commit together, or none of them.
func (s *Notifications) SaveFanout(ctx context.Context, key string, inApp []domain.Notification, deliveries []domain.Delivery, now time.Time) (bool, error) {
	done := false
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		res := tx.Exec("INSERT INTO notice_marks (key, created_at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING", key, now.UTC())
		if res.Error != nil {
			return translate(res.Error, "Notice mark")
		}
		if res.RowsAffected == 0 {
			return nil // fanned out before
		}
		rows := make([]notificationRow, 0, len(inApp))
		for _, n := range inApp {
			at := n.CreatedAt
			if at.IsZero() {
				at = now
			}
			rows = append(rows, notificationRow{UserID: n.UserID, CaseID: n.CaseID, Kind: string(n.Kind), Subject: n.Subject, Body: n.Body, CreatedAt: at.UTC()})
		}
		if len(rows) > 0 {
			if err := tx.CreateInBatches(rows, 50).Error; err != nil {
				return translate(err, "Notification")
			}
		}
		if len(deliveries) > 0 {
			sqlTx, err := sqlTxOf(tx)
			if err != nil {
				return err
			}
			params := make([]river.InsertManyParams, 0, len(deliveries))
			for _, d := range deliveries {
				params = append(params, river.InsertManyParams{Args: deliverArgs{Key: d.Key, Delivery: d}, InsertOpts: uniqueByArgs})
			}
			if err := s.jobs.insertMany(ctx, sqlTx, params); err != nil {
				return err
			}
		}
		done = true
		return nil
	})
	return done, err
}

// FindNotifications implements domain.NotificationStore: newest first by when what they
// tell happened (fanned out in any order), keyset-paged on (created_at, id).
func (s *Notifications) FindNotifications(ctx context.Context, userID int64, cursor string, limit int) (*domain.NotificationPage, error) {
	db := s.db.WithContext(ctx)
	q := db.Where("user_id = ?", userID)
	if cursor != "" {
		at, id, err := parseNotificationCursor(cursor)
		if err != nil {
			var v domain.Validation
			v.Add("cursor", "invalid", "The cursor is not one this list gave.")
			return nil, v.Err()
		}
		q = q.Where("created_at < ? OR (created_at = ? AND id < ?)", at, at, id)
	}
	var rows []notificationRow
	if err := q.Order("created_at DESC, id DESC").Limit(limit + 1).Find(&rows).Error; err != nil {
		return nil, translate(err, "Notifications")
	}
	page := &domain.NotificationPage{Items: make([]domain.Notification, 0, len(rows))}
	if len(rows) > limit {
		rows = rows[:limit]
		last := rows[limit-1]
		page.NextCursor = base64.RawURLEncoding.EncodeToString([]byte(last.CreatedAt.UTC().Format(time.RFC3339Nano) + " " + strconv.FormatInt(last.ID, 10)))
	}
	for _, r := range rows {
		page.Items = append(page.Items, r.toDomain())
	}
	if err := db.Model(&notificationRow{}).Where("user_id = ? AND read_at IS NULL", userID).Count(&page.Unread).Error; err != nil {
		return nil, translate(err, "Notifications")
	}
	return page, nil
}

func parseNotificationCursor(cursor string) (time.Time, int64, error) {
	b, err := base64.RawURLEncoding.DecodeString(cursor)
	if err != nil {
		return time.Time{}, 0, err
	}
	at, id, ok := strings.Cut(string(b), " ")
	if !ok {
		return time.Time{}, 0, errors.New("no id")
	}
	t, err := time.Parse(time.RFC3339Nano, at)
	if err != nil {
		return time.Time{}, 0, err
	}
	n, err := strconv.ParseInt(id, 10, 64)
	return t.UTC(), n, err
}

// MarkNotificationsRead implements domain.NotificationStore.
func (s *Notifications) MarkNotificationsRead(ctx context.Context, userID int64, ids []int64, now time.Time) (int64, error) {
	q := s.db.WithContext(ctx).Model(&notificationRow{}).Where("user_id = ? AND read_at IS NULL", userID)
	if len(ids) > 0 {
		q = q.Where("id IN ?", ids)
	}
	res := q.Update("read_at", now.UTC())
	return res.RowsAffected, translate(res.Error, "Notifications")
}
