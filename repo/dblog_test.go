package repo

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gorm.io/gorm"
)

// TestQueryLogHasNoValues: a slow query is logged by where it ran, and at debug level a
// query with its SQL, but never with the values it carried.
func TestQueryLogHasNoValues(t *testing.T) {
	db, err := Open(context.Background(), "sqlite://"+filepath.Join(t.TempDir(), "log.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	defer slog.SetDefault(slog.Default())
	logged := func(level slog.Level, slow time.Duration) string {
		var buf bytes.Buffer
		slog.SetDefault(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: level})))
		var got string
		q := db.Gorm.Session(&gorm.Session{Logger: queryLogger{slow: slow}})
		if err := q.Raw("SELECT ? AS mobile", "13912345678").Scan(&got).Error; err != nil || got != "13912345678" {
			t.Fatalf("%q, %v", got, err)
		}
		return buf.String()
	}
	if out := logged(slog.LevelWarn, 0); !strings.Contains(out, "slow database query") || !strings.Contains(out, "dblog_test.go") ||
		strings.Contains(out, "SELECT") || strings.Contains(out, "13912345678") {
		t.Errorf("a slow query's warning:\n%s", out)
	}
	if out := logged(slog.LevelDebug, time.Hour); !strings.Contains(out, "SELECT ? AS mobile") || strings.Contains(out, "13912345678") {
		t.Errorf("a query at debug level:\n%s", out)
	}
}
