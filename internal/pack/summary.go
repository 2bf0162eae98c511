package pack

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"

	"planpack/internal/diag"
	"planpack/internal/plan"
	"planpack/internal/workbook"
)

// summary writes summary.xlsx: what was made for each pupil, every
// warning with its cell, the mailing list for the office, and the
// provision map across the school.
func (b *builder) summary(res *Result, households []*plan.Household) error {
	f := excelize.NewFile()
	defer f.Close()
	props := workbook.Properties{Date: b.cfg.Term.PlanDate, Title: b.title("summary of the SEN pack for " + b.cfg.Term.Name), Subject: b.cfg.Term.Name}
	if err := workbook.Stamp(f, props); err != nil {
		return err
	}
	sheets := []struct {
		name    string
		headers []string
		widths  []float64
		rows    [][]any
	}{
		{"Generated", []string{"Pupil", "Pupil ID", "Class", "Documents", "Pages", "Warnings", "Status"}, []float64{28, 12, 12, 12, 10, 10, 60}, b.generatedRows(res)},
		{"Warnings", []string{"Where", "Sheet", "Cell", "Column", "Warning"}, []float64{40, 12, 8, 20, 90}, append(warningRows(res.Problems), b.costWarningRows()...)},
		{"Mailing list", []string{"Name", "Address", "Postcode", "Pupil", "Class", "Letters"}, []float64{30, 60, 12, 28, 12, 10}, b.mailingRows(households)},
		{"Provision map", []string{"Area", "Provision", "Who", "How often", "Minutes a week", "Cost a week", "Cost this term", "Costed", "Pupils", "Group", "Number of pupils"}, []float64{24, 50, 20, 22, 14, 12, 14, 40, 50, 20, 14}, b.provisionRows()},
		{"Cost per pupil", []string{"Pupil", "Pupil ID", "Class", "Provision", "Cost a week", "Cost this term", "Estimate for a year", "Threshold", "Above threshold", "Not costed or part costed"}, []float64{28, 12, 10, 60, 12, 14, 16, 12, 14, 50}, b.pupilCostRows()},
	}
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			return err
		}
		if err := writeTable(f, s.name, s.headers, s.widths, s.rows); err != nil {
			return err
		}
	}
	return b.stage.write("summary.xlsx", KindSummary, "", 0, func(w io.Writer) error { return workbook.Save(f, w) })
}

// writeTable writes a header row (bold, frozen, filtered) and the rows,
// through excelize's stream writer so a whole school's rows are never
// held as cells in memory. Text goes through workbook.SafeText so no cell
// can run as a formula.
func writeTable(f *excelize.File, sheet string, headers []string, widths []float64, rows [][]any) error {
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top"}})
	if err != nil {
		return err
	}
	wrap, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	if err != nil {
		return err
	}
	end, _ := excelize.CoordinatesToCellName(len(headers), max(len(rows), 1)+1)
	if err := f.AutoFilter(sheet, "A1:"+end, nil); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	for c, w := range widths {
		if err := sw.SetColWidth(c+1, c+1, w); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	header := make([]any, len(headers))
	for c, h := range headers {
		header[c] = excelize.Cell{StyleID: bold, Value: h}
	}
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	for r, row := range rows {
		cells := make([]any, len(row))
		for c, v := range row {
			switch v := v.(type) {
			case string:
				cells[c] = excelize.Cell{StyleID: wrap, Value: workbook.SafeText(v)}
			case int, float64:
				cells[c] = excelize.Cell{StyleID: wrap, Value: v}
			case nil:
				cells[c] = excelize.Cell{StyleID: wrap}
			default:
				cells[c] = excelize.Cell{StyleID: wrap, Value: workbook.SafeText(fmt.Sprint(v))}
			}
		}
		cell, _ := excelize.CoordinatesToCellName(1, r+2)
		if err := sw.SetRow(cell, cells); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// pupilOfRow maps every input row to its pupil, so warnings can be
// counted per pupil.
func pupilOfRow(s *plan.School) map[diag.Pos]*plan.Pupil {
	m := map[diag.Pos]*plan.Pupil{}
	key := func(p diag.Pos) diag.Pos { return diag.Pos{File: p.File, Sheet: p.Sheet, Row: p.Row} }
	for _, p := range s.Pupils {
		m[key(p.Pos)] = p
		for _, t := range p.Targets {
			m[key(t.Pos)] = p
		}
		for _, c := range p.Contacts {
			m[key(c.Pos)] = p
		}
		for _, r := range p.Reviews {
			m[key(r.Pos)] = p
		}
	}
	return m
}

func (b *builder) generatedRows(res *Result) [][]any {
	docs := map[string]int{}
	pages := map[string]int{}
	for _, f := range b.stage.manifest().Files {
		if f.Pupil != "" {
			docs[f.Pupil]++
			pages[f.Pupil] += f.Pages
		}
	}
	warnings := map[*plan.Pupil]int{}
	rows := pupilOfRow(b.school)
	for _, p := range res.Problems {
		if who := rows[diag.Pos{File: p.Pos.File, Sheet: p.Pos.Sheet, Row: p.Pos.Row}]; who != nil {
			warnings[who]++
		}
	}
	var out [][]any
	for _, p := range b.school.Pupils {
		status := "written"
		if err := b.failed[p]; err != nil {
			status = "FAILED: " + err.Error()
		}
		key := PupilKey(p)
		out = append(out, []any{p.Name(), p.ID, p.RegGroup, docs[key], pages[key], warnings[p], status})
	}
	return out
}

func warningRows(problems diag.List) [][]any {
	var out [][]any
	for _, p := range problems {
		if p.Severity != diag.Warning {
			continue
		}
		out = append(out, []any{filepath.Base(p.Pos.File), p.Pos.Sheet, p.Pos.Cell(), p.Pos.Column, p.Message})
	}
	return out
}

// mailingRows is one row an envelope. Letters is how many letters were
// made about the row's pupil (the one whose folder holds the letter): the
// households that receive post about them, so the office can see that a
// pupil's separated parents each have an envelope.
func (b *builder) mailingRows(households []*plan.Household) [][]any {
	var made []*plan.Household
	letters := map[*plan.Pupil]int{}
	for _, h := range households {
		// A letter is drawn for its first pupil: when that pupil failed,
		// it was not made.
		if b.failed[h.Pupils[0]] != nil {
			continue
		}
		made = append(made, h)
		for _, p := range h.Pupils {
			letters[p]++
		}
	}
	var out [][]any
	for _, h := range made {
		var names []string
		for _, p := range h.Pupils {
			names = append(names, p.Name())
		}
		addr := h.Address
		postcode := ""
		if len(h.Contacts) > 0 && len(addr) > 0 {
			postcode = addr[len(addr)-1]
			addr = addr[:len(addr)-1]
		}
		out = append(out, []any{h.NameLine, strings.Join(addr, ", "), postcode, strings.Join(names, ", "), h.Pupils[0].RegGroup, letters[h.Pupils[0]]})
	}
	return out
}

// provisionRows is the costed provision map, by area of need. A group's
// sessions are one adult's time however many children attend, so a
// group's minutes count once, not once a child. The costs stay numbers
// Excel can add; the Costed column beside them says when one is only part
// of the cost, and whom it leaves out, so no figure looks whole that is not.
func (b *builder) provisionRows() [][]any {
	var out [][]any
	money := func(v float64) any { return plan.Money(v) }
	for _, a := range b.provision.Areas {
		for _, l := range a.Lines {
			var names []string
			for _, p := range l.Pupils {
				names = append(names, p.Name()+" ("+p.RegGroup+")")
			}
			minutes := minutesCell(l.Minutes)
			var weekly, term any = "not costed: " + l.NotCosted, "not costed"
			costed := "not costed: " + l.NotCosted
			if l.Costed {
				weekly, term, costed = money(l.WeeklyCost), money(l.TermCost), "costed"
			}
			if why := l.Basis(); why != "" {
				costed = why
			}
			out = append(out, []any{string(l.Area), l.Provision, l.Who, l.HowOften, minutes, weekly, term, costed, strings.Join(names, "; "), l.Group, len(l.Pupils)})
		}
	}
	m := b.provision
	out = append(out, []any{"Total for the school", "", "", "", minutesCell(m.Minutes), "", money(m.TermCost), leftOut(m.NotCosted, m.PartCosted), "", "", nil})
	return out
}

// leftOut says what a total leaves out: "at least: 2 lines not costed, 1
// part costed"; "" when it leaves out nothing.
func leftOut(notCosted, partCosted int) string {
	var parts []string
	if notCosted > 0 {
		parts = append(parts, fmt.Sprintf("%d %s not costed", notCosted, lines(notCosted)))
	}
	if partCosted > 0 {
		parts = append(parts, fmt.Sprintf("%d %s part costed", partCosted, lines(partCosted)))
	}
	if len(parts) == 0 {
		return ""
	}
	return "at least: " + strings.Join(parts, ", ")
}

func lines(n int) string {
	if n == 1 {
		return "line"
	}
	return "lines"
}

// pupilCostRows gives each pupil's provision and what it costs this term
// and over a school year, against the notional SEN threshold.
func (b *builder) pupilCostRows() [][]any {
	var out [][]any
	for _, pc := range b.pupilCosts {
		var what, why []string
		for _, l := range pc.Lines {
			w := l.Line.Provision
			if l.Line.Group != "" {
				w += fmt.Sprintf(" (%s group, shared by %d)", l.Line.Group, l.Share)
			}
			what = append(what, w)
			if !l.Costed {
				why = append(why, l.Line.Provision+": "+l.Line.NotCosted)
			} else if l.Line.PartCosted != "" {
				why = append(why, l.Line.Provision+": part costed, "+l.Line.PartCosted)
			}
		}
		above := "No"
		if pc.OverThreshold {
			above = "Yes"
		}
		p := pc.Pupil
		out = append(out, []any{p.Name(), p.ID, p.RegGroup, strings.Join(what, "; "), plan.Money(pc.Weekly), plan.Money(pc.Term), plan.Money(pc.Year), b.cfg.Costs.Threshold, above, strings.Join(why, "; ")})
	}
	return out
}

// costWarningRows lists the provision that could not be costed, or only
// in part, for the SENCo to add a rate or reword Who or How Often.
func (b *builder) costWarningRows() [][]any {
	var out [][]any
	for _, a := range b.provision.Areas {
		for _, l := range a.Lines {
			pos := l.Pos
			if l.PartCosted != "" {
				pos.Column = "Who"
				out = append(out, []any{filepath.Base(pos.File), pos.Sheet, pos.Cell(), pos.Column, fmt.Sprintf("%q is %s", l.Provision, l.Basis())})
			}
			if l.Costed {
				continue
			}
			pos.Column = "How Often"
			if strings.HasPrefix(l.NotCosted, "no hourly rate") {
				pos.Column = "Who"
			}
			out = append(out, []any{filepath.Base(pos.File), pos.Sheet, pos.Cell(), pos.Column, fmt.Sprintf("%q is not costed: %s", l.Provision, l.NotCosted)})
		}
	}
	return out
}

// minutesCell is minutes a week as the provision map shows them: a whole
// number Excel can add up, "20–40" for a range, "not stated" when How
// Often does not say.
func minutesCell(r plan.Range) any {
	lo, hi := r.Whole()
	switch {
	case !r.Stated():
		return "not stated"
	case lo == hi:
		return lo
	}
	return fmt.Sprintf("%d–%d", lo, hi)
}

// nextTerm writes next-term.xlsx: this term's input with a Reviews sheet
// ready for the review meeting's outcomes. It is stamped with the term's
// plan date, like every other file of the pack, so a rebuild gives the
// same bytes and the file says which term it came from.
func (b *builder) nextTerm() error {
	tmp := filepath.Join(b.stage.dir, ".next-term.xlsx")
	opt := workbook.Options{ReviewsFromTargets: true, Date: b.cfg.Term.PlanDate,
		Title: b.title("input for the term after " + b.cfg.Term.Name), Subject: b.cfg.Term.Name}
	if err := workbook.Write(tmp, b.school, opt); err != nil {
		return err
	}
	return b.stage.adopt(tmp, "next-term.xlsx", KindNextTerm)
}

// title names a workbook of the pack as Excel's File > Info shows it:
// the school, then what the workbook is.
func (b *builder) title(what string) string {
	if b.cfg.School.Name == "" {
		return what
	}
	return b.cfg.School.Name + ": " + what
}
