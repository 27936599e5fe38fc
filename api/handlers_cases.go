package api

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/redress-project/redress/domain"
)

// actor describes the caller to the case service.
func (s *Server) actor(c *gin.Context) domain.Actor {
	p := principalOf(c)
	if p == nil {
		return domain.Actor{}
	}
	a := domain.Actor{Kind: domain.ActorKind(p.User.Kind), UserID: p.User.ID, Name: p.User.Name}
	switch p.User.Kind {
	case domain.UserStaff:
		a.Kind = domain.ActorStaff
		a.Can = func(path, obj, act string) bool { return s.Authorizer.Allowed(p.User.ID, path, obj, act) }
	case domain.UserBusiness:
		a.BusinessID = p.User.BusinessID
	}
	return a
}

func idParam(c *gin.Context, name string) (int64, error) {
	id, err := strconv.ParseInt(c.Param(name), 10, 64)
	if err != nil || id <= 0 {
		return 0, domain.Errorf(domain.ECodeNotFound, "There is no such case.")
	}
	return id, nil
}

// writeCase answers with a case and its ETag.
func (s *Server) writeCase(c *gin.Context, status int, kc *domain.Case, forBusiness bool) {
	out, err := s.caseView(c.Request.Context(), kc, forBusiness)
	if err != nil {
		writeError(c, err)
		return
	}
	c.Header("ETag", etag(kc))
	c.JSON(status, out)
}

// caseView renders a case with its deadlines and labels, for a business without what it
// need not see.
func (s *Server) caseView(ctx context.Context, kc *domain.Case, forBusiness bool) (caseJSON, error) {
	d, err := s.Cases.DeadlinesOf(ctx, kc)
	if err != nil {
		return caseJSON{}, err
	}
	if err := s.Cases.Label(ctx, kc); err != nil {
		return caseJSON{}, err
	}
	if forBusiness {
		return caseForBusiness(kc, d), nil
	}
	return caseOut(kc, d), nil
}

// maxComplaintBody bounds a complaint; the narrative is at most 5000 characters.
const maxComplaintBody = 64 << 10

func (s *Server) handleComplaintCreate(c *gin.Context) {
	body, err := io.ReadAll(http.MaxBytesReader(c.Writer, c.Request.Body, maxComplaintBody))
	if err != nil {
		writeError(c, malformed(err))
		return
	}
	c.Request.Body = io.NopCloser(strings.NewReader(string(body)))
	var req complaintRequest
	if err := decodeJSON(c, &req); err != nil {
		writeError(c, err)
		return
	}
	if err := s.limitMobile(c, req.Consumer.Mobile); err != nil {
		writeError(c, err)
		return
	}
	var idem *domain.IdempotencyRequest
	if key := strings.TrimSpace(c.GetHeader("Idempotency-Key")); key != "" {
		if len(key) > 200 {
			writeError(c, domain.ReasonErrorf(domain.ECodeInvalid, "bad_idempotency_key", "The Idempotency-Key must have at most 200 characters."))
			return
		}
		sum := sha256.Sum256(body)
		idem = &domain.IdempotencyRequest{Key: key, RequestHash: hex.EncodeToString(sum[:]),
			Render: func(r *domain.Receipt) ([]byte, error) { return json.Marshal(receiptOut(r)) }}
	}
	in := req.input()
	if al := c.GetHeader("Accept-Language"); in.Language == "" && al != "" {
		in.Language = domain.NormalizeLanguage(al) // the language the form was filled in
	}
	receipt, replay, err := s.Cases.Submit(c.Request.Context(), in, s.actor(c), idem)
	switch {
	case err != nil:
		writeError(c, err)
	case replay != nil:
		c.Header("Idempotent-Replayed", "true")
		c.Data(http.StatusCreated, "application/json", replay)
	default:
		c.Header("Location", "/api/v1/track/"+receipt.Case.TrackingNumber)
		c.JSON(http.StatusCreated, receiptOut(receipt))
	}
}

type caseListJSON struct {
	Items      []caseJSON `json:"items"`
	NextCursor string     `json:"next_cursor,omitempty"`
}

// caseFilter reads the list filters from the query string.
func caseFilter(c *gin.Context) (domain.CaseFilter, error) {
	var v domain.Validation
	f := domain.CaseFilter{Category: c.Query("category"), Tag: c.Query("tag"), Query: strings.TrimSpace(c.Query("q")),
		Sort: c.DefaultQuery("sort", "received"), Cursor: c.Query("cursor"), WaitingOn: domain.WaitingOn(c.Query("waiting_on"))}
	for _, st := range strings.Split(c.Query("status"), ",") {
		if st != "" {
			f.Statuses = append(f.Statuses, domain.Status(st))
		}
	}
	for _, st := range f.Statuses {
		if !st.Valid() {
			v.Add("status", "unknown", "Status must be submitted, accepted, in_mediation or closed.")
		}
	}
	if f.Sort != "received" && f.Sort != "due" {
		v.Add("sort", "unknown", "Sort by received (newest first) or due (soonest first).")
	}
	if a := c.Query("assignee"); a != "" {
		if a == "none" {
			f.Unassigned = true
		} else if id, err := strconv.ParseInt(a, 10, 64); err == nil {
			f.AssigneeID = id
		} else {
			v.Add("assignee", "format", "The assignee is a user ID or none.")
		}
	}
	f.Overdue = c.Query("overdue") == "true"
	for _, d := range []struct {
		field string
		dst   **domain.Date
	}{{"from", &f.From}, {"to", &f.To}} {
		if q := c.Query(d.field); q != "" {
			day, err := domain.ParseDate(q)
			if err != nil {
				v.Add(d.field, "format", "A date is written YYYY-MM-DD.")
			}
			*d.dst = &day
		}
	}
	if l := c.Query("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > 100 {
			v.Add("limit", "range", "The limit is 1 to 100.")
		}
		f.Limit = n
	}
	return f, v.Err()
}

func (s *Server) listCases(c *gin.Context, a domain.Actor, forBusiness bool) {
	f, err := caseFilter(c)
	if err != nil {
		writeError(c, err)
		return
	}
	page, err := s.Cases.List(c.Request.Context(), a, f)
	if err != nil {
		writeError(c, err)
		return
	}
	ctx := c.Request.Context()
	all := make([]*domain.Case, len(page.Items))
	for i := range page.Items {
		all[i] = &page.Items[i]
	}
	if err := s.Cases.Label(ctx, all...); err != nil {
		writeError(c, err)
		return
	}
	out := caseListJSON{Items: make([]caseJSON, 0, len(page.Items)), NextCursor: page.NextCursor}
	for _, kc := range all {
		d, err := s.Cases.DeadlinesOf(ctx, kc)
		if err != nil {
			writeError(c, err)
			return
		}
		if forBusiness {
			out.Items = append(out.Items, caseForBusiness(kc, d))
		} else {
			out.Items = append(out.Items, caseOut(kc, d))
		}
	}
	c.JSON(http.StatusOK, out)
}

func (s *Server) handleCaseList(c *gin.Context) {
	a := s.actor(c)
	if a.Kind != domain.ActorStaff {
		writeError(c, domain.ReasonErrorf(domain.ECodeForbidden, "staff_only", "The case list is for association staff; consumers use /api/v1/my/cases."))
		return
	}
	s.listCases(c, a, false)
}

func (s *Server) handleMyCases(c *gin.Context) {
	a := s.actor(c)
	if a.Kind != domain.ActorConsumer {
		writeError(c, domain.ReasonErrorf(domain.ECodeForbidden, "consumers_only", "This list is for consumer accounts."))
		return
	}
	s.listCases(c, a, false)
}

func (s *Server) handleCaseGet(c *gin.Context) {
	id, _ := idParam(c, "id")
	kc, err := s.Cases.Get(c.Request.Context(), s.actor(c), id)
	if err != nil {
		writeError(c, err)
		return
	}
	s.writeCase(c, http.StatusOK, kc, false)
}

func (s *Server) handleCaseEvents(c *gin.Context) {
	id, _ := idParam(c, "id")
	events, err := s.Cases.Events(c.Request.Context(), s.actor(c), id)
	if err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, list[eventJSON]{Items: eventsOut(events, true)})
}

func (s *Server) handleCaseTransition(c *gin.Context) {
	id, _ := idParam(c, "id")
	version, err := parseIfMatch(c.GetHeader("If-Match"))
	if err != nil {
		writeError(c, err)
		return
	}
	var req transitionRequest
	if err := decodeJSON(c, &req); err != nil {
		writeError(c, err)
		return
	}
	kc, err := s.Cases.Transition(c.Request.Context(), s.actor(c), id, version, req.transition())
	if err != nil {
		writeError(c, err)
		return
	}
	s.writeCase(c, http.StatusOK, kc, false)
}

type assignRequest struct {
	AssigneeID *int64 `json:"assignee_id"`
}

func (s *Server) handleCaseAssign(c *gin.Context) {
	id, _ := idParam(c, "id")
	version, err := parseIfMatch(c.GetHeader("If-Match"))
	if err != nil {
		writeError(c, err)
		return
	}
	var req assignRequest
	if err := decodeJSON(c, &req); err != nil {
		writeError(c, err)
		return
	}
	assignee := int64(0)
	if req.AssigneeID != nil {
		assignee = *req.AssigneeID
	}
	isMember := func(userID int64, assoc *domain.Association) (bool, error) {
		ms, err := s.Associations.Members(c.Request.Context(), assoc)
		for _, m := range ms {
			if m.User.ID == userID {
				return true, err
			}
		}
		return false, err
	}
	kc, err := s.Cases.Assign(c.Request.Context(), s.actor(c), id, version, assignee, isMember)
	if err != nil {
		writeError(c, err)
		return
	}
	s.writeCase(c, http.StatusOK, kc, false)
}

type noteRequest struct {
	Body       string            `json:"body"`
	Visibility domain.Visibility `json:"visibility"`
	To         string            `json:"to"`
}

func (s *Server) addNote(c *gin.Context, a domain.Actor, id int64, n domain.Note) {
	ev, err := s.Cases.AddNote(c.Request.Context(), a, id, n)
	if err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusCreated, eventsOut([]domain.Event{*ev}, a.Kind == domain.ActorStaff)[0])
}

func (s *Server) handleCaseNote(c *gin.Context) {
	id, _ := idParam(c, "id")
	var req noteRequest
	if err := decodeJSON(c, &req); err != nil {
		writeError(c, err)
		return
	}
	s.addNote(c, s.actor(c), id, domain.Note{Body: req.Body, Visibility: req.Visibility, To: req.To})
}

type sessionRequest struct {
	At           time.Time `json:"at"`
	Mode         string    `json:"mode"`
	Participants string    `json:"participants"`
	Result       string    `json:"result"`
}

func (s *Server) handleCaseSession(c *gin.Context) {
	id, _ := idParam(c, "id")
	var req sessionRequest
	if err := decodeJSON(c, &req); err != nil {
		writeError(c, err)
		return
	}
	ev, err := s.Cases.RecordSession(c.Request.Context(), s.actor(c), id, domain.MediationSession(req))
	if err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusCreated, eventsOut([]domain.Event{*ev}, true)[0])
}

type agreementRequest struct {
	Terms           string `json:"terms"`
	AmountRecovered string `json:"amount_recovered"`
}

func (s *Server) handleCaseAgreement(c *gin.Context) {
	id, _ := idParam(c, "id")
	version, err := parseIfMatch(c.GetHeader("If-Match"))
	if err != nil {
		writeError(c, err)
		return
	}
	var req agreementRequest
	if err := decodeJSON(c, &req); err != nil {
		writeError(c, err)
		return
	}
	kc, err := s.Cases.ProposeAgreement(c.Request.Context(), s.actor(c), id, version, req.Terms, req.AmountRecovered)
	if err != nil {
		writeError(c, err)
		return
	}
	s.writeCase(c, http.StatusOK, kc, false)
}
