package domain

import (
	"testing"
	"time"
)

// BenchmarkLifecycle runs a case through accept, start_mediation and close: the state
// machine and the deadline arithmetic of one mediation.
func BenchmarkLifecycle(b *testing.B) {
	cal := ChinaCalendar()
	for i := 0; i < b.N; i++ {
		c := newCase("2026-09-28")
		for j, t := range []Transition{{Action: ActionAccept}, {Action: ActionStartMediation},
			{Action: ActionClose, Outcome: OutcomeAgreement, AgreementTerms: "退款", AmountRecovered: "100.00"}} {
			if _, err := c.Apply(t, TransitionEnv{Now: at("2026-09-29").Add(time.Duration(j) * 24 * time.Hour), Calendar: cal, Rule: testRule}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkValidateComplaint validates the design document's example complaint.
func BenchmarkValidateComplaint(b *testing.B) {
	in := ComplaintInput{ConsumerName: "张伟", ConsumerMobile: "13800138000", ConsumerEmail: "zw@example.com",
		ConsumerIDNumber: "440106195803120048", ConsumerDivision: "440106", AgeBand: "60+", BusinessName: "某某健康科技有限公司",
		BusinessUSCC: "91440101MA5CQ8KL31", BusinessPlatform: "某直播平台", BusinessDivision: "440106", Category: "health_products",
		Tags: []string{"elderly_health"}, Title: "保健品宣称治病", Narrative: "直播间主播宣称该保健品可以治疗高血压，购买后服用无效，商家拒绝退款。",
		Amount: "1299.00", OccurredOn: "2026-11-20", DesiredResolution: "refund", Channel: "web"}
	exists := func(string) (bool, error) { return true, nil }
	today := date("2026-11-29")
	for i := 0; i < b.N; i++ {
		if err := in.normalized().validate(today, exists); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEventSeal hashes one event onto a chain.
func BenchmarkEventSeal(b *testing.B) {
	prev := &Event{CaseID: 1, Seq: 1, Hash: "abc"}
	for i := 0; i < b.N; i++ {
		e := Event{CaseID: 1, At: time.Now(), ActorKind: ActorStaff, Type: "accept", Visibility: VisibilityParties,
			Payload: map[string]any{"from": "submitted", "to": "accepted"}}
		e.Seal(prev)
	}
}
