package domain

import (
	"errors"
	"fmt"
	"strings"
)

// Amounts are written as decimal yuan strings in the API and stored as an
// integer number of fen (0.01 yuan) so that sums are exact.
var (
	// ErrAmountFormat is returned by ParseAmount for anything other than
	// plain digits with an optional dot and one or two decimals.
	ErrAmountFormat = errors.New("amount must be a non-negative yuan amount like 1299 or 1299.50")
	// ErrAmountRange is returned by ParseAmount for amounts above
	// MaxAmountFen.
	ErrAmountRange = errors.New("amount must not exceed 100000000000 yuan")
)

// MaxAmountFen is the largest amount ParseAmount accepts: 100 billion yuan,
// far above any consumer dispute, so larger values are typing errors.
const MaxAmountFen = 100_000_000_000 * 100

// ParseAmount converts a yuan amount such as "1299", "1299.5" or "0.50" to
// fen. It accepts only ASCII digits with an optional dot followed by one or
// two decimals: signs, exponents, spaces and thousands separators are
// ErrAmountFormat, amounts above MaxAmountFen are ErrAmountRange.
func ParseAmount(s string) (int64, error) {
	yuan, dec, hasDot := strings.Cut(s, ".")
	if !asciiDigits(yuan) || hasDot && (len(dec) > 2 || !asciiDigits(dec)) {
		return 0, ErrAmountFormat
	}
	var fen int64
	for i := 0; i < len(yuan); i++ {
		fen = fen*10 + int64(yuan[i]-'0')
		if fen > MaxAmountFen/100 {
			return 0, ErrAmountRange
		}
	}
	dec += "00"[len(dec):] // "5" means 50 fen
	fen = fen*100 + int64(dec[0]-'0')*10 + int64(dec[1]-'0')
	if fen > MaxAmountFen {
		return 0, ErrAmountRange
	}
	return fen, nil
}

// FormatAmount formats fen as yuan with exactly two decimals, the form
// ParseAmount accepts: 129900 is "1299.00" and 50 is "0.50".
func FormatAmount(fen int64) string {
	sign, u := "", uint64(fen)
	if fen < 0 {
		sign, u = "-", -u // -u rather than -fen so that math.MinInt64 works
	}
	return fmt.Sprintf("%s%d.%02d", sign, u/100, u%100)
}
