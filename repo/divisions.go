package repo

import (
	"context"
	"sync"

	"gorm.io/gorm"

	"github.com/redress-project/redress/domain"
)

// Divisions implements domain.DivisionStore.
type Divisions struct{ db *gorm.DB }

// NewDivisions returns the division store of db.
func NewDivisions(db *DB) *Divisions { return &Divisions{db: db.Gorm} }

// FindDivisions implements domain.DivisionStore.
func (s *Divisions) FindDivisions(ctx context.Context, parent string) ([]domain.Division, error) {
	q := s.db.WithContext(ctx).Order("code")
	if parent == "" {
		q = q.Where("level = 1")
	} else {
		q = q.Where("parent_code = ?", parent)
	}
	var rows []divisionRow
	if err := q.Find(&rows).Error; err != nil {
		return nil, translate(err, "Divisions")
	}
	out := make([]domain.Division, 0, len(rows))
	for _, r := range rows {
		d, err := r.toDomain()
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

// AllDivisions implements domain.DivisionStore.
func (s *Divisions) AllDivisions(ctx context.Context) ([]domain.Division, error) {
	var rows []divisionRow
	if err := s.db.WithContext(ctx).Order("code").Find(&rows).Error; err != nil {
		return nil, translate(err, "Divisions")
	}
	out := make([]domain.Division, 0, len(rows))
	for _, r := range rows {
		d, err := r.toDomain()
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

// DivisionExists implements domain.DivisionStore.
func (s *Divisions) DivisionExists(ctx context.Context, code string) (bool, error) {
	var n int64
	err := s.db.WithContext(ctx).Model(&divisionRow{}).Where("code = ?", code).Count(&n).Error
	return n > 0, translate(err, "Division")
}

// FindDivision implements domain.DivisionStore.
func (s *Divisions) FindDivision(ctx context.Context, code string) (*domain.Division, error) {
	var r divisionRow
	if err := s.db.WithContext(ctx).Where("code = ?", code).First(&r).Error; err != nil {
		return nil, translate(err, "Division")
	}
	d, err := r.toDomain()
	if err != nil {
		return nil, err
	}
	return &d, nil
}

// shippedDivisionNames are the names of each division in the three languages, from the
// table in the binary.
var shippedDivisionNames = sync.OnceValues(func() (map[string]domain.Names, error) {
	data, err := refdata.ReadFile("refdata/divisions.tsv")
	if err != nil {
		return nil, err
	}
	rows, err := parseDivisions(data)
	if err != nil {
		return nil, err
	}
	names := make(map[string]domain.Names, len(rows))
	for _, r := range rows {
		names[r.Code] = domain.Names{ZhHans: r.Name, ZhHant: r.NameHant, En: r.NameEn}
	}
	return names, nil
})

func (r divisionRow) toDomain() (domain.Division, error) {
	names, err := shippedDivisionNames()
	if err != nil {
		return domain.Division{}, err
	}
	d := domain.Division{Code: r.Code, Name: r.Name, Level: r.Level, Names: names[r.Code]}
	if d.Names.ZhHans == "" {
		d.Names = domain.Names{ZhHans: r.Name, ZhHant: r.Name, En: r.Name}
	}
	if r.ParentCode != nil {
		d.ParentCode = *r.ParentCode
	}
	return d, nil
}
