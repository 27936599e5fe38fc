package repo

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"gorm.io/gorm"
	"gorm.io/gorm/schema"

	"github.com/redress-project/redress/domain"
)

// BulkCase is a generated case with its history, ready to insert.
type BulkCase struct {
	Case   *domain.Case
	Events []domain.Event
}

// Bulk inserts generated cases fast: COPY on PostgreSQL, batches in one transaction on
// SQLite. It is for seeding and benchmarks, not for intake.
type Bulk struct {
	db      *DB
	mu      sync.Mutex
	nextID  int64     // SQLite
	pending statDelta // what the batches written add to the roll-ups, for Flush
}

// NewBulk returns the bulk loader of db. Its statements are large by design, and on SQLite
// they queue for the one connection while another batch writes: only a minute is slow.
func NewBulk(db *DB) *Bulk {
	return &Bulk{db: &DB{Gorm: db.Gorm.Session(&gorm.Session{Logger: queryLogger{slow: time.Minute}}), Dialect: db.Dialect}}
}

// CreateBusinesses sets the IDs of businesses, reusing those already registered under the
// same USCC, or, for a business without one, the record its normalized name finds as at
// intake (findOrCreateBusiness), and creating the others once each.
func (b *Bulk) CreateBusinesses(ctx context.Context, bs []domain.BusinessInfo, now time.Time) error {
	var codes, names []string
	for _, x := range bs {
		if x.USCC != "" {
			codes = append(codes, x.USCC)
		} else {
			names = append(names, domain.NormalizeBusinessName(x.Name))
		}
	}
	known := map[string]int64{} // "uscc:" or "name:" keys
	for start := 0; start < len(codes); start += 500 {
		var found []businessRow
		if err := b.db.Gorm.WithContext(ctx).Where("uscc IN ?", codes[start:min(start+500, len(codes))]).Find(&found).Error; err != nil {
			return translate(err, "Businesses")
		}
		for _, f := range found {
			known["uscc:"+*f.USCC] = f.ID
		}
	}
	for start := 0; start < len(names); start += 500 {
		var found []businessRow
		if err := liveBusinesses(b.db.Gorm.WithContext(ctx)).Where("normalized_name IN ?", names[start:min(start+500, len(names))]).
			Order("uscc IS NOT NULL, id").Find(&found).Error; err != nil {
			return translate(err, "Businesses")
		}
		registered := map[string]int{}
		for _, f := range found {
			if f.USCC != nil {
				registered[f.NormalizedName]++
			}
		}
		for _, f := range found {
			k := "name:" + f.NormalizedName
			if _, ok := known[k]; !ok && (f.USCC == nil || registered[f.NormalizedName] == 1) {
				known[k] = f.ID // records without a USCC come first
			}
		}
	}
	var rows []businessRow
	var index []int
	for i, x := range bs {
		norm := domain.NormalizeBusinessName(x.Name)
		key := "name:" + norm
		if x.USCC != "" {
			key = "uscc:" + x.USCC
		}
		if id, ok := known[key]; ok {
			bs[i].ID = id // -1: a repeat within the list, filled in below
			continue
		}
		known[key] = -1
		index = append(index, i)
		rows = append(rows, businessRow{Name: x.Name, NormalizedName: norm, CreatedAt: now.UTC()})
		r := &rows[len(rows)-1]
		if x.USCC != "" {
			u := x.USCC
			r.USCC = &u
		}
		if x.DivisionCode != "" {
			d := x.DivisionCode
			r.DivisionCode = &d
		}
	}
	if len(rows) > 0 {
		if err := b.db.Gorm.WithContext(ctx).CreateInBatches(rows, 500).Error; err != nil {
			return translate(err, "Businesses")
		}
	}
	created := map[string]int64{}
	for j, i := range index {
		bs[i].ID = rows[j].ID
		if rows[j].USCC != nil {
			created["uscc:"+*rows[j].USCC] = rows[j].ID
		} else {
			created["name:"+rows[j].NormalizedName] = rows[j].ID
		}
	}
	for i := range bs {
		if bs[i].ID == -1 {
			if bs[i].USCC != "" {
				bs[i].ID = created["uscc:"+bs[i].USCC]
			} else {
				bs[i].ID = created["name:"+domain.NormalizeBusinessName(bs[i].Name)]
			}
		}
	}
	return nil
}

// Prepared is a batch of rows ready to write.
type Prepared struct {
	cases  []*caseRow
	events []*eventRow
	stats  statDelta // what the batch adds to the roll-ups (see Write)
}

// Prepare reserves IDs and tracking numbers for a batch and seals its event chains. It may
// run while earlier batches are being written. On SQLite, IDs are counted on from the
// largest at the first call: nothing else may insert cases meanwhile.
func (b *Bulk) Prepare(ctx context.Context, batch []BulkCase) (*Prepared, error) {
	db := b.db.Gorm.WithContext(ctx)
	ids := make([]int64, 0, len(batch))
	if b.db.Dialect == Postgres {
		if err := db.Raw("SELECT nextval(pg_get_serial_sequence('cases', 'id')) FROM generate_series(1, ?)", len(batch)).Scan(&ids).Error; err != nil {
			return nil, translate(err, "Case IDs")
		}
	} else {
		b.mu.Lock()
		if b.nextID == 0 {
			var maxID int64
			if err := db.Raw("SELECT coalesce(max(id), 0) FROM cases").Scan(&maxID).Error; err != nil {
				b.mu.Unlock()
				return nil, translate(err, "Case IDs")
			}
			b.nextID = maxID + 1
		}
		for range batch {
			ids = append(ids, b.nextID)
			b.nextID++
		}
		b.mu.Unlock()
	}
	if err := assignTrackingNumbers(db, batch); err != nil {
		return nil, err
	}
	p := &Prepared{cases: make([]*caseRow, len(batch)), stats: statDelta{}}
	for i := range batch {
		c := batch[i].Case
		c.ID = ids[i]
		p.cases[i] = caseRowOf(c)
		p.stats.add(p.cases[i], 1)
		var prev *domain.Event
		for j := range batch[i].Events {
			e := &batch[i].Events[j]
			e.CaseID = c.ID
			e.Seal(prev)
			prev = e
			payload, err := json.Marshal(e.Payload)
			if err != nil {
				return nil, err
			}
			p.events = append(p.events, &eventRow{CaseID: c.ID, Seq: e.Seq, At: e.At, ActorKind: string(e.ActorKind), ActorID: e.ActorID,
				ActorName: e.ActorName, Type: e.Type, Visibility: string(e.Visibility), Payload: string(payload), PrevHash: e.PrevHash, Hash: e.Hash})
		}
		if prev != nil {
			p.cases[i].ChainSeq, p.cases[i].ChainHash = prev.Seq, prev.Hash
		}
	}
	return p, nil
}

// Write stores a prepared batch in one transaction: COPY on PostgreSQL. The batches of a
// load share most of their roll-up rows (one per association, day and key), so Write
// leaves those to Flush, which adds them all at once; a load that stops before Flush
// leaves the roll-ups behind the cases, and Stats.RecountStats brings them in line.
func (b *Bulk) Write(ctx context.Context, p *Prepared) error {
	if err := b.write(ctx, p); err != nil {
		return err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.pending == nil {
		b.pending = statDelta{}
	}
	for k, n := range p.stats {
		b.pending[k] += n
	}
	return nil
}

// Flush adds what the batches written so far add to the roll-ups, in one transaction.
func (b *Bulk) Flush(ctx context.Context) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	var err error
	if b.db.Dialect == Postgres {
		err = b.db.withPgx(ctx, func(pc *pgx.Conn) error {
			return pgx.BeginFunc(ctx, pc, func(tx pgx.Tx) error { return b.pending.applyPgx(ctx, tx) })
		})
	} else {
		err = b.db.Gorm.WithContext(ctx).Transaction(func(tx *gorm.DB) error { return b.pending.apply(tx) })
	}
	if err == nil {
		b.pending = nil
	}
	return err
}

func (b *Bulk) write(ctx context.Context, p *Prepared) error {
	if b.db.Dialect != Postgres {
		return b.db.Gorm.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
			// Small batches: the SQLite driver binds parameters in quadratic time.
			if err := tx.CreateInBatches(p.cases, 20).Error; err != nil {
				return translate(err, "Cases")
			}
			return translate(tx.CreateInBatches(p.events, 200).Error, "Events")
		})
	}
	return b.db.withPgx(ctx, func(pc *pgx.Conn) error {
		tx, err := pc.Begin(ctx)
		if err != nil {
			return err
		}
		defer tx.Rollback(ctx)
		// Generated data can be generated again: do not wait for the WAL flush.
		if _, err := tx.Exec(ctx, "SET LOCAL synchronous_commit TO OFF"); err != nil {
			return err
		}
		if err := copyRows(ctx, tx, "cases", p.cases, true); err != nil {
			return err
		}
		if err := copyRows(ctx, tx, "case_events", p.events, false); err != nil {
			return err
		}
		return tx.Commit(ctx)
	})
}

// assignTrackingNumbers reserves a block of numbers per prefix and year at once.
func assignTrackingNumbers(db *gorm.DB, batch []BulkCase) error {
	type key struct {
		prefix string
		year   int
	}
	need := map[key][]*domain.Case{}
	var order []key
	for _, bc := range batch {
		code := bc.Case.Association.Code
		k := key{code[strings.LastIndexByte(code, '-')+1:], bc.Case.ReceivedAt.In(domain.ChinaTime).Year()}
		if need[k] == nil {
			order = append(order, k)
		}
		need[k] = append(need[k], bc.Case)
	}
	for _, k := range order {
		cs := need[k]
		var last int64
		err := db.Raw(`INSERT INTO tracking_counters (prefix, year, last) VALUES (?, ?, ?)
			ON CONFLICT (prefix, year) DO UPDATE SET last = tracking_counters.last + excluded.last RETURNING last`, k.prefix, k.year, len(cs)).Scan(&last).Error
		if err != nil {
			return translate(err, "Tracking counter")
		}
		first := last - int64(len(cs)) + 1
		for i, c := range cs {
			c.TrackingNumber = fmt.Sprintf("%s-%d-%06d", k.prefix, k.year, first+int64(i))
		}
	}
	return nil
}

var schemaCache sync.Map

// copyRows streams rows into a table with COPY. The columns come from the row type's gorm
// schema; withID says whether the primary key is given or left to its sequence.
func copyRows[T any](ctx context.Context, tx pgx.Tx, table string, rows []*T, withID bool) error {
	if len(rows) == 0 {
		return nil
	}
	sch, err := schema.Parse(rows[0], &schemaCache, schema.NamingStrategy{})
	if err != nil {
		return err
	}
	var fields []*schema.Field
	var cols []string
	for _, f := range sch.Fields {
		if f.DBName == "" || !f.Creatable || (f.PrimaryKey && !withID) {
			continue
		}
		fields = append(fields, f)
		cols = append(cols, f.DBName)
	}
	src := make([][]any, len(rows))
	for i := range rows {
		v := reflect.ValueOf(rows[i]).Elem()
		vals := make([]any, len(fields))
		for j, f := range fields {
			vals[j], _ = f.ValueOf(ctx, v)
		}
		src[i] = vals
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{table}, cols, pgx.CopyFromRows(src)); err != nil {
		return fmt.Errorf("repo: copy into %s: %w", table, err)
	}
	return nil
}

// Len is the number of cases in the batch.
func (p *Prepared) Len() int { return len(p.cases) }

// DeferChecks drops the secondary indexes and the foreign keys of cases and case_events
// for a large load on PostgreSQL, and returns what builds them again: building an index
// once from sorted rows costs far less than updating eight of them row by row, and one
// join validates a foreign key faster than a trigger per row. The unique indexes stay, so
// duplicates still fail. Until restore runs, queries on cases are slow: it is for loads
// into a database nobody uses yet, and a load that dies before restore must be redone.
func (b *Bulk) DeferChecks(ctx context.Context) (restore func(context.Context) error, err error) {
	if b.db.Dialect != Postgres {
		return func(context.Context) error { return nil }, nil
	}
	type def struct{ Name, Table, Def string }
	var indexes, fkeys []def
	db := b.db.Gorm.WithContext(ctx)
	if err := db.Raw(`SELECT indexname AS name, tablename AS "table", indexdef AS def FROM pg_indexes
		WHERE schemaname = current_schema() AND tablename IN ('cases', 'case_events') AND indexdef NOT LIKE 'CREATE UNIQUE %'`).Scan(&indexes).Error; err != nil {
		return nil, translate(err, "Indexes")
	}
	if err := db.Raw(`SELECT conname AS name, conrelid::regclass::text AS "table", pg_get_constraintdef(oid) AS def FROM pg_constraint
		WHERE conrelid IN ('cases'::regclass, 'case_events'::regclass) AND contype = 'f'`).Scan(&fkeys).Error; err != nil {
		return nil, translate(err, "Foreign keys")
	}
	var drop, build []string
	for _, f := range fkeys {
		drop = append(drop, fmt.Sprintf("ALTER TABLE %s DROP CONSTRAINT %s", f.Table, f.Name))
		build = append(build, fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s %s", f.Table, f.Name, f.Def))
	}
	for _, ix := range indexes {
		drop = append(drop, "DROP INDEX "+ix.Name)
		build = append([]string{ix.Def}, build...) // indexes first: they serve the validations
	}
	err = db.Transaction(func(tx *gorm.DB) error {
		for _, stmt := range drop {
			if err := tx.Exec(stmt).Error; err != nil {
				return fmt.Errorf("repo: %s: %w", stmt, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context) error {
		return b.db.Gorm.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
			if err := tx.Exec("SET LOCAL maintenance_work_mem TO '256MB'").Error; err != nil {
				return err
			}
			for _, stmt := range build {
				if err := tx.Exec(stmt).Error; err != nil {
					return fmt.Errorf("repo: %s: %w", stmt, err)
				}
			}
			return nil
		})
	}, nil
}
