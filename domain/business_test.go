package domain

import (
	"context"
	"testing"
	"time"
)

func TestNormalizeBusinessName(t *testing.T) {
	same := [][]string{
		{"某某健康科技有限公司", " 某某健康科技 有限公司 ", "某某健康科技\u3000有限公司", "某某健康\u200b科技有限公司"},
		{"ABC电器（深圳）有限公司", "ＡＢＣ电器(深圳)有限公司", "abc 电器【深圳】有限公司", "Abc电器[深圳]有限公司"},
		{"迪某·上海乐园有限公司", "迪某・上海乐园有限公司", "迪某上海乐园有限公司"},
		{"A&B贸易有限公司", "Ａ＆Ｂ贸易有限公司", "a & b贸易有限公司"},
	}
	for _, names := range same {
		want := NormalizeBusinessName(names[0])
		for _, n := range names[1:] {
			if got := NormalizeBusinessName(n); got != want {
				t.Errorf("%q -> %q, want %q (as %q)", n, got, want, names[0])
			}
		}
	}
	// Different legal forms, brackets' contents and A&B against AB stay apart.
	apart := [][2]string{
		{"某某科技有限公司", "某某科技有限责任公司"},
		{"某某科技有限公司", "某某科技股份有限公司"},
		{"某某（深圳）科技有限公司", "某某科技有限公司"},
		{"A&B贸易有限公司", "AB贸易有限公司"},
	}
	for _, p := range apart {
		if NormalizeBusinessName(p[0]) == NormalizeBusinessName(p[1]) {
			t.Errorf("%q and %q fold together", p[0], p[1])
		}
	}
}

type mergeStore struct{ got *BusinessMerge }

func (s *mergeStore) MergeBusinesses(_ context.Context, m *BusinessMerge) error {
	s.got = m
	return nil
}

func TestBusinessMergeChecks(t *testing.T) {
	store := &mergeStore{}
	s := &BusinessService{Store: store, Now: func() time.Time { return time.Unix(0, 0) }}
	staff := Actor{Kind: ActorStaff, UserID: 9, Name: "平台管理员"}
	if _, err := s.Merge(context.Background(), staff, 3, 3); CodeOf(err) != ECodeInvalid {
		t.Fatalf("into itself: %v", err)
	}
	if _, err := s.Merge(context.Background(), staff, 3, 0); CodeOf(err) != ECodeInvalid {
		t.Fatalf("into nothing: %v", err)
	}
	if _, err := s.Merge(context.Background(), Actor{Kind: ActorBusiness, BusinessID: 3}, 3, 4); CodeOf(err) != ECodeForbidden {
		t.Fatalf("a business user: %v", err)
	}
	if m, err := s.Merge(context.Background(), staff, 3, 4); err != nil || store.got != m || m.UserID != 9 || m.UserName != "平台管理员" {
		t.Fatalf("merge = %+v, %v", m, err)
	}
}
