package studytext

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/redress-project/redress/domain/anonymize"
)

// Field is one text field of a case study as it stands.
type Field struct {
	Name, Text string
}

// Known is a value known to the case: a person's name, a number, an email.
type Known struct {
	Type  anonymize.Type
	Value string
}

// Finding is personal data in a field: the span is in the field's original text.
type Finding struct {
	Field string
	anonymize.Span
}

// Known collects the values worth looking for in a published text from texts of the case
// (its narrative, messages, notes, attachments' file names): whatever the anonymizer
// finds in them that identifies someone.
func KnownIn(texts ...string) []Known {
	var out []Known
	for _, t := range texts {
		if t == "" {
			continue
		}
		for _, sp := range anonymize.Scrub(normalize(t, false).text, nil).Spans {
			switch sp.Type {
			case anonymize.Name, anonymize.Mobile, anonymize.Landline, anonymize.IDNumber, anonymize.BankCard, anonymize.Email, anonymize.SocialID:
				out = append(out, Known{Type: sp.Type, Value: sp.Text})
			}
		}
	}
	return out
}

// minKnownLen is the shortest folded value looked for: two runes for a name (张伟), five
// characters for a number, so that a known "12" does not match every price.
func minKnownLen(t anonymize.Type, folded string) bool {
	if t == anonymize.Name {
		return utf8.RuneCountInString(folded) >= 2
	}
	return len(folded) >= 5
}

// Check reads every field as a reader could, normalized, and reports the personal data in
// it: whatever the anonymizer finds, and every known value however it is spaced or
// written (full-width, Traditional, spelled-out digits). Findings are ordered by field and
// place and do not overlap.
func Check(fields []Field, known []Known) []Finding {
	var parties []anonymize.Party
	type needle struct {
		t anonymize.Type
		v string
	}
	var needles []needle
	seen := map[string]bool{}
	for _, k := range known {
		v := normalize(k.Value, true).text
		if !minKnownLen(k.Type, v) || seen[v] {
			continue
		}
		seen[v] = true
		needles = append(needles, needle{k.Type, v})
		if k.Type == anonymize.Name {
			parties = append(parties, anonymize.Party{FullName: normalize(strings.TrimSpace(k.Value), false).text})
		}
	}
	var out []Finding
	for _, f := range fields {
		var spans []anonymize.Span
		n := normalize(f.Text, false)
		for _, sp := range anonymize.Scrub(n.text, parties).Spans {
			s, e := n.span(sp.Start, sp.End)
			spans = append(spans, anonymize.Span{Start: s, End: e, Type: sp.Type})
		}
		folded := normalize(f.Text, true)
		for _, nd := range needles {
			for at := 0; ; {
				i := strings.Index(folded.text[at:], nd.v)
				if i < 0 {
					break
				}
				s, e := folded.span(at+i, at+i+len(nd.v))
				spans = append(spans, anonymize.Span{Start: s, End: e, Type: nd.t})
				at += i + len(nd.v)
			}
		}
		for _, sp := range merge(spans) {
			sp.Text = f.Text[sp.Start:sp.End]
			out = append(out, Finding{Field: f.Name, Span: sp})
		}
	}
	return out
}

// merge orders spans and keeps, of overlapping ones, the one that starts first (the
// longer at the same start).
func merge(spans []anonymize.Span) []anonymize.Span {
	sort.Slice(spans, func(i, j int) bool {
		if spans[i].Start != spans[j].Start {
			return spans[i].Start < spans[j].Start
		}
		return spans[i].End > spans[j].End
	})
	var out []anonymize.Span
	for _, sp := range spans {
		if sp.End <= sp.Start {
			continue
		}
		if len(out) > 0 && sp.Start < out[len(out)-1].End {
			if sp.End > out[len(out)-1].End {
				out[len(out)-1].End = sp.End
			}
			continue
		}
		out = append(out, sp)
	}
	return out
}
