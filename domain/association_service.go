package domain

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"
)

// AssociationStore persists associations and memberships.
type AssociationStore interface {
	// FindAssociations returns every association with its coverage.
	FindAssociations(ctx context.Context) ([]Association, error)
	// CreateAssociation stores a new association; a taken code or an already covered
	// division is a conflict.
	CreateAssociation(ctx context.Context, a *Association) error
	// FindMembers returns the memberships of an association, by role then email.
	FindMembers(ctx context.Context, associationID int64) ([]Membership, error)
	// AddMember stores a membership, creating the user first when newUser is set.
	// An existing membership is a conflict.
	AddMember(ctx context.Context, m *Membership, newUser bool) error
	// UpdateMemberRole changes the role of a membership; not_found if there is none.
	UpdateMemberRole(ctx context.Context, associationID, userID int64, role Role) error
	// RemoveMember deletes a membership; not_found if there is none.
	RemoveMember(ctx context.Context, associationID, userID int64) error
	// FindPlatformAdmins returns the IDs of the platform admins.
	FindPlatformAdmins(ctx context.Context) ([]int64, error)
	// FindAllMemberships returns every membership (users and associations filled in by ID and path).
	FindAllMemberships(ctx context.Context) ([]Membership, error)
}

// RoleGrants is told of role changes after they commit, so the authorizer enforces
// them at once without reloading anything.
type RoleGrants interface {
	Grant(userID int64, associationPath string, role Role)
	Revoke(userID int64, associationPath string, role Role)
}

// AssociationService manages the association tree and its members.
type AssociationService struct {
	Store     AssociationStore
	Users     UserStore
	Divisions DivisionStore
	Grants    RoleGrants
	Now       func() time.Time

	mu   sync.Mutex
	tree *AssociationTree
	at   time.Time
}

// treeTTL bounds how stale another instance's view of the tree may be; associations are
// created a few times a year.
const treeTTL = 30 * time.Second

// Tree returns the association tree, cached briefly.
func (s *AssociationService) Tree(ctx context.Context) (*AssociationTree, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tree != nil && s.Now().Sub(s.at) < treeTTL {
		return s.tree, nil
	}
	all, err := s.Store.FindAssociations(ctx)
	if err != nil {
		return nil, err
	}
	s.tree, s.at = NewAssociationTree(all), s.Now()
	return s.tree, nil
}

// Find returns the association with the given code. Errors: not_found.
func (s *AssociationService) Find(ctx context.Context, code string) (*Association, error) {
	t, err := s.Tree(ctx)
	if err != nil {
		return nil, err
	}
	a := t.Find(strings.ToUpper(code))
	if a == nil {
		return nil, Errorf(ECodeNotFound, "There is no association %q.", code)
	}
	return a, nil
}

// NewAssociation is the input for creating an association.
type NewAssociation struct {
	Code       string
	ParentCode string
	Names      Names
	Divisions  []string
}

// Create adds an association under an existing parent. Errors: invalid, conflict.
func (s *AssociationService) Create(ctx context.Context, in NewAssociation) (*Association, error) {
	t, err := s.Tree(ctx)
	if err != nil {
		return nil, err
	}
	var v Validation
	code := strings.ToUpper(strings.TrimSpace(in.Code))
	if !ValidAssociationCode(code) {
		v.Add("code", "format", "The code must be upper-case letters and digits, such as GD or GD-SZ.")
	} else if t.Find(code) != nil {
		v.Add("code", "taken", "An association with this code exists.")
	}
	parent := t.Find(strings.ToUpper(in.ParentCode))
	if parent == nil {
		v.Add("parent", "not_found", "The parent association does not exist.")
	}
	for _, f := range []struct{ field, name string }{
		{"names.zh-Hans", in.Names.ZhHans}, {"names.zh-Hant", in.Names.ZhHant}, {"names.en", in.Names.En},
	} {
		if n := len([]rune(strings.TrimSpace(f.name))); n == 0 || n > 100 {
			v.Add(f.field, "length", "The name must have 1 to 100 characters.")
		}
	}
	for i, d := range in.Divisions {
		ok, err := s.Divisions.DivisionExists(ctx, d)
		if err != nil {
			return nil, err
		}
		if !ok {
			v.Add(fieldIndex("divisions", i), "unknown_division", "There is no such GB/T 2260 division code.")
		}
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	a := &Association{
		Code: code, ParentCode: parent.Code, Path: AssociationPath(parent.Path, code),
		Names: trimNames(in.Names), Divisions: in.Divisions, CreatedAt: s.Now(),
	}
	if err := s.Store.CreateAssociation(ctx, a); err != nil {
		return nil, err
	}
	s.invalidate()
	return a, nil
}

func (s *AssociationService) invalidate() {
	s.mu.Lock()
	s.tree = nil
	s.mu.Unlock()
}

// Members lists the members of an association.
func (s *AssociationService) Members(ctx context.Context, a *Association) ([]Membership, error) {
	return s.Store.FindMembers(ctx, a.ID)
}

// NewMember is the input for adding a member. A new address creates a staff account
// with Password, or with a generated one that is returned once.
type NewMember struct {
	Email    string
	Name     string
	Role     Role
	Password string
}

// AddMember gives a role in a to the user with the given address, creating the staff
// account if there is none. It returns the membership and, for a new account created
// without a password, the generated password. Errors: invalid, conflict.
func (s *AssociationService) AddMember(ctx context.Context, a *Association, in NewMember) (*Membership, string, error) {
	var v Validation
	email := NormalizeEmail(in.Email)
	if !ValidEmail(email) {
		v.Add("email", "format", "The email address is not valid.")
	}
	if !in.Role.Valid() {
		v.Add("role", "unknown", "The role must be admin, supervisor or mediator.")
	}
	if err := v.Err(); err != nil {
		return nil, "", err
	}
	u, err := s.Users.FindUserByEmail(ctx, email)
	if err != nil && CodeOf(err) != ECodeNotFound {
		return nil, "", err
	}
	newUser := u == nil
	generated := ""
	if newUser {
		name := strings.TrimSpace(in.Name)
		if n := len([]rune(name)); n == 0 || n > 100 {
			v.Add("name", "length", "A new member needs a name of 1 to 100 characters.")
		}
		pw := in.Password
		if pw == "" {
			pw = RandomToken(12)
			generated = pw
		} else {
			validatePassword(&v, "password", pw)
		}
		if err := v.Err(); err != nil {
			return nil, "", err
		}
		hash, err := HashPassword(pw)
		if err != nil {
			return nil, "", err
		}
		u = &User{Email: email, Name: name, Kind: UserStaff, PasswordHash: hash, Locale: "zh-Hans", CreatedAt: s.Now()}
	} else if u.Kind != UserStaff {
		v.Add("email", "not_staff", "This address belongs to a consumer or business account.")
		return nil, "", v.Err()
	}
	m := &Membership{User: *u, Association: *a, Role: in.Role, CreatedAt: s.Now()}
	if err := s.Store.AddMember(ctx, m, newUser); err != nil {
		return nil, "", err
	}
	s.Grants.Grant(m.User.ID, a.Path, m.Role)
	return m, generated, nil
}

// ChangeMemberRole gives a member another role. Errors: invalid, not_found.
func (s *AssociationService) ChangeMemberRole(ctx context.Context, actor *Principal, a *Association, userID int64, role Role) (*Membership, error) {
	if err := notSelf(actor, userID); err != nil {
		return nil, err
	}
	if !role.Valid() {
		var v Validation
		v.Add("role", "unknown", "The role must be admin, supervisor or mediator.")
		return nil, v.Err()
	}
	old, err := s.member(ctx, a, userID)
	if err != nil {
		return nil, err
	}
	if err := s.Store.UpdateMemberRole(ctx, a.ID, userID, role); err != nil {
		return nil, err
	}
	s.Grants.Revoke(userID, a.Path, old.Role)
	s.Grants.Grant(userID, a.Path, role)
	old.Role = role
	return old, nil
}

// RemoveMember takes a member's role away; it is enforced at once. Errors: invalid, not_found.
func (s *AssociationService) RemoveMember(ctx context.Context, actor *Principal, a *Association, userID int64) error {
	if err := notSelf(actor, userID); err != nil {
		return err
	}
	old, err := s.member(ctx, a, userID)
	if err != nil {
		return err
	}
	if err := s.Store.RemoveMember(ctx, a.ID, userID); err != nil {
		return err
	}
	s.Grants.Revoke(userID, a.Path, old.Role)
	return nil
}

// notSelf refuses changes to one's own membership, so an admin cannot lock the
// association out of its last admin by accident; another admin has to do it.
func notSelf(actor *Principal, userID int64) error {
	if actor.User.ID == userID && !actor.User.IsPlatformAdmin {
		return ReasonErrorf(ECodeInvalid, "own_membership", "You cannot change your own membership; ask another admin.")
	}
	return nil
}

func (s *AssociationService) member(ctx context.Context, a *Association, userID int64) (*Membership, error) {
	ms, err := s.Store.FindMembers(ctx, a.ID)
	if err != nil {
		return nil, err
	}
	for i := range ms {
		if ms[i].User.ID == userID {
			return &ms[i], nil
		}
	}
	return nil, Errorf(ECodeNotFound, "User %d is not a member of %s.", userID, a.Code)
}

func trimNames(n Names) Names {
	return Names{ZhHans: strings.TrimSpace(n.ZhHans), ZhHant: strings.TrimSpace(n.ZhHant), En: strings.TrimSpace(n.En)}
}

func fieldIndex(field string, i int) string { return fmt.Sprintf("%s[%d]", field, i) }
