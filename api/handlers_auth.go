package api

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/redress-project/redress/domain"
)

type loginRequest struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

type loginResponse struct {
	Token     string    `json:"token"`
	CSRFToken string    `json:"csrf_token"`
	ExpiresAt time.Time `json:"expires_at"`
	User      userJSON  `json:"user"`
}

func (s *Server) handleLogin(c *gin.Context) {
	var req loginRequest
	if err := decodeJSON(c, &req); err != nil {
		writeError(c, err)
		return
	}
	token, p, err := s.Accounts.Login(c.Request.Context(), domain.LoginInput{
		Email: req.Email, Password: req.Password, IP: c.ClientIP(), UserAgent: c.Request.UserAgent(),
	})
	if err != nil {
		writeError(c, err)
		return
	}
	s.setSessionCookies(c, token, p.Session.CSRFToken, p.Session.ExpiresAt)
	c.JSON(http.StatusOK, loginResponse{Token: token, CSRFToken: p.Session.CSRFToken, ExpiresAt: p.Session.ExpiresAt.UTC(), User: principalOut(p)})
}

// setSessionCookies sets the HttpOnly session cookie and the CSRF cookie that the web
// app reads and echoes in a header; an empty token clears both.
func (s *Server) setSessionCookies(c *gin.Context, token, csrf string, expires time.Time) {
	maxAge := int(time.Until(expires).Seconds())
	if token == "" {
		maxAge = -1
	}
	for _, ck := range []*http.Cookie{
		{Name: sessionCookie, Value: token, HttpOnly: true},
		{Name: csrfCookie, Value: csrf},
	} {
		ck.Path, ck.MaxAge, ck.Secure, ck.SameSite = "/", maxAge, s.opt.SecureCookies, http.SameSiteLaxMode
		http.SetCookie(c.Writer, ck)
	}
}

func (s *Server) handleLogout(c *gin.Context) {
	if err := s.Accounts.Logout(c.Request.Context(), principalOf(c)); err != nil {
		writeError(c, err)
		return
	}
	s.setSessionCookies(c, "", "", time.Time{})
	c.Status(http.StatusNoContent)
}

func (s *Server) handleMe(c *gin.Context) {
	c.JSON(http.StatusOK, principalOut(principalOf(c)))
}

type meUpdateRequest struct {
	Locale string `json:"locale"`
}

// handleMeUpdate sets the account's language, which the server then writes in.
func (s *Server) handleMeUpdate(c *gin.Context) {
	var req meUpdateRequest
	if err := decodeJSON(c, &req); err != nil {
		writeError(c, err)
		return
	}
	p := principalOf(c)
	if err := s.Accounts.SetLanguage(c.Request.Context(), p, req.Locale); err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, principalOut(p))
}

type passwordChangeRequest struct {
	CurrentPassword string `json:"current_password"`
	NewPassword     string `json:"new_password"`
}

func (s *Server) handlePasswordChange(c *gin.Context) {
	var req passwordChangeRequest
	if err := decodeJSON(c, &req); err != nil {
		writeError(c, err)
		return
	}
	if err := s.Accounts.ChangePassword(c.Request.Context(), principalOf(c), req.CurrentPassword, req.NewPassword); err != nil {
		writeError(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

type sessionJSON struct {
	ID         string    `json:"id"`
	Current    bool      `json:"current"`
	CreatedAt  time.Time `json:"created_at"`
	LastSeenAt time.Time `json:"last_seen_at"`
	ExpiresAt  time.Time `json:"expires_at"`
	IP         string    `json:"ip"`
	UserAgent  string    `json:"user_agent"`
}

func (s *Server) handleMySessions(c *gin.Context) {
	p := principalOf(c)
	ss, err := s.Accounts.MySessions(c.Request.Context(), p)
	if err != nil {
		writeError(c, err)
		return
	}
	out := list[sessionJSON]{Items: make([]sessionJSON, 0, len(ss))}
	for _, x := range ss {
		out.Items = append(out.Items, sessionJSON{ID: x.ID, Current: x.ID == p.Session.ID, CreatedAt: x.CreatedAt.UTC(),
			LastSeenAt: x.LastSeenAt.UTC(), ExpiresAt: x.ExpiresAt.UTC(), IP: x.IP, UserAgent: x.UserAgent})
	}
	c.JSON(http.StatusOK, out)
}

func (s *Server) handleEndSession(c *gin.Context) {
	if err := s.Accounts.EndSession(c.Request.Context(), principalOf(c), c.Param("session_id")); err != nil {
		writeError(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}
