package anonymize

import (
	"strings"
	"testing"
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

// BenchmarkScrub reports MB/s over realistic Chinese narratives, one document at a time
// (as case studies are drafted) and as one long text.
func BenchmarkScrub(b *testing.B) {
	c := GenerateCorpus(7, 300)
	b.Run("Docs", func(b *testing.B) {
		n := 0
		for _, d := range c.Docs {
			n += len(d.Text)
		}
		b.SetBytes(int64(n))
		for b.Loop() {
			for _, d := range c.Docs {
				Scrub(d.Text, d.Parties)
			}
		}
	})
	b.Run("LongText", func(b *testing.B) {
		text, parties := benchText(b)
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			Scrub(text, parties)
		}
	})
}
