package main

import (
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// hostileValues are what an attacker puts in a path segment or a query parameter,
// percent-encoded as they travel: NUL, invalid UTF-8, a right-to-left override, numbers
// beyond every integer column, and an SQL fragment.
var hostileValues = []string{"%00", "a%00b", "%ff", "%c3%28", "%e2%80%ae", "99999999999", "-99999999999999999999", "1e400", "1'%20OR%20'1'='1"}

// hostileBodies are JSON bodies a decoder must refuse or survive: invalid UTF-8, NUL
// escapes, duplicate keys, a non-UTF-8 charset, numbers out of range, nesting.
var hostileBodies = []struct {
	name, contentType, body string
}{
	{"invalid_utf8", "application/json", "{\"name\": \"\xff\xfe\", \"narrative\": \"\xc3\x28\"}"},
	{"nul_escape", "application/json", `{"name": "a\u0000b", "body": "\u0000", "reason": "\u0000", "title": "\u0000"}`},
	{"duplicate_keys", "application/json", `{"action": "accept", "action": "close"}`},
	{"gbk_charset", "application/json; charset=gbk", "{\"body\": \"\xc4\xe3\xba\xc3\"}"},
	{"huge_numbers", "application/json", `{"score": 99999999999999999999, "year": 99999999999, "limit": 1e400, "user_id": -99999999999}`},
	{"deep_nesting", "application/json", strings.Repeat(`{"a":`, 5000) + "1" + strings.Repeat("}", 5000)},
}

// TestHostileInputNeverAnswers5xx sends hostile bytes to every route of the OpenAPI
// document (which TestOpenAPIMatchesRoutes keeps equal to the route table), anonymously
// and as staff, in every path parameter, every declared query parameter and in the body,
// and fails on any 5xx: bad input is the caller's error, never the server's.
func TestHostileInputNeverAnswers5xx(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		var doc struct {
			Paths map[string]map[string]json.RawMessage
		}
		s.anon(t).do("GET", "/api/openapi.json", nil).want(http.StatusOK).decode(&doc)
		callers := map[string]*client{
			"anonymous":  s.anon(t),
			"supervisor": s.login(t, "gd.supervisor@redress.test"),
			"platform":   s.login(t, "platform.admin@redress.test"),
		}
		paths := make([]string, 0, len(doc.Paths))
		for p := range doc.Paths {
			paths = append(paths, p)
		}
		sort.Strings(paths)
		param := regexp.MustCompile(`\{[^}]+\}`)
		var failures []string
		check := func(who, method, path string, res *response) {
			if res.Status >= 500 {
				failures = append(failures, who+" "+method+" "+path+" -> "+strconv.Itoa(res.Status)+" "+string(res.Body))
			}
		}
		for _, p := range paths {
			if strings.HasSuffix(p, "/logout") || p == "/api/v1/me/sessions/{session_id}" {
				continue // would end the callers' sessions midway
			}
			for method, raw := range doc.Paths[p] {
				method = strings.ToUpper(method)
				if method == "PARAMETERS" {
					continue
				}
				var op struct {
					Parameters []struct{ Name, In string }
				}
				_ = json.Unmarshal(raw, &op)
				for who, c := range callers {
					// Path parameters.
					for _, v := range hostileValues {
						if !param.MatchString(p) {
							break
						}
						path := param.ReplaceAllString(p, v)
						check(who, method, path, c.do(method, path, nil))
					}
					concrete := param.ReplaceAllStringFunc(p, func(m string) string {
						if strings.Contains(m, "code") {
							return "GD"
						}
						return "1"
					})
					// Query parameters and headers, one at a time, so that an early
					// refusal of one does not hide another.
					for _, prm := range op.Parameters {
						for _, v := range hostileValues {
							switch prm.In {
							case "query":
								path := concrete + "?" + prm.Name + "=" + v
								check(who, method, path, c.do(method, path, nil))
							case "header":
								hv, _ := url.PathUnescape(v)
								if strings.ContainsAny(hv, "\x00\r\n") {
									continue // net/http refuses to send these itself
								}
								check(who, method, concrete+" "+prm.Name+"="+v, c.do(method, concrete, nil, prm.Name, hv))
							}
						}
					}
					if method == http.MethodGet {
						continue
					}
					for _, b := range hostileBodies {
						check(who, method, concrete+" body "+b.name, c.do(method, concrete, b.body, "Content-Type", b.contentType))
					}
				}
			}
		}
		if len(failures) > 0 {
			t.Fatalf("%d requests answered 5xx:\n%s", len(failures), strings.Join(failures, "\n"))
		}
	})
}
