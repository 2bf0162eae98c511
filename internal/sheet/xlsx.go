package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"planpack/internal/diag"
)

// formulaErrors are the values Excel shows for a formula that failed.
var formulaErrors = map[string]bool{
	"#REF!": true, "#N/A": true, "#DIV/0!": true, "#VALUE!": true,
	"#NAME?": true, "#NULL!": true, "#NUM!": true,
}

// IsFormulaError reports whether a cell holds an Excel formula error.
func IsFormulaError(s string) bool { return formulaErrors[strings.ToUpper(strings.TrimSpace(s))] }

// errLimit marks a refusal for size, so callers can tell it from damage.
var errLimit = errors.New("over the limit")

// countingReader counts what passes through and stops at a limit, so a
// zip entry's declared size is never trusted.
type countingReader struct {
	r     io.Reader
	total *int64
	limit int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	*c.total += int64(n)
	if *c.total > c.limit {
		return n, errLimit
	}
	return n, err
}

// sheetStats is what the preflight learned about one worksheet part.
type sheetStats struct {
	lastRow int // the last row number that has a <row> element
	rows    int
	maxCol  int
	maxSST  int // the highest shared-text index a cell uses, -1 for none
	// sstRow and sstCol are the first cell that uses maxSST, so a
	// reference past the end is reported at the cell that makes it.
	sstRow, sstCol int
	sst            int // for the shared-text part: how many entries it has
}

// sheetError is a preflight problem inside one worksheet, so the report
// can name the sheet as the school knows it.
type sheetError struct {
	sheet    string
	row, col int // the cell, when the problem is in one
	err      error
}

func (e *sheetError) Error() string { return e.err.Error() }
func (e *sheetError) Unwrap() error { return e.err }

// preflight checks a workbook before excelize sees it: it must be a zip,
// every entry must unpack with a good CRC, the whole must stay under
// MaxUnpacked, every XML part must be well-formed, and no worksheet may
// exceed MaxRows or MaxColumns. It returns the worksheet statistics by
// part name ("xl/worksheets/sheet1.xml") and the part of each sheet name.
func preflight(data []byte) (map[string]sheetStats, map[string]string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		// Excel stores a workbook with a password to open in an OLE
		// container, as it did the old .xls: not a zip at all.
		if bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}) {
			return nil, nil, errors.New("this workbook is password-protected (or an old .xls named .xlsx), which planpack cannot read; open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, and clear it) and save it as \"Excel Workbook (.xlsx)\"")
		}
		return nil, nil, fmt.Errorf("this is not an .xlsx workbook (%v); save it from Excel as \"Excel Workbook (.xlsx)\"", err)
	}
	// The sizes the zip declares are refused at once when too big; they
	// can lie the other way, so everything is then unpacked and counted:
	// a zip bomb stops after at most MaxUnpacked bytes of inflating,
	// before any XML parsing.
	var declared uint64
	for _, f := range zr.File {
		declared += f.UncompressedSize64
	}
	if declared > MaxUnpacked {
		return nil, nil, fmt.Errorf("the workbook unpacks to more than %d MiB, more than planpack reads; remove unneeded sheets, images and rows", MaxUnpacked>>20)
	}
	var total int64
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, nil, fmt.Errorf("the workbook is damaged: part %s cannot be opened (%v); open it in Excel and save it again", f.Name, err)
		}
		_, err = io.Copy(io.Discard, &countingReader{r: rc, total: &total, limit: MaxUnpacked})
		rc.Close()
		switch {
		case errors.Is(err, errLimit):
			return nil, nil, fmt.Errorf("the workbook unpacks to more than %d MiB, more than planpack reads; remove unneeded sheets, images and rows", MaxUnpacked>>20)
		case err != nil:
			return nil, nil, fmt.Errorf("the workbook is damaged: part %s does not unpack (%v); open it in Excel and save it again", f.Name, err)
		}
	}
	parts := sheetParts(data)
	nameOf := map[string]string{}
	for name, part := range parts {
		nameOf[part] = name
	}
	stats := map[string]sheetStats{}
	sst := 0
	for _, f := range zr.File {
		isSheet := strings.HasPrefix(f.Name, "xl/worksheets/") && strings.HasSuffix(f.Name, ".xml")
		isSST := strings.HasSuffix(strings.ToLower(f.Name), "sharedstrings.xml")
		if !strings.HasSuffix(f.Name, ".xml") && !strings.HasSuffix(f.Name, ".rels") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, nil, fmt.Errorf("the workbook is damaged: part %s cannot be opened (%v); open it in Excel and save it again", f.Name, err)
		}
		st, err := scanXML(rc, isSheet, isSST)
		rc.Close()
		switch {
		case errors.Is(err, errTooBig):
			return nil, nil, &sheetError{sheet: nameOf[f.Name], err: err}
		case err != nil:
			return nil, nil, &sheetError{sheet: nameOf[f.Name], err: fmt.Errorf("the workbook is damaged: part %s is not readable XML (%v); open it in Excel and save it again", f.Name, err)}
		}
		if isSheet {
			stats[f.Name] = st
		}
		if isSST {
			sst = st.sst
		}
	}
	names := make([]string, 0, len(stats))
	for name := range stats {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if st := stats[name]; st.maxSST >= sst {
			return nil, nil, &sheetError{sheet: nameOf[name], row: st.sstRow, col: st.sstCol,
				err: fmt.Errorf("the workbook is damaged: this cell of part %s refers to text entry %d but the workbook has %d; open it in Excel and save it again", name, st.maxSST, sst)}
		}
	}
	return stats, parts, nil
}

// errTooBig marks a worksheet beyond the row or column limit.
var errTooBig = errors.New("too big")

type limitError struct{ msg string }

func (e *limitError) Error() string        { return e.msg }
func (e *limitError) Is(target error) bool { return target == errTooBig }

// scanXML checks that an XML part is well-formed and, for a worksheet,
// counts its rows and columns and notes the highest shared-text index its
// cells use; for the shared-text part it counts the entries. excelize
// reads a reference past the end as an empty cell and skips rows written
// out of order, so both are caught here instead.
func scanXML(r io.Reader, isSheet, isSST bool) (sheetStats, error) {
	st := sheetStats{maxSST: -1}
	d := xml.NewDecoder(r)
	d.Strict = true
	col := 0
	inShared, inV := false, false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return st, nil
		}
		if err != nil {
			return st, err
		}
		if isSST {
			if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "si" {
				st.sst++
			}
			continue
		}
		if !isSheet {
			continue
		}
		switch t := tok.(type) {
		case xml.EndElement:
			switch t.Name.Local {
			case "c":
				inShared = false
			case "v":
				inV = false
			}
		case xml.CharData:
			if inShared && inV {
				if k, err := strconv.Atoi(strings.TrimSpace(string(t))); err == nil && k > st.maxSST {
					st.maxSST, st.sstRow, st.sstCol = k, st.lastRow, col
				}
			}
		case xml.StartElement:
			switch t.Name.Local {
			case "row":
				st.rows++
				n := st.lastRow + 1
				if v := attr(t, "r"); v != "" {
					if k, err := strconv.Atoi(v); err == nil {
						n = k
					}
				}
				if n <= st.lastRow {
					return st, fmt.Errorf("row %d comes after row %d; rows must be in order", n, st.lastRow)
				}
				st.lastRow = n
				col = 0
				if st.rows > MaxRows || st.lastRow > MaxRows {
					return st, &limitError{fmt.Sprintf("a sheet has more than %d rows, more than planpack reads; delete the rows below the data (select them, right-click, Delete)", MaxRows)}
				}
			case "c":
				col++
				if v := attr(t, "r"); v != "" {
					if c, _, err := excelize.CellNameToCoordinates(v); err == nil {
						col = c
					}
				}
				st.maxCol = max(st.maxCol, col)
				if col > MaxColumns {
					return st, &limitError{fmt.Sprintf("a sheet has more than %d columns, more than planpack reads; delete the columns to the right of the data", MaxColumns)}
				}
				inShared = attr(t, "t") == "s"
			case "v":
				inV = true
			}
		}
	}
}

func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// sheetParts maps each sheet name to its worksheet part, from the
// workbook and its relationships, so preflight figures can be checked
// against what excelize returns.
func sheetParts(data []byte) map[string]string {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil
	}
	read := func(name string) []byte {
		for _, f := range zr.File {
			if f.Name == name {
				rc, err := f.Open()
				if err != nil {
					return nil
				}
				defer rc.Close()
				b, _ := io.ReadAll(io.LimitReader(rc, MaxUnpacked))
				return b
			}
		}
		return nil
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rel []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(read("xl/workbook.xml"), &wb) != nil || xml.Unmarshal(read("xl/_rels/workbook.xml.rels"), &rels) != nil {
		return nil
	}
	target := map[string]string{}
	for _, r := range rels.Rel {
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Join("xl", t)
		}
		target[r.ID] = t
	}
	out := map[string]string{}
	for _, s := range wb.Sheets {
		out[s.Name] = target[s.ID]
	}
	return out
}

// readXLSXFile reads a workbook after the preflight has passed.
func readXLSXFile(file string) (*Book, diag.List) {
	var probs diag.List
	pos := diag.Pos{File: file}
	st, err := os.Stat(file)
	if err != nil {
		probs.Errorf(pos, "cannot read the workbook: %v", unwrapPathError(err))
		return nil, probs
	}
	if st.Size() > MaxUnpacked {
		probs.Errorf(pos, "the workbook is %d MiB, more than the %d MiB planpack reads; remove unneeded sheets, images and rows", st.Size()>>20, MaxUnpacked>>20)
		return nil, probs
	}
	data, err := os.ReadFile(file)
	if err != nil {
		probs.Errorf(pos, "cannot read the workbook: %v", unwrapPathError(err))
		return nil, probs
	}
	return readXLSX(file, data)
}

// readXLSX reads workbook bytes; file names the workbook in problems.
func readXLSX(file string, data []byte) (*Book, diag.List) {
	var probs diag.List
	pos := diag.Pos{File: file}
	stats, parts, err := preflight(data)
	if err != nil {
		var se *sheetError
		if errors.As(err, &se) {
			pos.Sheet, pos.Row, pos.Col = se.sheet, se.row, se.col
		}
		probs.Errorf(pos, "%v", err)
		return nil, probs
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: MaxUnpacked, UnzipXMLSizeLimit: 16 << 20})
	if err != nil {
		probs.Errorf(pos, "cannot open the workbook: %v; open it in Excel and save it again as .xlsx", err)
		return nil, probs
	}
	defer f.Close()
	date1904 := false
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		date1904 = *props.Date1904
	}

	type found struct {
		t    *Table
		name string
	}
	var matched []found
	seen := map[*Table]string{}
	var unmatched []string
	for _, name := range f.GetSheetList() {
		t := TableFor(name)
		if t == nil {
			unmatched = append(unmatched, name)
			continue
		}
		if prev, dup := seen[t]; dup {
			probs.Errorf(diag.Pos{File: file, Sheet: name}, "both sheets %q and %q are read as %s; rename or delete one", prev, name, t.Name)
			continue
		}
		seen[t] = name
		matched = append(matched, found{t, name})
	}
	_, hasTargets := seen[&Targets]
	if _, hasPupils := seen[&Pupils]; !hasPupils && !hasTargets {
		// A report exported as one sheet under its own name ("Sheet1",
		// "Export"): try the first sheet with a header as a flat export.
		for i, name := range unmatched {
			rows, p := readRows(f, file, name, stats[parts[name]])
			probs = append(probs, p...)
			if h, _ := findHeader(flatTable, rows, diag.Pos{}); h != nil {
				matched = append(matched, found{&Pupils, name})
				unmatched = append(unmatched[:i:i], unmatched[i+1:]...)
				break
			}
		}
	}
	b := &Book{Path: file, Sheets: map[string]*Sheet{}, Others: unmatched}
	for _, m := range matched {
		base := diag.Pos{File: file, Sheet: m.name}
		flatOK := m.t == &Pupils && !hasTargets
		rows, p := readRows(f, file, m.name, stats[parts[m.name]])
		probs = append(probs, p...)
		if p.HasErrors() {
			b.markUnread(m.t, flatOK)
			continue
		}
		sheets, p := readTable(m.t, m.name, base, rows, date1904, flatOK)
		probs = append(probs, p...)
		if len(sheets) == 0 {
			b.markUnread(m.t, flatOK)
		}
		for name, s := range sheets {
			b.Sheets[name] = s
		}
		if len(sheets) == 2 {
			b.Flat = true
		}
	}
	return b, probs
}

// readRows reads every row of a sheet as stored (raw values: a date is its
// serial number) and checks that excelize reached the last row the
// preflight counted, so no row is lost silently.
func readRows(f *excelize.File, file, name string, st sheetStats) ([]rawRow, diag.List) {
	var probs diag.List
	pos := diag.Pos{File: file, Sheet: name}
	it, err := f.Rows(name)
	if err != nil {
		probs.Errorf(pos, "cannot read the sheet: %v; open the workbook in Excel and save it again", err)
		return nil, probs
	}
	defer it.Close()
	var rows []rawRow
	n := 0
	for it.Next() {
		n++
		cells, err := it.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			p := pos
			p.Row = n
			probs.Errorf(p, "cannot read this row: %v; open the workbook in Excel and save it again", err)
			return nil, probs
		}
		if len(cells) == 0 {
			continue
		}
		rows = append(rows, rawRow{num: n, cells: cells})
	}
	if err := it.Error(); err != nil {
		probs.Errorf(pos, "cannot read the sheet past row %d: %v; open the workbook in Excel and save it again", n, err)
		return nil, probs
	}
	if n < st.lastRow {
		probs.Errorf(pos, "only %d of %d rows could be read; open the workbook in Excel and save it again", n, st.lastRow)
		return nil, probs
	}
	return rows, nil
}
