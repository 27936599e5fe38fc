package domain

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestNoticeTemplates checks that every kind has a subject and a body in every language,
// that they render every field they name, and that no language falls back to another.
func TestNoticeTemplates(t *testing.T) {
	full := NoticeView{Name: "张伟", TrackingNumber: "GZ-2026-000001", Title: "退款", Association: "广州市消委会",
		Status: "调解中", Outcome: "调解成功", Text: "请提供发票", Amount: "1299.00", Due: "2026-12-01", Days: 2, Party: "消费者", Accepted: true,
		Reason: "超过时效", Basis: "第十条"}
	bare := NoticeView{Name: "张伟", TrackingNumber: "GZ-2026-000001", Title: "退款", Association: "广州市消委会", Status: "调解中"}
	for _, lang := range Languages {
		if _, err := os.Stat("templates/" + lang + ".tmpl"); err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		for _, kind := range NoticeKinds {
			for _, v := range []NoticeView{full, bare} {
				subject, body, err := RenderNotice(kind, lang, v)
				if err != nil {
					t.Fatalf("%s %s: %v", kind, lang, err)
				}
				if subject == "" || strings.Contains(subject, "\n") || !strings.Contains(subject+body, v.TrackingNumber) {
					t.Errorf("%s %s: subject %q body %q", kind, lang, subject, body)
				}
				if strings.Contains(subject+body, "<no value>") {
					t.Errorf("%s %s: a field is missing: %q", kind, lang, body)
				}
			}
		}
	}
	if noticeTemplates["en"].Lookup("nope.subject") != nil {
		t.Fatal("lookup of an unknown template succeeded")
	}
	if _, _, err := RenderNotice("nope", "en", full); err == nil {
		t.Fatal("an unknown kind rendered")
	}
	for _, lang := range Languages {
		if len(statusNames[lang]) != len(Statuses) || len(outcomeNames[lang]) != 6 || len(partyNames[lang]) != 2 {
			t.Errorf("%s: labels missing", lang)
		}
	}
}

func TestNormalizeLanguage(t *testing.T) {
	for in, want := range map[string]string{
		"": "zh-Hans", "zh-CN,zh;q=0.9": "zh-Hans", "zh-TW": "zh-Hant", "zh-Hant-HK": "zh-Hant", "zh-HK,en;q=0.5": "zh-Hant",
		"en-US,en;q=0.9": "en", "fr-FR, en;q=0.5": "en", "de": "zh-Hans", "zh-Hans": "zh-Hans",
	} {
		if got := NormalizeLanguage(in); got != want {
			t.Errorf("NormalizeLanguage(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNoticesFor(t *testing.T) {
	c := &Case{ID: 7, Status: StatusInMediation}
	ev := func(typ string, payload map[string]any) Event { return Event{Seq: 3, Type: typ, Payload: payload} }
	// A consumer's answer that supplies the information asked for tells the mediator once.
	both := NoticesFor(c, []Event{ev("message", map[string]any{"body": "x", "from": "consumer"}), ev("supply_information", map[string]any{})})
	if len(both) != 1 || both[0].Kind != NoticeMessage {
		t.Fatalf("message and supply = %+v", both)
	}
	for _, tc := range []struct {
		name  string
		event Event
		want  []string // kind/audience
	}{
		{"Created", ev("created", map[string]any{}), []string{"status_changed/consumer"}},
		{"StartMediation", ev("start_mediation", map[string]any{}), []string{"status_changed/consumer", "status_changed/business"}},
		{"Withdraw", ev("withdraw", map[string]any{}), []string{"status_changed/mediator"}},
		{"Transfer", ev("transfer", map[string]any{"reason": "经营者在北京"}), []string{"status_changed/consumer", "status_changed/mediator"}},
		{"RequestInformation", ev("request_information", map[string]any{"reason": "发票"}), []string{"information_requested/consumer"}},
		{"MessageToBoth", ev("message", map[string]any{"body": "x", "to": "both"}), []string{"message/consumer", "message/business"}},
		{"MessageToBusiness", ev("message", map[string]any{"body": "x", "to": "business"}), []string{"message/business"}},
		{"MessageFromConsumer", ev("message", map[string]any{"body": "x", "from": "consumer"}), []string{"message/mediator"}},
		{"Agreement", ev("agreement_proposed", map[string]any{"terms": "退款", "amount_recovered": "10.00"}), []string{"agreement_proposed/consumer", "agreement_proposed/business"}},
		{"BusinessAnswer", ev("business_answer", map[string]any{"body": "x", "from": "business", "proposed_remedy": "退款"}), []string{"message/mediator"}},
		{"AgreementRefused", ev("agreement_refused", map[string]any{"by": "consumer"}), []string{"agreement_answered/mediator"}},
		{"Note", ev("note", map[string]any{"body": "x"}), nil},
		{"Assigned", ev("assigned", map[string]any{}), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			keys := map[string]bool{}
			for _, n := range NoticesFor(c, []Event{tc.event}) {
				got = append(got, string(n.Kind)+"/"+string(n.Audience))
				if keys[n.Key] || !strings.HasPrefix(n.Key, "event:7:3:") {
					t.Errorf("key %q repeated or unexpected", n.Key)
				}
				keys[n.Key] = true
			}
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestDeadlineNotices shows the reminder goes out from two working days before the
// deadline (a weekend between counts for nothing) and the escalation once it passed,
// each with one key per case and deadline whichever day the sweep runs.
func TestDeadlineNotices(t *testing.T) {
	cal := NewCalendar(nil, nil)
	due := Date{2026, time.December, 7} // a Monday
	c := Case{ID: 1, Status: StatusAccepted, CurrentDue: &due}
	kinds := func(today Date) (string, string) {
		ns := DeadlineNotices([]Case{c}, cal, today)
		if len(ns) != 1 {
			return "", ""
		}
		return string(ns[0].Kind), ns[0].Key
	}
	if wed, _ := kinds(Date{2026, time.December, 2}); wed != "" {
		t.Fatalf("three working days before: %s", wed)
	}
	thu, _ := kinds(Date{2026, time.December, 3})
	fri, k1 := kinds(Date{2026, time.December, 4})
	mon, k2 := kinds(due)
	tue, k3 := kinds(Date{2026, time.December, 8})
	wed, k4 := kinds(Date{2026, time.December, 9})
	if thu != "deadline_reminder" || fri != "deadline_reminder" || mon != "deadline_reminder" || tue != "escalation" || wed != "escalation" {
		t.Fatalf("kinds = %s %s %s %s %s", thu, fri, mon, tue, wed)
	}
	if k1 != k2 || k3 != k4 || k1 == k3 {
		t.Fatalf("keys = %s %s %s %s", k1, k2, k3, k4)
	}
	mediating := Case{ID: 2, Status: StatusInMediation, WaitingOn: WaitingOnBusiness, BusinessDue: &due}
	if ns := DeadlineNotices([]Case{mediating}, cal, Date{2026, time.December, 4}); len(ns) != 1 || ns[0].Audience != AudienceBusiness || ns[0].Days != 1 {
		t.Fatalf("business reminder = %+v", ns)
	}
	if ns := DeadlineNotices([]Case{mediating}, cal, Date{2026, time.December, 8}); len(ns) != 0 {
		t.Fatalf("after the business's deadline: %+v", ns)
	}
	mediating.WaitingOn = WaitingOnConsumer
	if ns := DeadlineNotices([]Case{mediating}, cal, Date{2026, time.December, 4}); len(ns) != 0 {
		t.Fatalf("the business answered already: %+v", ns)
	}
	closed := c
	closed.Status = StatusClosed
	if ns := DeadlineNotices([]Case{closed}, cal, due); len(ns) != 0 {
		t.Fatalf("a closed case got %v", ns)
	}
}

// noticeAudiences is every audience each kind of notice reaches (NoticesFor, the deadline
// sweep); TestNoticesReachOnlyListedAudiences keeps it honest.
var noticeAudiences = map[NoticeKind][]Audience{
	NoticeStatusChanged:        {AudienceConsumer, AudienceBusiness, AudienceMediator},
	NoticeInformationRequested: {AudienceConsumer},
	NoticeMessage:              {AudienceConsumer, AudienceBusiness, AudienceMediator},
	NoticeAgreementProposed:    {AudienceConsumer, AudienceBusiness},
	NoticeAgreementAnswered:    {AudienceMediator},
	NoticeDeadlineReminder:     {AudienceMediator, AudienceBusiness},
	NoticeEscalation:           {AudienceSupervisors},
	NoticeAutoCloseWarning:     {AudienceConsumer},
}

func TestNoticesReachOnlyListedAudiences(t *testing.T) {
	c := &Case{ID: 7, Status: StatusInMediation}
	types := []string{"created", "request_information", "message", "business_answer", "agreement_proposed", "agreement_accepted", "agreement_refused"}
	for _, a := range Actions {
		types = append(types, string(a))
	}
	var notices []Notice
	for _, typ := range types {
		for _, p := range []map[string]any{{}, {"from": "consumer"}, {"to": "both"}, {"to": "consumer"}, {"to": "business"}} {
			notices = append(notices, NoticesFor(c, []Event{{Type: typ, Payload: p}})...)
		}
	}
	due := Date{2026, time.December, 7}
	notices = append(notices, DeadlineNotices([]Case{{ID: 1, Status: StatusInMediation, WaitingOn: WaitingOnBusiness, CurrentDue: &due, BusinessDue: &due},
		{ID: 2, Status: StatusAccepted, CurrentDue: &due}}, NewCalendar(nil, nil), due)...)
	notices = append(notices, DeadlineNotices([]Case{{ID: 2, Status: StatusAccepted, CurrentDue: &due}}, NewCalendar(nil, nil), due.AddDays(1))...)
	for _, n := range notices {
		if !slices.Contains(noticeAudiences[n.Kind], n.Audience) {
			t.Errorf("%s reaches %s, not listed", n.Kind, n.Audience)
		}
	}
}

// TestNoticeWording: every notice speaks to its recipient in the recipient's own words. Only
// the consumer reads about "your complaint"; the business reads about the complaint
// against it; staff read about the case. Every kind, every audience it reaches, every
// language.
func TestNoticeWording(t *testing.T) {
	consumerWords := map[string][]string{"zh-Hans": {"您在"}, "zh-Hant": {"您在"}, "en": {"Your case", "your case"}}
	businessWords := map[string][]string{"zh-Hans": {"贵方"}, "zh-Hant": {"貴方"}, "en": {"your business"}}
	// The kinds whose wording differs by side; the others read the same to anyone.
	addressed := map[NoticeKind]map[Audience]bool{
		NoticeStatusChanged:    {AudienceConsumer: true, AudienceBusiness: true},
		NoticeDeadlineReminder: {AudienceBusiness: true},
	}
	contains := func(s string, words []string) bool {
		return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(s, w) })
	}
	for _, lang := range Languages {
		for _, kind := range NoticeKinds {
			for _, to := range noticeAudiences[kind] {
				v := NoticeView{To: to, Name: "张伟", TrackingNumber: "GZ-2026-000001", Title: "退款", Association: "广州市消委会",
					Status: "调解中", Text: "说明", Due: "2026-12-01", Days: 2, Party: "消费者"}
				subject, body, err := RenderNotice(kind, lang, v)
				if err != nil {
					t.Fatal(err)
				}
				text := subject + "\n" + body
				if contains(text, consumerWords[lang]) != (to == AudienceConsumer && addressed[kind][to]) {
					t.Errorf("%s to %s in %s: the consumer's wording: %q", kind, to, lang, text)
				}
				if contains(text, businessWords[lang]) != (to == AudienceBusiness && addressed[kind][to]) {
					t.Errorf("%s to %s in %s: the business's wording: %q", kind, to, lang, text)
				}
			}
		}
	}
}
