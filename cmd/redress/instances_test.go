package main

import (
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
	b := startServer(t, a.Config)

	// A session made on A is good on B.
	onA := a.login(t, "bj.supervisor@redress.test")
	onB := b.anon(t)
	onB.token = onA.token
	onB.do("GET", "/api/v1/associations/BJ/members", nil).want(http.StatusOK)

	// The platform admin removes the supervisor on A; B stops allowing within a second.
	id := memberID(t, a, "BJ", "bj.supervisor@redress.test")
	admin := a.login(t, "platform.admin@redress.test")
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

// TestRoleListenerResync cuts the role-change listeners' connections and removes a role
// while nobody listens: once listening again, an instance reloads the grants and denies.
func TestRoleListenerResync(t *testing.T) {
	if !contains(repotest.Dialects(t), repo.Postgres) {
		t.Skip("several instances share a PostgreSQL database; set " + repotest.PostgresEnv)
	}
	a := MustOpenServer(t, repo.Postgres)
	b := startServer(t, a.Config)
	onB := b.login(t, "bj.supervisor@redress.test")
	onB.do("GET", "/api/v1/associations/BJ/members", nil).want(http.StatusOK)
	id := memberID(t, a, "BJ", "bj.supervisor@redress.test")

	var cut int
	err := a.DB.Gorm.Raw(`SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
		WHERE datname = current_database() AND query LIKE 'LISTEN %'`).Scan(&cut).Error
	if err != nil || cut < 2 {
		t.Fatalf("cut %d listeners: %v", cut, err)
	}
	a.login(t, "platform.admin@redress.test").do("DELETE", "/api/v1/associations/BJ/members/"+itoa(id), nil).want(http.StatusNoContent)
	deadline := time.Now().Add(5 * time.Second)
	for onB.do("GET", "/api/v1/associations/BJ/members", nil).Status != http.StatusForbidden {
		if time.Now().After(deadline) {
			t.Fatal("instance B still allows the removed supervisor after its listener reconnected")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// memberID is the user ID of the member with email in the association code.
func memberID(t *testing.T, s *testServer, code, email string) int64 {
	t.Helper()
	var members struct {
		Items []struct {
			User struct {
				ID    int64
				Email string
			}
		}
	}
	s.login(t, "platform.admin@redress.test").do("GET", "/api/v1/associations/"+code+"/members", nil).want(http.StatusOK).decode(&members)
	for _, it := range members.Items {
		if it.User.Email == email {
			return it.User.ID
		}
	}
	t.Fatalf("%s is not a member of %s", email, code)
	return 0
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
