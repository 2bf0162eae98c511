package plan

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestCheckReportGolden loads a workbook with one of every kind of mistake
// and compares the whole report with testdata/check.golden, for a person
// to read in review: is each message clear, on the right cell, and does it
// say what would be right?
func TestCheckReportGolden(t *testing.T) {
	w := school()
	// Pupils: a second pupil ID typed twice, a bad UPN, an impossible
	// date, a year that does not fit the date of birth, unknown codes,
	// an old SEN code, an emoji, an unknown column.
	w.sheets["Pupils"] = append([][]string{{"Oak Primary School: SEN register"}, {}}, w.sheets["Pupils"]...)
	w.set("Pupils", "L3", "Shoe Size")
	w.sheets["Pupils"] = append(w.sheets["Pupils"],
		[]string{"1003", "H801200001002", "Ava", "Adams", "Ava 😀", "30/02/2018", "Year 15", "3B", "A", "DYS", "poster"},
		[]string{"1001", "", "Sam", "Ahmed", "", "12/03/2019", "3", "3B", "K", "", ""},
		[]string{"1004", "", "Ben", "Brown", "", "01/09/2020", "6", "", "P", "", ""},
	)
	// Targets: an unknown pupil, a duplicate number, an empty required
	// cell, a formula error, an unknown area, a vague target with no
	// baseline, a negative target, a pupil with one target.
	w.sheets["Targets"] = append(w.sheets["Targets"],
		[]string{"1003", "1", "Maths", "To improve reading", "", "Reads better", "", "Reading", "TA", "Daily", "31/04/2027"},
		[]string{"1003", "1", "C&L", "To count to 20", "", "Counts to 20", "Counts to 10", "#REF!", "TA", "", ""},
		[]string{"1004", "1", "SEMH", "To stop shouting out in class", "", "Does not shout out in 4 of 5 lessons", "Shouts out daily", "Reward chart ☃", "TA", "Daily", ""},
		[]string{"2001", "1", "C&L", "To read", "", "Reads", "", "Books", "TA", "Daily", ""},
	)
	// Contacts: no postcode, no parental responsibility, an unknown pupil.
	w.set("Contacts", "I2", "")
	w.set("Contacts", "F3", "N")
	w.sheets["Contacts"] = append(w.sheets["Contacts"],
		[]string{"3001", "Mr", "Ed", "Nobody", "1", "Y", "", "", "", ""},
		[]string{"1004", "Mx", "Sam", "Brown", "1", "Y", "5 Road", "York", "", "N"},
	)
	w.add("Reviews", [][]string{
		{"Pupil ID", "Target No", "Target", "Outcome", "Rating", "Comment", "Carry Forward"},
		{"1002", "3", "To hold a pencil with the tripod grip", "not yet", "1", "", "Y"},
		{"1002", "4", "", "partly", "5", "", "Y"},
		{"4001", "1", "Old target", "achieved", "3", "", "N"},
	})
	_, probs, dir := w.load(t, Options{Printable: func(s string) []rune {
		if strings.ContainsRune(s, '☃') {
			return []rune{'☃'}
		}
		return nil
	}})
	got := report(probs, dir) + "\n"
	golden := filepath.Join("testdata", "check.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if got != string(want) {
		t.Errorf("check report differs from %s (run go test -update and review the diff):\n--- got\n%s", golden, got)
	}
}
