package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/url"
	"os"
	"os/exec"
	"runtime"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/redress-project/redress/cmd/redress/bench"
	"github.com/redress-project/redress/domain"
	"github.com/redress-project/redress/repo"
	"github.com/redress-project/redress/repo/demo"
)

// benchOptions are the flags of `redress bench`.
type benchOptions struct {
	db       string // the server's admin database (PostgreSQL) or a file path (SQLite)
	name     string // the bench database created beside it
	cases    int
	duration time.Duration
	clients  int
	json     string // where to write the report as JSON too; - for standard output instead of the table
	only     string
	reuse    bool
	keep     bool
	server   string // child or in-process
	profile  string // CPU profile of the run
}

func benchCommand(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("redress bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o benchOptions
	fs.StringVar(&o.db, "db", "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable", "a PostgreSQL database to create the bench database from, or sqlite://PATH")
	fs.StringVar(&o.name, "name", "redress_bench", "the PostgreSQL database to (re)create for the run")
	fs.IntVar(&o.cases, "cases", 0, "cases to seed (default 1000000 on PostgreSQL, 20000 on SQLite)")
	fs.DurationVar(&o.duration, "duration", 15*time.Second, "how long each scenario and each baseline runs")
	fs.IntVar(&o.clients, "clients", 8, "concurrent clients")
	fs.StringVar(&o.json, "json", "", "also write the report as JSON to this file; - prints JSON instead of the table")
	fs.StringVar(&o.only, "only", "", "run only the scenarios whose name contains this")
	fs.BoolVar(&o.reuse, "reuse", false, "keep an already seeded bench database instead of recreating it")
	fs.BoolVar(&o.keep, "keep", false, "keep the bench database afterwards")
	fs.StringVar(&o.server, "server", "child", "run the server as a child process (its RSS is its own) or in-process")
	fs.StringVar(&o.profile, "cpuprofile", "", "write a CPU profile of the seeding and the scenarios to this file (with --server in-process, of the server too)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	dialect, err := repo.DialectOf(o.db)
	if err != nil {
		return err
	}
	if fs.NArg() > 0 || o.clients < 1 || o.duration <= 0 || (o.server != "child" && o.server != "in-process") {
		fs.Usage()
		return errUsage
	}
	if o.cases == 0 {
		o.cases = 1_000_000
		if dialect == repo.SQLite {
			o.cases = 20_000
		}
	}
	return runBench(ctx, o, dialect, stdout, stderr)
}

func runBench(ctx context.Context, o benchOptions, dialect string, stdout, stderr io.Writer) error {
	setupLogging(Config{LogLevel: "error"}, stderr)
	if o.profile != "" {
		f, err := os.Create(o.profile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	target, fresh, err := benchDatabase(ctx, o, dialect)
	if err != nil {
		return err
	}
	if !o.keep {
		defer func() {
			if err := dropBenchDatabase(context.WithoutCancel(ctx), o, dialect, target); err != nil {
				fmt.Fprintln(stderr, "bench: drop the bench database:", err)
			}
		}()
	}
	cfg := DefaultConfig()
	// Migrating holds one connection for its lock and needs another: at least a few.
	cfg.DB, cfg.DBMaxConns, cfg.LogLevel = target, max(o.clients, 4), "error"
	cfg.DataDir, err = os.MkdirTemp("", "redress-bench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(cfg.DataDir)
	db, err := openDB(ctx, cfg, true)
	if err != nil {
		return err
	}
	defer db.Close()
	rep := &bench.Report{Dialect: dialect, Cases: o.cases, Cores: runtime.NumCPU(), Clients: o.clients, SecondsEach: o.duration.Seconds(), ServerKind: o.server}
	if fresh {
		if err := benchSeed(ctx, db, cfg, o.cases, rep, stderr); err != nil {
			return err
		}
	}

	base, pid, stop, err := startBenchServer(ctx, o, cfg, stderr)
	if err != nil {
		return err
	}
	defer stop()
	env := bench.Env{Base: base, HTTP: bench.NewHTTP(o.clients), Password: demo.Password, DeepPages: 20,
		Mediator: "gz.mediator@redress.test", National: "cca.supervisor@redress.test", Provincial: "gd.supervisor@redress.test",
		Complaint: complaintBodies(500), Overview: overviewDirect(db)}
	if dialect == repo.Postgres {
		pcfg, err := pgxpool.ParseConfig(target)
		if err != nil {
			return err
		}
		pcfg.MaxConns = int32(o.clients)
		pool, err := pgxpool.NewWithConfig(ctx, pcfg)
		if err != nil {
			return err
		}
		defer pool.Close()
		env.Pool = pool
	}
	scenarios, err := bench.Scenarios(ctx, env)
	if err != nil {
		return err
	}
	before, err := bench.ReadUsage(pid)
	if err != nil {
		return err
	}
	requests := 0
	for _, s := range scenarios {
		if !strings.Contains(s.Name, o.only) {
			continue
		}
		r := bench.Result{Name: s.Name}
		u0, err := bench.ReadUsage(pid)
		if err != nil {
			return err
		}
		f, ferr := bench.Drive(ctx, s.API, o.clients, o.duration, benchTicker(stderr, s.Name, o.duration))
		u1, err := bench.ReadUsage(pid)
		if err != nil {
			return err
		}
		r.API, requests = f, requests+f.Requests
		if ferr != nil {
			r.FirstError = ferr.Error()
		}
		if f.Requests > 0 {
			r.CPUmsPerRequest = float64((u1.CPU - u0.CPU).Microseconds()) / 1000 / float64(f.Requests)
		}
		if s.Raw != nil {
			raw, rerr := bench.Drive(ctx, s.Raw, o.clients, o.duration, benchTicker(stderr, "  raw: "+s.Baseline, o.duration))
			if rerr != nil && r.FirstError == "" {
				r.FirstError = "raw: " + rerr.Error()
			}
			r.SetRaw(s.Baseline, raw)
		}
		rep.Scenarios = append(rep.Scenarios, r)
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	after, err := bench.ReadUsage(pid)
	if err != nil {
		return err
	}
	rep.ServerPeakMB, rep.ServerLastMB = float64(after.PeakKB)/1024, float64(after.RSSKB)/1024
	if requests > 0 {
		rep.ServerCPUms = float64((after.CPU - before.CPU).Microseconds()) / 1000 / float64(requests)
	}
	switch o.json {
	case "-":
		return rep.WriteJSON(stdout)
	case "":
	default:
		f, err := os.Create(o.json)
		if err != nil {
			return err
		}
		if err := rep.WriteJSON(f); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	return rep.WriteTable(stdout)
}

// benchDatabase returns the URL of the bench database, recreated empty unless reuse finds
// it seeded (fresh says whether it must be seeded).
func benchDatabase(ctx context.Context, o benchOptions, dialect string) (string, bool, error) {
	if dialect == repo.SQLite {
		path := strings.TrimPrefix(o.db, "sqlite://")
		if _, err := os.Stat(path); o.reuse && err == nil {
			return o.db, false, nil
		}
		for _, suffix := range []string{"", "-wal", "-shm"} {
			if err := os.Remove(path + suffix); err != nil && !errors.Is(err, os.ErrNotExist) {
				return "", false, err
			}
		}
		return o.db, true, nil
	}
	u, err := url.Parse(o.db)
	if err != nil {
		return "", false, fmt.Errorf("bench: --db: %w", err)
	}
	u.Path = "/" + o.name
	target := u.String()
	conn, err := pgx.Connect(ctx, o.db)
	if err != nil {
		return "", false, fmt.Errorf("bench: connect to %s: %w", o.db, err)
	}
	defer conn.Close(ctx)
	if o.reuse {
		var exists bool
		if err := conn.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", o.name).Scan(&exists); err != nil {
			return "", false, err
		}
		if exists {
			return target, false, nil
		}
	}
	name := pgx.Identifier{o.name}.Sanitize()
	for _, sql := range []string{"DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "CREATE DATABASE " + name} {
		if _, err := conn.Exec(ctx, sql); err != nil {
			return "", false, fmt.Errorf("bench: %s: %w", sql, err)
		}
	}
	return target, true, nil
}

func dropBenchDatabase(ctx context.Context, o benchOptions, dialect, target string) error {
	if dialect == repo.SQLite {
		path := strings.TrimPrefix(target, "sqlite://")
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Remove(path + suffix)
		}
		return nil
	}
	conn, err := pgx.Connect(ctx, o.db)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{o.name}.Sanitize()+" WITH (FORCE)")
	return err
}

// benchSeed fills the bench database: the demo's associations and accounts, n generated
// cases (timed), some published case studies, and fresh planner statistics.
func benchSeed(ctx context.Context, db *repo.DB, cfg Config, n int, rep *bench.Report, stderr io.Writer) error {
	now := time.Now().UTC()
	if err := demo.Seed(ctx, db, now); err != nil {
		return err
	}
	gen, err := demo.NewGenerator(ctx, db, n, now, 8)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "Seeding %d cases\n", n)
	start := time.Now()
	if err := gen.Generate(ctx, db, n, progressBar(stderr, n, start)); err != nil {
		return err
	}
	elapsed := time.Since(start)
	rep.SeedSeconds, rep.SeedRate = elapsed.Seconds(), float64(n)/elapsed.Seconds()
	clock := func() time.Time { return time.Now().UTC() }
	cs := newCaseService(db, &domain.AssociationService{Store: repo.NewAssociations(db), Now: clock}, cfg.DataDir, clock)
	studies := repo.NewCaseStudies(db)
	svc := &domain.CaseStudyService{Store: studies, Tips: studies, Cases: cs, K: 5, Now: clock}
	if _, err := demo.PublishCaseStudies(ctx, db, svc, min(300, n/10)); err != nil {
		return err
	}
	if db.Dialect == repo.Postgres {
		// As autovacuum would soon after a load: planner statistics and the visibility map.
		return db.Gorm.WithContext(ctx).Exec("VACUUM ANALYZE").Error
	}
	return db.Gorm.WithContext(ctx).Exec("ANALYZE").Error
}

// startBenchServer starts the server on loopback and returns its URL, its process ID (for
// its memory and CPU) and how to stop it.
func startBenchServer(ctx context.Context, o benchOptions, cfg Config, stderr io.Writer) (string, int, func(), error) {
	cfg.Addr = "127.0.0.1:0"
	cfg.DBMaxConns = DefaultConfig().DBMaxConns
	cfg.RateLimits = "off" // every client of the bench is one address
	if o.server == "in-process" {
		ctx, cancel := context.WithCancel(ctx)
		m, err := OpenMain(ctx, cfg, false)
		if err != nil {
			cancel()
			return "", 0, nil, err
		}
		done := make(chan error, 1)
		go func() { done <- m.Run(ctx) }()
		return m.URL(), os.Getpid(), func() { cancel(); <-done; m.Close() }, nil
	}
	exe, err := os.Executable()
	if err != nil {
		return "", 0, nil, err
	}
	cmd := exec.Command(exe, "serve", "--no-migrate", "--rate-limits", "off", "--db", cfg.DB, "--addr", cfg.Addr, "--data-dir", cfg.DataDir, "--log-level", "error")
	cmd.Stderr = stderr
	// A bench that dies without stopping its server takes the server with it.
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return "", 0, nil, err
	}
	if err := cmd.Start(); err != nil {
		return "", 0, nil, err
	}
	stop := func() {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
	}
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if _, u, ok := strings.Cut(sc.Text(), " is serving on "); ok {
				found <- u
			}
		}
		close(found)
	}()
	select {
	case u, ok := <-found:
		if !ok {
			stop()
			return "", 0, nil, errors.New("bench: the server stopped before serving")
		}
		return u, cmd.Process.Pid, stop, nil
	case <-time.After(60 * time.Second):
		stop()
		return "", 0, nil, errors.New("bench: the server did not start within a minute")
	}
}

// complaintBodies writes n intake bodies once, so intake measures the server, not the
// writing of complaints; worker w's i-th complaint is one of them.
func complaintBodies(n int) func(w, i int) []byte {
	r := rand.New(rand.NewPCG(5, 8))
	divisions := []string{"440106", "440305", "110105", "310104", "320102", "510104"}
	var categories []string
	for _, c := range domain.Categories() {
		if c.Parent == "" {
			categories = append(categories, c.Code)
		}
	}
	bodies := make([][]byte, n)
	for k := range bodies {
		c := demo.NewComplaint(r, categories[r.IntN(len(categories))], nil)
		body := map[string]any{
			"consumer": map[string]any{"name": c.ConsumerName, "mobile": c.ConsumerMobile, "division_code": divisions[r.IntN(len(divisions))],
				"age_band": c.AgeBand, "is_minor": c.IsMinor},
			"business": map[string]any{"name": c.BusinessName, "uscc": c.BusinessUSCC, "platform": c.Platform},
			"category": c.Category, "tags": c.Tags, "title": c.Title, "narrative": c.Narrative,
			"desired_resolution": c.DesiredResolution, "consent_to_publish": true, "channel": "web",
		}
		if c.AmountFen > 0 {
			body["amount"] = domain.FormatAmount(c.AmountFen)
		}
		bodies[k], _ = json.Marshal(body)
	}
	return func(w, i int) []byte { return bodies[(w*7919+i)%n] }
}

// overviewDirect runs the dashboard's service and queries in this process, without HTTP.
func overviewDirect(db *repo.DB) func(ctx context.Context, national bool) error {
	clock := func() time.Time { return time.Now().UTC() }
	assocs := &domain.AssociationService{Store: repo.NewAssociations(db), Now: clock}
	stats := &domain.StatsService{Store: repo.NewStats(db), Associations: assocs, Now: clock}
	return func(ctx context.Context, national bool) error {
		code := "GD"
		if national {
			code = "CCA"
		}
		tree, err := assocs.Tree(ctx)
		if err != nil {
			return err
		}
		_, err = stats.Overview(ctx, tree.Find(code), domain.StatsQuery{Association: code, Descendants: true})
		return err
	}
}

// benchTicker redraws a one-line progress bar for a timed scenario.
func benchTicker(w io.Writer, name string, d time.Duration) func(time.Duration, int64, bool) {
	return func(elapsed time.Duration, done int64, last bool) {
		const width = 20
		filled := min(width, int(width*elapsed/d))
		fmt.Fprintf(w, "\r%-36s [%s%s] %4.1fs %7d done  %6.0f/s", name, strings.Repeat("#", filled), strings.Repeat(".", width-filled),
			elapsed.Seconds(), done, float64(done)/max(elapsed.Seconds(), 0.001))
		if last {
			fmt.Fprintln(w)
		}
	}
}
