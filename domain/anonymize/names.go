package anonymize

import (
	"strings"
	"unicode/utf8"
)

// Names: the known parties everywhere, any name after a cue word (我叫, 客服, 收件人 …),
// and a surname with an honorific (王先生, 李女士, 张某).

func (s *scanner) runeAt(p int) (rune, int) {
	if p >= len(s.text) {
		return utf8.RuneError, 0
	}
	return utf8.DecodeRuneInString(s.text[p:])
}

// selfCues introduce a name and nothing else (我叫, 本人): after them an ambiguous surname
// starts a name even with a rarer given character.
var selfCues = map[string]bool{"我叫": true, "我是": true, "我系": true, "本人": true, "名叫": true, "叫做": true, "姓名": true,
	"名字": true, "大名": true, "全名": true, "户名": true, "中文名": true, "真名": true, "本名": true, "原名": true,
	"真名叫": true, "实名叫": true, "名：": true}

// plainSelfCues are followed by the name and nothing else, so that whatever Han run
// stands between them and a punctuation mark is the name, whatever its surname (我叫向晓东（,
// 真名和晓露）).
var plainSelfCues = map[string]bool{"我叫": true, "名叫": true, "姓名": true, "全名": true, "大名": true, "真名": true,
	"本名": true, "原名": true, "真名叫": true, "实名叫": true, "名：": true}

// thingNames end a word before 名叫 or 名： that names a thing, not a person (店名叫, 网名：).
const thingNames = "店网品群书歌剧鱼号厂司牌家"

// plainName reads a run of two to four Han characters at p that a punctuation mark, a
// bracket or the end of the text closes; it returns its end, or p.
func (s *scanner) plainName(p int) int {
	q, n := p, 0
	if r, _ := s.runeAt(p); strings.ContainsRune("不是就也都在的了很太还又没叫我你他她它", r) {
		return p // 真名不是地名: a clause, not a name
	}
	for n < 5 {
		r, z := s.runeAt(q)
		if z == 0 || !isHan(r) {
			break
		}
		q += z
		n++
	}
	if n < 2 || n > 4 {
		return p
	}
	if r, z := s.runeAt(q); z > 0 && (isHan(r) || r < utf8.RuneSelf && isAtomByte(byte(r))) {
		return p
	}
	return q
}

// cueName looks for a name after a cue word that starts at i.
func (s *scanner) cueName(i int, r rune) int {
	for _, cue := range nameCuesByFirst[r] {
		if !strings.HasPrefix(s.text[i:], cue) {
			continue
		}
		p := s.skipCueLinks(i + len(cue))
		s.selfCue = selfCues[cue]
		st, en, ok := s.nameAt(p)
		s.selfCue = false
		if r0, _ := utf8.DecodeLastRuneInString(s.text[:i]); !ok && plainSelfCues[cue] && !strings.ContainsRune(thingNames, r0) {
			if e := s.plainName(p); e > p {
				s.add(p, e, Name)
				return e
			}
		}
		if !ok {
			// a nickname after the cue: 主播“丹丹”, 客服小雅
			if e := s.cueNickname(p); e > p {
				s.add(p, e, Name)
				return e
			}
			return i
		}
		s.add(st, en, Name)
		// A list of names after one cue: 店员张伟、李娜和王芳.
		for k := 0; k < 8; k++ {
			q := -1
			for _, sep := range []string{"、", "和", "与", "及"} {
				if strings.HasPrefix(s.text[en:], sep) {
					q = en + len(sep)
					break
				}
			}
			if q < 0 {
				break
			}
			st2, en2, ok := s.nameAt(q)
			if !ok || !s.nameBoundary(en2) {
				break
			}
			s.add(st2, en2, Name)
			en = en2
		}
		return en
	}
	return i
}

// skipCueLinks skips what may stand between a cue and the name: another cue word
// (客服经理), 人员, 姓名, a colon, 是, 为.
func (s *scanner) skipCueLinks(p int) int {
	for k := 0; k < 4 && p < len(s.text); k++ {
		rest := s.text[p:]
		skipped := false
		for _, l := range nameCueLinks {
			if strings.HasPrefix(rest, l) {
				p += len(l)
				skipped = true
				break
			}
		}
		if !skipped {
			r, _ := s.runeAt(p)
			for _, cue := range nameCuesByFirst[r] {
				if strings.HasPrefix(rest, cue) {
					p += len(cue)
					skipped = true
					break
				}
			}
		}
		if !skipped {
			for p < len(s.text) && s.text[p] == ' ' {
				p++
				skipped = true
			}
		}
		if !skipped {
			break
		}
	}
	return p
}

// surnameAt returns the end of the surname at p (compound ones first), 0 if there is none,
// and whether it is an ambiguous one.
func (s *scanner) surnameAt(p int) (int, bool) {
	r, size := s.runeAt(p)
	f := hanFlags(r)
	if f&fCompound != 0 {
		for _, c := range compoundByFirst[r] {
			if strings.HasPrefix(s.text[p:], c) {
				return p + len(c), false
			}
		}
	}
	if f&fSurname != 0 {
		return p + size, f&fAmbiguous != 0
	}
	return 0, false
}

// nameBoundary reports whether a name can end at p: the text ends, a non-Han character,
// a stop character (说, 的, 在) or a stop word (明天, 表示, 先生) follows.
func (s *scanner) nameBoundary(p int) bool {
	r, size := s.runeAt(p)
	if size == 0 || !isHan(r) || hanFlags(r)&fStop != 0 {
		return true
	}
	for _, w := range nameStopByFirst[r] {
		if strings.HasPrefix(s.text[p:], w) {
			return true
		}
	}
	return false
}

// nameAt reads a name of two or three runes (or a compound surname and one or two) at p,
// or a nickname 小王/老李. A word followed by the adverbial 地 is an adverb, not a name
// (客服高兴地说, 店员安静地站着).
func (s *scanner) nameAt(p int) (int, int, bool) {
	st, en, ok := s.nameAtRaw(p)
	if ok && strings.HasPrefix(s.text[en:], "地") {
		return 0, 0, false
	}
	return st, en, ok
}

func (s *scanner) nameAtRaw(p int) (int, int, bool) {
	if strings.HasPrefix(s.text[p:], "小") || strings.HasPrefix(s.text[p:], "老") {
		q := p + len("小")
		if r, size := s.runeAt(q); hanFlags(r)&fSurname != 0 && s.nameBoundary(q+size) {
			return p, q + size, true
		}
	}
	se, ambiguous := s.surnameAt(p)
	if se == 0 {
		return 0, 0, false
	}
	r1, z1 := s.runeAt(se)
	if z1 == 0 || !isHan(r1) || s.nameBoundary(se) {
		return 0, 0, false
	}
	f1 := hanFlags(r1)
	if ambiguous && f1&fGiven == 0 {
		if !s.selfCue {
			return 0, 0, false
		}
		// 我是仲维: after a cue that introduces a name, an ambiguous surname and a rarer given character make a
		// name when the pair is no word of the dictionary and the name ends there.
		e1 := se + z1
		if f, _ := getNameModel().word(s.text[p:e1]); f > 0 || f1&fStop != 0 {
			return 0, 0, false
		}
		if s.nameBoundary(e1) {
			return p, e1, true
		}
		// 我是江宜蓁: a second given character before the boundary
		if r2, z2 := s.runeAt(e1); z2 > 0 && isHan(r2) && hanFlags(r2)&fStop == 0 && s.nameBoundary(e1+z2) {
			return p, e1 + z2, true
		}
		return 0, 0, false
	}
	e1 := se + z1
	if nameExclusionSet[s.text[p:e1]] {
		return 0, 0, false
	}
	if s.nameBoundary(e1) {
		return p, e1, true
	}
	r2, z2 := s.runeAt(e1)
	e2 := e1 + z2
	if s.nameBoundary(e2) || hanFlags(r2)&fGiven != 0 {
		return p, e2, true
	}
	return p, e1, true
}

// ambiguousWordTails are words that end in an ambiguous surname, so that the honorific
// after them is not a name: 语文老师, 对方经理, 班主任老师.
var ambiguousWordTails = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`语文 中文 英文 作文 人文 天文 主任 责任 信任 担任 公安 保安 平安 治安 提高 最高 对方 双方 甲方 乙方
卖方 买方 官方 店方 厂方 院方 校方 警方 一方 各方 商家方 现金 资金 押金 定金 订金 租金 奖金 正常 经常 非常 日常 异常 有关
相关 海关 机关 说明 证明 声明 表明 注明 地方 大方 药方 处方 配方 南方 北方 东方 西方 上方 下方 前方 后方 时时 同时 当时
临时 准时 及时 按时 平时 小时 车辆 火车 汽车 客车 货车 专车 快车 网约车 出租车
部门 音乐 快乐 娱乐 课程 工程 历史 维修 装修 宿管 门卫 后卫 保卫 中华`) {
		ambiguousWordTails[w] = true
	}
}

// honorific finds a surname with an honorific at i: 王先生, 欧阳女士, 张某.
func (s *scanner) honorific(i int, r rune, size int, f uint16) int {
	if f&fCompound != 0 {
		for _, c := range compoundByFirst[r] {
			if strings.HasPrefix(s.text[i:], c) {
				if e := s.honorificAfter(i + len(c)); e > 0 {
					s.add(i, e, Name)
					return e
				}
			}
		}
	}
	if f&fSurname == 0 {
		return i
	}
	e := s.honorificAfter(i + size)
	if e == 0 || (f&fAmbiguous != 0 && strings.HasPrefix(s.text[i+size:], "某")) {
		return i
	}
	if f&fAmbiguous != 0 && i > 0 {
		pr, pz := utf8.DecodeLastRuneInString(s.text[:i])
		if isHan(pr) && ambiguousWordTails[s.text[i-pz:i+size]] {
			return i
		}
		if p2 := i - pz; isHan(pr) && p2 > 0 {
			if r2, z2 := utf8.DecodeLastRuneInString(s.text[:p2]); isHan(r2) && ambiguousWordTails[s.text[p2-z2:i+size]] {
				return i
			}
		}
	}
	s.add(i, e, Name)
	return e
}

// someNouns follow 某 when it means "a certain" (某日, 某店), not an anonymized name.
const someNouns = "日天时些种个位家品店公司处项次月年地类款件样部门人物方面批段期号"

// honorificAfter returns the end of an honorific at p, 0 if there is none.
func (s *scanner) honorificAfter(p int) int {
	rest := s.text[p:]
	for _, h := range surnameHonorifics {
		if !strings.HasPrefix(rest, h) {
			continue
		}
		e := p + len(h)
		if h == "某" || h == "某某" {
			// 某日 is "one day", 某店 "a certain shop".
			if r, size := s.runeAt(e); size > 0 && strings.ContainsRune(someNouns, r) {
				return 0
			}
		}
		return e
	}
	return 0
}

// parties adds every occurrence of the known parties: the full name, the surname with an
// honorific or 老/小, and the given name alone when it has two runes or more. It searches
// for the surname once and tries the patterns where it occurs.
func (s *scanner) parties(parties []Party) {
	t := s.text
	for _, p := range parties {
		full := strings.TrimSpace(p.FullName)
		if utf8.RuneCountInString(full) < 2 || !utf8.ValidString(full) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(full)
		if !isHan(r) {
			s.addAllWords(full)
			continue
		}
		sur := full[:utf8.RuneLen(r)]
		for _, c := range compoundByFirst[r] {
			if strings.HasPrefix(full, c) && utf8.RuneCountInString(full) >= 3 {
				sur = c
			}
		}
		for off := 0; off < len(t); {
			k := strings.Index(t[off:], sur)
			if k < 0 {
				break
			}
			at := off + k
			off = at + len(sur)
			end := 0
			if strings.HasPrefix(t[at:], full) {
				end = at + len(full)
			}
			for _, h := range partyHonorifics {
				if strings.HasPrefix(t[off:], h) {
					end = max(end, off+len(h))
				}
			}
			start := at
			if strings.HasSuffix(t[:at], "老") || strings.HasSuffix(t[:at], "小") {
				start, end = at-len("老"), max(end, off)
			}
			if end > 0 && !s.inPlaceholder(start, end) {
				s.add(start, end, Name)
				off = end
			}
		}
		if given := full[len(sur):]; utf8.RuneCountInString(given) >= 2 {
			s.addAll(given)
		}
	}
}

// addAllWords adds every occurrence of a non-Han name that is not part of a longer run of
// letters and digits: "Li Na" but not the "35" of "A3517". Back-to-back occurrences are
// judged as one run, so that scrubbing one does not expose the next.
func (s *scanner) addAllWords(name string) {
	t := s.text
	for off := 0; ; {
		k := strings.Index(t[off:], name)
		if k < 0 {
			return
		}
		a := off + k
		e := a + len(name)
		for strings.HasPrefix(t[e:], name) {
			e += len(name)
		}
		off = a + 1
		if a > 0 && (isAtomByte(t[a-1]) || (a >= 3 && fullWidthAlnum(t, a-3))) {
			continue
		}
		if (e < len(t) && (isAtomByte(t[e]) || fullWidthAlnum(t, e))) || s.inPlaceholder(a, e) {
			continue
		}
		for p := a; p < e; p += len(name) {
			s.add(p, p+len(name), Name)
		}
		off = e
	}
}

// addAll adds every occurrence of a name.
func (s *scanner) addAll(name string) {
	for off := 0; ; {
		k := strings.Index(s.text[off:], name)
		if k < 0 {
			return
		}
		if !s.inPlaceholder(off+k, off+k+len(name)) {
			s.add(off+k, off+k+len(name), Name)
		}
		off += k + len(name)
	}
}

// inPlaceholder reports whether text[a:e] overlaps a placeholder ("[订单号]"), so that a
// party named like part of one does not break idempotence.
func (s *scanner) inPlaceholder(a, e int) bool {
	t := s.text
	lo := max(0, a-32)
	if open := strings.LastIndexByte(t[lo:a+1], '['); open >= 0 {
		open += lo
		if end := strings.IndexByte(t[open:], ']'); end >= 0 && open+end >= a && placeholderSet[t[open:open+end+1]] {
			return true
		}
	}
	for k := a + 1; k < e; k++ {
		if t[k] == '[' {
			if end := strings.IndexByte(t[k:], ']'); end >= 0 && placeholderSet[t[k:k+end+1]] {
				return true
			}
		}
	}
	return false
}

var placeholderSet = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range placeholders {
		m[p] = true
	}
	return m
}()

// cueNickname reads a nickname right after a name cue: a doubled given-name character
// (丹丹, 甜甜) or 小 and a given-name character (小雅, 小贝), ending at a boundary.
func (s *scanner) cueNickname(p int) int {
	r1, z1 := s.runeAt(p)
	r2, z2 := s.runeAt(p + z1)
	if z1 == 0 || z2 == 0 {
		return p
	}
	e := p + z1 + z2
	f2 := hanFlags(r2)
	switch {
	case r1 == r2 && isHan(r2) && f2&(fStop|fNumeral) == 0 && !doubledWords[s.text[p:e]]:
	case (r1 == '小' || r1 == '阿') && isHan(r2) && f2&(fStop|fNumeral) == 0 && !nicknameExclusions[s.text[p:e]]:
	// 带队的叫大刘: 大 and a surname after a cue
	case r1 == '大' && f2&fSurname != 0 && f2&fAmbiguous == 0:
	// 经纪人叫小七, 阿三: after a cue a numeral makes a nickname too, when a mark closes it
	case (r1 == '小' || r1 == '阿') && f2&fNumeral != 0 && !s.nameBoundaryHan(e):
	default:
		return p
	}
	if !s.nameBoundary(e) && !strings.HasPrefix(s.text[e:], "”") && !strings.HasPrefix(s.text[e:], "」") {
		return p
	}
	return e
}

// doubledWords are doubled characters that are words, not nicknames (天天, 常常).
var doubledWords = wordSet(`天天 常常 刚刚 渐渐 慢慢 偷偷 好好 多多 早早 白白 人人 处处 时时 年年 月月 个个 样样 明明 仅仅 往往 紧紧 悄悄 轻轻
静静 默默 暗暗 稍稍 统统 通通 足足 整整 急急 连连 频频 纷纷 匆匆 哈哈 呵呵 嘿嘿 妈妈 爸爸 哥哥 姐姐 弟弟 妹妹 爷爷 奶奶 叔叔 宝宝
谢谢 看看 试试 想想 说说 等等 多少 星星 点点 家家 户户 层层 步步 口口 声声 扣扣`)

// leadNames adds a name that opens the text, a sentence or a clause and a comma closes
// (赵强，青岛人; 李红，六十六岁; 我是付款人，冷雪，电话…): the way a case note or a form
// starts, or a name given on its own. A dictionary word there (王府井，)
// is a place or a thing, not a name.
func (s *scanner) leadNames() {
	t := s.text
	for p := 0; p < len(t); {
		st, en, ok := s.nameAt(p)
		if ok && st == p && en < len(t) && (strings.HasPrefix(t[en:], "，") || t[en] == ',' || s.leadVerbAt(en)) {
			if f, _ := getNameModel().word(t[st:en]); f == 0 {
				s.add(st, en, Name)
			}
		}
		// the next sentence, or the next clause (我是付款人，冷雪，电话…)
		p = clauseEnd(t, p)
		for p < len(t) && t[p] == ' ' {
			p++
		}
	}
}

// aliasNames adds the name in brackets right after a name or a form of address
// (張太（張美儀）, 阿明（陈志明）): the same person's other name.
func (s *scanner) aliasNames() {
	t := s.text
	n := len(s.spans)
	for k := 0; k < n; k++ {
		sp := s.spans[k]
		if sp.Type != Name {
			continue
		}
		p := sp.End
		switch {
		case strings.HasPrefix(t[p:], "（"):
			p += len("（")
		case strings.HasPrefix(t[p:], "("):
			p++
		default:
			continue
		}
		e := s.plainName(p)
		if e == p || !(strings.HasPrefix(t[e:], "）") || strings.HasPrefix(t[e:], ")")) {
			continue
		}
		if se, _ := s.surnameAt(p); se > 0 {
			s.add(p, e, Name)
		}
	}
}

// nameBoundaryHan reports whether a Han character follows p (a word goes on).
func (s *scanner) nameBoundaryHan(p int) bool {
	r, z := s.runeAt(p)
	return z > 0 && isHan(r)
}

// clauseEnd returns where the clause after the one at p starts: after the next 。！？，or
// line end, or len(t). It looks at lead bytes only, as it runs over every text.
func clauseEnd(t string, p int) int {
	for p < len(t) {
		switch t[p] {
		case '\n':
			return p + 1
		case 0xE3: // 。
			if strings.HasPrefix(t[p:], "。") {
				return p + len("。")
			}
		case 0xEF: // ，！？
			if strings.HasPrefix(t[p:], "，") || strings.HasPrefix(t[p:], "！") || strings.HasPrefix(t[p:], "？") {
				return p + len("，")
			}
		}
		p++
	}
	return p
}

// leadVerbs may follow a name that opens a sentence (庞欢在…买的, 李明说…).
var leadVerbs = []string{"在", "说", "向", "从", "于", "被", "把", "给", "称", "反映", "投诉", "表示"}

// leadVerbAt reports whether one of leadVerbs stands at p.
func (s *scanner) leadVerbAt(p int) bool {
	for _, v := range leadVerbs {
		if strings.HasPrefix(s.text[p:], v) {
			return true
		}
	}
	return false
}

// parentNicknames adds the names parents go by in community and school chat groups: a
// child's doubled pet name and 妈 or 爸 (果果妈, 乐乐爸爸).
func (s *scanner) parentNicknames() {
	t := s.text
	for _, w := range []string{"妈", "爸"} {
		for off := 0; ; {
			k := strings.Index(t[off:], w)
			if k < 0 {
				break
			}
			m := off + k
			off = m + len(w)
			r2, z2 := utf8.DecodeLastRuneInString(t[:m])
			if z2 < 3 || !isHan(r2) {
				continue
			}
			r1, z1 := utf8.DecodeLastRuneInString(t[:m-z2])
			if r1 != r2 || hanFlags(r1)&(fStop|fNumeral) != 0 || doubledWords[t[m-z2-z1:m]] {
				continue
			}
			e := m + len(w)
			if strings.HasPrefix(t[e:], w) {
				e += len(w) // 乐乐爸爸
			}
			s.add(m-z2-z1, e, Name)
		}
	}
}
