package samples

import (
	"path/filepath"
	"testing"
	"time"

	"planpack/internal/config"
	"planpack/internal/plan"
	"planpack/internal/workbook"
)

// The autumn term filed in the sample's history is the term the spring
// Reviews sheet reviews: the same pupils, and each autumn target is a
// reviewed one, by number and wording, so every outcome pairs with its
// target and no autumn target is left without one.
func TestAutumnIsWhatSpringReviews(t *testing.T) {
	reviewed := map[string][]*plan.Review{}
	for _, p := range School().Pupils {
		if len(p.Reviews) > 0 {
			reviewed[p.ID] = p.Reviews
		}
	}
	// Jayden, Alex, Niamh and Aisha: the four the sample's README names.
	if len(reviewed) != 4 {
		t.Fatalf("%d pupils have reviews in spring, want 4", len(reviewed))
	}
	autumn := Autumn().Pupils
	if len(autumn) != len(reviewed) {
		t.Fatalf("%d pupils in the autumn term, want the %d reviewed in spring", len(autumn), len(reviewed))
	}
	for _, p := range autumn {
		reviews := reviewed[p.ID]
		if len(p.Targets) != len(reviews) {
			t.Errorf("%s: %d autumn targets, %d reviewed in spring", p.Name(), len(p.Targets), len(reviews))
			continue
		}
		for i, tg := range p.Targets {
			if r := reviews[i]; tg.No != r.TargetNo || tg.Text != r.Text {
				t.Errorf("%s: autumn target %d %q, but spring reviews target %d %q", p.Name(), tg.No, tg.Text, r.TargetNo, r.Text)
			}
		}
		if len(p.Reviews) > 0 {
			t.Errorf("%s: the autumn term has reviews; it is the first on record", p.Name())
		}
	}
}

// The autumn workbook and config read back as planpack reads them: the
// autumn term's dates, and no errors and no warnings for its four pupils.
func TestAutumnReadsBack(t *testing.T) {
	cfg, err := config.Parse("planpack.toml", []byte(AutumnConfig()))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Term.Name != AutumnTerm || !cfg.Term.PlanDate.Equal(time.Date(2026, 9, 14, 0, 0, 0, 0, time.UTC)) ||
		!cfg.Term.ReviewDate.Equal(time.Date(2026, 12, 11, 0, 0, 0, 0, time.UTC)) || cfg.History != "history" {
		t.Errorf("autumn config: term %q %v to %v, history %q", cfg.Term.Name, cfg.Term.PlanDate, cfg.Term.ReviewDate, cfg.History)
	}
	path := filepath.Join(t.TempDir(), "input.xlsx")
	if err := workbook.Write(path, Autumn(), workbook.Options{}); err != nil {
		t.Fatal(err)
	}
	s, problems := plan.Load(path, plan.Options{Config: cfg, Today: AutumnPlanDate})
	if len(problems) > 0 {
		t.Errorf("the autumn term has problems:\n%v", problems)
	}
	if s == nil || len(s.Pupils) != 4 {
		t.Fatalf("autumn term read back: %+v", s)
	}
}
