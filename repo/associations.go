package repo

import (
	"context"
	"time"

	"gorm.io/gorm"

	"github.com/redress-project/redress/domain"
)

type associationRow struct {
	ID         int64 `gorm:"primaryKey"`
	Code       string
	ParentID   *int64
	Path       string
	NameZhHans string
	NameZhHant string
	NameEn     string
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

func (associationRow) TableName() string { return "associations" }

type associationDivisionRow struct {
	AssociationID int64  `gorm:"primaryKey"`
	DivisionCode  string `gorm:"primaryKey"`
}

func (associationDivisionRow) TableName() string { return "association_divisions" }

type membershipRow struct {
	UserID        int64 `gorm:"primaryKey"`
	AssociationID int64 `gorm:"primaryKey"`
	Role          string
	CreatedAt     time.Time
}

func (membershipRow) TableName() string { return "memberships" }

// Associations implements domain.AssociationStore.
type Associations struct{ db *gorm.DB }

// NewAssociations returns the association store of db.
func NewAssociations(db *DB) *Associations { return &Associations{db: db.Gorm} }

// FindAssociations implements domain.AssociationStore.
func (s *Associations) FindAssociations(ctx context.Context) ([]domain.Association, error) {
	db := s.db.WithContext(ctx)
	var rows []associationRow
	if err := db.Order("path").Find(&rows).Error; err != nil {
		return nil, translate(err, "Associations")
	}
	var cover []associationDivisionRow
	if err := db.Order("division_code").Find(&cover).Error; err != nil {
		return nil, translate(err, "Association coverage")
	}
	codes := make(map[int64]string, len(rows))
	for _, r := range rows {
		codes[r.ID] = r.Code
	}
	divisions := make(map[int64][]string)
	for _, c := range cover {
		divisions[c.AssociationID] = append(divisions[c.AssociationID], c.DivisionCode)
	}
	out := make([]domain.Association, 0, len(rows))
	for _, r := range rows {
		a := domain.Association{
			ID: r.ID, Code: r.Code, Path: r.Path, CreatedAt: r.CreatedAt, Divisions: divisions[r.ID],
			Names: domain.Names{ZhHans: r.NameZhHans, ZhHant: r.NameZhHant, En: r.NameEn},
		}
		if r.ParentID != nil {
			a.ParentCode = codes[*r.ParentID]
		}
		out = append(out, a)
	}
	return out, nil
}

// associationsByID maps every association by its ID, for rows that name theirs.
func (s *Associations) associationsByID(ctx context.Context) (map[int64]domain.Association, error) {
	assocs, err := s.FindAssociations(ctx)
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]domain.Association, len(assocs))
	for _, a := range assocs {
		byID[a.ID] = a
	}
	return byID, nil
}

// CreateAssociation implements domain.AssociationStore.
func (s *Associations) CreateAssociation(ctx context.Context, a *domain.Association) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		r := associationRow{
			Code: a.Code, Path: a.Path, NameZhHans: a.Names.ZhHans, NameZhHant: a.Names.ZhHant, NameEn: a.Names.En,
			CreatedAt: a.CreatedAt.UTC(), UpdatedAt: a.CreatedAt.UTC(),
		}
		if a.ParentCode != "" {
			var parent associationRow
			if err := tx.Where("code = ?", a.ParentCode).First(&parent).Error; err != nil {
				return translate(err, "Parent association")
			}
			r.ParentID = &parent.ID
		}
		if err := tx.Create(&r).Error; err != nil {
			return translate(err, "An association with this code")
		}
		a.ID = r.ID
		for _, d := range a.Divisions {
			if err := tx.Create(&associationDivisionRow{AssociationID: r.ID, DivisionCode: d}).Error; err != nil {
				return translate(err, "Coverage of division "+d)
			}
		}
		return nil
	})
}

// memberJoin selects memberships with their users and associations; callers add conditions.
func findMemberships(q *gorm.DB) ([]domain.Membership, error) {
	type joined struct {
		UserID        int64
		AssociationID int64
		Role          string
		CreatedAt     time.Time
		Email         string
		Name          string
		Kind          string
		Code          string
		Path          string
		NameZhHans    string
		NameZhHant    string
		NameEn        string
	}
	var rows []joined
	err := q.Table("memberships AS m").
		Select("m.user_id, m.association_id, m.role, m.created_at, u.email, u.name, u.kind, " +
			"a.code, a.path, a.name_zh_hans, a.name_zh_hant, a.name_en").
		Joins("JOIN users u ON u.id = m.user_id").
		Joins("JOIN associations a ON a.id = m.association_id").
		Order("a.path, m.role, u.email").
		Scan(&rows).Error
	if err != nil {
		return nil, translate(err, "Memberships")
	}
	out := make([]domain.Membership, 0, len(rows))
	for _, r := range rows {
		out = append(out, domain.Membership{
			User: domain.User{ID: r.UserID, Email: r.Email, Name: r.Name, Kind: domain.UserKind(r.Kind)},
			Association: domain.Association{ID: r.AssociationID, Code: r.Code, Path: r.Path,
				Names: domain.Names{ZhHans: r.NameZhHans, ZhHant: r.NameZhHant, En: r.NameEn}},
			Role:      domain.Role(r.Role),
			CreatedAt: r.CreatedAt,
		})
	}
	return out, nil
}

// FindMembers implements domain.AssociationStore.
func (s *Associations) FindMembers(ctx context.Context, associationID int64) ([]domain.Membership, error) {
	return findMemberships(s.db.WithContext(ctx).Where("m.association_id = ?", associationID))
}

// FindAllMemberships implements domain.AssociationStore.
func (s *Associations) FindAllMemberships(ctx context.Context) ([]domain.Membership, error) {
	return findMemberships(s.db.WithContext(ctx))
}

// FindPlatformAdmins implements domain.AssociationStore.
func (s *Associations) FindPlatformAdmins(ctx context.Context) ([]int64, error) {
	var ids []int64
	err := s.db.WithContext(ctx).Model(&userRow{}).Where("is_platform_admin").Order("id").Pluck("id", &ids).Error
	return ids, translate(err, "Platform admins")
}

// AddMember implements domain.AssociationStore.
func (s *Associations) AddMember(ctx context.Context, m *domain.Membership, newUser bool) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if newUser {
			if err := createUser(tx, &m.User); err != nil {
				return err
			}
		}
		r := membershipRow{UserID: m.User.ID, AssociationID: m.Association.ID, Role: string(m.Role), CreatedAt: m.CreatedAt.UTC()}
		return translate(tx.Create(&r).Error, "This membership")
	})
}

// UpdateMemberRole implements domain.AssociationStore.
func (s *Associations) UpdateMemberRole(ctx context.Context, associationID, userID int64, role domain.Role) error {
	res := s.db.WithContext(ctx).Model(&membershipRow{}).
		Where("association_id = ? AND user_id = ?", associationID, userID).Update("role", string(role))
	return rowsOrNotFound(res, "Membership")
}

// RemoveMember implements domain.AssociationStore.
func (s *Associations) RemoveMember(ctx context.Context, associationID, userID int64) error {
	res := s.db.WithContext(ctx).Where("association_id = ? AND user_id = ?", associationID, userID).Delete(&membershipRow{})
	return rowsOrNotFound(res, "Membership")
}

func rowsOrNotFound(res *gorm.DB, what string) error {
	if res.Error != nil {
		return translate(res.Error, what)
	}
	if res.RowsAffected == 0 {
		return domain.Errorf(domain.ECodeNotFound, "%s not found.", what)
	}
	return nil
}
