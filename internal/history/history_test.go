package history

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func rec(term string, month time.Month, targets []Target, reviewed []Outcome) Record {
	return Record{PupilID: "1001", Name: "Alex Smith", Term: term,
		PlanDate: time.Date(2027, month, 10, 0, 0, 0, 0, time.UTC), ReviewDate: time.Date(2027, month+2, 20, 0, 0, 0, 0, time.UTC),
		Targets: targets, Reviewed: reviewed}
}

func TestFileAndReadNewestFirstWithOutcomes(t *testing.T) {
	dir := t.TempDir()
	spring := rec("Spring 2027", time.January, []Target{{No: 1, Target: "Read 20 words"}, {No: 2, Target: "Ask for help"}}, nil)
	summer := rec("Summer 2027", time.April, []Target{{No: 1, Target: "Read 40 words", CarriedForward: true}},
		[]Outcome{{No: 1, Target: "Read 20 words", Outcome: "partly", CarryForward: true}, {No: 2, Target: "Ask for help", Outcome: "achieved", Comment: "asks every day"}})
	for _, r := range []Record{spring, summer} {
		if err := File(dir, r, []byte("%PDF-"+r.Term)); err != nil {
			t.Fatal(err)
		}
	}
	// Filing the same term again replaces it rather than adding a copy.
	if err := File(dir, summer, []byte("%PDF-again")); err != nil {
		t.Fatal(err)
	}
	got, err := Read(dir, "1001")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Record.Term != "Summer 2027" || got[1].Record.Term != "Spring 2027" {
		t.Fatalf("entries = %+v, want summer then spring", got)
	}
	if data, _ := os.ReadFile(got[0].Plan); string(data) != "%PDF-again" {
		t.Errorf("summer plan = %q, want the refiled copy", data)
	}
	if st, _ := os.Stat(got[0].Plan); st.Mode().Perm()&0o077 != 0 {
		t.Errorf("plan is readable by others: %v", st.Mode())
	}
	var out bytes.Buffer
	Print(&out, got, 3)
	text := out.String()
	for _, want := range []string{"Summer 2027", "current, not yet reviewed", "Spring 2027", "outcome: partly", "outcome: achieved — asks every day", "[carried forward]"} {
		if !strings.Contains(text, want) {
			t.Errorf("history output lacks %q:\n%s", want, text)
		}
	}
	ents, _ := os.ReadDir(filepath.Join(dir, "1001"))
	if len(ents) != 2 {
		t.Errorf("pupil folder has %d entries, want 2 (no .tmp or .old left)", len(ents))
	}
}

func TestReadUnknownPupil(t *testing.T) {
	if _, err := Read(t.TempDir(), "nobody"); !errors.Is(err, ErrNoHistory) {
		t.Errorf("err = %v, want ErrNoHistory", err)
	}
}
