package anonymize

import (
	"strings"
	"unicode/utf8"
)

// cueKind is what the words just before a run of digits and letters say it is.
type cueKind uint8

const (
	cueNone        cueKind = iota
	cueOrder               // 订单号, 运单号, 合同编号 …: the next token is an order number
	cueCard                // 卡号, 银行卡, 账号 …
	cueID                  // 身份证号, 证件号 …
	cuePhone               // 电话, 手机, 联系方式 …
	cueUSCC                // 信用代码, 税号 …
	cueSocial              // 微信号, VX, 抖音号 …
	cueQQ                  // QQ号, QQ
	cueNonPersonal         // 批号, 条码, 型号 …: a product's number, not a person's
	cuePlate               // 车牌, 车牌号: a licence plate in any form (BAK-3328)
)

var cueWords = map[cueKind]string{
	cueOrder: `订单号 订单编号 订单号码 订单 单号 工单 维修单 报修单 退货单 售后单 服务单 退款单 投诉单 受理单号 申请单号 学号 学员编号 confirmation 挂号号码 挂号 报案回执号 回执编号 运单号 运单 快递单号 快递号 物流单号 物流号 合同编号 合同号 流水号 交易号 交易单号
交易流水号 发票号码 发票号 工单号 工单编号 服务单号 退款单号 售后单号 保单号 保单号码 会员号 会员编号 预约号 编号 取件码 商户订单号 支付单号 票号 当票号 典当票号 凭证号 单据号 回执号 受理号 预订号 订房号 确认号 确认码 快递单 单据号码 单据编号 票据号 订房确认码 预订确认码 booking order reference ref tracking waybill invoice receipt`,
	cueCard:  `卡号 银行卡 银行卡号 账号 帐号 银行账号 银行账户 收款账户 账户 信用卡 信用卡号 储蓄卡 借记卡 会员卡号`,
	cueID:    `身份证 身份证号 身份证号码 证件号 证件号码 身份证件号 公民身份号码 身份号码 证件`,
	cuePhone: `电话 手机 手机号 手机号码 电话号码 联系电话 联系方式 座机 固话 致电 拨打 来电 号码 热线 tel mobile phone 同号 手提 手提电话 whatsapp WhatsApp 联络电话 联络 电话号 call 住宅 住宅电话 屋企 屋企电话 市话 家里电话 办公电话 公司电话 备用电话`,
	cueUSCC:  `信用代码 社会信用代码 统一社会信用代码 税号 纳税人识别号 营业执照号 营业执照注册号 注册号`,
	cueSocial: `微信号 微信 微信ID 微信id 微信账号 微信名 vx wx wechat wechat id weixin 微博 威信 威信号 薇信 薇信号 v信 V信 v信号 V信号 微x 徽信
绿泡泡 绿泡泡号 小绿书 微心 微芯 维信 魏信 微信号码 微信帐号 微信账户 wechat号 vx号 wx号 微号 vx号码 wx号码
carousell carousell账号 carousell帐号 line line id line账号 line帐号 line号 ig instagram 抖音号 抖音 快手号 小红书号 小红书 微博号 旺旺号 旺旺 钉钉号 telegram tg skype`,
	cueQQ:          `QQ号 QQ号码 qq号 QQ qq 扣扣 扣扣号 企鹅号 企鹅 Q号 Q qq帐号 qq账号 QQ帐号 QQ账号`,
	cuePlate:       `车牌 车牌号 车牌号码 plate`,
	cueNonPersonal: `批号 批次号 批次 生产批号 条码 条形码 商品编码 商品编号 货号 型号 规格 产品编号 产品型号 序列号 标准号 执行标准 许可证号 许可证编号 备案号 版本号 产品代码 款号 编码 SKU sku 机型 SN 尾号 机柜编号 柜机编号 ATM编号 设备编号 机器编号 终端编号 桩号 柜号`,
}

type cueWord struct {
	word  string
	kind  cueKind
	ascii bool // an ASCII word must not be glued to a letter before it (tel, not hotel)
}

// cuesByLast indexes the cue words by their last rune, longest first.
var cuesByLast = map[rune][]cueWord{}

func initCues() {
	for kind, words := range cueWords {
		for _, w := range strings.Fields(words) {
			r, _ := utf8.DecodeLastRuneInString(w)
			ascii := r < utf8.RuneSelf
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			cuesByLast[r] = append(cuesByLast[r], cueWord{word: w, kind: kind, ascii: ascii})
		}
	}
	for r, list := range cuesByLast {
		for i := 1; i < len(list); i++ {
			for j := i; j > 0 && len(list[j].word) > len(list[j-1].word); j-- {
				list[j], list[j-1] = list[j-1], list[j]
			}
		}
		cuesByLast[r] = list
	}
}

// cueSkippable may stand between a cue word and its value (订单号：, 卡号为, 电话是 (…).
func cueSkippable(r rune) bool {
	switch r {
	case ' ', '\t', ':', '：', '是', '为', '#', '＃', '(', '（', '"', '“', '\'', '=', '　', '「', '【', '\u00a0', '→', '搜', '@':
		return true
	}
	return false
}

// cueBefore returns the kind of the cue word that ends at pos, skipping a few
// separators; cueNone when there is none.
func (s *scanner) cueBefore(pos int) cueKind {
	p := pos
	for k := 0; k < 3 && p > 0; k++ {
		r, size := utf8.DecodeLastRuneInString(s.text[:p])
		if !cueSkippable(r) {
			break
		}
		p -= size
	}
	if p == 0 {
		return cueNone
	}
	// Order no. / Booking number: an English cue and the word that says a number follows
	if q := englishCueTail(s.text, p); q < p {
		if c := s.cueBefore(q); c != cueNone {
			return c
		}
	}
	r, _ := utf8.DecodeLastRuneInString(s.text[:p])
	if r >= 'A' && r <= 'Z' {
		r += 'a' - 'A'
	}
	list := cuesByLast[r]
	head := s.text[max(0, p-36):p]
	for _, c := range list {
		if c.ascii {
			if len(head) < len(c.word) || !strings.EqualFold(head[len(head)-len(c.word):], c.word) {
				continue
			}
			if b := len(head) - len(c.word) - 1; b >= 0 && isASCIILetter(head[b]) {
				continue
			}
			return c.kind
		}
		// Line帐号, WeChat号: the Latin letters of a mixed cue in any case
		if len(head) >= len(c.word) && strings.EqualFold(head[len(head)-len(c.word):], c.word) {
			return c.kind
		}
	}
	return cueNone
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isASCIIDigit(c byte) bool  { return c >= '0' && c <= '9' }

// englishCueTail returns where the tail word of an English cue (no., number, code) that
// ends at p starts, with the space before it; p when there is none.
func englishCueTail(t string, p int) int {
	q := p
	if q > 0 && t[q-1] == '.' {
		q--
	}
	a := q
	for a > 0 && isASCIILetter(t[a-1]) {
		a--
	}
	if a == q || a == 0 || t[a-1] != ' ' || !cueTails[strings.ToLower(t[a:q])] {
		return p
	}
	return a - 1
}
