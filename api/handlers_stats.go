package api

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/redress-project/redress/domain"
)

func (s *Server) handleStatsOverview(c *gin.Context) {
	descendants := c.Query("descendants")
	if descendants != "" && descendants != "true" && descendants != "false" {
		var v domain.Validation
		v.Add("descendants", "format", "descendants is true or false.")
		writeError(c, v.Err())
		return
	}
	o, err := s.Stats.Overview(c.Request.Context(), associationOf(c), domain.StatsQuery{
		Descendants: descendants == "true", From: c.Query("from"), To: c.Query("to"),
	})
	if err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, o)
}

func (s *Server) handleStatsBusinesses(c *gin.Context) {
	limit := 20
	if l := c.Query("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > 100 {
			var v domain.Validation
			v.Add("limit", "range", "The limit is 1 to 100.")
			writeError(c, v.Err())
			return
		}
		limit = n
	}
	bs, err := s.Stats.TopBusinesses(c.Request.Context(), associationOf(c), domain.StatsQuery{
		Descendants: c.Query("descendants") == "true", From: c.Query("from"), To: c.Query("to"),
	}, limit)
	if err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, list[domain.BusinessStats]{Items: bs})
}

func (s *Server) handleStatsAlerts(c *gin.Context) {
	alerts, err := s.Stats.Alerts(c.Request.Context(), associationOf(c), c.Query("descendants") == "true")
	if err != nil {
		writeError(c, err)
		return
	}
	l := langOf(c)
	for i := range alerts {
		alerts[i] = alerts[i].In(l)
	}
	c.JSON(http.StatusOK, list[domain.Alert]{Items: alerts})
}

func (s *Server) handleBusinessSearch(c *gin.Context) {
	ms, err := s.Stats.FindBusinesses(c.Request.Context(), c.Query("q"))
	if err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, list[domain.BusinessMatch]{Items: ms})
}

func (s *Server) handleBusinessReputation(c *gin.Context) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		writeError(c, domain.Errorf(domain.ECodeNotFound, "There is no such business."))
		return
	}
	r, err := s.Stats.BusinessReputation(c.Request.Context(), id)
	if err != nil {
		writeError(c, err)
		return
	}
	c.Header("Cache-Control", "public, max-age=600")
	c.JSON(http.StatusOK, r)
}
