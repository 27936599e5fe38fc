package domain

import "testing"

func TestValidMobile(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"china mobile", "13800138000", true},
		{"second digit 3", "13012345678", true},
		{"second digit 9", "19912345678", true},
		{"second digit 2", "12012345678", false},
		{"second digit 0", "10012345678", false},
		{"first digit 2", "23800138000", false},
		{"10 digits", "1380013800", false},
		{"12 digits", "138001380001", false},
		{"plus 86 prefix", "+8613800138000", false},
		{"86 prefix", "8613800138000", false},
		{"with spaces", "138 0013 8000", false},
		{"with dashes", "138-0013-8000", false},
		{"letter", "1380013800a", false},
		{"full-width digits", "１３８００１３８０００", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ValidMobile(tt.in); got != tt.want {
				t.Errorf("ValidMobile(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizeMobile(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "13800138000", "13800138000"},
		{"spaces", " 138 0013 8000 ", "13800138000"},
		{"dashes", "138-0013-8000", "13800138000"},
		{"full-width space", "138　0013　8000", "13800138000"},
		{"plus 86", "+86 138-0013-8000", "13800138000"},
		{"plus 86 with dash", "+86-13800138000", "13800138000"},
		{"0086", "0086 13800138000", "13800138000"},
		{"bare 86 is kept", "8613800138000", "8613800138000"},
		{"only one prefix removed", "+86008613800138000", "008613800138000"},
		{"prefix not at start", "138+8600138000", "138+8600138000"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NormalizeMobile(tt.in); got != tt.want {
				t.Errorf("NormalizeMobile(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// The resident ID vectors were checked against an independent implementation
// of GB 11643-1999; the invalid dates carry correct check characters so that
// they exercise the date check.
func TestValidResidentID(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"check char X", "11010519491231002X", true},
		{"check char lower-case x", "11010519491231002x", true},
		{"check char 8", "440106195803120048", true},
		{"born on 29 February", "110101200002290018", true},
		{"check char 6", "510108198710211236", true},
		{"first valid birth date", "11010519000101001X", true},
		{"last valid birth date", "110105209912310010", true},
		{"wrong check digit", "440106195803120049", false},
		{"X where a digit is due", "44010619580312004X", false},
		{"digit where X is due", "110105194912310020", false},
		{"transposed digits", "110105194912130020", false},
		{"29 February in a common year", "110101200102290015", false},
		{"month 13", "110101200013010018", false},
		{"30 February", "110105200002300015", false},
		{"day 32", "110101200001320019", false},
		{"born 1899", "110105189912310015", false},
		{"born 2100", "110105210001010015", false},
		{"17 characters", "11010519491231002", false},
		{"19 characters", "11010519491231002X0", false},
		{"15-digit first generation", "110105491231002", false},
		{"letter inside", "1101051949123100AX", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ValidResidentID(tt.in); got != tt.want {
				t.Errorf("ValidResidentID(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestResidentIDBirthDate(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   Date
		wantOK bool
	}{
		{"valid", "11010519491231002X", Date{1949, 12, 31}, true},
		{"leap day", "110101200002290018", Date{2000, 2, 29}, true},
		{"bad checksum", "11010519491231002Y", Date{}, false},
		{"bad date", "110101200102290015", Date{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ResidentIDBirthDate(tt.in)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("ResidentIDBirthDate(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

// The valid USCC vectors are published codes of real organisations whose
// check characters were also verified with an independent implementation.
func TestValidUSCC(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"standard example", "91350100M000100Y43", true},
		{"check char G", "9144030071526726XG", true},
		{"check char 6", "914403001922038216", true},
		{"check char F", "91330100716105852F", true},
		{"check char B", "91110000802100433B", true},
		{"MA registration", "91440101MA5CQ8KL31", true},
		{"wrong check char", "91350100M000100Y44", false},
		{"check char off by one letter", "9144030071526726XH", false},
		{"transposed characters", "91350100M000010Y43", false},
		{"lower case", "9144030071526726xg", false},
		{"letter I", "91350100M000I00Y43", false},
		{"letter O", "91350100M000O00Y43", false},
		{"letter Z", "91350100M000100Z43", false},
		{"letter S", "91350100S000100Y43", false},
		{"letter V", "91350100V000100Y43", false},
		{"letter in division code", "9135A100M000100Y4Y", false},
		{"17 characters", "91350100M000100Y4", false},
		{"19 characters", "91350100M000100Y431", false},
		{"15-digit old registration number", "440301103456789", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ValidUSCC(tt.in); got != tt.want {
				t.Errorf("ValidUSCC(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestValidDivisionCodeFormat(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"Beijing", "110000", true},
		{"Inner Mongolia", "150102", true},
		{"Guangzhou Yuexiu", "440104", true},
		{"Hainan", "460100", true},
		{"Chongqing", "500101", true},
		{"Xizang", "540000", true},
		{"Xinjiang", "650000", true},
		{"Taiwan", "710000", true},
		{"Hong Kong", "810000", true},
		{"Macao", "820000", true},
		{"prefix 10", "100000", false},
		{"prefix 16", "160000", false},
		{"prefix 24", "240000", false},
		{"prefix 38", "380000", false},
		{"prefix 47", "470000", false},
		{"prefix 55", "550000", false},
		{"prefix 66", "660000", false},
		{"prefix 72", "720000", false},
		{"prefix 83", "830000", false},
		{"prefix 99", "990000", false},
		{"5 digits", "44010", false},
		{"7 digits", "4401040", false},
		{"letter", "44010A", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ValidDivisionCodeFormat(tt.in); got != tt.want {
				t.Errorf("ValidDivisionCodeFormat(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func BenchmarkValidResidentID(b *testing.B) {
	for b.Loop() {
		ValidResidentID("11010519491231002X")
	}
}

func BenchmarkValidUSCC(b *testing.B) {
	for b.Loop() {
		ValidUSCC("91350100M000100Y43")
	}
}
