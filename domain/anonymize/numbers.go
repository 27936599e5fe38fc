package anonymize

import "strings"

// Validators of structured numbers: resident ID dates and checksums (GB 11643), Luhn for
// bank cards, GB 32100 for unified social credit codes, area codes for landlines.

// provinceCode reports whether the two digits are a province-level division code.
func provinceCode(a, b byte) bool {
	switch a {
	case '1':
		return b >= '1' && b <= '5'
	case '2':
		return b >= '1' && b <= '3'
	case '3':
		return b >= '1' && b <= '7'
	case '4':
		return b >= '1' && b <= '6'
	case '5':
		return b >= '0' && b <= '4'
	case '6':
		return b >= '1' && b <= '5'
	case '7':
		return b == '1'
	case '8':
		return b >= '1' && b <= '3'
	}
	return false
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isASCIIDigit(s[i]) {
			return false
		}
	}
	return true
}

// dateOK reports whether y-m-d is a real calendar date with 1900 <= y <= 2030.
func dateOK(y, m, d int) bool {
	if y < 1900 || y > 2030 || m < 1 || m > 12 || d < 1 {
		return false
	}
	days := [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m]
	if m == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		days = 29
	}
	return d <= days
}

// id18Plausible reports whether d (17 digits and a digit or X) has a province code and a
// valid birth date; the checksum is not required, typos happen.
func id18Plausible(d string) bool {
	if len(d) != 18 || !allDigits(d[:17]) || !(isASCIIDigit(d[17]) || d[17] == 'X' || d[17] == 'x') {
		return false
	}
	return provinceCode(d[0], d[1]) && dateOK(atoi(d[6:10]), atoi(d[10:12]), atoi(d[12:14]))
}

// id15Plausible reports whether d is a legacy 15-digit ID with a valid YYMMDD birth date.
func id15Plausible(d string) bool {
	return len(d) == 15 && allDigits(d) && provinceCode(d[0], d[1]) &&
		dateOK(1900+atoi(d[6:8]), atoi(d[8:10]), atoi(d[10:12]))
}

// IDChecksum returns the check character of the first 17 digits of a resident ID.
func IDChecksum(d17 string) byte {
	weights := [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17 && i < len(d17); i++ {
		sum += int(d17[i]-'0') * weights[i]
	}
	return "10X98765432"[sum%11]
}

// luhn reports whether the digits pass the Luhn check.
func luhn(d string) bool {
	sum, double := 0, false
	for i := len(d) - 1; i >= 0; i-- {
		n := int(d[i] - '0')
		if double {
			n *= 2
			if n > 9 {
				n -= 9
			}
		}
		sum += n
		double = !double
	}
	return sum%10 == 0
}

const usccCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY"

var usccWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// USCCChecksum returns the check character of the first 17 characters of a unified social
// credit code (GB 32100), or 0 when one of them is outside the charset.
func USCCChecksum(s17 string) byte {
	sum := 0
	for i := 0; i < 17; i++ {
		v := strings.IndexByte(usccCharset, s17[i])
		if v < 0 {
			return 0
		}
		sum += v * usccWeights[i]
	}
	return usccCharset[(31-sum%31)%31]
}

// usccValid reports whether s is an 18-character code with a registration department,
// an organisation class, a province code and a correct check character.
func usccValid(s string) bool {
	if len(s) != 18 || !strings.ContainsRune("123456789ANY", rune(s[0])) || !strings.ContainsRune("1239", rune(s[1])) ||
		!provinceCode(s[2], s[3]) || !allDigits(s[2:8]) {
		return false
	}
	return USCCChecksum(s) == s[17]
}

// usccDigitsValid is usccValid for an all-digit code, with the commonest departments only
// (1 机构编制, 5 民政, 9 工商), so that few 18-digit card or order numbers qualify.
func usccDigitsValid(s string) bool {
	return len(s) == 18 && (s[0] == '1' || s[0] == '5' || s[0] == '9') && usccValid(s)
}

// usccShaped reports whether s could be a credit code after a cue: 15 to 20 characters of
// the charset (old tax numbers included).
func usccShaped(s string) bool {
	if len(s) < 15 || len(s) > 20 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isASCIIDigit(c) && !(c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// mobileDigits reports whether d is a mainland mobile number: 1[3-9] and 9 digits.
func mobileDigits(d string) bool {
	return len(d) == 11 && d[0] == '1' && d[1] >= '3' && d[1] <= '9' && allDigits(d)
}

// areaCodeLen returns the length of the area code that starts d (010, 02X, 0[3-9]XX), 0 if none.
func areaCodeLen(d string) int {
	if len(d) < 3 || d[0] != '0' {
		return 0
	}
	switch {
	case d[1] == '1' && d[2] == '0':
		return 3
	case d[1] == '2':
		return 3
	case d[1] >= '3' && d[1] <= '9' && len(d) >= 4:
		return 4
	}
	return 0
}

// subscriberOK reports whether d is a 7- or 8-digit local number (not starting with 0 or 1).
func subscriberOK(d string) bool {
	return (len(d) == 7 || len(d) == 8) && d[0] >= '2' && d[0] <= '9' && allDigits(d)
}

// courierPrefixes start well-known waybill and order numbers (SF1234567890123).
var courierPrefixes = []string{"JDV", "JDX", "SF", "YT", "JT", "JD", "ZT", "YD", "ST", "DPK", "KYE", "EMS", "TT", "DD"}

// courierNumber reports whether s is a courier prefix and 10 to 18 digits.
func courierNumber(s string) bool {
	if upuNumber(s) {
		return true
	}
	for _, p := range courierPrefixes {
		if strings.HasPrefix(s, p) {
			rest := s[len(p):]
			return len(rest) >= 10 && len(rest) <= 18 && allDigits(rest)
		}
	}
	return false
}

// upuNumber reports whether s is an international postal item number (UPU S10:
// RR123456785TW): two letters, eight digits and a check digit, two letters of a country.
func upuNumber(s string) bool {
	if len(s) != 13 || !allDigits(s[2:11]) {
		return false
	}
	for _, k := range []int{0, 1, 11, 12} {
		if s[k] < 'A' || s[k] > 'Z' {
			return false
		}
	}
	sum := 0
	for k, w := range []int{8, 6, 4, 2, 3, 5, 9, 7} {
		sum += int(s[2+k]-'0') * w
	}
	check := 11 - sum%11
	switch check {
	case 10:
		check = 0
	case 11:
		check = 5
	}
	return int(s[10]-'0') == check
}
