package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/redress-project/redress/repo"
	"github.com/redress-project/redress/repo/repotest"
)

func env(kv map[string]string) func(string) string { return func(k string) string { return kv[k] } }

func runCmd(t *testing.T, getenv func(string) string, args ...string) (string, string, error) {
	t.Helper()
	// Synchronized: seeding logs and draws its progress bar from several goroutines.
	var stdout, stderr syncBuffer
	err := run(context.Background(), args, getenv, &stdout, &stderr)
	return stdout.String(), stderr.String(), err
}

func TestConfig(t *testing.T) {
	t.Run("EnvThenFlags", func(t *testing.T) {
		c := DefaultConfig()
		if err := c.ApplyEnv(env(map[string]string{"REDRESS_ADDR": ":9000", "REDRESS_SESSION_TTL": "2h"})); err != nil {
			t.Fatal(err)
		}
		if c.Addr != ":9000" || c.SessionTTL != 2*time.Hour || c.DB != "sqlite://data/redress.db" {
			t.Fatalf("config = %+v", c)
		}
	})
	t.Run("ErrUnknownScheme", func(t *testing.T) {
		_, _, err := runCmd(t, env(nil), "migrate", "status", "--db", "mysql://localhost/x")
		if err == nil || !strings.Contains(err.Error(), "--db") || !strings.Contains(err.Error(), "sqlite://PATH") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("ErrBadEnvValue", func(t *testing.T) {
		_, _, err := runCmd(t, env(map[string]string{"REDRESS_SESSION_TTL": "forever"}), "serve")
		if err == nil || !strings.Contains(err.Error(), "REDRESS_SESSION_TTL") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("ErrSeveralBadValues", func(t *testing.T) {
		_, _, err := runCmd(t, env(nil), "serve", "--db", "oracle://x", "--log-level", "loud", "--log-format", "fancy", "--db-max-conns", "0")
		for _, want := range []string{"--db", "--log-level", "--log-format", "--db-max-conns"} {
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("err = %v, want it to name %s", err, want)
			}
		}
	})
	t.Run("ErrTooSmallPostgresPool", func(t *testing.T) {
		_, _, err := runCmd(t, env(nil), "serve", "--db", "postgres://postgres@127.0.0.1:1/x", "--db-max-conns", "1")
		if err == nil || !strings.Contains(err.Error(), "too few for PostgreSQL") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("ErrUnknownCommand", func(t *testing.T) {
		_, stderr, err := runCmd(t, env(nil), "frobnicate")
		if !errors.Is(err, errUsage) || !strings.Contains(stderr, "unknown command") {
			t.Fatalf("err = %v, stderr = %q", err, stderr)
		}
	})
	t.Run("Help", func(t *testing.T) {
		for _, cmd := range []string{"serve", "migrate", "seed"} {
			_, stderr, err := runCmd(t, env(nil), cmd, "--help")
			if !errors.Is(err, flag.ErrHelp) || !strings.Contains(stderr, "-db") {
				t.Errorf("%s --help: err = %v, stderr = %q", cmd, err, stderr)
			}
		}
		stdout, _, err := runCmd(t, env(nil), "--help")
		if err != nil || !strings.Contains(stdout, "redress migrate up|down|status") {
			t.Errorf("--help: %v %q", err, stdout)
		}
	})
}

// countRows counts the rows of every table the demo seed writes.
func countRows(t *testing.T, dbURL string) map[string]int64 {
	t.Helper()
	db, err := repo.Open(context.Background(), dbURL, repo.Options{MaxOpenConns: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	out := map[string]int64{}
	for _, table := range []string{"associations", "association_divisions", "users", "memberships", "divisions", "cases", "case_events", "businesses"} {
		var n int64
		if err := db.Gorm.Table(table).Count(&n).Error; err != nil {
			t.Fatal(err)
		}
		out[table] = n
	}
	return out
}

func TestSeedDemoIsIdempotent(t *testing.T) {
	repotest.Run(t, func(t *testing.T, dbURL string) {
		stdout, _, err := runCmd(t, env(map[string]string{"REDRESS_DB": dbURL}), "seed", "--demo", "--complaints", "60")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(stdout, "Demo data is in place") || strings.Contains(stdout, "gz.mediator@redress.test") {
			t.Fatalf("seed said:\n%s", stdout)
		}
		first := countRows(t, dbURL)
		if first["associations"] != 5 || first["users"] != 18 || first["memberships"] != 15 || first["association_divisions"] != 4 || first["cases"] != 60 {
			t.Fatalf("after seeding: %v", first)
		}
		if out, _, err := runCmd(t, env(map[string]string{"REDRESS_DB": dbURL}), "audit", "verify"); err != nil {
			t.Fatalf("the seeded histories do not verify: %v\n%s", err, out)
		}
		if _, _, err := runCmd(t, env(map[string]string{"REDRESS_DB": dbURL}), "seed", "--demo", "--complaints", "60"); err != nil {
			t.Fatal(err)
		}
		if second := countRows(t, dbURL); !mapsEqual(first, second) {
			t.Fatalf("seeding twice changed the rows: %v -> %v", first, second)
		}
		out, _, err := runCmd(t, env(map[string]string{"REDRESS_DB": dbURL}), "seed", "--cases", "2100")
		if err != nil || !strings.Contains(out, "Filed 2100 complaints") {
			t.Fatalf("seed --cases: %v\n%s", err, out)
		}
		if got := countRows(t, dbURL)["cases"]; got != 2160 {
			t.Fatalf("%d cases after --cases 2100, want 2160", got)
		}
		db, err := repo.Open(context.Background(), dbURL, repo.Options{MaxOpenConns: 1})
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var variety struct{ Statuses, Outcomes, Categories, Associations, Rated int64 }
		db.Gorm.Raw(`SELECT count(DISTINCT status) AS statuses, count(DISTINCT outcome) AS outcomes, count(DISTINCT category) AS categories,
			count(DISTINCT association_id) AS associations, count(rating_score) AS rated FROM cases`).Scan(&variety)
		if variety.Statuses != 4 || variety.Outcomes < 7 || variety.Categories != 26 || variety.Associations != 5 || variety.Rated == 0 {
			t.Fatalf("generated data lacks variety: %+v", variety)
		}
		if out, _, err := runCmd(t, env(map[string]string{"REDRESS_DB": dbURL}), "audit", "verify"); err != nil {
			t.Fatalf("generated histories do not verify: %v\n%s", err, out)
		}
	})
}

func mapsEqual(a, b map[string]int64) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestMigrateCommand(t *testing.T) {
	dbURL := "sqlite://" + t.TempDir() + "/m.db"
	e := env(map[string]string{"REDRESS_DB": dbURL})
	out, _, err := runCmd(t, e, "migrate", "status")
	if err != nil || !strings.Contains(out, "pending") {
		t.Fatalf("status before: %v %q", err, out)
	}
	if out, _, err = runCmd(t, e, "migrate", "up"); err != nil || !strings.Contains(out, "up to date") {
		t.Fatalf("up: %v %q", err, out)
	}
	if out, _, err = runCmd(t, e, "migrate", "status"); err != nil || !strings.Contains(out, "applied") || strings.Contains(out, "pending") {
		t.Fatalf("status after: %v %q", err, out)
	}
	if out, _, err = runCmd(t, e, "migrate", "down"); err != nil || !strings.Contains(out, "rolled back ") {
		t.Fatalf("down: %v %q", err, out)
	}
	if _, _, err = runCmd(t, e, "migrate", "sideways"); err == nil {
		t.Fatal("migrate sideways succeeded")
	}
}

// TestServeShutsDownGracefully boots `serve` as main does and stops it as SIGTERM would.
func TestServeShutsDownGracefully(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--db", "sqlite://" + dir + "/s.db", "--data-dir", dir}, env(nil), &stdout, &stderr)
	}()
	var url string
	for i := 0; i < 100 && url == ""; i++ {
		time.Sleep(50 * time.Millisecond)
		if out := stdout.String(); strings.Contains(out, "serving on ") {
			url = strings.TrimSpace(strings.SplitN(strings.SplitAfter(out, "serving on ")[1], "\n", 2)[0])
		}
	}
	if url == "" {
		t.Fatal("serve did not start")
	}
	res, err := http.Get(url + "/readyz")
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("readyz: %v %v", res, err)
	}
	res.Body.Close()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve returned %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
}

// TestSQLiteIsOneProcess: while a server holds a SQLite file, another server and the
// commands that write refuse to start on it; audit verify reads beside it; once the server
// closes, the file is free again.
func TestSQLiteIsOneProcess(t *testing.T) {
	cfg := DefaultConfig()
	cfg.DB, cfg.DataDir, cfg.Addr = mustFreshDemoURL(t, repo.SQLite), t.TempDir(), "127.0.0.1:0"
	first, err := OpenMain(context.Background(), cfg, false)
	if err != nil {
		t.Fatal(err)
	}
	if m, err := OpenMain(context.Background(), cfg, false); err == nil {
		m.Close()
		t.Fatal("a second server opened the SQLite file the first one serves")
	} else if !strings.Contains(err.Error(), "one process at a time") || !strings.Contains(err.Error(), "PostgreSQL") {
		t.Fatalf("the refusal does not say why and what instead: %v", err)
	}
	e := env(map[string]string{"REDRESS_DB": cfg.DB})
	for _, args := range [][]string{{"seed", "--demo"}, {"migrate", "up"}} {
		if _, _, err := runCmd(t, e, args...); err == nil || !strings.Contains(err.Error(), "redress serve") {
			t.Errorf("%q beside the server: %v", args, err)
		}
	}
	if _, _, err := runCmd(t, e, "audit", "verify"); err != nil {
		t.Errorf("audit verify beside the server: %v", err)
	}
	first.Close()
	if _, _, err := runCmd(t, e, "migrate", "up"); err != nil {
		t.Errorf("migrate up once the server closed: %v", err)
	}
}

// TestFirstRun is `make run` on a new file: seeding logs the migrations in one line and no
// SQL; serving prints the demo accounts and the URL once, last, after everything it logs.
func TestFirstRun(t *testing.T) {
	dbURL := "sqlite://" + filepath.Join(t.TempDir(), "redress.db")
	e := env(map[string]string{"REDRESS_DB": dbURL, "REDRESS_DATA_DIR": t.TempDir(), "REDRESS_ADDR": "127.0.0.1:0"})
	_, stderr, err := runCmd(t, e, "seed", "--demo", "--complaints", "30", "--log-format", "text")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(stderr, "database migrated"); n != 1 || !strings.Contains(stderr, "level=INFO msg=\"database migrated\" applied=") {
		t.Errorf("the migrations in %d lines, or not as text:\n%s", n, stderr)
	}
	for _, sql := range []string{"SELECT", "INSERT", "UPDATE"} {
		if strings.Contains(stderr, sql) {
			t.Errorf("SQL in the log:\n%s", stderr)
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	var stdout, log syncBuffer
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"serve"}, e, &stdout, &log) }()
	eventually(t, 10*time.Second, "the server did not say where it serves", func() bool {
		return strings.Contains(stdout.String(), " is serving on http://")
	})
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	out := strings.TrimSpace(stdout.String())
	lines := strings.Split(out, "\n")
	if !strings.Contains(lines[len(lines)-1], " is serving on http://127.0.0.1:") || strings.Count(out, "is serving on") != 1 ||
		strings.Count(out, "gz.mediator@redress.test") != 1 || !strings.Contains(out, "redress-demo") {
		t.Errorf("serve printed:\n%s", out)
	}
	// Not a terminal: JSON lines, and nothing to migrate this time.
	for _, line := range strings.Split(strings.TrimSpace(log.String()), "\n") {
		var entry map[string]any
		if err := json.Unmarshal([]byte(line), &entry); err != nil || entry["msg"] == "database migrated" {
			t.Errorf("serve logged %q (%v)", line, err)
		}
	}
}
