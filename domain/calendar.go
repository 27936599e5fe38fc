package domain

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"time"
)

// Calendar is a working-day calendar: Monday to Friday are working days
// except listed holidays, and Saturday and Sunday are days off except listed
// make-up working days (调休). Complaint-handling deadlines are counted in
// working days on such a calendar. A Calendar is immutable and safe for
// concurrent use.
type Calendar struct {
	special map[int]bool // epoch day -> is a working day, for listed dates
	years   []int
}

// NewCalendar returns a calendar with the given holidays (days off) and
// make-up working days. A date in both lists is a working day. With no
// dates it is a plain Monday-to-Friday calendar.
func NewCalendar(holidays, workdays []Date) *Calendar {
	c := &Calendar{special: make(map[int]bool, len(holidays)+len(workdays))}
	for _, d := range holidays {
		c.special[epochDay(d)] = false
	}
	for _, d := range workdays {
		c.special[epochDay(d)] = true
	}
	for _, d := range slices.Concat(holidays, workdays) {
		if !slices.Contains(c.years, d.Year) {
			c.years = append(c.years, d.Year)
		}
	}
	slices.Sort(c.years)
	return c
}

// Years returns the sorted years that have at least one listed date. Outside
// them the calendar falls back to Monday to Friday, which is wrong for
// public holidays, so callers can warn when a deadline leaves them.
func (c *Calendar) Years() []int { return slices.Clone(c.years) }

// Provisional reports whether counting working days from one date to another crosses a
// year with no listed days. Its public holidays are unknown there (the State Council
// publishes a year's schedule in November before it), so a deadline counted into it is
// provisional: it moves when the year is loaded.
func (c *Calendar) Provisional(from, to Date) bool {
	for y := from.Year; y <= to.Year; y++ {
		if !slices.Contains(c.years, y) {
			return true
		}
	}
	return false
}

// MissingYear returns the year whose schedule should be loaded by today and is not: the
// current year, or from October 1 the next one too, as deadlines counted in the last
// quarter run into it. ok is false when nothing is missing.
func (c *Calendar) MissingYear(today Date) (year int, ok bool) {
	years := c.Years()
	if !slices.Contains(years, today.Year) {
		return today.Year, true
	}
	if today.Month >= time.October && !slices.Contains(years, today.Year+1) {
		return today.Year + 1, true
	}
	return 0, false
}

// IsWorkingDay reports whether d is a working day.
func (c *Calendar) IsWorkingDay(d Date) bool { return c.isWorkingDay(epochDay(d)) }

func (c *Calendar) isWorkingDay(day int) bool {
	if working, ok := c.special[day]; ok {
		return working
	}
	wd := epochWeekday(day)
	return wd != time.Saturday && wd != time.Sunday
}

// AddWorkingDays returns the n-th working day after from; from itself never
// counts, so a complaint received on from and due "within n working days" is
// due on the result. n == 0 returns from, and n < 0 counts back to the -n-th
// working day before from.
func (c *Calendar) AddWorkingDays(from Date, n int) Date {
	day, step := epochDay(from), 1
	if n < 0 {
		n, step = -n, -1
	}
	for n > 0 {
		day += step
		if c.isWorkingDay(day) {
			n--
		}
	}
	return epochDate(day)
}

// WorkingDaysBetween returns the number of working days d with
// from < d <= to, or 0 if to is not after from. It inverts AddWorkingDays:
// WorkingDaysBetween(from, c.AddWorkingDays(from, n)) == n for n >= 0.
func (c *Calendar) WorkingDaysBetween(from, to Date) int {
	n := 0
	for day, end := epochDay(from)+1, epochDay(to); day <= end; day++ {
		if c.isWorkingDay(day) {
			n++
		}
	}
	return n
}

// ParseCalendar reads a calendar in the text format of calendar_cn.txt. Each
// line is blank, a comment starting with '#', or a date or an inclusive
// range of dates, a kind and an optional name:
//
//	2025-10-01..2025-10-08 holiday 国庆节、中秋节
//	2025-10-11 workday 国庆节、中秋节调休
//
// A date may be listed only once, and a workday must be a Saturday or
// Sunday, so that typing errors in the data are caught.
func ParseCalendar(r io.Reader) (*Calendar, error) {
	var holidays, workdays []Date
	seen := make(map[Date]bool)
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Fields(text)
		if len(fields) < 2 {
			return nil, fmt.Errorf("calendar line %d: want a date and holiday or workday", line)
		}
		first, last, err := parseDateRange(fields[0])
		if err != nil {
			return nil, fmt.Errorf("calendar line %d: %w", line, err)
		}
		for d := first; !d.After(last); d = d.AddDays(1) {
			if seen[d] {
				return nil, fmt.Errorf("calendar line %d: %s is listed twice", line, d)
			}
			seen[d] = true
			switch fields[1] {
			case "holiday":
				holidays = append(holidays, d)
			case "workday":
				if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
					return nil, fmt.Errorf("calendar line %d: workday %s is a %s, not a weekend day", line, d, wd)
				}
				workdays = append(workdays, d)
			default:
				return nil, fmt.Errorf("calendar line %d: kind %q is not holiday or workday", line, fields[1])
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("calendar: %w", err)
	}
	return NewCalendar(holidays, workdays), nil
}

// parseDateRange parses "2025-10-01" or "2025-10-01..2025-10-08".
func parseDateRange(s string) (first, last Date, err error) {
	a, b, isRange := strings.Cut(s, "..")
	if first, err = ParseDate(a); err != nil {
		return Date{}, Date{}, err
	}
	if !isRange {
		return first, first, nil
	}
	if last, err = ParseDate(b); err != nil {
		return Date{}, Date{}, err
	}
	if last.Before(first) {
		return Date{}, Date{}, fmt.Errorf("range %s ends before it starts", s)
	}
	return first, last, nil
}

//go:embed calendar_cn.txt
var calendarCN string

// ChinaCalendar returns the mainland China working-day calendar from the
// State Council holiday notices in calendar_cn.txt, parsed on first use.
func ChinaCalendar() *Calendar { return chinaCalendar() }

var chinaCalendar = sync.OnceValue(func() *Calendar {
	c, err := ParseCalendar(strings.NewReader(calendarCN))
	if err != nil {
		panic("domain: embedded calendar_cn.txt: " + err.Error()) // covered by a test
	}
	return c
})

// epochDay returns the number of days from 1970-01-01 to d, which lets the
// working-day loops step through days with integer arithmetic.
func epochDay(d Date) int { return int(d.Time(time.UTC).Unix() / 86400) }

// epochDate is the inverse of epochDay.
func epochDate(day int) Date { return DateOf(time.Unix(int64(day)*86400, 0).UTC()) }

// epochWeekday returns the weekday of an epoch day; 1970-01-01 was a Thursday.
func epochWeekday(day int) time.Weekday {
	return time.Weekday(((day % 7) + 7 + int(time.Thursday)) % 7)
}

// Days returns the listed holidays and make-up working days, in date order, so that the
// calendar can be stored and loaded again.
func (c *Calendar) Days() (holidays, workdays []Date) {
	days := make([]int, 0, len(c.special))
	for d := range c.special {
		days = append(days, d)
	}
	slices.Sort(days)
	for _, d := range days {
		if c.special[d] {
			workdays = append(workdays, epochDate(d))
		} else {
			holidays = append(holidays, epochDate(d))
		}
	}
	return holidays, workdays
}
