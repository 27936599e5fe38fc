package domain

import (
	"net/mail"
	"strings"
	"time"
)

// Role is a staff role within one association.
type Role string

// The staff roles. What each may do is the authorization policy's business (api/authz);
// the domain only needs to know which roles exist.
const (
	RoleAdmin      Role = "admin"
	RoleSupervisor Role = "supervisor"
	RoleMediator   Role = "mediator"
)

// Valid reports whether r is one of the staff roles.
func (r Role) Valid() bool {
	return r == RoleAdmin || r == RoleSupervisor || r == RoleMediator
}

// UserKind tells staff, consumers and business users apart.
type UserKind string

// The user kinds.
const (
	UserStaff    UserKind = "staff"
	UserConsumer UserKind = "consumer"
	UserBusiness UserKind = "business"
)

// User is anyone who can log in.
type User struct {
	ID              int64
	Email           string // lower-case, unique
	Name            string
	Kind            UserKind
	PasswordHash    string
	IsPlatformAdmin bool
	Locale          string
	DisabledAt      *time.Time
	CreatedAt       time.Time
	BusinessID      int64 // business accounts: the business they answer for
}

// Membership gives a staff user a role in an association.
type Membership struct {
	User        User
	Association Association
	Role        Role
	CreatedAt   time.Time
}

// Session is a server-side login session. The bearer token itself is never stored:
// ID is its SHA-256, so a leaked sessions table grants nothing.
type Session struct {
	ID         string
	UserID     int64
	CSRFToken  string
	CreatedAt  time.Time
	ExpiresAt  time.Time
	LastSeenAt time.Time
	IP         string
	UserAgent  string
}

// Principal is the authenticated caller of a request.
type Principal struct {
	User        User
	Session     Session
	Memberships []Membership
}

// NormalizeEmail lower-cases and trims an address so that lookups are case-insensitive.
func NormalizeEmail(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// ValidEmail reports whether s is a plain address such as "zw@example.com".
func ValidEmail(s string) bool {
	a, err := mail.ParseAddress(s)
	return err == nil && a.Address == s && a.Name == "" && strings.Contains(s[strings.LastIndexByte(s, '@'):], ".")
}

// Password rules: long enough to resist guessing, short enough to bound hashing work.
const (
	MinPasswordLength = 10
	MaxPasswordLength = 128
)

// validatePassword records problems with a new password under the given field name.
func validatePassword(v *Validation, field, pw string) {
	switch n := len([]rune(pw)); {
	case n < MinPasswordLength:
		v.Add(field, "too_short", "The password must have at least 10 characters.")
	case n > MaxPasswordLength:
		v.Add(field, "too_long", "The password must have at most 128 characters.")
	}
}
