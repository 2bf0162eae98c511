package samples

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"planpack/internal/config"
	"planpack/internal/diag"
	"planpack/internal/plan"
	"planpack/internal/sheet"
	"planpack/internal/workbook"
)

// validUPN checks a UPN the DfE way, independently of upn().
func validUPN(u string) bool {
	if len(u) != 13 || !strings.ContainsRune(upnLetters, rune(u[0])) {
		return false
	}
	sum := 0
	for i := 1; i < 13; i++ {
		if u[i] < '0' || u[i] > '9' {
			return false
		}
		sum += int(u[i]-'0') * (i + 1)
	}
	return upnLetters[sum%23] == u[0]
}

func TestUPN(t *testing.T) {
	for _, tc := range []struct {
		name                    string
		la, estab, year, serial int
		want                    string
	}{
		// The worked example from the DfE's UPN guidance, as python-stdnum also uses.
		{"published example", 801, 2000, 5, 1, "B801200005001"},
		{"all zeros weigh nothing", 0, 0, 0, 0, "A000000000000"},
		{"year is taken modulo 100", 919, 2104, 2025, 14, upn(919, 2104, 25, 14)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := upn(tc.la, tc.estab, tc.year, tc.serial)
			if got != tc.want {
				t.Errorf("upn = %s, want %s", got, tc.want)
			}
			if !validUPN(got) {
				t.Errorf("%s fails the check", got)
			}
		})
	}
	if validUPN("A801200005001") {
		t.Error("a wrong check letter passes")
	}
}

func TestSchool(t *testing.T) {
	s := School()
	if n := len(s.Pupils); n < 20 || n > 28 {
		t.Errorf("%d pupils, want about 24", n)
	}

	classes := map[string]map[string]bool{} // group → years
	teachers := map[string]string{}
	ids, upns := map[string]bool{}, map[string]bool{}
	areas := map[plan.Area]bool{}
	var ehc, preferred int
	names := ""
	for _, p := range s.Pupils {
		if classes[p.RegGroup] == nil {
			classes[p.RegGroup] = map[string]bool{}
		}
		classes[p.RegGroup][p.Year] = true
		if p.ClassTeacher == "" {
			t.Errorf("%s has no class teacher", p.Name())
		}
		if prev, ok := teachers[p.RegGroup]; ok && prev != p.ClassTeacher {
			t.Errorf("%s has two teachers: %s and %s", p.RegGroup, prev, p.ClassTeacher)
		}
		teachers[p.RegGroup] = p.ClassTeacher
		if ids[p.ID] || upns[p.UPN] {
			t.Errorf("%s: ID or UPN repeated", p.Name())
		}
		ids[p.ID], upns[p.UPN] = true, true
		if !validUPN(p.UPN) {
			t.Errorf("%s: UPN %s fails the check letter", p.Name(), p.UPN)
		}
		if n := len(p.Targets); n < 2 || n > 4 {
			t.Errorf("%s has %d targets, want 2–4", p.Name(), n)
		}
		for i, tg := range p.Targets {
			areas[tg.Area] = true
			if tg.No != i+1 {
				t.Errorf("%s target %d numbered %d", p.Name(), i+1, tg.No)
			}
			for field, v := range map[string]string{"text": tg.Text, "success": tg.Success, "baseline": tg.Baseline,
				"provision": tg.Provision, "who": tg.Who, "how often": tg.HowOften, "where": tg.Where, "evidence": tg.Evidence} {
				if strings.TrimSpace(v) == "" {
					t.Errorf("%s target %d has no %s", p.Name(), tg.No, field)
				}
			}
		}
		if p.SENStatus == "E" {
			ehc++
		}
		if p.PreferredForename != "" {
			preferred++
		}
		names += p.LegalName() + " "
		if age := ageOn31August2026(p.DOB); !ageFits(age, p.Year) {
			t.Errorf("%s is %d on 31 August 2026, too old or young for year %s", p.Name(), age, p.Year)
		}
	}
	if len(classes) != 4 {
		t.Errorf("%d classes, want 4", len(classes))
	}
	for group, years := range map[string][]string{"Robins": {"R"}, "Oak": {"2"}, "5/6M": {"5", "6"}, "7RB": {"7"}} {
		var got []string
		for y := range classes[group] {
			got = append(got, y)
		}
		slices.Sort(got)
		if !slices.Equal(got, years) {
			t.Errorf("class %s has years %v, want %v", group, got, years)
		}
	}
	if len(areas) != 4 {
		t.Errorf("targets cover %d areas of need, want all 4", len(areas))
	}
	if ehc != 1 {
		t.Errorf("%d pupils with an EHC plan, want 1", ehc)
	}
	if preferred < 2 {
		t.Errorf("%d pupils with a preferred name, want at least 2", preferred)
	}
	for _, want := range []string{"Alexander (Alex)", "Zoë", "Siân", "José", "Łukasz", "O'Neill", "D'Souza", "Smith-Jones"} {
		if !strings.Contains(names, want) {
			t.Errorf("no pupil named %s", want)
		}
	}
}

func ageOn31August2026(dob time.Time) int {
	age := 2026 - dob.Year()
	if dob.Month() > time.August {
		age--
	}
	return age
}

func ageFits(age int, year string) bool {
	want := 4
	if year != "R" {
		n := 0
		for _, r := range year {
			n = n*10 + int(r-'0')
		}
		want = n + 4
	}
	return age == want
}

// TestSchoolCases checks the cases the sample exists to show are there.
func TestSchoolCases(t *testing.T) {
	s := School()
	byName := map[string]*plan.Pupil{}
	for _, p := range s.Pupils {
		byName[p.Forename()+" "+p.LegalSurname] = p
	}
	addr := func(c *plan.Contact) string { return strings.Join(c.Address, ", ") + ", " + c.Postcode }

	var couple, separated, noPost, noPR, noContacts bool
	for _, p := range s.Pupils {
		if len(p.Contacts) == 0 {
			noContacts = true
		}
		for i, c := range p.Contacts {
			if !c.SendPost {
				noPost = true
			}
			if !c.ParentalResponsibility {
				noPR = true
			}
			for _, d := range p.Contacts[i+1:] {
				if c.ParentalResponsibility && d.ParentalResponsibility {
					if addr(c) == addr(d) {
						couple = true
					} else {
						separated = true
					}
				}
			}
		}
	}
	for what, ok := range map[string]bool{
		"a couple at one address": couple, "separated parents with PR at two addresses": separated,
		"a contact with Send Post = N": noPost, "a contact without parental responsibility": noPR,
		"a pupil with no contacts": noContacts,
	} {
		if !ok {
			t.Errorf("no %s", what)
		}
	}

	jayden, niamh := byName["Jayden O'Neill"], byName["Niamh O'Neill"]
	if jayden == nil || niamh == nil || jayden.RegGroup == niamh.RegGroup {
		t.Fatal("want siblings Jayden and Niamh O'Neill in different classes")
	}
	if len(jayden.Contacts) != 2 || addr(jayden.Contacts[0]) != addr(niamh.Contacts[0]) || jayden.Contacts[0] == niamh.Contacts[0] {
		t.Error("siblings should share parents (same people, their own contact rows)")
	}

	var members []*plan.Target
	for _, p := range s.Pupils {
		for _, tg := range p.Targets {
			if tg.Group == phonicsGroup {
				members = append(members, tg)
			}
		}
	}
	if len(members) < 3 || len(members) > 4 {
		t.Errorf("phonics group has %d pupils, want 3–4", len(members))
	}
	for _, m := range members[1:] {
		if m.Provision != members[0].Provision || m.Who != members[0].Who || m.HowOften != members[0].HowOften {
			t.Error("phonics group members have different provision")
		}
	}

	var reviewed, carried int
	for _, p := range s.Pupils {
		if len(p.Reviews) > 0 {
			reviewed++
		}
		for _, r := range p.Reviews {
			if r.CarryForward {
				carried++
				if !slices.ContainsFunc(p.Targets, func(tg *plan.Target) bool { return tg.No == r.TargetNo && tg.Text == r.Text }) {
					t.Errorf("%s: carried-forward review %q is not among the current targets", p.Name(), r.Text)
				}
			}
		}
	}
	if reviewed < 3 || carried != 1 {
		t.Errorf("%d pupils reviewed and %d targets carried forward; want a few and exactly 1", reviewed, carried)
	}
}

func TestSyntheticShape(t *testing.T) {
	const n = 300
	s := Synthetic(n, 7)
	if len(s.Pupils) != n {
		t.Fatalf("%d pupils, want %d", len(s.Pupils), n)
	}
	ids, upns := map[string]bool{}, map[string]bool{}
	for _, p := range s.Pupils {
		if ids[p.ID] || upns[p.UPN] {
			t.Fatalf("%s: ID %s or UPN %s repeated", p.Name(), p.ID, p.UPN)
		}
		ids[p.ID], upns[p.UPN] = true, true
		if !validUPN(p.UPN) {
			t.Errorf("%s: UPN %s fails the check letter", p.Name(), p.UPN)
		}
		if len(p.Targets) != 3 {
			t.Errorf("%s has %d targets, want 3", p.Name(), len(p.Targets))
		}
		if c := len(p.Contacts); c < 1 || c > 2 {
			t.Errorf("%s has %d contacts, want 1 or 2", p.Name(), c)
		}
		if !ageFits(ageOn31August2026(p.DOB), p.Year) {
			t.Errorf("%s: born %s, not in year %s", p.Name(), p.DOB.Format(time.DateOnly), p.Year)
		}
		seen := map[string]bool{}
		for _, tg := range p.Targets {
			if seen[tg.Text] {
				t.Errorf("%s has the same target twice", p.Name())
			}
			seen[tg.Text] = true
			if strings.Contains(tg.Text, "{name}") || len(tg.Text) < 20 || tg.Success == "" || tg.Provision == "" {
				t.Errorf("%s: target %q is not filled in", p.Name(), tg.Text)
			}
		}
	}
}

func TestSyntheticDeterministic(t *testing.T) {
	key := func(s *plan.School) string {
		var b strings.Builder
		for _, p := range s.Pupils {
			b.WriteString(p.ID + p.UPN + p.LegalName() + p.DOB.String())
			for _, tg := range p.Targets {
				b.WriteString(tg.Text)
			}
			for _, c := range p.Contacts {
				b.WriteString(c.Forename + strings.Join(c.Address, ","))
			}
		}
		return b.String()
	}
	a, b, c := key(Synthetic(50, 1)), key(Synthetic(50, 1)), key(Synthetic(50, 2))
	if a != b {
		t.Error("the same seed gave different schools")
	}
	if a == c {
		t.Error("different seeds gave the same school")
	}
}

func TestFilesDeterministic(t *testing.T) {
	a, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	b, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	for name := range a {
		if !bytes.Equal(a[name], b[name]) {
			t.Errorf("%s differs between two runs", name)
		}
	}
}

// TestSamplesOnDiskMatch keeps samples/ and this package in step: change
// one and regenerate with go run ./internal/samples/cmd/mksamples.
func TestSamplesOnDiskMatch(t *testing.T) {
	files, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join("..", "..", "samples", filepath.FromSlash(name)))
		if err != nil {
			t.Errorf("%v; run go run ./internal/samples/cmd/mksamples", err)
			continue
		}
		if !sameContent(t, name, got, want) {
			t.Errorf("samples/%s is not what the generator makes; run go run ./internal/samples/cmd/mksamples", name)
		}
	}
}

// sameContent compares two sample files. Workbooks are compared part by
// part, unpacked: how a Go release deflates them is not what the sample
// says.
func sameContent(t *testing.T, name string, a, b []byte) bool {
	if !strings.HasSuffix(name, ".xlsx") {
		return bytes.Equal(a, b)
	}
	pa, pb := unpack(t, a), unpack(t, b)
	if len(pa) != len(pb) {
		return false
	}
	for i := range pa {
		if pa[i] != pb[i] {
			return false
		}
	}
	return true
}

// unpack lists a zip's parts in order as "name\x00content".
func unpack(t *testing.T, data []byte) []string {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		content, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, f.Name+"\x00"+string(content))
	}
	return out
}

func TestConfigLoads(t *testing.T) {
	c, err := config.Parse("planpack.toml", []byte(Config))
	if err != nil {
		t.Fatal(err)
	}
	for what, got := range map[string][2]time.Time{
		"plan date": {c.Term.PlanDate, PlanDate}, "review date": {c.Term.ReviewDate, ReviewDate}, "letter date": {c.Term.LetterDate, LetterDate},
	} {
		if !got[0].Equal(got[1]) {
			t.Errorf("%s %v, want %v", what, got[0], got[1])
		}
	}
	if c.School.Name != "Riverside Academy" || len(c.School.Address) == 0 {
		t.Errorf("school %+v", c.School)
	}
}

// TestBroken checks each planted mistake is in the broken workbook.
func TestBroken(t *testing.T) {
	data, err := Broken()
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows := func(name string) [][]string {
		r, err := f.GetRows(name)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	col := func(r [][]string, name string) int { return slices.Index(r[0], name) }

	targets := rows("Targets")
	if col(targets, sheet.ColWho) >= 0 {
		t.Error("Targets still has a Who column")
	}
	pupils := rows("Pupils")
	idCol, upnCol, dobCol, prefCol := col(pupils, sheet.ColPupilID), col(pupils, sheet.ColUPN), col(pupils, sheet.ColDOB), col(pupils, sheet.ColPreferred)
	seen := map[string]bool{}
	var dup, badUPN, badDate, emoji bool
	for _, r := range pupils[1:] {
		get := func(i int) string {
			if i < len(r) {
				return r[i]
			}
			return ""
		}
		dup = dup || seen[get(idCol)]
		seen[get(idCol)] = true
		badUPN = badUPN || (get(upnCol) != "" && !validUPN(get(upnCol)))
		badDate = badDate || get(dobCol) == "31/02/2015"
		emoji = emoji || strings.ContainsFunc(get(prefCol), func(r rune) bool { return r > 0xFFFF })
	}
	for what, ok := range map[string]bool{"a duplicate ID": dup, "a bad UPN": badUPN, "31/02/2015": badDate, "an emoji": emoji} {
		if !ok {
			t.Errorf("no %s on Pupils", what)
		}
	}

	perPupil := map[string]int{}
	var unknown, emptySuccess, weak int
	succ := col(targets, sheet.ColSuccess)
	for _, r := range targets[1:] {
		perPupil[r[0]]++
		if !seen[r[0]] {
			unknown++
		}
		if succ >= len(r) || r[succ] == "" {
			emptySuccess++
		}
		for _, w := range []string{"improve reading", "not shout out", "the TA will model turn-taking"} {
			if slices.Contains(r, w) {
				weak++
			}
		}
	}
	if perPupil["002327"] != 5 || unknown != 1 || emptySuccess != 1 || weak != 3 {
		t.Errorf("Harry has %d targets (want 5); %d unknown-pupil rows (want 1); %d empty Success Criteria (want 1); %d weak targets (want 3)",
			perPupil["002327"], unknown, emptySuccess, weak)
	}

	errorCells := 0
	for r := range targets {
		for c := range targets[r] {
			ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if typ, _ := f.GetCellType("Targets", ref); typ == excelize.CellTypeError {
				errorCells++
				if v, _ := f.GetCellValue("Targets", ref); v != "#REF!" {
					t.Errorf("error cell %s holds %q, want #REF!", ref, v)
				}
			}
		}
	}
	if errorCells != 1 {
		t.Errorf("%d formula error cells on Targets, want 1", errorCells)
	}
}

// normalise clears what reading adds (positions, the child's sentences,
// carried-forward links) so a school read back compares with the one
// written.
func normalise(s *plan.School) {
	s.Source = ""
	utc := func(t time.Time) time.Time {
		if t.IsZero() {
			return t
		}
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	}
	for _, p := range s.Pupils {
		p.Pos = diag.Pos{}
		p.DOB = utc(p.DOB)
		p.WordingPronouns = "" // what the loader makes of the targets' own he or she
		for _, t := range p.Targets {
			t.Pos, t.IWill, t.ICan, t.IWillUnsure, t.ICanUnsure, t.IWillDraft, t.ICanDraft, t.CarriedForward, t.Previous = diag.Pos{}, "", "", "", "", "", "", false, nil
			t.TargetDate = utc(t.TargetDate)
		}
		for _, c := range p.Contacts {
			c.Pos = diag.Pos{}
		}
		for _, r := range p.Reviews {
			r.Pos = diag.Pos{}
		}
	}
}

func load(t *testing.T, path string) *plan.School {
	t.Helper()
	cfg, err := config.Parse("planpack.toml", []byte(Config))
	if err != nil {
		t.Fatal(err)
	}
	s, problems := plan.Load(path, plan.Options{Config: cfg, Today: PlanDate})
	if problems.HasErrors() {
		t.Fatalf("reading %s back:\n%v", path, problems)
	}
	return s
}

// TestSchoolReadsBack writes the sample school and reads it with the
// loader check and build use: what comes back is what went in.
func TestSchoolReadsBack(t *testing.T) {
	path := filepath.Join(t.TempDir(), "input.xlsx")
	if err := workbook.Write(path, School(), workbook.Options{}); err != nil {
		t.Fatal(err)
	}
	got, want := load(t, path), School()
	normalise(got)
	normalise(want)
	for _, p := range want.Pupils {
		if p.PlanType == "" {
			p.PlanType = "iep" // the sample's plans.default_type fills the blanks
		}
	}
	if len(got.Pupils) != len(want.Pupils) {
		t.Fatalf("%d pupils read back, want %d", len(got.Pupils), len(want.Pupils))
	}
	for i := range want.Pupils {
		if !reflect.DeepEqual(got.Pupils[i], want.Pupils[i]) {
			t.Errorf("pupil %s reads back differently:\n got %s\nwant %s", want.Pupils[i].Name(), dump(got.Pupils[i]), dump(want.Pupils[i]))
		}
	}
}

func dump(p *plan.Pupil) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%+v", *p)
	for _, t := range p.Targets {
		fmt.Fprintf(&b, "\n  target %+v", *t)
	}
	for _, c := range p.Contacts {
		fmt.Fprintf(&b, "\n  contact %+v", *c)
	}
	for _, r := range p.Reviews {
		fmt.Fprintf(&b, "\n  review %+v", *r)
	}
	return b.String()
}

// TestNextTermReadsBack makes next term's workbook from the sample and
// reads it: every current target is waiting on Reviews.
func TestNextTermReadsBack(t *testing.T) {
	path := filepath.Join(t.TempDir(), "next-term.xlsx")
	if err := workbook.Write(path, School(), workbook.Options{ReviewsFromTargets: true}); err != nil {
		t.Fatal(err)
	}
	s := load(t, path)
	for _, p := range s.Pupils {
		if len(p.Reviews) != len(p.Targets) {
			t.Errorf("%s: %d reviews for %d targets", p.Name(), len(p.Reviews), len(p.Targets))
		}
		for _, r := range p.Reviews {
			if r.Outcome != "" || r.CarryForward {
				t.Errorf("%s: review %d pre-filled: %+v", p.Name(), r.TargetNo, r)
			}
		}
	}
}

func TestSyntheticReadsBack(t *testing.T) {
	path := filepath.Join(t.TempDir(), "input.xlsx")
	if err := workbook.Write(path, Synthetic(100, 3), workbook.Options{}); err != nil {
		t.Fatal(err)
	}
	if s := load(t, path); len(s.Pupils) != 100 {
		t.Errorf("%d pupils read back, want 100", len(s.Pupils))
	}
}

// TestSchoolProvisionMapIsMostlyCosted: the demo's Who cells name roles
// the way schools write them, so its provision map costs nearly every
// line. What is left is left on purpose: help that comes with every
// lesson (no sessions to count) and the learning mentor, who has no rate
// in the sample's planpack.toml.
func TestSchoolProvisionMapIsMostlyCosted(t *testing.T) {
	cfg, err := config.Parse("planpack.toml", []byte(Config))
	if err != nil {
		t.Fatal(err)
	}
	m, _ := plan.CostProvision(School().Pupils, plan.Costing{
		Rates:       plan.NewRates(cfg.Costs.Hourly),
		TermWeeks:   plan.TermWeeks(cfg.Term.PlanDate, cfg.Term.ReviewDate),
		WeeksInYear: cfg.Costs.WeeksInYear,
		Threshold:   cfg.Costs.Threshold,
	})
	const noRate, noSessions = `no hourly rate for "Ms Adeyemi (learning mentor)"`, "How Often"
	want := map[string]string{
		"Restorative conversations with a script card":                                                   noRate,
		"Worry book; Friday check-in":                                                                    noRate,
		`Word wall; "word detective" card on his desk`:                                                   noSessions,
		"3-box planner; modelled examples":                                                               noSessions,
		"Coloured overlay; texts chunked into short paragraphs":                                          noSessions,
		`Help card on his desk; praise each time he asks; "ask 3 before me"`:                             noSessions,
		"Help card; seat near the teacher":                                                               noSessions,
		"Now-and-next board; 2-minute warning with a sand timer; a tidy-up song":                         noSessions,
		"Enlarged resources (N18); hand magnifier; QTVI advice":                                          noSessions,
		"Laptop; writing slope; OT hand exercises":                                                       noSessions,
		"Lift pass; early-leave card; a buddy":                                                           noSessions,
		"Radio aid in all lessons; seated near the front facing the teacher; Teacher of the Deaf advice": noSessions,
	}
	lines := 0
	for _, a := range m.Areas {
		for _, l := range a.Lines {
			lines++
			why, uncosted := want[l.Provision]
			switch {
			case l.Costed && uncosted:
				t.Errorf("%q is costed; want it not costed (%s)", l.Provision, why)
			case !l.Costed && !uncosted:
				t.Errorf("%q (%s, %s) is not costed: %s", l.Provision, l.Who, l.HowOften, l.NotCosted)
			case !l.Costed && !strings.HasPrefix(l.NotCosted, why):
				t.Errorf("%q is not costed because %s; want %s", l.Provision, l.NotCosted, why)
			}
		}
	}
	if lines != 51 || m.NotCosted != len(want) {
		t.Errorf("%d lines, %d not costed; want 51 lines, %d not costed", lines, m.NotCosted, len(want))
	}
}
