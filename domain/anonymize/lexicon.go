package anonymize

import (
	"strings"
	"unicode/utf8"
)

// The lexicon: which Han characters can start or continue which kind of personal data.
// Every Han character of the text is looked up once in runeFlags, so the scanner only
// does real work where a surname, a cue word, a plate province or an address suffix stands.

const (
	hanFirst = 0x4E00
	hanLast  = 0x9FFF
)

const (
	fSurname     uint16 = 1 << iota // a single-character surname
	fCompound                       // the first character of a compound surname
	fNameCue                        // the first character of a cue word before a person's name
	fProvince                       // a licence plate's province abbreviation
	fAddrAnchor                     // may end a street-level address component
	fAmbiguous                      // a surname that is also a common word character
	fGiven                          // a common given-name character
	fStop                           // cannot stand in a given name in running text
	fAdminSuffix                    // 省 市 区 县 镇 乡 旗
	fAddrStop                       // cannot stand in a place name in running text
	fNumeral                        // a Chinese numeral, as in 三单元 or 十二栋
	fBrand                          // the first character of a brand that looks like a name
	fTitle                          // the first character of a title after a surname (老板, 医生)
	fT2S                            // a Traditional character with a Simplified form
)

var runeFlags [hanLast - hanFirst + 1]uint16

// hanFlags returns the flags of r, 0 for anything that is not a common Han character.
func hanFlags(r rune) uint16 {
	if r < hanFirst || r > hanLast {
		return 0
	}
	return runeFlags[r-hanFirst]
}

func isHan(r rune) bool { return r >= hanFirst && r <= hanLast }

// singleSurnames are about 300 of the commonest surnames, most frequent first. Surnames
// that are far more often function words (和, 向, 由, 位, 都) are left out: 我和先生,
// 这位女士 and 向经理反映 must not become names.
const singleSurnames = "洪赖步萧阎蒯訾滑宦冼荀毋酆钮郇钭庹苍侍鄂丘亓逄郦笪谯隗佴郗琚芈仉缑闾蓟邴邗郁禚殳茆桓羿桑郏厍宓栾倪王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻厉伊仝郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬扈晁芮阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况宿鲜印逯隆茹诸战慕危玉银亢嵇哈湛宾戎勾茅於呼揭尉冶斯束檀衣展阴昝智幸奉植衡富尧闭"

// compoundSurnames are the common two-character surnames.
var compoundSurnames = strings.Fields("淳于 单于 欧阳 司马 诸葛 上官 司徒 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 夏侯 轩辕 端木 南宫 西门 独孤 澹台 公冶 申屠 太史 闻人 呼延 百里 东郭 万俟 钟离 赫连 拓跋 左丘 第五 谷梁 羊舌 微生 梁丘 颛孙 乐正 漆雕")

// ambiguousSurnames are surnames that also work as ordinary word characters (向我, 于是,
// 马上, 方面, 那边); after one of them the next character must be a common given-name
// character before the pair is taken for a name.
const ambiguousSurnames = "史于向曾常方高马安万文全时明连白金成石江齐程原关司任尚师戴解应包管查车计费付单左和都来平国门相初信公利由但干元居位海花强云容敬普那修展智幸富区乐南楼阳农简项景党宫冷宗边商沙荣丛仲池麻官封谈惠荆燕劳皮满闻伊权帅豆盖练井祖巴丰支伏鹿薄羊乌母印隆战危玉银呼揭束衣阴植衡尧闭路游华房古吉米卫宁甘兰柳梅童苗谷盛曲蓝辛柴蒙席晏卜朴鲜宿况亢湛宾勾茅於斯檀奉农盘粟蔺诸慕"

// givenChars are characters common in given names. They decide whether the third
// character after a surname still belongs to the name, and whether an ambiguous
// surname starts a name at all.
const givenChars = "辰宸沐朵斐韬盈语青圆诺馨依彤铄茂伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉文辉建国志红金兰凤梅林斌鹏飞波宇浩凯健俊帆帅旭宁龙欣颖琳晶雪燕婷慧莉萍玲丹倩佳蕾璐琪嘉瑶怡悦彤萱涵轩泽博睿昊晨阳然航子梓若诗雨思可一天海峰松柏成荣新春秋冬夏生福贵发财富德仁义礼智信忠孝勤俭安乐康泰顺利祥瑞兴旺盛昌隆鑫鸿达远清正光耀宏豪英雄武威振东南西北中京川江河湖山石岩森木竹菊荷莲花芬芸莹艺媛婉娇妍姗妮娅婧婕菲薇蓉茜蓓露霏霖雯瑾璇珊琴瑜珍珠宝爱心美惠淑贤良善贞雅素洁晓小少永长世家立树保卫民兵亮彬楠鹤翔坤乾钧铭锋锐钢铁键毅骏驰腾跃晖曦昕昱晟暄炜烨煜熠鸣翠菁琦妙纯星月云风雷虹彩景逸哲皓钰瀚澄洪沛泉源淼渊潇潮溪鑫焱野者兆庆喜乐福禄寿双全会根友仙凡冰清霜岚歌舒畅晴朗锦绣秀丽婷婷晗昭朝阳旦曙晋益谦逊诚毅勋章武斌杉桐梧桦枫榕柳杨桃李梨杏樱桂蕙芝兰芷若蘅萌蒙朦胧韵律琴棋书画墨砚笔琛琮瑛璋璟瑄琰琨珏玮珂珺瑶瑗瑞璐莎娴婵娥媚姿娣娉婕嫣嫦娟嫚培基增垚均坚城堂奎圣在存孟季仲伯叔萍蓬莉苓茹荔莺鹃鸾鹰雁鸥凤麟骐骥驹骁腾达迪道远进运遥逸通适遇迎"

// nameStopChars cannot follow a surname as a given name in running text: function words,
// pronouns and the verbs that follow a name (客服说, 经理称, 店员让).
const nameStopChars = "买收带骗卖推借欠跑签转退用打派之喺话讲说称道表回告让要态电人部的了在是和与及也就又还都却给把被对跟不没已再才先后等着过来去到从很便即并会能请帮问答拒联处负我你他她它们这那此其该某今昨以因所如虽但而或于向吗呢吧啊呀哦嗯得地些每各无非未将当竟仍均皆只仅拿叫"

// nameStopWords end a name: what commonly follows a name that starts with a character
// that could also be a given name (张伟明天 is 张伟 + 明天).
var nameStopWords = strings.Fields(`先生 女士 小姐 经理 师傅 老师 阿姨 叔叔 大爷 大妈 老人 同学 医生 律师 老板 总监 主管
明天 明确 明显 明白 今天 昨天 当时 当场 当天 当即 一直 一再 一次 一起 一样 马上 立即 立刻 随后 随即 事后 多次
再次 声称 解释 介绍 推荐 保证 认为 觉得 直接 竟然 居然 始终 反复 仍然 依然 坚持 坚称 主动 亲自 专门 特意 私下 口头
承认 确认 通知 建议 安排 发现 看到 得知 知道 收到 提出 提供 负责 处理 核实 查询 登记 签字 签收 表态 致歉 道歉
赔偿 退款 退货 换货 维修 上门 联系 沟通 协商 答复 回电 来电 致电 电话 微信 短信 邮件 同意 拒绝 承诺 答应 表示
回复 告诉 要求 态度 人员 部门 可以 以为 只是 现场 购买 销售 办理 送货 安装 检测 检查 更换 退还 支付 收取 扣除
出具 开具 填写 上报 反映 投诉 举报 起诉 报警 报案 离职 辞职 工号 本人 自己 身份 手机 家住 住在 地址 多年 多岁
年龄 今年 去年 前年 早上 上午 中午 下午 晚上 凌晨 夜里 周一 周二 周三 周四 周五 周六 周日 每天 天天 一天 两天`)

// nameExclusions are surname + character pairs that are ordinary words (马上, 高度, 方面):
// never names after a cue.
var nameExclusions = strings.Fields(`扣扣 马上 高度 高级 高价 高于 方面 方式 方法 方便 方案 常常 常规 常年 万一 万元 于是 安排 安全 安装 安心 安慰
文件 文字 文明 程序 金额 白天 毛病 任何 任意 齐全 全部 全额 全程 全款 全新 时间 时候 明确 明显 明天 关于 关系 关注 关闭
原因 原来 原价 原本 连续 连忙 成功 成本 司机 单位 单据 单号 付款 费用 计划 车辆 包装 包括 管理 查询 查看 解释 解决
应该 应当 都是 都说 来电 来到 平台 平时 平安 国家 门店 相关 相应 初步 信息 信用 公司 公开 利用 利息 由于 但是 干净
元旦 居然 位置 海报 花费 强调 强制 普通 那边 那个 修理 展示 智能 幸亏 区域 乐意 南方 楼下 楼上 阳台 农村 简单 项目
景区 冷气 边上 商品 商家 商场 沙发 官方 满意 权利 权益 盖章 丰富 支付 支持 银行 衣服 路上 路线 游戏 华为 房子 房屋
房间 卫生 宁可 东西 于今 向我 向他 向她 向其 曾经 和解 石材 江湖 成年 成人 时期 连锁 任职 齐备 明细 章程 宋体
金卡 金牌 高管 高层 方才 常见 安好 文员 全职 程度 司法 费率 包邮 管家 车主 戴上 杜绝 魏某 于某 平均`)

// nameCues precede a person's name: 我叫张伟, 客服李娜说, 收件人：王芳.
var nameCues = strings.Fields(`我叫 我（ 我( 本人（ 本人 名叫 叫做 姓名 名字 客服 经理 店员 业务员 销售 主播 店长 师傅 联系人 收件人 收货人 寄件人
投诉人 被投诉人 申请人 当事人 代理人 委托人 经办人 负责人 法定代表人 法人代表 法人 老板 导购 顾问 教练 医生 护士 律师 老师
司机 骑手 快递员 配送员 维修工 维修员 技师 安装工 工作人员 员工 儿子 女儿 丈夫 妻子 老公 老婆 爱人 父亲 母亲 爸爸
妈妈 孩子 朋友 同事 邻居 签收人 持卡人 户主 车主 租客 房东 中介 家属 售货员 营业员 收银员 接线员 专员 主管 客户经理
销售员 推销员 售后员 服务员 安装员 理财经理 讲师 美容师 理发师 设计师 工程师 技术员 管家 监理 班主任 医师 药师
消费者 顾客 客户 用户 会员 患者 学员 家长 乘客 旅客 业主 住户 我是 我系 我姓 本人 大名 全名 户名 中文名 英文名 签收人 入住人 乘机人
订票人 订房人 机主 经手人 群主 网格员 验光师 导游 职员 孙女 孙子 外孙 外孙女 老伴 我妈 我爸 我爸爸 我妈妈 我母亲 我父亲 爷爷 奶奶
外婆 外公 姥姥 姥爷 其子 其女 个仔 个女 女婿 儿媳 合伙人 店主 室友 男友 女友 男朋友 女朋友 舅舅 姑姑 阿姨 叔叔 表哥 表姐 弟弟
妹妹 哥哥 姐姐 包工头 工长 监工 保姆 护工 私教 会籍顾问 美容顾问 理疗师 推销员 主管 负责人 联系人 承办人 调解员 持有人 开户名
买家 卖家 工头 摊主 团长 大伯 二伯 大姨 小姨 二姨 大舅 小舅 姑妈 姨妈 表弟 表妹 堂哥 堂弟 堂姐 堂妹 侄子 侄女 外甥 外甥女
买方 卖方 组长 小组长 村长 支书 红娘 经纪人 叫 社工 宝妈 宝爸 付款人 收款人 转账人 老乡 工友 学生 组团人 领队 队员 真名 本名 原名 真名叫 实名叫 名： 新娘 新郎 网友 推销人 申索人 被申索人 被申请人 阿公 阿嬷 阿婆 阿伯 阿爸 阿妈 我仔 个仔 我女 太太 受害人
叫 车贩子 中介 房东 租客 司仪 代理 经纪 助理 讲师 班主任 家属 住户 收款人 付款人 转账人 对方 个体户 之女 之子 之妻 之夫 之母 之父`)

// nameCueLinks may stand between a cue and the name (投诉人姓名：张伟, 客服人员李娜).
var nameCueLinks = strings.Fields("： : 是 为 叫 名叫 叫做 人员 姓名 名字 （ ( “ \" ” 」 「")

// surnameHonorifics after a surname make a name of it even without a known party (王先生).
var surnameHonorifics = strings.Fields("先生 女士 小姐 阿姨 叔叔 大爷 大妈 经理 师傅 老师 某某 某")

// partyHonorifics after a known party's surname (张老人, 张总).
var partyHonorifics = strings.Fields("先生 女士 小姐 老人 阿姨 叔叔 大爷 大妈 奶奶 爷爷 某某 某 老师 师傅 经理 总 姐 哥 老板 同学 医生 律师")

// plateProvinces are the province abbreviations of licence plates.
const plateProvinces = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"

// addrStopChars cannot stand in a place name: function words and the verbs before an
// address (住在, 寄到, 位于, 投诉).
const addrStopChars = "喺亏进映的了在住到于至往从是与及把被给向去来送寄发搬址位我你他她它们这那该本此某其每各个就也还又很不没着并且而但或让叫说称为对等后内旁近处诉购买经过籍离返找见您线站因所如若即整周附隔壁号"

// chineseNumerals may number a building or a unit (三单元, 十二栋).
const chineseNumerals = "一二三四五六七八九十百零〇两"

// Address component suffixes, longest first within each list.
var (
	// roadSuffixes end a street: 体育西路, 长安街, 深南大道.
	roadSuffixes = strings.Fields("大道 大街 胡同 路 街 巷")
	// estateSuffixes end a residential or building complex: 碧水小区, 天河大厦.
	estateSuffixes = strings.Fields("小区 花园 家园 公寓 大厦 新村 社区 广场 山庄 苑 村 邨")
	// numberSuffixes end a numbered component: 123号, 3栋, 2单元, 1501室.
	numberSuffixes = strings.Fields("号楼 号院 号房 号铺 号舖 单元 号 弄 巷 段 栋 幢 座 室 楼 层 组 社 期 房 铺 门 户 邻 街")
	// namedTailSuffixes end a named component after the first one: …123号天河大厦B座.
	namedTailSuffixes = strings.Fields("大道 大街 街道 胡同 小区 花园 家园 公寓 大厦 新村 社区 广场 山庄 商城 中心 大楼 公馆 写字楼 宿舍 路 街 巷 弄 苑 村 邨 园 城 府 院 座 楼 门 塔")
	// adminSuffixes end a region: 广东省, 天河区, 石牌街道.
	adminSuffixes = strings.Fields("特别行政区 自治区 自治州 自治县 开发区 高新区 新区 街道 省 市 区 县 镇 乡 旗 州")
	// addrExclusions are words that end like a street or estate but are not places.
	addrExclusions = strings.Fields(`城中村 街坊 道路 线路 电路 网路 思路 套路 销路 出路 退路 走路 马路 绕路 顺路 探路 引路 领路 条路 条街 条巷 铁路 水路 陆路 迷路 半路 公路 短路 回路
通路 门路 来路 上路 岔路 小路 大路 老路 弯路 后路 活路 生路 死路 近路 远路 问路 带路 让路 开路 修路 赶路 心路 末路 同路
找路 歧路 路路 跑路 原路 逛街 上街 老街 小巷 街巷 农村 乡村 渔村 度假村 本村 全村 空中花园 屋顶花园 后花园 小花园 广场舞`)
	// estateGenericNames are adjectives, not names, before 小区 and the like (高档小区).
	estateGenericNames = strings.Fields("养老 老年 学生 员工 人才 青年 高档 老旧 新建 附近 周边 所在 居住 住宅 封闭 开放 整个 周围 我家 我们 自家 同一 隔壁 对面 大型 小型 普通 商品房 安置")
)

// provinceNames are the provincial-level regions (for the length of a name before 省/市/自治区).
var provinceNames = strings.Fields("北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门")

var (
	compoundByFirst  = map[rune][]string{}
	nameCuesByFirst  = map[rune][]string{}
	nameStopByFirst  = map[rune][]string{}
	nameExclusionSet = map[string]bool{}
	addrExclusionSet = map[string]bool{}
	estateGenericSet = map[string]bool{}
)

func init() {
	set := func(chars string, f uint16) {
		for _, r := range chars {
			if isHan(r) {
				runeFlags[r-hanFirst] |= f
			}
		}
	}
	set(singleSurnames, fSurname)
	set(ambiguousSurnames, fAmbiguous)
	set(givenChars, fGiven)
	set(nameStopChars, fStop)
	set(plateProvinces, fProvince)
	set("省市区县镇乡旗", fAdminSuffix)
	set(addrStopChars, fAddrStop)
	set(chineseNumerals, fNumeral)
	for _, c := range compoundSurnames {
		r, _ := utf8.DecodeRuneInString(c)
		runeFlags[r-hanFirst] |= fCompound
		compoundByFirst[r] = append(compoundByFirst[r], c)
	}
	for _, c := range nameCues {
		r, _ := utf8.DecodeRuneInString(c)
		runeFlags[r-hanFirst] |= fNameCue
		nameCuesByFirst[r] = append(nameCuesByFirst[r], c)
	}
	for r := range nameCuesByFirst {
		sortLongestFirst(nameCuesByFirst[r])
	}
	for _, w := range nameStopWords {
		r, _ := utf8.DecodeRuneInString(w)
		nameStopByFirst[r] = append(nameStopByFirst[r], w)
	}
	for _, w := range nameExclusions {
		nameExclusionSet[w] = true
	}
	for _, w := range addrExclusions {
		addrExclusionSet[w] = true
	}
	for _, w := range estateGenericNames {
		estateGenericSet[w] = true
	}
	for _, list := range [][]string{roadSuffixes, estateSuffixes, numberSuffixes} {
		for _, sfx := range list {
			r, _ := utf8.DecodeLastRuneInString(sfx)
			runeFlags[r-hanFirst] |= fAddrAnchor
		}
	}
	initCues()
}

// sortLongestFirst orders words by decreasing byte length, so the longest cue matches first.
func sortLongestFirst(words []string) {
	for i := 1; i < len(words); i++ {
		for j := i; j > 0 && len(words[j]) > len(words[j-1]); j-- {
			words[j], words[j-1] = words[j-1], words[j]
		}
	}
}
