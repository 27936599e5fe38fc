// Package demo seeds the demonstration data that `redress seed --demo` and `make run`
// create: the demo associations, their coverage and one account per role. Seeding is
// idempotent: what exists is left as it is.
package demo

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/redress-project/redress/domain"
	"github.com/redress-project/redress/repo"
)

// Password is the password of every demo account.
const Password = "redress-demo"

// association is a demo association and the divisions it covers.
type association struct {
	code, parent, login, short string
	names                      domain.Names
	divisions                  []string
}

var associations = []association{
	{"CCA", "", "cca", "中消协", domain.Names{ZhHans: "中国消费者协会", ZhHant: "中國消費者協會", En: "China Consumers' Association"}, nil},
	{"BJ", "CCA", "bj", "北京", domain.Names{ZhHans: "北京市消费者协会", ZhHant: "北京市消費者協會", En: "Beijing Consumers' Association"}, []string{"110000"}},
	{"SH", "CCA", "sh", "上海", domain.Names{ZhHans: "上海市消费者权益保护委员会", ZhHant: "上海市消費者權益保護委員會", En: "Shanghai Consumer Council"}, []string{"310000"}},
	{"GD", "CCA", "gd", "广东", domain.Names{ZhHans: "广东省消费者委员会", ZhHant: "廣東省消費者委員會", En: "Guangdong Consumer Council"}, []string{"440000"}},
	{"GD-GZ", "GD", "gz", "广州", domain.Names{ZhHans: "广州市消费者委员会", ZhHant: "廣州市消費者委員會", En: "Guangzhou Consumer Council"}, []string{"440100"}},
}

var roles = []struct {
	role  domain.Role
	label string
}{{domain.RoleAdmin, "管理员"}, {domain.RoleSupervisor, "主管"}, {domain.RoleMediator, "调解员"}}

// Business is the demo business that business@redress.test answers for; complaints
// naming its USCC reach its portal.
var Business = domain.BusinessInfo{Name: "某某健康科技有限公司", USCC: "91440101MA5CQ8KL31", DivisionCode: "440106"}

// Account is a demo login.
type Account struct {
	Email, Description string
}

// Accounts lists the demo logins in the order they are printed.
func Accounts() []Account {
	out := []Account{{"platform.admin@redress.test", "platform admin: creates associations"}}
	for _, a := range associations {
		for _, r := range roles {
			out = append(out, Account{fmt.Sprintf("%s.%s@redress.test", a.login, r.role), fmt.Sprintf("%s of %s", r.role, a.code)})
		}
	}
	return append(out,
		Account{"consumer@redress.test", "consumer: follows their own complaints"},
		Account{"business@redress.test", "business user: answers complaints against their business"})
}

// Seed creates what is missing of the demo data.
func Seed(ctx context.Context, db *repo.DB, now time.Time) error {
	assocStore, users := repo.NewAssociations(db), repo.NewUsers(db)
	existing, err := assocStore.FindAssociations(ctx)
	if err != nil {
		return err
	}
	tree := domain.NewAssociationTree(existing)
	for _, a := range associations {
		if tree.Find(a.code) != nil {
			continue
		}
		parentPath := ""
		if a.parent != "" {
			parentPath = tree.Find(a.parent).Path
		}
		na := domain.Association{Code: a.code, ParentCode: a.parent, Path: domain.AssociationPath(parentPath, a.code),
			Names: a.names, Divisions: a.divisions, CreatedAt: now}
		if err := assocStore.CreateAssociation(ctx, &na); err != nil {
			return fmt.Errorf("demo: association %s: %w", a.code, err)
		}
		existing = append(existing, na)
		tree = domain.NewAssociationTree(existing)
	}

	// One hash for every demo account: their password is published, so a salt per
	// account would protect nothing and cost a second of start-up.
	var hash string
	ensure := func(email, name string, kind domain.UserKind, platformAdmin bool) (*domain.User, bool, error) {
		u, err := users.FindUserByEmail(ctx, email)
		if err == nil || domain.CodeOf(err) != domain.ECodeNotFound {
			return u, false, err
		}
		if hash == "" {
			if hash, err = domain.HashPassword(Password); err != nil {
				return nil, false, err
			}
		}
		u = &domain.User{Email: email, Name: name, Kind: kind, PasswordHash: hash, IsPlatformAdmin: platformAdmin, Locale: "zh-Hans", CreatedAt: now}
		return u, true, nil
	}
	create := func(email, name string, kind domain.UserKind, platformAdmin bool) error {
		u, isNew, err := ensure(email, name, kind, platformAdmin)
		if err != nil || !isNew {
			return err
		}
		return users.CreateUser(ctx, u)
	}
	if err := create("platform.admin@redress.test", "平台管理员", domain.UserStaff, true); err != nil {
		return err
	}
	if err := create("consumer@redress.test", "张伟", domain.UserConsumer, false); err != nil {
		return err
	}
	if err := create("business@redress.test", "李娜（商家）", domain.UserBusiness, false); err != nil {
		return err
	}
	if u, err := users.FindUserByEmail(ctx, "business@redress.test"); err != nil {
		return err
	} else if u.BusinessID == 0 {
		if _, err := users.LinkBusinessUser(ctx, u.ID, Business, now); err != nil {
			return fmt.Errorf("demo: business user: %w", err)
		}
	}
	for _, a := range associations {
		assoc := tree.Find(a.code)
		for _, r := range roles {
			email := fmt.Sprintf("%s.%s@redress.test", a.login, r.role)
			u, isNew, err := ensure(email, a.short+r.label, domain.UserStaff, false)
			if err != nil {
				return err
			}
			if !isNew {
				continue
			}
			m := &domain.Membership{User: *u, Association: *assoc, Role: r.role, CreatedAt: now}
			if err := assocStore.AddMember(ctx, m, true); err != nil {
				return fmt.Errorf("demo: member %s: %w", email, err)
			}
		}
	}
	return nil
}

// PrintAccounts writes the demo logins as a table.
func PrintAccounts(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "Demo accounts (password %q):\n", Password)
	for _, a := range Accounts() {
		fmt.Fprintf(tw, "  %s\t%s\n", a.Email, a.Description)
	}
	tw.Flush()
}

// Mediators returns the demo mediator of each demo association, by association code.
func Mediators(ctx context.Context, db *repo.DB) (Staff, error) {
	users := repo.NewUsers(db)
	out := Staff{}
	for _, a := range associations {
		u, err := users.FindUserByEmail(ctx, a.login+".mediator@redress.test")
		if err != nil {
			return nil, fmt.Errorf("demo: mediator of %s: %w", a.code, err)
		}
		out[a.code] = u.ID
	}
	return out, nil
}
