package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/redress-project/redress/domain"
)

// maxJSONBody bounds a JSON request body; evidence files go through multipart uploads.
const maxJSONBody = 1 << 20

// decodeJSON reads exactly one JSON object into dst, refusing unknown fields, so that a
// misspelt field is an error instead of being silently dropped, and refusing what the
// standard decoder lets through: text that is not UTF-8 (it would be stored as U+FFFD),
// NUL characters, duplicate keys (which one wins differs between parsers) and deep nesting.
func decodeJSON(c *gin.Context, dst any) error {
	if ct := c.ContentType(); ct != "application/json" {
		return domain.ReasonErrorf(domain.ECodeInvalid, reasonMalformed, "The body must be JSON (Content-Type: application/json).")
	}
	if _, params, err := mime.ParseMediaType(c.GetHeader("Content-Type")); err == nil {
		if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") {
			return domain.ReasonErrorf(domain.ECodeInvalid, reasonUnsupportedCharset, "The body must be UTF-8 (charset=utf-8), not %q.", cs)
		}
	}
	body, err := io.ReadAll(http.MaxBytesReader(c.Writer, c.Request.Body, maxJSONBody))
	if err != nil {
		return malformed(err)
	}
	if err := checkJSON(body); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return malformed(err)
	}
	if dec.More() {
		return domain.ReasonErrorf(domain.ECodeInvalid, reasonMalformed, "The body must hold one JSON object.")
	}
	return nil
}

// malformed explains a JSON decoding error, naming the field where it can.
func malformed(err error) error {
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	var tooBig *http.MaxBytesError
	var e *domain.Error
	switch {
	case errors.As(err, &typeErr):
		e = domain.ReasonErrorf(domain.ECodeInvalid, reasonMalformed, "A field has the wrong type.")
		e.Fields = []domain.FieldError{domain.NewFieldError(typeErr.Field, "type", "Expected %s.", typeErr.Type.String())}
	case errors.As(err, &syntaxErr):
		e = domain.ReasonErrorf(domain.ECodeInvalid, reasonMalformed, "The body is not valid JSON.")
	case errors.As(err, &tooBig):
		e = domain.ReasonErrorf(domain.ECodeInvalid, reasonMalformed, "The body is too large.")
	case errors.Is(err, io.EOF):
		e = domain.ReasonErrorf(domain.ECodeInvalid, reasonMalformed, "The body is empty.")
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		field := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		e = domain.ReasonErrorf(domain.ECodeInvalid, reasonMalformed, "The body has an unknown field.")
		e.Fields = []domain.FieldError{domain.NewFieldError(field, "unknown", "There is no such field.")}
	default:
		e = domain.ReasonErrorf(domain.ECodeInvalid, reasonMalformed, "The body could not be read: %s", err.Error())
	}
	return e
}

// Response shapes.

type associationRefJSON struct {
	Code  string       `json:"code"`
	Name  string       `json:"name"`
	Names domain.Names `json:"names"`
}

func associationRef(a *domain.Association) associationRefJSON {
	return associationRefJSON{Code: a.Code, Name: a.Names.ZhHans, Names: a.Names}
}

type associationJSON struct {
	associationRefJSON
	Parent    *string           `json:"parent"`
	Divisions []string          `json:"divisions"`
	Children  []associationJSON `json:"children,omitempty"`
}

func associationOut(a *domain.Association) associationJSON {
	out := associationJSON{associationRefJSON: associationRef(a), Divisions: a.Divisions}
	if out.Divisions == nil {
		out.Divisions = []string{}
	}
	if a.ParentCode != "" {
		out.Parent = &a.ParentCode
	}
	return out
}

// associationTreeOut nests the children of a under it.
func associationTreeOut(t *domain.AssociationTree, a *domain.Association) associationJSON {
	out := associationOut(a)
	for _, child := range t.Children(a.Code) {
		out.Children = append(out.Children, associationTreeOut(t, child))
	}
	return out
}

type membershipJSON struct {
	Association associationRefJSON `json:"association"`
	Role        domain.Role        `json:"role"`
}

type userJSON struct {
	ID              int64            `json:"id"`
	Email           string           `json:"email"`
	Name            string           `json:"name"`
	Kind            domain.UserKind  `json:"kind"`
	IsPlatformAdmin bool             `json:"is_platform_admin"`
	Locale          string           `json:"locale"`
	Memberships     []membershipJSON `json:"memberships"`
}

func principalOut(p *domain.Principal) userJSON {
	out := userJSON{
		ID: p.User.ID, Email: p.User.Email, Name: p.User.Name, Kind: p.User.Kind,
		IsPlatformAdmin: p.User.IsPlatformAdmin, Locale: p.User.Locale, Memberships: []membershipJSON{},
	}
	for _, m := range p.Memberships {
		out.Memberships = append(out.Memberships, membershipJSON{Association: associationRef(&m.Association), Role: m.Role})
	}
	return out
}

type memberUserJSON struct {
	ID    int64  `json:"id"`
	Email string `json:"email"`
	Name  string `json:"name"`
}

type memberJSON struct {
	User      memberUserJSON `json:"user"`
	Role      domain.Role    `json:"role"`
	CreatedAt time.Time      `json:"created_at"`
}

func memberOut(m *domain.Membership) memberJSON {
	return memberJSON{
		User: memberUserJSON{ID: m.User.ID, Email: m.User.Email, Name: m.User.Name},
		Role: m.Role, CreatedAt: m.CreatedAt.UTC(),
	}
}

// list is the envelope of list responses; next_cursor comes with paginated lists.
type list[T any] struct {
	Items []T `json:"items"`
}

// maxJSONDepth bounds the nesting of a body: no request of ours nests deeper than a few levels.
const maxJSONDepth = 32

// checkJSON refuses a body that is not UTF-8, nests too deep, repeats a key in an object or
// holds a NUL character in a string; a syntax error is left to the decoder, which names it.
func checkJSON(body []byte) error {
	if !utf8.Valid(body) {
		return domain.ReasonErrorf(domain.ECodeInvalid, reasonMalformed, "The body is not UTF-8 text.")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	type frame struct {
		keys  map[string]bool // nil in an array
		isKey bool            // the next string of an object is a key
	}
	var stack []frame
	for {
		tok, err := dec.Token()
		if err != nil {
			return nil // the end, or a syntax error the decoder reports
		}
		top := len(stack) - 1
		switch v := tok.(type) {
		case json.Delim:
			switch v {
			case '{', '[':
				if len(stack) == maxJSONDepth {
					return domain.ReasonErrorf(domain.ECodeInvalid, reasonMalformed, "The body nests too deeply.")
				}
				if top >= 0 && stack[top].keys != nil {
					stack[top].isKey = true
				}
				f := frame{}
				if v == '{' {
					f = frame{keys: map[string]bool{}, isKey: true}
				}
				stack = append(stack, f)
			default:
				stack = stack[:top]
			}
			continue
		case string:
			if strings.ContainsRune(v, 0) {
				return domain.ReasonErrorf(domain.ECodeInvalid, reasonMalformed, "The body holds a NUL character.")
			}
			if top >= 0 && stack[top].keys != nil && stack[top].isKey {
				if stack[top].keys[v] {
					return &domain.Error{Code: domain.ECodeInvalid, Reason: reasonMalformed, Message: "The body repeats a key.",
						Fields: []domain.FieldError{{Field: v, Code: "duplicate", Message: "This key appears twice."}}}
				}
				stack[top].keys[v] = true
				stack[top].isKey = false
				continue
			}
		}
		if top >= 0 && stack[top].keys != nil {
			stack[top].isKey = true
		}
	}
}
