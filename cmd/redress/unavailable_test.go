package main

import (
	"io"
	"net"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/redress-project/redress/repo"
	"github.com/redress-project/redress/repo/repotest"
)

// tcpProxy forwards connections to a database and can cut them all, as a restart or a
// network failure would.
type tcpProxy struct {
	target string
	mu     sync.Mutex
	ln     net.Listener
	conns  []net.Conn
}

func startProxy(t *testing.T, target string) *tcpProxy {
	p := &tcpProxy{target: target}
	p.listen(t, "127.0.0.1:0")
	t.Cleanup(p.cut)
	return p
}

func (p *tcpProxy) listen(t *testing.T, addr string) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go func() {
		for {
			in, err := ln.Accept()
			if err != nil {
				return
			}
			out, err := net.Dial("tcp", p.target)
			if err != nil {
				in.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, in, out)
			p.mu.Unlock()
			go func() { _, _ = io.Copy(out, in); out.Close() }()
			go func() { _, _ = io.Copy(in, out); in.Close() }()
		}
	}()
}

// cut closes the listener and every connection through it.
func (p *tcpProxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.ln.Close()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

// TestDatabaseOutageAnswers503: while the database cannot be reached, requests answer 503
// with Retry-After, not 500, and the server serves again once it is back.
func TestDatabaseOutageAnswers503(t *testing.T) {
	if !slices.Contains(repotest.Dialects(t), repo.Postgres) {
		t.Skip("needs PostgreSQL")
	}
	direct := mustFreshDemoURL(t, repo.Postgres)
	u, err := url.Parse(direct)
	if err != nil {
		t.Fatal(err)
	}
	proxy := startProxy(t, u.Host)
	addr := proxy.ln.Addr().String()
	u.Host = addr
	cfg := DefaultConfig()
	cfg.DB, cfg.DataDir = u.String(), t.TempDir()
	s := startServer(t, cfg)
	sup := s.login(t, "gd.supervisor@redress.test")
	sup.do("GET", "/api/v1/cases", nil).want(http.StatusOK)

	proxy.cut()
	for _, res := range []*response{
		sup.do("GET", "/api/v1/cases", nil),
		s.anon(t).do("POST", "/api/v1/complaints", designComplaint()),
		s.anon(t).do("GET", "/api/v1/public/case-studies", nil),
	} {
		res.problem(http.StatusServiceUnavailable, "unavailable")
		if res.Header.Get("Retry-After") == "" {
			t.Fatal("a 503 without Retry-After")
		}
	}

	proxy.listen(t, addr)
	deadline := time.Now().Add(20 * time.Second)
	for {
		res := sup.do("GET", "/api/v1/cases", nil)
		if res.Status == http.StatusOK {
			break
		}
		if res.Status != http.StatusServiceUnavailable || time.Now().After(deadline) {
			t.Fatalf("after the database came back: %d %s", res.Status, res.Body)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
