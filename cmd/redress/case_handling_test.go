package main

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/redress-project/redress/repo/repotest"
)

// mediate files the design complaint and brings it into mediation.
func mediate(t *testing.T, s *testServer) (receipt, *client) {
	t.Helper()
	r := s.file(t, designComplaint())
	gz := s.login(t, "gz.mediator@redress.test")
	gz.act(r.ID, map[string]any{"action": "accept"}).want(http.StatusOK)
	gz.act(r.ID, map[string]any{"action": "start_mediation"}).want(http.StatusOK)
	return r, gz
}

type agreementDoc struct {
	Case struct {
		Agreement *struct {
			Terms              string
			AmountRecovered    string     `json:"amount_recovered"`
			ConsumerAcceptedAt *time.Time `json:"consumer_accepted_at"`
			BusinessAcceptedAt *time.Time `json:"business_accepted_at"`
		}
	}
}

// TestAcceptedAgreementIsNotReplaced: once both parties accepted an agreement, closing
// with other terms, or proposing others, is refused; closing without a body keeps it with
// both acceptances.
func TestAcceptedAgreementIsNotReplaced(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		r, gz := mediate(t, s)
		path := fmt.Sprintf("/api/v1/cases/%d", r.ID)
		etag := func() string { return gz.do("GET", path, nil).want(http.StatusOK).Header.Get("ETag") }
		gz.do("PUT", path+"/agreement", map[string]string{"terms": "退款1299元", "amount_recovered": "1299.00"}, "If-Match", etag()).want(http.StatusOK)
		s.login(t, "business@redress.test").do("POST", fmt.Sprintf("/api/v1/business/cases/%d/agreement", r.ID), map[string]bool{"accept": true}).want(http.StatusOK)
		s.anon(t).do("POST", "/api/v1/track/"+r.TrackingNumber+"/agreement", map[string]bool{"accept": true}, "X-Access-Code", r.AccessCode).want(http.StatusOK)

		p := gz.act(r.ID, map[string]any{"action": "close", "outcome": "agreement", "agreement": map[string]string{"terms": "退款500元", "amount_recovered": "500.00"}}).
			problem(http.StatusConflict, "conflict")
		if p.Reason != "agreement_accepted" {
			t.Fatalf("reason = %q", p.Reason)
		}
		if p := gz.do("PUT", path+"/agreement", map[string]string{"terms": "退款500元"}, "If-Match", etag()).problem(http.StatusConflict, "conflict"); p.Reason != "agreement_settled" {
			t.Fatalf("reason = %q", p.Reason)
		}
		gz.act(r.ID, map[string]any{"action": "close", "outcome": "agreement"}).want(http.StatusOK)

		var d agreementDoc
		s.anon(t).do("GET", "/api/v1/track/"+r.TrackingNumber, nil, "X-Access-Code", r.AccessCode).want(http.StatusOK).decode(&d)
		a := d.Case.Agreement
		if a == nil || a.Terms != "退款1299元" || a.AmountRecovered != "1299.00" || a.ConsumerAcceptedAt == nil || a.BusinessAcceptedAt == nil {
			t.Fatalf("closed with %+v", a)
		}
	})
}

// TestSecondRatingIsRefused: a case is rated once; the first rating stands.
func TestSecondRatingIsRefused(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		r, gz := mediate(t, s)
		gz.act(r.ID, map[string]any{"action": "close", "outcome": "failed"}).want(http.StatusOK)
		rate := func(score int) *response {
			return s.anon(t).do("POST", "/api/v1/track/"+r.TrackingNumber+"/rating", map[string]any{"score": score}, "X-Access-Code", r.AccessCode)
		}
		rate(5).want(http.StatusOK)
		if p := rate(1).problem(http.StatusConflict, "conflict"); p.Reason != "already_rated" {
			t.Fatalf("reason = %q", p.Reason)
		}
		var d struct {
			Case struct{ Rating struct{ Score int } }
		}
		s.anon(t).do("GET", "/api/v1/track/"+r.TrackingNumber, nil, "X-Access-Code", r.AccessCode).want(http.StatusOK).decode(&d)
		if d.Case.Rating.Score != 5 {
			t.Fatalf("rating = %+v", d.Case.Rating)
		}
	})
}

// TestNoticesCarryReasonsInTheReadersWords: the rejection's explanation reaches the
// consumer, the transfer's reason the receiving association, and the business reads about
// the complaint against it, not about "your complaint".
func TestNoticesCarryReasonsInTheReadersWords(t *testing.T) {
	for _, d := range repotest.Dialects(t) {
		t.Run(d, func(t *testing.T) {
			s := mustOpenServerOn(t, mustFreshDemoURL(t, d), notifyingConfig(mustStartMailbox(t), nil))
			consumer := s.login(t, "consumer@redress.test")
			gz := s.login(t, "gz.mediator@redress.test")
			var rejected, moved, mediated receipt
			consumer.do("POST", "/api/v1/complaints", designComplaint()).want(http.StatusCreated).decode(&rejected)
			gz.act(rejected.ID, map[string]any{"action": "reject", "reason_code": "time_barred", "reason": "购买日期为2019年，已超过三年"}).want(http.StatusOK)
			consumer.do("POST", "/api/v1/complaints", designComplaint()).want(http.StatusCreated).decode(&moved)
			gz.act(moved.ID, map[string]any{"action": "transfer", "target_association": "BJ", "reason": "经营者住所地在北京"}).want(http.StatusOK)
			consumer.do("POST", "/api/v1/complaints", designComplaint()).want(http.StatusCreated).decode(&mediated)
			gz.act(mediated.ID, map[string]any{"action": "accept"}).want(http.StatusOK)
			gz.act(mediated.ID, map[string]any{"action": "start_mediation"}).want(http.StatusOK)
			s.settle(t)

			bodies := func(c *client, caseID int64) string {
				var page struct {
					Items []struct {
						CaseID int64 `json:"case_id"`
						Body   string
					}
				}
				c.do("GET", "/api/v1/notifications?limit=100", nil).want(http.StatusOK).decode(&page)
				var out []string
				for _, n := range page.Items {
					if n.CaseID == caseID {
						out = append(out, n.Body)
					}
				}
				return strings.Join(out, "\n---\n")
			}
			if b := bodies(consumer, rejected.ID); !strings.Contains(b, "购买日期为2019年，已超过三年") || !strings.Contains(b, "不予受理的理由") {
				t.Errorf("the consumer's notice of the rejection: %q", b)
			}
			if b := bodies(consumer, moved.ID); !strings.Contains(b, "经营者住所地在北京") {
				t.Errorf("the consumer's notice of the transfer: %q", b)
			}
			if b := bodies(s.login(t, "bj.supervisor@redress.test"), moved.ID); !strings.Contains(b, "经营者住所地在北京") {
				t.Errorf("the receiving association's notice: %q", b)
			}
			if b := bodies(s.login(t, "business@redress.test"), mediated.ID); b == "" || strings.Contains(b, "您在") || !strings.Contains(b, "贵方") {
				t.Errorf("the business's notice: %q", b)
			}
		})
	}
}
