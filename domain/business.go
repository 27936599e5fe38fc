package domain

import (
	"context"
	"time"
)

// BusinessMerge records that one business record was folded into another: the same
// business filed twice under names that normalization does not fold together (a legal
// form written two ways, a typo), or once with and once without its credit code.
type BusinessMerge struct {
	FromID, IntoID int64
	CasesMoved     int64
	UsersMoved     int64
	USCCMoved      string // the credit code the merged record held, which the kept one takes
	UserID         int64  // who merged
	UserName       string
	At             time.Time
}

// BusinessStore keeps the registry of businesses.
type BusinessStore interface {
	// MergeBusinesses moves the cases and business users of m.FromID to m.IntoID, gives it
	// the merged record's credit code if it has none, and records the merge, all in one
	// transaction; it fills in what moved. Errors: not_found (either record), conflict
	// (already_merged, different_uscc).
	MergeBusinesses(ctx context.Context, m *BusinessMerge) error
}

// BusinessService looks after the registry of businesses.
type BusinessService struct {
	Store BusinessStore
	Now   func() time.Time
}

// Merge folds business from into business into: its cases, with their figures, and its
// users follow; the merged record stays for the record but is matched no more. Who may
// merge is the route's permission (businesses/merge, platform admins: the registry is
// national). Errors: forbidden, invalid, not_found, conflict.
func (s *BusinessService) Merge(ctx context.Context, a Actor, from, into int64) (*BusinessMerge, error) {
	if a.Kind != ActorStaff {
		return nil, ReasonErrorf(ECodeForbidden, "staff_only", "Business records are merged by staff.")
	}
	var v Validation
	switch {
	case into <= 0:
		v.Add("into", "required", "Name the business record to keep.")
	case into == from:
		v.Add("into", "same", "A business record cannot be merged into itself.")
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	m := &BusinessMerge{FromID: from, IntoID: into, UserID: a.UserID, UserName: a.Name, At: s.Now()}
	if err := s.Store.MergeBusinesses(ctx, m); err != nil {
		return nil, err
	}
	return m, nil
}
