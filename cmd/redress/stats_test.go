package main

import (
	"net/http"
	"testing"

	"github.com/redress-project/redress/domain/text"
	"github.com/redress-project/redress/domain/text/texttest"
)

type overviewDoc struct {
	Association string
	Received    int64
	Accepted    int64
	Closed      int64
	Open        int64
	ByStatus    []struct {
		Key   string
		Count int64
	} `json:"by_status"`
	ByCategory []struct {
		Key   string
		Count int64
	} `json:"by_category"`
	ByTag []struct {
		Key   string
		Count int64
	} `json:"by_tag"`
	ByProvince []struct {
		Key   string
		Count int64
	} `json:"by_province"`
	PerDay []struct {
		Key   string
		Count int64
	} `json:"per_day"`
	PerMonth []struct {
		Key   string
		Count int64
	} `json:"per_month"`
	AcceptedInTimePct    *float64 `json:"accepted_in_time_pct"`
	MediationSuccessRate *float64 `json:"mediation_success_rate"`
	AmountInvolved       string   `json:"amount_involved"`
	AmountRecovered      string   `json:"amount_recovered"`
	SatisfactionAverage  *float64 `json:"satisfaction_average"`
	Workload             []struct {
		Name           string
		Open           int64
		ClosedInPeriod int64 `json:"closed_in_period"`
	}
}

func TestStatsOverview(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		gz := s.login(t, "gz.mediator@redress.test")
		for i := range 3 {
			r := s.file(t, designComplaint())
			if i == 0 {
				gz.act(r.ID, map[string]any{"action": "accept"}).want(http.StatusOK)
				gz.act(r.ID, map[string]any{"action": "start_mediation"}).want(http.StatusOK)
				gz.act(r.ID, map[string]any{"action": "close", "outcome": "agreement", "agreement": map[string]string{"terms": "退款", "amount_recovered": "1000.00"}}).want(http.StatusOK)
				s.anon(t).do("POST", "/api/v1/track/"+r.TrackingNumber+"/rating", map[string]any{"score": 4}, "X-Access-Code", r.AccessCode).want(http.StatusOK)
			}
		}
		sz := designComplaint()
		sz["consumer"].(map[string]any)["division_code"] = "440305"
		s.file(t, sz)
		bj := designComplaint()
		bj["consumer"].(map[string]any)["division_code"] = "110105"
		s.file(t, bj)

		var o overviewDoc
		sup := s.login(t, "gd.supervisor@redress.test")
		sup.do("GET", "/api/v1/stats/overview?association=GD&descendants=true", nil).want(http.StatusOK).decode(&o)
		if o.Received != 4 || o.Accepted != 1 || o.Closed != 1 || o.Open != 3 || o.AmountInvolved != "5196.00" || o.AmountRecovered != "1000.00" {
			t.Fatalf("GD with descendants: %+v", o)
		}
		if o.MediationSuccessRate == nil || *o.MediationSuccessRate != 1 || o.AcceptedInTimePct == nil || *o.AcceptedInTimePct != 100 ||
			o.SatisfactionAverage == nil || *o.SatisfactionAverage != 4 {
			t.Fatalf("rates: %+v", o)
		}
		if len(o.ByProvince) != 1 || o.ByProvince[0].Key != "440000" || len(o.ByTag) != 1 || o.ByTag[0].Count != 4 || len(o.PerDay) != 1 || len(o.PerMonth) != 1 {
			t.Fatalf("breakdowns: %+v", o)
		}
		if len(o.Workload) != 1 || o.Workload[0].ClosedInPeriod != 1 {
			t.Fatalf("workload: %+v", o.Workload)
		}
		sup.do("GET", "/api/v1/stats/overview?association=GD", nil).want(http.StatusOK).decode(&o)
		if o.Received != 1 {
			t.Fatalf("GD alone received %d, want the Shenzhen complaint only", o.Received)
		}
		sup.do("GET", "/api/v1/stats/overview?association=GD&descendants=true&from=2000-01-01&to=2000-12-31", nil).want(http.StatusOK).decode(&o)
		if o.Received != 0 {
			t.Fatalf("an empty period received %d", o.Received)
		}
		var national overviewDoc
		s.login(t, "cca.supervisor@redress.test").do("GET", "/api/v1/stats/overview?association=CCA&descendants=true", nil).want(http.StatusOK).decode(&national)
		if national.Received != 5 {
			t.Fatalf("national roll-up received %d, want 5", national.Received)
		}
		t.Run("ErrScope", func(t *testing.T) {
			s.login(t, "bj.supervisor@redress.test").do("GET", "/api/v1/stats/overview?association=GD&descendants=true", nil).problem(http.StatusForbidden, "forbidden")
			s.login(t, "gz.supervisor@redress.test").do("GET", "/api/v1/stats/overview?association=GD", nil).problem(http.StatusForbidden, "forbidden")
			s.login(t, "gz.mediator@redress.test").do("GET", "/api/v1/stats/overview?association=GD-GZ", nil).problem(http.StatusForbidden, "forbidden")
		})
		t.Run("ErrPeriod", func(t *testing.T) {
			sup.do("GET", "/api/v1/stats/overview?association=GD&from=2026-12-31&to=2026-01-01", nil).problem(http.StatusUnprocessableEntity, "invalid")
			sup.do("GET", "/api/v1/stats/overview?association=GD&from=yesterday", nil).problem(http.StatusUnprocessableEntity, "invalid")
			sup.do("GET", "/api/v1/stats/overview?association=NOPE", nil).problem(http.StatusNotFound, "not_found")
		})
	})
}

func TestStatsBusinessesAndAlerts(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		gz := s.login(t, "gz.mediator@redress.test")
		biz := s.login(t, "business@redress.test")
		// Twelve complaints this week against the demo business: a spike and a collective complaint.
		var pending []int64
		for i := range 12 {
			r := s.file(t, designComplaint())
			if i >= 2 {
				pending = append(pending, r.ID)
			} else {
				gz.act(r.ID, map[string]any{"action": "accept"}).want(http.StatusOK)
				gz.act(r.ID, map[string]any{"action": "start_mediation"}).want(http.StatusOK)
				biz.do("POST", "/api/v1/business/cases/"+itoa(r.ID)+"/answers", map[string]string{"body": "已退款"}).want(http.StatusCreated)
				gz.act(r.ID, map[string]any{"action": "close", "outcome": "business_remedied"}).want(http.StatusOK)
			}
		}
		other := designComplaint()
		other["business"] = map[string]any{"name": "另一家公司"}
		s.file(t, other)

		sup := s.login(t, "gd.supervisor@redress.test")
		var top struct {
			Items []struct {
				BusinessID               int64 `json:"business_id"`
				Name                     string
				Complaints, Answered     int64
				AnsweredShare            *float64 `json:"answered_share"`
				ResolutionRate           *float64 `json:"resolution_rate"`
				MedianFirstResponseHours *float64 `json:"median_first_response_hours"`
			}
		}
		sup.do("GET", "/api/v1/stats/businesses?association=GD&descendants=true", nil).want(http.StatusOK).decode(&top)
		if len(top.Items) != 2 || top.Items[0].Complaints != 12 || top.Items[0].Answered != 2 || top.Items[1].Complaints != 1 {
			t.Fatalf("top businesses = %+v", top.Items)
		}
		b := top.Items[0]
		if b.ResolutionRate == nil || *b.ResolutionRate != 1 || b.MedianFirstResponseHours == nil || *b.AnsweredShare <= 0.16 || *b.AnsweredShare >= 0.17 {
			t.Fatalf("responsiveness = %+v", b)
		}
		var alerts struct {
			Items []struct {
				Kind, Key, Explained string
				ThisWeek             int64 `json:"this_week"`
				Factor               float64
			}
		}
		sup.do("GET", "/api/v1/stats/alerts?association=GD&descendants=true", nil).want(http.StatusOK).decode(&alerts)
		kinds := map[string]bool{}
		for _, a := range alerts.Items {
			kinds[a.Kind+"/"+a.Key] = true
			if a.Explained == "" || a.ThisWeek < 10 {
				t.Errorf("alert %+v", a)
			}
		}
		if !kinds["category/health_products"] || !kinds["tag/elderly_health"] || !kinds["collective/"+itoa(top.Items[0].BusinessID)] {
			t.Fatalf("alerts = %+v", alerts.Items)
		}
		// The explanations are in the supervisor's language: Simplified Chinese for the demo
		// accounts, Traditional once they choose it.
		for _, l := range []text.Lang{text.ZhHans, text.ZhHant} {
			sup.do("PATCH", "/api/v1/me", map[string]string{"locale": string(l)}).want(http.StatusOK)
			sup.do("GET", "/api/v1/stats/alerts?association=GD&descendants=true", nil).want(http.StatusOK).decode(&alerts)
			for _, a := range alerts.Items {
				if err := texttest.Check(l, a.Explained); err != nil {
					t.Errorf("%s alert: %v", a.Kind, err)
				}
			}
		}
		t.Run("PublicReputation", func(t *testing.T) {
			pub := s.anon(t)
			var found struct {
				Items []struct {
					ID         int64
					Name       string
					Complaints int64 `json:"complaints_last_year"`
					Published  bool  `json:"figures_published"`
				}
			}
			// Public figures count the complaints accepted: 2 of 12 so far, too few to publish.
			pub.do("GET", "/api/v1/public/businesses?q=健康科技", nil).want(http.StatusOK).decode(&found)
			if len(found.Items) != 1 || found.Items[0].Complaints != 2 || found.Items[0].Published {
				t.Fatalf("search before acceptance = %+v", found.Items)
			}
			pub.do("GET", "/api/v1/public/businesses/"+itoa(found.Items[0].ID), nil).problem(http.StatusNotFound, "not_found")
			for _, id := range pending {
				gz.act(id, map[string]any{"action": "accept"}).want(http.StatusOK)
			}
			pub.do("GET", "/api/v1/public/businesses?q=健康科技", nil).want(http.StatusOK).decode(&found)
			if len(found.Items) != 1 || found.Items[0].Complaints != 12 || !found.Items[0].Published {
				t.Fatalf("search = %+v", found.Items)
			}
			var rep struct {
				Complaints    int64
				Answered      int64
				TopCategories []struct{ Key string } `json:"top_categories"`
			}
			pub.do("GET", "/api/v1/public/businesses/"+itoa(found.Items[0].ID), nil).want(http.StatusOK).decode(&rep)
			if rep.Complaints != 12 || rep.Answered != 2 || rep.TopCategories[0].Key != "health_products" {
				t.Fatalf("reputation = %+v", rep)
			}
			pub.do("GET", "/api/v1/public/businesses?q=另一家", nil).want(http.StatusOK).decode(&found)
			p := pub.do("GET", "/api/v1/public/businesses/"+itoa(found.Items[0].ID), nil).problem(http.StatusNotFound, "not_found")
			if p.Reason != "too_few_complaints" {
				t.Fatalf("reason = %q", p.Reason)
			}
			en := pub.do("GET", "/api/v1/public/businesses/"+itoa(found.Items[0].ID), nil, "Accept-Language", "en").localProblem(http.StatusNotFound)
			if en.Detail != "There are too few complaints about this business in the last year to publish figures (at least 10)." {
				t.Errorf("en detail = %q", en.Detail)
			}
			zh := pub.do("GET", "/api/v1/public/businesses/"+itoa(found.Items[0].ID), nil, "Accept-Language", "zh-CN").localProblem(http.StatusNotFound)
			if zh.Detail != "该商家近一年的投诉太少，暂不公布数据（至少需要 10 件）。" {
				t.Errorf("zh-Hans detail = %q", zh.Detail)
			}
			pub.do("GET", "/api/v1/public/businesses?q=x", nil).problem(http.StatusUnprocessableEntity, "invalid")
		})
		var none struct{ Items []any }
		s.login(t, "bj.supervisor@redress.test").do("GET", "/api/v1/stats/alerts?association=BJ", nil).want(http.StatusOK).decode(&none)
		if len(none.Items) != 0 {
			t.Fatalf("BJ has alerts from GD's complaints: %+v", none.Items)
		}
	})
}
