package render

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"planpack/internal/config"
	"planpack/internal/plan"
	"planpack/templates"
)

var (
	update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")
	look   = flag.String("look", "", "also write every rendered PDF to this folder, to look at")
)

// renderKind makes one document kind for p into a fresh Doc.
func renderKind(t testing.TB, cfg *config.Config, kind string, p *plan.Pupil, layout string) []byte {
	t.Helper()
	d := newTestDoc(t, cfg)
	drawKind(t, d, kind, p, layout)
	b, err := d.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if *look != "" {
		name := fmt.Sprintf("%s-%s-%s-%s.pdf", strings.ToLower(p.LegalSurname[:3]), kind, layout, cfg.Print.Paper)
		if err := os.WriteFile(filepath.Join(*look, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

func newTestDoc(t testing.TB, cfg *config.Config) *Doc {
	t.Helper()
	d, err := NewDoc(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func layout(t testing.TB, name string) *templates.Layout {
	t.Helper()
	set, err := templates.Load("")
	if err != nil {
		t.Fatal(err)
	}
	l, err := set.Layout(name)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func drawKind(t testing.TB, d *Doc, kind string, p *plan.Pupil, layoutName string) {
	t.Helper()
	l := layout(t, layoutName)
	var err error
	switch kind {
	case "plan":
		err = d.Plan(p, l)
	case "my-plan":
		err = d.MyPlan(p, l)
	case "review-pack":
		err = d.ReviewPack(p, l)
	case "class":
		q := *p
		q.LegalForename, q.PreferredForename, q.LegalSurname = "Amira", "", "Begum"
		err = d.Class(p.RegGroup, []*plan.Pupil{p, &q})
	default:
		t.Fatalf("unknown kind %q", kind)
	}
	if err != nil {
		t.Fatal(err)
	}
}

var kinds = []string{"plan", "my-plan", "review-pack", "class"}

// pdftotext runs poppler's pdftotext with args on pdf and returns stdout.
func pdftotext(t testing.TB, pdf []byte, args ...string) string {
	t.Helper()
	f := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(f, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", append(args, f, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext %v: %v", args, err)
	}
	return string(out)
}

// flat collapses all white space, so wrapped sentences can be searched.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

func pages(t testing.TB, pdf []byte) int {
	t.Helper()
	info := pdfinfo(t, pdf)
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(info)
	if m == nil {
		t.Fatalf("pdfinfo gave no page count:\n%s", info)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

func pdfinfo(t testing.TB, pdf []byte) string {
	t.Helper()
	f := filepath.Join(t.TempDir(), "doc.pdf")
	os.WriteFile(f, pdf, 0o644)
	out, err := exec.Command("pdfinfo", f).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfinfo: %v\n%s", err, out)
	}
	return string(out)
}

func TestPlanText(t *testing.T) {
	t.Parallel()
	p := realisticPupil()
	pdf := renderKind(t, testConfig(), "plan", p, "iep")
	// Raw order keeps each table cell's lines together, so wrapped
	// sentences can be found whole.
	text := flat(pdftotext(t, pdf, "-raw"))
	for _, want := range []string{
		"Hillside Primary School", "Individual Education Plan", "Sam O'Brien", "Samuel O'Brien",
		"04/10/2018", "Year 3", "SEN support", "Specific learning difficulty", "Mrs Khan (teaching assistant)",
		"9 January 2027", "26 March 2027", "Kind to younger children", "My dog Max",
		"Target 2 — Cognition and learning (carried forward)", "Last outcome: partly.",
		"Speech and language therapy", "I like reading about dinosaurs", "Parent and carer views",
		"Monitoring and review", "SENCo (Mrs J Patel)", "Parent or carer", "Pupil (Sam)",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("plan lacks %q", want)
		}
	}
	for i, tg := range p.Targets {
		for _, want := range []string{tg.Text, tg.Success, tg.Provision, tg.Baseline, tg.Evidence, "Who: " + tg.Who, "How often: " + tg.HowOften} {
			if !strings.Contains(text, flat(want)) {
				t.Errorf("plan lacks target %d's %q", i+1, want)
			}
		}
	}
	// Strengths and interests sit beside the targets they underpin.
	if !strings.Contains(text, "Builds on Good at building with Lego; Great memory for facts; Dinosaurs; Drawing comics") {
		t.Errorf("target 1 does not build on the pupil's learning strengths:\n%s", text)
	}
	if !strings.Contains(text, "Builds on Kind to younger children") {
		t.Error("target 3 (communication) does not build on 'Kind to younger children'")
	}
}

func TestMyPlanText(t *testing.T) {
	t.Parallel()
	p := realisticPupil()
	pdf := renderKind(t, testConfig(), "my-plan", p, "iep")
	text := flat(pdftotext(t, pdf, "-raw"))
	for _, want := range []string{"My Plan", "My targets", "Sam"} {
		if !strings.Contains(text, want) {
			t.Errorf("my plan lacks %q", want)
		}
	}
	if strings.Contains(text, "Samuel") || strings.Contains(text, "O'Brien") {
		t.Error("the child's page should use the preferred forename only")
	}
	for i, tg := range p.Targets {
		if n := strings.Count(text, tg.IWill); n != 1 {
			t.Errorf("target %d: %q appears %d times, want once", i+1, tg.IWill, n)
		}
		if !strings.Contains(text, tg.ICan) {
			t.Errorf("target %d: lacks %q", i+1, tg.ICan)
		}
	}
	// "I will" starts each target and the success prompt, nothing else.
	if got, want := strings.Count(text, "I will"), 2*len(p.Targets); got != want {
		t.Errorf(`"I will" appears %d times, want %d (one target and one prompt per target)`, got, want)
	}
	for _, prompt := range []string{"I will know I've done it when I can …", "Who is going to help me?", "Have I done it?"} {
		if got := strings.Count(text, prompt); got != len(p.Targets) {
			t.Errorf("%q appears %d times, want %d", prompt, got, len(p.Targets))
		}
	}
}

func TestReviewPackSheetsAndFooters(t *testing.T) {
	t.Parallel()
	p := realisticPupil()
	pdf := renderKind(t, testConfig(), "review-pack", p, "iep")
	n := pages(t, pdf)
	layoutText := pdftotext(t, pdf, "-layout")
	pageTexts := strings.Split(strings.TrimRight(layoutText, "\f"), "\f")
	if len(pageTexts) != n {
		t.Fatalf("%d pages of text for %d pages", len(pageTexts), n)
	}
	for i, pt := range pageTexts {
		want := fmt.Sprintf("page %d of %d", i+1, n)
		if !strings.Contains(pt, want) {
			t.Errorf("page %d lacks %q", i+1, want)
		}
		if !strings.Contains(pt, "Sam O'Brien (3B)") {
			t.Errorf("page %d's footer does not name the pupil", i+1)
		}
	}
	for i := range p.Targets {
		sheet := fmt.Sprintf("Evidence sheet — target %d", i+1)
		// Once as the heading, once in the footer of each of its pages.
		if !strings.Contains(pageTexts[i], sheet) || strings.Count(layoutText, sheet) < 2 {
			t.Errorf("no evidence sheet for target %d on page %d", i+1, i+1)
		}
	}
	if strings.Count(layoutText, "Evidence sheet — target") != 2*len(p.Targets) {
		t.Errorf("want exactly one evidence sheet page per target")
	}
	raw := flat(pdftotext(t, pdf, "-raw"))
	for _, want := range []string{"Self-review", "Parent and carer views", "Review meeting record", "Achieved", "Partly", "Not yet", "Carry forward", "Who attended", "Date of next review", "What happened", "Initials"} {
		if !strings.Contains(raw, want) {
			t.Errorf("review pack lacks %q", want)
		}
	}
	for _, tg := range p.Targets {
		if !strings.Contains(raw, flat(tg.Success)) || !strings.Contains(raw, tg.IWill) {
			t.Errorf("review pack lacks target %d's success criteria or child wording", tg.No)
		}
	}
}

func TestClassText(t *testing.T) {
	t.Parallel()
	p := realisticPupil()
	pdf := renderKind(t, testConfig(), "class", p, "iep")
	if info := pdfinfo(t, pdf); !regexp.MustCompile(`Page size:\s+841\.89 x 595\.28`).MatchString(info) {
		t.Errorf("class master copy is not A4 landscape:\n%s", info)
	}
	text := pdftotext(t, pdf, "-layout")
	pageTexts := strings.Split(strings.TrimRight(text, "\f"), "\f")
	for i, pt := range pageTexts {
		if !strings.Contains(pt, "Pupil") || !strings.Contains(pt, "Provision") {
			t.Errorf("page %d has no table header", i+1)
		}
	}
	raw := flat(pdftotext(t, pdf, "-raw"))
	for _, want := range []string{"Class master copy — 3B", "Class teacher: Mr Evans", "Sam O'Brien", "Amira Begum", "26/03/2027"} {
		if !strings.Contains(raw, want) {
			t.Errorf("class copy lacks %q", want)
		}
	}
	for _, tg := range p.Targets {
		if strings.Count(raw, flat(tg.Text)) != 2 {
			t.Errorf("target %q should appear once for each of the two pupils", tg.Text)
		}
	}
}

func TestNoUPNAnywhere(t *testing.T) {
	t.Parallel()
	p := realisticPupil()
	for _, kind := range kinds {
		t.Run(kind, func(t *testing.T) {
			d := newTestDoc(t, testConfig())
			d.pdf.SetCompression(false) // so the bytes can be searched
			drawKind(t, d, kind, p, "iep")
			b, err := d.Bytes()
			if err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(b, []byte(testUPN)) {
				t.Error("UPN in the PDF bytes")
			}
			info := pdfinfo(t, b)
			if strings.Contains(pdftotext(t, b, "-layout"), testUPN) || strings.Contains(info, testUPN) {
				t.Error("UPN in the text or metadata")
			}
			if !strings.Contains(info, "Author:          Hillside Primary School") {
				t.Errorf("author is not the school:\n%s", info)
			}
		})
	}
}

func TestDeterministicAndValid(t *testing.T) {
	t.Parallel()
	for _, kind := range kinds {
		t.Run(kind, func(t *testing.T) {
			a := renderKind(t, testConfig(), kind, realisticPupil(), "iep")
			b := renderKind(t, testConfig(), kind, realisticPupil(), "iep")
			if !bytes.Equal(a, b) {
				t.Error("two renders of the same pupil differ")
			}
			f := filepath.Join(t.TempDir(), "doc.pdf")
			os.WriteFile(f, a, 0o644)
			if out, err := exec.Command("qpdf", "--check", f).CombinedOutput(); err != nil {
				t.Errorf("qpdf --check: %v\n%s", err, out)
			}
			info := pdfinfo(t, a)
			if !strings.Contains(info, "CreationDate:    Sat Jan  9 00:00:00 2027") {
				t.Errorf("creation date is not the plan date:\n%s", info)
			}
		})
	}
}

func TestDuplexStartsDocumentsOnOddPages(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		duplex     bool
		wantBlanks int
	}{
		{"duplex adds a blank page after an odd-length plan", true, 1},
		{"single-sided never adds blank pages", false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := testConfig()
			cfg.Print.Duplex = tt.duplex
			d := newTestDoc(t, cfg)
			l := layout(t, "iep")
			var starts []int
			for range 2 {
				d.StartDocument()
				starts = append(starts, d.Pages()+1)
				if err := d.Plan(realisticPupil(), l); err != nil {
					t.Fatal(err)
				}
			}
			b, err := d.Bytes()
			if err != nil {
				t.Fatal(err)
			}
			text := pdftotext(t, b, "-layout")
			if got := strings.Count(text, "This page is intentionally blank"); got != tt.wantBlanks {
				t.Errorf("%d blank pages, want %d", got, tt.wantBlanks)
			}
			if tt.duplex && starts[1]%2 != 1 {
				t.Errorf("second plan starts on page %d, want an odd page", starts[1])
			}
			// Each plan counts its own pages.
			if !strings.Contains(text, "page 3 of 3") || strings.Contains(text, "page 4 of") {
				t.Errorf("page numbers run across documents:\n%s", text)
			}
		})
	}
}

func TestPaperAndStyle(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		set      func(*config.Config)
		wantSize string
		wantIn   string // in the uncompressed content
	}{
		{"A4 by default", func(*config.Config) {}, "595.28 x 841.89", ""},
		{"US Letter from config", func(c *config.Config) { c.Print.Paper = "Letter" }, "612 x 792", ""},
		{"cream background fills the page", func(c *config.Config) { c.Style.Background = "cream" }, "595.28 x 841.89", "0.992 0.965 0.890 rg"},
		{"large print is 16 point", func(c *config.Config) { c.Style.LargePrint = true }, "595.28 x 841.89", "16.00 Tf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := testConfig()
			tt.set(cfg)
			d := newTestDoc(t, cfg)
			d.pdf.SetCompression(false)
			drawKind(t, d, "plan", realisticPupil(), "iep")
			b, err := d.Bytes()
			if err != nil {
				t.Fatal(err)
			}
			if info := pdfinfo(t, b); !strings.Contains(info, tt.wantSize) {
				t.Errorf("page size: want %s in\n%s", tt.wantSize, info)
			}
			if tt.wantIn != "" && !bytes.Contains(b, []byte(tt.wantIn)) {
				t.Errorf("content lacks %q", tt.wantIn)
			}
		})
	}
}

func TestEveryLayoutRenders(t *testing.T) {
	t.Parallel()
	for _, name := range config.PlanTypes {
		t.Run(name, func(t *testing.T) {
			l := layout(t, name)
			pdf := renderKind(t, testConfig(), "plan", realisticPupil(), name)
			text := flat(pdftotext(t, pdf, "-raw"))
			if !strings.Contains(text, l.Title) {
				t.Errorf("plan lacks its title %q", l.Title)
			}
			if name == "profile" && pages(t, pdf) != 1 {
				t.Errorf("the one-page profile of an ordinary pupil takes %d pages", pages(t, pdf))
			}
			// Person-centred layouts may show only the child's wording.
			for _, tg := range realisticPupil().Targets {
				if !strings.Contains(text, flat(tg.Text)) && !strings.Contains(text, tg.IWill) {
					t.Errorf("plan lacks target %q", tg.Text)
				}
			}
		})
	}
}

func TestUnprintableTextNeverPanics(t *testing.T) {
	t.Parallel()
	p := realisticPupil()
	p.PreferredForename = "Zoë 😀\x07"
	p.Needs = strings.Repeat("日本語 \r\n\t", 50)
	p.Targets[0].Text = strings.Repeat("x", 2000) // one word wider than any page
	for _, kind := range kinds {
		pdf := renderKind(t, testConfig(), kind, p, "iep")
		if pages(t, pdf) < 1 {
			t.Errorf("%s: no pages", kind)
		}
	}
}

func TestGolden(t *testing.T) {
	t.Parallel()
	for _, kind := range kinds {
		t.Run(kind, func(t *testing.T) {
			pdf := renderKind(t, testConfig(), kind, realisticPupil(), "iep")
			got := pdftotext(t, pdf, "-layout")
			path := filepath.Join("testdata", kind+".golden")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s; if the change is intended, run go test -update and review the diff", kind, path)
			}
		})
	}
}

func BenchmarkPlan(b *testing.B) {
	cfg := testConfig()
	l := layout(b, "iep")
	p := realisticPupil()
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		d, err := NewDoc(cfg)
		if err != nil {
			b.Fatal(err)
		}
		if err := d.Plan(p, l); err != nil {
			b.Fatal(err)
		}
		buf.Reset()
		if err := d.Write(&buf); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/plan")
}

func TestReviewPackFootersKeepTheSheetWithLongNames(t *testing.T) {
	t.Parallel()
	p := stressPupil()
	pdf := renderKind(t, testConfig(), "review-pack", p, "iep")
	n := pages(t, pdf)
	texts := strings.Split(strings.TrimRight(pdftotext(t, pdf, "-layout"), "\f"), "\f")
	sheet := regexp.MustCompile(`· (Evidence sheet — target [1-4]|Self-review|Parent and carer views|Review meeting record)\s+page (\d+) of (\d+)\s*$`)
	for i, pt := range texts {
		m := sheet.FindStringSubmatch(pt)
		if m == nil {
			t.Errorf("page %d footer lacks the sheet or page number:\n%s", i+1, pt[max(0, len(pt)-200):])
			continue
		}
		if m[2] != strconv.Itoa(i+1) || m[3] != strconv.Itoa(n) {
			t.Errorf("page %d footer says page %s of %s", i+1, m[2], m[3])
		}
	}
}

// The build renders pupils in a worker pool: documents made at the same
// time share the embedded font bytes and must come out as if made alone.
func TestConcurrentDocumentsMatchSequential(t *testing.T) {
	t.Parallel()
	want := renderKind(t, testConfig(), "review-pack", realisticPupil(), "iep")
	l := layout(t, "iep")
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			d, err := NewDoc(testConfig())
			if err == nil {
				err = d.ReviewPack(realisticPupil(), l)
			}
			var b []byte
			if err == nil {
				b, err = d.Bytes()
			}
			if err == nil && !bytes.Equal(b, want) {
				err = fmt.Errorf("concurrent render differs from the sequential one")
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestPupilWithoutTargetsHasNoBlankPages(t *testing.T) {
	t.Parallel()
	p := realisticPupil()
	p.Targets = nil
	for _, kind := range kinds {
		pdf := renderKind(t, testConfig(), kind, p, "iep")
		texts := strings.Split(strings.TrimRight(pdftotext(t, pdf, "-layout"), "\f"), "\f")
		for i, pt := range texts {
			// The footer alone is not content.
			if len(strings.Fields(pt)) < 12 {
				t.Errorf("%s page %d is blank:\n%s", kind, i+1, pt)
			}
		}
	}
}

func TestFourTargetsFitSensibly(t *testing.T) {
	t.Parallel()
	tests := []struct {
		kind     string
		maxPages int
	}{
		{"my-plan", 1},     // the child's page is one page
		{"plan", 4},        // about a page a section group, never sprawling
		{"review-pack", 7}, // four evidence sheets and three forms
		{"class", 2},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			pdf := renderKind(t, testConfig(), tt.kind, fourTargetPupil(), "iep")
			if n := pages(t, pdf); n > tt.maxPages {
				t.Errorf("%d pages, want at most %d", n, tt.maxPages)
			}
		})
	}
}

func TestPanicInsideADocumentIsThatDocumentsError(t *testing.T) {
	t.Parallel()
	d := newTestDoc(t, testConfig())
	p := realisticPupil()
	p.Targets = append(p.Targets, nil) // a nil target makes drawing panic
	err := d.Plan(p, layout(t, "iep"))
	if err == nil || !strings.Contains(err.Error(), "plan for Sam O'Brien") {
		t.Errorf("err = %v, want an error naming the pupil", err)
	}
}

// The child's page names the adults, not the job titles staff put after
// their names.
func TestMyPlanWhoWithoutRoles(t *testing.T) {
	t.Parallel()
	for who, want := range map[string]string{
		"Mrs Khan (TA)":                  "Mrs Khan",
		"Mr Ali (HLTA), Mrs Khan (TA)":   "Mr Ali, Mrs Khan",
		"Miss O'Neill (class teacher)":   "Miss O'Neill",
		"HLTA":                           "HLTA",
		"Mrs Khan and the SALT (weekly)": "Mrs Khan and the SALT (weekly)",
	} {
		if got := childWho(who); got != want {
			t.Errorf("childWho(%q) = %q, want %q", who, got, want)
		}
	}
	p := realisticPupil()
	p.Targets[0].Who = "Mr Ali (HLTA), Mrs Khan (TA)"
	text := flat(pdftotext(t, renderKind(t, testConfig(), "my-plan", p, "iep"), "-raw"))
	if !strings.Contains(text, "Who is going to help me? Mr Ali, Mrs Khan") || strings.Contains(text, "HLTA") {
		t.Errorf("my plan should name Mr Ali and Mrs Khan without their titles:\n%s", text)
	}
}
