package anonymize

import (
	"strings"
	"unicode/utf8"
)

// A mobile number given in two parts across a sentence: 前七位1391234，后四位5678 or
// 前三位139…尾号5678. Each part alone is too short to be recognized; the first part is
// recognized by its announcement (前N位) and its mobile prefix, and the later parts
// (后四位, 尾号, 末四位) only in a text that gave a first part.

// splitHeads announce the first part of a number; splitTails its last part.
var (
	splitHeads = strings.Fields("前三位 前四位 前五位 前六位 前七位 前八位 前3位 前4位 前5位 前6位 前7位 前8位 前面三位 前面七位 前面几位 开头是 开头")
	splitTails = strings.Fields("后四位 后4位 后面四位 后面4位 末四位 末4位 最后四位 最后4位 尾号 尾数 后八位 后8位 后面八位 后五位 后六位 中间四位 中间4位")
)

// splitMobiles adds the parts of a mobile number given in parts.
func (s *scanner) splitMobiles() {
	t := s.text
	if !strings.Contains(t, "位") && !strings.Contains(t, "开头") {
		return
	}
	first := -1
	for _, h := range splitHeads {
		for off := 0; ; {
			k := strings.Index(t[off:], h)
			if k < 0 {
				break
			}
			p := off + k + len(h)
			off = p
			a, e := s.digitsAfter(p)
			if e-a >= 3 && e-a <= 8 && t[a] == '1' && t[a+1] >= '3' && t[a+1] <= '9' {
				s.add(a, e, Mobile)
				if first < 0 || a < first {
					first = a
				}
			}
		}
	}
	if first < 0 {
		return
	}
	for _, h := range splitTails {
		for off := first; ; {
			k := strings.Index(t[off:], h)
			if k < 0 {
				break
			}
			p := off + k + len(h)
			off = p
			if a, e := s.digitsAfter(p); e-a >= 4 && e-a <= 8 {
				s.add(a, e, Mobile)
			}
		}
	}
}

// digitsAfter returns the run of ASCII digits after p and a few separators (是, 为, ：).
func (s *scanner) digitsAfter(p int) (int, int) {
	t := s.text
	for k := 0; k < 3 && p < len(t); k++ {
		r, z := s.runeAt(p)
		if !cueSkippable(r) {
			break
		}
		p += z
	}
	e := p
	for e < len(t) && isASCIIDigit(t[e]) {
		e++
	}
	if e < len(t) && isAtomByte(t[e]) {
		return p, p
	}
	return p, e
}

// partWords announce a part of a number given in pieces (前面, 中间, 最后, 尾号, first
// seven digits, ending in).
var partWords = []string{"前", "中间", "最后", "后", "尾", "末", "开头", "段", "first", "last", "ending", "digits", "begins", "starts"}

// tailWords say that the part after them ends the number, whatever order it is told in.
var tailWords = []string{"尾号", "尾数", "后四位", "后4位", "最后", "末四位", "末尾", "ending in", "last four", "ends with"}

// phoneWords say that a number is a phone number.
var phoneWords = []string{"电话", "手机", "号码", "联系方式", "mobile", "phone", "number", "tel"}

// pieceMobiles finds a mobile number told in two or three pieces in any order
// (尾号是8680，前面是1850716; 前面：188，中间6517，最后是0078): short runs of digits close
// together, announced as parts, after a phone word, that make a mobile number when
// joined (the piece told as the tail last).
func (s *scanner) pieceMobiles() {
	t := s.text
	type run struct {
		a, e int
		tail bool
	}
	var runs []run
	for i := 0; i < len(t); {
		if !isASCIIDigit(t[i]) || (i > 0 && isAtomByte(t[i-1])) {
			i++
			continue
		}
		e := i
		for e < len(t) && isASCIIDigit(t[e]) {
			e++
		}
		if n := e - i; n >= 3 && n <= 8 && (e == len(t) || !isAtomByte(t[e])) {
			head := t[max(0, i-24):i]
			tail := false
			for _, w := range tailWords {
				tail = tail || strings.Contains(head, w)
			}
			runs = append(runs, run{i, e, tail})
		}
		i = e
	}
	for k := 0; k+1 < len(runs); k++ {
		for n := 2; n <= 3 && k+n <= len(runs); n++ {
			group := runs[k : k+n]
			if group[n-1].a-group[0].e > 60 {
				continue
			}
			var head, tl strings.Builder
			for _, r := range group {
				if r.tail {
					tl.WriteString(t[r.a:r.e])
				} else {
					head.WriteString(t[r.a:r.e])
				}
			}
			if d := head.String() + tl.String(); mobileDigits(d) && s.piecesAnnounced(group[0].a, group[n-1].a) {
				for _, r := range group {
					s.add(r.a, r.e, Mobile)
				}
				k += n - 1
				break
			}
		}
	}
}

// piecesAnnounced reports whether a phone word stands before a and a part word between
// 24 bytes before a and b.
func (s *scanner) piecesAnnounced(a, b int) bool {
	t := s.text
	before := strings.ToLower(t[max(0, a-60):a])
	phone := false
	for _, w := range phoneWords {
		phone = phone || strings.Contains(before, w)
	}
	if !phone {
		return false
	}
	span := strings.ToLower(t[max(0, a-24):b])
	for _, w := range partWords {
		if strings.Contains(span, w) {
			return true
		}
	}
	return false
}

// maskedMobiles adds a mobile number with its middle masked (153****2672): the parts left
// still narrow down the person, and a form that shows them is a mobile number as written.
func (s *scanner) maskedMobiles() {
	for _, mask := range []string{"***", "xxx", "XXX"} {
		s.maskedMobilesBy(mask)
	}
}

func (s *scanner) maskedMobilesBy(mask string) {
	t := s.text
	for off := 0; ; {
		k := strings.Index(t[off:], mask)
		if k < 0 {
			return
		}
		m := off + k
		e := m
		for e < len(t) && t[e] == mask[0] {
			e++
		}
		off = e
		a := m
		for a > 0 && isASCIIDigit(t[a-1]) {
			a--
		}
		z := e
		for z < len(t) && isASCIIDigit(t[z]) {
			z++
		}
		if m-a >= 3 && m-a <= 4 && z-e >= 3 && z-e <= 4 && t[a] == '1' && (a == 0 || !isAtomByte(t[a-1])) && (z == len(t) || !isAtomByte(t[z])) {
			s.add(a, z, Mobile)
		}
	}
}

// numberTails adds the last digits of a number the text already gave whole, when they are
// told again after a tail word (the number 175-69724950, then 只认尾号4950): the repeated
// tail is that number's. A tail that matches nothing given (银行卡尾号1234) is left alone.
func (s *scanner) numberTails() {
	t := s.text
	if !strings.Contains(t, "尾") && !strings.Contains(t, "位") {
		return // every tail word has one of them (尾号, 后四位)
	}
	var given []Span
	for _, sp := range s.spans {
		if sp.Type == Mobile || sp.Type == IDNumber || sp.Type == BankCard || sp.Type == Landline {
			given = append(given, sp)
		}
	}
	for _, h := range splitTails {
		for off := 0; ; {
			k := strings.Index(t[off:], h)
			if k < 0 {
				break
			}
			p := off + k + len(h)
			off = p
			a, e := s.digitsAfter(p)
			if e-a < 3 {
				continue
			}
			// 他手机尾号2533: the tail of a phone number the text does not give whole
			if e-a == 4 && phoneWordEnds(t[max(0, p-len(h)-12):p-len(h)]) {
				s.add(a, e, Mobile)
				continue
			}
			for _, sp := range given {
				if sp.Start <= a && a < sp.End {
					break
				}
				if strings.HasSuffix(digitsOf(sp.Text), t[a:e]) {
					s.add(a, e, sp.Type)
					break
				}
			}
		}
	}
}

// punctuatedMobiles adds a mobile number whose groups are kept apart by punctuation or a
// word instead of a space (193，9231，4717; 139（空格）7997（空格）1301) after a phone
// word: three runs of 3, 4 and 4 digits close together that make a mobile number.
func (s *scanner) punctuatedMobiles() {
	t := s.text
	var runs [][2]int
	for i := 0; i < len(t); {
		if !isASCIIDigit(t[i]) || (i > 0 && isAtomByte(t[i-1])) {
			i++
			continue
		}
		e := i
		for e < len(t) && isASCIIDigit(t[e]) {
			e++
		}
		if e == len(t) || !isAtomByte(t[e]) {
			runs = append(runs, [2]int{i, e})
		}
		i = e
	}
	for k := 0; k+1 < len(runs); k++ {
		for n := 2; n <= 3 && k+n <= len(runs); n++ {
			g := runs[k : k+n]
			total, ok := 0, t[g[0][0]] == '1'
			for x, r := range g {
				total += r[1] - r[0]
				ok = ok && r[1]-r[0] >= 3 && (x == 0 || mobileGap(t[g[x-1][1]:r[0]]))
			}
			if !ok || total != 11 {
				continue
			}
			var d strings.Builder
			for _, r := range g {
				d.WriteString(t[r[0]:r[1]])
			}
			if !mobileDigits(d.String()) {
				continue
			}
			before := strings.ToLower(t[max(0, g[0][0]-30):g[0][0]])
			for _, w := range phoneWords {
				if strings.Contains(before, w) {
					s.add(g[0][0], g[n-1][1], Mobile)
					k += n - 1
					break
				}
			}
			break
		}
	}
}

// phoneWordEnds reports whether head ends with a word for a phone (手机, 电话号码, 手机号).
func phoneWordEnds(head string) bool {
	for _, w := range []string{"手机", "手机号", "手机号码", "电话", "电话号码", "号码", "联系方式", "来电"} {
		if strings.HasSuffix(head, w) {
			return true
		}
	}
	return false
}

// mobileGap reports whether what stands between two groups of a mobile number only keeps
// them apart (，, 、, （空格）) rather than announcing the next part (中间四位是).
func mobileGap(g string) bool {
	return len(g) <= 18 && !strings.ContainsAny(g, "位尾前后中末是为")
}

// atHandles adds an account written with its @ (@hx_task_888, Telegram and Instagram
// style): an @ that no email's local part comes before, then a letter and at least four
// more letters, digits, dots or underscores.
func (s *scanner) atHandles() {
	t := s.text
	for off := 0; ; {
		k := strings.IndexByte(t[off:], '@')
		if k < 0 {
			return
		}
		a := off + k
		off = a + 1
		if a > 0 && isAtomByte(t[a-1]) || a+1 >= len(t) {
			continue
		}
		if !isASCIILetter(t[a+1]) {
			// 微博：@闫老板数码批发: after a chat cue a handle may be written in Han
			if c := s.cueBefore(a); c == cueSocial || c == cueQQ {
				e, n := a+1, 0
				for e < len(t) && n < 20 {
					r, z := s.runeAt(e)
					if !isHan(r) && !(r < utf8.RuneSelf && isAtomByte(byte(r))) {
						break
					}
					e += z
					n++
				}
				if n >= 2 {
					s.add(a, e, SocialID)
					off = e
				}
			}
			continue
		}
		e := a + 1
		for e < len(t) && (isAtomByte(t[e]) || t[e] == '.' && e+1 < len(t) && isAtomByte(t[e+1])) {
			e++
		}
		if e-a-1 >= 5 && e-a-1 <= 30 {
			s.add(a, e, SocialID)
		}
		off = e
	}
}

// intlNumbers adds a phone number written with any calling code (+65 9123 8842, +1
// 415-555-0134, +44 20 7946 0958): a plus, one to three digits, then groups of digits
// joined by single spaces or dashes, seven to twelve digits in all.
func (s *scanner) intlNumbers() {
	t := s.text
	for off := 0; ; {
		k := strings.IndexByte(t[off:], '+')
		if k < 0 {
			return
		}
		a := off + k
		off = a + 1
		if a > 0 && isAtomByte(t[a-1]) {
			continue
		}
		c := a + 1
		for c < len(t) && isASCIIDigit(t[c]) {
			c++
		}
		if c-a-1 < 1 || c-a-1 > 3 || c >= len(t) || (t[c] != ' ' && t[c] != '-') {
			continue
		}
		e, digits := c, 0
		for e+1 < len(t) && (t[e] == ' ' || t[e] == '-') && isASCIIDigit(t[e+1]) {
			q := e + 1
			for q < len(t) && isASCIIDigit(t[q]) {
				q++
			}
			if q < len(t) && isAtomByte(t[q]) {
				break
			}
			digits += q - e - 1
			e = q
		}
		if digits >= 7 && digits <= 12 {
			s.add(a, e, Mobile)
			off = e
		}
	}
}

// businessAccountOwners, written right before a chat cue, make the account a business's
// official one (官方微信): like a business's hotline it is no personal data. A customer
// service account (客服旺旺号) may be a member of staff's, and is scrubbed.
var businessAccountOwners = []string{"官方"}

// dropBusinessAccounts removes the chat accounts that the text calls official (官方微信,
// 客服扣扣2355001888（官方的）).
func (s *scanner) dropBusinessAccounts() {
	out := s.spans[:0]
	for _, sp := range s.spans {
		if sp.Type == SocialID && s.businessAccount(sp) {
			continue
		}
		out = append(out, sp)
	}
	s.spans = out
}

func (s *scanner) businessAccount(sp Span) bool {
	t := s.text
	if strings.HasPrefix(t[sp.End:], "（官方") || strings.HasPrefix(t[sp.End:], "(官方") {
		return true
	}
	p := sp.Start
	for k := 0; k < 3 && p > 0; k++ {
		r, z := utf8.DecodeLastRuneInString(t[:p])
		if !cueSkippable(r) {
			break
		}
		p -= z
	}
	// the cue word itself: Latin letters or up to three Han characters
	q := p
	for q > 0 && isASCIILetter(t[q-1]) {
		q--
	}
	if q == p {
		for k := 0; k < 3 && q > 0; k++ {
			r, z := utf8.DecodeLastRuneInString(t[:q])
			if !isHan(r) || strings.HasSuffix(t[:q], "客服") || strings.HasSuffix(t[:q], "官方") {
				break
			}
			q -= z
		}
	}
	if q == p || s.cueBefore(sp.Start) == cueNone {
		return false
	}
	for _, w := range businessAccountOwners {
		if strings.HasSuffix(t[:q], w) {
			return true
		}
	}
	return false
}
