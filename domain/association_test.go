package domain

import "testing"

func demoTree() *AssociationTree {
	return NewAssociationTree([]Association{
		{Code: "GD-GZ", ParentCode: "GD", Path: "cca/gd/gd-gz", Divisions: []string{"440100"}},
		{Code: "CCA", Path: "cca"},
		{Code: "BJ", ParentCode: "CCA", Path: "cca/bj", Divisions: []string{"110000"}},
		{Code: "GD", ParentCode: "CCA", Path: "cca/gd", Divisions: []string{"440000"}},
		{Code: "GD-TH", ParentCode: "GD-GZ", Path: "cca/gd/gd-gz/gd-th", Divisions: []string{"440106"}},
	})
}

func TestRoute(t *testing.T) {
	tree := demoTree()
	tests := []struct{ division, want string }{
		{"440106", "GD-TH"}, // the district's own association is deepest
		{"440104", "GD-GZ"}, // another Guangzhou district
		{"440300", "GD"},    // Shenzhen: only the province covers it
		{"110101", "BJ"},
		{"310115", "CCA"}, // Shanghai: nobody covers it, so the root
		{"", "CCA"},
	}
	for _, tt := range tests {
		t.Run(tt.division, func(t *testing.T) {
			if got := tree.Route(tt.division); got == nil || got.Code != tt.want {
				t.Errorf("Route(%q) = %v, want %s", tt.division, got, tt.want)
			}
		})
	}
}

func TestAssociationTree(t *testing.T) {
	tree := demoTree()
	if tree.Root().Code != "CCA" {
		t.Fatalf("root = %s", tree.Root().Code)
	}
	var order []string
	for _, a := range tree.All() {
		order = append(order, a.Code)
	}
	if got := len(order); got != 5 || order[0] != "CCA" || order[1] != "BJ" {
		t.Fatalf("order = %v: parents must come first", order)
	}
	if kids := tree.Children("GD"); len(kids) != 1 || kids[0].Code != "GD-GZ" {
		t.Fatalf("children of GD = %v", kids)
	}
	gz, gd, bj := tree.Find("GD-GZ"), tree.Find("GD"), tree.Find("BJ")
	if !gz.IsWithin(gd) || !gd.IsWithin(gd) || gd.IsWithin(gz) || bj.IsWithin(gd) {
		t.Fatal("IsWithin is wrong")
	}
	if gz.Depth() != 2 || tree.Root().Depth() != 0 {
		t.Fatalf("depths: %d %d", gz.Depth(), tree.Root().Depth())
	}
}

func TestValidAssociationCode(t *testing.T) {
	for code, want := range map[string]bool{
		"GD": true, "GD-GZ": true, "CCA": true, "GD-GZ-TH": true, "B1": true,
		"": false, "gd": false, "GD/GZ": false, "GD-": false, "-GD": false, "GD GZ": false, "G*": false,
	} {
		if got := ValidAssociationCode(code); got != want {
			t.Errorf("ValidAssociationCode(%q) = %v", code, got)
		}
	}
}
