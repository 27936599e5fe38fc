package main

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redress-project/redress/domain"
	"github.com/redress-project/redress/domain/text"
	"github.com/redress-project/redress/domain/text/texttest"
	"github.com/redress-project/redress/repo/repotest"
)

// testClock is a server clock the test sets.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

// openServerAt boots a demo server of the dialect whose services read the clock.
func openServerAt(t *testing.T, dialect string, clock *testClock) *testServer {
	t.Helper()
	cfg := DefaultConfig()
	cfg.DB, cfg.DataDir, cfg.now = mustFreshDemoURL(t, dialect), t.TempDir(), clock.now
	return startServer(t, cfg)
}

type calendarDoc struct {
	Year        int
	Loaded      bool
	LoadedYears []int `json:"loaded_years"`
	Warning     *struct {
		MissingYear int `json:"missing_year"`
		Message     string
	}
}

type deadlineDoc struct {
	AcceptanceDue            string `json:"acceptance_due"`
	AcceptanceDueProvisional bool   `json:"acceptance_due_provisional"`
	ResolutionDue            string `json:"resolution_due"`
	ResolutionDueProvisional bool   `json:"resolution_due_provisional"`
	BusinessDue              string `json:"business_due"`
	BusinessDueProvisional   bool   `json:"business_due_provisional"`
}

// TestCalendarCoverage: past the last loaded year a deadline is provisional, platform
// admins are warned from October 1 of the year before, and loading the year moves the
// stored deadlines of open cases, each with an event, the history still verifying.
func TestCalendarCoverage(t *testing.T) {
	china := domain.ChinaTime
	for _, dialect := range repotest.Dialects(t) {
		t.Run(dialect, func(t *testing.T) {
			clock := &testClock{t: time.Date(2026, 9, 30, 23, 0, 0, 0, china).UTC()}
			s := openServerAt(t, dialect, clock)
			anon := s.anon(t)
			var cal calendarDoc
			anon.do("GET", "/api/v1/calendar/2027", nil).want(http.StatusOK).decode(&cal)
			if cal.Loaded || cal.Warning != nil || !slices.Contains(cal.LoadedYears, 2026) || slices.Contains(cal.LoadedYears, 2027) {
				t.Fatalf("on September 30: %+v", cal)
			}
			clock.set(time.Date(2026, 10, 1, 0, 30, 0, 0, china).UTC()) // still September 30 in UTC
			for l, header := range map[text.Lang]string{text.En: "en", text.ZhHans: "zh-CN", text.ZhHant: "zh-TW"} {
				anon.do("GET", "/api/v1/calendar/2026", nil, "Accept-Language", header).want(http.StatusOK).decode(&cal)
				if !cal.Loaded || cal.Warning == nil || cal.Warning.MissingYear != 2027 || !strings.Contains(cal.Warning.Message, "2027") {
					t.Fatalf("on October 1: %+v", cal)
				}
				if err := texttest.Check(l, cal.Warning.Message); err != nil {
					t.Error(err)
				}
			}

			// Filed on Monday 2026-12-28: the acceptance deadline runs into 2027, whose New
			// Year's Day is not loaded.
			clock.set(time.Date(2026, 12, 28, 10, 0, 0, 0, china).UTC())
			r := s.file(t, designComplaint())
			gz := s.login(t, "gz.mediator@redress.test")
			var before deadlineDoc
			gz.do("GET", fmt.Sprintf("/api/v1/cases/%d", r.ID), nil).want(http.StatusOK).decode(&before)
			if !strings.HasPrefix(before.AcceptanceDue, "2027-") || !before.AcceptanceDueProvisional || before.AcceptanceDue != r.AcceptanceDue {
				t.Fatalf("filed in late December: %+v", before)
			}
			var receipt struct {
				Provisional bool `json:"acceptance_due_provisional"`
			}
			s.anon(t).do("POST", "/api/v1/complaints", designComplaint()).want(http.StatusCreated).decode(&receipt)
			if !receipt.Provisional {
				t.Error("the receipt does not mark the deadline provisional")
			}
			// A second case in mediation: the business's window runs into 2027 too.
			m := s.file(t, designComplaint())
			gz.act(m.ID, map[string]any{"action": "accept"}).want(http.StatusOK)
			var med deadlineDoc
			gz.act(m.ID, map[string]any{"action": "start_mediation"}).want(http.StatusOK).decode(&med)
			if !med.BusinessDueProvisional || !med.ResolutionDueProvisional || !strings.HasPrefix(med.BusinessDue, "2027-") {
				t.Fatalf("in mediation: %+v", med)
			}
			sup := s.login(t, "gz.supervisor@redress.test")
			var overview struct{ Received, Open int64 }
			sup.do("GET", "/api/v1/stats/overview?association=GD-GZ", nil).want(http.StatusOK).decode(&overview)

			// The platform admin loads 2027 (test dates, not the State Council's).
			admin := s.login(t, "platform.admin@redress.test")
			cal = calendarDoc{}
			admin.do("PUT", "/api/v1/calendar/2027", map[string]any{"holidays": []string{"2027-01-01", "2027-10-01"}}).want(http.StatusOK).decode(&cal)
			if !cal.Loaded || cal.Warning != nil {
				t.Fatalf("after loading 2027: %+v", cal)
			}
			loaded := domain.NewCalendar([]domain.Date{{Year: 2027, Month: 1, Day: 1}}, nil)
			var after deadlineDoc
			gz.do("GET", fmt.Sprintf("/api/v1/cases/%d", r.ID), nil).want(http.StatusOK).decode(&after)
			old, _ := domain.ParseDate(before.AcceptanceDue)
			if want := loaded.AddWorkingDays(old, 1).String(); after.AcceptanceDue != want || after.AcceptanceDueProvisional {
				t.Fatalf("after loading 2027: %+v, want acceptance due %s", after, want)
			}
			acceptanceDue := after.AcceptanceDue
			gz.do("GET", fmt.Sprintf("/api/v1/cases/%d", m.ID), nil).want(http.StatusOK).decode(&after)
			oldBusiness, _ := domain.ParseDate(med.BusinessDue)
			if want := loaded.AddWorkingDays(oldBusiness, 1).String(); after.BusinessDue != want || after.BusinessDueProvisional || after.ResolutionDueProvisional {
				t.Fatalf("in mediation after loading 2027: %+v, want business due %s", after, want)
			}

			var events struct {
				Items []struct {
					Type    string
					Payload map[string]any
				}
			}
			gz.do("GET", fmt.Sprintf("/api/v1/cases/%d/events", r.ID), nil).want(http.StatusOK).decode(&events)
			last := events.Items[len(events.Items)-1]
			if last.Type != "deadlines_recomputed" || last.Payload["current_due_from"] != before.AcceptanceDue || last.Payload["current_due_to"] != acceptanceDue {
				t.Fatalf("events = %+v", events.Items)
			}
			gz.do("GET", fmt.Sprintf("/api/v1/cases/%d/events", m.ID), nil).want(http.StatusOK).decode(&events)
			last = events.Items[len(events.Items)-1]
			if last.Type != "deadlines_recomputed" || last.Payload["business_due_from"] != med.BusinessDue || last.Payload["business_due_to"] != after.BusinessDue {
				t.Fatalf("events in mediation = %+v", events.Items)
			}
			// Saving the year again moves nothing and records nothing.
			n := len(events.Items)
			admin.do("PUT", "/api/v1/calendar/2027", map[string]any{"holidays": []string{"2027-01-01", "2027-10-01"}}).want(http.StatusOK)
			gz.do("GET", fmt.Sprintf("/api/v1/cases/%d/events", m.ID), nil).want(http.StatusOK).decode(&events)
			if len(events.Items) != n {
				t.Fatalf("a second save added events: %+v", events.Items[n:])
			}

			var overviewAfter struct{ Received, Open int64 }
			sup.do("GET", "/api/v1/stats/overview?association=GD-GZ", nil).want(http.StatusOK).decode(&overviewAfter)
			if overviewAfter != overview {
				t.Errorf("the figures moved: %+v, then %+v", overview, overviewAfter)
			}
			if out, _, err := runCmd(t, env(map[string]string{"REDRESS_DB": s.Config.DB}), "audit", "verify"); err != nil || !strings.Contains(out, "intact") {
				t.Fatalf("audit verify: %v\n%s", err, out)
			}
		})
	}
}
