package anonymize

import (
	"strings"
	"testing"
	"unicode"
)

// fuzzCompact is the fuzz test's own notion of "in any spacing": spaces and dashes dropped,
// full-width letters and digits folded, letters upper-cased.
func fuzzCompact(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || r == '-' || r == '－':
		case r >= '０' && r <= '９':
			b.WriteRune(r - '０' + '0')
		case r >= 'Ａ' && r <= 'Ｚ':
			b.WriteRune(r - 'Ａ' + 'A')
		case r >= 'ａ' && r <= 'ｚ':
			b.WriteRune(r - 'ａ' + 'A')
		default:
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

// fuzzValue is the part of a structured value that must not survive: the 11 digits of a
// mobile (without +86), the digits of a card, the compact ID, credit code or email.
func fuzzValue(sp Span) string {
	v := fuzzCompact(sp.Text)
	digits := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, v)
	switch sp.Type {
	case Mobile:
		return digits[max(0, len(digits)-11):]
	case BankCard:
		return digits
	case IDNumber, USCC, Email:
		return v
	}
	return ""
}

// fuzzFound returns the structured values the detectors found in text, before overlaps are
// resolved and repetitions added: the values the output must not contain.
func fuzzFound(text string, parties []Party) []Span {
	s := &scanner{text: text}
	s.scan()
	s.emails()
	s.urls()
	s.parties(parties)
	return s.spans
}

func FuzzScrub(f *testing.F) {
	for _, d := range GenerateCorpus(3, 20).Docs {
		party := ""
		if len(d.Parties) > 0 {
			party = d.Parties[0].FullName
		}
		f.Add(d.Text, party)
	}
	for _, tc := range scrubCases {
		party := ""
		if len(tc.parties) > 0 {
			party = tc.parties[0].FullName
		}
		f.Add(tc.text, party)
	}
	for _, n := range narrativeCases {
		f.Add(n.text, "")
	}
	for _, text := range cleanNarratives {
		f.Add(text, "")
	}
	f.Fuzz(func(t *testing.T, text, party string) {
		var parties []Party
		if party != "" {
			parties = []Party{{FullName: party}}
		}
		res := Scrub(text, parties)
		at := 0
		for i, sp := range res.Spans {
			if sp.Start < at || sp.End <= sp.Start || sp.End > len(text) {
				t.Fatalf("span %d %+v out of order or bounds (previous end %d, len %d)", i, sp, at, len(text))
			}
			if text[sp.Start:sp.End] != sp.Text {
				t.Fatalf("span %d text %q, original %q", i, sp.Text, text[sp.Start:sp.End])
			}
			at = sp.End
		}
		// Idempotent: the output holds nothing more to scrub.
		if again := Scrub(res.Text, parties); len(again.Spans) > 0 {
			t.Fatalf("not idempotent: %q -> %q, then found %+v", text, res.Text, again.Spans)
		}
		out := fuzzCompact(res.Text)
		for _, sp := range fuzzFound(text, parties) {
			if v := fuzzValue(sp); len(v) >= 5 && strings.Contains(out, v) {
				t.Fatalf("%s %q found in %q survives in the output %q", sp.Type, sp.Text, text, res.Text)
			}
		}
	})
}
