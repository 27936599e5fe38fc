package anonymize

import (
	_ "embed"
	"sort"
	"strings"
	"unicode/utf8"
)

// Normalization. The detectors are written for Simplified Chinese with ASCII digits; what
// people actually type also comes in Traditional characters (孫先生, 台北市大安區), full-width
// forms (１３９…, ＠), Chinese numerals read out digit by digit (一三九五六二七三六七四),
// disguised emails (zhangwei88(at)163.com, liuming at qq dot com) and numbers broken by odd
// separators (139—1234—5678). normalize rewrites all of these into the form the detectors
// know and keeps, for every byte of the rewritten text, the range of the original text it
// came from, so that the spans found are mapped back and the ORIGINAL text is replaced.

// t2sTable is OpenCC's Traditional-to-Simplified character table (TSCharacters, first
// candidate of each entry, Apache-2.0), one "TS" pair a line. A character table and not
// OpenCC's phrase conversion: a character maps to one character, which is all detection
// needs, and the server does not take on OpenCC (it registers a global flag).
//
//go:embed t2s.txt
var t2sTable string

var t2s = func() map[rune]rune {
	m := make(map[rune]rune, 4200)
	for _, line := range strings.Split(t2sTable, "\n") {
		t, n := utf8.DecodeRuneInString(line)
		if n == 0 || n == len(line) {
			continue
		}
		s, _ := utf8.DecodeRuneInString(line[n:])
		if t == '於' {
			continue // a surname of its own in Simplified text too
		}
		m[t] = s
		if isHan(t) {
			runeFlags[t-hanFirst] |= fT2S
		}
	}
	return m
}()

// Simplified returns the Simplified form of a Traditional character, or r itself.
func Simplified(r rune) rune {
	if s, ok := t2s[r]; ok {
		return s
	}
	return r
}

// NumeralDigit returns the digit a Chinese numeral stands for when a number is read out
// digit by digit, for callers outside the package (see numeralDigit).
func NumeralDigit(r rune) (byte, bool) { return numeralDigit(r) }

// numeralDigit returns the digit a Chinese numeral stands for when a number is read out
// digit by digit (幺 for 1, 两 for 2, 〇 and 零 for 0).
func numeralDigit(r rune) (byte, bool) {
	switch r {
	case '零', '〇', '○', '洞': // 洞幺两拐勾: the radio reading of 0, 1, 2, 7, 9
		return '0', true
	case '拐':
		return '7', true
	case '勾':
		return '9', true
	case '一', '幺':
		return '1', true
	case '二', '两':
		return '2', true
	case '三':
		return '3', true
	case '四':
		return '4', true
	case '五':
		return '5', true
	case '六':
		return '6', true
	case '七':
		return '7', true
	case '八':
		return '8', true
	case '九':
		return '9', true
	// the financial forms (壹贰叁) that some write to keep a number from being misread
	case '壹':
		return '1', true
	case '贰', '貳':
		return '2', true
	case '叁', '參':
		return '3', true
	case '肆':
		return '4', true
	case '伍':
		return '5', true
	case '陆', '陸':
		return '6', true
	case '柒':
		return '7', true
	case '捌':
		return '8', true
	case '玖':
		return '9', true
	}
	return 0, false
}

// minNumeralRun is the shortest run of numerals and digits, at least one of them a Chinese
// numeral, read as a number: shorter runs are words (一一, 三五成群, 七八九).
const minNumeralRun = 7

// normText is a normalized text with its map back to the original.
type normText struct {
	text string
	// segs map the normalized text back to the original, in order; nil when text is the
	// original (nothing needed rewriting).
	segs []normSeg
	// traditional is set when Traditional characters were converted: Hong Kong and Taiwan
	// numbering plans apply (8-digit mobiles, 09 mobiles).
	traditional bool
}

// normSeg is a stretch of the normalized text: a copy of the original (ident) or the
// rewriting of one unit of it (a Traditional character, a numeral, a disguise).
type normSeg struct {
	n, o   int // where it starts in the normalized and in the original text
	nl, ol int // its lengths there
	ident  bool
}

// seg returns the segment that holds byte x of the normalized text.
func (n *normText) seg(x int) normSeg {
	k := sort.Search(len(n.segs), func(i int) bool { return n.segs[i].n+n.segs[i].nl > x })
	return n.segs[min(k, len(n.segs)-1)]
}

// origRange maps the range [s, e) of the normalized text to the original text.
func (n *normText) origRange(s, e int) (int, int) {
	if n.segs == nil {
		return s, e
	}
	a, b := n.seg(s), n.seg(e-1)
	os, oe := a.o, b.o+b.ol
	if a.ident {
		os = a.o + (s - a.n)
	}
	if b.ident {
		oe = b.o + (e - b.n)
	}
	return os, oe
}

// normBuilder writes a normalized text unit by unit.
type normBuilder struct {
	b           []byte
	segs        []normSeg
	traditional bool
}

// emit writes s as the rewriting of the original range [a, e).
func (nb *normBuilder) emit(s string, a, e int) {
	nb.segs = append(nb.segs, normSeg{n: len(nb.b), o: a, nl: len(s), ol: e - a})
	nb.b = append(nb.b, s...)
}

func (nb *normBuilder) emitByte(c byte, a, e int) {
	nb.segs = append(nb.segs, normSeg{n: len(nb.b), o: a, nl: 1, ol: e - a})
	nb.b = append(nb.b, c)
}

// copyRange copies the original t[a:e] unchanged.
func (nb *normBuilder) copyRange(t string, a, e int) {
	if k := len(nb.segs) - 1; k >= 0 && nb.segs[k].ident && nb.segs[k].o+nb.segs[k].ol == a {
		nb.segs[k].nl += e - a
		nb.segs[k].ol += e - a
	} else {
		nb.segs = append(nb.segs, normSeg{n: len(nb.b), o: a, nl: e - a, ol: e - a, ident: true})
	}
	nb.b = append(nb.b, t[a:e]...)
}

// isT2S reports whether r is a Traditional character with a Simplified form.
func isT2S(r rune) bool {
	if isHan(r) {
		return hanFlags(r)&fT2S != 0
	}
	if r < 0x3400 {
		return false
	}
	_, ok := t2s[r]
	return ok
}

// needsNormalizing reports whether normalize would change anything, cheaply: most
// narratives are Simplified text with ASCII digits and need no copy.
func needsNormalizing(t string) bool {
	numerals := 0
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			if c == '(' && i+1 < len(t) && (t[i+1] == '+' || t[i+1] == '8') {
				return true // a country code in brackets: (+86)
			}
			if c == '(' || c == '[' || c == '#' || c == '-' || c == ' ' || c == '.' || c == '_' || c == '/' {
				if i > 0 && i+1 < len(t) && isAtomByte(t[i-1]) {
					return true // a possible disguise or separator: let the full pass decide
				}
			}
			numerals = 0
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		if isT2S(r) || (r >= 0xFF01 && r <= 0xFF5E) {
			return true
		}
		if _, ok := numeralDigit(r); ok {
			numerals++
			if numerals >= 3 {
				return true
			}
		} else {
			numerals = 0
		}
		i += n
	}
	return false
}

// normalize rewrites t for detection; see the top of this file.
func normalize(t string) normText {
	if !needsNormalizing(t) {
		return normText{text: t}
	}
	nb := normBuilder{b: make([]byte, 0, len(t)), segs: make([]normSeg, 0, 16)}
	for i := 0; i < len(t); {
		if e := nb.numeralRun(t, i); e > i {
			i = e
			continue
		}
		if e := nb.disguisedEmail(t, i); e > i {
			i = e
			continue
		}
		if e := nb.numberSeparator(t, i); e > i {
			i = e
			continue
		}
		if e := nb.spacedCheckDigit(t, i); e > i {
			i = e
			continue
		}
		if e := nb.spacedDigits(t, i); e > i {
			i = e
			continue
		}
		if e := nb.countryCode(t, i); e > i {
			i = e
			continue
		}
		if t[i] < utf8.RuneSelf {
			nb.copyRange(t, i, i+1)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		if c, ok := foldWide(r); ok {
			nb.emitByte(c, i, i+n)
		} else if isT2S(r) {
			nb.emit(string(t2s[r]), i, i+n)
			nb.traditional = true
		} else {
			nb.copyRange(t, i, i+n)
		}
		i += n
	}
	return normText{text: string(nb.b), segs: nb.segs, traditional: nb.traditional}
}

// foldWide returns the ASCII form of a full-width digit, letter or of the punctuation that
// occurs inside numbers and emails.
func foldWide(r rune) (byte, bool) {
	switch {
	case r >= '０' && r <= '９':
		return byte(r-'０') + '0', true
	case r >= 'Ａ' && r <= 'Ｚ':
		return byte(r-'Ａ') + 'A', true
	case r >= 'ａ' && r <= 'ｚ':
		return byte(r-'ａ') + 'a', true
	}
	switch r {
	case '＠':
		return '@', true
	case '．':
		return '.', true
	case '＿':
		return '_', true
	case '－':
		return '-', true
	case '＋':
		return '+', true
	}
	return 0, false
}

// digitAt returns the digit of the ASCII, full-width or Chinese-numeral digit at i.
func digitAt(t string, i int) (byte, int, bool) {
	if i >= len(t) {
		return 0, 0, false
	}
	if isASCIIDigit(t[i]) {
		return t[i], 1, true
	}
	r, n := utf8.DecodeRuneInString(t[i:])
	if r >= '０' && r <= '９' {
		return byte(r-'０') + '0', n, true
	}
	if d, ok := numeralDigit(r); ok {
		return d, n, true
	}
	return 0, 0, false
}

// numeralRun rewrites a number read out in Chinese numerals (一三九五六二七三六七四, also
// mixed with digits and with spaces or dashes between groups) into ASCII digits; it returns
// the end of what it wrote, or i.
func (nb *normBuilder) numeralRun(t string, i int) int {
	if _, ok := numeralDigit(firstRune(t[i:])); !ok {
		return i
	}
	// A numeral run does not start inside a run of ASCII digits.
	if i > 0 && isASCIIDigit(t[i-1]) {
		return i
	}
	count, han, j, lastEnd := 0, 0, i, i
	type unit struct {
		d    byte
		a, e int
	}
	var units [40]unit
	group := 0
	for j < len(t) && count < len(units) {
		d, n, ok := digitAt(t, j)
		if !ok {
			// one separator between groups
			if count > 0 && j < len(t) && (t[j] == ' ' || t[j] == '-') {
				if _, _, ok2 := digitAt(t, j+1); ok2 {
					j++
					group = 0
					continue
				}
			}
			// 一三七、8988、8008: a comma between groups of three or more digits, never
			// inside an enumeration (一、二、三)
			if group >= 3 {
				if z := listComma(t, j); z > 0 && digitsAhead(t, j+z) >= 3 {
					j += z
					group = 0
					continue
				}
			}
			break
		}
		group++
		if !isASCIIDigit(t[j]) && !(n == 3 && t[j] == 0xEF) {
			han++
		}
		units[count] = unit{d, j, j + n}
		count++
		j += n
		lastEnd = j
	}
	if count < minNumeralRun || han == 0 || (lastEnd < len(t) && isASCIIDigit(t[lastEnd])) {
		return i
	}
	// 一万二千 is an amount, not a number read digit by digit; a run of numerals always is.
	for k := 0; k < count; k++ {
		if k > 0 && units[k].a != units[k-1].e {
			nb.emitByte(' ', units[k-1].e, units[k].a)
		}
		nb.emitByte(units[k].d, units[k].a, units[k].e)
	}
	return lastEnd
}

// listComma returns the width of a comma or enumeration comma at i, or 0.
func listComma(t string, i int) int {
	switch {
	case strings.HasPrefix(t[i:], "、"), strings.HasPrefix(t[i:], "，"):
		return len("、")
	case t[i] == ',':
		return 1
	}
	return 0
}

// digitsAhead counts the digits (of any form) that follow i without a break, up to 4.
func digitsAhead(t string, i int) int {
	n := 0
	for n < 4 {
		_, z, ok := digitAt(t, i)
		if !ok {
			break
		}
		i += z
		n++
	}
	return n
}

// firstRuneString returns the first rune of s as a string.
func firstRuneString(s string) string {
	_, z := utf8.DecodeRuneInString(s)
	return s[:z]
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// numberSeparator rewrites an odd separator between two groups of digits (two spaces, an
// em dash, a slash, an underscore, a full-width space) into one space; it returns the end
// of the separator it rewrote, or i.
func (nb *normBuilder) numberSeparator(t string, i int) int {
	if i == 0 || !isASCIIDigit(t[i-1]) && !(i >= 3 && fullWidthDigitAt(t, i-3)) {
		return i
	}
	j, units, odd := i, 0, false
	for j < len(t) && units < 4 {
		switch {
		case t[j] == ' ' || t[j] == '\t':
			j++
		case t[j] == '-' || t[j] == '_' || t[j] == '/':
			odd = odd || t[j] != '-'
			j++
		case t[j] == '~':
			odd = true
			j++
		case strings.HasPrefix(t[j:], "～") || strings.HasPrefix(t[j:], "·"):
			odd = true
			j += len(firstRuneString(t[j:]))
		case strings.HasPrefix(t[j:], "—") || strings.HasPrefix(t[j:], "–") || strings.HasPrefix(t[j:], "‐") || strings.HasPrefix(t[j:], "\u3000"):
			odd = true
			j += 3
		case strings.HasPrefix(t[j:], "\u00a0"):
			odd = true
			j += 2
		default:
			goto end
		}
		units++
	}
end:
	if j == i || (units < 2 && !odd) {
		return i
	}
	if j >= len(t) || !(isASCIIDigit(t[j]) || fullWidthDigitAt(t, j)) {
		return i
	}
	nb.emitByte(' ', i, j)
	return j
}

// minSpacedDigits is the shortest run of single digits with a space or dash between each
// that is read as one number: a number typed out digit by digit (1 3 5 2 9 9 3 5 0 2 1).
const minSpacedDigits = 7

// spacedDigits rewrites a number typed with a separator after every digit into its digits,
// each mapped to itself and the separator after it; it returns the end of what it wrote,
// or i.
func (nb *normBuilder) spacedDigits(t string, i int) int {
	if !isASCIIDigit(t[i]) || (i > 0 && isAtomByte(t[i-1])) {
		return i
	}
	j, count := i, 0
	var digs [20][2]int // each digit and the separators after it
	for count < len(digs) {
		if j+1 < len(t) && isAtomByte(t[j+1]) {
			return i // a group of several digits: not typed digit by digit
		}
		count++
		// up to three separators between two digits (1 3 4 - 3 2 8 9)
		g := j + 1
		for g < len(t) && g-j <= 3 && (t[g] == ' ' || t[g] == '-' || t[g] == '.') {
			g++
		}
		if g > j+1 && g-j <= 4 && g < len(t) && isASCIIDigit(t[g]) {
			digs[count-1] = [2]int{j, g}
			j = g
			continue
		}
		digs[count-1] = [2]int{j, j + 1}
		j++
		break
	}
	if count < minSpacedDigits {
		return i
	}
	for _, d := range digs[:count] {
		nb.emitByte(t[d[0]], d[0], d[1])
	}
	return j
}

// spacedCheckDigit joins the check character of a resident ID to its 17 digits when a
// space stands between them (36010219720713026 x); it returns the end of what it wrote,
// or i.
func (nb *normBuilder) spacedCheckDigit(t string, i int) int {
	if t[i] != ' ' || i == 0 || !isASCIIDigit(t[i-1]) || i+1 >= len(t) || t[i+1]|0x20 != 'x' || (i+2 < len(t) && isAtomByte(t[i+2])) {
		return i
	}
	digits := 0
	for k := i - 1; k >= 0 && (isASCIIDigit(t[k]) || t[k] == ' ' || t[k] == '-'); k-- {
		if isASCIIDigit(t[k]) {
			digits++
		}
	}
	if digits != 17 {
		return i
	}
	nb.emit(t[i+1:i+2], i, i+2)
	return i + 2
}

// countryCode rewrites a calling code in brackets ((+86), （+852）) into the plain form
// (+86 ) that the detectors read before a number.
func (nb *normBuilder) countryCode(t string, i int) int {
	var open string
	switch {
	case strings.HasPrefix(t[i:], "("):
		open = "("
	case strings.HasPrefix(t[i:], "（"):
		open = "（"
	default:
		return i
	}
	j := i + len(open)
	if j < len(t) && (t[j] == '+' || strings.HasPrefix(t[j:], "＋")) {
		if t[j] == '+' {
			j++
		} else {
			j += len("＋")
		}
	}
	// (188)21048149: the first group of a mobile number in brackets
	if j == i+len(open) && j+3 < len(t) && t[j] == '1' && isASCIIDigit(t[j+1]) && isASCIIDigit(t[j+2]) && t[j+1] >= '3' {
		e := j + 3
		z := 0
		if strings.HasPrefix(t[e:], ")") {
			z = 1
		} else if strings.HasPrefix(t[e:], "）") {
			z = len("）")
		}
		if k := skipSpaces(t, e+z); z > 0 && k+8 <= len(t) && allDigits(t[k:k+4]) {
			nb.emit(t[j:e]+" ", i, k)
			return k
		}
	}
	for _, code := range []string{"86", "852", "853", "886"} {
		if !strings.HasPrefix(t[j:], code) {
			continue
		}
		e := j + len(code)
		var closeLen int
		switch {
		case strings.HasPrefix(t[e:], ")"):
			closeLen = 1
		case strings.HasPrefix(t[e:], "）"):
			closeLen = len("）")
		default:
			return i
		}
		e += closeLen
		k := skipSpaces(t, e)
		if k >= len(t) || !isASCIIDigit(t[k]) && !fullWidthDigitAt(t, k) {
			return i
		}
		nb.emit("+"+code+" ", i, k)
		return k
	}
	return i
}

func fullWidthDigitAt(t string, i int) bool {
	return i+2 < len(t) && t[i] == 0xEF && t[i+1] == 0xBC && t[i+2] >= 0x90 && t[i+2] <= 0x99
}

// emailTLDs end a disguised email's domain: a disguise is only undone where the result
// is an address (zhangwei88 at 163 dot com), not in an English sentence (meet at noon).
var emailTLDs = map[string]bool{"com": true, "cn": true, "net": true, "org": true, "edu": true, "gov": true, "hk": true,
	"tw": true, "mo": true, "io": true, "me": true, "co": true, "info": true, "biz": true, "top": true, "xyz": true, "vip": true, "cc": true}

// atMarkers and dotMarkers are the disguises of "@" and ".".
var (
	atMarkers  = []string{"(at)", "[at]", "(a)", "[a]", "（a）", "（at）", "【at】", "{at}", "<at>", "(AT)", "[AT]", "（AT）", " at ", " AT ", "＠", "@", "#", "＃", "艾特", "圈a", "圈A"}
	dotMarkers = []string{"(dot)", "[dot]", "（dot）", "【dot】", "{dot}", " dot ", " DOT ", "．", "。", "点", "."}
)

// disguisedEmail rewrites a disguised email that starts at i (its local part) into a plain
// one; it returns the end of what it wrote, or i.
func (nb *normBuilder) disguisedEmail(t string, i int) int {
	if !isLocalByte(t[i]) || (i > 0 && (isLocalByte(t[i-1]) || t[i-1] == '@')) {
		return i
	}
	j := i
	for j < len(t) && isLocalByte(t[j]) {
		j++
	}
	if j-i < 2 {
		return i
	}
	// shi点yuxuan点work@…: the dots of the local part disguised too
	type piece struct{ a, e int }
	var localDots []piece
	for len(localDots) < 4 {
		m := ""
		for _, dm := range []string{"点", "(dot)", "[dot]", "（dot）"} {
			if strings.HasPrefix(t[j:], dm) {
				m = dm
				break
			}
		}
		q := j + len(m)
		if m == "" || q >= len(t) || !isLocalByte(t[q]) {
			break
		}
		localDots = append(localDots, piece{j, q})
		for j = q; j < len(t) && isLocalByte(t[j]); j++ {
		}
	}
	local := j
	// optional spaces around the marker
	k := skipSpaces(t, j)
	at, atEnd := "", 0
	for _, m := range atMarkers {
		if strings.HasPrefix(t[k:], m) {
			at, atEnd = m, k+len(m)
			break
		}
		if m == " at " || m == " AT " {
			if strings.HasPrefix(t[j:], m) {
				at, atEnd = m, j+len(m)
				break
			}
		}
	}
	if at == "" {
		return i
	}
	plainAt := at == "@" && k == j
	d := skipSpaces(t, atEnd)
	// domain labels joined by dot markers
	type part struct{ a, e int }
	var labels []part
	var seps []part
	p := d
	for len(labels) < 5 {
		q := p
		for q < len(t) && (isASCIILetter(t[q]) || isASCIIDigit(t[q]) || t[q] == '-') {
			q++
		}
		if q == p {
			break
		}
		labels = append(labels, part{p, q})
		found := false
		for _, m := range dotMarkers {
			s := q
			if m != " dot " && m != " DOT " {
				s = skipSpaces(t, q)
			}
			if strings.HasPrefix(t[s:], m) {
				n := s + len(m)
				if m != " dot " && m != " DOT " {
					n = skipSpaces(t, n)
				}
				if n < len(t) && isASCIILetter(t[n]) || n < len(t) && isASCIIDigit(t[n]) {
					seps = append(seps, part{q, n})
					p, found = n, true
				}
				break
			}
		}
		if !found {
			break
		}
	}
	// the domain ends at its last label that is a top-level domain (gmail.com. The …)
	for len(labels) >= 2 && !emailTLDs[strings.ToLower(t[labels[len(labels)-1].a:labels[len(labels)-1].e])] {
		labels = labels[:len(labels)-1]
	}
	if len(labels) < 2 || len(seps) < len(labels)-1 {
		return i
	}
	if plainAt && len(localDots) == 0 {
		disguised := false
		for _, sp := range seps[:len(labels)-1] {
			disguised = disguised || t[sp.a:sp.e] != "."
		}
		if !disguised {
			return i // a plain email: the email detector reads it
		}
	}
	last := labels[len(labels)-1]
	// The TLD must not run on into letters (comfortable).
	from := i
	for _, dot := range localDots {
		nb.emit(t[from:dot.a], from, dot.a)
		nb.emitByte('.', dot.a, dot.e)
		from = dot.e
	}
	nb.emit(t[from:local], from, local)
	nb.emitByte('@', local, d)
	for k, l := range labels {
		if k > 0 {
			nb.emitByte('.', seps[k-1].a, seps[k-1].e)
		}
		nb.emit(t[l.a:l.e], l.a, l.e)
	}
	return last.e
}

func skipSpaces(t string, p int) int {
	for p < len(t) && t[p] == ' ' {
		p++
	}
	return p
}
