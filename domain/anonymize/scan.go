package anonymize

import (
	"strings"
	"unicode/utf8"
)

// scanner finds candidate spans in one pass over the text. Runs of digits and letters
// ("atoms", half or full width) joined by single spaces or dashes form a chain, which is
// classified as a whole; Han characters with a flag in the lexicon start the name, plate
// and address detectors. Emails, links and the known parties are found by fast
// substring searches afterwards; resolve settles overlaps.
type scanner struct {
	text  string
	spans []Span
	floor int // end of the last span found by the forward scan: backward extensions stop here
	atoms []atom
	buf   []byte
	// traditional is set when the original text had Traditional characters; hkTWState
	// caches isHKTW (0 unknown, 1 no, 2 yes).
	traditional bool
	hkTWState   uint8
	// selfCue is set while a name after a cue that introduces one (我叫, 本人) is read.
	selfCue bool
}

// isHKTW reports whether the text is from Hong Kong, Macau or Taiwan (Traditional
// characters, written Cantonese, their places): 8-digit mobiles and two-digit area codes
// are read there. It is worked out on first use.
func (s *scanner) isHKTW() bool {
	if s.hkTWState == 0 {
		s.hkTWState = 1
		if s.traditional || cantonese(s.text) {
			s.hkTWState = 2
		}
	}
	return s.hkTWState == 2
}

// cantonese reports whether t has the particles of written Cantonese or names a place in
// Hong Kong, Macau or Taiwan.
func cantonese(t string) bool {
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			if c == 'H' || c == 'K' || c == 'T' || c == 'N' || c == 'S' {
				for _, w := range []string{"Hong Kong", "HK$", "Kowloon", "Taipei", "Taiwan", "NT$", "Sham Shui Po", "Tsim Sha Tsui", "New Territories", "Tuen Mun", "Kwun Tong"} {
					if strings.HasPrefix(t[i:], w) {
						return true
					}
				}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		switch r {
		case '冇', '唔', '佢', '嘅', '咗', '喺', '啲', '嘢':
			return true
		case '香', '九', '台', '澳':
			for _, w := range []string{"香港", "九龙", "台湾", "台北", "澳门"} {
				if strings.HasPrefix(t[i:], w) {
					return true
				}
			}
		}
		i += n
	}
	return false
}

func (s *scanner) add(start, end int, t Type) {
	if start < 0 || end > len(s.text) || start >= end {
		return
	}
	s.spans = append(s.spans, Span{Start: start, End: end, Type: t, Text: s.text[start:end]})
	if end > s.floor {
		s.floor = end
	}
}

// scan is the forward pass.
func (s *scanner) scan() {
	t := s.text
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			if isAtomByte(c) {
				i = s.chain(i)
				continue
			}
			i++
			continue
		}
		if c == 0xEF && fullWidthAlnum(t, i) {
			i = s.chain(i)
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		if f := hanFlags(r); f&(fNameCue|fSurname|fCompound|fProvince|fAddrAnchor) != 0 {
			if end := s.han(i, r, size, f); end > i {
				i = end
				continue
			}
		}
		i += size
	}
}

// han runs the detectors that start at a flagged Han character; it returns the end of
// what it found, or i.
func (s *scanner) han(i int, r rune, size int, f uint16) int {
	if f&fNameCue != 0 {
		if e := s.cueName(i, r); e > i {
			return e
		}
	}
	if f&(fSurname|fCompound) != 0 {
		if e := s.honorific(i, r, size, f); e > i {
			return e
		}
	}
	if f&fProvince != 0 {
		if e := s.plate(i, size); e > i {
			return e
		}
	}
	if f&fAddrAnchor != 0 {
		if e := s.address(i, size); e > i {
			return e
		}
	}
	return i
}

func isAtomByte(c byte) bool {
	return isASCIIDigit(c) || isASCIILetter(c) || c == '_'
}

// fullWidthAlnum reports whether a full-width digit or letter (０-９, Ａ-Ｚ, ａ-ｚ) starts at i.
func fullWidthAlnum(t string, i int) bool {
	if i+2 >= len(t) || t[i] != 0xEF {
		return false
	}
	b1, b2 := t[i+1], t[i+2]
	return (b1 == 0xBC && ((b2 >= 0x90 && b2 <= 0x99) || (b2 >= 0xA1 && b2 <= 0xBA))) ||
		(b1 == 0xBD && b2 >= 0x81 && b2 <= 0x9A)
}

// foldFullWidth returns the ASCII character of the full-width digit or letter at t[0:3].
func foldFullWidth(t string) byte {
	r, _ := utf8.DecodeRuneInString(t)
	c, _ := foldASCII(r)
	if r >= 'ａ' && r <= 'ｚ' {
		c += 'a' - 'A'
	}
	return c
}

const (
	atomDigits  = iota // 0-9 only
	atomDigitsX        // digits and a final X or x (a resident ID's check character)
	atomAlnum          // anything with letters
)

// atom is a maximal run of letters, digits and underscores.
type atom struct {
	start, end int
	norm       string  // half-width form
	kind       int     // atomDigits, atomDigitsX, atomAlnum
	join       byte    // how it hangs on the previous atom: 0 first, ' ' a space, '-' a dash, '.' a dot, 'c' split off a glued cue (QQ12345678)
	cue        cueKind // for join 'c': what the glued letters said
	model      bool    // dash-joined to letters: part of a model number (SM-G9980, AB-13812345678)
}

// atomAt reads the atom at i.
func (s *scanner) atomAt(i int) (int, string) {
	t := s.text
	j, pure := i, true
	for j < len(t) {
		c := t[j]
		if c < utf8.RuneSelf {
			if !isAtomByte(c) {
				break
			}
			j++
			continue
		}
		if !fullWidthAlnum(t, j) {
			break
		}
		pure = false
		j += 3
	}
	if pure {
		return j, t[i:j]
	}
	b := make([]byte, 0, j-i)
	for k := i; k < j; {
		if t[k] < utf8.RuneSelf {
			b = append(b, t[k])
			k++
			continue
		}
		b = append(b, foldFullWidth(t[k:k+3]))
		k += 3
	}
	return j, string(b)
}

// joinerAt returns the width and kind of a single joiner at i that is followed by an atom:
// a space, a dash, or a dot (138.1234.5678).
func (s *scanner) joinerAt(i int) (int, byte) {
	t := s.text
	if i >= len(t) {
		return 0, 0
	}
	n, kind := 0, byte(0)
	switch {
	case t[i] == ' ' || t[i] == '\t':
		n, kind = 1, ' '
	case t[i] == '-':
		n, kind = 1, '-'
	case t[i] == '.':
		n, kind = 1, '.'
	case strings.HasPrefix(t[i:], "\u3000"):
		n, kind = 3, ' '
	case strings.HasPrefix(t[i:], "\u00a0"):
		n, kind = 2, ' '
	case strings.HasPrefix(t[i:], "－"):
		n, kind = 3, '-'
	default:
		return 0, 0
	}
	j := i + n
	if j < len(t) && (isAtomByte(t[j]) || fullWidthAlnum(t, j)) {
		return n, kind
	}
	return 0, 0
}

func atomKind(norm string) int {
	n := len(norm)
	if allDigits(norm) {
		return atomDigits
	}
	if n >= 2 && (norm[n-1] == 'X' || norm[n-1] == 'x') && allDigits(norm[:n-1]) {
		return atomDigitsX
	}
	return atomAlnum
}

// gluedCues are letters that may be glued to the number they announce (QQ12345678, tel13812345678).
var gluedCues = map[string]cueKind{"tel": cuePhone, "mobile": cuePhone, "phone": cuePhone, "qq": cueQQ, "vx": cueSocial, "wx": cueSocial, "id": cueID,
	"wechat": cueSocial, "line": cueSocial, "whatsapp": cuePhone, "order": cueOrder, "booking": cueOrder, "reference": cueOrder,
	"ref": cueOrder, "confirmation": cueOrder, "tour": cueOrder, "tracking": cueOrder, "waybill": cueOrder, "invoice": cueOrder, "receipt": cueOrder, "plate": cuePlate}

// cueTails may follow an English cue word before the value (order number, booking no).
var cueTails = map[string]bool{"number": true, "no": true, "code": true, "id": true, "num": true, "confirmation": true}

// readChain reads the atoms of the chain at i into s.atoms. Glued cues (QQ12345678) are
// split off only when no cue word stands before the chain (维修单号WX2026030512 is one
// order number).
func (s *scanner) readChain(i int, split bool) []atom {
	atoms := s.atoms[:0]
	join := byte(0)
	for {
		end, norm := s.atomAt(i)
		a := atom{start: i, end: end, norm: norm, kind: atomKind(norm), join: join}
		if split && a.kind == atomAlnum {
			// Split a glued cue: QQ12345678 is the cue QQ and the number 12345678.
			k := 0
			for k < len(norm) && isASCIILetter(norm[k]) {
				k++
			}
			// VXxiaoya_shop: an upper-case cue glued to a lower-case account
			if k > 2 && (norm[:2] == "VX" || norm[:2] == "WX" || norm[:2] == "QQ") && norm[2] >= 'a' && norm[2] <= 'z' {
				k = 2
			}
			if cue, ok := gluedCues[strings.ToLower(norm[:k])]; ok && len(norm)-k >= 5 && (atomKind(norm[k:]) != atomAlnum || cue == cueSocial) &&
				end-i == len(norm) {
				atoms = append(atoms, atom{start: i, end: i + k, norm: norm[:k], kind: atomAlnum, join: join})
				a = atom{start: i + k, end: end, norm: norm[k:], kind: atomKind(norm[k:]), join: 'c', cue: cue}
			}
		}
		atoms = append(atoms, a)
		n, kind := s.joinerAt(end)
		if n == 0 || len(atoms) >= 64 {
			break
		}
		i, join = end+n, kind
	}
	// Dash-joined components that contain letters are model numbers (SM-G9980, X-200).
	for c := 0; c < len(atoms); {
		d := c + 1
		for d < len(atoms) && atoms[d].join == '-' {
			d++
		}
		letters := false
		for k := c; k < d; k++ {
			letters = letters || atoms[k].kind == atomAlnum
		}
		if letters && d-c > 1 {
			for k := c; k < d; k++ {
				atoms[k].model = true
			}
		}
		c = d
	}
	s.atoms = atoms
	return atoms
}

// chain classifies the chain at i and returns its end.
func (s *scanner) chain(i int) int {
	ctx := s.cueBefore(i)
	atoms := s.readChain(i, ctx == cueNone)
	end := atoms[len(atoms)-1].end
	plus := s.plusBefore(atoms[0].start)
	for k := 0; k < len(atoms); {
		a := atoms[k]
		c := cueNone
		if k == 0 {
			c = ctx
		} else if a.join == 'c' {
			c = a.cue
		} else if a.join == ' ' {
			// a cue written as a word of its own: QQ 3016674520, vx annie_sh_2019,
			// order number 286702146947
			c = gluedCues[strings.ToLower(atoms[k-1].norm)]
			if c == cueNone && k >= 2 && atoms[k-1].join == ' ' && cueTails[strings.ToLower(atoms[k-1].norm)] {
				c = gluedCues[strings.ToLower(atoms[k-2].norm)]
			}
		}
		if lw := strings.ToLower(a.norm); c != cueNone && k > 0 && (gluedCues[lw] != cueNone || cueTails[lw]) {
			k++ // a cue of several words (booking confirmation): its value comes next
			continue
		}
		if c != cueNone {
			if n := s.cued(atoms[k:], c); n > 0 {
				k += n
				continue
			}
		}
		if a.kind == atomAlnum {
			if !a.model {
				s.alnum(a)
			}
			k++
			continue
		}
		if a.model {
			k++
			continue
		}
		g := k + 1
		for g < len(atoms) && atoms[g].kind != atomAlnum && !atoms[g].model && atoms[g].join != 'c' && atoms[g-1].kind != atomDigitsX {
			g++
		}
		p := 0
		if k == 0 {
			p = plus
		}
		if e := s.digitGroup(atoms[k:g], c, p); e > end {
			end = e
		}
		k = g
	}
	return end
}

// plusBefore returns the width of a '+' or '＋' right before pos, or 0.
func (s *scanner) plusBefore(pos int) int {
	switch {
	case pos >= 1 && s.text[pos-1] == '+':
		return 1
	case pos >= 3 && s.text[pos-3:pos] == "＋":
		return 3
	}
	return 0
}

// cued applies a cue word to the token at the start of atoms; it returns how many atoms
// it took, 0 if the cue did not fit and the general rules should decide.
func (s *scanner) cued(atoms []atom, c cueKind) int {
	dashed := 1
	for dashed < len(atoms) && atoms[dashed].join == '-' {
		dashed++
	}
	if c == cueSocial || c == cueQQ || c == cueOrder {
		// an account may hold dots as well as dashes (meijie.beauty666)
		for dashed < len(atoms) && (atoms[dashed].join == '-' || atoms[dashed].join == '.') {
			dashed++
		}
	}
	// Order no. 1328 4476 02: after an order cue, digits in groups are one number
	if c == cueOrder && dashed == 1 && atoms[0].kind == atomDigits {
		for dashed < len(atoms) && dashed < 6 && atoms[dashed].join == ' ' && atoms[dashed].kind == atomDigits {
			dashed++
		}
	}
	first := atoms[0]
	switch c {
	case cueOrder:
		total := 0
		for _, a := range atoms[:dashed] {
			total += len(a.norm)
		}
		// Order numbers have 8 to 32 characters; a longer token after an order cue is
		// scrubbed whole too, rather than in part.
		// an English word after the cue (Booking cancelled, Tour operator) is no number
		word := !strings.ContainsAny(s.concat(atoms[:dashed]), "0123456789") && strings.ToUpper(first.norm) != first.norm
		if !word && (total >= 8 || (total >= 6 && mixedAlnum(atoms[:dashed]))) {
			s.add(first.start, atoms[dashed-1].end, OrderNumber)
			return dashed
		}
	case cueUSCC:
		if usccShaped(strings.ToUpper(first.norm)) {
			s.add(first.start, first.end, USCC)
			return 1
		}
	case cueSocial:
		if dashed == 1 && mobileDigits(first.norm) {
			s.add(first.start, first.end, Mobile)
			return 1
		}
		// 抖音号 and 小红书号 are often all digits
		if dashed == 1 && first.kind == atomDigits && len(first.norm) >= 6 && len(first.norm) <= 12 {
			s.add(first.start, first.end, SocialID)
			return 1
		}
		if socialShaped(atoms[:dashed]) {
			s.add(first.start, atoms[dashed-1].end, SocialID)
			return dashed
		}
	case cueQQ:
		if first.kind == atomDigits && len(first.norm) >= 5 && len(first.norm) <= 11 {
			s.add(first.start, first.end, SocialID)
			return 1
		}
		if socialShaped(atoms[:dashed]) {
			s.add(first.start, atoms[dashed-1].end, SocialID)
			return dashed
		}
	case cuePlate:
		total := 0
		for _, a := range atoms[:dashed] {
			total += len(a.norm)
		}
		if total >= 5 && total <= 8 && mixedAlnum(atoms[:dashed]) {
			s.add(first.start, atoms[dashed-1].end, Plate)
			return dashed
		}
	case cueNonPersonal:
		return dashed
	}
	return 0
}

// mixedAlnum reports whether the atoms hold both letters and digits (K7QX2M).
func mixedAlnum(atoms []atom) bool {
	letters, digits := false, false
	for _, a := range atoms {
		letters = letters || strings.IndexFunc(a.norm, func(r rune) bool { return r < utf8.RuneSelf && isASCIILetter(byte(r)) }) >= 0
		digits = digits || strings.IndexFunc(a.norm, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0
	}
	return letters && digits
}

// socialShaped reports whether the dash-joined atoms form an account name: a letter,
// then 5 to 19 letters, digits, underscores or dashes.
func socialShaped(atoms []atom) bool {
	n := len(atoms) - 1
	for _, a := range atoms {
		n += len(a.norm)
	}
	return n >= 6 && n <= 20 && isASCIILetter(atoms[0].norm[0])
}

// alnum classifies a lone atom with letters: a credit code, a courier's waybill number, or
// a WeChat id (wxid_…).
func (s *scanner) alnum(a atom) {
	switch {
	case len(a.norm) == 18 && usccValid(a.norm):
		s.add(a.start, a.end, USCC)
	case courierNumber(a.norm):
		s.add(a.start, a.end, OrderNumber)
	case len(a.norm) >= 10 && len(a.norm) <= 30 && strings.HasPrefix(strings.ToLower(a.norm), "wxid_"):
		s.add(a.start, a.end, SocialID)
	}
}

// concat joins the normalized atoms into s.buf.
func (s *scanner) concat(atoms []atom) string {
	if len(atoms) == 1 {
		return atoms[0].norm
	}
	s.buf = s.buf[:0]
	for _, a := range atoms {
		s.buf = append(s.buf, a.norm...)
	}
	return string(s.buf)
}

// digitGroup splits a group of digit atoms into values, longest first from the left.
func (s *scanner) digitGroup(g []atom, c cueKind, plus int) int {
	end := 0
	for i := 0; i < len(g); {
		found := false
		for j := min(len(g)-1, i+5); j >= i; j-- {
			cc, pl := cueNone, 0
			if i == 0 {
				cc, pl = c, plus
			}
			if t, st, en, ok := s.classify(g[i:j+1], cc, pl); ok {
				if t != "" {
					s.add(st, en, t)
				}
				end = max(end, en)
				i, found = j+1, true
				break
			}
		}
		if !found {
			i++
		}
	}
	return end
}

func atomLens(seg []atom) (lens [6]int) {
	for k := 0; k < len(seg) && k < 6; k++ {
		lens[k] = len(seg[k].norm)
	}
	return lens
}

// mobileGrouping: 13812345678, 138 12345678, 138 1234 5678, 1827 1781 441: any grouping
// of two to four digits a group after a first group of three or four.
func mobileGrouping(seg []atom) bool {
	if len(seg) == 1 {
		return true
	}
	if len(seg) > 5 || len(seg[0].norm) < 3 {
		return false // 190 13 34 95 33 has five groups
	}
	for _, a := range seg[1:] {
		if len(a.norm) < 2 {
			return false
		}
	}
	return true
}

// idGrouping: one run, or groups of at least two (440106 19900307 123X, 4401 0619 5803 1200 48).
func idGrouping(seg []atom) bool {
	if len(seg) == 1 {
		return true
	}
	if len(seg) > 6 || len(seg[0].norm) < 2 {
		return false // 45 0103 19800804 5487: the checksum, not the grouping, makes an ID
	}
	for _, a := range seg[1:] {
		if len(a.norm) < 2 {
			return false
		}
	}
	return true
}

// cardGrouping: one run, or groups of at least three and a last one of any length (6222 0212 3456 7890 123, 622202 1234567890123).
func cardGrouping(seg []atom) bool {
	if len(seg) == 1 {
		return true
	}
	if len(seg) > 6 || len(seg[0].norm) < 4 {
		return false
	}
	for _, a := range seg[:len(seg)-1] {
		if len(a.norm) < 3 {
			return false
		}
	}
	return true
}

// classify decides what the digit atoms of seg are. plus is the width of a '+' before them.
// A value that is taken whole but kept (a 400 hotline) has the empty type.
func (s *scanner) classify(seg []atom, c cueKind, plus int) (Type, int, int, bool) {
	d := s.concat(seg)
	n, l := len(seg), len(d)
	start, end := seg[0].start, seg[n-1].end
	if l == 10 && (d[:3] == "400" || d[:3] == "800") {
		return "", start, end, true // a business's public hotline: taken whole, kept
	}
	if n == 1 && s.amountAround(start-plus, end) {
		return "", start, end, true // an amount or a quantity written in one run (13800138000元)
	}
	if last := d[l-1]; last == 'X' || last == 'x' {
		switch {
		case l == 18 && idGrouping(seg) && (c == cueID || id18Plausible(d)):
			return IDNumber, start, end, true
		case l == 18 && n == 1 && usccValid(strings.ToUpper(d)):
			return USCC, start, end, true
		}
		return "", 0, 0, false
	}
	if c == cueID && (l == 18 || l == 15) && idGrouping(seg) {
		return IDNumber, start, end, true
	}
	if c == cueCard && l >= 15 && l <= 19 && cardGrouping(seg) {
		return BankCard, start, end, true
	}
	if mobileDigits(d) && mobileGrouping(seg) {
		return Mobile, start, end, true
	}
	// +86 138 1234 5678, 0086-13812345678, +8613812345678
	if p := seg[0].norm; n >= 2 && (p == "86" || p == "0086") && mobileDigits(d[len(p):]) && mobileGrouping(seg[1:]) {
		return Mobile, start - plus, end, true
	}
	if n == 1 && ((l == 13 && d[:2] == "86" && mobileDigits(d[2:])) || (l == 15 && d[:4] == "0086" && mobileDigits(d[4:]))) {
		return Mobile, start - plus, end, true
	}
	// Taiwan: 0912 345 678, 0918-637-557, +886 912 345 678.
	if l == 10 && n <= 3 && d[:2] == "09" && allDigits(d) {
		return Mobile, start, end, true
	}
	if p := seg[0].norm; (p == "886" || p == "00886") && n >= 2 && len(d)-len(p) == 9 && d[len(p)] == '9' {
		return Mobile, start - plus, end, true
	}
	// Hong Kong and Macau: +852 6974 8769 (landlines start with 2 or 3), and 8 digits
	// after a phone cue or in Hong Kong text.
	if p := seg[0].norm; (p == "852" || p == "853") && n >= 2 && len(d)-len(p) == 8 {
		if d[len(p)] == '2' || d[len(p)] == '3' {
			return Landline, start - plus, end, true
		}
		return Mobile, start - plus, end, true
	}
	if l == 8 && n <= 2 && s.isHKTW() && (n == 1 || len(seg[0].norm) == 4) && strings.IndexByte("5679", d[0]) >= 0 &&
		(c == cuePhone || n == 2) {
		return Mobile, start, end, true
	}
	if l == 18 && idGrouping(seg) && id18Plausible(d) {
		return IDNumber, start, end, true
	}
	if l == 15 && n == 1 && id15Plausible(d) {
		return IDNumber, start, end, true
	}
	if st, en, ok := s.landline(seg, d, c); ok {
		return Landline, st, en, true
	}
	if l == 18 && n == 1 && usccDigitsValid(d) {
		return USCC, start, end, true
	}
	if l >= 16 && l <= 19 && cardGrouping(seg) && luhn(d) {
		return BankCard, start, end, true
	}
	if l >= 16 && l <= 19 && cardGrouping(seg) && d[:2] == "62" {
		return BankCard, start, end, true
	}
	if n == 1 && l >= 15 && l <= 20 && c != cueNonPersonal {
		return OrderNumber, start, end, true
	}
	return "", 0, 0, false
}

// landline recognizes 020-87654321, 0755 8765 4321, 02087654321, 020-87654321-801,
// (020)87654321, and a bare local number after a phone cue. An extension written 转801 is
// taken along.
func (s *scanner) landline(seg []atom, d string, c cueKind) (int, int, bool) {
	n := len(seg)
	start, end := seg[0].start, seg[n-1].end
	ok := false
	switch {
	case d[0] == '0' && n == 1:
		a := areaCodeLen(d)
		ok = a > 0 && subscriberOK(d[a:])
	case d[0] == '0':
		area := seg[0].norm
		// Taiwan: 02-8179-7578
		twArea := len(area) == 2 && area[1] >= '2' && s.isHKTW()
		if areaCodeLen(area) != len(area) && !twArea {
			break
		}
		rest := seg[1:]
		if len(rest) <= 2 && subscriberOK(s.concat(rest)) {
			ok = true
			break
		}
		if k := len(rest) - 1; k >= 1 && k <= 2 && rest[k].join == '-' && len(rest[k].norm) <= 5 && subscriberOK(s.concat(rest[:k])) {
			ok = true
		}
	case n <= 2 && subscriberOK(d):
		if p := s.parenAreaBefore(start); p >= 0 {
			start, ok = p, true
		} else {
			ok = c == cuePhone
		}
	}
	if !ok {
		return 0, 0, false
	}
	if strings.HasPrefix(s.text[end:], "转") {
		e := end + len("转")
		k := e
		for k < len(s.text) && k-e < 6 && isASCIIDigit(s.text[k]) {
			k++
		}
		if k > e && (k == len(s.text) || !isAtomByte(s.text[k])) {
			end = k
		}
	}
	return start, end, true
}

// parenAreaBefore returns where "(020)" or "（0755）" ends right before pos, or -1.
func (s *scanner) parenAreaBefore(pos int) int {
	t := s.text[:pos]
	var closeW int
	switch {
	case strings.HasSuffix(t, ")"):
		closeW = 1
	case strings.HasSuffix(t, "）"):
		closeW = len("）")
	default:
		return -1
	}
	q := len(t) - closeW
	p := q
	for p > 0 && q-p < 4 && isASCIIDigit(t[p-1]) {
		p--
	}
	// Taiwan writes two-digit area codes: (06)809-7573
	if code := t[p:q]; !(s.isHKTW() && len(code) == 2 && code[0] == '0' && code[1] >= '2') && (len(code) < 3 || areaCodeLen(code) != len(code)) {
		return -1
	}
	switch {
	case strings.HasSuffix(t[:p], "("):
		return p - 1
	case strings.HasSuffix(t[:p], "（"):
		return p - len("（")
	}
	return -1
}

// amountAround reports whether the number at [a, e) is an amount or a quantity: a
// currency sign before it, a currency or counting unit after it.
func (s *scanner) amountAround(a, e int) bool {
	t := s.text
	for _, u := range []string{"元", "块", "万", "亿", "rmb", "RMB", "分", "角", "积分", "点", "个", "件", "次", "台", "瓶", "盒", "张", "人", "克", "斤", "吨", "毫安", "mAh"} {
		if strings.HasPrefix(t[e:], u) {
			return true
		}
	}
	head := t[:a]
	for _, c := range []string{"¥", "￥", "$", "RMB", "CNY"} {
		if strings.HasSuffix(head, c) {
			return true
		}
	}
	return false
}
