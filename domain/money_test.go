package domain

import (
	"errors"
	"math"
	"testing"
)

func TestParseAmount(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    int64
		wantErr error
	}{
		{"whole yuan", "1299", 129900, nil},
		{"one decimal", "1299.0", 129900, nil},
		{"two decimals", "1299.00", 129900, nil},
		{"half yuan", "0.5", 50, nil},
		{"one fen", "0.01", 1, nil},
		{"zero", "0", 0, nil},
		{"leading zeros", "007.10", 710, nil},
		{"maximum", "100000000000", MaxAmountFen, nil},
		{"maximum with decimals", "100000000000.00", MaxAmountFen, nil},
		{"one fen above maximum", "100000000000.01", 0, ErrAmountRange},
		{"one yuan above maximum", "100000000001", 0, ErrAmountRange},
		{"would overflow int64", "99999999999999999999999", 0, ErrAmountRange},
		{"negative", "-1", 0, ErrAmountFormat},
		{"plus sign", "+1", 0, ErrAmountFormat},
		{"three decimals", "1.005", 0, ErrAmountFormat},
		{"exponent", "1e3", 0, ErrAmountFormat},
		{"leading space", " 1", 0, ErrAmountFormat},
		{"trailing space", "1 ", 0, ErrAmountFormat},
		{"thousands comma", "1,299", 0, ErrAmountFormat},
		{"empty", "", 0, ErrAmountFormat},
		{"dot only", ".", 0, ErrAmountFormat},
		{"no integer part", ".5", 0, ErrAmountFormat},
		{"trailing dot", "1.", 0, ErrAmountFormat},
		{"two dots", "1.2.3", 0, ErrAmountFormat},
		{"yuan sign", "¥12", 0, ErrAmountFormat},
		{"full-width digits", "１２", 0, ErrAmountFormat},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseAmount(tt.in)
			if got != tt.want || !errors.Is(err, tt.wantErr) {
				t.Errorf("ParseAmount(%q) = %d, %v; want %d, %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestFormatAmount(t *testing.T) {
	tests := []struct {
		name string
		in   int64
		want string
	}{
		{"zero", 0, "0.00"},
		{"one fen", 1, "0.01"},
		{"half yuan", 50, "0.50"},
		{"whole yuan", 129900, "1299.00"},
		{"yuan and fen", 129999, "1299.99"},
		{"maximum", MaxAmountFen, "100000000000.00"},
		{"negative", -50, "-0.50"},
		{"min int64", math.MinInt64, "-92233720368547758.08"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FormatAmount(tt.in); got != tt.want {
				t.Errorf("FormatAmount(%d) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAmountRoundTrip(t *testing.T) {
	for _, fen := range []int64{0, 1, 10, 99, 100, 12345, MaxAmountFen - 1, MaxAmountFen} {
		s := FormatAmount(fen)
		t.Run(s, func(t *testing.T) {
			got, err := ParseAmount(s)
			if err != nil || got != fen {
				t.Errorf("ParseAmount(FormatAmount(%d)) = %d, %v", fen, got, err)
			}
		})
	}
}
