package anonymize

import "testing"

// findsAll checks that Scrub finds each want value with its type, on the original text.
func findsAll(t *testing.T, text string, typ Type, want ...string) {
	t.Helper()
	res := Scrub(text, nil)
	for _, w := range want {
		found := false
		for _, sp := range res.Spans {
			if sp.Type == typ && sp.Text == w && text[sp.Start:sp.End] == w {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: want %s %q, got %+v", text, typ, w, res.Spans)
		}
	}
}

func TestChatIDCues(t *testing.T) {
	for _, c := range []struct{ text, id string }{
		{"扣扣：87654321，", "87654321"},
		{"企鹅号 87654321 ", "87654321"},
		{"威信号 lily_2020 ", "lily_2020"},
		{"薇信：abc12345。", "abc12345"},
		{"加v信 abc12345 ", "abc12345"},
		{"VX：abc_123 ", "abc_123"},
		{"WeChat ID: maple77 ", "maple77"},
		{"LINE ID: maple_77 ", "maple_77"},
		{"抖音号 dy12345678 ", "dy12345678"},
		{"小红书号 xhs_8899 ", "xhs_8899"},
		{"她的抖音号是 meijie.beauty666，还在直播", "meijie.beauty666"},
		{"微信号码：zhangsan88，", "zhangsan88"},
		{"加我Q：123456789，", "123456789"},
		{"微信搜zhangsan88加我", "zhangsan88"},
		{"Line帳號：maple77，", "maple77"},
		{"IG：maple.77，", "maple.77"},
		{"让我加她绿泡泡 xiaoqing_jk520，", "xiaoqing_jk520"},
		{"客服用Telegram联系我，账号 @hx_task_888。", "@hx_task_888"},
	} {
		findsAll(t, c.text, SocialID, c.id)
	}
}

// TestMobileForms checks the ways a mobile number is written apart from its digits in a
// row: groups kept apart by punctuation or words, the middle masked, the tail told again.
func TestMobileForms(t *testing.T) {
	findsAll(t, "刘德胜手机是一三七、8988、8008，他说下雨天不能修。", Mobile, "一三七、8988、8008")
	findsAll(t, "联系电话：139（空格）7997（空格）1301——她自己这样写的。", Mobile, "139（空格）7997（空格）1301")
	findsAll(t, "我是家长，手机号193，9231，4717。", Mobile, "193，9231，4717")
	findsAll(t, "电话：153****2672不对要写全", Mobile, "153****2672")
	findsAll(t, "我这个号：175-69724950，营业厅只认尾号4950，说是本人办理的。", Mobile, "175-69724950", "4950")
	findsAll(t, "我是宝妈，手机（188）21048149。", Mobile, "（188）21048149")
	findsAll(t, "儿媳妇是我，电话158，87936495。", Mobile, "158，87936495")
	findsAll(t, "电话153~5509~0720。", Mobile, "153~5509~0720")
	findsAll(t, "电话 1 3 4 - 3 2 8 9 - 4 6 6 0。", Mobile, "1 3 4 - 3 2 8 9 - 4 6 6 0")
	findsAll(t, "手机139xxxx8812，", Mobile, "139xxxx8812")
	findsAll(t, "电话幺三五七二三八八洞九二，", Mobile, "幺三五七二三八八洞九二")
	findsAll(t, "手机190 13 34 95 33，", Mobile, "190 13 34 95 33")
	findsAll(t, "邮箱pang.h.2020 (a) yahoo.com，", Email, "pang.h.2020 (a) yahoo.com")
	findsAll(t, "住郑州市金水区纬五路21号院3号楼1单元12层西户，", Address, "郑州市金水区纬五路21号院3号楼1单元12层西户")
	findsAll(t, "the coach, Coach Leo, said", Name, "Coach Leo")
	findsAll(t, "平台只显示他手机尾号2533。", Mobile, "2533")
	findsAll(t, "Her phone: +65 9123 8842. Call +1 415-555-0134 too.", Mobile, "+65 9123 8842", "+1 415-555-0134")
	for _, text := range []string{"买了123，4567，8901件", "价格+100 200元", "区号(010)是北京", "一、二、三、四、五、六、七、八条", "他在群里@我说我抠门", "共计***元"} {
		if res := Scrub(text, nil); len(res.Spans) != 0 {
			t.Errorf("%q: want nothing, got %+v", text, res.Spans)
		}
	}
}

func TestSplitMobile(t *testing.T) {
	findsAll(t, "他手机前七位1391234，后四位5678，让我记下。", Mobile, "1391234", "5678")
	findsAll(t, "我手机号前三位是139，中间四位是1234，尾号是5678。", Mobile, "139", "1234", "5678")
	if res := Scrub("银行卡尾号1234的卡被扣了3980元。", nil); len(res.Spans) != 0 {
		t.Errorf("a card's last digits alone are not a mobile: %+v", res.Spans)
	}
}

func TestAddressWhole(t *testing.T) {
	for _, a := range []string{
		"台北市大安區信義路四段82巷11弄144號11樓",
		"九龍旺角彌敦道650號8樓A室",
		"沙田第一城 23座 15樓 G室",
		"银河湾22-1-3204",
		"张家村三组18号",
		"阳光花园3栋2单元1502",
		"郑州市金水区农业路东段58号院3号楼1单元602",
		"北京市朝阳区劲松八区813楼4门201",
		"贵阳市南明区花果园M区3栋1单元2801",
		"桃園市中壢區中大路300號11樓之5",
		"新界元朗天水圍天瑞邨瑞和樓1503室",
		"山西省晋中市榆次区东赵乡后沟村二组7号",
		"广州市番禺区大学城外环西路100号广东工业大学西四宿舍512",
		"武汉市江汉区建设大道568号新世界国贸大厦对面金色华府2-1-1503",
		"台中市西屯區文心路三段241巷7弄5號3樓之2",
		"东莞市长安镇乌沙社区兴发南路8号",
		"长安镇兴发路8号",
		"南京市玄武区孝陵卫街道200号理工大学二号门对面紫金苑4-2-301",
		"上白石二坊45栋302",
	} {
		findsAll(t, "我住在"+a+"，麻烦上门。", Address, a)
	}
	if res := Scrub("他说套路3号不行", nil); len(res.Spans) != 0 {
		t.Errorf("a word ending in 路 before a number is no road: %+v", res.Spans)
	}
	// what follows a house number is taken only when it ends in a flat's number
	if got := Scrub("住在体育西路123号门店购买价格1999元。", nil).Text; got != "住在[地址]门店购买价格1999元。" {
		t.Errorf("got %q", got)
	}
	// a phone number and a date with dashes are not estate shorthand
	if res := Scrub("在银河湾店买的，2026-03-15付款，电话020-8765-4321", nil); len(res.Spans) != 1 || res.Spans[0].Type != Landline {
		t.Errorf("want the landline only, got %+v", res.Spans)
	}
}

func TestEnglishAddress(t *testing.T) {
	for _, a := range []string{
		"Room 1502, Block 3, Sunshine Garden, 88 Jiefang Road, Xuhui District, Shanghai",
		"Apt 1802, Block 15, Ziyu Huafu, Changchun",
		"Room 402, Unit 2, Building 5, No. 17 Lishan Road, Lixia District, Jinan",
		"Flat 5C, Tower 2, The Waterfront, 1 Austin Road West, Tsim Sha Tsui",
	} {
		findsAll(t, "She lives at "+a+". We want a refund.", Address, a)
	}
	if res := Scrub("Room for improvement, Shanghai is big. Model HW-20, 88 units sold.", nil); len(res.Spans) != 0 {
		t.Errorf("want nothing, got %+v", res.Spans)
	}
}

// TestBusinessAccounts checks that a business's official chat account is kept, like its
// hotline, while the accounts its staff give are scrubbed.
func TestBusinessAccounts(t *testing.T) {
	text := "客服扣扣2355001888（官方的），我的扣扣是3780045254。官方微信：brand_official，客服让我加扣扣：62345678。"
	res := Scrub(text, nil)
	var got []string
	for _, sp := range res.Spans {
		got = append(got, sp.Text)
	}
	if len(got) != 2 || got[0] != "3780045254" || got[1] != "62345678" {
		t.Errorf("got %q", got)
	}
}
