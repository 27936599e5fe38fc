package repo

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"gorm.io/gorm"

	"github.com/redress-project/redress/domain"
)

type reportRow struct {
	ID            int64 `gorm:"primaryKey"`
	AssociationID int64
	Descendants   bool
	TopicKind     string
	Topic         string
	PeriodFrom    dbDate
	PeriodTo      dbDate
	Title         string
	Body          string
	Status        string
	CreatedBy     int64
	CreatedAt     time.Time
	PublishedAt   *time.Time
}

func (reportRow) TableName() string { return "reports" }

// Reports implements domain.ReportStore.
type Reports struct{ db *gorm.DB }

// NewReports returns the report store of db.
func NewReports(db *DB) *Reports { return &Reports{db: db.Gorm} }

// CreateReport implements domain.ReportStore.
func (s *Reports) CreateReport(ctx context.Context, r *domain.Report) error {
	body, err := json.Marshal(r.Body)
	if err != nil {
		return fmt.Errorf("repo: report body: %w", err)
	}
	row := reportRow{AssociationID: r.Association.ID, Descendants: r.Descendants, TopicKind: r.Topic.Kind, Topic: r.Topic.Code,
		PeriodFrom: dbDate{r.From}, PeriodTo: dbDate{r.To}, Title: r.Title, Body: string(body), Status: r.Status,
		CreatedBy: r.CreatedBy, CreatedAt: r.CreatedAt.UTC()}
	if err := s.db.WithContext(ctx).Create(&row).Error; err != nil {
		return translate(err, "Report")
	}
	r.ID = row.ID
	return nil
}

func (s *Reports) toDomain(ctx context.Context, rows []reportRow) ([]domain.Report, error) {
	byID, err := NewAssociations(&DB{Gorm: s.db}).associationsByID(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]domain.Report, 0, len(rows))
	for _, r := range rows {
		rep := domain.Report{ID: r.ID, Association: byID[r.AssociationID], Descendants: r.Descendants,
			Topic: domain.Topic{Kind: r.TopicKind, Code: r.Topic}, From: r.PeriodFrom.Date, To: r.PeriodTo.Date, Title: r.Title,
			Status: r.Status, CreatedBy: r.CreatedBy, CreatedAt: r.CreatedAt, PublishedAt: r.PublishedAt}
		if err := json.Unmarshal([]byte(r.Body), &rep.Body); err != nil {
			return nil, fmt.Errorf("repo: report %d body: %w", r.ID, err)
		}
		out = append(out, rep)
	}
	return out, nil
}

// FindReport implements domain.ReportStore.
func (s *Reports) FindReport(ctx context.Context, id int64) (*domain.Report, error) {
	var row reportRow
	if err := s.db.WithContext(ctx).First(&row, id).Error; err != nil {
		return nil, translate(err, "Report")
	}
	out, err := s.toDomain(ctx, []reportRow{row})
	if err != nil {
		return nil, err
	}
	return &out[0], nil
}

// FindReports implements domain.ReportStore.
func (s *Reports) FindReports(ctx context.Context, ids []int64, publishedOnly bool, limit int) ([]domain.Report, error) {
	q := s.db.WithContext(ctx).Order("created_at DESC, id DESC").Limit(limit)
	if publishedOnly {
		q = q.Where("status = 'published'")
	} else {
		q = q.Where("association_id IN ?", ids)
	}
	var rows []reportRow
	if err := q.Find(&rows).Error; err != nil {
		return nil, translate(err, "Reports")
	}
	return s.toDomain(ctx, rows)
}

// PublishReport implements domain.ReportStore.
func (s *Reports) PublishReport(ctx context.Context, id int64, at time.Time) error {
	res := s.db.WithContext(ctx).Model(&reportRow{}).Where("id = ? AND status = 'draft'", id).
		Updates(map[string]any{"status": "published", "published_at": at.UTC()})
	return rowsOrNotFound(res, "Draft report")
}
