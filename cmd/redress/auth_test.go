package main

import (
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestOperations(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		c := s.anon(t)
		t.Run("Health", func(t *testing.T) {
			c.do("GET", "/healthz", nil).want(http.StatusOK)
			c.do("GET", "/readyz", nil).want(http.StatusOK)
		})
		t.Run("RequestID", func(t *testing.T) {
			res := c.do("GET", "/healthz", nil, "X-Request-ID", "trace-123")
			if got := res.Header.Get("X-Request-ID"); got != "trace-123" {
				t.Fatalf("X-Request-ID = %q", got)
			}
			res = c.do("GET", "/healthz", nil, "X-Request-ID", "bad id with spaces")
			if got := res.Header.Get("X-Request-ID"); got == "" || strings.Contains(got, " ") {
				t.Fatalf("a bad request ID was echoed: %q", got)
			}
		})
		t.Run("Metrics", func(t *testing.T) {
			c.do("GET", "/api/v1/associations", nil).want(http.StatusOK)
			body := string(c.do("GET", "/metrics", nil).want(http.StatusOK).Body)
			for _, want := range []string{
				`redress_http_requests_total{method="GET",route="/api/v1/associations",status="200"}`,
				`redress_http_request_duration_seconds_bucket{method="GET",route="/api/v1/associations"`,
				"go_goroutines",
			} {
				if !strings.Contains(body, want) {
					t.Errorf("metrics lack %s", want)
				}
			}
		})
		t.Run("ErrUnknownAPIRoute", func(t *testing.T) {
			c.do("GET", "/api/v1/nothing-here", nil).problem(http.StatusNotFound, "not_found")
		})
		t.Run("ErrMethodNotAllowed", func(t *testing.T) {
			c.do("PUT", "/api/v1/me", "{}").problem(http.StatusMethodNotAllowed, "invalid")
		})
		t.Run("WebApp", func(t *testing.T) {
			for _, path := range []string{"/", "/console/cases/42"} {
				res := c.do("GET", path, nil).want(http.StatusOK)
				if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") || !strings.Contains(string(res.Body), "<html") {
					t.Fatalf("GET %s: %s, %.80s", path, ct, res.Body)
				}
			}
		})
	})
}

func TestLogin(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		t.Run("MeListsMembership", func(t *testing.T) {
			c := s.login(t, "bj.mediator@redress.test")
			var me struct {
				Email       string
				Kind        string
				Memberships []struct {
					Association struct{ Code string }
					Role        string
				}
			}
			c.do("GET", "/api/v1/me", nil).want(http.StatusOK).decode(&me)
			if me.Email != "bj.mediator@redress.test" || me.Kind != "staff" || len(me.Memberships) != 1 ||
				me.Memberships[0].Association.Code != "BJ" || me.Memberships[0].Role != "mediator" {
				t.Fatalf("me = %+v", me)
			}
		})
		t.Run("CookieAttributes", func(t *testing.T) {
			res := s.anon(t).do("POST", "/api/v1/auth/login", map[string]string{"email": "gd.admin@redress.test", "password": "redress-demo"})
			res.want(http.StatusOK)
			var session, csrf *http.Cookie
			for _, ck := range (&http.Response{Header: res.Header}).Cookies() {
				switch ck.Name {
				case "redress_session":
					session = ck
				case "redress_csrf":
					csrf = ck
				}
			}
			if session == nil || !session.HttpOnly || session.SameSite != http.SameSiteLaxMode || session.MaxAge <= 0 {
				t.Fatalf("session cookie = %+v", session)
			}
			if csrf == nil || csrf.HttpOnly || csrf.Value == "" {
				t.Fatalf("csrf cookie = %+v", csrf)
			}
		})
		t.Run("ErrWrongPassword", func(t *testing.T) {
			res := s.anon(t).do("POST", "/api/v1/auth/login", map[string]string{"email": "sh.admin@redress.test", "password": "wrong-password"})
			if p := res.problem(http.StatusUnauthorized, "unauthorized"); p.Reason != "bad_credentials" {
				t.Fatalf("reason = %q", p.Reason)
			}
			// An unknown account looks exactly the same.
			res = s.anon(t).do("POST", "/api/v1/auth/login", map[string]string{"email": "nobody@redress.test", "password": "wrong-password"})
			res.problem(http.StatusUnauthorized, "unauthorized")
		})
		t.Run("ErrBurstIsRateLimited", func(t *testing.T) {
			var statuses []int
			var retryAfter string
			for range 6 {
				res := s.anon(t).do("POST", "/api/v1/auth/login", map[string]string{"email": "sh.supervisor@redress.test", "password": "guess"})
				statuses = append(statuses, res.Status)
				if res.Status == http.StatusTooManyRequests {
					res.problem(http.StatusTooManyRequests, "rate_limited")
					retryAfter = res.Header.Get("Retry-After")
				}
			}
			if !slices.Equal(statuses[:3], []int{401, 401, 401}) || statuses[5] != http.StatusTooManyRequests {
				t.Fatalf("statuses = %v", statuses)
			}
			if n, err := strconv.Atoi(retryAfter); err != nil || n < 1 {
				t.Fatalf("Retry-After = %q", retryAfter)
			}
			// While throttled even the right password is refused: guessing gains nothing.
			res := s.anon(t).do("POST", "/api/v1/auth/login", map[string]string{"email": "sh.supervisor@redress.test", "password": "redress-demo"})
			res.problem(http.StatusTooManyRequests, "rate_limited")
		})
		t.Run("ErrInvalidBody", func(t *testing.T) {
			c := s.anon(t)
			p := c.do("POST", "/api/v1/auth/login", map[string]string{"email": "", "password": ""}).problem(http.StatusUnprocessableEntity, "invalid")
			if !slices.Equal(p.fields(), []string{"email", "password"}) {
				t.Fatalf("fields = %v", p.fields())
			}
			c.do("POST", "/api/v1/auth/login", "{not json").problem(http.StatusBadRequest, "invalid")
			p = c.do("POST", "/api/v1/auth/login", `{"email":"a@b.c","password":"x","remember":true}`).problem(http.StatusBadRequest, "invalid")
			if !slices.Equal(p.fields(), []string{"remember"}) {
				t.Fatalf("unknown field not named: %v", p.fields())
			}
		})
		t.Run("Logout", func(t *testing.T) {
			c := s.login(t, "gz.mediator@redress.test")
			c.do("POST", "/api/v1/auth/logout", nil).want(http.StatusNoContent)
			c.do("GET", "/api/v1/me", nil).problem(http.StatusUnauthorized, "unauthorized")
		})
		t.Run("ErrNoSession", func(t *testing.T) {
			s.anon(t).do("GET", "/api/v1/me", nil).problem(http.StatusUnauthorized, "unauthorized")
			c := s.anon(t)
			c.token = "forged"
			c.do("GET", "/api/v1/me", nil).problem(http.StatusUnauthorized, "unauthorized")
		})
	})
}

func TestCSRF(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		c := s.cookieLogin(t, "gd.mediator@redress.test")
		c.do("GET", "/api/v1/me", nil).want(http.StatusOK) // reads need no token
		p := c.do("POST", "/api/v1/auth/logout", nil).problem(http.StatusForbidden, "forbidden")
		if p.Reason != "csrf_failed" {
			t.Fatalf("reason = %q", p.Reason)
		}
		c.do("POST", "/api/v1/auth/logout", nil, "X-CSRF-Token", "wrong").problem(http.StatusForbidden, "forbidden")
		c.do("POST", "/api/v1/auth/logout", nil, "X-CSRF-Token", c.csrf).want(http.StatusNoContent)
		c.do("GET", "/api/v1/me", nil).problem(http.StatusUnauthorized, "unauthorized")
	})
}

func TestPasswordChange(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		c := s.login(t, "sh.mediator@redress.test")
		other := s.login(t, "sh.mediator@redress.test")
		p := c.do("POST", "/api/v1/me/password", map[string]string{"current_password": "nope", "new_password": "short"}).
			problem(http.StatusUnprocessableEntity, "invalid")
		if !slices.Equal(p.fields(), []string{"current_password", "new_password"}) {
			t.Fatalf("fields = %v", p.fields())
		}
		c.do("POST", "/api/v1/me/password", map[string]string{"current_password": "redress-demo", "new_password": "a much longer secret"}).
			want(http.StatusNoContent)
		c.do("GET", "/api/v1/me", nil).want(http.StatusOK)
		other.do("GET", "/api/v1/me", nil).problem(http.StatusUnauthorized, "unauthorized")
		s.anon(t).do("POST", "/api/v1/auth/login", map[string]string{"email": "sh.mediator@redress.test", "password": "redress-demo"}).
			problem(http.StatusUnauthorized, "unauthorized")
		s.anon(t).do("POST", "/api/v1/auth/login", map[string]string{"email": "sh.mediator@redress.test", "password": "a much longer secret"}).
			want(http.StatusOK)
	})
}

func TestMySessions(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		phone := s.login(t, "gd.mediator@redress.test")
		laptop := s.login(t, "gd.mediator@redress.test")
		var list struct {
			Items []struct {
				ID      string
				Current bool
			}
		}
		laptop.do("GET", "/api/v1/me/sessions", nil).want(http.StatusOK).decode(&list)
		if len(list.Items) != 2 || !list.Items[0].Current || list.Items[1].Current {
			t.Fatalf("sessions = %+v", list.Items)
		}
		laptop.do("DELETE", "/api/v1/me/sessions/"+list.Items[1].ID, nil).want(http.StatusNoContent)
		phone.do("GET", "/api/v1/me", nil).problem(http.StatusUnauthorized, "unauthorized")
		s.login(t, "bj.mediator@redress.test").do("DELETE", "/api/v1/me/sessions/"+list.Items[0].ID, nil).problem(http.StatusNotFound, "not_found")
		laptop.do("GET", "/api/v1/me", nil).want(http.StatusOK)
	})
}
