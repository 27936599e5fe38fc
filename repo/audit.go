package repo

import (
	"context"
	"time"

	"gorm.io/gorm"

	"github.com/redress-project/redress/domain/audit"
)

type checkpointRow struct {
	ID      int64 `gorm:"primaryKey"`
	TakenAt time.Time
	Cases   int
	Root    string
}

func (checkpointRow) TableName() string { return "audit_checkpoints" }

func (r checkpointRow) toDomain() audit.Checkpoint {
	return audit.Checkpoint{ID: r.ID, TakenAt: r.TakenAt.UTC(), Cases: r.Cases, Root: r.Root}
}

// Audit implements audit.Store.
type Audit struct{ db *gorm.DB }

// NewAudit returns the audit checkpoint store of db.
func NewAudit(db *DB) *Audit { return &Audit{db: db.Gorm} }

// TakeCheckpoint implements audit.Store.
func (s *Audit) TakeCheckpoint(ctx context.Context, now time.Time) (*audit.Checkpoint, error) {
	var out audit.Checkpoint
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Exec("DELETE FROM chain_heads").Error; err != nil {
			return err
		}
		if err := tx.Exec(`INSERT INTO chain_heads (case_id, seq, hash)
			SELECT e.case_id, e.seq, e.hash FROM case_events e
			JOIN (SELECT case_id, MAX(seq) AS seq FROM case_events GROUP BY case_id) last
			  ON last.case_id = e.case_id AND last.seq = e.seq`).Error; err != nil {
			return err
		}
		var tree audit.Tree
		if err := walkHeads(tx, func(h audit.Head) error { tree.Add(h); return nil }); err != nil {
			return err
		}
		row := checkpointRow{TakenAt: now.UTC(), Cases: tree.Len(), Root: tree.Root()}
		if err := tx.Create(&row).Error; err != nil {
			return err
		}
		out = row.toDomain()
		return nil
	})
	if err != nil {
		return nil, translate(err, "Audit checkpoint")
	}
	return &out, nil
}

// WalkHeads implements audit.Store.
func (s *Audit) WalkHeads(ctx context.Context, fn func(audit.Head) error) error {
	return translate(walkHeads(s.db.WithContext(ctx), fn), "Chain heads")
}

func walkHeads(db *gorm.DB, fn func(audit.Head) error) error {
	rows, err := db.Raw("SELECT case_id, seq, hash FROM chain_heads ORDER BY case_id").Rows()
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var h audit.Head
		if err := rows.Scan(&h.CaseID, &h.Seq, &h.Hash); err != nil {
			return err
		}
		if err := fn(h); err != nil {
			return err
		}
	}
	return rows.Err()
}

// LatestCheckpoint implements audit.Store.
func (s *Audit) LatestCheckpoint(ctx context.Context) (*audit.Checkpoint, error) {
	cps, err := s.FindCheckpoints(ctx, 1)
	if err != nil || len(cps) == 0 {
		return nil, err
	}
	return &cps[0], nil
}

// FindCheckpoints implements audit.Store.
func (s *Audit) FindCheckpoints(ctx context.Context, limit int) ([]audit.Checkpoint, error) {
	var rows []checkpointRow
	if err := s.db.WithContext(ctx).Order("id DESC").Limit(limit).Find(&rows).Error; err != nil {
		return nil, translate(err, "Audit checkpoints")
	}
	out := make([]audit.Checkpoint, len(rows))
	for i, r := range rows {
		out[i] = r.toDomain()
	}
	return out, nil
}
