package main

import (
	"fmt"
	"net/http"
	"sync"
	"testing"
)

// businessOf is the business record a case is filed under.
func (s *testServer) businessOf(t *testing.T, caseID int64) int64 {
	t.Helper()
	var id int64
	if err := s.DB.Gorm.Raw("SELECT business_id FROM cases WHERE id = ?", caseID).Scan(&id).Error; err != nil {
		t.Fatal(err)
	}
	return id
}

// fileAgainst files the README's complaint against a business named so, without a credit code.
func (s *testServer) fileAgainst(t *testing.T, name string) receipt {
	t.Helper()
	body := designComplaint()
	body["business"] = map[string]any{"name": name}
	return s.file(t, body)
}

// TestOneBusinessOneRecord: a name without a credit code finds the record of that name,
// whatever its spacing and width, the demo business included; staff merge what
// normalization leaves apart, and the cases and the business's users follow.
func TestOneBusinessOneRecord(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		demo := s.businessOf(t, s.file(t, designComplaint()).ID) // filed with the demo business's credit code
		for _, name := range []string{"某某健康科技有限公司", "某某健康科技有限公司", " 某某健康科技 有限公司", "某某健康科技\u3000有限公司"} {
			if got := s.businessOf(t, s.fileAgainst(t, name).ID); got != demo {
				t.Fatalf("%q was filed under business %d, not the demo business %d", name, got, demo)
			}
		}
		wide, narrow := s.fileAgainst(t, "ＸＹＺ电器（深圳）有限公司"), s.fileAgainst(t, "xyz电器(深圳)有限公司")
		if s.businessOf(t, wide.ID) != s.businessOf(t, narrow.ID) {
			t.Fatal("full-width and half-width spellings made two records")
		}
		// A credit code given later lands on the record the name made.
		coded := designComplaint()
		coded["business"] = map[string]any{"name": "xyz电器（深圳）有限公司", "uscc": "91440300MA5FXY0R1D"}
		if s.businessOf(t, s.file(t, coded).ID) != s.businessOf(t, wide.ID) {
			t.Fatal("the credit code made a record of its own")
		}

		t.Run("Merge", func(t *testing.T) {
			long, short := s.fileAgainst(t, "某某健康科技有限责任公司"), s.fileAgainst(t, "某某健康科技公司")
			from := s.businessOf(t, long.ID)
			if from == demo || s.businessOf(t, short.ID) == from {
				t.Fatal("legal-form variants were folded together by the name alone")
			}
			path := fmt.Sprintf("/api/v1/businesses/%d/merge", from)
			s.login(t, "gz.admin@redress.test").do("POST", path, map[string]any{"into": demo}).problem(http.StatusForbidden, "forbidden")
			s.login(t, "cca.admin@redress.test").do("POST", path, map[string]any{"into": demo}).problem(http.StatusForbidden, "forbidden")
			admin := s.login(t, "platform.admin@redress.test")
			admin.do("POST", path, map[string]any{"into": from}).problem(http.StatusUnprocessableEntity, "invalid")
			admin.do("POST", "/api/v1/businesses/999999/merge", map[string]any{"into": demo}).problem(http.StatusNotFound, "not_found")
			var m struct {
				MergedID   int64 `json:"merged_id"`
				IntoID     int64 `json:"into_id"`
				CasesMoved int64 `json:"cases_moved"`
			}
			admin.do("POST", path, map[string]any{"into": demo}).want(http.StatusOK).decode(&m)
			if m.MergedID != from || m.IntoID != demo || m.CasesMoved != 1 || s.businessOf(t, long.ID) != demo {
				t.Fatalf("merge = %+v, case under %d", m, s.businessOf(t, long.ID))
			}
			if p := admin.do("POST", path, map[string]any{"into": demo}).problem(http.StatusConflict, "conflict"); p.Reason != "already_merged" {
				t.Fatalf("reason = %q", p.Reason)
			}
			// The business's users answer the moved case; the merged spelling now files under the kept record.
			s.login(t, "business@redress.test").do("GET", fmt.Sprintf("/api/v1/business/cases/%d", long.ID), nil).want(http.StatusOK)
			if got := s.businessOf(t, s.fileAgainst(t, "某某健康科技有限责任公司").ID); got != demo {
				t.Fatalf("the merged spelling filed under %d, not %d", got, demo)
			}
			// The figures follow: the business's complaints are those of both records.
			var direct int64
			s.DB.Gorm.Raw("SELECT count(*) FROM cases WHERE business_id = ?", demo).Scan(&direct)
			var top struct {
				Items []struct {
					BusinessID int64 `json:"business_id"`
					Complaints int64
				}
			}
			s.login(t, "gz.supervisor@redress.test").do("GET", "/api/v1/stats/businesses?association=GD-GZ", nil).want(http.StatusOK).decode(&top)
			if len(top.Items) == 0 || top.Items[0].BusinessID != demo || top.Items[0].Complaints != direct {
				t.Fatalf("top businesses = %+v, want %d complaints for %d", top.Items, direct, demo)
			}
			var logged int64
			s.DB.Gorm.Raw("SELECT count(*) FROM business_merges WHERE from_id = ? AND into_id = ? AND cases_moved = 1 AND user_name <> ''", from, demo).Scan(&logged)
			if logged != 1 {
				t.Fatal("the merge is not in the merge log")
			}
			// Two registered businesses are not one.
			other := designComplaint()
			other["business"] = map[string]any{"name": "另一家健康科技有限公司", "uscc": "91110108551385082Q"}
			twin := s.businessOf(t, s.file(t, other).ID)
			p := admin.do("POST", fmt.Sprintf("/api/v1/businesses/%d/merge", twin), map[string]any{"into": demo}).problem(http.StatusConflict, "conflict")
			if p.Reason != "different_uscc" {
				t.Fatalf("reason = %q", p.Reason)
			}
		})
	})
}

// TestConcurrentIntakeSameName: complaints arriving together about a new business named
// without a credit code, spelled in different widths, make one record.
func TestConcurrentIntakeSameName(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		const n = 12
		ids := make([]int64, n)
		var wg sync.WaitGroup
		start := make(chan struct{})
		for i := range n {
			wg.Go(func() {
				name := "新开张电器（广州）有限公司"
				if i%2 == 1 {
					name = "新开张电器(广州) 有限公司"
				}
				body := designComplaint()
				body["business"] = map[string]any{"name": name}
				<-start
				res := s.anon(t).do("POST", "/api/v1/complaints", body)
				if res.Status != http.StatusCreated {
					t.Errorf("complaint %d: status %d: %s", i, res.Status, res.Body)
					return
				}
				var r receipt
				res.decode(&r)
				ids[i] = r.ID
			})
		}
		close(start)
		wg.Wait()
		var businesses []int64
		if err := s.DB.Gorm.Raw("SELECT DISTINCT business_id FROM cases WHERE id IN ?", ids).Scan(&businesses).Error; err != nil {
			t.Fatal(err)
		}
		if len(businesses) != 1 {
			t.Fatalf("the %d complaints name %d businesses, want one", n, len(businesses))
		}
	})
}
