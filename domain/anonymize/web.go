package anonymize

import (
	"strings"
	"unicode/utf8"
)

// Emails, links and licence plates.

func isLocalByte(c byte) bool {
	return isAtomByte(c) || c == '.' || c == '%' || c == '+' || c == '-'
}

func isDomainByte(c byte) bool {
	return isASCIIDigit(c) || isASCIILetter(c) || c == '.' || c == '-'
}

// emails finds name@domain.tld around every '@'.
func (s *scanner) emails() {
	t := s.text
	for off := 0; off < len(t); {
		k := strings.IndexByte(t[off:], '@')
		if k < 0 {
			return
		}
		at := off + k
		off = at + 1
		a := at
		for a > 0 && at-a < 64 && isLocalByte(t[a-1]) {
			a--
		}
		for a < at && (t[a] == '.' || t[a] == '-' || t[a] == '+') {
			a++
		}
		b := at + 1
		for b < len(t) && b-at < 255 && isDomainByte(t[b]) {
			b++
		}
		for b > at+1 && (t[b-1] == '.' || t[b-1] == '-') {
			b--
		}
		if a == at || b == at+1 || t[at+1] == '.' || t[at+1] == '-' {
			continue
		}
		// The domain ends with a top-level label of letters; when the last label is not
		// one (zw@163.com.13800138000), the longest domain that ends with one is taken.
		for b > at+1 && !emailDomainOK(t[at+1:b]) {
			d := strings.LastIndexByte(t[at+1:b], '.')
			if d < 0 {
				b = at + 1
				break
			}
			b = at + 1 + d
		}
		if b > at+1 {
			s.add(a, b, Email)
			off = b
		}
	}
}

// emailDomainOK reports whether dom has a dot and ends with a label of two or more letters.
func emailDomainOK(dom string) bool {
	dot := strings.LastIndexByte(dom, '.')
	if dot <= 0 || len(dom)-dot-1 < 2 {
		return false
	}
	for i := dot + 1; i < len(dom); i++ {
		if !isASCIILetter(dom[i]) {
			return false
		}
	}
	return true
}

// urlByte reports whether c may stand in a link.
func urlByte(c byte) bool {
	if c <= ' ' || c >= 0x7f {
		return false
	}
	switch c {
	case '"', '\'', '<', '>', '`', '{', '}', '|', '\\', '^':
		return false
	}
	return true
}

// urlEnd returns the end of a link that continues at p, without trailing punctuation.
func (s *scanner) urlEnd(p int) int {
	t := s.text
	for p < len(t) && urlByte(t[p]) {
		p++
	}
	for p > 0 && strings.IndexByte(".,;:!?)]", t[p-1]) >= 0 {
		p--
	}
	return p
}

// shortHosts are link shorteners: any link through them is scrubbed.
var shortHosts = []string{"t.cn/", "dwz.cn/", "url.cn/", "suo.im/", "bit.ly/", "u.jd.com/", "v.douyin.com/", "m.tb.cn/", "tb.cn/", "3.cn/", "s.click.taobao.com/", "xhslink.com/"}

func isShortHost(hostPath string) bool {
	for _, h := range shortHosts {
		if strings.HasPrefix(hostPath, h) {
			return true
		}
	}
	return false
}

// urls finds links with a query string (they often carry a user or order id) and links
// through shorteners.
func (s *scanner) urls() {
	t := s.text
	for off := 0; off < len(t); {
		k := strings.Index(t[off:], "://")
		if k < 0 {
			break
		}
		c := off + k
		off = c + 3
		var a int
		switch {
		case c >= 5 && strings.EqualFold(t[c-5:c], "https"):
			a = c - 5
		case c >= 4 && strings.EqualFold(t[c-4:c], "http"):
			a = c - 4
		default:
			continue
		}
		e := s.urlEnd(c + 3)
		if e <= c+3 {
			continue
		}
		u := t[a:e]
		if q := strings.IndexByte(u, '?'); (q >= 0 && q < len(u)-1) || isShortHost(t[c+3:e]) {
			s.add(a, e, URL)
		}
		off = e
	}
	// Links through shorteners, with or without a scheme: look at every '/'.
	for off := 0; off < len(t); {
		k := strings.IndexByte(t[off:], '/')
		if k < 0 {
			break
		}
		slash := off + k
		off = slash + 1
		for _, h := range shortHosts {
			a := slash + 1 - len(h)
			if a < 0 || t[a:slash+1] != h {
				continue
			}
			if a > 0 {
				if b := t[a-1]; isAtomByte(b) || b == '.' || b == '-' {
					continue
				}
			}
			if e := s.urlEnd(slash + 1); e > slash+1 {
				s.add(a, e, URL)
				off = e
			}
			break
		}
	}
}

// plateSep is the optional separator after a plate's letter: 粤B·D12345.
func plateSep(t string) int {
	for _, sep := range []string{"·", "•", "・", "．", ".", " ", "-"} {
		if strings.HasPrefix(t, sep) {
			return len(sep)
		}
	}
	return 0
}

// plateChar returns the upper-case letter or digit (half or full width) at the start of t.
func plateChar(t string) (byte, int) {
	if t == "" {
		return 0, 0
	}
	if c := t[0]; isASCIIDigit(c) || (c >= 'A' && c <= 'Z') {
		return c, 1
	}
	if len(t) >= 3 && fullWidthAlnum(t, 0) {
		if c := foldFullWidth(t[:3]); isASCIIDigit(c) || (c >= 'A' && c <= 'Z') {
			return c, 3
		}
	}
	return 0, 0
}

// plateSuffixes may end an ordinary plate instead of its fifth character (京A1234学).
const plateSuffixes = "学警挂港澳领试"

// plate reads a licence plate whose province abbreviation is at i: 京A12345, 粤B·D12345
// (new energy, six characters), 沪A1234学.
func (s *scanner) plate(i, size int) int {
	t := s.text
	p := i + size
	letter, n := plateChar(t[p:])
	if n == 0 || letter < 'A' {
		return i
	}
	p += n
	p += plateSep(t[p:])
	var body [7]byte
	k, q := 0, p
	for k < len(body) {
		c, w := plateChar(t[q:])
		if w == 0 {
			break
		}
		body[k] = c
		k++
		q += w
	}
	if q < len(t) && (isAtomByte(t[q]) || fullWidthAlnum(t, q)) {
		return i
	}
	digits := 0
	for _, c := range body[:k] {
		if isASCIIDigit(c) {
			digits++
		}
	}
	switch {
	case k == 5 && digits >= 3:
	case k == 6 && digits >= 4 && (body[0] == 'D' || body[0] == 'F' || body[5] == 'D' || body[5] == 'F'):
	case k == 4 && digits >= 3:
		r, z := utf8.DecodeRuneInString(t[q:])
		if z == 0 || !strings.ContainsRune(plateSuffixes, r) {
			return i
		}
		q += z
	default:
		return i
	}
	s.add(i, q, Plate)
	return q
}
