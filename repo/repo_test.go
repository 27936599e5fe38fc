package repo_test

import (
	"context"
	"reflect"
	"sort"
	"testing"
	"time"

	"github.com/redress-project/redress/domain"
	"github.com/redress-project/redress/repo"
	"github.com/redress-project/redress/repo/repotest"
)

func TestMain(m *testing.M) { repotest.Main(m) }

var ctx = context.Background()

func mustOpen(t *testing.T, dbURL string) *repo.DB {
	t.Helper()
	db, err := repo.Open(ctx, dbURL, repo.Options{MaxOpenConns: 5, MaxIdleConns: 5})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func assertCode(t *testing.T, err error, want domain.ErrorCode) {
	t.Helper()
	if got := domain.CodeOf(err); got != want {
		t.Fatalf("error code = %q (%v), want %q", got, err, want)
	}
}

func mustUser(t *testing.T, db *repo.DB, email string) *domain.User {
	t.Helper()
	u := &domain.User{Email: email, Name: "测试", Kind: domain.UserStaff, PasswordHash: "x", Locale: "zh-Hans", CreatedAt: time.Now()}
	if err := repo.NewUsers(db).CreateUser(ctx, u); err != nil {
		t.Fatal(err)
	}
	return u
}

func mustAssociation(t *testing.T, db *repo.DB, code, parent, path string, divisions ...string) *domain.Association {
	t.Helper()
	a := &domain.Association{Code: code, ParentCode: parent, Path: path, Divisions: divisions, CreatedAt: time.Now(),
		Names: domain.Names{ZhHans: code + "消协", ZhHant: code + "消協", En: code + " association"}}
	if err := repo.NewAssociations(db).CreateAssociation(ctx, a); err != nil {
		t.Fatal(err)
	}
	return a
}

func TestUsers(t *testing.T) {
	repotest.Run(t, func(t *testing.T, dbURL string) {
		db := mustOpen(t, dbURL)
		users := repo.NewUsers(db)
		u := mustUser(t, db, "a@example.com")
		if u.ID == 0 {
			t.Fatal("CreateUser did not set the ID")
		}
		t.Run("FindByEmail", func(t *testing.T) {
			got, err := users.FindUserByEmail(ctx, "a@example.com")
			if err != nil || got.ID != u.ID || got.Kind != domain.UserStaff {
				t.Fatalf("got %+v, %v", got, err)
			}
		})
		t.Run("ErrNotFound", func(t *testing.T) {
			_, err := users.FindUserByEmail(ctx, "nobody@example.com")
			assertCode(t, err, domain.ECodeNotFound)
			_, err = users.FindUserByID(ctx, 999999)
			assertCode(t, err, domain.ECodeNotFound)
		})
		t.Run("ErrDuplicateEmail", func(t *testing.T) {
			err := users.CreateUser(ctx, &domain.User{Email: "a@example.com", Name: "x", Kind: domain.UserStaff, PasswordHash: "x", Locale: "en"})
			assertCode(t, err, domain.ECodeConflict)
		})
		t.Run("UpdatePasswordRevokesOtherSessions", func(t *testing.T) {
			sessions := repo.NewSessions(db)
			now := time.Now()
			for _, id := range []string{"keep", "other"} {
				if err := sessions.CreateSession(ctx, &domain.Session{ID: id, UserID: u.ID, CSRFToken: "c", CreatedAt: now, ExpiresAt: now.Add(time.Hour), LastSeenAt: now}); err != nil {
					t.Fatal(err)
				}
			}
			if err := users.UpdatePassword(ctx, u.ID, "new-hash", "keep"); err != nil {
				t.Fatal(err)
			}
			if _, err := sessions.FindSession(ctx, "keep", now); err != nil {
				t.Fatalf("kept session: %v", err)
			}
			_, err := sessions.FindSession(ctx, "other", now)
			assertCode(t, err, domain.ECodeNotFound)
			got, _ := users.FindUserByID(ctx, u.ID)
			if got.PasswordHash != "new-hash" {
				t.Fatalf("hash = %q", got.PasswordHash)
			}
		})
	})
}

func TestSessions(t *testing.T) {
	repotest.Run(t, func(t *testing.T, dbURL string) {
		db := mustOpen(t, dbURL)
		u := mustUser(t, db, "s@example.com")
		sessions := repo.NewSessions(db)
		now := time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)
		s := &domain.Session{ID: "abc", UserID: u.ID, CSRFToken: "csrf", CreatedAt: now, ExpiresAt: now.Add(time.Hour), LastSeenAt: now, IP: "127.0.0.1", UserAgent: "test"}
		if err := sessions.CreateSession(ctx, s); err != nil {
			t.Fatal(err)
		}
		t.Run("Live", func(t *testing.T) {
			got, err := sessions.FindSession(ctx, "abc", now.Add(59*time.Minute))
			if err != nil || got.UserID != u.ID || got.CSRFToken != "csrf" || !got.ExpiresAt.Equal(s.ExpiresAt) {
				t.Fatalf("got %+v, %v", got, err)
			}
		})
		t.Run("ErrExpired", func(t *testing.T) {
			_, err := sessions.FindSession(ctx, "abc", now.Add(61*time.Minute))
			assertCode(t, err, domain.ECodeNotFound)
		})
		t.Run("Touch", func(t *testing.T) {
			if err := sessions.TouchSession(ctx, "abc", now.Add(5*time.Minute)); err != nil {
				t.Fatal(err)
			}
			got, _ := sessions.FindSession(ctx, "abc", now)
			if !got.LastSeenAt.Equal(now.Add(5 * time.Minute)) {
				t.Fatalf("last seen = %v", got.LastSeenAt)
			}
		})
		t.Run("ErrRevoked", func(t *testing.T) {
			if err := sessions.RevokeSession(ctx, "abc", now); err != nil {
				t.Fatal(err)
			}
			_, err := sessions.FindSession(ctx, "abc", now)
			assertCode(t, err, domain.ECodeNotFound)
			if err := sessions.RevokeSession(ctx, "abc", now); err != nil {
				t.Fatalf("revoking twice: %v", err)
			}
		})
	})
}

func TestThrottle(t *testing.T) {
	repotest.Run(t, func(t *testing.T, dbURL string) {
		th := repo.NewThrottle(mustOpen(t, dbURL))
		now := time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)
		window := 15 * time.Minute
		f, err := th.FindLoginFailures(ctx, "account:x")
		if err != nil || f.Count != 0 {
			t.Fatalf("fresh key: %+v, %v", f, err)
		}
		for i := 0; i < 3; i++ {
			if err := th.RecordLoginFailure(ctx, "account:x", now.Add(time.Duration(i)*time.Second), window); err != nil {
				t.Fatal(err)
			}
		}
		f, _ = th.FindLoginFailures(ctx, "account:x")
		if f.Count != 3 || !f.Last.Equal(now.Add(2*time.Second)) {
			t.Fatalf("after 3 failures: %+v", f)
		}
		t.Run("WindowRestartsCount", func(t *testing.T) {
			if err := th.RecordLoginFailure(ctx, "account:x", now.Add(time.Hour), window); err != nil {
				t.Fatal(err)
			}
			if f, _ := th.FindLoginFailures(ctx, "account:x"); f.Count != 1 {
				t.Fatalf("count after an old window = %d, want 1", f.Count)
			}
		})
		t.Run("Clear", func(t *testing.T) {
			if err := th.ClearLoginFailures(ctx, "account:x"); err != nil {
				t.Fatal(err)
			}
			if f, _ := th.FindLoginFailures(ctx, "account:x"); f.Count != 0 {
				t.Fatalf("count after clear = %d", f.Count)
			}
		})
	})
}

func TestAssociations(t *testing.T) {
	repotest.Run(t, func(t *testing.T, dbURL string) {
		db := mustOpen(t, dbURL)
		store := repo.NewAssociations(db)
		mustAssociation(t, db, "CCA", "", "cca")
		gd := mustAssociation(t, db, "GD", "CCA", "cca/gd", "440000")
		mustAssociation(t, db, "GD-GZ", "GD", "cca/gd/gd-gz", "440100")

		t.Run("FindAll", func(t *testing.T) {
			all, err := store.FindAssociations(ctx)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range all {
				got = append(got, a.Code+"<"+a.ParentCode+":"+a.Path+fmtDivisions(a.Divisions))
			}
			want := []string{"CCA<:cca", "GD<CCA:cca/gd[440000]", "GD-GZ<GD:cca/gd/gd-gz[440100]"}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("got %v, want %v", got, want)
			}
		})
		t.Run("ErrDuplicateCode", func(t *testing.T) {
			err := store.CreateAssociation(ctx, &domain.Association{Code: "GD", ParentCode: "CCA", Path: "cca/gd2", CreatedAt: time.Now()})
			assertCode(t, err, domain.ECodeConflict)
		})
		t.Run("ErrDivisionCoveredTwice", func(t *testing.T) {
			err := store.CreateAssociation(ctx, &domain.Association{Code: "GD2", ParentCode: "CCA", Path: "cca/gd2", Divisions: []string{"440000"}, CreatedAt: time.Now()})
			assertCode(t, err, domain.ECodeConflict)
			all, _ := store.FindAssociations(ctx)
			if len(all) != 3 {
				t.Fatalf("a failed create left %d associations, want 3", len(all))
			}
		})
		t.Run("ErrSecondRoot", func(t *testing.T) {
			err := store.CreateAssociation(ctx, &domain.Association{Code: "ROOT2", Path: "root2", CreatedAt: time.Now()})
			assertCode(t, err, domain.ECodeConflict)
		})
		t.Run("Members", func(t *testing.T) {
			u := mustUser(t, db, "m@example.com")
			m := &domain.Membership{User: *u, Association: *gd, Role: domain.RoleMediator, CreatedAt: time.Now()}
			if err := store.AddMember(ctx, m, false); err != nil {
				t.Fatal(err)
			}
			assertCode(t, store.AddMember(ctx, m, false), domain.ECodeConflict)
			if err := store.UpdateMemberRole(ctx, gd.ID, u.ID, domain.RoleSupervisor); err != nil {
				t.Fatal(err)
			}
			ms, err := store.FindMembers(ctx, gd.ID)
			if err != nil || len(ms) != 1 || ms[0].Role != domain.RoleSupervisor || ms[0].User.Email != "m@example.com" || ms[0].Association.Code != "GD" {
				t.Fatalf("members = %+v, %v", ms, err)
			}
			mine, _ := repo.NewUsers(db).FindMembershipsOfUser(ctx, u.ID)
			if len(mine) != 1 || mine[0].Association.Path != "cca/gd" {
				t.Fatalf("memberships of user = %+v", mine)
			}
			if err := store.RemoveMember(ctx, gd.ID, u.ID); err != nil {
				t.Fatal(err)
			}
			assertCode(t, store.RemoveMember(ctx, gd.ID, u.ID), domain.ECodeNotFound)
			assertCode(t, store.UpdateMemberRole(ctx, gd.ID, u.ID, domain.RoleAdmin), domain.ECodeNotFound)
		})
		t.Run("NewUserRollsBackWithMembership", func(t *testing.T) {
			u := domain.User{Email: "new@example.com", Name: "新", Kind: domain.UserStaff, PasswordHash: "x", Locale: "zh-Hans", CreatedAt: time.Now()}
			bad := *gd
			bad.ID = 999999
			err := store.AddMember(ctx, &domain.Membership{User: u, Association: bad, Role: domain.RoleAdmin, CreatedAt: time.Now()}, true)
			if err == nil {
				t.Fatal("membership in a missing association was stored")
			}
			_, err = repo.NewUsers(db).FindUserByEmail(ctx, "new@example.com")
			assertCode(t, err, domain.ECodeNotFound)
		})
	})
}

func fmtDivisions(ds []string) string {
	if len(ds) == 0 {
		return ""
	}
	return "[" + ds[0] + "]"
}

func TestDivisions(t *testing.T) {
	repotest.Run(t, func(t *testing.T, dbURL string) {
		divs := repo.NewDivisions(mustOpen(t, dbURL))
		provinces, err := divs.FindDivisions(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		if len(provinces) != 34 || provinces[0].Code != "110000" || provinces[0].Name != "北京市" {
			t.Fatalf("provinces: %d, first %+v", len(provinces), provinces[0])
		}
		cities, _ := divs.FindDivisions(ctx, "440000")
		if len(cities) != 21 || cities[0].Code != "440100" || cities[0].Name != "广州市" {
			t.Fatalf("Guangdong has %d cities, first %+v", len(cities), cities)
		}
		if gd := provinces[18]; gd.Names != (domain.Names{ZhHans: "广东省", ZhHant: "廣東省", En: "Guangdong"}) {
			t.Errorf("Guangdong's names: %+v", gd.Names)
		}
		if d, err := divs.FindDivision(ctx, "440106"); err != nil || d.Names != (domain.Names{ZhHans: "天河区", ZhHant: "天河區", En: "天河区"}) {
			t.Errorf("Tianhe: %+v, %v", d, err)
		}
		for code, want := range map[string]bool{"440106": true, "110101": true, "440199": false, "999999": false} {
			if got, err := divs.DivisionExists(ctx, code); err != nil || got != want {
				t.Errorf("DivisionExists(%s) = %v, %v", code, got, err)
			}
		}
	})
}

// TestSchemaParity proves both dialects end with the same tables and columns.
func TestSchemaParity(t *testing.T) {
	if len(repotest.Dialects(t)) < 2 {
		t.Skip("needs PostgreSQL: set " + repotest.PostgresEnv)
	}
	schemas := map[string]map[string][]string{}
	for _, d := range repotest.Dialects(t) {
		db := repotest.MustOpen(t, d)
		var rows []struct{ TableName, ColumnName string }
		q := `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`
		if d == repo.SQLite {
			// cases_search and its shadow tables are SQLite's search index (FTS5); PostgreSQL
			// indexes the same columns with trigram indexes.
			q = `SELECT m.name AS table_name, p.name AS column_name FROM sqlite_master m, pragma_table_info(m.name) p
			     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'cases_search%'`
		}
		if err := db.Gorm.Raw(q).Scan(&rows).Error; err != nil {
			t.Fatal(err)
		}
		s := map[string][]string{}
		for _, r := range rows {
			s[r.TableName] = append(s[r.TableName], r.ColumnName)
		}
		for _, cols := range s {
			sort.Strings(cols)
		}
		schemas[d] = s
	}
	if !reflect.DeepEqual(schemas[repo.SQLite], schemas[repo.Postgres]) {
		t.Fatalf("schemas differ:\nsqlite:   %v\npostgres: %v", schemas[repo.SQLite], schemas[repo.Postgres])
	}
	if len(schemas[repo.SQLite]) < 8 {
		t.Fatalf("only %d tables: %v", len(schemas[repo.SQLite]), schemas[repo.SQLite])
	}
}

func TestMigrateDownAndUp(t *testing.T) {
	repotest.Run(t, func(t *testing.T, dbURL string) {
		db := mustOpen(t, dbURL)
		m, err := repo.NewMigrator(db)
		if err != nil {
			t.Fatal(err)
		}
		st, err := m.Status(ctx)
		if err != nil || len(st) == 0 || !st[len(st)-1].Applied {
			t.Fatalf("status = %+v, %v", st, err)
		}
		for range st {
			if _, err := m.Down(ctx); err != nil {
				t.Fatal(err)
			}
		}
		if !db.Gorm.Migrator().HasTable("goose_db_version") || db.Gorm.Migrator().HasTable("users") {
			t.Fatal("after every down, the users table is still there")
		}
		if _, err := m.Up(ctx); err != nil {
			t.Fatal(err)
		}
		if err := db.LoadReferenceData(ctx); err != nil {
			t.Fatal(err)
		}
		if ok, _ := repo.NewDivisions(db).DivisionExists(ctx, "440106"); !ok {
			t.Fatal("divisions were not reloaded after migrating up again")
		}
	})
}
