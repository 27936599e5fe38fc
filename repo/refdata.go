package repo

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

//go:embed refdata/divisions.tsv
var refdata embed.FS

type divisionRow struct {
	Code       string `gorm:"primaryKey"`
	Name       string
	Level      int
	ParentCode *string
}

func (divisionRow) TableName() string { return "divisions" }

type referenceDataRow struct {
	Name     string `gorm:"primaryKey"`
	Checksum string
	LoadedAt time.Time
}

func (referenceDataRow) TableName() string { return "reference_data" }

// LoadReferenceData upserts the reference data shipped in the binary (the GB/T 2260
// division table). A data set whose checksum is already recorded is skipped, so a restart
// costs one query.
func (db *DB) LoadReferenceData(ctx context.Context) error {
	data, err := refdata.ReadFile("refdata/divisions.tsv")
	if err != nil {
		return err
	}
	sum := sha256.Sum256(data)
	checksum := hex.EncodeToString(sum[:])
	return db.Gorm.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var done int64
		if err := tx.Model(&referenceDataRow{}).Where("name = ? AND checksum = ?", "divisions", checksum).Count(&done).Error; err != nil {
			return fmt.Errorf("repo: reference data: %w", err)
		}
		if done > 0 {
			return nil
		}
		rows, err := parseDivisions(data)
		if err != nil {
			return err
		}
		if err := tx.Clauses(clause.OnConflict{UpdateAll: true}).CreateInBatches(rows, 500).Error; err != nil {
			return fmt.Errorf("repo: load divisions: %w", err)
		}
		mark := referenceDataRow{Name: "divisions", Checksum: checksum, LoadedAt: time.Now().UTC()}
		return tx.Clauses(clause.OnConflict{UpdateAll: true}).Create(&mark).Error
	})
}

// parseDivisions reads the tab-separated table: code, name, level, parent.
func parseDivisions(data []byte) ([]divisionRow, error) {
	var rows []divisionRow
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if n == 1 || line == "" {
			continue // header
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("repo: divisions.tsv line %d: want 4 fields, got %d", n, len(f))
		}
		level, err := strconv.Atoi(f[2])
		if err != nil {
			return nil, fmt.Errorf("repo: divisions.tsv line %d: level: %w", n, err)
		}
		r := divisionRow{Code: f[0], Name: f[1], Level: level}
		if f[3] != "" {
			r.ParentCode = &f[3]
		}
		rows = append(rows, r)
	}
	return rows, sc.Err()
}
