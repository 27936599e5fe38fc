package repo

import (
	"testing"
	"time"

	"github.com/redress-project/redress/domain"
)

func TestNightly(t *testing.T) {
	at := func(day, hour, min int) time.Time {
		return time.Date(2026, time.December, day, hour, min, 0, 0, domain.ChinaTime)
	}
	for _, tc := range []struct{ now, want time.Time }{
		{at(1, 2, 59), at(1, 3, 0)},
		{at(1, 3, 0), at(2, 3, 0)},
		{at(1, 23, 0), at(2, 3, 0)},
		{at(1, 20, 0).UTC(), at(2, 3, 0)}, // 12:00 UTC
	} {
		if got := (nightly{hour: 3}).Next(tc.now); !got.Equal(tc.want) {
			t.Errorf("Next(%s) = %s, want %s", tc.now, got, tc.want)
		}
	}
}
