package repo

import (
	"testing"

	"github.com/redress-project/redress/domain"
)

func TestPeriodParts(t *testing.T) {
	d := func(s string) domain.Date {
		v, err := domain.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		name, from, to, m1, m2 string
	}{
		{"YearToToday", "2025-11-30", "2026-11-29", "2025-12-01", "2026-11-01"},
		{"WholeMonth", "2026-11-01", "2026-11-30", "2026-11-01", "2026-12-01"},
		{"WholeFebruary", "2026-02-01", "2026-02-28", "2026-02-01", "2026-03-01"},
		{"OneDay", "2026-11-15", "2026-11-15", "2026-11-16", "2026-11-16"},
		{"AcrossOneMonthEnd", "2026-11-15", "2026-12-10", "2026-12-11", "2026-12-11"},
		{"DaysThenMonths", "2026-01-20", "2026-03-31", "2026-02-01", "2026-04-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m1, m2 := periodParts(d(tt.from), d(tt.to))
			if m1 != d(tt.m1) || m2 != d(tt.m2) {
				t.Fatalf("periodParts(%s, %s) = %s, %s; want %s, %s", tt.from, tt.to, m1, m2, tt.m1, tt.m2)
			}
		})
	}
}
