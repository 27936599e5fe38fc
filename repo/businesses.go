package repo

import (
	"context"
	"fmt"
	"slices"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/redress-project/redress/domain"
)

// Businesses is the registry of businesses on the database.
type Businesses struct{ db *gorm.DB }

// NewBusinesses returns the business registry of db.
func NewBusinesses(db *DB) *Businesses { return &Businesses{db: db.Gorm} }

type businessMergeRow struct {
	ID         int64 `gorm:"primaryKey"`
	FromID     int64
	IntoID     int64
	UserID     *int64
	UserName   string
	CasesMoved int64
	UsersMoved int64
	USCCMoved  *string `gorm:"column:uscc_moved"`
	MergedAt   time.Time
}

func (businessMergeRow) TableName() string { return "business_merges" }

// liveBusinesses selects the business records not merged into another.
func liveBusinesses(tx *gorm.DB) *gorm.DB {
	return tx.Model(&businessRow{}).Where("NOT EXISTS (SELECT 1 FROM business_merges m WHERE m.from_id = businesses.id)")
}

// lockBusinessKeys serializes, until the transaction ends, the intakes and merges that
// touch the same business name or credit code, so that two complaints naming a new
// business create one record and no case is linked to a record being merged away. On
// SQLite, writers are serialized already (immediate transactions).
func lockBusinessKeys(tx *gorm.DB, keys ...string) error {
	if tx.Dialector.Name() != Postgres {
		return nil
	}
	slices.Sort(keys) // one order for every transaction, so that two never wait on each other
	for _, k := range slices.Compact(keys) {
		if err := tx.Exec("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", "business:"+k).Error; err != nil {
			return translate(err, "Business lock")
		}
	}
	return nil
}

// MergeBusinesses implements domain.BusinessStore.
func (s *Businesses) MergeBusinesses(ctx context.Context, m *domain.BusinessMerge) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var rows []businessRow
		if err := tx.Where("id IN ?", []int64{m.FromID, m.IntoID}).Find(&rows).Error; err != nil {
			return translate(err, "Businesses")
		}
		if len(rows) != 2 {
			return domain.Errorf(domain.ECodeNotFound, "There is no such business.")
		}
		var keys []string
		for _, r := range rows {
			keys = append(keys, "name:"+r.NormalizedName)
			if r.USCC != nil {
				keys = append(keys, "uscc:"+*r.USCC)
			}
		}
		if err := lockBusinessKeys(tx, keys...); err != nil {
			return err
		}
		// Read again under the locks: a merge or an intake that took a code may have
		// committed meanwhile.
		rows = nil
		q := tx.Where("id IN ?", []int64{m.FromID, m.IntoID})
		if tx.Dialector.Name() == Postgres {
			q = q.Clauses(clause.Locking{Strength: "UPDATE"})
		}
		if err := q.Order("id").Find(&rows).Error; err != nil {
			return translate(err, "Businesses")
		}
		var merged int64
		if err := tx.Model(&businessMergeRow{}).Where("from_id IN ?", []int64{m.FromID, m.IntoID}).Count(&merged).Error; err != nil {
			return translate(err, "Business merges")
		}
		if merged > 0 {
			return domain.ReasonErrorf(domain.ECodeConflict, "already_merged", "One of the two business records was merged into another already.")
		}
		from, into := rows[0], rows[1]
		if from.ID != m.FromID {
			from, into = into, from
		}
		if from.USCC != nil && into.USCC != nil {
			return domain.ReasonErrorf(domain.ECodeConflict, "different_uscc",
				"The two records have different credit codes: they are two registered businesses.")
		}
		if from.USCC != nil {
			m.USCCMoved = *from.USCC
			// The code is unique: off the merged record first, then onto the kept one.
			if err := tx.Model(&businessRow{}).Where("id = ?", from.ID).Update("uscc", nil).Error; err != nil {
				return translate(err, "Business")
			}
			if err := tx.Model(&businessRow{}).Where("id = ?", into.ID).Update("uscc", m.USCCMoved).Error; err != nil {
				return translate(err, "Business")
			}
		}
		// The cases change: their version moves on, so a page read before the merge
		// reloads rather than overwrite.
		res := tx.Model(&caseRow{}).Where("business_id = ?", from.ID).
			Updates(map[string]any{"business_id": into.ID, "version": gorm.Expr("version + 1"), "updated_at": m.At.UTC()})
		if res.Error != nil {
			return translate(res.Error, "Cases")
		}
		m.CasesMoved = res.RowsAffected
		res = tx.Table("business_users").Where("business_id = ?", from.ID).Update("business_id", into.ID)
		if res.Error != nil {
			return translate(res.Error, "Business users")
		}
		m.UsersMoved = res.RowsAffected
		row := businessMergeRow{FromID: from.ID, IntoID: into.ID, UserName: m.UserName, CasesMoved: m.CasesMoved, UsersMoved: m.UsersMoved, MergedAt: m.At.UTC()}
		if m.UserID != 0 {
			row.UserID = &m.UserID
		}
		if m.USCCMoved != "" {
			row.USCCMoved = &m.USCCMoved
		}
		return translate(tx.Create(&row).Error, "Business merge")
	})
}

// businessMergesVersion is the migration that brought business merges and the wider name
// normalization, after which the stored normalized names are recomputed once.
const businessMergesVersion = 7

// renormalizeBusinessNames recomputes the normalized names stored under an older
// normalization, so that names filed before match those filed after.
func renormalizeBusinessNames(ctx context.Context, db *DB) error {
	var rows []businessRow
	return db.Gorm.WithContext(ctx).Select("id", "name", "normalized_name").FindInBatches(&rows, 1000, func(tx *gorm.DB, _ int) error {
		for _, r := range rows {
			if norm := domain.NormalizeBusinessName(r.Name); norm != r.NormalizedName {
				if err := db.Gorm.WithContext(ctx).Model(&businessRow{}).Where("id = ?", r.ID).Update("normalized_name", norm).Error; err != nil {
					return translate(err, "Business")
				}
			}
		}
		return nil
	}).Error
}

// survivingBusiness follows merges from a record to the one its cases are now under.
func survivingBusiness(tx *gorm.DB, id int64) (int64, error) {
	for range 50 { // merges form chains, never cycles (a merged record is not merged into)
		var into []int64
		if err := tx.Model(&businessMergeRow{}).Where("from_id = ?", id).Limit(1).Pluck("into_id", &into).Error; err != nil {
			return 0, translate(err, "Business merges")
		}
		if len(into) == 0 {
			return id, nil
		}
		id = into[0]
	}
	return 0, fmt.Errorf("repo: business %d: merges chained too deep", id)
}
