package api

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/redress-project/redress/domain"
)

// accessKind says who may call a route. The zero value denies everyone, so a route that
// forgot to declare its access is closed, not open.
type accessKind int

const (
	accessDenied accessKind = iota
	accessPublic
	accessAuthenticated
	accessPermitted
)

// access is what a route requires.
type access struct {
	kind     accessKind
	obj, act string
	onCase   bool // the permission applies in the association of the :id case
}

// public: anyone. loggedIn: any authenticated user (the handler scopes to them).
// can(obj, act): casbin must allow obj/act in the association named by the route's :code
// parameter or the association query parameter, else in the root association.
var (
	public   = access{kind: accessPublic}
	loggedIn = access{kind: accessAuthenticated}
)

func can(obj, act string) access { return access{kind: accessPermitted, obj: obj, act: act} }

// canOnCase(obj, act): casbin must allow obj/act in the association of the :id case; a
// case the caller may not read is not found, never forbidden.
func canOnCase(obj, act string) access {
	return access{kind: accessPermitted, obj: obj, act: act, onCase: true}
}

type route struct {
	method, path string
	access       access
	handler      gin.HandlerFunc
}

// routes is the route table and the permission table in one: one read shows every
// endpoint and what it needs.
func (s *Server) routes() []route {
	return []route{
		{http.MethodGet, "/healthz", public, s.handleHealth},
		{http.MethodGet, "/readyz", public, s.handleReady},
		{http.MethodGet, "/metrics", public, s.metricsHandler()},
		{http.MethodGet, "/api/openapi.json", public, handleOpenAPI},

		{http.MethodPost, "/api/v1/auth/login", public, s.handleLogin},
		{http.MethodPost, "/api/v1/auth/logout", loggedIn, s.handleLogout},
		{http.MethodGet, "/api/v1/me", loggedIn, s.handleMe},
		{http.MethodPatch, "/api/v1/me", loggedIn, s.handleMeUpdate},
		{http.MethodPost, "/api/v1/me/password", loggedIn, s.handlePasswordChange},
		{http.MethodGet, "/api/v1/me/sessions", loggedIn, s.handleMySessions},
		{http.MethodDelete, "/api/v1/me/sessions/:session_id", loggedIn, s.handleEndSession},
		{http.MethodGet, "/api/v1/notifications", loggedIn, s.handleNotificationList},
		{http.MethodPost, "/api/v1/notifications/read", loggedIn, s.handleNotificationsRead},

		{http.MethodGet, "/api/v1/divisions", public, s.handleDivisionList},
		{http.MethodGet, "/api/v1/associations", public, s.handleAssociationTree},
		{http.MethodPost, "/api/v1/associations", can("associations", "create"), s.handleAssociationCreate},
		{http.MethodGet, "/api/v1/associations/:code", public, s.handleAssociationGet},
		{http.MethodGet, "/api/v1/associations/:code/members", can("members", "read"), s.handleMemberList},
		{http.MethodPost, "/api/v1/associations/:code/members", can("members", "manage"), s.handleMemberAdd},
		{http.MethodPatch, "/api/v1/associations/:code/members/:user_id", can("members", "manage"), s.handleMemberUpdate},
		{http.MethodDelete, "/api/v1/associations/:code/members/:user_id", can("members", "manage"), s.handleMemberRemove},
		{http.MethodGet, "/api/v1/associations/:code/deadline-rules", public, s.handleDeadlineRules},
		{http.MethodPut, "/api/v1/associations/:code/deadline-rules", can("association", "manage"), s.handleDeadlineRuleSave},

		{http.MethodGet, "/api/v1/taxonomy", public, handleTaxonomy},
		{http.MethodGet, "/api/v1/calendar/:year", public, s.handleCalendarGet},
		{http.MethodPut, "/api/v1/calendar/:year", can("calendar", "manage"), s.handleCalendarPut},

		{http.MethodPost, "/api/v1/complaints", public, s.handleComplaintCreate},
		{http.MethodPost, "/api/v1/complaints/:id/attachments", public, s.handleComplaintAttachment},
		{http.MethodGet, "/api/v1/track/:tracking_number/attachments", public, s.handleTrackAttachments},
		{http.MethodGet, "/api/v1/track/:tracking_number/attachments/:attachment_id", public, s.handleTrackAttachmentGet},
		{http.MethodGet, "/api/v1/track/:tracking_number", public, s.handleTrack},
		{http.MethodPost, "/api/v1/track/:tracking_number/messages", public, s.handleTrackMessage},
		{http.MethodPost, "/api/v1/track/:tracking_number/withdrawal", public, s.handleTrackWithdraw()},
		{http.MethodPost, "/api/v1/track/:tracking_number/agreement", public, s.handleTrackAgreement()},
		{http.MethodPost, "/api/v1/track/:tracking_number/rating", public, s.handleTrackRating()},
		{http.MethodGet, "/api/v1/my/cases", loggedIn, s.handleMyCases},

		{http.MethodGet, "/api/v1/cases", loggedIn, s.handleCaseList},
		{http.MethodGet, "/api/v1/cases/export", loggedIn, s.handleCaseExport},
		{http.MethodGet, "/api/v1/cases/:id", canOnCase("cases", "read"), s.handleCaseGet},
		{http.MethodGet, "/api/v1/cases/:id/events", canOnCase("cases", "read"), s.handleCaseEvents},
		{http.MethodPost, "/api/v1/cases/:id/transitions", canOnCase("cases", "work"), s.handleCaseTransition},
		{http.MethodPost, "/api/v1/cases/:id/assignment", canOnCase("cases", "work"), s.handleCaseAssign},
		{http.MethodPost, "/api/v1/cases/:id/notes", canOnCase("cases", "work"), s.handleCaseNote},
		{http.MethodPost, "/api/v1/cases/:id/sessions", canOnCase("cases", "work"), s.handleCaseSession},
		{http.MethodPut, "/api/v1/cases/:id/agreement", canOnCase("cases", "work"), s.handleCaseAgreement},
		{http.MethodGet, "/api/v1/cases/:id/attachments", canOnCase("cases", "read"), s.handleCaseAttachments},
		{http.MethodPost, "/api/v1/cases/:id/attachments", canOnCase("cases", "work"), s.handleCaseAttachmentAdd},
		{http.MethodGet, "/api/v1/cases/:id/attachments/:attachment_id", canOnCase("cases", "read"), s.handleCaseAttachmentGet},

		{http.MethodGet, "/api/v1/stats/overview", can("stats", "read"), s.handleStatsOverview},
		{http.MethodGet, "/api/v1/stats/businesses", can("stats", "read"), s.handleStatsBusinesses},
		{http.MethodGet, "/api/v1/stats/alerts", can("stats", "read"), s.handleStatsAlerts},
		{http.MethodGet, "/api/v1/stats/export", can("stats", "read"), s.handleStatsExport},

		{http.MethodGet, "/api/v1/associations/:code/reports", can("stats", "read"), s.handleReportList},
		{http.MethodPost, "/api/v1/associations/:code/reports", can("reports", "manage"), s.handleReportCreate},
		{http.MethodGet, "/api/v1/associations/:code/reports/:report_id", can("stats", "read"), s.handleReportGet},
		{http.MethodPost, "/api/v1/associations/:code/reports/:report_id/publication", can("reports", "manage"), s.handleReportPublish},
		{http.MethodGet, "/api/v1/public/reports", public, s.handlePublicReports},
		{http.MethodGet, "/api/v1/public/reports/:report_id", public, s.handlePublicReport},
		{http.MethodGet, "/api/v1/cases/:id/case-study", canOnCase("cases", "read"), s.handleCaseStudyOfCase},
		{http.MethodPost, "/api/v1/cases/:id/case-study", canOnCase("cases", "work"), s.handleStudyDraft},
		{http.MethodGet, "/api/v1/cases/:id/similar", canOnCase("cases", "read"), s.handleSimilar},
		{http.MethodGet, "/api/v1/case-studies", loggedIn, s.handleStudyList},
		{http.MethodGet, "/api/v1/case-studies/:study_id", loggedIn, s.handleStudyGet},
		{http.MethodPatch, "/api/v1/case-studies/:study_id", loggedIn, s.handleStudyEdit()},
		{http.MethodPost, "/api/v1/case-studies/:study_id/transitions", loggedIn, s.handleStudyAction()},
		{http.MethodPost, "/api/v1/track/:tracking_number/consent", public, s.handleTrackConsent()},
		{http.MethodPost, "/api/v1/associations/:code/tips", can("reports", "manage"), s.handleTipPublish},
		{http.MethodGet, "/api/v1/public/tips", public, s.handleTips},
		{http.MethodGet, "/api/v1/public/case-studies", public, s.handleLibrary},
		{http.MethodGet, "/api/v1/public/case-studies/:slug", public, s.handleLibraryStudy},
		{http.MethodGet, "/feeds/case-studies.atom", public, s.handleAtom},
		{http.MethodGet, "/feeds/audit-checkpoints.atom", public, s.handleAuditFeed},
		{http.MethodGet, "/api/v1/public/businesses", public, s.handleBusinessSearch},
		{http.MethodGet, "/api/v1/public/businesses/:id", public, s.handleBusinessReputation},
		{http.MethodPost, "/api/v1/businesses/:id/merge", can("businesses", "merge"), s.handleBusinessMerge},

		{http.MethodGet, "/api/v1/business/cases", loggedIn, s.handleBusinessCases},
		{http.MethodGet, "/api/v1/business/cases/:id", loggedIn, s.handleBusinessCaseGet},
		{http.MethodPost, "/api/v1/business/cases/:id/answers", loggedIn, s.handleBusinessAnswer()},
		{http.MethodPost, "/api/v1/business/cases/:id/agreement", loggedIn, s.handleBusinessAgreement()},
	}
}

const ctxAssociation = "redress.association"

// authorize enforces a route's access before its handler runs.
func (s *Server) authorize(a access) gin.HandlerFunc {
	return func(c *gin.Context) {
		switch a.kind {
		case accessPublic:
			c.Next()
		case accessAuthenticated:
			if _, ok := requirePrincipal(c); ok {
				c.Next()
			}
		case accessPermitted:
			p, ok := requirePrincipal(c)
			if !ok {
				return
			}
			assoc, err := s.routeAssociation(c, a.onCase)
			if err != nil {
				writeError(c, err)
				return
			}
			if a.onCase && !s.Authorizer.Allowed(p.User.ID, assoc.Path, "cases", "read") {
				writeError(c, domain.Errorf(domain.ECodeNotFound, "There is no such case."))
				return
			}
			if !s.Authorizer.Allowed(p.User.ID, assoc.Path, a.obj, a.act) {
				writeError(c, domain.ReasonErrorf(domain.ECodeForbidden, "not_permitted",
					"You may not %s %s in %s.", a.act, a.obj, assoc.Code))
				return
			}
			c.Set(ctxAssociation, assoc)
			c.Next()
		default:
			writeError(c, domain.Errorf(domain.ECodeForbidden, "This route has no access rule."))
		}
	}
}

// routeAssociation is the association a request acts in: the :id case's, the :code
// parameter, else the root.
func (s *Server) routeAssociation(c *gin.Context, onCase bool) (*domain.Association, error) {
	if onCase {
		id, err := idParam(c, "id")
		if err != nil {
			return nil, err
		}
		assocID, err := s.Cases.Cases.FindCaseAssociation(c.Request.Context(), id)
		if err != nil {
			return nil, err
		}
		t, err := s.Associations.Tree(c.Request.Context())
		if err != nil {
			return nil, err
		}
		if a := t.FindByID(assocID); a != nil {
			return a, nil
		}
		return nil, domain.Errorf(domain.ECodeNotFound, "There is no such case.")
	}
	code := c.Param("code")
	if code == "" {
		code = c.Query("association")
	}
	if code != "" {
		return s.Associations.Find(c.Request.Context(), strings.ToUpper(code))
	}
	t, err := s.Associations.Tree(c.Request.Context())
	if err != nil {
		return nil, err
	}
	if root := t.Root(); root != nil {
		return root, nil
	}
	return nil, domain.Errorf(domain.ECodeNotFound, "There are no associations yet; run `redress seed`.")
}

func associationOf(c *gin.Context) *domain.Association {
	return c.MustGet(ctxAssociation).(*domain.Association)
}
