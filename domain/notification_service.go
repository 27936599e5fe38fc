package domain

import (
	"context"
	"fmt"
	"time"
)

// NotificationService turns notices into in-app notifications and deliveries, and lets
// users read their notifications.
type NotificationService struct {
	Store NotificationStore
	// Channels are the delivery channels configured; the others are skipped.
	Channels map[Channel]bool
	Now      func() time.Time
}

// Fanout writes a notice for each of its recipients in their language, stores the in-app
// notifications and queues the emails and text messages, once per notice key.
func (s *NotificationService) Fanout(ctx context.Context, n Notice) error {
	c, recipients, err := s.Store.FindNoticeRecipients(ctx, n.CaseID, n.Audience)
	if CodeOf(err) == ECodeNotFound {
		return nil // the case is gone: nobody to tell
	}
	if err != nil {
		return err
	}
	var inApp []Notification
	var deliveries []Delivery
	seen := map[string]bool{}
	for _, r := range recipients {
		lang := NormalizeLanguage(r.Locale)
		subject, body, err := RenderNotice(n.Kind, lang, viewOf(n, c, r, lang))
		if err != nil {
			return err
		}
		if r.UserID != nil && !seen[fmt.Sprint("user:", *r.UserID)] {
			seen[fmt.Sprint("user:", *r.UserID)] = true
			id := c.ID
			inApp = append(inApp, Notification{UserID: *r.UserID, CaseID: &id, Kind: n.Kind, Subject: subject, Body: body, CreatedAt: n.At})
		}
		add := func(ch Channel, to, text string) {
			if to == "" || !s.Channels[ch] || seen[string(ch)+":"+to] {
				return
			}
			seen[string(ch)+":"+to] = true
			deliveries = append(deliveries, Delivery{Key: n.Key + ":" + string(ch) + ":" + to, Channel: ch, To: to, Subject: subject, Body: text})
		}
		add(ChannelEmail, r.Email, body)
		add(ChannelSMS, r.Mobile, subject) // a text message carries the subject line only
	}
	_, err = s.Store.SaveFanout(ctx, n.Key, inApp, deliveries, s.Now())
	return err
}

func viewOf(n Notice, c *Case, r Recipient, lang string) NoticeView {
	status := n.Status
	if status == "" {
		status = c.Status
	}
	v := NoticeView{
		To: n.Audience, Name: r.Name, TrackingNumber: c.TrackingNumber, Title: c.Title, Association: namesIn(c.Association.Names, lang),
		Status: statusNames[lang][status], Outcome: outcomeNames[lang][n.Outcome],
		Text: n.Text, Amount: n.Amount, Due: n.Due, Days: n.Days, Party: partyNames[lang][n.By], Accepted: n.Accepted,
	}
	if rr, ok := FindRejectReason(n.ReasonCode); ok {
		v.Reason, v.Basis = namesIn(rr.Names, lang), namesIn(rr.Basis, lang)
	}
	return v
}

// maxNotificationPage bounds a page of notifications.
const maxNotificationPage = 100

// List returns a page of the user's notifications, newest first, with the unread count.
// Errors: invalid (a bad cursor or limit).
func (s *NotificationService) List(ctx context.Context, userID int64, cursor string, limit int) (*NotificationPage, error) {
	if limit == 0 {
		limit = 20
	}
	if limit < 1 || limit > maxNotificationPage {
		var v Validation
		v.Add("limit", "range", "The limit must be between 1 and 100.")
		return nil, v.Err()
	}
	return s.Store.FindNotifications(ctx, userID, cursor, limit)
}

// MarkRead marks the user's listed notifications read, or all of them when all is set,
// and returns how many changed. Errors: invalid (neither ids nor all, or both).
func (s *NotificationService) MarkRead(ctx context.Context, userID int64, ids []int64, all bool) (int64, error) {
	var v Validation
	switch {
	case all && len(ids) > 0:
		v.Add("ids", "exclusive", "Give the ids or all, not both.")
	case !all && len(ids) == 0:
		v.Add("ids", "required", "Give the ids to mark read, or all: true.")
	case len(ids) > maxNotificationPage:
		v.Add("ids", "too_many", "At most 100 ids at a time.")
	}
	if err := v.Err(); err != nil {
		return 0, err
	}
	return s.Store.MarkNotificationsRead(ctx, userID, ids, s.Now())
}
