package repo_test

import (
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/redress-project/redress/domain"
	"github.com/redress-project/redress/repo"
	"github.com/redress-project/redress/repo/demo"
	"github.com/redress-project/redress/repo/repotest"
)

// TestStatsRollupsAgreeWithRecount loads cases in bulk, changes some through the store as
// the case service does, and checks the roll-ups kept along the way against a recount
// from the cases.
func TestStatsRollupsAgreeWithRecount(t *testing.T) {
	repotest.Run(t, func(t *testing.T, dbURL string) {
		db := mustOpen(t, dbURL)
		now := time.Now().UTC()
		if err := demo.Seed(ctx, db, now); err != nil {
			t.Fatal(err)
		}
		gen, err := demo.NewGenerator(ctx, db, 300, now, 3)
		if err != nil {
			t.Fatal(err)
		}
		if err := gen.Generate(ctx, db, 300, nil); err != nil {
			t.Fatal(err)
		}
		var ids []int64
		if err := db.Gorm.Table("cases").Order("id").Limit(40).Pluck("id", &ids).Error; err != nil {
			t.Fatal(err)
		}
		var other int64
		if err := db.Gorm.Table("associations").Where("code = ?", "BJ").Pluck("id", &other).Error; err != nil {
			t.Fatal(err)
		}
		cases := repo.NewCases(db)
		amount, score, mediator := int64(12345), 4, int64(1)
		changes := []func(c *domain.Case){
			func(c *domain.Case) { // closed with an agreement, rated, days later
				at := now.Add(-time.Hour)
				c.Status, c.Outcome, c.ClosedAt, c.AssigneeID = domain.StatusClosed, domain.OutcomeAgreement, &at, &mediator
				c.Agreement = &domain.Agreement{Terms: "退款", AmountRecoveredFen: amount, ProposedAt: at}
				c.Rating = &domain.Rating{Score: score, At: now}
			},
			func(c *domain.Case) { // reopened
				c.Status, c.Outcome, c.ClosedAt = domain.StatusInMediation, "", nil
			},
			func(c *domain.Case) { // transferred and unassigned
				c.Association = domain.Association{ID: other, Code: "BJ"}
				c.AssigneeID = nil
			},
			func(c *domain.Case) { // accepted in time
				at, yes := c.ReceivedAt.Add(30*time.Hour), true
				c.Status, c.AcceptedAt, c.AcceptedInTime = domain.StatusAccepted, &at, &yes
			},
		}
		for i, id := range ids {
			if _, err := cases.UpdateCase(ctx, id, func(c *domain.Case) ([]domain.Event, bool, error) {
				changes[i%len(changes)](c)
				return nil, true, nil
			}); err != nil {
				t.Fatal(err)
			}
		}
		checkPeriods(t, db, now)
		kept := statRows(t, db)
		if err := repo.NewStats(db).RecountStats(ctx); err != nil {
			t.Fatal(err)
		}
		recounted := statRows(t, db)
		if len(kept) < 100 || !reflect.DeepEqual(kept, recounted) {
			for k, n := range kept {
				if recounted[k] != n {
					t.Errorf("%s: kept %d, recounted %d", k, n, recounted[k])
				}
			}
			for k, n := range recounted {
				if _, ok := kept[k]; !ok {
					t.Errorf("%s: kept nothing, recounted %d", k, n)
				}
			}
			t.Fatalf("the roll-ups (%d rows) disagree with a recount (%d rows)", len(kept), len(recounted))
		}
	})
}

func statRows(t *testing.T, db *repo.DB) map[string]int64 {
	t.Helper()
	var rows []struct {
		AssociationID int64
		Dim, Day, Key string
		N             int64
	}
	if err := db.Gorm.Table("case_stats").Where("n <> 0").Select("association_id, dim, CAST(day AS TEXT) AS day, key, n").Scan(&rows).Error; err != nil {
		t.Fatal(err)
	}
	out := map[string]int64{}
	for _, r := range rows {
		out[fmt.Sprintf("%d/%s/%s/%s", r.AssociationID, r.Dim, r.Day[:10], r.Key)] = r.N
	}
	return out
}

// checkPeriods compares the overview's counts by status, read from the roll-ups, with a
// count of the cases, over periods that start and end on any day.
func checkPeriods(t *testing.T, db *repo.DB, now time.Time) {
	t.Helper()
	var ids []int64
	if err := db.Gorm.Table("associations").Pluck("id", &ids).Error; err != nil {
		t.Fatal(err)
	}
	today := domain.DateOf(now.In(domain.ChinaTime))
	periods := [][2]int{{-364, 0}, {-40, -3}, {-10, -10}, {-200, -150}, {-70, -1}}
	for _, p := range periods {
		from, to := today.AddDays(p[0]), today.AddDays(p[1])
		o, err := repo.NewStats(db).Overview(ctx, ids, domain.Topic{}, from, to, now)
		if err != nil {
			t.Fatal(err)
		}
		var want []domain.Count
		if err := db.Gorm.Table("cases").Where("received_on >= ? AND received_on <= ?", from.String(), to.String()).
			Select("status AS key, count(*) AS count").Group("status").Order("count DESC, key").Scan(&want).Error; err != nil {
			t.Fatal(err)
		}
		if len(want) == 0 {
			want = nil
		}
		if !reflect.DeepEqual(o.ByStatus, want) {
			t.Errorf("%s..%s: by status %v, counted %v", from, to, o.ByStatus, want)
		}
	}
}
