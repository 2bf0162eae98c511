package sheet

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"planpack/internal/diag"
)

// sheetData is one sheet for writeXLSX: its name and rows of cell values.
type sheetData struct {
	name string
	rows [][]any
}

// writeXLSX writes a real workbook with excelize and returns its path.
func writeXLSX(t testing.TB, dir string, date1904 bool, sheets ...sheetData) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if date1904 {
		yes := true
		if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}); err != nil {
			t.Fatal(err)
		}
	}
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			t.Fatal(err)
		}
		for r, row := range s.rows {
			cell, _ := excelize.CoordinatesToCellName(1, r+1)
			if err := f.SetSheetRow(s.name, cell, &row); err != nil {
				t.Fatal(err)
			}
		}
	}
	path := filepath.Join(dir, "input.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func writeFile(t testing.TB, path string, data []byte) string {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func messages(l diag.List) string {
	return l.Error()
}

func mustRead(t *testing.T, path string) (*Book, diag.List) {
	t.Helper()
	b, probs := Read(path)
	if b == nil {
		t.Fatalf("Read(%s) = nil book; problems:\n%s", path, messages(probs))
	}
	return b, probs
}

var pupilHeader = []any{"Pupil ID", "Legal Forename", "Legal Surname", "Date of Birth", "Year", "Reg Group", "SEN Status"}

func TestHeaderAliases(t *testing.T) {
	tests := []struct {
		name   string
		header string
		want   string
	}{
		{"canonical name", "Legal Surname", ColLegalSurname},
		{"alias from an MIS", "Surname", ColLegalSurname},
		{"case and spaces do not matter", "  LAST   name ", ColLegalSurname},
		{"underscores and dots do not matter", "date_of.birth", ColDOB},
		{"short alias", "DOB", ColDOB},
		{"admission number is the pupil id", "Adno", ColPupilID},
		{"punctuation inside an alias", "Parent/Carer Views", ColParentViews},
		{"apostrophes", "Child's Views", ColChildViews},
		{"year group alias", "NC Year", ColYear},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			head := []any{"Pupil ID", tc.header}
			if tc.want == ColPupilID {
				head = []any{tc.header, "Year"}
			}
			path := writeXLSX(t, dir, false, sheetData{"Pupils", [][]any{head, {"1001", "x"}}})
			b, _ := mustRead(t, path)
			s := b.Sheet("Pupils")
			if s == nil {
				t.Fatal("no Pupils sheet")
			}
			if !s.Has(tc.want) {
				t.Fatalf("header %q not read as %q; header = %v", tc.header, tc.want, s.Header)
			}
			if got := s.Header[tc.want].Column; got != strings.TrimSpace(tc.header) {
				t.Errorf("Pos.Column = %q, want the header as written %q", got, tc.header)
			}
		})
	}
}

func TestAliasesAreUnambiguous(t *testing.T) {
	for _, tab := range append(Tables, flatTable) {
		seen := map[string]string{}
		for _, c := range tab.known() {
			for _, n := range c.names() {
				if prev, ok := seen[n]; ok && prev != c.Name {
					t.Errorf("%s: %q names both %q and %q", tab.Name, n, prev, c.Name)
				}
				seen[n] = c.Name
			}
		}
	}
}

func TestSheetNameAliases(t *testing.T) {
	tests := []struct{ name, sheet, want string }{
		{"canonical", "Pupils", "Pupils"},
		{"lower case with space", " pupils ", "Pupils"},
		{"MIS register name", "SEN Register", "Pupils"},
		{"SMART targets", "SMART_Targets", "Targets"},
		{"parents and carers", "Parents & Carers", "Contacts"},
		{"unknown", "Instructions", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			if tab := TableFor(tc.sheet); tab != nil {
				got = tab.Name
			}
			if got != tc.want {
				t.Errorf("TableFor(%q) = %q, want %q", tc.sheet, got, tc.want)
			}
		})
	}
}

func TestTitleRowsSkippedAndPositionsKept(t *testing.T) {
	dir := t.TempDir()
	path := writeXLSX(t, dir, false, sheetData{"Pupils", [][]any{
		{"Oak Primary School — SEN register"},
		{"Exported 09/01/2027"},
		{},
		pupilHeader,
		{"1001", "Sami", "Ahmed", "12/03/2019", "3", "3B", "K"},
		{},
		{"1002", "Zoë", "O'Neill", "01/09/2018", "Y4", "4C", "E"},
	}})
	b, probs := mustRead(t, path)
	if probs.HasErrors() {
		t.Fatalf("unexpected errors:\n%s", messages(probs))
	}
	s := b.Sheet("Pupils")
	if len(s.Rows) != 2 {
		t.Fatalf("got %d rows, want 2 (blank rows skipped)", len(s.Rows))
	}
	c := s.Rows[1].Cell(ColLegalSurname)
	if c.Text != "O'Neill" {
		t.Errorf("surname = %q", c.Text)
	}
	if got := c.Pos.String(); got != path+": Pupils!C7 (Legal Surname)" {
		t.Errorf("pos = %q, want Pupils!C7", got)
	}
	if got := s.Header[ColPupilID].Row; got != 4 {
		t.Errorf("header row = %d, want 4", got)
	}
}

func TestNoHeaderRow(t *testing.T) {
	dir := t.TempDir()
	path := writeXLSX(t, dir, false, sheetData{"Pupils", [][]any{{"Name", "Class"}, {"Sami", "3B"}}})
	_, probs := Read(path)
	if !strings.Contains(messages(probs), "no header row") {
		t.Errorf("want a no-header-row error, got:\n%s", messages(probs))
	}
}

func TestUnknownAndMissingColumns(t *testing.T) {
	dir := t.TempDir()
	path := writeXLSX(t, dir, false, sheetData{"Pupils", [][]any{
		{"Pupil ID", "Legal Forename", "Legal Surnme", "Date of Birth", "Year", "Reg Group", "SEN Status", "Shoe Size"},
		{"1001", "Sami", "Ahmed", "12/03/2019", "3", "3B", "K", "11"},
	}}, sheetData{"Targets", [][]any{{"Pupil ID", "Area", "Target", "Success Criteria", "Provision", "Who", "How Often"}}})
	_, probs := mustRead(t, path)
	got := messages(probs)
	for _, want := range []string{
		`Pupils!C1 (Legal Surnme): warning: unknown column "Legal Surnme" is ignored; did you mean "Legal Surname"?`,
		`Pupils!H1 (Shoe Size): warning: unknown column "Shoe Size" is ignored`,
		`Pupils!1 (Legal Surname): missing required column "Legal Surname"; is "Legal Surnme" meant to be "Legal Surname"?`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
}

func TestDates(t *testing.T) {
	jan2024 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		in       string
		date1904 bool
		want     time.Time
		err      string
	}{
		{"1900 serial", "45292", false, jan2024, ""},
		{"1904 serial is 1462 days less", "43830", true, jan2024, ""},
		{"serial with a time of day", "45292.75", false, jan2024, ""},
		{"serial before the phantom leap day", "59", false, time.Date(1900, 2, 28, 0, 0, 0, 0, time.UTC), ""},
		{"phantom 29 February 1900", "60", false, time.Time{}, "never was"},
		{"dd/mm/yyyy", "01/01/2024", false, jan2024, ""},
		{"d/m/yy", "1/1/24", false, jan2024, ""},
		{"dashes", "1-1-2024", false, jan2024, ""},
		{"dots", "01.01.2024", false, jan2024, ""},
		{"ISO", "2024-01-01", false, jan2024, ""},
		{"ISO date-time from a date cell", "2024-01-01T00:00:00Z", false, jan2024, ""},
		{"written out", "1 January 2024", false, jan2024, ""},
		{"short month name", "14 Mar 2015", false, time.Date(2015, 3, 14, 0, 0, 0, 0, time.UTC), ""},
		{"month name between dashes", "14-Mar-2015", false, time.Date(2015, 3, 14, 0, 0, 0, 0, time.UTC), ""},
		{"month name, two-digit year", "14-Mar-15", false, time.Date(2015, 3, 14, 0, 0, 0, 0, time.UTC), ""},
		{"ordinal with weekday", "Saturday 14th March 2015", false, time.Date(2015, 3, 14, 0, 0, 0, 0, time.UTC), ""},
		{"with a midnight time", "14/03/2015 00:00:00", false, time.Date(2015, 3, 14, 0, 0, 0, 0, time.UTC), ""},
		{"with a short time", "14/03/2015 00:00", false, time.Date(2015, 3, 14, 0, 0, 0, 0, time.UTC), ""},
		{"ISO date-time without a zone", "2015-01-22T00:00:00", false, time.Date(2015, 1, 22, 0, 0, 0, 0, time.UTC), ""},
		{"a time alone is not a date", "00:00:00", false, time.Time{}, "not a date"},
		{"a month that is not one", "14-Mux-2015", false, time.Time{}, "not a date"},
		{"two-digit year in the 1900s", "5/6/75", false, time.Date(1975, 6, 5, 0, 0, 0, 0, time.UTC), ""},
		{"31 February is impossible", "31/02/2024", false, time.Time{}, "February 2024 has 29 days"},
		{"ISO 30 February", "2023-02-30", false, time.Time{}, "February 2023 has 28 days"},
		{"US order is explained", "12/25/2019", false, time.Time{}, "read day/month/year"},
		{"words", "next Tuesday", false, time.Time{}, "not a date"},
		{"three-digit year", "1/1/202", false, time.Time{}, "year in full"},
		{"negative serial", "-5", false, time.Time{}, "not a date"},
		{"empty", "", false, time.Time{}, "no date"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseDate(tc.in, tc.date1904)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("ParseDate(%q) error = %v, want one containing %q", tc.in, err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tc.in, err)
			}
			if !got.Equal(tc.want) {
				t.Errorf("ParseDate(%q) = %s, want %s", tc.in, got.Format(time.DateOnly), tc.want.Format(time.DateOnly))
			}
		})
	}
}

func TestDateCellsInWorkbooks(t *testing.T) {
	dob := time.Date(2019, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, date1904 := range []bool{false, true} {
		t.Run(fmt.Sprintf("date1904=%v", date1904), func(t *testing.T) {
			dir := t.TempDir()
			f := excelize.NewFile()
			if date1904 {
				yes := true
				if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}); err != nil {
					t.Fatal(err)
				}
			}
			f.SetSheetName("Sheet1", "Pupils")
			f.SetSheetRow("Pupils", "A1", &[]any{"Pupil ID", "Date of Birth"})
			f.SetCellValue("Pupils", "A2", "1001")
			// A real date cell: excelize stores the serial in the
			// workbook's own date system with a date format.
			if err := f.SetCellValue("Pupils", "B2", dob); err != nil {
				t.Fatal(err)
			}
			f.SetCellValue("Pupils", "A3", "1002")
			f.SetCellValue("Pupils", "B3", "12/03/2019")
			path := filepath.Join(dir, "in.xlsx")
			if err := f.SaveAs(path); err != nil {
				t.Fatal(err)
			}
			f.Close()
			b, _ := mustRead(t, path)
			for _, r := range b.Sheet("Pupils").Rows {
				c := r.Cell(ColDOB)
				got, err := c.Date()
				if err != nil {
					t.Fatalf("%s: %v", c.Pos, err)
				}
				if !got.Equal(dob) {
					t.Errorf("%s %q = %s, want 2019-03-12", c.Pos, c.Text, got.Format(time.DateOnly))
				}
			}
		})
	}
}

func TestCSVEncodings(t *testing.T) {
	header := "Pupil ID,Legal Forename,Legal Surname,Date of Birth,Year,Reg Group,SEN Status,Area,Target,Success Criteria,Provision,Who,How Often\n"
	row := "1002,Zoë,O'Neill,01/09/2018,4,4C,E,C&L,Read 20 words,Reads 20 words,Phonics,TA,Daily\n"
	cp1252 := bytes.ReplaceAll([]byte(header+row), []byte("ë"), []byte{0xEB})
	tests := []struct {
		name string
		data []byte
		err  string
	}{
		{"UTF-8", []byte(header + row), ""},
		{"UTF-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, header+row...), ""},
		{"Windows-1252 from Excel", cp1252, ""},
		{"UTF-16 is refused", append([]byte{0xFF, 0xFE}, utf16le(header+row)...), "UTF-16"},
		{"UTF-16 without a BOM is refused", utf16le(header + row), "NUL byte"},
		{"byte unassigned in Windows-1252", append([]byte(header), 0x81, '\n'), "neither UTF-8 nor Windows-1252"},
		{"BOM but broken UTF-8", append([]byte{0xEF, 0xBB, 0xBF}, 0xEB, '\n'), "not valid UTF-8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := writeFile(t, filepath.Join(t.TempDir(), "export.csv"), tc.data)
			b, probs := Read(path)
			if tc.err != "" {
				if b != nil || !strings.Contains(messages(probs), tc.err) {
					t.Fatalf("want error %q, got book=%v problems:\n%s", tc.err, b != nil, messages(probs))
				}
				return
			}
			if probs.HasErrors() {
				t.Fatalf("unexpected problems:\n%s", messages(probs))
			}
			p := b.Sheet("Pupils")
			if p == nil || len(p.Rows) != 1 {
				t.Fatalf("want one pupil, got %+v", b.Sheets)
			}
			if got := p.Rows[0].Get(ColLegalForename); got != "Zoë" {
				t.Errorf("forename = %q, want Zoë", got)
			}
			if got := p.Rows[0].Cell(ColLegalForename).Pos.String(); got != path+":2 (Legal Forename)" {
				t.Errorf("CSV position = %q", got)
			}
		})
	}
}

func TestCSVDelimiters(t *testing.T) {
	tests := []struct{ name, sep string }{
		{"comma", ","},
		{"semicolon from European Excel", ";"},
		{"tab-separated text", "\t"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := strings.Join([]string{"Pupil ID", "Legal Surname", "Reg Group"}, tc.sep) + "\n" +
				strings.Join([]string{"1001", "O'Neill, Jr", "3B"}, tc.sep) + "\n"
			if tc.sep == "," {
				text = "Pupil ID,Legal Surname,Reg Group\n1001,\"O'Neill, Jr\",3B\n"
			}
			path := writeFile(t, filepath.Join(t.TempDir(), "pupils.csv"), []byte(text))
			b, _ := mustRead(t, path)
			r := b.Sheet("Pupils").Rows[0]
			if r.Get(ColLegalSurname) != "O'Neill, Jr" || r.Get(ColRegGroup) != "3B" {
				t.Errorf("row = %q %q", r.Get(ColLegalSurname), r.Get(ColRegGroup))
			}
		})
	}
}

func utf16le(s string) []byte {
	var out []byte
	for _, r := range s {
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

func TestCSVFolder(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "Pupils.csv"), []byte("Adno,Forename,Surname,DOB,Year,Class,SEN\n1001,Sami,Ahmed,12/03/2019,3,3B,K\n"))
	writeFile(t, filepath.Join(dir, "targets.csv"), []byte("Pupil ID,Area,Target,Success Criteria,Provision,Who,How Often\n1001,C&L,\"Read 20 words,\nfluently\",Reads them,Phonics,TA,Daily\n1001,SEMH,Ask for help,Asks,Check-ins,TA,Daily\n"))
	writeFile(t, filepath.Join(dir, "notes.txt"), []byte("ignored"))
	b, probs := mustRead(t, dir)
	if len(probs) != 0 {
		t.Fatalf("unexpected problems:\n%s", messages(probs))
	}
	tg := b.Sheet("Targets")
	if len(tg.Rows) != 2 {
		t.Fatalf("targets = %d, want 2", len(tg.Rows))
	}
	// A quoted cell spanning two lines: the next record starts on line 4.
	if got := tg.Rows[1].Pos.Row; got != 4 {
		t.Errorf("second target on line %d, want 4", got)
	}
	if b.Sheet("Pupils").Rows[0].Get(ColLegalSurname) != "Ahmed" {
		t.Errorf("aliases in CSV headers not applied")
	}
}

func TestFlatExport(t *testing.T) {
	head := []any{"Pupil ID", "Forename", "Surname", "DOB", "Year", "Class", "SEN", "Area", "Target", "Success Criteria", "Provision", "Who", "How Often"}
	t.Run("split into pupils and targets", func(t *testing.T) {
		path := writeXLSX(t, t.TempDir(), false, sheetData{"Instructions", [][]any{{"Read me first"}}}, sheetData{"Export", [][]any{
			{"SEN targets report"},
			head,
			{"1001", "Sami", "Ahmed", "12/03/2019", "3", "3B", "K", "C&L", "Read 20 words", "Reads", "Phonics", "TA", "Daily"},
			{"1001", "Sami", "Ahmed", "12/03/2019", "3", "3B", "K", "SEMH", "Ask for help", "Asks", "Check-ins", "TA", "Daily"},
			{"1002", "Zoë", "O'Neill", "01/09/2018", "4", "4C", "E", "C&I", "Take turns", "Takes turns", "Lego therapy", "TA", "Weekly"},
		}})
		b, probs := mustRead(t, path)
		if probs.HasErrors() {
			t.Fatalf("unexpected errors:\n%s", messages(probs))
		}
		if !b.Flat {
			t.Error("Flat not set")
		}
		if len(b.Others) != 1 || b.Others[0] != "Instructions" {
			t.Errorf("Others = %q, want the Instructions sheet only", b.Others)
		}
		if n := len(b.Sheet("Pupils").Rows); n != 2 {
			t.Errorf("pupils = %d, want 2", n)
		}
		if n := len(b.Sheet("Targets").Rows); n != 3 {
			t.Errorf("targets = %d, want 3", n)
		}
		if got := b.Sheet("Targets").Rows[2].Cell(ColArea).Pos.String(); got != path+": Export!H5 (Area)" {
			t.Errorf("target cell pos = %q", got)
		}
	})
	t.Run("disagreeing pupil cells name both", func(t *testing.T) {
		path := writeXLSX(t, t.TempDir(), false, sheetData{"Pupils", [][]any{
			head,
			{"1001", "Sami", "Ahmed", "12/03/2019", "3", "3B", "K", "C&L", "Read 20 words", "Reads", "Phonics", "TA", "Daily"},
			{"1001", "Sami", "Ahmad", "12/03/2019", "3", "3B", "K", "SEMH", "Ask for help", "Asks", "Check-ins", "TA", "Daily"},
		}})
		_, probs := mustRead(t, path)
		want := `Pupils!C3 (Surname): "Ahmad" here but "Ahmed" in C2 for the same pupil`
		if !strings.Contains(messages(probs), want) {
			t.Errorf("want %q in:\n%s", want, messages(probs))
		}
	})
	t.Run("flat CSV file", func(t *testing.T) {
		path := writeFile(t, filepath.Join(t.TempDir(), "export.csv"), []byte(
			"Pupil ID,Forename,Surname,DOB,Year,Class,SEN,Area,Target,Success Criteria,Provision,Who,How Often\n"+
				"1001,Sami,Ahmed,12/03/2019,3,3B,K,C&L,Read,Reads,Phonics,TA,Daily\n"+
				"1001,Sami,Ahmed,12/03/2019,3,3B,E,SEMH,Ask,Asks,Check-ins,TA,Daily\n"))
		b, probs := mustRead(t, path)
		if !b.Flat || !strings.Contains(messages(probs), `export.csv:3 (SEN): "E" here but "K" in G2`) {
			t.Errorf("flat=%v problems:\n%s", b.Flat, messages(probs))
		}
	})
}

func TestFormulaGuardRemoved(t *testing.T) {
	path := writeXLSX(t, t.TempDir(), false, sheetData{"Pupils", [][]any{
		{"Pupil ID", "Strengths", "Interests", "Needs"},
		{"1001", "'- kind to others", "'=sums", "'Tis the season"},
	}})
	b, _ := mustRead(t, path)
	r := b.Sheet("Pupils").Rows[0]
	for col, want := range map[string]string{ColStrengths: "- kind to others", ColInterests: "=sums", ColNeeds: "'Tis the season"} {
		if got := r.Get(col); got != want {
			t.Errorf("%s = %q, want %q", col, got, want)
		}
	}
}

func TestFormulaErrors(t *testing.T) {
	path := writeXLSX(t, t.TempDir(), false, sheetData{"Pupils", [][]any{
		pupilHeader,
		{"1001", "Sami", "#REF!", "12/03/2019", "3", "#N/A", "K"},
	}})
	b, probs := mustRead(t, path)
	got := messages(probs)
	for _, want := range []string{"Pupils!C2 (Legal Surname): the cell shows the formula error #REF!", "Pupils!F2 (Reg Group): the cell shows the formula error #N/A"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %q in:\n%s", want, got)
		}
	}
	if c := b.Sheet("Pupils").Rows[0].Cell(ColLegalSurname); !c.FormulaError || c.Text != "" {
		t.Errorf("cell = %+v, want FormulaError and no text", c)
	}
}

func TestFormulaErrorCellType(t *testing.T) {
	// A cell of type "e" as Excel writes a failed formula's cached value.
	sheet := `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
		`<row r="1"><c r="A1" t="inlineStr"><is><t>Pupil ID</t></is></c><c r="B1" t="inlineStr"><is><t>Year</t></is></c></row>` +
		`<row r="2"><c r="A2" t="inlineStr"><is><t>1001</t></is></c><c r="B2" t="e"><f>VLOOKUP(1,Z:Z,2,0)</f><v>#N/A</v></c></row>` +
		`</sheetData></worksheet>`
	data := minimalXLSX(t, sheet, zip.Deflate)
	_, probs := readXLSX("in.xlsx", data)
	if !strings.Contains(messages(probs), "Pupils!B2 (Year): the cell shows the formula error #N/A") {
		t.Errorf("problems:\n%s", messages(probs))
	}
}
