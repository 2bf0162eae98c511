package render

import (
	"strings"
	"testing"
)

// A carried-forward target is marked as such on every document that lists
// targets, and no other target is.
func TestCarriedForwardIsMarkedOnEveryDocument(t *testing.T) {
	t.Parallel()
	p := realisticPupil() // target 2 is carried forward
	for _, tc := range []struct {
		kind string
		want string // next to target 2 only
		mark string // how often the mark appears
		n    int
	}{
		{"my-plan", "I will read 20 tricky words by myself. I am still working on this from last term.", "still working on this", 1},
		// Evidence sheet, and the child's self-review.
		{"review-pack", "Target To read 20 common exception words on sight Carried forward Carried forward from last term. Last outcome: partly. Reads 14 of 20 words; keep going.", "from last term", 2},
		{"review-pack", "Target 2 (carried forward): To read 20 common exception words on sight", "(carried forward)", 1},
		{"review-pack", "2. I will read 20 tricky words by myself. I am still working on this from last term.", "still working on this", 1},
		// The class copy lists this pupil and a classmate with the same
		// targets.
		{"class", "2. To read 20 common exception words on sight (carried forward)", "(carried forward)", 2},
	} {
		text := flat(pdftotext(t, renderKind(t, testConfig(), tc.kind, p, "iep"), "-raw"))
		if !strings.Contains(text, tc.want) {
			t.Errorf("%s lacks %q:\n%s", tc.kind, tc.want, text)
		}
		if got := strings.Count(text, tc.mark); got != tc.n {
			t.Errorf("%s: %q appears %d times, want %d", tc.kind, tc.mark, got, tc.n)
		}
	}
}
