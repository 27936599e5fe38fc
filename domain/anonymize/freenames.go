package anonymize

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Names without a cue word: a surname and one or two given-name characters standing
// between word boundaries (王建国让我, 我和邵敏、汪海, 我找了孙丽), nicknames (阿强, 老李,
// 小王, 强哥), names with a title (李老板, 于医生, 蕭董), minority names with a middle dot
// (努尔兰·阿布都, and each part alone later), and Latin-script names (Chen Jing, Mr. Fang,
// beautician Vivian). Brands and places that look like names (钱大妈, 周大福, 王老吉) are
// kept by a lexicon.

// brandNames look like names but are brands, shops or places: never scrubbed as names.
var brandNames = strings.Fields(`钱大妈 周大福 王老吉 张小泉 李宁 老干妈 陈李济 马应龙 周黑鸭 杨国福 张亮 老凤祥 小米 华为 周生生 周六福 谢瑞麟
六福 老庙 方太 苏泊尔 康师傅 白象 今麦郎 娃哈哈 王致和 刘老根 杨铭宇 吴裕泰 张一元 胡庆余堂 同仁堂 金六福 孔府家酒 曹操出行 钟薛高
王小卤 李锦记 王府井 老板电器 雷允上 马大姐 周村 江小白 郭元益 林依轮 袁记 陈克明 黄飞红 金龙鱼 鲁花 龙门 万达 万科 龙湖 钱塘 黄山
武夷山 白云区 石家庄 金门 马来西亚 安踏 李渡 杜康 雷士 欧派 方正 高德 文和友 田老师 朱家角 严选 贾国龙 西贝 何氏 冯氏 黄氏 林氏 罗森
全家 卫龙 梁丰 包公 孔乙己 关公 岳飞 孙悟空 白娘子 花木兰 白雪 常德 江南 海澜之家 乔丹 邓肯 史丹利 田七 马应龙 席梦思 柏丽 宁波
温州 秦皇岛 郑州 韶关 向日葵 成都 金华 汪汪队 熊出没 高铁 王者荣耀 和平精英 杜蕾斯 施华蔻 车厘子 牛奶 柳州 祁连山 余额宝 叶黄素
谷歌 龙井 毛尖 白酒 黄酒 石斛 雪花 鲍鱼 燕窝 姜茶 宋城 唐宫 明园 汉庭 如家 锦江 华住 华润 苏宁 国美 京东 淘宝 拼多多 抖音`)

// latinBrands are brands written in Latin script that look like names.
var latinBrands = []string{"Wang Lao Ji", "Lao Gan Ma", "Li Ning", "Chow Tai Fook", "Lee Kum Kee", "Zhou Hei Ya", "Tom Ford",
	"Calvin Klein", "Ralph Lauren", "Michael Kors", "Marc Jacobs", "Kate Spade", "Louis Vuitton", "Hugo Boss", "Tory Burch",
	"Jack Wolfskin", "Ted Baker", "Tommy Hilfiger", "Paul Smith", "Chow Sang Sang", "Luk Fook"}

var brandByFirst = map[rune][]string{}

func init() {
	for _, b := range append(brandNames, latinBrands...) {
		r, _ := utf8.DecodeRuneInString(b)
		brandByFirst[r] = append(brandByFirst[r], b)
		if isHan(r) {
			runeFlags[r-hanFirst] |= fBrand
		}
	}
	for r := range brandByFirst {
		sortLongestFirst(brandByFirst[r])
	}
	for _, w := range strings.Fields(nameTitleList) {
		r, _ := utf8.DecodeRuneInString(w)
		titlesByFirst[r] = append(titlesByFirst[r], w)
		runeFlags[r-hanFirst] |= fTitle
	}
	for r := range titlesByFirst {
		sortLongestFirst(titlesByFirst[r])
	}
	for _, w := range strings.Fields(titleExclusionList) {
		titleExclusions[w] = true
	}
	for _, w := range strings.Fields(nicknameExclusionList) {
		nicknameExclusions[w] = true
	}
}

// brandAt returns the end of a brand that starts at p, or p.
func (s *scanner) brandAt(p int, r rune) int {
	if isHan(r) && hanFlags(r)&fBrand == 0 || !isHan(r) && (r < 'A' || r > 'Z') {
		return p
	}
	for _, b := range brandByFirst[r] {
		if strings.HasPrefix(s.text[p:], b) {
			return p + len(b)
		}
	}
	return p
}

// nameTitles follow a surname (李老板, 于医生) or a nickname (强哥, 芳姐) and belong to the name.
const nameTitleList = `先生 女士 小姐 太太 阿姨 叔叔 大爷 大妈 大叔 大姐 大哥 经理 师傅 老师 老板 老板娘 总 总监 主管 主任 教练 店长
医生 护士 律师 会计 导游 导 董 工 哥 姐 叔 伯 婶 嫂 姨 奶奶 爷爷 婆婆 伯伯 阿婆 老太 老人 同学 警官 队长 组长 院长 校长 园长 科长 站长 教授 社工 大夫
助理 顾问 专员`

var titlesByFirst = map[rune][]string{}

// titleExclusionList are a character and a title that make an ordinary word (师哥, 帅哥).
const titleExclusionList = `师哥 师姐 师叔 师伯 帅哥 大哥 二哥 表哥 堂哥 老哥 小哥 大姐 二姐 表姐 堂姐 老姐 小姐 空姐 大叔 表叔 老叔 大伯
大婶 大嫂 阿姨 大姨 小姨 总总 向导 领导 督导 指导 辅导 报导 引导 主导 教导 开导 倡导 疏导 劝导 误导 前导 先导 传导 半导 加工 员工
义工 童工 施工 开工 完工 竣工 做工 打工 手工 人工 分工 女工 技工 民工 职工 化工 罢工 监工 电工 木工 停工 返工 复工 怠工 誊工
总之 总共 总是 总算 总计 总部 总店 总额 总价 总结 总体 总数 总归 总而 平姐 文哥 高叔`

var titleExclusions = map[string]bool{}

// nicknameExclusionList are words that begin like a nickname (阿姨, 老板, 小区).
const nicknameExclusionList = `阿嬷 阿嫲 阿婶 阿奶 阿爷 阿妹 阿弟 阿姨 阿婆 阿公 阿伯 阿叔 阿妈 阿爸 阿嫂 阿哥 阿姐 阿里 阿胶 阿弥 阿拉 阿根 阿富 阿联 阿尔 阿斯 阿迪 阿司
老师 老板 老公 老婆 老家 老人 老年 老乡 老百 老伴 老爸 老妈 老大 老二 老三 老子 老头 老太 老实 老是 老旧 老式 老化 老牌 老款
老客 老顾 老用 老会 老总 老鼠 老虎 老花 老字 老街 老城 老房 老小 老少 老母 老父 老爷 老汉 老友 老同 老成 老练 老天 老早 老干
小时 小区 小孩 小姐 小米 小程 小于 小说 小心 小吃 小学 小组 小哥 小妹 小弟 小伙 小朋 小店 小票 小额 小金 小卖 小型 小便 小事
小家 小费 小孙 小儿 小女 小子 小白 小红 小黄 小蓝 小包 小件 小半 小时 小区 小车 小型 小商 小贩 小猫 小狗 小鸡 小麦 小吃 小镇
小城 小村 小路 小巷 小屋 小卡 小样 小样 小瓶 小盒 小袋 小桶 小份 小号 小码 小的 小毛 小病 小修 小灵 小度 小爱 小艺 小布`

var nicknameExclusions = map[string]bool{}

// freeNames finds names that stand without a cue word; it runs after the forward scan and
// skips what an earlier detector took.
func (s *scanner) freeNames() {
	taken := append([]Span(nil), s.spans...)
	sort.Slice(taken, func(i, j int) bool { return taken[i].Start < taken[j].Start })
	// The scan moves forward, so the spans that ended before it are dropped as it goes.
	k := 0
	busy := func(a, e int) bool {
		for k < len(taken) && taken[k].End <= a && (k+1 >= len(taken) || taken[k+1].Start >= taken[k].End || taken[k+1].End <= a) {
			k++
		}
		for _, sp := range taken[k:] {
			if sp.Start >= e {
				return false
			}
			if sp.End > a {
				return true
			}
		}
		return false
	}
	t := s.text
	var m *nameModel
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		if !isHan(r) {
			i += size
			continue
		}
		if e := s.brandAt(i, r); e > i {
			i = e
			continue
		}
		if e := s.nickname(i, r, size); e > i {
			if !busy(i, e) {
				s.add(i, e, Name)
			}
			i = e
			continue
		}
		f := hanFlags(r)
		if f&(fSurname|fCompound) == 0 || busy(i, i+size) {
			i += size
			continue
		}
		if m == nil {
			m = getNameModel()
		}
		if e := s.freeName(m, i); e > i && !busy(i, e) {
			s.add(i, e, Name)
			i = e
			continue
		}
		i += size
	}
}

// leftBoundaryOrCue reports whether a name may start at p: a word boundary or a cue word.
func (s *scanner) leftBoundaryOrCue(p int) bool {
	return s.leftBoundary(p) || s.cueEndsAt(p)
}

// nicknameEnds reports whether a nickname or a name can end at e: a boundary, a list, or
// a character that does not make a word with the last one (小王干脆, 阿明话).
func (s *scanner) nicknameEnds(e int, last string) bool {
	if s.nameBoundary(e) || s.listSepAt(e) {
		return true
	}
	r, z := s.runeAt(e)
	if z == 0 || !isHan(r) {
		return true
	}
	f, _ := getNameModel().word(last + s.text[e:e+z])
	return f == 0
}

// nickname reads a nickname at i: 阿强, 老李, 小王, 强哥, 芳姐; it returns its end or i.
func (s *scanner) nickname(i int, r rune, size int) int {
	t := s.text
	if r == '阿' || r == '老' || r == '小' {
		r2, z2 := s.runeAt(i + size)
		if z2 == 0 || !isHan(r2) || nicknameExclusions[t[i:i+size+z2]] {
			return i
		}
		e := i + size + z2
		f2 := hanFlags(r2)
		// 小雨姐, 小龙哥: a pet name and a kinship title
		if r == '小' && f2&(fStop|fNumeral) == 0 && (strings.HasPrefix(t[e:], "姐") || strings.HasPrefix(t[e:], "哥")) &&
			!titleExclusions[t[i+size:e+len("姐")]] && s.nicknameEnds(e+len("姐"), t[e:e+len("姐")]) {
			return e + len("姐")
		}
		switch {
		case r == '阿' && f2&(fStop|fNumeral) == 0:
		case r != '阿' && f2&fSurname != 0 && f2&fAmbiguous == 0:
		default:
			return i
		}
		if e2 := s.titleAt(e); e2 > e {
			return e2
		}
		if !s.nicknameEnds(e, t[i+size:e]) {
			return i
		}
		return e
	}
	// 强哥, 芳姐: a given-name character and a kinship title, after a word boundary.
	f := hanFlags(r)
	if f&fGiven == 0 || f&fSurname != 0 {
		return i
	}
	for _, h := range []string{"哥", "姐"} {
		if strings.HasPrefix(t[i+size:], h) && !titleExclusions[t[i:i+size+len(h)]] && s.leftBoundaryOrCue(i) {
			e := i + size + len(h)
			if s.nicknameEnds(e, h) {
				return e
			}
		}
	}
	return i
}

// titleAt returns the end of a name title at p, or p.
func (s *scanner) titleAt(p int) int {
	r, _ := s.runeAt(p)
	if hanFlags(r)&fTitle == 0 {
		return p
	}
	for _, h := range titlesByFirst[r] {
		if strings.HasPrefix(s.text[p:], h) {
			return p + len(h)
		}
	}
	return p
}

// listSepAt reports whether a list separator (、 和 与 及 跟) stands at p.
func (s *scanner) listSepAt(p int) bool {
	r, _ := s.runeAt(p)
	return r == '、' || r == '和' || r == '与' || r == '及' || r == '跟' || r == '同'
}

// leftBoundary reports whether a word can start at p: the text starts, a non-Han
// character or a function character stands before it.
func (s *scanner) leftBoundary(p int) bool {
	if p == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s.text[:p])
	return !isHan(r) || hanFlags(r)&fStop != 0 || r == '、'
}

// freeName judges the name candidates that start with the surname at i and returns the
// end of the best one, or i.
func (s *scanner) freeName(m *nameModel, i int) int {
	t := s.text
	se, _ := s.surnameAt(i)
	if se == 0 {
		return i
	}
	sur := t[i:se]
	// a title right after the surname: 李老板, 于医生, 蕭董
	if e := s.titleAt(se); e > se && !titleExclusions[t[i:e]] && !s.gluedBefore(m, i, se) && s.titleOK(m, i, se, e) {
		return e
	}
	if s.isHKTW() && !s.gluedBefore(m, i, se) {
		// Hong Kong: 梁生 (Mr Leung), 鄧太 (Mrs Tang)
		for _, h := range []string{"生", "太"} {
			if strings.HasPrefix(t[se:], h) && !strings.HasPrefix(t[se+len(h):], h) {
				if f, _ := m.word(t[i : se+len(h)]); f == 0 {
					return se + len(h)
				}
			}
		}
	}
	// given names of two and one characters
	r1, z1 := s.runeAt(se)
	if z1 == 0 || !isHan(r1) || hanFlags(r1)&fStop != 0 {
		return i
	}
	e1 := se + z1
	r2, z2 := s.runeAt(e1)
	best, bestScore := i, float32(0)
	try := func(e int, given []rune) {
		cand := t[i:e]
		last := given[len(given)-1]
		if nameExclusionSet[cand] || hanFlags(last)&(fAdminSuffix|fAddrAnchor) != 0 || strings.ContainsRune(productTails, last) {
			return
		}
		if !(s.nameBoundary(e) || s.listSepAt(e) || s.titleAt(e) > e || strings.HasPrefix(t[e:], "（") || strings.HasPrefix(t[e:], "(") || s.wordStartsAt(m, e, given[len(given)-1])) {
			return
		}
		freq, pos := m.word(cand)
		// 张三, 李四, 王五: a surname and a numeral stand for a person
		if len(given) == 1 && hanFlags(given[0])&fNumeral != 0 && hanFlags(firstRune(sur))&fAmbiguous == 0 && (freq == 0 || pos == "nr") &&
			(s.leftBoundary(i) || s.listSepBefore(i)) && (s.nameBoundary(e) || s.listSepAt(e)) {
			if nameThreshold+1 > bestScore {
				best, bestScore = e, nameThreshold+1
			}
			return
		}
		score := float32(0)
		for _, g := range given {
			score += min(max(m.givenScore(g), -1.5), 3)
		}
		switch {
		case (pos == "nr" || pos == "nrfg" || pos == "nrt") && freq <= 60:
			score++
		case freq > 0:
			return // a word (高兴, 周末, 金额), or one the dictionary tags nr but is common (顾客, 师傅)
		}
		if len(given) == 1 {
			score -= 1 // a one-character given name carries less evidence
		}
		// The first given character glued to the surname as a word (黄金酸, 常常见).
		if len(given) == 2 {
			if f, p := m.word(sur + string(given[0])); f > 50 && p != "nr" {
				return
			}
			if f, p := m.word(string(given)); f > 2000 && p != "nr" && p != "nz" {
				score -= 2
			}
		}
		if s.gluedBefore(m, i, se) || s.businessAfter(e) {
			return
		}
		if !s.leftBoundary(i) && !s.wordEndsAt(m, i) {
			score -= 1.5
		}
		// in a list (邵敏、汪海、戚少华) or in brackets after another form of the name
		if s.listSepAt(e) {
			score++
		}
		if s.listSepBefore(i) || strings.HasSuffix(t[:i], "（") || strings.HasSuffix(t[:i], "(") {
			score++
		}
		if hanFlags(firstRune(sur))&fAmbiguous != 0 {
			score -= 1
		}
		if score > bestScore {
			best, bestScore = e, score
		}
	}
	if z2 > 0 && isHan(r2) && hanFlags(r2)&fStop == 0 {
		try(e1+z2, []rune{r1, r2})
	}
	if best == i {
		try(e1, []rune{r1})
	}
	if bestScore < nameThreshold {
		return i
	}
	return best
}

// productTails end the names of medicines and products, not of people (乌鸡白凤丸, 金银花露).
const productTails = "氏丸散膏汤片丹露粉酒茶液剂贴膜霜乳油锅机器仪表盒袋瓶罐箱卡券票店馆厂行铺"

// nameThreshold is the score a candidate needs, tuned on the development corpus.
const nameThreshold = 0.5

// gluedBefore reports whether the surname at [i, se) ends a word that starts before it
// (提高, 一周, 金钱): then it is not a surname.
func (s *scanner) gluedBefore(m *nameModel, i, se int) bool {
	p := i
	for k := 0; k < 2 && p > 0; k++ {
		r, z := utf8.DecodeLastRuneInString(s.text[:p])
		if !isHan(r) {
			return false
		}
		p -= z
		if f, pos := m.word(s.text[p:se]); f > 3 && pos != "nr" {
			return true
		}
	}
	return false
}

// titleOK judges a surname with a title: a surname that is also a word character needs a
// boundary before it (提高老师 is no 高老师).
func (s *scanner) titleOK(m *nameModel, i, se, e int) bool {
	if f, pos := m.word(s.text[i:e]); f > 0 && pos != "nr" {
		return false // 方太, 马大姐 as words or brands
	}
	// a one-character title that starts a word is no title (王总结, 李姐妹)
	if e-se <= 3 {
		if r, z := s.runeAt(e); z > 0 && isHan(r) {
			if f, _ := m.word(s.text[se : e+z]); f > 20 {
				return false
			}
		}
	}
	if hanFlags(firstRune(s.text[i:se]))&fAmbiguous != 0 {
		return s.leftBoundary(i) || !s.gluedBefore(m, i, se)
	}
	return true
}

// shopName reports whether a name-like span is a shop's name (周记, 康寿之家, 高兴家政).
func shopName(t string, sp Span) bool {
	last, _ := utf8.DecodeLastRuneInString(sp.Text)
	if last == '记' {
		return true
	}
	// the shop word may start inside the span (高兴家|政)
	window := t[sp.Start:min(len(t), sp.End+len("之家"))]
	for _, w := range []string{"之家", "家政", "粥铺", "二手"} {
		if k := strings.Index(window, w); k > 0 {
			return true
		}
	}
	return false
}

// personQuoteCues stand before a quoted name that is a person's (主播“玉姐”, 自称“晓晓”,
// 团长叫“果果妈”); without one, a name that fills its quotation marks is a shop's or a
// brand's (在“陈李记”买的, 买到的是“王老古”).
var personQuoteCues = strings.Fields("叫 叫做 自称 自称是 称 名叫 昵称 外号 绰号 人称 网名 主播 老师 客服 店员 教练 师傅 阿姨 姐姐 哥哥")

// quotedBrand reports whether the name sp fills a pair of quotation marks that no person
// cue comes before.
func (s *scanner) quotedBrand(sp Span) bool {
	open, _ := utf8.DecodeLastRuneInString(s.text[:sp.Start])
	closing, _ := utf8.DecodeRuneInString(s.text[sp.End:])
	if !(open == '“' && closing == '”' || open == '「' && closing == '」' || open == '『' && closing == '』' || open == '《' && closing == '》' ||
		open == '"' && closing == '"') {
		return false
	}
	// a nickname or a form of address is a person's even in quotes (名牌写的是“小莫”)
	first, _ := utf8.DecodeRuneInString(sp.Text)
	last, _ := utf8.DecodeLastRuneInString(sp.Text)
	if !isHan(first) || strings.ContainsRune("小老阿", first) || strings.ContainsRune("姐哥叔姨总妈爸嫂伯婆", last) {
		return false
	}
	head := s.text[:sp.Start-utf8.RuneLen(open)]
	for _, c := range personQuoteCues {
		if strings.HasSuffix(head, c) {
			r, _ := utf8.DecodeLastRuneInString(head[:len(head)-len(c)])
			return strings.ContainsRune(thingNames, r) // 店名叫“茶香阁”
		}
	}
	return true
}

// dropBrands removes the names that fall on a brand, a shop or a place that looks like a
// name (钱大妈 is not 钱 with 大妈, 周大福 not a 周 with a given name).
func (s *scanner) dropBrands() {
	t := s.text
	var brands []Span
	for i := 0; i < len(t); {
		r, z := utf8.DecodeRuneInString(t[i:])
		if e := s.brandAt(i, r); e > i {
			brands = append(brands, Span{Start: i, End: e})
			i = e
			continue
		}
		i += z
	}
	out := s.spans[:0]
	for _, sp := range s.spans {
		if sp.Type == Name && (overlaps(brands, sp.Start, sp.End) || s.quotedBrand(sp) || shopName(s.text, sp)) {
			continue
		}
		out = append(out, sp)
	}
	s.spans = out
}

// wordStartsAt reports whether a dictionary word starts at e (庞勇|现在, 鄭玉蘭|八十) that is
// more frequent than the word the name's last character would make with what follows.
func (s *scanner) wordStartsAt(m *nameModel, e int, last rune) bool {
	r1, z1 := s.runeAt(e)
	if z1 == 0 || !isHan(r1) {
		return true
	}
	r2, z2 := s.runeAt(e + z1)
	if z2 == 0 || !isHan(r2) {
		return false
	}
	f, _ := m.word(s.text[e : e+z1+z2])
	if f < 100 {
		return false
	}
	g, _ := m.word(string(last) + s.text[e:e+z1])
	return f > 4*g
}

// wordEndsAt reports whether a frequent dictionary word of two characters ends at i
// (买家|龚明杰, 阿嬷|郑玉兰).
func (s *scanner) wordEndsAt(m *nameModel, i int) bool {
	r1, z1 := utf8.DecodeLastRuneInString(s.text[:i])
	if z1 == 0 || !isHan(r1) {
		return false
	}
	r2, z2 := utf8.DecodeLastRuneInString(s.text[:i-z1])
	if z2 == 0 || !isHan(r2) {
		return false
	}
	f, _ := m.word(s.text[i-z1-z2 : i])
	return f >= 100
}

// listSepBefore reports whether a list separator (、 和 与 及 跟) ends at p.
func (s *scanner) listSepBefore(p int) bool {
	r, _ := utf8.DecodeLastRuneInString(s.text[:p])
	return r == '、' || r == '和' || r == '与' || r == '及' || r == '跟'
}

// listNames extends the names found to the lists they stand in: in 邵敏、汪海、戚少华 or
// 关雪和卜一凡, a surname with one or two characters next to a name across a separator is
// a name too, unless it is a dictionary word.
func (s *scanner) listNames() {
	m := getNameModel()
	t := s.text
	for k := 0; k < len(s.spans); k++ {
		sp := s.spans[k]
		if sp.Type != Name {
			continue
		}
		// forward: NAME、X
		if s.listSepAt(sp.End) {
			_, z := s.runeAt(sp.End)
			if e := s.listItem(m, sp.End+z); e > 0 && !overlapsAny(s.spans, sp.End+z, e) {
				s.add(sp.End+z, e, Name)
			}
		}
		// an alias right after a Latin-script name: Ryan Chen（陈睿）, Leo Fang，方磊
		if sp.End > 0 && isASCIILetter(t[sp.End-1]) {
			p := sp.End
			for _, sep := range []string{"（中文名", "（中文", "(中文", "（", "(", "，", ", ", "、"} {
				if strings.HasPrefix(t[p:], sep) {
					p += len(sep)
					break
				}
			}
			if p > sp.End {
				if e := s.listItem(m, p); e > 0 && !overlapsAny(s.spans, p, e) {
					s.add(p, e, Name)
				}
			}
		}
		// backward: X、NAME
		if s.listSepBefore(sp.Start) {
			_, z := utf8.DecodeLastRuneInString(t[:sp.Start])
			q := sp.Start - z
			for _, n := range []int{3, 2, 4} {
				a := q
				for j := 0; j < n && a > 0; j++ {
					_, zz := utf8.DecodeLastRuneInString(t[:a])
					a -= zz
				}
				if a < q && s.listItem(m, a) == q && s.leftBoundaryOrCue(a) && !overlapsAny(s.spans, a, q) {
					s.add(a, q, Name)
					break
				}
			}
		}
	}
}

// listItem reads a name at p that ends at a list separator or a boundary: a surname and
// one or two characters that are no dictionary word; it returns its end or 0.
func (s *scanner) listItem(m *nameModel, p int) int {
	se, _ := s.surnameAt(p)
	if se == 0 {
		return 0
	}
	for _, n := range []int{2, 1} {
		e := se
		ok := true
		for j := 0; j < n; j++ {
			r, z := s.runeAt(e)
			if z == 0 || !isHan(r) || hanFlags(r)&fStop != 0 {
				ok = false
				break
			}
			e += z
		}
		if !ok {
			continue
		}
		if f, pos := m.word(s.text[p:e]); f > 0 && pos != "nr" {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(s.text[:e])
		if s.listSepAt(e) || s.nameBoundary(e) || s.wordStartsAt(m, e, last) || strings.HasPrefix(s.text[e:], "）") || strings.HasPrefix(s.text[e:], ")") {
			return e
		}
	}
	return 0
}

// overlapsAny reports whether [a, e) overlaps one of the spans (in any order).
func overlapsAny(spans []Span, a, e int) bool {
	for _, sp := range spans {
		if sp.Start < e && sp.End > a {
			return true
		}
	}
	return false
}

// businessWords after a name-like word make it the name of a shop or a brand (华康保健品店,
// 丽人坊美容院).
var businessWords = strings.Fields(`保健 养生 美容 美发 健身 超市 药房 药店 商行 门店 专卖 集团 科技 公司 商城 商贸 电器 家具 家居 装饰 装修
建材 汽车 车行 珠宝 金店 茶行 茶庄 酒店 宾馆 饭店 餐厅 火锅 烧烤 面馆 食品 医药 诊所 口腔 眼镜 培训 教育 学校 旅行 旅游 地产 物业
中介 通讯 数码 手机 服饰 服装 鞋业 母婴 宠物 影楼 摄影 婚庆 足浴 按摩 理疗 大药 牌子 品牌 店 馆 行 坊 厂 堂 院
旁边 附近 对面 门口 一带 景区 广场 大厦 商场`)

// businessAfter reports whether a business word or a locative (旁边, 对面: what stands
// before it is a landmark, 东方明珠旁边) follows at e.
func (s *scanner) businessAfter(e int) bool {
	for _, w := range businessWords {
		if strings.HasPrefix(s.text[e:], w) {
			return true
		}
	}
	return false
}
