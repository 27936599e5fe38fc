package api

import (
	"errors"
	"log/slog"
	"net/http"
	"strconv"

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
	domain.ECodeInternal:             http.StatusInternalServerError,
}

// reasonMalformed marks a body that is not JSON of the expected shape: 400, not 422.
const reasonMalformed = "malformed_body"

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
	if !errors.As(err, &e) {
		slog.ErrorContext(c.Request.Context(), "internal error", "err", err.Error(), "request_id", requestID(c))
		e = &domain.Error{Code: domain.ECodeInternal, Message: "Internal error."}
	}
	status, ok := statusOf[e.Code]
	if !ok {
		status = http.StatusInternalServerError
	}
	if e.Reason == reasonMalformed {
		status = http.StatusBadRequest
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
