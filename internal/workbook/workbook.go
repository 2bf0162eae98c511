// Package workbook writes the input workbook planpack reads: the blank
// template that planpack init hands a school, and a filled-in copy of a
// school (the sample school, or next term's workbook with last term's
// targets waiting to be reviewed). Every sheet and column carries the
// canonical names of package sheet, so what is written here reads back
// without a warning.
package workbook

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"planpack/internal/plan"
	"planpack/internal/safefile"
	"planpack/internal/sheet"
)

// Options changes what Write puts in the workbook.
type Options struct {
	// ReviewsFromTargets replaces the Reviews sheet with one row for each
	// current target, outcome left blank: the workbook for next term,
	// where the SENCo records how this term's targets went.
	ReviewsFromTargets bool

	// Date is stamped as the workbook's created and modified time. Zero
	// keeps a fixed date, so the same school always gives the same bytes.
	Date time.Time
	// Title and Subject are the workbook's document properties, which
	// Excel shows under File > Info; Title defaults to "planpack input".
	Title, Subject string
}

// Sheet names that are not read back as data.
const (
	InstructionsSheet = "Instructions"
	ListsSheet        = "Lists"
)

// dataRows is how far down the dropdowns and column formats reach on an
// empty sheet: room for a whole school's targets.
const dataRows = 5000

// fixedDate is the created date of a workbook written without a Date.
var fixedDate = time.Date(2026, time.September, 1, 0, 0, 0, 0, time.UTC)

// SafeText neutralises a text that a spreadsheet would take for a formula
// (= + - @, or a leading tab or carriage return, which some programs skip
// before looking for one): it gains a leading apostrophe. Text that already
// starts with an apostrophe is left alone, so the change is made once.
func SafeText(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// Write writes the workbook for s to path. With s nil or without pupils it
// is the blank template. The file is written beside path under a
// temporary name, synced and renamed, so a reader never sees half a
// workbook; it is readable by the owner only, since it holds personal data.
func Write(path string, s *plan.School, opt Options) error {
	f, err := build(s, opt)
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	defer f.Close()
	if err := safefile.Write(path, 0o600, safefile.Options{}, func(w io.Writer) error { return Save(f, w) }); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// Encode writes the workbook for s to w, as Write does to a file.
func Encode(w io.Writer, s *plan.School, opt Options) error {
	f, err := build(s, opt)
	if err != nil {
		return err
	}
	defer f.Close()
	return Save(f, w)
}

// Save writes f to w with its parts in a fixed order. excelize writes the
// sheets made with its stream writer in map order, which differs from run
// to run; planpack promises the same bytes for the same input, so the
// parts are copied, unchanged, into a zip sorted by name.
func Save(f *excelize.File, w io.Writer) error {
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return err
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		return err
	}
	files := append([]*zip.File(nil), zr.File...)
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	zw := zip.NewWriter(w)
	for _, zf := range files {
		if err := zw.Copy(zf); err != nil {
			return err
		}
	}
	return zw.Close()
}

// cell is one value to write: text, a date or a whole number.
type cell struct {
	text string
	date time.Time
	num  int
	kind kind
}

type row map[string]cell

// rows are a data sheet's rows, made one at a time as the sheet is
// written, so a whole school's rows are never held at once.
type rows struct {
	n    int // how many each yields
	each func(yield func(row))
}

// perPupil makes the rows of a sheet with count(p) rows for each pupil.
func perPupil(pupils []*plan.Pupil, count func(*plan.Pupil) int, each func(p *plan.Pupil, yield func(row))) rows {
	n := 0
	for _, p := range pupils {
		n += count(p)
	}
	return rows{n, func(yield func(row)) {
		for _, p := range pupils {
			each(p, yield)
		}
	}}
}

func txt(s string) cell { return cell{text: s} }

func day(t time.Time) cell {
	if t.IsZero() {
		return cell{}
	}
	return cell{date: t, kind: date}
}

// whole writes n, or nothing when it is zero (not given).
func whole(n int) cell {
	if n == 0 {
		return cell{}
	}
	return cell{num: n, kind: number}
}

// money writes an amount as the school would type it, or nothing when it
// is zero (not given).
func money(v float64) cell {
	if v == 0 {
		return cell{}
	}
	return cell{text: strconv.FormatFloat(v, 'f', -1, 64)}
}

func yesNo(b bool) cell {
	if b {
		return txt("Y")
	}
	return txt("N")
}

// styles are the cell formats the sheets share.
type styles struct {
	header, date, code, wrap, title int
}

func build(s *plan.School, opt Options) (*excelize.File, error) {
	f := excelize.NewFile()
	w := &writer{f: f}
	w.styles()
	title := opt.Title
	if title == "" {
		title = "planpack input"
	}
	w.check(Stamp(f, Properties{Date: opt.Date, Title: title, Subject: opt.Subject}))

	if err := f.SetSheetName("Sheet1", InstructionsSheet); err != nil {
		return nil, err
	}
	var pupils []*plan.Pupil
	if s != nil {
		pupils = s.Pupils
	}
	w.instructions()
	// The data sheets are made empty first, so the hidden Lists sheet still
	// comes last, and the lists and the active tab are set while they are
	// empty: both touch every sheet in the workbook, and reading a streamed
	// data sheet back would load a whole school into memory.
	for _, t := range sheet.Tables {
		_, err := f.NewSheet(t.Name)
		w.check(err)
	}
	w.lists()
	f.SetActiveSheet(0)
	w.table(&sheet.Pupils, pupilRows(pupils))
	w.table(&sheet.Targets, targetRows(pupils))
	w.table(&sheet.Contacts, contactRows(pupils))
	if opt.ReviewsFromTargets {
		w.table(&sheet.Reviews, reviewRowsFromTargets(pupils))
	} else {
		w.table(&sheet.Reviews, reviewRows(pupils))
	}
	if w.err != nil {
		f.Close()
		return nil, w.err
	}
	return f, nil
}

// writer keeps the first error, so the sheet-building code reads as the
// list of things it does.
type writer struct {
	f   *excelize.File
	st  styles
	err error
}

func (w *writer) check(err error) {
	if err != nil && w.err == nil {
		w.err = err
	}
}

func (w *writer) style(s *excelize.Style) int {
	id, err := w.f.NewStyle(s)
	w.check(err)
	return id
}

func (w *writer) styles() {
	dmy := "dd/mm/yyyy"
	top := &excelize.Alignment{Vertical: "top"}
	w.st = styles{
		header: w.style(&excelize.Style{
			Font:      &excelize.Font{Bold: true},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
			Border:    []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}},
		}),
		date:  w.style(&excelize.Style{CustomNumFmt: &dmy, Alignment: top}),
		code:  w.style(&excelize.Style{NumFmt: 49, Alignment: top}), // 49 is "@", text: keeps leading zeros
		wrap:  w.style(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}),
		title: w.style(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 16}}),
	}
}

// Properties are what a workbook planpack writes says about itself.
type Properties struct {
	// Date is when it was made and last changed: the term's plan date, as
	// inside every file of a pack, so a rebuild gives the same bytes. Zero
	// keeps a fixed date.
	Date           time.Time
	Title, Subject string
}

// Stamp sets f's document properties: planpack as its author, last
// editor and application, in place of excelize's own name and date.
func Stamp(f *excelize.File, p Properties) error {
	d := p.Date
	if d.IsZero() {
		d = fixedDate
	}
	stamp := d.UTC().Format(time.RFC3339)
	if err := f.SetDocProps(&excelize.DocProperties{
		Creator:        "planpack",
		LastModifiedBy: "planpack",
		Created:        stamp,
		Modified:       stamp,
		Title:          p.Title,
		Subject:        p.Subject,
	}); err != nil {
		return err
	}
	return f.SetAppProps(&excelize.AppProperties{Application: "planpack"})
}

// setText writes a text cell, neutralised against formula injection.
func (w *writer) setText(sheetName, ref, s string) {
	if s == "" {
		return
	}
	w.check(w.f.SetCellStr(sheetName, ref, SafeText(s)))
}

func ref(col, row int) string {
	r, _ := excelize.CoordinatesToCellName(col, row)
	return r
}

func colName(col int) string {
	n, _ := excelize.ColumnNumberToName(col)
	return n
}

// table writes one data sheet: header, rows, formats, dropdowns. The rows
// go through excelize's stream writer, so a whole school's rows are never
// held as cells in memory; what is not row data (dropdowns, the filter)
// is set on the sheet first, and the stream writer keeps it.
func (w *writer) table(t *sheet.Table, data rows) {
	f := w.f
	name := t.Name
	_, err := f.NewSheet(name)
	w.check(err)
	cols := sheetColumns(t)
	last := dataRows
	if data.n+1 > last {
		last = data.n + 1
	}
	lastCol := colName(len(cols))
	filterTo := data.n + 1
	if filterTo < 2 {
		filterTo = 2
	}
	w.check(f.AutoFilter(name, "A1:"+lastCol+strconv.Itoa(filterTo), nil))
	for i, c := range cols {
		a := about(t.Name, c.Name)
		if a.list == "" {
			continue
		}
		col := colName(i + 1)
		l := listNamed(a.list)
		dv := excelize.NewDataValidation(true)
		dv.Sqref = fmt.Sprintf("%s2:%s%d", col, col, last)
		dv.SetSqrefDropList(l.name)
		// A warning, not a stop: planpack also accepts the spellings school
		// systems export ("Y7", "K - SEN Support", "C&L"), and check is
		// the place that says what is wrong.
		dv.SetError(excelize.DataValidationErrorStyleWarning, c.Name,
			"planpack expects one of: "+strings.Join(l.values, ", ")+". Run planpack check to be sure.")
		w.check(f.AddDataValidation(name, dv))
	}

	sw, err := f.NewStreamWriter(name)
	w.check(err)
	if sw == nil {
		return
	}
	header := make([]any, len(cols))
	for i, c := range cols {
		a := about(t.Name, c.Name)
		w.check(sw.SetColWidth(i+1, i+1, a.width))
		switch a.kind {
		case date:
			w.check(sw.SetColStyle(i+1, i+1, w.st.date))
		case code:
			w.check(sw.SetColStyle(i+1, i+1, w.st.code))
		case long:
			w.check(sw.SetColStyle(i+1, i+1, w.st.wrap))
		}
		header[i] = excelize.Cell{StyleID: w.st.header, Value: SafeText(c.Name)}
	}
	w.check(sw.SetPanes(&excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}))
	w.check(sw.SetRow("A1", header, excelize.RowOpts{Height: 30}))
	r := 0
	data.each(func(rw row) {
		cells := make([]any, len(cols))
		for i, c := range cols {
			v, ok := rw[c.Name]
			if !ok || v == (cell{}) {
				// An empty cell is not written at all: it would take room
				// for nothing, and a large school's next-term.xlsx must stay
				// within what planpack reads back.
				continue
			}
			switch v.kind {
			case date:
				cells[i] = excelize.Cell{StyleID: w.st.date, Value: v.date}
			case number:
				cells[i] = v.num
			default:
				cells[i] = SafeText(v.text)
			}
		}
		w.check(sw.SetRow(ref(1, r+2), cells))
		r++
	})
	w.check(sw.Flush())
}

// lists writes the hidden sheet the dropdowns are fed from.
func (w *writer) lists() {
	f := w.f
	_, err := f.NewSheet(ListsSheet)
	w.check(err)
	for i, l := range lists {
		col := colName(i + 1)
		w.setText(ListsSheet, ref(i+1, 1), l.header)
		for j, v := range l.values {
			if n, err := strconv.Atoi(v); err == nil && l.numeric {
				w.check(f.SetCellInt(ListsSheet, ref(i+1, j+2), int64(n)))
			} else {
				w.setText(ListsSheet, ref(i+1, j+2), v)
			}
		}
		w.check(f.SetColWidth(ListsSheet, col, col, 14))
		w.check(f.SetDefinedName(&excelize.DefinedName{
			Name:     l.name,
			RefersTo: fmt.Sprintf("%s!$%s$2:$%s$%d", ListsSheet, col, col, len(l.values)+1),
		}))
	}
	w.check(f.SetCellStyle(ListsSheet, "A1", colName(len(lists))+"1", w.st.header))
	w.check(f.SetSheetVisible(ListsSheet, false))
}

// instructions writes the first sheet: how to fill the workbook in, and a
// table of every column, whether it is needed, and what it may hold.
func (w *writer) instructions() {
	f := w.f
	const name = InstructionsSheet
	r := 1
	line := func(s string, style int) {
		w.setText(name, ref(1, r), s)
		if style != 0 {
			w.check(f.SetCellStyle(name, ref(1, r), ref(1, r), style))
		}
		r++
	}
	line("planpack input workbook", w.st.title)
	r++
	for _, s := range []string{
		"Fill in one row a pupil on Pupils, one row a target on Targets (2 to 4 a pupil unless planpack.toml says otherwise), and one row a parent or carer on Contacts. Reviews is for last term's outcomes and may stay empty.",
		"On Reviews, Y under Carry Forward keeps last term's target on the new plan. If the Targets sheet has the same target, that row is used; if not, the target is added after this term's targets from its Reviews row, which needs its Area, Success Criteria, Provision, Who and How Often (the workbook planpack writes for next term fills them in).",
		"Use the same Pupil ID on every sheet: it is how planpack knows which targets and contacts belong to which pupil.",
		"Columns with a dropdown offer the values planpack expects. Dates can be typed as dd/mm/yyyy.",
		"You may paste an export from your school information system: column names are matched ignoring case and spaces, and the usual names (Surname, Adno, NC Year …) are understood. Extra columns are reported and ignored.",
		"When you are done, run: planpack check input.xlsx. It lists every problem with the sheet and cell to fix. Then run: planpack build input.xlsx.",
	} {
		line(s, w.st.wrap)
	}
	r++

	head := []string{"Sheet", "Column", "Required", "What to put in it", "Allowed values"}
	for i, h := range head {
		w.setText(name, ref(i+1, r), h)
	}
	w.check(f.SetCellStyle(name, ref(1, r), ref(len(head), r), w.st.header))
	r++
	for _, t := range sheet.Tables {
		for _, c := range sheetColumns(t) {
			a := about(t.Name, c.Name)
			w.setText(name, ref(1, r), t.Name)
			w.setText(name, ref(2, r), c.Name)
			w.setText(name, ref(3, r), required(t, c))
			w.setText(name, ref(4, r), a.what)
			w.setText(name, ref(5, r), allowed(a))
			r++
		}
	}
	w.check(f.SetColWidth(name, "A", "A", 12))
	w.check(f.SetColWidth(name, "B", "B", 22))
	w.check(f.SetColWidth(name, "C", "C", 12))
	w.check(f.SetColWidth(name, "D", "D", 70))
	w.check(f.SetColWidth(name, "E", "E", 45))
	w.check(f.SetColStyle(name, "D:E", w.st.wrap))
	// The notes run across the columns of the table below them.
	for i := 3; i <= 8; i++ {
		w.check(f.MergeCell(name, ref(1, i), ref(5, i)))
		w.check(f.SetRowHeight(name, i, 32))
	}
}

// allowed describes a column's allowed values for the Instructions sheet.
func allowed(a column) string {
	if a.list != "" {
		return strings.Join(listNamed(a.list).values, ", ")
	}
	switch a.kind {
	case date:
		return "a date, dd/mm/yyyy"
	case number:
		return "a whole number"
	}
	return ""
}

func pupilRows(pupils []*plan.Pupil) rows {
	one := func(*plan.Pupil) int { return 1 }
	return perPupil(pupils, one, func(p *plan.Pupil, yield func(row)) {
		yield(row{
			sheet.ColPupilID:       txt(p.ID),
			sheet.ColUPN:           txt(p.UPN),
			sheet.ColLegalForename: txt(p.LegalForename),
			sheet.ColLegalSurname:  txt(p.LegalSurname),
			sheet.ColPreferred:     txt(p.PreferredForename),
			sheet.ColPronouns:      txt(p.Pronouns),
			sheet.ColDOB:           day(p.DOB),
			sheet.ColYear:          txt(p.Year),
			sheet.ColRegGroup:      txt(p.RegGroup),
			sheet.ColClassTeacher:  txt(p.ClassTeacher),
			sheet.ColSENStatus:     txt(p.SENStatus),
			sheet.ColPrimaryNeed:   txt(p.PrimaryNeed),
			sheet.ColSecondaryNeed: txt(p.SecondaryNeed),
			sheet.ColPlanType:      txt(p.PlanType),
			sheet.ColKeyAdult:      txt(p.KeyAdult),
			sheet.ColStrengths:     txt(p.Strengths),
			sheet.ColInterests:     txt(p.Interests),
			sheet.ColWhatMatters:   txt(p.WhatMatters),
			sheet.ColHowToHelp:     txt(p.HowToHelp),
			sheet.ColNeeds:         txt(p.Needs),
			sheet.ColOtherSupport:  txt(p.OtherSupport),
			sheet.ColChildViews:    txt(p.ChildViews),
			sheet.ColParentViews:   txt(p.ParentViews),
			sheet.ColHomeLanguage:  txt(p.HomeLanguage),
		})
	})
}

func targetCount(p *plan.Pupil) int { return len(p.Targets) }

func targetRows(pupils []*plan.Pupil) rows {
	return perPupil(pupils, targetCount, func(p *plan.Pupil, yield func(row)) {
		for i, t := range p.Targets {
			yield(row{
				sheet.ColPupilID:      txt(p.ID),
				sheet.ColTargetNo:     whole(targetNo(t, i)),
				sheet.ColArea:         txt(string(t.Area)),
				sheet.ColTarget:       txt(t.Text),
				sheet.ColChildTarget:  txt(t.ChildTarget),
				sheet.ColSuccess:      txt(t.Success),
				sheet.ColChildSuccess: txt(t.ChildSuccess),
				sheet.ColBaseline:     txt(t.Baseline),
				sheet.ColProvision:    txt(t.Provision),
				sheet.ColWho:          txt(t.Who),
				sheet.ColHowOften:     txt(t.HowOften),
				sheet.ColWhere:        txt(t.Where),
				sheet.ColEvidence:     txt(t.Evidence),
				sheet.ColTargetDate:   day(t.TargetDate),
				sheet.ColGroup:        txt(t.Group),
				sheet.ColCost:         money(t.Cost),
			})
		}
	})
}

// targetNo is the target's number, or its place when the school gave none.
func targetNo(t *plan.Target, i int) int {
	if t.No > 0 {
		return t.No
	}
	return i + 1
}

func contactRows(pupils []*plan.Pupil) rows {
	count := func(p *plan.Pupil) int { return len(p.Contacts) }
	return perPupil(pupils, count, func(p *plan.Pupil, yield func(row)) {
		for _, c := range p.Contacts {
			rw := row{
				sheet.ColPupilID:      txt(p.ID),
				sheet.ColTitle:        txt(c.Title),
				sheet.ColForename:     txt(c.Forename),
				sheet.ColSurname:      txt(c.Surname),
				sheet.ColSalutation:   txt(c.Salutation),
				sheet.ColAddressee:    txt(c.Addressee),
				sheet.ColRelationship: txt(c.Relationship),
				sheet.ColPriority:     whole(c.Priority),
				sheet.ColPR:           yesNo(c.ParentalResponsibility),
				sheet.ColLivesWith:    yesNo(c.LivesWithPupil),
				sheet.ColTown:         txt(c.Town),
				sheet.ColCounty:       txt(c.County),
				sheet.ColPostcode:     txt(c.Postcode),
				sheet.ColEmail:        txt(c.Email),
				sheet.ColSendPost:     yesNo(c.SendPost),
				sheet.ColHomeLanguage: txt(c.HomeLanguage),
			}
			for i, a := range c.Address {
				if i < 3 {
					rw[[]string{sheet.ColAddress1, sheet.ColAddress2, sheet.ColAddress3}[i]] = txt(a)
				}
			}
			if len(c.Address) > 3 {
				// Three address lines is all the sheet has room for; the
				// rest joins the third rather than being lost.
				rw[sheet.ColAddress3] = txt(strings.Join(c.Address[2:], ", "))
			}
			yield(rw)
		}
	})
}

func reviewRows(pupils []*plan.Pupil) rows {
	count := func(p *plan.Pupil) int { return len(p.Reviews) }
	return perPupil(pupils, count, func(p *plan.Pupil, yield func(row)) {
		for _, r := range p.Reviews {
			carry := cell{}
			switch {
			case r.CarryForward:
				carry = txt("Y")
			case r.Outcome != "":
				carry = txt("N")
			}
			rw := row{
				sheet.ColPupilID:      txt(p.ID),
				sheet.ColTargetNo:     whole(r.TargetNo),
				sheet.ColOutcome:      txt(string(r.Outcome)),
				sheet.ColRating:       whole(r.Rating),
				sheet.ColComment:      txt(r.Comment),
				sheet.ColCarryForward: carry,
			}
			reviewed(rw, r.TargetDetails)
			yield(rw)
		}
	})
}

// reviewRowsFromTargets are next term's Reviews: a row for each of this
// term's targets, outcome blank, with the whole target, so one carried
// forward keeps its area, success criteria and help when next term's
// Targets sheet is written afresh.
func reviewRowsFromTargets(pupils []*plan.Pupil) rows {
	return perPupil(pupils, targetCount, func(p *plan.Pupil, yield func(row)) {
		for i, t := range p.Targets {
			rw := row{
				sheet.ColPupilID:  txt(p.ID),
				sheet.ColTargetNo: whole(targetNo(t, i)),
			}
			reviewed(rw, t.TargetDetails)
			yield(rw)
		}
	})
}

// reviewed adds to a Reviews row the target it reviews, whole.
func reviewed(rw row, t plan.TargetDetails) {
	rw[sheet.ColTarget] = txt(t.Text)
	rw[sheet.ColArea] = txt(string(t.Area))
	rw[sheet.ColChildTarget] = txt(t.ChildTarget)
	rw[sheet.ColSuccess] = txt(t.Success)
	rw[sheet.ColChildSuccess] = txt(t.ChildSuccess)
	rw[sheet.ColBaseline] = txt(t.Baseline)
	rw[sheet.ColProvision] = txt(t.Provision)
	rw[sheet.ColWho] = txt(t.Who)
	rw[sheet.ColHowOften] = txt(t.HowOften)
	rw[sheet.ColWhere] = txt(t.Where)
	rw[sheet.ColEvidence] = txt(t.Evidence)
	rw[sheet.ColGroup] = txt(t.Group)
	rw[sheet.ColCost] = money(t.Cost)
}
