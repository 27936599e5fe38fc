package main

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// TestAuditFindsDeletions: a chain verifies link by link even when its last events, or
// the whole case, are deleted. audit verify finds a lost tail by the head the case
// recorded (before a checkpoint too), a lost tail hidden by rewriting that record and a
// deleted case against the checkpoint, and a rewrite of the kept heads by their root;
// events added after the checkpoint are no alarm.
func TestAuditFindsDeletions(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		gz := s.login(t, "gz.mediator@redress.test")
		kept, trimmed, gone := s.file(t, designComplaint()), s.file(t, designComplaint()), s.file(t, designComplaint())
		gz.act(trimmed.ID, map[string]any{"action": "accept"}).want(http.StatusOK)
		gz.do("POST", fmt.Sprintf("/api/v1/cases/%d/notes", trimmed.ID), map[string]any{"body": "已电话联系商家。", "visibility": "internal"}).want(http.StatusCreated)
		audit := func(what string) (string, error) {
			out, _, err := runCmd(t, env(map[string]string{"REDRESS_DB": s.Config.DB}), "audit", what)
			return out, err
		}
		exec := func(sql string, args ...any) {
			if err := s.DB.Gorm.Exec(sql, args...).Error; err != nil {
				t.Fatal(err)
			}
		}
		if out, err := audit("checkpoint"); err != nil || !strings.Contains(out, "checkpoint 1 of") {
			t.Fatalf("audit checkpoint: %v\n%s", err, out)
		}
		gz.do("POST", fmt.Sprintf("/api/v1/cases/%d/notes", kept.ID), map[string]any{"body": "补充材料已收到。", "visibility": "internal"}).want(http.StatusCreated)
		if out, err := audit("verify"); err != nil || !strings.Contains(out, "intact") || !strings.Contains(out, "checkpoint 1") {
			t.Fatalf("audit verify after new events: %v\n%s", err, out)
		}

		// The last event of a case added after the checkpoint; the last event of a case the
		// checkpoint holds, with the case's own record of its head rewritten to match; a
		// whole case.
		dropLast := func(id int64) {
			exec("DELETE FROM case_events WHERE case_id = ? AND seq = (SELECT MAX(seq) FROM case_events WHERE case_id = ?)", id, id)
		}
		dropLast(kept.ID)
		dropLast(trimmed.ID)
		exec("UPDATE cases SET chain_seq = 2, chain_hash = (SELECT hash FROM case_events WHERE case_id = ? AND seq = 2) WHERE id = ?", trimmed.ID, trimmed.ID)
		exec("DELETE FROM case_events WHERE case_id = ?", gone.ID)
		exec("DELETE FROM cases WHERE id = ?", gone.ID)
		out, err := audit("verify")
		if err == nil || !strings.Contains(out, fmt.Sprintf("case %d: event 2: the chain ends at event 1, but the case recorded event 2", kept.ID)) ||
			!strings.Contains(out, fmt.Sprintf("case %d: event 3: the chain has lost", trimmed.ID)) ||
			!strings.Contains(out, fmt.Sprintf("case %d: event 1: the case is gone", gone.ID)) {
			t.Fatalf("deletions went unnoticed: %v\n%s", err, out)
		}

		// Hiding the deletion by rewriting the kept head breaks the checkpoint's root.
		exec("UPDATE chain_heads SET seq = seq - 1 WHERE case_id = ?", trimmed.ID)
		exec("DELETE FROM chain_heads WHERE case_id = ?", gone.ID)
		if out, err := audit("verify"); err == nil || !strings.Contains(out, "do not match the checkpoint") {
			t.Fatalf("rewritten heads went unnoticed: %v\n%s", err, out)
		}

		// The checkpoints are published.
		body := string(s.anon(t).do("GET", "/feeds/audit-checkpoints.atom", nil).want(http.StatusOK).Body)
		if !strings.Contains(body, "urn:redress:audit-checkpoint:1") {
			t.Fatalf("feed: %s", body)
		}
	})
}
