package main

import (
	"bytes"
	"encoding/csv"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestExports(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		for range 3 {
			s.file(t, designComplaint())
		}
		sz := designComplaint()
		sz["consumer"].(map[string]any)["division_code"] = "440305"
		s.file(t, sz)

		readCSV := func(c *client, path string) [][]string {
			res := c.do("GET", path, nil).want(http.StatusOK)
			if !strings.HasPrefix(res.Header.Get("Content-Type"), "text/csv") {
				t.Fatalf("Content-Type = %s", res.Header.Get("Content-Type"))
			}
			rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(res.Body, []byte("\ufeff")))).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			return rows
		}
		t.Run("CasesCSVWithPersonalColumnsForWorkers", func(t *testing.T) {
			rows := readCSV(s.login(t, "gz.mediator@redress.test"), "/api/v1/cases/export?format=csv")
			if len(rows) != 4 || rows[0][0] != "tracking_number" {
				t.Fatalf("rows = %v", rows)
			}
			name := slices.Index(rows[0], "consumer_mobile")
			if rows[1][name] != "13800138000" {
				t.Fatalf("a mediator of the case's association misses the mobile: %v", rows[1])
			}
		})
		t.Run("AncestorsGetNoPersonalColumns", func(t *testing.T) {
			rows := readCSV(s.login(t, "gd.supervisor@redress.test"), "/api/v1/cases/export?format=csv&sort=due")
			mobile := slices.Index(rows[0], "consumer_mobile")
			var own, child int
			for _, r := range rows[1:] {
				switch r[1] {
				case "GD":
					own++
					if r[mobile] == "" {
						t.Errorf("GD's own case lacks the mobile for its supervisor")
					}
				case "GD-GZ":
					child++
					if r[mobile] != "" || strings.Contains(strings.Join(r, ","), "张伟") {
						t.Errorf("an ancestor's supervisor sees personal data: %v", r)
					}
				}
			}
			if own != 1 || child != 3 {
				t.Fatalf("own %d, child %d", own, child)
			}
		})
		t.Run("CasesXLSX", func(t *testing.T) {
			res := s.login(t, "gz.supervisor@redress.test").do("GET", "/api/v1/cases/export?status=submitted", nil).want(http.StatusOK)
			f, err := excelize.OpenReader(bytes.NewReader(res.Body))
			if err != nil {
				t.Fatal(err)
			}
			rows, err := f.GetRows("cases")
			if err != nil || len(rows) != 4 || rows[1][6] != "保健品宣称治病" {
				t.Fatalf("rows = %v, %v", rows, err)
			}
		})
		t.Run("StatsXLSX", func(t *testing.T) {
			res := s.login(t, "gd.supervisor@redress.test").do("GET", "/api/v1/stats/export?association=GD&descendants=true", nil).want(http.StatusOK)
			f, err := excelize.OpenReader(bytes.NewReader(res.Body))
			if err != nil {
				t.Fatal(err)
			}
			if v, _ := f.GetCellValue("summary", "B6"); v != "4" {
				t.Fatalf("received = %q", v)
			}
			if !slices.Contains(f.GetSheetList(), "by_category") {
				t.Fatalf("sheets = %v", f.GetSheetList())
			}
		})
		t.Run("ErrFormat", func(t *testing.T) {
			s.login(t, "gz.mediator@redress.test").do("GET", "/api/v1/cases/export?format=pdf", nil).problem(http.StatusUnprocessableEntity, "invalid")
			s.login(t, "consumer@redress.test").do("GET", "/api/v1/cases/export", nil).problem(http.StatusForbidden, "forbidden")
		})
	})
}
