package domain

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestChinaCalendarEmbedded(t *testing.T) {
	c, err := ParseCalendar(strings.NewReader(calendarCN))
	if err != nil {
		t.Fatalf("embedded calendar_cn.txt: %v", err)
	}
	if got, want := c.Years(), []int{2025, 2026}; !slices.Equal(got, want) {
		t.Errorf("Years() = %v, want %v", got, want)
	}
	// Since 2025 China has 13 public holidays a year, and the make-up days
	// restore every weekday lost to a holiday on a weekend: both 2025 and
	// 2026 have 104 weekend days, so 365-104-13 = 248 working days. A typing
	// error in the data almost always breaks this sum.
	for _, year := range c.Years() {
		t.Run(strconv.Itoa(year), func(t *testing.T) {
			n := c.WorkingDaysBetween(Date{year - 1, 12, 31}, Date{year, 12, 31})
			if n != 248 {
				t.Errorf("%d has %d working days, want 248", year, n)
			}
		})
	}
}

func TestChinaCalendarIsWorkingDay(t *testing.T) {
	c := ChinaCalendar()
	tests := []struct {
		name string
		in   Date
		want bool
	}{
		{"ordinary Monday", Date{2025, 3, 3}, true},
		{"ordinary Saturday", Date{2025, 3, 8}, false},
		{"ordinary Sunday", Date{2025, 3, 9}, false},
		{"New Year 2025 Wednesday", Date{2025, 1, 1}, false},
		{"Spring Festival 2025 make-up Sunday", Date{2025, 1, 26}, true},
		{"Spring Festival 2025 eve", Date{2025, 1, 28}, false},
		{"Spring Festival 2025 last day", Date{2025, 2, 4}, false},
		{"Spring Festival 2025 make-up Saturday", Date{2025, 2, 8}, true},
		{"Labour Day 2025 make-up Sunday", Date{2025, 4, 27}, true},
		{"Dragon Boat 2025 Monday", Date{2025, 6, 2}, false},
		{"National Day 2025 make-up Sunday", Date{2025, 9, 28}, true},
		{"National Day 2025 eighth day", Date{2025, 10, 8}, false},
		{"day after National Day 2025", Date{2025, 10, 9}, true},
		{"National Day 2025 make-up Saturday", Date{2025, 10, 11}, true},
		{"New Year 2026 Friday", Date{2026, 1, 2}, false},
		{"New Year 2026 make-up Sunday", Date{2026, 1, 4}, true},
		{"Spring Festival 2026 make-up Saturday before", Date{2026, 2, 14}, true},
		{"Spring Festival 2026 first day", Date{2026, 2, 15}, false},
		{"Spring Festival 2026 Wednesday", Date{2026, 2, 18}, false},
		{"Spring Festival 2026 last day", Date{2026, 2, 23}, false},
		{"day after Spring Festival 2026", Date{2026, 2, 24}, true},
		{"Spring Festival 2026 make-up Saturday after", Date{2026, 2, 28}, true},
		{"Qingming 2026 Monday", Date{2026, 4, 6}, false},
		{"Labour Day 2026 Tuesday", Date{2026, 5, 5}, false},
		{"Labour Day 2026 make-up Saturday", Date{2026, 5, 9}, true},
		{"Mid-Autumn 2026 Friday", Date{2026, 9, 25}, false},
		{"National Day 2026 make-up Sunday", Date{2026, 9, 20}, true},
		{"National Day 2026 Wednesday", Date{2026, 10, 7}, false},
		{"day after National Day 2026", Date{2026, 10, 8}, true},
		{"National Day 2026 make-up Saturday", Date{2026, 10, 10}, true},
		{"year without data", Date{2027, 10, 1}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.IsWorkingDay(tt.in); got != tt.want {
				t.Errorf("IsWorkingDay(%v) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestChinaCalendarAddWorkingDays(t *testing.T) {
	c := ChinaCalendar()
	tests := []struct {
		name string
		from Date
		n    int
		want Date
	}{
		// Received the day before National Day 2025: 1-8 October are off
		// and Saturday 11 October is worked, so the days are 9, 10, 11, 13,
		// 14, 15 and 16 October.
		{"National Day 2025 week", Date{2025, 9, 30}, 7, Date{2025, 10, 16}},
		{"zero days", Date{2025, 9, 30}, 0, Date{2025, 9, 30}},
		{"zero days from a holiday", Date{2025, 10, 3}, 0, Date{2025, 10, 3}},
		{"from a holiday", Date{2025, 10, 3}, 1, Date{2025, 10, 9}},
		{"Friday before a make-up Saturday", Date{2025, 10, 10}, 1, Date{2025, 10, 11}},
		{"Friday before Spring Festival 2025 make-up Saturday", Date{2025, 2, 7}, 1, Date{2025, 2, 8}},
		{"Saturday before a make-up Sunday", Date{2025, 9, 27}, 1, Date{2025, 9, 28}},
		{"ordinary weekend skipped", Date{2025, 3, 7}, 1, Date{2025, 3, 10}},
		{"Friday before Spring Festival 2026", Date{2026, 2, 13}, 1, Date{2026, 2, 14}},
		{"Spring Festival 2026 make-up Saturday", Date{2026, 2, 14}, 1, Date{2026, 2, 24}},
		{"across Spring Festival 2026", Date{2026, 2, 12}, 5, Date{2026, 2, 26}},
		{"into Spring Festival 2026 make-up Saturday", Date{2026, 2, 24}, 4, Date{2026, 2, 28}},
		{"across New Year 2026 and its make-up Sunday", Date{2025, 12, 30}, 3, Date{2026, 1, 5}},
		{"45 working days", Date{2025, 9, 1}, 45, Date{2025, 11, 7}},
		{"backwards across National Day 2025", Date{2025, 10, 9}, -1, Date{2025, 9, 30}},
		{"backwards onto a make-up Sunday", Date{2025, 9, 29}, -1, Date{2025, 9, 28}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.AddWorkingDays(tt.from, tt.n); got != tt.want {
				t.Errorf("AddWorkingDays(%v, %d) = %v, want %v", tt.from, tt.n, got, tt.want)
			}
		})
	}
}

func TestChinaCalendarWorkingDaysBetween(t *testing.T) {
	c := ChinaCalendar()
	tests := []struct {
		name     string
		from, to Date
		want     int
	}{
		{"same day", Date{2025, 3, 3}, Date{2025, 3, 3}, 0},
		{"to before from", Date{2025, 3, 4}, Date{2025, 3, 3}, 0},
		{"next day", Date{2025, 3, 3}, Date{2025, 3, 4}, 1},
		{"ordinary week", Date{2025, 3, 2}, Date{2025, 3, 9}, 5},
		{"National Day 2025 week", Date{2025, 9, 30}, Date{2025, 10, 16}, 7},
		{"National Day 2025 holidays only", Date{2025, 9, 30}, Date{2025, 10, 8}, 0},
		{"Spring Festival 2026 fortnight", Date{2026, 2, 13}, Date{2026, 2, 28}, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.WorkingDaysBetween(tt.from, tt.to); got != tt.want {
				t.Errorf("WorkingDaysBetween(%v, %v) = %d, want %d", tt.from, tt.to, got, tt.want)
			}
		})
	}
}

// TestChinaCalendarAddWorkingDaysProperties checks AddWorkingDays against
// WorkingDaysBetween and IsWorkingDay from every day of the data years.
func TestChinaCalendarAddWorkingDaysProperties(t *testing.T) {
	c := ChinaCalendar()
	for from := (Date{2024, 12, 1}); from.Before(Date{2027, 1, 1}); from = from.AddDays(1) {
		for n := 0; n <= 60; n++ {
			to := c.AddWorkingDays(from, n)
			if got := c.WorkingDaysBetween(from, to); got != n {
				t.Fatalf("WorkingDaysBetween(%v, AddWorkingDays(%v, %d) = %v) = %d", from, from, n, to, got)
			}
			if n > 0 && !c.IsWorkingDay(to) {
				t.Fatalf("AddWorkingDays(%v, %d) = %v, not a working day", from, n, to)
			}
			if n > 0 && c.IsWorkingDay(from) {
				if back := c.AddWorkingDays(to, -n); back != from {
					t.Fatalf("AddWorkingDays(AddWorkingDays(%v, %d), %d) = %v", from, n, -n, back)
				}
			}
		}
	}
}

func TestNewCalendar(t *testing.T) {
	sat, mon := Date{2030, 1, 5}, Date{2030, 1, 7}
	c := NewCalendar([]Date{mon, sat}, []Date{sat, {2029, 12, 29}})
	tests := []struct {
		name string
		in   Date
		want bool
	}{
		{"holiday Monday", mon, false},
		{"Saturday in both lists is worked", sat, true},
		{"ordinary Tuesday", Date{2030, 1, 8}, true},
		{"ordinary Sunday", Date{2030, 1, 6}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.IsWorkingDay(tt.in); got != tt.want {
				t.Errorf("IsWorkingDay(%v) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
	t.Run("years", func(t *testing.T) {
		years := c.Years()
		if want := []int{2029, 2030}; !slices.Equal(years, want) {
			t.Errorf("Years() = %v, want %v", years, want)
		}
		years[0] = 0
		if c.Years()[0] != 2029 {
			t.Error("Years() shares its slice with the calendar")
		}
	})
	t.Run("empty", func(t *testing.T) {
		plain := NewCalendar(nil, nil)
		if got := plain.AddWorkingDays(Date{2025, 10, 1}, 3); got != (Date{2025, 10, 6}) {
			t.Errorf("plain AddWorkingDays = %v, want 2025-10-06", got)
		}
		if len(plain.Years()) != 0 {
			t.Errorf("plain Years() = %v", plain.Years())
		}
	})
}

func TestParseCalendar(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantErr string
	}{
		{"comments and blank lines", "# header\n\n   \n  # indented comment\n2025-01-01 holiday 元旦\n", ""},
		{"name optional", "2025-01-01 holiday\n", ""},
		{"range", "2025-10-01..2025-10-08 holiday 国庆节\n2025-10-11 workday 调休\n", ""},
		{"no final newline", "2025-01-01 holiday 元旦", ""},
		{"empty", "", ""},
		{"missing kind", "2025-01-01\n", "line 1: want a date and holiday or workday"},
		{"unknown kind", "# c\n2025-01-01 vacation 元旦\n", `line 2: kind "vacation"`},
		{"bad date", "2025-02-30 holiday x\n", `line 1: invalid date "2025-02-30"`},
		{"bad range end", "2025-02-01..2025-02-30 holiday x\n", `invalid date "2025-02-30"`},
		{"reversed range", "2025-02-04..2025-01-28 holiday 春节\n", "ends before it starts"},
		{"duplicate", "2025-01-01 holiday 元旦\n2025-01-01 holiday 元旦\n", "line 2: 2025-01-01 is listed twice"},
		{"overlapping ranges", "2025-01-01..2025-01-03 holiday a\n2025-01-03..2025-01-05 holiday b\n", "line 2: 2025-01-03 is listed twice"},
		{"holiday and workday", "2025-10-11 holiday a\n2025-10-11 workday b\n", "listed twice"},
		{"workday on a weekday", "2025-10-10 workday 调休\n", "line 1: workday 2025-10-10 is a Friday"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ParseCalendar(strings.NewReader(tt.in))
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("ParseCalendar: %v", err)
			case tt.wantErr == "" && c == nil:
				t.Error("ParseCalendar returned no calendar")
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Errorf("ParseCalendar error = %v, want it to contain %q", err, tt.wantErr)
			}
		})
	}
	t.Run("range stores every day", func(t *testing.T) {
		c, err := ParseCalendar(strings.NewReader("2025-10-01..2025-10-08 holiday 国庆节\n"))
		if err != nil {
			t.Fatal(err)
		}
		for d := (Date{2025, 10, 1}); !d.After(Date{2025, 10, 8}); d = d.AddDays(1) {
			if c.IsWorkingDay(d) {
				t.Errorf("%v is a working day", d)
			}
		}
	})
}

func BenchmarkAddWorkingDays45(b *testing.B) {
	c := ChinaCalendar()
	from := Date{2025, 9, 1}
	for b.Loop() {
		c.AddWorkingDays(from, 45)
	}
}

func TestCalendarProvisionalAndMissingYear(t *testing.T) {
	cal := ChinaCalendar()
	d := func(s string) Date {
		x, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	for _, tt := range []struct {
		from, to string
		want     bool
	}{
		{"2026-03-02", "2026-03-11", false},
		{"2025-12-20", "2026-01-10", false},
		{"2026-12-28", "2027-01-06", true},
		{"2024-12-30", "2025-01-08", true},
	} {
		if got := cal.Provisional(d(tt.from), d(tt.to)); got != tt.want {
			t.Errorf("Provisional(%s, %s) = %v, want %v", tt.from, tt.to, got, tt.want)
		}
	}
	last := slices.Max(cal.Years())
	for _, tt := range []struct {
		today string
		want  int
	}{
		{fmt.Sprintf("%d-09-30", last), 0},
		{fmt.Sprintf("%d-10-01", last), last + 1},
		{fmt.Sprintf("%d-12-31", last), last + 1},
		{fmt.Sprintf("%d-01-02", last+1), last + 1},
		{fmt.Sprintf("%d-06-30", last-1), 0},
	} {
		got, ok := cal.MissingYear(d(tt.today))
		if ok != (tt.want != 0) || got != tt.want {
			t.Errorf("MissingYear(%s) = %d, %v; want %d", tt.today, got, ok, tt.want)
		}
	}
}
