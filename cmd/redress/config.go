package main

import (
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/redress-project/redress/api"
	"github.com/redress-project/redress/domain"
	"github.com/redress-project/redress/repo"
)

// Config is the server's configuration. Each field has a flag and a REDRESS_* environment
// variable; a flag wins over the environment, which wins over the default.
type Config struct {
	DB             string
	Addr           string
	DataDir        string
	LogLevel       string
	LogFormat      string // text, json, or auto: text on a terminal, JSON otherwise
	SessionTTL     time.Duration
	DBMaxConns     int
	SecureCookies  bool
	TrustedProxies string
	Jobs           JobConfig
	Files          string // empty: the data dir; else an s3:// URL
	ClockStart     time.Time
	MetricsToken   string
	RateLimits     string
	now            func() time.Time // the services' clock when a test fixes it; else see clock
}

// defaultRateLimits let a household file its complaints and follow them, and stop a script
// from filing thousands (each of which queues a notice) from one address.
const defaultRateLimits = "intake=20/1h,intake-mobile=5/24h,upload=100/1h,track=600/1h"

// minPostgresConns is the smallest PostgreSQL pool a server can run on.
const minPostgresConns = 4

// DefaultConfig returns the configuration of a development machine.
func DefaultConfig() Config {
	return Config{
		DB:         "sqlite://data/redress.db",
		Addr:       ":8080",
		DataDir:    "data",
		LogLevel:   "info",
		LogFormat:  "auto",
		SessionTTL: 12 * time.Hour,
		DBMaxConns: 20,
		Jobs:       defaultJobConfig(),
		RateLimits: defaultRateLimits,
	}
}

// envVars maps each setting to its environment variable.
var envVars = []struct {
	name string
	set  func(c *Config, v string) error
}{
	{"REDRESS_DB", func(c *Config, v string) error { c.DB = v; return nil }},
	{"REDRESS_ADDR", func(c *Config, v string) error { c.Addr = v; return nil }},
	{"REDRESS_DATA_DIR", func(c *Config, v string) error { c.DataDir = v; return nil }},
	{"REDRESS_LOG_LEVEL", func(c *Config, v string) error { c.LogLevel = v; return nil }},
	{"REDRESS_LOG_FORMAT", func(c *Config, v string) error { c.LogFormat = v; return nil }},
	{"REDRESS_SESSION_TTL", func(c *Config, v string) (err error) { c.SessionTTL, err = time.ParseDuration(v); return }},
	{"REDRESS_DB_MAX_CONNS", func(c *Config, v string) (err error) { c.DBMaxConns, err = strconv.Atoi(v); return }},
	{"REDRESS_SECURE_COOKIES", func(c *Config, v string) (err error) { c.SecureCookies, err = strconv.ParseBool(v); return }},
	{"REDRESS_TRUSTED_PROXIES", func(c *Config, v string) error { c.TrustedProxies = v; return nil }},
	{"REDRESS_FILES", func(c *Config, v string) error { c.Files = v; return nil }},
	{"REDRESS_RATE_LIMITS", func(c *Config, v string) error { c.RateLimits = v; return nil }},
	{"REDRESS_METRICS_TOKEN", func(c *Config, v string) error { c.MetricsToken = v; return nil }},
	{"REDRESS_CLOCK_START", func(c *Config, v string) (err error) { c.ClockStart, err = time.Parse(time.RFC3339, v); return }},
}

// ApplyEnv overrides the configuration with the environment variables that are set.
func (c *Config) ApplyEnv(getenv func(string) string) error {
	for _, e := range append(envVars, jobEnvVars...) {
		if v := getenv(e.name); v != "" {
			if err := e.set(c, v); err != nil {
				return fmt.Errorf("%s=%q: %w", e.name, v, err)
			}
		}
	}
	return nil
}

// bindDB registers the flags every database command takes.
func (c *Config) bindDB(fs *flag.FlagSet) {
	fs.StringVar(&c.DB, "db", c.DB, "database: sqlite://PATH or postgres://USER@HOST/DB (REDRESS_DB)")
	fs.IntVar(&c.DBMaxConns, "db-max-conns", c.DBMaxConns, "PostgreSQL connection pool size (REDRESS_DB_MAX_CONNS)")
	fs.StringVar(&c.LogLevel, "log-level", c.LogLevel, "debug, info, warn or error (REDRESS_LOG_LEVEL)")
	fs.StringVar(&c.LogFormat, "log-format", c.LogFormat, "text, json, or auto: text on a terminal, JSON lines otherwise (REDRESS_LOG_FORMAT)")
	fs.Func("clock-start", "for tests and demos: start the clock at this RFC 3339 instant instead of now (REDRESS_CLOCK_START)", func(v string) (err error) {
		c.ClockStart, err = time.Parse(time.RFC3339, v)
		return err
	})
}

// clock returns the program's clock: the system's, or one that started at ClockStart and
// runs on from there, so that a test can put a whole deployment at a given hour.
func (c Config) clock() func() time.Time {
	if c.now != nil {
		return c.now
	}
	if c.ClockStart.IsZero() {
		return func() time.Time { return time.Now().UTC() }
	}
	offset := time.Until(c.ClockStart)
	return func() time.Time { return time.Now().Add(offset).UTC() }
}

// bindServe registers the flags of `serve`.
func (c *Config) bindServe(fs *flag.FlagSet) {
	c.bindDB(fs)
	fs.StringVar(&c.Addr, "addr", c.Addr, "listen address (REDRESS_ADDR)")
	fs.StringVar(&c.DataDir, "data-dir", c.DataDir, "directory for attachments (REDRESS_DATA_DIR)")
	fs.StringVar(&c.Files, "files", c.Files, "attachments in an S3-compatible store instead of the data dir: s3://KEY:SECRET@HOST/BUCKET[/PREFIX][?secure=false] (REDRESS_FILES)")
	fs.DurationVar(&c.SessionTTL, "session-ttl", c.SessionTTL, "how long a login lasts (REDRESS_SESSION_TTL)")
	fs.BoolVar(&c.SecureCookies, "secure-cookies", c.SecureCookies, "mark cookies Secure; set it behind HTTPS (REDRESS_SECURE_COOKIES)")
	fs.StringVar(&c.RateLimits, "rate-limits", c.RateLimits, "abuse limits per client address (intake, upload, track) and per consumer mobile (intake-mobile), as NAME=COUNT/DURATION,...; off for none (REDRESS_RATE_LIMITS)")
	fs.StringVar(&c.MetricsToken, "metrics-token", c.MetricsToken, "bearer token for /metrics; without one only this machine may read them (REDRESS_METRICS_TOKEN)")
	fs.StringVar(&c.TrustedProxies, "trusted-proxies", c.TrustedProxies, "comma-separated proxy addresses whose X-Forwarded-For is trusted (REDRESS_TRUSTED_PROXIES)")
	c.Jobs.bind(fs)
}

// Validate fails fast on a setting that cannot work, naming it.
func (c Config) Validate() error {
	var errs []error
	if _, err := repo.DialectOf(c.DB); err != nil {
		errs = append(errs, fmt.Errorf("--db: %w", err))
	}
	if c.Addr == "" {
		errs = append(errs, errors.New("--addr: must not be empty"))
	}
	if c.DataDir == "" {
		errs = append(errs, errors.New("--data-dir: must not be empty"))
	}
	if c.SessionTTL < time.Minute || c.SessionTTL > 30*24*time.Hour {
		errs = append(errs, fmt.Errorf("--session-ttl: %s is outside 1m..720h", c.SessionTTL))
	}
	if c.Files != "" && !strings.HasPrefix(c.Files, "s3://") {
		errs = append(errs, errors.New("--files: use s3://KEY:SECRET@HOST/BUCKET[/PREFIX], or leave it empty for the data dir"))
	}
	if d, _ := repo.DialectOf(c.DB); d == repo.Postgres && c.DBMaxConns < minPostgresConns {
		errs = append(errs, fmt.Errorf("--db-max-conns: %d is too few for PostgreSQL: at least %d (one listens for role changes, and migrating holds a lock on one while using another)", c.DBMaxConns, minPostgresConns))
	} else if c.DBMaxConns < 1 {
		errs = append(errs, fmt.Errorf("--db-max-conns: %d must be at least 1", c.DBMaxConns))
	}
	if _, err := c.slogLevel(); err != nil {
		errs = append(errs, err)
	}
	if _, err := c.limits(); err != nil {
		errs = append(errs, err)
	}
	if c.LogFormat != "auto" && c.LogFormat != "text" && c.LogFormat != "json" {
		errs = append(errs, fmt.Errorf("--log-format: %q is not text, json or auto", c.LogFormat))
	}
	errs = append(errs, c.Jobs.validate()...)
	return errors.Join(errs...)
}

func (c Config) slogLevel() (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(c.LogLevel)); err != nil {
		return 0, fmt.Errorf("--log-level: %q is not debug, info, warn or error", c.LogLevel)
	}
	return l, nil
}

func (c Config) proxies() []string {
	var out []string
	for _, p := range strings.Split(c.TrustedProxies, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// limits parses RateLimits: "intake=20/1h,track=600/1h" (a name left out is not limited),
// or "off".
func (c Config) limits() (api.Limits, error) {
	var l api.Limits
	if c.RateLimits == "off" || c.RateLimits == "" {
		return l, nil
	}
	targets := map[string]*domain.RateLimit{"intake": &l.Intake, "intake-mobile": &l.IntakeMobile, "upload": &l.Upload, "track": &l.Track}
	for _, part := range strings.Split(c.RateLimits, ",") {
		name, spec, _ := strings.Cut(strings.TrimSpace(part), "=")
		count, window, _ := strings.Cut(spec, "/")
		n, err1 := strconv.Atoi(count)
		d, err2 := time.ParseDuration(window)
		target := targets[name]
		if target == nil || err1 != nil || err2 != nil || n < 1 || d < time.Second {
			return l, fmt.Errorf("--rate-limits: %q is not NAME=COUNT/DURATION with NAME one of intake, intake-mobile, upload, track (e.g. intake=20/1h)", part)
		}
		*target = domain.RateLimit{Limit: n, Window: d}
	}
	return l, nil
}
