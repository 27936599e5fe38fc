package domain

import (
	"context"
	"fmt"
	"math"
	"strings"
	"time"
	"unicode/utf8"
)

// Report is a data report on a hot area (a category or a tag) over a period, like the ones
// consumer associations publish; it is computed once and kept as it was.
type Report struct {
	ID          int64
	Association Association
	Descendants bool
	Topic       Topic
	From, To    Date
	Title       string
	Body        ReportBody
	Status      string // draft or published
	CreatedBy   int64
	CreatedAt   time.Time
	PublishedAt *time.Time
}

// ReportBody is the content of a report.
type ReportBody struct {
	TopicNames    Names           `json:"topic_names"`
	Figures       Overview        `json:"figures"`
	Previous      PreviousPeriod  `json:"previous"`
	TopIssues     []Count         `json:"top_issues"` // categories of a tag, tags of a category
	TopBusinesses []BusinessStats `json:"top_businesses"`
	Findings      []Names         `json:"findings"`
	Tips          []Names         `json:"tips"`
}

// PreviousPeriod is the period of the same length just before, for comparison.
type PreviousPeriod struct {
	From                 Date     `json:"from"`
	To                   Date     `json:"to"`
	Received             int64    `json:"received"`
	MediationSuccessRate *float64 `json:"mediation_success_rate"`
	AmountRecovered      string   `json:"amount_recovered"`
}

// ReportStore keeps reports.
type ReportStore interface {
	// CreateReport stores a new report and sets its ID.
	CreateReport(ctx context.Context, r *Report) error
	// FindReport returns a report or not_found.
	FindReport(ctx context.Context, id int64) (*Report, error)
	// FindReports lists reports newest first: of the associations given, or (nil) the published ones.
	FindReports(ctx context.Context, associationIDs []int64, publishedOnly bool, limit int) ([]Report, error)
	// PublishReport marks a report published at the given time.
	PublishReport(ctx context.Context, id int64, at time.Time) error
}

// ReportService makes, keeps and publishes data reports.
type ReportService struct {
	Store     ReportStore
	Stats     *StatsService
	Divisions DivisionStore
	Now       func() time.Time
}

// NewReport is a request for a report.
type NewReport struct {
	Descendants bool
	Topic       Topic
	From, To    string
	Title       string
}

// Create computes and stores a draft report. Errors: invalid.
func (s *ReportService) Create(ctx context.Context, a *Association, by int64, in NewReport) (*Report, error) {
	var v Validation
	var names Names
	switch in.Topic.Kind {
	case "category":
		c, ok := FindCategory(in.Topic.Code)
		if !ok {
			v.Add("topic.code", "unknown", "Unknown category.")
		}
		names = c.Names
	case "tag":
		t, ok := FindTag(in.Topic.Code)
		if !ok {
			v.Add("topic.code", "unknown", "Unknown tag.")
		}
		names = t.Names
	default:
		v.Add("topic.kind", "unknown", "A report is on a category or a tag.")
	}
	if utf8.RuneCountInString(in.Title) > 200 {
		v.Add("title", "too_long", "The title must have at most 200 characters.")
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	q := StatsQuery{Descendants: in.Descendants, From: in.From, To: in.To, Topic: in.Topic}
	o, err := s.Stats.Overview(ctx, a, q)
	if err != nil {
		return nil, err
	}
	o.Workload = nil // a report is for publication: no staff names
	days := int(o.To.Time(time.UTC).Sub(o.From.Time(time.UTC)).Hours()/24) + 1
	prevQ := q
	prevQ.From, prevQ.To = o.From.AddDays(-days).String(), o.From.AddDays(-1).String()
	prev, err := s.Stats.Overview(ctx, a, prevQ)
	if err != nil {
		return nil, err
	}
	businesses, err := s.Stats.PublicBusinesses(ctx, a, q, 5)
	if err != nil {
		return nil, err
	}
	body := ReportBody{
		TopicNames: names, Figures: *o, TopBusinesses: businesses,
		Previous: PreviousPeriod{From: prev.From, To: prev.To, Received: prev.Received,
			MediationSuccessRate: prev.MediationSuccessRate, AmountRecovered: prev.AmountRecovered},
	}
	if in.Topic.Kind == "tag" {
		body.TopIssues = firstN(o.ByCategory, 5)
	} else {
		body.TopIssues = firstN(o.ByTag, 5)
	}
	provinces, err := s.Divisions.FindDivisions(ctx, "")
	if err != nil {
		return nil, err
	}
	provinceNames := map[string]Names{}
	for _, p := range provinces {
		provinceNames[p.Code] = p.Names
	}
	body.Findings = findings(names, o, prev, businesses, provinceNames)
	body.Tips = tipsFor(in.Topic)
	title := strings.TrimSpace(in.Title)
	if title == "" {
		title = fmt.Sprintf("%s投诉数据报告（%s至%s）", names.ZhHans, o.From, o.To)
	}
	r := &Report{Association: *a, Descendants: in.Descendants, Topic: in.Topic, From: o.From, To: o.To, Title: title,
		Body: body, Status: "draft", CreatedBy: by, CreatedAt: s.Now()}
	if err := s.Store.CreateReport(ctx, r); err != nil {
		return nil, err
	}
	return r, nil
}

func firstN(cs []Count, n int) []Count {
	if len(cs) > n {
		return cs[:n]
	}
	return cs
}

// findings writes the key findings from the figures, in the three languages.
func findings(topic Names, o, prev *Overview, businesses []BusinessStats, provinces map[string]Names) []Names {
	var out []Names
	switch {
	case prev.Received == 0 && o.Received > 0:
		out = append(out, Names{
			ZhHans: fmt.Sprintf("本期共受理%s相关投诉%d件，上一同期无此类投诉。", topic.ZhHans, o.Received),
			ZhHant: fmt.Sprintf("本期共受理%s相關投訴%d件，上一同期無此類投訴。", topic.ZhHant, o.Received),
			En:     fmt.Sprintf("%d complaints about %s this period, none in the previous one.", o.Received, topic.En)})
	case prev.Received > 0:
		change := (float64(o.Received) - float64(prev.Received)) / float64(prev.Received) * 100
		zhs, zht, en := "上升", "上升", "up"
		if change < 0 {
			zhs, zht, en = "下降", "下降", "down"
		}
		out = append(out, Names{
			ZhHans: fmt.Sprintf("本期共受理%s相关投诉%d件，较上一同期（%d件）%s%.1f%%。", topic.ZhHans, o.Received, prev.Received, zhs, math.Abs(change)),
			ZhHant: fmt.Sprintf("本期共受理%s相關投訴%d件，較上一同期（%d件）%s%.1f%%。", topic.ZhHant, o.Received, prev.Received, zht, math.Abs(change)),
			En:     fmt.Sprintf("%d complaints about %s, %s %.1f%% on the previous period (%d).", o.Received, topic.En, en, math.Abs(change), prev.Received)})
	default:
		out = append(out, Names{ZhHans: fmt.Sprintf("本期未收到%s相关投诉。", topic.ZhHans),
			ZhHant: fmt.Sprintf("本期未收到%s相關投訴。", topic.ZhHant), En: fmt.Sprintf("No complaints about %s this period.", topic.En)})
	}
	if r := o.MediationSuccessRate; r != nil {
		out = append(out, Names{
			ZhHans: fmt.Sprintf("调解成功率为%.1f%%，为消费者挽回经济损失%s元。", *r*100, o.AmountRecovered),
			ZhHant: fmt.Sprintf("調解成功率為%.1f%%，為消費者挽回經濟損失%s元。", *r*100, o.AmountRecovered),
			En:     fmt.Sprintf("%.1f%% of mediations succeeded, recovering %s yuan for consumers.", *r*100, o.AmountRecovered)})
	}
	if len(businesses) > 0 && o.Received > 0 {
		b := businesses[0]
		share := float64(b.Complaints) / float64(o.Received) * 100
		out = append(out, Names{
			ZhHans: fmt.Sprintf("被投诉最多的经营者为%s（%d件，占%.1f%%）。", b.Name, b.Complaints, share),
			ZhHant: fmt.Sprintf("被投訴最多的經營者為%s（%d件，佔%.1f%%）。", b.Name, b.Complaints, share),
			En:     fmt.Sprintf("The most complained-about business was %s (%d complaints, %.1f%%).", b.Name, b.Complaints, share)})
	}
	if len(o.ByProvince) > 0 && o.Received > 0 {
		p := o.ByProvince[0]
		name, ok := provinces[p.Key]
		if !ok {
			name = Names{ZhHans: p.Key, ZhHant: p.Key, En: p.Key}
		}
		out = append(out, Names{
			ZhHans: fmt.Sprintf("投诉最集中的地区为%s（%d件）。", name.ZhHans, p.Count),
			ZhHant: fmt.Sprintf("投訴最集中的地區為%s（%d件）。", name.ZhHant, p.Count),
			En:     fmt.Sprintf("Most complaints came from %s (%d).", name.En, p.Count)})
	}
	return out
}

// tips are the consumer tips (消费提示) a report carries for its topic.
var tips = map[string][]Names{
	"elderly_health": {
		{ZhHans: "警惕“免费体检”“健康讲座”等营销陷阱，保健食品不是药物，不能代替药物治疗疾病。", ZhHant: "警惕「免費體檢」「健康講座」等營銷陷阱，保健食品不是藥物，不能代替藥物治療疾病。", En: "Beware of free check-ups and health talks used to sell: health foods are not medicines and cannot treat illness."},
		{ZhHans: "子女应多关心老人的消费情况，大额支出前一起商量。", ZhHant: "子女應多關心老人的消費情況，大額支出前一起商量。", En: "Families should keep an eye on elderly relatives' spending and talk large purchases over together."},
	},
	"livestream": {
		{ZhHans: "直播购物时保存好直播截图、商品链接和聊天记录，作为维权证据。", ZhHant: "直播購物時保存好直播截圖、商品連結和聊天記錄，作為維權證據。", En: "When buying in a livestream, keep screenshots, product links and chats as evidence."},
		{ZhHans: "不要轻信“全网最低价”“限时秒杀”等宣传，理性下单。", ZhHant: "不要輕信「全網最低價」「限時秒殺」等宣傳，理性下單。", En: "Do not trust 'lowest price anywhere' or countdown claims; buy deliberately."},
	},
	"prepaid": {
		{ZhHans: "办理预付卡前查看经营者资质，不要一次性充值过多。", ZhHant: "辦理預付卡前查看經營者資質，不要一次性充值過多。", En: "Check a business's licences before buying a prepaid card, and do not prepay large sums."},
		{ZhHans: "签订书面合同，明确退费条件，保留付款凭证。", ZhHant: "簽訂書面合同，明確退費條件，保留付款憑證。", En: "Sign a written contract stating refund terms, and keep the receipts."},
	},
	"minors_gaming": {
		{ZhHans: "家长应管理好支付密码，开启游戏的未成年人模式。", ZhHant: "家長應管理好支付密碼，開啟遊戲的未成年人模式。", En: "Parents should guard payment passwords and turn on games' minor modes."},
	},
	"hidden_construction": {
		{ZhHans: "收房时请专业人员验房，重点检查防水、墙体和水电隐蔽工程。", ZhHant: "收房時請專業人員驗房，重點檢查防水、牆體和水電隱蔽工程。", En: "Have a professional inspect a new home, especially waterproofing, walls and concealed wiring and pipes."},
	},
	"ecommerce": {
		{ZhHans: "网购时选择正规平台，保留订单和物流信息，收货时当面验货。", ZhHant: "網購時選擇正規平臺，保留訂單和物流信息，收貨時當面驗貨。", En: "Shop on reputable platforms, keep order and delivery records, and inspect goods on delivery."},
	},
}

var genericTips = []Names{
	{ZhHans: "购物时索要并保存发票、合同等凭证，遇到纠纷先与经营者协商，协商不成可向消费者协会投诉。", ZhHant: "購物時索要並保存發票、合同等憑證，遇到糾紛先與經營者協商，協商不成可向消費者協會投訴。", En: "Ask for and keep invoices and contracts; in a dispute, talk to the business first, then complain to the consumer association."},
}

func tipsFor(t Topic) []Names {
	if t.Kind == "tag" {
		if ts, ok := tips[t.Code]; ok {
			return append(ts, genericTips...)
		}
	}
	return genericTips
}

// List returns the reports of the associations given, newest first.
func (s *ReportService) List(ctx context.Context, associationIDs []int64) ([]Report, error) {
	return s.Store.FindReports(ctx, associationIDs, false, 100)
}

// Get returns a report of the association. Errors: not_found.
func (s *ReportService) Get(ctx context.Context, a *Association, id int64) (*Report, error) {
	r, err := s.Store.FindReport(ctx, id)
	if err != nil {
		return nil, err
	}
	if r.Association.ID != a.ID {
		return nil, Errorf(ECodeNotFound, "There is no such report.")
	}
	return r, nil
}

// Publish makes a draft report public. Errors: not_found, conflict.
func (s *ReportService) Publish(ctx context.Context, a *Association, id int64) (*Report, error) {
	r, err := s.Get(ctx, a, id)
	if err != nil {
		return nil, err
	}
	if r.Status == "published" {
		return nil, ReasonErrorf(ECodeConflict, "already_published", "The report is already published.")
	}
	now := s.Now()
	if err := s.Store.PublishReport(ctx, id, now); err != nil {
		return nil, err
	}
	r.Status, r.PublishedAt = "published", &now
	return r, nil
}

// Published lists the published reports, newest first.
func (s *ReportService) Published(ctx context.Context) ([]Report, error) {
	return s.Store.FindReports(ctx, nil, true, 100)
}

// PublishedReport returns a published report. Errors: not_found.
func (s *ReportService) PublishedReport(ctx context.Context, id int64) (*Report, error) {
	r, err := s.Store.FindReport(ctx, id)
	if err != nil || r.Status != "published" {
		return nil, Errorf(ECodeNotFound, "There is no such published report.")
	}
	return r, nil
}
