package plan

import (
	"strings"
	"testing"
	"time"

	"planpack/internal/phrase"
)

func TestCleanSchoolHasNoProblems(t *testing.T) {
	s, probs, dir := school().load(t, Options{})
	if len(probs) != 0 {
		t.Fatalf("a clean school has problems:\n%s", report(probs, dir))
	}
	if len(s.Pupils) != 2 {
		t.Fatalf("pupils = %d", len(s.Pupils))
	}
}

func TestLoadBuildsTheModel(t *testing.T) {
	w := school()
	// Targets out of number order, a third pupil in 3B who sorts first by
	// surname, contacts out of priority order.
	w.sheets["Pupils"] = append(w.sheets["Pupils"], []string{"1003", "", "Ava", "Adams", "", "2019-05-01", "Year 3", "3B", "K", "", ""})
	w.sheets["Targets"] = append(w.sheets["Targets"],
		[]string{"1003", "2", "C&L", "To count to 20", "", "Counts to 20 in 3 sessions", "Counts to 10", "Numicon", "TA", "Daily", ""},
		[]string{"1003", "1", "C&L", "To add two numbers to 10", "", "Adds in 4 of 5 tries", "Adds to 5", "Number line", "TA", "Daily", ""},
	)
	w.sheets["Contacts"] = append(w.sheets["Contacts"],
		[]string{"1003", "Mr", "Tom", "Adams", "", "N", "3 Lane", "Leeds", "LS3 3CC", "N"},
		[]string{"1003", "Mrs", "Jo", "Adams", "2", "TRUE", "3 Lane", "Leeds", "LS3 3CC", ""},
		[]string{"1003", "Ms", "Di", "Adams", "1", "1", "4 Lane", "Leeds", "LS4 4DD", "no"},
	)
	rw := phrase.New(nil)
	s, probs, dir := w.load(t, Options{Rewriter: rw})
	if probs.HasErrors() {
		t.Fatalf("errors:\n%s", report(probs, dir))
	}
	var ids []string
	for _, p := range s.Pupils {
		ids = append(ids, p.ID)
	}
	if got := strings.Join(ids, " "); got != "1003 1001 1002" {
		t.Errorf("pupil order = %s, want 1003 1001 1002 (reg group, then surname)", got)
	}
	ava, sami, zoe := s.Pupils[0], s.Pupils[1], s.Pupils[2]
	if ava.Year != "3" || zoe.Year != "4" || zoe.SENStatus != "E" || sami.PrimaryNeed != "SPLD" {
		t.Errorf("normalised values: ava.Year=%q zoe.Year=%q zoe.SEN=%q sami.Need=%q", ava.Year, zoe.Year, zoe.SENStatus, sami.PrimaryNeed)
	}
	if !sami.DOB.Equal(time.Date(2019, 3, 12, 0, 0, 0, 0, time.UTC)) || !ava.DOB.Equal(time.Date(2019, 5, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("DOBs = %v, %v", sami.DOB, ava.DOB)
	}
	if sami.PlanType != "iep" || zoe.PlanType != "myplan" {
		t.Errorf("plan types = %q, %q; want the default iep and the given myplan", sami.PlanType, zoe.PlanType)
	}
	if ava.Targets[0].No != 1 || ava.Targets[0].Text != "To add two numbers to 10" {
		t.Errorf("targets not sorted by Target No: %+v", ava.Targets[0])
	}
	if got, want := sami.Targets[1].IWill, rw.Target(sami.Targets[1].Text, "Samuel", "Sami"); got != want {
		t.Errorf("IWill = %q, want the rewriter's %q", got, want)
	}
	if got, want := sami.Targets[0].ICan, rw.Success(sami.Targets[0].Success, "Samuel", "Sami"); got != want {
		t.Errorf("ICan = %q, want the rewriter's %q", got, want)
	}
	if got := zoe.Targets[0].IWill; got != "I will take turns in a game." {
		t.Errorf("a written Child Target must win, got %q", got)
	}
	var order []string
	for _, c := range ava.Contacts {
		order = append(order, c.Forename)
	}
	if got := strings.Join(order, " "); got != "Di Jo Tom" {
		t.Errorf("contacts by priority = %s, want Di Jo Tom (no priority last)", got)
	}
	di, jo, tom := ava.Contacts[0], ava.Contacts[1], ava.Contacts[2]
	if !di.ParentalResponsibility || di.SendPost || !jo.ParentalResponsibility || !jo.SendPost || tom.ParentalResponsibility || tom.SendPost {
		t.Errorf("Y/N columns: di=%+v jo=%+v tom=%+v", di, jo, tom)
	}
	if len(jo.Address) != 1 || jo.Address[0] != "3 Lane" || jo.Postcode != "LS3 3CC" {
		t.Errorf("address = %v %q", jo.Address, jo.Postcode)
	}
	if sami.Targets[0].Pos.Row != 2 || sami.Pos.Sheet != "Pupils" || sami.Pos.Row != 2 {
		t.Errorf("positions: target %+v pupil %+v", sami.Targets[0].Pos, sami.Pos)
	}
}

func TestCSVFolderLoads(t *testing.T) {
	dir := t.TempDir()
	w := school()
	for _, name := range w.order {
		var b strings.Builder
		for _, row := range w.sheets[name] {
			for i, v := range row {
				if i > 0 {
					b.WriteByte(',')
				}
				if strings.ContainsAny(v, ",\"") {
					v = `"` + strings.ReplaceAll(v, `"`, `""`) + `"`
				}
				b.WriteString(v)
			}
			b.WriteByte('\n')
		}
		writeText(t, dir+"/"+strings.ToLower(name)+".csv", b.String())
	}
	s, probs := Load(dir, Options{Today: today})
	if len(probs) != 0 || len(s.Pupils) != 2 {
		t.Fatalf("problems:\n%s", probs.Error())
	}
}

func TestBlankWorkbookIsClean(t *testing.T) {
	// The workbook planpack init writes: headers and no rows.
	w := school()
	for _, name := range w.order {
		w.sheets[name] = w.sheets[name][:1]
	}
	s, probs, dir := w.load(t, Options{})
	if len(probs) != 0 || s == nil || len(s.Pupils) != 0 {
		t.Errorf("blank workbook: school=%v problems:\n%s", s, report(probs, dir))
	}
}
