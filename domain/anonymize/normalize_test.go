package anonymize

import "testing"

// TestNormalizedForms checks that values written in Traditional characters, full-width
// forms, Chinese numerals, disguised emails or odd groupings are found, and that the
// replacement is made on the original text.
func TestNormalizedForms(t *testing.T) {
	cases := []struct {
		text, want string
		typ        Type
	}{
		{"电话一三九五六二七三六七四，谢谢", "一三九五六二七三六七四", Mobile},
		{"打幺三八 幺二三四 五六七八找我", "幺三八 幺二三四 五六七八", Mobile},
		{"手机１３９１２３４５６７８。", "１３９１２３４５６７８", Mobile},
		{"号码1827 1781 441，", "1827 1781 441", Mobile},
		{"号码139—1234—5678，", "139—1234—5678", Mobile},
		{"身份证2101 0219 7402 2203 48，", "2101 0219 7402 2203 48", IDNumber},
		{"邮箱zhangwei88(at)163.com，", "zhangwei88(at)163.com", Email},
		{"邮箱zhangwei88[at]163.com，", "zhangwei88[at]163.com", Email},
		{"邮箱zhaolei_sh66＠sina.com，", "zhaolei_sh66＠sina.com", Email},
		{"write to liuming at qq dot com please", "liuming at qq dot com", Email},
		{"邮箱 wangfang # 126.com 收", "wangfang # 126.com", Email},
		{"孫先生說", "孫先生", Name},
		{"Order no. 1328 4476 02。", "1328 4476 02", OrderNumber},
		{"Booking No. 1288034479216。", "1288034479216", OrderNumber},
		{"掛號號碼：RR123456785TW。", "RR123456785TW", OrderNumber},
		{"包裹RR123456785TW一直没到", "RR123456785TW", OrderNumber},
		{"賣家Carousell帳號 ticketking_hk，佢話", "ticketking_hk", SocialID},
		{"The flat is in Sham Shui Po. Phone: 9460 8837 (mobile).", "9460 8837", Mobile},
		{"我叫向晓东（不是向来的向）", "向晓东", Name},
		{"前台的Lucy（真名和晓露）给我推荐", "和晓露", Name},
		{"联系我：社工葛晴，151·0699·7008。", "葛晴", Name},
		{"我的工作邮箱是shi点yuxuan点work@gmail点com（防爬写法）", "shi点yuxuan点work@gmail点com", Email},
		{"邮箱 zhangsan@qq点com 谢谢", "zhangsan@qq点com", Email},
		{"微博：@闫老板数码批发。", "@闫老板数码批发", SocialID},
		{"身份证号36010219720713026 x（x是小写）", "36010219720713026 x", IDNumber},
		{"身份证：45 0103 19800804 5487，", "45 0103 19800804 5487", IDNumber},
		{"骗子的QQ：056023813。", "056023813", SocialID},
		{"Booking confirmation 4128.337.906。", "4128.337.906", OrderNumber},
		{"Tour code GL-0315-A.", "GL-0315-A", OrderNumber},
		{"学号SA2025-0318。", "SA2025-0318", OrderNumber},
		{"站长姓卓，卓站长说是罚款。", "卓站长", Name},
		{"讲师自称是“金教授”，", "金教授", Name},
		{"我的号码是1 3 5 2 9 9 3 5 0 2 1，收件", "1 3 5 2 9 9 3 5 0 2 1", Mobile},
		{"电话1-3-8-0-0-1-3-8-0-0-0。", "1-3-8-0-0-1-3-8-0-0-0", Mobile},
		{"手机号码为壹叁捌零零壹叁捌零零零，", "壹叁捌零零壹叁捌零零零", Mobile},
		{"手机(+86) 13354429981。", "(+86) 13354429981", Mobile},
		{"手机（＋86）13354429981。", "（＋86）13354429981", Mobile},
		{"WhatsApp (+852) 9296 8015 ", "(+852) 9296 8015", Mobile},
	}
	for _, c := range cases {
		res := Scrub(c.text, nil)
		found := false
		for _, sp := range res.Spans {
			if sp.Text == c.want && sp.Type == c.typ && c.text[sp.Start:sp.End] == c.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: want %s %q, got %+v", c.text, c.typ, c.want, res.Spans)
		}
	}
}

// TestNormalizedKeepsAmounts checks that numerals that are amounts, dates or words, and
// English "at", are left alone.
func TestNormalizedKeepsAmounts(t *testing.T) {
	for _, text := range []string{
		"一万二千元的卡，二〇二六年三月一日办的",
		"三五成群的人在店里，七八个人",
		"we met at the shop at noon",
		"价格1,299.00元，型号XQB100-8866",
		"订单总额13800138000元，¥13912345678",
		"评分1 2 3 4 5分，选项1 2 3",
		"ATM编号GD0431。机柜编号SZ-NS-0271。后续请通过官方客服400-688-3377联系",
		"Tour operator took us to a jade shop. Booking cancelled by the hotel.",
		"店名叫“茶香阁”，在景区大门左手边。",
		"我叫什么不重要，真名不是地名。",
	} {
		if res := Scrub(text, nil); len(res.Spans) != 0 {
			t.Errorf("%q: want nothing, got %+v", text, res.Spans)
		}
	}
}
