package domain

import (
	"strings"
	"time"
)

// Status is where a case stands in its lifecycle.
type Status string

// The statuses (DESIGN: 待受理, 已受理, 调解中, 已结案).
const (
	StatusSubmitted   Status = "submitted"
	StatusAccepted    Status = "accepted"
	StatusInMediation Status = "in_mediation"
	StatusClosed      Status = "closed"
)

// Open reports whether the case is still being worked.
func (s Status) Open() bool { return s != StatusClosed }

// Valid reports whether s is one of the statuses.
func (s Status) Valid() bool {
	return s == StatusSubmitted || s == StatusAccepted || s == StatusInMediation || s == StatusClosed
}

// WaitingOn says whose move it is while a case is open.
type WaitingOn string

// Who a case can wait on.
const (
	WaitingOnNone     WaitingOn = "none"
	WaitingOnBusiness WaitingOn = "business"
	WaitingOnConsumer WaitingOn = "consumer"
)

// Outcome is how a case was closed.
type Outcome string

// The outcomes.
const (
	OutcomeAgreement        Outcome = "agreement"         // 调解成功
	OutcomeBusinessRemedied Outcome = "business_remedied" // the business fixed it directly
	OutcomeFailed           Outcome = "failed"            // 调解不成: arbitration or court advised
	OutcomeTerminated       Outcome = "terminated"        // e.g. consumer unreachable
	OutcomeNotAccepted      Outcome = "not_accepted"      // rejected at intake
	OutcomeWithdrawn        Outcome = "withdrawn"         // withdrawn by the consumer
)

// mediationOutcomes are the outcomes a close from mediation may carry.
var mediationOutcomes = map[Outcome]bool{
	OutcomeAgreement: true, OutcomeBusinessRemedied: true, OutcomeFailed: true, OutcomeTerminated: true,
}

// ActorKind says which side acted.
type ActorKind string

// The actor kinds.
const (
	ActorStaff    ActorKind = "staff"
	ActorConsumer ActorKind = "consumer"
	ActorBusiness ActorKind = "business"
	ActorSystem   ActorKind = "system"
)

// Visibility says who may see an event.
type Visibility string

// The visibilities.
const (
	VisibilityInternal Visibility = "internal" // staff only
	VisibilityParties  Visibility = "parties"  // staff, the consumer and the business
	VisibilityPublic   Visibility = "public"
)

// ValidVisibility reports whether v is a visibility a note may carry.
func ValidVisibility(v Visibility) bool {
	return v == VisibilityInternal || v == VisibilityParties || v == VisibilityPublic
}

// ConsumerInfo is who filed the complaint.
type ConsumerInfo struct {
	Name         string
	Mobile       string
	Email        string
	IDNumber     string
	DivisionCode string
	AgeBand      string
	IsMinor      bool
	UserID       *int64 // set when filed while logged in as a consumer
	Language     string // what they filed in; their account's language wins when they have one
}

// BusinessInfo is the respondent as the consumer named it, linked to the registry.
type BusinessInfo struct {
	ID           int64
	Name         string
	USCC         string
	Platform     string
	DivisionCode string
}

// Agreement is a mediated settlement.
type Agreement struct {
	Terms              string
	AmountRecoveredFen int64
	ProposedAt         time.Time
	ConsumerAcceptedAt *time.Time
	BusinessAcceptedAt *time.Time
	ConsumerRefusedAt  *time.Time
}

// HasAcceptance reports whether a party has accepted the agreement: from then on its
// terms are what that party agreed to, and nothing but a new proposal may change them.
func (a *Agreement) HasAcceptance() bool {
	return a.ConsumerAcceptedAt != nil || a.BusinessAcceptedAt != nil
}

// Accepted reports whether both parties accepted the agreement.
func (a *Agreement) Accepted() bool {
	return a.ConsumerAcceptedAt != nil && a.BusinessAcceptedAt != nil
}

// sameAs reports whether terms and amount, as a close request gives them, restate the
// agreement: empty terms or an empty amount restate nothing and so change nothing.
func (a *Agreement) sameAs(terms, amount string) bool {
	if t := strings.TrimSpace(terms); t != "" && t != a.Terms {
		return false
	}
	if amount == "" {
		return true
	}
	fen, err := ParseAmount(amount)
	return err == nil && fen == a.AmountRecoveredFen
}

// Rating is the consumer's verdict after closure.
type Rating struct {
	Score   int
	Comment string
	At      time.Time
}

// Clock is a deadline clock that can be stopped: while the case waits for the consumer's
// material, or while mediation is paused for testing or appraisal (检测鉴定).
type Clock struct {
	Start       Date       // the day the clock started (receipt, acceptance)
	Days        int        // working days allowed
	StoppedAt   *time.Time // set while stopped
	StoppedDays int        // working days spent stopped so far, which extend the deadline
}

// Due returns the deadline: Days working days after Start, plus the days spent stopped.
func (c Clock) Due(cal *Calendar) Date {
	return cal.AddWorkingDays(c.Start, c.Days+c.StoppedDays)
}

// stop stops the clock at now; stopping a stopped clock changes nothing.
func (c *Clock) stop(now time.Time) {
	if c.StoppedAt == nil {
		c.StoppedAt = &now
	}
}

// resume restarts a stopped clock, adding the working days it stood still.
func (c *Clock) resume(now time.Time, cal *Calendar) {
	if c.StoppedAt != nil {
		c.StoppedDays += cal.WorkingDaysBetween(DateOf(c.StoppedAt.In(ChinaTime)), DateOf(now.In(ChinaTime)))
		c.StoppedAt = nil
	}
}

// Case is a complaint being handled.
type Case struct {
	ID                  int64
	TrackingNumber      string
	AccessCodeHash      string
	Association         Association
	Status              Status
	WaitingOn           WaitingOn
	Outcome             Outcome
	RejectReason        string
	Consumer            ConsumerInfo
	Business            BusinessInfo
	Category            string
	Tags                []string
	Title               string
	Narrative           string
	AmountFen           *int64
	OccurredOn          *Date
	DesiredResolution   string
	ConsentToPublish    bool
	GuardianConsent     bool // a minor's case: the guardian consented too
	Channel             string
	AssigneeID          *int64
	AssigneeName        string // filled by CaseService.Label for display
	PossibleDuplicateOf *int64
	ReceivedAt          time.Time
	Acceptance          Clock
	AcceptedAt          *time.Time
	AcceptedInTime      *bool
	Resolution          *Clock // set at acceptance
	MediationStartedAt  *time.Time
	BusinessDue         *Date
	BusinessRespondedAt *time.Time
	ClosedAt            *time.Time
	ResolvedInTime      *bool // closed from mediation by the resolution deadline
	Agreement           *Agreement
	Rating              *Rating
	CurrentDue          *Date // the deadline now running; nil when closed or the clock is stopped
	Version             int64
	CreatedAt           time.Time
	UpdatedAt           time.Time
}

// AcceptanceDue is the day by which acceptance must be decided.
func (c *Case) AcceptanceDue(cal *Calendar) Date { return c.Acceptance.Due(cal) }

// ResolutionDue is the day by which mediation must be concluded, once accepted.
func (c *Case) ResolutionDue(cal *Calendar) *Date {
	if c.Resolution == nil {
		return nil
	}
	d := c.Resolution.Due(cal)
	return &d
}

// BusinessAnsweredInTime reports whether the business answered within its settle-first
// window; nil while the window is open and unanswered, or when it never had one.
func (c *Case) BusinessAnsweredInTime(today Date) *bool {
	if c.BusinessDue == nil {
		return nil
	}
	if c.BusinessRespondedAt != nil {
		ok := !DateOf(c.BusinessRespondedAt.In(ChinaTime)).After(*c.BusinessDue)
		return &ok
	}
	if today.After(*c.BusinessDue) {
		late := false
		return &late
	}
	return nil
}

// Overdue reports whether the deadline that currently runs has passed. A stopped clock is
// never overdue: the wait is not the association's.
func (c *Case) Overdue(today Date, cal *Calendar) bool {
	switch c.Status {
	case StatusSubmitted:
		return c.Acceptance.StoppedAt == nil && today.After(c.Acceptance.Due(cal))
	case StatusAccepted, StatusInMediation:
		return c.Resolution != nil && c.Resolution.StoppedAt == nil && today.After(c.Resolution.Due(cal))
	}
	return false
}

// Deadlines is the deadline picture of a case on a day. A provisional deadline was counted
// into a year whose holidays are not loaded yet (see Calendar.Provisional).
type Deadlines struct {
	AcceptanceDue            Date
	AcceptanceDueProvisional bool
	ResolutionDue            *Date
	ResolutionDueProvisional bool
	BusinessDue              *Date
	BusinessDueProvisional   bool
	BusinessAnsweredInTime   *bool
	Overdue                  bool
	ClockStopped             bool
}

// Deadlines computes the case's deadlines on the calendar as of today.
func (c *Case) Deadlines(cal *Calendar, today Date) Deadlines {
	d := Deadlines{
		AcceptanceDue:          c.AcceptanceDue(cal),
		ResolutionDue:          c.ResolutionDue(cal),
		BusinessDue:            c.BusinessDue,
		BusinessAnsweredInTime: c.BusinessAnsweredInTime(today),
		Overdue:                c.Overdue(today, cal),
		ClockStopped:           c.Status.Open() && (c.Acceptance.StoppedAt != nil && c.Status == StatusSubmitted || c.Resolution != nil && c.Resolution.StoppedAt != nil),
	}
	d.AcceptanceDueProvisional = cal.Provisional(c.Acceptance.Start, d.AcceptanceDue)
	if d.ResolutionDue != nil {
		d.ResolutionDueProvisional = cal.Provisional(c.Resolution.Start, *d.ResolutionDue)
	}
	if start, ok := c.businessWindowStart(); ok {
		d.BusinessDueProvisional = cal.Provisional(start, *c.BusinessDue)
	}
	return d
}

// businessWindowStart is the day the business's settle-first window opened: the day
// mediation started, in China.
func (c *Case) businessWindowStart() (Date, bool) {
	if c.BusinessDue == nil || c.MediationStartedAt == nil {
		return Date{}, false
	}
	return DateOf(c.MediationStartedAt.In(ChinaTime)), true
}
