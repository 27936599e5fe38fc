package api

import (
	"strconv"
	"strings"
	"time"

	"github.com/redress-project/redress/domain"
)

// Request shapes.

type complaintRequest struct {
	Consumer struct {
		Name         string `json:"name"`
		Mobile       string `json:"mobile"`
		Email        string `json:"email"`
		IDNumber     string `json:"id_number"`
		DivisionCode string `json:"division_code"`
		AgeBand      string `json:"age_band"`
		IsMinor      bool   `json:"is_minor"`
	} `json:"consumer"`
	Business struct {
		Name         string `json:"name"`
		USCC         string `json:"uscc"`
		Platform     string `json:"platform"`
		DivisionCode string `json:"division_code"`
	} `json:"business"`
	Category          string   `json:"category"`
	Tags              []string `json:"tags"`
	Title             string   `json:"title"`
	Narrative         string   `json:"narrative"`
	Amount            string   `json:"amount"`
	OccurredOn        string   `json:"occurred_on"`
	DesiredResolution string   `json:"desired_resolution"`
	ConsentToPublish  bool     `json:"consent_to_publish"`
	Channel           string   `json:"channel"`
	Language          string   `json:"language"`
}

func (r complaintRequest) input() domain.ComplaintInput {
	return domain.ComplaintInput{
		ConsumerName: r.Consumer.Name, ConsumerMobile: r.Consumer.Mobile, ConsumerEmail: r.Consumer.Email,
		ConsumerIDNumber: r.Consumer.IDNumber, ConsumerDivision: r.Consumer.DivisionCode, AgeBand: r.Consumer.AgeBand,
		IsMinor: r.Consumer.IsMinor, BusinessName: r.Business.Name, BusinessUSCC: r.Business.USCC,
		BusinessPlatform: r.Business.Platform, BusinessDivision: r.Business.DivisionCode, Category: r.Category, Tags: r.Tags,
		Title: r.Title, Narrative: r.Narrative, Amount: r.Amount, OccurredOn: r.OccurredOn,
		DesiredResolution: r.DesiredResolution, ConsentToPublish: r.ConsentToPublish, Channel: r.Channel,
		Language: r.Language,
	}
}

type transitionRequest struct {
	Action            domain.Action  `json:"action"`
	ReasonCode        string         `json:"reason_code"`
	Reason            string         `json:"reason"`
	TargetAssociation string         `json:"target_association"`
	Outcome           domain.Outcome `json:"outcome"`
	Agreement         *struct {
		Terms           string `json:"terms"`
		AmountRecovered string `json:"amount_recovered"`
	} `json:"agreement"`
}

func (r transitionRequest) transition() domain.Transition {
	t := domain.Transition{Action: r.Action, ReasonCode: r.ReasonCode, Reason: r.Reason,
		TargetAssociation: strings.ToUpper(r.TargetAssociation), Outcome: r.Outcome}
	if r.Agreement != nil {
		t.AgreementTerms, t.AmountRecovered = r.Agreement.Terms, r.Agreement.AmountRecovered
	}
	return t
}

// Response shapes.

type receiptJSON struct {
	ID             int64              `json:"id"`
	TrackingNumber string             `json:"tracking_number"`
	AccessCode     string             `json:"access_code"`
	Status         domain.Status      `json:"status"`
	Association    associationRefJSON `json:"association"`
	AcceptanceDue  domain.Date        `json:"acceptance_due"`
	// AcceptanceDueProvisional: the deadline runs into a year whose holidays are not
	// loaded yet, so it may move when they are.
	AcceptanceDueProvisional bool      `json:"acceptance_due_provisional"`
	ReceivedAt               time.Time `json:"received_at"`
}

func receiptOut(r *domain.Receipt) receiptJSON {
	due := r.Case.AcceptanceDue(r.Calendar)
	return receiptJSON{ID: r.Case.ID, TrackingNumber: r.Case.TrackingNumber, AccessCode: r.AccessCode, Status: r.Case.Status,
		Association: associationRef(&r.Case.Association), AcceptanceDue: due,
		AcceptanceDueProvisional: r.Calendar.Provisional(r.Case.Acceptance.Start, due), ReceivedAt: r.Case.ReceivedAt.UTC()}
}

type consumerJSON struct {
	Name         string `json:"name"`
	Mobile       string `json:"mobile"`
	Email        string `json:"email,omitempty"`
	IDNumber     string `json:"id_number,omitempty"`
	DivisionCode string `json:"division_code"`
	AgeBand      string `json:"age_band,omitempty"`
	IsMinor      bool   `json:"is_minor"`
}

type businessJSON struct {
	ID           int64  `json:"id"`
	Name         string `json:"name"`
	USCC         string `json:"uscc,omitempty"`
	Platform     string `json:"platform,omitempty"`
	DivisionCode string `json:"division_code,omitempty"`
}

type agreementJSON struct {
	Terms              string     `json:"terms"`
	AmountRecovered    string     `json:"amount_recovered"`
	ProposedAt         time.Time  `json:"proposed_at"`
	ConsumerAcceptedAt *time.Time `json:"consumer_accepted_at"`
	ConsumerRefusedAt  *time.Time `json:"consumer_refused_at"`
	BusinessAcceptedAt *time.Time `json:"business_accepted_at"`
}

type ratingJSON struct {
	Score   int       `json:"score"`
	Comment string    `json:"comment"`
	At      time.Time `json:"at"`
}

type rejectReasonJSON struct {
	Code  string       `json:"code"`
	Names domain.Names `json:"names"`
	Basis domain.Names `json:"basis"`
}

type caseJSON struct {
	ID                  int64              `json:"id"`
	TrackingNumber      string             `json:"tracking_number"`
	Association         associationRefJSON `json:"association"`
	Status              domain.Status      `json:"status"`
	WaitingOn           domain.WaitingOn   `json:"waiting_on"`
	Outcome             domain.Outcome     `json:"outcome,omitempty"`
	RejectReason        *rejectReasonJSON  `json:"reject_reason,omitempty"`
	Consumer            consumerJSON       `json:"consumer"`
	Business            businessJSON       `json:"business"`
	Category            string             `json:"category"`
	Tags                []string           `json:"tags"`
	Title               string             `json:"title"`
	Narrative           string             `json:"narrative,omitempty"` // not in lists
	Amount              *string            `json:"amount"`
	OccurredOn          *domain.Date       `json:"occurred_on"`
	DesiredResolution   string             `json:"desired_resolution,omitempty"`
	ConsentToPublish    bool               `json:"consent_to_publish"`
	Channel             string             `json:"channel"`
	AssigneeID          *int64             `json:"assignee_id"`
	AssigneeName        string             `json:"assignee_name,omitempty"`
	PossibleDuplicateOf *int64             `json:"possible_duplicate_of"`
	ReceivedAt          time.Time          `json:"received_at"`
	AcceptanceDue       domain.Date        `json:"acceptance_due"`
	ResolutionDue       *domain.Date       `json:"resolution_due"`
	BusinessDue         *domain.Date       `json:"business_due"`
	// A provisional deadline runs into a year whose holidays are not loaded yet.
	AcceptanceDueProvisional bool           `json:"acceptance_due_provisional"`
	ResolutionDueProvisional bool           `json:"resolution_due_provisional"`
	BusinessDueProvisional   bool           `json:"business_due_provisional"`
	BusinessRespondedAt      *time.Time     `json:"business_responded_at"`
	BusinessAnsweredInTime   *bool          `json:"business_answered_in_time"`
	Overdue                  bool           `json:"overdue"`
	ClockStopped             bool           `json:"clock_stopped"`
	AcceptedAt               *time.Time     `json:"accepted_at"`
	ClosedAt                 *time.Time     `json:"closed_at"`
	Agreement                *agreementJSON `json:"agreement"`
	Rating                   *ratingJSON    `json:"rating"`
	Version                  int64          `json:"version"`
	UpdatedAt                time.Time      `json:"updated_at"`
}

// caseOut renders a case for staff or for the consumer; a business sees it through
// caseForBusiness, without the consumer's contact details.
func caseOut(c *domain.Case, d domain.Deadlines) caseJSON {
	out := caseJSON{
		ID: c.ID, TrackingNumber: c.TrackingNumber, Association: associationRef(&c.Association), Status: c.Status,
		WaitingOn: c.WaitingOn, Outcome: c.Outcome,
		Consumer: consumerJSON{Name: c.Consumer.Name, Mobile: c.Consumer.Mobile, Email: c.Consumer.Email, IDNumber: c.Consumer.IDNumber,
			DivisionCode: c.Consumer.DivisionCode, AgeBand: c.Consumer.AgeBand, IsMinor: c.Consumer.IsMinor},
		Business: businessJSON{ID: c.Business.ID, Name: c.Business.Name, USCC: c.Business.USCC, Platform: c.Business.Platform, DivisionCode: c.Business.DivisionCode},
		Category: c.Category, Tags: c.Tags, Title: c.Title, Narrative: c.Narrative, OccurredOn: c.OccurredOn,
		DesiredResolution: c.DesiredResolution, ConsentToPublish: c.ConsentToPublish, Channel: c.Channel,
		AssigneeID: c.AssigneeID, AssigneeName: c.AssigneeName, PossibleDuplicateOf: c.PossibleDuplicateOf, ReceivedAt: c.ReceivedAt.UTC(),
		AcceptanceDue: d.AcceptanceDue, ResolutionDue: d.ResolutionDue, BusinessDue: d.BusinessDue,
		AcceptanceDueProvisional: d.AcceptanceDueProvisional, ResolutionDueProvisional: d.ResolutionDueProvisional,
		BusinessDueProvisional: d.BusinessDueProvisional,
		BusinessRespondedAt:    c.BusinessRespondedAt, BusinessAnsweredInTime: d.BusinessAnsweredInTime,
		Overdue: d.Overdue, ClockStopped: d.ClockStopped, AcceptedAt: c.AcceptedAt, ClosedAt: c.ClosedAt,
		Version: c.Version, UpdatedAt: c.UpdatedAt.UTC(),
	}
	if c.AmountFen != nil {
		a := domain.FormatAmount(*c.AmountFen)
		out.Amount = &a
	}
	if r, ok := domain.FindRejectReason(c.RejectReason); ok && c.RejectReason != "" {
		out.RejectReason = &rejectReasonJSON{Code: r.Code, Names: r.Names, Basis: r.Basis}
	}
	if a := c.Agreement; a != nil {
		out.Agreement = &agreementJSON{Terms: a.Terms, AmountRecovered: domain.FormatAmount(a.AmountRecoveredFen), ProposedAt: a.ProposedAt.UTC(),
			ConsumerAcceptedAt: a.ConsumerAcceptedAt, ConsumerRefusedAt: a.ConsumerRefusedAt, BusinessAcceptedAt: a.BusinessAcceptedAt}
	}
	if r := c.Rating; r != nil {
		out.Rating = &ratingJSON{Score: r.Score, Comment: r.Comment, At: r.At.UTC()}
	}
	return out
}

// caseForBusiness hides what the business has no need to see: the consumer's contact
// details and identity number, and who at the association holds the case.
func caseForBusiness(c *domain.Case, d domain.Deadlines) caseJSON {
	out := caseOut(c, d)
	out.Consumer = consumerJSON{Name: maskName(c.Consumer.Name), Mobile: maskMobile(c.Consumer.Mobile), DivisionCode: c.Consumer.DivisionCode[:4] + "00"}
	out.AssigneeID, out.AssigneeName, out.PossibleDuplicateOf = nil, "", nil
	return out
}

// maskName keeps the surname: 张伟 -> 张*.
func maskName(s string) string {
	r := []rune(s)
	if len(r) <= 1 {
		return s
	}
	return string(r[0]) + strings.Repeat("*", len(r)-1)
}

// maskMobile keeps the first three and last four digits: 138****8000.
func maskMobile(s string) string {
	if len(s) != 11 {
		return "***"
	}
	return s[:3] + "****" + s[7:]
}

type eventJSON struct {
	ID         int64             `json:"id"`
	Seq        int               `json:"seq"`
	At         time.Time         `json:"at"`
	Type       string            `json:"type"`
	Visibility domain.Visibility `json:"visibility"`
	Actor      struct {
		Kind domain.ActorKind `json:"kind"`
		ID   *int64           `json:"id,omitempty"`
		Name string           `json:"name,omitempty"`
	} `json:"actor"`
	Payload map[string]any `json:"payload"`
	Hash    string         `json:"hash,omitempty"`
}

// eventsOut renders a timeline; staff see who acted and the chain hashes, the parties
// see the side that acted.
func eventsOut(events []domain.Event, staff bool) []eventJSON {
	out := make([]eventJSON, 0, len(events))
	for _, e := range events {
		j := eventJSON{ID: e.ID, Seq: e.Seq, At: e.At.UTC(), Type: e.Type, Visibility: e.Visibility, Payload: e.Payload}
		j.Actor.Kind = e.ActorKind
		if staff {
			j.Actor.ID, j.Actor.Name, j.Hash = e.ActorID, e.ActorName, e.Hash
		}
		if j.Payload == nil {
			j.Payload = map[string]any{}
		}
		out = append(out, j)
	}
	return out
}

// etag is the entity tag of a case version.
func etag(c *domain.Case) string { return `"` + strconv.FormatInt(c.Version, 10) + `"` }

// parseIfMatch reads the version from an If-Match header; missing is 428, malformed 412.
func parseIfMatch(h string) (int64, error) {
	if h == "" {
		return 0, domain.ReasonErrorf(domain.ECodePreconditionRequired, "if_match_required",
			"Send the case's ETag in If-Match, so that a change made meanwhile is not overwritten.")
	}
	v, err := strconv.ParseInt(strings.Trim(strings.TrimPrefix(h, "W/"), `"`), 10, 64)
	if err != nil {
		return 0, domain.ReasonErrorf(domain.ECodePreconditionFailed, "stale_version", "The If-Match header does not match the case.")
	}
	return v, nil
}
