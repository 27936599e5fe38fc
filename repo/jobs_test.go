package repo_test

import (
	"errors"
	"testing"
	"time"

	"gorm.io/gorm"

	"github.com/redress-project/redress/domain"
	"github.com/redress-project/redress/repo"
	"github.com/redress-project/redress/repo/repotest"
)

func countJobs(t *testing.T, db *repo.DB, kind string) int64 {
	t.Helper()
	var n int64
	if err := db.Gorm.Table("river_job").Where("kind = ?", kind).Count(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}

// TestOutboxCommitsWithTheChange shows the notices of a change are queued in its
// transaction: none when it rolls back, all when it commits.
func TestOutboxCommitsWithTheChange(t *testing.T) {
	repotest.Run(t, func(t *testing.T, dbURL string) {
		db := mustOpen(t, dbURL)
		jobs, err := repo.NewJobs(db, repo.JobOptions{})
		if err != nil {
			t.Fatal(err)
		}
		c := &domain.Case{ID: 42, Status: domain.StatusInMediation}
		events := []domain.Event{{CaseID: 42, Seq: 3, Type: string(domain.ActionStartMediation), Payload: map[string]any{}}}
		errRollback := errors.New("rolled back")
		err = db.Gorm.Transaction(func(tx *gorm.DB) error {
			if err := jobs.CaseChanged(tx, c, events); err != nil {
				return err
			}
			if n := countJobs(t, &repo.DB{Gorm: tx, Dialect: db.Dialect}, "notify"); n != 2 {
				t.Errorf("inside the transaction: %d notices", n)
			}
			return errRollback
		})
		if !errors.Is(err, errRollback) {
			t.Fatal(err)
		}
		if n := countJobs(t, db, "notify"); n != 0 {
			t.Fatalf("after a rollback: %d notices queued", n)
		}
		if err := db.Gorm.Transaction(func(tx *gorm.DB) error { return jobs.CaseChanged(tx, c, events) }); err != nil {
			t.Fatal(err)
		}
		if n := countJobs(t, db, "notify"); n != 2 {
			t.Fatalf("after the commit: %d notices queued, want the consumer's and the business's", n)
		}
		// Seeing the same change again (a retry) queues nothing more.
		if err := db.Gorm.Transaction(func(tx *gorm.DB) error { return jobs.CaseChanged(tx, c, events) }); err != nil {
			t.Fatal(err)
		}
		if n := countJobs(t, db, "notify"); n != 2 {
			t.Fatalf("after a repeat: %d notices queued", n)
		}
	})
}

// TestFanoutOnce shows a notice's deliveries are queued once, however often it is fanned out.
func TestFanoutOnce(t *testing.T) {
	repotest.Run(t, func(t *testing.T, dbURL string) {
		db := mustOpen(t, dbURL)
		jobs, err := repo.NewJobs(db, repo.JobOptions{})
		if err != nil {
			t.Fatal(err)
		}
		store := repo.NewNotifications(db, jobs)
		u := mustUser(t, db, "fanout@example.com")
		inApp := []domain.Notification{{UserID: u.ID, Kind: domain.NoticeMessage, Subject: "s", Body: "b"}}
		deliveries := []domain.Delivery{{Key: "k:email:a@example.com", Channel: domain.ChannelEmail, To: "a@example.com", Subject: "s", Body: "b"}}
		for i, want := range []bool{true, false, false} {
			done, err := store.SaveFanout(ctx, "event:1:1:consumer", inApp, deliveries, time.Now())
			if err != nil || done != want {
				t.Fatalf("fan-out %d = %v, %v; want %v", i, done, err, want)
			}
		}
		page, err := store.FindNotifications(ctx, u.ID, "", 10)
		if err != nil || len(page.Items) != 1 || page.Unread != 1 || countJobs(t, db, "deliver") != 1 {
			t.Fatalf("page = %+v, %v; deliveries %d", page, err, countJobs(t, db, "deliver"))
		}
	})
}

// TestDeleteExpired shows the nightly maintenance removes expired sessions, day-old
// idempotency keys, the marks of notices sent three months ago and rate counters whose
// window ended, and nothing else.
func TestDeleteExpired(t *testing.T) {
	repotest.Run(t, func(t *testing.T, dbURL string) {
		db := mustOpen(t, dbURL)
		u := mustUser(t, db, "sessions@example.com")
		now := time.Now().UTC()
		sessions := repo.NewSessions(db)
		for _, s := range []domain.Session{
			{ID: "old", UserID: u.ID, CSRFToken: "c", CreatedAt: now.Add(-48 * time.Hour), ExpiresAt: now.Add(-time.Hour), LastSeenAt: now.Add(-47 * time.Hour)},
			{ID: "live", UserID: u.ID, CSRFToken: "c", CreatedAt: now, ExpiresAt: now.Add(time.Hour), LastSeenAt: now},
		} {
			if err := sessions.CreateSession(ctx, &s); err != nil {
				t.Fatal(err)
			}
		}
		keys := repo.NewIdempotency(db)
		for key, at := range map[string]time.Time{"old": now.Add(-25 * time.Hour), "new": now.Add(-time.Hour)} {
			if _, err := keys.ClaimIdempotencyKey(ctx, key, "h", at, time.Minute); err != nil {
				t.Fatal(err)
			}
		}
		jobs, err := repo.NewJobs(db, repo.JobOptions{})
		if err != nil {
			t.Fatal(err)
		}
		marks := repo.NewNotifications(db, jobs)
		for key, at := range map[string]time.Time{"old": now.AddDate(0, 0, -91), "new": now.AddDate(0, 0, -89)} {
			if _, err := marks.SaveFanout(ctx, key, nil, nil, at); err != nil {
				t.Fatal(err)
			}
		}
		rates := repo.NewThrottle(db)
		if _, err := rates.CountRequests(ctx, []domain.RateHit{{Key: "intake:192.0.2.1", Window: time.Hour}}, now.Add(-2*time.Hour)); err != nil {
			t.Fatal(err)
		}
		if _, err := rates.CountRequests(ctx, []domain.RateHit{{Key: "intake:192.0.2.2", Window: time.Hour}}, now); err != nil {
			t.Fatal(err)
		}
		n, err := db.DeleteExpired(ctx, now)
		if err != nil || n != (repo.Expired{Sessions: 1, IdempotencyKeys: 1, NoticeMarks: 1, RateCounters: 1}) {
			t.Fatalf("deleted %+v, %v", n, err)
		}
		if _, err := sessions.FindSession(ctx, "live", now); err != nil {
			t.Fatal(err)
		}
	})
}

// TestQueueNoticesOncePerKey shows a sweep finding the same deadline again, later, queues
// nothing new while the first notice waits.
func TestQueueNoticesOncePerKey(t *testing.T) {
	repotest.Run(t, func(t *testing.T, dbURL string) {
		db := mustOpen(t, dbURL)
		jobs, err := repo.NewJobs(db, repo.JobOptions{})
		if err != nil {
			t.Fatal(err)
		}
		store := repo.NewNotifications(db, jobs)
		n := domain.Notice{Key: "reminder:1:accepted:2026-12-07", Kind: domain.NoticeDeadlineReminder, CaseID: 1, Audience: domain.AudienceMediator}
		for i := range 3 {
			n.At = time.Now().Add(time.Duration(i) * time.Hour)
			if err := store.QueueNotices(ctx, []domain.Notice{n}); err != nil {
				t.Fatal(err)
			}
		}
		if got := countJobs(t, db, "notify"); got != 1 {
			t.Fatalf("%d notices queued", got)
		}
	})
}
