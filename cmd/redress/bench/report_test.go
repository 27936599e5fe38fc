package bench

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestReport(t *testing.T) {
	rep := &Report{Dialect: "postgres", Cases: 1000, Cores: 2, Clients: 8, SecondsEach: 10, SeedSeconds: 0.5, SeedRate: 2000,
		ServerKind: "child", ServerPeakMB: 80.5, ServerLastMB: 60, ServerCPUms: 0.8}
	intake := Result{Name: "complaint intake", API: Figures{Requests: 5000, Throughput: 500, P50ms: 4, P95ms: 9, P99ms: 12}, CPUmsPerRequest: 1.5}
	intake.SetRaw("1-row INSERT tx", Figures{Requests: 20000, Throughput: 2000, P99ms: 6})
	search := Result{Name: "case-study search", API: Figures{Requests: 10, Errors: 2, Throughput: 1}, FirstError: "GET /x: 500"}
	rep.Scenarios = []Result{intake, search}

	if *intake.ThroughputRatio != 0.25 || *intake.P99Ratio != 2 {
		t.Fatalf("ratios = %v, %v", *intake.ThroughputRatio, *intake.P99Ratio)
	}
	var table bytes.Buffer
	if err := rep.WriteTable(&table); err != nil {
		t.Fatal(err)
	}
	out := table.String()
	for _, want := range []string{"1000 cases on postgres", "complaint intake", "1-row INSERT tx", "0.25", "2.00", "peak RSS 80.5 MB",
		"case-study search: 2 errors, the first: GET /x: 500"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	lines := strings.Split(out, "\n")
	for _, l := range lines {
		if strings.Contains(l, "case-study search") && strings.Contains(l, "  -") && !strings.HasSuffix(strings.TrimSpace(l), "-") {
			t.Errorf("a scenario without a baseline should end in dashes: %q", l)
		}
	}

	var js bytes.Buffer
	if err := rep.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(js.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Scenarios) != 2 || back.Scenarios[0].Raw.Throughput != 2000 || back.Scenarios[1].Raw != nil || back.ServerPeakMB != 80.5 {
		t.Fatalf("JSON round trip = %+v", back)
	}
}
