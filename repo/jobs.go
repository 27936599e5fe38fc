package repo

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverdatabasesql"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"
	"gorm.io/gorm"

	"github.com/redress-project/redress/domain"
)

// Jobs is the job queue: River on the application's own database, so that a change and
// the jobs it causes commit together (a transactional outbox), and any instance may work
// a job, exactly one of them at a time.
type Jobs struct {
	// Handlers do the work; set them before Start.
	Handlers JobHandlers
	client   *river.Client[*sql.Tx]
}

// JobHandlers are what the jobs call. None holds a transaction while it runs, so on
// SQLite's single connection the queue and the application take turns.
type JobHandlers struct {
	Fanout   func(ctx context.Context, n domain.Notice) error
	Send     func(ctx context.Context, d domain.Delivery) error
	Sweep    func(ctx context.Context) error
	Maintain func(ctx context.Context) error
}

// JobOptions tune the queue.
type JobOptions struct {
	// Work runs workers and the periodic jobs here; without it the queue only inserts.
	Work    bool
	Workers int
	// PollInterval is how often idle workers look for jobs.
	PollInterval time.Duration
	// JobTimeout bounds one attempt; RescueAfter is when a job whose process died is
	// given to another (it must be at least JobTimeout).
	JobTimeout  time.Duration
	RescueAfter time.Duration
	// SweepInterval is how often the deadline sweep runs.
	SweepInterval time.Duration
	Logger        *slog.Logger
}

// Job kinds.
type (
	// The key alone makes a job unique: a sweep that finds the same deadline again
	// queues nothing new while the first notice waits.
	notifyArgs struct {
		Key    string        `json:"key" river:"unique"`
		Notice domain.Notice `json:"notice"`
	}
	deliverArgs struct {
		Key      string          `json:"key" river:"unique"`
		Delivery domain.Delivery `json:"delivery"`
	}
	sweepArgs       struct{}
	maintenanceArgs struct{}
)

func (notifyArgs) Kind() string      { return "notify" }
func (deliverArgs) Kind() string     { return "deliver" }
func (sweepArgs) Kind() string       { return "deadline_sweep" }
func (maintenanceArgs) Kind() string { return "maintenance" }

// The workers call the handlers; they are set after the client is built, because the
// services they call need the queue themselves.
type (
	notifyWorker struct {
		river.WorkerDefaults[notifyArgs]
		j *Jobs
	}
	deliverWorker struct {
		river.WorkerDefaults[deliverArgs]
		j *Jobs
	}
	sweepWorker struct {
		river.WorkerDefaults[sweepArgs]
		j *Jobs
	}
	maintenanceWorker struct {
		river.WorkerDefaults[maintenanceArgs]
		j *Jobs
	}
)

func (w *notifyWorker) Work(ctx context.Context, job *river.Job[notifyArgs]) error {
	return w.j.Handlers.Fanout(ctx, job.Args.Notice)
}

func (w *deliverWorker) Work(ctx context.Context, job *river.Job[deliverArgs]) error {
	err := w.j.Handlers.Send(ctx, job.Args.Delivery)
	if errors.Is(err, domain.ErrUndeliverable) {
		return river.JobCancel(err) // no retry gets a refused address through
	}
	return err
}

func (w *sweepWorker) Work(ctx context.Context, _ *river.Job[sweepArgs]) error {
	return w.j.Handlers.Sweep(ctx)
}

func (w *maintenanceWorker) Work(ctx context.Context, _ *river.Job[maintenanceArgs]) error {
	return w.j.Handlers.Maintain(ctx)
}

// riverDriver is River's driver for the database: database/sql on both dialects, so that
// jobs go into the transactions gorm opens.
func riverDriver(db *DB) (riverdriver.Driver[*sql.Tx], error) {
	sqlDB, err := db.Gorm.DB()
	if err != nil {
		return nil, err
	}
	if db.Dialect == SQLite {
		return riversqlite.New(sqlDB), nil
	}
	return riverdatabasesql.New(sqlDB), nil
}

// queueMigrationLock is the PostgreSQL advisory lock that keeps instances starting
// together from migrating the queue at once.
const queueMigrationLock = 7_2026_0005

// migrateQueue creates or updates River's own tables.
func migrateQueue(ctx context.Context, db *DB) error {
	driver, err := riverDriver(db)
	if err != nil {
		return err
	}
	if db.Dialect == Postgres {
		sqlDB, _ := db.Gorm.DB()
		conn, err := sqlDB.Conn(ctx)
		if err != nil {
			return err
		}
		defer conn.Close()
		if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", queueMigrationLock); err != nil {
			return fmt.Errorf("repo: job queue migrations: %w", err)
		}
		defer conn.ExecContext(context.Background(), "SELECT pg_advisory_unlock($1)", queueMigrationLock)
	}
	m, err := rivermigrate.New(driver, &rivermigrate.Config{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		return fmt.Errorf("repo: job queue migrations: %w", err)
	}
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("repo: job queue migrations: %w", err)
	}
	return nil
}

// NewJobs builds the queue on db.
func NewJobs(db *DB, opt JobOptions) (*Jobs, error) {
	driver, err := riverDriver(db)
	if err != nil {
		return nil, err
	}
	j := &Jobs{}
	workers := river.NewWorkers()
	river.AddWorker(workers, &notifyWorker{j: j})
	river.AddWorker(workers, &deliverWorker{j: j})
	river.AddWorker(workers, &sweepWorker{j: j})
	river.AddWorker(workers, &maintenanceWorker{j: j})
	logger := opt.Logger
	if logger == nil {
		logger = slog.Default()
	}
	cfg := &river.Config{Workers: workers, Logger: logger, MaxAttempts: 10}
	if opt.Work {
		cfg.Queues = map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: max(opt.Workers, 1)}}
		cfg.FetchPollInterval = opt.PollInterval
		cfg.FetchCooldown = min(opt.PollInterval, 100*time.Millisecond)
		cfg.JobTimeout, cfg.RescueStuckJobsAfter = opt.JobTimeout, opt.RescueAfter
		cfg.PeriodicJobs = []*river.PeriodicJob{
			river.NewPeriodicJob(river.PeriodicInterval(opt.SweepInterval),
				func() (river.JobArgs, *river.InsertOpts) { return sweepArgs{}, nil },
				&river.PeriodicJobOpts{ID: "deadline_sweep", RunOnStart: true}),
			river.NewPeriodicJob(nightly{hour: 3},
				func() (river.JobArgs, *river.InsertOpts) { return maintenanceArgs{}, nil },
				&river.PeriodicJobOpts{ID: "maintenance"}),
		}
	}
	j.client, err = river.NewClient(driver, cfg)
	if err != nil {
		return nil, fmt.Errorf("repo: job queue: %w", err)
	}
	return j, nil
}

// Start runs the workers and, on the instance elected leader, the periodic jobs.
func (j *Jobs) Start(ctx context.Context) error { return j.client.Start(ctx) }

// Stop lets the jobs in hand finish (until ctx ends) and stops.
func (j *Jobs) Stop(ctx context.Context) error {
	if err := j.client.Stop(ctx); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	return nil
}

// uniqueByArgs keeps a second copy of the same job out of the queue.
var uniqueByArgs = &river.InsertOpts{UniqueOpts: river.UniqueOpts{ByArgs: true}}

// insertNotices queues notices in tx, a few at a time (SQLite inserts them one by one).
func (j *Jobs) insertNotices(ctx context.Context, tx *sql.Tx, notices []domain.Notice) error {
	params := make([]river.InsertManyParams, 0, len(notices))
	for _, n := range notices {
		params = append(params, river.InsertManyParams{Args: notifyArgs{Key: n.Key, Notice: n}, InsertOpts: uniqueByArgs})
	}
	return j.insertMany(ctx, tx, params)
}

func (j *Jobs) insertMany(ctx context.Context, tx *sql.Tx, params []river.InsertManyParams) error {
	for len(params) > 0 {
		n := min(len(params), 100)
		var err error
		if tx != nil {
			_, err = j.client.InsertManyTx(ctx, tx, params[:n])
		} else {
			_, err = j.client.InsertMany(ctx, params[:n])
		}
		if err != nil {
			return fmt.Errorf("repo: queue jobs: %w", err)
		}
		params = params[n:]
	}
	return nil
}

// caseOutbox queues what a case change causes, inside its transaction.
type caseOutbox interface {
	caseChanged(tx *gorm.DB, c *domain.Case, events []domain.Event) error
}

// SetOutbox makes every case change queue the notices it causes on jobs, in its own
// transaction.
func (s *Cases) SetOutbox(jobs *Jobs) { s.outbox = jobs }

// queueNotices is called by CreateCase and UpdateCase inside their transactions, after
// the events are sealed.
func (s *Cases) queueNotices(tx *gorm.DB, c *domain.Case, events []domain.Event) error {
	if s.outbox == nil || len(events) == 0 {
		return nil
	}
	return s.outbox.caseChanged(tx, c, events)
}

func (j *Jobs) caseChanged(tx *gorm.DB, c *domain.Case, events []domain.Event) error {
	ctx := tx.Statement.Context
	notices := domain.NoticesFor(c, events)
	if len(notices) == 0 {
		return nil
	}
	sqlTx, err := sqlTxOf(tx)
	if err != nil {
		return err
	}
	return j.insertNotices(ctx, sqlTx, notices)
}

// sqlTxOf is the database/sql transaction under a gorm transaction.
func sqlTxOf(tx *gorm.DB) (*sql.Tx, error) {
	sqlTx, ok := tx.Statement.ConnPool.(*sql.Tx)
	if !ok {
		return nil, fmt.Errorf("repo: queue jobs: not in a transaction (%T)", tx.Statement.ConnPool)
	}
	return sqlTx, nil
}

// nightly is a schedule at an hour of the night, China time.
type nightly struct{ hour int }

func (n nightly) Next(t time.Time) time.Time {
	local := t.In(domain.ChinaTime)
	next := time.Date(local.Year(), local.Month(), local.Day(), n.hour, 0, 0, 0, domain.ChinaTime)
	if !next.After(local) {
		next = next.AddDate(0, 0, 1)
	}
	return next
}
