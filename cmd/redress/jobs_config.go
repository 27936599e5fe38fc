package main

import (
	"errors"
	"flag"
	"fmt"
	"net/mail"
	"strconv"
	"time"
)

// JobConfig configures notifications and the background jobs.
type JobConfig struct {
	SMTPHost     string
	SMTPPort     int
	SMTPFrom     string
	SMTPUser     string
	SMTPPassword string
	SMTPStartTLS bool

	SMSWebhookURL    string
	SMSWebhookSecret string

	Workers       int
	PollInterval  time.Duration
	JobTimeout    time.Duration
	RescueAfter   time.Duration
	SweepInterval time.Duration

	AutoCloseDays       int
	AutoCloseNoticeDays int
}

func defaultJobConfig() JobConfig {
	return JobConfig{
		SMTPPort: 587, SMTPStartTLS: true,
		Workers: 10, PollInterval: time.Second, JobTimeout: time.Minute, RescueAfter: time.Hour, SweepInterval: time.Hour,
		AutoCloseDays: 15, AutoCloseNoticeDays: 3,
	}
}

// jobEnvVars are the REDRESS_* variables of the job settings.
var jobEnvVars = []struct {
	name string
	set  func(c *Config, v string) error
}{
	{"REDRESS_SMTP_HOST", func(c *Config, v string) error { c.Jobs.SMTPHost = v; return nil }},
	{"REDRESS_SMTP_PORT", func(c *Config, v string) (err error) { c.Jobs.SMTPPort, err = strconv.Atoi(v); return }},
	{"REDRESS_SMTP_FROM", func(c *Config, v string) error { c.Jobs.SMTPFrom = v; return nil }},
	{"REDRESS_SMTP_USER", func(c *Config, v string) error { c.Jobs.SMTPUser = v; return nil }},
	{"REDRESS_SMTP_PASSWORD", func(c *Config, v string) error { c.Jobs.SMTPPassword = v; return nil }},
	{"REDRESS_SMTP_STARTTLS", func(c *Config, v string) (err error) { c.Jobs.SMTPStartTLS, err = strconv.ParseBool(v); return }},
	{"REDRESS_SMS_WEBHOOK_URL", func(c *Config, v string) error { c.Jobs.SMSWebhookURL = v; return nil }},
	{"REDRESS_SMS_WEBHOOK_SECRET", func(c *Config, v string) error { c.Jobs.SMSWebhookSecret = v; return nil }},
	{"REDRESS_JOB_WORKERS", func(c *Config, v string) (err error) { c.Jobs.Workers, err = strconv.Atoi(v); return }},
	{"REDRESS_JOB_POLL_INTERVAL", func(c *Config, v string) (err error) { c.Jobs.PollInterval, err = time.ParseDuration(v); return }},
	{"REDRESS_JOB_TIMEOUT", func(c *Config, v string) (err error) { c.Jobs.JobTimeout, err = time.ParseDuration(v); return }},
	{"REDRESS_JOB_RESCUE_AFTER", func(c *Config, v string) (err error) { c.Jobs.RescueAfter, err = time.ParseDuration(v); return }},
	{"REDRESS_SWEEP_INTERVAL", func(c *Config, v string) (err error) { c.Jobs.SweepInterval, err = time.ParseDuration(v); return }},
	{"REDRESS_AUTO_CLOSE_DAYS", func(c *Config, v string) (err error) { c.Jobs.AutoCloseDays, err = strconv.Atoi(v); return }},
	{"REDRESS_AUTO_CLOSE_NOTICE_DAYS", func(c *Config, v string) (err error) { c.Jobs.AutoCloseNoticeDays, err = strconv.Atoi(v); return }},
}

// bind registers the flags of the job settings on `serve`.
func (j *JobConfig) bind(fs *flag.FlagSet) {
	fs.StringVar(&j.SMTPHost, "smtp-host", j.SMTPHost, "SMTP relay for email notifications; empty sends none (REDRESS_SMTP_HOST)")
	fs.IntVar(&j.SMTPPort, "smtp-port", j.SMTPPort, "SMTP relay port (REDRESS_SMTP_PORT)")
	fs.StringVar(&j.SMTPFrom, "smtp-from", j.SMTPFrom, "sender address of notification emails (REDRESS_SMTP_FROM)")
	fs.StringVar(&j.SMTPUser, "smtp-user", j.SMTPUser, "SMTP user, if the relay wants a login (REDRESS_SMTP_USER)")
	fs.StringVar(&j.SMTPPassword, "smtp-password", j.SMTPPassword, "SMTP password (REDRESS_SMTP_PASSWORD)")
	fs.BoolVar(&j.SMTPStartTLS, "smtp-starttls", j.SMTPStartTLS, "upgrade the SMTP connection with STARTTLS (REDRESS_SMTP_STARTTLS)")
	fs.StringVar(&j.SMSWebhookURL, "sms-webhook-url", j.SMSWebhookURL, "SMS gateway webhook for text notifications; empty sends none (REDRESS_SMS_WEBHOOK_URL)")
	fs.StringVar(&j.SMSWebhookSecret, "sms-webhook-secret", j.SMSWebhookSecret, "shared secret of the webhook's HMAC signature (REDRESS_SMS_WEBHOOK_SECRET)")
	fs.IntVar(&j.Workers, "job-workers", j.Workers, "jobs worked at once by this instance (REDRESS_JOB_WORKERS)")
	fs.DurationVar(&j.PollInterval, "job-poll-interval", j.PollInterval, "how often idle workers look for jobs (REDRESS_JOB_POLL_INTERVAL)")
	fs.DurationVar(&j.JobTimeout, "job-timeout", j.JobTimeout, "how long one attempt of a job may run (REDRESS_JOB_TIMEOUT)")
	fs.DurationVar(&j.RescueAfter, "job-rescue-after", j.RescueAfter, "when a job whose instance died goes to another (REDRESS_JOB_RESCUE_AFTER)")
	fs.DurationVar(&j.SweepInterval, "sweep-interval", j.SweepInterval, "how often deadlines are checked for reminders, escalation and auto-close (REDRESS_SWEEP_INTERVAL)")
	fs.IntVar(&j.AutoCloseDays, "auto-close-days", j.AutoCloseDays, "days a case in mediation may wait on the consumer before it closes; 0 never (REDRESS_AUTO_CLOSE_DAYS)")
	fs.IntVar(&j.AutoCloseNoticeDays, "auto-close-notice-days", j.AutoCloseNoticeDays, "days before the auto-close the consumer is warned (REDRESS_AUTO_CLOSE_NOTICE_DAYS)")
}

// validate names each job setting that cannot work.
func (j JobConfig) validate() []error {
	var errs []error
	if j.SMTPHost != "" && j.SMTPFrom == "" {
		errs = append(errs, errors.New("--smtp-from: needed with --smtp-host"))
	}
	if a, err := mail.ParseAddress(j.SMTPFrom); j.SMTPFrom != "" && (err != nil || a.Name != "") {
		errs = append(errs, fmt.Errorf("--smtp-from: %q is not a bare address such as noreply@example.org", j.SMTPFrom))
	}
	if j.SMTPPort < 1 || j.SMTPPort > 65535 {
		errs = append(errs, fmt.Errorf("--smtp-port: %d is not a port", j.SMTPPort))
	}
	if j.SMSWebhookURL != "" && j.SMSWebhookSecret == "" {
		errs = append(errs, errors.New("--sms-webhook-secret: needed with --sms-webhook-url"))
	}
	if j.Workers < 1 {
		errs = append(errs, fmt.Errorf("--job-workers: %d must be at least 1", j.Workers))
	}
	if j.PollInterval < 10*time.Millisecond {
		errs = append(errs, fmt.Errorf("--job-poll-interval: %s is too short", j.PollInterval))
	}
	if j.JobTimeout < time.Second || j.RescueAfter < j.JobTimeout {
		errs = append(errs, fmt.Errorf("--job-timeout, --job-rescue-after: need 1s <= timeout (%s) <= rescue-after (%s)", j.JobTimeout, j.RescueAfter))
	}
	if j.SweepInterval < 100*time.Millisecond {
		errs = append(errs, fmt.Errorf("--sweep-interval: %s is too short", j.SweepInterval))
	}
	if j.AutoCloseDays < 0 || j.AutoCloseNoticeDays < 0 || (j.AutoCloseDays > 0 && j.AutoCloseNoticeDays >= j.AutoCloseDays) {
		errs = append(errs, fmt.Errorf("--auto-close-notice-days: %d must be fewer than --auto-close-days %d", j.AutoCloseNoticeDays, j.AutoCloseDays))
	}
	return errs
}
