package main

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/redress-project/redress/domain/text"
	"github.com/redress-project/redress/domain/text/texttest"
)

// localProblem is a problem document's human parts.
type localProblem struct {
	Title, Detail, Code, Reason string
	Errors                      []struct{ Field, Code, Message string }
}

func (r *response) localProblem(status int) localProblem {
	r.t.Helper()
	r.want(status)
	var p localProblem
	if err := json.Unmarshal(r.Body, &p); err != nil {
		r.t.Fatal(err)
	}
	return p
}

// checkLang asserts that every human text of a problem is in l.
func checkLang(t *testing.T, l text.Lang, p localProblem) {
	t.Helper()
	texts := []string{p.Title, p.Detail}
	for _, e := range p.Errors {
		texts = append(texts, e.Message)
	}
	for _, s := range texts {
		if err := texttest.Check(l, s); err != nil {
			t.Errorf("%s problem %+v: %v", l, p, err)
		}
	}
}

// TestProblemDetailsInTheReadersLanguage: a problem's title, detail and field messages
// come in the language of the Accept-Language header, or of the signed-in account, whose
// language wins; the machine code stays the same.
func TestProblemDetailsInTheReadersLanguage(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		anon := s.anon(t)
		for header, want := range map[string]text.Lang{
			"": text.ZhHans, "zh-CN,zh;q=0.9": text.ZhHans, "zh-TW": text.ZhHant, "zh-HK,en;q=0.5": text.ZhHant,
			"en-US,en;q=0.9": text.En, "de-DE": text.ZhHans,
		} {
			p := anon.do("GET", "/api/v1/cases", nil, "Accept-Language", header).localProblem(http.StatusUnauthorized)
			if p.Code != "unauthorized" || p.Reason != "login_required" {
				t.Errorf("%q: %+v", header, p)
			}
			checkLang(t, want, p)
		}
		bad := designComplaint()
		bad["consumer"] = map[string]any{"name": "张伟", "mobile": "1234", "division_code": "44010"}
		for header, want := range map[string]text.Lang{"zh-Hant": text.ZhHant, "en": text.En, "zh": text.ZhHans} {
			p := anon.do("POST", "/api/v1/complaints", bad, "Accept-Language", header).localProblem(http.StatusUnprocessableEntity)
			if p.Code != "invalid" || len(p.Errors) < 2 {
				t.Fatalf("%q: %+v", header, p)
			}
			checkLang(t, want, p)
		}
		if p := anon.do("GET", "/api/v1/public/case-studies/no-such-slug", nil, "Accept-Language", "zh-TW").localProblem(http.StatusNotFound); p.Detail != "案例不存在。" {
			t.Errorf("zh-TW detail = %q", p.Detail)
		}

		// The demo mediator reads Simplified Chinese, whatever the header says, until they
		// choose English.
		med := s.login(t, "bj.mediator@redress.test")
		p := med.do("GET", "/api/v1/cases/999999999", nil, "Accept-Language", "en").localProblem(http.StatusNotFound)
		checkLang(t, text.ZhHans, p)
		checkLang(t, text.ZhHans, med.do("PATCH", "/api/v1/me", map[string]string{"locale": "klingon"}, "Accept-Language", "zh-TW").localProblem(http.StatusUnprocessableEntity))
		var me struct{ Locale string }
		med.do("PATCH", "/api/v1/me", map[string]string{"locale": "en"}).want(http.StatusOK).decode(&me)
		if me.Locale != "en" {
			t.Fatalf("locale = %q", me.Locale)
		}
		p = med.do("GET", "/api/v1/cases/999999999", nil, "Accept-Language", "zh-CN").localProblem(http.StatusNotFound)
		checkLang(t, text.En, p)
		if p.Detail != "There is no such case." || p.Title != "Not found" {
			t.Errorf("en problem = %+v", p)
		}
	})
}
