package api

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/redress-project/redress/domain"
)

// rejectHostileBytes refuses a request whose path, query or headers hold a NUL byte or
// invalid UTF-8, before any handler or the database sees them: PostgreSQL refuses both in
// text, which would surface as a 500, and nothing a person types contains them.
func rejectHostileBytes(c *gin.Context) {
	field := ""
	switch {
	case !cleanText(c.Request.URL.Path):
		field = "path"
	default:
		field = hostileQuery(c.Request.URL.RawQuery)
		if field == "" {
			field = hostileHeader(c)
		}
	}
	if field != "" {
		writeError(c, &domain.Error{Code: domain.ECodeInvalid, Reason: reasonMalformedRequest,
			Message: "The request holds a NUL byte or text that is not UTF-8.",
			Fields:  []domain.FieldError{{Field: field, Code: "encoding", Message: "Not UTF-8 text, or a NUL byte."}}})
		c.Abort()
		return
	}
	c.Next()
}

// cleanText is true for valid UTF-8 without NUL.
func cleanText(s string) bool {
	return utf8.ValidString(s) && !strings.ContainsRune(s, 0)
}

// hostileQuery names the first query parameter that is not clean text once decoded.
func hostileQuery(raw string) string {
	if raw == "" {
		return ""
	}
	values, err := url.ParseQuery(raw)
	if err != nil {
		return "query"
	}
	for k, vs := range values {
		if !cleanText(k) {
			return "query"
		}
		for _, v := range vs {
			if !cleanText(v) {
				return k
			}
		}
	}
	return ""
}

// hostileHeader names the first header whose value is not clean text.
func hostileHeader(c *gin.Context) string {
	for k, vs := range c.Request.Header {
		for _, v := range vs {
			if !cleanText(v) {
				return k
			}
		}
	}
	return ""
}
