package pack

import (
	"fmt"
	"path/filepath"
	"testing"

	"planpack/internal/samples"
	"planpack/internal/workbook"
)

// howOftenWordings are the ways schools write How Often, one of each.
var howOftenWordings = []string{
	"3 x 15 min a week", "3x20mins a week", "3 × 15 min a week", "2 x 10 min daily",
	"10 min per day", "10 min each day", "15 minutes every day", "every weekday 10 min",
	"1 hour weekly", "30 mins fortnightly", "1 hour every 2 weeks", "20 min monthly",
	"45 minutes termly", "1 hr 15 min a week", "1.5 hours a week", "4 times a week for 20 minutes",
	"once a week, 30 min", "twice a week, 20 min", "three times a week, 10 minutes",
	"2-3 times a week, 20 min", "once or twice a week, 20 min", "20-30 min daily",
	"half an hour twice a week", "30 minute sessions", "daily", "ongoing", "as needed",
}

// TestHowOftenWordingsBuildTheSamePackTwice gives every wording to two
// pupils' targets in one group, so it reaches the provision map and a
// group's tracking grid, and builds the school twice: every file must
// come out byte for byte the same.
func TestHowOftenWordingsBuildTheSamePackTwice(t *testing.T) {
	school := samples.School()
	type slot struct{ pupil, target int }
	var slots []slot
	for i, p := range school.Pupils {
		for j := range p.Targets {
			slots = append(slots, slot{i, j})
		}
	}
	n := len(howOftenWordings)
	if len(slots) < 2*n {
		t.Fatalf("the sample school has %d targets, want at least %d", len(slots), 2*n)
	}
	for k, w := range howOftenWordings {
		for _, s := range []slot{slots[k], slots[k+n]} {
			tg := school.Pupils[s.pupil].Targets[s.target]
			tg.HowOften, tg.Group = w, fmt.Sprintf("How often %02d", k+1)
		}
	}
	input, cfg := sample(t)
	if err := workbook.Write(input, school, workbook.Options{}); err != nil {
		t.Fatal(err)
	}
	a := build(t, input, cfg, filepath.Join(t.TempDir(), "a"))
	b := build(t, input, cfg, filepath.Join(t.TempDir(), "b"))
	groups := 0
	for _, f := range a.Manifest.Files {
		if f.Kind == KindGroup {
			groups++
		}
	}
	if groups < n {
		t.Errorf("%d group plans, want at least one for each of the %d wordings", groups, n)
	}
	if len(a.Manifest.Files) != len(b.Manifest.Files) {
		t.Fatalf("%d files, then %d", len(a.Manifest.Files), len(b.Manifest.Files))
	}
	for i := range a.Manifest.Files {
		if fa, fb := a.Manifest.Files[i], b.Manifest.Files[i]; fa.Path != fb.Path || fa.SHA256 != fb.SHA256 {
			t.Errorf("differs between builds: %s %s, then %s %s", fa.Path, fa.SHA256, fb.Path, fb.SHA256)
		}
	}
}
