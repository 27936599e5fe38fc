package api

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/redress-project/redress/domain"
)

// Limits are the abuse limits of the public routes, per client address, and of intake per
// consumer mobile as well; a zero limit is off. Staff are never limited: a mediator may
// take fifty complaints by phone in a morning.
type Limits struct {
	Intake       domain.RateLimit // complaints filed per address
	IntakeMobile domain.RateLimit // complaints filed per consumer mobile
	Upload       domain.RateLimit // evidence files uploaded per address
	Track        domain.RateLimit // tracking requests per address
}

// routeLimit names the limit of a route (its method and pattern), if it has one.
func (l Limits) routeLimit(method, route string) (string, domain.RateLimit) {
	switch {
	case method == "POST" && route == "/api/v1/complaints":
		return "intake", l.Intake
	case method == "POST" && strings.HasSuffix(route, "/attachments"):
		return "upload", l.Upload
	case strings.HasPrefix(route, "/api/v1/track/"):
		return "track", l.Track
	}
	return "", domain.RateLimit{}
}

// limitAbuse counts a request to a limited public route against its client address, in
// the database so that every instance shares the count, and answers 429 with Retry-After
// once the address is over its limit.
func (s *Server) limitAbuse(c *gin.Context) {
	kind, limit := s.opt.Limits.routeLimit(c.Request.Method, c.FullPath())
	if limit.Limit == 0 || s.Rates == nil || isStaff(c) {
		c.Next()
		return
	}
	key := domain.KeyedLimit{Key: kind + ":" + c.ClientIP(), Limit: limit}
	if err := domain.CheckRates(c.Request.Context(), s.Rates, time.Now(), key); err != nil {
		writeError(c, err)
		c.Abort()
		return
	}
	c.Next()
}

// limitMobile counts a complaint against the consumer's mobile, hashed: the counter is
// no place for personal data.
func (s *Server) limitMobile(c *gin.Context, mobile string) error {
	if s.opt.Limits.IntakeMobile.Limit == 0 || s.Rates == nil || isStaff(c) {
		return nil
	}
	sum := sha256.Sum256([]byte("redress-intake-mobile:" + domain.NormalizeMobile(mobile)))
	key := domain.KeyedLimit{Key: "intake-mobile:" + hex.EncodeToString(sum[:16]), Limit: s.opt.Limits.IntakeMobile}
	return domain.CheckRates(c.Request.Context(), s.Rates, time.Now(), key)
}

func isStaff(c *gin.Context) bool {
	p := principalOf(c)
	return p != nil && p.User.Kind == domain.UserStaff
}
