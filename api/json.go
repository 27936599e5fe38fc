package api

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/redress-project/redress/domain"
)

// maxJSONBody bounds a JSON request body; evidence files go through multipart uploads.
const maxJSONBody = 1 << 20

// decodeJSON reads exactly one JSON object into dst, refusing unknown fields, so that a
// misspelt field is an error instead of being silently dropped.
func decodeJSON(c *gin.Context, dst any) error {
	if ct := c.ContentType(); ct != "application/json" {
		return domain.ReasonErrorf(domain.ECodeInvalid, reasonMalformed, "The body must be JSON (Content-Type: application/json).")
	}
	dec := json.NewDecoder(http.MaxBytesReader(c.Writer, c.Request.Body, maxJSONBody))
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
