package pack

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"planpack/internal/config"
	"planpack/internal/plan"
)

// sample copies the bundled sample school into a temporary folder and
// returns the input path and its config.
func sample(t *testing.T) (string, *config.Config) {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"input.xlsx", "planpack.toml"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "samples", "school", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	cfg, err := config.Load(filepath.Join(dir, "planpack.toml"))
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, "input.xlsx"), cfg
}

var today = time.Date(2027, time.January, 4, 0, 0, 0, 0, time.UTC)

func build(t *testing.T, input string, cfg *config.Config, out string) *Result {
	t.Helper()
	res, err := Build(context.Background(), Options{Input: input, Out: out, Config: cfg, Today: today})
	if err != nil {
		t.Fatalf("build: %v\n%v", err, res.Problems)
	}
	return res
}

func pdfText(t *testing.T, path string, args ...string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", append(append(args, path), "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// flat folds all white space so wrapped lines compare as written.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestBuildSampleSchool(t *testing.T) {
	input, cfg := sample(t)
	out := filepath.Join(t.TempDir(), "out")
	res := build(t, input, cfg, out)
	if len(res.Failures) > 0 {
		t.Fatalf("failures: %v", res.Failures)
	}
	kinds := map[string]int{}
	byPath := map[string]ManifestFile{}
	for _, f := range res.Manifest.Files {
		kinds[f.Kind]++
		byPath[f.Path] = f
		if strings.Contains(f.Path, "..") || strings.HasPrefix(f.Path, "/") {
			t.Errorf("manifest path %q escapes the folder", f.Path)
		}
	}
	n := len(res.School.Pupils)
	for _, k := range []string{KindPlan, KindMyPlan, KindReviewPack} {
		if kinds[k] != n {
			t.Errorf("%d %s files, want one per pupil (%d)", kinds[k], k, n)
		}
	}
	for _, k := range []string{KindPrintLetters, KindPrintPlans, KindPrintReviewPacks, KindProvisionMap, KindSummary, KindNextTerm} {
		if kinds[k] != 1 {
			t.Errorf("%d %s files, want 1", kinds[k], k)
		}
	}
	if kinds[KindLetter] == 0 || kinds[KindClass] == 0 {
		t.Errorf("no letters or class copies: %v", kinds)
	}
	// manifest.json on disk is the one returned.
	var onDisk Manifest
	data, err := os.ReadFile(filepath.Join(out, "manifest.json"))
	if err != nil || json.Unmarshal(data, &onDisk) != nil || len(onDisk.Files) != len(res.Manifest.Files) || onDisk.Version != 1 {
		t.Fatalf("manifest.json on disk does not match: %v", err)
	}

	for _, p := range res.School.Pupils {
		dir := filepath.Join(out, filepath.FromSlash(pupilDir(p)))
		planText := flat(pdfText(t, filepath.Join(dir, "plan.pdf")))
		if !strings.Contains(planText, p.Forename()) {
			t.Errorf("%s: plan.pdf lacks the preferred name %q", p.ID, p.Forename())
		}
		for _, tg := range p.Targets {
			for _, want := range []string{tg.Text, tg.Success, tg.Provision} {
				if want != "" && !strings.Contains(planText, flat(want)) {
					t.Errorf("%s: plan.pdf lacks %q", p.ID, want)
				}
			}
		}
		if p.UPN != "" && strings.Contains(planText, p.UPN) {
			t.Errorf("%s: plan.pdf shows the UPN", p.ID)
		}
		my := pdfText(t, filepath.Join(dir, "my-plan.pdf"))
		if got := strings.Count(my, "I will"); got < len(p.Targets) {
			t.Errorf("%s: my-plan.pdf has %d \"I will\", want one per target (%d)", p.ID, got, len(p.Targets))
		}
		rp := pdfText(t, filepath.Join(dir, "review-pack.pdf"))
		if got := strings.Count(strings.ToLower(rp), "evidence sheet"); got < len(p.Targets) {
			t.Errorf("%s: review-pack.pdf has %d evidence sheet mentions, want at least %d", p.ID, got, len(p.Targets))
		}
		if p.UPN != "" && strings.Contains(filepath.ToSlash(dir), p.UPN) {
			t.Errorf("%s: folder name has the UPN", p.ID)
		}
	}

	for _, f := range res.Manifest.Files {
		if !strings.HasSuffix(f.Path, ".pdf") {
			continue
		}
		full := filepath.Join(out, filepath.FromSlash(f.Path))
		if outp, err := exec.Command("qpdf", "--check", full).CombinedOutput(); err != nil {
			t.Errorf("qpdf --check %s: %v\n%s", f.Path, err, outp)
		}
		if st, err := os.Stat(full); err == nil && st.Mode().Perm()&0o077 != 0 {
			t.Errorf("%s is readable by others (%v); it holds personal data", f.Path, st.Mode().Perm())
		}
	}

	// Duplex: every plan in print/plans.pdf starts on an odd page.
	if cfg.Print.Duplex {
		page := 1
		for _, p := range res.School.Pupils {
			f := byPath[pupilDir(p)+"/plan.pdf"]
			first := flat(pdfText(t, filepath.Join(out, "print", "plans.pdf"), "-f", itoa(page), "-l", itoa(page)))
			if !strings.Contains(first, p.Forename()) {
				t.Errorf("print/plans.pdf page %d should start %s's plan; it reads %.80q", page, p.Forename(), first)
			}
			page += f.Pages
			if f.Pages%2 == 1 {
				blank := pdfText(t, filepath.Join(out, "print", "plans.pdf"), "-f", itoa(page), "-l", itoa(page))
				if !strings.Contains(blank, "intentionally blank") {
					t.Errorf("print/plans.pdf page %d should be marked intentionally blank", page)
				}
				page++
			}
		}
		if got := byPath["print/plans.pdf"].Pages; got != page-1 {
			t.Errorf("print/plans.pdf has %d pages, want %d", got, page-1)
		}
	}

	// No temporary folders are left beside the output.
	ents, _ := os.ReadDir(filepath.Dir(out))
	if len(ents) != 1 {
		t.Errorf("beside the output: %v, want only out", ents)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestBuildIsByteIdentical(t *testing.T) {
	input, cfg := sample(t)
	a := build(t, input, cfg, filepath.Join(t.TempDir(), "a"))
	b := build(t, input, cfg, filepath.Join(t.TempDir(), "b"))
	if len(a.Manifest.Files) != len(b.Manifest.Files) {
		t.Fatalf("%d files then %d", len(a.Manifest.Files), len(b.Manifest.Files))
	}
	for i := range a.Manifest.Files {
		if a.Manifest.Files[i] != b.Manifest.Files[i] {
			t.Errorf("differs between builds: %+v vs %+v", a.Manifest.Files[i], b.Manifest.Files[i])
		}
	}
}

func TestOnePupilFailingFailsOnlyThatPupil(t *testing.T) {
	input, cfg := sample(t)
	var victim string
	beforePupil = func(_ string, p *plan.Pupil) {
		if p.ID == victim {
			panic("simulated fault inside the PDF library")
		}
	}
	t.Cleanup(func() { beforePupil = nil })
	s, _ := Check(Options{Input: input, Config: cfg, Today: today})
	victim = s.Pupils[1].ID
	out := filepath.Join(t.TempDir(), "out")
	res := build(t, input, cfg, out)
	if len(res.Failures) != 1 || res.Failures[0].Pupil.ID != victim {
		t.Fatalf("failures = %v, want just pupil %s", res.Failures, victim)
	}
	if !strings.Contains(res.Failures[0].Error(), "simulated fault") {
		t.Errorf("failure does not say what went wrong: %v", res.Failures[0])
	}
	if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(pupilDir(s.Pupils[1])))); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the failed pupil's folder was left behind: %v", err)
	}
	for _, f := range res.Manifest.Files {
		if f.Pupil == victim {
			t.Errorf("manifest lists %s for the failed pupil", f.Path)
		}
	}
	if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(pupilDir(s.Pupils[0])), "plan.pdf")); err != nil {
		t.Errorf("another pupil's plan is missing: %v", err)
	}
	f, err := excelize.OpenFile(filepath.Join(out, "summary.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Generated")
	found := false
	for _, r := range rows {
		if len(r) > 6 && r[1] == victim && strings.HasPrefix(r[6], "FAILED") {
			found = true
		}
	}
	if !found {
		t.Errorf("summary.xlsx does not name the failed pupil %s: %v", victim, rows)
	}
}

func TestOutputFolderRules(t *testing.T) {
	input, cfg := sample(t)
	out := filepath.Join(t.TempDir(), "out")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	keep := filepath.Join(out, "coursework.docx")
	os.WriteFile(keep, []byte("someone's work"), 0o600)
	_, err := Build(context.Background(), Options{Input: input, Out: out, Config: cfg, Today: today})
	if !errors.Is(err, ErrNotOurs) {
		t.Fatalf("building into a folder planpack did not make: err = %v, want ErrNotOurs", err)
	}
	if _, err := os.Stat(keep); err != nil {
		t.Fatalf("the existing file was touched: %v", err)
	}
	// With -force it is replaced; a second build over our own output needs no force.
	if _, err := Build(context.Background(), Options{Input: input, Out: out, Config: cfg, Force: true, Today: today}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(keep); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("forced build kept the old contents")
	}
	if _, err := Build(context.Background(), Options{Input: input, Out: out, Config: cfg, Today: today}); err != nil {
		t.Errorf("rebuilding over planpack's own output: %v", err)
	}
	ents, _ := os.ReadDir(filepath.Dir(out))
	if len(ents) != 1 {
		t.Errorf("beside the output: %v, want only out", ents)
	}
}

func TestInputErrorsWriteNothing(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "pupils.csv"), []byte("Pupil ID,Legal Forename,Legal Surname,Date of Birth,Year,Reg Group,SEN Status\n1,Amy,Smith,31/02/2016,3,3B,K\n"), 0o600)
	os.WriteFile(filepath.Join(dir, "targets.csv"), []byte("Pupil ID,Area,Target,Success Criteria,Provision,Who,How Often\n1,C&L,Read 20 words,Reads 20 words,Flash cards,TA,daily 10 min\n"), 0o600)
	out := filepath.Join(dir, "out")
	res, err := Build(context.Background(), Options{Input: dir, Out: out, Config: config.Default(), Today: today})
	if !errors.Is(err, ErrInput) || !res.Problems.HasErrors() {
		t.Fatalf("err = %v, problems = %v; want ErrInput with the problems", err, res.Problems)
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("an output folder was made for bad input")
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 2 {
		t.Errorf("files beside the input: %v, want only the two CSVs", ents)
	}
}

func TestCancelledBuildLeavesNothing(t *testing.T) {
	input, cfg := sample(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	out := filepath.Join(t.TempDir(), "out")
	if _, err := Build(ctx, Options{Input: input, Out: out, Config: cfg, Today: today}); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	ents, _ := os.ReadDir(filepath.Dir(out))
	if len(ents) != 0 {
		t.Errorf("an interrupted build left %v", ents)
	}
}

// TestPrintPagesAreEachPupilsOwn: the pages Result.PrintPages gives a
// pupil's document in a print file read exactly as that pupil's own file,
// with one pupil failing so the others move up; the pages between are the
// blank backs of double-sided printing, and the last document ends the file.
func TestPrintPagesAreEachPupilsOwn(t *testing.T) {
	input, cfg := sample(t)
	if !cfg.Print.Duplex {
		t.Fatal("the sample school prints double-sided; this test needs it to")
	}
	s, _ := Check(Options{Input: input, Config: cfg, Today: today})
	victim := s.Pupils[2].ID
	beforePupil = func(kind string, p *plan.Pupil) {
		if p.ID == victim && kind == KindReviewPack {
			panic("simulated fault")
		}
	}
	// Batches of five: each print file is joined from several.
	defaultSize := batchSize
	batchSize = 5
	t.Cleanup(func() { beforePupil, batchSize = nil, defaultSize })
	out := filepath.Join(t.TempDir(), "out")
	res := build(t, input, cfg, out)
	pages := map[string]int{}
	for _, f := range res.Manifest.Files {
		pages[f.Path] = f.Pages
	}
	own := map[string]int{}  // documents of a kind seen per pupil
	next := map[string]int{} // the first page not yet accounted for, per file
	kinds := map[string]int{}
	for _, pp := range res.PrintPages {
		kinds[pp.Kind]++
		if pp.Pupil.ID == victim {
			t.Errorf("%s pages %d-%d are given to the pupil who failed", pp.File, pp.First, pp.Last)
		}
		name := map[string]string{KindPlan: "plan.pdf", KindReviewPack: "review-pack.pdf"}[pp.Kind]
		if pp.Kind == KindLetter {
			own[pp.Pupil.ID]++
			name = "letter-" + itoa(own[pp.Pupil.ID]) + ".pdf"
		}
		rel := pupilDir(pp.Pupil) + "/" + name
		if pp.Last-pp.First+1 != pages[rel] {
			t.Errorf("%s pages %d-%d for %s, which has %d pages", pp.File, pp.First, pp.Last, rel, pages[rel])
		}
		file := filepath.Join(out, filepath.FromSlash(pp.File))
		got := pdfText(t, file, "-f", itoa(pp.First), "-l", itoa(pp.Last))
		if want := pdfText(t, filepath.Join(out, filepath.FromSlash(rel))); got != want {
			t.Errorf("%s pages %d-%d do not read as %s:\n%.200q\nwant\n%.200q", pp.File, pp.First, pp.Last, rel, got, want)
		}
		if pp.First%2 != 1 {
			t.Errorf("%s: %s starts on page %d, a back", pp.File, rel, pp.First)
		}
		for p := max(next[pp.File], 1); p < pp.First; p++ {
			if blank := pdfText(t, file, "-f", itoa(p), "-l", itoa(p)); !strings.Contains(blank, "intentionally blank") {
				t.Errorf("%s page %d belongs to no document and is not a blank back: %.80q", pp.File, p, blank)
			}
		}
		next[pp.File] = pp.Last + 1
	}
	n := len(s.Pupils) - 1
	if kinds[KindPlan] != n || kinds[KindReviewPack] != n || kinds[KindLetter] < n {
		t.Errorf("documents listed by kind: %v; want a plan and a review pack for each of the %d pupils built, and their letters", kinds, n)
	}
	for f, p := range next {
		if p-1 != pages[f] {
			t.Errorf("%s has %d pages; its last document ends on page %d", f, pages[f], p-1)
		}
	}
	if len(next) != 3 {
		t.Errorf("print files listed: %v, want plans, review packs and letters", next)
	}
}
