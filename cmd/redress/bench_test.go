package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/redress-project/redress/cmd/redress/bench"
)

// TestBench runs the whole benchmark on a few hundred cases for a moment per scenario:
// every scenario must get answers, and none may fail.
func TestBench(t *testing.T) {
	if testing.Short() {
		t.Skip("seeds a database and runs every scenario")
	}
	db := "sqlite://" + filepath.Join(t.TempDir(), "bench.db")
	var stdout, stderr syncBuffer
	err := run(context.Background(), []string{"bench", "--db", db, "--cases", "300", "--duration", "300ms", "--clients", "2", "--server", "in-process", "--json", "-"},
		func(string) string { return "" }, &stdout, &stderr)
	if err != nil {
		t.Fatalf("bench: %v\n%s", err, stderr.String())
	}
	var rep bench.Report
	if err := json.Unmarshal([]byte(stdout.String()), &rep); err != nil {
		t.Fatalf("decode %s: %v", stdout.String(), err)
	}
	if rep.Cases != 300 || len(rep.Scenarios) != 8 || rep.ServerPeakMB <= 0 {
		t.Fatalf("report = %+v", rep)
	}
	for _, s := range rep.Scenarios {
		if s.API.Requests == 0 || s.API.Errors > 0 {
			t.Errorf("%s: %d requests, %d errors (%s)", s.Name, s.API.Requests, s.API.Errors, s.FirstError)
		}
	}
}
