package serve

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestEvidencePackFromTwoFiledTerms files two terms through the page as
// a school would (build the autumn term; fill in the reviews on
// next-term.xlsx; choose it, change the term's settings and build the
// spring term), then downloads one pupil's evidence pack and reads it.
func TestEvidencePackFromTwoFiledTerms(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "planpack.toml"), []byte(`history = "history"
[term]
name = "Autumn term 2026"
plan_date = 2026-09-14
review_date = 2026-12-11
letter_date = 2026-09-14
`), 0o600)
	writeBook(t, filepath.Join(dir, "input.xlsx"),
		sheetRows{"Pupils", [][]any{
			{"Pupil ID", "UPN", "Legal Forename", "Preferred Forename", "Legal Surname", "Date of Birth", "Year", "Reg Group", "SEN Status", "Primary Need", "Needs"},
			{"1001", "A123456789012", "Samiul", "Sami", "Ahmed", "14/03/2018", "3", "3B", "K", "SPLD", "Sami finds reading and spelling hard."},
			{"1002", "", "Ruby", "", "Lee", "02/05/2017", "4", "4K", "K", "SLCN", "Ruby finds it hard to follow long instructions."},
		}},
		sheetRows{"Targets", [][]any{
			{"Pupil ID", "Target No", "Area", "Target", "Success Criteria", "Baseline", "Provision", "Who", "How Often"},
			{"1001", "1", "C&L", "To read 20 high-frequency words", "Reads 20 words from flash cards in 3 sessions", "Reads 8 words", "Flash cards", "Mrs Khan (TA)", "daily 10 min"},
			{"1001", "2", "SEMH", "Sami will ask an adult for help when he is stuck", "Asks for help 4 times in a week", "Waits without asking", "Help card on desk", "Class teacher/TA", "3 x 10 min a week"},
			{"1002", "1", "C&L", "To follow a two-step instruction", "Follows 4 of 5 two-step instructions", "Follows one step", "Instruction cards", "Mr Diaz (TA)", "3 x 10 min a week"},
			{"1002", "2", "C&L", "To say what happens next in a story", "Says what happens next in 3 stories", "Points at pictures", "Story sequencing cards", "Mr Diaz (TA)", "weekly 20 min"},
		}})
	r := start(t, dir)

	// Nothing is filed yet: the page says why no pack is offered, and
	// asking for one anyway is refused.
	s := r.state(t)
	if s.Evidence == nil || len(s.Evidence.Pupils) != 0 || !strings.Contains(s.Evidence.Why, "No plans have been filed in the history folder "+filepath.Join(dir, "history")) {
		t.Fatalf("before any build: %+v", s.Evidence)
	}
	res := r.post(t, "/api/evidence", strings.NewReader(`{"pupil":"1001"}`), nil)
	var p problem
	decode(t, res, &p)
	if res.StatusCode != http.StatusNotFound || !strings.Contains(p.Message, "No plans have been filed") {
		t.Errorf("evidence before any build: %s %q", res.Status, p.Message)
	}

	if s := r.state(t); !s.CanBuild {
		t.Fatalf("the autumn term cannot be built: %s %+v", s.ConfigErr, s.Problems)
	}
	r.build(t)
	next := filepath.Join(t.TempDir(), "next-term.xlsx")
	os.WriteFile(next, r.get(t, "/pack/next-term.xlsx"), 0o600)
	setReview(t, next, "1001", "1", map[string]string{"Outcome": "partly", "Rating": "2", "Comment": "Reads 14 of 20 words.", "Carry Forward": "N"})
	setReview(t, next, "1001", "2", map[string]string{"Outcome": "not yet", "Rating": "1", "Comment": "Waits to be noticed.", "Carry Forward": "N"})
	setReview(t, next, "1002", "1", map[string]string{"Outcome": "achieved", "Rating": "3", "Comment": "Follows them in class.", "Carry Forward": "N"})
	setReview(t, next, "1002", "2", map[string]string{"Outcome": "partly", "Rating": "2", "Comment": "Two stories of three.", "Carry Forward": "Y"})
	data, _ := os.ReadFile(next)
	res = r.post(t, "/api/workbook", bytes.NewReader(data), map[string]string{"X-File-Name": "next-term.xlsx"})
	decode(t, res, &s)
	if res.StatusCode != http.StatusOK || s.Errors != 0 {
		t.Fatalf("choosing next-term.xlsx: %s, %d errors: %+v", res.Status, s.Errors, s.Problems)
	}
	body, _ := json.Marshal(map[string]string{"term.name": "Spring term 2027", "term.plan_date": "2027-01-11", "term.review_date": "2027-03-26", "term.letter_date": "2027-01-11"})
	res = r.post(t, "/api/settings", bytes.NewReader(body), nil)
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("spring term settings: %s", res.Status)
	}
	r.build(t)

	s = r.state(t)
	want := []filedPupil{
		{Key: "1001", Name: "Sami Ahmed", Class: "3B", Terms: 2},
		{Key: "1002", Name: "Ruby Lee", Class: "4K", Terms: 2},
	}
	if !reflect.DeepEqual(s.Evidence.Pupils, want) || s.Evidence.Why != "" {
		t.Fatalf("after two terms the picker offers %+v (why %q), want %+v", s.Evidence.Pupils, s.Evidence.Why, want)
	}

	res = r.post(t, "/api/evidence", strings.NewReader(`{"pupil":"1001"}`), nil)
	pdf, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "application/pdf" {
		t.Fatalf("evidence pack: %s %s %.200q", res.Status, res.Header.Get("Content-Type"), pdf)
	}
	if cd := res.Header.Get("Content-Disposition"); cd != "attachment; filename*=UTF-8''Sami%20Ahmed%20evidence.pdf" {
		t.Errorf("Content-Disposition %q, want the download named Sami Ahmed evidence.pdf", cd)
	}
	text := pdftotext(t, pdf, "-layout")
	for _, want := range []string{
		"Evidence for an EHC needs assessment request", "Sami Ahmed", "Autumn term 2026", "Spring term 2027",
		"To read 20 high-frequency words", "Reads 14 of 20 words.", "Waits to be noticed.",
		// The help card's line is costed at the lower of the two rates,
		// and the pack says so for each term.
		`Rate — Help card on desk: costed at the TA rate, the lower of "Class teacher/TA".`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the evidence pack lacks %q:\n%s", want, text)
		}
	}
	for _, never := range []string{"A123456789012", "Ruby", "Follows them in class."} {
		if strings.Contains(text, never) {
			t.Errorf("Sami's evidence pack holds %q", never)
		}
	}
	// Nothing is written into the term folder.
	if m, _ := filepath.Glob(filepath.Join(dir, "*evidence*")); len(m) != 0 {
		t.Errorf("the evidence pack was written into the folder: %q", m)
	}

	// Only a pupil the picker offers: no other name reaches the history.
	for _, key := range []string{"9999", "../1001", ""} {
		body, _ := json.Marshal(evidenceForm{Pupil: key})
		res := r.post(t, "/api/evidence", bytes.NewReader(body), nil)
		decode(t, res, &p)
		if res.StatusCode != http.StatusNotFound || !strings.Contains(p.Message, "reload the page and choose again") {
			t.Errorf("evidence for %q: %s %q", key, res.Status, p.Message)
		}
	}
}

// TestEvidenceWithoutAHistoryFolderSaysWhy: a planpack.toml with no
// history setting gets the line to add, not a picker.
func TestEvidenceWithoutAHistoryFolderSaysWhy(t *testing.T) {
	dir := sampleDir(t, "school")
	os.WriteFile(filepath.Join(dir, "planpack.toml"), []byte("[school]\nname = \"Riverside Academy\"\n"), 0o600)
	r := start(t, dir)
	s := r.state(t)
	if s.Evidence == nil || len(s.Evidence.Pupils) != 0 || !strings.Contains(s.Evidence.Why, `Add the line history = "history" at the top of planpack.toml`) {
		t.Errorf("without a history folder: %+v", s.Evidence)
	}
}

// TestEvidencePickerListsPupilsAsClassListsDo: the picker lists pupils by
// class, then legal surname and forename, as class lists and the summary
// do, not by the full name filed ("Zoë Adams" before "Ben Young"). The
// names are chosen so that sorting by full name, or by the last word of
// it, gives another order. A pupil filed by an earlier planpack, which
// kept the full name only, is listed by its last word.
func TestEvidencePickerListsPupilsAsClassListsDo(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "planpack.toml"), []byte(`history = "history"
[term]
name = "Spring term 2027"
plan_date = 2027-01-11
review_date = 2027-03-26
letter_date = 2027-01-11
`), 0o600)
	pupils := [][]any{{"Pupil ID", "Legal Forename", "Preferred Forename", "Legal Surname", "Date of Birth", "Year", "Reg Group", "SEN Status"}}
	targets := [][]any{{"Pupil ID", "Target No", "Area", "Target", "Success Criteria", "Baseline", "Provision", "Who", "How Often"}}
	for _, p := range [][]any{
		{"2002", "Ben", "", "Young", "02/05/2017", "4", "4K", "K"},
		{"2001", "Zoë", "", "Adams", "14/03/2017", "4", "4K", "K"},
		{"2004", "Thomas", "Tom", "Smith Evans", "09/11/2016", "4", "4K", "K"},
		{"2003", "Kai", "", "Jones", "21/06/2017", "4", "4K", "K"},
		{"2005", "Amy", "", "Wood", "30/01/2018", "3", "3B", "K"},
	} {
		pupils = append(pupils, p)
		targets = append(targets,
			[]any{p[0], "1", "C&L", "To read 20 high-frequency words", "Reads 20 words from flash cards in 3 sessions", "Reads 8 words", "Flash cards", "Mrs Khan (TA)", "daily 10 min"},
			[]any{p[0], "2", "C&L", "To follow a two-step instruction", "Follows 4 of 5 two-step instructions", "Follows one step", "Instruction cards", "Mr Diaz (TA)", "3 x 10 min a week"})
	}
	writeBook(t, filepath.Join(dir, "input.xlsx"), sheetRows{"Pupils", pupils}, sheetRows{"Targets", targets})
	// Ava left at Christmas; her autumn plan was filed by a planpack that
	// kept only her full name.
	os.MkdirAll(filepath.Join(dir, "history", "1999", "2026-09-14 Autumn term 2026"), 0o700)
	os.WriteFile(filepath.Join(dir, "history", "1999", "2026-09-14 Autumn term 2026", "record.json"), []byte(`{
  "pupil_id": "1999",
  "name": "Ava Turner",
  "term": "Autumn term 2026",
  "plan_date": "2026-09-14T00:00:00Z",
  "review_date": "2026-12-11T00:00:00Z",
  "targets": [{"no": 1, "area": "Cognition and learning", "target": "To count to 20", "success": "Counts to 20 in 3 sessions"}],
  "pupil": {"dob": "2017-04-01T00:00:00Z", "year": "4", "reg_group": "4K", "sen_status": "K"}
}`), 0o600)
	r := start(t, dir)
	if s := r.state(t); !s.CanBuild {
		t.Fatalf("the term cannot be built: %s %+v", s.ConfigErr, s.Problems)
	}
	r.build(t)

	s := r.state(t)
	want := []filedPupil{
		{Key: "2005", Name: "Amy Wood", Class: "3B", Terms: 1},
		{Key: "2001", Name: "Zoë Adams", Class: "4K", Terms: 1},
		{Key: "2003", Name: "Kai Jones", Class: "4K", Terms: 1},
		{Key: "2004", Name: "Tom Smith Evans", Class: "4K", Terms: 1},
		{Key: "1999", Name: "Ava Turner", Class: "4K", Terms: 1},
		{Key: "2002", Name: "Ben Young", Class: "4K", Terms: 1},
	}
	if !reflect.DeepEqual(s.Evidence.Pupils, want) || s.Evidence.Why != "" || len(s.Evidence.Problems) != 0 {
		t.Errorf("the picker offers\n%+v\n(why %q, problems %q), want\n%+v", s.Evidence.Pupils, s.Evidence.Why, s.Evidence.Problems, want)
	}
}

// TestSampleSchoolFilesItsHistory: the sample school's planpack.toml, as
// shipped, names a history folder beside it, so building the sample once
// offers every pupil's evidence pack.
func TestSampleSchoolFilesItsHistory(t *testing.T) {
	dir := sampleDir(t, "school")
	r := start(t, dir)
	s := r.state(t)
	if s.Evidence == nil || len(s.Evidence.Pupils) != 0 || !strings.Contains(s.Evidence.Why, "No plans have been filed in the history folder "+filepath.Join(dir, "history")) {
		t.Fatalf("before the sample is built: %+v", s.Evidence)
	}
	r.build(t)
	s = r.state(t)
	var got []string
	for _, p := range s.Evidence.Pupils {
		got = append(got, p.Key+" "+p.Name+", "+p.Class)
		if p.Terms != 1 {
			t.Errorf("%s has %d terms filed after one build, want 1", p.Name, p.Terms)
		}
	}
	// The sample's class lists, class by class, by surname.
	want := []string{
		"001970 Grace D'Souza, 5/6M", "002012 José Fernandes, 5/6M", "001962 Alex Green, 5/6M",
		"001958 Leo Hughes, 5/6M", "002015 Poppy Marsh, 5/6M", "002007 Niamh O'Neill, 5/6M",
		"001831 Ethan Brooks, 7RB", "001849 Tyler Evans, 7RB", "001860 Sofia Marin, 7RB",
		"001845 Aisha Rahman, 7RB", "001838 Callum Reid, 7RB", "001852 Jess Taylor, 7RB",
		"002330 Ruby Ahmed, Oak", "002325 Siân Davies, Oak", "002334 Isla Fraser, Oak",
		"002318 Łukasz Kowalski, Oak", "002321 Jayden O'Neill, Oak", "002327 Harry Price, Oak",
		"002552 Maya Begum, Robins", "002547 Zoë Clarke, Robins", "002544 Teddy Lawson, Robins",
		"002539 Oliver Smith-Jones, Robins", "002541 Alfie Turner, Robins", "002556 Harper Walsh, Robins",
	}
	if !reflect.DeepEqual(got, want) || s.Evidence.Why != "" {
		t.Fatalf("after building the sample the picker offers\n%q\n(why %q), want\n%q", got, s.Evidence.Why, want)
	}
	res := r.post(t, "/api/evidence", strings.NewReader(`{"pupil":"001962"}`), nil)
	pdf, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("evidence pack: %s %.200q", res.Status, pdf)
	}
	text := pdftotext(t, pdf, "-layout")
	for _, want := range []string{"Evidence for an EHC needs assessment request", "Alex Green", "Spring term 2027"} {
		if !strings.Contains(text, want) {
			t.Errorf("Alex's evidence pack lacks %q:\n%s", want, text)
		}
	}
}

// sheetRows is one sheet of a workbook a test writes: its name and rows.
type sheetRows struct {
	name string
	rows [][]any
}

// writeBook writes a workbook of the sheets, in order.
func writeBook(t *testing.T, path string, sheets ...sheetRows) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, sh := range sheets {
		if i == 0 {
			f.SetSheetName("Sheet1", sh.name)
		} else {
			f.NewSheet(sh.name)
		}
		for j, row := range sh.rows {
			if err := f.SetSheetRow(sh.name, cell(1, j+1), &row); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

// setReview fills in the Reviews row of one pupil's target, found by
// Pupil ID and Target No under the sheet's header row.
func setReview(t *testing.T, path, pupil, no string, values map[string]string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Reviews")
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, row := range rows {
		if len(col) == 0 {
			for c, v := range row {
				col[strings.TrimSpace(v)] = c + 1
			}
			if col["Pupil ID"] == 0 || col["Target No"] == 0 {
				clear(col)
			}
			continue
		}
		at := func(name string) string {
			if c := col[name]; c > 0 && c <= len(row) {
				return row[c-1]
			}
			return ""
		}
		if at("Pupil ID") != pupil || at("Target No") != no {
			continue
		}
		for k, v := range values {
			if col[k] == 0 {
				t.Fatalf("%s: the Reviews sheet has no %s column", path, k)
			}
			f.SetCellStr("Reviews", cell(col[k], i+1), v)
		}
		if err := f.Save(); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Fatalf("%s: no Reviews row for pupil %s target %s in %q", path, pupil, no, rows)
}
