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
		CloseHours: Histogram{24: 1, 72: 1, 48: 1, 96: 1}}
	o.finish()
	// 2026-11-01 is a Sunday: its week starts Monday 10-26.
	want := []Count{{"2026-10-26", 2}, {"2026-11-02", 3}, {"2026-11-09", 1}, {"2026-11-30", 4}}
	for i, w := range want {
		if o.PerWeek[i] != w {
			t.Fatalf("weeks = %v, want %v", o.PerWeek, want)
		}
	}
	if len(o.PerMonth) != 2 || o.PerMonth[0].Count != 6 || *o.MediationSuccessRate != 0.75 || o.AmountRecovered != "1299.00" || *o.MedianDaysToClose != 3 {
		t.Fatalf("overview = %+v", o.Overview)
	}
}

func TestHourBucket(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want int64
	}{
		{-time.Hour, 0}, {0, 0}, {5*time.Hour + 59*time.Minute, 0}, {6 * time.Hour, 6}, {47 * time.Hour, 42},
		{48 * time.Hour, 48}, {71 * time.Hour, 48}, {239 * time.Hour, 216}, {240 * time.Hour, 240}, {845 * time.Hour, 840},
	}
	for _, tt := range tests {
		if got := HourBucket(tt.d); got != tt.want {
			t.Errorf("HourBucket(%v) = %d, want %d", tt.d, got, tt.want)
		}
	}
}

func TestHistogramMedian(t *testing.T) {
	if (Histogram{}).MedianDays() != nil {
		t.Fatal("the median of nothing is not nil")
	}
	// 10 durations in 0-6 h and 10 in 24-30 h: the median lies at the top of the first bucket.
	if m := (Histogram{0: 10, 24: 10}).MedianDays(); *m != 0.25 {
		t.Fatalf("median = %v days, want 0.25", *m)
	}
	// Within half a bucket of the exact median of durations spread over the buckets.
	h := Histogram{}
	var ds []time.Duration
	for i := range 1000 {
		d := time.Duration(i*i) * time.Minute // 0 to ~700 days, bunched at the start
		ds = append(ds, d)
		h.Add(HourBucket(d), 1)
	}
	exact := ds[500].Hours() / 24
	if m := h.MedianDays(); *m < exact-2.5 || *m > exact+2.5 {
		t.Fatalf("median = %v days, exact %v", *m, exact)
	}
}
