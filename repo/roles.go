package repo

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// roleChannel is the PostgreSQL notification channel of role changes.
const roleChannel = "redress_roles"

// RoleChange is a grant or revocation made by one instance, for the others to apply.
type RoleChange struct {
	Origin string `json:"origin"` // the instance that made it; it skips its own
	Grant  bool   `json:"grant"`
	UserID int64  `json:"user_id"`
	Path   string `json:"path"`
	Role   string `json:"role"`
}

// NotifyRoleChange tells every instance listening on the database of a role change. On
// SQLite, which serves one process, there is nobody to tell.
func (db *DB) NotifyRoleChange(ctx context.Context, ch RoleChange) error {
	if db.Dialect != Postgres {
		return nil
	}
	payload, err := json.Marshal(ch)
	if err != nil {
		return err
	}
	return db.Gorm.WithContext(ctx).Exec("SELECT pg_notify(?, ?)", roleChannel, string(payload)).Error
}

// ListenRoleChanges calls fn with every role change other instances announce, until ctx
// ends. It holds one connection of the pool for as long. On SQLite it returns at once.
func (db *DB) ListenRoleChanges(ctx context.Context, ready chan<- struct{}, fn func(RoleChange)) error {
	if db.Dialect != Postgres {
		close(ready)
		return nil
	}
	return db.withPgx(ctx, func(pc *pgx.Conn) error {
		if _, err := pc.Exec(ctx, "LISTEN "+roleChannel); err != nil {
			return fmt.Errorf("repo: listen: %w", err)
		}
		// The connection goes back to the pool: it must not keep listening there.
		defer pc.Exec(context.Background(), "UNLISTEN "+roleChannel)
		close(ready)
		for {
			n, err := pc.WaitForNotification(ctx)
			if errors.Is(err, context.Canceled) || ctx.Err() != nil {
				return nil
			}
			if err != nil {
				return fmt.Errorf("repo: wait for role changes: %w", err)
			}
			var ch RoleChange
			if json.Unmarshal([]byte(n.Payload), &ch) == nil {
				fn(ch)
			}
		}
	})
}

// withPgx runs fn on one connection of the PostgreSQL pool, as the pgx connection under
// database/sql, for what gorm cannot do: COPY and LISTEN.
func (db *DB) withPgx(ctx context.Context, fn func(*pgx.Conn) error) error {
	sqlDB, err := db.Gorm.DB()
	if err != nil {
		return err
	}
	conn, err := sqlDB.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(driverConn any) error { return fn(driverConn.(*stdlib.Conn).Conn()) })
}
