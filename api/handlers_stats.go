package api

import (
	"net/http"

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
