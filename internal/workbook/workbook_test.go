package workbook

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"planpack/internal/plan"
	"planpack/internal/sheet"
)

func TestSafeText(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"empty stays empty", "", ""},
		{"plain text untouched", "Reads 20 words", "Reads 20 words"},
		{"equals starts a formula", "=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"plus starts a formula", "+44 1234", "'+44 1234"},
		{"minus starts a formula", "-2+3", "'-2+3"},
		{"at starts a function in old Excel", "@SUM(A1)", "'@SUM(A1)"},
		{"leading tab is skipped by some programs", "\t=1", "'\t=1"},
		{"leading CR is skipped by some programs", "\r=1", "'\r=1"},
		{"already quoted is left alone, so it is idempotent", "'=1", "'=1"},
		{"formula character later in the text is harmless", "a=b", "a=b"},
		{"leading space is not a formula", " =1", " =1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := SafeText(tc.in); got != tc.want {
				t.Errorf("SafeText(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if got := SafeText(SafeText(tc.in)); got != tc.want {
				t.Errorf("SafeText twice = %q, want %q", got, tc.want)
			}
		})
	}
}

func open(t *testing.T, path string) *excelize.File {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func headers(t *testing.T, f *excelize.File, name string) []string {
	t.Helper()
	rows, err := f.GetRows(name)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatalf("sheet %s is empty", name)
	}
	return rows[0]
}

func TestBlankTemplate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "input.xlsx")
	if err := Write(path, nil, Options{}); err != nil {
		t.Fatal(err)
	}
	f := open(t, path)

	want := []string{"Instructions", "Pupils", "Targets", "Contacts", "Reviews", "Lists"}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Fatalf("sheets = %v, want %v", got, want)
	}
	if v, _ := f.GetSheetVisible("Lists"); v {
		t.Error("Lists sheet is visible; it should be hidden")
	}
	if v, _ := f.GetSheetVisible("Pupils"); !v {
		t.Error("Pupils sheet is hidden")
	}

	for _, tb := range sheet.Tables {
		var want []string
		for _, c := range tb.Columns {
			if c.Name == sheet.ColUPN && tb != &sheet.Pupils {
				continue
			}
			want = append(want, c.Name)
		}
		if got := headers(t, f, tb.Name); !slices.Equal(got, want) {
			t.Errorf("%s headers = %v, want %v", tb.Name, got, want)
		}
		rows, _ := f.GetRows(tb.Name)
		if len(rows) != 1 {
			t.Errorf("%s has %d rows, want only the header", tb.Name, len(rows))
		}
		panes, err := f.GetPanes(tb.Name)
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("%s header row not frozen: %+v %v", tb.Name, panes, err)
		}
		styleID, _ := f.GetCellStyle(tb.Name, "A1")
		st, _ := f.GetStyle(styleID)
		if st == nil || st.Font == nil || !st.Font.Bold {
			t.Errorf("%s header is not bold", tb.Name)
		}
		if w, _ := f.GetColWidth(tb.Name, "A"); w < 8 {
			t.Errorf("%s column A width %g: too narrow", tb.Name, w)
		}
	}
	// AutoFilter is recorded as the hidden _FilterDatabase name per sheet.
	filters := 0
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm._FilterDatabase" {
			filters++
		}
	}
	if filters != len(sheet.Tables) {
		t.Errorf("%d sheets have an autofilter, want %d", filters, len(sheet.Tables))
	}
}

// TestDropdowns checks that every list column has a dropdown reaching far
// enough down for a school, fed from a defined name on the Lists sheet
// holding exactly the allowed values.
func TestDropdowns(t *testing.T) {
	path := filepath.Join(t.TempDir(), "input.xlsx")
	if err := Write(path, nil, Options{}); err != nil {
		t.Fatal(err)
	}
	f := open(t, path)
	names := map[string]string{}
	for _, dn := range f.GetDefinedName() {
		names[dn.Name] = dn.RefersTo
	}
	for _, tc := range []struct {
		name, sheet, column, list string
		values                    []string
	}{
		{"year group", "Pupils", sheet.ColYear, "ListYear", []string{"N1", "N2", "R", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14"}},
		{"SEN status", "Pupils", sheet.ColSENStatus, "ListSENStatus", []string{"K", "E"}},
		{"primary need codes", "Pupils", sheet.ColPrimaryNeed, "ListNeed", []string{"SPLD", "MLD", "SLD", "PMLD", "SEMH", "SLCN", "HI", "VI", "MSI", "PD", "ASD", "OTH", "NSA"}},
		{"secondary need codes", "Pupils", sheet.ColSecondaryNeed, "ListNeed", nil},
		{"plan type", "Pupils", sheet.ColPlanType, "ListPlanType", []string{"iep", "ilp", "itp", "myplan", "myplanplus", "profile"}},
		{"area of need", "Targets", sheet.ColArea, "ListArea", []string{string(plan.CommunicationInteraction), string(plan.CognitionLearning), string(plan.SEMH), string(plan.SensoryPhysical)}},
		{"parental responsibility", "Contacts", sheet.ColPR, "ListYesNo", []string{"Y", "N"}},
		{"lives with pupil", "Contacts", sheet.ColLivesWith, "ListYesNo", nil},
		{"send post", "Contacts", sheet.ColSendPost, "ListYesNo", nil},
		{"carry forward", "Reviews", sheet.ColCarryForward, "ListYesNo", nil},
		{"outcome", "Reviews", sheet.ColOutcome, "ListOutcome", []string{"achieved", "partly", "not yet"}},
		{"rating", "Reviews", sheet.ColRating, "ListRating", []string{"1", "2", "3"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			col := slices.Index(headers(t, f, tc.sheet), tc.column) + 1
			if col == 0 {
				t.Fatalf("no column %s on %s", tc.column, tc.sheet)
			}
			letter, _ := excelize.ColumnNumberToName(col)
			dvs, err := f.GetDataValidations(tc.sheet)
			if err != nil {
				t.Fatal(err)
			}
			var found *excelize.DataValidation
			for _, dv := range dvs {
				if strings.HasPrefix(dv.Sqref, letter+"2:") {
					found = dv
				}
			}
			if found == nil {
				t.Fatalf("no dropdown on %s column %s", tc.sheet, letter)
			}
			if found.Type != "list" || found.Formula1 != tc.list {
				t.Errorf("dropdown type %q formula %q, want list from %s", found.Type, found.Formula1, tc.list)
			}
			if want := letter + "2:" + letter + "5000"; found.Sqref != want {
				t.Errorf("dropdown covers %s, want %s", found.Sqref, want)
			}
			refers, ok := names[tc.list]
			if !ok {
				t.Fatalf("no defined name %s", tc.list)
			}
			if tc.values == nil {
				return
			}
			// Lists!$A$2:$A$18 → read those cells.
			cells := strings.Split(strings.ReplaceAll(strings.TrimPrefix(refers, "Lists!"), "$", ""), ":")
			c1, r1, _ := excelize.CellNameToCoordinates(cells[0])
			_, r2, _ := excelize.CellNameToCoordinates(cells[1])
			var got []string
			for r := r1; r <= r2; r++ {
				ref, _ := excelize.CoordinatesToCellName(c1, r)
				v, _ := f.GetCellValue("Lists", ref)
				got = append(got, v)
			}
			if !slices.Equal(got, tc.values) {
				t.Errorf("%s holds %v, want %v", refers, got, tc.values)
			}
		})
	}
}

func TestInstructionsDescribeEveryColumn(t *testing.T) {
	path := filepath.Join(t.TempDir(), "input.xlsx")
	if err := Write(path, nil, Options{}); err != nil {
		t.Fatal(err)
	}
	f := open(t, path)
	rows, err := f.GetRows("Instructions")
	if err != nil {
		t.Fatal(err)
	}
	described := map[string][]string{}
	for _, r := range rows {
		if len(r) >= 4 {
			described[r[0]+"/"+r[1]] = r
		}
	}
	for _, tb := range sheet.Tables {
		for _, c := range sheetColumns(tb) {
			r, ok := described[tb.Name+"/"+c.Name]
			if !ok {
				t.Errorf("Instructions do not describe %s %s", tb.Name, c.Name)
				continue
			}
			if strings.TrimSpace(r[3]) == "" {
				t.Errorf("Instructions: %s %s has no description", tb.Name, c.Name)
			}
			wantReq := "no"
			switch {
			case c.Required || c.Name == sheet.ColPupilID:
				wantReq = "yes"
			case tb.Name == sheet.Reviews.Name && c.Name == sheet.ColTarget:
				wantReq = "when carried forward"
			case tb.Name == sheet.Reviews.Name && slices.Contains([]string{sheet.ColArea, sheet.ColSuccess, sheet.ColProvision, sheet.ColWho, sheet.ColHowOften}, c.Name):
				wantReq = "when carried forward and not on Targets"
			}
			if !strings.HasPrefix(r[2], wantReq) {
				t.Errorf("Instructions: %s %s required = %q, want %q", tb.Name, c.Name, r[2], wantReq)
			}
		}
	}
	if r := described["Pupils/"+sheet.ColSENStatus]; len(r) < 5 || r[4] != "K, E" {
		t.Errorf("SEN Status allowed values = %v, want K, E", r)
	}
}

func sampleSchool() *plan.School {
	dob := time.Date(2019, time.March, 14, 0, 0, 0, 0, time.UTC)
	p := &plan.Pupil{
		ID: "000123", UPN: "B801200005001",
		LegalForename: "Alexander", PreferredForename: "Alex", LegalSurname: "O'Neill",
		DOB: dob, Year: "2", RegGroup: "Oak", ClassTeacher: "Mr Whitfield",
		SENStatus: "K", PrimaryNeed: "SPLD", PlanType: "iep",
		Strengths: "=HYPERLINK(\"http://evil\",\"click\")", Interests: "-football", HomeLanguage: "English",
		Targets: []*plan.Target{
			{
				No: 1,
				TargetDetails: plan.TargetDetails{
					Area:      plan.CognitionLearning,
					Text:      "Read 20 phase 3 words on sight",
					Success:   "Reads 18 of 20",
					Provision: "Flashcards",
					Who:       "TA",
					HowOften:  "daily 10 min",
					Group:     "Phonics group",
					Cost:      40,
				},
				TargetDate: time.Date(2027, 2, 12, 0, 0, 0, 0, time.UTC),
			},
			{
				TargetDetails: plan.TargetDetails{
					Area:      plan.SEMH,
					Text:      "Ask an adult for help when stuck",
					Success:   "Asks in 4 of 5 lessons",
					Provision: "Help card",
					Who:       "Teacher",
					HowOften:  "every lesson",
				},
			},
		},
		Contacts: []*plan.Contact{{
			Title: "Mrs", Forename: "Kerry", Surname: "O'Neill", Addressee: "Mrs K O'Neill and Mr D Ross", Relationship: "Mother", Priority: 1,
			ParentalResponsibility: true, LivesWithPupil: true, SendPost: true,
			Address: []string{"12 Mill Lane", "Bengeo", "Flat 2", "Upper Floor"}, Town: "Hertford", Postcode: "SG14 3AB",
		}},
		Reviews: []*plan.Review{
			{TargetNo: 1, TargetDetails: plan.TargetDetails{Text: "Sit for 10 minutes"}, Outcome: plan.Achieved, Rating: 3, Comment: "@done"},
			{TargetNo: 2, TargetDetails: plan.TargetDetails{Text: "Ask an adult for help when stuck"}, Outcome: plan.Partly, Rating: 2, CarryForward: true},
		},
	}
	return &plan.School{Pupils: []*plan.Pupil{p}}
}

// rowsByHeader reads a sheet into maps keyed by header.
func rowsByHeader(t *testing.T, f *excelize.File, name string) []map[string]string {
	t.Helper()
	rows, err := f.GetRows(name)
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]string
	for _, r := range rows[1:] {
		m := map[string]string{}
		for i, v := range r {
			m[rows[0][i]] = v
		}
		out = append(out, m)
	}
	return out
}

func TestSchoolRows(t *testing.T) {
	path := filepath.Join(t.TempDir(), "input.xlsx")
	if err := Write(path, sampleSchool(), Options{}); err != nil {
		t.Fatal(err)
	}
	f := open(t, path)

	pupils := rowsByHeader(t, f, "Pupils")
	if len(pupils) != 1 {
		t.Fatalf("%d pupil rows, want 1", len(pupils))
	}
	p := pupils[0]
	for col, want := range map[string]string{
		sheet.ColPupilID:      "000123",
		sheet.ColUPN:          "B801200005001",
		sheet.ColPreferred:    "Alex",
		sheet.ColLegalSurname: "O'Neill",
		sheet.ColDOB:          "14/03/2019",
		sheet.ColYear:         "2",
		sheet.ColStrengths:    "'=HYPERLINK(\"http://evil\",\"click\")",
		sheet.ColInterests:    "'-football",
	} {
		if p[col] != want {
			t.Errorf("Pupils %s = %q, want %q", col, p[col], want)
		}
	}

	// Dates are real date cells, not text that looks like one.
	dobCol := slices.Index(headers(t, f, "Pupils"), sheet.ColDOB) + 1
	ref, _ := excelize.CoordinatesToCellName(dobCol, 2)
	raw, _ := f.GetCellValue("Pupils", ref, excelize.Options{RawCellValue: true})
	if raw != "43538" {
		t.Errorf("Date of Birth raw value %q, want the serial 43538", raw)
	}
	if typ, _ := f.GetCellType("Pupils", ref); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Errorf("Date of Birth is a text cell")
	}

	// No cell anywhere is a formula.
	for _, name := range f.GetSheetList() {
		rows, _ := f.GetRows(name)
		for r, row := range rows {
			for c := range row {
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if fm, _ := f.GetCellFormula(name, ref); fm != "" {
					t.Errorf("%s!%s holds formula %q", name, ref, fm)
				}
			}
		}
	}

	targets := rowsByHeader(t, f, "Targets")
	if len(targets) != 2 {
		t.Fatalf("%d target rows, want 2", len(targets))
	}
	if targets[0][sheet.ColTargetDate] != "12/02/2027" || targets[0][sheet.ColGroup] != "Phonics group" {
		t.Errorf("target 1 = %v", targets[0])
	}
	if targets[1][sheet.ColTargetNo] != "2" {
		t.Errorf("target without a number written as No %q, want its place, 2", targets[1][sheet.ColTargetNo])
	}
	if targets[1][sheet.ColArea] != string(plan.SEMH) {
		t.Errorf("target 2 area %q", targets[1][sheet.ColArea])
	}

	contacts := rowsByHeader(t, f, "Contacts")
	if len(contacts) != 1 {
		t.Fatalf("%d contact rows, want 1", len(contacts))
	}
	c := contacts[0]
	if c[sheet.ColPR] != "Y" || c[sheet.ColSendPost] != "Y" || c[sheet.ColAddress3] != "Flat 2, Upper Floor" || c[sheet.ColPostcode] != "SG14 3AB" || c[sheet.ColAddressee] != "Mrs K O'Neill and Mr D Ross" {
		t.Errorf("contact row = %v", c)
	}

	reviews := rowsByHeader(t, f, "Reviews")
	if len(reviews) != 2 {
		t.Fatalf("%d review rows, want 2", len(reviews))
	}
	if r := reviews[0]; r[sheet.ColOutcome] != "achieved" || r[sheet.ColRating] != "3" || r[sheet.ColCarryForward] != "N" || r[sheet.ColComment] != "'@done" {
		t.Errorf("review 1 = %v", r)
	}
	if r := reviews[1]; r[sheet.ColCarryForward] != "Y" {
		t.Errorf("review 2 = %v", r)
	}

	// A field the school left blank is no cell at all: empty text cells
	// would only swell a large school's workbook towards the size limit.
	for _, name := range []string{"Pupils", "Targets", "Contacts", "Reviews"} {
		cols, _ := f.Cols(name)
		for c := 1; cols.Next(); c++ {
			cells, _ := cols.Rows()
			for r := 2; r <= len(cells); r++ {
				ref, _ := excelize.CoordinatesToCellName(c, r)
				typ, _ := f.GetCellType(name, ref)
				if cells[r-1] == "" && typ != excelize.CellTypeUnset {
					t.Errorf("%s!%s is an empty cell of type %v, want no cell", name, ref, typ)
				}
			}
		}
	}
}

func TestReviewsFromTargets(t *testing.T) {
	path := filepath.Join(t.TempDir(), "next-term.xlsx")
	if err := Write(path, sampleSchool(), Options{ReviewsFromTargets: true}); err != nil {
		t.Fatal(err)
	}
	f := open(t, path)
	reviews := rowsByHeader(t, f, "Reviews")
	if len(reviews) != 2 {
		t.Fatalf("%d review rows, want one per current target (2)", len(reviews))
	}
	for i, want := range []string{"Read 20 phase 3 words on sight", "Ask an adult for help when stuck"} {
		r := reviews[i]
		if r[sheet.ColPupilID] != "000123" || r[sheet.ColTarget] != want || r[sheet.ColTargetNo] != string(rune('1'+i)) {
			t.Errorf("review row %d = %v", i+1, r)
		}
		for _, empty := range []string{sheet.ColOutcome, sheet.ColRating, sheet.ColComment, sheet.ColCarryForward} {
			if r[empty] != "" {
				t.Errorf("review row %d %s = %q, want it left for the SENCo", i+1, empty, r[empty])
			}
		}
	}
	// The whole target rides along, so one carried forward keeps its help
	// when next term's Targets sheet is written afresh. The target date
	// does not: it will have passed.
	want := map[string]string{
		sheet.ColArea: "Cognition and learning", sheet.ColSuccess: "Reads 18 of 20", sheet.ColProvision: "Flashcards",
		sheet.ColWho: "TA", sheet.ColHowOften: "daily 10 min", sheet.ColGroup: "Phonics group", sheet.ColCost: "40",
	}
	for col, v := range want {
		if got := reviews[0][col]; got != v {
			t.Errorf("review row 1 %s = %q, want %q", col, got, v)
		}
	}
	if got := reviews[0][sheet.ColTargetDate]; got != "" {
		t.Errorf("review row 1 has a Target Date %q", got)
	}
}

func TestDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := Encode(&a, sampleSchool(), Options{}); err != nil {
		t.Fatal(err)
	}
	if err := Encode(&b, sampleSchool(), Options{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same school gave different bytes")
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "input.xlsx")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, sampleSchool(), Options{}); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" && st.Mode().Perm() != 0o600 {
		t.Errorf("permissions %v, want 0600: the workbook holds personal data", st.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("folder holds %d files, want only input.xlsx (no temporary left behind)", len(entries))
	}

	if err := Write(filepath.Join(dir, "missing", "input.xlsx"), nil, Options{}); err == nil {
		t.Error("writing into a missing folder succeeded")
	} else if !strings.Contains(err.Error(), "input.xlsx") {
		t.Errorf("error %q does not name the file", err)
	}
}
