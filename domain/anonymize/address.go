package anonymize

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Street addresses. An address is found at its first street-level component (a road, an
// estate, a numbered building, unit or room); from there it extends back over the regions
// before it (广东省广州市天河区) and forward over the components after it (123号天河大厦B座
// 1501室). A bare region (广州市天河区) is not scrubbed: regions are generalized elsewhere.

// anchorNumberSuffixes make a street-level component on their own after a number.
var anchorNumberSuffixes = strings.Fields("号楼 号院 单元 栋 幢 座 室")

// namedBackSuffixes end an estate name that may come before a numbered building (碧桂园3栋).
var namedBackSuffixes = strings.Fields("园 城 府 湾 庭 阁 居 邸 轩 里 邨 楼 村 苑 坊 大厦 国际 中心 公寓 小区 花园 广场 大楼")

// roadNotAfter cannot follow 路 in a road name (路由器, 路况, 路费).
const roadNotAfter = "由况线费程过人灯面径途演"

// streetNotAfter cannot follow 街 in a street name (街坊, 街头).
const streetNotAfter = "坊头舞景市"

// address finds the address whose anchor character is at i.
func (s *scanner) address(i, size int) int {
	after := i + size
	cs, ok := s.anchorComponent(after)
	if !ok {
		return i
	}
	start := s.extendBack(cs)
	end := s.extendForward(after)
	s.add(start, end, Address)
	return end
}

// anchorComponent checks that the text up to after ends with a street-level component and
// returns where that component starts.
func (s *scanner) anchorComponent(after int) (int, bool) {
	head := s.text[:after]
	next, _ := s.runeAt(after)
	for _, sfx := range roadSuffixes {
		if !strings.HasSuffix(head, sfx) {
			continue
		}
		if (sfx == "路" && strings.ContainsRune(roadNotAfter, next)) ||
			(sfx == "街" && (next == '道' || strings.ContainsRune(streetNotAfter, next))) {
			return 0, false
		}
		ss := after - len(sfx)
		ns, n := s.placeNameBefore(ss)
		// 中大路300号: a house number outweighs a word that only looks like a road (大路)
		if n >= 2 && (!s.addrExcluded(ns, after) || s.numberedAfterRoad(after)) {
			return ns, true
		}
		// 兴发南路8号: with a house number after it, a road's name may hold characters
		// that stop a place name elsewhere (发, 生)
		if n < 2 && s.numberedAfterRoad(after) {
			if q, m := s.roadNameBefore(ss); m >= 2 {
				return q, true
			}
		}
		return 0, false
	}
	// 孝陵卫街道200号: a house number right after the subdistrict
	if strings.HasSuffix(head, "街道") && s.houseNumberAt(after) {
		if ns, n := s.placeNameBefore(after - len("街道")); n >= 1 {
			return ns, true
		}
	}
	// A road named …道 (高新南一道, Hong Kong's 弥敦道, 轩尼诗道) counts when a house number
	// follows: 街道 and 知道 are not followed by 650号.
	if strings.HasSuffix(head, "道") && !strings.HasSuffix(head, "街道") && s.numberedAfterRoad(after) {
		if ns, n := s.placeNameBefore(after - len("道")); n >= 2 || (n >= 1 && hanFlags(firstRune(s.text[ns:]))&fNumeral != 0) {
			return ns, true
		}
	}
	for _, sfx := range estateSuffixes {
		if !strings.HasSuffix(head, sfx) {
			continue
		}
		if next == '路' || next == '街' || next == '道' || next == '巷' {
			return 0, false // 花园路, 广场街: a road's name, found at the road's suffix
		}
		ss := after - len(sfx)
		ns, n := s.placeNameBefore(ss)
		if n >= 2 && !s.addrExcluded(ns, after) && !s.genericEstate(ns, ss) {
			return ns, true
		}
		return 0, false
	}
	for _, sfx := range anchorNumberSuffixes {
		if !strings.HasSuffix(head, sfx) {
			continue
		}
		ss := after - len(sfx)
		ns, digits := s.numberBefore(ss)
		if ns < ss && (sfx != "室" || digits >= 3) && !strings.HasSuffix(s.text[:ns], "第") {
			return ns, true
		}
		return 0, false
	}
	// a numbered building followed by its door or unit (813楼4门201)
	if strings.HasSuffix(head, "楼") {
		ss := after - len("楼")
		ns, digits := s.numberBefore(ss)
		if ns < ss && digits >= 1 && s.numberComponent(after) > after && !strings.HasSuffix(s.text[:ns], "第") {
			if _, cnt := s.placeNameBefore(ns); cnt >= 2 || s.afterBuilding(ns) {
				return ns, true
			}
		}
	}
	return 0, false
}

// placeNameBefore reads back up to four Han characters of a place name that ends at p,
// up to eight when a region ends right before them (江北区观音桥步行街).
func (s *scanner) placeNameBefore(p int) (int, int) {
	if q, n := s.placeNameAfterRegion(p); n > 4 {
		return q, n
	}
	return s.placeNameBeforeN(p, 4)
}

// placeNameAfterRegion reads back at most eight characters to a region suffix (区, 市, 县).
func (s *scanner) placeNameAfterRegion(p int) (int, int) {
	q, n := s.placeNameBeforeN(p, 8)
	if n <= 4 || q <= s.floor {
		return p, 0
	}
	if r, _ := utf8.DecodeLastRuneInString(s.text[:q]); hanFlags(r)&fAdminSuffix == 0 {
		return p, 0
	}
	return q, n
}

func (s *scanner) placeNameBeforeN(p, max int) (int, int) {
	n := 0
	for n < max && p > s.floor {
		r, z := utf8.DecodeLastRuneInString(s.text[:p])
		if !isHan(r) {
			break
		}
		f := hanFlags(r)
		if f&fAddrStop != 0 {
			// 东赵乡后沟村: a place name right after a region may start with any character
			if q := p - z; n >= 1 && q > s.floor {
				if r2, _ := utf8.DecodeLastRuneInString(s.text[:q]); hanFlags(r2)&fAdminSuffix != 0 && !strings.ContainsRune("的了在住到于是与及和", r) {
					return q, n + 1
				}
			}
			break
		}
		if n >= 2 && (f&fAdminSuffix != 0 || strings.HasSuffix(s.text[:p], "街道")) {
			break
		}
		// 二号门对面|紫金苑: a landmark's locative ends the place name
		if n >= 2 && (strings.HasSuffix(s.text[:p], "对面") || strings.HasSuffix(s.text[:p], "旁边") || strings.HasSuffix(s.text[:p], "隔壁") || strings.HasSuffix(s.text[:p], "附近")) {
			break
		}
		// a Hong Kong district ends here (天水围|天瑞邨)
		if n >= 2 {
			if q, ok := s.regionBefore(p); ok && q < p {
				break
			}
		}
		p -= z
		n++
	}
	return p, n
}

// numberedRoadAt reads a road with its house number at p (兴发南路8号): one to four Han
// characters, a road suffix and a number; it returns the end, or p.
func (s *scanner) numberedRoadAt(p int) int {
	q := p
	for n := 0; n < 4; n++ {
		r, z := s.runeAt(q)
		if z == 0 || !isHan(r) || strings.ContainsRune("的了在住到于是与及和为旁对", r) {
			return p
		}
		q += z
		for _, sfx := range roadSuffixes {
			if strings.HasPrefix(s.text[q:], sfx) && s.houseNumberAt(q+len(sfx)) {
				return s.numberComponent(q + len(sfx))
			}
		}
	}
	return p
}

// roadNameBefore reads back two to four Han characters of a road's name that ends at p
// and that a region's suffix or an address cue (地址是, 住在, 到) comes before; n is 0 when
// there is none.
func (s *scanner) roadNameBefore(p int) (int, int) {
	n := 0
	for n <= 4 && p > s.floor {
		r, z := utf8.DecodeLastRuneInString(s.text[:p])
		if hanFlags(r)&fAdminSuffix != 0 || strings.ContainsRune("在住到于是址：:", r) {
			if n >= 2 && n <= 4 {
				return p, n
			}
			break
		}
		if !isHan(r) {
			break
		}
		p -= z
		n++
	}
	return p, 0
}

// addrExcluded reports whether the text from ns to end ends with a word that only looks
// like a place (道路, 线路, 农村).
func (s *scanner) addrExcluded(ns, end int) bool {
	w := s.text[ns:end]
	for k := 0; k < len(w); {
		if addrExclusionSet[w[k:]] {
			return true
		}
		_, z := utf8.DecodeRuneInString(w[k:])
		k += z
	}
	return false
}

// genericEstate reports whether the name before an estate suffix is an adjective (高档小区).
func (s *scanner) genericEstate(ns, ss int) bool {
	w := s.text[ns:ss]
	for k := 0; k < len(w); {
		if estateGenericSet[w[k:]] {
			return true
		}
		_, z := utf8.DecodeRuneInString(w[k:])
		k += z
	}
	return false
}

// numberBefore reads back a building, unit or room number that ends at p (3, A, 1501,
// 2-1501, 十二) and returns its start and how many digits it has.
func (s *scanner) numberBefore(p int) (int, int) {
	t := s.text
	n, digits := 0, 0
	for n < 8 && p > s.floor {
		c := t[p-1]
		if c < utf8.RuneSelf {
			switch {
			case isASCIIDigit(c):
				digits++
			case isASCIILetter(c):
			case c == '-' && n > 0 && p-2 >= s.floor && isASCIIDigit(t[p-2]):
				p--
				continue
			default:
				return p, digits
			}
			p--
			n++
			continue
		}
		r, z := utf8.DecodeLastRuneInString(t[:p])
		if f, ok := foldASCII(r); ok && r > utf8.RuneSelf {
			if f >= '0' && f <= '9' {
				digits++
			}
		} else if hanFlags(r)&fNumeral == 0 {
			break
		}
		p -= z
		n++
	}
	return p, digits
}

// extendBack takes in the regions and the estate name before a component that starts at p.
func (s *scanner) extendBack(p int) int {
	for k := 0; k < 6; k++ {
		if q, ok := s.adminBefore(p); ok {
			p = q
			continue
		}
		if q, ok := s.namedBefore(p); ok {
			p = q
			continue
		}
		if q, ok := s.regionBefore(p); ok {
			p = q
			continue
		}
		if q, ok := s.zoneBefore(p); ok {
			p = q
			continue
		}
		// One space may separate the estate from its building (沙田第一城 23座).
		if p > 0 && s.text[p-1] == ' ' && p-1 > s.floor {
			if q, ok := s.namedBefore(p - 1); ok {
				p = q
				continue
			}
		}
		break
	}
	return p
}

// adminBefore reads back a region (广东省, 天河区, 石牌街道) that ends at p.
func (s *scanner) adminBefore(p int) (int, bool) {
	head := s.text[:p]
	for _, sfx := range adminSuffixes {
		if !strings.HasSuffix(head, sfx) {
			continue
		}
		ss := p - len(sfx)
		if ss <= s.floor {
			return 0, false
		}
		for _, pn := range provinceNames {
			if strings.HasSuffix(s.text[:ss], pn) && ss-len(pn) >= s.floor {
				return ss - len(pn), true
			}
		}
		if ns, n := s.placeNameBefore(ss); n >= 1 || sfx == "高新区" {
			return ns, true
		}
		return 0, false
	}
	return 0, false
}

// namedBefore reads back an estate name with a suffix that is not an anchor (碧桂园, 万科城).
func (s *scanner) namedBefore(p int) (int, bool) {
	head := s.text[:p]
	for _, sfx := range namedBackSuffixes {
		if !strings.HasSuffix(head, sfx) {
			continue
		}
		ns, n := s.placeNameBefore(p - len(sfx))
		if n >= 2 && !s.addrExcluded(ns, p) {
			return ns, true
		}
		return 0, false
	}
	return 0, false
}

// extendForward takes in the components after p: numbers with their suffixes and named
// buildings.
// One space may separate two components (沙田第一城 23座 15楼 G室).
func (s *scanner) extendForward(p int) int {
	for k := 0; k < 14; k++ {
		if q := s.numberComponent(p); q > p {
			p = q
			continue
		}
		if q := s.namedComponent(p); q > p {
			p = q
			continue
		}
		// a second street name right after the first (南锣鼓巷胡同1号, 柳巷南路55号), a
		// section of the road (东一段, 北段), an estate right after it (北路小区5号)
		if q := s.roadSuffixAt(p); q > p && s.numberComponent(q) > q {
			p = q
			continue
		}
		if q := s.sectionAt(p); q > p {
			p = q
			continue
		}
		// 乌沙社区兴发南路8号: a numbered road after an estate or a community
		if q := s.numberedRoadAt(p); q > p {
			p = q
			continue
		}
		for _, sfx := range namedTailSuffixes {
			if strings.HasPrefix(s.text[p:], sfx) {
				if q := p + len(sfx); s.numberComponent(q) > q {
					p = s.numberComponent(q)
					goto next
				}
			}
		}
		// 公园路18号-3-402: building and flat after the house number
		if strings.HasSuffix(s.text[:p], "号") && strings.HasPrefix(s.text[p:], "-") {
			if q := s.numberComponent(p + 1); q > p+1 {
				p = q
				continue
			}
		}
		// 12层西户, 6楼东户: the door on a floor
		if s.afterBuilding(p) {
			if r, z := s.runeAt(p); strings.ContainsRune(roadDirections, r) && strings.HasPrefix(s.text[p+z:], "户") {
				p += z + len("户")
				continue
			}
		}
		// 大新街45号地下: the ground floor
		if strings.HasSuffix(s.text[:p], "号") && (strings.HasPrefix(s.text[p:], "地下") || strings.HasPrefix(s.text[p:], "地铺")) {
			p += len("地下")
			continue
		}
		if p < len(s.text) && s.text[p] == ' ' {
			if q := s.numberComponent(p + 1); q > p+1 {
				p = q
				continue
			}
		}
		// 144号之3, 12号-1
		if strings.HasPrefix(s.text[p:], "之") && (strings.HasSuffix(s.text[:p], "号") || strings.HasSuffix(s.text[:p], "楼")) {
			if q := s.numberComponent(p + len("之")); q > p+len("之") {
				p = q
				continue
			}
			if a, e := s.digitsAfter(p + len("之")); e > a {
				p = e
				continue
			}
		}
		break
	next:
	}
	return p
}

// roadDirections may stand between a road's name and its suffix (柳巷南路, 光明六路东一段).
const roadDirections = "东西南北中"

// sectionAt reads a section of a road at p (东一段, 北段, 二段), or returns p.
func (s *scanner) sectionAt(p int) int {
	q := p
	if r, z := s.runeAt(q); strings.ContainsRune(roadDirections, r) {
		q += z
	}
	for {
		r, z := s.runeAt(q)
		if z == 0 || hanFlags(r)&fNumeral == 0 {
			break
		}
		q += z
	}
	if q > p && strings.HasPrefix(s.text[q:], "段") {
		return q + len("段")
	}
	return p
}

// roadSuffixAt returns the end of a road suffix of two characters (胡同, 大街) or of a
// direction and a suffix (南路) at p, or p.
func (s *scanner) roadSuffixAt(p int) int {
	q := p
	if r, z := s.runeAt(q); strings.ContainsRune(roadDirections, r) {
		q += z
	}
	for _, sfx := range roadSuffixes {
		if (len(sfx) > 3 || q > p) && strings.HasPrefix(s.text[q:], sfx) {
			return q + len(sfx)
		}
	}
	return p
}

// houseNumberAt reports whether a house number (650号, 12-3号) starts at p.
func (s *scanner) houseNumberAt(p int) bool {
	q := s.numberComponent(p)
	return q > p && (strings.HasSuffix(s.text[:q], "号") || strings.HasSuffix(s.text[:q], "号楼"))
}

// numberedAfterRoad reports whether a house or lane number follows a road's suffix at p,
// directly (650号) or after the road's section and lanes (三段241巷7弄5号): only a real
// road has one, so it outweighs a word that merely ends in 路 (心路, 大路).
func (s *scanner) numberedAfterRoad(p int) bool {
	for k := 0; k < 4; k++ {
		q := s.numberComponent(p)
		if q <= p {
			return false
		}
		for _, sfx := range []string{"号", "号楼", "号院", "巷", "弄"} {
			if strings.HasSuffix(s.text[:q], sfx) {
				return true
			}
		}
		p = q
	}
	return false
}

// numberComponent reads a numbered component at p: 123号, B座, 1501室, 3-2-1501, 十二栋.
func (s *scanner) numberComponent(p int) int {
	t := s.text
	q, n, digits, dash := p, 0, 0, false
	for n < 10 && q < len(t) {
		c := t[q]
		if c < utf8.RuneSelf {
			switch {
			case isASCIIDigit(c):
				digits++
			case isASCIILetter(c) && n < 3:
			case c == '-' && n > 0 && q+1 < len(t) && isASCIIDigit(t[q+1]):
				dash = true
				q++
				continue
			default:
				goto suffix
			}
			q++
			n++
			continue
		}
		if fullWidthAlnum(t, q) {
			if f := foldFullWidth(t[q : q+3]); f >= '0' && f <= '9' {
				digits++
			}
			q += 3
			n++
			continue
		}
		if r, z := utf8.DecodeRuneInString(t[q:]); hanFlags(r)&fNumeral != 0 {
			q += z
			n++
			continue
		}
		break
	}
suffix:
	if n == 0 {
		return p
	}
	for _, sfx := range numberSuffixes {
		if strings.HasPrefix(t[q:], sfx) {
			e := q + len(sfx)
			// 12号之一
			if sfx == "号" && strings.HasPrefix(t[e:], "之") {
				if r, z := utf8.DecodeRuneInString(t[e+len("之"):]); hanFlags(r)&fNumeral != 0 {
					e += len("之") + z
				}
			}
			return e
		}
	}
	if strings.HasPrefix(t[q:], "区") {
		return q + len("区")
	}
	// a floor written 11F or 3f
	if digits > 0 && (t[q-1] == 'F' || t[q-1] == 'f') && (q == len(t) || !isAtomByte(t[q])) {
		return q
	}
	if (dash || s.afterBuilding(p)) && digits >= 3 && digits == n {
		return q
	}
	// after a building, unit, floor or door anything numbered is the flat: 2单元5-2,
	// 大厦18-6, 26楼A2, 18楼D, 4门201
	if s.afterBuilding(p) && (digits > 0 || n == 1) && (q == len(t) || !isAtomByte(t[q])) {
		return q
	}
	return p
}

// afterBuilding reports whether a building, unit or floor component ends at p, so that a
// bare number after it is a room (3栋1501, 2单元402).
func (s *scanner) afterBuilding(p int) bool {
	for _, sfx := range []string{"单元", "栋", "幢", "座", "楼", "层", "门", "塔", "大厦", "大楼", "中心", "国际", "公寓", "区"} {
		if strings.HasSuffix(s.text[:p], sfx) {
			return true
		}
	}
	return false
}

// namedComponent reads a named component at p: 天河大厦, 东座, 碧水花园.
func (s *scanner) namedComponent(p int) int {
	t := s.text
	q, n := p, 0
	for n < 6 && q < len(t) {
		if n >= 1 {
			for _, sfx := range namedTailSuffixes {
				if !strings.HasPrefix(t[q:], sfx) {
					continue
				}
				if n >= 2 || sfx == "座" || sfx == "楼" || sfx == "门" || sfx == "院" {
					if e := q + len(sfx); !s.addrExcluded(p, e) {
						return e
					}
				}
			}
		}
		r, z := utf8.DecodeRuneInString(t[q:])
		if !isHan(r) || hanFlags(r)&(fAddrStop|fAdminSuffix) != 0 {
			break
		}
		q += z
		n++
	}
	return p
}

// hkRegions are Hong Kong and Macau districts and neighbourhoods written before a street
// without a 区 suffix (九龙旺角弥敦道…).
var hkRegions = strings.Fields(`香港 九龙 新界 港岛 香港岛 澳门 旺角 油麻地 尖沙咀 深水埗 观塘 黄大仙 沙田 荃湾 屯门 元朗 大埔 将军澳
铜锣湾 湾仔 中环 上环 北角 柴湾 西贡 葵涌 青衣 东涌 红磡 土瓜湾 九龙城 何文田 太子 大角咀 长沙湾 鲗鱼涌 筲箕湾 薄扶林
跑马地 天水围 上水 粉岭 马鞍山 火炭 大围 氹仔 路环`)

// regionBefore reads back a Hong Kong or Macau region that ends at p.
func (s *scanner) regionBefore(p int) (int, bool) {
	head := s.text[:p]
	best := 0
	for _, r := range hkRegions {
		if len(r) > best && strings.HasSuffix(head, r) && p-len(r) >= s.floor {
			best = len(r)
		}
	}
	return p - best, best > 0
}

// estateShorthand finds an estate followed by building-unit-room numbers joined by dashes
// (银河湾22-1-3204, 幸福里5-1201): a place name right before the numbers, and numbers
// shaped like a building, a unit and a room, not like a phone number or a date.
func (s *scanner) estateShorthand() {
	t := s.text
	for i := 0; i < len(t); i++ {
		if !isASCIIDigit(t[i]) || i < 3 || isAtomByte(t[i-1]) || t[i-1] < utf8.RuneSelf {
			continue
		}
		var groups [4]int
		n, j := 0, i
		for n < 4 {
			k := j
			for k < len(t) && isASCIIDigit(t[k]) {
				k++
			}
			if k == j {
				break
			}
			groups[n] = k - j
			n++
			j = k
			if j+1 < len(t) && t[j] == '-' && isASCIIDigit(t[j+1]) {
				j++
				continue
			}
			break
		}
		end := j
		// 400-688-3377: a business hotline, not a building, unit and flat
		hotline := groups[0] == 3 && (strings.HasPrefix(t[i:], "400") || strings.HasPrefix(t[i:], "800"))
		if n < 2 || t[i] == '0' || hotline || (end < len(t) && (isAtomByte(t[end]) || t[end] == '-')) {
			i = end
			continue
		}
		last := groups[n-1]
		ok := groups[0] <= 3 && last <= 4 && (last >= 3 || n >= 3)
		for k := 1; k < n-1; k++ {
			ok = ok && groups[k] <= 3
		}
		if !ok || s.cueBefore(i) != cueNone {
			i = end
			continue
		}
		// The forward scan's floor is past this point: reading back stops at the end
		// of the last span before it instead.
		saved := s.floor
		s.floor = 0
		for _, sp := range s.spans {
			if sp.End <= i && sp.End > s.floor {
				s.floor = sp.End
			}
		}
		ns, cnt := s.placeNameBefore(i)
		if q, ok := s.zoneBefore(i); ok {
			ns, cnt = q, 2
		}
		if cnt < 2 || s.addrExcluded(ns, i) || (n == 2 && !s.estateNameEnds(i)) {
			s.floor = saved
			i = end
			continue
		}
		if strings.HasPrefix(t[end:], "室") || strings.HasPrefix(t[end:], "号") {
			end += len("室")
		}
		start := s.extendBack(ns)
		s.floor = saved
		s.add(start, end, Address)
		i = end
	}
}

// estateNameEnds reports whether an estate's name (银河湾, 阳光花园) ends at p.
func (s *scanner) estateNameEnds(p int) bool {
	head := s.text[:p]
	for _, list := range [][]string{estateSuffixes, namedBackSuffixes} {
		for _, sfx := range list {
			if strings.HasSuffix(head, sfx) {
				return true
			}
		}
	}
	return false
}

// mergeAddresses joins address spans that only a short stretch of place words separates
// (农业路东段58号院, 珞喻路1037号华中科技大学紫菘公寓13栋512): an address is replaced whole,
// never as a street here and a flat number there with the words between left behind.
func (s *scanner) mergeAddresses() {
	var addrs []int
	for k, sp := range s.spans {
		if sp.Type == Address {
			addrs = append(addrs, k)
		}
	}
	if len(addrs) == 0 {
		return
	}
	for _, k := range addrs {
		if e := s.numberedTail(s.spans[k].End); e > s.spans[k].End && !s.overlapsOther(s.spans[k].End, e) {
			s.spans[k].End = e
			s.spans[k].Text = s.text[s.spans[k].Start:e]
		}
	}
	if len(addrs) < 2 {
		return
	}
	sort.Slice(addrs, func(i, j int) bool { return s.spans[addrs[i]].Start < s.spans[addrs[j]].Start })
	drop := map[int]bool{}
	cur := addrs[0]
	for _, k := range addrs[1:] {
		a, b := &s.spans[cur], s.spans[k]
		if b.Start <= a.End || s.placeGap(a.End, b.Start) {
			if b.End > a.End {
				a.End = b.End
				a.Text = s.text[a.Start:a.End]
			}
			drop[k] = true
			continue
		}
		cur = k
	}
	out := s.spans[:0]
	for k, sp := range s.spans {
		if !drop[k] {
			out = append(out, sp)
		}
	}
	s.spans = out
}

// placeGap reports whether text[a:b] can sit inside one address: at most twelve
// characters of Han text, letters and digits, with no punctuation and no function word
// or verb that ends an address (的, 电话, 寄到).
func (s *scanner) placeGap(a, b int) bool {
	if b-a > 16*3 {
		return false
	}
	gap := s.text[a:b]
	locative := false
	for _, w := range []string{"对面", "旁", "后面", "附近", "隔壁", "楼下", "里面", "斜对", "东门", "西门", "南门", "北门"} {
		locative = locative || strings.Contains(gap, w)
	}
	if !locative && b-a > 12*3 {
		return false
	}
	for p := a; p < b; {
		r, z := utf8.DecodeRuneInString(s.text[p:])
		switch {
		case r < utf8.RuneSelf && (isAtomByte(byte(r)) || r == '-'):
		case isHan(r) && !strings.ContainsRune("了在是和与及或但而且电话我你他她它们这那住到从寄送发说", r) && (r != '的' || locative):
		default:
			return false
		}
		p += z
	}
	return true
}

// zoneBefore reads back a lettered or numbered zone of an estate (M区, 3期, 二区) that
// ends at p and has a named estate before it.
func (s *scanner) zoneBefore(p int) (int, bool) {
	head := s.text[:p]
	for _, sfx := range []string{"区", "期", "座", "号楼"} {
		if !strings.HasSuffix(head, sfx) {
			continue
		}
		q := p - len(sfx)
		n := 0
		for q > s.floor && n < 3 {
			c := s.text[q-1]
			if isASCIIDigit(c) || isASCIILetter(c) {
				q--
				n++
				continue
			}
			r, z := utf8.DecodeLastRuneInString(s.text[:q])
			if hanFlags(r)&fNumeral == 0 {
				break
			}
			q -= z
			n++
		}
		if n == 0 {
			return p, false
		}
		if ns, ok := s.namedBefore(q); ok {
			return ns, true
		}
		if ns, cnt := s.placeNameBefore(q); cnt >= 2 {
			return ns, true
		}
		return p, false
	}
	return p, false
}

// numberedTail returns the end of the building and flat that follow an address ending at
// p (…100号广东工业大学西四宿舍512, …59号顺城购物中心东塔2307, …12号之3 501房): a stretch
// of place words without punctuation that ends in a number, a flat or a floor; or p.
func (s *scanner) numberedTail(p int) int {
	t := s.text
	q, end, spaces := p, p, 0
	for q < len(t) && q-p < 24*3 {
		c := t[q]
		if c == ' ' {
			if spaces++; spaces > 1 {
				break
			}
			q++
			continue
		}
		if c < utf8.RuneSelf {
			if !isAtomByte(c) && c != '-' {
				break
			}
			q++
			// a number ends the tail only before punctuation, a space or the end
			if isASCIIDigit(c) && (q == len(t) || t[q] == ' ' || t[q] >= utf8.RuneSelf && !isHan(firstRune(t[q:])) || t[q] < utf8.RuneSelf && !isAtomByte(t[q]) && t[q] != '-') {
				end = q
			}
			continue
		}
		r, z := utf8.DecodeRuneInString(t[q:])
		if !isHan(r) || strings.ContainsRune("了在是与及或但而且电话我你他她它们这那住到从寄送发说的吗呢吧买卖价元付款收退费钱块件个岁年月日天点分次台瓶盒张共约", r) {
			break
		}
		q += z
		if prev := t[q-z-1]; (end == q-z || isAtomByte(prev)) && strings.ContainsRune("室房号楼层座栋幢", r) {
			end = q
		}
	}
	if end == p || strings.Contains(t[p:end], "电话") {
		return p
	}
	return end
}

// overlapsOther reports whether [a, e) overlaps a span that is not an address.
func (s *scanner) overlapsOther(a, e int) bool {
	for _, sp := range s.spans {
		if sp.Type != Address && sp.Start < e && sp.End > a {
			return true
		}
	}
	return false
}
