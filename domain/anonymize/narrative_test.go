package anonymize

import (
	"strings"
	"testing"
)

// narrativeCases are hand-written complaint narratives, not generated from the corpus
// templates: what must be removed and what must stay.
var narrativeCases = []struct {
	name           string
	text           string
	remove, remain []string
}{
	{
		"AirConditioner",
		"2026年3月2日，我（刘建华）在某电器城购买了格力KFR-72LW空调一台，价格6899元，销售员周丽娟承诺免费上门安装。3月5日安装师傅来了后说需要另外收取高空作业费300元。我拨打了商家售后电话020-38765432，接线员称会让店长回电，但至今没有消息。我的联系电话：159 2012 3456，地址：广州市白云区同和街道握山村二社12号之一。请协会帮忙处理。",
		[]string{"刘建华", "周丽娟", "020-38765432", "159 2012 3456", "握山村", "12号之一"},
		[]string{"2026年3月2日", "KFR-72LW", "6899元", "300元", "安装师傅", "店长"},
	},
	{
		"HealthProducts",
		"投诉人：陈秀英，女，68岁，身份证号码440104195603124523，住广州市越秀区东风中路412号大院3号楼502房。去年11月在社区讲座上被推销保健品，业务员小黄说吃了能治高血压，前后花了2.8万元，转账到对方的工行卡6212 2602 0001 2345 678。对方公司叫广州某健康科技有限公司（统一社会信用代码91440101MA5D123456），现在电话打不通。",
		[]string{"陈秀英", "440104195603124523", "东风中路412号", "大院", "502房", "小黄", "6212 2602 0001 2345 678", "91440101MA5D123456"},
		[]string{"68岁", "2.8万元", "社区讲座"},
	},
	{
		"English",
		"I bought a phone on JD, order number 2026031599887766, the seller's WeChat is wxid_abc123 and his mobile +86 186-1234-5678. My email is tom.lee@example.org.",
		[]string{"2026031599887766", "wxid_abc123", "186-1234-5678", "tom.lee@example.org"},
		[]string{"I bought a phone on JD"},
	},
	{
		"Gym",
		"本人张华，于2025年12月在美团上购买了某健身房的年卡（￥3,999），教练王强多次推销私教课。2026年1月健身房突然闭店，老板失联。门店位于深圳市南山区科技园南区高新南一道008号创维大厦B座3楼。我的会员号是VIP20250012345。",
		[]string{"张华", "王强", "高新南一道008号", "创维大厦B座3楼", "VIP20250012345"},
		[]string{"￥3,999", "2025年12月", "老板失联"},
	},
	{
		"Mattress",
		"消费者赵丽华反映：其母亲孙桂兰（82岁）于2026年1月8日在小区门口被一名自称“健康顾问”的男子拉去听课，后购买了价值12800元的“磁疗床垫”。赵女士要求退货退款，商家位于郑州市金水区花园路与农业路交叉口东北角的丰产大厦1208室，负责人叫郑国平，联系电话0371-63889900。",
		[]string{"赵丽华", "孙桂兰", "赵女士", "花园路", "农业路", "丰产大厦1208室", "郑国平", "0371-63889900"},
		[]string{"82岁", "12800元", "小区门口", "健康顾问"},
	},
	{
		"Delivery",
		"2月14日晚我在饿了么点外卖，订单尾号7788，骑手送错了地址，把餐送到了3号楼，我住的是5号楼2单元701。打客服电话10109777一直排队。我的手机是13911112222，请回电。",
		[]string{"5号楼2单元701", "13911112222"},
		[]string{"尾号7788", "10109777"},
	},
	{
		"CarService",
		"我的车牌是浙A·5R2G8，3月在杭州市余杭区文一西路998号的4S店做保养，服务顾问黄晓明说刹车片要换，收了1580元。后来发现根本没换。发票号码为26332000000123456789，维修单号WX2026030512。",
		[]string{"浙A·5R2G8", "文一西路998号", "黄晓明", "26332000000123456789", "WX2026030512"},
		[]string{"4S店", "1580元"},
	},
	{
		"OnlineShop",
		"网店链接：https://shop.example.com/item.htm?id=6789012345&spm=a1z09，店铺名叫“小美家居旗舰店”，客服旺旺号meijia_kefu01，我的收货人是李红，电话186 0000 1234，收货地址江苏省苏州市工业园区星湖街328号国际科技园5期B3栋。",
		[]string{"6789012345", "meijia_kefu01", "李红", "186 0000 1234", "星湖街328号", "B3栋"},
		[]string{"小美家居旗舰店"},
	},
	{
		"Training",
		"我叫马晓东，身份证：320586198807150033，2025年10月在某培训机构给孩子报了英语课，交了19800元，合同编号：JY-SZ-20251008-017。孩子马小宝只上了3节课机构就跑路了，校长刘某某电话关机。",
		[]string{"马晓东", "320586198807150033", "JY-SZ-20251008-017", "马小宝", "刘某某"},
		[]string{"19800元", "3节课"},
	},
}

func TestNarratives(t *testing.T) {
	for _, tc := range narrativeCases {
		t.Run(tc.name, func(t *testing.T) {
			res := Scrub(tc.text, nil)
			for _, s := range tc.remove {
				if strings.Contains(res.Text, s) {
					t.Errorf("%q survives in %q", s, res.Text)
				}
			}
			for _, s := range tc.remain {
				if !strings.Contains(res.Text, s) {
					t.Errorf("%q was scrubbed from %q", s, res.Text)
				}
			}
			checkResult(t, tc.text, nil, res)
		})
	}
}

// cleanNarratives are hand-written passages without personal data: nothing may be scrubbed.
var cleanNarratives = []string{
	"经调解，商家同意退还消费者货款的80%，即4720元，并承担往返运费。双方于2026年4月2日达成和解协议，本案结案。",
	"该型号洗衣机（XQG100-14B1）在使用第7个月时出现脱水异响，售后检测为轴承损坏，属于三包范围内的质量问题。依据《部分商品修理更换退货责任规定》，消费者可选择换货或维修。",
	"客服回复称系统升级中，需等待3-5个工作日。消费者多次致电均被告知“正在处理”。经理最后表示可以先行赔付200元优惠券，消费者不接受。",
	"直播间主播宣称“全网最低价”，但同款商品在其他平台售价仅为一半。平台规则第4.2条规定，虚假宣传的商家须承担三倍赔偿责任。",
	"这家店位于商场三楼，营业时间为每天10:00-22:00。店长说新店开业前三个月会员可享受八五折。高峰时段排队约40分钟。",
	"机票原价1,680元，改签费收取了全额票价的30%。航空公司客服表示特价票不退不改，但购票页面并未明确提示。",
	"小区物业在2025年底上调物业费，从每平方米2.5元涨到3.8元，业主委员会不知情。物业经理称已在公告栏张贴通知。",
}

func TestCleanNarratives(t *testing.T) {
	for i, text := range cleanNarratives {
		if res := Scrub(text, nil); len(res.Spans) > 0 {
			t.Errorf("passage %d: scrubbed %+v from %q", i, res.Spans, text)
		}
	}
}
