package domain

import (
	"testing"

	"github.com/redress-project/redress/domain/anonymize"
	"github.com/redress-project/redress/domain/studytext"
)

func TestClassKLCountsPublishableOutcomesOnly(t *testing.T) {
	counts := ClassCount{ByOutcome: map[Outcome]int64{OutcomeAgreement: 6, OutcomeWithdrawn: 9, OutcomeNotAccepted: 4}, Recovered: 3}
	if k, l := classKL(counts, OutcomeAgreement, false); k != 6 || l != 1 {
		t.Fatalf("k, l = %d, %d; want 6, 1 (withdrawn and not accepted are no outcome of a study)", k, l)
	}
	// With the recovered band published, k counts only the agreements in that band.
	if k, _ := classKL(counts, OutcomeAgreement, true); k != 3 {
		t.Fatalf("k = %d, want 3", k)
	}
	counts.ByOutcome[OutcomeFailed] = 1
	if _, l := classKL(counts, OutcomeAgreement, false); l != 2 {
		t.Fatalf("l = %d, want 2", l)
	}
}

func TestCheckPublishable(t *testing.T) {
	st := &CaseStudy{Title: "投诉[姓名]：健身卡无法退费", Narrative: "店长王 建国说可以退。", MediatorAction: "调解。", Lesson: "留证。", Tip: "理性消费。"}
	err := CheckPublishable(st, []studytext.Known{{Type: anonymize.Name, Value: "王建国"}})
	e, ok := err.(*Error)
	if !ok || e.Code != ECodeInvalid || e.Reason != "personal_data_found" {
		t.Fatalf("err = %v", err)
	}
	got := map[string]string{}
	for _, f := range e.Fields {
		if f.Span == nil {
			t.Fatalf("a finding without its span: %+v", f)
		}
		got[f.Field+":"+f.Span.Text] = f.Code
	}
	if got["title:[姓名]"] != "placeholder_in_title" || got["narrative:王 建国"] != "personal_data_name" {
		t.Fatalf("findings = %v", got)
	}
	st.Title, st.Narrative = "健身卡无法退费", "店长说可以退。"
	if err := CheckPublishable(st, []studytext.Known{{Type: anonymize.Name, Value: "王建国"}}); err != nil {
		t.Fatalf("a clean study is refused: %v", err)
	}
}
