package anonymize

import (
	"strings"
	"syscall"
	"testing"
	"time"
)

// benchText is realistic narrative: the positive and negative documents of a small corpus
// joined into one text of a few hundred kilobytes.
func benchText(tb testing.TB) (string, []Party) {
	tb.Helper()
	c := GenerateCorpus(7, 300)
	var b strings.Builder
	var parties []Party
	for _, d := range c.Docs {
		b.WriteString(d.Text)
		b.WriteString("\n")
		if len(parties) < 3 {
			parties = append(parties, d.Parties...)
		}
	}
	return b.String(), parties
}

// cpuTime is the CPU time the process has used: on a shared machine wall-clock MB/s
// measures the neighbours, CPU-time MB/s the scrubber on one core.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports MB per CPU-second next to the wall-clock MB/s.
func reportCPU(b *testing.B, bytes int64, start time.Duration) {
	if cpu := cpuTime() - start; cpu > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/cpu.Seconds()/1e6, "MB/cpu-s")
	}
}

// BenchmarkScrub reports MB/s over realistic Chinese narratives, one document at a time
// (as case studies are drafted) and as one long text, the name model loaded; and over the
// hand-written development corpus (Simplified, Traditional, English).
func BenchmarkScrub(b *testing.B) {
	c := GenerateCorpus(7, 300)
	getNameModel() // loaded once per process, on the first text that needs it
	b.Run("Docs", func(b *testing.B) {
		n := 0
		for _, d := range c.Docs {
			n += len(d.Text)
		}
		b.SetBytes(int64(n))
		start := cpuTime()
		for b.Loop() {
			for _, d := range c.Docs {
				Scrub(d.Text, d.Parties)
			}
		}
		reportCPU(b, int64(n), start)
	})
	b.Run("LongText", func(b *testing.B) {
		text, parties := benchText(b)
		b.SetBytes(int64(len(text)))
		start := cpuTime()
		for b.Loop() {
			Scrub(text, parties)
		}
		reportCPU(b, int64(len(text)), start)
	})
	b.Run("DevCorpus", func(b *testing.B) {
		dev, err := DevCorpus()
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for _, d := range dev.Docs {
			n += len(d.Text)
		}
		b.SetBytes(int64(n))
		start := cpuTime()
		for b.Loop() {
			for _, d := range dev.Docs {
				Scrub(d.Text, nil)
			}
		}
		reportCPU(b, int64(n), start)
	})
}
