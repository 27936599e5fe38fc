package main

import (
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"github.com/redress-project/redress/repo"
)

// TestFailedIntakeLogsNoPersonalData: when the database refuses a complaint, the logs say
// so (the statement, the request ID) without the consumer's name, mobile, ID number,
// email or narrative.
func TestFailedIntakeLogsNoPersonalData(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		refuse := map[string][]string{
			repo.SQLite: {`CREATE TRIGGER refuse_cases BEFORE INSERT ON cases BEGIN SELECT RAISE(ABORT, 'refused by a test'); END`},
			repo.Postgres: {
				`CREATE FUNCTION refuse_cases() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by a test'; END $$`,
				`CREATE TRIGGER refuse_cases BEFORE INSERT ON cases FOR EACH ROW EXECUTE FUNCTION refuse_cases()`,
			},
		}
		for _, stmt := range refuse[s.DB.Dialect] {
			if err := s.DB.Gorm.Exec(stmt).Error; err != nil {
				t.Fatal(err)
			}
		}
		var buf syncBuffer
		prev := slog.Default()
		slog.SetDefault(slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug - 4})))
		defer slog.SetDefault(prev)

		c := designComplaint()
		c["narrative"] = "直播间主播宣称该保健品可以治疗高血压，我父亲独自在家时下单，服用无效，商家拒绝退款。"
		s.anon(t).do("POST", "/api/v1/complaints", c).problem(http.StatusInternalServerError, "internal")
		out := buf.String()
		if !strings.Contains(out, "internal error") {
			t.Fatalf("the failure was not logged:\n%s", out)
		}
		for _, personal := range []string{"张伟", "13800138000", "440106195803120048", "zw@example.com", "高血压", "13800138000"} {
			if strings.Contains(out, personal) {
				t.Errorf("the log holds %q:\n%s", personal, out)
			}
		}
	})
}
