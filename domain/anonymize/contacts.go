package anonymize

import "strings"

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
