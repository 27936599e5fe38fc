package bench

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// The raw baselines run the SQL the repository runs for the same request, with plain pgx
// and nothing else: no HTTP, no authorization, no JSON.
const (
	// The lists' queries select every column but the narrative and the access code hash, as
	// the repository does.
	rawInbox = `SELECT %s FROM cases WHERE association_id IN ($1) ORDER BY received_at DESC, id DESC LIMIT 26`
	rawDeep  = `SELECT %s FROM cases WHERE association_id IN ($1) AND status IN ('closed') AND (category = 'online_shopping' OR category LIKE 'online_shopping.%%')
		AND (received_at, id) < ($2, $3) ORDER BY received_at DESC, id DESC LIMIT 26`
	listColumns = `SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_name = 'cases' AND column_name NOT IN ('narrative', 'access_code_hash')`
	rawDeepKey = `SELECT received_at, id FROM cases WHERE association_id IN ($1) AND status IN ('closed') AND (category = 'online_shopping' OR category LIKE 'online_shopping.%')
		ORDER BY received_at DESC, id DESC OFFSET $2 LIMIT 1`
	rawDetail = `SELECT * FROM cases WHERE id = $1`
	// rawIntakeTable takes one-row inserts of the intake's JSON body, with a unique key as
	// the idempotency key has.
	rawIntakeTable = `CREATE TABLE IF NOT EXISTS bench_raw_intake (id BIGSERIAL PRIMARY KEY, idempotency_key TEXT NOT NULL UNIQUE,
		body TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now())`
	rawIntake = `INSERT INTO bench_raw_intake (idempotency_key, body) VALUES ($1, $2)`
)

// addRaw attaches the raw baselines to the scenarios made by Scenarios (same order).
func addRaw(ctx context.Context, env Env, out []Scenario, code string, depth int, pick func() int64, run int64) error {
	pool := env.Pool
	var assoc int64
	if err := pool.QueryRow(ctx, "SELECT id FROM associations WHERE code = $1", code).Scan(&assoc); err != nil {
		return fmt.Errorf("bench: association %s: %w", code, err)
	}
	var deepAt time.Time
	var deepID int64
	if depth > 0 {
		if err := pool.QueryRow(ctx, rawDeepKey, assoc, depth-1).Scan(&deepAt, &deepID); err != nil {
			return fmt.Errorf("bench: deep page key: %w", err)
		}
	}
	if _, err := pool.Exec(ctx, rawIntakeTable); err != nil {
		return fmt.Errorf("bench: raw intake table: %w", err)
	}
	query := func(sql string, args ...any) Op {
		return func(ctx context.Context, _, _ int) error {
			rows, err := pool.Query(ctx, sql, args...)
			if err != nil {
				return err
			}
			for rows.Next() {
				if _, err := rows.Values(); err != nil {
					rows.Close()
					return err
				}
			}
			rows.Close()
			return rows.Err()
		}
	}
	var columns string
	if err := pool.QueryRow(ctx, listColumns).Scan(&columns); err != nil {
		return fmt.Errorf("bench: list columns: %w", err)
	}
	out[0].Baseline, out[0].Raw = "SELECT first 26", query(fmt.Sprintf(rawInbox, columns), assoc)
	if depth > 0 {
		out[1].Baseline, out[1].Raw = "SELECT after key", query(fmt.Sprintf(rawDeep, columns), assoc, deepAt, deepID)
	}
	out[2].Baseline, out[2].Raw = "SELECT by id", func(ctx context.Context, w, i int) error { return query(rawDetail, pick())(ctx, w, i) }
	out[7].Baseline, out[7].Raw = "1-row INSERT tx", func(ctx context.Context, w, i int) error {
		return pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
			_, err := tx.Exec(ctx, rawIntake, fmt.Sprintf("raw-%d-%d-%d", run, w, i), string(env.Complaint(w, i)))
			return err
		})
	}
	return nil
}
