package anonymize

import (
	"encoding/json"
	"strings"
	"testing"
)

// validID completes the first 17 digits of a resident ID with its check character.
func validID(body string) string { return body + string(IDChecksum(body)) }

// badID completes them with a wrong check character.
func badID(body string) string {
	c := IDChecksum(body)
	if c == '0' {
		return body + "1"
	}
	return body + "0"
}

// luhnValid completes digits with the Luhn check digit.
func luhnValid(body string) string {
	for c := byte('0'); c <= '9'; c++ {
		if luhn(body + string(c)) {
			return body + string(c)
		}
	}
	panic("unreachable")
}

// luhnInvalid completes digits with a wrong Luhn check digit.
func luhnInvalid(body string) string {
	v := luhnValid(body)
	return body + string('0'+(v[len(v)-1]-'0'+1)%10)
}

// validUSCC completes the first 17 characters of a credit code with its check character.
func validUSCC(body string) string { return body + string(USCCChecksum(body)) }

type want struct {
	typ  Type
	text string
}

type scrubCase struct {
	name    string
	text    string
	parties []Party
	want    []want // every span, in order
}

var (
	id1     = validID("44010619900307123")
	idX     = "11010519491231002X"
	card19  = luhnValid("622202123456789012")
	card16  = luhnValid("436742123456789")
	uscc1   = validUSCC("91440101MA59ABCD1")
	usccNum = validUSCC("91440101123456789")
)

func grouped(s, sep string, sizes ...int) string { return group(s, sep, sizes...) }

var scrubCases = []scrubCase{
	// Names after cue words.
	{"NameWoJiao", "我叫张伟，电话13800138000", nil, []want{{Name, "张伟"}, {Mobile, "13800138000"}}},
	{"NameCustomerServiceSays", "客服李娜说会在三天内回复。", nil, []want{{Name, "李娜"}}},
	{"NameThreeRunes", "店员王小明态度很差。", nil, []want{{Name, "王小明"}}},
	{"NameBeforeStopWord", "客服张伟明天再联系我。", nil, []want{{Name, "张伟"}}},
	{"NameCompoundSurname", "收件人欧阳娜娜，", nil, []want{{Name, "欧阳娜娜"}}},
	{"NameAfterColonAndLink", "投诉人姓名：刘洋；客服人员陈杰多次挂断电话。", nil, []want{{Name, "刘洋"}, {Name, "陈杰"}}},
	{"NameNickname", "客服小王说再等等。", nil, []want{{Name, "小王"}}},
	{"NameList", "店员张伟、李娜都在场。", nil, []want{{Name, "张伟"}, {Name, "李娜"}}},
	{"NameWordGaoxing", "我叫高兴，", nil, []want{{Name, "高兴"}}},
	{"NameWordTianye", "经理田野表示只能维修。", nil, []want{{Name, "田野"}}},
	{"NameWordLiming", "客服黎明说已登记。", nil, []want{{Name, "黎明"}}},
	{"NameWordJinxin", "主播金鑫在直播间声称是正品。", nil, []want{{Name, "金鑫"}}},
	{"NameWordWangzhe", "业务员王者上门推销。", nil, []want{{Name, "王者"}}},
	{"NameHonorifics", "王先生到店后，李女士称没收到，张某多次拒绝。", nil, []want{{Name, "王先生"}, {Name, "李女士"}, {Name, "张某"}}},
	{"NameCueBeforeOrdinaryWords", "客服说会处理，客服电话打不通，经理表示同意，店员态度差，销售人员承诺包邮。", nil, nil},
	{"NameAmbiguousSurnameWords", "本人于今年3月购买，客服马上处理，经理高度重视，本人向商家反映。", nil, nil},
	{"NameHonorificAfterWord", "语文老师推荐的，对方经理答应了，这位女士说，我和先生一起去，于某日无法登录。", nil, nil},
	{"PartyEverywhere", "张伟明于3月购买，张先生多次联系，张老人很着急，伟明回家后发现，老张说。", []Party{{FullName: "张伟明"}},
		[]want{{Name, "张伟明"}, {Name, "张先生"}, {Name, "张老人"}, {Name, "伟明"}, {Name, "老张"}}},
	{"PartyOneRuneGivenNameKept", "张伟说伟大的商家。", []Party{{FullName: "张伟"}}, []want{{Name, "张伟"}}},
	{"PartyCompound", "司马相如女士和司马女士。", []Party{{FullName: "司马相如"}}, []want{{Name, "司马相如"}, {Name, "司马女士"}}},

	// Mobiles.
	{"MobilePlain", "电话13812345678。", nil, []want{{Mobile, "13812345678"}}},
	{"MobileGluedBothSides", "电话13812345678谢谢", nil, []want{{Mobile, "13812345678"}}},
	{"MobileSpaces", "手机：138 1234 5678，", nil, []want{{Mobile, "138 1234 5678"}}},
	{"MobileDashes", "手机138-1234-5678。", nil, []want{{Mobile, "138-1234-5678"}}},
	{"MobilePlus86Space", "+86 13812345678", nil, []want{{Mobile, "+86 13812345678"}}},
	{"MobilePlus86Dashes", "打+86-138-1234-5678", nil, []want{{Mobile, "+86-138-1234-5678"}}},
	{"MobilePlus86Glued", "tel:+8613812345678", nil, []want{{Mobile, "+8613812345678"}}},
	{"Mobile0086", "0086 13812345678", nil, []want{{Mobile, "0086 13812345678"}}},
	{"Mobile86Dash", "86-13812345678", nil, []want{{Mobile, "86-13812345678"}}},
	{"MobileFullWidth", "手机１３８１２３４５６７８，", nil, []want{{Mobile, "１３８１２３４５６７８"}}},
	{"MobileFullWidthSpaces", "手机１３８ １２３４ ５６７８，", nil, []want{{Mobile, "１３８ １２３４ ５６７８"}}},
	{"MobileGluedCue", "tel13812345678", nil, []want{{Mobile, "13812345678"}}},
	{"MobileTwoInARow", "13812345678 13987654321", nil, []want{{Mobile, "13812345678"}, {Mobile, "13987654321"}}},
	{"MobileNotInsideOrder", "订单2026031513812345678已取消", nil, []want{{OrderNumber, "2026031513812345678"}}},
	{"MobileNotStartingWith12", "屏幕显示12345678901。", nil, nil},
	{"MobileNotInModelNumber", "型号HX-13812345678，配件AB13812345678C，编码ZK-13812345678-01。", nil, nil},

	// Landlines.
	{"LandlineDash", "座机020-87654321。", nil, []want{{Landline, "020-87654321"}}},
	{"LandlineSpaces", "电话0755 8765 4321，", nil, []want{{Landline, "0755 8765 4321"}}},
	{"LandlineGlued", "门店02087654321", nil, []want{{Landline, "02087654321"}}},
	{"LandlineParens", "拨打(020)87654321和（0755）82345678", nil, []want{{Landline, "(020)87654321"}, {Landline, "（0755）82345678"}}},
	{"LandlineExtensionDash", "020-87654321-801", nil, []want{{Landline, "020-87654321-801"}}},
	{"LandlineExtensionZhuan", "020-87654321转801，", nil, []want{{Landline, "020-87654321转801"}}},
	{"Hotline400", "热线400-820-8820，4008208820", nil, nil}, // a business's public hotline is kept
	{"LandlineLocalAfterCue", "座机87654321，", nil, []want{{Landline, "87654321"}}},
	{"LandlineNotHotline", "拨打12315热线和10086。", nil, nil},

	// Resident IDs.
	{"IDValid", "身份证号" + id1 + "。", nil, []want{{IDNumber, id1}}},
	{"IDValidNoCue", "（" + idX + "）", nil, []want{{IDNumber, idX}}},
	{"IDBadChecksum", "证件号" + badID("44010619900307123") + "，", nil, []want{{IDNumber, badID("44010619900307123")}}},
	{"IDLowerX", "身份证11010519491231002x。", nil, []want{{IDNumber, "11010519491231002x"}}},
	{"IDFullWidth", "身份证号码是" + toFullWidth(idX) + "，", nil, []want{{IDNumber, toFullWidth(idX)}}},
	{"IDGrouped", "身份证 110105 19491231 002X", nil, []want{{IDNumber, "110105 19491231 002X"}}},
	{"IDLegacy15", "老身份证110105491231002。", nil, []want{{IDNumber, "110105491231002"}}},
	{"IDGluedBothSides", "身份证" + id1 + "的复印件", nil, []want{{IDNumber, id1}}},
	{"IDImpossibleDateNotID", "生产批号440106301399123456，", nil, nil},

	// Bank cards.
	{"CardLuhn", "退到银行卡" + card19 + "。", nil, []want{{BankCard, card19}}},
	{"CardLuhnNoCue", "从" + card16 + "扣款", nil, []want{{BankCard, card16}}},
	{"CardGroupedSpaces", "卡号" + grouped(card19, " ", 4, 4, 4, 4) + "，", nil, []want{{BankCard, grouped(card19, " ", 4, 4, 4, 4)}}},
	{"CardGroupedDashes", "卡号" + grouped(card19, "-", 4, 4, 4, 4) + "，", nil, []want{{BankCard, grouped(card19, "-", 4, 4, 4, 4)}}},
	{"CardLuhnFailingAfterCue", "卡号：" + luhnInvalid("412345678901234") + "，", nil, []want{{BankCard, luhnInvalid("412345678901234")}}},
	{"CardLuhnFailing62", "转到" + luhnInvalid("622848123456789012") + "里", nil, []want{{BankCard, luhnInvalid("622848123456789012")}}},
	{"CardOrderCueWins", "订单号" + card19 + "，", nil, []want{{OrderNumber, card19}}},

	// Emails, credit codes, links, social accounts.
	{"Email", "邮箱zw123@163.com谢谢", nil, []want{{Email, "zw123@163.com"}}},
	{"EmailDotsPlus", "发到li.na+shop@mail.example.com.cn。", nil, []want{{Email, "li.na+shop@mail.example.com.cn"}}},
	{"EmailDigitsLocal", "13812345678@139.com", nil, []want{{Email, "13812345678@139.com"}}},
	{"EmailNotMention", "@客服小王 请回复", nil, []want{{Name, "小王"}}},
	{"USCCChecksum", "该公司（" + uscc1 + "）", nil, []want{{USCC, uscc1}}},
	{"USCCAllDigits", "代码" + usccNum + "。", nil, []want{{USCC, usccNum}}},
	{"USCCCueBadChecksum", "统一社会信用代码：91440101MA59XXXX0A，", nil, []want{{USCC, "91440101MA59XXXX0A"}}},
	{"USCCTaxNumber", "税号" + uscc1 + "。", nil, []want{{USCC, uscc1}}},
	{"URLQuery", "链接https://item.example.com/detail?id=123&uid=abc让我填写", nil, []want{{URL, "https://item.example.com/detail?id=123&uid=abc"}}},
	{"URLShortener", "点开t.cn/A6abcd和https://dwz.cn/xyz12。", nil, []want{{URL, "t.cn/A6abcd"}, {URL, "https://dwz.cn/xyz12"}}},
	{"URLPlainKept", "官网https://www.example.com上写的。", nil, nil},
	{"SocialWeChat", "微信号：zhang_wei88，VX:lily2026", nil, []want{{SocialID, "zhang_wei88"}, {SocialID, "lily2026"}}},
	{"SocialQQ", "QQ号12345678，QQ987654321。", nil, []want{{SocialID, "12345678"}, {SocialID, "987654321"}}},
	{"SocialWeChatIsMobile", "微信13812345678", nil, []want{{Mobile, "13812345678"}}},

	// Addresses.
	{"AddressFull", "家住广东省广州市天河区体育西路123号天河大厦B座1501室，", nil, []want{{Address, "广东省广州市天河区体育西路123号天河大厦B座1501室"}}},
	{"AddressRoadNumber", "门店位于中山五路88号。", nil, []want{{Address, "中山五路88号"}}},
	{"AddressEstate", "住在碧水花园3栋2单元402室，", nil, []want{{Address, "碧水花园3栋2单元402室"}}},
	{"AddressVillage", "户籍地址是湖南省邵阳市隆回县桃洪镇石门村3组。", nil, []want{{Address, "湖南省邵阳市隆回县桃洪镇石门村3组"}}},
	{"AddressShanghaiLane", "上海市静安区延安西路821弄21号2004室", nil, []want{{Address, "上海市静安区延安西路821弄21号2004室"}}},
	{"AddressBuildingNumerals", "万科城十二栋三单元402室", nil, []want{{Address, "万科城十二栋三单元402室"}}},
	{"AddressHutong", "北京市东城区东四十条胡同6号", nil, []want{{Address, "北京市东城区东四十条胡同6号"}}},
	{"AddressBareRegionKept", "在北京出差，广州市天河区的门店也一样。", nil, nil},
	{"AddressLookalikesKept", "道路施工，网络线路故障，3月5号发货，办公室，商场3楼，第3单元，两室一厅，路由器，中途绕路。", nil, nil},

	// Orders and waybills.
	{"OrderCue", "订单号：2026031512345678901。", nil, []want{{OrderNumber, "2026031512345678901"}}},
	{"OrderAlnum", "订单编号JD202603151234，", nil, []want{{OrderNumber, "JD202603151234"}}},
	{"OrderDashed", "订单编号：260315-497831205742163，", nil, []want{{OrderNumber, "260315-497831205742163"}}},
	{"OrderContract", "合同编号HT-2026-0315-001，", nil, []want{{OrderNumber, "HT-2026-0315-001"}}},
	{"OrderWaybillBare", "SF1234567890123这个快递", nil, []want{{OrderNumber, "SF1234567890123"}}},
	{"OrderBareDigits", "单据2026031512345671已截图", nil, []want{{OrderNumber, "2026031512345671"}}},
	{"OrderShortKept", "订单已取消，编号V12的套餐。", nil, nil},

	// Plates.
	{"Plate", "车牌号京A12345，", nil, []want{{Plate, "京A12345"}}},
	{"PlateNewEnergyDot", "我的车（粤B·D12345）", nil, []want{{Plate, "粤B·D12345"}}},
	{"PlateNewEnergyGlued", "沪AD12345这辆车", nil, []want{{Plate, "沪AD12345"}}},
	{"PlateLearner", "苏E1234学", nil, []want{{Plate, "苏E1234学"}}},
	{"PlateLookalikesKept", "京东自营，沪深300指数，A股。", nil, nil},

	// Overlaps and prices.
	{"URLContainsMobile", "https://a.example.com/x?tel=13812345678", nil, []want{{URL, "https://a.example.com/x?tel=13812345678"}}},
	{"PricesDatesModelsKept", "2026年3月15日在京东买的iPhone 15 Pro，￥2,399.00，2026-03-15，20260315，14:30，KFR-35GW，SM-G9980，X-200，35%，15天。", nil, nil},
	{"EchoSecondSpelling", "手机13812345678，另一处写成138-1234-5678A。", nil, []want{{Mobile, "13812345678"}, {Mobile, "138-1234-5678"}}},
}

func TestScrub(t *testing.T) {
	for _, tc := range scrubCases {
		t.Run(tc.name, func(t *testing.T) {
			res := Scrub(tc.text, tc.parties)
			var got []want
			for _, sp := range res.Spans {
				got = append(got, want{sp.Type, sp.Text})
			}
			if len(got) != len(tc.want) {
				t.Fatalf("Scrub(%q) spans = %v, want %v", tc.text, got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("span %d = %v, want %v (text %q)", i, got[i], tc.want[i], tc.text)
				}
			}
			checkResult(t, tc.text, tc.parties, res)
		})
	}
}

// checkResult asserts what must hold for every Scrub result: spans ordered, in bounds,
// non-overlapping, with the original text; the output is the input with each span replaced
// by its placeholder; scrubbing the output again finds nothing.
func checkResult(t *testing.T, text string, parties []Party, res Result) {
	t.Helper()
	var b strings.Builder
	at := 0
	for i, sp := range res.Spans {
		if sp.Start < at || sp.End <= sp.Start || sp.End > len(text) {
			t.Fatalf("span %d %+v out of order or bounds (previous end %d, len %d)", i, sp, at, len(text))
		}
		if text[sp.Start:sp.End] != sp.Text {
			t.Fatalf("span %d text %q, original has %q", i, sp.Text, text[sp.Start:sp.End])
		}
		b.WriteString(text[at:sp.Start])
		b.WriteString(Placeholder(sp.Type))
		at = sp.End
	}
	b.WriteString(text[at:])
	if b.String() != res.Text {
		t.Fatalf("output %q, want %q", res.Text, b.String())
	}
	if again := Scrub(res.Text, parties); len(again.Spans) > 0 {
		t.Errorf("not idempotent: scrubbing %q again found %+v", res.Text, again.Spans)
	}
}

func TestPlaceholderFixedWidth(t *testing.T) {
	// The same kind of value, short or long, leaves the same placeholder.
	pairs := []struct {
		name       string
		short, lng string
	}{
		{"Mobile", "电话13812345678。", "电话+86 138 1234 5678。"},
		{"Landline", "电话020-87654321。", "电话（0755）8765432转80012。"},
		{"IDNumber", "身份证号110105491231002。", "身份证号" + toFullWidth(idX) + "。"},
		{"BankCard", "卡号" + card16 + "。", "卡号" + grouped(card19, " ", 4, 4, 4, 4) + "。"},
		{"Email", "邮箱a1@qq.com。", "邮箱wang.fang.2026.shop@mail.example.com.cn。"},
		{"Name", "客服王芳说。", "客服欧阳娜娜说。"},
		{"Address", "住在碧水花园。", "住在广东省广州市天河区体育西路123号天河大厦B座1501室。"},
		{"OrderNumber", "订单号12345678。", "订单号4200001234202603151234567890。"},
	}
	for _, p := range pairs {
		t.Run(p.name, func(t *testing.T) {
			a, b := Scrub(p.short, nil), Scrub(p.lng, nil)
			if len(a.Spans) != 1 || len(b.Spans) != 1 {
				t.Fatalf("want one span each, got %+v and %+v", a.Spans, b.Spans)
			}
			if a.Text != b.Text {
				t.Errorf("outputs differ: %q vs %q", a.Text, b.Text)
			}
		})
	}
	for _, typ := range Types() {
		if p := Placeholder(typ); !strings.HasPrefix(p, "[") || !strings.HasSuffix(p, "]") || p != Placeholder(typ) {
			t.Errorf("Placeholder(%s) = %q", typ, p)
		}
	}
	if Placeholder(Mobile) != "[手机号]" || Placeholder(Landline) != "[电话]" || Placeholder(Name) != "[姓名]" {
		t.Errorf("placeholders changed: %q %q %q", Placeholder(Mobile), Placeholder(Landline), Placeholder(Name))
	}
}

func TestChecksums(t *testing.T) {
	cases := []struct {
		name string
		ok   bool
	}{
		{"11010519491231002X", id18Plausible(idX) && IDChecksum(idX[:17]) == 'X'},
		{"ID date 19491231", dateOK(1949, 12, 31)},
		{"ID date 20230229 impossible", !dateOK(2023, 2, 29)},
		{"ID date 20240229 leap", dateOK(2024, 2, 29)},
		{"ID month 13", !id18Plausible("440106199013071234")},
		{"ID province 99", !id18Plausible("990106199003071234")},
		{"Luhn 4111111111111111", luhn("4111111111111111")},
		{"Luhn 4111111111111112", !luhn("4111111111111112")},
		{"USCC valid", usccValid(uscc1)},
		{"USCC changed check", !usccValid(uscc1[:17] + string(usccCharset[(strings.IndexByte(usccCharset, uscc1[17])+1)%31]))},
		{"USCC known 91350100M000100Y43", USCCChecksum("91350100M000100Y4") == '3'},
		{"Area code 0755", areaCodeLen("075512345678") == 4},
		{"Area code 010", areaCodeLen("01012345678") == 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !c.ok {
				t.Fail()
			}
		})
	}
}

func TestCorpus(t *testing.T) {
	const perType = 1000
	c := GenerateCorpus(20260315, perType)
	counts := map[Type]int{}
	negatives := 0
	for _, d := range c.Docs {
		if d.Negative {
			negatives++
			if len(d.Spans) > 0 {
				t.Fatalf("hard negative with gold spans: %q", d.Text)
			}
		}
		at := 0
		for _, sp := range d.Spans {
			if sp.Start < at || d.Text[sp.Start:sp.End] != sp.Text {
				t.Fatalf("bad gold span %+v in %q", sp, d.Text)
			}
			at = sp.End
			counts[sp.Type]++
		}
	}
	for _, typ := range CorpusTypes {
		if counts[typ] < perType {
			t.Errorf("corpus has %d %s, want at least %d", counts[typ], typ, perType)
		}
	}
	if negatives < 1000 {
		t.Errorf("corpus has %d hard negatives, want at least 1000", negatives)
	}

	rep := Evaluate(c)
	t.Logf("evaluation on %d documents per type %d:\n%s", len(c.Docs), perType, rep)
	for _, target := range Targets {
		t.Run(string(target.Type), func(t *testing.T) {
			s := rep.Stat(target.Type)
			if s.Recall() < target.MinRecall {
				t.Errorf("recall %.4f < %.4f", s.Recall(), target.MinRecall)
			}
			if s.Precision() < target.MinPrecision {
				t.Errorf("precision %.4f < %.4f (FP %d, on hard negatives %d)", s.Precision(), target.MinPrecision, s.FP, s.FPNegative)
			}
		})
	}
	if missed := rep.Missed(Targets); len(missed) > 0 {
		t.Errorf("missed targets: %v", missed)
	}
}

func TestCorpusIsDeterministic(t *testing.T) {
	a, b := GenerateCorpus(42, 50), GenerateCorpus(42, 50)
	if len(a.Docs) != len(b.Docs) {
		t.Fatalf("%d vs %d documents", len(a.Docs), len(b.Docs))
	}
	for i := range a.Docs {
		if a.Docs[i].Text != b.Docs[i].Text {
			t.Fatalf("document %d differs", i)
		}
	}
	if c := GenerateCorpus(43, 50); c.Docs[0].Text == a.Docs[0].Text && c.Docs[1].Text == a.Docs[1].Text {
		t.Errorf("seeds 42 and 43 give the same documents")
	}
}

func TestCorpusResultsAreConsistent(t *testing.T) {
	// Every corpus document, scrubbed: spans valid and idempotent.
	c := GenerateCorpus(99, 150)
	for _, d := range c.Docs {
		checkResult(t, d.Text, d.Parties, Scrub(d.Text, d.Parties))
		if t.Failed() {
			t.Fatalf("in document %q", d.Text)
		}
	}
}

func TestEvaluateCounts(t *testing.T) {
	c := Corpus{Docs: []Doc{
		{Text: "电话13812345678，客服张伟说", Spans: []Span{{Start: 6, End: 17, Type: Mobile, Text: "13812345678"}}},
		{Text: "价格1299元，型号SM-G9980", Negative: true},
		{Text: "屏幕显示13812345678", Negative: true},
	}}
	rep := Evaluate(c)
	if s := rep.Stat(Mobile); s.Gold != 1 || s.TP != 1 || s.FP != 1 || s.FPNegative != 1 || s.FN != 0 {
		t.Errorf("mobile stats %+v", s)
	}
	if s := rep.Stat(Name); s.FP != 1 || s.FPNegative != 0 {
		t.Errorf("name stats %+v (the unlabeled 张伟 is a false positive)", s)
	}
	if p := rep.Stat(Mobile).Precision(); p != 0.5 {
		t.Errorf("precision %v", p)
	}
	if f := (TypeStats{TP: 8, FP: 2, FN: 2}).F2(); f < 0.799 || f > 0.801 {
		t.Errorf("F2 %v, want 0.8", f)
	}
	if !strings.Contains(rep.String(), "mobile") || len(rep.Missed(Targets)) == 0 {
		t.Errorf("report:\n%s", rep)
	}
	partial := Span{Start: 0, End: 5, Type: Mobile}
	if Matches(partial, Span{Start: 0, End: 11, Type: Mobile}) {
		t.Errorf("a partial structured span must not match")
	}
	if !Matches(Span{Start: 5, End: 11, Type: Address}, Span{Start: 0, End: 11, Type: Address}) {
		t.Errorf("an address overlapping more than half up to its end must match")
	}
	if Matches(Span{Start: 0, End: 8, Type: Address}, Span{Start: 0, End: 11, Type: Address}) {
		t.Errorf("an address that leaves its end (the house number) behind must not match")
	}
}

func TestToOriginal(t *testing.T) {
	text := "ab13812345678cd张伟ef"
	spans := []Span{{Start: 2, End: 13, Type: Mobile}, {Start: 15, End: 21, Type: Name}}
	out := render(text, spans) // ab[手机号]cd[姓名]ef
	cases := []struct {
		name        string
		x           int
		isEnd       bool
		want        int
		description string
	}{
		{"BeforeFirst", 1, false, 1, "a|b"},
		{"AtFirstStart", 2, false, 2, "|[手机号]"},
		{"InsideFirstStart", 5, false, 2, "inside [手机号]"},
		{"InsideFirstEnd", 5, true, 13, "inside [手机号]"},
		{"AfterFirst", strings.Index(out, "cd"), false, 13, "|cd"},
		{"BetweenEnd", strings.Index(out, "d["), true, 14, "c|d"},
		{"InsideSecond", strings.Index(out, "[姓名]") + 1, true, 21, "inside [姓名]"},
		{"Tail", len(out), true, len(text), "end"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := toOriginal(spans, c.x, c.isEnd); got != c.want {
				t.Errorf("toOriginal(%d, %v) = %d, want %d (%s)", c.x, c.isEnd, got, c.want, c.description)
			}
		})
	}
}

func TestScrubRescansItsOutput(t *testing.T) {
	// 亓某 before 时 reads as "a certain time"; once 时旓路 is an address, the name is found.
	res := Scrub("亓某时旓路", nil)
	checkResult(t, "亓某时旓路", nil, res)
	if res.Text != "[姓名][地址]" {
		t.Errorf("got %q", res.Text)
	}
}

func TestSpanJSON(t *testing.T) {
	b, err := json.Marshal(Span{Start: 6, End: 17, Type: Mobile, Text: "13800138000"})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"start":6,"end":17,"type":"mobile","text":"13800138000"}`; string(b) != want {
		t.Errorf("got %s, want %s", b, want)
	}
	var old Span // rows written before the tags, with Go's field names, still decode
	if err := json.Unmarshal([]byte(`{"Start":1,"End":2,"Type":"name","Text":"x"}`), &old); err != nil || old.End != 2 || old.Type != Name {
		t.Errorf("decoded %+v, %v", old, err)
	}
}
