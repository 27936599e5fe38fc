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

	"github.com/redress-project/redress/domain"
)

//go:embed refdata/divisions.tsv
var refdata embed.FS

type divisionRow struct {
	Code       string `gorm:"primaryKey"`
	Name       string
	Level      int
	ParentCode *string
	// The other languages' names are read from the shipped table, not stored.
	NameHant, NameEn string `gorm:"-"`
}

func (divisionRow) TableName() string { return "divisions" }

type referenceDataRow struct {
	Name     string `gorm:"primaryKey"`
	Checksum string
	LoadedAt time.Time
}

func (referenceDataRow) TableName() string { return "reference_data" }

// LoadReferenceData loads the reference data shipped in the binary: the GB/T 2260
// division table (upserted) and the shipped years of the working-day calendar (added
// where a day is not listed yet, so an admin's corrections stay). A data set whose
// checksum is already recorded is skipped, so a restart costs a query per set.
func (db *DB) LoadReferenceData(ctx context.Context) error {
	divisions, err := refdata.ReadFile("refdata/divisions.tsv")
	if err != nil {
		return err
	}
	err = db.loadOnce(ctx, "divisions", divisions, func(tx *gorm.DB) error {
		rows, err := parseDivisions(divisions)
		if err != nil {
			return err
		}
		return tx.Clauses(clause.OnConflict{UpdateAll: true}).CreateInBatches(rows, 500).Error
	})
	if err != nil {
		return err
	}
	holidays, workdays := domain.ChinaCalendar().Days()
	stamp := fmt.Sprint(holidays, workdays)
	return db.loadOnce(ctx, "calendar", []byte(stamp), func(tx *gorm.DB) error {
		return insertCalendarDays(tx, holidays, workdays, true)
	})
}

// loadOnce runs load in a transaction unless data with this checksum was loaded before.
func (db *DB) loadOnce(ctx context.Context, name string, data []byte, load func(tx *gorm.DB) error) error {
	sum := sha256.Sum256(data)
	checksum := hex.EncodeToString(sum[:])
	return db.Gorm.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var done int64
		if err := tx.Model(&referenceDataRow{}).Where("name = ? AND checksum = ?", name, checksum).Count(&done).Error; err != nil {
			return fmt.Errorf("repo: reference data: %w", err)
		}
		if done > 0 {
			return nil
		}
		if err := load(tx); err != nil {
			return fmt.Errorf("repo: load %s: %w", name, err)
		}
		mark := referenceDataRow{Name: name, Checksum: checksum, LoadedAt: time.Now().UTC()}
		return tx.Clauses(clause.OnConflict{UpdateAll: true}).Create(&mark).Error
	})
}

// parseDivisions reads the tab-separated table: code, name, level, parent, and the name
// in Traditional Chinese and in English.
func parseDivisions(data []byte) ([]divisionRow, error) {
	var rows []divisionRow
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if n == 1 || line == "" {
			continue // header
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("repo: divisions.tsv line %d: want 6 fields, got %d", n, len(f))
		}
		level, err := strconv.Atoi(f[2])
		if err != nil {
			return nil, fmt.Errorf("repo: divisions.tsv line %d: level: %w", n, err)
		}
		r := divisionRow{Code: f[0], Name: f[1], Level: level, NameHant: f[4], NameEn: f[5]}
		if f[3] != "" {
			r.ParentCode = &f[3]
		}
		rows = append(rows, r)
	}
	return rows, sc.Err()
}
