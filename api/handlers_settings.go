package api

import (
	"net/http"
	"slices"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/redress-project/redress/domain"
	"github.com/redress-project/redress/domain/text"
)

type taxonomyJSON struct {
	Categories    []categoryJSON     `json:"categories"`
	Tags          []tagJSON          `json:"tags"`
	RejectReasons []rejectReasonJSON `json:"reject_reasons"`
}

type categoryJSON struct {
	Code   string       `json:"code"`
	Parent string       `json:"parent,omitempty"`
	Names  domain.Names `json:"names"`
}

type tagJSON struct {
	Code  string       `json:"code"`
	Names domain.Names `json:"names"`
}

func handleTaxonomy(c *gin.Context) {
	var out taxonomyJSON
	for _, x := range domain.Categories() {
		out.Categories = append(out.Categories, categoryJSON{Code: x.Code, Parent: x.Parent, Names: x.Names})
	}
	for _, x := range domain.Tags() {
		out.Tags = append(out.Tags, tagJSON{Code: x.Code, Names: x.Names})
	}
	for _, x := range domain.RejectReasons() {
		out.RejectReasons = append(out.RejectReasons, rejectReasonJSON{Code: x.Code, Names: x.Names, Basis: x.Basis})
	}
	c.Header("Cache-Control", "public, max-age=3600")
	c.JSON(http.StatusOK, out)
}

type calendarYearJSON struct {
	Year     int           `json:"year"`
	Holidays []domain.Date `json:"holidays"`
	Workdays []domain.Date `json:"workdays"`
	// Loaded: the year has a schedule; without one, deadlines counted into it skip its
	// public holidays and are marked provisional.
	Loaded      bool                 `json:"loaded"`
	LoadedYears []int                `json:"loaded_years"`
	Warning     *calendarWarningJSON `json:"warning,omitempty"`
}

// calendarWarningJSON tells platform admins to load a year's schedule: the current year's,
// or from October 1 the next one's.
type calendarWarningJSON struct {
	MissingYear int    `json:"missing_year"`
	Message     string `json:"message"`
}

func yearParam(c *gin.Context) (int, error) {
	y, err := strconv.Atoi(c.Param("year"))
	if err != nil {
		var v domain.Validation
		v.Add("year", "format", "The year is four digits.")
		return 0, v.Err()
	}
	return y, nil
}

func (s *Server) handleCalendarGet(c *gin.Context) {
	year, err := yearParam(c)
	if err != nil {
		writeError(c, err)
		return
	}
	cal, _, err := s.Cases.Calendar(c.Request.Context())
	if err != nil {
		writeError(c, err)
		return
	}
	cov, err := s.Cases.CalendarCoverage(c.Request.Context())
	if err != nil {
		writeError(c, err)
		return
	}
	out := calendarYearJSON{Year: year, Holidays: []domain.Date{}, Workdays: []domain.Date{},
		Loaded: slices.Contains(cov.Years, year), LoadedYears: cov.Years}
	if cov.Missing != 0 {
		out.Warning = &calendarWarningJSON{MissingYear: cov.Missing, Message: text.T(
			"The %d holiday schedule is not loaded: deadlines that run into %d skip its public holidays and are marked provisional. Load it once the State Council publishes it (usually in November).",
			cov.Missing, cov.Missing).In(langOf(c))}
	}
	holidays, workdays := cal.Days()
	for _, d := range holidays {
		if d.Year == year {
			out.Holidays = append(out.Holidays, d)
		}
	}
	for _, d := range workdays {
		if d.Year == year {
			out.Workdays = append(out.Workdays, d)
		}
	}
	c.JSON(http.StatusOK, out)
}

type calendarPutRequest struct {
	Holidays []domain.Date `json:"holidays"`
	Workdays []domain.Date `json:"workdays"`
}

func (s *Server) handleCalendarPut(c *gin.Context) {
	year, err := yearParam(c)
	if err != nil {
		writeError(c, err)
		return
	}
	var req calendarPutRequest
	if err := decodeJSON(c, &req); err != nil {
		writeError(c, err)
		return
	}
	if err := s.Cases.SaveCalendarYear(c.Request.Context(), year, req.Holidays, req.Workdays); err != nil {
		writeError(c, err)
		return
	}
	s.handleCalendarGet(c)
}

type deadlineRuleJSON struct {
	Association          *string     `json:"association"`
	EffectiveFrom        domain.Date `json:"effective_from"`
	AcceptanceDays       int         `json:"acceptance_days"`
	MediationDays        int         `json:"mediation_days"`
	BusinessResponseDays int         `json:"business_response_days"`
	Basis                string      `json:"basis"`
}

func (s *Server) handleDeadlineRules(c *gin.Context) {
	a, err := s.Associations.Find(c.Request.Context(), c.Param("code"))
	if err != nil {
		writeError(c, err)
		return
	}
	_, rules, err := s.Cases.Calendar(c.Request.Context())
	if err != nil {
		writeError(c, err)
		return
	}
	out := list[deadlineRuleJSON]{Items: []deadlineRuleJSON{}}
	for _, r := range rules {
		if r.AssociationID != 0 && r.AssociationID != a.ID {
			continue
		}
		j := deadlineRuleJSON{EffectiveFrom: r.EffectiveFrom, AcceptanceDays: r.AcceptanceDays, MediationDays: r.MediationDays,
			BusinessResponseDays: r.BusinessResponseDays, Basis: r.Basis}
		if r.AssociationID != 0 {
			j.Association = &a.Code
		}
		out.Items = append(out.Items, j)
	}
	c.JSON(http.StatusOK, out)
}

type deadlineRuleRequest struct {
	EffectiveFrom        domain.Date `json:"effective_from"`
	AcceptanceDays       int         `json:"acceptance_days"`
	MediationDays        int         `json:"mediation_days"`
	BusinessResponseDays int         `json:"business_response_days"`
	Basis                string      `json:"basis"`
}

func (s *Server) handleDeadlineRuleSave(c *gin.Context) {
	var req deadlineRuleRequest
	if err := decodeJSON(c, &req); err != nil {
		writeError(c, err)
		return
	}
	err := s.Cases.SaveDeadlineRule(c.Request.Context(), domain.DeadlineRule{AssociationID: associationOf(c).ID, EffectiveFrom: req.EffectiveFrom,
		AcceptanceDays: req.AcceptanceDays, MediationDays: req.MediationDays, BusinessResponseDays: req.BusinessResponseDays, Basis: req.Basis})
	if err != nil {
		writeError(c, err)
		return
	}
	s.handleDeadlineRules(c)
}
