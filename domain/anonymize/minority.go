package anonymize

import (
	"strings"
	"unicode/utf8"
)

// Uyghur, Kazakh, Mongolian and Tibetan names are written in Han characters chosen for
// their sound, with no Han surname and often without the middle dot: 阿依古丽, 格日勒图,
// 哈斯其其格, 次仁. The cue-less name rules cannot read them, so their common parts are
// listed here; a run of parts is a name, and a single Han surname just before it belongs to
// it when a cue or a boundary comes first (我叫包格日勒图).
var minorityParts = strings.Fields(`古丽 阿依 帕提 米日 迪丽 热依 娜尔 拜尔 古丽娜尔 迪丽拜尔 迪丽娜尔 买买提 麦麦提 艾力 艾尼 吐尔逊 努尔 阿不都 阿布都
热合曼 依明 玉素甫 阿迪力 再努尔 热娜 巴哈 阿曼 木拉提 叶尔兰 哈力木 其其格 乌日娜 格日勒 格日勒图 巴特尔 斯琴 图雅 娜仁 苏和 宝音
额尔敦 乌兰 哈斯 朝鲁 巴雅尔 孟和 那顺 敖登 次仁 卓玛 扎西 格桑 德吉 央金 旦增 达娃 顿珠 拉姆 曲珍 普布 索朗 益西 多吉 白玛 才让`)

// minorityNotAfter are what follows a part when it is a place, not a name (乌兰察布, 乌兰浩特).
var minorityNotAfter = strings.Fields("察布 浩特 巴托 花 县 市 镇 旗 苏木")

// minorityFirst marks the Han characters that start a part, for a fast first test.
var minorityFirst [hanLast - hanFirst + 1]uint8

var minorityByFirst = func() map[rune][]string {
	m := map[rune][]string{}
	for _, p := range minorityParts {
		r, _ := utf8.DecodeRuneInString(p)
		m[r] = append(m[r], p)
		minorityFirst[r-hanFirst] = 1
	}
	for r := range m {
		sortLongestFirst(m[r])
	}
	return m
}()

// minorityPartAt returns the end of the longest name part at p, or p.
func (s *scanner) minorityPartAt(p int) int {
	r, _ := s.runeAt(p)
	for _, part := range minorityByFirst[r] {
		if strings.HasPrefix(s.text[p:], part) {
			return p + len(part)
		}
	}
	return p
}

// minorityNames adds the runs of name parts.
func (s *scanner) minorityNames() {
	t := s.text
	for i := 0; i < len(t); {
		if t[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, z := utf8.DecodeRuneInString(t[i:])
		if !isHan(r) || minorityFirst[r-hanFirst] == 0 {
			i += z
			continue
		}
		e := s.minorityPartAt(i)
		if e == i {
			i += z
			continue
		}
		for {
			n := s.minorityPartAt(e)
			if n == e {
				break
			}
			e = n
		}
		place := false
		for _, w := range minorityNotAfter {
			place = place || strings.HasPrefix(t[e:], w)
		}
		if !place {
			a := i
			if pr, pz := utf8.DecodeLastRuneInString(t[:i]); hanFlags(pr)&fSurname != 0 && i-pz >= 0 {
				before, _ := utf8.DecodeLastRuneInString(t[:i-pz])
				if !isHan(before) || strings.ContainsRune("叫是名我", before) {
					a = i - pz
				}
			}
			s.add(a, e, Name)
		}
		i = e
	}
}
