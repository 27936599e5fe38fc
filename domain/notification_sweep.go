package domain

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// ReminderWorkingDays is how many working days before a deadline its reminder goes out.
const ReminderWorkingDays = 2

// WaitingCase is a case in mediation waiting on the consumer since a time.
type WaitingCase struct {
	CaseID int64
	Since  time.Time
}

// SweepStore finds the cases the periodic sweep acts on and queues its notices.
type SweepStore interface {
	// FindCasesDueBy returns the open cases whose running deadline, or the business's
	// deadline to answer while the case waits on it, falls on or before day.
	FindCasesDueBy(ctx context.Context, day Date) ([]Case, error)
	// FindCasesWaitingOnConsumer returns the cases in mediation waiting on the consumer
	// since before t, with when the wait began.
	FindCasesWaitingOnConsumer(ctx context.Context, before time.Time) ([]WaitingCase, error)
	// QueueNotices queues notices for fan-out; a notice whose key was queued or sent
	// before is not sent again.
	QueueNotices(ctx context.Context, notices []Notice) error
}

// DeadlineSweep is the periodic pass over deadlines: reminders before them, escalation
// after them, and the closing of cases the consumer left unanswered.
type DeadlineSweep struct {
	Store SweepStore
	Cases *CaseService
	// AutoCloseDays is how many days a case in mediation may wait on the consumer before
	// it is closed; AutoCloseNoticeDays how many days before that the consumer is warned.
	AutoCloseDays       int
	AutoCloseNoticeDays int
	Now                 func() time.Time
}

// SweepResult counts what a sweep did.
type SweepResult struct {
	Notices    int
	AutoClosed int
}

// Run does one sweep. Every step may run again (on another instance, after a crash)
// without sending anything twice: each notice has a key per case and deadline.
func (s *DeadlineSweep) Run(ctx context.Context) (SweepResult, error) {
	var res SweepResult
	cal, _, err := s.Cases.Calendar(ctx)
	if err != nil {
		return res, err
	}
	now := s.Now()
	today := DateOf(now.In(ChinaTime))
	due, err := s.Store.FindCasesDueBy(ctx, cal.AddWorkingDays(today, ReminderWorkingDays))
	if err != nil {
		return res, err
	}
	notices := DeadlineNotices(due, cal, today)
	for i := range notices {
		notices[i].At = now
	}
	if s.AutoCloseDays > 0 {
		waiting, err := s.Store.FindCasesWaitingOnConsumer(ctx, now.AddDate(0, 0, -max(s.AutoCloseDays-s.AutoCloseNoticeDays, 0)))
		if err != nil {
			return res, err
		}
		var errs []error
		for _, w := range waiting {
			closeOn := DateOf(w.Since.In(ChinaTime)).AddDays(s.AutoCloseDays)
			if today.Before(closeOn) {
				days := int(closeOn.Time(time.UTC).Sub(today.Time(time.UTC)).Hours() / 24)
				notices = append(notices, Notice{Key: fmt.Sprintf("auto_close:%d:%s", w.CaseID, w.Since.UTC().Format(time.RFC3339Nano)),
					Kind: NoticeAutoCloseWarning, CaseID: w.CaseID, Audience: AudienceConsumer, Due: closeOn.String(), Days: days, At: now})
				continue
			}
			closed, err := s.Cases.AutoClose(ctx, w.CaseID, w.Since)
			if err != nil {
				errs = append(errs, fmt.Errorf("auto-close case %d: %w", w.CaseID, err))
			}
			if closed {
				res.AutoClosed++
			}
		}
		if err := errors.Join(errs...); err != nil {
			return res, err
		}
	}
	res.Notices = len(notices)
	return res, s.Store.QueueNotices(ctx, notices)
}

// DeadlineNotices returns, for open cases due soon or overdue, a reminder to the
// mediator from ReminderWorkingDays before the deadline, or an escalation to the
// supervisors once it passed; and a reminder to the business before its deadline to
// answer. One per case and deadline whatever day it runs.
func DeadlineNotices(cases []Case, cal *Calendar, today Date) []Notice {
	var out []Notice
	horizon := cal.AddWorkingDays(today, ReminderWorkingDays)
	for _, c := range cases {
		if !c.Status.Open() {
			continue
		}
		if due := c.CurrentDue; due != nil && !due.After(horizon) {
			n := Notice{CaseID: c.ID, Status: c.Status, Due: due.String()}
			if today.After(*due) {
				n.Kind, n.Audience, n.Key = NoticeEscalation, AudienceSupervisors, fmt.Sprintf("escalation:%d:%s:%s", c.ID, c.Status, due)
			} else {
				n.Kind, n.Audience, n.Key = NoticeDeadlineReminder, AudienceMediator, fmt.Sprintf("reminder:%d:%s:%s", c.ID, c.Status, due)
				n.Days = cal.WorkingDaysBetween(today, *due)
			}
			out = append(out, n)
		}
		if due := c.BusinessDue; due != nil && c.WaitingOn == WaitingOnBusiness && !due.After(horizon) && !today.After(*due) {
			out = append(out, Notice{Key: fmt.Sprintf("business_reminder:%d:%s", c.ID, due), Kind: NoticeDeadlineReminder,
				CaseID: c.ID, Audience: AudienceBusiness, Status: c.Status, Due: due.String(), Days: cal.WorkingDaysBetween(today, *due)})
		}
	}
	return out
}

// AutoClose ends mediation of a case that waited on the consumer since the given time,
// through the state machine like any close, as the system. It reports false when the
// case moved on meanwhile (the consumer answered, someone closed it).
func (s *CaseService) AutoClose(ctx context.Context, id int64, waitingSince time.Time) (bool, error) {
	cal, rules, err := s.Calendar(ctx)
	if err != nil {
		return false, err
	}
	closed := false
	system := Actor{Kind: ActorSystem, Name: "system"}
	_, err = s.Cases.UpdateCase(ctx, id, func(c *Case) ([]Event, bool, error) {
		if c.Status != StatusInMediation || c.WaitingOn != WaitingOnConsumer {
			return nil, false, nil
		}
		now := s.Now()
		env := TransitionEnv{Now: now, Calendar: cal, Rule: PickDeadlineRule(rules, c.Association.ID, DateOf(now.In(ChinaTime)))}
		ev, err := c.Apply(Transition{Action: ActionClose, Outcome: OutcomeTerminated}, env)
		if err != nil {
			return nil, false, err
		}
		ev.Payload["auto_closed"] = true
		ev.Payload["waiting_since"] = waitingSince.UTC().Format(time.RFC3339)
		c.refreshDue(cal)
		closed = true
		return []Event{s.stamp(ev, system, c)}, true, nil
	})
	return closed, err
}
