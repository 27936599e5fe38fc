package domain

import (
	"encoding/json"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Date
		wantErr bool
	}{
		{"ordinary", "2026-11-20", Date{2026, time.November, 20}, false},
		{"leap day", "2024-02-29", Date{2024, time.February, 29}, false},
		{"29 February in a common year", "2025-02-29", Date{}, true},
		{"31 April", "2025-04-31", Date{}, true},
		{"month 13", "2025-13-01", Date{}, true},
		{"unpadded", "2025-1-5", Date{}, true},
		{"slashes", "2025/01/05", Date{}, true},
		{"with time", "2025-01-05T00:00:00Z", Date{}, true},
		{"trailing space", "2025-01-05 ", Date{}, true},
		{"empty", "", Date{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if got != tt.want || (err != nil) != tt.wantErr {
				t.Errorf("ParseDate(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestDateString(t *testing.T) {
	tests := []struct {
		name string
		in   Date
		want string
	}{
		{"padded", Date{2026, time.January, 5}, "2026-01-05"},
		{"two-digit fields", Date{2026, time.November, 20}, "2026-11-20"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.in.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDateOf(t *testing.T) {
	// 2025-09-30 20:00 UTC is already 1 October in China.
	instant := time.Date(2025, time.September, 30, 20, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		in   time.Time
		want Date
	}{
		{"UTC", instant, Date{2025, time.September, 30}},
		{"China", instant.In(ChinaTime), Date{2025, time.October, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DateOf(tt.in); got != tt.want {
				t.Errorf("DateOf(%v) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestDateAddDays(t *testing.T) {
	tests := []struct {
		name string
		from Date
		n    int
		want Date
	}{
		{"zero", Date{2025, 3, 1}, 0, Date{2025, 3, 1}},
		{"across month", Date{2025, 1, 31}, 1, Date{2025, 2, 1}},
		{"into leap day", Date{2024, 2, 28}, 1, Date{2024, 2, 29}},
		{"across year", Date{2025, 12, 31}, 1, Date{2026, 1, 1}},
		{"backwards across year", Date{2026, 1, 1}, -1, Date{2025, 12, 31}},
		{"a year", Date{2025, 1, 1}, 365, Date{2026, 1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.from.AddDays(tt.n); got != tt.want {
				t.Errorf("%v.AddDays(%d) = %v, want %v", tt.from, tt.n, got, tt.want)
			}
		})
	}
}

func TestDateWeekday(t *testing.T) {
	tests := []struct {
		name string
		in   Date
		want time.Weekday
	}{
		{"National Day 2025", Date{2025, 10, 1}, time.Wednesday},
		{"make-up Saturday", Date{2025, 10, 11}, time.Saturday},
		{"Spring Festival eve 2026", Date{2026, 2, 16}, time.Monday},
		{"before 1970", Date{1949, 10, 1}, time.Saturday},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.in.Weekday(); got != tt.want {
				t.Errorf("%v.Weekday() = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestDateCompare(t *testing.T) {
	d := Date{2025, 6, 15}
	tests := []struct {
		name                  string
		e                     Date
		before, after, equals bool
	}{
		{"same", Date{2025, 6, 15}, false, false, true},
		{"earlier day", Date{2025, 6, 14}, false, true, false},
		{"later day", Date{2025, 6, 16}, true, false, false},
		{"earlier month, later day", Date{2025, 5, 31}, false, true, false},
		{"later month, earlier day", Date{2025, 7, 1}, true, false, false},
		{"earlier year, later month", Date{2024, 12, 31}, false, true, false},
		{"later year, earlier month", Date{2026, 1, 1}, true, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := d.Before(tt.e); got != tt.before {
				t.Errorf("%v.Before(%v) = %v", d, tt.e, got)
			}
			if got := d.After(tt.e); got != tt.after {
				t.Errorf("%v.After(%v) = %v", d, tt.e, got)
			}
			if got := d.Equal(tt.e); got != tt.equals {
				t.Errorf("%v.Equal(%v) = %v", d, tt.e, got)
			}
		})
	}
}

func TestDateTime(t *testing.T) {
	d := Date{2025, 10, 1}
	tests := []struct {
		name string
		loc  *time.Location
		want time.Time
	}{
		{"China", ChinaTime, time.Date(2025, 9, 30, 16, 0, 0, 0, time.UTC)},
		{"UTC", time.UTC, time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := d.Time(tt.loc)
			if !got.Equal(tt.want) || got.Location() != tt.loc {
				t.Errorf("Time(%v) = %v, want %v", tt.loc, got, tt.want)
			}
		})
	}
}

func TestDateIsZero(t *testing.T) {
	tests := []struct {
		name string
		in   Date
		want bool
	}{
		{"zero", Date{}, true},
		{"date", Date{2025, 1, 1}, false},
		{"year only", Date{Year: 2025}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.in.IsZero(); got != tt.want {
				t.Errorf("%#v.IsZero() = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

type deadlineJSON struct {
	Due Date `json:"due"`
}

func TestDateMarshalJSON(t *testing.T) {
	tests := []struct {
		name string
		in   Date
		want string
	}{
		{"date", Date{2026, 11, 20}, `{"due":"2026-11-20"}`},
		{"zero is null", Date{}, `{"due":null}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(deadlineJSON{tt.in})
			if err != nil || string(b) != tt.want {
				t.Errorf("json.Marshal = %s, %v; want %s", b, err, tt.want)
			}
		})
	}
}

func TestDateUnmarshalJSON(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Date
		wantErr bool
	}{
		{"date", `{"due":"2026-11-20"}`, Date{2026, 11, 20}, false},
		{"null keeps the value", `{"due":null}`, Date{2000, 1, 1}, false},
		{"empty string is zero", `{"due":""}`, Date{}, false},
		{"missing keeps the value", `{}`, Date{2000, 1, 1}, false},
		{"number", `{"due":20261120}`, Date{2000, 1, 1}, true},
		{"bad date", `{"due":"2026-02-30"}`, Date{2000, 1, 1}, true},
		{"timestamp", `{"due":"2026-11-20T00:00:00+08:00"}`, Date{2000, 1, 1}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := deadlineJSON{Date{2000, 1, 1}}
			err := json.Unmarshal([]byte(tt.in), &v)
			if v.Due != tt.want || (err != nil) != tt.wantErr {
				t.Errorf("json.Unmarshal(%s) = %v, %v; want %v, error %v", tt.in, v.Due, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestDateText(t *testing.T) {
	tests := []struct {
		name string
		in   Date
		text string
	}{
		{"date", Date{2026, 2, 14}, "2026-02-14"},
		{"zero is empty", Date{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := tt.in.MarshalText()
			if err != nil || string(b) != tt.text {
				t.Fatalf("MarshalText() = %q, %v; want %q", b, err, tt.text)
			}
			got := Date{1999, 9, 9}
			if err := got.UnmarshalText(b); err != nil || got != tt.in {
				t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, got, err, tt.in)
			}
		})
	}
	t.Run("invalid", func(t *testing.T) {
		var d Date
		if err := d.UnmarshalText([]byte("2026-2-14")); err == nil {
			t.Errorf("UnmarshalText accepted an unpadded date: %v", d)
		}
	})
}
