package domain

import (
	"regexp"
	"sort"
	"strings"
	"time"
)

// Names holds a name in the three languages of the product.
type Names struct {
	ZhHans string `json:"zh-Hans"`
	ZhHant string `json:"zh-Hant"`
	En     string `json:"en"`
}

// Association is a consumer association, a node of the national tree. Path is the
// lower-cased codes from the root down ("cca/gd/gd-gz"); it is what authorization
// scopes by, so "is X below Y" is a prefix test.
type Association struct {
	ID         int64
	Code       string
	ParentCode string
	Path       string
	Names      Names
	Divisions  []string // GB/T 2260 codes covered: "440000" covers 44xxxx, "440100" covers 4401xx
	CreatedAt  time.Time
}

// Depth is 0 for the root and grows by one per level.
func (a *Association) Depth() int { return strings.Count(a.Path, "/") }

// IsWithin reports whether a is ancestor itself or one of its descendants.
func (a *Association) IsWithin(ancestor *Association) bool {
	return a.Path == ancestor.Path || strings.HasPrefix(a.Path, ancestor.Path+"/")
}

var associationCodeRE = regexp.MustCompile(`^[A-Z][A-Z0-9]{0,7}(-[A-Z0-9]{1,8}){0,2}$`)

// ValidAssociationCode reports whether code is a well-formed association code such as
// "GD" or "GD-GZ". Codes end up in authorization domains, so their alphabet is narrow.
func ValidAssociationCode(code string) bool { return associationCodeRE.MatchString(code) }

// AssociationPath returns the path of a child with the given code under parentPath.
func AssociationPath(parentPath, code string) string {
	if parentPath == "" {
		return strings.ToLower(code)
	}
	return parentPath + "/" + strings.ToLower(code)
}

// coveragePrefix turns a covered division code into the prefix it covers:
// "440000" -> "44", "440100" -> "4401", "440106" -> "440106".
func coveragePrefix(code string) string {
	switch {
	case strings.HasSuffix(code, "0000"):
		return code[:2]
	case strings.HasSuffix(code, "00"):
		return code[:4]
	}
	return code
}

// AssociationTree is an in-memory view of all associations, for routing and scoping.
type AssociationTree struct {
	byCode map[string]*Association
	byID   map[int64]*Association
	all    []*Association // sorted by path, so parents come before children
}

// NewAssociationTree indexes the given associations.
func NewAssociationTree(assocs []Association) *AssociationTree {
	t := &AssociationTree{byCode: make(map[string]*Association, len(assocs)), byID: make(map[int64]*Association, len(assocs))}
	for i := range assocs {
		a := &assocs[i]
		t.byCode[a.Code], t.byID[a.ID] = a, a
		t.all = append(t.all, a)
	}
	sort.Slice(t.all, func(i, j int) bool { return t.all[i].Path < t.all[j].Path })
	return t
}

// All returns every association, parents before children.
func (t *AssociationTree) All() []*Association { return t.all }

// Find returns the association with the given code, or nil.
func (t *AssociationTree) Find(code string) *Association { return t.byCode[code] }

// FindByID returns the association with the given ID, or nil.
func (t *AssociationTree) FindByID(id int64) *Association { return t.byID[id] }

// Root returns the association without a parent, or nil if the tree is empty.
func (t *AssociationTree) Root() *Association {
	for _, a := range t.all {
		if a.ParentCode == "" {
			return a
		}
	}
	return nil
}

// Children returns the direct children of the association with the given code.
func (t *AssociationTree) Children(code string) []*Association {
	var out []*Association
	for _, a := range t.all {
		if a.ParentCode == code {
			out = append(out, a)
		}
	}
	return out
}

// Route returns the association a complaint from the given division goes to: the deepest
// association whose coverage includes it (the longest covered prefix breaks ties), else the root.
func (t *AssociationTree) Route(division string) *Association {
	var best *Association
	bestDepth, bestLen := -1, -1
	for _, a := range t.all {
		for _, d := range a.Divisions {
			p := coveragePrefix(d)
			if !strings.HasPrefix(division, p) {
				continue
			}
			if depth := a.Depth(); depth > bestDepth || (depth == bestDepth && len(p) > bestLen) {
				best, bestDepth, bestLen = a, depth, len(p)
			}
		}
	}
	if best == nil {
		return t.Root()
	}
	return best
}
