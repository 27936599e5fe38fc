package domain

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// taxonomySimplifiedOnly holds characters of the taxonomy's zh-Hans text that
// are simplified forms only, never written in Traditional Chinese text
// (characters that are also valid traditional forms, such as 台, 于 or 并, are
// left out).
const taxonomySimplifiedOnly = "电类装饰医疗农产资烟饮网络购联务训娱乐业险卫发邮机视调脑厨粮闲婴妆涤筑洁门车动银宝钻营养补剂饲货戏会员订阅约卖个护线课职驾驶学话宽携转组团区预场馆剧杀脱赁维费贷财寿辆检宾递隐质问题继规应为监诉举报处暂办国协导则属围条项构关织证权争议当过实间纠纷销确标达况双执没买华仅损说"

// taxonomyEntry is one named item of the taxonomy, for table-driven tests.
type taxonomyEntry struct {
	kind, code string
	names      Names
}

func taxonomyEntries() []taxonomyEntry {
	var es []taxonomyEntry
	for _, c := range Categories() {
		es = append(es, taxonomyEntry{"category", c.Code, c.Names})
	}
	for _, t := range Tags() {
		es = append(es, taxonomyEntry{"tag", t.Code, t.Names})
	}
	for _, r := range RejectReasons() {
		es = append(es, taxonomyEntry{"reject", r.Code, r.Names})
		es = append(es, taxonomyEntry{"reject_basis", r.Code, r.Basis})
	}
	return es
}

func firstLevelCodes() []string {
	var codes []string
	for _, c := range Categories() {
		if c.Parent == "" {
			codes = append(codes, c.Code)
		}
	}
	return codes
}

func TestTaxonomyFirstLevelCategories(t *testing.T) {
	want := []string{
		"appliances", "clothing_shoes", "food", "daily_goods", "housing_building", "vehicles",
		"jewelry", "health_products", "medicine_medical", "agricultural_inputs", "tobacco_alcohol",
		"online_shopping", "internet_services", "education_training", "telecom", "travel",
		"culture_entertainment", "home_renovation_property", "finance", "insurance", "healthcare_services",
		"catering_lodging", "beauty_personal_care", "postal_delivery", "public_utilities", "other",
	}
	got := firstLevelCodes()
	if !slices.Equal(got, want) {
		t.Fatalf("first-level codes:\n got %q\nwant %q", got, want)
	}
	all := Categories()
	for i, code := range want {
		if all[i].Code != code {
			t.Errorf("Categories()[%d] = %q, want first level %q (first levels come first)", i, all[i].Code, code)
		}
	}
}

func TestTaxonomySecondLevelCategories(t *testing.T) {
	firsts := firstLevelCodes()
	rank := make(map[string]int, len(firsts))
	for i, c := range firsts {
		rank[c] = i
	}
	subs := map[string]int{}
	last := -1
	for _, c := range Categories() {
		if c.Parent == "" {
			continue
		}
		t.Run(c.Code, func(t *testing.T) {
			p, ok := FindCategory(c.Parent)
			if !ok {
				t.Fatalf("parent %q does not exist", c.Parent)
			}
			if p.Parent != "" {
				t.Errorf("parent %q is not a first level", c.Parent)
			}
			sub, ok := strings.CutPrefix(c.Code, c.Parent+".")
			if !ok || sub == "" || strings.Contains(sub, ".") {
				t.Errorf("code %q is not of the form %q", c.Code, c.Parent+".<sub>")
			}
		})
		if r, ok := rank[c.Parent]; ok {
			if r < last {
				t.Errorf("%q is not grouped with the second levels of %q", c.Code, c.Parent)
			}
			last = r
		}
		subs[c.Parent]++
	}
	for _, p := range firsts {
		t.Run("count/"+p, func(t *testing.T) {
			n := subs[p]
			if p == "other" {
				if n != 0 {
					t.Errorf("other has %d second levels, want none", n)
				}
				return
			}
			if n < 3 || n > 6 {
				t.Errorf("%s has %d second levels, want 3 to 6", p, n)
			}
		})
	}
	for _, code := range []string{"appliances.mobile_phone", "appliances.tv", "appliances.air_conditioner",
		"vehicles.car", "vehicles.ev_battery", "online_shopping.livestream", "internet_services.online_games",
		"education_training.offline_courses", "housing_building.new_home",
		"home_renovation_property.property_management", "culture_entertainment.fitness_prepaid"} {
		t.Run("known/"+code, func(t *testing.T) {
			if _, ok := FindCategory(code); !ok {
				t.Errorf("FindCategory(%q) not found", code)
			}
		})
	}
	if c, _ := FindCategory("appliances.mobile_phone"); c.Names.ZhHans != "手机" {
		t.Errorf("appliances.mobile_phone zh-Hans = %q, want 手机", c.Names.ZhHans)
	}
}

func TestTaxonomyTags(t *testing.T) {
	want := []string{"ecommerce", "elderly_health", "hidden_construction", "minors_gaming", "prepaid", "livestream"}
	var got []string
	for _, tg := range Tags() {
		got = append(got, tg.Code)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("tag codes:\n got %q\nwant %q", got, want)
	}
}

func TestTaxonomyRejectReasons(t *testing.T) {
	want := []string{
		"outside_scope", "already_handled", "not_personal_consumption", "time_barred",
		"missing_material", "identity_unverifiable", "other_legal_grounds",
		"business_to_business", "no_respondent", "defect_disclosed", "settled_no_new_grounds",
		"investment_or_production", "no_evidence", "assigned_by_law", "misuse", "other",
	}
	var got []string
	for _, r := range RejectReasons() {
		got = append(got, r.Code)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("reject reason codes:\n got %q\nwant %q", got, want)
	}
	for _, r := range RejectReasons() {
		t.Run(r.Code, func(t *testing.T) {
			if strings.TrimSpace(r.Basis.ZhHans) == "" || strings.TrimSpace(r.Basis.ZhHant) == "" || strings.TrimSpace(r.Basis.En) == "" {
				t.Fatalf("basis incomplete: %+v", r.Basis)
			}
			if !strings.Contains(r.Basis.ZhHans, "《") || !strings.Contains(r.Basis.ZhHant, "《") {
				t.Errorf("basis does not name a rule: %+v", r.Basis)
			}
		})
	}
	if r, _ := FindRejectReason("outside_scope"); !strings.Contains(r.Basis.ZhHans, "《市场监督管理投诉举报处理暂行办法》第十五条") {
		t.Errorf("outside_scope basis = %q, want art. 15 of the interim measures", r.Basis.ZhHans)
	}
}

func TestTaxonomyNames(t *testing.T) {
	differ, total := 0, 0
	for _, e := range taxonomyEntries() {
		t.Run(e.kind+"/"+e.code, func(t *testing.T) {
			n := e.names
			if strings.TrimSpace(n.ZhHans) == "" || strings.TrimSpace(n.ZhHant) == "" || strings.TrimSpace(n.En) == "" {
				t.Fatalf("names incomplete: %+v", n)
			}
			if i := strings.IndexAny(n.ZhHant, taxonomySimplifiedOnly); i >= 0 {
				t.Errorf("zh-Hant %q has simplified character %q", n.ZhHant, []rune(n.ZhHant[i:])[0])
			}
			if strings.ContainsAny(n.ZhHans, taxonomySimplifiedOnly) && n.ZhHant == n.ZhHans {
				t.Errorf("zh-Hant equals zh-Hans %q though it has simplified characters", n.ZhHans)
			}
			if strings.ContainsFunc(n.En, func(r rune) bool { return r > 0x2FF }) {
				t.Errorf("en %q has CJK or other non-Latin characters", n.En)
			}
		})
		total++
		if e.names.ZhHant != e.names.ZhHans {
			differ++
		}
	}
	if differ*2 < total {
		t.Errorf("only %d of %d zh-Hant names differ from zh-Hans", differ, total)
	}
}

var taxonomyCodeRE = regexp.MustCompile(`^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$`)

func TestTaxonomyCodesUnique(t *testing.T) {
	kinds := map[string][]string{}
	for _, e := range taxonomyEntries() {
		if e.kind == "reject_basis" {
			continue
		}
		kinds[e.kind] = append(kinds[e.kind], e.code)
	}
	for _, kind := range []string{"category", "tag", "reject"} {
		t.Run(kind, func(t *testing.T) {
			seen := map[string]bool{}
			for _, code := range kinds[kind] {
				if seen[code] {
					t.Errorf("duplicate %s code %q", kind, code)
				}
				seen[code] = true
				if !taxonomyCodeRE.MatchString(code) {
					t.Errorf("malformed %s code %q", kind, code)
				}
			}
		})
	}
}

func TestTaxonomyFind(t *testing.T) {
	for _, c := range Categories() {
		if got, ok := FindCategory(c.Code); !ok || got != c {
			t.Errorf("FindCategory(%q) = %+v, %v", c.Code, got, ok)
		}
	}
	for _, tg := range Tags() {
		if got, ok := FindTag(tg.Code); !ok || got != tg {
			t.Errorf("FindTag(%q) = %+v, %v", tg.Code, got, ok)
		}
	}
	for _, r := range RejectReasons() {
		if got, ok := FindRejectReason(r.Code); !ok || got != r {
			t.Errorf("FindRejectReason(%q) = %+v, %v", r.Code, got, ok)
		}
	}
	unknown := []struct {
		name, code string
	}{
		{"empty", ""},
		{"unknown", "no_such_code"},
		{"upper_case", "APPLIANCES"},
		{"trailing_dot", "appliances."},
		{"unknown_sub", "appliances.spaceship"},
		{"padded", " food "},
		{"zh_name", "食品类"},
	}
	for _, tc := range unknown {
		t.Run(tc.name, func(t *testing.T) {
			if c, ok := FindCategory(tc.code); ok || c != (Category{}) {
				t.Errorf("FindCategory(%q) = %+v, %v; want zero, false", tc.code, c, ok)
			}
			if tg, ok := FindTag(tc.code); ok || tg != (Tag{}) {
				t.Errorf("FindTag(%q) = %+v, %v; want zero, false", tc.code, tg, ok)
			}
			if r, ok := FindRejectReason(tc.code); ok || r != (RejectReason{}) {
				t.Errorf("FindRejectReason(%q) = %+v, %v; want zero, false", tc.code, r, ok)
			}
		})
	}
	// Codes of one kind are not codes of another.
	if _, ok := FindTag("appliances"); ok {
		t.Error("FindTag found a category code")
	}
	if _, ok := FindCategory("outside_scope"); ok {
		t.Error("FindCategory found a reject reason code")
	}
}

func TestTaxonomyListsAreCopies(t *testing.T) {
	cs := Categories()
	cs[0].Code = "changed"
	ts := Tags()
	ts[0].Code = "changed"
	rs := RejectReasons()
	rs[0].Code = "changed"
	if Categories()[0].Code != "appliances" || Tags()[0].Code != "ecommerce" || RejectReasons()[0].Code != "outside_scope" {
		t.Error("modifying a returned slice changed the taxonomy")
	}
}
