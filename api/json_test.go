package api

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCheckJSON(t *testing.T) {
	for _, tt := range []struct {
		name, body string
		ok         bool
	}{
		{"OK", `{"a": "x", "b": {"a": 1}, "c": [{"a": 1}, {"a": 2}], "d": ["a", "a"]}`, true},
		{"OKKeyEqualToValue", `{"a": "a", "b": "a"}`, true},
		{"ErrDuplicateKey", `{"action": "accept", "action": "close"}`, false},
		{"ErrDuplicateNestedKey", `{"x": [{"a": 1, "a": 2}]}`, false},
		{"ErrDuplicateKeyAfterObject", `{"a": {"b": 1}, "a": 2}`, false},
		{"ErrNUL", `{"narrative": "a\u0000b"}`, false},
		{"ErrNULKey", `{"a\u0000": 1}`, false},
		{"ErrInvalidUTF8", "{\"name\": \"\xff\"}", false},
		{"ErrDeep", strings.Repeat("[", 40) + strings.Repeat("]", 40), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if err := checkJSON([]byte(tt.body)); (err == nil) != tt.ok {
				t.Fatalf("checkJSON(%q) = %v", tt.body, err)
			}
		})
	}
}

// FuzzCheckJSON: whatever the bytes, the check never panics, and what it lets through
// decodes to UTF-8 text without NUL.
func FuzzCheckJSON(f *testing.F) {
	for _, s := range []string{`{"a":"b"}`, `{"a":1,"a":2}`, `{"a":"\u0000"}`, "{\"a\":\"\xff\"}", `[[[{"x":[]}]]]`, `{"a":{"b":{"c":"d"}},"e":[1,"\ud800"]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		if checkJSON(body) != nil {
			return
		}
		var v any
		if json.Unmarshal(body, &v) != nil {
			return
		}
		var walk func(any)
		walk = func(v any) {
			switch x := v.(type) {
			case string:
				if !utf8.ValidString(x) || strings.ContainsRune(x, 0) {
					t.Fatalf("let through %q", x)
				}
			case []any:
				for _, e := range x {
					walk(e)
				}
			case map[string]any:
				for k, e := range x {
					walk(k)
					walk(e)
				}
			}
		}
		walk(v)
	})
}
