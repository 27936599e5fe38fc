package main

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redress-project/redress/domain"
	"github.com/redress-project/redress/repo"
	"github.com/redress-project/redress/repo/repotest"
)

// fileAndAccept files the design complaint and has the GZ mediator accept it, and returns its ID.
func fileAndAccept(t *testing.T, s *testServer) int64 {
	t.Helper()
	r := s.file(t, designComplaint())
	s.login(t, "gz.mediator@redress.test").act(r.ID, map[string]any{"action": "accept"}).want(http.StatusOK)
	return r.ID
}

// setDue moves a case's running deadline, as if it had been accepted long ago.
func (s *testServer) setDue(t *testing.T, id int64, due domain.Date) {
	t.Helper()
	if err := s.DB.Gorm.Exec("UPDATE cases SET current_due = ? WHERE id = ?", due.String(), id).Error; err != nil {
		t.Fatal(err)
	}
}

// TestDeadlineRemindersOnce runs two instances on one PostgreSQL database (one on SQLite,
// which serves one process), each sweeping deadlines often and several sweeps at once
// besides, and shows each reminder and each escalation sent once: to the mediator before
// the deadline, to every supervisor above the case after.
func TestDeadlineRemindersOnce(t *testing.T) {
	for _, d := range repotest.Dialects(t) {
		t.Run(d, func(t *testing.T) {
			mb := mustStartMailbox(t)
			url := mustFreshDemoURL(t, d)
			jc := notifyingConfig(mb, nil)
			jc.SweepInterval = 200 * time.Millisecond
			a := mustOpenServerOn(t, url, jc)
			b := a
			if d == repo.Postgres {
				b = mustOpenServerOn(t, url, jc)
			}
			soon, late := fileAndAccept(t, a), fileAndAccept(t, b)
			today := domain.DateOf(time.Now().In(domain.ChinaTime))
			cal := domain.ChinaCalendar()
			a.setDue(t, soon, cal.AddWorkingDays(today, 1))
			a.setDue(t, late, today.AddDays(-3))
			answer := fileAndAccept(t, a)
			a.login(t, "gz.mediator@redress.test").act(answer, map[string]any{"action": "start_mediation"}).want(http.StatusOK)
			businessDue := cal.AddWorkingDays(today, 2)
			if err := a.DB.Gorm.Exec("UPDATE cases SET business_due = ? WHERE id = ?", businessDue.String(), answer).Error; err != nil {
				t.Fatal(err)
			}

			var wg sync.WaitGroup
			for range 3 {
				for _, s := range []*testServer{a, b} {
					wg.Go(func() {
						if err := s.jobs.Handlers.Sweep(context.Background()); err != nil {
							t.Error(err)
						}
					})
				}
			}
			wg.Wait()
			supervisors := []string{"gz.supervisor@redress.test", "gd.supervisor@redress.test", "cca.supervisor@redress.test"}
			eventually(t, 20*time.Second, "the reminders and the escalations", func() bool {
				if len(mb.to("business@redress.test")) < 2 {
					return false
				}
				for _, to := range append([]string{"gz.mediator@redress.test"}, supervisors...) {
					if len(mb.to(to)) == 0 {
						return false
					}
				}
				return true
			})
			time.Sleep(4 * jc.SweepInterval) // more sweeps run meanwhile
			a.settle(t)
			b.settle(t)
			reminders := mb.to("gz.mediator@redress.test")
			if len(reminders) != 1 || !strings.Contains(reminders[0].Subject, "将于 "+cal.AddWorkingDays(today, 1).String()+" 到期") {
				t.Fatalf("reminders = %+v", reminders)
			}
			for _, to := range supervisors {
				if got := mb.to(to); len(got) != 1 || !strings.HasPrefix(got[0].Subject, "已超期") {
					t.Fatalf("escalations to %s = %+v", to, got)
				}
			}
			var toBusiness []receivedMail
			for _, m := range mb.to("business@redress.test") {
				if strings.Contains(m.Subject, "前答复") { // the business is asked to answer, in its own words
					toBusiness = append(toBusiness, m)
				}
			}
			if len(toBusiness) != 1 || !strings.Contains(toBusiness[0].Subject, businessDue.String()) {
				t.Fatalf("reminders to the business = %+v", toBusiness)
			}
			if got := mb.to("bj.supervisor@redress.test"); len(got) != 0 {
				t.Fatalf("an unrelated supervisor got %+v", got)
			}
		})
	}
}

// TestAutoClose shows a case in mediation that waited on the consumer too long: first
// the consumer is warned, once; then the case is closed through the state machine as the
// system, and the parties hear of it.
func TestAutoClose(t *testing.T) {
	for _, d := range repotest.Dialects(t) {
		t.Run(d, func(t *testing.T) {
			mb := mustStartMailbox(t)
			jc := notifyingConfig(mb, nil)
			jc.SweepInterval = 200 * time.Millisecond
			s := mustOpenServerOn(t, mustFreshDemoURL(t, d), jc)
			id := fileAndAccept(t, s)
			gz := s.login(t, "gz.mediator@redress.test")
			gz.act(id, map[string]any{"action": "start_mediation"}).want(http.StatusOK)
			gz.act(id, map[string]any{"action": "request_information", "reason": "请上传发票"}).want(http.StatusOK)
			// The wait began long ago (the events' own hashes no longer match: this is a test).
			backdate := func(days int) {
				at := time.Now().UTC().AddDate(0, 0, -days)
				if err := s.DB.Gorm.Exec("UPDATE case_events SET at = ? WHERE case_id = ? AND type = 'request_information'", at, id).Error; err != nil {
					t.Fatal(err)
				}
			}
			backdate(13)
			warned := func() []receivedMail {
				var out []receivedMail
				for _, m := range mb.to("zw@example.com") {
					if strings.Contains(m.Subject, "结案") && strings.Contains(m.Body, "等待您的答复") {
						out = append(out, m)
					}
				}
				return out
			}
			eventually(t, 20*time.Second, "the warning", func() bool { return len(warned()) > 0 })
			time.Sleep(3 * jc.SweepInterval)
			s.settle(t)
			if n := len(warned()); n != 1 {
				t.Fatalf("%d warnings", n)
			}
			var c caseDoc
			gz.do("GET", fmt.Sprintf("/api/v1/cases/%d", id), nil).want(http.StatusOK).decode(&c)
			if c.Status != "in_mediation" {
				t.Fatalf("closed before its time: %+v", c)
			}

			backdate(16)
			eventually(t, 20*time.Second, "the auto-close", func() bool {
				gz.do("GET", fmt.Sprintf("/api/v1/cases/%d", id), nil).want(http.StatusOK).decode(&c)
				return c.Status == "closed"
			})
			if c.Outcome != "terminated" || c.Version != 5 {
				t.Fatalf("auto-closed case = %+v", c)
			}
			var doc struct {
				Items []struct {
					Type    string
					Actor   struct{ Kind string }
					Payload map[string]any
				}
			}
			gz.do("GET", fmt.Sprintf("/api/v1/cases/%d/events", id), nil).want(http.StatusOK).decode(&doc)
			last := doc.Items[len(doc.Items)-1]
			if last.Type != "close" || last.Actor.Kind != "system" || last.Payload["auto_closed"] != true || last.Payload["outcome"] != "terminated" {
				t.Fatalf("last event = %+v", last)
			}
			eventually(t, 20*time.Second, "the parties hear of the close", func() bool {
				closed := func(to string) bool {
					for _, m := range mb.to(to) {
						if strings.HasSuffix(m.Subject, "已结案") || strings.HasSuffix(m.Subject, "已結案") {
							return true
						}
					}
					return false
				}
				return closed("zw@example.com") && closed("business@redress.test")
			})
		})
	}
}
