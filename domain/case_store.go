package domain

import (
	"context"
	"time"
)

// Actor is whoever acts on a case: staff (with their permissions), the consumer (by
// account or by tracking number and access code) or a business user.
type Actor struct {
	Kind          ActorKind
	UserID        int64
	Name          string
	BusinessID    int64 // business users
	TrackedCaseID int64 // a consumer who proved the access code of this case
	// Can reports whether staff hold a permission (obj, act) in the association at path.
	Can func(path, obj, act string) bool
}

func (a Actor) can(path, obj, act string) bool {
	return a.Kind == ActorStaff && a.Can != nil && a.Can(path, obj, act)
}

func (a Actor) actorID() *int64 {
	if a.UserID == 0 {
		return nil
	}
	id := a.UserID
	return &id
}

// CaseFilter selects cases for a list. Scope fields are set by the service, never by clients.
type CaseFilter struct {
	AssociationIDs []int64 // staff scope; empty with no other scope selects nothing
	ConsumerUserID int64
	BusinessID     int64

	Statuses   []Status
	Category   string
	Tag        string
	AssigneeID int64
	Unassigned bool
	Overdue    bool
	WaitingOn  WaitingOn
	From, To   *Date // received, inclusive
	Query      string
	Today      Date // for Overdue
	Sort       string
	Cursor     string
	Limit      int
}

// CasePage is one page of a list; NextCursor is empty on the last page.
type CasePage struct {
	Items      []Case
	NextCursor string
}

// IdempotencyRecord is what is remembered of an Idempotency-Key.
type IdempotencyRecord struct {
	Key         string
	RequestHash string
	Done        bool
	Response    []byte
	CreatedAt   time.Time
}

// IdempotencyCompletion stores the response of a keyed request in the transaction that
// creates what it answers, so that a retry gets it byte for byte or nothing was created.
type IdempotencyCompletion struct {
	Key    string
	Render func(*Case) ([]byte, error)
}

// CaseStore persists cases and their events.
type CaseStore interface {
	// CreateCase stores a new case with its first event in one transaction: it links or
	// creates the business, gives the tracking number, marks a possible duplicate (same
	// mobile, same business, since dupSince) and completes the idempotency key if any.
	CreateCase(ctx context.Context, c *Case, first Event, dupSince time.Time, idem *IdempotencyCompletion) error
	// FindCase returns a case or not_found.
	FindCase(ctx context.Context, id int64) (*Case, error)
	// FindCaseByTrackingNumber returns a case or not_found.
	FindCaseByTrackingNumber(ctx context.Context, tn string) (*Case, error)
	// FindCases returns a page of cases, each with only its association's ID and without
	// its narrative or access code hash: a list shows neither.
	FindCases(ctx context.Context, f CaseFilter) (*CasePage, error)
	// UpdateCase locks the case, runs fn, saves the case (bumping its version when bump is
	// true) and appends the events fn returns, in one transaction. fn's error aborts it all.
	UpdateCase(ctx context.Context, id int64, fn func(c *Case) (events []Event, bump bool, err error)) (*Case, error)
	// FindEvents returns the events of a case in order.
	FindEvents(ctx context.Context, caseID int64) ([]Event, error)
	// FindOpenCaseIDsDueFrom returns the IDs of the open cases whose current deadline or
	// business deadline falls on or after from, in ID order.
	FindOpenCaseIDsDueFrom(ctx context.Context, from Date) ([]int64, error)
	// FindCaseAssociation returns the association ID of a case, or not_found.
	FindCaseAssociation(ctx context.Context, id int64) (int64, error)
}

// IdempotencyStore remembers Idempotency-Keys for 24 hours.
type IdempotencyStore interface {
	// ClaimIdempotencyKey records key as in flight for requestHash and returns nil, or
	// returns the record already there. An in-flight record older than staleAfter is taken
	// over: its request died before creating anything.
	ClaimIdempotencyKey(ctx context.Context, key, requestHash string, now time.Time, staleAfter time.Duration) (*IdempotencyRecord, error)
	// ReleaseIdempotencyKey forgets an in-flight key whose request failed.
	ReleaseIdempotencyKey(ctx context.Context, key string) error
}

// CalendarStore keeps the working-day calendar: holidays and make-up working days.
type CalendarStore interface {
	// FindCalendarDays returns every listed day: holidays and make-up working days.
	FindCalendarDays(ctx context.Context) (holidays, workdays []Date, err error)
	// FindDeadlineRules returns every deadline rule.
	FindDeadlineRules(ctx context.Context) ([]DeadlineRule, error)
	// SaveCalendarYear replaces the listed days of a year.
	SaveCalendarYear(ctx context.Context, year int, holidays, workdays []Date) error
	// SaveDeadlineRule stores an association's rule from a date, replacing one from that date.
	SaveDeadlineRule(ctx context.Context, r DeadlineRule) error
}
