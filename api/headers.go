package api

import (
	"crypto/subtle"
	"net"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/unrolled/secure"

	"github.com/redress-project/redress/domain"
)

// contentSecurityPolicy allows the web app's own scripts and nothing else. Styles may be
// inline because Ant Design writes its CSS-in-JS into <style> elements at run time; no
// script may be inline, evaluated or loaded from elsewhere, and no page may frame ours.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; media-src 'self' blob:; " +
	"object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

// securityHeaders sets the browser's security headers on every response, HSTS when the
// deployment runs behind HTTPS (--secure-cookies), and Cache-Control: no-store on every
// API answer unless its handler says otherwise: most of them hold personal data, and a
// shared computer's cache must not keep a complaint.
func securityHeaders(opt Options) gin.HandlerFunc {
	o := secure.Options{
		FrameDeny:               true,
		ContentTypeNosniff:      true,
		ReferrerPolicy:          "same-origin",
		ContentSecurityPolicy:   contentSecurityPolicy,
		PermissionsPolicy:       "camera=(), microphone=(), geolocation=(), payment=()",
		CrossOriginOpenerPolicy: "same-origin",
	}
	if opt.SecureCookies {
		o.STSSeconds, o.STSIncludeSubdomains, o.ForceSTSHeader = 31536000, true, true
	}
	mw := secure.New(o)
	return func(c *gin.Context) {
		if err := mw.Process(c.Writer, c.Request); err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		if strings.HasPrefix(c.Request.URL.Path, "/api/") {
			c.Header("Cache-Control", "no-store")
		}
		c.Next()
	}
}

// guardMetrics lets a scraper read /metrics with the configured bearer token or, without
// one, only from the machine itself: the figures show traffic and error rates that are
// nobody else's business.
func guardMetrics(token string, next gin.HandlerFunc) gin.HandlerFunc {
	return func(c *gin.Context) {
		if token != "" {
			got, _ := strings.CutPrefix(c.GetHeader("Authorization"), "Bearer ")
			if subtle.ConstantTimeCompare([]byte(got), []byte(token)) != 1 {
				writeError(c, domain.ReasonErrorf(domain.ECodeUnauthorized, "metrics_token", "The metrics need the scrape token (Authorization: Bearer ...)."))
				return
			}
		} else if host, _, _ := net.SplitHostPort(c.Request.RemoteAddr); !net.ParseIP(host).IsLoopback() {
			writeError(c, domain.ReasonErrorf(domain.ECodeForbidden, "metrics_local_only", "The metrics are served to this machine only; set a metrics token to scrape them from elsewhere."))
			return
		}
		next(c)
	}
}
