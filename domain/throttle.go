package domain

import (
	"context"
	"time"
)

// LoginFailures is what is remembered about recent failed logins for one key
// (an account or an address).
type LoginFailures struct {
	Count int
	Last  time.Time
}

// ThrottlePolicy slows repeated failed logins and then refuses them: after SlowAfter
// failures each further attempt must wait 1 s, 2 s, 4 s, ... after the last failure; after
// LockAfter failures the key is locked for LockFor. Failures older than Window are forgotten.
type ThrottlePolicy struct {
	SlowAfter int
	LockAfter int
	LockFor   time.Duration
	Window    time.Duration
}

// Wait returns how long the key must wait from now before its next attempt (0: go ahead).
func (p ThrottlePolicy) Wait(f LoginFailures, now time.Time) time.Duration {
	if f.Count < p.SlowAfter || now.Sub(f.Last) > p.Window {
		return 0
	}
	var until time.Time
	if f.Count >= p.LockAfter {
		until = f.Last.Add(p.LockFor)
	} else {
		until = f.Last.Add(time.Second << min(f.Count-p.SlowAfter, 10))
	}
	if wait := until.Sub(now); wait > 0 {
		return wait
	}
	return 0
}

// Login throttling policies. An account is throttled harder than an address, since many
// people can share an address (an office's NAT) but only one owns an account.
var (
	AccountThrottle = ThrottlePolicy{SlowAfter: 3, LockAfter: 10, LockFor: 15 * time.Minute, Window: 15 * time.Minute}
	AddressThrottle = ThrottlePolicy{SlowAfter: 10, LockAfter: 30, LockFor: 15 * time.Minute, Window: 15 * time.Minute}
)

// ThrottleStore remembers failed logins per key, shared by every server instance.
type ThrottleStore interface {
	// FindLoginFailures returns the failures recorded for key (zero if none).
	FindLoginFailures(ctx context.Context, key string) (LoginFailures, error)
	// RecordLoginFailure counts one more failure for key at now, starting afresh when
	// the last one is older than window.
	RecordLoginFailure(ctx context.Context, key string, now time.Time, window time.Duration) error
	// ClearLoginFailures forgets the failures of key.
	ClearLoginFailures(ctx context.Context, key string) error
}

// RateLimit allows Limit requests per Window for one key (an address, a mobile); a zero
// Limit is no limit.
type RateLimit struct {
	Limit  int
	Window time.Duration
}

// RateHit is one request counted against a key in a window of the given length.
type RateHit struct {
	Key    string
	Window time.Duration
}

// RateCount is a key's count in its current window, and when that window ends.
type RateCount struct {
	Count   int
	ResetAt time.Time
}

// RateCounter counts requests per key in fixed windows, shared by every server instance.
type RateCounter interface {
	// CountRequests counts one request for each hit at now, in one statement, and returns
	// the counts in the order of hits.
	CountRequests(ctx context.Context, hits []RateHit, now time.Time) ([]RateCount, error)
}

// KeyedLimit is a limit applied to one key.
type KeyedLimit struct {
	Key   string
	Limit RateLimit
}

// CheckRates counts one request against each limit and refuses with rate_limited (and
// when to retry) if any is exceeded. Limits that are off are not counted.
func CheckRates(ctx context.Context, counter RateCounter, now time.Time, limits ...KeyedLimit) error {
	var hits []RateHit
	var on []RateLimit
	for _, l := range limits {
		if l.Limit.Limit > 0 {
			hits = append(hits, RateHit{Key: l.Key, Window: l.Limit.Window})
			on = append(on, l.Limit)
		}
	}
	if len(hits) == 0 {
		return nil
	}
	counts, err := counter.CountRequests(ctx, hits, now)
	if err != nil {
		return err
	}
	wait := time.Duration(0)
	for i, c := range counts {
		if c.Count > on[i].Limit {
			wait = max(wait, c.ResetAt.Sub(now))
		}
	}
	if wait > 0 {
		return &Error{Code: ECodeRateLimited, Reason: "too_many_requests",
			Message: "Too many requests from here; try again later.", RetryAfter: int(wait.Seconds()) + 1}
	}
	return nil
}
