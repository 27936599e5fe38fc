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
	var rules [][]string
	for _, ms := range memberships {
		rules = append(rules, grantRules(ms.User.ID, ms.Association.Path, ms.Role)...)
	}
	for _, id := range platformAdmins {
		rules = append(rules, []string{subject(id), platformAdminRole, "*"})
	}
	if len(rules) > 0 {
		if _, err := e.AddGroupingPolicies(rules); err != nil {
			return nil, fmt.Errorf("api: authz grants: %w", err)
		}
	}
	return &Authorizer{e: e}, nil
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
