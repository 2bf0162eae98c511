package plan

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"planpack/internal/config"
	"planpack/internal/diag"
)

// today is the fixed "now" of these tests: the default config's plan date.
var today = time.Date(2027, time.January, 9, 0, 0, 0, 0, time.UTC)

// workbook is a test input: sheets in order, each a grid of text.
type workbook struct {
	order  []string
	sheets map[string][][]string
}

// school returns a small school with no mistakes: two pupils, two
// targets each, a contact each.
func school() *workbook {
	w := &workbook{sheets: map[string][][]string{}}
	w.add("Pupils", [][]string{
		{"Pupil ID", "UPN", "Legal Forename", "Legal Surname", "Preferred Forename", "Date of Birth", "Year", "Reg Group", "SEN Status", "Primary Need", "Plan Type"},
		{"1001", "H801200001001", "Samuel", "Ahmed", "Sami", "12/03/2019", "3", "3B", "K", "SpLD", ""},
		{"1002", "L380212345678", "Zoë", "O'Neill", "", "01/09/2017", "Y4", "4C", "E - EHC Plan", "ASD", "myplan"},
	})
	w.add("Targets", [][]string{
		{"Pupil ID", "Target No", "Area", "Target", "Child Target", "Success Criteria", "Baseline", "Provision", "Who", "How Often", "Target Date"},
		{"1001", "1", "C&L", "To read 20 of the first 100 high frequency words", "", "Reads 20 words aloud in 3 sessions", "Reads 5 words", "Precision teaching", "Mrs Khan (TA)", "3 x 10 min a week", "20/03/2027"},
		{"1001", "2", "SEMH", "Sami will ask an adult for help when he is stuck", "", "Asks for help in 4 out of 5 lessons", "Asks in 1 of 5 lessons", "Help card on desk", "Class teacher", "Every lesson", ""},
		{"1002", "1", "Communication and interaction", "To take turns in a game with 2 other children", "I will take turns in a game.", "Takes turns in 3 games", "Takes turns with an adult", "Lego therapy group", "Mr Bell", "Weekly, 30 min", ""},
		{"1002", "2", "S&P", "To write 3 sentences with a pencil grip", "", "Writes 3 sentences using the grip", "Writes 1 sentence", "Pencil grip, OT exercises", "TA", "Daily, 10 min", ""},
	})
	w.add("Contacts", [][]string{
		{"Pupil ID", "Title", "Forename", "Surname", "Priority", "Parental Responsibility", "Address 1", "Town", "Postcode", "Send Post"},
		{"1001", "Mrs", "Amina", "Ahmed", "1", "Y", "1 High Street", "Leeds", "LS1 1AA", ""},
		{"1002", "Ms", "Kate", "O'Neill", "1", "Yes", "2 Low Road", "Leeds", "LS2 2BB", "Y"},
	})
	return w
}

func (w *workbook) add(name string, rows [][]string) {
	if _, ok := w.sheets[name]; !ok {
		w.order = append(w.order, name)
	}
	w.sheets[name] = rows
}

// set writes a value into a cell ("C2"), growing the grid as needed.
func (w *workbook) set(sheet, ref, v string) *workbook {
	c, r, err := excelize.CellNameToCoordinates(ref)
	if err != nil {
		panic(err)
	}
	rows := w.sheets[sheet]
	for len(rows) < r {
		rows = append(rows, nil)
	}
	for len(rows[r-1]) < c {
		rows[r-1] = append(rows[r-1], "")
	}
	rows[r-1][c-1] = v
	w.sheets[sheet] = rows
	return w
}

// dropColumn removes a column by header.
func (w *workbook) dropColumn(sheet, header string) *workbook {
	rows := w.sheets[sheet]
	i := slices.Index(rows[0], header)
	for r := range rows {
		if i < len(rows[r]) {
			rows[r] = slices.Delete(rows[r], i, i+1)
		}
	}
	return w
}

// dropRow removes row n (1-based).
func (w *workbook) dropRow(sheet string, n int) *workbook {
	w.sheets[sheet] = slices.Delete(w.sheets[sheet], n-1, n)
	return w
}

func (w *workbook) rename(from, to string) *workbook {
	w.sheets[to] = w.sheets[from]
	delete(w.sheets, from)
	w.order[slices.Index(w.order, from)] = to
	return w
}

// save writes the workbook with excelize into dir and returns its path.
func (w *workbook) save(t testing.TB, dir string) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, name := range w.order {
		if i == 0 {
			f.SetSheetName("Sheet1", name)
		} else {
			f.NewSheet(name)
		}
		for r, row := range w.sheets[name] {
			vals := make([]any, len(row))
			for i, v := range row {
				vals[i] = v
			}
			cell, _ := excelize.CoordinatesToCellName(1, r+1)
			if err := f.SetSheetRow(name, cell, &vals); err != nil {
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

// load saves the workbook and loads it with the default config.
func (w *workbook) load(t testing.TB, opt Options) (*School, diag.List, string) {
	t.Helper()
	dir := t.TempDir()
	path := w.save(t, dir)
	if opt.Config == nil {
		opt.Config = config.Default()
	}
	if opt.Today.IsZero() {
		opt.Today = today
	}
	s, probs := Load(path, opt)
	return s, probs, dir
}

// report prints problems one a line with the temporary folder removed.
func report(l diag.List, dir string) string {
	return strings.ReplaceAll(l.Error(), dir+string(filepath.Separator), "")
}

func writeText(t testing.TB, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
}
