package main

import (
	"strings"
	"testing"
	"time"
)

func TestJobConfig(t *testing.T) {
	t.Run("EnvThenFlags", func(t *testing.T) {
		c := DefaultConfig()
		err := c.ApplyEnv(env(map[string]string{"REDRESS_SMTP_HOST": "mail.example.org", "REDRESS_SMTP_FROM": "noreply@example.org",
			"REDRESS_SMTP_STARTTLS": "false", "REDRESS_JOB_RESCUE_AFTER": "5m", "REDRESS_AUTO_CLOSE_DAYS": "20"}))
		if err != nil {
			t.Fatal(err)
		}
		if c.Jobs.SMTPHost != "mail.example.org" || c.Jobs.SMTPStartTLS || c.Jobs.SMTPPort != 587 || c.Jobs.RescueAfter != 5*time.Minute ||
			c.Jobs.AutoCloseDays != 20 || c.Jobs.AutoCloseNoticeDays != 3 {
			t.Fatalf("jobs = %+v", c.Jobs)
		}
		if err := c.Validate(); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("ErrBadEnvValue", func(t *testing.T) {
		_, _, err := runCmd(t, env(map[string]string{"REDRESS_JOB_TIMEOUT": "soon"}), "serve")
		if err == nil || !strings.Contains(err.Error(), "REDRESS_JOB_TIMEOUT") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("ErrSeveralBadValues", func(t *testing.T) {
		_, _, err := runCmd(t, env(nil), "serve", "--smtp-host", "mail.example.org", "--sms-webhook-url", "https://sms.example.org/send",
			"--job-timeout", "2h", "--auto-close-days", "2", "--auto-close-notice-days", "3")
		for _, want := range []string{"--smtp-from", "--sms-webhook-secret", "--job-rescue-after", "--auto-close-notice-days"} {
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("err = %v, want it to name %s", err, want)
			}
		}
		_, _, err = runCmd(t, env(nil), "serve", "--smtp-from", "Redress <noreply@example.org>")
		if err == nil || !strings.Contains(err.Error(), "bare address") {
			t.Errorf("err = %v", err)
		}
	})
}
