package demo

import (
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Complaint is the text and facts of one synthetic complaint, as a consumer would file it.
type Complaint struct {
	Category          string   // first-level code, see below
	Tags              []string // zero or more hot-topic tags
	Title             string   // 4..40 runes
	Narrative         string   // 60..1200 runes, realistic first-person Chinese
	BusinessName      string   // e.g. 广州某某电器有限公司 (fictional but plausible)
	BusinessUSCC      string   // a valid 18-char unified social credit code (GB 32100 checksum) or "" (about 30% empty)
	Platform          string   // e.g. 某电商平台 / 某直播平台 or ""
	AmountFen         int64    // amount involved in fen (1 yuan = 100 fen); realistic per category, 0 allowed for some services
	DesiredResolution string   // one of: refund, replace, repair, compensate, apologize, fulfil, other
	ConsumerName      string   // a realistic Chinese full name (surname + 1-2 char given name), varied
	ConsumerMobile    string   // a valid mainland mobile: 11 digits, 1[3-9]xxxxxxxxx
	AgeBand           string   // one of: "under_18", "18-29", "30-44", "45-59", "60+"
	IsMinor           bool     // true iff AgeBand == "under_18"
}

// NewComplaint generates one complaint in the category (a first-level code) with the
// given tags, deterministically from r. An unknown category is written like one of
// `other`; unknown tags are kept but do not shape the text.
//
// The narrative is composed from pools of parts (the purchase, one or two problems,
// what the consumer did, how the business answered, the demand) joined with varied
// connectives and in varied orders. The story tags (elderly_health, hidden_construction,
// minors_gaming, prepaid) replace the category's purchase and problems with their own;
// the channel tags (livestream, ecommerce) move the purchase online.
func NewComplaint(r *rand.Rand, category string, tags []string) Complaint {
	g := newGen(r, category, tags)
	return g.complaint()
}

// Placeholders in the text pools are written {name} and filled in by gen.value.
// {$} fills in as nothing: it marks a text that needs a non-zero amount, as {price}
// does.

// problem is one thing that went wrong: a clause for the narrative and a short
// phrase for the title.
type problem struct{ text, short string }

// product is what the consumer bought or signed up for.
type product struct {
	verb, text, short  string    // verb defaults to 购买了
	problems           []problem // specific to the product
	only               bool      // the category's problems do not apply to it
	offline            bool      // never bought online
	minYuan, maxYuan   float64   // overrides the category's amounts when set
	industries, stores []string  // override the category's
}

// category holds the parts of the complaints of one first-level category.
type category struct {
	industries, stores []string // of the business: 电器 in 恒达电器有限公司, 电器城 in 恒达电器城
	minYuan, maxYuan   float64  // amounts involved, in yuan
	zeroShare          float64  // share of complaints with no amount
	onlineShare        float64  // share bought online
	platforms          []string // where online purchases are made
	goods              bool     // physical goods, bought in shops
	minors             bool     // minors file complaints of it themselves
	situations         []string // the purchase offline; the shared pools when empty
	onlineSituations   []string // the purchase online; the shared pools when empty
	products           []product
	problems           []problem // apply to every product
	resolutions        []string  // desired resolutions, repeated to weigh them
	demands            map[string][]string
	occupations        []string // of the consumer, instead of the age band's
	evidence           []string // what the consumer keeps, instead of receipts
}

var ecommercePlatforms = []string{"某电商平台", "某购物平台", "某社交电商平台", "某跨境电商平台"}

var livestreamPlatforms = []string{"某直播平台", "某短视频平台"}

var categories = map[string]*category{
	"appliances": {
		industries: []string{"电器", "家电销售", "电器销售", "电子科技"}, stores: []string{"电器", "家电", "电器城"},
		minYuan: 300, maxYuan: 15000, onlineShare: 0.5, platforms: ecommercePlatforms, goods: true,
		products: []product{
			{text: "一台{model}型1.5匹变频空调", short: "空调", minYuan: 1999, maxYuan: 8999, problems: []problem{
				{"制冷效果很差，开到16度屋里还是三十多度", "制冷效果差"},
				{"室外机漏氟，{months}个月内上门加了两次氟", "反复漏氟"},
				{"实际能效与宣传的“一级能效”不符，每月电费比原来的旧空调还高", "能效与宣传不符"}}},
			{text: "一台{model}型10公斤滚筒洗衣机", short: "洗衣机", minYuan: 1299, maxYuan: 6999, problems: []problem{
				{"脱水时整机剧烈晃动，还漏水把地板泡坏了", "脱水晃动漏水"}}},
			{text: "一台65英寸智能电视（型号{model}）", short: "电视机", minYuan: 1999, maxYuan: 12999, problems: []problem{
				{"屏幕先是出现一条竖线，后来整块屏幕花屏", "屏幕花屏"},
				{"开机广告长达60秒且无法关闭，购买时导购从未告知", "开机广告无法关闭"}}},
			{text: "一台{model}型双开门冰箱", short: "冰箱", minYuan: 1999, maxYuan: 14999, problems: []problem{
				{"冷藏室不制冷，放进去的菜两天就坏了", "不制冷"},
				{"实际耗电量远超标注的能效等级，压缩机几乎不停机", "耗电量与标注不符"}}},
			{text: "一台{model}型燃气热水器", short: "热水器", minYuan: 899, maxYuan: 4999, problems: []problem{
				{"洗澡时水温忽冷忽热，有一次还闻到明显的燃气味", "水温不稳有燃气味"}}},
			{text: "一台扫地机器人（型号{model}）", short: "扫地机器人", minYuan: 999, maxYuan: 4999, problems: []problem{
				{"经常卡住、找不到充电座，App也频繁掉线", "频繁故障"}}},
			{text: "一台{model}型吸油烟机", short: "油烟机", minYuan: 999, maxYuan: 5999, problems: []problem{
				{"吸力很弱，炒菜时满屋油烟", "吸力弱"}}},
			{text: "一台{model}型嵌入式洗碗机", short: "洗碗机", minYuan: 2999, maxYuan: 8999, problems: []problem{
				{"洗完的碗上还残留着油污和食物残渣", "清洗不干净"}}},
		},
		problems: []problem{
			{"使用不到{days}天，{short}就出现了无法开机的故障", "无法开机"},
			{"售后上门检测后说是主板坏了，要我自费{fee}元更换，可机器明明还在保修期内", "保修期内被要求收费维修"},
			{"{short}送到时外壳就有明显的划痕和凹陷，疑似是别人退回的二手机", "疑似二手翻新"},
			{"安装师傅另外收取了{fee}元的材料费和辅材费，事先根本没有说明", "安装乱收费"},
			{"同一个故障已经维修了{n}次，每次用不了多久又坏", "多次维修仍无法使用"},
		},
		resolutions: []string{"refund", "refund", "refund", "replace", "replace", "repair", "repair", "compensate"},
	},
	"clothing_shoes": {
		industries: []string{"服饰", "服装", "鞋业", "服装贸易"}, stores: []string{"服饰", "鞋业", "时装"},
		minYuan: 50, maxYuan: 3000, onlineShare: 0.6, platforms: ecommercePlatforms, goods: true, minors: true,
		products: []product{
			{text: "一双真皮男士皮鞋（货号{model}）", short: "皮鞋", minYuan: 199, maxYuan: 1999, problems: []problem{
				{"穿了不到{days}天鞋底就开胶断裂", "开胶断裂"},
				{"所谓的“头层牛皮”，送检后发现实为人造革", "皮质与宣传不符"}}},
			{text: "一件羊绒大衣", short: "羊绒大衣", minYuan: 599, maxYuan: 3000, problems: []problem{
				{"送检后发现羊绒含量只有{pct}%，与吊牌标注的“100%山羊绒”严重不符", "含绒量不符"}}},
			{text: "一双运动跑鞋", short: "运动鞋", minYuan: 199, maxYuan: 1599, problems: []problem{
				{"鞋面穿了{days}天就开裂，鞋垫也脱胶了", "鞋面开裂"}}},
			{text: "一件羽绒服（吊牌标注含绒量90%）", short: "羽绒服", minYuan: 299, maxYuan: 2999, problems: []problem{
				{"羽绒服一直往外钻绒，拆开一看里面是飞丝和碎毛片", "以次充好"}}},
			{text: "一条真丝连衣裙", short: "连衣裙", minYuan: 99, maxYuan: 1299, problems: []problem{
				{"手洗一次就严重缩水、掉色，根本不是真丝", "缩水掉色"}}},
			{text: "两条牛仔裤", short: "牛仔裤", minYuan: 79, maxYuan: 699, problems: []problem{
				{"第一次洗就严重掉色，还把其他衣服都染蓝了", "严重掉色"}}},
		},
		problems: []problem{
			{"商品吊牌上没有厂名厂址，也没有合格证，怀疑是三无产品", "疑似三无产品"},
			{"尺码与页面描述差距很大，要求换货时对方却说吊牌剪了不给换", "尺码不符拒绝换货"},
			{"{short}有一股刺鼻的气味，穿上后皮肤发痒、起红疹", "异味致皮肤过敏"},
			{"收到的{short}和展示图片的颜色、款式都不一样", "货不对板"},
		},
		resolutions: []string{"refund", "refund", "refund", "replace", "replace", "compensate"},
	},
	"food": {
		industries: []string{"食品", "食品贸易", "商贸", "生鲜超市"}, stores: []string{"超市", "食品店", "生鲜超市"},
		minYuan: 20, maxYuan: 800, onlineShare: 0.4, platforms: append([]string{"某外卖平台", "某社区团购平台"}, ecommercePlatforms...), goods: true, minors: true,
		products: []product{
			{text: "{n}箱进口纯牛奶", short: "牛奶", minYuan: 99, maxYuan: 399},
			{text: "一盒月饼礼盒", short: "月饼礼盒", minYuan: 99, maxYuan: 698},
			{text: "{n}袋坚果零食", short: "坚果", minYuan: 39, maxYuan: 299},
			{text: "一箱车厘子", short: "车厘子", minYuan: 99, maxYuan: 599, problems: []problem{
				{"一箱里将近一半是烂果，剩下的个头也远小于页面标注的规格", "烂果且规格不符"}}},
			{text: "一只烤鸭和几样卤味熟食", short: "熟食", minYuan: 30, maxYuan: 200},
			{text: "{n}桶食用油", short: "食用油", minYuan: 59, maxYuan: 399},
			{text: "一罐婴儿配方奶粉", short: "奶粉", minYuan: 199, maxYuan: 800, problems: []problem{
				{"罐底的生产批次在厂家官网上查不到，怀疑是假冒产品", "疑似假冒"}}},
			{text: "{n}包牛肉干", short: "牛肉干", minYuan: 29, maxYuan: 199},
		},
		problems: []problem{
			{"打开后才发现已经过了保质期{days}天", "已过保质期"},
			{"食用时在里面发现了异物，像是一只小虫子", "内有异物"},
			{"外包装上没有中文标签，也拿不出进口报关单据", "无中文标签"},
			{"家人吃了以后出现腹泻、呕吐，到医院看病花了{fee}元", "吃后身体不适"},
			{"打开包装发现已经发霉变质，有明显的异味", "发霉变质"},
			{"生产日期标签是后贴上去的，揭开后下面还有一个更早的日期", "生产日期被篡改"},
		},
		resolutions: []string{"refund", "refund", "compensate", "compensate", "compensate", "apologize"},
		demands: map[string][]string{"compensate": {
			"对方按照《食品安全法》第一百四十八条的规定，退还货款并支付价款十倍的赔偿{$}",
			"对方退一赔十{$}",
		}},
	},
	"daily_goods": {
		industries: []string{"日用品", "家居用品", "商贸", "百货"}, stores: []string{"百货", "生活馆", "家居"},
		minYuan: 10, maxYuan: 1500, onlineShare: 0.6, platforms: ecommercePlatforms, goods: true, minors: true,
		products: []product{
			{text: "一套不粘锅", short: "不粘锅", minYuan: 59, maxYuan: 899, problems: []problem{
				{"用了不到{days}天涂层就大面积脱落", "涂层脱落"}}},
			{text: "一个“316不锈钢”保温杯", short: "保温杯", minYuan: 29, maxYuan: 399, problems: []problem{
				{"倒入热水一小时就凉了，杯底还印着“201”的字样", "材质造假"}}},
			{text: "一套全棉床上四件套", short: "四件套", minYuan: 99, maxYuan: 1500, problems: []problem{
				{"洗了一次就起球、掉色，根本不是宣传的“100%全棉”", "材质与宣传不符"}}},
			{text: "一个24寸行李箱", short: "行李箱", minYuan: 99, maxYuan: 1500, problems: []problem{
				{"第一次出差托运后拉杆就断了，轮子也掉了一个", "拉杆断裂"}}},
			{text: "{n}瓶洗衣液", short: "洗衣液", minYuan: 19, maxYuan: 199, problems: []problem{
				{"用后衣服上留有白色残留，家人皮肤出现瘙痒", "用后皮肤瘙痒"}}},
			{text: "一张儿童升降学习桌", short: "学习桌", minYuan: 299, maxYuan: 1500, problems: []problem{
				{"组装后桌面有刺鼻气味，请人检测发现甲醛严重超标", "甲醛超标"}}},
		},
		problems: []problem{
			{"包装上没有厂名厂址和合格证，怀疑是三无产品", "疑似三无产品"},
			{"收到的{short}和宣传图片差距很大，做工粗糙", "货不对板"},
			{"使用没几天就坏了，对方却说是人为损坏", "出现质量问题却被称人为损坏"},
		},
		resolutions: []string{"refund", "refund", "refund", "replace", "replace", "compensate"},
	},
	"housing_building": {
		industries: []string{"房地产开发", "置业", "房地产", "建设发展"}, stores: []string{"售楼处", "置业顾问中心"},
		minYuan: 5000, maxYuan: 300000,
		situations: []string{
			"{date}，我与{biz}签订了商品房买卖合同，购买{item}，总价{housePrice}万元。",
			"我于{year}年在{biz}开发的楼盘购买了{item}，合同约定{deliver}前交房。",
			"{date}，我在“{store}”认购了{item}，随后签订了正式合同。",
			"我家在{year}年买了{biz}开发的{item}，{date}办理了收房手续。",
		},
		products: []product{
			{text: "位于{district}的{project}一套商品房（建筑面积{area}平方米）", short: "商品房"},
			{text: "{project}的一套精装修住房", short: "精装房", problems: []problem{
				{"交房时发现样板间展示的品牌门窗、地暖都换成了低档产品", "交付标准与宣传不符"}}},
			{text: "{project}的一个地下车位", short: "车位", only: true, minYuan: 5000, maxYuan: 150000, problems: []problem{
				{"车位实际尺寸比合同约定的小很多，普通轿车都停不进去", "尺寸不符"},
				{"开发商承诺车位产权清晰，交付后却迟迟办不了产权证", "无法办理产权证"},
				{"车库长期积水，墙面渗漏，开发商一直不予整改", "车库渗水"}}},
			{text: "{project}的一套期房", short: "期房"},
		},
		problems: []problem{
			{"开发商逾期{months}个月仍未交房，也给不出明确的交房时间", "逾期交房"},
			{"收房时发现实际面积比合同约定少了{sqm}平方米，开发商拒绝退还面积差价", "面积缩水"},
			{"开发商宣传的学校、地铁口等配套至今都没有兑现", "宣传的配套不兑现"},
			{"已经交房{months}个月了，不动产权证迟迟办不下来", "产权证迟迟办不下来"},
			{"收房时被要求先交{fee}元的“装修押金”和一年物业费才给钥匙", "收房被强制收费"},
		},
		resolutions: []string{"compensate", "compensate", "compensate", "fulfil", "fulfil", "fulfil", "repair", "refund"},
		demands:     map[string][]string{"compensate": {"对方按合同约定支付违约金{price}", "对方按合同约定赔偿{price}"}},
		evidence:    []string{"购房合同、付款凭证和收房时的照片", "购房合同和售楼处的宣传资料"},
	},
	"vehicles": {
		industries: []string{"汽车销售服务", "汽车贸易", "新能源汽车销售"}, stores: []string{"汽车4S店", "汽车销售服务中心", "汽车展厅"},
		minYuan: 1000, maxYuan: 350000, onlineShare: 0.1, platforms: []string{"某二手车平台", "某汽车资讯平台"}, goods: true,
		products: []product{
			{text: "一辆{model}型新能源SUV", short: "新能源汽车", minYuan: 90000, maxYuan: 350000, problems: []problem{
				{"续航里程只有宣传的一半左右，冬天更是跑不了多远", "续航虚标"},
				{"提车时发现车身有补漆痕迹，怀疑是展车或者事故车", "疑似维修过"},
				{"销售顾问强制要求购买{fee}元的“精品装潢包”，否则不给提车", "提车被捆绑销售"}}},
			{text: "一辆紧凑型燃油轿车（型号{model}）", short: "新车", minYuan: 50000, maxYuan: 200000, problems: []problem{
				{"提车不到{days}天，仪表盘就频繁报故障，{n}次进店都没修好", "频繁故障"},
				{"除了车款，还被收取了{fee}元的“金融服务费”，却没有开具任何票据", "被乱收金融服务费"},
				{"提车时发现车身有补漆痕迹，怀疑是展车或者事故车", "疑似维修过"}}},
			{text: "一辆二手SUV（表显里程{km}万公里）", short: "二手车", only: true, minYuan: 20000, maxYuan: 200000, problems: []problem{
				{"买后去检测发现是泡水车，与卖家承诺的“无事故、无泡水”完全不符", "是隐瞒的泡水车"},
				{"实际里程被调过表，真实里程比表显多出{km}万公里", "里程被调表"},
				{"过户时卖家又额外收取了{fee}元的“手续费”", "过户乱收费"}}},
			{verb: "在店里做了", text: "车辆保养和刹车片更换", short: "车辆维修", only: true, minYuan: 300, maxYuan: 8000,
				stores: []string{"汽修厂", "汽车服务中心"}, industries: []string{"汽车维修服务", "汽车服务"}, problems: []problem{
					{"维修后刹车异响更严重，拆开一看换上的根本不是原厂配件", "用副厂件冒充原厂件"},
					{"结账时多出了{n}项我没有同意的项目，多收了{fee}元", "乱收费"},
					{"取车时发现车身多了一道划痕，店里不承认", "期间车身被刮伤"}}},
			{text: "一辆电动自行车", short: "电动自行车", only: true, minYuan: 1500, maxYuan: 6000,
				stores: []string{"电动车行", "车行"}, industries: []string{"电动车销售", "车业"}, problems: []problem{
					{"续航只有宣传的一半，骑了{months}个月电池就鼓包了", "续航虚标电池鼓包"},
					{"车辆没有合格证，上不了牌照", "无合格证无法上牌"},
					{"商家私自改装了限速，被交警查处后拒不承认", "被私自改装限速"}}},
		},
		resolutions: []string{"refund", "refund", "replace", "repair", "repair", "compensate", "compensate", "fulfil"},
	},
	"jewelry": {
		industries: []string{"珠宝", "黄金珠宝", "珠宝首饰", "金银饰品"}, stores: []string{"珠宝", "金行", "珠宝行"},
		minYuan: 500, maxYuan: 50000, onlineShare: 0.35, platforms: append([]string{"某直播平台"}, ecommercePlatforms...), goods: true,
		products: []product{
			{text: "一条足金项链（{grams}克）", short: "金项链", minYuan: 3000, maxYuan: 30000, problems: []problem{
				{"拿到检测机构一检测，含金量远低于标注的足金标准", "含金量不足"}}},
			{text: "一枚钻石戒指（证书标注{carat}克拉）", short: "钻戒", minYuan: 3000, maxYuan: 50000, problems: []problem{
				{"送检后发现证书编号与实物不符，钻石净度也达不到证书标注的等级", "证书与实物不符"}}},
			{text: "一只翡翠手镯", short: "翡翠手镯", minYuan: 2000, maxYuan: 50000, problems: []problem{
				{"鉴定结果是经过酸洗充胶处理的B+C货，对方却当A货卖给我", "是B+C处理货"}}},
			{text: "一对和田玉耳坠", short: "和田玉耳坠", minYuan: 500, maxYuan: 5000, problems: []problem{
				{"经鉴定根本不是和田玉，而是石英岩玉", "材质不符"}}},
			{text: "一条18K金手链", short: "K金手链", minYuan: 800, maxYuan: 5000},
		},
		problems: []problem{
			{"购买时导购承诺“终身免费换款”，去换时却要收取{fee}元的工费", "承诺不兑现"},
			{"标价签上的克价和实际结算的克价不一样，多收了我{fee}元", "价格欺诈"},
			{"佩戴不到{days}天就断裂、掉色", "佩戴不久断裂掉色"},
		},
		resolutions: []string{"refund", "refund", "refund", "compensate", "compensate", "replace", "fulfil"},
	},
	"health_products": {
		industries: []string{"健康科技", "生物科技", "保健品", "健康管理"}, stores: []string{"健康体验馆", "养生馆", "保健品店"},
		minYuan: 200, maxYuan: 30000, onlineShare: 0.4, platforms: append([]string{"某直播平台", "某短视频平台"}, ecommercePlatforms...), goods: true,
		products: []product{
			{text: "{n}盒“{supp}”牌鱼油软胶囊", short: "鱼油", minYuan: 200, maxYuan: 3000},
			{text: "一疗程的“{supp}”牌降糖茶", short: "降糖茶", minYuan: 300, maxYuan: 5000},
			{text: "一台“量子”理疗仪", short: "理疗仪", minYuan: 2000, maxYuan: 30000, problems: []problem{
				{"所谓的“量子理疗仪”没有医疗器械注册证，就是一个普通的按摩器", "无注册证冒充医疗器械"}}},
			{text: "{n}瓶“{supp}”牌益生菌", short: "益生菌", minYuan: 200, maxYuan: 3000},
			{text: "{n}罐“{supp}”牌蛋白粉", short: "蛋白粉", minYuan: 200, maxYuan: 3000},
			{text: "一张远红外理疗床垫", short: "理疗床垫", minYuan: 2000, maxYuan: 20000},
		},
		problems: []problem{
			{"销售人员宣称产品能“根治”高血压、糖尿病，可以代替药物", "宣称治病"},
			{"包装上没有保健食品批准文号（“蓝帽子”标志），实际上只是普通食品", "无保健食品批准文号"},
			{"用了{months}个月不但没有效果，反而出现了头晕、乏力等症状", "使用后身体不适"},
			{"同样的产品在别处只卖{fee}元，这里却卖了好几倍的价格", "价格虚高"},
			{"商家承诺“无效全额退款”，现在却拒不兑现", "承诺无效退款不兑现"},
		},
		resolutions: []string{"refund", "refund", "refund", "refund", "compensate", "compensate", "other"},
	},
	"medicine_medical": {
		industries: []string{"医药连锁", "大药房", "医疗器械", "药业"}, stores: []string{"大药房", "药店", "医疗器械店"},
		minYuan: 30, maxYuan: 20000, onlineShare: 0.4, platforms: []string{"某医药电商平台", "某外卖平台", "某电商平台"}, goods: true,
		products: []product{
			{text: "{n}盒感冒药", short: "感冒药", maxYuan: 300, industries: []string{"医药连锁", "大药房", "药业"}, stores: []string{"大药房", "药店", "医药超市"}, problems: []problem{
				{"回家才发现药品已经过期{days}天", "已过期"}}},
			{text: "{n}盒降血脂药", short: "降血脂药", maxYuan: 2000, industries: []string{"医药连锁", "大药房", "药业"}, stores: []string{"大药房", "药店", "医药超市"}, problems: []problem{
				{"同一批次的药在别家药店比这里便宜一半以上", "价格虚高"},
				{"药盒上的批号与说明书不一致，怀疑是假药", "疑似假药"}}},
			{text: "一台电子血压计（型号{model}）", short: "血压计", minYuan: 100, maxYuan: 800, industries: []string{"医疗器械", "医疗科技"}, stores: []string{"医疗器械店", "康复器材店"}, problems: []problem{
				{"测量数据误差很大，与医院测的结果相差很多", "测量误差大"}}},
			{text: "一台家用制氧机", short: "制氧机", minYuan: 1500, maxYuan: 8000, industries: []string{"医疗器械", "医疗科技"}, stores: []string{"医疗器械店", "康复器材店"}, problems: []problem{
				{"氧浓度远远达不到说明书标注的90%", "氧浓度不达标"}}},
			{text: "一副助听器", short: "助听器", minYuan: 2000, maxYuan: 20000, industries: []string{"医疗器械", "医疗科技"}, stores: []string{"医疗器械店", "康复器材店"}, problems: []problem{
				{"佩戴后声音嘈杂刺耳，多次调试仍无法正常使用", "效果与宣传不符"}}},
			{text: "一批中药饮片", short: "中药饮片", minYuan: 100, maxYuan: 3000, industries: []string{"医药连锁", "大药房", "药业"}, stores: []string{"大药房", "药店", "医药超市"}, problems: []problem{
				{"饮片里掺杂了大量泥沙，还有明显的硫磺熏蒸气味", "掺杂泥沙"}}},
		},
		problems: []problem{
			{"店员推荐搭配购买了一堆“辅助”产品，事后才知道都是普通食品", "被诱导搭配购买"},
			{"购买时没有给我开具任何票据", "购买不给票据"},
		},
		resolutions: []string{"refund", "refund", "refund", "replace", "compensate", "compensate", "other"},
	},
	"agricultural_inputs": {
		industries: []string{"农资", "种业", "农业科技", "农业生产资料"}, stores: []string{"农资店", "农资经营部", "种子站"},
		minYuan: 200, maxYuan: 50000, onlineShare: 0.15, platforms: []string{"某电商平台", "某短视频平台"}, goods: true,
		products: []product{
			{text: "{n}0袋{crop}种子", short: "种子", minYuan: 500, maxYuan: 20000, problems: []problem{
				{"播种后出苗率不到{pct}%，大片地块只能重新补种", "出苗率低"}}},
			{text: "{n}吨复合肥", short: "复合肥", minYuan: 2000, maxYuan: 50000, problems: []problem{
				{"送检后发现养分含量远低于包装上的标注", "养分不达标"}}},
			{text: "{n}箱除草剂", short: "除草剂", minYuan: 300, maxYuan: 5000, problems: []problem{
				{"喷洒后杂草没死，旁边的{crop}却大面积枯死", "药害致作物死亡"}}},
			{text: "{n}箱杀虫剂", short: "杀虫剂", minYuan: 300, maxYuan: 5000, problems: []problem{
				{"按说明书的用量喷了{n}遍，虫害一点都没控制住", "药效差"}}},
			{text: "一批{crop}种苗", short: "种苗", minYuan: 1000, maxYuan: 30000, problems: []problem{
				{"种苗长出来的品种和宣传的完全不一样，产量很低", "品种不符"}}},
		},
		problems: []problem{
			{"今年我家的{crop}预计减产{pct}%以上，损失惨重", "造成减产"},
			{"包装上没有登记证号，对方也没有开具任何票据", "无登记证号"},
		},
		resolutions: []string{"compensate", "compensate", "compensate", "refund", "refund", "other"},
		occupations: []string{"种植户", "农民", "果农", "家庭农场主"},
	},
	"tobacco_alcohol": {
		industries: []string{"酒业", "酒类贸易", "烟酒商行", "商贸"}, stores: []string{"烟酒行", "名酒专卖店", "酒类专营店"},
		minYuan: 100, maxYuan: 20000, onlineShare: 0.5, platforms: append([]string{"某直播平台"}, ecommercePlatforms...), goods: true,
		products: []product{
			{text: "{n}箱某品牌酱香型白酒", short: "白酒", minYuan: 1000, maxYuan: 20000, problems: []problem{
				{"宣传的“{years}年陈酿”其实是新酒勾兑的", "虚假宣传年份"}}},
			{text: "{n}瓶进口红酒", short: "红酒", minYuan: 300, maxYuan: 5000, problems: []problem{
				{"所谓的“原瓶进口”，瓶身上却没有中文背标，也拿不出报关单", "进口手续不全"},
				{"包装箱里少了{n}瓶，对方却说出库时是完整的", "少发漏发"}}},
			{text: "{n}条香烟", short: "香烟", offline: true, minYuan: 200, maxYuan: 3000, problems: []problem{
				{"抽起来味道刺鼻，与正品明显不同，怀疑是假烟", "疑似假冒"}}},
			{text: "一坛“{years}年陈酿”黄酒", short: "黄酒", minYuan: 100, maxYuan: 2000},
			{text: "{n}瓶洋酒", short: "洋酒", minYuan: 500, maxYuan: 8000, problems: []problem{
				{"包装箱里少了{n}瓶，对方却说出库时是完整的", "少发漏发"}}},
		},
		problems: []problem{
			{"拿去鉴定后确认是假冒产品，瓶盖上的防伪码也是重复的", "是假冒产品"},
			{"喝了以后头痛欲裂，口感和以往喝的完全不同", "疑似假酒"},
		},
		resolutions: []string{"refund", "refund", "compensate", "compensate", "compensate", "other"},
	},
	"online_shopping": {
		industries: []string{"电子商务", "网络科技", "商贸", "贸易"}, stores: []string{"优选", "好物", "数码", "百货"},
		minYuan: 30, maxYuan: 8000, onlineShare: 1, platforms: ecommercePlatforms, goods: true, minors: true,
		products: []product{
			{text: "一部{model}型手机", short: "手机", minYuan: 999, maxYuan: 7999, problems: []problem{
				{"收到后发现是翻新机，激活时间比我下单的时间还早", "是翻新机"}}},
			{text: "一台笔记本电脑（型号{model}）", short: "笔记本电脑", minYuan: 2999, maxYuan: 8000},
			{text: "一副蓝牙耳机", short: "蓝牙耳机", minYuan: 99, maxYuan: 1999},
			{text: "一件毛呢大衣", short: "大衣", minYuan: 199, maxYuan: 2999},
			{text: "一套护肤品", short: "护肤品", minYuan: 99, maxYuan: 2999},
			{text: "一台平板电脑", short: "平板电脑", minYuan: 999, maxYuan: 6999, problems: []problem{
				{"收到后发现是翻新机，激活时间比我下单的时间还早", "是翻新机"}}},
			{text: "一双运动鞋", short: "运动鞋", minYuan: 199, maxYuan: 1599},
			{text: "一块智能手表", short: "智能手表", minYuan: 299, maxYuan: 3999},
		},
		problems: []problem{
			{"平台显示已签收，但我根本没有收到货，快递员说放在了驿站，驿站却查不到", "未收到货"},
			{"在七天无理由退货期内申请退货，商家却以“已拆封”为由拒绝", "被拒七天无理由退货"},
			{"页面标注“正品保障”，经鉴定却是假货", "是假货"},
			{"下单后商家以“缺货”为由单方面取消订单，随后同款商品却涨价重新上架", "订单被单方面取消"},
			{"商家让我先确认收货再返现{fee}元，确认后就不理人了", "返现承诺不兑现"},
			{"退货寄回后商家称没收到，一直不给退款", "退货后不退款"},
			{"商品详情页写着“赠送价值{fee}元的配件”，收到后赠品根本没有", "赠品未兑现"},
		},
		resolutions: []string{"refund", "refund", "refund", "refund", "replace", "compensate", "compensate", "fulfil"},
	},
	"internet_services": {
		industries: []string{"网络科技", "信息技术", "互联网科技", "软件科技"}, stores: []string{"科技"},
		minYuan: 6, maxYuan: 3000, zeroShare: 0.25, onlineShare: 1, minors: true,
		platforms: []string{"某视频平台", "某音乐平台", "某网盘平台", "某社交平台", "某短视频平台", "某应用商店"},
		onlineSituations: []string{
			"{date}，我在{platform}{verb}{item}，支付了{price}{order}。",
			"我于{date}{verb}{item}，当时付款{price}。",
			"{date}，我在手机上{verb}{item}。",
			"{date}我{verb}{item}，之后一直正常使用。",
			"{date}，我经朋友推荐{verb}{item}，开通时付了{price}。",
		},
		products: []product{
			{verb: "开通了", text: "{platform}的视频会员（连续包月）", short: "视频会员", minYuan: 15, maxYuan: 300, problems: []problem{
				{"开通会员后仍然要看广告，热门剧集还要另外付费才能看", "权益缩水"}}},
			{verb: "开通了", text: "{platform}的网盘超级会员年卡", short: "网盘会员", minYuan: 100, maxYuan: 400, problems: []problem{
				{"会员期内下载速度依旧很慢，和宣传的“极速下载”完全不符", "下载速度不达标"}}},
			{verb: "注册使用了", text: "{platform}的账号", short: "平台账号", problems: []problem{
				{"账号突然被封禁，里面的余额和虚拟资产都无法使用，平台不说明具体原因", "无故被封"}}},
			{verb: "下载使用了", text: "一款“{app}”App", short: "App", minYuan: 6, maxYuan: 300, problems: []problem{
				{"App默认勾选了自动续费，每月从我的账户扣{fee}元，我根本不知情", "默认勾选自动续费"},
				{"App频繁弹出广告，点关闭反而跳转去下载其他软件", "弹窗广告诱导下载"}}},
			{verb: "开通了", text: "一款AI写作工具的付费套餐", short: "AI工具会员", minYuan: 30, maxYuan: 1000, problems: []problem{
				{"付费后生成次数被悄悄下调，与开通时承诺的“无限次”不符", "权益与承诺不符"}}},
		},
		problems: []problem{
			{"会员到期前平台没有任何提醒就自动续费扣款{$}", "自动续费未提醒"},
			{"取消自动续费的入口藏得很深，找了半天都找不到", "取消续费入口隐蔽"},
			{"开通后第二天就接到大量推销电话，怀疑个人信息被泄露", "个人信息泄露"},
			{"账号无缘无故被封，客服只说“违反社区规定”，却不说明违反了哪一条", "无故被封"},
		},
		resolutions: []string{"refund", "refund", "refund", "fulfil", "fulfil", "apologize", "other"},
	},
	"education_training": {
		industries: []string{"教育科技", "教育咨询", "文化培训", "职业技能培训"}, stores: []string{"教育", "培训中心", "学堂"},
		minYuan: 1000, maxYuan: 60000, onlineShare: 0.3, platforms: []string{"某在线教育平台", "某短视频平台"},
		products: []product{
			{verb: "为孩子报名了", text: "少儿英语课程（{n}0节课）", short: "少儿英语培训", minYuan: 3000, maxYuan: 30000},
			{verb: "为孩子报名了", text: "初中数学一对一辅导", short: "课外辅导", minYuan: 2000, maxYuan: 30000},
			{verb: "报名了", text: "成人学历提升项目", short: "学历提升", minYuan: 3000, maxYuan: 30000, problems: []problem{
				{"报名时对方承诺“包过、包拿证”，考试没通过却不给退费", "承诺包过不兑现"},
				{"签约时销售诱导我办理了{price}的培训贷，现在每月都要还款", "诱导办理培训贷"}}},
			{verb: "购买了", text: "一门考研网课", short: "网课", minYuan: 1000, maxYuan: 8000, problems: []problem{
				{"课程大部分是往年的录播视频，承诺的直播答疑一次都没有", "课程内容缩水"}}},
			{verb: "报名了", text: "IT编程培训", short: "职业培训", minYuan: 8000, maxYuan: 60000, problems: []problem{
				{"对方承诺“包就业、月薪过万”，推荐的工作却全是销售岗位", "就业承诺不兑现"},
				{"签约时销售诱导我办理了{price}的培训贷，现在每月都要还款", "诱导办理培训贷"}}},
			{verb: "为孩子报名了", text: "少儿美术班", short: "美术班", minYuan: 1000, maxYuan: 10000},
		},
		problems: []problem{
			{"上了不到{n}节课，机构就以“场地调整”为由停课，至今没有复课", "课程中途停课"},
			{"宣传的是名师授课，实际上课的是刚毕业的大学生，还频繁更换老师", "师资与宣传不符"},
			{"我申请退还剩余课时费，机构却要扣除{pct}%的“违约金”和资料费", "退费扣违约金"},
		},
		resolutions: []string{"refund", "refund", "refund", "refund", "fulfil", "fulfil", "compensate"},
	},
	"telecom": {
		industries: []string{"通信技术", "通信服务", "网络通信", "通讯器材"}, stores: []string{"通讯营业厅", "通信营业厅", "手机卖场"},
		minYuan: 10, maxYuan: 500, zeroShare: 0.1, onlineShare: 0.15, platforms: []string{"某通信运营商App", "某电商平台"},
		situations: []string{
			"{date}，我在{district}的“{store}”{verb}{item}。",
			"我于{date}在{biz}代理的营业厅{verb}{item}。",
			"{date}，营业员打电话推荐，我就{verb}{item}。",
			"我从{year}年起就是这家运营商的老用户，{date}在“{store}”{verb}{item}。",
		},
		onlineSituations: []string{
			"{date}，我通过{platform}{verb}{item}{order}。",
			"我于{date}在{platform}上{verb}{item}。",
		},
		products: []product{
			{verb: "办理了", text: "每月{plan}元的5G套餐", short: "5G套餐", problems: []problem{
				{"营业员口头承诺“月租{plan}元永久不变”，第二年资费就自动上涨了，多扣了{price}", "资费与承诺不符"}}},
			{verb: "安装了", text: "{n}00M家庭宽带（合约期两年）", short: "宽带", problems: []problem{
				{"宽带网速远远达不到承诺的带宽，晚上经常断网", "网速不达标"},
				{"搬家后申请拆机，却被要求一次性交清剩余合约期的费用{price}", "拆机收高额违约金"}}},
			{verb: "办理了", text: "“存话费送手机”的合约业务", short: "合约机业务", problems: []problem{
				{"办理时没有告知合约期和违约金，现在想销号却要我交{price}的违约金", "违约条款未告知"}}},
			{verb: "办理了", text: "一张流量卡", short: "流量卡", problems: []problem{
				{"宣传的是“{n}00G全国通用流量”，实际大部分是定向流量", "虚假宣传"}}},
			{verb: "开通了", text: "国际漫游业务", short: "国际漫游", problems: []problem{
				{"出国期间被收取了{price}的高额漫游费，事先没有任何提醒", "扣费未提醒"}}},
		},
		problems: []problem{
			{"每月账单里多出了我从未订购过的增值业务费，{months}个月累计被扣了{price}", "私自开通增值业务"},
			{"我要求销户时被告知必须回开户地的营业厅办理", "异地销户难"},
		},
		resolutions: []string{"refund", "refund", "refund", "fulfil", "fulfil", "apologize", "other"},
	},
	"travel": {
		industries: []string{"国际旅行社", "旅行社", "旅游发展", "旅游服务"}, stores: []string{"旅行社", "旅游", "旅游门市部"},
		minYuan: 500, maxYuan: 30000, onlineShare: 0.6, platforms: []string{"某在线旅游平台", "某团购平台", "某短视频平台"},
		products: []product{
			{verb: "报名了", text: "{dest}{n}日跟团游（{people}人）", short: "跟团游", minYuan: 1000, maxYuan: 30000, problems: []problem{
				{"行程中导游多次带我们进购物店，不买东西就甩脸色，还威胁不让上车", "强制购物"},
				{"实际入住的酒店比合同约定的标准低了好几档", "降低住宿标准"},
				{"临出发前{n}天旅行社突然通知取消行程，却只肯退一半的团费", "单方面取消行程"}}},
			{verb: "预订了", text: "{dest}的{n}晚酒店", short: "酒店", minYuan: 500, maxYuan: 8000, problems: []problem{
				{"到店后才被告知房间已满，平台和酒店相互推诿", "到店无房"}}},
			{verb: "购买了", text: "往返{dest}的机票", short: "机票", minYuan: 600, maxYuan: 12000, problems: []problem{
				{"航班取消后申请退票，却被扣除了{fee}元的高额手续费", "退票扣高额手续费"}}},
			{verb: "报名了", text: "“{dest}纯玩团”", short: "纯玩团", minYuan: 800, maxYuan: 10000, problems: []problem{
				{"说好的“纯玩团”实际每天都安排购物点，自费项目还要另交{fee}元", "变购物团"}}},
			{verb: "预订了", text: "{dest}的一套民宿", short: "民宿", minYuan: 500, maxYuan: 6000, problems: []problem{
				{"民宿的实际情况与照片严重不符，房间潮湿发霉", "房源与描述不符"}}},
		},
		problems: []problem{
			{"行程安排与合同约定严重不符，好几个景点都被临时取消了", "擅自变更行程"},
		},
		resolutions: []string{"refund", "refund", "refund", "compensate", "compensate", "compensate", "apologize"},
	},
	"culture_entertainment": {
		industries: []string{"文化传媒", "文化娱乐", "体育发展", "演艺"}, stores: []string{"影城", "剧场", "文化娱乐中心"},
		minYuan: 50, maxYuan: 8000, onlineShare: 0.5, platforms: []string{"某票务平台", "某团购平台", "某短视频平台"}, minors: true,
		products: []product{
			{text: "{n}张演唱会门票", short: "演唱会门票", minYuan: 300, maxYuan: 6000, problems: []problem{
				{"演出临时取消，主办方只退票面价，不退{fee}元的服务费", "演出取消不全额退款"},
				{"到现场发现座位视线被遮挡，与购票时的座位图完全不符", "座位与描述不符"},
				{"主办方以“实名信息不符”为由拒绝我入场，门票直接作废", "拒绝入场"}}},
			{text: "{n}张剧本杀体验券", short: "剧本杀", minYuan: 100, maxYuan: 800},
			{text: "一场话剧演出的{n}张门票", short: "话剧门票", minYuan: 100, maxYuan: 2000},
			{text: "{n}张主题乐园年卡", short: "乐园年卡", minYuan: 500, maxYuan: 5000, problems: []problem{
				{"年卡办了不到{months}个月，乐园就宣布停业整改，剩余权益无法使用", "停业无法使用"}}},
			{verb: "订了", text: "KTV包厢（{n}小时）", short: "KTV包厢", minYuan: 100, maxYuan: 2000, problems: []problem{
				{"包厢内酒水价格高得离谱，一瓶啤酒收{coupon}元，消费前没有明示价格", "酒水价格未明示"}}},
			{text: "{n}张电影票", short: "电影票", minYuan: 50, maxYuan: 300},
		},
		problems: []problem{
			{"团购页面写的是“{people}人畅玩”，到店后却要求每人另外加钱", "团购券到店加价"},
			{"活动现场组织混乱，很多宣传的项目根本没有", "活动内容缩水"},
			{"因故无法参加，申请退票却被告知“一经售出概不退换”", "拒绝退票"},
		},
		resolutions: []string{"refund", "refund", "refund", "compensate", "apologize", "fulfil"},
	},
	"home_renovation_property": {
		industries: []string{"装饰工程", "装饰设计", "建筑装饰", "家居定制"}, stores: []string{"装饰", "家装", "家居体验馆"},
		minYuan: 500, maxYuan: 200000, onlineShare: 0.1, platforms: []string{"某家装平台", "某团购平台"},
		products: []product{
			{verb: "签订了", text: "{area}平方米住房的全包装修合同", short: "装修工程", minYuan: 30000, maxYuan: 200000},
			{verb: "签订了", text: "厨房和卫生间的局部翻新合同", short: "局部翻新", minYuan: 5000, maxYuan: 50000},
			{verb: "定制了", text: "全屋衣柜和橱柜", short: "定制家具", minYuan: 8000, maxYuan: 80000, problems: []problem{
				{"柜子装好后甲醛检测严重超标，家人一进门就眼睛发酸", "甲醛超标"},
				{"柜门板材与合同约定的品牌、型号不一致", "板材与合同不符"}}},
			{verb: "交纳了", text: "全年的物业费", short: "物业服务", only: true, minYuan: 500, maxYuan: 8000,
				industries: []string{"物业管理", "物业服务"}, stores: []string{"物业服务中心"}, problems: []problem{
					{"小区电梯经常故障，门禁长期损坏，物业却照常收费", "服务不到位"},
					{"物业以“公共能耗”的名义每月多收{fee}元，从不公示明细", "乱收费"},
					{"我的电动车在小区里被盗，物业称不负责任，也不提供监控", "小区失窃后推诿"}}},
			{text: "一批瓷砖和卫浴产品", short: "瓷砖", minYuan: 2000, maxYuan: 40000, problems: []problem{
				{"瓷砖铺好后大面积出现色差和裂纹", "色差开裂"}}},
		},
		problems: []problem{
			{"签约后对方不断增项，最后结算比合同报价多出了{fee}元", "不断增项加价"},
			{"合同约定工期{n}0天，实际拖了{months}个月还没完工", "工期严重延误"},
			{"施工中使用的材料与合同约定的品牌不一致，以次充好", "材料以次充好"},
			{"收了首付款以后，项目经理就很少来工地，工人也停工了", "收款后停工"},
		},
		resolutions: []string{"repair", "repair", "compensate", "compensate", "fulfil", "fulfil", "refund"},
	},
	"finance": {
		industries: []string{"金融信息服务", "小额贷款", "融资担保", "投资咨询", "资产管理"}, stores: []string{"金融服务中心", "财富中心"},
		minYuan: 1000, maxYuan: 100000, onlineShare: 0.5, platforms: []string{"某借贷App", "某理财App", "某支付平台"},
		products: []product{
			{verb: "申请了", text: "一笔网络贷款", short: "网络贷款", problems: []problem{
				{"放款时被强制搭售了{fee}元的“会员权益包”，不买就不放款", "被强制搭售会员"},
				{"合同上写的是低息，实际算下来综合年化利率超过了{rate2}%", "变相高息"},
				{"逾期{days}天后，催收人员频繁打电话骚扰我的家人和同事", "遭暴力催收"}}},
			{text: "一款号称“保本保息、年化收益{rate}%”的理财产品", short: "理财产品", minYuan: 10000, maxYuan: 100000, problems: []problem{
				{"产品到期后平台以“延期兑付”为由迟迟不还本金", "到期不兑付"},
				{"购买时业务员说是“保本”的，后来才知道是高风险产品，已经亏损了{pct}%", "销售误导"}}},
			{verb: "办理了", text: "信用卡账单分期", short: "信用卡分期", minYuan: 1000, maxYuan: 50000, problems: []problem{
				{"分期手续费远高于业务员办理时的口头承诺", "手续费不透明"},
				{"我已经提前还清，银行却仍在按月收取分期手续费", "提前还款仍收费"}}},
			{verb: "签订了", text: "一份“征信修复”服务协议", short: "征信修复服务", minYuan: 1000, maxYuan: 20000, only: true, problems: []problem{
				{"所谓的“征信修复”根本没有效果，对方收钱后就失联了", "收钱后失联"},
				{"对方声称“内部有关系”可以删除逾期记录，事后才知道这根本不可能", "虚假承诺"}}},
		},
		problems: []problem{
			{"合同里的很多条款签约时都没有向我说明", "未履行告知义务"},
		},
		resolutions: []string{"refund", "refund", "refund", "compensate", "compensate", "apologize", "other"},
	},
	"insurance": {
		industries: []string{"保险代理", "保险经纪", "保险销售服务"}, stores: []string{"保险服务中心", "保险营业部"},
		minYuan: 500, maxYuan: 50000, onlineShare: 0.3, platforms: []string{"某保险App", "某支付平台", "某短视频平台"},
		products: []product{
			{text: "一份重大疾病保险", short: "重疾险", minYuan: 5000, maxYuan: 50000, problems: []problem{
				{"确诊后申请理赔，保险公司却以“既往症未如实告知”为由拒赔，可投保时业务员说不用告知", "理赔被拒"}}},
			{text: "一份百万医疗险", short: "医疗险", minYuan: 1000, maxYuan: 50000, problems: []problem{
				{"住院理赔材料交齐{months}个月了，保险公司一直说在审核，迟迟不赔", "理赔拖延"}}},
			{text: "车辆商业保险", short: "车险", minYuan: 2000, maxYuan: 30000, problems: []problem{
				{"车辆出险后，定损金额远低于实际维修费用", "定损金额过低"}}},
			{text: "一份“分红型”年金险", short: "年金险", minYuan: 10000, maxYuan: 50000, problems: []problem{
				{"业务员当初把这款保险说成“存款”，说随时可以取，退保时才知道要损失一大半", "销售误导"},
				{"实际分红远低于业务员演示的收益", "分红与宣传不符"}}},
			{text: "一份意外险", short: "意外险", minYuan: 500, maxYuan: 3000, problems: []problem{
				{"在短视频广告里看到“1元保”投保，第二个月起保费就涨到了每月{coupon}元", "低价诱导投保"}}},
		},
		problems: []problem{
			{"我已经申请退保，对方却仍在继续扣款", "退保后仍扣费"},
			{"保险合同中的免责条款，投保时业务员从未向我说明", "免责条款未说明"},
		},
		resolutions: []string{"compensate", "compensate", "compensate", "refund", "refund", "fulfil", "other"},
		demands:     map[string][]string{"compensate": {"保险公司依照合同约定理赔{price}", "对方按合同履行赔付责任"}},
	},
	"healthcare_services": {
		industries: []string{"医院管理", "口腔门诊部", "健康管理", "医疗管理", "眼科门诊部"}, stores: []string{"口腔", "医院", "体检中心", "眼科"},
		minYuan: 100, maxYuan: 50000, onlineShare: 0.2, platforms: []string{"某团购平台", "某医疗健康平台"},
		products: []product{
			{verb: "在这里做了", text: "{n}颗种植牙", short: "种植牙", minYuan: 5000, maxYuan: 50000, industries: []string{"口腔门诊部", "口腔医疗"}, stores: []string{"口腔", "口腔诊所"}, problems: []problem{
				{"种植后不到{months}个月牙冠就松动脱落，对方却说要再交钱重做", "牙冠脱落"},
				{"术前承诺用进口种植体，术后看发票才发现用的是国产低价种植体", "用料与承诺不符"}}},
			{verb: "为孩子做了", text: "牙齿矫正", short: "牙齿矫正", minYuan: 10000, maxYuan: 50000, industries: []string{"口腔门诊部", "口腔医疗"}, stores: []string{"口腔", "齿科"}, problems: []problem{
				{"矫正做了{months}个月，主治医生离职后再也没有人跟进", "中途无人跟进"}}},
			{verb: "在这里做了", text: "一套全面体检", short: "体检", minYuan: 300, maxYuan: 5000, industries: []string{"健康管理", "健康体检"}, stores: []string{"体检中心", "健康管理中心"}, problems: []problem{
				{"体检报告漏检了明显的病灶，{months}个月后在其他医院查出问题", "漏检"}}},
			{verb: "在这里做了", text: "近视激光手术", short: "近视手术", minYuan: 10000, maxYuan: 30000, industries: []string{"眼科门诊部", "眼科医院"}, stores: []string{"眼科", "眼科中心"}, problems: []problem{
				{"术后视力达不到承诺的效果，还出现了严重的干眼症", "术后效果不佳"}}},
			{verb: "购买了", text: "中医推拿理疗疗程（共{n}0次）", short: "理疗疗程", minYuan: 500, maxYuan: 8000, industries: []string{"中医诊所", "健康管理"}, stores: []string{"中医馆", "国医堂"}},
		},
		problems: []problem{
			{"诊疗过程中被反复推销自费项目，最后结算比当初报价高出{fee}元", "被诱导做自费项目"},
			{"我要求复印完整的病历资料，对方却拒绝提供", "拒绝提供病历"},
		},
		resolutions: []string{"refund", "refund", "compensate", "compensate", "compensate", "repair", "apologize", "other"},
		demands:     map[string][]string{"repair": {"对方免费为我重新治疗，直至达到承诺的效果"}},
	},
	"catering_lodging": {
		industries: []string{"餐饮管理", "酒店管理", "餐饮服务", "饮食"}, stores: []string{"酒家", "餐厅", "酒店", "火锅"},
		minYuan: 30, maxYuan: 80000, onlineShare: 0.5, platforms: []string{"某外卖平台", "某团购平台", "某在线旅游平台"},
		products: []product{
			{verb: "订了", text: "一桌{people}人的家宴", short: "家宴", offline: true, minYuan: 300, maxYuan: 5000},
			{verb: "点了", text: "一份外卖（{n}个菜）", short: "外卖", minYuan: 30, maxYuan: 300, problems: []problem{
				{"送到时已经超时一个多小时，菜都凉了，汤也洒了一半", "超时洒漏"}}},
			{text: "“{people}人火锅套餐”团购券", short: "团购套餐", minYuan: 100, maxYuan: 600, problems: []problem{
				{"到店后被告知团购券“节假日不可用”，可页面上根本没有写", "到店限制使用"}}},
			{verb: "预订了", text: "{n}晚大床房", short: "酒店客房", minYuan: 200, maxYuan: 3000, only: true, problems: []problem{
				{"入住时房间有明显霉味，床单上有污渍，换了房也一样", "卫生条件差"},
				{"退房后酒店称房间物品损坏，从押金里扣了{fee}元", "无故扣押金"},
				{"到店时前台说房间已满，只能加钱升级", "到店无房"}}},
			{verb: "预订了", text: "{tables}桌婚宴", short: "婚宴", only: true, offline: true, minYuan: 5000, maxYuan: 80000, problems: []problem{
				{"婚宴前一个月酒店通知宴会厅被占用，要求改期，否则只退一半定金", "酒店单方面违约"},
				{"婚宴当天实际上的菜品与合同菜单不符，少了好几道菜", "菜品与合同不符"}}},
		},
		problems: []problem{
			{"菜里吃出了一根头发和一只苍蝇", "菜品有异物"},
			{"结账时发现被收了{fee}元的“包间费”和“开瓶费”，事先没有告知", "被收包间费开瓶费"},
			{"饭后家人出现腹痛、腹泻，医院诊断为急性肠胃炎", "就餐后身体不适"},
		},
		resolutions: []string{"refund", "refund", "compensate", "compensate", "compensate", "apologize"},
	},
	"beauty_personal_care": {
		industries: []string{"美容美发", "美容服务", "医疗美容", "美业管理", "化妆品"}, stores: []string{"美容院", "美发沙龙", "医美诊所", "美容会所"},
		minYuan: 100, maxYuan: 50000, onlineShare: 0.3, platforms: []string{"某团购平台", "某直播平台", "某医美平台"},
		products: []product{
			{verb: "做了", text: "一次“水光针”项目", short: "水光针", minYuan: 800, maxYuan: 8000, industries: []string{"医疗美容", "医疗美容诊所"}, stores: []string{"医美诊所", "医疗美容门诊部"}, problems: []problem{
				{"事后才知道给我操作的人没有医师资格证，门店也没有医疗美容资质", "无资质操作"}}},
			{verb: "做了", text: "双眼皮手术", short: "双眼皮手术", minYuan: 5000, maxYuan: 30000, industries: []string{"医疗美容", "医疗美容诊所"}, stores: []string{"医美诊所", "医疗美容门诊部"}, problems: []problem{
				{"术后两只眼睛明显不对称，找院方修复却还要再交钱", "两眼不对称"}}},
			{verb: "办了", text: "烫染护理套餐", short: "烫染", minYuan: 200, maxYuan: 3000, industries: []string{"美发", "美容美发"}, stores: []string{"美发沙龙", "发艺", "造型"}, problems: []problem{
				{"头发烫完后严重受损，大把大把地掉", "烫发致头发受损"},
				{"理发师先报价{coupon}元，做完却按“进口药水”收了好几倍的钱", "先低价后高价"}}},
			{text: "一套“{supp}”牌祛斑霜", short: "祛斑霜", minYuan: 200, maxYuan: 3000, industries: []string{"化妆品", "美容服务"}, stores: []string{"美容院", "化妆品店"}, problems: []problem{
				{"用了一个月停用后满脸红疹，送检发现汞含量超标", "化妆品汞超标"}}},
			{verb: "做了", text: "半永久纹眉", short: "纹眉", minYuan: 500, maxYuan: 5000, industries: []string{"美容服务", "美业管理"}, stores: []string{"美容会所", "纹绣工作室"}},
			{verb: "体验了", text: "一次面部护理", short: "面部护理", minYuan: 100, maxYuan: 2000, industries: []string{"美容服务", "美容养生"}, stores: []string{"美容院", "美容会所"}},
		},
		problems: []problem{
			{"做完后脸上大面积红肿、起疹子，去医院诊断为接触性皮炎", "术后过敏红肿"},
			{"做项目时被美容师一步步推销，不知不觉刷了{fee}元", "被诱导消费"},
		},
		resolutions: []string{"refund", "refund", "refund", "compensate", "compensate", "compensate", "apologize"},
	},
	"postal_delivery": {
		industries: []string{"快递服务", "物流", "速递", "供应链管理"}, stores: []string{"快递网点", "快递驿站", "物流网点"},
		minYuan: 10, maxYuan: 8000, zeroShare: 0.15, onlineShare: 0.3, platforms: []string{"某快递App", "某寄件小程序"},
		products: []product{
			{verb: "寄了", text: "一个装有{goods}的包裹", short: "包裹", minYuan: 50, maxYuan: 3000},
			{verb: "寄送了", text: "一台笔记本电脑", short: "快递", minYuan: 3000, maxYuan: 8000},
			{verb: "寄了", text: "一箱家乡特产", short: "特产包裹", minYuan: 50, maxYuan: 1000},
			{verb: "托运了", text: "一批搬家行李（{n}箱）", short: "搬家托运", minYuan: 300, maxYuan: 5000},
		},
		problems: []problem{
			{"包裹显示已签收，但我和收件人都没有收到，快递员说放在了门口", "丢失"},
			{"收件人拿到时外箱严重破损，里面的东西已经摔坏", "快件破损"},
			{"快递公司只愿按运费的{n}倍赔偿，说没保价就只能赔这么多", "赔偿标准过低"},
			{"快递员未经同意就把包裹放进了快递柜，还要收取超时保管费", "被擅自投柜"},
			{"物流信息{days}天没有更新，客服只会让我“耐心等待”", "物流长期不更新"},
			{"快递站点要求每件加收{coupon}元的“派送费”才肯送货上门", "加收派送费"},
		},
		resolutions: []string{"compensate", "compensate", "compensate", "refund", "apologize", "fulfil", "other"},
	},
	"public_utilities": {
		industries: []string{"燃气", "供水", "热力", "水务"}, stores: []string{"营业厅", "客户服务中心"},
		minYuan: 20, maxYuan: 3000, zeroShare: 0.35, onlineShare: 0.1, platforms: []string{"某缴费App", "某支付平台"},
		situations: []string{
			"我家位于{district}{project}，一直使用{biz}供应的{item}。",
			"我是{biz}的老用户，家里从{year}年起就由对方供应{item}。",
			"{date}，我家搬进{district}{project}的新房，在{biz}的营业厅办理了{item}的开户手续。",
		},
		onlineSituations: []string{
			"我家的{item}由{biz}供应，平时都是通过{platform}缴费。",
			"我家住在{district}{project}，{item}由{biz}供应，{date}起改为通过{platform}缴费。",
		},
		products: []product{
			{text: "管道燃气", short: "燃气", industries: []string{"燃气", "能源"}, problems: []problem{
				{"燃气公司上门安检时强制推销{price}的报警器和软管，说不买就停气", "安检强制推销"}}},
			{text: "自来水", short: "供水", industries: []string{"供水", "水务"}, problems: []problem{
				{"水龙头流出的水发黄，还有明显的异味", "水质问题"},
				{"{date2}起小区连续停水{n}天，事先没有任何通知", "停水未通知"}}},
			{text: "暖气", short: "供暖", industries: []string{"热力", "供热"}, problems: []problem{
				{"暖气片一直不热，室温只有十几度，报修多次也没有人处理", "室温不达标"}}},
		},
		problems: []problem{
			{"这个月的账单突然比往月高出好几倍，多出了{price}，对方坚称表没有问题", "费用异常"},
			{"前一位房主留下的欠费，对方却要求我来缴清才肯开通", "要求代缴前户欠费"},
		},
		resolutions: []string{"refund", "refund", "fulfil", "fulfil", "fulfil", "apologize", "repair", "other"},
	},
	"other": {
		industries: []string{"商贸", "服务"}, stores: []string{"服务中心"},
		minYuan: 50, maxYuan: 20000, zeroShare: 0.1, onlineShare: 0.25, platforms: []string{"某团购平台", "某生活服务平台", "某二手交易平台"},
		products: []product{
			{verb: "预约了", text: "三次家庭保洁服务", short: "家政保洁", only: true, minYuan: 100, maxYuan: 2000,
				industries: []string{"家政服务"}, stores: []string{"家政"}, problems: []problem{
					{"保洁员打扫时打碎了一个花瓶，还划坏了实木地板，公司却拒绝赔偿", "服务中损坏财物"},
					{"约好的时间保洁员迟到了两个小时，打扫也非常敷衍", "服务敷衍"}}},
			{verb: "签订了", text: "婚礼策划和婚纱摄影合同", short: "婚庆服务", only: true, minYuan: 3000, maxYuan: 50000,
				industries: []string{"婚庆服务", "婚礼策划"}, stores: []string{"婚礼会馆", "婚纱摄影"}, problems: []problem{
					{"婚礼当天的布置与签约时的效果图相差很大，跟拍摄影师还迟到了", "与约定不符"},
					{"婚纱照的底片要另外加钱购买，否则不给", "底片加价"}}},
			{verb: "送洗了", text: "一件羊绒大衣和两件羽绒服", short: "干洗", only: true, minYuan: 100, maxYuan: 5000,
				industries: []string{"洗衣服务"}, stores: []string{"洗衣店", "干洗店"}, problems: []problem{
					{"取回时大衣严重缩水变形，羽绒服也洗出了大片污渍", "洗坏衣物"},
					{"店家只愿按洗衣费的{n}倍赔偿", "赔偿标准过低"}}},
			{text: "一只布偶猫幼猫", short: "宠物猫", only: true, minYuan: 1000, maxYuan: 15000,
				industries: []string{"宠物用品", "宠物服务"}, stores: []string{"宠物店", "萌宠馆"}, problems: []problem{
					{"买回家第{days}天小猫就确诊猫瘟，不久后死亡", "带病销售"},
					{"说好的“血统证书”一直没有给我", "承诺证书未兑现"}}},
			{verb: "预约了", text: "搬家服务", short: "搬家", only: true, minYuan: 200, maxYuan: 5000,
				industries: []string{"搬家服务", "搬运服务"}, stores: []string{"搬家公司"}, problems: []problem{
					{"搬家工人到了以后坐地起价，不加{fee}元就不卸车", "坐地起价"},
					{"搬运过程中损坏了衣柜和电视，对方拒不赔偿", "搬运损坏物品"}}},
		},
		resolutions: []string{"refund", "refund", "compensate", "compensate", "compensate", "apologize", "fulfil", "other"},
	},
}

// story is a hot topic whose tag replaces the category's purchase and problems.
type story struct {
	minYuan, maxYuan float64
	industries       []string
	stores           []string
	short            string // what the complaint is about, for titles
	situations       []string
	problems         []problem // the first problem, the heart of the story
	more             []problem // a second problem that goes with any first
	leads            []string  // before the first problem
	responses        []string  // besides the shared ones
	contacts         []string
	titles           []string
	mention          string   // one sentence when another story leads
	evidence         []string // what the consumer keeps as evidence
	resolutions      []string
	platforms        []string // sometimes, when no channel tag is given
}

var stories = map[string]*story{
	"elderly_health": {
		minYuan: 500, maxYuan: 80000, short: "保健品",
		industries: []string{"健康科技", "生物科技", "健康管理", "养生文化"},
		stores:     []string{"健康体验馆", "养生会馆", "健康驿站"},
		situations: []string{
			"{who}今年{elderAge}岁，{date}在小区门口被几个年轻人以“免费体检”“送鸡蛋”为由，拉去{district}的“{store}”参加了一场“健康讲座”。",
			"{date}，有人给{who}打电话，说“{store}”在搞“专家义诊”，免费测血压、测血糖，还送{gift}。",
			"{who}今年{elderAge}岁，有高血压和糖尿病，从{date}起经常去{district}一家叫“{store}”的店里听课，工作人员天天嘘寒问暖，管{he}叫“{godparent}”。",
			"{date}，{who}参加了“{store}”组织的一次免费旅游，途中被安排听了整整一上午的“健康养生课”。",
		},
		problems: []problem{
			{"讲座上所谓的“专家”宣称他们的“{supp}”牌保健品能“根治”高血压、糖尿病，吃了就可以停药，{who}信以为真，先后花了{price}购买", "保健品宣称治病"},
			{"工作人员借免费体检之机说{he}“血管堵塞很严重”，随后推销了{price}的“{supp}”牌保健品", "借免费体检推销保健品"},
			{"对方把几盒普通的固体饮料和压片糖果说成是能治病的保健品，卖给{who}{price}", "以普通食品冒充保健品"},
			{"家里人发现时，{who}已经陆续花了{price}买保健品，堆了半个柜子", "老人被诱导大量购买保健品"},
		},
		more: []problem{
			{"{who}听了他们的话，停掉了医生开的降压药，结果血压飙升，住院治疗了{days}天", "停药后病情加重"},
			{"这些所谓的保健品只是普通的固体饮料和压片糖果，根本没有保健食品批准文号", "无保健食品批准文号"},
			{"我们要求退货时，“{store}”已经人去楼空，电话也打不通", "会销门店人去楼空"},
			{"对方还让{who}签了一份“自愿购买、概不退换”的声明", "诱导签署免责声明"},
		},
		leads: []string{"", "", "后来才知道，", "没想到，", "可是"},
		responses: []string{
			"店里的人说“产品一经售出概不退换”，还说老人是自愿购买的。",
			"对方说保健品已经拆封吃过了，不能退，只肯再送两盒“赠品”。",
		},
		contacts: []string{"“{store}”的工作人员", "当时的销售人员", "{biz}的负责人"},
		titles: []string{
			"老人被诱导购买高价保健品",
			"{relative}参加“健康讲座”被推销保健品",
			"保健品宣称能治病，要求退款",
			"免费体检后被推销{price}保健品",
			"会销推销保健品，老人受骗",
			"“{store}”向老人高价推销保健品",
		},
		mention:     "此外，对方还以免费体检为名，向小区里的老人推销保健品。",
		evidence:    []string{"保健品的包装、收据和讲座上发的宣传单", "收款收据和产品实物"},
		resolutions: []string{"refund", "refund", "refund", "refund", "compensate", "compensate", "other"},
	},
	"hidden_construction": {
		minYuan: 3000, maxYuan: 300000, short: "住房",
		industries: []string{"房地产开发", "置业", "房地产"},
		stores:     []string{"售楼处", "客服中心"},
		situations: []string{
			"{date}，我收房入住了{biz}开发的{project}{building}栋的一套住房。",
			"我家是{date}交付的{project}精装修住房，开发商为{biz}。",
			"我于{year}年购买了{biz}开发的{project}的一套商品房，{date}办理了收房。",
		},
		problems:  hiddenProblems,
		more:      hiddenMore,
		leads:     []string{"", "", "没想到，", "谁知", "结果"},
		responses: hiddenResponses,
		contacts:  []string{"开发商", "开发商和物业", "{biz}的客服（电话{hotline}）"},
		titles: []string{
			"新房{problem}，开发商推诿",
			"{project}住房{problem}",
			"收房后发现{problem}",
			"精装房隐蔽工程质量问题，要求维修赔偿",
			"新房{problem}，{demandShort}",
		},
		mention:     "此外，房子还存在渗水、墙体空鼓等隐蔽工程质量问题。",
		evidence:    []string{"购房合同、交房验收单和现场照片", "购房合同和渗漏、开裂部位的照片视频"},
		resolutions: []string{"repair", "repair", "repair", "compensate", "compensate", "compensate", "other"},
	},
	"hidden_construction/renovation": {
		minYuan: 3000, maxYuan: 300000, short: "装修",
		industries: []string{"装饰工程", "建筑装饰", "装饰设计"},
		stores:     []string{"装饰", "家装"},
		situations: []string{
			"{date}，我与{biz}签订了全包装修合同，工程款{price}，{date2}完工交付。",
			"我家{area}平方米的房子是{date}由{biz}负责装修的，装修款共{price}。",
			"{date}，我请“{store}”装修了家里的厨房和卫生间，当时验收时看不出问题。",
		},
		problems:  hiddenProblems,
		more:      hiddenMore,
		leads:     []string{"", "", "没想到，", "谁知", "结果"},
		responses: hiddenResponses,
		contacts:  []string{"装修公司", "当时的项目经理", "{biz}的客服（电话{hotline}）"},
		titles: []string{
			"装修{problem}，装修公司推诿",
			"装修后发现{problem}",
			"水电隐蔽工程偷工减料，要求赔偿",
			"{bizShort}装修{problem}",
		},
		mention:     "此外，装修还存在渗水、墙面空鼓等隐蔽工程质量问题。",
		evidence:    []string{"装修合同、报价单和现场照片", "装修合同、付款记录和问题部位的照片视频"},
		resolutions: []string{"repair", "repair", "repair", "compensate", "compensate", "compensate", "refund"},
	},
	"minors_gaming": {
		minYuan: 100, maxYuan: 60000, short: "游戏充值",
		industries: []string{"网络科技", "互动娱乐", "网络游戏", "信息科技"},
		stores:     []string{"游戏"},
		situations: []string{
			"我{child}今年{childAge}岁，在读{grade}。{date}，我查看{payment}账单时发现，短短{days}天里被扣了{price}，一共{n}0多笔。",
			"{date}，我发现自己的{payment}里少了{price}，一查才知道是{childAge}岁的{child}趁我不注意，用我的手机在游戏《{game}》里充了值。",
			"我家孩子今年{childAge}岁，读{grade}。{date}到{date2}期间，孩子背着家人在手游《{game}》里多次充值，累计{price}。",
			"{date}，我的手机收到好几条扣款短信，合计{price}。追问之下，{childAge}岁的{child}才承认是在游戏《{game}》里买了皮肤和道具。",
		},
		problems: []problem{
			{"孩子是用我的手机和支付密码充值的，买的都是游戏皮肤、抽卡和礼包", "孩子偷偷充值游戏"},
			{"游戏的实名认证形同虚设，孩子用爷爷的身份证信息就通过了验证，深夜还能一直玩", "实名认证形同虚设"},
			{"游戏里不停地弹出“限时礼包”“首充翻倍”诱导充值，孩子根本没有判断能力", "诱导未成年人充值"},
		},
		more: []problem{
			{"我提交了孩子的出生证明和充值记录，游戏公司却说无法证明是未成年人操作，拒绝退款", "游戏公司拒绝退款"},
			{"孩子为了得到游戏装备，还被陌生玩家以“免费送皮肤”为由骗走了{fee}元", "游戏内诈骗"},
			{"游戏的防沉迷系统根本没起作用，孩子经常玩到半夜", "防沉迷形同虚设"},
		},
		leads: []string{"", "", "后来才知道，", "经了解，", "问过孩子才知道，"},
		responses: []string{
			"游戏客服只让我填写申诉表，之后以“无法证明是未成年人操作”为由驳回了申请。",
			"对方说只能退还一小部分，而且要我签“以后不再投诉”的承诺书。",
		},
		contacts:  []string{"游戏客服", "游戏公司的客服（电话{hotline}）", "{biz}的客服"},
		platforms: []string{"某应用商店", "某游戏平台"},
		titles: []string{
			"{childAge}岁孩子游戏充值{price}，要求退款",
			"未成年人游戏充值退款难",
			"孩子偷偷在《{game}》充值，游戏公司拒退",
			"{child}用我的手机充值游戏{price}",
			"{childAge}岁{child}游戏充值，{demandShort}",
		},
		mention:     "另外，孩子还用我的手机在游戏里充值了一些钱，至今没有退回。",
		evidence:    []string{"全部充值记录和扣款短信", "充值流水、孩子的出生证明和与客服的聊天记录"},
		resolutions: []string{"refund", "refund", "refund", "refund", "refund", "other"},
	},
	"prepaid": {
		minYuan: 500, maxYuan: 30000, short: "预付卡",
		situations: []string{
			"{date}，我在{district}的“{store}”办理了一张{card}，一次性充值{price}。",
			"{date}，在店员“充{price}送{bonus}”的推销下，我在“{store}”办了{card}。",
			"我于{date}在{venue}“{store}”预付了{price}，购买了{card}。",
			"{date}，“{store}”搞开业促销，我在店员的再三劝说下办了{card}，付款{price}。",
		},
		problems: []problem{
			{"{date2}，门店突然关门，门口贴了一张“装修升级、暂停营业”的告示，之后再也没有开过", "办卡后关门"},
			{"{date2}老板突然失联，店员说已经好几个月没发工资了，卡里的钱还没用完", "经营者跑路"},
			{"门店换了新老板，新老板说以前的卡不认，要想继续消费就得重新充值", "换老板不认旧卡"},
			{"办卡时说好“随时可退”，我申请退卡时却被要求扣除{pct}%的手续费", "退卡扣高额手续费"},
			{"门店搬到了很远的地方，我根本没法继续去，要求退费却被拒绝", "门店搬迁拒不退费"},
		},
		more: []problem{
			{"办卡时没有签订任何书面合同，只给了我一张收据", "未签书面合同"},
			{"卡里还有一大半的余额没有用，办卡时店员还一直说“放心，我们是连锁品牌”", "余额无法使用"},
			{"和我一样办了卡的会员有几十人，大家建了维权群，至今没有结果", "众多会员受损"},
		},
		leads: []string{"", "没想到", "谁知", "可是", "然而"},
		responses: []string{
			"老板的电话一直打不通，微信也把我删除了。",
			"店员说他们也联系不上老板，让我自己想办法。",
		},
		contacts:  []string{"店长", "老板", "“{store}”的负责人", "{biz}的工商登记电话"},
		platforms: []string{"某团购平台"},
		titles: []string{
			"{venue}办卡后关门跑路",
			"预付卡充值{price}，{venue}突然关门",
			"“{store}”关门，预付卡无法退费",
			"预付式消费跑路，要求退还余额",
			"{venue}{problem}，要求退费",
		},
		mention:     "此外，我在对方店里办的预付卡也遇到了关门跑路的问题，余额无法退还。",
		evidence:    []string{"会员卡、充值收据和消费记录", "付款记录和门店关门告示的照片"},
		resolutions: []string{"refund", "refund", "refund", "refund", "fulfil", "fulfil", "other"},
	},
}

var hiddenProblems = []problem{
	{"入住不到{months}个月，卫生间就开始渗水，楼下邻居的天花板都泡坏了，拆开后发现防水层根本没有做到位", "卫生间渗水"},
	{"客厅和卧室多处墙体空鼓、开裂，敲起来声音发空，墙皮大面积脱落", "墙体空鼓开裂"},
	{"打开墙面才发现，水电隐蔽工程用的是劣质水管和不合规的电线，接头处已经锈蚀漏水", "水电隐蔽工程质量差"},
	{"外墙渗水导致卧室墙面发霉，一到下雨天就往下滴水", "外墙渗水"},
	{"地面找平不合格，铺好的地板起拱，拆开检查发现地面大面积空鼓", "地面空鼓"},
	{"水电改造是按“全部开槽穿管”收的费，实际上电线直接埋在墙里，根本没有穿管", "水电隐蔽工程偷工减料"},
}

var hiddenMore = []problem{
	{"我请第三方检测机构来检测，确认是施工质量问题，检测费就花了{fee}元", "检测确认施工质量问题"},
	{"问题越拖越严重，家具和地板都受潮变形了，家里根本没法正常住", "房屋无法正常居住"},
	{"同一栋楼好几户邻居都有类似的渗水、空鼓问题，说明是普遍的施工质量问题", "多户存在同类问题"},
}

var hiddenResponses = []string{
	"对方只派人草草补了补胶就走了，没过多久又开始渗水。",
	"开发商让我找物业，物业又说是开发商的责任，双方互相推诿。",
	"对方说已经过了保修期，要维修得我自己出钱。",
}

// venue is a kind of shop that sells prepaid cards.
type venue struct {
	name                      string
	industries, stores, cards []string
}

var venues = map[string]venue{
	"gym":        {"健身房", []string{"健身管理", "体育文化", "健身服务"}, []string{"健身", "运动馆", "健身会所"}, []string{"两年期健身年卡", "私教课时卡（{n}0节）", "游泳健身年卡"}},
	"beauty":     {"美容院", []string{"美容服务", "美业管理", "美容养生"}, []string{"美容", "美肤会所", "美容养生馆"}, []string{"美容会员卡", "“终身护理卡”", "{n}0次面部护理疗程卡"}},
	"training":   {"培训机构", []string{"教育科技", "教育咨询", "文化培训"}, []string{"教育", "学堂", "培训中心"}, []string{"课时卡（{n}0节课）", "一年的英语课程卡", "“全年畅学卡”"}},
	"salon":      {"理发店", []string{"美发", "美容美发"}, []string{"美发", "造型", "发艺"}, []string{"美发会员卡", "储值卡"}},
	"carwash":    {"洗车店", []string{"汽车服务", "汽车美容"}, []string{"汽车美容", "洗车"}, []string{"洗车年卡", "{n}0次洗车卡"}},
	"earlyEdu":   {"早教中心", []string{"教育咨询", "文化传播"}, []string{"早教", "亲子中心"}, []string{"早教课程卡（{n}0课时）"}},
	"restaurant": {"餐厅", []string{"餐饮管理", "餐饮服务"}, []string{"餐厅", "酒家"}, []string{"会员储值卡", "储值卡"}},
	"homecare":   {"家政公司", []string{"家政服务", "家庭服务"}, []string{"家政", "家政服务中心"}, []string{"家政保洁次卡（{n}0次）", "保洁服务年卡"}},
	"swim":       {"游泳馆", []string{"体育发展", "健身服务"}, []string{"游泳馆", "水育中心"}, []string{"游泳年卡", "{n}0次游泳卡"}},
}

// venuesOf lists the kinds of shop whose prepaid cards fit a category.
var venuesOf = map[string][]string{
	"beauty_personal_care":     {"beauty", "salon"},
	"education_training":       {"training", "earlyEdu"},
	"culture_entertainment":    {"gym", "swim"},
	"catering_lodging":         {"restaurant"},
	"vehicles":                 {"carwash"},
	"home_renovation_property": {"homecare"},
}

var allVenues = []string{"gym", "beauty", "training", "salon", "carwash", "earlyEdu", "restaurant", "swim", "homecare"}

// channel is a tag that moves the purchase online.
type channel struct {
	platforms  []string
	situations []string
	problems   []problem
	mention    string // when a story leads
}

var channels = map[string]*channel{
	"livestream": {
		platforms: livestreamPlatforms,
		situations: []string{
			"{date}晚上，我在{platform}观看主播“{anchor}”的直播，主播说“{claim}”，我就在直播间{verb}{item}，花了{price}{order}。",
			"{date}，我在{platform}刷到{bizShort}的直播间，主播把{short}夸得天花乱坠，我一时冲动{verb}{item}，共{price}{order}。",
			"我于{date}在{platform}主播“{anchor}”的直播间下单，{verb}{item}{order}，实付{price}。",
			"{date}，我在{platform}主播“{anchor}”的直播间{verb}{item}。",
		},
		problems: []problem{
			{"收到后发现与直播间展示的完全不一样，明显货不对板", "直播带货货不对板"},
			{"主播宣称的“全网最低价”，其实比别的店铺还贵", "主播夸大宣传"},
			{"想退货时发现直播间已经关闭，店铺也联系不上了", "直播间关闭商家失联"},
			{"主播在直播时承诺“七天无理由退换”，客服却不承认", "主播承诺不兑现"},
		},
		mention: "其中一部分是在{platform}主播“{anchor}”的直播间里下单的，主播在直播中也是这么宣传的。",
	},
	"ecommerce": {
		platforms: ecommercePlatforms,
		problems: []problem{
			{"商家发来的{short}与页面描述严重不符", "货不对板"},
			{"平台介入后却判商家有理，我的售后申请被直接关闭", "平台处理不公"},
			{"商家以“已超过售后期”为由拒绝处理", "被拒绝售后"},
			{"我给了差评后，商家不停地打电话骚扰我，要求删评", "差评后遭商家骚扰"},
		},
		mention: "相关款项是在{platform}上下单支付的{order}。",
	},
}

// The shared pools of situations: goods bought online and in shops, services
// bought online and in person.
var (
	onlineGoodsSituations = []string{
		"{date}，我在{platform}上的“{shop}”{verb}{item}，实付{price}{order}。",
		"我于{date}通过{platform}在“{shop}”店铺下单{verb}{item}，花费{price}{order}，{days}天后收到货。",
		"{date}我在{platform}看中了{item}，商品页面写着“正品保障、假一赔十”，于是花{price}下了单{order}。",
		"{date}，我在{platform}“{shop}”下单买了{item}，支付{price}{order}。",
		"{date}，我通过{platform}在“{shop}”网店{verb}{item}{order}，当时付了{price}。",
	}
	shopGoodsSituations = []string{
		"{date}，我在{district}的“{store}”{verb}{item}，当场支付{price}。",
		"我于{date}在{biz}位于{city}{district}的门店{verb}{item}，价格{price}，有购物小票为证。",
		"{date}，我和家人到{district}一家商场里的“{store}”专柜，在导购的推荐下{verb}{item}，共{price}。",
		"{date}我在家附近的“{store}”花{price}买了{item}，开了发票。",
		"{date}，我在“{store}”（{district}店）{verb}{item}，刷卡支付{price}。",
	}
	onlineServiceSituations = []string{
		"{date}，我通过{platform}{verb}{item}，支付了{price}{order}。",
		"我于{date}在{platform}上{verb}{item}{order}，付款{price}。",
		"{date}，我在{platform}看到{bizShort}的广告，随后{verb}{item}，共花费{price}。",
		"{date}我在{platform}上{verb}{item}。",
	}
	shopServiceSituations = []string{
		"{date}，我在{district}的“{store}”{verb}{item}，共支付{price}。",
		"我于{date}到{biz}位于{district}的门店{verb}{item}，当时付了{price}。",
		"{date}，经朋友介绍，我在“{store}”{verb}{item}。",
		"{date}我在{city}{district}的“{store}”{verb}{item}，签了协议，付款{price}。",
		"{date}，我与{biz}签订协议，{verb}{item}，费用{price}。",
	}
)

// The shared pools of the other parts of a narrative.
var (
	intros = []string{
		"本人{name}，家住{homeCity}{homeDistrict}。",
		"我叫{name}，今年{age}岁，是一名{occupation}。",
		"我是{homeCity}的一名{occupation}。",
		"本人{name}，{age}岁。",
		"我叫{name}，住在{homeCity}。",
	}
	hooks = []string{
		"我要投诉{biz}，事情经过如下。",
		"现就{subject}{problem}一事，投诉{biz}。",
		"特向贵会反映我与{bizShort}之间的消费纠纷。",
		"我要反映一起{problem}的问题。",
		"{subject}{problem}，对方拒不解决，特此投诉。",
	}
	problemLeads  = []string{"没想到", "谁知", "可是", "结果", "然而，", "不料", "但是", "", ""}
	problemJoins  = []string{"此外，", "而且", "更过分的是，", "另外，", "同时，", "不仅如此，"}
	responseLeads = []string{"但", "可", "然而", "结果", "没想到", ""}
	actions       = []string{
		"发现问题后，我第一时间联系了{contact}。",
		"我先后{n}次联系{contact}，要求解决问题。",
		"{date2}，我找到{contact}反映了情况。",
		"我把照片、视频等证据发给了{contact}，要求给个说法。",
		"随后我找{contact}协商。",
		"为此，我多次与{contact}交涉。",
	}
	responses = []string{
		"对方一直推诿，说要等上级部门处理，至今没有下文。",
		"对方只同意给我一张{coupon}元的优惠券作为补偿，我无法接受。",
		"对方表示这属于正常现象，拒绝处理。",
		"对方先是答应{n}个工作日内给答复，之后再联系就没人回应了。",
		"对方说最多只能退一半的钱，而且还要扣除{fee}元的手续费。{$}",
		"对方态度十分恶劣，后来干脆把我的电话拉黑了。",
		"客服每次都说已经记录、会有专人联系，可{days}天过去了，没有任何人联系我。",
		"对方坚持说问题是我自己造成的，不肯承担任何责任。",
		"对方称已超过处理期限，不予受理。",
		"对方一会儿说要请示领导，一会儿说要找总部，来回踢皮球。",
		"对方口头答应处理，却迟迟没有实际行动。",
	}
	goodsResponses = []string{
		"对方一会儿说要找厂家，一会儿说要找总部，来回踢皮球。",
		"对方说要寄回厂家检测，检测结果出来之前不予处理，可一个多月过去了也没有结果。",
	}
	onlineResponses = []string{
		"商家要求我先删除差评，才肯谈解决办法。",
		"平台客服说需要商家同意，让我自行与商家协商，然后就不管了。",
		"商家一直不回复消息，平台也只是让我“耐心等待”。",
	}
	judgements = []string{
		"这已经严重影响了我和家人的正常生活。",
		"这种做法明显不合理。",
		"我觉得自己受到了欺骗。",
		"为此我耽误了不少时间，也花了不少冤枉钱。",
	}
	goodsJudgements = []string{
		"我认为对方的行为涉嫌虚假宣传，侵害了消费者的知情权。",
		"我认为这属于明显的质量问题，责任不在我。",
	}
	evidences = []string{
		"我手里有{evidence}，可以作为证据。",
		"相关的{evidence}我都保存着。",
		"{evidence}我都留着，随时可以提供。",
	}
	demandSentences = []string{
		"现要求{demand}。",
		"我要求{demand}。",
		"我认为对方的做法侵害了我的合法权益，依据《消费者权益保护法》的有关规定，要求{demand}。",
		"恳请贵会帮忙协调，要求{demand}。",
		"为此，我向贵会投诉，要求{demand}。",
		"我的诉求是：{demand}。",
	}
	closings = []string{"恳请贵会帮忙调解，谢谢！", "希望消协能为我主持公道。", "请贵会督促对方尽快处理。", "谢谢！", "望贵会受理。", "麻烦你们了，谢谢！"}
	demands  = map[string][]string{
		"refund":     {"对方退还全部款项{price}", "全额退款{$}", "对方退还我已支付的{price}"},
		"replace":    {"对方更换全新的同款{short}", "为我换货，并承担来回运费"},
		"repair":     {"对方免费维修，直到能正常使用为止", "对方尽快派人维修，并承担全部维修费用", "对方彻底修复问题，并承担期间产生的费用"},
		"compensate": {"对方依法赔偿我的损失", "对方赔偿因此造成的损失共计{comp}"},
		"apologize":  {"对方书面赔礼道歉", "对方向我公开道歉，并保证不再发生类似问题", "对方就此事作出书面说明并赔礼道歉"},
		"fulfil":     {"对方按照合同约定履行义务", "对方兑现当初的承诺", "对方按约定继续提供服务"},
		"other":      {"对方给出合理的解决方案", "有关部门查清事实并依法处理", "对方说明情况，妥善解决此事"},
	}
	// goodsDemands are added for goods sold with a fraud, 退一赔三.
	goodsDemands = map[string][]string{
		"compensate": {"对方按照《消费者权益保护法》第五十五条的规定退还价款并给予三倍赔偿{$}", "对方退还价款并按价款的三倍赔偿{$}"},
	}
	demandShorts = map[string]string{
		"refund": "要求退款", "replace": "要求换货", "repair": "要求维修", "compensate": "要求赔偿",
		"apologize": "要求道歉", "fulfil": "要求履约", "other": "要求妥善处理",
	}
	titlePatterns = []string{
		"{subject}{problem}",
		"{subject}{problem}，{demandShort}",
		"投诉{bizShort}：{subject}{problem}",
		"{subject}{problem}，对方拒不处理",
		"{problem}，维权无果",
		"{subject}{problem}，多次协商无果",
	}
)

// The pools of the business, the consumer and the other details.
var (
	// cities have a weight: the demo associations cover Beijing, Shanghai and Guangdong.
	cities = []struct {
		name, area string
		weight     int
		districts  []district
	}{
		{"北京", "010", 4, []district{{"东城区", "110101"}, {"西城区", "110102"}, {"朝阳区", "110105"}, {"丰台区", "110106"}, {"海淀区", "110108"}, {"通州区", "110112"}, {"大兴区", "110115"}}},
		{"上海", "021", 4, []district{{"黄浦区", "310101"}, {"徐汇区", "310104"}, {"长宁区", "310105"}, {"静安区", "310106"}, {"闵行区", "310112"}, {"宝山区", "310113"}, {"浦东新区", "310115"}}},
		{"广州", "020", 5, []district{{"荔湾区", "440103"}, {"越秀区", "440104"}, {"海珠区", "440105"}, {"天河区", "440106"}, {"白云区", "440111"}, {"番禺区", "440113"}}},
		{"深圳", "0755", 3, []district{{"罗湖区", "440303"}, {"福田区", "440304"}, {"南山区", "440305"}, {"宝安区", "440306"}, {"龙岗区", "440307"}}},
		{"佛山", "0757", 2, []district{{"禅城区", "440604"}, {"南海区", "440605"}, {"顺德区", "440606"}}},
		{"东莞", "0769", 1, []district{{"南城街道", "441900"}, {"东城街道", "441900"}}},
		{"天津", "022", 1, []district{{"和平区", "120101"}, {"河西区", "120103"}, {"南开区", "120104"}}},
		{"重庆", "023", 1, []district{{"渝中区", "500103"}, {"江北区", "500105"}, {"渝北区", "500112"}}},
		{"杭州", "0571", 1, []district{{"上城区", "330102"}, {"拱墅区", "330105"}, {"西湖区", "330106"}, {"滨江区", "330108"}}},
		{"南京", "025", 1, []district{{"玄武区", "320102"}, {"秦淮区", "320104"}, {"鼓楼区", "320106"}, {"江宁区", "320115"}}},
		{"成都", "028", 1, []district{{"锦江区", "510104"}, {"青羊区", "510105"}, {"金牛区", "510106"}, {"武侯区", "510107"}, {"成华区", "510108"}}},
		{"武汉", "027", 1, []district{{"江岸区", "420102"}, {"江汉区", "420103"}, {"武昌区", "420106"}, {"洪山区", "420111"}}},
		{"西安", "029", 1, []district{{"新城区", "610102"}, {"碑林区", "610103"}, {"未央区", "610112"}, {"雁塔区", "610113"}}},
		{"长沙", "0731", 1, []district{{"芙蓉区", "430102"}, {"天心区", "430103"}, {"岳麓区", "430104"}, {"雨花区", "430111"}}},
		{"郑州", "0371", 1, []district{{"中原区", "410102"}, {"二七区", "410103"}, {"金水区", "410105"}}},
		{"青岛", "0532", 1, []district{{"市南区", "370202"}, {"市北区", "370203"}, {"崂山区", "370212"}}},
		{"合肥", "0551", 1, []district{{"瑶海区", "340102"}, {"庐阳区", "340103"}, {"蜀山区", "340104"}, {"包河区", "340111"}}},
		{"厦门", "0592", 1, []district{{"思明区", "350203"}, {"湖里区", "350206"}}},
		{"昆明", "0871", 1, []district{{"五华区", "530102"}, {"盘龙区", "530103"}, {"官渡区", "530111"}}},
		{"沈阳", "024", 1, []district{{"和平区", "210102"}, {"沈河区", "210103"}, {"皇姑区", "210105"}}},
	}
	// tradeNames are the 字号 of the fictional businesses; none is a well-known brand.
	tradeNames = []string{
		"恒达", "鑫源", "华盛", "永康", "瑞丰", "嘉瑞", "金桥", "宏业", "天裕", "益众", "博雅", "锦程",
		"众鑫", "安居", "优品", "康源", "佳美", "百川", "盛世", "启航", "德润", "广源", "聚丰", "新航",
		"宏达", "泰和", "隆盛", "昌盛", "金鼎", "同创", "合兴", "和美", "润泽", "恒茂", "富源", "诚信",
		"鼎盛", "祥和", "星辰", "蓝海", "锦绣", "悦丰", "汇鑫", "嘉诚", "丰泽", "兴隆", "瑞祥", "裕丰",
	}
	shopSuffixes = []string{"旗舰店", "专营店", "官方店", "官方旗舰店", "优选店"}
	surnames     = []string{
		"王", "王", "王", "李", "李", "李", "张", "张", "张", "刘", "刘", "陈", "陈", "杨", "杨", "黄", "赵", "吴", "周",
		"徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯",
		"邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏",
		"吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏",
		"韦", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "段", "雷", "侯", "龙", "史", "陶", "黎",
		"贺", "顾", "毛", "郝", "龚", "邵", "万", "严", "覃", "武", "戴", "莫", "孔", "向", "汤", "欧阳", "司马", "上官",
	}
	maleChars   = []rune("伟强磊军勇杰涛明超华建国斌鹏辉浩宇俊峰志文刚亮健林东海波飞晨博凯鑫彬锋昊轩睿泽振永德成龙新然航")
	femaleChars = []rune("芳娜敏静丽艳娟霞燕婷玲丹萍红琳洁雪慧颖倩欣怡佳梅莉蕾璐晶琴月悦馨雨萱诗涵思梦晓秀兰凤英玉春美")
	elderMale   = []string{"建国", "国华", "德明", "志强", "振华", "永福", "长春", "桂生", "树林", "宝山", "国庆"}
	elderFemale = []string{"秀英", "桂兰", "淑珍", "玉兰", "凤英", "秀兰", "桂芳", "玉珍", "翠花", "素梅", "淑华"}
	// mobilePrefixes are the first three digits of mainland mobile numbers in use.
	mobilePrefixes = []string{
		"130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
		"156", "157", "158", "159", "166", "172", "173", "175", "176", "177", "178", "180", "181", "182", "183",
		"184", "185", "186", "187", "188", "189", "191", "193", "195", "196", "197", "198", "199",
	}
	ageBands    = []string{"under_18", "18-29", "30-44", "45-59", "60+"}
	ageWeights  = []int{4, 25, 36, 21, 14}
	ageSpans    = map[string][2]int{"under_18": {14, 17}, "18-29": {18, 29}, "30-44": {30, 44}, "45-59": {45, 59}, "60+": {60, 82}}
	occupations = map[string][]string{
		"under_18": {"高中生", "中学生", "职高学生"},
		"18-29":    {"大学生", "公司职员", "外卖骑手", "程序员", "护士", "销售"},
		"30-44":    {"公司职员", "个体户", "教师", "工程师", "会计", "网约车司机"},
		"45-59":    {"工人", "个体户", "教师", "出租车司机", "社区工作者", "厨师"},
		"60+":      {"退休教师", "退休工人", "退休职工", "退休干部"},
	}
	evidenceOnline  = []string{"订单截图、付款记录和聊天记录", "聊天记录截图和付款凭证", "订单详情和与客服的对话记录"}
	evidenceOffline = []string{"购物小票和付款记录", "发票、照片和视频", "购物小票和发票"}
	evidenceService = []string{"合同、收据和付款凭证", "协议和付款记录", "付款记录和相关照片"}
	anchors         = []string{"小美好物分享", "阿强严选", "甜甜的好物推荐", "老王说品质", "琳琳爱生活", "大鹏优选", "晓雪的宝藏店", "东北虎哥"}
	claims          = []string{"全网最低价，比超市便宜一半", "厂家直供，假一赔十", "今天只剩最后50单", "家人们闭眼入，质量我打包票", "原价一千多，今天直播间只要零头"}
	supplements     = []string{"康源", "福寿康", "百岁堂", "益年", "安泰", "松鹤", "长青", "寿康宝"}
	games           = []string{"星域传说", "幻境奇缘", "三国英雄志", "萌宠大冒险", "王城霸业", "极速狂飙", "仙侠问情", "机甲风暴"}
	apps            = []string{"极速清理", "漫画小屋", "天天记账", "智能翻译", "壁纸大全", "题题通"}
	projects        = []string{"锦绣花园", "御景华庭", "翡翠湾", "江畔名苑", "书香名邸", "春江花月", "阳光水岸", "紫荆苑", "云栖雅居", "东方名城"}
	crops           = []string{"水稻", "玉米", "柑橘", "葡萄", "西瓜", "辣椒", "小麦"}
	destinations    = []string{"云南", "三亚", "桂林", "张家界", "西藏", "新疆", "泰国", "日本", "九寨沟", "厦门", "贵州"}
	parcels         = []string{"瓷器", "茶叶", "手机", "衣物", "显示器", "中药材"}
	gifts           = []string{"鸡蛋", "挂面", "食用油", "雨伞", "保温杯"}
	payments        = []string{"微信", "支付宝", "银行卡"}
	grades          = []string{"", "", "", "", "", "", "一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "初一", "初二", "初三", "高一", "高二", "高三"}
	plans           = []string{"39", "59", "79", "99", "129", "199"}
)

type district struct{ name, code string }

// gen composes one complaint.
type gen struct {
	r        *rand.Rand
	c        Complaint
	cat      *category
	prod     *product
	st       *story
	ch       *channel
	others   []*story // stories tagged after the one that leads
	online   bool
	platform string
	fen      int64
	city     int
	district district
	trade    string // 字号
	industry string
	store    string
	venue    venue
	female   bool // the consumer
	age      int
	t1, t2   time.Time
	memo     map[string]string
	probs    []problem // chosen problems
}

func newGen(r *rand.Rand, code string, tags []string) *gen {
	g := &gen{r: r, memo: map[string]string{}}
	g.c.Category = code
	if len(tags) > 0 {
		g.c.Tags = slices.Clone(tags)
	}
	g.cat = categories[code]
	if g.cat == nil {
		g.cat = categories["other"]
	}
	for _, t := range tags {
		if t == "hidden_construction" && code == "home_renovation_property" {
			t = "hidden_construction/renovation"
		}
		if s := stories[t]; s != nil {
			if g.st == nil {
				g.st = s
			} else if !slices.Contains(g.others, s) && s != g.st {
				g.others = append(g.others, s)
			}
		}
		if ch := channels[t]; ch != nil && (g.ch == nil || t == "livestream") {
			g.ch = ch
		}
	}
	products := g.cat.products
	if g.ch != nil {
		products = slices.DeleteFunc(slices.Clone(products), func(p product) bool { return p.offline })
	}
	g.prod = &products[r.IntN(len(products))]
	return g
}

func (g *gen) complaint() Complaint {
	g.consumer()
	g.business()
	g.amount()
	g.resolution()
	g.channel()
	g.dates()
	if g.r.Float64() < 0.7 {
		g.c.BusinessUSCC = newCreditCode(g.r, g.district.code)
	}
	g.c.Narrative = g.narrative()
	g.c.Title = g.title()
	return g.c
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func chance(r *rand.Rand, p float64) bool { return r.Float64() < p }

// consumer sets the name, mobile and age band of the consumer who files.
func (g *gen) consumer() {
	r := g.r
	var band string
	switch {
	case g.st == stories["minors_gaming"] || slices.Contains(g.others, stories["minors_gaming"]):
		band = pick(r, []string{"30-44", "30-44", "30-44", "45-59"})
	case g.st == stories["elderly_health"]:
		band = pick(r, []string{"60+", "60+", "60+", "45-59", "45-59", "30-44"})
	default:
		w := slices.Clone(ageWeights)
		if !g.cat.minors || g.st != nil {
			w[0] = 0
		}
		if g.cat == categories["health_products"] {
			w[4] *= 3
		}
		band = ageBands[weighted(r, w)]
	}
	g.c.AgeBand, g.c.IsMinor = band, band == "under_18"
	span := ageSpans[band]
	g.age = span[0] + r.IntN(span[1]-span[0]+1)
	g.female = chance(r, 0.5)
	g.c.ConsumerName = g.name()
	g.c.ConsumerMobile = pick(r, mobilePrefixes) + digits(r, 8)
}

// name composes a Chinese full name; older consumers get names of their generation.
func (g *gen) name() string {
	r := g.r
	s := pick(r, surnames)
	if g.age >= 60 && chance(r, 0.6) {
		if g.female {
			return s + pick(r, elderFemale)
		}
		return s + pick(r, elderMale)
	}
	chars := maleChars
	if g.female {
		chars = femaleChars
	}
	given := string(pick(r, chars))
	if len([]rune(s)) == 1 && chance(r, 0.7) || len([]rune(s)) == 2 && chance(r, 0.3) {
		given += string(pick(r, chars))
	}
	return s + given
}

func weighted(r *rand.Rand, w []int) int {
	total := 0
	for _, x := range w {
		total += x
	}
	n := r.IntN(total)
	for i, x := range w {
		if n < x {
			return i
		}
		n -= x
	}
	return len(w) - 1
}

func digits(r *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + r.IntN(10))
	}
	return string(b)
}

// business names the business: city, 字号, industry, 有限公司.
func (g *gen) business() {
	r := g.r
	w := make([]int, len(cities))
	for i, c := range cities {
		w[i] = c.weight
	}
	g.city = weighted(r, w)
	g.district = pick(r, cities[g.city].districts)
	g.trade = pick(r, tradeNames)
	industries, stores := g.cat.industries, g.cat.stores
	if g.prod.industries != nil {
		industries = g.prod.industries
	}
	if g.prod.stores != nil {
		stores = g.prod.stores
	}
	switch {
	case g.st == stories["prepaid"]:
		keys := venuesOf[g.c.Category]
		if keys == nil {
			keys = allVenues
		}
		g.venue = venues[pick(r, keys)]
		industries, stores = g.venue.industries, g.venue.stores
	case g.st != nil:
		industries, stores = g.st.industries, g.st.stores
	}
	g.industry = pick(r, industries)
	g.store = g.trade + pick(r, stores)
	city := cities[g.city].name
	if chance(r, 0.7) {
		city += "市"
	}
	name := city + g.trade + g.industry + "有限公司"
	if chance(r, 0.1) {
		name = city + g.trade + g.industry + "有限责任公司"
	}
	if d := g.district.name; chance(r, 0.08) && strings.HasSuffix(d, "区") {
		name += strings.TrimSuffix(strings.TrimSuffix(d, "新区"), "区") + "分公司"
	}
	g.c.BusinessName = name
}

// amount sets the amount involved: log-uniform in the range, rounded to a
// price a shop would ask.
func (g *gen) amount() {
	r := g.r
	lo, hi := g.cat.minYuan, g.cat.maxYuan
	switch {
	case g.st != nil:
		lo, hi = g.st.minYuan, g.st.maxYuan
	case g.prod.maxYuan > 0:
		if g.prod.minYuan > 0 {
			lo = g.prod.minYuan
		}
		hi = g.prod.maxYuan
	}
	if g.st == nil && chance(r, g.cat.zeroShare) {
		return
	}
	g.fen = roundPrice(r, lo, hi, math.Exp(math.Log(lo)+r.Float64()*(math.Log(hi)-math.Log(lo))))
	g.c.AmountFen = g.fen
}

// roundPrice rounds y yuan to a plausible price in fen within [lo, hi] yuan.
func roundPrice(r *rand.Rand, lo, hi, y float64) int64 {
	var yuan float64
	switch {
	case y < 100:
		yuan = math.Round(y*10) / 10
		if chance(r, 0.5) {
			yuan = math.Floor(y) + 0.9
		}
	case y < 1000:
		yuan = math.Round(y)
		if chance(r, 0.5) {
			yuan = math.Floor(y/10)*10 + 9
		}
	case y < 20000:
		yuan = math.Round(y/10) * 10
		if chance(r, 0.5) {
			yuan--
		}
	default:
		yuan = math.Round(y/100) * 100
		if chance(r, 0.4) {
			yuan = math.Round(y/1000) * 1000
		}
	}
	yuan = min(max(yuan, lo), hi)
	return int64(math.Round(yuan * 100))
}

// resolution picks what the consumer wants; with no amount, not a refund.
func (g *gen) resolution() {
	pool := g.cat.resolutions
	if g.st != nil {
		pool = g.st.resolutions
	}
	res := pick(g.r, pool)
	for g.fen == 0 && res == "refund" {
		res = pick(g.r, []string{"apologize", "fulfil", "other", "compensate", pick(g.r, pool)})
	}
	g.c.DesiredResolution = res
}

// channel decides whether the purchase was made online and where.
func (g *gen) channel() {
	r := g.r
	switch {
	case g.ch != nil:
		g.online, g.platform = true, pick(r, g.ch.platforms)
	case g.st != nil:
		if g.st.platforms != nil && chance(r, 0.3) {
			g.online, g.platform = true, pick(r, g.st.platforms)
		}
	case !g.prod.offline && chance(r, g.cat.onlineShare):
		g.online, g.platform = true, pick(r, g.cat.platforms)
	}
	if g.online {
		g.c.Platform = g.platform
	}
}

// dates sets when it was bought (t1) and when it went wrong or was taken up (t2),
// between 2025 and the autumn of 2026.
func (g *gen) dates() {
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	g.t1 = start.AddDate(0, 0, g.r.IntN(640))
	g.t2 = g.t1.AddDate(0, 0, 3+g.r.IntN(80))
}

// date formats t as a consumer would write it, assuming they write in 2026.
func (g *gen) date(t time.Time, second bool) string {
	y, m, d := t.Year(), int(t.Month()), t.Day()
	day := strconv.Itoa(m) + "月" + strconv.Itoa(d) + "日"
	if second && y == g.t1.Year() {
		return day
	}
	switch g.r.IntN(8) {
	case 0:
		if y == 2026 {
			return "今年" + strconv.Itoa(m) + "月"
		}
		return "去年" + strconv.Itoa(m) + "月"
	case 1:
		return strconv.Itoa(y) + "年" + strconv.Itoa(m) + "月" + pick(g.r, []string{"初", "中旬", "底", "下旬"})
	case 2:
		if !second {
			return pick(g.r, []string{"上个月", "前段时间", "上个月初"})
		}
	}
	return strconv.Itoa(y) + "年" + day
}

// narrative composes the narrative from its parts, in one of a few orders.
func (g *gen) narrative() string {
	r := g.r
	var parts []string
	add := func(pool []string) { parts = append(parts, g.expand(g.pickUsable(pool))) }
	g.probs = g.chooseProblems()
	situation := g.expand(g.pickUsable(g.situations()))
	switch x := r.Float64(); {
	case x < 0.2:
		add(hooks)
	case x < 0.55:
		pool := intros
		if strings.Contains(situation, "岁") { // the age is told already
			pool = slices.DeleteFunc(slices.Clone(pool), func(s string) bool { return strings.Contains(s, "{age}") })
		}
		add(pool)
	}
	parts = append(parts, situation)
	if g.ch != nil && g.st != nil {
		parts = append(parts, g.expand(g.ch.mention))
	}
	for i, p := range g.probs {
		lead := pick(r, problemJoins)
		if i == 0 {
			lead = pick(r, problemLeads)
			if g.st != nil {
				lead = pick(r, g.st.leads)
			}
		}
		parts = append(parts, lead+g.expand(p.text)+"。")
	}
	for _, s := range g.others {
		parts = append(parts, g.expand(s.mention))
	}
	if chance(r, 0.3) {
		pool := judgements
		if g.st == nil && g.cat.goods {
			pool = append(slices.Clone(pool), goodsJudgements...)
		}
		add(pool)
	}
	evidence := chance(r, 0.3)
	if evidence && chance(r, 0.5) {
		add(evidences)
		evidence = false
	}
	resp := responses
	if g.online {
		resp = append(slices.Clone(resp), onlineResponses...)
	}
	if g.st == nil && g.cat.goods {
		resp = append(slices.Clone(resp), goodsResponses...)
	}
	if g.st != nil {
		resp = append(slices.Clone(resp), g.st.responses...)
		resp = append(resp, g.st.responses...)
	}
	action, answer := g.expand(g.pickUsable(actions)), g.expand(g.pickUsable(resp))
	if chance(r, 0.5) {
		answer = pick(r, responseLeads) + answer
	}
	parts = append(parts, action, answer)
	if evidence {
		add(evidences)
	}
	demand := g.expand(g.pickUsable(demandSentences))
	for strings.Count(demand, "《消费者权益保护法》") > 1 {
		delete(g.memo, "demand")
		demand = g.expand(g.pickUsable(demandSentences))
	}
	parts = append(parts, demand)
	if !strings.Contains(demand, "贵会") && chance(r, 0.5) {
		add(closings)
	}
	return strings.Join(parts, "")
}

// situations is the pool of purchases that fits the complaint.
func (g *gen) situations() []string {
	switch {
	case g.st != nil:
		return g.st.situations
	case g.ch != nil && g.ch.situations != nil:
		return g.ch.situations
	case g.online && g.cat.onlineSituations != nil:
		return g.cat.onlineSituations
	case !g.online && g.cat.situations != nil:
		return g.cat.situations
	case g.online && g.cat.goods:
		return onlineGoodsSituations
	case g.online:
		return onlineServiceSituations
	case g.cat.goods:
		return shopGoodsSituations
	}
	return shopServiceSituations
}

// chooseProblems picks one or two problems: the first is often the product's
// own or the channel's, the second any other that fits.
func (g *gen) chooseProblems() []problem {
	r := g.r
	fits := func(ps []problem) []problem {
		return slices.DeleteFunc(slices.Clone(ps), func(p problem) bool { return !g.usable(p.text) })
	}
	if g.st != nil {
		out := []problem{pick(r, fits(g.st.problems))}
		if more := fits(g.st.more); chance(r, 0.7) && len(more) > 0 {
			out = append(out, pick(r, more))
		}
		return out
	}
	var own, all []problem
	switch {
	case g.ch != nil && chance(r, 0.5):
		own = g.ch.problems
	case chance(r, 0.7):
		own = g.prod.problems
	}
	all = slices.Clone(g.prod.problems)
	if !g.prod.only {
		all = append(all, g.cat.problems...)
	}
	if g.ch != nil {
		all = append(all, g.ch.problems...)
	}
	first := fits(own)
	if len(first) == 0 {
		first = fits(all)
	}
	if len(first) == 0 {
		first = all
	}
	out := []problem{pick(r, first)}
	if chance(r, 0.55) && !aloneProblems[out[0].short] {
		twoPrices := strings.Contains(out[0].text, "{price}")
		rest := slices.DeleteFunc(fits(all), func(p problem) bool {
			return p.short == out[0].short || aloneProblems[p.short] || twoPrices && strings.Contains(p.text, "{price}")
		})
		if len(rest) > 0 {
			out = append(out, pick(r, rest))
		}
	}
	return out
}

// aloneProblems are the problems (by their short) that leave no room for a second:
// what was never delivered cannot also be broken.
var aloneProblems = map[string]bool{
	"未收到货": true, "丢失": true, "订单被单方面取消": true, "到店无房": true, "演出取消不全额退款": true,
	"拒绝入场": true, "拒绝退票": true, "物流长期不更新": true, "逾期交房": true, "单方面取消行程": true,
	"酒店单方面违约": true, "直播间关闭商家失联": true,
}

// usable reports whether a text fits the amount: texts that show it need one.
func (g *gen) usable(s string) bool {
	return g.fen > 0 || !strings.Contains(s, "{price}") && !strings.Contains(s, "{$}") && !strings.Contains(s, "{bonus}")
}

func (g *gen) pickUsable(pool []string) string {
	ok := slices.DeleteFunc(slices.Clone(pool), func(s string) bool { return !g.usable(s) })
	if len(ok) == 0 {
		return pick(g.r, pool)
	}
	return pick(g.r, ok)
}

// title composes a title of at most 40 runes.
func (g *gen) title() string {
	pool := titlePatterns
	if g.st != nil {
		pool = g.st.titles
	}
	for range 5 {
		t := g.expand(g.pickUsable(pool))
		if n := utf8.RuneCountInString(t); n >= 4 && n <= 40 {
			return t
		}
	}
	return g.expand("{subject}{problem}")
}

// expand fills in the placeholders of s.
func (g *gen) expand(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		b.WriteString(g.value(s[i+1 : i+j]))
		s = s[i+j+1:]
	}
}

// value is the text of a placeholder. Small counts are drawn anew at each use;
// everything else is drawn once per complaint.
func (g *gen) value(key string) string {
	r := g.r
	switch key {
	case "$":
		return ""
	case "days":
		return strconv.Itoa(2 + r.IntN(29))
	case "n":
		return strconv.Itoa(2 + r.IntN(4))
	case "months":
		return strconv.Itoa(2 + r.IntN(10))
	case "pct":
		return strconv.Itoa(10 + 5*r.IntN(9))
	}
	if v, ok := g.memo[key]; ok {
		return v
	}
	v := g.draw(key)
	g.memo[key] = v
	return v
}

// draw draws the value of a placeholder that stays the same within a complaint.
func (g *gen) draw(key string) string {
	r := g.r
	city := cities[g.city]
	switch key {
	case "date":
		return g.date(g.t1, false)
	case "date2":
		return g.date(g.t2, true)
	case "deliver":
		end := time.Date(g.t1.Year(), g.t1.Month()+1, 0, 0, 0, 0, 0, time.UTC)
		return end.Format("2006年1月2日")
	case "year":
		return strconv.Itoa(g.t1.Year() - 1 - r.IntN(4))
	case "price":
		return formatYuan(g.fen)
	case "fee":
		base := float64(g.fen) / 100
		if base == 0 {
			base = 300
		}
		return strconv.FormatInt(niceNumber(max(10, base*(0.05+0.3*r.Float64()))), 10)
	case "comp":
		base := float64(g.fen) / 100
		if base == 0 {
			base = 500 + float64(r.IntN(2000))
		}
		return strconv.FormatInt(niceNumber(base*(1+2*r.Float64())), 10) + "元"
	case "coupon":
		return pick(r, []string{"5", "10", "20", "30", "50", "100"})
	case "bonus":
		return strconv.FormatInt(max(100, niceNumber(float64(g.fen)/100*0.2)/100*100), 10) + "元"
	case "item":
		text := g.prod.text
		return g.expand(text)
	case "short":
		return g.prod.short
	case "verb":
		if g.prod.verb != "" {
			return g.prod.verb
		}
		return "购买了"
	case "subject":
		if g.st != nil {
			return ""
		}
		return g.prod.short
	case "problem":
		return g.probs[0].short
	case "demand":
		res := g.c.DesiredResolution
		pool := demands[res]
		if g.st == nil && g.cat.goods {
			pool = append(slices.Clone(pool), goodsDemands[res]...)
		}
		if extra := g.cat.demands[res]; extra != nil && g.st == nil {
			pool = append(append(slices.Clone(pool), extra...), extra...)
		}
		return g.expand(g.pickUsable(pool))
	case "demandShort":
		return demandShorts[g.c.DesiredResolution]
	case "biz":
		return g.c.BusinessName
	case "bizShort":
		return g.trade + g.industry
	case "store":
		return g.store
	case "shop":
		base := strings.TrimSuffix(strings.TrimSuffix(g.store, "专卖店"), "专营店")
		if strings.HasSuffix(base, "店") || strings.HasSuffix(base, "厅") {
			base = g.trade + g.industry
		}
		return base + pick(r, shopSuffixes)
	case "city":
		return city.name + "市"
	case "district":
		return g.district.name
	case "homeCity":
		return cities[g.homeCity()].name + "市"
	case "homeDistrict":
		return pick(r, cities[g.homeCity()].districts).name
	case "platform":
		if g.platform != "" {
			return g.platform
		}
		return "某电商平台"
	case "order":
		if !g.online || chance(r, 0.5) {
			return ""
		}
		return "（订单号：" + strconv.Itoa(1+r.IntN(9)) + digits(r, 15+r.IntN(4)) + "）"
	case "hotline":
		if chance(r, 0.5) {
			return "400-" + digits(r, 3) + "-" + digits(r, 4)
		}
		return city.area + "-" + strconv.Itoa(2+r.IntN(7)) + digits(r, 7)
	case "contact":
		if g.st != nil {
			return g.expand(pick(r, g.st.contacts))
		}
		if g.online {
			return g.expand(pick(r, []string{"商家客服", "{platform}客服", "店铺客服和{platform}客服", "“{shop}”的在线客服"}))
		}
		return g.expand(pick(r, []string{"对方客服", "{biz}的客服（电话{hotline}）", "“{store}”的负责人", "对方的售后部门（电话{hotline}）"}))
	case "evidence":
		if g.st != nil && g.st.evidence != nil {
			return pick(r, g.st.evidence)
		}
		if g.cat.evidence != nil && g.st == nil {
			return pick(r, g.cat.evidence)
		}
		switch {
		case g.online:
			return pick(r, evidenceOnline)
		case g.cat.goods && g.st == nil:
			return pick(r, evidenceOffline)
		}
		return pick(r, evidenceService)
	case "name":
		return g.c.ConsumerName
	case "age":
		return strconv.Itoa(g.age)
	case "occupation":
		if g.cat.occupations != nil && g.c.AgeBand != "under_18" && g.st == nil {
			return pick(r, g.cat.occupations)
		}
		return pick(r, occupations[g.c.AgeBand])
	case "model":
		letters := "ABCDEFGHKMNPRSTXZ"
		m := string(letters[r.IntN(len(letters))])
		if chance(r, 0.5) {
			m += string(letters[r.IntN(len(letters))])
		}
		m += "-" + strconv.Itoa(100*(1+r.IntN(99)))
		if chance(r, 0.3) {
			m += pick(r, []string{"Pro", "S", "Max", "E"})
		}
		return m
	case "project":
		return pick(r, projects)
	case "building":
		return strconv.Itoa(1 + r.IntN(28))
	case "area":
		return strconv.Itoa(60 + r.IntN(90))
	case "housePrice":
		return strconv.Itoa(80 + r.IntN(420))
	case "sqm":
		return strconv.FormatFloat(float64(15+r.IntN(50))/10, 'f', 1, 64)
	case "km":
		return strconv.Itoa(3 + r.IntN(12))
	case "grams":
		return strconv.FormatFloat(float64(50+r.IntN(300))/10, 'f', 1, 64)
	case "carat":
		return strconv.FormatFloat(float64(30+r.IntN(90))/100, 'f', 2, 64)
	case "supp":
		return pick(r, supplements)
	case "crop":
		return pick(r, crops)
	case "years":
		return pick(r, []string{"10", "15", "20", "30"})
	case "plan":
		return pick(r, plans)
	case "dest":
		return pick(r, destinations)
	case "tables":
		return strconv.Itoa(8 + r.IntN(23))
	case "people":
		return strconv.Itoa(2 + r.IntN(5))
	case "rate":
		return strconv.Itoa(6 + r.IntN(7))
	case "rate2":
		return strconv.Itoa(36 + r.IntN(25))
	case "goods":
		return pick(r, parcels)
	case "app":
		return pick(r, apps)
	case "gift":
		return pick(r, gifts)
	case "anchor":
		return pick(r, anchors)
	case "claim":
		return pick(r, claims)
	case "game":
		return pick(r, games)
	case "child":
		return pick(r, []string{"儿子", "女儿"})
	case "childAge":
		return strconv.Itoa(7 + r.IntN(10))
	case "grade":
		age, _ := strconv.Atoi(g.value("childAge"))
		return grades[age]
	case "payment":
		return pick(r, payments)
	case "relative":
		if g.c.AgeBand == "60+" {
			return "老人"
		}
		return pick(r, []string{"父亲", "母亲"})
	case "who":
		if rel := g.value("relative"); rel != "老人" {
			return "我" + rel
		}
		return "我"
	case "he":
		switch g.value("relative") {
		case "父亲":
			return "他"
		case "母亲":
			return "她"
		}
		return "我"
	case "godparent":
		rel := g.value("relative")
		if rel == "母亲" || rel == "老人" && g.female {
			return "干妈"
		}
		return "干爸"
	case "elderAge":
		if g.c.AgeBand == "60+" {
			return strconv.Itoa(g.age)
		}
		return strconv.Itoa(68 + r.IntN(18))
	case "venue":
		return g.venue.name
	case "card":
		return g.expand(pick(r, g.venue.cards))
	}
	return "{" + key + "}"
}

// homeCity is the consumer's city, mostly the business's.
func (g *gen) homeCity() int {
	if v, ok := g.memo["homeCityIndex"]; ok {
		i, _ := strconv.Atoi(v)
		return i
	}
	i := g.city
	if chance(g.r, 0.3) {
		i = g.r.IntN(len(cities))
	}
	g.memo["homeCityIndex"] = strconv.Itoa(i)
	return i
}

// formatYuan writes an amount in fen as a consumer would: 1299元, 38.5元.
func formatYuan(fen int64) string {
	if fen%100 == 0 {
		return strconv.FormatInt(fen/100, 10) + "元"
	}
	return strconv.FormatFloat(float64(fen)/100, 'f', -1, 64) + "元"
}

// niceNumber rounds y to two significant digits.
func niceNumber(y float64) int64 {
	if y < 100 {
		return int64(math.Round(y))
	}
	p := math.Pow(10, math.Floor(math.Log10(y))-1)
	return int64(math.Round(y/p) * p)
}

// creditCodeChars lists the characters of a unified social credit code in value
// order (GB 32100-2015).
const creditCodeChars = "0123456789ABCDEFGHJKLMNPQRTUWXY"

var creditCodeWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// newCreditCode makes a valid unified social credit code of a company (91) in the
// division: the organization code is either a newer MA… code or eight digits with
// their GB 11714 check character.
func newCreditCode(r *rand.Rand, division string) string {
	var b strings.Builder
	b.WriteString("91")
	b.WriteString(division)
	if chance(r, 0.6) {
		b.WriteString("MA")
		for range 7 {
			b.WriteByte(creditCodeChars[r.IntN(len(creditCodeChars))])
		}
	} else {
		org := digits(r, 8)
		sum := 0
		for i, w := range []int{3, 7, 9, 10, 5, 8, 4, 2} {
			sum += int(org[i]-'0') * w
		}
		check := "0123456789X0"[11-sum%11]
		b.WriteString(org)
		b.WriteByte(check)
	}
	s := b.String()
	sum := 0
	for i, w := range creditCodeWeights {
		sum += strings.IndexByte(creditCodeChars, s[i]) * w
	}
	return s + string(creditCodeChars[(31-sum%31)%31])
}
