package anonymize

import "testing"

// TestNamesWithoutCues checks names where they stand: subjects before verbs, lists,
// titles, nicknames, compound surnames, minority names with a middle dot (and each part
// alone later), Latin-script names, Traditional forms.
func TestNamesWithoutCues(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"王建国让我先付定金。", []string{"王建国"}},
		{"邹凯和卢俊是这家店的合伙人。", []string{"邹凯", "卢俊"}},
		{"邓丽娟收了我三千块钱后就不见了。", []string{"邓丽娟"}},
		{"我和邵敏、汪海、戚少华都是会员。", []string{"邵敏", "汪海", "戚少华"}},
		{"张三、李四、王五都交了钱。", []string{"张三", "李四", "王五"}},
		{"我找了孙丽帮忙。", []string{"孙丽"}},
		{"我叫关羽平。", []string{"关羽平"}},
		{"包工头李老板也不接电话，于医生说要配眼镜。", []string{"李老板", "于医生"}},
		{"私教阿强不接电话，老李说不退，小王拉黑了我。", []string{"阿强", "老李", "小王"}},
		{"群主芳姐加了她的微信。", []string{"芳姐"}},
		{"爷爷上官云飞参加了讲座。", []string{"上官云飞"}},
		{"我爸爸努尔兰·阿布都买了沙发。努尔兰不会打字。", []string{"努尔兰·阿布都", "努尔兰"}},
		{"客服Chen Jing说退货要运费。", []string{"Chen Jing"}},
		{"The technician, Mr. Fang, charged me. I'm Grace Liu.", []string{"Mr. Fang", "Grace Liu"}},
		{"孫先生和陳女士都在。", []string{"孫先生", "陳女士"}},
		{"我是Ryan Chen（陈睿），订单有问题。", []string{"Ryan Chen", "陈睿"}},
	}
	for _, c := range cases {
		findsAll(t, c.text, Name, c.want...)
	}
}

// TestNameLookalikesKept checks that brands, places and words that begin with a surname
// are left alone.
func TestNameLookalikesKept(t *testing.T) {
	for _, text := range []string{
		"钱大妈的菜不新鲜，周大福的金子，王老吉凉茶，张小泉的刀，周黑鸭的鸭脖。",
		"周末高兴地去了黄山，马上方便地买了黄金，金额不大，钱包丢了。",
		"老板跑路了，常常有人说向来如此。",
		"我妈在东方明珠旁边的一家店买的，华康保健品店的人说可以退。",
		"I bought Wang Lao Ji and Lao Gan Ma at the store.",
	} {
		for _, sp := range Scrub(text, nil).Spans {
			t.Errorf("%q: %+v should be kept", text, sp)
		}
	}
}

func TestPreload(t *testing.T) {
	Preload()
	m := getNameModel()
	if f, pos := m.word("王建国"); f == 0 || pos != "nr" {
		t.Errorf("the dictionary is not loaded: 王建国 = %v %q", f, pos)
	}
	if m.givenScore('芳') <= m.givenScore('的') {
		t.Errorf("芳 should score as a given-name character above 的")
	}
}

// TestNameRepeated checks that a name found once is scrubbed wherever it is repeated, in
// positions no rule reads as a name (the start of a sentence, before a noun).
func TestNameRepeated(t *testing.T) {
	text := "业主钱慧芳反映，物业加收1500元。钱慧芳家在成都。"
	if got := Scrub(text, nil).Text; got != "业主[姓名]反映，物业加收1500元。[姓名]家在成都。" {
		t.Errorf("got %q", got)
	}
}

// TestQuotedBrand checks that a name-like word filling its quotation marks is a shop's or a
// brand's, unless a cue says it is what a person is called.
func TestQuotedBrand(t *testing.T) {
	for _, text := range []string{"我在社区超市买到的是“王老古”，包装几乎一样。", "我在一家叫“陈李记”的小药店买了假药。", "上月喺“豐澤”買咗部雪櫃"} {
		for _, sp := range Scrub(text, nil).Spans {
			if sp.Type == Name {
				t.Errorf("%q: want no name, got %+v", text, sp)
			}
		}
	}
	findsAll(t, "主播“玉姐”说是A货", Name, "玉姐")
	findsAll(t, "营业员名牌写的是“小莫”。", Name, "小莫")
}

// TestMinorityNames checks Uyghur, Mongolian and Tibetan names written without a dot.
func TestMinorityNames(t *testing.T) {
	findsAll(t, "我叫包格日勒图，蒙古族。车行的乌兰说没有事故。", Name, "包格日勒图", "乌兰")
	findsAll(t, "我妈乌兰其其格在旅游时，被导游乌日娜带去买东西。", Name, "乌兰其其格", "乌日娜")
	findsAll(t, "快递员说是我邻居帕提古丽取走的，次仁也看见了。", Name, "帕提古丽", "次仁")
	if res := Scrub("他在乌兰察布开店。", nil); len(res.Spans) != 0 {
		t.Errorf("a place is no name: %+v", res.Spans)
	}
}

// TestNamePositions checks names at the start of a note, after 叫 and kinship or role
// words, and a second name in brackets.
func TestNamePositions(t *testing.T) {
	findsAll(t, "赵强，青岛人，在网上买了手机。", Name, "赵强")
	findsAll(t, "我是付款人，冷雪，电话见下。", Name, "冷雪")
	findsAll(t, "庞欢在网上买的私教课。", Name, "庞欢")
	findsAll(t, "团长叫“果果妈”，乐乐爸爸说不退。", Name, "果果妈", "乐乐爸爸")
	findsAll(t, "朋友圈微商“小雨姐”卖的减肥茶", Name, "小雨姐")
	findsAll(t, "带队的叫大刘，手机不通。公会经纪人叫小七，", Name, "大刘", "小七")
	findsAll(t, "我大伯宁长生在村里的超市买到假酒。", Name, "宁长生")
	findsAll(t, "我是买方桑建国，身份证号在合同上。", Name, "桑建国")
	findsAll(t, "卖茶的孟大夫说是我吃得不对。", Name, "孟大夫")
	findsAll(t, "投訴人張太（張美儀）話喺荃灣買咗療程", Name, "張美儀")
	findsAll(t, "the tour guide in Guilin, 'Brother Liang', forced us. My landlord, Mr. Shen Guoliang, refuses.", Name, "Brother Liang", "Mr. Shen Guoliang")
	for _, text := range []string{"阿嬤住彰化縣，阿嬤說不要緊。", "游戏里的客服扣扣2355001888（官方的）", "在周记粥铺吃了一碗粥", "我是“高兴家政”的一名阿姨", "我妈妈和我爸爸都去了，天天妈妈都说", "快递小哥说放驿站了，小姐姐说不退"} {
		for _, sp := range Scrub(text, nil).Spans {
			if sp.Type == Name {
				t.Errorf("%q: want no name, got %+v", text, sp)
			}
		}
	}
}
