// Command redress is the Redress server and its operator tools.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/redress-project/redress/api"
	"github.com/redress-project/redress/domain"
	"github.com/redress-project/redress/domain/anonymize"
	"github.com/redress-project/redress/frontend"
	"github.com/redress-project/redress/repo"
	"github.com/redress-project/redress/repo/demo"
	"github.com/redress-project/redress/repo/objectstore"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

const usage = `redress — complaint case management for consumer associations

Usage:
  redress serve [flags]              serve the API and the web app
  redress migrate up|down|status     apply, roll back one, or list the migrations
  redress seed --demo                create the demo associations, accounts and complaints
  redress seed --cases N             generate N more realistic complaints quickly
  redress audit verify               check the hash chain of every case's events
  redress anonymize [--json]         scrub personal data from text on standard input
  redress anonymize eval             measure the anonymizer on a generated labeled corpus
  redress bench [--cases N]          seed a fresh database and measure the API against raw SQL
  redress version                    print the version

Run "redress COMMAND --help" for a command's flags. Every flag has a REDRESS_*
environment variable; the flag wins.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr)
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
	case errors.Is(err, errUsage):
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "redress:", err)
		os.Exit(1)
	}
}

var errUsage = errors.New("usage")

// run dispatches a command line; tests call it directly.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprint(stdout, usage)
		if len(args) == 0 {
			return errUsage
		}
		return nil
	}
	cfg := DefaultConfig()
	if err := cfg.ApplyEnv(getenv); err != nil {
		return err
	}
	cmd, args := args[0], args[1:]
	fs := flag.NewFlagSet("redress "+cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	switch cmd {
	case "serve":
		noMigrate := fs.Bool("no-migrate", false, "do not apply pending migrations at start")
		cfg.bindServe(fs)
		if err := parse(fs, args, &cfg); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			return fmt.Errorf("serve takes no arguments, got %q", fs.Args())
		}
		return serve(ctx, cfg, !*noMigrate, stdout, stderr)
	case "migrate":
		cfg.bindDB(fs)
		fs.Usage = func() { fmt.Fprintln(stderr, "Usage: redress migrate up|down|status [flags]"); fs.PrintDefaults() }
		if err := parse(fs, args, &cfg); err != nil {
			return err
		}
		return migrate(ctx, cfg, fs.Args(), stdout, stderr)
	case "seed":
		demoData := fs.Bool("demo", false, "create the demo associations, accounts and complaints (idempotent)")
		complaints := fs.Int("complaints", 3000, "how many demo complaints to file when the database has none")
		cases := fs.Int("cases", 0, "generate this many more complaints, with their histories (for scale tests)")
		cfg.bindDB(fs)
		if err := parse(fs, args, &cfg); err != nil {
			return err
		}
		if (!*demoData && *cases <= 0) || fs.NArg() > 0 {
			fmt.Fprintln(stderr, "redress seed: say what to seed: --demo, or --cases N")
			return errUsage
		}
		return seed(ctx, cfg, *complaints, *cases, stdout, stderr)
	case "audit":
		cfg.bindDB(fs)
		fs.Usage = func() { fmt.Fprintln(stderr, "Usage: redress audit verify [flags]"); fs.PrintDefaults() }
		if err := parse(fs, args, &cfg); err != nil {
			return err
		}
		if fs.NArg() != 1 || fs.Arg(0) != "verify" {
			fmt.Fprintln(stderr, "redress audit: say what to do: verify")
			return errUsage
		}
		return auditVerify(ctx, cfg, stdout, stderr)
	case "anonymize":
		return anonymizeCommand(args, os.Stdin, stdout, stderr)
	case "bench":
		return benchCommand(ctx, args, stdout, stderr)
	case "version":
		fmt.Fprintln(stdout, "redress", version)
		return nil
	}
	fmt.Fprintf(stderr, "redress: unknown command %q\n\n%s", cmd, usage)
	return errUsage
}

// parse reads flags wherever they stand among the arguments ("migrate up --db X" and
// "migrate --db X up" alike), then validates the configuration. fs.Args() afterwards are
// the positional arguments.
func parse(fs *flag.FlagSet, args []string, cfg *Config) error {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			break
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if err := fs.Parse(append([]string{"--"}, positional...)); err != nil {
		return err
	}
	if err := cfg.Validate(); err != nil {
		return fmt.Errorf("bad configuration:\n%w", err)
	}
	return nil
}

func setupLogging(cfg Config, w io.Writer) {
	level, _ := cfg.slogLevel()
	slog.SetDefault(slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: level})))
}

// openDB opens the database and, when asked, brings its schema and reference data up to date.
func openDB(ctx context.Context, cfg Config, migrateUp bool) (*repo.DB, error) {
	db, err := repo.Open(ctx, cfg.DB, repo.Options{MaxOpenConns: cfg.DBMaxConns, MaxIdleConns: cfg.DBMaxConns, ConnMaxLifetime: time.Hour})
	if err != nil {
		return nil, err
	}
	if migrateUp {
		if err := migrateAndLoad(ctx, db); err != nil {
			db.Close()
			return nil, err
		}
	}
	return db, nil
}

func migrateAndLoad(ctx context.Context, db *repo.DB) error {
	m, err := repo.NewMigrator(db)
	if err != nil {
		return err
	}
	applied, err := m.Up(ctx)
	if err != nil {
		return err
	}
	for _, r := range applied {
		slog.Info("migration applied", "version", r.Version, "name", r.Name)
	}
	return db.LoadReferenceData(ctx)
}

func migrate(ctx context.Context, cfg Config, args []string, stdout, stderr io.Writer) error {
	if len(args) != 1 || (args[0] != "up" && args[0] != "down" && args[0] != "status") {
		return fmt.Errorf("migrate needs one of up, down, status; got %q", args)
	}
	setupLogging(cfg, stderr)
	db, err := openDB(ctx, cfg, false)
	if err != nil {
		return err
	}
	defer db.Close()
	m, err := repo.NewMigrator(db)
	if err != nil {
		return err
	}
	switch args[0] {
	case "up":
		if err := migrateAndLoad(ctx, db); err != nil {
			return err
		}
		fmt.Fprintln(stdout, "migrations: up to date")
	case "down":
		r, err := m.Down(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "rolled back %d %s\n", r.Version, r.Name)
	case "status":
		st, err := m.Status(ctx)
		if err != nil {
			return err
		}
		for _, s := range st {
			state := "pending"
			if s.Applied {
				state = "applied"
			}
			fmt.Fprintf(stdout, "%04d  %-8s %s\n", s.Version, state, s.Name)
		}
	}
	return nil
}

func seed(ctx context.Context, cfg Config, complaints, cases int, stdout, stderr io.Writer) error {
	setupLogging(cfg, stderr)
	db, err := openDB(ctx, cfg, true)
	if err != nil {
		return err
	}
	defer db.Close()
	now := time.Now().UTC()
	if err := demo.Seed(ctx, db, now); err != nil {
		return err
	}
	var existing int64
	if err := db.Gorm.Table("cases").Count(&existing).Error; err != nil {
		return err
	}
	n := cases
	if existing == 0 && cases == 0 {
		n = complaints // the demo's complaints go into an empty database only
	}
	if n > 0 {
		gen, err := demo.NewGenerator(ctx, db, n, now, uint64(now.UnixNano()))
		if err != nil {
			return err
		}
		start := time.Now()
		bar := progressBar(stderr, n, start)
		if err := gen.Generate(ctx, db, n, bar); err != nil {
			return err
		}
		elapsed := time.Since(start)
		fmt.Fprintf(stdout, "Filed %d complaints in %s (%.0f a second).\n", n, elapsed.Round(100*time.Millisecond), float64(n)/elapsed.Seconds())
		if existing == 0 && cases == 0 {
			clock := func() time.Time { return time.Now().UTC() }
			cs := newCaseService(db, &domain.AssociationService{Store: repo.NewAssociations(db), Now: clock}, cfg.DataDir, clock)
			studies := repo.NewCaseStudies(db)
			svc := &domain.CaseStudyService{Store: studies, Tips: studies, Cases: cs, K: 5, Now: clock}
			published, err := demo.PublishCaseStudies(ctx, db, svc, min(300, n/10))
			if err != nil {
				return err
			}
			fmt.Fprintf(stdout, "Published %d case studies.\n", published)
		}
	}
	fmt.Fprintln(stdout, "Demo data is in place.")
	demo.PrintAccounts(stdout)
	return nil
}

// progressBar returns a progress callback that redraws one line on w.
func progressBar(w io.Writer, total int, start time.Time) func(done int) {
	return func(done int) {
		const width = 30
		filled := width * done / total
		rate := float64(done) / time.Since(start).Seconds()
		fmt.Fprintf(w, "\r[%s%s] %3d%% %d/%d  %.0f/s", strings.Repeat("#", filled), strings.Repeat(".", width-filled), 100*done/total, done, total, rate)
		if done == total {
			fmt.Fprintln(w)
		}
	}
}

// auditVerify walks every case's event chain and fails naming the first broken link.
func auditVerify(ctx context.Context, cfg Config, stdout, stderr io.Writer) error {
	setupLogging(cfg, stderr)
	db, err := openDB(ctx, cfg, false)
	if err != nil {
		return err
	}
	defer db.Close()
	now := func() time.Time { return time.Now().UTC() }
	svc := newCaseService(db, nil, cfg.DataDir, now)
	n, breaks, err := svc.VerifyAudit(ctx)
	if err != nil {
		return err
	}
	if len(breaks) > 0 {
		for _, b := range breaks {
			fmt.Fprintf(stdout, "case %d: event %d: %s\n", b.CaseID, b.Seq, b.Why)
		}
		return fmt.Errorf("audit: %d of %d case histories are broken; the first is case %d at event %d", len(breaks), n, breaks[0].CaseID, breaks[0].Seq)
	}
	fmt.Fprintf(stdout, "audit: the event chains of %d cases are intact\n", n)
	return nil
}

func serve(ctx context.Context, cfg Config, migrateUp bool, stdout, stderr io.Writer) error {
	setupLogging(cfg, stderr)
	m, err := OpenMain(ctx, cfg, migrateUp)
	if err != nil {
		return err
	}
	defer m.Close()
	go anonymize.Preload() // the anonymizer's name model loads now, not in the first request that drafts a case study
	fmt.Fprintf(stdout, "Redress %s is serving on %s\n", version, m.URL())
	if _, err := m.users.FindUserByEmail(ctx, "platform.admin@redress.test"); err == nil {
		demo.PrintAccounts(stdout)
	}
	return m.Run(ctx)
}

// Main is a running server: the database, the services and the HTTP listener. Tests boot
// it on 127.0.0.1:0.
type Main struct {
	Config Config
	DB     *repo.DB
	HTTP   *http.Server
	users  *repo.Users
	ln     net.Listener
	authz  *api.Authorizer
	origin string // this instance, in the role changes it announces
	jobs   *repo.Jobs
}

// OpenMain opens the database, migrates it unless told not to, wires the services and
// starts listening (but not serving: see Run).
func OpenMain(ctx context.Context, cfg Config, migrateUp bool) (*Main, error) {
	db, err := openDB(ctx, cfg, migrateUp)
	if err != nil {
		return nil, err
	}
	m := &Main{Config: cfg, DB: db, users: repo.NewUsers(db), origin: domain.RandomToken(9)}
	handler, err := m.wire(ctx)
	if err != nil {
		db.Close()
		return nil, err
	}
	m.ln, err = net.Listen("tcp", cfg.Addr)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("listen on %s: %w", cfg.Addr, err)
	}
	m.HTTP = &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	return m, nil
}

func (m *Main) wire(ctx context.Context) (http.Handler, error) {
	now := func() time.Time { return time.Now().UTC() }
	assocStore := repo.NewAssociations(m.DB)
	memberships, admins, err := loadGrants(ctx, assocStore)
	if err != nil {
		return nil, err
	}
	authz, err := api.NewAuthorizer(memberships, admins)
	if err != nil {
		return nil, err
	}
	m.authz = authz
	divisions := repo.NewDivisions(m.DB)
	associations := &domain.AssociationService{Store: assocStore, Users: m.users, Divisions: divisions, Grants: broadcastGrants{m}, Now: now}
	stats := &domain.StatsService{Store: repo.NewStats(m.DB), Associations: associations, Now: now}
	cases := newCaseService(m.DB, associations, m.Config.DataDir, now)
	if m.Config.Files != "" {
		if cases.Files, err = objectstore.Open(ctx, m.Config.Files); err != nil {
			return nil, err
		}
	}
	notifications, err := m.wireJobs(cases, now)
	if err != nil {
		return nil, err
	}
	studies := repo.NewCaseStudies(m.DB)
	deps := api.Deps{
		Accounts: &domain.AccountService{
			Users: m.users, Sessions: repo.NewSessions(m.DB), Throttle: repo.NewThrottle(m.DB),
			SessionTTL: m.Config.SessionTTL, Now: now,
		},
		Associations: associations,
		Cases:        cases,
		Stats:        stats,
		Reports:      &domain.ReportService{Store: repo.NewReports(m.DB), Stats: stats, Divisions: divisions, Now: now},
		Studies:      &domain.CaseStudyService{Store: studies, Tips: studies, Cases: cases, K: 5, Now: now},
		Divisions:    divisions,
		Authorizer:   authz,
		Ready:        m.DB.Ping,
		Web:          frontend.Assets(),
	}
	deps.Notifications = notifications
	return api.NewServer(deps, api.Options{
		SecureCookies: m.Config.SecureCookies, TrustedProxies: m.Config.proxies(),
	})
}

// newCaseService wires the case service on db.
func newCaseService(db *repo.DB, associations *domain.AssociationService, dataDir string, now func() time.Time) *domain.CaseService {
	cases := repo.NewCases(db)
	return &domain.CaseService{
		Cases: cases, Idempotency: repo.NewIdempotency(db), Associations: associations,
		Divisions: repo.NewDivisions(db), Calendars: repo.NewCalendars(db), Throttle: repo.NewThrottle(db),
		Files: repo.DiskFiles{Dir: filepath.Join(dataDir, "attachments")}, AttachmentRecords: cases, Labels: repo.NewCaseLabels(db), Now: now,
	}
}

// URL is the base URL the server listens on.
func (m *Main) URL() string {
	addr := m.ln.Addr().(*net.TCPAddr)
	host := addr.IP.String()
	if addr.IP.IsUnspecified() {
		host = "localhost"
	}
	return fmt.Sprintf("http://%s", net.JoinHostPort(host, fmt.Sprint(addr.Port)))
}

// broadcastGrants applies a role change here at once and announces it to the other
// instances on the same database, which apply it within moments (see listenRoles).
type broadcastGrants struct{ m *Main }

func (b broadcastGrants) Grant(userID int64, path string, role domain.Role) {
	b.m.authz.Grant(userID, path, role)
	b.announce(repo.RoleChange{Grant: true, UserID: userID, Path: path, Role: string(role)})
}

func (b broadcastGrants) Revoke(userID int64, path string, role domain.Role) {
	b.m.authz.Revoke(userID, path, role)
	b.announce(repo.RoleChange{UserID: userID, Path: path, Role: string(role)})
}

func (b broadcastGrants) announce(ch repo.RoleChange) {
	ch.Origin = b.m.origin
	if err := b.m.DB.NotifyRoleChange(context.Background(), ch); err != nil {
		slog.Error("announcing a role change failed; other instances apply it at their next start", "err", err)
	}
}

// listenRoles applies the role changes other instances announce, reconnecting when the
// connection drops, until ctx ends. ready is closed once the first listen is in place.
func (m *Main) listenRoles(ctx context.Context, ready chan struct{}) {
	apply := func(ch repo.RoleChange) {
		if ch.Origin == m.origin {
			return
		}
		if ch.Grant {
			m.authz.Grant(ch.UserID, ch.Path, domain.Role(ch.Role))
		} else {
			m.authz.Revoke(ch.UserID, ch.Path, domain.Role(ch.Role))
		}
	}
	for ctx.Err() == nil {
		if err := m.DB.ListenRoleChanges(ctx, ready, apply); err != nil {
			slog.Error("listening for role changes", "err", err)
			select {
			case <-time.After(time.Second):
			case <-ctx.Done():
			}
			// Changes announced while nobody listened are lost: once listening again, take
			// the grants from the memberships table.
			ready = make(chan struct{})
			go m.resyncGrants(ctx, ready)
			continue
		}
		return
	}
}

// loadGrants reads what the role grants come from: every membership and the platform admins.
func loadGrants(ctx context.Context, store *repo.Associations) ([]domain.Membership, []int64, error) {
	memberships, err := store.FindAllMemberships(ctx)
	if err != nil {
		return nil, nil, err
	}
	admins, err := store.FindPlatformAdmins(ctx)
	return memberships, admins, err
}

// resyncGrants reloads every grant once listening has resumed (ready is closed).
func (m *Main) resyncGrants(ctx context.Context, ready <-chan struct{}) {
	select {
	case <-ready:
	case <-ctx.Done():
		return
	}
	memberships, admins, err := loadGrants(ctx, repo.NewAssociations(m.DB))
	if err == nil {
		err = m.authz.Reset(memberships, admins)
	}
	if err != nil {
		slog.Error("reloading role grants", "err", err)
		return
	}
	slog.Info("role grants reloaded after the role-change listener reconnected")
}

// Run serves until ctx is cancelled, then lets requests in flight finish.
func (m *Main) Run(ctx context.Context) error {
	listenCtx, stopListening := context.WithCancel(ctx)
	defer stopListening()
	ready := make(chan struct{})
	go m.listenRoles(listenCtx, ready)
	select {
	case <-ready:
	case <-time.After(5 * time.Second):
		slog.Warn("role changes from other instances are not heard yet")
	}
	if err := m.startJobs(ctx); err != nil {
		return err
	}
	defer m.stopJobs()
	errc := make(chan error, 1)
	go func() { errc <- m.HTTP.Serve(m.ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	slog.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := m.HTTP.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// Close releases the listener and the database.
func (m *Main) Close() error {
	m.ln.Close()
	return m.DB.Close()
}
