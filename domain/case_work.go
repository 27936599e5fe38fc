package domain

import (
	"context"
	"strings"
	"unicode/utf8"
)

// Permissions on cases, as named in the authorization policy.
const (
	permCases    = "cases"
	actRead      = "read"
	actWork      = "work"
	actReassign  = "reassign"
	actReopen    = "reopen"
	maxNoteRunes = 5000
)

// notFound is what a caller gets for a case they may not see: indistinguishable from one
// that does not exist.
func notFound() error { return Errorf(ECodeNotFound, "There is no such case.") }

// canSee applies the record-level rule for reading a case.
func canSee(a Actor, c *Case) bool {
	switch a.Kind {
	case ActorStaff:
		return a.can(c.Association.Path, permCases, actRead)
	case ActorConsumer:
		return (a.TrackedCaseID != 0 && a.TrackedCaseID == c.ID) ||
			(a.UserID != 0 && c.Consumer.UserID != nil && *c.Consumer.UserID == a.UserID)
	case ActorBusiness:
		return a.BusinessID != 0 && a.BusinessID == c.Business.ID
	}
	return false
}

// canWork applies the record-level rule for changing a case: mediators act on cases of their
// association that are unassigned or theirs; those who may reassign act on any.
func canWork(a Actor, c *Case) error {
	path := c.Association.Path
	if !a.can(path, permCases, actWork) {
		return ReasonErrorf(ECodeForbidden, "not_permitted", "You may read this case but not work on it.")
	}
	if c.AssigneeID != nil && *c.AssigneeID != a.UserID && !a.can(path, permCases, actReassign) {
		return ReasonErrorf(ECodeForbidden, "assigned_to_other", "The case is assigned to another mediator.")
	}
	return nil
}

// checkVersion refuses a change based on a stale read.
func checkVersion(c *Case, version int64) error {
	if version != c.Version {
		return ReasonErrorf(ECodePreconditionFailed, "stale_version", "The case changed since you read it; reload it and try again.")
	}
	return nil
}

// Get returns a case the actor may see. Errors: not_found.
func (s *CaseService) Get(ctx context.Context, a Actor, id int64) (*Case, error) {
	c, err := s.Cases.FindCase(ctx, id)
	if err != nil {
		return nil, err
	}
	if !canSee(a, c) {
		return nil, notFound()
	}
	return c, nil
}

// Events returns the history of a case: all of it for staff, the parties-visible part for
// the consumer and the business. Errors: not_found.
func (s *CaseService) Events(ctx context.Context, a Actor, id int64) ([]Event, error) {
	if _, err := s.Get(ctx, a, id); err != nil {
		return nil, err
	}
	events, err := s.Cases.FindEvents(ctx, id)
	if err != nil {
		return nil, err
	}
	if a.Kind == ActorStaff {
		return events, nil
	}
	out := events[:0]
	for _, e := range events {
		if e.Visibility != VisibilityInternal && visibleTo(e, a.Kind) {
			out = append(out, e)
		}
	}
	return out, nil
}

// visibleTo keeps an event addressed to one party (a message, a rating) from the other.
// In transitions "to" is the new status, not an addressee.
func visibleTo(e Event, k ActorKind) bool {
	to, _ := e.Payload["to"].(string)
	switch {
	case e.Type != "message" && e.Type != "rated", to == "", to == "both":
		return true
	case k == ActorConsumer:
		return to == "consumer"
	case k == ActorBusiness:
		return to == "business"
	}
	return false
}

// List returns a page of the cases the actor may see that match the filter: for staff the
// cases of the associations they may read (the scope is part of the query, so a missed
// check cannot leak another association's rows), for consumers their own, for business
// users their business's.
func (s *CaseService) List(ctx context.Context, a Actor, f CaseFilter) (*CasePage, error) {
	f.AssociationIDs, f.ConsumerUserID, f.BusinessID = nil, 0, 0
	tree, err := s.Associations.Tree(ctx)
	if err != nil {
		return nil, err
	}
	switch a.Kind {
	case ActorStaff:
		for _, as := range tree.All() {
			if a.can(as.Path, permCases, actRead) {
				f.AssociationIDs = append(f.AssociationIDs, as.ID)
			}
		}
		if len(f.AssociationIDs) == 0 {
			return &CasePage{Items: []Case{}}, nil
		}
	case ActorConsumer:
		f.ConsumerUserID = a.UserID
	case ActorBusiness:
		f.BusinessID = a.BusinessID
	default:
		return &CasePage{Items: []Case{}}, nil
	}
	if f.ConsumerUserID == 0 && f.BusinessID == 0 && len(f.AssociationIDs) == 0 {
		return &CasePage{Items: []Case{}}, nil
	}
	if f.Limit <= 0 || f.Limit > 100 {
		f.Limit = 25
	}
	f.Today = DateOf(s.Now().In(ChinaTime))
	page, err := s.Cases.FindCases(ctx, f)
	if err != nil {
		return nil, err
	}
	for i := range page.Items {
		if as := tree.FindByID(page.Items[i].Association.ID); as != nil {
			page.Items[i].Association = *as
		}
	}
	return page, nil
}

// Transition moves a case through the state machine, if version is still current.
// Errors: not_found, forbidden, invalid, conflict, precondition_failed.
func (s *CaseService) Transition(ctx context.Context, a Actor, id, version int64, t Transition) (*Case, error) {
	if ActorOf(t.Action) == "" {
		var v Validation
		v.Add("action", "unknown", "Unknown action.")
		return nil, v.Err()
	}
	now := s.Now()
	cal, rules, err := s.Calendar(ctx)
	if err != nil {
		return nil, err
	}
	var target *Association
	if t.Action == ActionTransfer && t.TargetAssociation != "" {
		if target, err = s.Associations.Find(ctx, t.TargetAssociation); err != nil && CodeOf(err) != ECodeNotFound {
			return nil, err
		}
	}
	return s.Cases.UpdateCase(ctx, id, func(c *Case) ([]Event, bool, error) {
		if !canSee(a, c) {
			return nil, false, notFound()
		}
		if err := s.mayTake(a, c, t.Action); err != nil {
			return nil, false, err
		}
		if a.Kind == ActorStaff {
			if err := checkVersion(c, version); err != nil {
				return nil, false, err
			}
		}
		assoc := c.Association
		if target != nil {
			assoc = *target
		}
		env := TransitionEnv{Now: now, Calendar: cal, Target: target, Rule: PickDeadlineRule(rules, assoc.ID, DateOf(now.In(ChinaTime)))}
		ev, err := c.Apply(t, env)
		if err != nil {
			return nil, false, err
		}
		if t.Action == ActionAccept && c.AssigneeID == nil {
			c.AssigneeID = a.actorID() // whoever accepts an unassigned case carries it
			ev.Payload["assignee_id"] = a.UserID
		}
		c.refreshDue(cal)
		return []Event{s.stamp(ev, a, c)}, true, nil
	})
}

// mayTake checks that the actor's side may take the action, and staff permissions.
func (s *CaseService) mayTake(a Actor, c *Case, action Action) error {
	if want := ActorOf(action); want != a.Kind {
		return ReasonErrorf(ECodeForbidden, "wrong_party", "Only the %s may %s.", want, action)
	}
	if a.Kind != ActorStaff {
		return nil
	}
	if action == ActionReopen && !a.can(c.Association.Path, permCases, actReopen) {
		return ReasonErrorf(ECodeForbidden, "not_permitted", "Only supervisors and admins may reopen a case.")
	}
	return canWork(a, c)
}

func (s *CaseService) stamp(ev Event, a Actor, c *Case) Event {
	ev.CaseID, ev.ActorKind, ev.ActorID, ev.ActorName = c.ID, a.Kind, a.actorID(), a.Name
	if ev.At.IsZero() {
		ev.At = s.Now()
	}
	return ev
}

// Assign gives the case to a staff member of its association (assigneeID 0 unassigns).
// Mediators may only claim an unassigned case for themselves; reassigning needs the
// reassign permission. isMember is asked before the case is locked, so it may query.
// Errors: not_found, forbidden, invalid, precondition_failed.
func (s *CaseService) Assign(ctx context.Context, a Actor, id, version, assigneeID int64, isMember func(userID int64, assoc *Association) (bool, error)) (*Case, error) {
	current, err := s.Get(ctx, a, id)
	if err != nil {
		return nil, err
	}
	if err := mayAssign(a, current, assigneeID); err != nil {
		return nil, err
	}
	if assigneeID != 0 {
		ok, err := isMember(assigneeID, &current.Association)
		if err != nil {
			return nil, err
		}
		if !ok {
			var v Validation
			v.Add("assignee_id", "not_member", "The assignee must be a staff member of the case's association.")
			return nil, v.Err()
		}
	}
	return s.Cases.UpdateCase(ctx, id, func(c *Case) ([]Event, bool, error) {
		if !canSee(a, c) {
			return nil, false, notFound()
		}
		if err := mayAssign(a, c, assigneeID); err != nil {
			return nil, false, err
		}
		if err := checkVersion(c, version); err != nil {
			return nil, false, err // also catches a transfer since the membership check
		}
		ev := Event{Type: "assigned", Visibility: VisibilityInternal, Payload: map[string]any{"assignee_id": assigneeID}}
		if assigneeID == 0 {
			c.AssigneeID = nil
		} else {
			c.AssigneeID = &assigneeID
		}
		return []Event{s.stamp(ev, a, c)}, true, nil
	})
}

// mayAssign: staff who work the case may claim it when unassigned; reassigning, or
// assigning someone else, needs the reassign permission.
func mayAssign(a Actor, c *Case, assigneeID int64) error {
	if a.Kind != ActorStaff || !a.can(c.Association.Path, permCases, actWork) {
		return ReasonErrorf(ECodeForbidden, "not_permitted", "You may read this case but not work on it.")
	}
	claim := assigneeID == a.UserID && c.AssigneeID == nil
	if !claim && !a.can(c.Association.Path, permCases, actReassign) {
		return ReasonErrorf(ECodeForbidden, "not_permitted", "Mediators may only claim unassigned cases; ask a supervisor to reassign.")
	}
	return nil
}

// Note is a note or message added to a case.
type Note struct {
	Body       string
	Visibility Visibility
	To         string // messages from staff: consumer, business or both
	// ProposedRemedy is what a business offers to settle (business answers only).
	ProposedRemedy string
}

// AddNote appends a note (staff: internal or to the parties) or a message (consumer,
// business) to the timeline. A consumer's message answers a request for information.
// Errors: not_found, forbidden, invalid.
func (s *CaseService) AddNote(ctx context.Context, a Actor, id int64, n Note) (*Event, error) {
	var v Validation
	body := strings.TrimSpace(n.Body)
	if k := utf8.RuneCountInString(body); k == 0 || k > maxNoteRunes {
		v.Add("body", "length", "The text must have 1 to 5000 characters.")
	}
	if utf8.RuneCountInString(n.ProposedRemedy) > maxNoteRunes {
		v.Add("proposed_remedy", "too_long", "The remedy must have at most 5000 characters.")
	}
	if a.Kind == ActorStaff {
		if !ValidVisibility(n.Visibility) || n.Visibility == VisibilityPublic {
			v.Add("visibility", "unknown", "The visibility must be internal or parties.")
		}
		if n.Visibility == VisibilityParties && n.To != "" && n.To != "consumer" && n.To != "business" && n.To != "both" {
			v.Add("to", "unknown", "A message goes to consumer, business or both.")
		}
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	var out []Event // the repository seals these in place: out[0] gets its ID and hash
	cal, _, err := s.Calendar(ctx)
	if err != nil {
		return nil, err
	}
	_, err = s.Cases.UpdateCase(ctx, id, func(c *Case) ([]Event, bool, error) {
		if !canSee(a, c) {
			return nil, false, notFound()
		}
		ev := Event{Type: "message", Visibility: VisibilityParties, Payload: map[string]any{"body": body}}
		var events []Event
		bump := false
		switch a.Kind {
		case ActorStaff:
			if err := canWork(a, c); err != nil {
				return nil, false, err
			}
			if n.Visibility == VisibilityInternal {
				ev.Type, ev.Visibility = "note", VisibilityInternal
			} else {
				to := n.To
				if to == "" {
					to = "both"
				}
				ev.Payload["to"] = to
			}
		case ActorConsumer:
			ev.Payload["from"] = "consumer"
			if c.Status.Open() && c.WaitingOn == WaitingOnConsumer {
				next, err := c.Apply(Transition{Action: ActionSupplyInformation}, TransitionEnv{Now: s.Now(), Calendar: cal})
				if err != nil {
					return nil, false, err
				}
				c.refreshDue(cal)
				events, bump = append(events, s.stamp(next, a, c)), true
			}
		case ActorBusiness:
			ev.Payload["from"] = "business"
			if r := strings.TrimSpace(n.ProposedRemedy); r != "" {
				ev.Type, ev.Payload["proposed_remedy"] = "business_answer", r
			}
			if c.BusinessRespondedAt == nil {
				now := s.Now()
				c.BusinessRespondedAt, bump = &now, true
			}
			if c.WaitingOn == WaitingOnBusiness {
				c.WaitingOn, bump = WaitingOnNone, true
			}
		}
		out = append([]Event{s.stamp(ev, a, c)}, events...)
		return out, bump, nil
	})
	if err != nil {
		return nil, err
	}
	return &out[0], nil
}

// ExportCases walks every case of the list the filter selects, in list order, telling fn
// whether the caller may see the consumer's personal details: only those who work the
// case's association, never its ancestors' read-only supervisors.
func (s *CaseService) ExportCases(ctx context.Context, a Actor, f CaseFilter, fn func(c *Case, d Deadlines, personal bool) error) error {
	if a.Kind != ActorStaff {
		return ReasonErrorf(ECodeForbidden, "staff_only", "Exports are for association staff.")
	}
	cal, _, err := s.Calendar(ctx)
	if err != nil {
		return err
	}
	today := DateOf(s.Now().In(ChinaTime))
	f.Limit, f.Cursor = 100, ""
	for {
		page, err := s.List(ctx, a, f)
		if err != nil {
			return err
		}
		for i := range page.Items {
			c := &page.Items[i]
			if err := fn(c, c.Deadlines(cal, today), a.can(c.Association.Path, permCases, actWork)); err != nil {
				return err
			}
		}
		if page.NextCursor == "" {
			return nil
		}
		f.Cursor = page.NextCursor
	}
}
