package main

import (
	"net/http"
	"strconv"
	"testing"

	"github.com/redress-project/redress/repo"
	"github.com/redress-project/redress/repo/repotest"
)

// TestRateLimits: anonymous intake is limited per address and per consumer mobile, and
// tracking per address, with 429 and Retry-After; staff are not limited; on PostgreSQL a
// second instance shares the counts.
func TestRateLimits(t *testing.T) {
	for _, d := range repotest.Dialects(t) {
		t.Run(d, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.DB, cfg.DataDir = mustFreshDemoURL(t, d), t.TempDir()
			cfg.RateLimits = "intake=3/1h,intake-mobile=2/24h,track=5/1h"
			s := startServer(t, cfg)
			withMobile := func(m string) map[string]any {
				c := designComplaint()
				c["consumer"].(map[string]any)["mobile"] = m
				return c
			}
			limited := func(res *response) {
				t.Helper()
				res.problem(http.StatusTooManyRequests, "rate_limited")
				if n, err := strconv.Atoi(res.Header.Get("Retry-After")); err != nil || n < 1 {
					t.Fatalf("Retry-After = %q", res.Header.Get("Retry-After"))
				}
			}
			r := s.file(t, withMobile("13800138000"))
			for range 5 { // right numbers and codes: the limit is on requests, not on guesses
				s.anon(t).do("GET", "/api/v1/track/"+r.TrackingNumber, nil, "X-Access-Code", r.AccessCode).want(http.StatusOK)
			}
			limited(s.anon(t).do("GET", "/api/v1/track/"+r.TrackingNumber, nil, "X-Access-Code", r.AccessCode))

			s.file(t, withMobile("138 0013 8000")) // the same mobile, written otherwise
			limited(s.anon(t).do("POST", "/api/v1/complaints", withMobile("+86 13800138000")))
			limited(s.anon(t).do("POST", "/api/v1/complaints", withMobile("13900139000"))) // the address's fourth
			staff := s.login(t, "gz.mediator@redress.test")
			staff.do("POST", "/api/v1/complaints", withMobile("13700137000")).want(http.StatusCreated)

			if d == repo.Postgres {
				other := startServer(t, s.Config)
				limited(other.anon(t).do("POST", "/api/v1/complaints", withMobile("13600136000")))
			}
		})
	}
}

// TestRateLimitsConfig: a malformed limit stops the program naming the setting.
func TestRateLimitsConfig(t *testing.T) {
	for _, bad := range []string{"intake=20", "intake=x/1h", "nothing=1/1h", "intake=0/1h", "intake=5/1ms"} {
		cfg := DefaultConfig()
		cfg.RateLimits = bad
		if err := cfg.Validate(); err == nil {
			t.Errorf("--rate-limits %q was accepted", bad)
		}
	}
	for _, good := range []string{"off", "", "intake=20/1h", defaultRateLimits} {
		cfg := DefaultConfig()
		cfg.RateLimits = good
		if err := cfg.Validate(); err != nil {
			t.Errorf("--rate-limits %q: %v", good, err)
		}
	}
}
