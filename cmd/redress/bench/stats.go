// Package bench drives a running Redress server over HTTP and the same work directly on
// its database, and reports the two side by side.
package bench

import (
	"math"
	"slices"
	"time"
)

// Percentile is the nearest-rank percentile p (0..100) of sorted latencies; 0 for none.
func Percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(math.Ceil(p / 100 * float64(len(sorted))))
	return sorted[min(max(rank, 1), len(sorted))-1]
}

// Figures are one scenario's measured throughput and latencies.
type Figures struct {
	Requests   int     `json:"requests"`
	Errors     int     `json:"errors"`
	Throughput float64 `json:"throughput_per_s"`
	P50ms      float64 `json:"p50_ms"`
	P95ms      float64 `json:"p95_ms"`
	P99ms      float64 `json:"p99_ms"`
}

// Summarize computes the figures of latencies measured over elapsed; it sorts latencies.
func Summarize(latencies []time.Duration, errors int, elapsed time.Duration) Figures {
	slices.Sort(latencies)
	f := Figures{Requests: len(latencies), Errors: errors}
	if elapsed > 0 {
		f.Throughput = float64(len(latencies)) / elapsed.Seconds()
	}
	f.P50ms, f.P95ms, f.P99ms = ms(Percentile(latencies, 50)), ms(Percentile(latencies, 95)), ms(Percentile(latencies, 99))
	return f
}

func ms(d time.Duration) float64 { return math.Round(float64(d)/float64(time.Millisecond)*100) / 100 }
