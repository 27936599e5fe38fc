package studytext

import (
	"strings"
	"testing"

	"github.com/redress-project/redress/domain/anonymize"
)

var testPlaces = NewPlaces(map[string][]string{
	"广东省": {"440000"}, "广州市": {"440100"}, "天河区": {"440106"}, "佛山市": {"440600"}, "南海区": {"440605"},
	"南京市": {"320100"}, "鼓楼区": {"320106", "350102"}, "北京市": {"110000"}, "江苏省": {"320000"}, "合肥市": {"340100"},
}, map[string][]string{"广东": {"440000"}, "广州": {"440100"}, "南京": {"320100"}, "合肥": {"340100"}})

var fine = []int64{0, 100_00, 500_00, 1000_00, 5000_00, 10000_00, 50000_00}
var coarse = []int64{0, 1000_00, 10000_00}

func TestGeneralize(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    Facts
		in   string
		want string
	}{
		{"DatesToTheYear", Facts{Period: "2026"}, "2025年10月26日，我在店里；9月21日老板失联；今年2月又去了；2026-03-05付款；2025年3月中旬",
			"2025年，我在店里；某日老板失联；今年又去了；2026年付款；2025年"},
		{"DatesToTheQuarter", Facts{Period: "2026-Q3"}, "2026年8月3日至15日，我买了", "2026年第三季度，我买了"},
		{"DatesToTheMonth", Facts{Period: "2026-08"}, "2026年8月3日付款，8月5日发货", "2026年8月付款，8月发货"},
		{"AmountsToTheBand", Facts{Period: "2026", AmountBounds: coarse}, "共326元，另收1,400元手续费，房款186万元，￥15000",
			"共1000元以下，另收1000至10000元手续费，房款10000元以上，10000元以上"},
		{"ChineseNumerals", Facts{Period: "2026", AmountBounds: coarse}, "二〇二五年九月十八日付了三千五百元，十月三日又付两万元", "2025年付了1000至10000元，某日又付10000元以上"},
		{"AmountsLeftOut", Facts{Period: "2026"}, "花了9590元，3块屏幕", "花了若干元，3块屏幕"},
		{"FineBands", Facts{Period: "2026", AmountBounds: fine}, "付了326元", "付了100至500元"},
		{"AgesToTheBand", Facts{Period: "2026", AgeBandPublished: true}, "我父亲今年78岁，我45周岁，孩子十二岁", "我父亲今年60岁以上，我45至59岁，孩子未成年"},
		{"AgesLeftOut", Facts{Period: "2026"}, "我今年68岁", "我今年[年龄]"},
		{"PlacesInsideTheRegion", Facts{Period: "2026", RegionCode: "440000", Region: "广东省", Places: testPlaces},
			"家住佛山市南海区，在广东省广州市天河区的店，老板去了南京", "家住广东省，在广东省的店，老板去了某地"},
		{"PlacesWholeCountry", Facts{Period: "2026", RegionCode: "000000", Places: testPlaces}, "家住南京市鼓楼区。北京市某公司位于南京", "家住某地。某地某公司位于当地"},
		{"ShortNamesStartAWord", Facts{Period: "2026", RegionCode: "000000", Places: testPlaces}, "复合肥养分不达标，我在合肥买的", "复合肥养分不达标，我在某地买的"},
		{"TheRegionItselfStays", Facts{Period: "2026", RegionCode: "440100", Region: "广州市", Places: testPlaces}, "广州天河区的店", "广州的店"},
		{"Handles", Facts{Period: "2026"}, "在主播“小美好物分享”的直播间买的，对方昵称“阿强”", "在某主播的直播间买的，对方昵称[社交账号]"},
		{"ShopNames", Facts{Period: "2026"}, "在“富源健康体验馆”买了“量子”理疗仪，又找“佳美汽车展厅”", "在“某体验馆”买了“量子”理疗仪，又找“某汽车展厅”"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Generalize(tc.in, tc.f); got != tc.want {
				t.Fatalf("Generalize(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestTitleWithoutPlaceholders(t *testing.T) {
	f := Facts{Period: "2026", FallbackTitle: "预付卡纠纷案例"}
	for in, want := range map[string]string{
		"健身卡无法退费，[姓名]": "健身卡无法退费", "投诉[姓名]：健身卡无法退费": f.FallbackTitle,
		"家政公司办卡后[地址]": f.FallbackTitle, "[姓名]的投诉": f.FallbackTitle, "13岁孩子游戏充值142元": f.FallbackTitle,
	} {
		if got := Title(in, f); got != want {
			t.Errorf("Title(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCheckReadsNormalizedText(t *testing.T) {
	known := []Known{{anonymize.Name, "王建国"}, {anonymize.Mobile, "13800138000"}}
	text := "王建国让我先付定金，电话一三九五六二七三六七四，身份证号110105199003074237。陳志明先生說可以退。另：１３８ ００１３ ８０００"
	found := Check([]Field{{"narrative", text}, {"lesson", "保存凭证。"}}, known)
	want := map[string]anonymize.Type{"王建国": anonymize.Name, "一三九五六二七三六七四": anonymize.Mobile,
		"110105199003074237": anonymize.IDNumber, "１３８ ００１３ ８０００": anonymize.Mobile}
	got := map[string]anonymize.Type{}
	for _, f := range found {
		if f.Field != "narrative" || text[f.Start:f.End] != f.Text {
			t.Fatalf("finding %+v does not point into its field", f)
		}
		got[f.Text] = f.Type
	}
	for v, typ := range want {
		if got[v] != typ {
			t.Errorf("%q: got %q, want %q (findings %+v)", v, got[v], typ, found)
		}
	}
	traditional := false
	for v := range got {
		traditional = traditional || strings.Contains(v, "陳") || strings.Contains(v, "先生")
	}
	if !traditional {
		t.Errorf("the Traditional name was not found: %+v", found)
	}
}

func TestKnownIn(t *testing.T) {
	known := KnownIn("已电话联系店长王建国", "王建国身份证110105199003074237.jpg")
	var got []string
	for _, k := range known {
		got = append(got, string(k.Type)+":"+k.Value)
	}
	if s := strings.Join(got, ","); !strings.Contains(s, "name:王建国") || !strings.Contains(s, "id_number:110105199003074237") {
		t.Fatalf("known = %s", s)
	}
}
