package render

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"planpack/internal/plan"
)

func TestProvisionMap(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.Costs.Hourly = map[string]float64{"TA": 18}
	sam, amira := realisticPupil(), realisticPupil()
	amira.LegalForename, amira.PreferredForename, amira.LegalSurname, amira.ID = "Amira", "", "Begum", "1043"
	long := longText(60, "Precision teaching of common exception words with flash cards")
	m := &plan.ProvisionMap{
		Areas: []*plan.ProvisionArea{
			{Area: plan.CognitionLearning, Minutes: plan.Range{Low: 100, High: 100}, TermCost: 300, Lines: []*plan.ProvisionLine{
				{Area: plan.CognitionLearning, Provision: long, Who: "Mrs Khan (TA)", HowOften: "daily 20 min", Group: "Phonics",
					Pupils: []*plan.Pupil{sam, amira}, Minutes: plan.Range{Low: 100, High: 100}, WeeklyCost: 30, Costed: true, TermCost: 300},
			}},
			{Area: plan.CommunicationInteraction, NotCosted: 1, MinutesNotStated: 1, Lines: []*plan.ProvisionLine{
				{Area: plan.CommunicationInteraction, Provision: "Speech therapy", Who: "NHS SALT", HowOften: "fortnightly",
					Pupils: []*plan.Pupil{sam}, NotCosted: `no hourly rate for "NHS SALT"`},
			}},
		},
		Minutes: plan.Range{Low: 100, High: 100}, MinutesNotStated: 1, TermCost: 300, NotCosted: 1,
	}
	d := newTestDoc(t, cfg)
	if err := d.ProvisionMap(m, 10.9); err != nil {
		t.Fatal(err)
	}
	pdf, err := d.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if info := pdfinfo(t, pdf); !regexp.MustCompile(`Page size:\s+841\.89 x 595\.28`).MatchString(info) {
		t.Errorf("the provision map is not A4 landscape:\n%s", info)
	}
	raw := flat(pdftotext(t, pdf, "-raw"))
	for _, want := range []string{
		"Provision map", "Hillside Primary School", "(10.9 weeks)", "TA £18.00 an hour",
		"Cognition and learning", "Phonics group (2): Sam O'Brien (3B), Amira Begum (3B)", "£300.00",
		"Total for Cognition and learning", "not costed", "NHS SALT",
		"The whole school: at least 100 minutes of staff time a week; at least £300.00 this term.",
		"1 line of provision could not be costed",
	} {
		if !strings.Contains(raw, want) {
			t.Errorf("the provision map lacks %q:\n%s", want, raw)
		}
	}
	// The long provision wraps inside its column: every word of it is
	// there, and no line of the page runs past the right margin.
	for _, w := range strings.Fields(long)[:5] {
		if !strings.Contains(raw, w) {
			t.Errorf("provision word %q is missing", w)
		}
	}
	if *look != "" {
		os.WriteFile(filepath.Join(*look, "provision-map.pdf"), pdf, 0o644)
	}
	f := filepath.Join(t.TempDir(), "map.pdf")
	if err := os.WriteFile(f, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("qpdf", "--check", f).CombinedOutput(); err != nil {
		t.Errorf("qpdf --check: %v\n%s", err, out)
	}
	bbox := pdftotext(t, pdf, "-bbox")
	for _, m := range regexp.MustCompile(`xMax="([0-9.]+)"`).FindAllStringSubmatch(bbox, -1) {
		if x := atof(m[1]); x > 841.89-15/25.4*72+0.5 {
			t.Errorf("a word ends at x=%.1f pt, past the right margin", x)
			break
		}
	}
}

func atof(s string) float64 {
	v, _ := strconv.ParseFloat(s, 64)
	return v
}

func TestAmount(t *testing.T) {
	for v, want := range map[float64]string{0: "£0.00", 13.5: "£13.50", 6000: "£6,000.00", 1234567.891: "£1,234,567.89", 999.999: "£1,000.00"} {
		if got := amount("£", v); got != want {
			t.Errorf("amount(%v) = %q, want %q", v, got, want)
		}
	}
}
