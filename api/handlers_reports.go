package api

import (
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/redress-project/redress/domain"
)

type reportJSON struct {
	ID          int64              `json:"id"`
	Association associationRefJSON `json:"association"`
	Descendants bool               `json:"descendants"`
	Topic       domain.Topic       `json:"topic"`
	From        domain.Date        `json:"from"`
	To          domain.Date        `json:"to"`
	Title       string             `json:"title"`
	Status      string             `json:"status"`
	CreatedAt   time.Time          `json:"created_at"`
	PublishedAt *time.Time         `json:"published_at"`
	Body        *domain.ReportBody `json:"body,omitempty"`
}

func reportOut(r *domain.Report, withBody bool) reportJSON {
	out := reportJSON{ID: r.ID, Association: associationRef(&r.Association), Descendants: r.Descendants, Topic: r.Topic,
		From: r.From, To: r.To, Title: r.Title, Status: r.Status, CreatedAt: r.CreatedAt.UTC(), PublishedAt: r.PublishedAt}
	if withBody {
		out.Body = &r.Body
	}
	return out
}

func reportsOut(rs []domain.Report) list[reportJSON] {
	out := list[reportJSON]{Items: make([]reportJSON, 0, len(rs))}
	for i := range rs {
		out.Items = append(out.Items, reportOut(&rs[i], false))
	}
	return out
}

type reportRequest struct {
	Descendants bool         `json:"descendants"`
	Topic       domain.Topic `json:"topic"`
	From        string       `json:"from"`
	To          string       `json:"to"`
	Title       string       `json:"title"`
}

func (s *Server) handleReportCreate(c *gin.Context) {
	var req reportRequest
	if err := decodeJSON(c, &req); err != nil {
		writeError(c, err)
		return
	}
	r, err := s.Reports.Create(c.Request.Context(), associationOf(c), principalOf(c).User.ID, domain.NewReport{
		Descendants: req.Descendants, Topic: req.Topic, From: req.From, To: req.To, Title: req.Title,
	})
	if err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusCreated, reportOut(r, true))
}

func (s *Server) handleReportList(c *gin.Context) {
	rs, err := s.Reports.List(c.Request.Context(), []int64{associationOf(c).ID})
	if err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, reportsOut(rs))
}

func reportID(c *gin.Context) (int64, error) {
	id, err := strconv.ParseInt(c.Param("report_id"), 10, 64)
	if err != nil {
		return 0, domain.Errorf(domain.ECodeNotFound, "There is no such report.")
	}
	return id, nil
}

func (s *Server) handleReportGet(c *gin.Context) {
	id, err := reportID(c)
	if err != nil {
		writeError(c, err)
		return
	}
	r, err := s.Reports.Get(c.Request.Context(), associationOf(c), id)
	if err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, reportOut(r, true))
}

func (s *Server) handleReportPublish(c *gin.Context) {
	id, err := reportID(c)
	if err != nil {
		writeError(c, err)
		return
	}
	r, err := s.Reports.Publish(c.Request.Context(), associationOf(c), id)
	if err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, reportOut(r, true))
}

func (s *Server) handlePublicReports(c *gin.Context) {
	rs, err := s.Reports.Published(c.Request.Context())
	if err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, reportsOut(rs))
}

func (s *Server) handlePublicReport(c *gin.Context) {
	id, err := reportID(c)
	if err != nil {
		writeError(c, err)
		return
	}
	r, err := s.Reports.PublishedReport(c.Request.Context(), id)
	if err != nil {
		writeError(c, err)
		return
	}
	c.Header("Cache-Control", "public, max-age=600")
	c.JSON(http.StatusOK, reportOut(r, true))
}
