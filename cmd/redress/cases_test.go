package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/redress-project/redress/repo"
)

// designComplaint is the intake example of the design document.
func designComplaint() map[string]any {
	return map[string]any{
		"consumer": map[string]any{"name": "张伟", "mobile": "13800138000", "email": "zw@example.com",
			"id_number": "440106195803120048", "division_code": "440106", "age_band": "60+", "is_minor": false},
		"business": map[string]any{"name": "某某健康科技有限公司", "uscc": "91440101MA5CQ8KL31",
			"platform": "某直播平台", "division_code": "440106"},
		"category": "health_products", "tags": []string{"elderly_health"},
		"title": "保健品宣称治病", "narrative": "我父亲在直播间购买了某某牌保健品，主播宣称可以治疗高血压和糖尿病，服用一个月后毫无效果，商家拒绝退款。",
		"amount": "1299.00", "occurred_on": "2026-11-20", "desired_resolution": "refund", "consent_to_publish": true,
	}
}

type receipt struct {
	ID             int64
	TrackingNumber string `json:"tracking_number"`
	AccessCode     string `json:"access_code"`
	Status         string
	Association    struct{ Code string }
	AcceptanceDue  string `json:"acceptance_due"`
}

type caseDoc struct {
	ID            int64
	Status        string
	WaitingOn     string `json:"waiting_on"`
	Outcome       string
	Version       int64
	AcceptanceDue string  `json:"acceptance_due"`
	ResolutionDue *string `json:"resolution_due"`
	Association   struct{ Code string }
	Consumer      struct{ Name, Mobile string }
	Agreement     *struct {
		Terms           string
		AmountRecovered string `json:"amount_recovered"`
	}
	RejectReason *struct {
		Code  string
		Basis map[string]string
	} `json:"reject_reason"`
	BusinessRespondedAt *string `json:"business_responded_at"`
	PossibleDuplicateOf *int64  `json:"possible_duplicate_of"`
	AssigneeID          *int64  `json:"assignee_id"`
}

type trackDoc struct {
	Case   caseDoc
	Events []struct {
		Type       string
		Visibility string
		Payload    map[string]any
	}
}

func (s *testServer) file(t *testing.T, body map[string]any, headers ...string) receipt {
	t.Helper()
	var r receipt
	s.anon(t).do("POST", "/api/v1/complaints", body, headers...).want(http.StatusCreated).decode(&r)
	return r
}

func (c *client) track(r receipt) trackDoc {
	c.t.Helper()
	var d trackDoc
	c.do("GET", "/api/v1/track/"+r.TrackingNumber, nil, "X-Access-Code", r.AccessCode).want(http.StatusOK).decode(&d)
	return d
}

// act posts a transition with the case's current ETag and returns the updated case.
func (c *client) act(id int64, body map[string]any) *response {
	c.t.Helper()
	res := c.do("GET", fmt.Sprintf("/api/v1/cases/%d", id), nil).want(http.StatusOK)
	return c.do("POST", fmt.Sprintf("/api/v1/cases/%d/transitions", id), body, "If-Match", res.Header.Get("ETag"))
}

func (s *testServer) countCases(t *testing.T) int64 {
	var n int64
	if err := s.DB.Gorm.Table("cases").Count(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}

func TestComplaintLifecycle(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		r := s.file(t, designComplaint())
		if r.Association.Code != "GD-GZ" || r.Status != "submitted" || !strings.HasPrefix(r.TrackingNumber, "GZ-") || len(r.AccessCode) != 10 || r.AcceptanceDue == "" {
			t.Fatalf("receipt = %+v", r)
		}
		consumer := s.anon(t)
		gz := s.login(t, "gz.mediator@redress.test")
		bj := s.login(t, "bj.mediator@redress.test")
		path := fmt.Sprintf("/api/v1/cases/%d", r.ID)

		bj.do("GET", path, nil).problem(http.StatusNotFound, "not_found")
		bj.do("POST", path+"/transitions", map[string]string{"action": "accept"}, "If-Match", `"1"`).problem(http.StatusNotFound, "not_found")

		gz.do("POST", path+"/notes", map[string]string{"body": "内部：商家曾多次被投诉", "visibility": "internal"}).want(http.StatusCreated)
		gz.do("POST", path+"/notes", map[string]string{"body": "已联系商家，请耐心等待", "visibility": "parties"}).want(http.StatusCreated)

		steps := []struct {
			body   map[string]any
			status string
		}{
			{map[string]any{"action": "accept"}, "accepted"},
			{map[string]any{"action": "start_mediation"}, "in_mediation"},
			{map[string]any{"action": "close", "outcome": "agreement", "agreement": map[string]string{"terms": "商家全额退款", "amount_recovered": "1299.00"}}, "closed"},
		}
		for _, st := range steps {
			var c caseDoc
			gz.act(r.ID, st.body).want(http.StatusOK).decode(&c)
			if c.Status != st.status {
				t.Fatalf("after %v: status %s", st.body, c.Status)
			}
			d := consumer.track(r)
			if d.Case.Status != st.status || d.Events[len(d.Events)-1].Type != st.body["action"] {
				t.Fatalf("the consumer does not see %s: %+v", st.status, d.Case)
			}
		}
		d := consumer.track(r)
		if d.Case.Outcome != "agreement" || d.Case.Agreement == nil || d.Case.Agreement.AmountRecovered != "1299.00" {
			t.Fatalf("closed case = %+v", d.Case)
		}
		var types []string
		for _, e := range d.Events {
			types = append(types, e.Type)
			if e.Visibility == "internal" || strings.Contains(fmt.Sprint(e.Payload), "内部") {
				t.Fatalf("the consumer sees an internal event: %+v", e)
			}
		}
		if want := []string{"created", "message", "accept", "start_mediation", "close"}; !slices.Equal(types, want) {
			t.Fatalf("consumer timeline = %v, want %v", types, want)
		}
		var staff struct{ Items []struct{ Type string } }
		gz.do("GET", path+"/events", nil).want(http.StatusOK).decode(&staff)
		if len(staff.Items) != 6 || staff.Items[1].Type != "note" {
			t.Fatalf("staff timeline = %+v", staff.Items)
		}

		t.Run("RateAfterClosure", func(t *testing.T) {
			consumer.do("POST", "/api/v1/track/"+r.TrackingNumber+"/rating", map[string]any{"score": 5, "comment": "很满意"}, "X-Access-Code", r.AccessCode).want(http.StatusOK)
			consumer.do("POST", "/api/v1/track/"+r.TrackingNumber+"/rating", map[string]any{"score": 9}, "X-Access-Code", r.AccessCode).problem(http.StatusUnprocessableEntity, "invalid")
		})
		t.Run("AuditVerify", func(t *testing.T) {
			out, _, err := runCmd(t, env(map[string]string{"REDRESS_DB": s.Config.DB}), "audit", "verify")
			if err != nil || !strings.Contains(out, "intact") {
				t.Fatalf("audit verify: %v\n%s", err, out)
			}
			if err := s.DB.Gorm.Exec(`UPDATE case_events SET payload = ? WHERE case_id = ? AND seq = 3`, `{"from":"submitted","to":"closed"}`, r.ID).Error; err != nil {
				t.Fatal(err)
			}
			out, _, err = runCmd(t, env(map[string]string{"REDRESS_DB": s.Config.DB}), "audit", "verify")
			if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("case %d at event 3", r.ID)) {
				t.Fatalf("tampering went unnoticed: %v\n%s", err, out)
			}
		})
	})
}

func TestComplaintValidation(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		before := s.countCases(t)
		body := designComplaint()
		body["consumer"].(map[string]any)["mobile"] = "12345"
		body["consumer"].(map[string]any)["id_number"] = "440106195803120049"
		body["category"] = "spaceships"
		body["narrative"] = "太短了"
		p := s.anon(t).do("POST", "/api/v1/complaints", body).problem(http.StatusUnprocessableEntity, "invalid")
		want := []string{"consumer.mobile", "consumer.id_number", "category", "narrative"}
		if !slices.Equal(p.fields(), want) {
			t.Fatalf("fields = %v, want %v", p.fields(), want)
		}
		if after := s.countCases(t); after != before {
			t.Fatalf("cases %d -> %d after a 422", before, after)
		}
		t.Run("ErrEveryFieldChecked", func(t *testing.T) {
			body := designComplaint()
			body["consumer"].(map[string]any)["division_code"] = "449999"
			body["business"].(map[string]any)["uscc"] = "91440101MA5CQ8KL32"
			body["amount"] = "12.345"
			body["occurred_on"] = "2099-01-01"
			body["tags"] = []string{"nope"}
			body["language"] = "fr"
			p := s.anon(t).do("POST", "/api/v1/complaints", body).problem(http.StatusUnprocessableEntity, "invalid")
			want := []string{"consumer.division_code", "business.uscc", "tags[0]", "amount", "occurred_on", "language"}
			if !slices.Equal(p.fields(), want) {
				t.Fatalf("fields = %v, want %v", p.fields(), want)
			}
		})
		t.Run("ErrAmountNotAString", func(t *testing.T) {
			body := designComplaint()
			body["amount"] = 1299
			p := s.anon(t).do("POST", "/api/v1/complaints", body).problem(http.StatusBadRequest, "invalid")
			if !slices.Equal(p.fields(), []string{"amount"}) {
				t.Fatalf("fields = %v", p.fields())
			}
		})
		t.Run("OnlyRequiredFields", func(t *testing.T) {
			r := s.file(t, map[string]any{"consumer": map[string]any{"name": "李四", "mobile": "139 1234 5678", "division_code": "110105"},
				"business": map[string]any{"name": "北京某某培训学校"}, "category": "education_training",
				"title": "退费难", "narrative": "报名后课程未开课，机构拒绝退还学费一万二千元。"})
			if r.Association.Code != "BJ" || !strings.HasPrefix(r.TrackingNumber, "BJ-") {
				t.Fatalf("receipt = %+v", r)
			}
		})
		t.Run("UncoveredRegionGoesToRoot", func(t *testing.T) {
			body := designComplaint()
			body["consumer"].(map[string]any)["division_code"] = "510104"
			if r := s.file(t, body); r.Association.Code != "CCA" {
				t.Fatalf("association = %s", r.Association.Code)
			}
		})
	})
}

func TestConditionalRequests(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		r := s.file(t, designComplaint())
		gz := s.login(t, "gz.mediator@redress.test")
		path := fmt.Sprintf("/api/v1/cases/%d/transitions", r.ID)
		p := gz.act(r.ID, map[string]any{"action": "close", "outcome": "failed"}).problem(http.StatusConflict, "conflict")
		if p.Reason != "illegal_transition" {
			t.Fatalf("reason = %q", p.Reason)
		}
		gz.do("POST", path, map[string]string{"action": "accept"}).problem(http.StatusPreconditionRequired, "precondition_required")
		gz.do("POST", path, map[string]string{"action": "accept"}, "If-Match", `"1"`).want(http.StatusOK)
		p = gz.do("POST", path, map[string]string{"action": "start_mediation"}, "If-Match", `"1"`).problem(http.StatusPreconditionFailed, "precondition_failed")
		if p.Reason != "stale_version" {
			t.Fatalf("reason = %q", p.Reason)
		}
		gz.do("POST", path, map[string]string{"action": "start_mediation"}, "If-Match", `"2"`).want(http.StatusOK)
		t.Run("ErrUnknownAction", func(t *testing.T) {
			gz.act(r.ID, map[string]any{"action": "teleport"}).problem(http.StatusUnprocessableEntity, "invalid")
		})
	})
}

func TestIdempotency(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		before := s.countCases(t)
		c := s.anon(t)
		first := c.do("POST", "/api/v1/complaints", designComplaint(), "Idempotency-Key", "abc-123").want(http.StatusCreated)
		second := c.do("POST", "/api/v1/complaints", designComplaint(), "Idempotency-Key", "abc-123").want(http.StatusCreated)
		if !bytes.Equal(first.Body, second.Body) || second.Header.Get("Idempotent-Replayed") != "true" {
			t.Fatalf("replay differs:\n%s\n%s", first.Body, second.Body)
		}
		if after := s.countCases(t); after != before+1 {
			t.Fatalf("cases %d -> %d, want one more", before, after)
		}
		other := designComplaint()
		other["title"] = "另一件事"
		p := c.do("POST", "/api/v1/complaints", other, "Idempotency-Key", "abc-123").problem(http.StatusUnprocessableEntity, "invalid")
		if p.Reason != "idempotency_key_reused" {
			t.Fatalf("reason = %q", p.Reason)
		}
		t.Run("ErrInFlight", func(t *testing.T) {
			body, _ := json.Marshal(designComplaint())
			sum := sha256.Sum256(body)
			if err := s.DB.Gorm.Exec(`INSERT INTO idempotency_keys (key, request_hash, done, created_at) VALUES ('busy', ?, ?, ?)`, hex.EncodeToString(sum[:]), false, s.now()).Error; err != nil {
				t.Fatal(err)
			}
			c.do("POST", "/api/v1/complaints", designComplaint(), "Idempotency-Key", "busy").problem(http.StatusConflict, "conflict")
		})
		t.Run("DuplicateHint", func(t *testing.T) {
			var d caseDoc
			var rr receipt
			json.Unmarshal(first.Body, &rr)
			again := s.file(t, designComplaint())
			s.login(t, "gz.supervisor@redress.test").do("GET", fmt.Sprintf("/api/v1/cases/%d", again.ID), nil).want(http.StatusOK).decode(&d)
			if d.PossibleDuplicateOf == nil {
				t.Fatalf("no duplicate hint on %+v", d)
			}
		})
	})
}

func TestTracking(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		r := s.file(t, designComplaint())
		c := s.anon(t)
		wrong := c.do("GET", "/api/v1/track/"+r.TrackingNumber, nil, "X-Access-Code", "WRONGCODE1").problem(http.StatusNotFound, "not_found")
		unknown := c.do("GET", "/api/v1/track/GZ-2099-999999", nil, "X-Access-Code", r.AccessCode).problem(http.StatusNotFound, "not_found")
		if wrong.Reason != unknown.Reason || wrong.Type != unknown.Type {
			t.Fatal("a wrong access code is distinguishable from an unknown tracking number")
		}
		t.Run("ConsumerRepliesToRequestForInformation", func(t *testing.T) {
			gz := s.login(t, "gz.mediator@redress.test")
			var cd caseDoc
			gz.act(r.ID, map[string]any{"action": "request_information", "reason": "请补充购买凭证"}).want(http.StatusOK).decode(&cd)
			if cd.WaitingOn != "consumer" {
				t.Fatalf("waiting on %s", cd.WaitingOn)
			}
			c.do("POST", "/api/v1/track/"+r.TrackingNumber+"/messages", map[string]string{"body": "凭证已补充，见附件"}, "X-Access-Code", r.AccessCode).want(http.StatusCreated)
			if d := c.track(r); d.Case.WaitingOn != "none" || d.Events[len(d.Events)-1].Type != "supply_information" {
				t.Fatalf("after the reply: %+v", d.Case)
			}
		})
		t.Run("Withdraw", func(t *testing.T) {
			c.do("POST", "/api/v1/track/"+r.TrackingNumber+"/withdrawal", map[string]string{"reason": "已和商家协商解决"}, "X-Access-Code", r.AccessCode).want(http.StatusOK)
			if d := c.track(r); d.Case.Status != "closed" || d.Case.Outcome != "withdrawn" {
				t.Fatalf("after withdrawal: %+v", d.Case)
			}
		})
		t.Run("ErrGuessingIsRateLimited", func(t *testing.T) {
			g := s.anon(t)
			limited := false
			for range 15 {
				if res := g.do("GET", "/api/v1/track/"+r.TrackingNumber, nil, "X-Access-Code", "GUESS00000"); res.Status == http.StatusTooManyRequests {
					limited = true
					break
				}
			}
			if !limited {
				t.Fatal("15 wrong guesses were not rate-limited")
			}
		})
	})
}

func TestRejectShowsTheRule(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		r := s.file(t, designComplaint())
		gz := s.login(t, "gz.mediator@redress.test")
		gz.act(r.ID, map[string]any{"action": "reject"}).problem(http.StatusUnprocessableEntity, "invalid")
		gz.act(r.ID, map[string]any{"action": "reject", "reason_code": "time_barred"}).want(http.StatusOK)
		d := s.anon(t).track(r)
		if d.Case.Outcome != "not_accepted" || d.Case.RejectReason == nil || d.Case.RejectReason.Code != "time_barred" || d.Case.RejectReason.Basis["zh-Hans"] == "" {
			t.Fatalf("rejected case = %+v", d.Case)
		}
		t.Run("SupervisorReopens", func(t *testing.T) {
			gz.act(r.ID, map[string]any{"action": "reopen"}).problem(http.StatusForbidden, "forbidden")
			var c caseDoc
			s.login(t, "gz.supervisor@redress.test").act(r.ID, map[string]any{"action": "reopen", "reason": "有新证据"}).want(http.StatusOK).decode(&c)
			if c.Status != "in_mediation" || c.ResolutionDue == nil {
				t.Fatalf("reopened = %+v", c)
			}
		})
	})
}

func TestTransferAndAssignment(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		r := s.file(t, designComplaint())
		gz := s.login(t, "gz.mediator@redress.test")
		gzSup := s.login(t, "gz.supervisor@redress.test")
		var me struct{ ID int64 }
		gz.do("GET", "/api/v1/me", nil).decode(&me)
		path := fmt.Sprintf("/api/v1/cases/%d", r.ID)

		etagOf := func(c *client) string { return c.do("GET", path, nil).want(http.StatusOK).Header.Get("ETag") }
		gz.do("POST", path+"/assignment", map[string]any{"assignee_id": me.ID}, "If-Match", etagOf(gz)).want(http.StatusOK)
		// Another staff member of GD-GZ who is not the assignee and may not reassign.
		admin := s.login(t, "gz.admin@redress.test")
		admin.do("POST", "/api/v1/associations/GD-GZ/members", map[string]string{"email": "gz.mediator2@redress.test", "name": "第二调解员", "role": "mediator", "password": "second-mediator"}).want(http.StatusCreated)
		other := s.loginWith(t, "gz.mediator2@redress.test", "second-mediator")
		p := other.act(r.ID, map[string]any{"action": "accept"}).problem(http.StatusForbidden, "forbidden")
		if p.Reason != "assigned_to_other" {
			t.Fatalf("reason = %q", p.Reason)
		}
		other.do("POST", path+"/assignment", map[string]any{"assignee_id": 999}, "If-Match", etagOf(other)).problem(http.StatusForbidden, "forbidden")
		gzSup.do("POST", path+"/assignment", map[string]any{"assignee_id": 999999}, "If-Match", etagOf(gzSup)).problem(http.StatusUnprocessableEntity, "invalid")

		var list struct{ Items []caseDoc }
		gz.do("GET", fmt.Sprintf("/api/v1/cases?assignee=%d", me.ID), nil).want(http.StatusOK).decode(&list)
		if len(list.Items) != 1 || list.Items[0].ID != r.ID {
			t.Fatalf("my cases = %+v", list.Items)
		}

		gz.act(r.ID, map[string]any{"action": "transfer", "target_association": "BJ"}).want(http.StatusOK)
		gz.do("GET", path, nil).problem(http.StatusNotFound, "not_found")
		var c caseDoc
		s.login(t, "bj.mediator@redress.test").do("GET", path, nil).want(http.StatusOK).decode(&c)
		if c.Association.Code != "BJ" || c.Status != "submitted" || c.AssigneeID != nil {
			t.Fatalf("transferred case = %+v", c)
		}
		// The national supervisor reads every association's cases but works none of them.
		cca := s.login(t, "cca.supervisor@redress.test")
		cca.do("GET", path, nil).want(http.StatusOK)
		cca.act(r.ID, map[string]any{"action": "accept"}).problem(http.StatusForbidden, "forbidden")
	})
}

func TestInbox(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		var ids []int64
		for i := range 7 {
			body := designComplaint()
			body["title"] = fmt.Sprintf("投诉%d", i)
			if i%2 == 0 {
				body["category"], body["tags"] = "online_shopping", []string{"livestream"}
				body["title"] = fmt.Sprintf("羽绒服含绒量不符%d", i)
				body["narrative"] = "在直播间购买的羽绒服与描述严重不符，含绒量远低于宣传，要求退货退款。"
			}
			ids = append(ids, s.file(t, body).ID)
		}
		bjBody := designComplaint()
		bjBody["consumer"].(map[string]any)["division_code"] = "110105"
		s.file(t, bjBody)

		gz := s.login(t, "gz.mediator@redress.test")
		var seen []int64
		cursor := ""
		for pages := 0; ; pages++ {
			var page struct {
				Items      []caseDoc
				NextCursor string `json:"next_cursor"`
			}
			gz.do("GET", "/api/v1/cases?limit=3&cursor="+cursor, nil).want(http.StatusOK).decode(&page)
			for _, c := range page.Items {
				seen = append(seen, c.ID)
				if c.Association.Code != "GD-GZ" {
					t.Fatalf("a GD-GZ mediator lists a case of %s", c.Association.Code)
				}
			}
			if page.NextCursor == "" {
				break
			}
			cursor = page.NextCursor
			if pages > 5 {
				t.Fatal("pagination does not end")
			}
		}
		slices.Reverse(ids)
		if !slices.Equal(seen, ids) {
			t.Fatalf("pages = %v, want %v (newest first, each once)", seen, ids)
		}
		// A list leaves out the narratives; the case itself has its own.
		if res := gz.do("GET", "/api/v1/cases?limit=3", nil).want(http.StatusOK); strings.Contains(string(res.Body), `"narrative"`) {
			t.Fatalf("a list carries narratives: %.300s", res.Body)
		}
		var one struct{ Narrative string }
		gz.do("GET", fmt.Sprintf("/api/v1/cases/%d", ids[0]), nil).want(http.StatusOK).decode(&one)
		if one.Narrative == "" {
			t.Fatal("the case has no narrative")
		}
		// By due date, the cursor walks every case once too.
		byDue := map[int64]bool{}
		for cursor, pages := "", 0; pages == 0 || cursor != ""; pages++ {
			var page struct {
				Items      []caseDoc
				NextCursor string `json:"next_cursor"`
			}
			gz.do("GET", "/api/v1/cases?sort=due&limit=3&cursor="+cursor, nil).want(http.StatusOK).decode(&page)
			for _, c := range page.Items {
				if byDue[c.ID] {
					t.Fatalf("case %d on two pages by due date", c.ID)
				}
				byDue[c.ID] = true
			}
			if cursor = page.NextCursor; pages > 5 {
				t.Fatal("pagination by due date does not end")
			}
		}
		if len(byDue) != len(ids) {
			t.Fatalf("%d cases by due date, want %d", len(byDue), len(ids))
		}
		count := func(c *client, q string) int {
			var page struct{ Items []caseDoc }
			c.do("GET", "/api/v1/cases?"+q, nil).want(http.StatusOK).decode(&page)
			return len(page.Items)
		}
		for q, want := range map[string]int{"tag=livestream": 4, "category=health_products": 3, "q=羽绒服": 4, "status=submitted": 7,
			"status=closed": 0, "assignee=none": 7, "overdue=true": 0, "sort=due": 7, "from=2000-01-01&to=2000-12-31": 0} {
			if got := count(gz, q); got != want {
				t.Errorf("?%s: %d cases, want %d", q, got, want)
			}
		}
		if got := count(s.login(t, "gd.supervisor@redress.test"), ""); got != 7 {
			t.Errorf("GD supervisor sees %d cases, want the 7 of GD-GZ", got)
		}
		if got := count(s.login(t, "cca.supervisor@redress.test"), "limit=100"); got != 8 {
			t.Errorf("CCA supervisor sees %d cases, want all 8", got)
		}
		if got := count(s.login(t, "bj.mediator@redress.test"), ""); got != 1 {
			t.Errorf("BJ mediator sees %d cases, want 1", got)
		}
		gz.do("GET", "/api/v1/cases?status=lost", nil).problem(http.StatusUnprocessableEntity, "invalid")
		gz.do("GET", "/api/v1/cases?cursor=garbage", nil).problem(http.StatusUnprocessableEntity, "invalid")
		s.login(t, "consumer@redress.test").do("GET", "/api/v1/cases", nil).problem(http.StatusForbidden, "forbidden")
	})
}

func TestBusinessPortal(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		r := s.file(t, designComplaint())
		biz := s.login(t, "business@redress.test")
		var list struct{ Items []caseDoc }
		biz.do("GET", "/api/v1/business/cases", nil).want(http.StatusOK).decode(&list)
		if len(list.Items) != 1 || list.Items[0].ID != r.ID {
			t.Fatalf("business cases = %+v", list.Items)
		}
		if c := list.Items[0].Consumer; c.Mobile != "138****8000" || c.Name != "张*" {
			t.Fatalf("the business sees the consumer's details: %+v", c)
		}
		gz := s.login(t, "gz.mediator@redress.test")
		gz.do("POST", fmt.Sprintf("/api/v1/cases/%d/notes", r.ID), map[string]string{"body": "内部备注", "visibility": "internal"}).want(http.StatusCreated)
		gz.act(r.ID, map[string]any{"action": "accept"}).want(http.StatusOK)
		gz.act(r.ID, map[string]any{"action": "start_mediation"}).want(http.StatusOK)
		path := fmt.Sprintf("/api/v1/business/cases/%d", r.ID)
		biz.do("POST", path+"/answers", map[string]string{"body": "同意退款", "proposed_remedy": "退款1299元"}).want(http.StatusCreated)
		var d trackDoc
		biz.do("GET", path, nil).want(http.StatusOK).decode(&d)
		if d.Case.BusinessRespondedAt == nil || d.Case.WaitingOn != "none" {
			t.Fatalf("after the answer: %+v", d.Case)
		}
		for _, e := range d.Events {
			if e.Visibility == "internal" {
				t.Fatal("the business sees an internal note")
			}
		}
		if len(d.Events) < 4 {
			t.Fatalf("the business sees only %d events", len(d.Events))
		}
		res := gz.do("GET", fmt.Sprintf("/api/v1/cases/%d", r.ID), nil)
		gz.do("PUT", fmt.Sprintf("/api/v1/cases/%d/agreement", r.ID), map[string]string{"terms": "退款1299元", "amount_recovered": "1299.00"}, "If-Match", res.Header.Get("ETag")).want(http.StatusOK)
		biz.do("POST", path+"/agreement", map[string]bool{"accept": true}).want(http.StatusOK)
		s.anon(t).do("POST", "/api/v1/track/"+r.TrackingNumber+"/agreement", map[string]bool{"accept": true}, "X-Access-Code", r.AccessCode).want(http.StatusOK)
		gz.act(r.ID, map[string]any{"action": "close", "outcome": "agreement"}).want(http.StatusOK)
		if d := s.anon(t).track(r); d.Case.Agreement == nil || d.Case.Agreement.Terms != "退款1299元" {
			t.Fatalf("closed with %+v", d.Case.Agreement)
		}
		s.anon(t).do("POST", "/api/v1/track/"+r.TrackingNumber+"/rating", map[string]any{"score": 2, "comment": "商家太慢"}, "X-Access-Code", r.AccessCode).want(http.StatusOK)
		biz.do("GET", path, nil).want(http.StatusOK).decode(&d)
		for _, e := range d.Events {
			if e.Type == "rated" {
				t.Fatal("the business sees the consumer's rating of the association")
			}
		}
		t.Run("ErrOtherBusinessCase", func(t *testing.T) {
			body := designComplaint()
			body["business"] = map[string]any{"name": "另一家公司"}
			other := s.file(t, body)
			biz.do("GET", fmt.Sprintf("/api/v1/business/cases/%d", other.ID), nil).problem(http.StatusNotFound, "not_found")
			s.login(t, "gz.mediator@redress.test").do("GET", "/api/v1/business/cases", nil).problem(http.StatusForbidden, "forbidden")
		})
	})
}

func TestMyCases(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		consumer := s.login(t, "consumer@redress.test")
		var r receipt
		consumer.do("POST", "/api/v1/complaints", designComplaint()).want(http.StatusCreated).decode(&r)
		s.file(t, designComplaint()) // anonymous: not theirs
		var list struct{ Items []caseDoc }
		consumer.do("GET", "/api/v1/my/cases", nil).want(http.StatusOK).decode(&list)
		if len(list.Items) != 1 || list.Items[0].ID != r.ID {
			t.Fatalf("my cases = %+v", list.Items)
		}

		// The account stands in for the access code, on the consumer's own cases only.
		tn := "/api/v1/track/" + r.TrackingNumber
		var d trackDoc
		consumer.do("GET", tn, nil).want(http.StatusOK).decode(&d)
		if d.Case.ID != r.ID {
			t.Fatalf("tracked %d, want %d", d.Case.ID, r.ID)
		}
		consumer.do("POST", tn+"/messages", map[string]string{"body": "补充：商家客服电话无人接听。"}).want(http.StatusCreated)
		consumer.upload(fmt.Sprintf("/api/v1/complaints/%d/attachments", r.ID), "receipt.png", pngBytes(t)).want(http.StatusCreated)
		var atts struct{ Items []struct{ Filename string } }
		consumer.do("GET", tn+"/attachments", nil).want(http.StatusOK).decode(&atts)
		if len(atts.Items) != 1 || atts.Items[0].Filename != "receipt.png" {
			t.Fatalf("attachments = %+v", atts.Items)
		}
		other := s.file(t, designComplaint())
		consumer.do("GET", "/api/v1/track/"+other.TrackingNumber, nil).problem(http.StatusNotFound, "not_found")
		consumer.upload(fmt.Sprintf("/api/v1/complaints/%d/attachments", other.ID), "x.png", pngBytes(t)).problem(http.StatusNotFound, "not_found")
		s.anon(t).do("GET", tn, nil).problem(http.StatusNotFound, "not_found")
		s.anon(t).do("GET", tn+"/attachments", nil, "X-Access-Code", r.AccessCode).want(http.StatusOK)

		// Names beside IDs: who holds the case and the business's credit code.
		gz := s.login(t, "gz.mediator@redress.test")
		var me struct{ ID int64 }
		gz.do("GET", "/api/v1/me", nil).decode(&me)
		path := fmt.Sprintf("/api/v1/cases/%d", r.ID)
		etag := gz.do("GET", path, nil).want(http.StatusOK).Header.Get("ETag")
		gz.do("POST", path+"/assignment", map[string]any{"assignee_id": me.ID}, "If-Match", etag).want(http.StatusOK)
		var labeled struct {
			AssigneeName string `json:"assignee_name"`
			Business     struct{ USCC string }
		}
		gz.do("GET", path, nil).want(http.StatusOK).decode(&labeled)
		if labeled.AssigneeName == "" || labeled.Business.USCC != "91440101MA5CQ8KL31" {
			t.Fatalf("labels = %+v", labeled)
		}
		var page struct {
			Items []struct {
				ID           int64
				AssigneeName string `json:"assignee_name"`
			}
		}
		gz.do("GET", "/api/v1/cases?assignee="+itoa(me.ID), nil).want(http.StatusOK).decode(&page)
		if len(page.Items) != 1 || page.Items[0].AssigneeName != labeled.AssigneeName {
			t.Fatalf("inbox = %+v", page.Items)
		}
	})
}

func TestCalendarAndDeadlineRules(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		var y struct{ Holidays, Workdays []string }
		s.anon(t).do("GET", "/api/v1/calendar/2026", nil).want(http.StatusOK).decode(&y)
		if !slices.Contains(y.Holidays, "2026-10-01") || !slices.Contains(y.Workdays, "2026-02-14") {
			t.Fatalf("2026 = %+v", y)
		}
		admin := s.login(t, "platform.admin@redress.test")
		admin.do("PUT", "/api/v1/calendar/2027", map[string]any{"holidays": []string{"2027-01-01"}, "workdays": []string{"2027-01-04"}}).problem(http.StatusUnprocessableEntity, "invalid")
		admin.do("PUT", "/api/v1/calendar/2027", map[string]any{"holidays": []string{"2027-01-01", "2027-10-01"}, "workdays": []string{"2027-09-26"}}).want(http.StatusOK)
		s.login(t, "gd.admin@redress.test").do("PUT", "/api/v1/calendar/2027", map[string]any{"holidays": []string{}}).problem(http.StatusForbidden, "forbidden")

		gz := s.login(t, "gz.admin@redress.test")
		gz.do("PUT", "/api/v1/associations/GD-GZ/deadline-rules", map[string]any{"effective_from": "2026-01-01", "acceptance_days": 0, "mediation_days": 30, "business_response_days": 5}).
			problem(http.StatusUnprocessableEntity, "invalid")
		gz.do("PUT", "/api/v1/associations/GD-GZ/deadline-rules", map[string]any{"effective_from": "2026-01-01", "acceptance_days": 3, "mediation_days": 30, "business_response_days": 5, "basis": "本会规定"}).
			want(http.StatusOK)
		s.login(t, "gz.supervisor@redress.test").do("PUT", "/api/v1/associations/GD-GZ/deadline-rules", map[string]any{}).problem(http.StatusForbidden, "forbidden")
		r := s.file(t, designComplaint())
		today := s.now().In(chinaTime())
		want := s.calendarAdd(t, today, 3)
		if r.AcceptanceDue != want {
			t.Fatalf("acceptance due %s with a 3-day rule, want %s", r.AcceptanceDue, want)
		}
	})
}

// TestConcurrentTransitions races fifty transitions on one version of a case: exactly one
// wins, the others get 412.
func TestConcurrentTransitions(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		if s.DB.Dialect != repo.Postgres {
			t.Skip("the row-lock race is a PostgreSQL test; SQLite serializes writers")
		}
		r := s.file(t, designComplaint())
		gz := s.login(t, "gz.mediator@redress.test")
		path := fmt.Sprintf("/api/v1/cases/%d/transitions", r.ID)
		statuses := make([]int, 50)
		var wg sync.WaitGroup
		start := make(chan struct{})
		for i := range statuses {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				req, _ := http.NewRequestWithContext(context.Background(), "POST", s.URL+path, strings.NewReader(`{"action":"accept"}`))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("Authorization", "Bearer "+gz.token)
				req.Header.Set("If-Match", `"1"`)
				res, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Error(err)
					return
				}
				res.Body.Close()
				statuses[i] = res.StatusCode
			}()
		}
		close(start)
		wg.Wait()
		ok, stale := 0, 0
		for _, st := range statuses {
			switch st {
			case http.StatusOK:
				ok++
			case http.StatusPreconditionFailed:
				stale++
			}
		}
		if ok != 1 || stale != 49 {
			t.Fatalf("%d succeeded and %d got 412 (statuses %v); want 1 and 49", ok, stale, statuses)
		}
		var events struct{ Items []struct{ Type string } }
		gz.do("GET", fmt.Sprintf("/api/v1/cases/%d/events", r.ID), nil).want(http.StatusOK).decode(&events)
		if len(events.Items) != 2 {
			t.Fatalf("%d events, want created and one accept", len(events.Items))
		}
	})
}

// TestConcurrentIntakeNewBusiness files complaints against a business nobody named before,
// all at once: every one is accepted and they share one registry row.
func TestConcurrentIntakeNewBusiness(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		const n = 12
		ids := make([]int64, n)
		var wg sync.WaitGroup
		start := make(chan struct{})
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				body := designComplaint()
				body["business"].(map[string]any)["uscc"] = "91110108551385082Q"
				body["business"].(map[string]any)["name"] = "北京新开张科技有限公司"
				<-start
				var r receipt
				res := s.anon(t).do("POST", "/api/v1/complaints", body)
				if res.Status != http.StatusCreated {
					t.Errorf("complaint %d: status %d: %s", i, res.Status, res.Body)
					return
				}
				res.decode(&r)
				ids[i] = r.ID
			}()
		}
		close(start)
		wg.Wait()
		var businesses []int64
		if err := s.DB.Gorm.Raw("SELECT DISTINCT business_id FROM cases WHERE id IN ?", ids).Scan(&businesses).Error; err != nil {
			t.Fatal(err)
		}
		if len(businesses) != 1 {
			t.Fatalf("the %d complaints name %d businesses, want one", n, len(businesses))
		}
	})
}

// TestInboxSearch finds a caller's case the ways a mediator on the phone would look for it,
// and never a case outside the searcher's associations.
func TestInboxSearch(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		caller := func(name, mobile, business, division string) receipt {
			body := designComplaint()
			c := body["consumer"].(map[string]any)
			c["name"], c["mobile"], c["division_code"], c["id_number"] = name, mobile, division, ""
			body["business"] = map[string]any{"name": business, "division_code": "440305"}
			return s.file(t, body)
		}
		lina := caller("李娜", "13912345678", "深圳某某电器有限公司", "440106")   // GD-GZ
		other := caller("王芳", "13700005678", "广州另一家商贸有限公司", "440106") // GD-GZ, same last four
		bj := caller("李娜", "13912345678", "深圳某某电器有限公司", "110105")     // BJ
		if lina.Association.Code != "GD-GZ" || bj.Association.Code != "BJ" {
			t.Fatalf("filed in %s and %s", lina.Association.Code, bj.Association.Code)
		}
		found := func(c *client, q string) []int64 {
			var page struct{ Items []caseDoc }
			c.do("GET", "/api/v1/cases?q="+url.QueryEscape(q), nil).want(http.StatusOK).decode(&page)
			ids := []int64{}
			for _, it := range page.Items {
				ids = append(ids, it.ID)
			}
			return ids
		}
		gz := s.login(t, "gz.mediator@redress.test")
		serial := lina.TrackingNumber[len(lina.TrackingNumber)-6:] // GZ-2026-000123 -> 000123
		for q, want := range map[string][]int64{
			"13912345678":                        {lina.ID},
			"139 1234 5678":                      {lina.ID},
			"+8613912345678":                     {lina.ID},
			"李娜":                                 {lina.ID},
			"深圳某某电器":                             {lina.ID},
			"某某电器":                               {lina.ID},
			serial:                               {lina.ID},
			lina.TrackingNumber:                  {lina.ID},
			strings.ToLower(lina.TrackingNumber): {lina.ID},
			"5678 李娜":                            {lina.ID},
			"李娜 5678":                            {lina.ID},
			"5678 另一家":                           {other.ID},
			"5678 张三":                            {},
			"13912345678 王芳":                     {},
			"张三":                                 {},
			"电器":                                 {}, // a short word is a whole name
			"李":                                  {},
		} {
			if got := found(gz, q); !reflect.DeepEqual(got, want) {
				t.Errorf("q=%q: found %v, want %v", q, got, want)
			}
		}
		// Four digits alone do not search the mobiles: every consumer ending in 5678 would come.
		if got := found(gz, "5678"); len(got) != 0 {
			t.Errorf("q=5678 alone found %v", got)
		}
		// A BJ mediator finds the BJ case only; a GD supervisor (above GD-GZ) finds the GZ one.
		bjm := s.login(t, "bj.mediator@redress.test")
		if got := found(bjm, "13912345678"); !reflect.DeepEqual(got, []int64{bj.ID}) {
			t.Errorf("the BJ mediator found %v by the mobile, want only %d", got, bj.ID)
		}
		if got := found(bjm, "王芳"); len(got) != 0 {
			t.Errorf("the BJ mediator found the GZ case %v by its consumer's name", got)
		}
		if got := found(s.login(t, "gd.supervisor@redress.test"), "13912345678"); !reflect.DeepEqual(got, []int64{lina.ID}) {
			t.Errorf("the GD supervisor found %v by the mobile, want %d", got, lina.ID)
		}
	})
}
