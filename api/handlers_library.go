package api

import (
	"context"
	"encoding/xml"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/redress-project/redress/domain"
	"github.com/redress-project/redress/domain/anonymize"
)

type factsJSON struct {
	domain.StudyFacts
	CategoryNames domain.Names `json:"category_names"`
	RegionName    string       `json:"region_name"`
}

type publicStudyJSON struct {
	Slug           string             `json:"slug"`
	Title          string             `json:"title"`
	Narrative      string             `json:"narrative"`
	MediatorAction string             `json:"mediator_action"`
	Lesson         string             `json:"lesson"`
	Tip            string             `json:"tip"`
	Facts          factsJSON          `json:"facts"`
	Association    associationRefJSON `json:"association"`
	PublishedAt    *time.Time         `json:"published_at"`
}

type staffStudyJSON struct {
	publicStudyJSON
	ID          int64            `json:"id"`
	CaseID      int64            `json:"case_id"`
	Status      string           `json:"status"`
	K           int              `json:"k"`
	L           int              `json:"l"`
	NeedsReview bool             `json:"needs_review"`
	ReviewNote  string           `json:"review_note,omitempty"`
	Spans       []anonymize.Span `json:"spans"`
	Version     int64            `json:"version"`
	UpdatedAt   time.Time        `json:"updated_at"`
}

// publicStudy renders what the public sees: never the source case.
func (s *Server) publicStudy(c *gin.Context, st *domain.CaseStudy) publicStudyJSON {
	f := factsJSON{StudyFacts: st.Facts, RegionName: "全国"}
	if cat, ok := domain.FindCategory(st.Facts.Category); ok {
		f.CategoryNames = cat.Names
	}
	if st.Facts.RegionCode != "000000" {
		if d, err := s.Divisions.FindDivision(c.Request.Context(), st.Facts.RegionCode); err == nil {
			f.RegionName = d.Name
		}
	}
	return publicStudyJSON{Slug: st.Slug, Title: st.Title, Narrative: st.Narrative, MediatorAction: st.MediatorAction, Lesson: st.Lesson,
		Tip: st.Tip, Facts: f, Association: associationRef(&st.Association), PublishedAt: st.PublishedAt}
}

func (s *Server) staffStudy(c *gin.Context, st *domain.CaseStudy) staffStudyJSON {
	out := staffStudyJSON{publicStudyJSON: s.publicStudy(c, st), ID: st.ID, CaseID: st.CaseID, Status: st.Status, K: st.K, L: st.L,
		NeedsReview: st.NeedsReview, Spans: st.Spans, Version: st.Version, UpdatedAt: st.UpdatedAt.UTC()}
	if st.NeedsReview {
		out.ReviewNote = s.Studies.ReviewNote(st).In(langOf(c))
	}
	return out
}

func (s *Server) writeStudy(c *gin.Context, status int, st *domain.CaseStudy) {
	c.Header("ETag", `"`+strconv.FormatInt(st.Version, 10)+`"`)
	c.JSON(status, s.staffStudy(c, st))
}

func (s *Server) staffOnly(c *gin.Context) (domain.Actor, bool) {
	a := s.actor(c)
	if a.Kind != domain.ActorStaff {
		writeError(c, domain.ReasonErrorf(domain.ECodeForbidden, "staff_only", "This is for association staff."))
		return a, false
	}
	return a, true
}

func (s *Server) handleStudyDraft(c *gin.Context) {
	id, _ := idParam(c, "id")
	st, err := s.Studies.Draft(c.Request.Context(), s.actor(c), id)
	if err != nil {
		writeError(c, err)
		return
	}
	s.writeStudy(c, http.StatusCreated, st)
}

func (s *Server) handleSimilar(c *gin.Context) {
	id, _ := idParam(c, "id")
	sts, err := s.Studies.Similar(c.Request.Context(), s.actor(c), id)
	if err != nil {
		writeError(c, err)
		return
	}
	out := list[publicStudyJSON]{Items: make([]publicStudyJSON, 0, len(sts))}
	for i := range sts {
		out.Items = append(out.Items, s.publicStudy(c, &sts[i]))
	}
	c.JSON(http.StatusOK, out)
}

func (s *Server) handleStudyList(c *gin.Context) {
	a, ok := s.staffOnly(c)
	if !ok {
		return
	}
	sts, err := s.Studies.List(c.Request.Context(), a, c.Query("status"))
	if err != nil {
		writeError(c, err)
		return
	}
	out := list[staffStudyJSON]{Items: make([]staffStudyJSON, 0, len(sts))}
	for i := range sts {
		out.Items = append(out.Items, s.staffStudy(c, &sts[i]))
	}
	c.JSON(http.StatusOK, out)
}

func studyID(c *gin.Context) (int64, error) {
	id, err := strconv.ParseInt(c.Param("study_id"), 10, 64)
	if err != nil {
		return 0, domain.Errorf(domain.ECodeNotFound, "There is no such case study.")
	}
	return id, nil
}

func (s *Server) handleStudyGet(c *gin.Context) {
	a, ok := s.staffOnly(c)
	if !ok {
		return
	}
	id, err := studyID(c)
	if err != nil {
		writeError(c, err)
		return
	}
	st, err := s.Studies.Get(c.Request.Context(), a, id)
	if err != nil {
		writeError(c, err)
		return
	}
	s.writeStudy(c, http.StatusOK, st)
}

func (s *Server) handleCaseStudyOfCase(c *gin.Context) {
	id, _ := idParam(c, "id")
	st, err := s.Studies.OfCase(c.Request.Context(), s.actor(c), id)
	switch {
	case err != nil:
		writeError(c, err)
	case st == nil:
		c.Status(http.StatusNoContent) // none made yet: a normal answer, not an error
	default:
		s.writeStudy(c, http.StatusOK, st)
	}
}

// studyChange handles staff changes to a case study: the study ID, its ETag in If-Match
// and a body decoded into Req.
func studyChange[Req any](s *Server, change func(ctx context.Context, a domain.Actor, id, version int64, req Req) (*domain.CaseStudy, error)) gin.HandlerFunc {
	return func(c *gin.Context) {
		a, ok := s.staffOnly(c)
		if !ok {
			return
		}
		id, err := studyID(c)
		if err != nil {
			writeError(c, err)
			return
		}
		version, err := parseIfMatch(c.GetHeader("If-Match"))
		if err != nil {
			writeError(c, err)
			return
		}
		var req Req
		if err := decodeJSON(c, &req); err != nil {
			writeError(c, err)
			return
		}
		st, err := change(c.Request.Context(), a, id, version, req)
		if err != nil {
			writeError(c, err)
			return
		}
		s.writeStudy(c, http.StatusOK, st)
	}
}

type studyEditRequest struct {
	Title          *string `json:"title"`
	Narrative      *string `json:"narrative"`
	MediatorAction *string `json:"mediator_action"`
	Lesson         *string `json:"lesson"`
	Tip            *string `json:"tip"`
}

func (s *Server) handleStudyEdit() gin.HandlerFunc {
	return studyChange(s, func(ctx context.Context, a domain.Actor, id, version int64, req studyEditRequest) (*domain.CaseStudy, error) {
		return s.Studies.Update(ctx, a, id, version, domain.Edit(req))
	})
}

type studyActionRequest struct {
	Action string `json:"action"`
	Reason string `json:"reason"`
}

func (s *Server) handleStudyAction() gin.HandlerFunc {
	return studyChange(s, func(ctx context.Context, a domain.Actor, id, version int64, req studyActionRequest) (*domain.CaseStudy, error) {
		return s.Studies.Act(ctx, a, id, version, req.Action, req.Reason)
	})
}

type libraryPage struct {
	Items      []publicStudyJSON `json:"items"`
	Total      int64             `json:"total"`
	NextCursor string            `json:"next_cursor,omitempty"`
}

func (s *Server) handleLibrary(c *gin.Context) {
	var v domain.Validation
	f := domain.StudyQuery{Category: c.Query("category"), Tag: c.Query("tag"), Province: c.Query("province"), Outcome: c.Query("outcome"), Limit: 20}
	if y := c.Query("year"); y != "" {
		n, err := strconv.Atoi(y)
		if err != nil || n < 1000 || n > 9999 {
			v.Add("year", "format", "The year is four digits.")
		}
		f.Year = n
	}
	if p := f.Province; p != "" && !domain.ValidDivisionCodeFormat(p) {
		v.Add("province", "format", "The province is a six-digit division code.")
	}
	if cur := c.Query("cursor"); cur != "" {
		n, err := strconv.Atoi(cur)
		if err != nil || n < 0 {
			v.Add("cursor", "format", "The cursor is not valid; start from the first page.")
		}
		f.Offset = n
	}
	if err := v.Err(); err != nil {
		writeError(c, err)
		return
	}
	sts, total, err := s.Studies.Search(c.Request.Context(), c.Query("q"), f)
	if err != nil {
		writeError(c, err)
		return
	}
	out := libraryPage{Items: make([]publicStudyJSON, 0, len(sts)), Total: total}
	for i := range sts {
		out.Items = append(out.Items, s.publicStudy(c, &sts[i]))
	}
	if next := f.Offset + len(sts); int64(next) < total {
		out.NextCursor = strconv.Itoa(next)
	}
	c.JSON(http.StatusOK, out)
}

func (s *Server) handleLibraryStudy(c *gin.Context) {
	st, err := s.Studies.Published(c.Request.Context(), c.Param("slug"))
	if err != nil {
		writeError(c, err)
		return
	}
	c.Header("Cache-Control", "public, max-age=600")
	c.JSON(http.StatusOK, s.publicStudy(c, st))
}

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Link    atomLink    `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
}

type atomEntry struct {
	Title   string   `xml:"title"`
	ID      string   `xml:"id"`
	Updated string   `xml:"updated"`
	Link    atomLink `xml:"link"`
	Summary string   `xml:"summary"`
	Author  struct {
		Name string `xml:"name"`
	} `xml:"author"`
}

// handleAtom publishes the newest case studies as an Atom feed, so other platforms can
// pull what associations publish.
func (s *Server) handleAtom(c *gin.Context) {
	sts, _, err := s.Studies.Search(c.Request.Context(), "", domain.StudyQuery{Limit: 50})
	if err != nil {
		writeError(c, err)
		return
	}
	feed := atomFeed{Title: "Redress 案例库 / case studies", ID: "urn:redress:case-studies", Updated: time.Now().UTC().Format(time.RFC3339),
		Link: atomLink{Href: "/library", Rel: "alternate"}}
	for _, st := range sts {
		e := atomEntry{Title: st.Title, ID: "urn:redress:case-study:" + st.Slug, Link: atomLink{Href: "/library/" + st.Slug}}
		if st.PublishedAt != nil {
			e.Updated = st.PublishedAt.UTC().Format(time.RFC3339)
		}
		e.Summary = truncateRunes(st.Narrative, 200)
		e.Author.Name = st.Association.Names.ZhHans
		feed.Entries = append(feed.Entries, e)
	}
	if len(feed.Entries) > 0 {
		feed.Updated = feed.Entries[0].Updated
	}
	body, err := xml.MarshalIndent(feed, "", "  ")
	if err != nil {
		writeError(c, err)
		return
	}
	c.Data(http.StatusOK, "application/atom+xml; charset=utf-8", append([]byte(xml.Header), body...))
}

// handleAuditFeed publishes the audit checkpoints, newest first, so that anyone can keep
// the roots outside our database: a later rewrite of the chains or of the kept heads no
// longer matches a root someone else holds.
func (s *Server) handleAuditFeed(c *gin.Context) {
	cps, err := s.Audit.Store.FindCheckpoints(c.Request.Context(), 100)
	if err != nil {
		writeError(c, err)
		return
	}
	feed := atomFeed{Title: "Redress audit checkpoints", ID: "urn:redress:audit-checkpoints", Updated: time.Now().UTC().Format(time.RFC3339),
		Link: atomLink{Href: "/feeds/audit-checkpoints.atom", Rel: "self"}}
	for _, cp := range cps {
		e := atomEntry{Title: fmt.Sprintf("Checkpoint %d: %d cases", cp.ID, cp.Cases), ID: fmt.Sprintf("urn:redress:audit-checkpoint:%d", cp.ID),
			Updated: cp.TakenAt.Format(time.RFC3339), Link: atomLink{Href: "/feeds/audit-checkpoints.atom"},
			Summary: fmt.Sprintf("Merkle root of the %d cases' event chain heads at %s: sha256 %s", cp.Cases, cp.TakenAt.Format(time.RFC3339), cp.Root)}
		e.Author.Name = "Redress"
		feed.Entries = append(feed.Entries, e)
	}
	if len(feed.Entries) > 0 {
		feed.Updated = feed.Entries[0].Updated
	}
	body, err := xml.MarshalIndent(feed, "", "  ")
	if err != nil {
		writeError(c, err)
		return
	}
	c.Data(http.StatusOK, "application/atom+xml; charset=utf-8", append([]byte(xml.Header), body...))
}

func truncateRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

type tipJSON struct {
	ID          int64              `json:"id"`
	Association associationRefJSON `json:"association"`
	Title       string             `json:"title"`
	Body        string             `json:"body"`
	Category    string             `json:"category,omitempty"`
	Tag         string             `json:"tag,omitempty"`
	CaseStudies []string           `json:"case_studies"`
	PublishedAt time.Time          `json:"published_at"`
}

func tipOut(t *domain.Tip) tipJSON {
	out := tipJSON{ID: t.ID, Association: associationRef(&t.Association), Title: t.Title, Body: t.Body, Category: t.Category, Tag: t.Tag,
		CaseStudies: t.CaseStudies, PublishedAt: t.PublishedAt.UTC()}
	if out.CaseStudies == nil {
		out.CaseStudies = []string{}
	}
	return out
}

type tipRequest struct {
	Title       string   `json:"title"`
	Body        string   `json:"body"`
	Category    string   `json:"category"`
	Tag         string   `json:"tag"`
	CaseStudies []string `json:"case_studies"`
}

func (s *Server) handleTipPublish(c *gin.Context) {
	var req tipRequest
	if err := decodeJSON(c, &req); err != nil {
		writeError(c, err)
		return
	}
	t, err := s.Studies.PublishTip(c.Request.Context(), s.actor(c), associationOf(c), domain.Tip{Title: req.Title, Body: req.Body,
		Category: req.Category, Tag: req.Tag, CaseStudies: req.CaseStudies})
	if err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusCreated, tipOut(t))
}

func (s *Server) handleTips(c *gin.Context) {
	ts, err := s.Studies.ListTips(c.Request.Context(), c.Query("category"), c.Query("tag"))
	if err != nil {
		writeError(c, err)
		return
	}
	out := list[tipJSON]{Items: make([]tipJSON, 0, len(ts))}
	for i := range ts {
		out.Items = append(out.Items, tipOut(&ts[i]))
	}
	c.JSON(http.StatusOK, out)
}
