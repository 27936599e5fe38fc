package anonymize

import (
	"sort"
	"unicode"
	"unicode/utf8"
)

// A structured value found once is scrubbed everywhere it appears again, in any spacing:
// "13812345678" found after 电话 also takes "138 1234 5678" in a model-number-like
// "138-1234-5678A" or inside a longer run. echoes finds those repetitions.

// isGap reports whether r is ignored when two values are compared in any spacing.
func isGap(r rune) bool {
	return r == '-' || r == '－' || unicode.IsSpace(r)
}

// foldASCII maps half- and full-width letters and digits (and other printable ASCII) to
// upper-case ASCII; ok is false for anything else.
func foldASCII(r rune) (byte, bool) {
	switch {
	case r >= 'a' && r <= 'z':
		return byte(r - 'a' + 'A'), true
	case r > ' ' && r < 0x7f:
		return byte(r), true
	case r >= '０' && r <= '９':
		return byte(r - '０' + '0'), true
	case r >= 'Ａ' && r <= 'Ｚ':
		return byte(r - 'Ａ' + 'A'), true
	case r >= 'ａ' && r <= 'ｚ':
		return byte(r - 'ａ' + 'A'), true
	}
	return 0, false
}

// compactKey folds s and drops its gaps.
func compactKey(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if isGap(r) {
			continue
		}
		if c, ok := foldASCII(r); ok {
			b = append(b, c)
		}
	}
	return string(b)
}

// echoKey is the comparison key of a structured span, "" for types that are not echoed.
func echoKey(sp Span) string {
	switch sp.Type {
	case Mobile:
		d := digitsOf(sp.Text)
		if len(d) < 11 {
			return ""
		}
		return d[len(d)-11:]
	case BankCard:
		return digitsOf(sp.Text)
	case IDNumber, USCC, Email:
		return compactKey(sp.Text)
	}
	return ""
}

// digitsOf returns the half-width digits of s (full-width ones folded).
func digitsOf(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if c, ok := foldASCII(r); ok && c >= '0' && c <= '9' {
			b = append(b, c)
		}
	}
	return string(b)
}

// echoes returns spans for every further occurrence, in any spacing, of the structured
// values found (before overlaps were resolved: a card number inside a link counts too)
// outside the resolved spans (ordered, not overlapping). An occurrence that overlaps a span is left
// out: a placeholder cuts it, so it cannot survive whole, and merging it would only join
// neighbouring values (a phone and an adjacent card read without the space between them).
func echoes(text string, found, spans []Span) []Span {
	keys := map[string]Type{}
	lengths := map[int]bool{}
	for _, sp := range found {
		if k := echoKey(sp); len(k) >= 5 {
			keys[k] = sp.Type
			lengths[len(k)] = true
		}
	}
	if len(keys) == 0 {
		return nil
	}
	ls := make([]int, 0, len(lengths))
	for l := range lengths {
		ls = append(ls, l)
	}
	sort.Ints(ls)

	// The compact stream: folded characters without gaps; every other character is a 0
	// that no key contains. from/to map a stream byte back to the text.
	stream := make([]byte, 0, 256)
	from := make([]int, 0, 256)
	to := make([]int, 0, 256)
	var out []Span
	flush := func() {
		n := len(stream)
		for _, l := range ls {
			if l > n {
				break
			}
			for p := 0; p+l <= n; p++ {
				if t, ok := keys[string(stream[p:p+l])]; ok && !overlaps(spans, from[p], to[p+l-1]) {
					out = append(out, Span{Start: from[p], End: to[p+l-1], Type: t, Text: text[from[p]:to[p+l-1]]})
				}
			}
		}
		stream, from, to = stream[:0], from[:0], to[:0]
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '-' || (c >= '\t' && c <= '\r'):
			case c > ' ' && c < 0x7f:
				if c >= 'a' && c <= 'z' {
					c -= 'a' - 'A'
				}
				stream, from, to = append(stream, c), append(from, i), append(to, i+1)
			default:
				flush()
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError:
			flush()
		case isGap(r):
		default:
			if f, ok := foldASCII(r); ok {
				stream, from, to = append(stream, f), append(from, i), append(to, i+size)
			} else {
				flush()
			}
		}
		i += size
	}
	flush()
	return out
}

// overlaps reports whether any of the ordered, non-overlapping spans overlaps [a, e).
func overlaps(spans []Span, a, e int) bool {
	k := sort.Search(len(spans), func(i int) bool { return spans[i].End > a })
	return k < len(spans) && spans[k].Start < e
}

// nameEchoes returns spans for every further occurrence of a name found once (业主钱慧芳
// 反映 … 钱慧芳家在): a name the text gave is the same person wherever it is repeated, at
// the start of a sentence or before a verb no rule would read as a name's end. Only names
// of two or more characters are repeated, and never inside a resolved span.
func nameEchoes(text string, spans []Span) []Span {
	// one pass over the text between the spans, with the names indexed by their first
	// rune, so that a long text with many names stays linear
	byFirst := map[rune][]string{}
	seen := map[string]bool{}
	for _, sp := range spans {
		if sp.Type != Name || seen[sp.Text] || utf8.RuneCountInString(sp.Text) < 2 {
			continue
		}
		seen[sp.Text] = true
		r, _ := utf8.DecodeRuneInString(sp.Text)
		byFirst[r] = append(byFirst[r], sp.Text)
	}
	if len(byFirst) == 0 {
		return nil
	}
	var out []Span
	k, next := 0, 0 // next: the span after k
	for k < len(text) {
		for next < len(spans) && spans[next].End <= k {
			next++
		}
		if next < len(spans) && spans[next].Start <= k {
			k = spans[next].End
			continue
		}
		r, z := utf8.DecodeRuneInString(text[k:])
		for _, name := range byFirst[r] {
			e := k + len(name)
			if e <= len(text) && text[k:e] == name && !overlaps(spans, k, e) && !latinGlued(text, k, e) {
				out = append(out, Span{Start: k, End: e, Type: Name, Text: name})
				z = len(name)
				break
			}
		}
		k += z
	}
	return out
}

// latinGlued reports whether a Latin-script match at [a, e) is part of a longer word
// (Lee in Leeds).
func latinGlued(t string, a, e int) bool {
	return a > 0 && isAtomByte(t[a-1]) && isAtomByte(t[a]) || e < len(t) && isAtomByte(t[e]) && isAtomByte(t[e-1])
}
