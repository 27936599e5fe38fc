package domain

import (
	"testing"
	"time"
)

func TestSpike(t *testing.T) {
	tests := []struct {
		name  string
		weeks []int64
		alert bool
	}{
		{"QuietKeyJumps", []int64{0, 1, 0, 0, 1, 0, 0, 1, 9}, true},
		{"BusyKeyDoublesWithinNoise", []int64{40, 55, 35, 60, 45, 50, 38, 52, 70}, false},
		{"SteadyKeyTriples", []int64{10, 10, 11, 9, 10, 10, 11, 9, 30}, true},
		{"TooFewToMatter", []int64{0, 0, 0, 0, 0, 0, 0, 0, 4}, false},
		{"Falling", []int64{20, 20, 20, 20, 20, 20, 20, 20, 2}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ok := spike(WeeklySeries{Kind: "category", Key: "food", Weeks: tt.weeks})
			if ok != tt.alert {
				t.Fatalf("alert = %v (%+v), want %v", ok, a, tt.alert)
			}
			if ok && (a.ZScore <= SpikeZ || a.Factor <= 1 || a.Explained == "") {
				t.Fatalf("alert = %+v", a)
			}
		})
	}
}

func TestOverviewSeries(t *testing.T) {
	o := &OverviewFacts{Overview: Overview{PerDay: []Count{{"2026-11-01", 2}, {"2026-11-02", 3}, {"2026-11-09", 1}, {"2026-12-01", 4}}},
		MediationClosures: 4, MediationSuccesses: 3, AmountRecoveredFen: 129900,
		CloseDurations: []time.Duration{24 * time.Hour, 72 * time.Hour, 48 * time.Hour, 96 * time.Hour}}
	o.finish()
	// 2026-11-01 is a Sunday: its week starts Monday 10-26.
	want := []Count{{"2026-10-26", 2}, {"2026-11-02", 3}, {"2026-11-09", 1}, {"2026-11-30", 4}}
	for i, w := range want {
		if o.PerWeek[i] != w {
			t.Fatalf("weeks = %v, want %v", o.PerWeek, want)
		}
	}
	if len(o.PerMonth) != 2 || o.PerMonth[0].Count != 6 || *o.MediationSuccessRate != 0.75 || o.AmountRecovered != "1299.00" || *o.MedianDaysToClose != 2.5 {
		t.Fatalf("overview = %+v", o.Overview)
	}
}
