package domain

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// ComplaintInput is a complaint as filed. Only the consumer's name, mobile and division,
// the business's name, the category, the title and the narrative are required; everything
// that is given is validated.
type ComplaintInput struct {
	ConsumerName      string
	ConsumerMobile    string
	ConsumerEmail     string
	ConsumerIDNumber  string
	ConsumerDivision  string
	AgeBand           string
	IsMinor           bool
	BusinessName      string
	BusinessUSCC      string
	BusinessPlatform  string
	BusinessDivision  string
	Category          string
	Tags              []string
	Title             string
	Narrative         string
	Amount            string
	OccurredOn        string
	DesiredResolution string
	ConsentToPublish  bool
	Channel           string
	Language          string // the consumer's, for what they are sent; zh-Hans when empty
}

// Intake limits.
const (
	MinNarrative = 20
	MaxNarrative = 5000
	MaxTitle     = 100
)

var (
	ageBands           = map[string]bool{"under_18": true, "18-29": true, "30-44": true, "45-59": true, "60+": true}
	desiredResolutions = map[string]bool{"refund": true, "replace": true, "repair": true, "compensate": true, "apologize": true, "fulfil": true, "other": true}
	channels           = map[string]bool{"web": true, "phone": true, "visit": true, "letter": true, "transfer": true}
	defaultChannel     = "web"
)

// normalized returns the input with whitespace trimmed and the mobile and USCC normalized.
func (in ComplaintInput) normalized() ComplaintInput {
	t := strings.TrimSpace
	in.ConsumerName, in.ConsumerEmail = t(in.ConsumerName), NormalizeEmail(in.ConsumerEmail)
	in.ConsumerMobile = NormalizeMobile(in.ConsumerMobile)
	in.ConsumerIDNumber = strings.ToUpper(t(in.ConsumerIDNumber))
	in.ConsumerDivision, in.BusinessDivision = t(in.ConsumerDivision), t(in.BusinessDivision)
	in.BusinessName, in.BusinessUSCC, in.BusinessPlatform = t(in.BusinessName), strings.ToUpper(t(in.BusinessUSCC)), t(in.BusinessPlatform)
	in.Category, in.Title, in.Narrative = t(in.Category), t(in.Title), t(in.Narrative)
	in.Amount, in.OccurredOn, in.DesiredResolution, in.AgeBand = t(in.Amount), t(in.OccurredOn), t(in.DesiredResolution), t(in.AgeBand)
	if in.Channel = t(in.Channel); in.Channel == "" {
		in.Channel = defaultChannel
	}
	if in.Language = t(in.Language); in.Language == "" {
		in.Language = Languages[0]
	}
	return in
}

// validate checks every field at once; divisionExists looks codes up in the GB/T 2260 table.
func (in ComplaintInput) validate(today Date, divisionExists func(string) (bool, error)) error {
	var v Validation
	required := func(field, value string) bool {
		if value == "" {
			v.Add(field, "required", "This field is required.")
			return false
		}
		return true
	}
	length := func(field, value string, max int) {
		if utf8.RuneCountInString(value) > max {
			v.Add(field, "too_long", "This field is too long.")
		}
	}
	division := func(field, code string) error {
		if !ValidDivisionCodeFormat(code) {
			v.Add(field, "format", "A division code has 6 digits (GB/T 2260), such as 440106.")
			return nil
		}
		ok, err := divisionExists(code)
		if err == nil && !ok {
			v.Add(field, "unknown", "There is no such division code.")
		}
		return err
	}

	if required("consumer.name", in.ConsumerName) {
		length("consumer.name", in.ConsumerName, 50)
	}
	if required("consumer.mobile", in.ConsumerMobile) && !ValidMobile(in.ConsumerMobile) {
		v.Add("consumer.mobile", "format", "A mainland mobile number has 11 digits and starts with 13 to 19.")
	}
	if in.ConsumerEmail != "" && !ValidEmail(in.ConsumerEmail) {
		v.Add("consumer.email", "format", "The email address is not valid.")
	}
	if in.ConsumerIDNumber != "" && !ValidResidentID(in.ConsumerIDNumber) {
		v.Add("consumer.id_number", "checksum", "The resident ID number is not valid (18 characters, date and check digit).")
	}
	if required("consumer.division_code", in.ConsumerDivision) {
		if err := division("consumer.division_code", in.ConsumerDivision); err != nil {
			return err
		}
	}
	if in.AgeBand != "" && !ageBands[in.AgeBand] {
		v.Add("consumer.age_band", "unknown", "The age band must be under_18, 18-29, 30-44, 45-59 or 60+.")
	}
	if in.IsMinor && in.AgeBand != "" && in.AgeBand != "under_18" {
		v.Add("consumer.is_minor", "inconsistent", "A minor's age band is under_18.")
	}
	if required("business.name", in.BusinessName) {
		length("business.name", in.BusinessName, 200)
	}
	if in.BusinessUSCC != "" && !ValidUSCC(in.BusinessUSCC) {
		v.Add("business.uscc", "checksum", "The unified social credit code is not valid (18 characters and check character).")
	}
	length("business.platform", in.BusinessPlatform, 100)
	if in.BusinessDivision != "" {
		if err := division("business.division_code", in.BusinessDivision); err != nil {
			return err
		}
	}
	if required("category", in.Category) {
		if _, ok := FindCategory(in.Category); !ok {
			v.Add("category", "unknown", "Unknown category.")
		}
	}
	seen := map[string]bool{}
	for i, tag := range in.Tags {
		if _, ok := FindTag(tag); !ok || seen[tag] {
			v.Add(fieldIndex("tags", i), "unknown", "Unknown or repeated tag.")
		}
		seen[tag] = true
	}
	if required("title", in.Title) {
		length("title", in.Title, MaxTitle)
	}
	if required("narrative", in.Narrative) {
		if n := utf8.RuneCountInString(in.Narrative); n < MinNarrative || n > MaxNarrative {
			v.Add("narrative", "length", "The narrative must have 20 to 5000 characters.")
		}
	}
	if in.Amount != "" {
		if _, err := ParseAmount(in.Amount); err != nil {
			v.Add("amount", "format", "The amount is a decimal number of yuan as a string, such as \"1299.00\".")
		}
	}
	if in.OccurredOn != "" {
		if d, err := ParseDate(in.OccurredOn); err != nil {
			v.Add("occurred_on", "format", "A date is written YYYY-MM-DD.")
		} else if d.After(today) {
			v.Add("occurred_on", "future", "The date cannot be in the future.")
		}
	}
	if in.DesiredResolution != "" && !desiredResolutions[in.DesiredResolution] {
		v.Add("desired_resolution", "unknown", "The desired resolution must be refund, replace, repair, compensate, apologize, fulfil or other.")
	}
	if !channels[in.Channel] {
		v.Add("channel", "unknown", "The channel must be web, phone, visit, letter or transfer.")
	}
	if !slices.Contains(Languages, in.Language) {
		v.Add("language", "unknown", "The language must be zh-Hans, zh-Hant or en.")
	}
	return v.Err()
}

// NormalizeBusinessName folds the spellings of one business name together, so that a
// name given without a credit code finds the record it was filed under before: full-width
// letters, digits and signs as half-width ones, no spaces (an ideographic space either)
// or invisible characters, every bracket style as ( ), no other punctuation (· 、 , . " -
// and their full-width forms), lower-case Latin letters.
//
// It folds only what cannot tell two businesses apart. The legal form stays as written:
// 某某科技有限公司, 某某科技有限责任公司 and 某某科技股份有限公司 are registered names of their
// own (a parent and its subsidiary often differ by just that), so merging them is left
// to staff who know (BusinessService.Merge). Bracket contents stay too: 某某（深圳）科技
// and 某某科技 may be different registrants.
func NormalizeBusinessName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '！' && r <= '～': // the full-width forms of ASCII
			r -= '！' - '!'
		case r == '\u200b', r == '\u200c', r == '\u200d', r == '\ufeff':
			continue
		}
		switch r {
		case '(', '[', '{', '【', '〔', '〖': // （ ［ ｛ are ( [ { by now
			b.WriteByte('(')
			continue
		case ')', ']', '}', '】', '〕', '〗':
			b.WriteByte(')')
			continue
		case '&', '+':
			b.WriteRune(r) // A&B is not AB
			continue
		}
		if unicode.IsSpace(r) || unicode.IsPunct(r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// DuplicateWindow is how far back a complaint by the same mobile against the same
// business counts as a possible duplicate.
const DuplicateWindow = 30 * 24 * time.Hour
