// Package repo persists the domain on PostgreSQL or SQLite through gorm. Every table has a
// private row type; domain types never carry gorm tags. Schema changes live in migrations/.
package repo

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"github.com/redress-project/redress/domain"
)

// Dialects.
const (
	Postgres = "postgres"
	SQLite   = "sqlite"
)

// Options tunes the connection pool (PostgreSQL; SQLite always has one connection).
type Options struct {
	MaxOpenConns    int
	MaxIdleConns    int
	ConnMaxLifetime time.Duration
}

// DB is an open database.
type DB struct {
	Gorm    *gorm.DB
	Dialect string
}

// DialectOf returns the dialect of a database URL (sqlite://PATH or postgres://...), or an
// error naming what is accepted.
func DialectOf(url string) (string, error) {
	switch {
	case strings.HasPrefix(url, "sqlite://"):
		if strings.TrimPrefix(url, "sqlite://") == "" {
			return "", errors.New("sqlite:// needs a file path, as in sqlite://data/redress.db")
		}
		return SQLite, nil
	case strings.HasPrefix(url, "postgres://"), strings.HasPrefix(url, "postgresql://"):
		return Postgres, nil
	}
	return "", fmt.Errorf("unknown database URL %q: use sqlite://PATH or postgres://USER@HOST/DB", url)
}

// Open connects to the database at url.
func Open(ctx context.Context, url string, opt Options) (*DB, error) {
	dialect, err := DialectOf(url)
	if err != nil {
		return nil, err
	}
	cfg := &gorm.Config{
		TranslateError: true,
		NowFunc:        func() time.Time { return time.Now().UTC() },
		Logger:         queryLogger{slow: 500 * time.Millisecond},
	}
	var g *gorm.DB
	switch dialect {
	case SQLite:
		path := strings.TrimPrefix(url, "sqlite://")
		if dir := filepath.Dir(path); dir != "." {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, fmt.Errorf("repo: create %s: %w", dir, err)
			}
		}
		// WAL lets readers go on during a write; immediate transactions take the write lock
		// at BEGIN so two writers never deadlock upgrading a read lock.
		dsn := path + "?_pragma=foreign_keys(1)&_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)" +
			"&_pragma=synchronous(NORMAL)&_pragma=cache_size(-32000)&_txlock=immediate"
		g, err = gorm.Open(sqlite.Open(dsn), cfg)
	case Postgres:
		g, err = gorm.Open(postgres.Open(url), cfg)
	}
	if err != nil {
		return nil, fmt.Errorf("repo: open %s: %w", dialect, err)
	}
	sqlDB, err := g.DB()
	if err != nil {
		return nil, err
	}
	if dialect == SQLite {
		sqlDB.SetMaxOpenConns(1) // one writer; SQLite serializes writes anyway
	} else {
		sqlDB.SetMaxOpenConns(max(opt.MaxOpenConns, 1))
		sqlDB.SetMaxIdleConns(max(opt.MaxIdleConns, 1))
		sqlDB.SetConnMaxLifetime(opt.ConnMaxLifetime)
	}
	if err := sqlDB.PingContext(ctx); err != nil {
		sqlDB.Close()
		return nil, fmt.Errorf("repo: connect to %s: %w", dialect, err)
	}
	return &DB{Gorm: g, Dialect: dialect}, nil
}

// Close closes the connection pool.
func (db *DB) Close() error {
	sqlDB, err := db.Gorm.DB()
	if err != nil {
		return err
	}
	return sqlDB.Close()
}

// Ping checks that the database answers.
func (db *DB) Ping(ctx context.Context) error {
	sqlDB, err := db.Gorm.DB()
	if err != nil {
		return err
	}
	return sqlDB.PingContext(ctx)
}

// translate turns gorm's errors into domain errors at the repository boundary.
func translate(err error, what string) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, gorm.ErrRecordNotFound):
		return domain.Errorf(domain.ECodeNotFound, "%s not found.", what)
	case errors.Is(err, gorm.ErrDuplicatedKey):
		return domain.Errorf(domain.ECodeConflict, "%s already exists.", what)
	case errors.Is(err, gorm.ErrForeignKeyViolated):
		return domain.Errorf(domain.ECodeConflict, "%s refers to something that does not exist.", what)
	}
	return fmt.Errorf("repo: %s: %w", strings.ToLower(what), err)
}
