package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/redress-project/redress/domain"
	"github.com/redress-project/redress/repo"
	"github.com/redress-project/redress/repo/notify"
)

// wireJobs builds the job queue and the notification services, and makes every change
// of cases queue its notices in its own transaction.
func (m *Main) wireJobs(cases *domain.CaseService, now func() time.Time) (*domain.NotificationService, error) {
	jc := m.Config.Jobs
	jobs, err := repo.NewJobs(m.DB, repo.JobOptions{
		Work: true, Workers: jc.Workers, PollInterval: jc.PollInterval,
		JobTimeout: jc.JobTimeout, RescueAfter: jc.RescueAfter, SweepInterval: jc.SweepInterval,
		Logger: slog.New(quieterThan{slog.Default().Handler(), slog.LevelWarn}).With("component", "jobs"),
	})
	if err != nil {
		return nil, err
	}
	store := repo.NewNotifications(m.DB, jobs)
	senders := senders(jc)
	channels := map[domain.Channel]bool{}
	for ch := range senders {
		channels[ch] = true
	}
	notifications := &domain.NotificationService{Store: store, Channels: channels, Now: now}
	sweep := &domain.DeadlineSweep{Store: store, Cases: cases, AutoCloseDays: jc.AutoCloseDays, AutoCloseNoticeDays: jc.AutoCloseNoticeDays, Now: now}
	jobs.Handlers = repo.JobHandlers{
		Fanout: notifications.Fanout,
		Send: func(ctx context.Context, d domain.Delivery) error {
			s, ok := senders[d.Channel]
			if !ok {
				return nil // the channel was configured away since the job was queued
			}
			return s.Send(ctx, d)
		},
		Sweep: func(ctx context.Context) error {
			res, err := sweep.Run(ctx)
			if err != nil {
				slog.Error("deadline sweep", "notices", res.Notices, "auto_closed", res.AutoClosed, "err", err)
				return err
			}
			// Routine, and run at every start: what it sent is in the notifications.
			slog.Debug("deadline sweep", "notices", res.Notices, "auto_closed", res.AutoClosed)
			return nil
		},
		Maintain: func(ctx context.Context) error {
			n, err := m.DB.DeleteExpired(ctx, now())
			if err != nil {
				slog.Error("maintenance", "err", err)
				return err
			}
			slog.Info("maintenance", "expired_sessions", n.Sessions, "idempotency_keys", n.IdempotencyKeys, "notice_marks", n.NoticeMarks, "rate_counters", n.RateCounters)
			cp, err := m.audit.Checkpoint(ctx)
			if err != nil {
				slog.Error("audit checkpoint", "err", err)
				return err
			}
			slog.Info("audit checkpoint", "id", cp.ID, "cases", cp.Cases, "root", cp.Root)
			return nil
		},
	}
	caseStore, ok := cases.Cases.(*repo.Cases)
	if !ok {
		return nil, fmt.Errorf("jobs: the case store is a %T", cases.Cases)
	}
	caseStore.SetOutbox(jobs)
	m.jobs = jobs
	return notifications, nil
}

// senders are the delivery channels the configuration sets up.
func senders(jc JobConfig) map[domain.Channel]domain.Sender {
	out := map[domain.Channel]domain.Sender{}
	if jc.SMTPHost != "" {
		out[domain.ChannelEmail] = &notify.SMTP{Host: jc.SMTPHost, Port: jc.SMTPPort, From: jc.SMTPFrom,
			User: jc.SMTPUser, Password: jc.SMTPPassword, StartTLS: jc.SMTPStartTLS}
	}
	if jc.SMSWebhookURL != "" {
		out[domain.ChannelSMS] = &notify.Webhook{URL: jc.SMSWebhookURL, Secret: jc.SMSWebhookSecret}
	}
	return out
}

// startJobs starts the workers. They outlive ctx: stopJobs lets the jobs in hand finish
// after the HTTP server stopped.
func (m *Main) startJobs(ctx context.Context) error {
	return m.jobs.Start(context.WithoutCancel(ctx))
}

func (m *Main) stopJobs() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := m.jobs.Stop(ctx); err != nil {
		slog.Error("stopping the jobs", "err", err)
	}
}

// quieterThan drops records below a level: the queue reports its routine at info.
type quieterThan struct {
	slog.Handler
	min slog.Level
}

func (h quieterThan) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= h.min && h.Handler.Enabled(ctx, l)
}

func (h quieterThan) WithAttrs(attrs []slog.Attr) slog.Handler {
	return quieterThan{h.Handler.WithAttrs(attrs), h.min}
}

func (h quieterThan) WithGroup(name string) slog.Handler {
	return quieterThan{h.Handler.WithGroup(name), h.min}
}
