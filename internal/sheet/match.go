package sheet

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"planpack/internal/diag"
)

// normalize reduces a sheet or column name to letters and digits in lower
// case, so "Date of Birth", "DATE_OF_BIRTH" and "date-of-birth." match.
// A name with no letters or digits ("#") is kept as written.
func normalize(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	if b.Len() == 0 {
		return strings.TrimSpace(s)
	}
	return b.String()
}

// names returns the normalized names a column is known by, canonical first.
func (c Column) names() []string {
	out := []string{normalize(c.Name)}
	for _, a := range c.Aliases {
		out = append(out, normalize(a))
	}
	for _, a := range c.Specific {
		out = append(out, normalize(a))
	}
	return out
}

// How closely a header names its column: a specific name ("Contact
// Forename") says most, the canonical name next, an alias least.
const (
	byAlias = iota
	byName
	bySpecific
)

// column finds a column of the table by a header as written, and how
// closely the header names it.
func (t *Table) column(header string) (col *Column, rank int) {
	n := normalize(header)
	if n == "" {
		return nil, byAlias
	}
	for _, c := range t.known() {
		if normalize(c.Name) == n {
			return c, byName
		}
		for _, a := range c.Specific {
			if normalize(a) == n {
				return c, bySpecific
			}
		}
		for _, a := range c.Aliases {
			if normalize(a) == n {
				return c, byAlias
			}
		}
	}
	return nil, byAlias
}

// notUsed reports whether a header is one the table knows but does not read.
func (t *Table) notUsed(header string) bool {
	n := normalize(header)
	for _, u := range t.NotUsed {
		if normalize(u) == n {
			return true
		}
	}
	return false
}

// Column returns the table's column of a canonical name, or nil.
func (t *Table) Column(name string) *Column {
	for _, c := range t.known() {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// known returns every column the table reads: its own, then the folded.
func (t *Table) known() []*Column {
	out := make([]*Column, 0, len(t.Columns)+len(t.Folded))
	for i := range t.Columns {
		out = append(out, &t.Columns[i])
	}
	for i := range t.Folded {
		out = append(out, &t.Folded[i])
	}
	return out
}

// isKey reports whether a header names one of the table's key columns.
func (t *Table) isKey(header string) bool {
	c, _ := t.column(header)
	if c == nil {
		return false
	}
	for _, k := range t.Key {
		if c.Name == k {
			return true
		}
	}
	return false
}

// TableFor finds the table a sheet or file name stands for, or nil.
func TableFor(name string) *Table {
	n := normalize(name)
	for _, t := range Tables {
		if normalize(t.Name) == n {
			return t
		}
		for _, a := range t.Aliases {
			if normalize(a) == n {
				return t
			}
		}
	}
	return nil
}

// flatTable is the one-sheet export: pupil columns and target columns
// side by side, one row a target.
var flatTable = makeFlatTable()

func makeFlatTable() *Table {
	t := &Table{Name: "Pupils and targets", Key: Pupils.Key}
	t.Columns = append(t.Columns, Pupils.Columns...)
	t.Folded = append(t.Folded, Pupils.Folded...)
	for _, c := range Targets.Columns {
		if Pupils.Column(c.Name) == nil {
			t.Columns = append(t.Columns, c)
		}
	}
	return t
}

// targetOnly are the columns that show a sheet holds targets.
var targetOnly = []string{ColTarget, ColArea, ColSuccess, ColProvision}

// rawRow is one row as read, before headers are applied.
type rawRow struct {
	num   int // row number in the sheet, or line number in a CSV file
	cells []string
}

// header is the header row found in a sheet: which column index holds
// which canonical column.
type header struct {
	row     int // index in the raw rows
	pos     map[string]diag.Pos
	unknown []diag.Pos // headers that match no column
	// ignored are headers of known columns that are not read: the
	// pupil's own name on a contacts sheet, a plainer duplicate of a
	// specific name.
	ignored []diag.Pos
	all     []string // every header as written, for recognising the system
}

// findHeader finds the header row: the first row that holds a key column.
func findHeader(t *Table, rows []rawRow, base diag.Pos) (*header, diag.List) {
	var probs diag.List
	for i, r := range rows {
		if i >= headerSearchRows {
			break
		}
		hasKey := false
		for _, v := range r.cells {
			if t.isKey(v) {
				hasKey = true
				break
			}
		}
		if !hasKey {
			continue
		}
		return readHeader(t, r, i, base)
	}
	keys := make([]string, len(t.Key))
	for i, k := range t.Key {
		keys[i] = fmt.Sprintf("%q", k)
	}
	probs.Errorf(base, "no header row: none of the first %d rows has a %s column; add a header row naming the columns, with %s first", headerSearchRows, strings.Join(keys, " or "), keys[0])
	return nil, probs
}

// cellHeader is one header cell resolved to its column.
type cellHeader struct {
	pos  diag.Pos
	col  *Column
	rank int
}

// readHeader resolves the header row's cells to columns. A column named
// twice is read from the more specific header ("Contact Forename" over
// "Forename"), or from the canonical name over an alias, with a warning;
// on a sheet whose rows name two people (Table.Block) the pupil's
// columns come before the contact's and are not read, and a person's
// column named twice with nothing to tell whose is which is an error.
func readHeader(t *Table, r rawRow, i int, base diag.Pos) (*header, diag.List) {
	var probs diag.List
	h := &header{row: i, pos: map[string]diag.Pos{}}
	var cells []cellHeader
	for j, v := range r.cells {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		h.all = append(h.all, v)
		p := base
		p.Row, p.Col, p.Column = r.num, j+1, v
		c, rank := t.column(v)
		switch {
		case c != nil:
			cells = append(cells, cellHeader{p, c, rank})
		case t.notUsed(v):
			h.ignored = append(h.ignored, p)
		default:
			h.unknown = append(h.unknown, p)
		}
	}
	if t.Block != nil {
		cells = splitBlocks(t, cells, h)
	}
	rankAt := map[string]int{}
	for _, ch := range cells {
		p, c, rank := ch.pos, ch.col, ch.rank
		prev, dup := h.pos[c.Name]
		if !dup {
			h.pos[c.Name], rankAt[c.Name] = p, rank
			continue
		}
		prevRank := rankAt[c.Name]
		person := t.Block != nil && slices.Contains(t.Block.Person, c.Name)
		switch {
		case rank == bySpecific && prevRank != bySpecific:
			h.ignored = append(h.ignored, prev)
			h.pos[c.Name], rankAt[c.Name] = p, rank
		case prevRank == bySpecific && rank != bySpecific:
			h.ignored = append(h.ignored, p)
		case person:
			probs.Errorf(p, "columns %s (%q) and %s (%q) could both be the contact's %s, and nothing says which is the pupil's; head the contact's column %q, or put a %q column before the contact's own columns", prev.Cell(), prev.Column, p.Cell(), p.Column, c.Name, "Contact "+c.Name, t.Block.Marker)
		case rank == byName && prevRank != byName:
			// Prefer the column headed with the canonical name: an
			// export with both "Surname" and "Legal Surname" means the
			// latter.
			probs.Warnf(prev, "column %q is read as %q too; using %s (%q) instead and ignoring this one", prev.Column, c.Name, p.Cell(), p.Column)
			h.pos[c.Name], rankAt[c.Name] = p, rank
		default:
			probs.Warnf(p, "column %q is read as %q, which %s (%q) already gives; this column is ignored", p.Column, c.Name, prev.Cell(), prev.Column)
		}
	}
	return h, probs
}

// splitBlocks sets aside the pupil's own person columns on a sheet whose
// rows name the pupil and then the contact. The contact's part starts at
// the Marker column, or where the key column (the pupil's ID) appears a
// second time, which is then the contact's own ID.
func splitBlocks(t *Table, cells []cellHeader, h *header) []cellHeader {
	start := -1
	keySeen := map[string]bool{}
	for i, ch := range cells {
		if ch.col.Name == t.Block.Marker {
			start = i
			break
		}
		if slices.Contains(t.Key, ch.col.Name) {
			if keySeen[ch.col.Name] {
				cells[i].col = t.Column(t.Block.Marker)
				start = i
				break
			}
			keySeen[ch.col.Name] = true
		}
	}
	if start < 0 {
		return cells
	}
	var out []cellHeader
	for i, ch := range cells {
		if i < start && slices.Contains(t.Block.Person, ch.col.Name) {
			h.ignored = append(h.ignored, ch.pos)
			continue
		}
		out = append(out, ch)
	}
	return out
}

// unknownColumns warns about headers that match no column, suggesting the
// nearest known name.
func unknownColumns(t *Table, h *header) diag.List {
	var probs diag.List
	for _, p := range h.unknown {
		msg := fmt.Sprintf("unknown column %q is ignored", p.Column)
		if s := nearest(t, p.Column); s != "" {
			msg += fmt.Sprintf("; did you mean %q?", s)
		}
		probs.Warnf(p, "%s", msg)
	}
	return probs
}

// missingColumns reports required columns the header lacks, naming the
// unknown header nearest to each.
func missingColumns(t *Table, h *header, hdrPos diag.Pos, required []string) diag.List {
	var probs diag.List
	for _, name := range required {
		if _, ok := h.pos[name]; ok {
			continue
		}
		msg := fmt.Sprintf("missing required column %q", name)
		best, bestD := "", 1<<30
		for _, u := range h.unknown {
			if d := diag.Distance(normalize(u.Column), normalize(name)); d < bestD {
				best, bestD = u.Column, d
			}
		}
		if best != "" && bestD <= max(2, len(normalize(name))/3) {
			msg += fmt.Sprintf("; is %q meant to be %q? Rename that header", best, name)
		} else {
			msg += fmt.Sprintf("; add a column headed %q", name)
		}
		p := hdrPos
		p.Column = name
		probs.Errorf(p, "%s", msg)
	}
	return probs
}

// requiredColumns lists the table's required canonical columns.
func requiredColumns(t *Table) []string {
	var out []string
	for _, c := range t.Columns {
		if c.Required {
			out = append(out, c.Name)
		}
	}
	return out
}

// nearest returns the known column name closest to a header, or "" when
// nothing is close enough to be a likely typo.
func nearest(t *Table, header string) string {
	n := normalize(header)
	best, bestD := "", 1<<30
	for _, c := range t.known() {
		for _, name := range c.names() {
			if d := diag.Distance(n, name); d < bestD {
				best, bestD = c.Name, d
			}
		}
	}
	if bestD <= max(2, len(n)/3) {
		return best
	}
	return ""
}

// build applies the header to the raw rows. Rows with no value in any
// known column are skipped.
func build(t *Table, name string, base diag.Pos, rows []rawRow, h *header, date1904 bool) (*Sheet, diag.List) {
	var probs diag.List
	s := &Sheet{Table: t, Name: name, Pos: base, Header: h.pos}
	cols := newColumns(h.pos, func(string) bool { return true }, date1904)
	for _, r := range rows[h.row+1:] {
		rp := base
		rp.Row = r.num
		// Every header column gets a cell, so an empty one (which a
		// workbook does not store at the end of a row) still has its
		// position.
		row := Row{Pos: rp, cols: cols, text: make([]string, len(cols.name))}
		for i, col := range cols.col {
			v := ""
			if col-1 < len(r.cells) {
				v = unguard(strings.TrimSpace(r.cells[col-1]))
			}
			if IsFormulaError(v) {
				probs.Errorf(rp.WithColumn(col, cols.header[i]), "the cell shows the formula error %s; fix the formula or type the value in", v)
				if row.failed == nil {
					row.failed = make([]bool, len(cols.name))
				}
				row.failed[i], v = true, ""
			} else if n := utf8.RuneCountInString(v); n > MaxCellChars {
				probs.Errorf(rp.WithColumn(col, cols.header[i]), "the cell holds %d characters, more than the %d a spreadsheet cell can, so next-term.xlsx could not keep it whole; shorten it", n, MaxCellChars)
			}
			row.text[i] = v
		}
		if row.empty() {
			continue
		}
		s.Rows = append(s.Rows, row)
	}
	return s, probs
}

// unguard removes the apostrophe that planpack (and other careful
// exporters) put before text starting with = + - @ tab or CR so that a
// spreadsheet never runs it as a formula; the apostrophe is not part of
// what the school wrote.
func unguard(v string) string {
	if len(v) >= 2 && v[0] == '\'' && strings.IndexByte("=+-@\t\r", v[1]) >= 0 {
		return v[1:]
	}
	return v
}

// readTable finds the header, applies it and checks required columns.
// When flatOK, a sheet that turns out to hold both pupil and target
// columns is split into Pupils and Targets.
func readTable(t *Table, name string, base diag.Pos, rows []rawRow, date1904, flatOK bool) (map[string]*Sheet, diag.List) {
	if flatOK && t == &Pupils {
		t = flatTable
	}
	h, probs := findHeader(t, rows, base)
	if h == nil {
		return nil, probs
	}
	hdrPos := base
	hdrPos.Row = rows[h.row].num
	probs = append(probs, unknownColumns(t, h)...)
	flat := false
	if t == flatTable {
		for _, c := range targetOnly {
			if _, ok := h.pos[c]; ok {
				flat = true
			}
		}
		if !flat {
			t = &Pupils
		}
	}
	var required []string
	for _, name := range requiredColumns(t) {
		if c := t.Column(name); c.Else != "" {
			if _, ok := h.pos[c.Else]; ok {
				continue
			}
		}
		required = append(required, name)
	}
	probs = append(probs, missingColumns(t, h, hdrPos, required)...)
	s, p := build(t, name, base, rows, h, date1904)
	probs = append(probs, p...)
	s.Unknown, s.Ignored = h.unknown, h.ignored
	s.System, s.Report = recognise(t, h.all)
	if t == flatTable {
		s.System, s.Report = recognise(&Pupils, h.all)
	}
	if !flat {
		return map[string]*Sheet{t.Name: s}, probs
	}
	pupils, targets, fp := splitFlat(s)
	return map[string]*Sheet{Pupils.Name: pupils, Targets.Name: targets}, append(probs, fp...)
}
