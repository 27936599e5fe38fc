package api

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/redress-project/redress/domain"
)

// proof is what the consumer shows: the X-Access-Code header or, without it, the signed-in
// consumer account.
func proof(c *gin.Context) domain.Proof {
	p := domain.Proof{AccessCode: c.GetHeader("X-Access-Code")}
	if pr := principalOf(c); pr != nil && pr.User.Kind == domain.UserConsumer {
		p.UserID = pr.User.ID
	}
	return p
}

// tracked opens the case of the :tracking_number for its consumer.
func (s *Server) tracked(c *gin.Context) (*domain.Case, domain.Actor, bool) {
	kc, a, err := s.Cases.Track(c.Request.Context(), c.Param("tracking_number"), proof(c), c.ClientIP())
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

// timeline renders a case with the events its parties see, for the consumer or, without
// what it need not see, for the business.
func (s *Server) timeline(ctx context.Context, a domain.Actor, kc *domain.Case, forBusiness bool) (trackJSON, error) {
	events, err := s.Cases.Events(ctx, a, kc.ID)
	if err != nil {
		return trackJSON{}, err
	}
	out, err := s.caseView(ctx, kc, forBusiness)
	if err != nil {
		return trackJSON{}, err
	}
	return trackJSON{Case: out, Events: eventsOut(events, false)}, nil
}

func (s *Server) handleTrack(c *gin.Context) {
	kc, a, ok := s.tracked(c)
	if !ok {
		return
	}
	out, err := s.timeline(c.Request.Context(), a, kc, false)
	if err != nil {
		writeError(c, err)
		return
	}
	c.Header("ETag", etag(kc))
	c.JSON(http.StatusOK, out)
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

// trackedChange handles a consumer's change to their tracked case: it opens the case by
// its access code, decodes the body into Req and answers with the changed case.
func trackedChange[Req any](s *Server, change func(ctx context.Context, a domain.Actor, kc *domain.Case, req Req) (*domain.Case, error)) gin.HandlerFunc {
	return func(c *gin.Context) {
		kc, a, ok := s.tracked(c)
		if !ok {
			return
		}
		var req Req
		if err := decodeJSON(c, &req); err != nil {
			writeError(c, err)
			return
		}
		kc, err := change(c.Request.Context(), a, kc, req)
		if err != nil {
			writeError(c, err)
			return
		}
		s.writeCase(c, http.StatusOK, kc, false)
	}
}

type withdrawRequest struct {
	Reason string `json:"reason"`
}

type agreementAnswer struct {
	Accept bool `json:"accept"`
}

type ratingRequest struct {
	Score   int    `json:"score"`
	Comment string `json:"comment"`
}

type consentRequest struct {
	Consent  bool `json:"consent"`
	Guardian bool `json:"guardian"`
}

func (s *Server) handleTrackWithdraw() gin.HandlerFunc {
	return trackedChange(s, func(ctx context.Context, a domain.Actor, kc *domain.Case, req withdrawRequest) (*domain.Case, error) {
		return s.Cases.Transition(ctx, a, kc.ID, kc.Version, domain.Transition{Action: domain.ActionWithdraw, Reason: req.Reason})
	})
}

func (s *Server) handleTrackAgreement() gin.HandlerFunc {
	return trackedChange(s, func(ctx context.Context, a domain.Actor, kc *domain.Case, req agreementAnswer) (*domain.Case, error) {
		return s.Cases.RespondToAgreement(ctx, a, kc.ID, req.Accept)
	})
}

func (s *Server) handleTrackRating() gin.HandlerFunc {
	return trackedChange(s, func(ctx context.Context, a domain.Actor, kc *domain.Case, req ratingRequest) (*domain.Case, error) {
		return s.Cases.Rate(ctx, a, kc.ID, req.Score, req.Comment)
	})
}

func (s *Server) handleTrackConsent() gin.HandlerFunc {
	return trackedChange(s, func(ctx context.Context, a domain.Actor, kc *domain.Case, req consentRequest) (*domain.Case, error) {
		return s.Studies.SetConsent(ctx, a, kc.ID, req.Consent, req.Guardian)
	})
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
	out, err := s.timeline(c.Request.Context(), a, kc, true)
	if err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, out)
}

// businessChange handles a business user's change to a case against their business.
func businessChange[Req any](s *Server, change func(ctx context.Context, a domain.Actor, id int64, req Req) (any, int, error)) gin.HandlerFunc {
	return func(c *gin.Context) {
		a, ok := s.businessActor(c)
		if !ok {
			return
		}
		id, err := idParam(c, "id")
		if err != nil {
			writeError(c, err)
			return
		}
		var req Req
		if err := decodeJSON(c, &req); err != nil {
			writeError(c, err)
			return
		}
		out, status, err := change(c.Request.Context(), a, id, req)
		if err != nil {
			writeError(c, err)
			return
		}
		c.JSON(status, out)
	}
}

type answerRequest struct {
	Body           string `json:"body"`
	ProposedRemedy string `json:"proposed_remedy"`
}

func (s *Server) handleBusinessAnswer() gin.HandlerFunc {
	return businessChange(s, func(ctx context.Context, a domain.Actor, id int64, req answerRequest) (any, int, error) {
		ev, err := s.Cases.AddNote(ctx, a, id, domain.Note{Body: req.Body, ProposedRemedy: req.ProposedRemedy})
		if err != nil {
			return nil, 0, err
		}
		return eventsOut([]domain.Event{*ev}, false)[0], http.StatusCreated, nil
	})
}

func (s *Server) handleBusinessAgreement() gin.HandlerFunc {
	return businessChange(s, func(ctx context.Context, a domain.Actor, id int64, req agreementAnswer) (any, int, error) {
		kc, err := s.Cases.RespondToAgreement(ctx, a, id, req.Accept)
		if err != nil {
			return nil, 0, err
		}
		out, err := s.caseView(ctx, kc, true)
		if err != nil {
			return nil, 0, err
		}
		return out, http.StatusOK, nil
	})
}
