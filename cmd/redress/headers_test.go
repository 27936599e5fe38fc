package main

import (
	"net/http"
	"strings"
	"testing"

	"github.com/redress-project/redress/repo"
	"github.com/redress-project/redress/repo/repotest"
)

// TestSecurityHeaders: every response carries the browser's security headers, answers
// with personal data are not cached, HSTS comes with --secure-cookies, and /metrics wants
// its token once one is set.
func TestSecurityHeaders(t *testing.T) {
	for _, d := range repotest.Dialects(t) {
		t.Run(d, func(t *testing.T) { testSecurityHeaders(t, d) })
	}
}

func testSecurityHeaders(t *testing.T, dialect string) {
	cfg := DefaultConfig()
	cfg.DB, cfg.DataDir = mustFreshDemoURL(t, dialect), t.TempDir()
	cfg.SecureCookies, cfg.MetricsToken = true, "scrape-secret"
	s := startServer(t, cfg)
	sup := s.login(t, "gd.supervisor@redress.test")

	for _, path := range []string{"/", "/console/cases", "/api/v1/cases", "/api/v1/public/case-studies", "/api/v1/nothing-here"} {
		h := sup.do("GET", path, nil).Header
		csp := h.Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || !strings.Contains(csp, "frame-ancestors 'none'") || strings.Contains(csp, "unsafe-eval") {
			t.Errorf("%s: Content-Security-Policy %q", path, csp)
		}
		for name, want := range map[string]string{
			"X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin",
			"Strict-Transport-Security": "max-age=31536000; includeSubDomains",
		} {
			if got := h.Get(name); got != want {
				t.Errorf("%s: %s = %q, want %q", path, name, got, want)
			}
		}
		if api := strings.HasPrefix(path, "/api/"); api != (h.Get("Cache-Control") == "no-store") {
			t.Errorf("%s: Cache-Control %q", path, h.Get("Cache-Control"))
		}
	}

	s.anon(t).do("GET", "/metrics", nil).problem(http.StatusUnauthorized, "unauthorized")
	s.anon(t).do("GET", "/metrics", nil, "Authorization", "Bearer wrong").problem(http.StatusUnauthorized, "unauthorized")
	if body := string(s.anon(t).do("GET", "/metrics", nil, "Authorization", "Bearer scrape-secret").want(http.StatusOK).Body); !strings.Contains(body, "redress_http_requests_total") {
		t.Fatal("the metrics are missing with the right token")
	}
}

// TestNoHSTSOnPlainHTTP: a development server on plain HTTP must not pin the browser to HTTPS.
func TestNoHSTSOnPlainHTTP(t *testing.T) {
	s := MustOpenServer(t, repo.SQLite)
	if h := s.anon(t).do("GET", "/", nil).Header; h.Get("Strict-Transport-Security") != "" || h.Get("Content-Security-Policy") == "" {
		t.Fatalf("headers: %v", h)
	}
}
