package domain

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"
)

// TrackThrottle limits guessing of tracking numbers and access codes per address.
var TrackThrottle = ThrottlePolicy{SlowAfter: 10, LockAfter: 30, LockFor: 15 * time.Minute, Window: 15 * time.Minute}

// Proof is what opens a case to its consumer: the access code given at filing or, without
// one, the signed-in account the case was filed from.
type Proof struct {
	AccessCode string
	UserID     int64
}

func (p Proof) opens(c *Case) bool {
	if p.AccessCode != "" {
		return c.CheckAccessCode(p.AccessCode)
	}
	return p.UserID != 0 && c.Consumer.UserID != nil && *c.Consumer.UserID == p.UserID
}

// Track opens a case for its consumer by tracking number and proof. Wrong guesses are
// counted per address, so tracking numbers and codes cannot be enumerated. Errors:
// not_found, rate_limited.
func (s *CaseService) Track(ctx context.Context, trackingNumber string, p Proof, ip string) (*Case, Actor, error) {
	return s.openTracked(ctx, ip, p, func() (*Case, error) {
		return s.Cases.FindCaseByTrackingNumber(ctx, strings.ToUpper(strings.TrimSpace(trackingNumber)))
	})
}

// TrackByID is Track for a case known by its ID, as the receipt gives it.
func (s *CaseService) TrackByID(ctx context.Context, id int64, p Proof, ip string) (*Case, Actor, error) {
	return s.openTracked(ctx, ip, p, func() (*Case, error) { return s.Cases.FindCase(ctx, id) })
}

func (s *CaseService) openTracked(ctx context.Context, ip string, p Proof, find func() (*Case, error)) (*Case, Actor, error) {
	key := "track:" + ip
	f, err := s.Throttle.FindLoginFailures(ctx, key)
	if err != nil {
		return nil, Actor{}, err
	}
	now := s.Now()
	if wait := TrackThrottle.Wait(f, now); wait > 0 {
		return nil, Actor{}, &Error{Code: ECodeRateLimited, Reason: "too_many_attempts",
			Message: "Too many wrong tracking numbers or access codes; try again later.", RetryAfter: int(wait.Seconds()) + 1}
	}
	c, err := find()
	if err != nil && CodeOf(err) != ECodeNotFound {
		return nil, Actor{}, err
	}
	if c == nil || !p.opens(c) {
		if err := s.Throttle.RecordLoginFailure(ctx, key, now, TrackThrottle.Window); err != nil {
			return nil, Actor{}, err
		}
		return nil, Actor{}, Errorf(ECodeNotFound, "No case has this tracking number and access code.")
	}
	a := Actor{Kind: ActorConsumer, TrackedCaseID: c.ID, Name: c.Consumer.Name}
	if p.AccessCode == "" {
		a.UserID = p.UserID
	}
	return c, a, nil
}

// ProposeAgreement records settlement terms proposed in mediation; the parties then accept
// or refuse them. Errors: not_found, forbidden, invalid, conflict, precondition_failed.
func (s *CaseService) ProposeAgreement(ctx context.Context, a Actor, id, version int64, terms, amount string) (*Case, error) {
	var v Validation
	terms = strings.TrimSpace(terms)
	if n := utf8.RuneCountInString(terms); n == 0 || n > maxNoteRunes {
		v.Add("terms", "length", "The terms must have 1 to 5000 characters.")
	}
	fen, err := ParseAmount(amount)
	if amount == "" {
		fen, err = 0, nil
	}
	if err != nil {
		v.Add("amount_recovered", "format", "The amount must be a decimal number of yuan, such as 1299.00.")
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	return s.Cases.UpdateCase(ctx, id, func(c *Case) ([]Event, bool, error) {
		if !canSee(a, c) {
			return nil, false, notFound()
		}
		if err := canWork(a, c); err != nil {
			return nil, false, err
		}
		if err := checkVersion(c, version); err != nil {
			return nil, false, err
		}
		if c.Status != StatusInMediation {
			return nil, false, ReasonErrorf(ECodeConflict, "illegal_transition", "An agreement can be proposed only during mediation.")
		}
		if c.Agreement != nil && c.Agreement.Accepted() {
			return nil, false, ReasonErrorf(ECodeConflict, "agreement_settled", "Both parties accepted the agreement; it is no longer replaced. Close the case with it.")
		}
		c.Agreement = &Agreement{Terms: terms, AmountRecoveredFen: fen, ProposedAt: s.Now()}
		ev := Event{Type: "agreement_proposed", Visibility: VisibilityParties,
			Payload: map[string]any{"terms": terms, "amount_recovered": FormatAmount(fen)}}
		return []Event{s.stamp(ev, a, c)}, true, nil
	})
}

// RespondToAgreement records the consumer's or the business's acceptance or refusal of
// the proposed agreement. Errors: not_found, forbidden, conflict.
func (s *CaseService) RespondToAgreement(ctx context.Context, a Actor, id int64, accept bool) (*Case, error) {
	return s.Cases.UpdateCase(ctx, id, func(c *Case) ([]Event, bool, error) {
		if !canSee(a, c) {
			return nil, false, notFound()
		}
		if c.Status != StatusInMediation || c.Agreement == nil {
			return nil, false, ReasonErrorf(ECodeConflict, "no_agreement", "There is no proposed agreement to answer.")
		}
		now := s.Now()
		ag := *c.Agreement
		switch {
		case a.Kind == ActorConsumer && accept:
			ag.ConsumerAcceptedAt, ag.ConsumerRefusedAt = &now, nil
		case a.Kind == ActorConsumer:
			ag.ConsumerRefusedAt, ag.ConsumerAcceptedAt = &now, nil
		case a.Kind == ActorBusiness && accept:
			ag.BusinessAcceptedAt = &now
		default:
			return nil, false, ReasonErrorf(ECodeForbidden, "wrong_party", "Only the parties answer an agreement.")
		}
		c.Agreement = &ag
		kind := "agreement_refused"
		if accept {
			kind = "agreement_accepted"
		}
		ev := Event{Type: kind, Visibility: VisibilityParties, Payload: map[string]any{"by": string(a.Kind)}}
		return []Event{s.stamp(ev, a, c)}, true, nil
	})
}

// Rate records the consumer's rating after closure (1 to 5, and a comment), once: a second
// rating is refused (conflict, already_rated) rather than recorded as a change. The rating
// is the consumer's verdict on the handling as it ended; it counts in the association's
// satisfaction figures and published reports from that day, and a rating that could be
// changed later invites pressing the consumer to change it. Errors: not_found, invalid,
// conflict.
func (s *CaseService) Rate(ctx context.Context, a Actor, id int64, score int, comment string) (*Case, error) {
	var v Validation
	if score < 1 || score > 5 {
		v.Add("score", "range", "The score is 1 to 5.")
	}
	comment = strings.TrimSpace(comment)
	if utf8.RuneCountInString(comment) > 1000 {
		v.Add("comment", "too_long", "The comment must have at most 1000 characters.")
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	return s.Cases.UpdateCase(ctx, id, func(c *Case) ([]Event, bool, error) {
		if !canSee(a, c) || a.Kind != ActorConsumer {
			return nil, false, notFound()
		}
		if c.Status != StatusClosed {
			return nil, false, ReasonErrorf(ECodeConflict, "not_closed", "A case can be rated after it is closed.")
		}
		if c.Rating != nil {
			return nil, false, ReasonErrorf(ECodeConflict, "already_rated", "This case has been rated; a rating is given once.")
		}
		c.Rating = &Rating{Score: score, Comment: comment, At: s.Now()}
		// The rating judges the association's handling: the business does not see it.
		ev := Event{Type: "rated", Visibility: VisibilityParties, Payload: map[string]any{"score": score, "comment": comment, "to": "consumer"}}
		return []Event{s.stamp(ev, a, c)}, true, nil
	})
}

// MediationSession is a meeting or call held in mediation.
type MediationSession struct {
	At           time.Time
	Mode         string // in_person, phone, video, online
	Participants string
	Result       string
}

var sessionModes = map[string]bool{"in_person": true, "phone": true, "video": true, "online": true}

// RecordSession adds a mediation session to the timeline. Errors: not_found, forbidden,
// invalid, conflict.
func (s *CaseService) RecordSession(ctx context.Context, a Actor, id int64, m MediationSession) (*Event, error) {
	var v Validation
	if m.At.IsZero() || m.At.After(s.Now().Add(365*24*time.Hour)) {
		v.Add("at", "required", "When the session was or will be held.")
	}
	if !sessionModes[m.Mode] {
		v.Add("mode", "unknown", "The mode is in_person, phone, video or online.")
	}
	if strings.TrimSpace(m.Participants) == "" {
		v.Add("participants", "required", "Who took part.")
	}
	if utf8.RuneCountInString(m.Result) > maxNoteRunes {
		v.Add("result", "too_long", "The result must have at most 5000 characters.")
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	var out []Event // sealed in place by the repository
	_, err := s.Cases.UpdateCase(ctx, id, func(c *Case) ([]Event, bool, error) {
		if !canSee(a, c) {
			return nil, false, notFound()
		}
		if err := canWork(a, c); err != nil {
			return nil, false, err
		}
		if c.Status != StatusInMediation {
			return nil, false, ReasonErrorf(ECodeConflict, "illegal_transition", "Sessions are held during mediation.")
		}
		out = []Event{s.stamp(Event{Type: "mediation_session", Visibility: VisibilityParties, Payload: map[string]any{
			"at": m.At.UTC().Format(time.RFC3339), "mode": m.Mode, "participants": strings.TrimSpace(m.Participants), "result": strings.TrimSpace(m.Result),
		}}, a, c)}
		return out, false, nil
	})
	if err != nil {
		return nil, err
	}
	return &out[0], nil
}
