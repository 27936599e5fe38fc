package api

import (
	"encoding/csv"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/xuri/excelize/v2"

	"github.com/redress-project/redress/domain"
)

// table is the sink of an export: CSV streams each row as it comes; XLSX streams rows into
// the workbook and writes it at the end.
type table interface {
	sheet(name string, header []string) error
	row(values []any) error
	close() error
}

// newTable starts an export in the requested format, or answers 422. The file is named
// for today's date in China, like every date in it.
func (s *Server) newTable(c *gin.Context, filename string) (table, bool) {
	format := c.DefaultQuery("format", "xlsx")
	stamp := s.Stats.Now().In(domain.ChinaTime).Format("20060102")
	switch format {
	case "csv":
		c.Header("Content-Type", "text/csv; charset=utf-8")
		c.Header("Content-Disposition", fmt.Sprintf(`attachment; filename="%s-%s.csv"`, filename, stamp))
		c.Status(http.StatusOK)
		// The byte-order mark makes spreadsheet programs read the Chinese text as UTF-8.
		if _, err := io.WriteString(c.Writer, "\ufeff"); err != nil {
			return nil, false
		}
		return &csvTable{w: csv.NewWriter(c.Writer)}, true
	case "xlsx":
		c.Header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
		c.Header("Content-Disposition", fmt.Sprintf(`attachment; filename="%s-%s.xlsx"`, filename, stamp))
		return &xlsxTable{f: excelize.NewFile(), out: c.Writer}, true
	}
	var v domain.Validation
	v.Add("format", "unknown", "The format is xlsx or csv.")
	writeError(c, v.Err())
	return nil, false
}

// csvTable writes sheets one after the other; from the second on, a "# name" line
// introduces each, so a single-sheet export is plain CSV.
type csvTable struct {
	w      *csv.Writer
	sheets int
}

func (t *csvTable) sheet(name string, header []string) error {
	if t.sheets++; t.sheets > 1 {
		if err := t.w.Write([]string{"# " + name}); err != nil {
			return err
		}
	}
	return t.w.Write(header)
}

func (t *csvTable) row(values []any) error {
	rec := make([]string, len(values))
	for i, v := range values {
		if v != nil {
			rec[i] = fmt.Sprint(v)
		}
	}
	return t.w.Write(rec)
}

func (t *csvTable) close() error {
	t.w.Flush()
	return t.w.Error()
}

type xlsxTable struct {
	f   *excelize.File
	sw  *excelize.StreamWriter
	n   int
	out io.Writer
}

func (t *xlsxTable) sheet(name string, header []string) error {
	if t.sw != nil {
		if err := t.sw.Flush(); err != nil {
			return err
		}
	}
	if t.f.SheetCount == 1 && t.sw == nil {
		if err := t.f.SetSheetName("Sheet1", name); err != nil {
			return err
		}
	} else if _, err := t.f.NewSheet(name); err != nil {
		return err
	}
	sw, err := t.f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	t.sw, t.n = sw, 1
	cells := make([]any, len(header))
	for i, h := range header {
		cells[i] = h
	}
	return t.row(cells)
}

func (t *xlsxTable) row(values []any) error {
	cell, err := excelize.CoordinatesToCellName(1, t.n)
	if err != nil {
		return err
	}
	t.n++
	return t.sw.SetRow(cell, values)
}

func (t *xlsxTable) close() error {
	if t.sw != nil {
		if err := t.sw.Flush(); err != nil {
			return err
		}
	}
	defer t.f.Close()
	return t.f.Write(t.out)
}

var caseExportHeader = []string{
	"tracking_number", "association", "status", "outcome", "category", "tags", "title", "received_at", "acceptance_due",
	"resolution_due", "overdue", "amount", "amount_recovered", "business", "consumer_division",
	"consumer_name", "consumer_mobile", "consumer_email",
}

func (s *Server) handleCaseExport(c *gin.Context) {
	f, err := caseFilter(c)
	if err != nil {
		writeError(c, err)
		return
	}
	a := s.actor(c)
	if a.Kind != domain.ActorStaff {
		writeError(c, domain.ReasonErrorf(domain.ECodeForbidden, "staff_only", "Exports are for association staff."))
		return
	}
	t, ok := s.newTable(c, "cases")
	if !ok {
		return
	}
	if err := t.sheet("cases", caseExportHeader); err != nil {
		c.Error(err)
		return
	}
	err = s.Cases.ExportCases(c.Request.Context(), a, f, func(k *domain.Case, d domain.Deadlines, personal bool) error {
		row := []any{k.TrackingNumber, k.Association.Code, string(k.Status), string(k.Outcome), k.Category, strings.Join(k.Tags, ","),
			k.Title, k.ReceivedAt.In(domain.ChinaTime).Format("2006-01-02 15:04"), d.AcceptanceDue.String(), dateOrEmpty(d.ResolutionDue),
			d.Overdue, amountOrEmpty(k.AmountFen), "", k.Business.Name, k.Consumer.DivisionCode, "", "", ""}
		if k.Agreement != nil && k.Outcome == domain.OutcomeAgreement {
			row[12] = domain.FormatAmount(k.Agreement.AmountRecoveredFen)
		}
		if personal {
			row[15], row[16], row[17] = k.Consumer.Name, k.Consumer.Mobile, k.Consumer.Email
		}
		return t.row(row)
	})
	if err == nil {
		err = t.close()
	}
	if err != nil {
		// Headers are gone; all that is left is to stop and log.
		c.Error(err)
	}
}

func dateOrEmpty(d *domain.Date) string {
	if d == nil {
		return ""
	}
	return d.String()
}

func amountOrEmpty(fen *int64) string {
	if fen == nil {
		return ""
	}
	return domain.FormatAmount(*fen)
}

func (s *Server) handleStatsExport(c *gin.Context) {
	o, err := s.Stats.Overview(c.Request.Context(), associationOf(c), domain.StatsQuery{
		Descendants: c.Query("descendants") == "true", From: c.Query("from"), To: c.Query("to"),
	})
	if err != nil {
		writeError(c, err)
		return
	}
	t, ok := s.newTable(c, "statistics-"+strings.ToLower(o.Association))
	if !ok {
		return
	}
	err = writeOverview(t, o)
	if err == nil {
		err = t.close()
	}
	if err != nil {
		c.Error(err)
	}
}

// writeOverview lays an overview out as a summary sheet and one sheet per breakdown.
func writeOverview(t table, o *domain.Overview) error {
	if err := t.sheet("summary", []string{"figure", "value"}); err != nil {
		return err
	}
	summary := [][]any{
		{"association", o.Association}, {"descendants", o.Descendants}, {"from", o.From.String()}, {"to", o.To.String()},
		{"received", o.Received}, {"accepted", o.Accepted}, {"closed", o.Closed}, {"open", o.Open},
		{"accepted_in_time_pct", num(o.AcceptedInTimePct)}, {"resolved_in_time_pct", num(o.ResolvedInTimePct)},
		{"mediation_success_rate", num(o.MediationSuccessRate)}, {"amount_involved", o.AmountInvolved}, {"amount_recovered", o.AmountRecovered},
		{"median_days_to_accept", num(o.MedianDaysToAccept)}, {"median_days_to_close", num(o.MedianDaysToClose)},
		{"satisfaction_average", num(o.SatisfactionAverage)}, {"satisfaction_count", o.SatisfactionCount},
	}
	for _, r := range summary {
		if err := t.row(r); err != nil {
			return err
		}
	}
	for _, b := range []struct {
		name string
		rows []domain.Count
	}{
		{"by_status", o.ByStatus}, {"by_outcome", o.ByOutcome}, {"by_category", o.ByCategory}, {"by_tag", o.ByTag},
		{"by_province", o.ByProvince}, {"by_channel", o.ByChannel}, {"per_month", o.PerMonth}, {"per_week", o.PerWeek}, {"per_day", o.PerDay},
	} {
		if err := t.sheet(b.name, []string{"key", "count"}); err != nil {
			return err
		}
		for _, r := range b.rows {
			if err := t.row([]any{r.Key, r.Count}); err != nil {
				return err
			}
		}
	}
	if err := t.sheet("workload", []string{"user_id", "name", "open", "closed_in_period", "median_handling_days"}); err != nil {
		return err
	}
	for _, w := range o.Workload {
		if err := t.row([]any{w.UserID, w.Name, w.Open, w.ClosedInPeriod, num(w.MedianHandlingDays)}); err != nil {
			return err
		}
	}
	return nil
}

func num(p *float64) any {
	if p == nil {
		return ""
	}
	return *p
}
