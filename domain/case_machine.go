package domain

import (
	"strings"
	"time"
)

// Action is a transition of the case state machine.
type Action string

// The actions.
const (
	ActionAccept             Action = "accept"
	ActionReject             Action = "reject"
	ActionTransfer           Action = "transfer"
	ActionRequestInformation Action = "request_information"
	ActionSupplyInformation  Action = "supply_information"
	ActionStartMediation     Action = "start_mediation"
	ActionPauseClock         Action = "pause_clock"
	ActionResumeClock        Action = "resume_clock"
	ActionClose              Action = "close"
	ActionWithdraw           Action = "withdraw"
	ActionReopen             Action = "reopen"
)

// Actions lists every action, for exhaustive tests and documentation.
var Actions = []Action{
	ActionAccept, ActionReject, ActionTransfer, ActionRequestInformation, ActionSupplyInformation,
	ActionStartMediation, ActionPauseClock, ActionResumeClock, ActionClose, ActionWithdraw, ActionReopen,
}

// Statuses lists every status.
var Statuses = []Status{StatusSubmitted, StatusAccepted, StatusInMediation, StatusClosed}

// allowedFrom is the state machine: the statuses each action may start from.
var allowedFrom = map[Action][]Status{
	ActionAccept:             {StatusSubmitted},
	ActionReject:             {StatusSubmitted},
	ActionTransfer:           {StatusSubmitted, StatusAccepted},
	ActionRequestInformation: {StatusSubmitted, StatusAccepted, StatusInMediation},
	ActionSupplyInformation:  {StatusSubmitted, StatusAccepted, StatusInMediation},
	ActionStartMediation:     {StatusAccepted},
	ActionPauseClock:         {StatusInMediation},
	ActionResumeClock:        {StatusInMediation},
	ActionClose:              {StatusInMediation},
	ActionWithdraw:           {StatusSubmitted, StatusAccepted, StatusInMediation},
	ActionReopen:             {StatusClosed},
}

// actorOf says which side may take each action; staff actions also need the permission
// and assignment checks of the case service.
var actorOf = map[Action]ActorKind{
	ActionAccept: ActorStaff, ActionReject: ActorStaff, ActionTransfer: ActorStaff,
	ActionRequestInformation: ActorStaff, ActionStartMediation: ActorStaff, ActionPauseClock: ActorStaff,
	ActionResumeClock: ActorStaff, ActionClose: ActorStaff, ActionReopen: ActorStaff,
	ActionSupplyInformation: ActorConsumer, ActionWithdraw: ActorConsumer,
}

// ReopenWindow is how long after closure a supervisor may reopen a case.
const ReopenWindow = 30 * 24 * time.Hour

// Transition is a request to move a case, with what the action needs.
type Transition struct {
	Action            Action
	ReasonCode        string // reject: a RejectReason code
	Reason            string // why: request_information (what is missing), reject (the explanation beside the code), transfer, pause/resume_clock, reopen, withdraw
	TargetAssociation string // transfer: the target's code
	Outcome           Outcome
	AgreementTerms    string
	AmountRecovered   string // decimal yuan, as in the API
}

// TransitionEnv is what a transition needs from outside the case.
type TransitionEnv struct {
	Now      time.Time
	Calendar *Calendar
	// Rule is the deadline rule of the case's association (of the target, for a transfer).
	Rule DeadlineRule
	// Target is the resolved target association of a transfer.
	Target *Association
}

// Apply runs one transition on the case and returns the event that records it. The case
// is changed only when no error is returned. Errors: invalid (missing or bad fields),
// conflict with reason illegal_transition, clock_already_paused, clock_not_paused,
// not_waiting_on_consumer or reopen_window_passed.
func (c *Case) Apply(t Transition, env TransitionEnv) (Event, error) {
	if _, known := allowedFrom[t.Action]; !known {
		var v Validation
		v.Add("action", "unknown", "Unknown action.")
		return Event{}, v.Err()
	}
	if !containsStatus(allowedFrom[t.Action], c.Status) {
		return Event{}, ReasonErrorf(ECodeConflict, "illegal_transition", "A %s case cannot be sent %s.", c.Status, t.Action)
	}
	if err := c.checkFields(t, env); err != nil {
		return Event{}, err
	}
	now := env.Now
	today := DateOf(now.In(ChinaTime))
	ev := Event{At: now, Type: string(t.Action), Visibility: VisibilityParties, Payload: map[string]any{"from": string(c.Status)}}
	next := *c
	switch t.Action {
	case ActionAccept:
		next.Acceptance.resume(now, env.Calendar)
		next.Status, next.WaitingOn, next.AcceptedAt = StatusAccepted, WaitingOnNone, &now
		next.Resolution = &Clock{Start: today, Days: env.Rule.MediationDays}
		inTime := !today.After(next.Acceptance.Due(env.Calendar))
		next.AcceptedInTime = &inTime
		ev.Payload["accepted_in_time"] = inTime
	case ActionReject:
		next.Status, next.Outcome, next.RejectReason, next.WaitingOn, next.ClosedAt = StatusClosed, OutcomeNotAccepted, t.ReasonCode, WaitingOnNone, &now
		ev.Payload["reason_code"] = t.ReasonCode
		ev.Payload["reason"] = strings.TrimSpace(t.Reason) // the explanation the consumer is told
	case ActionTransfer:
		ev.Payload["from_association"], ev.Payload["to_association"] = c.Association.Code, env.Target.Code
		ev.Payload["reason"] = strings.TrimSpace(t.Reason) // told to the consumer and the receiving association
		next.Association, next.Status, next.WaitingOn = *env.Target, StatusSubmitted, WaitingOnNone
		next.Acceptance = Clock{Start: today, Days: env.Rule.AcceptanceDays}
		next.AcceptedAt, next.Resolution, next.AssigneeID = nil, nil, nil
	case ActionRequestInformation:
		next.WaitingOn = WaitingOnConsumer
		if c.Status == StatusSubmitted {
			next.Acceptance.stop(now)
		}
		ev.Payload["reason"] = t.Reason
	case ActionSupplyInformation:
		if c.WaitingOn != WaitingOnConsumer {
			return Event{}, ReasonErrorf(ECodeConflict, "not_waiting_on_consumer", "The case is not waiting for information from the consumer.")
		}
		next.WaitingOn = WaitingOnNone
		next.Acceptance.resume(now, env.Calendar)
	case ActionStartMediation:
		due := env.Calendar.AddWorkingDays(today, env.Rule.BusinessResponseDays)
		next.Status, next.WaitingOn, next.MediationStartedAt, next.BusinessDue = StatusInMediation, WaitingOnBusiness, &now, &due
		ev.Payload["business_due"] = due.String()
	case ActionPauseClock:
		if c.Resolution.StoppedAt != nil {
			return Event{}, ReasonErrorf(ECodeConflict, "clock_already_paused", "The clock is already paused.")
		}
		clock := *c.Resolution
		clock.stop(now)
		next.Resolution = &clock
		ev.Payload["reason"] = t.Reason
	case ActionResumeClock:
		if c.Resolution.StoppedAt == nil {
			return Event{}, ReasonErrorf(ECodeConflict, "clock_not_paused", "The clock is not paused.")
		}
		clock := *c.Resolution
		clock.resume(now, env.Calendar)
		next.Resolution = &clock
		ev.Payload["reason"] = t.Reason
	case ActionClose:
		next.Status, next.Outcome, next.WaitingOn, next.ClosedAt = StatusClosed, t.Outcome, WaitingOnNone, &now
		inTime := c.Resolution.StoppedAt != nil || !today.After(c.Resolution.Due(env.Calendar))
		next.ResolvedInTime = &inTime
		ev.Payload["outcome"], ev.Payload["resolved_in_time"] = string(t.Outcome), inTime
		if t.Outcome == OutcomeAgreement {
			fen, _ := ParseAmount(t.AmountRecovered)
			a := Agreement{Terms: strings.TrimSpace(t.AgreementTerms), AmountRecoveredFen: fen, ProposedAt: now}
			if c.Agreement != nil && (strings.TrimSpace(t.AgreementTerms) == "" || c.Agreement.HasAcceptance()) {
				a = *c.Agreement // checkFields let only the same terms through
			}
			next.Agreement = &a
			ev.Payload["agreement_terms"], ev.Payload["amount_recovered"] = a.Terms, FormatAmount(a.AmountRecoveredFen)
		}
	case ActionWithdraw:
		next.Status, next.Outcome, next.WaitingOn, next.ClosedAt = StatusClosed, OutcomeWithdrawn, WaitingOnNone, &now
		ev.Payload["reason"] = t.Reason
	case ActionReopen:
		if now.Sub(*c.ClosedAt) > ReopenWindow {
			return Event{}, ReasonErrorf(ECodeConflict, "reopen_window_passed", "A case can be reopened only within 30 days of closure.")
		}
		next.Status, next.Outcome, next.RejectReason, next.ClosedAt, next.WaitingOn = StatusInMediation, "", "", nil, WaitingOnNone
		next.ResolvedInTime = nil
		if next.Resolution == nil {
			next.Resolution = &Clock{Start: today, Days: env.Rule.MediationDays}
		}
		ev.Payload["reason"] = t.Reason
	}
	ev.Payload["to"] = string(next.Status)
	*c = next
	return ev, nil
}

// checkFields validates what an action needs, reporting every problem at once.
func (c *Case) checkFields(t Transition, env TransitionEnv) error {
	var v Validation
	switch t.Action {
	case ActionReject:
		if _, ok := FindRejectReason(t.ReasonCode); !ok {
			v.Add("reason_code", "unknown", "A rejection needs a known reason code.")
		}
	case ActionTransfer:
		switch {
		case env.Target == nil:
			v.Add("target_association", "unknown", "The target association does not exist.")
		case env.Target.Code == c.Association.Code:
			v.Add("target_association", "same", "The case is already in this association.")
		}
	case ActionRequestInformation, ActionPauseClock, ActionResumeClock:
		if strings.TrimSpace(t.Reason) == "" {
			v.Add("reason", "required", "Say why.")
		}
	case ActionClose:
		if !mediationOutcomes[t.Outcome] {
			v.Add("outcome", "unknown", "Closing from mediation needs an outcome: agreement, business_remedied, failed or terminated.")
		}
		if t.Outcome == OutcomeAgreement {
			if strings.TrimSpace(t.AgreementTerms) == "" && c.Agreement == nil {
				v.Add("agreement.terms", "required", "An agreement needs its terms.")
			}
			if t.AmountRecovered != "" {
				if _, err := ParseAmount(t.AmountRecovered); err != nil {
					v.Add("agreement.amount_recovered", "format", "The amount must be a decimal number of yuan, such as 1299.00.")
				}
			}
			if err := v.Err(); err == nil && c.Agreement != nil && c.Agreement.HasAcceptance() && !c.Agreement.sameAs(t.AgreementTerms, t.AmountRecovered) {
				// What a party accepted is on record with its time; closing must not put other
				// terms under that acceptance. New terms go through a new proposal.
				return ReasonErrorf(ECodeConflict, "agreement_accepted",
					"A party has accepted the proposed agreement; close without an agreement body, or with the same terms, or propose new terms first.")
			}
		}
	}
	return v.Err()
}

// ActorOf says which side may take an action.
func ActorOf(a Action) ActorKind { return actorOf[a] }

func containsStatus(list []Status, s Status) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
