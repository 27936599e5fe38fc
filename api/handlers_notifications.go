package api

import (
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/redress-project/redress/domain"
)

type notificationJSON struct {
	ID        int64      `json:"id"`
	CaseID    *int64     `json:"case_id"`
	Kind      string     `json:"kind"`
	Subject   string     `json:"subject"`
	Body      string     `json:"body"`
	CreatedAt time.Time  `json:"created_at"`
	ReadAt    *time.Time `json:"read_at"`
}

type notificationPageJSON struct {
	Items      []notificationJSON `json:"items"`
	Unread     int64              `json:"unread"`
	NextCursor string             `json:"next_cursor,omitempty"`
}

func (s *Server) handleNotificationList(c *gin.Context) {
	limit := 0
	if l := c.Query("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 {
			var v domain.Validation
			v.Add("limit", "range", "The limit is 1 to 100.")
			writeError(c, v.Err())
			return
		}
		limit = n
	}
	page, err := s.Notifications.List(c.Request.Context(), principalOf(c).User.ID, c.Query("cursor"), limit)
	if err != nil {
		writeError(c, err)
		return
	}
	out := notificationPageJSON{Items: make([]notificationJSON, 0, len(page.Items)), Unread: page.Unread, NextCursor: page.NextCursor}
	for _, n := range page.Items {
		out.Items = append(out.Items, notificationJSON{ID: n.ID, CaseID: n.CaseID, Kind: string(n.Kind), Subject: n.Subject,
			Body: n.Body, CreatedAt: n.CreatedAt.UTC(), ReadAt: utcTime(n.ReadAt)})
	}
	c.JSON(http.StatusOK, out)
}

func (s *Server) handleNotificationsRead(c *gin.Context) {
	var in struct {
		IDs []int64 `json:"ids"`
		All bool    `json:"all"`
	}
	if err := decodeJSON(c, &in); err != nil {
		writeError(c, err)
		return
	}
	n, err := s.Notifications.MarkRead(c.Request.Context(), principalOf(c).User.ID, in.IDs, in.All)
	if err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"marked": n})
}

func utcTime(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}
