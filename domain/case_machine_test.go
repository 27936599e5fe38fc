package domain

import (
	"fmt"
	"testing"
	"time"
)

var testRule = DeadlineRule{AcceptanceDays: 7, MediationDays: 45, BusinessResponseDays: 10}

func date(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// at is 10:00 Beijing time on a day.
func at(day string) time.Time { return date(day).Time(ChinaTime).Add(10 * time.Hour) }

func newCase(received string) *Case {
	return &Case{ID: 1, Status: StatusSubmitted, WaitingOn: WaitingOnNone, ReceivedAt: at(received),
		Association: Association{ID: 1, Code: "GD-GZ", Path: "cca/gd/gd-gz"},
		Acceptance:  Clock{Start: date(received), Days: 7}}
}

// caseIn builds a case in a status, by the transitions that lead there.
func caseIn(t *testing.T, s Status) *Case {
	t.Helper()
	c := newCase("2026-11-02")
	env := TransitionEnv{Now: at("2026-11-03"), Calendar: ChinaCalendar(), Rule: testRule}
	steps := map[Status][]Transition{
		StatusAccepted:    {{Action: ActionAccept}},
		StatusInMediation: {{Action: ActionAccept}, {Action: ActionStartMediation}},
		StatusClosed:      {{Action: ActionAccept}, {Action: ActionStartMediation}, {Action: ActionClose, Outcome: OutcomeFailed}},
	}
	for _, tr := range steps[s] {
		if _, err := c.Apply(tr, env); err != nil {
			t.Fatalf("reaching %s: %s: %v", s, tr.Action, err)
		}
	}
	return c
}

// validTransition is a well-formed request for each action.
func validTransition(a Action) Transition {
	t := Transition{Action: a, Reason: "原因"}
	switch a {
	case ActionReject:
		t.ReasonCode = "outside_scope"
	case ActionTransfer:
		t.TargetAssociation = "BJ"
	case ActionClose:
		t.Outcome, t.AgreementTerms, t.AmountRecovered = OutcomeAgreement, "退款", "100.00"
	}
	return t
}

// TestStateMachine walks every status × action: each is allowed or refused with a
// specific reason.
func TestStateMachine(t *testing.T) {
	allowed := map[Status]map[Action]Status{
		StatusSubmitted: {ActionAccept: StatusAccepted, ActionReject: StatusClosed, ActionTransfer: StatusSubmitted,
			ActionRequestInformation: StatusSubmitted, ActionWithdraw: StatusClosed},
		StatusAccepted: {ActionTransfer: StatusSubmitted, ActionRequestInformation: StatusAccepted,
			ActionStartMediation: StatusInMediation, ActionWithdraw: StatusClosed},
		StatusInMediation: {ActionRequestInformation: StatusInMediation, ActionPauseClock: StatusInMediation,
			ActionClose: StatusClosed, ActionWithdraw: StatusClosed},
		StatusClosed: {ActionReopen: StatusInMediation},
	}
	// Allowed from the status, but refused in the plain state caseIn builds, for a reason of their own.
	stateful := map[Action]string{ActionSupplyInformation: "not_waiting_on_consumer", ActionResumeClock: "clock_not_paused"}
	bj := &Association{ID: 2, Code: "BJ", Path: "cca/bj"}
	for _, st := range Statuses {
		for _, a := range Actions {
			t.Run(fmt.Sprintf("%s/%s", st, a), func(t *testing.T) {
				c := caseIn(t, st)
				before := *c
				env := TransitionEnv{Now: at("2026-11-10"), Calendar: ChinaCalendar(), Rule: testRule, Target: bj}
				ev, err := c.Apply(validTransition(a), env)
				want, ok := allowed[st][a]
				switch {
				case ok:
					if err != nil {
						t.Fatalf("refused: %v", err)
					}
					if c.Status != want || ev.Type != string(a) || ev.Payload["to"] != string(want) {
						t.Fatalf("status %s, event %+v; want %s", c.Status, ev, want)
					}
				case stateful[a] != "" && containsStatus(allowedFrom[a], st):
					if ReasonOf(err) != stateful[a] {
						t.Fatalf("err = %v, want reason %s", err, stateful[a])
					}
				default:
					if CodeOf(err) != ECodeConflict || ReasonOf(err) != "illegal_transition" {
						t.Fatalf("err = %v, want illegal_transition", err)
					}
				}
				if err != nil && c.Status != before.Status {
					t.Fatal("a refused transition changed the case")
				}
			})
		}
	}
}

func TestTransitionFields(t *testing.T) {
	env := TransitionEnv{Now: at("2026-11-10"), Calendar: ChinaCalendar(), Rule: testRule}
	tests := []struct {
		name   string
		status Status
		tr     Transition
		fields []string
	}{
		{"ErrRejectWithoutReason", StatusSubmitted, Transition{Action: ActionReject}, []string{"reason_code"}},
		{"ErrRejectUnknownReason", StatusSubmitted, Transition{Action: ActionReject, ReasonCode: "bored"}, []string{"reason_code"}},
		{"ErrTransferNowhere", StatusSubmitted, Transition{Action: ActionTransfer}, []string{"target_association"}},
		{"ErrRequestInformationWithoutReason", StatusSubmitted, Transition{Action: ActionRequestInformation}, []string{"reason"}},
		{"ErrCloseWithoutOutcome", StatusInMediation, Transition{Action: ActionClose}, []string{"outcome"}},
		{"ErrCloseNotAccepted", StatusInMediation, Transition{Action: ActionClose, Outcome: OutcomeNotAccepted}, []string{"outcome"}},
		{"ErrAgreementWithoutTerms", StatusInMediation, Transition{Action: ActionClose, Outcome: OutcomeAgreement, AmountRecovered: "12.345"},
			[]string{"agreement.terms", "agreement.amount_recovered"}},
		{"ErrPauseWithoutReason", StatusInMediation, Transition{Action: ActionPauseClock}, []string{"reason"}},
		{"ErrUnknownAction", StatusSubmitted, Transition{Action: "explode"}, []string{"action"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := caseIn(t, tt.status)
			_, err := c.Apply(tt.tr, env)
			var e *Error
			if CodeOf(err) != ECodeInvalid || !errorsAs(err, &e) {
				t.Fatalf("err = %v", err)
			}
			var got []string
			for _, f := range e.Fields {
				got = append(got, f.Field)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.fields) {
				t.Fatalf("fields = %v, want %v", got, tt.fields)
			}
		})
	}
	t.Run("ErrTransferToSelf", func(t *testing.T) {
		c := caseIn(t, StatusSubmitted)
		_, err := c.Apply(Transition{Action: ActionTransfer}, TransitionEnv{Now: env.Now, Calendar: env.Calendar, Target: &c.Association})
		if CodeOf(err) != ECodeInvalid {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("ErrReopenAfterThirtyDays", func(t *testing.T) {
		c := caseIn(t, StatusClosed)
		_, err := c.Apply(Transition{Action: ActionReopen}, TransitionEnv{Now: c.ClosedAt.Add(31 * 24 * time.Hour), Calendar: env.Calendar, Rule: testRule})
		if ReasonOf(err) != "reopen_window_passed" {
			t.Fatalf("err = %v", err)
		}
		if _, err := c.Apply(Transition{Action: ActionReopen}, TransitionEnv{Now: c.ClosedAt.Add(29 * 24 * time.Hour), Calendar: env.Calendar, Rule: testRule}); err != nil {
			t.Fatalf("reopen within the window: %v", err)
		}
		if c.Outcome != "" || c.ClosedAt != nil {
			t.Fatalf("reopened case keeps outcome %q, closed %v", c.Outcome, c.ClosedAt)
		}
	})
	t.Run("ErrPauseTwice", func(t *testing.T) {
		c := caseIn(t, StatusInMediation)
		if _, err := c.Apply(Transition{Action: ActionPauseClock, Reason: "检测"}, env); err != nil {
			t.Fatal(err)
		}
		if _, err := c.Apply(Transition{Action: ActionPauseClock, Reason: "检测"}, env); ReasonOf(err) != "clock_already_paused" {
			t.Fatalf("err = %v", err)
		}
	})
}

func errorsAs(err error, e **Error) bool {
	x, ok := err.(*Error)
	*e = x
	return ok
}

// TestDeadlines checks the working-day deadlines around holidays and a stopped clock.
func TestDeadlines(t *testing.T) {
	cal := ChinaCalendar()
	t.Run("FiledBeforeNationalDayWeek", func(t *testing.T) {
		// 2026-09-30 is a Wednesday; 10-01..10-07 are off and Saturday 10-10 is worked.
		c := newCase("2026-09-30")
		if got := c.AcceptanceDue(cal); got != date("2026-10-15") {
			t.Fatalf("acceptance due %s, want 2026-10-15", got)
		}
	})
	t.Run("FiledBeforeMakeUpSaturday", func(t *testing.T) {
		// Friday 2026-02-13: Saturday 02-14 is worked, then the Spring Festival 02-15..02-23, then Saturday 02-28 is worked.
		c := newCase("2026-02-13")
		if got := c.AcceptanceDue(cal); got != date("2026-03-02") {
			t.Fatalf("acceptance due %s, want 2026-03-02", got)
		}
	})
	t.Run("WaitingForMaterialStopsTheClock", func(t *testing.T) {
		c := newCase("2026-11-02") // Monday: due Wednesday 11-11
		if got := c.AcceptanceDue(cal); got != date("2026-11-11") {
			t.Fatalf("due %s", got)
		}
		env := TransitionEnv{Now: at("2026-11-03"), Calendar: cal, Rule: testRule}
		if _, err := c.Apply(Transition{Action: ActionRequestInformation, Reason: "请补充购物凭证"}, env); err != nil {
			t.Fatal(err)
		}
		if c.WaitingOn != WaitingOnConsumer || !c.Deadlines(cal, date("2026-11-20")).ClockStopped || c.Overdue(date("2026-11-20"), cal) {
			t.Fatal("a stopped clock must not run or be overdue")
		}
		env.Now = at("2026-11-10") // five working days later
		if _, err := c.Apply(Transition{Action: ActionSupplyInformation}, env); err != nil {
			t.Fatal(err)
		}
		if got := c.AcceptanceDue(cal); got != date("2026-11-18") {
			t.Fatalf("due after the wait %s, want 2026-11-18", got)
		}
		if !c.Overdue(date("2026-11-19"), cal) || c.Overdue(date("2026-11-18"), cal) {
			t.Fatal("overdue is wrong around the due date")
		}
	})
	t.Run("PausedMediationClock", func(t *testing.T) {
		c := newCase("2026-11-02")
		env := TransitionEnv{Now: at("2026-11-02"), Calendar: cal, Rule: testRule}
		for _, a := range []Action{ActionAccept, ActionStartMediation} {
			if _, err := c.Apply(Transition{Action: a}, env); err != nil {
				t.Fatal(err)
			}
		}
		due := *c.ResolutionDue(cal)
		if due != cal.AddWorkingDays(date("2026-11-02"), 45) {
			t.Fatalf("resolution due %s", due)
		}
		if *c.BusinessDue != date("2026-11-16") {
			t.Fatalf("business due %s, want 2026-11-16", c.BusinessDue)
		}
		env.Now = at("2026-11-04")
		if _, err := c.Apply(Transition{Action: ActionPauseClock, Reason: "送检"}, env); err != nil {
			t.Fatal(err)
		}
		env.Now = at("2026-11-11") // 5 working days of appraisal
		if _, err := c.Apply(Transition{Action: ActionResumeClock, Reason: "检测报告已出"}, env); err != nil {
			t.Fatal(err)
		}
		if got := *c.ResolutionDue(cal); got != cal.AddWorkingDays(due, 5) {
			t.Fatalf("resolution due after the pause %s, want %s", got, cal.AddWorkingDays(due, 5))
		}
	})
	t.Run("TransferRestartsAcceptance", func(t *testing.T) {
		c := newCase("2026-11-02")
		bj := &Association{ID: 2, Code: "BJ", Path: "cca/bj"}
		if _, err := c.Apply(Transition{Action: ActionTransfer}, TransitionEnv{Now: at("2026-11-05"), Calendar: cal, Rule: testRule, Target: bj}); err != nil {
			t.Fatal(err)
		}
		if c.Association.Code != "BJ" || c.AcceptanceDue(cal) != date("2026-11-16") {
			t.Fatalf("after transfer: %s due %s", c.Association.Code, c.AcceptanceDue(cal))
		}
	})
	t.Run("BusinessAnsweredInTime", func(t *testing.T) {
		due := date("2026-11-16")
		c := &Case{BusinessDue: &due}
		if c.BusinessAnsweredInTime(date("2026-11-10")) != nil {
			t.Fatal("undecided while the window is open")
		}
		if v := c.BusinessAnsweredInTime(date("2026-11-17")); v == nil || *v {
			t.Fatal("no answer after the window is late")
		}
		answered := at("2026-11-16")
		c.BusinessRespondedAt = &answered
		if v := c.BusinessAnsweredInTime(date("2026-11-30")); v == nil || !*v {
			t.Fatal("an answer on the due day is in time")
		}
	})
}

func TestPickDeadlineRule(t *testing.T) {
	rules := []DeadlineRule{
		{EffectiveFrom: date("2019-01-01"), AcceptanceDays: 7, Basis: "2019"},
		{EffectiveFrom: date("2026-04-15"), AcceptanceDays: 7, Basis: "2026"},
		{AssociationID: 5, EffectiveFrom: date("2026-06-01"), AcceptanceDays: 5, Basis: "own"},
	}
	for _, tt := range []struct {
		assoc int64
		on    string
		want  string
	}{{1, "2026-04-14", "2019"}, {1, "2026-04-15", "2026"}, {5, "2026-05-01", "2026"}, {5, "2026-06-01", "own"}, {1, "2018-01-01", "built-in default"}} {
		if got := PickDeadlineRule(rules, tt.assoc, date(tt.on)).Basis; got != tt.want {
			t.Errorf("PickDeadlineRule(%d, %s) = %s, want %s", tt.assoc, tt.on, got, tt.want)
		}
	}
}

func TestEventChain(t *testing.T) {
	actor := int64(7)
	var events []Event
	var prev *Event
	for i, typ := range []string{"created", "accept", "note", "close"} {
		e := Event{CaseID: 3, At: at("2026-11-02").Add(time.Duration(i) * time.Hour), ActorKind: ActorStaff, ActorID: &actor,
			Type: typ, Visibility: VisibilityParties, Payload: map[string]any{"n": i, "body": "正文"}}
		e.Seal(prev)
		events = append(events, e)
		prev = &events[len(events)-1]
	}
	if b := VerifyChain(events); b != nil {
		t.Fatalf("intact chain reported broken: %+v", b)
	}
	tamper := []struct {
		name   string
		change func(es []Event) []Event
		seq    int
	}{
		{"EditedPayload", func(es []Event) []Event { es[1].Payload["n"] = 99; return es }, 2},
		{"EditedVisibility", func(es []Event) []Event { es[2].Visibility = VisibilityInternal; return es }, 3},
		{"Removed", func(es []Event) []Event { return append(es[:1], es[2:]...) }, 3},
		{"Resealed", func(es []Event) []Event { es[1].Payload["n"] = 99; es[1].Hash = es[1].computeHash(); return es }, 3},
	}
	for _, tt := range tamper {
		t.Run(tt.name, func(t *testing.T) {
			es := make([]Event, len(events))
			for i, e := range events {
				e.Payload = map[string]any{"n": e.Payload["n"], "body": e.Payload["body"]}
				es[i] = e
			}
			b := VerifyChain(tt.change(es))
			if b == nil || b.Seq != tt.seq {
				t.Fatalf("break = %+v, want at seq %d", b, tt.seq)
			}
		})
	}
}

// TestCloseKeepsTheAcceptedAgreement: what a party accepted is never replaced by closing,
// and its acceptance times stay.
func TestCloseKeepsTheAcceptedAgreement(t *testing.T) {
	accepted := func() *Case {
		c := caseIn(t, StatusInMediation)
		consumer, business := at("2026-11-10"), at("2026-11-11")
		c.Agreement = &Agreement{Terms: "退款1299元", AmountRecoveredFen: 129900, ProposedAt: at("2026-11-09"),
			ConsumerAcceptedAt: &consumer, BusinessAcceptedAt: &business}
		return c
	}
	env := TransitionEnv{Now: at("2026-11-12"), Calendar: ChinaCalendar(), Rule: testRule}
	for _, tt := range []struct {
		name          string
		terms, amount string
	}{
		{"NoBody", "", ""},
		{"SameTerms", " 退款1299元 ", ""},
		{"SameTermsAndAmount", "退款1299元", "1299.00"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := accepted()
			ev, err := c.Apply(Transition{Action: ActionClose, Outcome: OutcomeAgreement, AgreementTerms: tt.terms, AmountRecovered: tt.amount}, env)
			if err != nil {
				t.Fatal(err)
			}
			a := c.Agreement
			if a.Terms != "退款1299元" || a.AmountRecoveredFen != 129900 || a.ConsumerAcceptedAt == nil || a.BusinessAcceptedAt == nil || !a.ProposedAt.Equal(at("2026-11-09")) {
				t.Fatalf("agreement = %+v", a)
			}
			if ev.Payload["agreement_terms"] != "退款1299元" || ev.Payload["amount_recovered"] != "1299.00" {
				t.Fatalf("event = %+v", ev.Payload)
			}
		})
	}
	for _, tt := range []struct {
		name          string
		terms, amount string
		oneParty      bool
	}{
		{"OtherTerms", "退款500元", "", false},
		{"OtherAmount", "退款1299元", "500.00", false},
		{"OtherTermsAcceptedByOneParty", "退款500元", "500.00", true},
	} {
		t.Run("Err"+tt.name, func(t *testing.T) {
			c := accepted()
			if tt.oneParty {
				c.Agreement.BusinessAcceptedAt = nil
			}
			before := *c.Agreement
			_, err := c.Apply(Transition{Action: ActionClose, Outcome: OutcomeAgreement, AgreementTerms: tt.terms, AmountRecovered: tt.amount}, env)
			if CodeOf(err) != ECodeConflict || ReasonOf(err) != "agreement_accepted" {
				t.Fatalf("err = %v", err)
			}
			if c.Status != StatusInMediation || *c.Agreement != before {
				t.Fatalf("the case changed: %s %+v", c.Status, c.Agreement)
			}
		})
	}
	t.Run("UnansweredProposalIsReplaced", func(t *testing.T) {
		c := caseIn(t, StatusInMediation)
		c.Agreement = &Agreement{Terms: "退款1299元", AmountRecoveredFen: 129900, ProposedAt: at("2026-11-09")}
		if _, err := c.Apply(Transition{Action: ActionClose, Outcome: OutcomeAgreement, AgreementTerms: "换货", AmountRecovered: "0"}, env); err != nil {
			t.Fatal(err)
		}
		if c.Agreement.Terms != "换货" {
			t.Fatalf("agreement = %+v", c.Agreement)
		}
	})
}

// TestReasonsAreKept: the rejection's explanation and the transfer's reason are recorded
// with the event, from which the notices take them.
func TestReasonsAreKept(t *testing.T) {
	env := TransitionEnv{Now: at("2026-11-03"), Calendar: ChinaCalendar(), Rule: testRule}
	c := newCase("2026-11-02")
	ev, err := c.Apply(Transition{Action: ActionReject, ReasonCode: "time_barred", Reason: " 购买已超过三年 "}, env)
	if err != nil || ev.Payload["reason"] != "购买已超过三年" || ev.Payload["reason_code"] != "time_barred" {
		t.Fatalf("reject: %v %+v", err, ev.Payload)
	}
	c = newCase("2026-11-02")
	env.Target = &Association{ID: 2, Code: "BJ", Path: "cca/bj"}
	ev, err = c.Apply(Transition{Action: ActionTransfer, TargetAssociation: "BJ", Reason: "经营者住所地在北京"}, env)
	if err != nil || ev.Payload["reason"] != "经营者住所地在北京" {
		t.Fatalf("transfer: %v %+v", err, ev.Payload)
	}
}
