package repo

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/redress-project/redress/domain"
	"github.com/redress-project/redress/domain/audit"
)

type caseRow struct {
	ID                          int64 `gorm:"primaryKey"`
	TrackingNumber              string
	AccessCodeHash              string
	AssociationID               int64
	Status                      string
	WaitingOn                   string
	Outcome                     string
	RejectReason                string
	ConsumerName                string
	ConsumerMobile              string
	ConsumerEmail               string
	ConsumerIDNumber            string `gorm:"column:consumer_id_number"`
	ConsumerDivision            string
	ConsumerAgeBand             string
	ConsumerIsMinor             bool
	ConsumerUserID              *int64
	ConsumerLocale              string
	BusinessID                  int64
	BusinessName                string
	BusinessPlatform            string
	BusinessDivision            string
	Category                    string
	Tags                        string
	Title                       string
	Narrative                   string
	AmountFen                   *int64
	OccurredOn                  *dbDate
	DesiredResolution           string
	ConsentToPublish            bool
	GuardianConsent             bool
	Channel                     string
	AssigneeID                  *int64
	PossibleDuplicateOf         *int64
	ReceivedAt                  time.Time
	ReceivedOn                  dbDate
	AcceptanceStart             dbDate
	AcceptanceDays              int
	AcceptanceStoppedAt         *time.Time
	AcceptanceStoppedDays       int
	AcceptedAt                  *time.Time
	AcceptedInTime              *bool
	ResolutionStart             *dbDate
	ResolutionDays              int
	ResolutionStoppedAt         *time.Time
	ResolutionStoppedDays       int
	MediationStartedAt          *time.Time
	BusinessDue                 *dbDate
	BusinessRespondedAt         *time.Time
	ClosedAt                    *time.Time
	ResolvedInTime              *bool
	AgreementTerms              *string
	AgreementAmountFen          *int64
	AgreementProposedAt         *time.Time
	AgreementConsumerAcceptedAt *time.Time
	AgreementConsumerRefusedAt  *time.Time
	AgreementBusinessAcceptedAt *time.Time
	RatingScore                 *int
	RatingComment               *string
	RatedAt                     *time.Time
	CurrentDue                  *dbDate
	Version                     int64
	CreatedAt                   time.Time
	UpdatedAt                   time.Time
	// The chain head as last appended (sequence number and hash of the last event), so
	// that audit verify finds a chain that lost its tail. Written when the case is created
	// and by appendEvents only: a save of the case never writes it back.
	ChainSeq  int    `gorm:"<-:create;->:false"`
	ChainHash string `gorm:"<-:create;->:false"`
}

func (caseRow) TableName() string { return "cases" }

func joinTags(tags []string) string {
	if len(tags) == 0 {
		return ""
	}
	return "," + strings.Join(tags, ",") + ","
}

func splitTags(s string) []string {
	s = strings.Trim(s, ",")
	if s == "" {
		return []string{}
	}
	return strings.Split(s, ",")
}

func caseRowOf(c *domain.Case) *caseRow {
	r := &caseRow{
		ID: c.ID, TrackingNumber: c.TrackingNumber, AccessCodeHash: c.AccessCodeHash, AssociationID: c.Association.ID,
		Status: string(c.Status), WaitingOn: string(c.WaitingOn), Outcome: string(c.Outcome), RejectReason: c.RejectReason,
		ConsumerName: c.Consumer.Name, ConsumerMobile: c.Consumer.Mobile, ConsumerEmail: c.Consumer.Email,
		ConsumerIDNumber: c.Consumer.IDNumber, ConsumerDivision: c.Consumer.DivisionCode, ConsumerAgeBand: c.Consumer.AgeBand,
		ConsumerIsMinor: c.Consumer.IsMinor, ConsumerUserID: c.Consumer.UserID, ConsumerLocale: c.Consumer.Language,
		BusinessID: c.Business.ID, BusinessName: c.Business.Name, BusinessPlatform: c.Business.Platform, BusinessDivision: c.Business.DivisionCode,
		Category: c.Category, Tags: joinTags(c.Tags), Title: c.Title, Narrative: c.Narrative, AmountFen: c.AmountFen,
		OccurredOn: toDBDate(c.OccurredOn), DesiredResolution: c.DesiredResolution, ConsentToPublish: c.ConsentToPublish, GuardianConsent: c.GuardianConsent,
		Channel: c.Channel, AssigneeID: c.AssigneeID, PossibleDuplicateOf: c.PossibleDuplicateOf,
		ReceivedAt: c.ReceivedAt.UTC(), ReceivedOn: dbDate{domain.DateOf(c.ReceivedAt.In(domain.ChinaTime))},
		AcceptanceStart: dbDate{c.Acceptance.Start}, AcceptanceDays: c.Acceptance.Days,
		AcceptanceStoppedAt: utcPtr(c.Acceptance.StoppedAt), AcceptanceStoppedDays: c.Acceptance.StoppedDays,
		AcceptedAt: utcPtr(c.AcceptedAt), AcceptedInTime: c.AcceptedInTime, ResolvedInTime: c.ResolvedInTime, MediationStartedAt: utcPtr(c.MediationStartedAt), BusinessDue: toDBDate(c.BusinessDue),
		BusinessRespondedAt: utcPtr(c.BusinessRespondedAt), ClosedAt: utcPtr(c.ClosedAt), CurrentDue: toDBDate(c.CurrentDue),
		Version: c.Version, CreatedAt: c.CreatedAt.UTC(), UpdatedAt: c.UpdatedAt.UTC(),
	}
	if res := c.Resolution; res != nil {
		r.ResolutionStart, r.ResolutionDays = &dbDate{res.Start}, res.Days
		r.ResolutionStoppedAt, r.ResolutionStoppedDays = utcPtr(res.StoppedAt), res.StoppedDays
	}
	if a := c.Agreement; a != nil {
		proposed := a.ProposedAt.UTC()
		r.AgreementTerms, r.AgreementAmountFen, r.AgreementProposedAt = &a.Terms, &a.AmountRecoveredFen, &proposed
		r.AgreementConsumerAcceptedAt, r.AgreementConsumerRefusedAt = utcPtr(a.ConsumerAcceptedAt), utcPtr(a.ConsumerRefusedAt)
		r.AgreementBusinessAcceptedAt = utcPtr(a.BusinessAcceptedAt)
	}
	if rt := c.Rating; rt != nil {
		at := rt.At.UTC()
		r.RatingScore, r.RatingComment, r.RatedAt = &rt.Score, &rt.Comment, &at
	}
	return r
}

func (r *caseRow) toDomain(assoc domain.Association) domain.Case {
	c := domain.Case{
		ID: r.ID, TrackingNumber: r.TrackingNumber, AccessCodeHash: r.AccessCodeHash, Association: assoc,
		Status: domain.Status(r.Status), WaitingOn: domain.WaitingOn(r.WaitingOn), Outcome: domain.Outcome(r.Outcome), RejectReason: r.RejectReason,
		Consumer: domain.ConsumerInfo{Name: r.ConsumerName, Mobile: r.ConsumerMobile, Email: r.ConsumerEmail, IDNumber: r.ConsumerIDNumber,
			DivisionCode: r.ConsumerDivision, AgeBand: r.ConsumerAgeBand, IsMinor: r.ConsumerIsMinor, UserID: r.ConsumerUserID,
			Language: r.ConsumerLocale},
		Business: domain.BusinessInfo{ID: r.BusinessID, Name: r.BusinessName, Platform: r.BusinessPlatform, DivisionCode: r.BusinessDivision},
		Category: r.Category, Tags: splitTags(r.Tags), Title: r.Title, Narrative: r.Narrative, AmountFen: r.AmountFen,
		OccurredOn: datePtr(r.OccurredOn), DesiredResolution: r.DesiredResolution, ConsentToPublish: r.ConsentToPublish, GuardianConsent: r.GuardianConsent,
		Channel: r.Channel, AssigneeID: r.AssigneeID, PossibleDuplicateOf: r.PossibleDuplicateOf, ReceivedAt: r.ReceivedAt,
		Acceptance: domain.Clock{Start: r.AcceptanceStart.Date, Days: r.AcceptanceDays, StoppedAt: r.AcceptanceStoppedAt, StoppedDays: r.AcceptanceStoppedDays},
		AcceptedAt: r.AcceptedAt, AcceptedInTime: r.AcceptedInTime, ResolvedInTime: r.ResolvedInTime, MediationStartedAt: r.MediationStartedAt, BusinessDue: datePtr(r.BusinessDue),
		BusinessRespondedAt: r.BusinessRespondedAt, ClosedAt: r.ClosedAt, CurrentDue: datePtr(r.CurrentDue),
		Version: r.Version, CreatedAt: r.CreatedAt, UpdatedAt: r.UpdatedAt,
	}
	if r.ResolutionStart != nil {
		c.Resolution = &domain.Clock{Start: r.ResolutionStart.Date, Days: r.ResolutionDays, StoppedAt: r.ResolutionStoppedAt, StoppedDays: r.ResolutionStoppedDays}
	}
	if r.AgreementTerms != nil {
		c.Agreement = &domain.Agreement{Terms: *r.AgreementTerms, AmountRecoveredFen: deref(r.AgreementAmountFen), ProposedAt: deref(r.AgreementProposedAt),
			ConsumerAcceptedAt: r.AgreementConsumerAcceptedAt, ConsumerRefusedAt: r.AgreementConsumerRefusedAt, BusinessAcceptedAt: r.AgreementBusinessAcceptedAt}
	}
	if r.RatingScore != nil {
		c.Rating = &domain.Rating{Score: *r.RatingScore, Comment: deref(r.RatingComment), At: deref(r.RatedAt)}
	}
	return c
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

type eventRow struct {
	ID         int64 `gorm:"primaryKey"`
	CaseID     int64
	Seq        int
	At         time.Time
	ActorKind  string
	ActorID    *int64
	ActorName  string
	Type       string
	Visibility string
	Payload    string
	PrevHash   string
	Hash       string
}

func (eventRow) TableName() string { return "case_events" }

func (r *eventRow) toDomain() domain.Event {
	e := domain.Event{ID: r.ID, CaseID: r.CaseID, Seq: r.Seq, At: r.At.UTC(), ActorKind: domain.ActorKind(r.ActorKind), ActorID: r.ActorID,
		ActorName: r.ActorName, Type: r.Type, Visibility: domain.Visibility(r.Visibility), PrevHash: r.PrevHash, Hash: r.Hash}
	_ = json.Unmarshal([]byte(r.Payload), &e.Payload)
	return e
}

// Cases implements domain.CaseStore.
type Cases struct {
	db     *gorm.DB
	assoc  *Associations
	outbox caseOutbox // queues the notices of a change in its transaction; nil queues none
}

// NewCases returns the case store of db.
func NewCases(db *DB) *Cases { return &Cases{db: db.Gorm, assoc: NewAssociations(db)} }

// association looks up the association of a case row; the tree is small and cached by
// the caller's service, but here one indexed row is enough.
func (s *Cases) association(tx *gorm.DB, id int64) (domain.Association, error) {
	var r associationRow
	if err := tx.First(&r, id).Error; err != nil {
		return domain.Association{}, translate(err, "Association")
	}
	return domain.Association{ID: r.ID, Code: r.Code, Path: r.Path, Names: domain.Names{ZhHans: r.NameZhHans, ZhHant: r.NameZhHant, En: r.NameEn}}, nil
}

// CreateCase implements domain.CaseStore.
func (s *Cases) CreateCase(ctx context.Context, c *domain.Case, first domain.Event, dupSince time.Time, idem *domain.IdempotencyCompletion) error {
	// The number is taken in a statement of its own: inside the transaction, the counter's
	// row lock would hold every other intake of the association until this one commits. An
	// intake that then fails leaves a gap in the numbers, which is harmless.
	tn, err := nextTrackingNumber(s.db.WithContext(ctx), c.Association.Code, c.ReceivedAt)
	if err != nil {
		return err
	}
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		bid, err := findOrCreateBusiness(tx, c.Business, c.CreatedAt)
		if err != nil {
			return err
		}
		c.Business.ID = bid
		var dup []int64
		if err := tx.Model(&caseRow{}).Where("consumer_mobile = ? AND business_id = ? AND received_at >= ?", c.Consumer.Mobile, bid, dupSince.UTC()).
			Order("received_at DESC").Limit(1).Pluck("id", &dup).Error; err != nil {
			return translate(err, "Cases")
		}
		if len(dup) > 0 {
			c.PossibleDuplicateOf = &dup[0]
		}
		c.TrackingNumber = tn
		r := caseRowOf(c)
		if err := tx.Create(r).Error; err != nil {
			return translate(err, "Case")
		}
		c.ID = r.ID
		first.CaseID = c.ID
		if len(dup) > 0 {
			first.Payload["possible_duplicate_of"] = dup[0]
		}
		events := []domain.Event{first}
		if err := appendEvents(tx, c.ID, events); err != nil {
			return err
		}
		if err := s.queueNotices(tx, c, events); err != nil {
			return err
		}
		if idem != nil {
			body, err := idem.Render(c)
			if err != nil {
				return err
			}
			res := tx.Model(&idempotencyRow{}).Where("key = ?", idem.Key).Updates(map[string]any{"done": true, "response": string(body)})
			if err := rowsOrNotFound(res, "Idempotency key"); err != nil {
				return err
			}
		}
		// Last: the roll-up rows of the day are shared by every intake, so hold their
		// locks for as short a time as possible.
		return (statDelta{}).changed(tx, r)
	})
}

// nextTrackingNumber gives a number such as GZ-2026-000123: the last part of the
// association code, the year of receipt (Beijing time) and a counter per prefix and year.
func nextTrackingNumber(db *gorm.DB, assocCode string, received time.Time) (string, error) {
	prefix := assocCode[strings.LastIndexByte(assocCode, '-')+1:]
	year := received.In(domain.ChinaTime).Year()
	var last int64
	err := db.Raw(`INSERT INTO tracking_counters (prefix, year, last) VALUES (?, ?, 1)
		ON CONFLICT (prefix, year) DO UPDATE SET last = tracking_counters.last + 1 RETURNING last`, prefix, year).Scan(&last).Error
	if err != nil {
		return "", translate(err, "Tracking counter")
	}
	return fmt.Sprintf("%s-%d-%06d", prefix, year, last), nil
}

type businessRow struct {
	ID             int64 `gorm:"primaryKey"`
	Name           string
	NormalizedName string
	USCC           *string `gorm:"column:uscc"`
	DivisionCode   *string
	CreatedAt      time.Time
}

func (businessRow) TableName() string { return "businesses" }

// findOrCreateBusiness links a respondent to the registry, among the records not merged
// into another: by USCC when given, else by normalized name.
//
// With a USCC and no record of it, a record of the same name without one takes it (the
// business was named before without its code): one business, one record. Without a
// USCC, a record of the same name without one is preferred; else the one record of that
// name with a USCC, as names are unique enough that a single registered match is the
// same business; with two such records the name alone cannot choose, so a record without
// a USCC is created for staff to merge. A name once merged into another record leads to
// the record it was merged into.
func findOrCreateBusiness(tx *gorm.DB, b domain.BusinessInfo, now time.Time) (int64, error) {
	norm := domain.NormalizeBusinessName(b.Name)
	keys := []string{"name:" + norm}
	if b.USCC != "" {
		keys = append(keys, "uscc:"+b.USCC)
	}
	if err := lockBusinessKeys(tx, keys...); err != nil {
		return 0, err
	}
	find := func() (int64, error) {
		if b.USCC != "" {
			var found []businessRow
			if err := liveBusinesses(tx).Where("uscc = ?", b.USCC).Limit(1).Find(&found).Error; err != nil || len(found) == 0 {
				return 0, translate(err, "Business")
			}
			return found[0].ID, nil
		}
		var found []struct {
			ID       int64
			HasUSCC  bool
			MergedTo *int64
		}
		err := tx.Table("businesses AS b").Joins("LEFT JOIN business_merges m ON m.from_id = b.id").Where("b.normalized_name = ?", norm).
			Select("b.id, b.uscc IS NOT NULL AS has_uscc, m.into_id AS merged_to").Order("b.id").Limit(20).Scan(&found).Error
		if err != nil {
			return 0, translate(err, "Business")
		}
		var plain, registered []int64
		for _, f := range found {
			switch {
			case f.MergedTo != nil: // staff said this spelling is the kept record's
				return survivingBusiness(tx, *f.MergedTo)
			case !f.HasUSCC:
				plain = append(plain, f.ID)
			default:
				registered = append(registered, f.ID)
			}
		}
		switch {
		case len(plain) > 0:
			return plain[0], nil
		case len(registered) == 1:
			return registered[0], nil
		}
		return 0, nil
	}
	if id, err := find(); id != 0 || err != nil {
		return id, err
	}
	if b.USCC != "" {
		var named []businessRow
		if err := liveBusinesses(tx).Where("normalized_name = ? AND uscc IS NULL", norm).Order("id").Limit(1).Find(&named).Error; err != nil {
			return 0, translate(err, "Business")
		}
		if len(named) == 1 {
			res := tx.Model(&businessRow{}).Where("id = ? AND uscc IS NULL", named[0].ID).Update("uscc", b.USCC)
			if res.Error != nil {
				return 0, translate(res.Error, "Business")
			}
			if res.RowsAffected == 1 {
				return named[0].ID, nil
			}
		}
	}
	r := businessRow{Name: b.Name, NormalizedName: norm, CreatedAt: now.UTC()}
	if b.USCC != "" {
		r.USCC = &b.USCC
	}
	if b.DivisionCode != "" {
		r.DivisionCode = &b.DivisionCode
	}
	// Two complaints about a new business may arrive together: the second waits for the
	// first's insert and then links to its row rather than failing on the USCC.
	if err := tx.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "uscc"}}, DoNothing: true}).Create(&r).Error; err != nil {
		return 0, translate(err, "Business")
	}
	if r.ID != 0 {
		return r.ID, nil
	}
	id, err := find()
	if err == nil && id == 0 {
		err = fmt.Errorf("repo: business %s neither inserted nor found", b.USCC)
	}
	return id, err
}

// appendEvents seals events onto the case's chain and inserts them. The caller holds the
// case row lock (or created the case), so no other chain append interleaves.
func appendEvents(tx *gorm.DB, caseID int64, events []domain.Event) error {
	var last []eventRow
	if err := tx.Where("case_id = ?", caseID).Order("seq DESC").Limit(1).Find(&last).Error; err != nil {
		return translate(err, "Events")
	}
	var prev *domain.Event
	if len(last) > 0 {
		e := last[0].toDomain()
		prev = &e
	}
	for i := range events {
		e := &events[i]
		e.CaseID = caseID
		e.Seal(prev)
		payload, err := json.Marshal(e.Payload)
		if err != nil {
			return fmt.Errorf("repo: event payload: %w", err)
		}
		r := eventRow{CaseID: caseID, Seq: e.Seq, At: e.At, ActorKind: string(e.ActorKind), ActorID: e.ActorID, ActorName: e.ActorName,
			Type: e.Type, Visibility: string(e.Visibility), Payload: string(payload), PrevHash: e.PrevHash, Hash: e.Hash}
		if err := tx.Create(&r).Error; err != nil {
			return translate(err, "Event")
		}
		e.ID = r.ID
		prev = e
	}
	if prev == nil {
		return nil
	}
	return translate(tx.Exec("UPDATE cases SET chain_seq = ?, chain_hash = ? WHERE id = ?", prev.Seq, prev.Hash, caseID).Error, "Case")
}

// FindCase implements domain.CaseStore.
func (s *Cases) FindCase(ctx context.Context, id int64) (*domain.Case, error) {
	return s.findCase(s.db.WithContext(ctx), false, "id = ?", id)
}

// FindCaseByTrackingNumber implements domain.CaseStore.
func (s *Cases) FindCaseByTrackingNumber(ctx context.Context, tn string) (*domain.Case, error) {
	return s.findCase(s.db.WithContext(ctx), false, "tracking_number = ?", tn)
}

// findCase reads a case; lock takes the row lock on PostgreSQL (SQLite's immediate
// transactions already serialize writers).
func (s *Cases) findCase(tx *gorm.DB, lock bool, where string, arg any) (*domain.Case, error) {
	var r caseRow
	q := tx.Where(where, arg)
	if lock && tx.Dialector.Name() == Postgres {
		q = q.Clauses(clause.Locking{Strength: "UPDATE"})
	}
	if err := q.First(&r).Error; err != nil {
		return nil, translate(err, "Case")
	}
	assoc, err := s.association(tx, r.AssociationID)
	if err != nil {
		return nil, err
	}
	c := r.toDomain(assoc)
	return &c, nil
}

// FindOpenCaseIDsDueFrom implements domain.CaseStore.
func (s *Cases) FindOpenCaseIDsDueFrom(ctx context.Context, from domain.Date) ([]int64, error) {
	var ids []int64
	d := dbDate{from}
	err := s.db.WithContext(ctx).Model(&caseRow{}).
		Where("status <> ? AND (current_due >= ? OR business_due >= ?)", string(domain.StatusClosed), d, d).
		Order("id").Pluck("id", &ids).Error
	return ids, translate(err, "Cases")
}

// FindCaseAssociation implements domain.CaseStore.
func (s *Cases) FindCaseAssociation(ctx context.Context, id int64) (int64, error) {
	var ids []int64
	if err := s.db.WithContext(ctx).Model(&caseRow{}).Where("id = ?", id).Pluck("association_id", &ids).Error; err != nil {
		return 0, translate(err, "Case")
	}
	if len(ids) == 0 {
		return 0, domain.Errorf(domain.ECodeNotFound, "There is no such case.")
	}
	return ids[0], nil
}

// UpdateCase implements domain.CaseStore: lock, apply, save, append, commit.
func (s *Cases) UpdateCase(ctx context.Context, id int64, fn func(c *domain.Case) ([]domain.Event, bool, error)) (*domain.Case, error) {
	var out *domain.Case
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		c, err := s.findCase(tx, true, "id = ?", id)
		if err != nil {
			return err
		}
		stats := statsBefore(caseRowOf(c)) // counted now: fn changes c in place
		events, bump, err := fn(c)
		if err != nil {
			return err
		}
		if bump {
			c.Version++
			c.UpdatedAt = time.Now().UTC()
			after := caseRowOf(c)
			if err := tx.Select("*").Omit("id", "created_at").Save(after).Error; err != nil {
				return translate(err, "Case")
			}
			if err := stats.changed(tx, after); err != nil {
				return err
			}
		}
		if err := appendEvents(tx, c.ID, events); err != nil {
			return err
		}
		if err := s.queueNotices(tx, c, events); err != nil {
			return err
		}
		out = c
		return nil
	})
	return out, err
}

// FindEvents implements domain.CaseStore.
func (s *Cases) FindEvents(ctx context.Context, caseID int64) ([]domain.Event, error) {
	var rows []eventRow
	if err := s.db.WithContext(ctx).Where("case_id = ?", caseID).Order("seq").Find(&rows).Error; err != nil {
		return nil, translate(err, "Events")
	}
	out := make([]domain.Event, 0, len(rows))
	for i := range rows {
		out = append(out, rows[i].toDomain())
	}
	return out, nil
}

// WalkChains implements audit.Chains: the cases in ID order, 500 at a time, each with the
// chain head it recorded and its events in sequence order.
func (s *Cases) WalkChains(ctx context.Context, fn func(recorded audit.Head, events []domain.Event) error) error {
	db := s.db.WithContext(ctx)
	var after int64
	for {
		var heads []audit.Head
		if err := db.Raw("SELECT id AS case_id, chain_seq AS seq, chain_hash AS hash FROM cases WHERE id > ? ORDER BY id LIMIT 500", after).
			Scan(&heads).Error; err != nil {
			return translate(err, "Cases")
		}
		if len(heads) == 0 {
			return nil
		}
		ids := make([]int64, len(heads))
		for i, h := range heads {
			ids[i] = h.CaseID
		}
		var rows []eventRow
		if err := db.Where("case_id IN ?", ids).Order("case_id, seq").Find(&rows).Error; err != nil {
			return translate(err, "Events")
		}
		byCase := map[int64][]domain.Event{}
		for i := range rows {
			byCase[rows[i].CaseID] = append(byCase[rows[i].CaseID], rows[i].toDomain())
		}
		for _, h := range heads {
			if err := fn(h, byCase[h.CaseID]); err != nil {
				return err
			}
		}
		after = ids[len(ids)-1]
	}
}

// FindCases implements domain.CaseStore with keyset pagination. The cases carry their
// association's ID only (the caller has the association tree cached), and neither their
// narrative nor their access code's hash.
func (s *Cases) FindCases(ctx context.Context, f domain.CaseFilter) (*domain.CasePage, error) {
	q := s.db.WithContext(ctx).Model(&caseRow{})
	switch {
	case len(f.AssociationIDs) > 0:
		q = q.Where("association_id IN ?", f.AssociationIDs)
	case f.ConsumerUserID != 0:
		q = q.Where("consumer_user_id = ?", f.ConsumerUserID)
	case f.BusinessID != 0:
		q = q.Where("business_id = ?", f.BusinessID)
	default:
		return &domain.CasePage{Items: []domain.Case{}}, nil // no scope, no rows
	}
	if len(f.Statuses) > 0 {
		st := make([]string, len(f.Statuses))
		for i, x := range f.Statuses {
			st[i] = string(x)
		}
		q = q.Where("status IN ?", st)
	}
	if f.Category != "" {
		// A first-level category takes in its second levels ("food" finds "food.dairy").
		q = q.Where("(category = ? OR category LIKE ?)", f.Category, escapeLike(f.Category)+".%")
	}
	if f.Tag != "" {
		q = q.Where("tags LIKE ?", "%,"+f.Tag+",%")
	}
	if f.AssigneeID != 0 {
		q = q.Where("assignee_id = ?", f.AssigneeID)
	}
	if f.Unassigned {
		q = q.Where("assignee_id IS NULL")
	}
	if f.WaitingOn != "" {
		q = q.Where("waiting_on = ?", string(f.WaitingOn))
	}
	if f.Overdue {
		q = q.Where("current_due < ?", dbDate{f.Today})
	}
	if f.From != nil {
		q = q.Where("received_at >= ?", f.From.Time(domain.ChinaTime).UTC())
	}
	if f.To != nil {
		q = q.Where("received_at < ?", f.To.AddDays(1).Time(domain.ChinaTime).UTC())
	}
	for _, cond := range searchConditions(s.db.Dialector.Name(), f.Query) {
		q = q.Where(cond.sql, cond.args...)
	}
	byDue := f.Sort == "due"
	if f.Cursor != "" {
		key, id, err := decodeCursor(f.Cursor)
		if err != nil {
			return nil, err
		}
		// Row comparisons, so that the key bounds the index scan of a deep page.
		if byDue {
			q = q.Where("(current_due, id) > (?, ?)", key, id)
		} else {
			q = q.Where("(received_at, id) < (?, ?)", key, id)
		}
	}
	if byDue {
		q = q.Where("current_due IS NOT NULL").Order("current_due, id")
	} else {
		q = q.Order("received_at DESC, id DESC")
	}
	var rows []caseRow
	// A list shows no narrative: leaving out its kilobytes is most of what a page reads.
	if err := q.Omit("narrative", "access_code_hash").Limit(f.Limit + 1).Find(&rows).Error; err != nil {
		return nil, translate(err, "Cases")
	}
	page := &domain.CasePage{Items: make([]domain.Case, 0, len(rows))}
	if len(rows) > f.Limit {
		rows = rows[:f.Limit]
		last := rows[len(rows)-1]
		if byDue {
			page.NextCursor = encodeCursor(last.CurrentDue.Date.String(), last.ID)
		} else {
			page.NextCursor = encodeCursor(last.ReceivedAt.UTC().Format(time.RFC3339Nano), last.ID)
		}
	}
	for i := range rows {
		page.Items = append(page.Items, rows[i].toDomain(domain.Association{ID: rows[i].AssociationID}))
	}
	return page, nil
}

// A mobile number as a caller gives it: 11 digits from 1, maybe after +86 or 86.
var mobileQuery = regexp.MustCompile(`^(?:\+?86)?(1[0-9]{10})$`)

// mobileSeparators are what a caller's mobile number may be written with: 139 1234-5678.
var mobileSeparators = strings.NewReplacer(" ", "", "-", "", "\u3000", "")

type condition struct {
	sql  string
	args []any
}

// searchConditions turns an inbox search into conditions that every case found meets: each
// word must match. A mobile number (spaces and hyphens allowed) matches the consumer's
// mobile exactly; four digits beside another word match the mobile's last four digits or
// the text; a word of one or two characters matches the consumer's whole name (李娜); any
// other word matches part of the tracking number, the consumer's name, the business's name
// or the title. Four digits alone never search the mobiles: too many consumers share them
// for a search that narrows nothing else. Words shorter than three characters are names
// only because no trigram index serves them inside a text: they would read every case in
// the caller's scope.
func searchConditions(dialect, query string) []condition {
	if query == "" {
		return nil
	}
	compact := mobileSeparators.Replace(query)
	if m := mobileQuery.FindStringSubmatch(compact); m != nil {
		return []condition{equalTo(dialect, "consumer_mobile", m[1])}
	}
	terms := strings.Fields(query)
	out := make([]condition, 0, len(terms))
	for _, t := range terms {
		switch m := mobileQuery.FindStringSubmatch(t); {
		case m != nil:
			out = append(out, equalTo(dialect, "consumer_mobile", m[1]))
		case utf8.RuneCountInString(t) < 3:
			out = append(out, equalTo(dialect, "consumer_name", t))
		case len(terms) > 1 && isLastFour(t):
			text := textCondition(dialect, t)
			out = append(out, condition{"(consumer_mobile LIKE ? OR " + text.sql + ")", append([]any{"%" + t}, text.args...)})
		default:
			out = append(out, textCondition(dialect, t))
		}
	}
	return out
}

// equalTo matches the cases whose column is v. SQLite, without statistics, would rather
// walk the inbox index in order and read every row of the caller's scope than use the
// column's index and sort the few it finds (180 ms against 10 ms for 25,000 cases): as a
// list of IDs, the match is read once from its index and the walk reads the inbox index only.
func equalTo(dialect, column, v string) condition {
	if dialect == Postgres {
		return condition{column + " = ?", []any{v}}
	}
	return condition{"id IN (SELECT id FROM cases WHERE " + column + " = ?)", []any{v}}
}

func isLastFour(t string) bool {
	if len(t) != 4 {
		return false
	}
	for _, r := range t {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// textCondition matches a word of three characters or more anywhere in the searched
// columns, through PostgreSQL's trigram indexes (ILIKE) or SQLite's trigram FTS5 table
// cases_search (case-insensitive too).
func textCondition(dialect, t string) condition {
	if dialect == Postgres {
		like := "%" + escapeLike(t) + "%"
		return condition{`(tracking_number ILIKE ? ESCAPE '\' OR consumer_name ILIKE ? ESCAPE '\'
			OR business_name ILIKE ? ESCAPE '\' OR title ILIKE ? ESCAPE '\')`, []any{like, like, like, like}}
	}
	return condition{"id IN (SELECT rowid FROM cases_search WHERE cases_search MATCH ?)", []any{`"` + strings.ReplaceAll(t, `"`, `""`) + `"`}}
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// encodeCursor makes an opaque cursor of the sort key and the ID of the last row.
func encodeCursor(key string, id int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(key + "|" + strconv.FormatInt(id, 10)))
}

func decodeCursor(cur string) (any, int64, error) {
	bad := domain.ReasonErrorf(domain.ECodeInvalid, "bad_cursor", "The cursor is not valid; start from the first page.")
	raw, err := base64.RawURLEncoding.DecodeString(cur)
	if err != nil {
		return nil, 0, bad
	}
	key, idText, ok := strings.Cut(string(raw), "|")
	id, err := strconv.ParseInt(idText, 10, 64)
	if !ok || err != nil {
		return nil, 0, bad
	}
	if t, err := time.Parse(time.RFC3339Nano, key); err == nil {
		return t, id, nil
	}
	if d, err := domain.ParseDate(key); err == nil {
		return dbDate{d}, id, nil
	}
	return nil, 0, bad
}

type idempotencyRow struct {
	Key         string `gorm:"primaryKey"`
	RequestHash string
	Done        bool
	Response    *string
	CreatedAt   time.Time
}

func (idempotencyRow) TableName() string { return "idempotency_keys" }

// Idempotency implements domain.IdempotencyStore.
type Idempotency struct{ db *gorm.DB }

// NewIdempotency returns the idempotency-key store of db.
func NewIdempotency(db *DB) *Idempotency { return &Idempotency{db: db.Gorm} }

// idempotencyTTL is how long a key is remembered.
const idempotencyTTL = 24 * time.Hour

// ClaimIdempotencyKey implements domain.IdempotencyStore. Keys older than a day are
// forgotten here as well as by maintenance, so an old key never blocks a new request.
func (s *Idempotency) ClaimIdempotencyKey(ctx context.Context, key, hash string, now time.Time, staleAfter time.Duration) (*domain.IdempotencyRecord, error) {
	var out *domain.IdempotencyRecord
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		now := now.UTC()
		if err := tx.Where("key = ? AND (created_at < ? OR (NOT done AND created_at < ?))", key, now.Add(-idempotencyTTL), now.Add(-staleAfter)).
			Delete(&idempotencyRow{}).Error; err != nil {
			return translate(err, "Idempotency key")
		}
		res := tx.Clauses(clause.OnConflict{DoNothing: true}).Create(&idempotencyRow{Key: key, RequestHash: hash, CreatedAt: now})
		if res.Error != nil {
			return translate(res.Error, "Idempotency key")
		}
		if res.RowsAffected == 1 {
			return nil
		}
		var r idempotencyRow
		if err := tx.Where("key = ?", key).First(&r).Error; err != nil {
			return translate(err, "Idempotency key")
		}
		out = &domain.IdempotencyRecord{Key: r.Key, RequestHash: r.RequestHash, Done: r.Done, Response: []byte(deref(r.Response)), CreatedAt: r.CreatedAt}
		return nil
	})
	return out, err
}

// ReleaseIdempotencyKey implements domain.IdempotencyStore.
func (s *Idempotency) ReleaseIdempotencyKey(ctx context.Context, key string) error {
	return translate(s.db.WithContext(ctx).Where("key = ? AND NOT done", key).Delete(&idempotencyRow{}).Error, "Idempotency key")
}
