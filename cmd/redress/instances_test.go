package main

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/redress-project/redress/repo"
	"github.com/redress-project/redress/repo/repotest"
)

// TestTwoInstances runs two servers on one PostgreSQL database, as behind a load
// balancer: a session from one works on the other, and a role removed on one is denied on
// the other within a second.
func TestTwoInstances(t *testing.T) {
	if !contains(repotest.Dialects(t), repo.Postgres) {
		t.Skip("several instances share a PostgreSQL database; set " + repotest.PostgresEnv)
	}
	a := MustOpenServer(t, repo.Postgres)
	b := startInstance(t, a.Config)

	// A session made on A is good on B.
	onA := a.login(t, "bj.supervisor@redress.test")
	onB := b.anon(t)
	onB.token = onA.token
	onB.do("GET", "/api/v1/associations/BJ/members", nil).want(http.StatusOK)

	// The platform admin removes the supervisor on A; B stops allowing within a second.
	var members struct {
		Items []struct {
			User struct {
				ID    int64
				Email string
			}
		}
	}
	admin := a.login(t, "platform.admin@redress.test")
	admin.do("GET", "/api/v1/associations/BJ/members", nil).want(http.StatusOK).decode(&members)
	var id int64
	for _, it := range members.Items {
		if it.User.Email == "bj.supervisor@redress.test" {
			id = it.User.ID
		}
	}
	admin.do("DELETE", "/api/v1/associations/BJ/members/"+itoa(id), nil).want(http.StatusNoContent)
	deadline := time.Now().Add(time.Second)
	for {
		res := onB.do("GET", "/api/v1/associations/BJ/members", nil)
		if res.Status == http.StatusForbidden {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("instance B still allows the removed supervisor a second later (status %d)", res.Status)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// startInstance starts another server with cfg on a port of its own.
func startInstance(t *testing.T, cfg Config) *testServer {
	t.Helper()
	cfg.Addr = "127.0.0.1:0"
	ctx, cancel := context.WithCancel(context.Background())
	m, err := OpenMain(ctx, cfg, false)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- m.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done; m.Close() })
	s := &testServer{Main: m, URL: m.URL()}
	waitHealthy(t, s)
	return s
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func waitHealthy(t *testing.T, s *testServer) {
	t.Helper()
	for i := 0; i < 100; i++ {
		if res, err := http.Get(s.URL + "/healthz"); err == nil {
			res.Body.Close()
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("the second instance did not answer")
}
