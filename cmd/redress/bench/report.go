package bench

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"text/tabwriter"
)

// Result is one scenario through the API, beside the same work done directly on the
// database when there is such a baseline.
type Result struct {
	Name            string   `json:"name"`
	API             Figures  `json:"api"`
	CPUmsPerRequest float64  `json:"server_cpu_ms_per_request"`
	Baseline        string   `json:"baseline,omitempty"`
	Raw             *Figures `json:"raw,omitempty"`
	// ThroughputRatio is the API's throughput over the raw one; P99Ratio the API's p99
	// latency over the raw one.
	ThroughputRatio *float64 `json:"throughput_ratio,omitempty"`
	P99Ratio        *float64 `json:"p99_ratio,omitempty"`
	FirstError      string   `json:"first_error,omitempty"`
}

// SetRaw records the baseline's figures and the ratios to it.
func (r *Result) SetRaw(name string, raw Figures) {
	r.Baseline, r.Raw = name, &raw
	if raw.Throughput > 0 {
		t := round2(r.API.Throughput / raw.Throughput)
		r.ThroughputRatio = &t
	}
	if raw.P99ms > 0 {
		p := round2(r.API.P99ms / raw.P99ms)
		r.P99Ratio = &p
	}
}

// Report is a whole run.
type Report struct {
	Dialect      string   `json:"dialect"`
	Cases        int      `json:"cases"`
	Cores        int      `json:"cores"`
	Clients      int      `json:"clients"`
	SecondsEach  float64  `json:"seconds_per_scenario"`
	SeedSeconds  float64  `json:"seed_seconds"`
	SeedRate     float64  `json:"seed_cases_per_s"`
	Scenarios    []Result `json:"scenarios"`
	ServerPeakMB float64  `json:"server_peak_rss_mb"`
	ServerLastMB float64  `json:"server_rss_mb_at_end"`
	ServerCPUms  float64  `json:"server_cpu_ms_per_request"`
	ServerKind   string   `json:"server"` // child (its own process) or in-process (shares the bench's)
}

// WriteJSON writes the report as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// WriteTable writes the report as an aligned table.
func (r *Report) WriteTable(w io.Writer) error {
	fmt.Fprintf(w, "%d cases on %s, %d cores; seeded in %.1f s (%.0f cases/s); %d clients, %.0f s per scenario\n\n",
		r.Cases, r.Dialect, r.Cores, r.SeedSeconds, r.SeedRate, r.Clients, r.SecondsEach)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "scenario\treq/s\tp50 ms\tp95 ms\tp99 ms\terrors\tcpu ms/req\t\traw baseline\traw req/s\traw p99 ms\treq/s ratio\tp99 ratio\t")
	for _, s := range r.Scenarios {
		fmt.Fprintf(tw, "%s\t%.0f\t%.2f\t%.2f\t%.2f\t%d\t%.2f\t\t", s.Name, s.API.Throughput, s.API.P50ms, s.API.P95ms, s.API.P99ms, s.API.Errors, s.CPUmsPerRequest)
		if s.Raw == nil {
			fmt.Fprint(tw, "-\t-\t-\t-\t-\t\n")
			continue
		}
		fmt.Fprintf(tw, "%s\t%.0f\t%.2f\t%s\t%s\t\n", s.Baseline, s.Raw.Throughput, s.Raw.P99ms, ratio(s.ThroughputRatio), ratio(s.P99Ratio))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nserver (%s): peak RSS %.1f MB, RSS at end %.1f MB, %.2f CPU ms per request overall\n", r.ServerKind, r.ServerPeakMB, r.ServerLastMB, r.ServerCPUms)
	for _, s := range r.Scenarios {
		if s.FirstError != "" {
			fmt.Fprintf(w, "%s: %d errors, the first: %s\n", s.Name, s.API.Errors, s.FirstError)
		}
	}
	return nil
}

func ratio(r *float64) string {
	if r == nil {
		return "-"
	}
	return fmt.Sprintf("%.2f", *r)
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }
