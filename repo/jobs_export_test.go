package repo

import (
	"gorm.io/gorm"

	"github.com/redress-project/redress/domain"
)

// CaseChanged lets the tests queue a change's notices in a transaction of their own.
func (j *Jobs) CaseChanged(tx *gorm.DB, c *domain.Case, events []domain.Event) error {
	return j.caseChanged(tx, c, events)
}
