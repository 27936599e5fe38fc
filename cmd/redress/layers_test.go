package main

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

// TestLayers enforces the import direction cmd -> api -> domain <- repo: the domain knows
// no framework, the persistence knows no HTTP, and the HTTP layer knows no database.
func TestLayers(t *testing.T) {
	const mod = "github.com/redress-project/redress/"
	forbidden := map[string][]string{
		"domain": {"github.com/gin-gonic/", "gorm.io/", "github.com/casbin/", "net/http", mod + "api", mod + "repo"},
		"repo":   {"github.com/gin-gonic/", "github.com/casbin/", "net/http", mod + "api"},
		"api":    {"gorm.io/", mod + "repo", "github.com/jackc/"},
	}
	for pkg, bad := range forbidden {
		out, err := exec.Command("go", "list", "-deps", "-json=ImportPath", mod+pkg).Output()
		if err != nil {
			t.Fatalf("go list %s: %v", pkg, err)
		}
		dec := json.NewDecoder(strings.NewReader(string(out)))
		for dec.More() {
			var p struct{ ImportPath string }
			if err := dec.Decode(&p); err != nil {
				t.Fatal(err)
			}
			for _, b := range bad {
				if strings.HasPrefix(p.ImportPath, b) {
					t.Errorf("%s depends on %s", pkg, p.ImportPath)
				}
			}
		}
	}
}
