package pack

import (
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"planpack/internal/phrase"
	"planpack/internal/samples"
	"planpack/internal/sheet"
	"planpack/internal/workbook"
)

// corpusStaffWording reads the staff targets of every real-world corpus
// of the rewriter: wording as schools, therapists and goal banks write it.
func corpusStaffWording(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "phrase", "testdata", "*.tsv"))
	if err != nil || len(files) < 2 {
		t.Fatalf("corpora: %v %v", files, err)
	}
	var texts []string
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		cr := csv.NewReader(f)
		cr.Comma, cr.LazyQuotes, cr.FieldsPerRecord = '\t', true, -1
		col := -1
		for {
			rec, err := cr.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if col < 0 {
				for i, h := range rec {
					if h == "staff" {
						col = i
					}
				}
				continue
			}
			texts = append(texts, rec[col])
		}
		f.Close()
	}
	return texts
}

// A school whose targets and success criteria are real-world staff
// wording: check warns at the cell of every one whose child sentence
// planpack cannot vouch for, and no such sentence reaches a child's page;
// every one it can vouch for is printed there.
func TestRealWorldWordingIsNeverPrintedUnvouched(t *testing.T) {
	texts := corpusStaffWording(t)
	school := samples.Synthetic(90, 3)
	next := 0
	word := func() string {
		s := texts[next%len(texts)]
		next++
		return s
	}
	for _, p := range school.Pupils {
		for _, tg := range p.Targets {
			tg.Text, tg.Success = word(), word()
			tg.ChildTarget, tg.ChildSuccess = "", ""
		}
	}
	_, cfg := sample(t)
	input := filepath.Join(t.TempDir(), "school.xlsx")
	if err := workbook.Write(input, school, workbook.Options{}); err != nil {
		t.Fatal(err)
	}

	s, problems := Check(Options{Input: input, Config: cfg, Today: today})
	if problems.HasErrors() {
		t.Fatalf("check: %v", problems)
	}
	needs := map[string]bool{}     // "Targets 5 Target": a warning at the Target cell of row 5
	shortened := map[string]bool{} // a warning that the sentence there leaves an action out
	for _, p := range problems {
		cell := p.Pos.Sheet + " " + itoa(p.Pos.Row) + " " + p.Pos.Column
		switch {
		case strings.HasPrefix(p.Message, "needs a Child"):
			needs[cell] = true
		case strings.HasPrefix(p.Message, "check the child's sentence keeps the point"):
			shortened[cell] = true
		}
	}

	out := filepath.Join(t.TempDir(), "out")
	res := build(t, input, cfg, out)
	if len(res.Failures) > 0 {
		t.Fatalf("failures: %v", res.Failures)
	}

	rw := phrase.New(cfg.Phrasing.Glossary)
	refused, printed, leftOut := 0, 0, 0
	for _, p := range s.Pupils {
		names := []string{p.LegalForename}
		if p.PreferredForename != "" && p.PreferredForename != p.LegalForename {
			names = append(names, p.PreferredForename)
		}
		page := flat(pdfText(t, filepath.Join(out, filepath.FromSlash(pupilDir(p)), "my-plan.pdf")))
		// The tick column's words sit beside a wrapped sentence.
		page = flat(strings.NewReplacer("Have I done it?", " ", "Yes Nearly Not yet", " ").Replace(page))
		safe := 0
		for _, tg := range p.Targets {
			target := rw.TargetWording(tg.Text, names...)
			for _, c := range []struct {
				column string
				w      phrase.Wording
			}{
				{sheet.ColTarget, target},
				{sheet.ColSuccess, rw.SuccessWording(tg.Success, names...)},
			} {
				cell := tg.Pos.Sheet + " " + itoa(tg.Pos.Row) + " " + c.column
				if c.w.Unsure == "" {
					printed++
					if needs[cell] {
						t.Errorf("%s: warned, but its sentence passed: %q", cell, c.w.Sentence)
					}
					if !strings.Contains(page, c.w.Sentence) {
						t.Errorf("pupil %s: vouched sentence %q is not on the child's page", p.ID, c.w.Sentence)
					}
					if c.w.LeftOut != "" {
						leftOut++
						if !shortened[cell] {
							t.Errorf("%s: %q leaves out %q with no warning to check it", cell, c.w.Sentence, c.w.LeftOut)
						}
					} else if shortened[cell] {
						t.Errorf("%s: warned that %q leaves an action out, but it leaves none", cell, c.w.Sentence)
					}
					continue
				}
				refused++
				rest := strings.TrimPrefix(target.Sentence, "I will ")
				if c.column == sheet.ColSuccess && target.Unsure == "" && target.LeftOut == "" && !strings.Contains(rest, " can ") {
					// The success line the rewriter cannot vouch for is
					// the target, vouched for whole, as "I can …" (what
					// the child learns to do, and with no second "can").
					if can := "I can " + strings.TrimPrefix(rest, "learn to "); !strings.Contains(page, can) {
						t.Errorf("pupil %s: %q is not on the child's page for the refused success line", p.ID, can)
					}
				} else {
					safe++
				}
				if !needs[cell] {
					t.Errorf("%s: no warning for %q (%s)", cell, c.w.Draft, c.w.Unsure)
				}
				if c.w.Draft != "" && strings.Contains(page, c.w.Draft) {
					t.Errorf("pupil %s: refused sentence %q is on the child's page", p.ID, c.w.Draft)
				}
			}
		}
		if got := strings.Count(page, phrase.SafeTarget) + strings.Count(page, phrase.SafeSuccess); got != safe {
			t.Errorf("pupil %s: %d safe sentences on the child's page, want one for each of the %d refused", p.ID, got, safe)
		}
	}
	if refused == 0 || printed == 0 || leftOut == 0 {
		t.Fatalf("%d refused, %d printed and %d of them leaving an action out: the corpus should give all three", refused, printed, leftOut)
	}
	t.Logf("%d sentences printed, %d of them leaving an action out; %d refused", printed, leftOut, refused)
}
