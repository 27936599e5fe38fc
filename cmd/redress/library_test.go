package main

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/redress-project/redress/repo"
	"github.com/redress-project/redress/repo/repotest"
)

// A published study's facts and text, and a closed case's facts, as stored.
type publishedRow struct {
	ID                                                         int64
	Title, Narrative, Category, RegionCode, Period, AmountBand string
	AgeBand, Tags, AmountRecoveredBand, Outcome                string
	AssociationID                                              int64
}

type closedRow struct {
	Category, ConsumerDivision, ReceivedOn, Tags, ConsumerAgeBand, Outcome string
	AssociationID                                                          int64
	AmountFen, AgreementAmountFen                                          *int64
}

// inBand reads a published band label ("1000-10000", "10000+") and tells whether an
// amount in fen (none counts as 0) lies in it.
func inBand(t *testing.T, label string, fen *int64) bool {
	var v int64
	if fen != nil {
		v = *fen
	}
	lo, hi, open := strings.Cut(label, "-")
	if !open {
		lo = strings.TrimSuffix(label, "+")
	}
	min, err := strconv.ParseInt(lo, 10, 64)
	if err != nil {
		t.Fatalf("band %q", label)
	}
	if v < min*100 {
		return false
	}
	if open {
		max, err := strconv.ParseInt(hi, 10, 64)
		if err != nil {
			t.Fatalf("band %q", label)
		}
		return v < max*100
	}
	return true
}

// inPeriod tells whether a day (2026-08-03) lies in a period (2026, 2026-Q3, 2026-08).
func inPeriod(period, day string) bool {
	if y, q, ok := strings.Cut(period, "-Q"); ok {
		m, _ := strconv.Atoi(day[5:7])
		return day[:4] == y && strconv.Itoa((m-1)/3+1) == q
	}
	return strings.HasPrefix(day, period)
}

func sameTags(a, b string) bool {
	as, bs := strings.Split(strings.Trim(a, ","), ","), strings.Split(strings.Trim(b, ","), ",")
	if len(as) != len(bs) {
		return false
	}
	for _, x := range as {
		if !strings.Contains(b, ","+x+",") {
			return false
		}
	}
	return true
}

// Anything in a text more precise than the facts: dates below the period, exact amounts,
// exact ages. The bands the study's text may state are taken out first.
var (
	reExactDate   = regexp.MustCompile(`[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*[日号]|[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}`)
	reMonth       = regexp.MustCompile(`[0-9０-９]{1,2}\s*月`)
	reQuarter     = regexp.MustCompile(`第[一二三四]季度`)
	reBandLabel   = regexp.MustCompile(`[0-9]+元以下|[0-9]+至[0-9]+元|[0-9]+元以上`)
	reExactAmount = regexp.MustCompile(`[0-9０-９][0-9０-９,，.]*\s*万?\s*(元|块钱)|[¥￥]\s*[0-9０-９]`)
	reAgeLabel    = regexp.MustCompile(`[0-9]+至[0-9]+岁|[0-9]+岁以上`)
	reExactAge    = regexp.MustCompile(`[0-9０-９]{1,3}\s*周?岁`)
	rePlaceholder = regexp.MustCompile(`\[[^\[\]]{1,12}\]`)
)

// TestDemoLibraryAgreesWithItsFacts seeds the demo, which publishes 300 case studies, and
// recounts from the database: every study hides among at least 5 closed cases sharing every
// attribute it publishes, the cases sharing all but the outcome have at least 2 outcomes a
// study can have, and no title or narrative says more than the facts.
func TestDemoLibraryAgreesWithItsFacts(t *testing.T) {
	repotest.Run(t, func(t *testing.T, dbURL string) {
		out, _, err := runCmd(t, env(map[string]string{"REDRESS_DB": dbURL, "REDRESS_DATA_DIR": t.TempDir()}), "seed", "--demo")
		if err != nil || !strings.Contains(out, "Published 300 case studies") {
			t.Fatalf("seed --demo: %v\n%s", err, out)
		}
		db, err := repo.Open(context.Background(), dbURL, repo.Options{MaxOpenConns: 1})
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var studies []publishedRow
		if err := db.Gorm.Table("case_studies").Where("status = 'published'").Find(&studies).Error; err != nil {
			t.Fatal(err)
		}
		var cases []closedRow
		if err := db.Gorm.Table("cases").Where("status = 'closed'").Find(&cases).Error; err != nil {
			t.Fatal(err)
		}
		var divisions []struct {
			Code, Name string
			Level      int
		}
		if err := db.Gorm.Table("divisions").Find(&divisions).Error; err != nil {
			t.Fatal(err)
		}
		if len(studies) != 300 {
			t.Fatalf("%d published studies, want 300", len(studies))
		}
		publishable := map[string]bool{"agreement": true, "business_remedied": true, "failed": true, "terminated": true}
		for _, st := range studies {
			k, outcomes := 0, map[string]bool{}
			for _, c := range cases {
				region := strings.TrimRight(st.RegionCode, "0")
				if len(region)%2 == 1 {
					region += "0"
				}
				age := st.AgeBand
				if age == "minor" {
					age = "under_18"
				}
				if c.Category != st.Category || c.AssociationID != st.AssociationID || !strings.HasPrefix(c.ConsumerDivision, region) ||
					!inPeriod(st.Period, c.ReceivedOn) || st.AmountBand != "" && !inBand(t, st.AmountBand, c.AmountFen) ||
					st.Tags != "" && !sameTags(st.Tags, c.Tags) || age != "" && c.ConsumerAgeBand != age {
					continue
				}
				if publishable[c.Outcome] {
					outcomes[c.Outcome] = true
				}
				if c.Outcome == st.Outcome && (st.AmountRecoveredBand == "" || inBand(t, st.AmountRecoveredBand, c.AgreementAmountFen)) {
					k++
				}
			}
			if k < 5 || len(outcomes) < 2 {
				t.Errorf("study %d (%+v): k = %d, l = %d", st.ID, st, k, len(outcomes))
			}
			checkText(t, st, divisions)
		}
	})
}

// checkText fails for a date, amount, age or place in a study's text finer than its facts,
// and for a placeholder in its title.
func checkText(t *testing.T, st publishedRow, divisions []struct {
	Code, Name string
	Level      int
}) {
	t.Helper()
	text := st.Title + "\n" + st.Narrative
	fail := func(what, found string) {
		t.Errorf("study %d (period %s, amount %q, age %q, region %s) states %s %q:\n%s", st.ID, st.Period, st.AmountBand, st.AgeBand, st.RegionCode, what, found, text)
	}
	if m := reExactDate.FindString(text); m != "" {
		fail("a day", m)
	}
	if !strings.Contains(st.Period, "-") || strings.Contains(st.Period, "Q") {
		if m := reMonth.FindString(text); m != "" {
			fail("a month", m)
		}
	}
	if !strings.Contains(st.Period, "Q") {
		if m := reQuarter.FindString(text); m != "" {
			fail("a quarter", m)
		}
	}
	if st.AmountBand == "" && reBandLabel.MatchString(text) {
		fail("an amount band it does not publish", reBandLabel.FindString(text))
	}
	if m := reExactAmount.FindString(reBandLabel.ReplaceAllString(text, "")); m != "" {
		fail("an amount", m)
	}
	if st.AgeBand == "" && reAgeLabel.MatchString(text) {
		fail("an age band it does not publish", reAgeLabel.FindString(text))
	}
	if m := reExactAge.FindString(reAgeLabel.ReplaceAllString(text, "")); m != "" {
		fail("an age", m)
	}
	if m := rePlaceholder.FindString(st.Title); m != "" {
		fail("a placeholder in the title", m)
	}
	// Places: the full name of any division of three characters or more, and the short
	// name of provinces, that is neither the published region nor contains it.
	region := strings.TrimRight(st.RegionCode, "0")
	for _, d := range divisions {
		names := []string{d.Name}
		if d.Level == 1 {
			for _, suf := range []string{"省", "市", "壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区"} {
				if short, ok := strings.CutSuffix(d.Name, suf); ok {
					names = append(names, short)
					break
				}
			}
		}
		prefix := strings.TrimRight(d.Code, "0")
		if region != "" && strings.HasPrefix(region, prefix) {
			continue // the region or what contains it
		}
		for _, n := range names {
			if utf8.RuneCountInString(n) >= 2 && (n != d.Name || utf8.RuneCountInString(n) >= 3) && !strings.Contains(n, "辖") && strings.Contains(text, n) {
				fail(fmt.Sprintf("a place (%s)", d.Code), n)
			}
		}
	}
}
