package text_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/redress-project/redress/domain/text"
	"github.com/redress-project/redress/domain/text/texttest"
)

// raised is what the source raises: messages, reasons and error codes, each with where.
type raised struct {
	messages map[string]string
	reasons  map[string]string
	codes    []string // the domain's error codes
	bad      []string // messages that are not literals, so the catalog cannot be checked
}

// scanSource reads every non-test Go file of the module and collects the messages the
// code writes to people (the format of domain.Errorf, ReasonErrorf, Validation.Add,
// NewFieldError and text.T, and Message fields) and the reasons of its errors.
func scanSource(t *testing.T) raised {
	t.Helper()
	r := raised{messages: map[string]string{}, reasons: map[string]string{}}
	fset := token.NewFileSet()
	consts := map[string]string{}
	var files []*ast.File
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "frontend" || d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".")) && path != "../.." {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		// domain/errors.go and this package are the machinery that carries messages.
		if p := filepath.ToSlash(path); p != "../../domain/errors.go" && !strings.HasPrefix(p, "../../domain/text/") {
			files = append(files, f)
		}
		for _, decl := range f.Decls {
			if g, ok := decl.(*ast.GenDecl); ok && g.Tok == token.CONST {
				for _, s := range g.Specs {
					vs := s.(*ast.ValueSpec)
					for i, n := range vs.Names {
						if i < len(vs.Values) {
							if s, ok := literal(vs.Values[i]); ok {
								consts[n.Name] = s
							}
						}
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for name, v := range consts {
		if strings.HasPrefix(name, "ECode") {
			r.codes = append(r.codes, v)
		}
	}
	str := func(e ast.Expr) (string, bool) {
		if s, ok := literal(e); ok {
			return s, true
		}
		if id, ok := e.(*ast.Ident); ok {
			s, ok := consts[id.Name]
			return s, ok
		}
		return "", false
	}
	var decls []ast.Node
	for _, f := range files {
		for _, d := range f.Decls {
			// The functions that take a format pass their caller's message on.
			if fd, ok := d.(*ast.FuncDecl); ok && slices.ContainsFunc(fd.Type.Params.List, func(p *ast.Field) bool {
				return slices.ContainsFunc(p.Names, func(n *ast.Ident) bool { return n.Name == "format" })
			}) {
				continue
			}
			decls = append(decls, d)
		}
	}
	for _, d := range decls {
		ast.Inspect(d, func(n ast.Node) bool {
			where := func() string { return fset.Position(n.Pos()).String() }
			msg := func(e ast.Expr) {
				if s, ok := str(e); ok {
					r.messages[s] = where()
				} else {
					r.bad = append(r.bad, where())
				}
			}
			switch n := n.(type) {
			case *ast.CallExpr:
				name := ""
				switch fn := n.Fun.(type) {
				case *ast.Ident:
					name = fn.Name
				case *ast.SelectorExpr:
					if x, ok := fn.X.(*ast.Ident); ok && (x.Name == "fmt" || x.Name == "t") {
						return true
					}
					name = fn.Sel.Name
				}
				switch {
				case name == "Errorf" && len(n.Args) >= 2:
					msg(n.Args[1])
				case name == "ReasonErrorf" && len(n.Args) >= 3:
					if s, ok := str(n.Args[1]); ok {
						r.reasons[s] = where()
					}
					msg(n.Args[2])
				case (name == "Add" || name == "NewFieldError") && len(n.Args) >= 3:
					msg(n.Args[2])
				case name == "T" && len(n.Args) >= 1:
					if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
						if x, ok := sel.X.(*ast.Ident); ok && x.Name == "text" {
							msg(n.Args[0])
						}
					}
				}
			case *ast.AssignStmt:
				// e.Message = "…"
				for i, lhs := range n.Lhs {
					if sel, ok := lhs.(*ast.SelectorExpr); ok && sel.Sel.Name == "Message" && i < len(n.Rhs) {
						msg(n.Rhs[i])
					}
				}
			case *ast.CompositeLit:
				// Error{…, Message: "…"} and FieldError{…}
				name := ""
				switch ty := n.Type.(type) {
				case *ast.Ident:
					name = ty.Name
				case *ast.SelectorExpr:
					name = ty.Sel.Name
				}
				if name != "Error" && name != "FieldError" {
					return true
				}
				for _, el := range n.Elts {
					kv, ok := el.(*ast.KeyValueExpr)
					if !ok {
						continue
					}
					switch kv.Key.(*ast.Ident).Name {
					case "Message":
						msg(kv.Value)
					case "Reason":
						if s, ok := str(kv.Value); ok && s != "" {
							r.reasons[s] = where()
						}
					}
				}
			}
			return true
		})
	}
	return r
}

func literal(e ast.Expr) (string, bool) {
	if b, ok := e.(*ast.BasicLit); ok && b.Kind == token.STRING {
		s, err := strconv.Unquote(b.Value)
		return s, err == nil
	}
	return "", false
}

// TestEveryMessageIsTranslated: every message the code raises is in the catalog in every
// language, and in that language.
func TestEveryMessageIsTranslated(t *testing.T) {
	r := scanSource(t)
	if len(r.messages) < 100 {
		t.Fatalf("found only %d messages; is the scan broken?", len(r.messages))
	}
	for _, where := range r.bad {
		t.Errorf("%s: the message is not a literal, so it cannot be translated", where)
	}
	for msg, where := range r.messages {
		if !text.Has(msg) {
			t.Errorf("%s: %q is not in the catalog", where, msg)
			continue
		}
		for _, l := range text.Langs {
			if err := texttest.Check(l, text.T(msg).In(l)); err != nil {
				t.Errorf("%q in %s: %v", msg, l, err)
			}
		}
	}
}

// TestEveryCodeAndReasonHasATitle walks every error code and every reason the code raises
// in all three languages.
func TestEveryCodeAndReasonHasATitle(t *testing.T) {
	r := scanSource(t)
	if len(r.codes) < 9 || len(r.reasons) < 30 {
		t.Fatalf("found %d codes and %d reasons; is the scan broken?", len(r.codes), len(r.reasons))
	}
	for _, code := range r.codes {
		if !text.HasTitle(code, "") {
			t.Errorf("error code %s has no title", code)
		}
		for _, l := range text.Langs {
			if err := texttest.Check(l, text.Title(code, "", l)); err != nil {
				t.Errorf("title of %s in %s: %v", code, l, err)
			}
		}
	}
	for reason, where := range r.reasons {
		if !text.HasTitle("", reason) {
			t.Errorf("%s: reason %s has no title", where, reason)
		}
		for _, l := range text.Langs {
			if err := texttest.Check(l, text.Title("", reason, l)); err != nil {
				t.Errorf("title of %s in %s: %v", reason, l, err)
			}
		}
	}
}

func TestArgumentsAreFormatted(t *testing.T) {
	for l, want := range map[text.Lang]string{
		text.En:     "User 7 is not a member of GD.",
		text.ZhHans: "用户 7 不是 GD 的成员。",
		text.ZhHant: "使用者 7 不是 GD 的成員。",
	} {
		if got := text.T("User %d is not a member of %s.", 7, "GD").In(l); got != want {
			t.Errorf("%s: %q, want %q", l, got, want)
		}
	}
	// A translation may leave out an English noun.
	if got := text.T("%s not found.", "Deadline rule").In(text.ZhHans); got != "要找的记录不存在。" {
		t.Errorf("zh-Hans: %q", got)
	}
	if got := text.T("Not in the catalog: %d.", 3).In(text.ZhHant); got != "Not in the catalog: 3." {
		t.Errorf("a message missing from the catalog: %q", got)
	}
}

func TestMatch(t *testing.T) {
	for in, want := range map[string]text.Lang{
		"": text.ZhHans, "zh": text.ZhHans, "zh-CN": text.ZhHans, "zh-SG": text.ZhHans, "zh-Hans-CN": text.ZhHans,
		"zh-TW": text.ZhHant, "zh-HK": text.ZhHant, "zh-MO": text.ZhHant, "zh-Hant": text.ZhHant,
		"en": text.En, "en-GB,en;q=0.9": text.En, "fr-FR,en;q=0.5": text.En, "ja": text.ZhHans,
		"ja,zh-TW;q=0.8,en;q=0.5": text.ZhHant, "not a tag": text.ZhHans,
	} {
		if got := text.Match(in); got != want {
			t.Errorf("Match(%q) = %s, want %s", in, got, want)
		}
	}
}
