package domain

import (
	"strings"
	"time"
	"unicode"
)

// ValidMobile reports whether s is a mainland China mobile number in the form
// the API stores: exactly 11 digits, the first 1 and the second 3-9. Country
// prefixes and separators are rejected; run user input through
// NormalizeMobile first.
func ValidMobile(s string) bool {
	return len(s) == 11 && s[0] == '1' && s[1] >= '3' && s[1] <= '9' && asciiDigits(s)
}

// NormalizeMobile removes whitespace (including the full-width space that
// Chinese input methods produce) and dashes from s, then one leading "+86" or
// "0086" country prefix, so that "+86 138-0013-8000" becomes "13800138000".
// It does not validate the result; pass it to ValidMobile.
func NormalizeMobile(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '-' || unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	if rest, ok := strings.CutPrefix(s, "+86"); ok {
		return rest
	}
	return strings.TrimPrefix(s, "0086")
}

// residentIDWeights and residentIDCheckChars implement the ISO 7064 MOD 11-2
// check character of GB 11643-1999.
var residentIDWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

const residentIDCheckChars = "10X98765432"

// ValidResidentID reports whether s is an 18-character resident identity
// number (GB 11643-1999): 17 digits whose characters 7-14 are a real birth
// date between 1900-01-01 and 2099-12-31, followed by the ISO 7064 MOD 11-2
// check character (a digit, or X in either case).
func ValidResidentID(s string) bool {
	_, ok := ResidentIDBirthDate(s)
	return ok
}

// ResidentIDBirthDate returns the birth date encoded in the resident identity
// number s. ok is false unless ValidResidentID(s) holds, so a birth date is
// never read from a mistyped number.
func ResidentIDBirthDate(s string) (birth Date, ok bool) {
	if len(s) != 18 || !asciiDigits(s[:17]) {
		return Date{}, false
	}
	sum := 0
	for i, w := range residentIDWeights {
		sum += int(s[i]-'0') * w
	}
	if check := residentIDCheckChars[sum%11]; s[17] != check && !(check == 'X' && s[17] == 'x') {
		return Date{}, false
	}
	t, err := time.Parse("20060102", s[6:14])
	if err != nil || t.Year() < 1900 || t.Year() > 2099 {
		return Date{}, false
	}
	return DateOf(t), true
}

// usccCharset lists the characters of a unified social credit code in value
// order; I, O, Z, S and V are excluded to avoid confusion with digits and U.
const usccCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY"

var usccWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// ValidUSCC reports whether s is an 18-character unified social credit code
// (GB 32100-2015), the registration number of the businesses complaints are
// made against: upper-case characters from the code's 31-character set,
// digits in positions 3-8 (the administrative division code) and a correct
// MOD 31 check character.
func ValidUSCC(s string) bool {
	if len(s) != 18 || !asciiDigits(s[2:8]) {
		return false
	}
	sum := 0
	for i, w := range usccWeights {
		v := strings.IndexByte(usccCharset, s[i])
		if v < 0 {
			return false
		}
		sum += v * w
	}
	return s[17] == usccCharset[(31-sum%31)%31]
}

// ValidDivisionCodeFormat reports whether s looks like a six-digit
// administrative division code (GB/T 2260) of an existing province-level
// division: it checks the format and the province prefix, not that the
// prefecture and county parts are in the current code list.
func ValidDivisionCodeFormat(s string) bool {
	if len(s) != 6 || !asciiDigits(s) {
		return false
	}
	switch p := int(s[0]-'0')*10 + int(s[1]-'0'); {
	case 11 <= p && p <= 15, 21 <= p && p <= 23, 31 <= p && p <= 37,
		41 <= p && p <= 46, 50 <= p && p <= 54, 61 <= p && p <= 65,
		p == 71, p == 81, p == 82:
		return true
	}
	return false
}

// asciiDigits reports whether s is non-empty and consists of 0-9 only.
func asciiDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
