package anonymize

import (
	"fmt"
	"strings"
)

// TypeStats counts the outcomes of one type over a corpus.
type TypeStats struct {
	Type       Type
	Gold       int // labeled instances
	TP         int // gold instances found
	FN         int // gold instances missed
	FP         int // predicted spans that match no gold span of their type, hard negatives included
	FPNegative int // the part of FP that fell on hard negatives
}

// Precision is TP / (TP + FP), 1 when nothing was predicted.
func (s TypeStats) Precision() float64 {
	if s.TP+s.FP == 0 {
		return 1
	}
	return float64(s.TP) / float64(s.TP+s.FP)
}

// Recall is TP / (TP + FN), 1 when nothing was labeled.
func (s TypeStats) Recall() float64 {
	if s.TP+s.FN == 0 {
		return 1
	}
	return float64(s.TP) / float64(s.TP+s.FN)
}

// F2 weighs recall twice as much as precision: a missed phone number is worse than a
// scrubbed price.
func (s TypeStats) F2() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 5 * p * r / (4*p + r)
}

// Report is the outcome of Evaluate.
type Report struct {
	Docs, NegativeDocs int
	Stats              []TypeStats // in Types() order, types with neither gold nor predictions left out
	// Traps are the labeled hard negatives; TrapsKept those no predicted span overlaps.
	Traps, TrapsKept int
	// PartialAddresses counts gold addresses that a predicted address overlaps without
	// reaching their end: the house number would be left behind.
	PartialAddresses int
}

// TrapsKeptRate is TrapsKept / Traps, 1 when there are no traps.
func (r Report) TrapsKeptRate() float64 {
	if r.Traps == 0 {
		return 1
	}
	return float64(r.TrapsKept) / float64(r.Traps)
}

// Stat returns the statistics of one type (zero counts if it did not occur).
func (r Report) Stat(t Type) TypeStats {
	for _, s := range r.Stats {
		if s.Type == t {
			return s
		}
	}
	return TypeStats{Type: t}
}

// Evaluate scrubs every document of c and compares the spans with the gold ones. A
// predicted span is a true positive for a gold span of the same type when it overlaps at
// least half of it and, for structured types, covers all of it. Predicted spans that match
// nothing are false positives of their type; on hard negatives every predicted span is one.
func Evaluate(c Corpus) Report {
	stats := map[Type]*TypeStats{}
	stat := func(t Type) *TypeStats {
		if stats[t] == nil {
			stats[t] = &TypeStats{Type: t}
		}
		return stats[t]
	}
	var rep Report
	for _, doc := range c.Docs {
		rep.Docs++
		if doc.Negative {
			rep.NegativeDocs++
		}
		pred := Scrub(doc.Text, doc.Parties).Spans
		used := make([]bool, len(pred))
		for _, g := range doc.Spans {
			st := stat(g.Type)
			st.Gold++
			found, partial := false, false
			for k, p := range pred {
				if p.Type == g.Type && Matches(p, g) {
					used[k], found = true, true
				} else if g.Type == Address && p.Type == Address && p.Start < g.End && p.End > g.Start {
					partial = true
				}
			}
			if partial && !found {
				rep.PartialAddresses++
			}
			if found {
				st.TP++
			} else {
				st.FN++
			}
		}
		for _, tr := range doc.Traps {
			rep.Traps++
			if !overlaps(pred, tr.Start, tr.End) {
				rep.TrapsKept++
			}
		}
		for k, p := range pred {
			if used[k] {
				continue
			}
			st := stat(p.Type)
			st.FP++
			if doc.Negative {
				st.FPNegative++
			}
		}
	}
	for _, t := range Types() {
		if s, ok := stats[t]; ok {
			rep.Stats = append(rep.Stats, *s)
		}
	}
	return rep
}

// Matches reports whether the predicted span p finds the gold span g: they overlap by at
// least half of g; for a structured type p covers g whole, and for an address p reaches
// g's end (an address that leaves its house number behind is not replaced). Types are not
// compared.
func Matches(p, g Span) bool {
	overlap := min(p.End, g.End) - max(p.Start, g.Start)
	if overlap <= 0 || 2*overlap < g.End-g.Start {
		return false
	}
	if g.Type == Address {
		return p.End >= g.End
	}
	return !Structured(g.Type) || (p.Start <= g.Start && p.End >= g.End)
}

// String prints the report as a table.
func (r Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-13s %6s %6s %6s %7s %6s %9s %7s %7s\n", "type", "gold", "TP", "FP", "FP(neg)", "FN", "precision", "recall", "F2")
	for _, s := range r.Stats {
		fmt.Fprintf(&b, "%-13s %6d %6d %6d %7d %6d %8.2f%% %6.2f%% %6.2f%%\n",
			s.Type, s.Gold, s.TP, s.FP, s.FPNegative, s.FN, 100*s.Precision(), 100*s.Recall(), 100*s.F2())
	}
	fmt.Fprintf(&b, "%d documents, %d of them hard negatives\n", r.Docs, r.NegativeDocs)
	if r.Traps > 0 {
		fmt.Fprintf(&b, "hard negatives kept: %d of %d (%.2f%%)\n", r.TrapsKept, r.Traps, 100*r.TrapsKeptRate())
	}
	if s := r.Stat(Address); s.Gold > 0 {
		fmt.Fprintf(&b, "partial address replacements (house number left behind): %d of %d\n", r.PartialAddresses, s.Gold)
	}
	return b.String()
}

// Target is a quality bar for one type; zero means no bar.
type Target struct {
	Type         Type
	MinRecall    float64
	MinPrecision float64
}

// Targets are the bars Scrub must clear on the generated corpus: recall 99.5% on IDs,
// mobiles, cards, credit codes, emails and order numbers, 95% on names and addresses, and
// 98% precision on every structured type.
var Targets = []Target{
	{Type: Name, MinRecall: 0.95},
	{Type: Mobile, MinRecall: 0.995, MinPrecision: 0.98},
	{Type: Landline, MinPrecision: 0.98},
	{Type: IDNumber, MinRecall: 0.995, MinPrecision: 0.98},
	{Type: BankCard, MinRecall: 0.995, MinPrecision: 0.98},
	{Type: Email, MinRecall: 0.995, MinPrecision: 0.98},
	{Type: USCC, MinRecall: 0.995, MinPrecision: 0.98},
	{Type: Address, MinRecall: 0.95},
	{Type: OrderNumber, MinRecall: 0.995, MinPrecision: 0.98},
	{Type: Plate, MinPrecision: 0.98},
}

// Missed returns a line for every target the report does not meet; none when all are met.
func (r Report) Missed(targets []Target) []string {
	var out []string
	for _, t := range targets {
		s := r.Stat(t.Type)
		if t.MinRecall > 0 && s.Recall() < t.MinRecall {
			out = append(out, fmt.Sprintf("%s recall %.2f%% < %.2f%%", t.Type, 100*s.Recall(), 100*t.MinRecall))
		}
		if t.MinPrecision > 0 && s.Precision() < t.MinPrecision {
			out = append(out, fmt.Sprintf("%s precision %.2f%% < %.2f%%", t.Type, 100*s.Precision(), 100*t.MinPrecision))
		}
	}
	return out
}

// HandTargets are the bars for hand-labeled text nobody tuned the scrubber for: recall
// 95% on names and addresses, 99.5% on mobiles, IDs, bank cards, emails and chat ids.
// Hard negatives kept (98%) and partial addresses (none) are checked by MissedHand.
var HandTargets = []Target{
	{Type: Name, MinRecall: 0.95},
	{Type: Mobile, MinRecall: 0.995},
	{Type: IDNumber, MinRecall: 0.995},
	{Type: BankCard, MinRecall: 0.995},
	{Type: Email, MinRecall: 0.995},
	{Type: SocialID, MinRecall: 0.995},
	{Type: Address, MinRecall: 0.95},
}

// MinTrapsKept is the share of hard negatives a hand-labeled corpus must see untouched.
const MinTrapsKept = 0.98

// MissedHand returns a line for every hand-corpus target the report does not meet.
func (r Report) MissedHand() []string {
	out := r.Missed(HandTargets)
	if r.TrapsKeptRate() < MinTrapsKept {
		out = append(out, fmt.Sprintf("hard negatives kept %.2f%% < %.2f%%", 100*r.TrapsKeptRate(), 100*MinTrapsKept))
	}
	if r.PartialAddresses > 0 {
		out = append(out, fmt.Sprintf("%d partial address replacements", r.PartialAddresses))
	}
	return out
}
