package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/redress-project/redress/domain"
	"github.com/redress-project/redress/repo"
	"github.com/redress-project/redress/repo/repotest"
)

// TestTwoProcesses runs two `redress serve` processes on one PostgreSQL database, as
// behind a load balancer, and shows: a session from one works on the other; a role
// removed on one is denied on the other within a second; a deadline reminder is sent
// once; and killing one with SIGKILL while it holds jobs loses none of them.
func TestTwoProcesses(t *testing.T) {
	if !contains(repotest.Dialects(t), repo.Postgres) {
		t.Skip("several processes share a PostgreSQL database; set " + repotest.PostgresEnv)
	}
	if testing.Short() {
		t.Skip("builds the binary and waits out a leader's lease")
	}
	bin := buildBinary(t)
	url := mustFreshDemoURL(t, repo.Postgres)
	db, err := repo.Open(context.Background(), url, repo.Options{MaxOpenConns: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	mb := mustStartMailbox(t)
	front := mustStartSMTPFront(t, mb.port) // A's relay, which can stop answering
	env := []string{"REDRESS_DB=" + url, "REDRESS_ADDR=127.0.0.1:0", "REDRESS_DATA_DIR=" + t.TempDir(), "REDRESS_LOG_LEVEL=warn",
		"REDRESS_SMTP_HOST=127.0.0.1", "REDRESS_SMTP_FROM=noreply@redress.test", "REDRESS_SMTP_STARTTLS=false",
		"REDRESS_JOB_POLL_INTERVAL=50ms", "REDRESS_JOB_TIMEOUT=4s", "REDRESS_JOB_RESCUE_AFTER=4s", "REDRESS_SWEEP_INTERVAL=300ms"}

	// A starts first and becomes the queue's leader; B joins.
	a := startProcess(t, bin, append(env, fmt.Sprintf("REDRESS_SMTP_PORT=%d", front.port)))
	eventually(t, 20*time.Second, "A did not become the leader", func() bool {
		var n int64
		db.Gorm.Table("river_leader").Count(&n)
		return n == 1
	})
	b := startProcess(t, bin, append(env, fmt.Sprintf("REDRESS_SMTP_PORT=%d", mb.port)))

	t.Run("SessionAcrossProcesses", func(t *testing.T) {
		onA := a.login(t, "gz.mediator@redress.test")
		onB := b.anon(t)
		onB.token = onA.token
		onB.do("GET", "/api/v1/me", nil).want(http.StatusOK)
	})

	t.Run("RoleRemovedOnOneDeniedOnOther", func(t *testing.T) {
		onB := b.login(t, "bj.supervisor@redress.test")
		onB.do("GET", "/api/v1/associations/BJ/members", nil).want(http.StatusOK)
		id := memberID(t, a.testServer, "BJ", "bj.supervisor@redress.test")
		a.login(t, "platform.admin@redress.test").do("DELETE", "/api/v1/associations/BJ/members/"+itoa(id), nil).want(http.StatusNoContent)
		removed := time.Now()
		for {
			res := onB.do("GET", "/api/v1/associations/BJ/members", nil)
			if res.Status == http.StatusForbidden {
				break
			}
			if time.Since(removed) > time.Second {
				t.Fatalf("B still allows the removed supervisor a second later (status %d)", res.Status)
			}
			time.Sleep(20 * time.Millisecond)
		}
	})

	t.Run("ReminderOnce", func(t *testing.T) {
		r := a.file(t, designComplaint())
		b.login(t, "gz.mediator@redress.test").act(r.ID, map[string]any{"action": "accept"}).want(http.StatusOK)
		due := domain.ChinaCalendar().AddWorkingDays(domain.DateOf(time.Now().In(domain.ChinaTime)), 1)
		if err := db.Gorm.Exec("UPDATE cases SET current_due = ? WHERE id = ?", due.String(), r.ID).Error; err != nil {
			t.Fatal(err)
		}
		reminders := func() []receivedMail {
			var out []receivedMail
			for _, m := range mb.to("gz.mediator@redress.test") {
				if strings.Contains(m.Subject, "到期") {
					out = append(out, m)
				}
			}
			return out
		}
		eventually(t, 20*time.Second, "no reminder", func() bool { return len(reminders()) > 0 })
		time.Sleep(time.Second) // three more sweeps
		if got := reminders(); len(got) != 1 {
			t.Fatalf("%d reminders: %+v", len(got), got)
		}
	})

	t.Run("KillWithJobsInHand", func(t *testing.T) {
		// A's relay stops answering: what A takes from the queue hangs there. Complaints
		// come in until A holds some deliveries; then A is killed.
		front.hold.Store(true)
		var emails []string
		for i := 0; front.held.Load() == 0; i++ {
			if i == 30 {
				t.Fatal("A took no delivery")
			}
			body := designComplaint()
			email := fmt.Sprintf("kill%d@example.com", i)
			body["consumer"].(map[string]any)["email"] = email
			b.file(t, body)
			emails = append(emails, email)
			time.Sleep(50 * time.Millisecond)
		}
		if err := a.cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		killed := time.Now()
		// B takes the lead once A's lease ends and rescues the jobs A held.
		eventually(t, 60*time.Second, "a delivery was lost with A", func() bool {
			for _, e := range emails {
				if len(mb.to(e)) == 0 {
					return false
				}
			}
			return true
		})
		t.Logf("A held %d deliveries; all %d receipts arrived %s after the kill", front.held.Load(), len(emails), time.Since(killed).Round(100*time.Millisecond))
		for _, e := range emails {
			if got := mb.to(e); len(got) != 1 {
				t.Errorf("%d receipts to %s", len(got), e)
			}
		}
	})
}

// buildBinary builds redress into a temporary directory, with the race detector when the
// tests have it, so that the build reuses the packages the test run compiled.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "redress")
	args := []string{"build", "-o", bin}
	if raceBuild {
		args = append(args, "-race")
	}
	out, err := exec.Command("go", append(args, ".")...).CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// process is a running `redress serve`.
type process struct {
	*testServer
	cmd *exec.Cmd
}

// startProcess runs `redress serve` with the environment and waits until it serves.
func startProcess(t *testing.T, bin string, env []string) *process {
	t.Helper()
	cmd := exec.Command(bin, "serve", "--no-migrate", "--rate-limits", "off")
	cmd.Env = append(os.Environ(), env...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr := &syncBuffer{}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	urls, exited := make(chan string, 1), make(chan struct{})
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if _, url, ok := strings.Cut(sc.Text(), " is serving on "); ok {
				urls <- url
			}
		}
		cmd.Wait()
		close(exited)
	}()
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		<-exited
		if t.Failed() {
			t.Logf("%s stderr:\n%s", bin, stderr.String())
		}
	})
	select {
	case url := <-urls:
		return &process{testServer: &testServer{URL: url}, cmd: cmd}
	case <-exited:
		t.Fatalf("the process ended:\n%s", stderr.String())
	case <-time.After(30 * time.Second):
		t.Fatalf("the process did not start:\n%s", stderr.String())
	}
	return nil
}

// smtpFront is a relay in front of the mailbox that, once told to hold, accepts
// connections and never answers them, as a relay that hangs.
type smtpFront struct {
	port int
	hold atomic.Bool
	held atomic.Int64
}

func mustStartSMTPFront(t *testing.T, to int) *smtpFront {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	f := &smtpFront{port: ln.Addr().(*net.TCPAddr).Port}
	var mu sync.Mutex
	var conns []net.Conn
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
	})
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
			if f.hold.Load() {
				f.held.Add(1)
				continue
			}
			up, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", to))
			if err != nil {
				c.Close()
				continue
			}
			go func() { io.Copy(up, c); up.Close() }()
			go func() { io.Copy(c, up); c.Close() }()
		}
	}()
	return f
}

// TestSecondSQLiteServeRefused starts `redress serve` on a SQLite file; a second one on the
// same file exits non-zero saying why and what to use instead, as does `migrate`, while
// `audit verify` still reads beside the server.
func TestSecondSQLiteServeRefused(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	url := mustFreshDemoURL(t, repo.SQLite)
	vars := []string{"REDRESS_DB=" + url, "REDRESS_ADDR=127.0.0.1:0", "REDRESS_DATA_DIR=" + t.TempDir(), "REDRESS_LOG_LEVEL=warn"}
	startProcess(t, bin, vars)
	env := append(os.Environ(), vars...)

	for _, args := range [][]string{{"serve", "--no-migrate"}, {"migrate", "up"}} {
		cmd := exec.Command(bin, args...)
		cmd.Env = env
		out, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() == 0 {
			t.Fatalf("a second %q ran beside the server: %v\n%s", args, err, out)
		}
		for _, want := range []string{"in use by another process (pid ", "redress serve", "one process at a time", "PostgreSQL"} {
			if !strings.Contains(string(out), want) {
				t.Errorf("%q said %q, without %q", args, out, want)
			}
		}
	}
	cmd := exec.Command(bin, "audit", "verify")
	cmd.Env = env
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("audit verify beside the server: %v\n%s", err, out)
	}
}
