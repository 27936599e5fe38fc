package repo

import (
	"context"
	"fmt"
	"io/fs"

	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"github.com/redress-project/redress/migrations"
)

// Migrator runs the embedded migrations of the database's dialect.
type Migrator struct {
	provider *goose.Provider
	db       *DB
}

// NewMigrator prepares the migrations for db. On PostgreSQL it takes an advisory lock, so
// that several instances starting together migrate once.
func NewMigrator(db *DB) (*Migrator, error) {
	sqlDB, err := db.Gorm.DB()
	if err != nil {
		return nil, err
	}
	dir, err := fs.Sub(migrations.FS, db.Dialect)
	if err != nil {
		return nil, err
	}
	dialect := goose.DialectSQLite3
	var opts []goose.ProviderOption
	if db.Dialect == Postgres {
		dialect = goose.DialectPostgres
		locker, err := lock.NewPostgresSessionLocker()
		if err != nil {
			return nil, err
		}
		opts = append(opts, goose.WithSessionLocker(locker))
	}
	p, err := goose.NewProvider(dialect, sqlDB, dir, opts...)
	if err != nil {
		return nil, fmt.Errorf("repo: migrations: %w", err)
	}
	return &Migrator{provider: p, db: db}, nil
}

// MigrationResult says what one migration did.
type MigrationResult struct {
	Version int64
	Name    string
	Applied bool
}

// Up applies every pending migration and returns the ones applied; the job queue's
// tables follow their own migrations, which Down leaves in place.
func (m *Migrator) Up(ctx context.Context) ([]MigrationResult, error) {
	res, err := m.provider.Up(ctx)
	if err != nil {
		return nil, fmt.Errorf("repo: migrate up: %w", err)
	}
	if err := migrateQueue(ctx, m.db); err != nil {
		return nil, err
	}
	out := make([]MigrationResult, 0, len(res))
	for _, r := range res {
		out = append(out, MigrationResult{Version: r.Source.Version, Name: r.Source.Path, Applied: true})
		if r.Source.Version == businessMergesVersion {
			if err := renormalizeBusinessNames(ctx, m.db); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// Down rolls back the latest migration.
func (m *Migrator) Down(ctx context.Context) (*MigrationResult, error) {
	r, err := m.provider.Down(ctx)
	if err != nil {
		return nil, fmt.Errorf("repo: migrate down: %w", err)
	}
	return &MigrationResult{Version: r.Source.Version, Name: r.Source.Path, Applied: false}, nil
}

// Status lists every migration and whether it is applied.
func (m *Migrator) Status(ctx context.Context) ([]MigrationResult, error) {
	st, err := m.provider.Status(ctx)
	if err != nil {
		return nil, fmt.Errorf("repo: migrate status: %w", err)
	}
	out := make([]MigrationResult, 0, len(st))
	for _, s := range st {
		out = append(out, MigrationResult{Version: s.Source.Version, Name: s.Source.Path, Applied: s.State == goose.StateApplied})
	}
	return out, nil
}
