package main

import (
	"fmt"
	"net/http"
	"slices"
	"testing"
)

type memberOut struct {
	User struct {
		ID    int64
		Email string
	}
	Role string
}

func memberEmails(t *testing.T, c *client, code string) map[string]string {
	t.Helper()
	var out struct{ Items []memberOut }
	c.do("GET", "/api/v1/associations/"+code+"/members", nil).want(http.StatusOK).decode(&out)
	m := map[string]string{}
	for _, it := range out.Items {
		m[it.User.Email] = it.Role
	}
	return m
}

func TestAssociationTree(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		type node struct {
			Code      string
			Parent    *string
			Names     map[string]string
			Divisions []string
			Children  []node
		}
		var tree struct{ Items []node }
		s.anon(t).do("GET", "/api/v1/associations", nil).want(http.StatusOK).decode(&tree)
		if len(tree.Items) != 1 || tree.Items[0].Code != "CCA" || tree.Items[0].Parent != nil {
			t.Fatalf("roots = %+v", tree.Items)
		}
		var codes []string
		for _, c := range tree.Items[0].Children {
			codes = append(codes, c.Code)
			if c.Code == "GD" && (len(c.Children) != 1 || c.Children[0].Code != "GD-GZ" || !slices.Equal(c.Children[0].Divisions, []string{"440100"})) {
				t.Fatalf("GD children = %+v", c.Children)
			}
		}
		if !slices.Equal(codes, []string{"BJ", "GD", "SH"}) {
			t.Fatalf("children of CCA = %v", codes)
		}
		var gz node
		s.anon(t).do("GET", "/api/v1/associations/gd-gz", nil).want(http.StatusOK).decode(&gz)
		if gz.Code != "GD-GZ" || *gz.Parent != "GD" || gz.Names["en"] != "Guangzhou Consumer Council" || gz.Names["zh-Hant"] == "" {
			t.Fatalf("GD-GZ = %+v", gz)
		}
		s.anon(t).do("GET", "/api/v1/associations/XX", nil).problem(http.StatusNotFound, "not_found")
	})
}

func TestAssociationCreate(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		admin := s.login(t, "platform.admin@redress.test")
		body := map[string]any{"code": "GD-SZ", "parent": "GD", "divisions": []string{"440300"},
			"names": map[string]string{"zh-Hans": "深圳市消费者委员会", "zh-Hant": "深圳市消費者委員會", "en": "Shenzhen Consumer Council"}}
		admin.do("POST", "/api/v1/associations", body).want(http.StatusCreated)

		t.Run("RoutesToNewChild", func(t *testing.T) {
			var sz struct {
				Code, Parent string
				Divisions    []string
			}
			s.anon(t).do("GET", "/api/v1/associations/GD-SZ", nil).want(http.StatusOK).decode(&sz)
			if sz.Parent != "GD" || !slices.Equal(sz.Divisions, []string{"440300"}) {
				t.Fatalf("GD-SZ = %+v", sz)
			}
		})
		t.Run("ErrInvalid", func(t *testing.T) {
			p := admin.do("POST", "/api/v1/associations", map[string]any{"code": "GD-SZ", "parent": "NOPE", "divisions": []string{"449999"},
				"names": map[string]string{"zh-Hans": "", "zh-Hant": "x", "en": "x"}}).problem(http.StatusUnprocessableEntity, "invalid")
			if want := []string{"code", "parent", "names.zh-Hans", "divisions[0]"}; !slices.Equal(p.fields(), want) {
				t.Fatalf("fields = %v, want %v", p.fields(), want)
			}
		})
		t.Run("ErrDivisionAlreadyCovered", func(t *testing.T) {
			body["code"] = "GD-SZ2"
			admin.do("POST", "/api/v1/associations", body).problem(http.StatusConflict, "conflict")
		})
		t.Run("AncestorReadsNewChildMembers", func(t *testing.T) {
			// Grants are path patterns, so a new child is covered without touching any grant.
			admin.do("POST", "/api/v1/associations/GD-SZ/members",
				map[string]string{"email": "sz.admin@redress.test", "name": "深圳管理员", "role": "admin", "password": "shenzhen-admin-1"}).want(http.StatusCreated)
			gd := s.login(t, "gd.supervisor@redress.test")
			if got := memberEmails(t, gd, "GD-SZ"); got["sz.admin@redress.test"] != "admin" {
				t.Fatalf("members = %v", got)
			}
			s.login(t, "gz.supervisor@redress.test").do("GET", "/api/v1/associations/GD-SZ/members", nil).problem(http.StatusForbidden, "forbidden")
		})
	})
}

func TestMembers(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		admin := s.login(t, "gd.admin@redress.test")
		t.Run("SupervisorOfParentReadsChild", func(t *testing.T) {
			got := memberEmails(t, s.login(t, "gd.supervisor@redress.test"), "GD-GZ")
			if len(got) != 3 || got["gz.mediator@redress.test"] != "mediator" {
				t.Fatalf("members of GD-GZ = %v", got)
			}
		})
		t.Run("NationalSupervisorReadsEveryAssociation", func(t *testing.T) {
			c := s.login(t, "cca.supervisor@redress.test")
			for _, code := range []string{"CCA", "BJ", "SH", "GD", "GD-GZ"} {
				if got := memberEmails(t, c, code); len(got) != 3 {
					t.Errorf("%s: %v", code, got)
				}
			}
		})
		t.Run("ErrMediatorOfOtherAssociation", func(t *testing.T) {
			s.login(t, "bj.mediator@redress.test").do("GET", "/api/v1/associations/GD/members", nil).problem(http.StatusForbidden, "forbidden")
		})

		var added struct {
			Member            memberOut `json:"member"`
			TemporaryPassword string    `json:"temporary_password"`
		}
		t.Run("AddNewAccount", func(t *testing.T) {
			admin.do("POST", "/api/v1/associations/GD/members", map[string]string{"email": "New.Mediator@Redress.test", "name": "新调解员", "role": "mediator"}).
				want(http.StatusCreated).decode(&added)
			if added.Member.User.Email != "new.mediator@redress.test" || added.Member.Role != "mediator" || len(added.TemporaryPassword) < 12 {
				t.Fatalf("added = %+v", added)
			}
			s.anon(t).do("POST", "/api/v1/auth/login", map[string]string{"email": "new.mediator@redress.test", "password": added.TemporaryPassword}).want(http.StatusOK)
		})
		t.Run("ErrAddTwice", func(t *testing.T) {
			admin.do("POST", "/api/v1/associations/GD/members", map[string]string{"email": "new.mediator@redress.test", "role": "admin"}).problem(http.StatusConflict, "conflict")
		})
		t.Run("ErrAddInvalid", func(t *testing.T) {
			p := admin.do("POST", "/api/v1/associations/GD/members", map[string]string{"email": "not-an-email", "role": "boss"}).problem(http.StatusUnprocessableEntity, "invalid")
			if !slices.Equal(p.fields(), []string{"email", "role"}) {
				t.Fatalf("fields = %v", p.fields())
			}
			p = admin.do("POST", "/api/v1/associations/GD/members", map[string]string{"email": "c@redress.test", "role": "mediator", "password": "short"}).problem(http.StatusUnprocessableEntity, "invalid")
			if !slices.Equal(p.fields(), []string{"name", "password"}) {
				t.Fatalf("fields = %v", p.fields())
			}
			admin.do("POST", "/api/v1/associations/GD/members", map[string]string{"email": "consumer@redress.test", "role": "mediator"}).problem(http.StatusUnprocessableEntity, "invalid")
		})
		t.Run("ExistingStaffJoinsSecondAssociation", func(t *testing.T) {
			admin.do("POST", "/api/v1/associations/GD/members", map[string]string{"email": "gz.mediator@redress.test", "role": "mediator"}).want(http.StatusCreated)
			var me struct {
				Memberships []struct{ Association struct{ Code string } }
			}
			s.login(t, "gz.mediator@redress.test").do("GET", "/api/v1/me", nil).want(http.StatusOK).decode(&me)
			if len(me.Memberships) != 2 {
				t.Fatalf("memberships = %+v", me.Memberships)
			}
		})
		t.Run("ChangeRoleTakesEffectAtOnce", func(t *testing.T) {
			member := s.loginWith(t, "new.mediator@redress.test", added.TemporaryPassword)
			member.do("GET", "/api/v1/associations/GD/members", nil).problem(http.StatusForbidden, "forbidden")
			path := fmt.Sprintf("/api/v1/associations/GD/members/%d", added.Member.User.ID)
			admin.do("PATCH", path, map[string]string{"role": "supervisor"}).want(http.StatusOK)
			member.do("GET", "/api/v1/associations/GD/members", nil).want(http.StatusOK)
			member.do("GET", "/api/v1/associations/GD-GZ/members", nil).want(http.StatusOK)
			admin.do("DELETE", path, nil).want(http.StatusNoContent)
			member.do("GET", "/api/v1/associations/GD/members", nil).problem(http.StatusForbidden, "forbidden")
			member.do("GET", "/api/v1/associations/GD-GZ/members", nil).problem(http.StatusForbidden, "forbidden")
			admin.do("DELETE", path, nil).problem(http.StatusNotFound, "not_found")
		})
		t.Run("ErrOwnMembership", func(t *testing.T) {
			var me struct{ ID int64 }
			admin.do("GET", "/api/v1/me", nil).decode(&me)
			p := admin.do("DELETE", fmt.Sprintf("/api/v1/associations/GD/members/%d", me.ID), nil).problem(http.StatusUnprocessableEntity, "invalid")
			if p.Reason != "own_membership" {
				t.Fatalf("reason = %q", p.Reason)
			}
		})
		t.Run("ErrBadUserID", func(t *testing.T) {
			admin.do("PATCH", "/api/v1/associations/GD/members/abc", map[string]string{"role": "admin"}).problem(http.StatusNotFound, "not_found")
		})
	})
}
