package domain

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/redress-project/redress/domain/text"
)

// NoticeKind is what a notification tells.
type NoticeKind string

// The notice kinds; each has a template in every language (templates/*.tmpl).
const (
	NoticeStatusChanged        NoticeKind = "status_changed"
	NoticeInformationRequested NoticeKind = "information_requested"
	NoticeMessage              NoticeKind = "message"
	NoticeAgreementProposed    NoticeKind = "agreement_proposed"
	NoticeAgreementAnswered    NoticeKind = "agreement_answered"
	NoticeDeadlineReminder     NoticeKind = "deadline_reminder"
	NoticeEscalation           NoticeKind = "escalation"
	NoticeAutoCloseWarning     NoticeKind = "auto_close_warning"
)

// NoticeKinds lists every kind, for the template checks.
var NoticeKinds = []NoticeKind{
	NoticeStatusChanged, NoticeInformationRequested, NoticeMessage, NoticeAgreementProposed,
	NoticeAgreementAnswered, NoticeDeadlineReminder, NoticeEscalation, NoticeAutoCloseWarning,
}

// Audience is who on a case a notice goes to.
type Audience string

// The audiences.
const (
	AudienceConsumer    Audience = "consumer"    // by the complaint's email and mobile, and their account
	AudienceBusiness    Audience = "business"    // the business's users
	AudienceMediator    Audience = "mediator"    // the assignee; the supervisors while unassigned
	AudienceSupervisors Audience = "supervisors" // the association's supervisors
)

// Notice is one notification to one audience of a case, before its recipients are known.
type Notice struct {
	// Key identifies the notice, so that it is fanned out once whoever sees it again.
	Key      string     `json:"key"`
	Kind     NoticeKind `json:"kind"`
	CaseID   int64      `json:"case_id"`
	Audience Audience   `json:"audience"`
	Status   Status     `json:"status,omitempty"`
	Outcome  Outcome    `json:"outcome,omitempty"`
	Text     string     `json:"text,omitempty"` // a message, a reason or the agreement's terms
	Amount   string     `json:"amount,omitempty"`
	Due      string     `json:"due,omitempty"` // a date
	Days     int        `json:"days,omitempty"`
	By       ActorKind  `json:"by,omitempty"` // who answered an agreement
	Accepted bool       `json:"accepted,omitempty"`
	// At is when what the notice tells happened; in-app notifications are ordered by it.
	At time.Time `json:"at"`

	// ReasonCode is a rejection's ground, written out with its rule in each language.
	ReasonCode string `json:"reason_code,omitempty"`
}

// statusNoticeTo says which audiences hear of each transition besides the consumer.
var statusNoticeTo = map[string][]Audience{
	"created":                       {AudienceConsumer},
	string(ActionAccept):            {AudienceConsumer},
	string(ActionReject):            {AudienceConsumer},
	string(ActionTransfer):          {AudienceConsumer, AudienceMediator}, // the receiving association's supervisors: nobody carries a transferred case
	string(ActionStartMediation):    {AudienceConsumer, AudienceBusiness},
	string(ActionClose):             {AudienceConsumer, AudienceBusiness},
	string(ActionReopen):            {AudienceConsumer, AudienceBusiness},
	string(ActionWithdraw):          {AudienceMediator},
	string(ActionSupplyInformation): {AudienceMediator},
}

// NoticesFor returns the notices that the events just recorded on a case cause, one per
// audience: a consumer's message that also supplies the information asked for tells the
// mediator once. It is pure: the repository calls it inside the change's transaction and
// queues the result there, so a change that rolls back notifies nobody and one that
// commits is not lost.
func NoticesFor(c *Case, events []Event) []Notice {
	var out []Notice
	told := map[Audience]bool{}
	for _, e := range events {
		base := Notice{CaseID: c.ID, Status: c.Status, Outcome: c.Outcome, At: e.At}
		add := func(kind NoticeKind, to Audience, n Notice) {
			if told[to] {
				return
			}
			told[to] = true
			n.Kind, n.Audience = kind, to
			n.Key = fmt.Sprintf("event:%d:%d:%s", c.ID, e.Seq, to)
			out = append(out, n)
		}
		str := func(k string) string { s, _ := e.Payload[k].(string); return s }
		switch e.Type {
		case "request_information":
			n := base
			n.Text = str("reason")
			add(NoticeInformationRequested, AudienceConsumer, n)
		case "message", "business_answer":
			n := base
			n.Text = str("body")
			switch to := str("to"); {
			case str("from") != "":
				add(NoticeMessage, AudienceMediator, n)
			case to == "both":
				add(NoticeMessage, AudienceConsumer, n)
				add(NoticeMessage, AudienceBusiness, n)
			case to == string(AudienceConsumer), to == string(AudienceBusiness):
				add(NoticeMessage, Audience(to), n)
			}
		case "agreement_proposed":
			n := base
			n.Text, n.Amount = str("terms"), str("amount_recovered")
			add(NoticeAgreementProposed, AudienceConsumer, n)
			add(NoticeAgreementProposed, AudienceBusiness, n)
		case "agreement_accepted", "agreement_refused":
			n := base
			n.By, n.Accepted = ActorKind(str("by")), e.Type == "agreement_accepted"
			add(NoticeAgreementAnswered, AudienceMediator, n)
		default:
			for _, to := range statusNoticeTo[e.Type] {
				n := base
				n.Text, n.ReasonCode = str("reason"), str("reason_code")
				add(NoticeStatusChanged, to, n)
			}
		}
	}
	return out
}

// Recipient is one person a notice reaches, by account, email or mobile.
type Recipient struct {
	UserID *int64 // in-app notifications need an account
	Name   string
	Email  string
	Mobile string
	Locale string
}

// Channel is how a delivery travels.
type Channel string

// The channels besides in-app notifications.
const (
	ChannelEmail Channel = "email"
	ChannelSMS   Channel = "sms"
)

// Delivery is one message to send outside the application.
type Delivery struct {
	Key     string  `json:"key"` // unique per notice, channel and address; gateways may deduplicate on it
	Channel Channel `json:"channel"`
	To      string  `json:"to"`
	Subject string  `json:"subject"`
	Body    string  `json:"body"`
}

// Sender sends deliveries of one channel (SMTP, an SMS gateway).
type Sender interface {
	// Send delivers d. An error wrapping ErrUndeliverable is final (a refused address);
	// any other is worth retrying.
	Send(ctx context.Context, d Delivery) error
}

// ErrUndeliverable marks a delivery that no retry will get through.
var ErrUndeliverable = errors.New("undeliverable")

// Notification is an in-app notification.
type Notification struct {
	ID        int64
	UserID    int64
	CaseID    *int64
	Kind      NoticeKind
	Subject   string
	Body      string
	CreatedAt time.Time
	ReadAt    *time.Time
}

// NotificationPage is a page of a user's notifications, newest first.
type NotificationPage struct {
	Items      []Notification
	Unread     int64
	NextCursor string
}

// NotificationStore keeps notifications and queues their deliveries.
type NotificationStore interface {
	// FindNoticeRecipients returns the case and the people an audience of it consists of.
	// Errors: not_found.
	FindNoticeRecipients(ctx context.Context, caseID int64, to Audience) (*Case, []Recipient, error)
	// SaveFanout stores the in-app notifications and queues the deliveries in one
	// transaction, unless the key was fanned out before; it reports whether it did.
	SaveFanout(ctx context.Context, key string, inApp []Notification, deliveries []Delivery, now time.Time) (bool, error)
	// FindNotifications returns a page of the user's notifications, newest first, after
	// the cursor. Errors: invalid (a bad cursor).
	FindNotifications(ctx context.Context, userID int64, cursor string, limit int) (*NotificationPage, error)
	// MarkNotificationsRead marks the user's listed notifications, or all of them when ids
	// is empty, read at now, and returns how many changed.
	MarkNotificationsRead(ctx context.Context, userID int64, ids []int64, now time.Time) (int64, error)
}

// Languages are the languages notifications are written in; the first is the default.
var Languages = []string{"zh-Hans", "zh-Hant", "en"}

// NormalizeLanguage maps a locale or an Accept-Language header to one of Languages.
func NormalizeLanguage(s string) string { return string(text.Match(s)) }
