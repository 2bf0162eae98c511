package render

import (
	"os"
	"path/filepath"
	"testing"

	"planpack/internal/plan"
	"planpack/templates"
)

// render makes one document kind for p into a fresh Doc.
func renderKind(t testing.TB, kind string, p *plan.Pupil, layout string) []byte {
	t.Helper()
	set, err := templates.Load("")
	if err != nil {
		t.Fatal(err)
	}
	l, err := set.Layout(layout)
	if err != nil {
		t.Fatal(err)
	}
	d, err := NewDoc(testConfig())
	if err != nil {
		t.Fatal(err)
	}
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
	}
	if err != nil {
		t.Fatal(err)
	}
	b, err := d.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var kinds = []string{"plan", "my-plan", "review-pack", "class"}

// TestWriteForLooking writes every document kind to $RENDER_OUT when set,
// for a person to look at.
func TestWriteForLooking(t *testing.T) {
	out := os.Getenv("RENDER_OUT")
	if out == "" {
		return
	}
	for name, p := range map[string]*plan.Pupil{"real": realisticPupil(), "stress": stressPupil()} {
		for _, k := range kinds {
			b := renderKind(t, k, p, "iep")
			if err := os.WriteFile(filepath.Join(out, name+"-"+k+".pdf"), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, l := range []string{"ilp", "itp", "myplan", "myplanplus", "profile"} {
		b := renderKind(t, "plan", realisticPupil(), l)
		os.WriteFile(filepath.Join(out, "layout-"+l+".pdf"), b, 0o644)
	}
}
