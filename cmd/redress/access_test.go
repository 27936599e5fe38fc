package main

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
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
	gdAdmin     = []string{"gd.admin", "platform.admin"}
	staffAll    = []string{"gd.admin", "gd.supervisor", "gd.mediator", "cca.admin", "cca.supervisor", "cca.mediator",
		"gz.admin", "gz.supervisor", "gz.mediator", "bj.admin", "bj.supervisor", "bj.mediator", "platform.admin"}
	caseReaders  = []string{"gd.admin", "gd.supervisor", "gd.mediator", "cca.admin", "cca.supervisor"}
	caseWorkers  = []string{"gd.admin", "gd.supervisor", "gd.mediator"}
	statsReaders = []string{"gd.admin", "gd.supervisor", "cca.admin", "cca.supervisor"}
	consumerOnly = []string{"consumer"}
	businessOnly = []string{"business"}
)

// accessCase is one route of the matrix: a request that passes or fails only on access
// (the body is valid enough, or invalid in a way checked after authorization), and who may make it.
type accessCase struct {
	route   string // as the router lists it
	method  string
	path    string // {case} stands for a case of GD against the demo business
	body    any
	allowed []string
	// caseScoped: a case the caller may not read is 404, so 404 means denied.
	caseScoped bool
}

var accessCases = []accessCase{
	{"GET /healthz", "GET", "/healthz", nil, everyone, false},
	{"GET /readyz", "GET", "/readyz", nil, everyone, false},
	{"GET /metrics", "GET", "/metrics", nil, everyone, false},
	{"GET /api/openapi.json", "GET", "/api/openapi.json", nil, everyone, false},
	{"POST /api/v1/auth/login", "POST", "/api/v1/auth/login", map[string]string{}, everyone, false},
	{"GET /api/v1/me", "GET", "/api/v1/me", nil, loggedInAll, false},
	{"PATCH /api/v1/me", "PATCH", "/api/v1/me", map[string]string{}, loggedInAll, false},
	{"POST /api/v1/me/password", "POST", "/api/v1/me/password", map[string]string{}, loggedInAll, false},
	{"GET /api/v1/divisions", "GET", "/api/v1/divisions?parent=440000", nil, everyone, false},
	{"GET /api/v1/associations", "GET", "/api/v1/associations", nil, everyone, false},
	{"GET /api/v1/associations/:code", "GET", "/api/v1/associations/GD", nil, everyone, false},
	{"POST /api/v1/associations", "POST", "/api/v1/associations", map[string]string{}, platformOn, false},
	{"GET /api/v1/associations/:code/members", "GET", "/api/v1/associations/GD/members", nil, memberRead, false},
	{"POST /api/v1/associations/:code/members", "POST", "/api/v1/associations/GD/members", map[string]string{}, memberAdmin, false},
	{"PATCH /api/v1/associations/:code/members/:user_id", "PATCH", "/api/v1/associations/GD/members/999999", map[string]string{"role": "admin"}, memberAdmin, false},
	{"DELETE /api/v1/associations/:code/members/:user_id", "DELETE", "/api/v1/associations/GD/members/999999", nil, memberAdmin, false},
	{"GET /api/v1/associations/:code/deadline-rules", "GET", "/api/v1/associations/GD/deadline-rules", nil, everyone, false},
	{"PUT /api/v1/associations/:code/deadline-rules", "PUT", "/api/v1/associations/GD/deadline-rules", map[string]string{}, gdAdmin, false},
	{"GET /api/v1/taxonomy", "GET", "/api/v1/taxonomy", nil, everyone, false},
	{"GET /api/v1/calendar/:year", "GET", "/api/v1/calendar/2026", nil, everyone, false},
	{"PUT /api/v1/calendar/:year", "PUT", "/api/v1/calendar/2030", map[string]any{"holidays": []string{"2031-01-01"}}, platformOn, false},
	{"POST /api/v1/complaints", "POST", "/api/v1/complaints", map[string]string{}, everyone, false},
	{"GET /api/v1/track/:tracking_number", "GET", "/api/v1/track/XX-2026-000000", nil, everyone, false},
	{"POST /api/v1/track/:tracking_number/messages", "POST", "/api/v1/track/XX-2026-000000/messages", map[string]string{}, everyone, false},
	{"POST /api/v1/track/:tracking_number/withdrawal", "POST", "/api/v1/track/XX-2026-000000/withdrawal", map[string]string{}, everyone, false},
	{"POST /api/v1/track/:tracking_number/agreement", "POST", "/api/v1/track/XX-2026-000000/agreement", map[string]string{}, everyone, false},
	{"POST /api/v1/track/:tracking_number/rating", "POST", "/api/v1/track/XX-2026-000000/rating", map[string]string{}, everyone, false},
	{"POST /api/v1/complaints/:id/attachments", "POST", "/api/v1/complaints/{case}/attachments", map[string]string{}, everyone, false},
	{"GET /api/v1/track/:tracking_number/attachments", "GET", "/api/v1/track/XX-2026-000000/attachments", nil, everyone, false},
	{"GET /api/v1/track/:tracking_number/attachments/:attachment_id", "GET", "/api/v1/track/XX-2026-000000/attachments/1", nil, everyone, false},
	{"GET /api/v1/cases/:id/attachments", "GET", "/api/v1/cases/{case}/attachments", nil, caseReaders, true},
	{"POST /api/v1/cases/:id/attachments", "POST", "/api/v1/cases/{case}/attachments", map[string]string{}, caseWorkers, true},
	{"GET /api/v1/cases/:id/attachments/:attachment_id", "GET", "/api/v1/cases/{case}/attachments/{att}", nil, caseReaders, true},
	{"GET /api/v1/stats/overview", "GET", "/api/v1/stats/overview?association=GD&descendants=true", nil, statsReaders, false},
	{"GET /api/v1/stats/businesses", "GET", "/api/v1/stats/businesses?association=GD&descendants=true", nil, statsReaders, false},
	{"GET /api/v1/stats/alerts", "GET", "/api/v1/stats/alerts?association=GD&descendants=true", nil, statsReaders, false},
	{"GET /api/v1/public/businesses", "GET", "/api/v1/public/businesses?q=健康", nil, everyone, false},
	{"GET /api/v1/public/businesses/:id", "GET", "/api/v1/public/businesses/1", nil, everyone, false},
	{"POST /api/v1/businesses/:id/merge", "POST", "/api/v1/businesses/999999/merge?association=GD", map[string]int{"into": 0}, platformOn, false},
	{"GET /api/v1/cases/export", "GET", "/api/v1/cases/export?format=csv", nil, staffAll, false},
	{"GET /api/v1/stats/export", "GET", "/api/v1/stats/export?association=GD&descendants=true&format=csv", nil, statsReaders, false},
	{"GET /api/v1/associations/:code/reports", "GET", "/api/v1/associations/GD/reports", nil, statsReaders, false},
	{"POST /api/v1/associations/:code/reports", "POST", "/api/v1/associations/GD/reports", map[string]string{}, []string{"gd.admin", "gd.supervisor"}, false},
	{"GET /api/v1/associations/:code/reports/:report_id", "GET", "/api/v1/associations/GD/reports/999999", nil, statsReaders, false},
	{"POST /api/v1/associations/:code/reports/:report_id/publication", "POST", "/api/v1/associations/GD/reports/999999/publication", nil, []string{"gd.admin", "gd.supervisor"}, false},
	{"GET /api/v1/public/reports", "GET", "/api/v1/public/reports", nil, everyone, false},
	{"GET /api/v1/public/reports/:report_id", "GET", "/api/v1/public/reports/999999", nil, everyone, false},
	{"GET /api/v1/cases/:id/case-study", "GET", "/api/v1/cases/{case}/case-study", nil, caseReaders, true},
	{"POST /api/v1/cases/:id/case-study", "POST", "/api/v1/cases/{case}/case-study", nil, caseWorkers, true},
	{"GET /api/v1/cases/:id/similar", "GET", "/api/v1/cases/{case}/similar", nil, caseReaders, true},
	{"GET /api/v1/case-studies", "GET", "/api/v1/case-studies", nil, staffAll, false},
	{"GET /api/v1/case-studies/:study_id", "GET", "/api/v1/case-studies/999999", nil, staffAll, false},
	{"PATCH /api/v1/case-studies/:study_id", "PATCH", "/api/v1/case-studies/999999", map[string]string{}, staffAll, false},
	{"POST /api/v1/case-studies/:study_id/transitions", "POST", "/api/v1/case-studies/999999/transitions", map[string]string{}, staffAll, false},
	{"POST /api/v1/track/:tracking_number/consent", "POST", "/api/v1/track/XX-2026-000000/consent", map[string]bool{}, everyone, false},
	{"POST /api/v1/associations/:code/tips", "POST", "/api/v1/associations/GD/tips", map[string]string{}, []string{"gd.admin", "gd.supervisor"}, false},
	{"GET /api/v1/public/tips", "GET", "/api/v1/public/tips", nil, everyone, false},
	{"GET /api/v1/public/case-studies", "GET", "/api/v1/public/case-studies?q=退款", nil, everyone, false},
	{"GET /api/v1/public/case-studies/:slug", "GET", "/api/v1/public/case-studies/nope", nil, everyone, false},
	{"GET /feeds/case-studies.atom", "GET", "/feeds/case-studies.atom", nil, everyone, false},
	{"GET /feeds/audit-checkpoints.atom", "GET", "/feeds/audit-checkpoints.atom", nil, everyone, false},
	{"GET /api/v1/me/sessions", "GET", "/api/v1/me/sessions", nil, loggedInAll, false},
	{"DELETE /api/v1/me/sessions/:session_id", "DELETE", "/api/v1/me/sessions/nope", nil, loggedInAll, false},
	{"GET /api/v1/notifications", "GET", "/api/v1/notifications", nil, loggedInAll, false},
	{"POST /api/v1/notifications/read", "POST", "/api/v1/notifications/read", map[string]bool{"all": true}, loggedInAll, false},
	{"GET /api/v1/my/cases", "GET", "/api/v1/my/cases", nil, consumerOnly, false},
	{"GET /api/v1/cases", "GET", "/api/v1/cases", nil, staffAll, false},
	{"GET /api/v1/cases/:id", "GET", "/api/v1/cases/{case}", nil, caseReaders, true},
	{"GET /api/v1/cases/:id/events", "GET", "/api/v1/cases/{case}/events", nil, caseReaders, true},
	{"POST /api/v1/cases/:id/transitions", "POST", "/api/v1/cases/{case}/transitions", map[string]string{"action": "accept"}, caseWorkers, true},
	{"POST /api/v1/cases/:id/assignment", "POST", "/api/v1/cases/{case}/assignment", map[string]string{}, caseWorkers, true},
	{"POST /api/v1/cases/:id/notes", "POST", "/api/v1/cases/{case}/notes", map[string]string{}, caseWorkers, true},
	{"POST /api/v1/cases/:id/sessions", "POST", "/api/v1/cases/{case}/sessions", map[string]string{}, caseWorkers, true},
	{"PUT /api/v1/cases/:id/agreement", "PUT", "/api/v1/cases/{case}/agreement", map[string]string{}, caseWorkers, true},
	{"GET /api/v1/business/cases", "GET", "/api/v1/business/cases", nil, businessOnly, false},
	{"GET /api/v1/business/cases/:id", "GET", "/api/v1/business/cases/{case}", nil, businessOnly, true},
	{"POST /api/v1/business/cases/:id/answers", "POST", "/api/v1/business/cases/{case}/answers", map[string]string{}, businessOnly, true},
	{"POST /api/v1/business/cases/:id/agreement", "POST", "/api/v1/business/cases/{case}/agreement", map[string]bool{"accept": true}, businessOnly, true},
	// Logout last: it ends the session the other rows use.
	{"POST /api/v1/auth/logout", "POST", "/api/v1/auth/logout", nil, loggedInAll, false},
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

		body := designComplaint()
		body["consumer"].(map[string]any)["division_code"] = "440305" // Shenzhen: covered by GD itself
		r := s.file(t, body)
		caseID := fmt.Sprint(r.ID)
		var att struct{ ID int64 }
		s.anon(t).upload("/api/v1/complaints/"+caseID+"/attachments", "receipt.png", pngBytes(t), "X-Access-Code", r.AccessCode).
			want(http.StatusCreated).decode(&att)
		paths := strings.NewReplacer("{case}", caseID, "{att}", fmt.Sprint(att.ID))

		clients := map[string]*client{"anonymous": s.anon(t)}
		for _, a := range actors[:len(actors)-1] {
			clients[a] = s.login(t, a+"@redress.test")
		}
		for _, ac := range accessCases {
			for _, a := range actors {
				t.Run(fmt.Sprintf("%s %s/%s", ac.method, ac.path, a), func(t *testing.T) {
					res := clients[a].do(ac.method, paths.Replace(ac.path), ac.body)
					denied := res.Status == http.StatusUnauthorized || res.Status == http.StatusForbidden ||
						(ac.caseScoped && res.Status == http.StatusNotFound)
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
