package phrase

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// TestCorpusGolden keeps the whole corpus, with reading ages and the
// wording lint, in one file a person can review in a diff when a rule
// changes.
func TestCorpusGolden(t *testing.T) {
	r := New(nil)
	var b strings.Builder
	for _, c := range corpus {
		target := r.Target(c.staff, c.names...)
		fmt.Fprintf(&b, "%s\n", c.staff)
		fmt.Fprintf(&b, "  target:  %s\n", target)
		if _, why := r.TargetChecked(c.staff, c.names...); why != "" {
			fmt.Fprintf(&b, "  unsure:  %s\n", why)
		}
		fmt.Fprintf(&b, "  success: %s\n", r.Success(c.staff, c.names...))
		if _, why := r.SuccessChecked(c.staff, c.names...); why != "" {
			fmt.Fprintf(&b, "  unsure:  %s\n", why)
		}
		fmt.Fprintf(&b, "  reading age %.1f\n", ReadingAge(target))
		for _, w := range r.Readability(target) {
			fmt.Fprintf(&b, "  readability: %s\n", w)
		}
		for _, f := range WordingFindings(c.staff, c.staff) {
			fmt.Fprintf(&b, "  lint: %s\n", f)
		}
		b.WriteString("\n")
	}
	path := filepath.Join("testdata", "corpus.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got := b.String(); got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Fatalf("%s differs at line %d:\n got %q\nwant %q\n(run go test -update and review the diff)", path, i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("%s differs in length: got %d lines, want %d", path, len(gl), len(wl))
	}
}
