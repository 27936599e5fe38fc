package api

import (
	_ "embed"
	"errors"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/redress-project/redress/domain"
)

//go:embed openapi.json
var openapiDoc []byte

func (s *Server) handleHealth(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"status": "ok"})
}

// handleReady answers 503 while the database does not, so a load balancer stops sending
// traffic to this instance.
func (s *Server) handleReady(c *gin.Context) {
	if err := s.Ready(c.Request.Context()); err != nil {
		writeProblem(c, http.StatusServiceUnavailable, domain.ReasonErrorf(domain.ECodeInternal, "not_ready", "The database does not answer."))
		return
	}
	c.JSON(http.StatusOK, gin.H{"status": "ready"})
}

func handleOpenAPI(c *gin.Context) {
	c.Data(http.StatusOK, "application/json", openapiDoc)
}

// serveWeb serves the web app: files as they are, with long caching for the hashed
// assets, and index.html for every other path so the app's own router takes over.
func (s *Server) serveWeb(c *gin.Context) {
	p := c.Request.URL.Path
	if strings.HasPrefix(p, "/api/") || (c.Request.Method != http.MethodGet && c.Request.Method != http.MethodHead) {
		writeError(c, domain.ReasonErrorf(domain.ECodeNotFound, "no_route", "There is no %s %s.", c.Request.Method, p))
		return
	}
	name := strings.TrimPrefix(path.Clean(p), "/")
	if name == "" {
		name = "index.html"
	}
	if _, err := fs.Stat(s.Web, name); errors.Is(err, fs.ErrNotExist) || strings.HasSuffix(name, "/") {
		name = "index.html"
	}
	if strings.HasPrefix(name, "assets/") {
		c.Header("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		c.Header("Cache-Control", "no-cache")
	}
	data, err := fs.ReadFile(s.Web, name)
	if err != nil {
		writeError(c, err)
		return
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	c.Data(http.StatusOK, ctype, data)
}
