package api

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/casbin/casbin/v2"
	"github.com/casbin/casbin/v2/model"
	stringadapter "github.com/casbin/casbin/v2/persist/string-adapter"
	"github.com/casbin/casbin/v2/util"

	"github.com/redress-project/redress/domain"
)

var (
	//go:embed authz/model.conf
	authzModel string
	//go:embed authz/policy.csv
	authzPolicy string
)

// platformAdminRole is granted to platform admins in every domain.
const platformAdminRole = "platform_admin"

// Authorizer answers "may this user do this to that association's objects" with casbin.
// Policies are loaded once; role grants change only after their membership change commits.
type Authorizer struct {
	e *casbin.SyncedEnforcer
}

// NewAuthorizer loads the embedded model and policy and grants the given roles.
func NewAuthorizer(memberships []domain.Membership, platformAdmins []int64) (*Authorizer, error) {
	m, err := model.NewModelFromString(authzModel)
	if err != nil {
		return nil, fmt.Errorf("api: authz model: %w", err)
	}
	e, err := casbin.NewSyncedEnforcer(m, stringadapter.NewAdapter(policyLines(authzPolicy)))
	if err != nil {
		return nil, fmt.Errorf("api: authz enforcer: %w", err)
	}
	// Right after creation: a matcher built before this would keep its old answers.
	e.AddNamedDomainMatchingFunc("g", "keyMatch", util.KeyMatch)
	e.EnableAutoSave(false)
	a := &Authorizer{e: e}
	if err := a.Reset(memberships, platformAdmins); err != nil {
		return nil, err
	}
	return a, nil
}

// Reset makes the grants exactly the given ones, changing only those that differ: after
// role changes may have been missed, the memberships table is the truth.
func (a *Authorizer) Reset(memberships []domain.Membership, platformAdmins []int64) error {
	want := map[string][]string{}
	for _, ms := range memberships {
		for _, r := range grantRules(ms.User.ID, ms.Association.Path, ms.Role) {
			want[strings.Join(r, ",")] = r
		}
	}
	for _, id := range platformAdmins {
		r := []string{subject(id), platformAdminRole, "*"}
		want[strings.Join(r, ",")] = r
	}
	have, err := a.e.GetGroupingPolicy()
	if err != nil {
		return fmt.Errorf("api: authz grants: %w", err)
	}
	var stale [][]string
	for _, r := range have {
		k := strings.Join(r, ",")
		if _, ok := want[k]; ok {
			delete(want, k)
		} else {
			stale = append(stale, r)
		}
	}
	if len(stale) > 0 {
		if _, err := a.e.RemoveGroupingPolicies(stale); err != nil {
			return fmt.Errorf("api: authz grants: %w", err)
		}
	}
	if len(want) > 0 {
		missing := make([][]string, 0, len(want))
		for _, r := range want {
			missing = append(missing, r)
		}
		if _, err := a.e.AddGroupingPolicies(missing); err != nil {
			return fmt.Errorf("api: authz grants: %w", err)
		}
	}
	return nil
}

// policyLines drops comments and blank lines, which the string adapter does not skip.
func policyLines(csv string) string {
	var b strings.Builder
	for _, line := range strings.Split(csv, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			b.WriteString(line + "\n")
		}
	}
	return b.String()
}

func subject(userID int64) string { return fmt.Sprintf("user:%d", userID) }

func grantRules(userID int64, path string, role domain.Role) [][]string {
	return [][]string{
		{subject(userID), string(role), path},
		{subject(userID), string(role) + ".below", path + "/*"},
	}
}

// Allowed reports whether the user may perform act on obj in the association at path.
func (a *Authorizer) Allowed(userID int64, path, obj, act string) bool {
	ok, err := a.e.Enforce(subject(userID), path, obj, act)
	return err == nil && ok
}

// Grant implements domain.RoleGrants.
func (a *Authorizer) Grant(userID int64, path string, role domain.Role) {
	_, _ = a.e.AddGroupingPolicies(grantRules(userID, path, role))
}

// Revoke implements domain.RoleGrants.
func (a *Authorizer) Revoke(userID int64, path string, role domain.Role) {
	_, _ = a.e.RemoveGroupingPolicies(grantRules(userID, path, role))
}
