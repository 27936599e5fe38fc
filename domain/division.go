package domain

import "context"

// Division is an administrative division from GB/T 2260: a province (level 1), a
// prefecture-level city (2) or a county-level district (3).
type Division struct {
	Code       string `json:"code"`
	Name       string `json:"name"`
	Names      Names  `json:"names"`
	Level      int    `json:"level"`
	ParentCode string `json:"parent,omitempty"`
}

// DivisionStore reads the division table.
type DivisionStore interface {
	// FindDivisions returns the children of the division parent ("" for the provinces), by code.
	FindDivisions(ctx context.Context, parent string) ([]Division, error)
	// AllDivisions returns the whole table, by code.
	AllDivisions(ctx context.Context) ([]Division, error)
	// DivisionExists reports whether code is in the table.
	DivisionExists(ctx context.Context, code string) (bool, error)
	// FindDivision returns one division or not_found.
	FindDivision(ctx context.Context, code string) (*Division, error)
}
