package studytext

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Facts are what a study publishes, as the text must agree with them.
type Facts struct {
	// Period is the published period: 2026-03, 2026-Q3 or 2026.
	Period string
	// AmountBounds are the lower bounds of the amount bands in use, in fen; nil when the
	// amount band is not published, so no amount may be stated.
	AmountBounds []int64
	// AgeBandPublished says whether the consumer's age band is published; when it is not,
	// no age may be stated.
	AgeBandPublished bool
	// RegionCode is the published region (440000, 440100), 000000 for the whole country;
	// Region is its name.
	RegionCode, Region string
	// Places are the names of the divisions (full and short forms) and the codes each
	// stands for: a place the published region lies in stays, a place inside it becomes
	// the region, any other place 某地.
	Places *Places
	// FallbackTitle is the title used when the title cannot do without its placeholders.
	FallbackTitle string
}

var (
	digit = `[0-9０-９]`
	// A full date, with or without the day's suffix: 2025年9月18日, 2025-09-18, 2025年9月中旬.
	reFullDate = regexp.MustCompile(`(` + digit + `{4})\s*年\s*(` + digit + `{1,2})\s*月(?:份)?\s*(?:(` + digit + `{1,2})\s*[日号]|初|上旬|中旬|下旬|底|末)?`)
	reISODate  = regexp.MustCompile(`(` + digit + `{4})[-/.](` + digit + `{1,2})[-/.](` + digit + `{1,2})[日号]?`)
	// A month and day without a year, perhaps after 今年/去年: 9月21日, 今年2月.
	reMonthDay = regexp.MustCompile(`(今年|去年|前年|当年)?\s*(` + digit + `{1,2})\s*月(?:份)?\s*(?:(` + digit + `{1,2})\s*[日号]|初|上旬|中旬|下旬|底|末)?`)
	// A day alone after a date: 至15日.
	reDayOnly = regexp.MustCompile(`(?:至|到|~|～|-|—|、)\s*` + digit + `{1,2}\s*[日号]`)
	// Amounts: 326元, 1,200.50元, 4.5万元, 300块钱, ¥326 (not 3块, a measure word).
	reAmount = regexp.MustCompile(`(?:[¥￥]\s*(` + digit + `[0-9０-９,，]*(?:\.` + digit + `+)?)\s*(万)?\s*(?:元|块钱)?)|(?:(` + digit + `[0-9０-９,，]*(?:\.` + digit + `+)?)\s*(万)?\s*(?:元|块钱))`)
	// Ages: 68岁, 68周岁, 六十八岁.
	reAge = regexp.MustCompile(`(` + digit + `{1,3}|[一二三四五六七八九十两]{1,4})\s*(?:周岁|岁)(?:半)?`)
	// Quoted names of shops and online stores: “富源健康体验馆”.
	reShop = regexp.MustCompile(`([“"「『])([^”"」』\s]{1,20}?(?:` + shopSuffixes + `))([”"」』])`)
	// Numbers written in Chinese before 年, 月, 日, 元: 二〇二五年九月十八日, 三千五百元.
	reCNYear     = regexp.MustCompile(`([〇零一二三四五六七八九]{4})\s*年`)
	reCNMonthDay = regexp.MustCompile(`([一二三四五六七八九十]{1,2})\s*月(?:份)?\s*(?:([一二三四五六七八九十]{1,3})\s*([日号]))?`)
	reCNAmount   = regexp.MustCompile(`([零〇一二两三四五六七八九十百千万]+)\s*(元|块钱)`)
	// The quoted handle of a streamer, blogger or shopkeeper, or of an account: 主播“小美好物分享”.
	reHandle = regexp.MustCompile(`(主播|博主|达人|网红|店主|昵称|账号|网名|用户名)(?:为|是|叫)?[“"「『][^”"」』]{1,30}[”"」』]`)
	// Placeholders of the anonymizer and of this package.
	rePlaceholder = regexp.MustCompile(`\[[^\[\]\s]{1,12}\]`)
)

// shopSuffixes end the names of shops and stores that individuals run.
const shopSuffixes = `体验馆|养生馆|工作室|旗舰店|专营店|专卖店|官方店|优选店|直营店|折扣店|分店|小店|网店|店铺|门店|商店|商行|经营部|门市部|服务部|美容院|美发店|会所|诊所|汽车展厅|展厅|馆|店|厅|坊|铺|行|部|站|中心|超市|药房`

// shopKinds are the suffixes, longest first, that say what kind of shop a name is.
var shopKinds = func() []string {
	ks := strings.Split(shopSuffixes, "|")
	sort.SliceStable(ks, func(i, j int) bool { return len(ks[i]) > len(ks[j]) })
	return ks
}()

// Generalize rewrites a text to the study's facts: dates to the published period's
// precision, amounts to their bands, ages to their bands, places finer than (or outside)
// the published region to it, quoted shop names to a generic shop, and the handles of
// streamers and accounts (individuals all) to a generic one.
func Generalize(text string, f Facts) string {
	text = chineseNumbers(text)
	text = generalizeDates(text, f.Period)
	text = reAmount.ReplaceAllStringFunc(text, func(m string) string {
		sub := reAmount.FindStringSubmatch(m)
		num, wan := sub[1], sub[2]
		if num == "" {
			num, wan = sub[3], sub[4]
		}
		return amountBand(num, wan != "", f.AmountBounds)
	})
	text = reAge.ReplaceAllStringFunc(text, func(m string) string {
		age, ok := parseAge(reAge.FindStringSubmatch(m)[1])
		if !ok {
			return m
		}
		if !f.AgeBandPublished {
			return "[年龄]"
		}
		return ageBand(age)
	})
	text = generalizePlaces(text, f)
	text = reHandle.ReplaceAllStringFunc(text, func(m string) string {
		switch cue := reHandle.FindStringSubmatch(m)[1]; cue {
		case "主播", "博主", "达人", "网红", "店主":
			return "某" + cue // 某主播的直播间
		default:
			return cue + "[社交账号]"
		}
	})
	return reShop.ReplaceAllStringFunc(text, func(m string) string {
		sub := reShop.FindStringSubmatch(m)
		for _, k := range shopKinds {
			if strings.HasSuffix(sub[2], k) {
				return sub[1] + "某" + k + sub[3]
			}
		}
		return m
	})
}

// Title generalizes a title and, when it would publish a placeholder, drops the
// placeholders that stand apart (between punctuation or at an edge); a placeholder inside
// a phrase (投诉[姓名]：…, 办卡后[地址]) leaves the phrase broken, so the fallback is used.
func Title(title string, f Facts) string {
	t := Generalize(title, f)
	at := rePlaceholder.FindAllStringIndex(t, -1)
	if len(at) == 0 {
		return t
	}
	for _, a := range at {
		before, _ := utf8.DecodeLastRuneInString(t[:a[0]])
		after, _ := utf8.DecodeRuneInString(t[a[1]:])
		if a[0] > 0 && unicode.IsLetter(before) || a[1] < len(t) && unicode.IsLetter(after) {
			return f.FallbackTitle
		}
	}
	t = strings.TrimFunc(rePlaceholder.ReplaceAllString(t, ""), func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
	letters := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 4 {
		return f.FallbackTitle
	}
	return t
}

// Placeholders returns where a text holds placeholders, as byte ranges.
func Placeholders(text string) [][]int {
	return rePlaceholder.FindAllStringIndex(text, -1)
}

// ascii turns full-width digits to ASCII and drops thousands separators.
func ascii(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '０' && r <= '９':
			b.WriteRune(r - '０' + '0')
		case r == ',' || r == '，':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// periodKind reads the precision of a published period label.
func periodKind(period string) string {
	switch {
	case strings.Contains(period, "-Q"):
		return "quarter"
	case strings.Contains(period, "-"):
		return "month"
	}
	return "year"
}

var quarterNames = []string{"", "第一季度", "第二季度", "第三季度", "第四季度"}

// dateAt writes a date at the period's precision: the year alone, the year and quarter,
// or the year and month. year is "" when the text did not give one (prefix may say 今年).
func dateAt(kind, prefix, year string, month int) string {
	y := prefix
	if year != "" {
		y = year + "年"
	}
	if month < 1 || month > 12 {
		kind = "year"
	}
	switch kind {
	case "month":
		return y + strconv.Itoa(month) + "月"
	case "quarter":
		return y + quarterNames[(month-1)/3+1]
	}
	if y == "" {
		return "某日"
	}
	return y
}

func generalizeDates(text, period string) string {
	kind := periodKind(period)
	text = reISODate.ReplaceAllStringFunc(text, func(m string) string {
		sub := reISODate.FindStringSubmatch(m)
		mo, _ := strconv.Atoi(ascii(sub[2]))
		return dateAt(kind, "", ascii(sub[1]), mo)
	})
	text = reFullDate.ReplaceAllStringFunc(text, func(m string) string {
		sub := reFullDate.FindStringSubmatch(m)
		mo, _ := strconv.Atoi(ascii(sub[2]))
		return dateAt(kind, "", ascii(sub[1]), mo)
	})
	text = reMonthDay.ReplaceAllStringFunc(text, func(m string) string {
		sub := reMonthDay.FindStringSubmatch(m)
		mo, _ := strconv.Atoi(ascii(sub[2]))
		return dateAt(kind, sub[1], "", mo)
	})
	// What is left of a range after its first date (…至15日) goes.
	return reDayOnly.ReplaceAllString(text, "")
}

// amountBand writes an amount as its band, or as 若干元 when no band is published.
func amountBand(num string, wan bool, bounds []int64) string {
	if len(bounds) == 0 {
		return "若干元"
	}
	yuan, err := strconv.ParseFloat(ascii(num), 64)
	if err != nil {
		return "若干元"
	}
	if wan {
		yuan *= 10000
	}
	fen := int64(yuan * 100)
	for i := len(bounds) - 1; i >= 0; i-- {
		if fen >= bounds[i] {
			if i == len(bounds)-1 {
				return fmt.Sprintf("%d元以上", bounds[i]/100)
			}
			if bounds[i] == 0 {
				return fmt.Sprintf("%d元以下", bounds[i+1]/100)
			}
			return fmt.Sprintf("%d至%d元", bounds[i]/100, bounds[i+1]/100)
		}
	}
	return "若干元"
}

// parseAge reads an age in digits or Chinese numerals up to 150.
func parseAge(s string) (int, bool) {
	if n, err := strconv.Atoi(ascii(s)); err == nil {
		return n, n > 0 && n <= 150
	}
	n, ok := parseChinese(s)
	return int(n), ok && n > 0 && n <= 150
}

var chineseDigits = map[rune]int64{'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
var chineseUnits = map[rune]int64{'十': 10, '百': 100, '千': 1000}

// parseChinese reads a number written in Chinese: 六十八, 三千五百, 两万, 十二.
func parseChinese(s string) (int64, bool) {
	var total, section, digit int64
	seen := false
	for _, r := range s {
		if d, ok := chineseDigits[r]; ok {
			digit, seen = d, true
			continue
		}
		if u, ok := chineseUnits[r]; ok {
			if digit == 0 {
				digit = 1 // 十二: the ten alone
			}
			section, digit, seen = section+digit*u, 0, true
			continue
		}
		if r == '万' {
			total, section, digit = (total+section+digit)*10000, 0, 0
			continue
		}
		return 0, false
	}
	return total + section + digit, seen
}

// digitsOf reads a run of digits written one by one in Chinese (二〇二五).
func digitsOf(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteString(strconv.FormatInt(chineseDigits[r], 10))
	}
	return b.String()
}

// chineseNumbers writes years, months, days and amounts given in Chinese numerals in
// digits, so that the rules for dates and amounts apply to them too.
func chineseNumbers(text string) string {
	text = reCNYear.ReplaceAllStringFunc(text, func(m string) string {
		return digitsOf(reCNYear.FindStringSubmatch(m)[1]) + "年"
	})
	text = reCNMonthDay.ReplaceAllStringFunc(text, func(m string) string {
		sub := reCNMonthDay.FindStringSubmatch(m)
		mo, ok := parseChinese(sub[1])
		if !ok || mo < 1 || mo > 12 {
			return m
		}
		out := strconv.FormatInt(mo, 10) + "月"
		if sub[2] != "" {
			d, ok := parseChinese(sub[2])
			if !ok || d < 1 || d > 31 {
				return m
			}
			out += strconv.FormatInt(d, 10) + sub[3]
		}
		return out
	})
	return reCNAmount.ReplaceAllStringFunc(text, func(m string) string {
		sub := reCNAmount.FindStringSubmatch(m)
		n, ok := parseChinese(sub[1])
		if !ok {
			return m
		}
		return strconv.FormatInt(n, 10) + sub[2]
	})
}

// ageBand writes an age as the band the case studies publish.
func ageBand(age int) string {
	switch {
	case age < 18:
		return "未成年"
	case age < 30:
		return "18至29岁"
	case age < 45:
		return "30至44岁"
	case age < 60:
		return "45至59岁"
	}
	return "60岁以上"
}

// Places indexes division names by their first rune, longest first, with the codes each
// stands for (鼓楼区 is a district of several cities).
type Places struct {
	byFirst map[rune][]string
	codes   map[string][]string
	short   map[string]bool
}

// NewPlaces indexes division names: full maps each full name (广州市, 天河区) to the codes
// it stands for, short the short forms (广州). A short form is taken for a place only at
// the start of a word, so 复合肥 does not hold 合肥.
func NewPlaces(full, short map[string][]string) *Places {
	p := &Places{byFirst: map[rune][]string{}, codes: map[string][]string{}, short: map[string]bool{}}
	for _, names := range []map[string][]string{full, short} {
		for n, codes := range names {
			if _, seen := p.codes[n]; !seen {
				r, _ := utf8.DecodeRuneInString(n)
				p.byFirst[r] = append(p.byFirst[r], n)
			}
			p.codes[n] = append(p.codes[n], codes...)
			if _, isFull := full[n]; !isFull {
				p.short[n] = true
			}
		}
	}
	for _, ns := range p.byFirst {
		sort.Slice(ns, func(i, j int) bool { return len(ns[i]) > len(ns[j]) || len(ns[i]) == len(ns[j]) && ns[i] < ns[j] })
	}
	return p
}

// wordBefore are the characters after which a word starts even between Han characters:
// 家住南京, 去杭州, 南京和上海.
const wordBefore = "在到去住往自回于从至和与及、是的赴了来过向经由居"

// at returns the longest place name at the start of s; prev is the rune before it (0 at
// the start of the text or after another place).
func (p *Places) at(s string, prev rune) string {
	r, _ := utf8.DecodeRuneInString(s)
	wordStart := prev == 0 || !unicode.Is(unicode.Han, prev) || strings.ContainsRune(wordBefore, prev)
	for _, n := range p.byFirst[r] {
		if strings.HasPrefix(s, n) && (wordStart || !p.short[n]) {
			return n
		}
	}
	return ""
}

// prefixOf is the significant part of a division code: 44 for 440000, 4401 for 440100.
func prefixOf(code string) string {
	for len(code) >= 2 && strings.HasSuffix(code, "00") {
		code = code[:len(code)-2]
	}
	return code
}

// relation says whether a place name contains the region (or is it), lies inside it, or neither.
func (p *Places) relation(name, region string) (contains, inside bool) {
	rp := prefixOf(region)
	for _, c := range p.codes[name] {
		cp := prefixOf(c)
		switch {
		case rp != "" && strings.HasPrefix(rp, cp):
			contains = true
		case rp == "" || strings.HasPrefix(cp, rp):
			inside = true
		}
	}
	return contains, inside
}

// generalizePlaces replaces each run of place names finer than the published region or
// outside it: by the region when every name in it lies inside the region, else by 某地. A
// run that starts with the region or what contains it keeps that and drops the finer rest
// (广东省广州市天河区 → 广东省).
func generalizePlaces(text string, f Facts) string {
	if f.Places == nil {
		return text
	}
	region := f.RegionCode
	if region == "000000" {
		region = ""
	}
	var b strings.Builder
	for i := 0; i < len(text); {
		var run []string
		j := i
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		if i == 0 {
			prev = 0
		}
		for {
			n := f.Places.at(text[j:], prev)
			prev = 0
			if n == "" {
				break
			}
			run = append(run, n)
			j += len(n)
		}
		if len(run) == 0 {
			_, w := utf8.DecodeRuneInString(text[i:])
			b.WriteString(text[i : i+w])
			i += w
			continue
		}
		kept := 0
		for ; kept < len(run); kept++ {
			if contains, _ := f.Places.relation(run[kept], region); !contains {
				break
			}
			b.WriteString(run[kept])
		}
		if kept == 0 {
			allInside := true
			for _, n := range run {
				_, inside := f.Places.relation(n, region)
				allInside = allInside && inside
			}
			switch before, _ := utf8.DecodeLastRuneInString(text[:i]); {
			case allInside && f.Region != "":
				b.WriteString(f.Region)
			case before == '于':
				// 位于某地 would read as 于某, a person surnamed 于 (Mr Yu).
				b.WriteString("当地")
			default:
				b.WriteString("某地")
			}
		}
		i = j
	}
	return b.String()
}
