package bench

import (
	"testing"
	"time"
)

func TestPercentile(t *testing.T) {
	ms := func(ns ...int) []time.Duration {
		out := make([]time.Duration, len(ns))
		for i, n := range ns {
			out[i] = time.Duration(n) * time.Millisecond
		}
		return out
	}
	hundred := make([]int, 100)
	for i := range hundred {
		hundred[i] = i + 1
	}
	tests := []struct {
		name string
		lat  []time.Duration
		p    float64
		want time.Duration
	}{
		{"Empty", nil, 50, 0},
		{"One", ms(7), 99, 7 * time.Millisecond},
		{"MedianOfOdd", ms(1, 2, 3), 50, 2 * time.Millisecond},
		{"MedianOfEvenTakesLowerRank", ms(1, 2, 3, 4), 50, 2 * time.Millisecond},
		{"P99OfHundred", ms(hundred...), 99, 99 * time.Millisecond},
		{"P95OfHundred", ms(hundred...), 95, 95 * time.Millisecond},
		{"P100IsMax", ms(hundred...), 100, 100 * time.Millisecond},
		{"P0IsMin", ms(hundred...), 0, time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Percentile(tt.lat, tt.p); got != tt.want {
				t.Fatalf("Percentile(p%v) = %v, want %v", tt.p, got, tt.want)
			}
		})
	}
}

func TestSummarize(t *testing.T) {
	lat := []time.Duration{30 * time.Millisecond, 10 * time.Millisecond, 20 * time.Millisecond, 40 * time.Millisecond}
	f := Summarize(lat, 1, 2*time.Second)
	if f.Requests != 4 || f.Errors != 1 || f.Throughput != 2 || f.P50ms != 20 || f.P99ms != 40 {
		t.Fatalf("figures = %+v", f)
	}
}

func TestParseStatCPU(t *testing.T) {
	// The command name holds a space and a parenthesis; utime 250 and stime 50 ticks.
	stat := "4242 (red ress) S 1 4242 4242 0 -1 4194560 900 0 0 0 250 50 0 0 20 0 9 0 12345 100000 2000"
	got, err := parseStatCPU(stat)
	if err != nil || got != 3*time.Second {
		t.Fatalf("parseStatCPU = %v, %v; want 3s", got, err)
	}
	if _, err := parseStatCPU("garbage"); err == nil {
		t.Fatal("parseStatCPU(garbage) succeeded")
	}
}
