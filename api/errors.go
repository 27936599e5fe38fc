package api

import (
	"errors"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/redress-project/redress/domain"
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

// writeError answers with err as problem+json. Errors that are not *domain.Error are
// internal: logged with the request ID, and hidden from the client.
func writeError(c *gin.Context, err error) {
	var e *domain.Error
	if !errors.As(err, &e) {
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
	p := problem{
		Type:      "urn:redress:problem:" + string(e.Code),
		Title:     http.StatusText(status),
		Status:    status,
		Detail:    e.Message,
		Instance:  c.Request.URL.Path,
		Code:      e.Code,
		Reason:    e.Reason,
		Errors:    e.Fields,
		RequestID: requestID(c),
	}
	c.Header("Content-Type", "application/problem+json")
	c.AbortWithStatusJSON(status, p)
}
