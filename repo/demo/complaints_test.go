package demo

import (
	"math/rand/v2"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

var allCategories = []string{
	"appliances", "clothing_shoes", "food", "daily_goods", "housing_building", "vehicles",
	"jewelry", "health_products", "medicine_medical", "agricultural_inputs", "tobacco_alcohol",
	"online_shopping", "internet_services", "education_training", "telecom", "travel",
	"culture_entertainment", "home_renovation_property", "finance", "insurance", "healthcare_services",
	"catering_lodging", "beauty_personal_care", "postal_delivery", "public_utilities", "other",
}

var allTags = []string{"ecommerce", "elderly_health", "hidden_construction", "minors_gaming", "prepaid", "livestream"}

var (
	mobileRe   = regexp.MustCompile(`^1[3-9]\d{9}$`)
	zeroYuanRe = regexp.MustCompile(`(^|[^\d.])0(\.0+)?元`)
)

// validCreditCode checks a unified social credit code (GB 32100-2015) independently
// of the generator: values from a map, the check as the sum's complement mod 31.
func validCreditCode(s string) bool {
	const chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
	value := map[rune]int{}
	for i, c := range chars {
		value[c] = i
	}
	weights := []int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}
	runes := []rune(s)
	if len(runes) != 18 {
		return false
	}
	for _, c := range runes[2:8] {
		if c < '0' || c > '9' {
			return false
		}
	}
	sum := 0
	for i, w := range weights {
		v, ok := value[runes[i]]
		if !ok {
			return false
		}
		sum += v * w
	}
	check, ok := value[runes[17]]
	return ok && (sum+check)%31 == 0
}

func TestValidCreditCodeChecker(t *testing.T) {
	for _, tc := range []struct {
		code string
		want bool
	}{
		{"91350100M000100Y43", true}, // a code in the format's published examples
		{"91350100M000100Y44", false},
		{"91350100M000100Y4", false},
		{"91350100M000100I43", false}, // I is not in the character set
		{"9135010OM000100Y43", false}, // letters in the division code
	} {
		t.Run(tc.code, func(t *testing.T) {
			if got := validCreditCode(tc.code); got != tc.want {
				t.Errorf("validCreditCode(%q) = %v, want %v", tc.code, got, tc.want)
			}
		})
	}
}

func TestNewCreditCode(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	for range 2000 {
		code := newCreditCode(r, "440106")
		if !validCreditCode(code) || !strings.HasPrefix(code, "91440106") {
			t.Fatalf("newCreditCode = %q: not a valid code of a company in 440106", code)
		}
	}
}

// checkComplaint reports what breaks the field constraints in c.
func checkComplaint(t *testing.T, c Complaint, category string, tags []string) {
	t.Helper()
	if c.Category != category || !slices.Equal(c.Tags, tags) {
		t.Errorf("category/tags = %q %q, want %q %q", c.Category, c.Tags, category, tags)
	}
	if n := utf8.RuneCountInString(c.Title); n < 4 || n > 40 {
		t.Errorf("title %q has %d runes", c.Title, n)
	}
	if n := utf8.RuneCountInString(c.Narrative); n < 60 || n > 1200 {
		t.Errorf("narrative has %d runes: %s", n, c.Narrative)
	}
	for _, s := range []string{c.Title, c.Narrative, c.BusinessName} {
		if strings.ContainsAny(s, "{}") {
			t.Errorf("unfilled placeholder in %q", s)
		}
		if zeroYuanRe.MatchString(s) {
			t.Errorf("zero amount shown in %q", s)
		}
	}
	if !strings.HasSuffix(c.BusinessName, "公司") || utf8.RuneCountInString(c.BusinessName) < 8 {
		t.Errorf("business name %q", c.BusinessName)
	}
	if c.BusinessUSCC != "" && (!validCreditCode(c.BusinessUSCC) || !strings.HasPrefix(c.BusinessUSCC, "91")) {
		t.Errorf("USCC %q is not a valid code of a company", c.BusinessUSCC)
	}
	if c.Platform != "" && !strings.HasPrefix(c.Platform, "某") {
		t.Errorf("platform %q names a real platform", c.Platform)
	}
	if c.AmountFen < 0 {
		t.Errorf("amount %d < 0", c.AmountFen)
	}
	if !slices.Contains([]string{"refund", "replace", "repair", "compensate", "apologize", "fulfil", "other"}, c.DesiredResolution) {
		t.Errorf("desired resolution %q", c.DesiredResolution)
	}
	if c.AmountFen == 0 && c.DesiredResolution == "refund" {
		t.Errorf("refund of nothing")
	}
	if n := utf8.RuneCountInString(c.ConsumerName); n < 2 || n > 4 {
		t.Errorf("consumer name %q", c.ConsumerName)
	}
	for _, c := range c.ConsumerName {
		if !unicode.Is(unicode.Han, c) {
			t.Errorf("consumer name has %q", c)
		}
	}
	if !mobileRe.MatchString(c.ConsumerMobile) {
		t.Errorf("mobile %q", c.ConsumerMobile)
	}
	if !slices.Contains([]string{"under_18", "18-29", "30-44", "45-59", "60+"}, c.AgeBand) {
		t.Errorf("age band %q", c.AgeBand)
	}
	if c.IsMinor != (c.AgeBand == "under_18") {
		t.Errorf("IsMinor %v with age band %q", c.IsMinor, c.AgeBand)
	}
}

func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func TestNewComplaintFields(t *testing.T) {
	type check func(t *testing.T, c Complaint)
	tagChecks := map[string]check{
		"ecommerce": func(t *testing.T, c Complaint) {
			if c.Platform == "" {
				t.Errorf("ecommerce without a platform: %s", c.Narrative)
			}
		},
		"livestream": func(t *testing.T, c Complaint) {
			if !containsAny(c.Platform, "直播", "短视频") || !strings.Contains(c.Narrative, "直播") {
				t.Errorf("livestream on %q: %s", c.Platform, c.Narrative)
			}
		},
		"elderly_health": func(t *testing.T, c Complaint) {
			if !containsAny(c.Narrative, "保健品", "老人", "父亲", "母亲") {
				t.Errorf("elderly_health: %s", c.Narrative)
			}
		},
		"hidden_construction": func(t *testing.T, c Complaint) {
			if !containsAny(c.Narrative, "渗水", "空鼓", "隐蔽工程", "穿管", "施工质量") {
				t.Errorf("hidden_construction: %s", c.Narrative)
			}
		},
		"minors_gaming": func(t *testing.T, c Complaint) {
			if !strings.Contains(c.Narrative, "游戏") || !containsAny(c.Narrative, "孩子", "儿子", "女儿") {
				t.Errorf("minors_gaming: %s", c.Narrative)
			}
			if c.IsMinor || c.AgeBand == "under_18" || c.AgeBand == "18-29" {
				t.Errorf("minors_gaming filed by %q, not by a parent", c.AgeBand)
			}
		},
		"prepaid": func(t *testing.T, c Complaint) {
			if !strings.Contains(c.Narrative, "卡") {
				t.Errorf("prepaid: %s", c.Narrative)
			}
		},
	}
	type tc struct {
		name     string
		category string
		tags     []string
	}
	var cases []tc
	for _, cat := range allCategories {
		cases = append(cases, tc{cat, cat, nil})
	}
	for _, x := range []struct {
		category string
		tags     []string
	}{
		{"online_shopping", []string{"ecommerce"}},
		{"appliances", []string{"ecommerce"}},
		{"health_products", []string{"elderly_health"}},
		{"housing_building", []string{"hidden_construction"}},
		{"home_renovation_property", []string{"hidden_construction"}},
		{"internet_services", []string{"minors_gaming"}},
		{"culture_entertainment", []string{"minors_gaming"}},
		{"beauty_personal_care", []string{"prepaid"}},
		{"education_training", []string{"prepaid"}},
		{"online_shopping", []string{"livestream"}},
		{"food", []string{"livestream", "ecommerce"}},
		{"health_products", []string{"elderly_health", "livestream"}},
		{"culture_entertainment", []string{"prepaid", "minors_gaming"}},
	} {
		cases = append(cases, tc{x.category + "/" + strings.Join(x.tags, "+"), x.category, x.tags})
	}
	// Every tag also goes with every category: the text must hold together.
	for _, tag := range allTags {
		for _, cat := range allCategories {
			cases = append(cases, tc{"any/" + tag + "/" + cat, cat, []string{tag}})
		}
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n := 200
			if strings.HasPrefix(c.name, "any/") {
				n = 30
			}
			r := rand.New(rand.NewPCG(uint64(i), 1))
			empty := 0
			for range n {
				got := NewComplaint(r, c.category, c.tags)
				checkComplaint(t, got, c.category, c.tags)
				for _, tag := range c.tags {
					tagChecks[tag](t, got)
				}
				if got.BusinessUSCC == "" {
					empty++
				}
				if t.Failed() {
					return
				}
			}
			if n == 200 && (empty < 30 || empty > 90) {
				t.Errorf("%d of %d complaints have no USCC, want about 30%%", empty, n)
			}
		})
	}
}

func TestAmountRanges(t *testing.T) {
	for _, tc := range []struct {
		category         string
		minYuan, maxYuan int64
		zero             bool
	}{
		{"housing_building", 5000, 300000, false},
		{"appliances", 300, 15000, false},
		{"food", 20, 800, false},
		{"telecom", 10, 500, true},
		{"finance", 1000, 100000, false},
		{"internet_services", 6, 3000, true},
		{"public_utilities", 20, 3000, true},
	} {
		t.Run(tc.category, func(t *testing.T) {
			r := rand.New(rand.NewPCG(3, 4))
			zeros := 0
			for range 500 {
				c := NewComplaint(r, tc.category, nil)
				if c.AmountFen == 0 {
					zeros++
					if !tc.zero {
						t.Fatalf("no amount in %s", tc.category)
					}
					continue
				}
				if c.AmountFen < tc.minYuan*100 || c.AmountFen > tc.maxYuan*100 {
					t.Fatalf("amount %d fen out of %d..%d yuan", c.AmountFen, tc.minYuan, tc.maxYuan)
				}
			}
			if tc.zero && zeros == 0 {
				t.Errorf("never without an amount")
			}
		})
	}
}

var quotedRe = regexp.MustCompile(`“[^”]*”|[\p{Han}]{2,3}(?:市|区)`)

// skeleton is a narrative without what only names and counts: digits, quoted
// names, places, the business, the consumer and the platform. What is left is the
// structure and wording.
func skeleton(c Complaint) string {
	s := c.Narrative
	for _, name := range []string{c.BusinessName, c.ConsumerName, c.Platform} {
		if name != "" {
			s = strings.ReplaceAll(s, name, "")
		}
	}
	s = quotedRe.ReplaceAllString(s, "")
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) || unicode.IsUpper(r) {
			return -1
		}
		return r
	}, s)
}

// distinctShare is the share of distinct narratives among cs, and of distinct
// skeletons.
func distinctShare(cs []Complaint) (texts, shapes float64) {
	seen, seenShape := map[string]bool{}, map[string]bool{}
	for _, c := range cs {
		seen[c.Narrative] = true
		seenShape[skeleton(c)] = true
	}
	return float64(len(seen)) / float64(len(cs)), float64(len(seenShape)) / float64(len(cs))
}

func TestNarrativesDistinct(t *testing.T) {
	for i, cat := range allCategories {
		t.Run(cat, func(t *testing.T) {
			r := rand.New(rand.NewPCG(uint64(100+i), 2))
			var cs []Complaint
			for range 1000 {
				cs = append(cs, NewComplaint(r, cat, nil))
			}
			texts, shapes := distinctShare(cs)
			t.Logf("distinct: %.1f%%, skeletons %.1f%%", 100*texts, 100*shapes)
			if texts < 0.9 {
				t.Errorf("%.1f%% of 1000 narratives are distinct, want at least 90%%", 100*texts)
			}
			if shapes < 0.8 {
				t.Errorf("%.1f%% of 1000 narratives are distinct without their numbers, want at least 80%%", 100*shapes)
			}
		})
	}
	t.Run("across categories", func(t *testing.T) {
		r := rand.New(rand.NewPCG(9, 9))
		var cs []Complaint
		for i := range 2000 {
			var tags []string
			if i%5 == 0 {
				tags = []string{allTags[r.IntN(len(allTags))]}
			}
			cs = append(cs, NewComplaint(r, allCategories[r.IntN(len(allCategories))], tags))
		}
		texts, shapes := distinctShare(cs)
		t.Logf("distinct: %.1f%%, skeletons %.1f%%", 100*texts, 100*shapes)
		if texts < 0.95 || shapes < 0.9 {
			t.Errorf("%.1f%% of 2000 narratives are distinct (%.1f%% without numbers), want at least 95%% (90%%)", 100*texts, 100*shapes)
		}
	})
	for _, tag := range allTags {
		t.Run("tag "+tag, func(t *testing.T) {
			r := rand.New(rand.NewPCG(11, 11))
			var cs []Complaint
			for range 1000 {
				cs = append(cs, NewComplaint(r, allCategories[r.IntN(len(allCategories))], []string{tag}))
			}
			if texts, _ := distinctShare(cs); texts < 0.9 {
				t.Errorf("%.1f%% of 1000 narratives are distinct, want at least 90%%", 100*texts)
			}
		})
	}
}

func TestNewComplaintDeterministic(t *testing.T) {
	for _, tc := range []struct {
		category string
		tags     []string
	}{
		{"appliances", nil},
		{"internet_services", []string{"minors_gaming"}},
		{"health_products", []string{"elderly_health", "livestream"}},
	} {
		t.Run(tc.category, func(t *testing.T) {
			a, b := rand.New(rand.NewPCG(42, 43)), rand.New(rand.NewPCG(42, 43))
			for range 50 {
				x, y := NewComplaint(a, tc.category, tc.tags), NewComplaint(b, tc.category, tc.tags)
				if !reflect.DeepEqual(x, y) {
					t.Fatalf("same seed, different complaints:\n%+v\n%+v", x, y)
				}
			}
			c := rand.New(rand.NewPCG(1, 2))
			if reflect.DeepEqual(NewComplaint(c, tc.category, tc.tags), NewComplaint(rand.New(rand.NewPCG(42, 43)), tc.category, tc.tags)) {
				t.Errorf("different seeds, same complaint")
			}
		})
	}
}

func TestNewComplaintTagsCopied(t *testing.T) {
	tags := []string{"prepaid"}
	c := NewComplaint(rand.New(rand.NewPCG(1, 1)), "beauty_personal_care", tags)
	tags[0] = "changed"
	if c.Tags[0] != "prepaid" {
		t.Errorf("Tags shares the caller's slice")
	}
	if c := NewComplaint(rand.New(rand.NewPCG(1, 1)), "no_such_category", nil); c.Category != "no_such_category" || c.Narrative == "" {
		t.Errorf("unknown category: %+v", c)
	}
}

// TestSamples logs a few complaints to read with -v; DEMO_SAMPLES=n logs n more
// of random categories and tags.
func TestSamples(t *testing.T) {
	r := rand.New(rand.NewPCG(2026, 315))
	logComplaint := func(c Complaint) {
		t.Logf("[%s %v] %s｜%s｜%s %s｜%d fen｜%s｜%s %s %s\n  %s", c.Category, c.Tags, c.Title, c.BusinessName, c.BusinessUSCC,
			c.Platform, c.AmountFen, c.DesiredResolution, c.ConsumerName, c.ConsumerMobile, c.AgeBand, c.Narrative)
	}
	n, _ := strconv.Atoi(os.Getenv("DEMO_SAMPLES"))
	for range n {
		var tags []string
		if r.IntN(3) == 0 {
			tags = []string{allTags[r.IntN(len(allTags))]}
		}
		logComplaint(NewComplaint(r, allCategories[r.IntN(len(allCategories))], tags))
	}
	for _, x := range []struct {
		category string
		tags     []string
	}{
		{"appliances", nil},
		{"internet_services", []string{"minors_gaming"}},
		{"health_products", []string{"elderly_health"}},
		{"housing_building", []string{"hidden_construction"}},
		{"beauty_personal_care", []string{"prepaid"}},
		{"online_shopping", []string{"livestream"}},
		{"telecom", nil},
		{"food", nil},
	} {
		logComplaint(NewComplaint(r, x.category, x.tags))
	}
}
