package api

import (
	"crypto/subtle"
	"log/slog"
	"net/http"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/redress-project/redress/domain"
)

const (
	ctxRequestID = "redress.request_id"
	ctxPrincipal = "redress.principal"
	ctxAuthErr   = "redress.auth_error"

	sessionCookie = "redress_session"
	csrfCookie    = "redress_csrf"
	csrfHeader    = "X-CSRF-Token"
)

var requestIDRE = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)

// withRequestID takes the caller's X-Request-ID when it is sane, else makes one, and
// echoes it so a user's report can be matched to the logs.
func withRequestID(c *gin.Context) {
	id := c.GetHeader("X-Request-ID")
	if !requestIDRE.MatchString(id) {
		id = domain.RandomToken(12)
	}
	c.Set(ctxRequestID, id)
	c.Header("X-Request-ID", id)
	c.Next()
}

func requestID(c *gin.Context) string { return c.GetString(ctxRequestID) }

// httpMetrics counts requests and their latency by route pattern (never the raw path, whose
// IDs would explode the label set).
type httpMetrics struct {
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
}

func newHTTPMetrics(reg prometheus.Registerer) *httpMetrics {
	m := &httpMetrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "redress_http_requests_total", Help: "HTTP requests by route, method and status.",
		}, []string{"method", "route", "status"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "redress_http_request_duration_seconds", Help: "HTTP request latency by route and method.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5},
		}, []string{"method", "route"}),
	}
	reg.MustRegister(m.requests, m.duration)
	return m
}

// observe logs each request as one JSON line and records its metrics.
func (m *httpMetrics) observe(c *gin.Context) {
	start := time.Now()
	c.Next()
	elapsed := time.Since(start)
	route := c.FullPath()
	if route == "" {
		route = "unmatched"
	}
	status := c.Writer.Status()
	m.requests.WithLabelValues(c.Request.Method, route, strconv.Itoa(status)).Inc()
	m.duration.WithLabelValues(c.Request.Method, route).Observe(elapsed.Seconds())
	attrs := []any{
		"request_id", requestID(c), "method", c.Request.Method, "route", route, "path", c.Request.URL.Path,
		"status", status, "duration_ms", float64(elapsed.Microseconds()) / 1000, "ip", c.ClientIP(),
	}
	if p := principalOf(c); p != nil {
		attrs = append(attrs, "user_id", p.User.ID)
	}
	level := slog.LevelInfo
	if status >= 500 {
		level = slog.LevelError
	}
	slog.Log(c.Request.Context(), level, "request", attrs...)
}

// recoverPanic turns a panic into a logged internal error instead of a dropped connection.
func recoverPanic(c *gin.Context) {
	defer func() {
		if r := recover(); r != nil {
			slog.ErrorContext(c.Request.Context(), "panic", "panic", r, "request_id", requestID(c), "stack", string(debug.Stack()))
			writeError(c, domain.Errorf(domain.ECodeInternal, "Internal error."))
		}
	}()
	c.Next()
}

// authenticate resolves the caller from a bearer token or the session cookie. It never
// rejects: routes decide whether they need a principal (see authorize).
func (s *Server) authenticate(c *gin.Context) {
	token, byCookie := "", false
	if h := c.GetHeader("Authorization"); h != "" {
		if t, ok := strings.CutPrefix(h, "Bearer "); ok {
			token = strings.TrimSpace(t)
		}
	} else if ck, err := c.Cookie(sessionCookie); err == nil {
		token, byCookie = ck, true
	}
	if token == "" {
		c.Next()
		return
	}
	p, err := s.Accounts.Authenticate(c.Request.Context(), token)
	if err != nil {
		c.Set(ctxAuthErr, err)
		c.Next()
		return
	}
	// A browser sends cookies on cross-site requests too; a write must prove it came from
	// our own page by echoing the CSRF token only that page can read.
	if byCookie && !safeMethod(c.Request.Method) {
		got := c.GetHeader(csrfHeader)
		if got == "" || subtle.ConstantTimeCompare([]byte(got), []byte(p.Session.CSRFToken)) != 1 {
			writeError(c, domain.ReasonErrorf(domain.ECodeForbidden, "csrf_failed",
				"The request lacks the CSRF token header %s.", csrfHeader))
			return
		}
	}
	c.Set(ctxPrincipal, p)
	c.Next()
}

func safeMethod(m string) bool {
	return m == http.MethodGet || m == http.MethodHead || m == http.MethodOptions
}

func principalOf(c *gin.Context) *domain.Principal {
	if p, ok := c.Get(ctxPrincipal); ok {
		return p.(*domain.Principal)
	}
	return nil
}

// requirePrincipal answers 401 when the request is not authenticated.
func requirePrincipal(c *gin.Context) (*domain.Principal, bool) {
	if p := principalOf(c); p != nil {
		return p, true
	}
	if err, ok := c.Get(ctxAuthErr); ok {
		writeError(c, err.(error))
	} else {
		writeError(c, domain.ReasonErrorf(domain.ECodeUnauthorized, "login_required", "Log in first."))
	}
	return nil, false
}
