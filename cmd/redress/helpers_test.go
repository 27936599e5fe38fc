package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redress-project/redress/domain"
	"github.com/redress-project/redress/repo/demo"
	"github.com/redress-project/redress/repo/repotest"
)

func TestMain(m *testing.M) {
	slog.SetDefault(slog.New(slog.DiscardHandler))
	repotest.Main(m)
}

// testServer is a whole redress server on a fresh database, listening on 127.0.0.1:0.
type testServer struct {
	*Main
	URL string
}

// MustOpenServer boots a server on a fresh database of the dialect, seeded with the demo data.
func MustOpenServer(t *testing.T, dialect string) *testServer {
	t.Helper()
	cfg := DefaultConfig()
	cfg.DB, cfg.DataDir = mustFreshDemoURL(t, dialect), t.TempDir()
	cfg.RateLimits = "off" // tests file many complaints from one address; TestRateLimits tests them
	return startServer(t, cfg)
}

// mustFreshDemoURL returns a fresh database of the dialect with the demo data.
func mustFreshDemoURL(t *testing.T, dialect string) string {
	t.Helper()
	url := repotest.MustFreshURL(t, dialect)
	cfg := DefaultConfig()
	cfg.DB = url
	db, err := openDB(context.Background(), cfg, true)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := demo.Seed(context.Background(), db, time.Now().UTC()); err != nil {
		t.Fatal(err)
	}
	return url
}

// startServer starts a server with cfg on a port of its own; it stops when the test ends.
func startServer(t *testing.T, cfg Config) *testServer {
	t.Helper()
	cfg.Addr = "127.0.0.1:0"
	ctx, cancel := context.WithCancel(context.Background())
	m, err := OpenMain(ctx, cfg, false)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- m.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("server: %v", err)
		}
		m.Close()
	})
	s := &testServer{Main: m, URL: m.URL()}
	waitHealthy(t, s)
	return s
}

// waitHealthy waits until the server answers, its role listener in place.
func waitHealthy(t *testing.T, s *testServer) {
	t.Helper()
	for range 100 {
		if res, err := http.Get(s.URL + "/healthz"); err == nil {
			res.Body.Close()
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("the server did not answer")
}

// forEachDialect runs fn against a fresh demo server per dialect.
func forEachDialect(t *testing.T, fn func(t *testing.T, s *testServer)) {
	for _, d := range repotest.Dialects(t) {
		t.Run(d, func(t *testing.T) { fn(t, MustOpenServer(t, d)) })
	}
}

// client talks to a test server as one caller: anonymous, by bearer token, or by cookies.
type client struct {
	t     *testing.T
	s     *testServer
	token string
	csrf  string
	http  *http.Client
}

func (s *testServer) anon(t *testing.T) *client {
	return &client{t: t, s: s, http: &http.Client{Timeout: 30 * time.Second}}
}

// login logs in with the demo password and returns a bearer-token client.
func (s *testServer) login(t *testing.T, email string) *client {
	t.Helper()
	return s.loginWith(t, email, demo.Password)
}

// loginWith logs in with a password and returns a bearer-token client.
func (s *testServer) loginWith(t *testing.T, email, password string) *client {
	t.Helper()
	c := s.anon(t)
	res := c.do("POST", "/api/v1/auth/login", map[string]string{"email": email, "password": password})
	res.want(http.StatusOK)
	var out struct {
		Token     string `json:"token"`
		CSRFToken string `json:"csrf_token"`
	}
	res.decode(&out)
	c.token, c.csrf = out.Token, out.CSRFToken
	return c
}

// cookieLogin logs in and keeps the session in a cookie jar, as the browser does.
func (s *testServer) cookieLogin(t *testing.T, email string) *client {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	c := &client{t: t, s: s, http: &http.Client{Jar: jar, Timeout: 30 * time.Second}}
	res := c.do("POST", "/api/v1/auth/login", map[string]string{"email": email, "password": demo.Password})
	res.want(http.StatusOK)
	var out struct {
		CSRFToken string `json:"csrf_token"`
	}
	res.decode(&out)
	c.csrf = out.CSRFToken
	return c
}

type response struct {
	t      *testing.T
	Status int
	Header http.Header
	Body   []byte
}

// do sends a request; body is JSON-encoded unless it is a string or nil.
func (c *client) do(method, path string, body any, headers ...string) *response {
	c.t.Helper()
	var r io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		r = strings.NewReader(b)
	default:
		data, err := json.Marshal(b)
		if err != nil {
			c.t.Fatal(err)
		}
		r = bytes.NewReader(data)
	}
	req, err := http.NewRequest(method, c.s.URL+path, r)
	if err != nil {
		c.t.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	res, err := c.http.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		c.t.Fatal(err)
	}
	return &response{t: c.t, Status: res.StatusCode, Header: res.Header, Body: data}
}

func (r *response) want(status int) *response {
	r.t.Helper()
	if r.Status != status {
		r.t.Fatalf("status = %d, want %d; body: %s", r.Status, status, r.Body)
	}
	return r
}

func (r *response) decode(v any) {
	r.t.Helper()
	if err := json.Unmarshal(r.Body, v); err != nil {
		r.t.Fatalf("decode %s: %v", r.Body, err)
	}
}

type problemDoc struct {
	Type      string `json:"type"`
	Status    int    `json:"status"`
	Code      string `json:"code"`
	Reason    string `json:"reason"`
	RequestID string `json:"request_id"`
	Errors    []struct {
		Field, Code string
		Span        *struct {
			Start, End int
			Type, Text string
		}
	} `json:"errors"`
}

// problem asserts a problem+json answer with the status and code, and returns it.
func (r *response) problem(status int, code string) problemDoc {
	r.t.Helper()
	r.want(status)
	if ct := r.Header.Get("Content-Type"); ct != "application/problem+json" {
		r.t.Fatalf("Content-Type = %q, want application/problem+json", ct)
	}
	var p problemDoc
	r.decode(&p)
	if p.Code != code || p.Status != status || p.RequestID == "" {
		r.t.Fatalf("problem = %+v, want code %q", p, code)
	}
	return p
}

func (p problemDoc) fields() []string {
	var out []string
	for _, e := range p.Errors {
		out = append(out, e.Field)
	}
	return out
}

// syncBuffer lets a test read what a goroutine writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func (s *testServer) now() time.Time { return time.Now().UTC() }

func chinaTime() *time.Location { return domain.ChinaTime }

// calendarAdd is the date n working days after t's day, on the shipped calendar.
func (s *testServer) calendarAdd(t *testing.T, at time.Time, n int) string {
	t.Helper()
	return domain.ChinaCalendar().AddWorkingDays(domain.DateOf(at), n).String()
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
