package domain

import (
	"strings"
	"testing"
	"time"
)

func TestPassword(t *testing.T) {
	h, err := HashPassword("correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Fatalf("hash = %s", h)
	}
	if !CheckPassword(h, "correct horse battery") {
		t.Error("the right password does not match")
	}
	if CheckPassword(h, "correct horse battery!") {
		t.Error("a wrong password matches")
	}
	if h2, _ := HashPassword("correct horse battery"); h2 == h {
		t.Error("two hashes of one password are equal: no salt")
	}
	for _, bad := range []string{"", "plain", "$bcrypt$x$y$z$w", strings.Replace(h, "v=19", "v=1", 1)} {
		if CheckPassword(bad, "correct horse battery") {
			t.Errorf("malformed hash %q matched", bad)
		}
	}
}

func TestThrottlePolicy(t *testing.T) {
	p := ThrottlePolicy{SlowAfter: 3, LockAfter: 10, LockFor: 15 * time.Minute, Window: 15 * time.Minute}
	last := time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		count int
		since time.Duration
		want  time.Duration
	}{
		{"FewFailures", 2, 0, 0},
		{"SlowAfterThree", 3, 0, time.Second},
		{"SlowWaitPassed", 3, time.Second, 0},
		{"Doubles", 5, time.Second, 3 * time.Second},
		{"Locked", 10, time.Minute, 14 * time.Minute},
		{"LockExpires", 12, 15 * time.Minute, 0},
		{"OldFailuresForgotten", 9, 16 * time.Minute, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := p.Wait(LoginFailures{Count: tt.count, Last: last}, last.Add(tt.since)); got != tt.want {
				t.Errorf("Wait = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestValidEmail(t *testing.T) {
	for s, want := range map[string]bool{
		"zw@example.com": true, "a.b+c@redress.test": true,
		"": false, "zw": false, "zw@localhost": false, "张伟 <zw@example.com>": false, "zw@example.com ": false,
	} {
		if got := ValidEmail(s); got != want {
			t.Errorf("ValidEmail(%q) = %v", s, got)
		}
	}
	if NormalizeEmail("  ZW@Example.COM ") != "zw@example.com" {
		t.Error("NormalizeEmail")
	}
}
