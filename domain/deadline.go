package domain

// DeadlineRule sets the working-day deadlines in force from a date. Rules are data because
// the regulations change (the 2019 market-regulation complaint measures were replaced on
// 2026-04-15); an association may override the default.
type DeadlineRule struct {
	AssociationID        int64 // 0: the default for every association
	EffectiveFrom        Date
	AcceptanceDays       int
	MediationDays        int
	BusinessResponseDays int
	Basis                string
}

// PickDeadlineRule returns the rule in force on a date for an association: its own latest
// rule effective by then, else the latest default; a built-in default when there is none.
func PickDeadlineRule(rules []DeadlineRule, associationID int64, on Date) DeadlineRule {
	var own, def *DeadlineRule
	for i := range rules {
		r := &rules[i]
		if r.EffectiveFrom.After(on) {
			continue
		}
		switch r.AssociationID {
		case associationID:
			if own == nil || r.EffectiveFrom.After(own.EffectiveFrom) {
				own = r
			}
		case 0:
			if def == nil || r.EffectiveFrom.After(def.EffectiveFrom) {
				def = r
			}
		}
	}
	switch {
	case own != nil:
		return *own
	case def != nil:
		return *def
	}
	return DeadlineRule{AcceptanceDays: 7, MediationDays: 45, BusinessResponseDays: 10, Basis: "built-in default"}
}
