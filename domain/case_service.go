package domain

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"math/big"
	"strings"
	"sync"
	"time"
)

// CaseService carries complaints from intake to closure.
type CaseService struct {
	Cases        CaseStore
	Idempotency  IdempotencyStore
	Associations *AssociationService
	Divisions    DivisionStore
	Calendars    CalendarStore
	Throttle     ThrottleStore
	// Files keeps attachment bytes; AttachmentRecords their records.
	Files             FileStore
	AttachmentRecords AttachmentStore
	Labels            CaseLabelStore
	Now               func() time.Time

	mu       sync.Mutex
	calendar *Calendar
	rules    []DeadlineRule
	loadedAt time.Time
}

// calendarTTL bounds how long a calendar or rule change takes to reach every instance.
const calendarTTL = time.Minute

// Calendar returns the working-day calendar and the deadline rules, cached briefly.
func (s *CaseService) Calendar(ctx context.Context) (*Calendar, []DeadlineRule, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.calendar != nil && s.Now().Sub(s.loadedAt) < calendarTTL {
		return s.calendar, s.rules, nil
	}
	holidays, workdays, err := s.Calendars.FindCalendarDays(ctx)
	if err != nil {
		return nil, nil, err
	}
	rules, err := s.Calendars.FindDeadlineRules(ctx)
	if err != nil {
		return nil, nil, err
	}
	s.calendar, s.rules, s.loadedAt = NewCalendar(holidays, workdays), rules, s.Now()
	return s.calendar, s.rules, nil
}

// InvalidateCalendar drops the cached calendar after an admin changed it.
func (s *CaseService) InvalidateCalendar() {
	s.mu.Lock()
	s.calendar = nil
	s.mu.Unlock()
}

// Receipt is what the consumer gets back for a new complaint; AccessCode is shown once.
type Receipt struct {
	Case       *Case
	AccessCode string
	Calendar   *Calendar
}

// IdempotencyRequest identifies a keyed request.
type IdempotencyRequest struct {
	Key         string
	RequestHash string
	Render      func(*Receipt) ([]byte, error)
}

// idempotencyStale is how long an in-flight key blocks retries before it is taken over.
const idempotencyStale = 2 * time.Minute

// Submit files a complaint: validates it, routes it, sets its deadlines and stores it.
// With an idempotency request, a repeat of the same key and body returns the stored
// response (replay) and creates nothing. Errors: invalid (fields; or reason
// idempotency_key_reused), conflict (reason idempotency_in_flight).
func (s *CaseService) Submit(ctx context.Context, in ComplaintInput, actor Actor, idem *IdempotencyRequest) (receipt *Receipt, replay []byte, err error) {
	now := s.Now()
	today := DateOf(now.In(ChinaTime))
	in = in.normalized()
	exists := func(code string) (bool, error) { return s.Divisions.DivisionExists(ctx, code) }
	if err := in.validate(today, exists); err != nil {
		return nil, nil, err
	}
	if idem != nil {
		rec, err := s.Idempotency.ClaimIdempotencyKey(ctx, idem.Key, idem.RequestHash, now, idempotencyStale)
		if err != nil {
			return nil, nil, err
		}
		switch {
		case rec == nil:
		case rec.RequestHash != idem.RequestHash:
			return nil, nil, ReasonErrorf(ECodeInvalid, "idempotency_key_reused", "This Idempotency-Key was used with another request body.")
		case !rec.Done:
			return nil, nil, ReasonErrorf(ECodeConflict, "idempotency_in_flight", "A request with this Idempotency-Key is still being processed; retry shortly.")
		default:
			return nil, rec.Response, nil
		}
	}
	receipt, err = s.create(ctx, in, actor, now, idem)
	if err != nil && idem != nil {
		_ = s.Idempotency.ReleaseIdempotencyKey(ctx, idem.Key)
	}
	return receipt, nil, err
}

func (s *CaseService) create(ctx context.Context, in ComplaintInput, actor Actor, now time.Time, idem *IdempotencyRequest) (*Receipt, error) {
	tree, err := s.Associations.Tree(ctx)
	if err != nil {
		return nil, err
	}
	assoc := tree.Route(in.ConsumerDivision)
	if assoc == nil {
		return nil, Errorf(ECodeInternal, "There is no association to route to.")
	}
	cal, rules, err := s.Calendar(ctx)
	if err != nil {
		return nil, err
	}
	rule := PickDeadlineRule(rules, assoc.ID, DateOf(now.In(ChinaTime)))
	code := NewAccessCode()
	c, ev := NewCase(in, assoc, rule, cal, now)
	if actor.Kind == ActorConsumer && actor.UserID != 0 {
		c.Consumer.UserID, ev.ActorID = actor.actorID(), actor.actorID()
	}
	receipt := &Receipt{Case: c, AccessCode: code, Calendar: cal}
	var completion *IdempotencyCompletion
	if idem != nil {
		completion = &IdempotencyCompletion{Key: idem.Key, Render: func(*Case) ([]byte, error) { return idem.Render(receipt) }}
	}
	c.AccessCodeHash = HashAccessCode(code)
	if err := s.Cases.CreateCase(ctx, c, ev, now.Add(-DuplicateWindow), completion); err != nil {
		return nil, err
	}
	return receipt, nil
}

// NewCase builds a submitted case from valid, normalized input received at now in the
// association it routes to, with its first event. It touches no store, so bulk generators
// build cases exactly as intake does.
func NewCase(in ComplaintInput, assoc *Association, rule DeadlineRule, cal *Calendar, now time.Time) (*Case, Event) {
	today := DateOf(now.In(ChinaTime))
	c := &Case{
		Association: *assoc, Status: StatusSubmitted, WaitingOn: WaitingOnNone,
		Consumer: ConsumerInfo{Name: in.ConsumerName, Mobile: in.ConsumerMobile, Email: in.ConsumerEmail, IDNumber: in.ConsumerIDNumber,
			DivisionCode: in.ConsumerDivision, AgeBand: in.AgeBand, IsMinor: in.IsMinor, Language: in.Language},
		Business: BusinessInfo{Name: in.BusinessName, USCC: in.BusinessUSCC, Platform: in.BusinessPlatform, DivisionCode: in.BusinessDivision},
		Category: in.Category, Tags: in.Tags, Title: in.Title, Narrative: in.Narrative,
		DesiredResolution: in.DesiredResolution, ConsentToPublish: in.ConsentToPublish, Channel: in.Channel,
		ReceivedAt: now, Acceptance: Clock{Start: today, Days: rule.AcceptanceDays},
		Version: 1, CreatedAt: now, UpdatedAt: now,
	}
	if c.Tags == nil {
		c.Tags = []string{}
	}
	if in.Amount != "" {
		fen, _ := ParseAmount(in.Amount)
		c.AmountFen = &fen
	}
	if in.OccurredOn != "" {
		d, _ := ParseDate(in.OccurredOn)
		c.OccurredOn = &d
	}
	c.refreshDue(cal)
	ev := Event{At: now, ActorKind: ActorConsumer, Type: "created", Visibility: VisibilityParties,
		Payload: map[string]any{"association": assoc.Code, "acceptance_due": c.Acceptance.Due(cal).String(), "channel": c.Channel}}
	return c, ev
}

// RefreshDue recomputes the derived deadline the inbox sorts on, after changes made
// outside the service (bulk generators).
func (c *Case) RefreshDue(cal *Calendar) { c.refreshDue(cal) }

// accessCodeAlphabet leaves out the characters people confuse: 0/O, 1/I/L.
const accessCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

// NewAccessCode returns a random 10-character access code (about 49 bits).
func NewAccessCode() string {
	b := make([]byte, 10)
	for i := range b {
		n, err := rand.Int(rand.Reader, big.NewInt(int64(len(accessCodeAlphabet))))
		if err != nil {
			panic(err) // the OS random source does not fail
		}
		b[i] = accessCodeAlphabet[n.Int64()]
	}
	return string(b)
}

// HashAccessCode is how access codes are stored: a leaked table reveals none. A fast hash
// is enough because guessing is rate-limited and the code has ~49 bits.
func HashAccessCode(code string) string {
	sum := sha256.Sum256([]byte("redress-access-code\x00" + strings.ToUpper(strings.TrimSpace(code))))
	return hex.EncodeToString(sum[:])
}

// CheckAccessCode reports whether code opens the case, in constant time.
func (c *Case) CheckAccessCode(code string) bool {
	return subtle.ConstantTimeCompare([]byte(HashAccessCode(code)), []byte(c.AccessCodeHash)) == 1
}

// refreshDue keeps the derived deadline columns the inbox filters and sorts on.
func (c *Case) refreshDue(cal *Calendar) {
	c.CurrentDue = nil
	switch {
	case c.Status == StatusSubmitted && c.Acceptance.StoppedAt == nil:
		d := c.Acceptance.Due(cal)
		c.CurrentDue = &d
	case (c.Status == StatusAccepted || c.Status == StatusInMediation) && c.Resolution != nil && c.Resolution.StoppedAt == nil:
		d := c.Resolution.Due(cal)
		c.CurrentDue = &d
	}
}

// SaveCalendarYear replaces the holidays and make-up working days of a year, as the State
// Council publishes them each winter. Errors: invalid.
func (s *CaseService) SaveCalendarYear(ctx context.Context, year int, holidays, workdays []Date) error {
	var v Validation
	if year < 2000 || year > 2100 {
		v.Add("year", "range", "The year must be between 2000 and 2100.")
	}
	seen := map[Date]bool{}
	check := func(field string, days []Date, weekend bool) {
		for i, d := range days {
			isWeekend := d.Weekday() == time.Saturday || d.Weekday() == time.Sunday
			switch {
			case d.Year != year:
				v.Add(fieldIndex(field, i), "year", "The date is not in this year.")
			case seen[d]:
				v.Add(fieldIndex(field, i), "repeated", "The date is listed twice.")
			case weekend && !isWeekend:
				v.Add(fieldIndex(field, i), "not_weekend", "A make-up working day is a Saturday or Sunday.")
			}
			seen[d] = true
		}
	}
	check("holidays", holidays, false)
	check("workdays", workdays, true)
	if err := v.Err(); err != nil {
		return err
	}
	if err := s.Calendars.SaveCalendarYear(ctx, year, holidays, workdays); err != nil {
		return err
	}
	s.InvalidateCalendar()
	return s.recomputeDeadlines(ctx, year)
}

// recomputeDeadlines brings the stored deadlines of open cases (the one now running, which
// the inbox sorts and the reminders run on, and the business's) into line with a year just
// loaded, each case in its own transaction with an event saying what moved. Only a
// deadline on or after the year's first day can have been counted through it. Saving the
// year again finishes an interrupted run: a case already in line gets no event.
func (s *CaseService) recomputeDeadlines(ctx context.Context, year int) error {
	cal, rules, err := s.Calendar(ctx)
	if err != nil {
		return err
	}
	ids, err := s.Cases.FindOpenCaseIDsDueFrom(ctx, Date{Year: year, Month: time.January, Day: 1})
	if err != nil {
		return err
	}
	system := Actor{Kind: ActorSystem, Name: "system"}
	for _, id := range ids {
		_, err := s.Cases.UpdateCase(ctx, id, func(c *Case) ([]Event, bool, error) {
			payload := map[string]any{"year": year}
			current := c.CurrentDue
			c.refreshDue(cal)
			if moved(current, c.CurrentDue) {
				payload["current_due_from"], payload["current_due_to"] = dateText(current), dateText(c.CurrentDue)
			}
			if start, ok := c.businessWindowStart(); ok {
				business := *c.BusinessDue
				due := cal.AddWorkingDays(start, PickDeadlineRule(rules, c.Association.ID, start).BusinessResponseDays)
				if due != business {
					c.BusinessDue = &due
					payload["business_due_from"], payload["business_due_to"] = business.String(), due.String()
				}
			}
			if len(payload) == 1 {
				return nil, false, nil
			}
			ev := Event{Type: "deadlines_recomputed", Visibility: VisibilityInternal, Payload: payload}
			return []Event{s.stamp(ev, system, c)}, true, nil
		})
		if err != nil && CodeOf(err) != ECodeNotFound {
			return err
		}
	}
	return nil
}

func moved(a, b *Date) bool { return (a == nil) != (b == nil) || a != nil && *a != *b }

func dateText(d *Date) string {
	if d == nil {
		return ""
	}
	return d.String()
}

// CalendarCoverage says which years the working-day calendar has and, when one that
// deadlines now run into is missing, which (see Calendar.MissingYear).
type CalendarCoverage struct {
	Years   []int
	Missing int // 0 when none is
}

// CalendarCoverage returns the calendar's coverage as of now.
func (s *CaseService) CalendarCoverage(ctx context.Context) (CalendarCoverage, error) {
	cal, _, err := s.Calendar(ctx)
	if err != nil {
		return CalendarCoverage{}, err
	}
	out := CalendarCoverage{Years: cal.Years()}
	if y, ok := cal.MissingYear(DateOf(s.Now().In(ChinaTime))); ok {
		out.Missing = y
	}
	return out, nil
}

// SaveDeadlineRule sets an association's own deadlines from a date. Errors: invalid.
func (s *CaseService) SaveDeadlineRule(ctx context.Context, r DeadlineRule) error {
	var v Validation
	for _, f := range []struct {
		field string
		n     int
	}{{"acceptance_days", r.AcceptanceDays}, {"mediation_days", r.MediationDays}, {"business_response_days", r.BusinessResponseDays}} {
		if f.n < 1 || f.n > 365 {
			v.Add(f.field, "range", "Working days must be between 1 and 365.")
		}
	}
	if r.EffectiveFrom.IsZero() {
		v.Add("effective_from", "required", "The date the rule takes effect.")
	}
	if err := v.Err(); err != nil {
		return err
	}
	if err := s.Calendars.SaveDeadlineRule(ctx, r); err != nil {
		return err
	}
	s.InvalidateCalendar()
	return nil
}

// DeadlinesOf computes a case's deadlines as of now.
func (s *CaseService) DeadlinesOf(ctx context.Context, c *Case) (Deadlines, error) {
	cal, _, err := s.Calendar(ctx)
	if err != nil {
		return Deadlines{}, err
	}
	return c.Deadlines(cal, DateOf(s.Now().In(ChinaTime))), nil
}
