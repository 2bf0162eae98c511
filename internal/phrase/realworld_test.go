package phrase

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// realWorldRow is one staff target from a published plan or goal bank,
// with the child sentences a SENCo would accept for it.
type realWorldRow struct {
	id, name, staff string
	accept          []string
	// reviewed is a sentence the rewriter once made for this target,
	// judged acceptable by hand against the standard in realworld.md
	// after it was seen; "" when none was.
	reviewed string
}

func readRealWorld(t testing.TB) []realWorldRow {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "realworld.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cr := csv.NewReader(f)
	cr.Comma = '\t'
	cr.LazyQuotes = true
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimSpace(h)] = i
	}
	for _, want := range []string{"id", "name", "staff", "accept"} {
		if _, ok := col[want]; !ok {
			t.Fatalf("realworld.tsv has no %q column: %q", want, head)
		}
	}
	var rows []realWorldRow
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if len(rec) <= col["accept"] {
			t.Fatalf("realworld.tsv row %q has %d fields", rec[0], len(rec))
		}
		row := realWorldRow{id: rec[col["id"]], name: rec[col["name"]], staff: rec[col["staff"]]}
		if i, ok := col["reviewed"]; ok && i < len(rec) {
			row.reviewed = strings.TrimSpace(rec[i])
		}
		for _, a := range strings.Split(rec[col["accept"]], " | ") {
			if a = strings.TrimSpace(a); a != "" {
				row.accept = append(row.accept, a)
			}
		}
		if row.staff == "" || len(row.accept) == 0 {
			t.Fatalf("realworld.tsv row %s has no staff wording or no accepted sentence", row.id)
		}
		rows = append(rows, row)
	}
	return rows
}

// sameSentence compares two child sentences ignoring case, spacing and
// the final full stop.
func sameSentence(a, b string) bool {
	norm := func(s string) string {
		return strings.TrimRight(strings.ToLower(strings.Join(strings.Fields(s), " ")), ". ")
	}
	return norm(a) == norm(b)
}

// The SPEC's measure of the rewriter on real-world wording: at least 90 %
// of targets give a sentence a SENCo accepts, none that is not acceptable
// passes the self-check, and at most one acceptable sentence in ten is
// refused needlessly.
//
// The rewriter does not meet the first two yet (README, "Child wording",
// gives the figures). Until it does, the test holds the figures reached
// so far, so that no change makes them worse: raise reachedAcceptable and
// lower reachedPassed as the rewriter improves, never the other way.
const (
	goalAcceptable    = 0.90
	reachedAcceptable = 230 // targets with an acceptable sentence, of 334
	reachedBlind      = 60  // of them, matching a sentence written before any output was seen
	reachedPassed     = 3   // unacceptable sentences the self-check passed
)

// TestRealWorld runs the rewriter and its self-check over targets worded
// as real schools word them, and prints the figures.
func TestRealWorld(t *testing.T) {
	r := New(nil)
	rows := readRealWorld(t)
	if len(rows) < 300 {
		t.Fatalf("realworld.tsv has only %d rows, want at least 300", len(rows))
	}
	var good, blind, goodFlagged, badPassed, badFlagged int
	for _, row := range rows {
		var names []string
		if row.name != "" {
			names = []string{row.name}
		}
		raw := r.Target(row.staff, names...)
		_, unsure := r.TargetChecked(row.staff, names...)
		ok := false
		for _, a := range row.accept {
			if sameSentence(raw, a) {
				ok = true
			}
		}
		if ok {
			blind++
		}
		ok = ok || row.reviewed != "" && sameSentence(raw, row.reviewed)
		switch {
		case ok && unsure == "":
			good++
		case ok:
			good++
			goodFlagged++
			t.Logf("%s needlessly unsure (%s):\n  %s\n  %s", row.id, unsure, row.staff, raw)
		case unsure == "":
			badPassed++
			t.Logf("%s: an unacceptable sentence passed the self-check:\n  staff: %s\n  got:   %s\n  want:  %s", row.id, row.staff, raw, strings.Join(row.accept, " | "))
		default:
			badFlagged++
			t.Logf("%s missed, flagged (%s):\n  staff: %s\n  got:   %s\n  want:  %s", row.id, unsure, row.staff, raw, strings.Join(row.accept, " | "))
		}
	}
	n := len(rows)
	figures := fmt.Sprintf("real-world corpus: %d targets; %d acceptable (%.1f%%; %d by the sentences written before any output was seen), of them %d flagged needlessly; %d not acceptable, %d of them flagged, %d passed the self-check",
		n, good, 100*float64(good)/float64(n), blind, goodFlagged, badPassed+badFlagged, badFlagged, badPassed)
	fmt.Println(figures)
	if float64(good) < goalAcceptable*float64(n) || badPassed > 0 {
		t.Logf("below the SPEC's goal of %.0f%% acceptable with none passing unflagged", 100*goalAcceptable)
	}
	if blind < reachedBlind {
		t.Errorf("%d targets match a sentence written before any output was seen, fewer than the %d reached before", blind, reachedBlind)
	}
	if good < reachedAcceptable {
		t.Errorf("%d targets give an acceptable sentence, fewer than the %d reached before", good, reachedAcceptable)
	}
	if badPassed > reachedPassed {
		t.Errorf("%d unacceptable sentences pass the self-check, more than the %d before", badPassed, reachedPassed)
	}
	if 10*goodFlagged > good {
		t.Errorf("%d of %d acceptable sentences are flagged needlessly; want at most 1 in 10", goodFlagged, good)
	}
}

// BenchmarkSchool rewrites and self-checks a whole school's targets: 3,000
// staff targets, the real-world corpus repeated, as target and success.
func BenchmarkSchool(b *testing.B) {
	r := New(nil)
	rows := readRealWorld(b)
	texts := make([]realWorldRow, 0, 3000)
	for len(texts) < 3000 {
		texts = append(texts, rows[len(texts)%len(rows)])
	}
	b.ResetTimer()
	for range b.N {
		for _, row := range texts {
			r.TargetChecked(row.staff, row.name)
			r.SuccessChecked(row.staff, row.name)
		}
	}
}
