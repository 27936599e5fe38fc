package repo

import (
	"context"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/redress-project/redress/domain"
)

type calendarDayRow struct {
	Day  dbDate `gorm:"primaryKey"`
	Kind string
	Name string
}

func (calendarDayRow) TableName() string { return "calendar_days" }

type deadlineRuleRow struct {
	ID                   int64 `gorm:"primaryKey"`
	AssociationID        *int64
	EffectiveFrom        dbDate
	AcceptanceDays       int
	MediationDays        int
	BusinessResponseDays int
	Basis                string
}

func (deadlineRuleRow) TableName() string { return "deadline_rules" }

// Calendars implements domain.CalendarStore.
type Calendars struct{ db *gorm.DB }

// NewCalendars returns the calendar store of db.
func NewCalendars(db *DB) *Calendars { return &Calendars{db: db.Gorm} }

// FindCalendarDays implements domain.CalendarStore.
func (s *Calendars) FindCalendarDays(ctx context.Context) (holidays, workdays []domain.Date, err error) {
	var rows []calendarDayRow
	if err := s.db.WithContext(ctx).Order("day").Find(&rows).Error; err != nil {
		return nil, nil, translate(err, "Calendar")
	}
	for _, r := range rows {
		if r.Kind == "workday" {
			workdays = append(workdays, r.Day.Date)
		} else {
			holidays = append(holidays, r.Day.Date)
		}
	}
	return holidays, workdays, nil
}

// SaveCalendarYear replaces the listed days of one year.
func (s *Calendars) SaveCalendarYear(ctx context.Context, year int, holidays, workdays []domain.Date) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		from, to := dbDate{domain.Date{Year: year, Month: 1, Day: 1}}, dbDate{domain.Date{Year: year, Month: 12, Day: 31}}
		if err := tx.Where("day >= ? AND day <= ?", from, to).Delete(&calendarDayRow{}).Error; err != nil {
			return translate(err, "Calendar")
		}
		return insertCalendarDays(tx, holidays, workdays, false)
	})
}

func insertCalendarDays(tx *gorm.DB, holidays, workdays []domain.Date, keepExisting bool) error {
	var rows []calendarDayRow
	for _, d := range holidays {
		rows = append(rows, calendarDayRow{Day: dbDate{d}, Kind: "holiday"})
	}
	for _, d := range workdays {
		rows = append(rows, calendarDayRow{Day: dbDate{d}, Kind: "workday"})
	}
	if len(rows) == 0 {
		return nil
	}
	if keepExisting {
		tx = tx.Clauses(clause.OnConflict{DoNothing: true})
	}
	return translate(tx.CreateInBatches(rows, 200).Error, "Calendar day")
}

// FindDeadlineRules implements domain.CalendarStore.
func (s *Calendars) FindDeadlineRules(ctx context.Context) ([]domain.DeadlineRule, error) {
	var rows []deadlineRuleRow
	if err := s.db.WithContext(ctx).Order("effective_from").Find(&rows).Error; err != nil {
		return nil, translate(err, "Deadline rules")
	}
	out := make([]domain.DeadlineRule, 0, len(rows))
	for _, r := range rows {
		out = append(out, domain.DeadlineRule{AssociationID: deref(r.AssociationID), EffectiveFrom: r.EffectiveFrom.Date,
			AcceptanceDays: r.AcceptanceDays, MediationDays: r.MediationDays, BusinessResponseDays: r.BusinessResponseDays, Basis: r.Basis})
	}
	return out, nil
}

// SaveDeadlineRule stores an association's own deadline rule from a date, replacing one
// from the same date.
func (s *Calendars) SaveDeadlineRule(ctx context.Context, r domain.DeadlineRule) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Where("association_id = ? AND effective_from = ?", r.AssociationID, dbDate{r.EffectiveFrom}).Delete(&deadlineRuleRow{}).Error; err != nil {
			return translate(err, "Deadline rule")
		}
		row := deadlineRuleRow{AssociationID: &r.AssociationID, EffectiveFrom: dbDate{r.EffectiveFrom}, AcceptanceDays: r.AcceptanceDays,
			MediationDays: r.MediationDays, BusinessResponseDays: r.BusinessResponseDays, Basis: r.Basis}
		return translate(tx.Create(&row).Error, "Deadline rule")
	})
}
