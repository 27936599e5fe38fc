package domain

import (
	"testing"

	"github.com/redress-project/redress/domain/text"
	"github.com/redress-project/redress/domain/text/texttest"
)

// TestAlertsInEveryLanguage walks every alert kind in the three languages.
func TestAlertsInEveryLanguage(t *testing.T) {
	rising := []int64{1, 2, 1, 0, 2, 1, 1, 2, 12}
	var alerts []Alert
	for _, kind := range []string{"category", "tag", "business"} {
		a, ok := spike(WeeklySeries{Kind: kind, Key: "k", Weeks: rising})
		if !ok {
			t.Fatalf("%s: no spike", kind)
		}
		alerts = append(alerts, a)
	}
	a, ok := collective(WeeklySeries{Kind: "business", Key: "7", Weeks: rising})
	if !ok {
		t.Fatal("no collective alert")
	}
	alerts = append(alerts, a)
	for _, a := range alerts {
		seen := map[string]bool{}
		for _, l := range text.Langs {
			got := a.In(l).Explained
			if err := texttest.Check(l, got); err != nil {
				t.Errorf("%s alert in %s: %v", a.Kind, l, err)
			}
			if seen[got] {
				t.Errorf("%s alert: %q in two languages", a.Kind, got)
			}
			seen[got] = true
		}
	}
	if got := alerts[0].In(text.ZhHans).Explained; got != "本周 12 件，此前 8 周平均每周 1.2 件（9.6 倍，z = 10.8）。" {
		t.Errorf("zh-Hans: %q", got)
	}
	if got := alerts[0].In(text.En).Explained; got != "12 this week against 1.2 a week over the 8 weeks before (9.6×, z = 10.8)." {
		t.Errorf("en: %q", got)
	}
}

// TestReportFindingsInEveryLanguage walks every kind of report finding in the three
// languages.
func TestReportFindingsInEveryLanguage(t *testing.T) {
	topic := Names{ZhHans: "预付式消费", ZhHant: "預付式消費", En: "prepaid consumption"}
	rate := 0.5
	o := &Overview{Received: 12, MediationSuccessRate: &rate, AmountRecovered: "1200.00", ByProvince: []Count{{Key: "44", Count: 7}}}
	provinces := map[string]Names{"44": {ZhHans: "广东省", ZhHant: "廣東省", En: "Guangdong"}}
	businesses := []BusinessStats{{Name: "Acme Fitness", Complaints: 5}}
	var all []Names
	for _, prev := range []*Overview{{Received: 0}, {Received: 10}, {Received: 20}} {
		all = append(all, findings(topic, o, prev, businesses, provinces)...)
	}
	all = append(all, findings(topic, &Overview{}, &Overview{Received: 3}, nil, provinces)...)
	if len(all) < 12 {
		t.Fatalf("%d findings", len(all))
	}
	for _, f := range all {
		for l, s := range map[text.Lang]string{text.ZhHans: f.ZhHans, text.ZhHant: f.ZhHant, text.En: f.En} {
			if err := texttest.Check(l, s); err != nil {
				t.Errorf("finding in %s: %v", l, err)
			}
		}
	}
}
