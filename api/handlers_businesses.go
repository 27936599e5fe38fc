package api

import (
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/redress-project/redress/domain"
)

type businessMergeRequest struct {
	Into int64 `json:"into"`
}

type businessMergeJSON struct {
	MergedID   int64     `json:"merged_id"`
	IntoID     int64     `json:"into_id"`
	CasesMoved int64     `json:"cases_moved"`
	UsersMoved int64     `json:"users_moved"`
	USCCMoved  string    `json:"uscc_moved,omitempty"`
	MergedAt   time.Time `json:"merged_at"`
}

func (s *Server) handleBusinessMerge(c *gin.Context) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || id <= 0 {
		writeError(c, domain.Errorf(domain.ECodeNotFound, "There is no such business."))
		return
	}
	var req businessMergeRequest
	if err := decodeJSON(c, &req); err != nil {
		writeError(c, err)
		return
	}
	m, err := s.Businesses.Merge(c.Request.Context(), s.actor(c), id, req.Into)
	if err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, businessMergeJSON{MergedID: m.FromID, IntoID: m.IntoID, CasesMoved: m.CasesMoved, UsersMoved: m.UsersMoved,
		USCCMoved: m.USCCMoved, MergedAt: m.At.UTC()})
}
