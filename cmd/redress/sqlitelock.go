package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/redress-project/redress/repo"
)

// lockSQLite makes a SQLite database one process's: it takes an exclusive lock on the file
// PATH.lock beside the database and holds it until release. A server keeps in memory what
// other processes cannot see change (role grants, the job queue's leadership), so a second
// server on the same file would answer with stale permissions; and migrate or seed under a
// running server would change its schema or data behind it. `audit verify` only reads, and
// SQLite's WAL lets it read beside a server, so it takes no lock. The kernel drops the lock
// when the process ends, however it ends, so a crash never leaves the file locked.
// PostgreSQL needs no lock: several instances share it by design.
func lockSQLite(dbURL, command string) (release func(), err error) {
	if d, _ := repo.DialectOf(dbURL); d != repo.SQLite {
		return func() {}, nil
	}
	path := strings.TrimPrefix(dbURL, "sqlite://") + ".lock"
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock the SQLite database: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		holder, _ := os.ReadFile(path)
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%s is in use by another process (%s): a SQLite database serves one process at a time. "+
				"Stop that process first; to run several instances, use PostgreSQL (--db postgres://USER@HOST/DB)",
				strings.TrimPrefix(dbURL, "sqlite://"), holderOf(holder))
		}
		return nil, fmt.Errorf("lock the SQLite database: %w", err)
	}
	// Say who holds it, for the message of the process refused.
	if err := f.Truncate(0); err == nil {
		fmt.Fprintf(f, "pid %d, redress %s", os.Getpid(), command)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}

func holderOf(content []byte) string {
	if s := strings.TrimSpace(string(content)); s != "" {
		return s
	}
	return "unknown"
}
