package main

import (
	"bytes"
	"encoding/csv"
	"net/http"
	"testing"
	"time"

	"github.com/redress-project/redress/repo/repotest"
)

// TestFiguresCountChinaToday puts the server's clock at 23:30 UTC, when China is already on
// the next day. What is filed and closed then belongs to China's date: the overview, its
// export, the case export and a report over a period ending that day all agree with the
// case list, and a period ending on the UTC date finds none of it.
func TestFiguresCountChinaToday(t *testing.T) {
	for _, d := range repotest.Dialects(t) {
		t.Run(d, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.DB, cfg.DataDir = mustFreshDemoURL(t, d), t.TempDir()
			cfg.ClockStart = time.Date(2026, 6, 15, 23, 30, 0, 0, time.UTC) // 2026-06-16 07:30 in China
			s := startServer(t, cfg)
			const today, utcDay = "2026-06-16", "2026-06-15"

			gz := s.login(t, "gz.mediator@redress.test")
			for i := range 3 {
				c := designComplaint()
				c["occurred_on"] = "2026-06-01"
				r := s.file(t, c)
				if i == 0 {
					gz.act(r.ID, map[string]any{"action": "accept"}).want(http.StatusOK)
					gz.act(r.ID, map[string]any{"action": "start_mediation"}).want(http.StatusOK)
					gz.act(r.ID, map[string]any{"action": "close", "outcome": "agreement", "agreement": map[string]string{"terms": "退款", "amount_recovered": "100.00"}}).want(http.StatusOK)
				}
			}

			sup := s.login(t, "gd.supervisor@redress.test")
			listed := func(from, to string) int {
				var page struct{ Items []struct{ ID int64 } }
				sup.do("GET", "/api/v1/cases?limit=100&from="+from+"&to="+to, nil).want(http.StatusOK).decode(&page)
				return len(page.Items)
			}
			if n := listed(today, today); n != 3 {
				t.Fatalf("cases received on %s: %d, want 3", today, n)
			}
			if n := listed(utcDay, utcDay); n != 0 {
				t.Fatalf("cases received on %s (the UTC date): %d, want 0", utcDay, n)
			}

			for _, period := range []string{"", "&to=" + today, "&from=" + today + "&to=" + today} {
				var o overviewDoc
				sup.do("GET", "/api/v1/stats/overview?association=GD&descendants=true"+period, nil).want(http.StatusOK).decode(&o)
				if o.Received != 3 || o.Closed != 1 || len(o.PerDay) != 1 || o.PerDay[0].Key != today {
					t.Fatalf("overview%s: received %d, closed %d, per day %+v", period, o.Received, o.Closed, o.PerDay)
				}
			}
			var before overviewDoc
			sup.do("GET", "/api/v1/stats/overview?association=GD&descendants=true&to="+utcDay, nil).want(http.StatusOK).decode(&before)
			if before.Received != 0 || before.Closed != 0 {
				t.Fatalf("overview to %s: received %d, closed %d, want none", utcDay, before.Received, before.Closed)
			}

			csvRows := func(path string) [][]string {
				res := sup.do("GET", path, nil).want(http.StatusOK)
				r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(res.Body, []byte("\ufeff"))))
				r.FieldsPerRecord = -1 // sheet after sheet, each as wide as it is
				rows, err := r.ReadAll()
				if err != nil {
					t.Fatal(err)
				}
				return rows
			}
			if rows := csvRows("/api/v1/cases/export?format=csv&from=" + today + "&to=" + today); len(rows) != 4 {
				t.Fatalf("case export for %s: %d rows, want a header and 3", today, len(rows))
			}
			summary := map[string]string{}
			for _, r := range csvRows("/api/v1/stats/export?format=csv&association=GD&descendants=true&to=" + today) {
				if len(r) == 2 {
					summary[r[0]] = r[1]
				}
			}
			if summary["received"] != "3" || summary["closed"] != "1" || summary["to"] != today {
				t.Fatalf("statistics export: %v", summary)
			}

			var report struct {
				Body struct {
					Figures struct{ Received, Closed int64 }
				}
			}
			sup.do("POST", "/api/v1/associations/GD/reports", map[string]any{"descendants": true, "from": "2026-06-01", "to": today,
				"topic": map[string]string{"kind": "tag", "code": "elderly_health"}}).want(http.StatusCreated).decode(&report)
			if f := report.Body.Figures; f.Received != 3 || f.Closed != 1 {
				t.Fatalf("report figures: %+v", f)
			}
		})
	}
}
