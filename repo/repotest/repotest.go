// Package repotest gives tests fresh, migrated databases: a copy of a template SQLite file,
// or a PostgreSQL database created from a migrated template (CREATE DATABASE ... TEMPLATE),
// so that each test starts clean in milliseconds.
package repotest

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver, for CREATE DATABASE

	"github.com/redress-project/redress/repo"
)

// PostgresEnv names the variable holding the DSN of a PostgreSQL server for tests; its user
// must be allowed to create databases.
const PostgresEnv = "REDRESS_TEST_POSTGRES_DSN"

// Dialects returns the dialects to test: SQLite always, PostgreSQL when PostgresEnv is set.
// On CI (CI=true) PostgreSQL is required and its absence fails the test.
func Dialects(tb testing.TB) []string {
	if os.Getenv(PostgresEnv) != "" {
		return []string{repo.SQLite, repo.Postgres}
	}
	if os.Getenv("CI") == "true" {
		tb.Fatalf("CI=true but %s is not set: PostgreSQL tests are required on CI", PostgresEnv)
	}
	return []string{repo.SQLite}
}

// Run runs fn as a subtest per dialect, each with the URL of a fresh migrated database.
func Run(t *testing.T, fn func(t *testing.T, dbURL string)) {
	for _, d := range Dialects(t) {
		t.Run(d, func(t *testing.T) { fn(t, MustFreshURL(t, d)) })
	}
}

// MustOpen opens a fresh migrated database of the dialect, closed when the test ends.
func MustOpen(tb testing.TB, dialect string) *repo.DB {
	tb.Helper()
	db, err := repo.Open(context.Background(), MustFreshURL(tb, dialect), repo.Options{MaxOpenConns: 10, MaxIdleConns: 10})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

var (
	tmplOnce  sync.Map // dialect -> *onceTemplate
	dbCounter atomic.Int64
)

type onceTemplate struct {
	once sync.Once
	name string // SQLite: file path; PostgreSQL: database name
	err  error
}

// MustFreshURL returns the URL of a new database of the dialect, migrated and with its
// reference data loaded, dropped when the test ends.
func MustFreshURL(tb testing.TB, dialect string) string {
	tb.Helper()
	v, _ := tmplOnce.LoadOrStore(dialect, &onceTemplate{})
	t := v.(*onceTemplate)
	t.once.Do(func() { t.name, t.err = makeTemplate(dialect) })
	if t.err != nil {
		tb.Fatalf("repotest: %s template: %v", dialect, t.err)
	}
	n := dbCounter.Add(1)
	switch dialect {
	case repo.SQLite:
		path := filepath.Join(tb.TempDir(), "test.db")
		if err := copyFile(t.name, path); err != nil {
			tb.Fatal(err)
		}
		return "sqlite://" + path
	case repo.Postgres:
		name := fmt.Sprintf("redress_t_%d_%d", os.Getpid(), n)
		if err := pgExec(fmt.Sprintf("CREATE DATABASE %s TEMPLATE %s", name, t.name)); err != nil {
			tb.Fatal(err)
		}
		tb.Cleanup(func() { _ = pgExec(fmt.Sprintf("DROP DATABASE IF EXISTS %s WITH (FORCE)", name)) })
		return pgURL(name)
	}
	tb.Fatalf("repotest: unknown dialect %q", dialect)
	return ""
}

func makeTemplate(dialect string) (string, error) {
	var name, dbURL string
	switch dialect {
	case repo.SQLite:
		dir, err := os.MkdirTemp("", "redress-tmpl-")
		if err != nil {
			return "", err
		}
		name = filepath.Join(dir, "template.db")
		dbURL = "sqlite://" + name
	case repo.Postgres:
		name = fmt.Sprintf("redress_tmpl_%d", os.Getpid())
		if err := pgExec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			return "", err
		}
		if err := pgExec("CREATE DATABASE " + name); err != nil {
			return "", err
		}
		dbURL = pgURL(name)
	}
	ctx := context.Background()
	db, err := repo.Open(ctx, dbURL, repo.Options{MaxOpenConns: 2})
	if err != nil {
		return "", err
	}
	defer db.Close() // closing checkpoints SQLite's WAL into the file, so it can be copied alone
	m, err := repo.NewMigrator(db)
	if err != nil {
		return "", err
	}
	if _, err := m.Up(ctx); err != nil {
		return "", err
	}
	return name, db.LoadReferenceData(ctx)
}

// Main runs the tests of a package and then removes the templates it made.
func Main(m *testing.M) {
	code := m.Run()
	tmplOnce.Range(func(k, v any) bool {
		t := v.(*onceTemplate)
		if t.err == nil && t.name != "" {
			if k == repo.SQLite {
				os.RemoveAll(filepath.Dir(t.name))
			} else {
				_ = pgExec("DROP DATABASE IF EXISTS " + t.name + " WITH (FORCE)")
			}
		}
		return true
	})
	os.Exit(code)
}

// pgURL is the test server's DSN pointed at another database.
func pgURL(dbname string) string {
	u, err := url.Parse(os.Getenv(PostgresEnv))
	if err != nil {
		panic(fmt.Sprintf("repotest: %s: %v", PostgresEnv, err))
	}
	u.Path = "/" + dbname
	return u.String()
}

func pgExec(stmt string) error {
	db, err := sql.Open("pgx", os.Getenv(PostgresEnv))
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := db.Exec(stmt); err != nil {
		return fmt.Errorf("repotest: %s: %w", stmt, err)
	}
	return nil
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
