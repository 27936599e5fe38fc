package repo

import (
	"context"

	"gorm.io/gorm"
)

// CaseLabels implements domain.CaseLabelStore.
type CaseLabels struct{ db *gorm.DB }

// NewCaseLabels returns the store of the names shown beside case IDs.
func NewCaseLabels(db *DB) *CaseLabels { return &CaseLabels{db: db.Gorm} }

type idText struct {
	ID   int64
	Text string
}

// FindUserNames implements domain.CaseLabelStore.
func (s *CaseLabels) FindUserNames(ctx context.Context, ids []int64) (map[int64]string, error) {
	return s.texts(ctx, "SELECT id, name AS text FROM users WHERE id IN ?", ids)
}

// FindBusinessUSCCs implements domain.CaseLabelStore.
func (s *CaseLabels) FindBusinessUSCCs(ctx context.Context, ids []int64) (map[int64]string, error) {
	return s.texts(ctx, "SELECT id, uscc AS text FROM businesses WHERE id IN ? AND uscc IS NOT NULL", ids)
}

func (s *CaseLabels) texts(ctx context.Context, query string, ids []int64) (map[int64]string, error) {
	out := make(map[int64]string, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	var rows []idText
	if err := s.db.WithContext(ctx).Raw(query, ids).Scan(&rows).Error; err != nil {
		return nil, err
	}
	for _, r := range rows {
		out[r.ID] = r.Text
	}
	return out, nil
}
