package main

import (
	"fmt"
	"net/http"
	"slices"
	"testing"

	"github.com/redress-project/redress/api"
)

// actors are the callers of the access matrix, relative to the target association GD:
// its own members, its parent's (CCA), its child's (GD-GZ), an unrelated one's (BJ),
// the platform admin, a consumer, a business user and nobody.
var actors = []string{
	"gd.admin", "gd.supervisor", "gd.mediator",
	"cca.admin", "cca.supervisor", "cca.mediator",
	"gz.admin", "gz.supervisor", "gz.mediator",
	"bj.admin", "bj.supervisor", "bj.mediator",
	"platform.admin", "consumer", "business", "anonymous",
}

var (
	everyone    = actors
	loggedInAll = actors[:len(actors)-1]
	memberRead  = []string{"gd.admin", "gd.supervisor", "cca.admin", "cca.supervisor", "platform.admin"}
	memberAdmin = []string{"gd.admin", "platform.admin"}
	platformOn  = []string{"platform.admin"}
)

// accessCase is one route of the matrix: a request that passes or fails only on access
// (the body is valid enough, or invalid in a way checked after authorization), and who may make it.
type accessCase struct {
	route   string // as the router lists it
	method  string
	path    string
	body    any
	allowed []string
}

var accessCases = []accessCase{
	{"GET /healthz", "GET", "/healthz", nil, everyone},
	{"GET /readyz", "GET", "/readyz", nil, everyone},
	{"GET /metrics", "GET", "/metrics", nil, everyone},
	{"GET /api/openapi.json", "GET", "/api/openapi.json", nil, everyone},
	{"POST /api/v1/auth/login", "POST", "/api/v1/auth/login", map[string]string{}, everyone},
	{"GET /api/v1/me", "GET", "/api/v1/me", nil, loggedInAll},
	{"POST /api/v1/me/password", "POST", "/api/v1/me/password", map[string]string{}, loggedInAll},
	{"GET /api/v1/divisions", "GET", "/api/v1/divisions?parent=440000", nil, everyone},
	{"GET /api/v1/associations", "GET", "/api/v1/associations", nil, everyone},
	{"GET /api/v1/associations/:code", "GET", "/api/v1/associations/GD", nil, everyone},
	{"POST /api/v1/associations", "POST", "/api/v1/associations", map[string]string{}, platformOn},
	{"GET /api/v1/associations/:code/members", "GET", "/api/v1/associations/GD/members", nil, memberRead},
	{"POST /api/v1/associations/:code/members", "POST", "/api/v1/associations/GD/members", map[string]string{}, memberAdmin},
	{"PATCH /api/v1/associations/:code/members/:user_id", "PATCH", "/api/v1/associations/GD/members/999999", map[string]string{"role": "admin"}, memberAdmin},
	{"DELETE /api/v1/associations/:code/members/:user_id", "DELETE", "/api/v1/associations/GD/members/999999", nil, memberAdmin},
	// Logout last: it ends the session the other rows use.
	{"POST /api/v1/auth/logout", "POST", "/api/v1/auth/logout", nil, loggedInAll},
}

// TestAccessMatrix walks every route with every role in its own, a parent, a child and an
// unrelated association, and asserts allow or deny for each cell.
func TestAccessMatrix(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		covered := map[string]bool{}
		for _, ac := range accessCases {
			covered[ac.route] = true
		}
		for _, r := range s.HTTP.Handler.(*api.Server).Routes() {
			if !covered[r] {
				t.Errorf("route %s is not in the access matrix", r)
			}
		}

		clients := map[string]*client{"anonymous": s.anon(t)}
		for _, a := range actors[:len(actors)-1] {
			clients[a] = s.login(t, a+"@redress.test")
		}
		for _, ac := range accessCases {
			for _, a := range actors {
				t.Run(fmt.Sprintf("%s %s/%s", ac.method, ac.path, a), func(t *testing.T) {
					res := clients[a].do(ac.method, ac.path, ac.body)
					denied := res.Status == http.StatusUnauthorized || res.Status == http.StatusForbidden
					if want := slices.Contains(ac.allowed, a); want == denied {
						t.Errorf("%s %s as %s: status %d, want allowed=%v; body %s", ac.method, ac.path, a, res.Status, want, res.Body)
					}
					if res.Status >= 500 {
						t.Errorf("server error %d: %s", res.Status, res.Body)
					}
				})
			}
		}
	})
}
