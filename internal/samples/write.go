package samples

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/xuri/excelize/v2"

	"planpack/internal/sheet"
	"planpack/internal/workbook"
)

// Config is the sample school's planpack.toml.
const Config = `# Riverside Academy's settings for planpack: see the file planpack init
# writes for every setting and what it may be.

# Each build files every pupil's plan, with how last term's targets went,
# in this folder beside planpack.toml: planpack history and the evidence
# pack for an EHC needs assessment (planpack evidence, or section 5 of
# planpack serve's page) read it back.
history = "history"

[school]
name = "Riverside Academy"
address = ["Riverside Academy", "Mill Road", "Hertford", "SG14 1RB"]
phone = "01992 500600"
email = "office@riverside.example.sch.uk"
senco = "Mrs S Cole"
headteacher = "Mr P Okonjo"

[term]
name = "Spring term 2027"
plan_date = 2027-01-11
review_date = 2027-03-26
letter_date = 2027-01-11

[plans]
default_type = "iep"

[letters]
signatory_role = "SENCo"
enclosures = "Support plan; My Plan"

[costs]
# Each rate is matched against the Who column as whole words: "Mrs Khan
# (TA)" is a TA, "Mr Bennett (form tutor)" a tutor. Our learning mentor
# is paid from another budget, so she has no rate here and her sessions
# show as "not costed" on the provision map.
[costs.hourly]
TA = 18.00
HLTA = 21.00
ELSA = 19.50
teacher = 42.00
tutor = 42.00
`

// Files are the generated files under the samples folder, by path.
func Files() (map[string][]byte, error) {
	var school bytes.Buffer
	if err := workbook.Encode(&school, School(), workbook.Options{Date: PlanDate}); err != nil {
		return nil, fmt.Errorf("sample school: %w", err)
	}
	broken, err := Broken()
	if err != nil {
		return nil, fmt.Errorf("broken sample: %w", err)
	}
	return map[string][]byte{
		"school/input.xlsx":    school.Bytes(),
		"school/planpack.toml": []byte(Config),
		"broken/input.xlsx":    broken,
		"broken/planpack.toml": []byte(Config),
		"broken/MISTAKES.md":   []byte(mistakesText()),
	}, nil
}

// Write writes the sample school and its broken copy under dir (the
// repository's samples folder).
func Write(dir string) error {
	files, err := Files()
	if err != nil {
		return err
	}
	for name, data := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// mistake is one thing wrong in the broken sample, for MISTAKES.md.
type mistake struct {
	where, what string
}

var mistakes = []mistake{
	{"Targets sheet", "the Who column is missing"},
	{"Pupils, last row", "Pupil ID 002541 is used twice (Mia Carter has Alfie Turner's ID)"},
	{"Targets, last row", "Pupil ID 009999 is not on the Pupils sheet"},
	{"Pupils, Aisha Rahman", "the UPN's check letter is wrong"},
	{"Pupils, Callum Reid", "Date of Birth 31/02/2015 is not a real date"},
	{"Targets, Harry Price", "5 targets, more than the 4 allowed"},
	{"Targets, Isla Fraser's target 2", "Success Criteria is empty"},
	{"Pupils, Poppy Marsh", "Preferred Forename has an emoji"},
	{"Targets, Ruby Ahmed's target 1", "Target Date holds a #REF! formula error"},
	{"Targets, José Fernandes", "weak targets: \"improve reading\" (vague), \"not shout out\" (says what to stop), \"the TA will model turn-taking\" (an adult's job, not the child's), and one with no Baseline"},
}

func mistakesText() string {
	var b strings.Builder
	b.WriteString("# The broken sample\n\n")
	b.WriteString("`input.xlsx` here is the Riverside Academy sample with one of each kind of\n")
	b.WriteString("mistake `planpack check` finds. Run `planpack check samples/broken/input.xlsx`\n")
	b.WriteString("to see each one reported with its sheet and cell.\n\n")
	b.WriteString("It is generated: change internal/samples and run\n`go run ./internal/samples/cmd/mksamples`.\n\n")
	for _, m := range mistakes {
		fmt.Fprintf(&b, "- %s: %s\n", m.where, m.what)
	}
	return b.String()
}

// editor finds rows by Pupil ID and columns by header in the copy being
// broken, keeping the first error. The sheets are read once: reading a
// sheet back from excelize is slow, and the rows found stay where they
// are, since copies are only ever added at the end.
type editor struct {
	f      *excelize.File
	cols   map[string]map[string]int   // sheet → header → column
	ids    map[string]map[string][]int // sheet → Pupil ID → rows
	length map[string]int              // sheet → rows in use
	err    error
}

func newEditor(f *excelize.File, sheets ...string) *editor {
	e := &editor{f: f, cols: map[string]map[string]int{}, ids: map[string]map[string][]int{}, length: map[string]int{}}
	for _, name := range sheets {
		rows, err := f.GetRows(name)
		e.check(err)
		e.cols[name], e.ids[name], e.length[name] = map[string]int{}, map[string][]int{}, len(rows)
		for i, r := range rows {
			switch {
			case i == 0:
				for c, h := range r {
					e.cols[name][h] = c + 1
				}
			case len(r) > 0:
				e.ids[name][r[0]] = append(e.ids[name][r[0]], i+1)
			}
		}
	}
	return e
}

func (e *editor) check(err error) {
	if err != nil && e.err == nil {
		e.err = err
	}
}

func (e *editor) col(sheetName, header string) int {
	c, ok := e.cols[sheetName][header]
	if !ok {
		e.check(fmt.Errorf("%s has no column %s", sheetName, header))
		return 1
	}
	return c
}

// rowsOf returns the row numbers on a sheet for a pupil, top to bottom.
func (e *editor) rowsOf(sheetName, id string) []int {
	rows := e.ids[sheetName][id]
	if len(rows) == 0 {
		e.check(fmt.Errorf("%s has no rows for %s", sheetName, id))
		return []int{2}
	}
	return rows
}

func (e *editor) set(sheetName, header string, row int, value string) {
	e.check(e.f.SetCellStr(sheetName, cellRef(e.col(sheetName, header), row), value))
}

func (e *editor) clear(sheetName, header string, row int) {
	e.check(e.f.SetCellValue(sheetName, cellRef(e.col(sheetName, header), row), nil))
}

// copyRow appends a copy of row on sheet and returns the new row number.
func (e *editor) copyRow(sheetName string, row int) int {
	e.length[sheetName]++
	to := e.length[sheetName]
	e.check(e.f.DuplicateRowTo(sheetName, row, to))
	return to
}

// Broken returns the sample school's workbook with one of each mistake
// planpack check reports (see mistakes).
func Broken() ([]byte, error) {
	var buf bytes.Buffer
	if err := workbook.Encode(&buf, School(), workbook.Options{Date: PlanDate}); err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	const (
		pupils  = "Pupils"
		targets = "Targets"
	)
	e := newEditor(f, pupils, targets)
	alfie, aisha, callum, harry, isla, poppy, ruby, jose := "002541", "001845", "001838", "002327", "002334", "002015", "002330", "002012"

	e.check(f.SetCellFormula(targets, cellRef(e.col(targets, sheet.ColTargetDate), e.rowsOf(targets, ruby)[0]), "#REF!"))

	r := e.copyRow(pupils, e.rowsOf(pupils, alfie)[0])
	e.set(pupils, sheet.ColLegalForename, r, "Mia")
	e.set(pupils, sheet.ColLegalSurname, r, "Carter")
	e.clear(pupils, sheet.ColUPN, r)

	r = e.copyRow(targets, e.rowsOf(targets, alfie)[0])
	e.set(targets, sheet.ColPupilID, r, "009999")

	aishaRow := e.rowsOf(pupils, aisha)[0]
	good, _ := f.GetCellValue(pupils, cellRef(e.col(pupils, sheet.ColUPN), aishaRow))
	bad := "A"
	if strings.HasPrefix(good, "A") {
		bad = "B"
	}
	e.set(pupils, sheet.ColUPN, aishaRow, bad+good[1:])

	callumRow := e.rowsOf(pupils, callum)[0]
	e.clear(pupils, sheet.ColDOB, callumRow)
	e.set(pupils, sheet.ColDOB, callumRow, "31/02/2015")

	harryRows := e.rowsOf(targets, harry)
	for i, t := range []struct{ text, success string }{
		{"Read 10 tricky words (the, said, was, you, they) on sight", "Reads all 10 in a weekly check"},
		{"Write his name with each letter the right size", "Writes his name with letters the right size 3 days running"},
		{"Count back from 20 to 0", "Counts back from 20 to 0 with no mistakes in 2 checks running"},
	} {
		r := e.copyRow(targets, harryRows[len(harryRows)-1])
		e.check(f.SetCellInt(targets, cellRef(e.col(targets, sheet.ColTargetNo), r), int64(len(harryRows)+i+1)))
		e.set(targets, sheet.ColTarget, r, t.text)
		e.set(targets, sheet.ColSuccess, r, t.success)
	}

	e.clear(targets, sheet.ColSuccess, e.rowsOf(targets, isla)[1])

	e.set(pupils, sheet.ColPreferred, e.rowsOf(pupils, poppy)[0], "Poppy 🌸")

	joseRows := e.rowsOf(targets, jose)
	for i, t := range []struct{ text, success string }{
		{"improve reading", "reads better"},
		{"not shout out", "stays quiet on the carpet"},
		{"the TA will model turn-taking", "takes turns in 3 out of 4 games"},
	} {
		e.set(targets, sheet.ColTarget, joseRows[i], t.text)
		e.set(targets, sheet.ColSuccess, joseRows[i], t.success)
	}
	e.clear(targets, sheet.ColBaseline, joseRows[0])

	// Last, so the columns found above were still in place.
	who, _ := excelize.ColumnNumberToName(e.col(targets, sheet.ColWho))
	e.check(f.RemoveCol(targets, who))

	if e.err != nil {
		return nil, e.err
	}
	var out bytes.Buffer
	if err := f.Write(&out); err != nil {
		return nil, err
	}
	return formulaError(out.Bytes(), "#REF!")
}

func cellRef(col, row int) string {
	r, _ := excelize.CoordinatesToCellName(col, row)
	return r
}

// formulaError turns the formula cells holding just code into cells whose
// cached value is that error, as Excel saves a formula whose reference was
// deleted. excelize cannot write an error value itself.
func formulaError(xlsx []byte, code string) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(xlsx), int64(len(xlsx)))
	if err != nil {
		return nil, err
	}
	re := regexp.MustCompile(`<c r="([A-Z]+[0-9]+)"((?: s="[0-9]+")?)(?: t="str")?><f>` + regexp.QuoteMeta(code) + `</f>(?:<v></v>)?</c>`)
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	found := false
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			return nil, err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		if strings.HasPrefix(zf.Name, "xl/worksheets/") && re.Match(data) {
			found = true
			data = re.ReplaceAll(data, []byte(`<c r="$1"$2 t="e"><f>`+code+`</f><v>`+code+`</v></c>`))
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: zf.Name, Method: zip.Deflate})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(data); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	if !found {
		return nil, fmt.Errorf("no %s formula cell to turn into an error", code)
	}
	return out.Bytes(), nil
}
