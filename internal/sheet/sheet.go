// Package sheet reads a school's export — an .xlsx workbook, one .csv file
// or a folder of .csv files — into tables of rows in which every value
// remembers where it came from (file, sheet, cell and the column header as
// the school wrote it). It knows the sheet and column names planpack
// expects and the aliases school information systems use for them, and it
// refuses oversized or damaged files before reading any rows, so no row is
// ever silently lost.
package sheet

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"planpack/internal/diag"
)

// Limits on what planpack reads. A workbook beyond them is refused whole:
// reading part of it would silently drop pupils.
const (
	MaxUnpacked = 64 << 20 // bytes, all workbook parts together
	MaxRows     = 100_000
	MaxColumns  = 1_000
	// MaxCellChars is the most text a spreadsheet cell holds (Excel's
	// limit). Longer text, which only a CSV can carry, could not be
	// written back whole into summary.xlsx and next-term.xlsx.
	MaxCellChars = 32_767
)

// headerSearchRows is how far down a sheet the header row may be: report
// exports put a few title lines above it, never pages of them.
const headerSearchRows = 30

// Cell is one value with its position.
type Cell struct {
	Text string // trimmed; for a workbook, the stored value (a date is its serial)
	Pos  diag.Pos
	// Date1904 is set for cells of a workbook that counts dates from 1904,
	// so a serial number is read in the right system.
	Date1904 bool
	// FormulaError is set when the cell showed #REF!, #N/A or the like;
	// Text is then empty and the error has been reported already.
	FormulaError bool
}

// Row is one data row. Its cells are kept as text only, in the order of
// its sheet's columns; a cell's position is made when it is asked for, so
// a school of thousands of pupils is held as little more than its text.
type Row struct {
	Pos  diag.Pos // the row as a whole (Col 0)
	cols *columns
	text []string
	// failed marks the cells that showed a formula error; nil when none.
	failed []bool
}

// columns is what every row of one sheet shares: which canonical column
// each of a row's cells is, where it sits and what its header says.
type columns struct {
	slot     map[string]int // canonical name → index into Row.text
	name     []string       // canonical name of each slot
	col      []int          // 1-based column of each slot in the sheet
	header   []string       // the header the school wrote for each slot
	date1904 bool
}

// newColumns lays out canonical columns in sheet order.
func newColumns(pos map[string]diag.Pos, keep func(string) bool, date1904 bool) *columns {
	c := &columns{slot: map[string]int{}, date1904: date1904}
	for name := range pos {
		if keep(name) {
			c.name = append(c.name, name)
		}
	}
	sort.Slice(c.name, func(i, j int) bool { return pos[c.name[i]].Col < pos[c.name[j]].Col })
	for i, name := range c.name {
		c.slot[name] = i
		c.col = append(c.col, pos[name].Col)
		c.header = append(c.header, pos[name].Column)
	}
	return c
}

// cell makes the Cell of one slot.
func (r Row) cell(i int) Cell {
	return Cell{
		Text:         r.text[i],
		Pos:          r.Pos.WithColumn(r.cols.col[i], r.cols.header[i]),
		Date1904:     r.cols.date1904,
		FormulaError: r.failed != nil && r.failed[i],
	}
}

// Cell returns the cell of a canonical column. A column the sheet does not
// have gives an empty cell positioned at the row, naming the column.
func (r Row) Cell(col string) Cell {
	if r.cols != nil {
		if i, ok := r.cols.slot[col]; ok {
			return r.cell(i)
		}
	}
	p := r.Pos
	p.Column = col
	return Cell{Pos: p}
}

// Get returns the text of a canonical column, "" when absent.
func (r Row) Get(col string) string {
	if r.cols != nil {
		if i, ok := r.cols.slot[col]; ok {
			return r.text[i]
		}
	}
	return ""
}

// Cells returns every known cell of the row in column order.
func (r Row) Cells() []Cell {
	out := make([]Cell, len(r.text))
	for i := range r.text {
		out[i] = r.cell(i)
	}
	return out
}

// project returns the row's cells for another layout whose columns are a
// subset of this row's.
func (r Row) project(to *columns) Row {
	out := Row{Pos: r.Pos, cols: to, text: make([]string, len(to.name))}
	for i, name := range to.name {
		j := r.cols.slot[name]
		out.text[i] = r.text[j]
		if r.failed != nil && r.failed[j] {
			if out.failed == nil {
				out.failed = make([]bool, len(to.name))
			}
			out.failed[i] = true
		}
	}
	return out
}

func (r Row) empty() bool {
	for i, t := range r.text {
		if t != "" || (r.failed != nil && r.failed[i]) {
			return false
		}
	}
	return true
}

// Sheet is one table read from a workbook sheet or a CSV file.
type Sheet struct {
	Table  *Table
	Name   string              // the sheet's name as written, or the CSV file's name
	Pos    diag.Pos            // the sheet as a whole, for problems with no row
	Header map[string]diag.Pos // canonical column → its header cell
	Rows   []Row
	// Unknown are the headers that name no column; Ignored those of known
	// columns that are not read (the pupil's own name on a contacts sheet).
	Unknown, Ignored []diag.Pos
	// System and Report name the information system and report whose own
	// headers the sheet has ("SIMS", "SEN register report"); "" when no
	// header is one only a single system prints.
	System, Report string
}

// Has reports whether the sheet has a canonical column.
func (s *Sheet) Has(col string) bool {
	_, ok := s.Header[col]
	return ok
}

// Book is everything read from one input.
type Book struct {
	Path   string
	Sheets map[string]*Sheet // by canonical table name: "Pupils", "Targets", …
	// Flat is set when pupils and targets came from one sheet, one row a
	// target, and were split.
	Flat bool
	// Others are the sheets (or CSV files) whose names matched no table,
	// for messages about a missing one.
	Others []string
	// Unread are the tables whose sheet was there but could not be read
	// (the problem is already reported), so no one reports it missing.
	Unread []string
}

// markUnread records that a table's sheet (and, for a possible flat
// export, the targets it would hold) could not be read.
func (b *Book) markUnread(t *Table, flat bool) {
	b.Unread = append(b.Unread, t.Name)
	if flat {
		b.Unread = append(b.Unread, Targets.Name)
	}
}

// Sheet returns the table of that canonical name, or nil.
func (b *Book) Sheet(name string) *Sheet { return b.Sheets[name] }

// Read reads an input: an .xlsx workbook, a .csv file, or a folder of .csv
// files. The Book is nil only when nothing could be read; problems found
// on the way (unknown columns, missing required columns, bad cells) are
// returned alongside it.
func Read(path string) (*Book, diag.List) {
	var probs diag.List
	st, err := os.Stat(path)
	if err != nil {
		probs.Errorf(diag.Pos{File: path}, "cannot read the input: %v; give the path of an .xlsx workbook or a folder of .csv files", unwrapPathError(err))
		return nil, probs
	}
	if st.IsDir() {
		return readCSVFolder(path)
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv", ".txt":
		return readCSVFile(path)
	case ".xls":
		probs.Errorf(diag.Pos{File: path}, "this is an old-style .xls workbook, which planpack cannot read; open it in Excel and save it as .xlsx (Excel Workbook)")
		return nil, probs
	}
	return readXLSXFile(path)
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
