package main

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// closeCase files a complaint and carries it to closure with an outcome; notes are
// written in it on the way.
func (s *testServer) closeCase(t *testing.T, c *client, body map[string]any, outcome string, notes ...string) receipt {
	t.Helper()
	r := s.file(t, body)
	s.carryToClosure(t, c, r, outcome, notes...)
	return r
}

// carryToClosure accepts, mediates and closes a filed complaint, writing notes on the way.
func (s *testServer) carryToClosure(t *testing.T, c *client, r receipt, outcome string, notes ...string) {
	t.Helper()
	for _, n := range notes {
		c.do("POST", fmt.Sprintf("/api/v1/cases/%d/notes", r.ID), map[string]string{"body": n, "visibility": "internal"}).want(http.StatusCreated)
	}
	c.act(r.ID, map[string]any{"action": "accept"}).want(http.StatusOK)
	c.act(r.ID, map[string]any{"action": "start_mediation"}).want(http.StatusOK)
	tr := map[string]any{"action": "close", "outcome": outcome}
	if outcome == "agreement" {
		tr["agreement"] = map[string]string{"terms": "退款", "amount_recovered": "1000.00"}
	}
	c.act(r.ID, tr).want(http.StatusOK)
}

type studyDoc struct {
	ID          int64
	Slug        string
	Status      string
	Title       string
	Narrative   string
	K, L        int
	NeedsReview bool `json:"needs_review"`
	Version     int64
	Spans       []struct{ Type, Text string }
	Facts       struct {
		RegionCode string `json:"region_code"`
		RegionName string `json:"region_name"`
		Period     string
		AmountBand string `json:"amount_band"`
		Outcome    string
	}
}

func (c *client) studyAct(id int64, action string) *response {
	c.t.Helper()
	res := c.do("GET", fmt.Sprintf("/api/v1/case-studies/%d", id), nil).want(http.StatusOK)
	return c.do("POST", fmt.Sprintf("/api/v1/case-studies/%d/transitions", id), map[string]string{"action": action}, "If-Match", res.Header.Get("ETag"))
}

func TestCaseStudies(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		gz := s.login(t, "gz.mediator@redress.test")
		sup := s.login(t, "gz.supervisor@redress.test")
		// A class of similar closed cases for the facts to hide in.
		for i := range 12 {
			outcome := "agreement"
			if i%3 == 0 {
				outcome = "failed"
			}
			body := designComplaint()
			body["consumer"].(map[string]any)["mobile"] = fmt.Sprintf("139%08d", i)
			s.closeCase(t, gz, body, outcome)
		}
		body := designComplaint()
		body["narrative"] = "我叫张伟，住在广州市天河区体育西路123号3栋1201室，身份证号440106195803120048，电话13800138000。" +
			"我父亲在直播间购买了某某牌保健品，主播宣称可以治疗高血压，服用一个月后毫无效果，商家拒绝退款。"
		// A note names the shop's manager and a colleague (in Traditional characters): people
		// known to the case, whom no published text may name, cue word or not.
		// The receipt's file name holds a mobile number.
		target := s.file(t, body)
		s.anon(t).upload(fmt.Sprintf("/api/v1/complaints/%d/attachments", target.ID), "收据13712345678.png", pngBytes(t),
			"X-Access-Code", target.AccessCode).want(http.StatusCreated)
		s.carryToClosure(t, gz, target, "agreement", "已电话联系店长王建国，店長陳志明也在場。")

		var st studyDoc
		ofCase := fmt.Sprintf("/api/v1/cases/%d/case-study", target.ID)
		gz.do("GET", ofCase, nil).want(http.StatusNoContent)
		gz.do("POST", ofCase, nil).want(http.StatusCreated).decode(&st)
		var found studyDoc
		s.login(t, "gd.supervisor@redress.test").do("GET", ofCase, nil).want(http.StatusOK).decode(&found)
		if found.ID != st.ID {
			t.Fatalf("the case's study is %d, want %d", found.ID, st.ID)
		}
		s.login(t, "bj.supervisor@redress.test").do("GET", ofCase, nil).problem(http.StatusNotFound, "not_found")
		for _, secret := range []string{"张伟", "13800138000", "440106195803120048", "体育西路", "1201"} {
			if strings.Contains(st.Narrative, secret) {
				t.Fatalf("the draft still contains %q: %s", secret, st.Narrative)
			}
		}
		if st.K < 5 || st.L < 2 || st.NeedsReview || st.Facts.Outcome != "agreement" || st.Facts.RegionName == "" {
			t.Fatalf("facts not k-anonymous: %+v", st)
		}
		if len(st.Spans) < 4 {
			t.Fatalf("spans = %+v", st.Spans)
		}
		gz.do("POST", fmt.Sprintf("/api/v1/cases/%d/case-study", target.ID), nil).problem(http.StatusConflict, "conflict")

		t.Run("ErrMobileTypedBack", func(t *testing.T) {
			res := gz.do("GET", fmt.Sprintf("/api/v1/case-studies/%d", st.ID), nil)
			gz.do("PATCH", fmt.Sprintf("/api/v1/case-studies/%d", st.ID), map[string]string{"narrative": st.Narrative + "如有疑问请致电138 0013 8000。"},
				"If-Match", res.Header.Get("ETag")).want(http.StatusOK)
			gz.studyAct(st.ID, "submit").want(http.StatusOK)
			gz.studyAct(st.ID, "approve").problem(http.StatusForbidden, "forbidden")
			p := sup.studyAct(st.ID, "approve").problem(http.StatusUnprocessableEntity, "invalid")
			if p.Reason != "personal_data_found" || p.Errors[0].Code != "personal_data_mobile" || p.Errors[0].Span == nil || p.Errors[0].Span.Text != "138 0013 8000" {
				t.Fatalf("problem = %+v", p)
			}
			sup.studyAct(st.ID, "return").want(http.StatusOK)
			res = gz.do("GET", fmt.Sprintf("/api/v1/case-studies/%d", st.ID), nil)
			gz.do("PATCH", fmt.Sprintf("/api/v1/case-studies/%d", st.ID), map[string]string{"narrative": st.Narrative},
				"If-Match", res.Header.Get("ETag")).want(http.StatusOK)
		})
		// A third person's name, mobile in Chinese numerals and resident ID added by an edit:
		// approval is refused with each span, and so is publication of a text approved before.
		refused := func(t *testing.T, action, narrative string, want map[string]string) {
			t.Helper()
			p := sup.studyAct(st.ID, action).problem(http.StatusUnprocessableEntity, "invalid")
			got := map[string]string{}
			for _, e := range p.Errors {
				if e.Span == nil || e.Field != "narrative" || narrative[e.Span.Start:e.Span.End] != e.Span.Text {
					t.Fatalf("finding without its span in the narrative: %+v", e)
				}
				got[e.Span.Text] = e.Code
			}
			for text, code := range want {
				if got[text] != code {
					t.Errorf("%s: %q found as %q, want %q (all: %v)", action, text, got[text], code, got)
				}
			}
		}
		edited := func(t *testing.T, added string, want map[string]string) {
			narrative := st.Narrative + added
			res := gz.do("GET", fmt.Sprintf("/api/v1/case-studies/%d", st.ID), nil)
			gz.do("PATCH", fmt.Sprintf("/api/v1/case-studies/%d", st.ID), map[string]string{"narrative": narrative},
				"If-Match", res.Header.Get("ETag")).want(http.StatusOK)
			gz.studyAct(st.ID, "submit").want(http.StatusOK)
			refused(t, "approve", narrative, want)
			// Approved as an older check would have: publication reads the text again.
			if err := s.DB.Gorm.Exec("UPDATE case_studies SET status = 'approved' WHERE id = ?", st.ID).Error; err != nil {
				t.Fatal(err)
			}
			refused(t, "publish", narrative, want)
			sup.studyAct(st.ID, "return").want(http.StatusOK)
			res = gz.do("GET", fmt.Sprintf("/api/v1/case-studies/%d", st.ID), nil)
			gz.do("PATCH", fmt.Sprintf("/api/v1/case-studies/%d", st.ID), map[string]string{"narrative": st.Narrative},
				"If-Match", res.Header.Get("ETag")).want(http.StatusOK)
		}
		t.Run("ErrThirdPersonAdded", func(t *testing.T) {
			edited(t, "王建国让我先付定金，他的电话一三九五六二七三六七四，身份证号110105199003074237。", map[string]string{
				"王建国": "personal_data_name", "一三九五六二七三六七四": "personal_data_mobile", "110105199003074237": "personal_data_id_number"})
		})
		t.Run("ErrNumberFromAnAttachmentsName", func(t *testing.T) {
			edited(t, "对方回电1371 2345 678。", map[string]string{"1371 2345 678": "personal_data_mobile"})
		})
		t.Run("ErrTraditionalName", func(t *testing.T) {
			edited(t, "陳志明說會退款。", map[string]string{"陳志明": "personal_data_name"})
		})
		t.Run("ErrNameNobodyKnew", func(t *testing.T) {
			// Names the case never mentioned, with no cue word: the anonymizer's own findings.
			edited(t, "邹凯和卢俊是这家店的合伙人。", map[string]string{"邹凯": "personal_data_name", "卢俊": "personal_data_name"})
		})
		gz.studyAct(st.ID, "submit").want(http.StatusOK)
		sup.studyAct(st.ID, "approve").want(http.StatusOK)
		sup.studyAct(st.ID, "publish").want(http.StatusOK)

		pub := s.anon(t)
		var page struct {
			Items []struct{ Slug, Narrative string }
			Total int64
		}
		pub.do("GET", "/api/v1/public/case-studies?q=保健品", nil).want(http.StatusOK).decode(&page)
		if page.Total != 1 || page.Items[0].Slug != st.Slug {
			t.Fatalf("search = %+v", page)
		}
		pub.do("GET", "/api/v1/public/case-studies?q=羽绒服", nil).want(http.StatusOK).decode(&page)
		if page.Total != 0 {
			t.Fatalf("a search for an absent word found %d", page.Total)
		}
		res := pub.do("GET", "/api/v1/public/case-studies/"+st.Slug, nil).want(http.StatusOK)
		if strings.Contains(string(res.Body), `"case_id"`) || strings.Contains(string(res.Body), target.TrackingNumber) {
			t.Fatalf("the public study exposes its source: %s", res.Body)
		}
		feed := string(pub.do("GET", "/feeds/case-studies.atom", nil).want(http.StatusOK).Body)
		if !strings.Contains(feed, "urn:redress:case-study:"+st.Slug) {
			t.Fatalf("feed = %s", feed)
		}
		// Every association's staff read it.
		s.login(t, "bj.mediator@redress.test").do("GET", fmt.Sprintf("/api/v1/case-studies/%d", st.ID), nil).want(http.StatusOK)

		t.Run("SimilarForAnOpenCase", func(t *testing.T) {
			open := s.file(t, designComplaint())
			var sim struct{ Items []struct{ Slug string } }
			gz.do("GET", fmt.Sprintf("/api/v1/cases/%d/similar", open.ID), nil).want(http.StatusOK).decode(&sim)
			if len(sim.Items) == 0 || sim.Items[0].Slug != st.Slug {
				t.Fatalf("similar = %+v", sim.Items)
			}
		})
		t.Run("ConsentWithdrawnTakesItDown", func(t *testing.T) {
			pub.do("POST", "/api/v1/track/"+target.TrackingNumber+"/consent", map[string]bool{"consent": false}, "X-Access-Code", target.AccessCode).want(http.StatusOK)
			pub.do("GET", "/api/v1/public/case-studies/"+st.Slug, nil).problem(http.StatusNotFound, "not_found")
			pub.do("GET", "/api/v1/public/case-studies?q=保健品", nil).want(http.StatusOK).decode(&page)
			if page.Total != 0 {
				t.Fatal("a withdrawn study is still found")
			}
		})
		t.Run("ErrNoConsent", func(t *testing.T) {
			body := designComplaint()
			body["consent_to_publish"] = false
			r := s.closeCase(t, gz, body, "failed")
			p := gz.do("POST", fmt.Sprintf("/api/v1/cases/%d/case-study", r.ID), nil).problem(http.StatusConflict, "conflict")
			if p.Reason != "no_consent" {
				t.Fatalf("reason = %s", p.Reason)
			}
		})
		t.Run("Tips", func(t *testing.T) {
			s.login(t, "gd.supervisor@redress.test").do("POST", "/api/v1/associations/GD/tips",
				map[string]any{"title": "警惕保健品营销", "body": "保健品不是药。", "tag": "elderly_health"}).want(http.StatusCreated)
			var tips struct{ Items []struct{ Title string } }
			pub.do("GET", "/api/v1/public/tips?tag=elderly_health", nil).want(http.StatusOK).decode(&tips)
			if len(tips.Items) != 1 {
				t.Fatalf("tips = %+v", tips.Items)
			}
		})
	})
}
