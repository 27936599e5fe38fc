// Package api is the HTTP face of Redress: the gin router, its middleware, thin handlers
// and the OpenAPI document. Rules live in domain; this package decodes, authorizes, calls
// one service and encodes.
package api

import (
	"context"
	"io/fs"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/redress-project/redress/domain"
	"github.com/redress-project/redress/domain/audit"
)

// Deps are the services the server needs.
type Deps struct {
	Accounts     *domain.AccountService
	Associations *domain.AssociationService
	Cases        *domain.CaseService
	Stats        *domain.StatsService
	Reports      *domain.ReportService
	Studies      *domain.CaseStudyService
	Divisions    domain.DivisionStore
	Authorizer   *Authorizer
	// Ready checks the dependencies (the database) for /readyz.
	Ready func(ctx context.Context) error
	// Web is the built web app, served for every path outside the API.
	Web fs.FS
	// Notifications lists the caller's in-app notifications.
	Notifications *domain.NotificationService
	// Rates counts requests for the abuse limits (Options.Limits).
	Rates domain.RateCounter
	// Audit publishes the checkpoints of the event chains.
	Audit *audit.Service
	// Businesses merges business records.
	Businesses *domain.BusinessService
}

// Options tune the HTTP behaviour.
type Options struct {
	// SecureCookies marks cookies Secure; on unless serving plain HTTP on a development machine.
	SecureCookies bool
	// TrustedProxies lists the proxies whose X-Forwarded-For is believed.
	TrustedProxies []string
	// MetricsToken is the bearer token a scraper shows for /metrics; without one, only
	// the machine itself may read them.
	MetricsToken string
	// Limits are the abuse limits of the public routes.
	Limits Limits
}

// Server is the HTTP handler of the API and the web app.
type Server struct {
	Deps
	opt      Options
	engine   *gin.Engine
	registry *prometheus.Registry
}

// NewServer wires the routes. Every route is declared in routes.go with the access it needs.
func NewServer(d Deps, opt Options) (*Server, error) {
	gin.SetMode(gin.ReleaseMode)
	s := &Server{Deps: d, opt: opt, engine: gin.New(), registry: prometheus.NewRegistry()}
	s.registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if err := s.engine.SetTrustedProxies(opt.TrustedProxies); err != nil {
		return nil, err
	}
	s.engine.HandleMethodNotAllowed = true
	metrics := newHTTPMetrics(s.registry)
	s.engine.Use(withRequestID, securityHeaders(opt), metrics.observe, recoverPanic, rejectHostileBytes, s.authenticate, s.limitAbuse)
	for _, r := range s.routes() {
		s.engine.Handle(r.method, r.path, s.authorize(r.access), r.handler)
	}
	s.engine.NoMethod(func(c *gin.Context) {
		writeProblem(c, http.StatusMethodNotAllowed,
			domain.ReasonErrorf(domain.ECodeInvalid, "method_not_allowed", "This method is not allowed here."))
	})
	s.engine.NoRoute(s.serveWeb)
	return s, nil
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.engine.ServeHTTP(w, r) }

func (s *Server) metricsHandler() gin.HandlerFunc {
	return guardMetrics(s.opt.MetricsToken, gin.WrapH(promhttp.HandlerFor(s.registry, promhttp.HandlerOpts{})))
}

// Routes lists the served routes as "METHOD /path/:param", for tests that must cover them all.
func (s *Server) Routes() []string {
	var out []string
	for _, r := range s.engine.Routes() {
		out = append(out, r.Method+" "+r.Path)
	}
	return out
}
