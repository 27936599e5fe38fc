package anonymize

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// LoadJSONL reads a hand-labeled corpus in the JSON Lines format of testdata/corpus/SPEC.md:
// one {"id", "lang", "text", "pii": [{"type", "text"}], "traps": [...], "negative"} object a
// line. The labels are verbatim strings, not offsets: every occurrence of a pii string in
// the text is a gold span of its type, and every occurrence of a trap a hard negative.
func LoadJSONL(r io.Reader) (Corpus, error) {
	var c Corpus
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		raw := strings.TrimSpace(sc.Text())
		if raw == "" {
			continue
		}
		var in struct {
			ID   string `json:"id"`
			Lang string `json:"lang"`
			Text string `json:"text"`
			PII  []struct {
				Type string `json:"type"`
				Text string `json:"text"`
			} `json:"pii"`
			Traps    []string `json:"traps"`
			Negative bool     `json:"negative"`
		}
		if err := json.Unmarshal([]byte(raw), &in); err != nil {
			return Corpus{}, fmt.Errorf("line %d: %w", line, err)
		}
		d := Doc{ID: in.ID, Lang: in.Lang, Text: in.Text, Negative: in.Negative}
		for _, p := range in.PII {
			occ := occurrences(in.Text, p.Text)
			if len(occ) == 0 {
				return Corpus{}, fmt.Errorf("line %d (%s): pii %q does not occur in the text", line, in.ID, p.Text)
			}
			for _, at := range occ {
				d.Spans = append(d.Spans, Span{Start: at, End: at + len(p.Text), Type: Type(p.Type), Text: p.Text})
			}
		}
		for _, tr := range in.Traps {
			for _, at := range occurrences(in.Text, tr) {
				d.Traps = append(d.Traps, Span{Start: at, End: at + len(tr), Text: tr})
			}
		}
		sort.Slice(d.Spans, func(i, j int) bool { return d.Spans[i].Start < d.Spans[j].Start })
		c.Docs = append(c.Docs, d)
	}
	if err := sc.Err(); err != nil {
		return Corpus{}, err
	}
	return c, nil
}

// LoadJSONLFile reads a corpus file with LoadJSONL.
func LoadJSONLFile(path string) (Corpus, error) {
	f, err := os.Open(path)
	if err != nil {
		return Corpus{}, err
	}
	defer f.Close()
	c, err := LoadJSONL(f)
	if err != nil {
		return Corpus{}, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// occurrences returns the byte offsets of every non-overlapping occurrence of sub in s.
func occurrences(s, sub string) []int {
	if sub == "" {
		return nil
	}
	var out []int
	for off := 0; ; {
		k := strings.Index(s[off:], sub)
		if k < 0 {
			return out
		}
		out = append(out, off+k)
		off += k + len(sub)
	}
}
