package repo

import (
	"database/sql/driver"
	"fmt"
	"time"

	"github.com/redress-project/redress/domain"
)

// dbDate stores a domain.Date: a DATE on PostgreSQL, "YYYY-MM-DD" text on SQLite. Both
// sort the same way, so deadline filters work alike.
type dbDate struct{ domain.Date }

// Value implements driver.Valuer.
func (d dbDate) Value() (driver.Value, error) { return d.Date.String(), nil }

// Scan implements sql.Scanner.
func (d *dbDate) Scan(src any) error {
	switch v := src.(type) {
	case time.Time:
		d.Date = domain.DateOf(v.UTC())
		return nil
	case string:
		return d.parse(v)
	case []byte:
		return d.parse(string(v))
	}
	return fmt.Errorf("repo: cannot scan %T into a date", src)
}

func (d *dbDate) parse(s string) error {
	if len(s) > 10 {
		s = s[:10]
	}
	var err error
	d.Date, err = domain.ParseDate(s)
	return err
}

func datePtr(d *dbDate) *domain.Date {
	if d == nil {
		return nil
	}
	v := d.Date
	return &v
}

func toDBDate(d *domain.Date) *dbDate {
	if d == nil {
		return nil
	}
	return &dbDate{*d}
}

func utcPtr(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}
