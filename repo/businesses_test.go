package repo_test

import (
	"testing"
	"time"

	"github.com/redress-project/redress/domain"
	"github.com/redress-project/redress/repo"
	"github.com/redress-project/redress/repo/repotest"
)

// TestBusinessNamesRenormalized: the names stored under the older normalization (which
// kept full-width letters and punctuation) are recomputed when the merge migration
// applies, so that they match the names filed after it.
func TestBusinessNamesRenormalized(t *testing.T) {
	repotest.Run(t, func(t *testing.T, dbURL string) {
		db := mustOpen(t, dbURL)
		m, err := repo.NewMigrator(db)
		if err != nil {
			t.Fatal(err)
		}
		for { // back to before the merge migration, whatever came after it
			r, err := m.Down(ctx)
			if err != nil {
				t.Fatalf("down: %+v, %v", r, err)
			}
			if r.Version == 7 {
				break
			}
		}
		if err := db.Gorm.Exec(`INSERT INTO businesses (name, normalized_name, created_at) VALUES ('ＸＹＺ电器·深圳有限公司', 'ｘｙｚ电器·深圳有限公司', CURRENT_TIMESTAMP)`).Error; err != nil {
			t.Fatal(err)
		}
		if _, err := m.Up(ctx); err != nil {
			t.Fatal(err)
		}
		var norm string
		if err := db.Gorm.Raw(`SELECT normalized_name FROM businesses WHERE name = 'ＸＹＺ电器·深圳有限公司'`).Scan(&norm).Error; err != nil || norm != "xyz电器深圳有限公司" {
			t.Fatalf("normalized name = %q, %v", norm, err)
		}
	})
}

// TestBulkBusinessesOneRecord: the bulk loader matches names without a credit code as
// intake does: spellings of one name share a record, within a list and across lists.
func TestBulkBusinessesOneRecord(t *testing.T) {
	repotest.Run(t, func(t *testing.T, dbURL string) {
		bulk := repo.NewBulk(mustOpen(t, dbURL))
		first := []domain.BusinessInfo{{Name: "某某电器有限公司"}, {Name: "某某电器 有限公司"}, {Name: "另一家电器有限公司", USCC: "91440300MA5FXY0R1D"}}
		if err := bulk.CreateBusinesses(ctx, first, time.Now()); err != nil {
			t.Fatal(err)
		}
		second := []domain.BusinessInfo{{Name: "某某电器有限公司"}, {Name: "另一家电器有限公司"}, {Name: "另一家电器有限公司", USCC: "91440300MA5FXY0R1D"}}
		if err := bulk.CreateBusinesses(ctx, second, time.Now()); err != nil {
			t.Fatal(err)
		}
		if first[0].ID == 0 || first[1].ID != first[0].ID || second[0].ID != first[0].ID {
			t.Fatalf("one name made records %d, %d, %d", first[0].ID, first[1].ID, second[0].ID)
		}
		if second[1].ID != first[2].ID || second[2].ID != first[2].ID {
			t.Fatalf("the registered business: %d, %d, %d", first[2].ID, second[1].ID, second[2].ID)
		}
	})
}
