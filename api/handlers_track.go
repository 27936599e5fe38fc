package api

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/redress-project/redress/domain"
)

// tracked opens the case of the :tracking_number with the X-Access-Code header.
func (s *Server) tracked(c *gin.Context) (*domain.Case, domain.Actor, bool) {
	kc, a, err := s.Cases.Track(c.Request.Context(), c.Param("tracking_number"), c.GetHeader("X-Access-Code"), c.ClientIP())
	if err != nil {
		writeError(c, err)
		return nil, a, false
	}
	return kc, a, true
}

type trackJSON struct {
	Case   caseJSON    `json:"case"`
	Events []eventJSON `json:"events"`
}

func (s *Server) handleTrack(c *gin.Context) {
	kc, a, ok := s.tracked(c)
	if !ok {
		return
	}
	events, err := s.Cases.Events(c.Request.Context(), a, kc.ID)
	if err != nil {
		writeError(c, err)
		return
	}
	d, err := s.Cases.DeadlinesOf(c.Request.Context(), kc)
	if err != nil {
		writeError(c, err)
		return
	}
	c.Header("ETag", etag(kc))
	c.JSON(http.StatusOK, trackJSON{Case: caseOut(kc, d), Events: eventsOut(events, false)})
}

type messageRequest struct {
	Body string `json:"body"`
}

func (s *Server) handleTrackMessage(c *gin.Context) {
	kc, a, ok := s.tracked(c)
	if !ok {
		return
	}
	var req messageRequest
	if err := decodeJSON(c, &req); err != nil {
		writeError(c, err)
		return
	}
	s.addNote(c, a, kc.ID, domain.Note{Body: req.Body})
}

type withdrawRequest struct {
	Reason string `json:"reason"`
}

func (s *Server) handleTrackWithdraw(c *gin.Context) {
	kc, a, ok := s.tracked(c)
	if !ok {
		return
	}
	var req withdrawRequest
	if err := decodeJSON(c, &req); err != nil {
		writeError(c, err)
		return
	}
	kc, err := s.Cases.Transition(c.Request.Context(), a, kc.ID, kc.Version, domain.Transition{Action: domain.ActionWithdraw, Reason: req.Reason})
	if err != nil {
		writeError(c, err)
		return
	}
	s.writeCase(c, http.StatusOK, kc, false)
}

type agreementAnswer struct {
	Accept bool `json:"accept"`
}

func (s *Server) handleTrackAgreement(c *gin.Context) {
	kc, a, ok := s.tracked(c)
	if !ok {
		return
	}
	var req agreementAnswer
	if err := decodeJSON(c, &req); err != nil {
		writeError(c, err)
		return
	}
	kc, err := s.Cases.RespondToAgreement(c.Request.Context(), a, kc.ID, req.Accept)
	if err != nil {
		writeError(c, err)
		return
	}
	s.writeCase(c, http.StatusOK, kc, false)
}

type ratingRequest struct {
	Score   int    `json:"score"`
	Comment string `json:"comment"`
}

func (s *Server) handleTrackRating(c *gin.Context) {
	kc, a, ok := s.tracked(c)
	if !ok {
		return
	}
	var req ratingRequest
	if err := decodeJSON(c, &req); err != nil {
		writeError(c, err)
		return
	}
	kc, err := s.Cases.Rate(c.Request.Context(), a, kc.ID, req.Score, req.Comment)
	if err != nil {
		writeError(c, err)
		return
	}
	s.writeCase(c, http.StatusOK, kc, false)
}

// businessActor is the caller as a business user, or a 403 for anyone else.
func (s *Server) businessActor(c *gin.Context) (domain.Actor, bool) {
	a := s.actor(c)
	if a.Kind != domain.ActorBusiness || a.BusinessID == 0 {
		writeError(c, domain.ReasonErrorf(domain.ECodeForbidden, "business_only", "The business portal is for business accounts linked to a business."))
		return a, false
	}
	return a, true
}

func (s *Server) handleBusinessCases(c *gin.Context) {
	if a, ok := s.businessActor(c); ok {
		s.listCases(c, a, true)
	}
}

func (s *Server) handleBusinessCaseGet(c *gin.Context) {
	a, ok := s.businessActor(c)
	if !ok {
		return
	}
	id, err := idParam(c, "id")
	if err != nil {
		writeError(c, err)
		return
	}
	kc, err := s.Cases.Get(c.Request.Context(), a, id)
	if err != nil {
		writeError(c, err)
		return
	}
	events, err := s.Cases.Events(c.Request.Context(), a, id)
	if err != nil {
		writeError(c, err)
		return
	}
	d, err := s.Cases.DeadlinesOf(c.Request.Context(), kc)
	if err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, trackJSON{Case: caseForBusiness(kc, d), Events: eventsOut(events, false)})
}

type answerRequest struct {
	Body           string `json:"body"`
	ProposedRemedy string `json:"proposed_remedy"`
}

func (s *Server) handleBusinessAnswer(c *gin.Context) {
	a, ok := s.businessActor(c)
	if !ok {
		return
	}
	id, err := idParam(c, "id")
	if err != nil {
		writeError(c, err)
		return
	}
	var req answerRequest
	if err := decodeJSON(c, &req); err != nil {
		writeError(c, err)
		return
	}
	s.addNote(c, a, id, domain.Note{Body: req.Body, ProposedRemedy: req.ProposedRemedy})
}

func (s *Server) handleBusinessAgreement(c *gin.Context) {
	a, ok := s.businessActor(c)
	if !ok {
		return
	}
	id, err := idParam(c, "id")
	if err != nil {
		writeError(c, err)
		return
	}
	var req agreementAnswer
	if err := decodeJSON(c, &req); err != nil {
		writeError(c, err)
		return
	}
	kc, err := s.Cases.RespondToAgreement(c.Request.Context(), a, id, req.Accept)
	if err != nil {
		writeError(c, err)
		return
	}
	s.writeCase(c, http.StatusOK, kc, true)
}
