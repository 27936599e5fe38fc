package api

import (
	"database/sql/driver"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"

	"github.com/gin-gonic/gin"

	"github.com/redress-project/redress/domain"
	"github.com/redress-project/redress/domain/text"
)

// statusOf is the one place where error codes become HTTP statuses.
var statusOf = map[domain.ErrorCode]int{
	domain.ECodeInvalid:              http.StatusUnprocessableEntity,
	domain.ECodeUnauthorized:         http.StatusUnauthorized,
	domain.ECodeForbidden:            http.StatusForbidden,
	domain.ECodeNotFound:             http.StatusNotFound,
	domain.ECodeConflict:             http.StatusConflict,
	domain.ECodePreconditionFailed:   http.StatusPreconditionFailed,
	domain.ECodePreconditionRequired: http.StatusPreconditionRequired,
	domain.ECodeRateLimited:          http.StatusTooManyRequests,
	domain.ECodeUnavailable:          http.StatusServiceUnavailable,
	domain.ECodeInternal:             http.StatusInternalServerError,
}

// Reasons whose status is not their code's: a body or request that cannot be read at all
// is 400, not 422, and a body in another charset than UTF-8 is 415.
const (
	reasonMalformed          = "malformed_body"
	reasonMalformedRequest   = "malformed_request"
	reasonUnsupportedCharset = "unsupported_charset"
)

var statusOfReason = map[string]int{
	reasonMalformed:          http.StatusBadRequest,
	reasonMalformedRequest:   http.StatusBadRequest,
	reasonUnsupportedCharset: http.StatusUnsupportedMediaType,
}

// problem is an RFC 9457 problem document with our extensions.
type problem struct {
	Type      string              `json:"type"`
	Title     string              `json:"title"`
	Status    int                 `json:"status"`
	Detail    string              `json:"detail"`
	Instance  string              `json:"instance,omitempty"`
	Code      domain.ErrorCode    `json:"code"`
	Reason    string              `json:"reason,omitempty"`
	Errors    []domain.FieldError `json:"errors,omitempty"`
	RequestID string              `json:"request_id,omitempty"`
}

// langOf is the language the server writes in for this request: the signed-in account's,
// else the one the Accept-Language header prefers (see text.Match).
func langOf(c *gin.Context) text.Lang {
	if p := principalOf(c); p != nil {
		if l := text.Lang(p.User.Locale); l.Valid() {
			return l
		}
	}
	return text.Match(c.GetHeader("Accept-Language"))
}

// writeError answers with err as problem+json. Errors that are not *domain.Error are
// internal: logged with the request ID, and hidden from the client.
func writeError(c *gin.Context, err error) {
	var e *domain.Error
	switch {
	case errors.As(err, &e):
	case databaseUnreachable(err):
		slog.WarnContext(c.Request.Context(), "database unreachable", "err", err.Error(), "request_id", requestID(c))
		e = &domain.Error{Code: domain.ECodeUnavailable, Message: "The service is briefly unavailable; try again in a few seconds.", RetryAfter: 5}
	default:
		slog.ErrorContext(c.Request.Context(), "internal error", "err", err.Error(), "request_id", requestID(c))
		e = &domain.Error{Code: domain.ECodeInternal, Message: "Internal error."}
	}
	status, ok := statusOf[e.Code]
	if !ok {
		status = http.StatusInternalServerError
	}
	if st, ok := statusOfReason[e.Reason]; ok {
		status = st
	}
	writeProblem(c, status, e)
}

// writeProblem answers with e as problem+json under the given status.
func writeProblem(c *gin.Context, status int, e *domain.Error) {
	if e.RetryAfter > 0 {
		c.Header("Retry-After", strconv.Itoa(e.RetryAfter))
	}
	l := langOf(c)
	p := problem{
		Type:      "urn:redress:problem:" + string(e.Code),
		Title:     e.Title(l),
		Status:    status,
		Detail:    e.Detail(l),
		Instance:  c.Request.URL.Path,
		Code:      e.Code,
		Reason:    e.Reason,
		RequestID: requestID(c),
	}
	for _, f := range e.Fields {
		p.Errors = append(p.Errors, f.In(l))
	}
	c.Header("Content-Type", "application/problem+json")
	c.AbortWithStatusJSON(status, p)
}

// databaseUnreachable recognizes a lost or refused database connection (a restart, a
// failover, a network cut) by the standard library's errors and PostgreSQL's SQLSTATE
// classes 08 (connection exception) and 57 (operator intervention), so that the client is
// told to come back rather than that something broke.
func databaseUnreachable(err error) bool {
	var op *net.OpError
	var state interface{ SQLState() string }
	switch {
	case errors.As(err, &op), errors.Is(err, driver.ErrBadConn), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, syscall.ECONNREFUSED):
		return true
	case errors.As(err, &state):
		s := state.SQLState()
		return strings.HasPrefix(s, "08") || strings.HasPrefix(s, "57")
	}
	return false
}
