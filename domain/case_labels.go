package domain

import "context"

// CaseLabelStore finds the names shown beside a case's IDs.
type CaseLabelStore interface {
	// FindUserNames returns the names of the given users by ID.
	FindUserNames(ctx context.Context, ids []int64) (map[int64]string, error)
	// FindBusinessUSCCs returns the credit codes of the given businesses that have one.
	FindBusinessUSCCs(ctx context.Context, ids []int64) (map[int64]string, error)
}

// Label fills in what cases show beside their IDs: the assignee's name and the business's
// credit code, with one query each for a whole page.
func (s *CaseService) Label(ctx context.Context, cases ...*Case) error {
	var users, businesses []int64
	for _, c := range cases {
		if c.AssigneeID != nil {
			users = append(users, *c.AssigneeID)
		}
		businesses = append(businesses, c.Business.ID)
	}
	names, err := s.Labels.FindUserNames(ctx, users)
	if err != nil {
		return err
	}
	usccs, err := s.Labels.FindBusinessUSCCs(ctx, businesses)
	if err != nil {
		return err
	}
	for _, c := range cases {
		if c.AssigneeID != nil {
			c.AssigneeName = names[*c.AssigneeID]
		}
		c.Business.USCC = usccs[c.Business.ID]
	}
	return nil
}
