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

// fuzzValues are the values of a structured span that must not survive: the 11 digits of
// a mobile (without +86), the digits of a card, the compact ID, credit code or email. A span
// longer than one value (two adjacent values merged) yields every window that has the
// shape of its type.
func fuzzValues(sp Span) []string {
	v := fuzzCompact(sp.Text)
	digits := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, v)
	windows := func(n int, shape func(string) bool) []string {
		var out []string
		for i := 0; i+n <= len(digits); i++ {
			if w := digits[i : i+n]; shape(w) {
				out = append(out, w)
			}
		}
		return out
	}
	switch sp.Type {
	case Mobile:
		if len(digits) <= 15 {
			return []string{digits[max(0, len(digits)-11):]}
		}
		return windows(11, mobileDigits)
	case BankCard:
		if len(digits) <= 19 {
			return []string{digits}
		}
		var out []string
		for n := 16; n <= 19; n++ {
			out = append(out, windows(n, func(w string) bool { return luhn(w) || strings.HasPrefix(w, "62") })...)
		}
		return out
	case IDNumber:
		if len(v) <= 18 {
			return []string{v}
		}
		return windows(17, func(w string) bool { return id18Plausible(w + "0") })
	case USCC, Email:
		return []string{v}
	}
	return nil
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
		for _, sp := range res.Spans {
			for _, v := range fuzzValues(sp) {
				if len(v) >= 5 && strings.Contains(out, v) {
					t.Fatalf("%s %q (value %q) found in %q survives in the output %q", sp.Type, sp.Text, v, text, res.Text)
				}
			}
		}
	})
}
