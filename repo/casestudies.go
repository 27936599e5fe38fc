package repo

import (
	"context"
	"encoding/json"
	"strings"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/redress-project/redress/domain"
	"github.com/redress-project/redress/domain/anonymize"
)

type caseStudyRow struct {
	ID                  int64 `gorm:"primaryKey"`
	Slug                string
	CaseID              int64
	AssociationID       int64
	Status              string
	Title               string
	Narrative           string
	MediatorAction      string
	Lesson              string
	Tip                 string
	Category            string
	Tags                string
	RegionCode          string
	Period              string
	Year                int
	AmountBand          string
	Outcome             string
	AmountRecoveredBand string
	AgeBand             string
	KAnonymity          int `gorm:"column:k_anonymity"`
	LDiversity          int `gorm:"column:l_diversity"`
	NeedsReview         bool
	ReviewNote          string
	Spans               string
	CreatedBy           int64
	ApprovedBy          *int64
	CreatedAt           time.Time
	UpdatedAt           time.Time
	PublishedAt         *time.Time
	WithdrawnAt         *time.Time
	WithdrawnReason     string
	Version             int64
}

func (caseStudyRow) TableName() string { return "case_studies" }

type studyTermRow struct {
	CaseStudyID int64  `gorm:"primaryKey"`
	Term        string `gorm:"primaryKey"`
	TF          int    `gorm:"column:tf"`
}

func (studyTermRow) TableName() string { return "case_study_terms" }

func studyRowOf(s *domain.CaseStudy) (*caseStudyRow, error) {
	spans, err := json.Marshal(s.Spans)
	if err != nil {
		return nil, err
	}
	f := s.Facts
	return &caseStudyRow{ID: s.ID, Slug: s.Slug, CaseID: s.CaseID, AssociationID: s.Association.ID, Status: s.Status, Title: s.Title,
		Narrative: s.Narrative, MediatorAction: s.MediatorAction, Lesson: s.Lesson, Tip: s.Tip, Category: f.Category, Tags: joinTags(f.Tags),
		RegionCode: f.RegionCode, Period: f.Period, Year: f.Year, AmountBand: f.AmountBand, Outcome: string(f.Outcome),
		AmountRecoveredBand: f.AmountRecoveredBand, AgeBand: f.AgeBand, KAnonymity: s.K, LDiversity: s.L, NeedsReview: s.NeedsReview,
		ReviewNote: s.ReviewNote, Spans: string(spans), CreatedBy: s.CreatedBy, ApprovedBy: s.ApprovedBy, CreatedAt: s.CreatedAt.UTC(),
		UpdatedAt: s.UpdatedAt.UTC(), PublishedAt: utcPtr(s.PublishedAt), WithdrawnAt: utcPtr(s.WithdrawnAt), WithdrawnReason: s.WithdrawnReason,
		Version: s.Version}, nil
}

func (r *caseStudyRow) toDomain(a domain.Association) domain.CaseStudy {
	s := domain.CaseStudy{ID: r.ID, Slug: r.Slug, CaseID: r.CaseID, Association: a, Status: r.Status, Title: r.Title, Narrative: r.Narrative,
		MediatorAction: r.MediatorAction, Lesson: r.Lesson, Tip: r.Tip,
		Facts: domain.StudyFacts{Category: r.Category, Tags: splitTags(r.Tags), RegionCode: r.RegionCode, Period: r.Period, Year: r.Year,
			AmountBand: r.AmountBand, Outcome: domain.Outcome(r.Outcome), AmountRecoveredBand: r.AmountRecoveredBand, AgeBand: r.AgeBand},
		K: r.KAnonymity, L: r.LDiversity, NeedsReview: r.NeedsReview, ReviewNote: r.ReviewNote, CreatedBy: r.CreatedBy, ApprovedBy: r.ApprovedBy,
		CreatedAt: r.CreatedAt, UpdatedAt: r.UpdatedAt, PublishedAt: r.PublishedAt, WithdrawnAt: r.WithdrawnAt, WithdrawnReason: r.WithdrawnReason,
		Version: r.Version}
	_ = json.Unmarshal([]byte(r.Spans), &s.Spans)
	if s.Spans == nil {
		s.Spans = []anonymize.Span{}
	}
	return s
}

// CaseStudies implements domain.CaseStudyStore.
type CaseStudies struct {
	db    *gorm.DB
	assoc *Associations
}

// NewCaseStudies returns the case study store of db.
func NewCaseStudies(db *DB) *CaseStudies {
	return &CaseStudies{db: db.Gorm, assoc: NewAssociations(db)}
}

func (s *CaseStudies) withAssociations(ctx context.Context, rows []caseStudyRow) ([]domain.CaseStudy, error) {
	byID, err := s.assoc.associationsByID(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]domain.CaseStudy, 0, len(rows))
	for i := range rows {
		out = append(out, rows[i].toDomain(byID[rows[i].AssociationID]))
	}
	return out, nil
}

func (s *CaseStudies) one(ctx context.Context, where string, arg any) (*domain.CaseStudy, error) {
	var r caseStudyRow
	if err := s.db.WithContext(ctx).Where(where, arg).First(&r).Error; err != nil {
		return nil, translate(err, "Case study")
	}
	out, err := s.withAssociations(ctx, []caseStudyRow{r})
	if err != nil {
		return nil, err
	}
	return &out[0], nil
}

// CreateCaseStudy implements domain.CaseStudyStore.
func (s *CaseStudies) CreateCaseStudy(ctx context.Context, st *domain.CaseStudy) error {
	r, err := studyRowOf(st)
	if err != nil {
		return err
	}
	if err := s.db.WithContext(ctx).Create(r).Error; err != nil {
		return translate(err, "A case study of this case")
	}
	st.ID = r.ID
	return nil
}

// FindCaseStudy implements domain.CaseStudyStore.
func (s *CaseStudies) FindCaseStudy(ctx context.Context, id int64) (*domain.CaseStudy, error) {
	return s.one(ctx, "id = ?", id)
}

// FindCaseStudyBySlug implements domain.CaseStudyStore.
func (s *CaseStudies) FindCaseStudyBySlug(ctx context.Context, slug string) (*domain.CaseStudy, error) {
	return s.one(ctx, "slug = ?", slug)
}

// FindCaseStudyOfCase implements domain.CaseStudyStore.
func (s *CaseStudies) FindCaseStudyOfCase(ctx context.Context, caseID int64) (*domain.CaseStudy, error) {
	return s.one(ctx, "case_id = ?", caseID)
}

// FindCaseStudies implements domain.CaseStudyStore.
func (s *CaseStudies) FindCaseStudies(ctx context.Context, ids []int64, status string, limit int) ([]domain.CaseStudy, error) {
	q := s.db.WithContext(ctx).Where("association_id IN ?", ids).Order("updated_at DESC, id DESC").Limit(limit)
	if status != "" {
		q = q.Where("status = ?", status)
	}
	var rows []caseStudyRow
	if err := q.Find(&rows).Error; err != nil {
		return nil, translate(err, "Case studies")
	}
	return s.withAssociations(ctx, rows)
}

// UpdateCaseStudy implements domain.CaseStudyStore.
func (s *CaseStudies) UpdateCaseStudy(ctx context.Context, id int64, fn func(*domain.CaseStudy) (map[string]int, error)) (*domain.CaseStudy, error) {
	var out *domain.CaseStudy
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		q := tx.Where("id = ?", id)
		if tx.Dialector.Name() == Postgres {
			q = q.Clauses(clause.Locking{Strength: "UPDATE"})
		}
		var r caseStudyRow
		if err := q.First(&r).Error; err != nil {
			return translate(err, "Case study")
		}
		var ar associationRow
		if err := tx.First(&ar, r.AssociationID).Error; err != nil {
			return translate(err, "Association")
		}
		st := r.toDomain(domain.Association{ID: ar.ID, Code: ar.Code, Path: ar.Path,
			Names: domain.Names{ZhHans: ar.NameZhHans, ZhHant: ar.NameZhHant, En: ar.NameEn}})
		terms, err := fn(&st)
		if err != nil {
			return err
		}
		row, err := studyRowOf(&st)
		if err != nil {
			return err
		}
		if err := tx.Select("*").Omit("id", "created_at").Save(row).Error; err != nil {
			return translate(err, "Case study")
		}
		if terms != nil {
			if err := tx.Where("case_study_id = ?", id).Delete(&studyTermRow{}).Error; err != nil {
				return translate(err, "Search index")
			}
			var rows []studyTermRow
			for t, n := range terms {
				rows = append(rows, studyTermRow{CaseStudyID: id, Term: t, TF: n})
			}
			if len(rows) > 0 {
				if err := tx.CreateInBatches(rows, 300).Error; err != nil {
					return translate(err, "Search index")
				}
			}
		}
		out = &st
		return nil
	})
	return out, err
}

// SearchCaseStudies implements domain.CaseStudyStore: all terms must match; the score is
// the sum of their counts.
func (s *CaseStudies) SearchCaseStudies(ctx context.Context, q domain.StudyQuery) ([]domain.CaseStudy, int64, error) {
	db := s.db.WithContext(ctx)
	base := db.Model(&caseStudyRow{}).Where("case_studies.status = 'published'")
	if q.Category != "" {
		base = base.Where("category = ?", q.Category)
	}
	if q.Tag != "" {
		base = base.Where("tags LIKE ?", "%,"+q.Tag+",%")
	}
	if q.Province != "" && len(q.Province) >= 2 {
		base = base.Where("region_code LIKE ?", q.Province[:2]+"%")
	}
	if q.Outcome != "" {
		base = base.Where("outcome = ?", q.Outcome)
	}
	if q.Year != 0 {
		base = base.Where("year = ?", q.Year)
	}
	order := "published_at DESC, id DESC"
	if len(q.Terms) > 0 {
		matches := db.Model(&studyTermRow{}).Select("case_study_id, sum(tf) AS score").Where("term IN ?", q.Terms).
			Group("case_study_id").Having("count(*) = ?", len(q.Terms))
		base = base.Joins("JOIN (?) m ON m.case_study_id = case_studies.id", matches)
		order = "m.score DESC, published_at DESC, id DESC"
	}
	var total int64
	if err := base.Session(&gorm.Session{}).Count(&total).Error; err != nil {
		return nil, 0, translate(err, "Case studies")
	}
	var rows []caseStudyRow
	if err := base.Select("case_studies.*").Order(order).Offset(q.Offset).Limit(q.Limit).Find(&rows).Error; err != nil {
		return nil, 0, translate(err, "Case studies")
	}
	out, err := s.withAssociations(ctx, rows)
	return out, total, err
}

// PublishedTerms implements domain.CaseStudyStore.
func (s *CaseStudies) PublishedTerms(ctx context.Context) (map[int64]map[string]int, error) {
	var rows []studyTermRow
	err := s.db.WithContext(ctx).Table("case_study_terms AS t").Joins("JOIN case_studies cs ON cs.id = t.case_study_id").
		Where("cs.status = 'published'").Select("t.case_study_id, t.term, t.tf").Scan(&rows).Error
	if err != nil {
		return nil, translate(err, "Search index")
	}
	out := map[int64]map[string]int{}
	for _, r := range rows {
		if out[r.CaseStudyID] == nil {
			out[r.CaseStudyID] = map[string]int{}
		}
		out[r.CaseStudyID][r.Term] = r.TF
	}
	return out, nil
}

// CountClass implements domain.CaseStudyStore.
func (s *CaseStudies) CountClass(ctx context.Context, c domain.QIClass) (domain.ClassCount, error) {
	q := s.db.WithContext(ctx).Model(&caseRow{}).
		Where("status = 'closed' AND category = ? AND association_id = ? AND received_on >= ? AND received_on <= ?",
			c.Category, c.AssociationID, dbDate{c.From}, dbDate{c.To})
	if c.RegionPrefix != "" {
		q = q.Where("consumer_division LIKE ?", c.RegionPrefix+"%")
	}
	if !c.AnyAmount {
		if c.MinFen > 0 {
			q = q.Where("amount_fen >= ?", c.MinFen)
		} else {
			q = q.Where("(amount_fen IS NULL OR amount_fen >= 0)")
		}
		if c.MaxFen > 0 {
			q = q.Where("(amount_fen < ?"+orNull(c.MinFen)+")", c.MaxFen)
		}
	}
	if c.Tags != nil {
		// The same set: every tag in it, and nothing else (the same stored length).
		for _, t := range c.Tags {
			q = q.Where("tags LIKE ?", "%,"+t+",%")
		}
		q = q.Where("length(tags) = ?", len(joinTags(c.Tags)))
	}
	if c.AgeBand != "" {
		q = q.Where("consumer_age_band = ?", c.AgeBand)
	}
	inBand := "0"
	var args []any
	if c.RecoveredBand {
		inBand = "CASE WHEN outcome = 'agreement' AND coalesce(agreement_amount_fen, 0) >= ?"
		args = append(args, c.RecoveredMin)
		if c.RecoveredMax > 0 {
			inBand += " AND coalesce(agreement_amount_fen, 0) < ?"
			args = append(args, c.RecoveredMax)
		}
		inBand += " THEN 1 ELSE 0 END"
	}
	var rows []struct {
		Key       string
		Count     int64
		Recovered int64
	}
	if err := q.Select("outcome AS key, count(*) AS count, coalesce(sum("+inBand+"), 0) AS recovered", args...).Group("outcome").Scan(&rows).Error; err != nil {
		return domain.ClassCount{}, translate(err, "Cases")
	}
	out := domain.ClassCount{ByOutcome: map[domain.Outcome]int64{}}
	for _, r := range rows {
		out.ByOutcome[domain.Outcome(r.Key)] = r.Count
		out.Recovered += r.Recovered
	}
	return out, nil
}

// orNull lets the lowest band include cases without an amount.
func orNull(minFen int64) string {
	if minFen == 0 {
		return " OR amount_fen IS NULL"
	}
	return ""
}

type tipRow struct {
	ID            int64 `gorm:"primaryKey"`
	AssociationID int64
	Title         string
	Body          string
	Category      string
	Tag           string
	CaseStudies   string
	PublishedAt   time.Time
	CreatedBy     int64
}

func (tipRow) TableName() string { return "tips" }

// CreateTip implements domain.TipStore.
func (s *CaseStudies) CreateTip(ctx context.Context, t *domain.Tip) error {
	r := tipRow{AssociationID: t.Association.ID, Title: t.Title, Body: t.Body, Category: t.Category, Tag: t.Tag,
		CaseStudies: strings.Join(t.CaseStudies, ","), PublishedAt: t.PublishedAt.UTC(), CreatedBy: t.CreatedBy}
	if err := s.db.WithContext(ctx).Create(&r).Error; err != nil {
		return translate(err, "Tip")
	}
	t.ID = r.ID
	return nil
}

// FindTips implements domain.TipStore.
func (s *CaseStudies) FindTips(ctx context.Context, category, tag string, limit int) ([]domain.Tip, error) {
	q := s.db.WithContext(ctx).Order("published_at DESC, id DESC").Limit(limit)
	if category != "" {
		q = q.Where("category = ?", category)
	}
	if tag != "" {
		q = q.Where("tag = ?", tag)
	}
	var rows []tipRow
	if err := q.Find(&rows).Error; err != nil {
		return nil, translate(err, "Tips")
	}
	byID, err := s.assoc.associationsByID(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]domain.Tip, 0, len(rows))
	for _, r := range rows {
		t := domain.Tip{ID: r.ID, Association: byID[r.AssociationID], Title: r.Title, Body: r.Body, Category: r.Category, Tag: r.Tag,
			PublishedAt: r.PublishedAt, CreatedBy: r.CreatedBy}
		if r.CaseStudies != "" {
			t.CaseStudies = strings.Split(r.CaseStudies, ",")
		}
		out = append(out, t)
	}
	return out, nil
}
