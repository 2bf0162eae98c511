package pack

import (
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"planpack/internal/config"
	"planpack/internal/history"
	"planpack/internal/plan"
	"planpack/internal/safefile"
)

func TestGroupPlanNamesMembersAndHasASessionRowEach(t *testing.T) {
	input, cfg := sample(t)
	out := filepath.Join(t.TempDir(), "out")
	res := build(t, input, cfg, out)
	groups := plan.Groups(res.School.Pupils)
	if len(groups) == 0 {
		t.Fatal("the sample school has no group")
	}
	g := groups[0]
	if len(g.Members) < 3 {
		t.Fatalf("sample group %q has %d members, want at least 3", g.Name, len(g.Members))
	}
	path := filepath.Join(out, "groups", safefile.Name(g.Name)+".pdf")
	text := pdfText(t, path, "-layout")
	for _, m := range g.Members {
		if !strings.Contains(text, m.Pupil.Forename()) {
			t.Errorf("group plan lacks member %s", m.Pupil.Forename())
		}
	}
	plain := flat(pdfText(t, path))
	for _, tg := range g.Targets {
		if !strings.Contains(plain, flat(tg.Text)) {
			t.Errorf("group plan lacks target %q", tg.Text)
		}
	}
	// Spring term 2027: 11 January to 26 March is 11 school weeks; the
	// sample group meets daily, five sessions a week.
	if g.HowOften != "daily 15 min" {
		t.Fatalf("sample group's How Often is %q; this test expects daily 15 min", g.HowOften)
	}
	want := 55
	rows := regexp.MustCompile(`(?m)^\s*(\d+)\s`).FindAllStringSubmatch(text, -1)
	highest := 0
	for _, r := range rows {
		if n, _ := strconv.Atoi(r[1]); n > highest && n <= want+5 {
			highest = n
		}
	}
	if highest != want {
		t.Errorf("tracking grid's last session row is %d, want %d (%s over 11 weeks)", highest, want, g.HowOften)
	}
	kinds := map[string]int{}
	for _, f := range res.Manifest.Files {
		kinds[f.Kind]++
	}
	if kinds[KindGroup] != len(groups) || kinds[KindPrintGroups] != 1 {
		t.Errorf("manifest has %d group and %d print-groups files, want %d and 1", kinds[KindGroup], kinds[KindPrintGroups], len(groups))
	}
}

func TestProvisionMapCountsAGroupOnce(t *testing.T) {
	pupil := func(id string, targets ...*plan.Target) *plan.Pupil {
		return &plan.Pupil{ID: id, LegalForename: "P" + id, LegalSurname: "S", RegGroup: "3B", Targets: targets}
	}
	group := func() *plan.Target {
		return &plan.Target{TargetDetails: plan.TargetDetails{Provision: "Phonics keep-up", Who: "TA", HowOften: "daily 15 min", Group: "Phonics"}}
	}
	pupils := []*plan.Pupil{
		pupil("1", group(), &plan.Target{TargetDetails: plan.TargetDetails{Provision: "Lego therapy", Who: "TA", HowOften: "2 x 30 min a week"}}),
		pupil("2", group(), &plan.Target{TargetDetails: plan.TargetDetails{Provision: "Lego therapy", Who: "TA", HowOften: "2 x 30 min a week"}}),
		pupil("3", group(), &plan.Target{TargetDetails: plan.TargetDetails{Provision: "Movement break", Who: "Teacher", HowOften: "as needed"}}),
		pupil("4", &plan.Target{TargetDetails: plan.TargetDetails{Provision: "Reading buddy", Who: "Year 6 pupil", HowOften: "once or twice a week, 20 min"}}),
	}
	cfg := config.Default()
	b := &builder{cfg: cfg}
	b.provision, b.pupilCosts = plan.CostProvision(pupils, costing(cfg))
	rows := b.provisionRows()
	byName := map[string][]any{}
	for _, r := range rows {
		byName[r[1].(string)] = r
	}
	if got := byName["Phonics keep-up"][4]; got != 75 {
		t.Errorf("group phonics minutes = %v, want 75 (daily 15 min once, not once per child)", got)
	}
	if got := byName["Phonics keep-up"][7]; got != "costed" {
		t.Errorf("group phonics Costed = %v, want \"costed\"", got)
	}
	if got := byName["Phonics keep-up"][10]; got != 3 {
		t.Errorf("group phonics pupils = %v, want 3", got)
	}
	// 75 minutes of a TA at £18 an hour: £22.50 a week.
	if got := byName["Phonics keep-up"][5]; got != 22.5 {
		t.Errorf("group phonics cost a week = %v, want 22.50", got)
	}
	if got := byName["Lego therapy"][4]; got != 120 {
		t.Errorf("Lego therapy minutes = %v, want 120 (60 a week for each of two pupils seen separately)", got)
	}
	if got := byName["Movement break"][4]; got != "not stated" {
		t.Errorf("unreadable How Often gave %v, want \"not stated\"", got)
	}
	if got := byName["Movement break"][6]; got != "not costed" {
		t.Errorf("unreadable How Often is costed as %v, want \"not costed\"", got)
	}
	if got := byName["Reading buddy"][4]; got != "20–40" {
		t.Errorf("once or twice a week, 20 min gave %v, want the range \"20–40\"", got)
	}
	// 75 + 120 + 20 to 40; the movement break adds nothing it can state.
	total := rows[len(rows)-1]
	if total[4] != "215–235" {
		t.Errorf("total = %v, want 215–235", total[4])
	}
}

func TestSummaryWorkbook(t *testing.T) {
	input, cfg := sample(t)
	out := filepath.Join(t.TempDir(), "out")
	res := build(t, input, cfg, out)
	f, err := excelize.OpenFile(filepath.Join(out, "summary.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, s := range []string{"Generated", "Warnings", "Mailing list", "Provision map", "Cost per pupil"} {
		rows, err := f.GetRows(s)
		if err != nil || len(rows) < 2 {
			t.Errorf("sheet %s: %d rows, err %v", s, len(rows), err)
		}
	}
	gen, _ := f.GetRows("Generated")
	if len(gen)-1 != len(res.School.Pupils) {
		t.Errorf("Generated lists %d pupils, want %d", len(gen)-1, len(res.School.Pupils))
	}
	panes, err := f.GetPanes("Provision map")
	if err != nil || !panes.Freeze {
		t.Errorf("Provision map header is not frozen: %+v %v", panes, err)
	}
	// Provision minutes and costs add up to the total row.
	pm, _ := f.GetRows("Provision map")
	sum, cost := 0.0, 0.0
	for _, r := range pm[1 : len(pm)-1] {
		if n, err := strconv.ParseFloat(r[4], 64); err == nil {
			sum += n
		}
		if n, err := strconv.ParseFloat(r[6], 64); err == nil {
			cost += n
		}
	}
	last := pm[len(pm)-1]
	if total, _ := strconv.ParseFloat(last[4], 64); total != sum || sum == 0 {
		t.Errorf("provision total %v, rows add to %v", total, sum)
	}
	if total, _ := strconv.ParseFloat(last[6], 64); math.Abs(total-cost) > 0.01 || cost == 0 {
		t.Errorf("cost this term total %v, rows add to %v", total, cost)
	}
	perPupil, _ := f.GetRows("Cost per pupil")
	if len(perPupil)-1 != len(res.School.Pupils) {
		t.Errorf("Cost per pupil lists %d pupils, want %d", len(perPupil)-1, len(res.School.Pupils))
	}
}

func TestReviewsRoundTrip(t *testing.T) {
	input, cfg := sample(t)
	out := filepath.Join(t.TempDir(), "out")
	first := build(t, input, cfg, out)

	// The SENCo records the review meeting in next-term.xlsx: the first
	// target of every pupil is carried forward, the rest achieved.
	next := filepath.Join(filepath.Dir(input), "next", "input.xlsx")
	os.MkdirAll(filepath.Dir(next), 0o700)
	data, err := os.ReadFile(filepath.Join(out, "next-term.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(next, data, 0o600)
	toml, _ := os.ReadFile(filepath.Join(filepath.Dir(input), "planpack.toml"))
	os.WriteFile(filepath.Join(filepath.Dir(next), "planpack.toml"), toml, 0o600)
	f, err := excelize.OpenFile(next)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows("Reviews")
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i + 1
	}
	for _, h := range []string{"Pupil ID", "Target No", "Target", "Outcome", "Rating", "Comment", "Carry Forward"} {
		if col[h] == 0 {
			t.Fatalf("next-term.xlsx Reviews lacks column %q: %v", h, rows[0])
		}
	}
	set := func(r int, name, v string) {
		cell, _ := excelize.CoordinatesToCellName(col[name], r)
		f.SetCellStr("Reviews", cell, v)
	}
	total := 0
	for _, p := range first.School.Pupils {
		total += len(p.Targets)
	}
	if len(rows)-1 != total {
		t.Fatalf("Reviews has %d rows, want one per target (%d)", len(rows)-1, total)
	}
	for i, r := range rows[1:] {
		n := i + 2
		if r[col["Target No"]-1] == "1" {
			set(n, "Outcome", "partly")
			set(n, "Rating", "2")
			set(n, "Carry Forward", "Y")
			set(n, "Comment", "Nearly there")
		} else {
			set(n, "Outcome", "achieved")
			set(n, "Rating", "3")
			set(n, "Carry Forward", "N")
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()

	out2 := filepath.Join(t.TempDir(), "out")
	second := build(t, next, cfg, out2)
	if len(second.School.Pupils) != len(first.School.Pupils) {
		t.Fatalf("round trip: %d pupils, then %d", len(first.School.Pupils), len(second.School.Pupils))
	}
	for i, p := range second.School.Pupils {
		q := first.School.Pupils[i]
		if p.ID != q.ID || p.Name() != q.Name() || len(p.Contacts) != len(q.Contacts) || len(p.Targets) != len(q.Targets) {
			t.Errorf("round trip changed pupil %s: %s/%d contacts/%d targets, was %s/%d/%d", q.ID, p.Name(), len(p.Contacts), len(p.Targets), q.Name(), len(q.Contacts), len(q.Targets))
			continue
		}
		carried := 0
		for _, tg := range p.Targets {
			if tg.CarriedForward {
				carried++
				if tg.No != 1 || tg.Previous == nil || tg.Previous.Outcome != plan.Partly {
					t.Errorf("%s: target %d carried forward wrongly: %+v", p.ID, tg.No, tg.Previous)
				}
			}
		}
		if carried != 1 {
			t.Errorf("%s: %d targets carried forward, want 1 (no duplicate)", p.ID, carried)
		}
		text := flat(pdfText(t, filepath.Join(out2, filepath.FromSlash(pupilDir(p)), "plan.pdf")))
		if !strings.Contains(strings.ToLower(text), "carried forward") {
			t.Errorf("%s: new plan does not mark the carried-forward target", p.ID)
		}
		if !strings.Contains(text, "Last time") || !strings.Contains(text, "(2 of 3)") || !strings.Contains(text, "Carried forward to this plan") {
			t.Errorf("%s: new plan's \"Last time\" section does not give last term's outcomes", p.ID)
		}
		if len(q.Targets) > 1 && !strings.Contains(text, "(3 of 3)") {
			t.Errorf("%s: \"Last time\" lacks the achieved targets", p.ID)
		}
		for _, tg := range q.Targets[1:] {
			if !strings.Contains(text, flat(tg.Text)) {
				t.Errorf("%s: \"Last time\" lacks last term's target %q", p.ID, tg.Text)
			}
		}
	}
}

func TestHistoryFilesEachTermsPlans(t *testing.T) {
	input, cfg := sample(t)
	cfg.History = filepath.Join(t.TempDir(), "history")
	res := build(t, input, cfg, filepath.Join(t.TempDir(), "out"))

	summer := *cfg
	summer.Term.Name = "Summer term 2027"
	summer.Term.PlanDate = cfg.Term.ReviewDate.AddDate(0, 0, 20)
	summer.Term.ReviewDate = summer.Term.PlanDate.AddDate(0, 2, 0)
	out2 := filepath.Join(t.TempDir(), "out")
	build(t, input, &summer, out2)
	// Building the same term again replaces its entry.
	build(t, input, &summer, filepath.Join(t.TempDir(), "again"))

	for _, p := range res.School.Pupils {
		entries, err := history.Read(cfg.History, PupilKey(p))
		if err != nil {
			t.Fatalf("%s: %v", p.ID, err)
		}
		if len(entries) != 2 || entries[0].Record.Term != "Summer term 2027" || entries[1].Record.Term != cfg.Term.Name {
			t.Fatalf("%s: history has %d entries, want summer then spring", p.ID, len(entries))
		}
		filed, _ := os.ReadFile(entries[0].Plan)
		built, _ := os.ReadFile(filepath.Join(out2, filepath.FromSlash(pupilDir(p)), "plan.pdf"))
		if len(filed) == 0 || string(filed) != string(built) {
			t.Errorf("%s: the filed plan is not the one built", p.ID)
		}
		if len(entries[0].Record.Targets) != len(p.Targets) {
			t.Errorf("%s: filed %d targets, want %d", p.ID, len(entries[0].Record.Targets), len(p.Targets))
		}
		if len(entries[0].Record.Reviewed) != len(p.Reviews) {
			t.Errorf("%s: filed %d review outcomes, want %d", p.ID, len(entries[0].Record.Reviewed), len(p.Reviews))
		}
	}
}
