package main

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
)

func TestReports(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		// On the topic: 4 complaints not yet accepted against one business, 10 accepted against
		// a second and 9 against a third. Only the second reaches the public minimum of 10.
		gz := s.login(t, "gz.mediator@redress.test")
		for range 4 {
			s.file(t, designComplaint())
		}
		for i := range 19 {
			body := designComplaint()
			body["business"] = map[string]any{"name": "某某养生馆连锁有限公司"}
			if i >= 10 {
				body["business"] = map[string]any{"name": "某某保健品商贸有限公司"}
			}
			body["consumer"].(map[string]any)["mobile"] = fmt.Sprintf("139%08d", i)
			gz.act(s.file(t, body).ID, map[string]any{"action": "accept"}).want(http.StatusOK)
		}
		sup := s.login(t, "gd.supervisor@redress.test")
		var r struct {
			ID     int64
			Title  string
			Status string
			Body   struct {
				TopicNames map[string]string `json:"topic_names"`
				Figures    struct {
					Received int64
					Workload []any
				}
				Previous      struct{ Received int64 }
				TopIssues     []struct{ Key string } `json:"top_issues"`
				TopBusinesses []struct {
					Name       string
					Complaints int64
				} `json:"top_businesses"`
				Findings []map[string]string
				Tips     []map[string]string
			}
		}
		sup.do("POST", "/api/v1/associations/GD/reports", map[string]any{"descendants": true, "topic": map[string]string{"kind": "tag", "code": "elderly_health"}}).
			want(http.StatusCreated).decode(&r)
		b := r.Body
		if r.Status != "draft" || b.Figures.Received != 23 || b.Previous.Received != 0 || len(b.Figures.Workload) != 0 ||
			b.TopIssues[0].Key != "health_products" || !strings.Contains(r.Title, "老年人") {
			t.Fatalf("report = %+v", r)
		}
		if len(b.TopBusinesses) != 1 || b.TopBusinesses[0].Name != "某某养生馆连锁有限公司" || b.TopBusinesses[0].Complaints != 10 {
			t.Fatalf("the report names %+v, want only the business with 10 accepted complaints", b.TopBusinesses)
		}
		for _, f := range b.Findings {
			for _, text := range f {
				if strings.Contains(text, "某某健康科技") || strings.Contains(text, "某某保健品商贸") {
					t.Fatalf("a finding names a business below the minimum: %s", text)
				}
			}
		}
		if len(b.Findings) < 2 || !strings.Contains(b.Findings[0]["zh-Hans"], "23件") || b.Findings[0]["en"] == "" || b.Findings[0]["zh-Hant"] == "" {
			t.Fatalf("findings = %v", b.Findings)
		}
		if last := b.Findings[len(b.Findings)-1]; !strings.Contains(last["en"], "Guangdong") || !strings.Contains(last["zh-Hant"], "廣東省") {
			t.Fatalf("the region finding is not in each language: %v", last)
		}
		if len(b.Tips) < 2 || !strings.Contains(b.Tips[0]["zh-Hans"], "保健") {
			t.Fatalf("tips = %v", b.Tips)
		}
		pub := s.anon(t)
		pub.do("GET", "/api/v1/public/reports/"+itoa(r.ID), nil).problem(http.StatusNotFound, "not_found")
		s.login(t, "gd.mediator@redress.test").do("POST", "/api/v1/associations/GD/reports/"+itoa(r.ID)+"/publication", nil).problem(http.StatusForbidden, "forbidden")
		sup.do("POST", "/api/v1/associations/GD/reports/"+itoa(r.ID)+"/publication", nil).want(http.StatusOK)
		sup.do("POST", "/api/v1/associations/GD/reports/"+itoa(r.ID)+"/publication", nil).problem(http.StatusConflict, "conflict")
		pub.do("GET", "/api/v1/public/reports/"+itoa(r.ID), nil).want(http.StatusOK)
		var list struct{ Items []struct{ ID int64 } }
		pub.do("GET", "/api/v1/public/reports", nil).want(http.StatusOK).decode(&list)
		if len(list.Items) != 1 {
			t.Fatalf("public reports = %+v", list.Items)
		}
		s.login(t, "cca.supervisor@redress.test").do("GET", "/api/v1/associations/GD/reports/"+itoa(r.ID), nil).want(http.StatusOK)
		s.login(t, "bj.supervisor@redress.test").do("GET", "/api/v1/associations/GD/reports", nil).problem(http.StatusForbidden, "forbidden")
		sup.do("GET", "/api/v1/associations/GD-GZ/reports/"+itoa(r.ID), nil).problem(http.StatusNotFound, "not_found")
		p := sup.do("POST", "/api/v1/associations/GD/reports", map[string]any{"topic": map[string]string{"kind": "mood", "code": "x"}}).problem(http.StatusUnprocessableEntity, "invalid")
		if p.fields()[0] != "topic.kind" {
			t.Fatalf("fields = %v", p.fields())
		}
	})
}
