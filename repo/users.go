package repo

import (
	"context"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/redress-project/redress/domain"
)

type userRow struct {
	ID                int64 `gorm:"primaryKey"`
	Email             string
	Name              string
	Kind              string
	PasswordHash      string
	IsPlatformAdmin   bool
	Locale            string
	DisabledAt        *time.Time
	PasswordChangedAt time.Time
	CreatedAt         time.Time
	UpdatedAt         time.Time
	BusinessID        *int64 `gorm:"->"` // from business_users, for business accounts
}

func (userRow) TableName() string { return "users" }

// withBusiness selects users with the business they answer for, if any.
func withBusiness(db *gorm.DB) *gorm.DB {
	return db.Model(&userRow{}).Select("users.*, bu.business_id").Joins("LEFT JOIN business_users bu ON bu.user_id = users.id")
}

func (r *userRow) toDomain() domain.User {
	return domain.User{
		ID: r.ID, Email: r.Email, Name: r.Name, Kind: domain.UserKind(r.Kind), PasswordHash: r.PasswordHash,
		IsPlatformAdmin: r.IsPlatformAdmin, Locale: r.Locale, DisabledAt: r.DisabledAt, CreatedAt: r.CreatedAt,
		BusinessID: deref(r.BusinessID),
	}
}

func userRowOf(u *domain.User) *userRow {
	now := u.CreatedAt.UTC()
	return &userRow{
		ID: u.ID, Email: u.Email, Name: u.Name, Kind: string(u.Kind), PasswordHash: u.PasswordHash,
		IsPlatformAdmin: u.IsPlatformAdmin, Locale: u.Locale, DisabledAt: u.DisabledAt,
		PasswordChangedAt: now, CreatedAt: now, UpdatedAt: now,
	}
}

// Users implements domain.UserStore.
type Users struct{ db *gorm.DB }

// NewUsers returns the user store of db.
func NewUsers(db *DB) *Users { return &Users{db: db.Gorm} }

// FindUserByID implements domain.UserStore.
func (s *Users) FindUserByID(ctx context.Context, id int64) (*domain.User, error) {
	var r userRow
	if err := withBusiness(s.db.WithContext(ctx)).Where("users.id = ?", id).First(&r).Error; err != nil {
		return nil, translate(err, "User")
	}
	u := r.toDomain()
	return &u, nil
}

// FindUserByEmail implements domain.UserStore.
func (s *Users) FindUserByEmail(ctx context.Context, email string) (*domain.User, error) {
	var r userRow
	if err := withBusiness(s.db.WithContext(ctx)).Where("users.email = ?", email).First(&r).Error; err != nil {
		return nil, translate(err, "User")
	}
	u := r.toDomain()
	return &u, nil
}

// CreateUser implements domain.UserStore.
func (s *Users) CreateUser(ctx context.Context, u *domain.User) error {
	return createUser(s.db.WithContext(ctx), u)
}

func createUser(tx *gorm.DB, u *domain.User) error {
	r := userRowOf(u)
	if err := tx.Create(r).Error; err != nil {
		return translate(err, "A user with this email")
	}
	u.ID = r.ID
	return nil
}

// UpdatePassword implements domain.UserStore.
func (s *Users) UpdatePassword(ctx context.Context, userID int64, hash, keepSession string) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		now := time.Now().UTC()
		res := tx.Model(&userRow{}).Where("id = ?", userID).
			Updates(map[string]any{"password_hash": hash, "password_changed_at": now, "updated_at": now})
		if res.Error != nil {
			return translate(res.Error, "User")
		}
		if res.RowsAffected == 0 {
			return domain.Errorf(domain.ECodeNotFound, "User not found.")
		}
		return tx.Model(&sessionRow{}).Where("user_id = ? AND id <> ? AND revoked_at IS NULL", userID, keepSession).
			Update("revoked_at", now).Error
	})
}

// UpdateLocale implements domain.UserStore.
func (s *Users) UpdateLocale(ctx context.Context, userID int64, locale string) error {
	res := s.db.WithContext(ctx).Model(&userRow{}).Where("id = ?", userID).
		Updates(map[string]any{"locale": locale, "updated_at": time.Now().UTC()})
	if res.Error != nil {
		return translate(res.Error, "User")
	}
	if res.RowsAffected == 0 {
		return domain.Errorf(domain.ECodeNotFound, "User not found.")
	}
	return nil
}

// FindMembershipsOfUser implements domain.UserStore.
func (s *Users) FindMembershipsOfUser(ctx context.Context, userID int64) ([]domain.Membership, error) {
	return findMemberships(s.db.WithContext(ctx).Where("m.user_id = ?", userID))
}

type businessUserRow struct {
	UserID     int64 `gorm:"primaryKey"`
	BusinessID int64
}

func (businessUserRow) TableName() string { return "business_users" }

// LinkBusinessUser makes a business account answer for a business, finding or creating
// the business in the registry; it returns the business's ID.
func (s *Users) LinkBusinessUser(ctx context.Context, userID int64, b domain.BusinessInfo, now time.Time) (int64, error) {
	var id int64
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var err error
		if id, err = findOrCreateBusiness(tx, b, now); err != nil {
			return err
		}
		return translate(tx.Clauses(clause.OnConflict{UpdateAll: true}).Create(&businessUserRow{UserID: userID, BusinessID: id}).Error, "Business user")
	})
	return id, err
}
