// Package studytext makes the text of a case study agree with what the study publishes,
// and checks that text before it goes out. Generalize rewrites a drafted narrative or
// title to the study's generalized facts (dates to the published period, amounts and ages
// to their bands, places finer than the published region to that region, the names of
// individually run shops to a generic shop); Check reads the final text of every field the
// way a reader could, normalized (Traditional to Simplified, full-width to ASCII, Chinese
// numerals to digits), runs the whole anonymizer over it and looks for every person and
// number known to the case, and reports each finding with its place in the original.
//
// It imports only the standard library and domain/anonymize, so the domain can use it
// without a cycle.
package studytext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/redress-project/redress/domain/anonymize"
)

// minNumeralRun is the shortest run of spelled-out digits taken for a number: long enough
// to leave words like 一二三 or 三四天 alone, short enough for a landline or a QQ number.
const minNumeralRun = 5

// normalized is a text rewritten for reading, with each of its bytes' source in the
// original: start[i] and end[i] are the original byte range of the rune byte i came from.
type normalized struct {
	text       string
	start, end []int
}

// span maps a byte range of the normalized text back to the original.
func (n normalized) span(s, e int) (int, int) {
	if s >= e || e > len(n.text) {
		return 0, 0
	}
	return n.start[s], n.end[e-1]
}

// normalize folds what a reader reads the same: Traditional characters to Simplified,
// full-width forms and the ideographic space to ASCII, and runs of spelled-out digits to
// digits (their separators dropped). With fold it also lower-cases and keeps only letters, digits, '@' and '.', so
// 138 0013 8000 and 138-0013-8000 compare equal.
func normalize(text string, fold bool) normalized {
	n := normalized{start: make([]int, 0, len(text)), end: make([]int, 0, len(text))}
	var b strings.Builder
	b.Grow(len(text))
	emit := func(r rune, from, to int) {
		if fold {
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '@' || r == '.') {
				return
			}
			r = unicode.ToLower(r)
		}
		w := utf8.RuneLen(r)
		b.WriteRune(r)
		for range w {
			n.start, n.end = append(n.start, from), append(n.end, to)
		}
	}
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		if _, ok := anonymize.NumeralDigit(r); ok {
			// A run of spelled-out digits, perhaps spaced or dashed, becomes digits.
			j, digits := i, 0
			var ends []int
			for j < len(text) {
				r2, w2 := utf8.DecodeRuneInString(text[j:])
				if _, ok := anonymize.NumeralDigit(r2); ok {
					digits++
					ends = append(ends, j+w2)
				} else if !(r2 == ' ' || r2 == '-' || r2 == '\u3000') {
					break
				}
				j += w2
			}
			if digits >= minNumeralRun {
				// The separators go: 一三九 五六二七 三六七四 reads as one number.
				for k := i; k < ends[len(ends)-1]; {
					r2, w2 := utf8.DecodeRuneInString(text[k:])
					if d, ok := anonymize.NumeralDigit(r2); ok {
						emit(rune(d), k, k+w2)
					}
					k += w2
				}
				i = ends[len(ends)-1]
				continue
			}
		}
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			r -= 0xFEE0
		case r == '\u3000':
			r = ' '
		default:
			r = anonymize.Simplified(r)
		}
		emit(r, i, i+w)
		i += w
	}
	n.text = b.String()
	return n
}
