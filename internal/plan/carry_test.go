package plan

import (
	"strings"
	"testing"

	"planpack/internal/config"
	"planpack/internal/diag"
)

// reviewsHeader is the Reviews sheet as next-term.xlsx writes it: the
// outcome columns, then last term's target in full.
var reviewsHeader = []string{"Pupil ID", "Target No", "Target", "Outcome", "Rating", "Comment", "Carry Forward",
	"Area", "Child Target", "Success Criteria", "Baseline", "Provision", "Who", "How Often", "Cost"}

// numberLine is a whole Reviews row for a target that is not on the
// school() Targets sheet, numbered 1 as last term had it.
func numberLine(carry string) []string {
	return []string{"1001", "1", "To use a number line to add two single-digit numbers", "not yet", "1", "Needs the line in front of him", carry,
		"C&L", "I will add on a number line.", "Adds 8 of 10 sums on a number line", "Adds with fingers to 5", "Number line on desk", "Mrs Khan (TA)", "3 x 10 min a week", "12.50"}
}

func TestCarriedTargetIsPairedByWordingNeverByNumber(t *testing.T) {
	w := school()
	w.add("Reviews", [][]string{
		reviewsHeader,
		// Last term's target 1 is not this term's target 1: it joins the
		// plan after this term's targets.
		numberLine("Y"),
		// The same wording but for punctuation and case: this term's
		// target 2, silently.
		{"1001", "2", "sami will ask an adult for help, when he is stuck.", "partly", "2", "Getting there", "Y"},
		// Not carried: "Last time" only, even with this term's wording.
		{"1002", "1", "To take turns in a game with 2 other children", "achieved", "3", "", "N"},
		{"1002", "2", "To write 3 sentences with a pencil grip", "partly", "", "", "Y"},
	})
	s, probs, dir := w.load(t, Options{})
	if len(probs) != 0 {
		t.Fatalf("problems:\n%s", report(probs, dir))
	}
	sami, zoe := s.Pupils[0], s.Pupils[1]
	if len(sami.Targets) != 3 {
		t.Fatalf("Sami has %d targets, want 3 (this term's two, then the carried one)", len(sami.Targets))
	}
	if t1 := sami.Targets[0]; t1.CarriedForward || t1.Previous != nil || t1.Text != "To read 20 of the first 100 high frequency words" {
		t.Errorf("this term's target 1 took last term's target 1 by its number: %+v", t1)
	}
	if t2 := sami.Targets[1]; !t2.CarriedForward || t2.Previous == nil || t2.Previous.Outcome != Partly || t2.Previous.Comment != "Getting there" {
		t.Errorf("the same wording was not paired: %+v", t2)
	}
	made := sami.Targets[2]
	want := Target{
		No: 3,
		TargetDetails: TargetDetails{
			Area:        CognitionLearning,
			Text:        "To use a number line to add two single-digit numbers",
			ChildTarget: "I will add on a number line.",
			Success:     "Adds 8 of 10 sums on a number line",
			Baseline:    "Adds with fingers to 5",
			Provision:   "Number line on desk",
			Who:         "Mrs Khan (TA)",
			HowOften:    "3 x 10 min a week",
			Cost:        12.5,
		},
		IWill:          "I will add on a number line.",
		CarriedForward: true,
	}
	got := *made
	got.Previous, got.Pos, got.ICan = nil, diag.Pos{}, ""
	if got != want {
		t.Errorf("carried target made from its Reviews row:\n got %+v\nwant %+v", got, want)
	}
	if made.Previous == nil || made.Previous.Outcome != NotYet || made.Previous.Comment != "Needs the line in front of him" {
		t.Errorf("made target's review = %+v", made.Previous)
	}
	if made.ICan == "" || !strings.HasPrefix(made.ICan, "I can ") {
		t.Errorf("made target has no child success sentence: %q", made.ICan)
	}
	if zoe.Targets[0].CarriedForward || zoe.Targets[0].Previous != nil {
		t.Errorf("a review with Carry Forward = N marked a target: %+v", zoe.Targets[0])
	}
	if !zoe.Targets[1].CarriedForward || zoe.Targets[1].Previous.TargetNo != 2 {
		t.Errorf("Zoë's target 2 not carried: %+v", zoe.Targets[1])
	}
	if len(zoe.Targets) != 2 || len(zoe.Reviews) != 2 {
		t.Errorf("Zoë: %d targets, %d reviews; want 2 and 2", len(zoe.Targets), len(zoe.Reviews))
	}
}

func TestNearlyTheSameWordingIsPairedAndSaidSo(t *testing.T) {
	w := school()
	w.add("Reviews", [][]string{
		reviewsHeader,
		// A slip ("frequncy"), a hyphen and a plural: the same target.
		{"1001", "4", "To read 20 of the first 100 high-frequncy word", "partly", "2", "", "Y"},
	})
	s, probs, dir := w.load(t, Options{})
	if probs.HasErrors() {
		t.Fatalf("errors:\n%s", report(probs, dir))
	}
	sami := s.Pupils[0]
	if len(sami.Targets) != 2 || !sami.Targets[0].CarriedForward || sami.Targets[0].Previous.TargetNo != 4 {
		t.Fatalf("near wording not paired with target 1: %d targets, first %+v", len(sami.Targets), sami.Targets[0])
	}
	got := report(probs, dir)
	want := `input.xlsx: Reviews!C2 (Target): warning: carried forward as this term's target 1 (Targets!D2 "To read 20 of the first 100 high frequency words"), whose wording is nearly the same`
	if !strings.Contains(got, want) {
		t.Errorf("check does not say which two it paired; want\n%s\ngot\n%s", want, got)
	}
}

func TestOtherNumbersMakeAnotherTarget(t *testing.T) {
	w := school()
	row := numberLine("Y")
	row[2] = "To read 10 of the first 100 high frequency words"
	w.add("Reviews", [][]string{reviewsHeader, row})
	s, probs, dir := w.load(t, Options{})
	if probs.HasErrors() {
		t.Fatalf("errors:\n%s", report(probs, dir))
	}
	sami := s.Pupils[0]
	if len(sami.Targets) != 3 || sami.Targets[0].CarriedForward || !sami.Targets[2].CarriedForward {
		t.Fatalf("read 10 words was paired with read 20 words: %d targets", len(sami.Targets))
	}
	want := `input.xlsx: Reviews!C2 (Target): warning: carried forward as a target of its own, after this term's: this term's target 1 (Targets!D2 "To read 20 of the first 100 high frequency words") has nearly the same words but other numbers; if it replaces this one, write N under Carry Forward`
	if got := report(probs, dir); !strings.Contains(got, want) {
		t.Errorf("want\n%s\ngot\n%s", want, got)
	}
}

func TestCarriedTargetOverMaxIsAnErrorAtItsRow(t *testing.T) {
	w := school()
	w.add("Reviews", [][]string{reviewsHeader, numberLine("Y")})
	cfg := config.Default()
	cfg.Plans.MaxTargets = 2
	_, probs, dir := w.load(t, Options{Config: cfg})
	got := report(probs, dir)
	want := `input.xlsx: Reviews!G2 (Carry Forward): target 1 "To use a number line to add two single-digit numbers" is carried forward, but pupil "1001" has 2 targets on the Targets sheet and 1 carried forward after them, more than plans.max_targets (2); write N under Carry Forward, take a target off the Targets sheet, or raise plans.max_targets in planpack.toml`
	if !strings.Contains(got, want) {
		t.Errorf("want\n%s\ngot\n%s", want, got)
	}
	if strings.Contains(got, "Pupils!2") {
		t.Errorf("the count is reported at the pupil too:\n%s", got)
	}

	// Not carried, it is no target and nothing is over.
	w.add("Reviews", [][]string{reviewsHeader, numberLine("N")})
	if _, probs, dir := w.load(t, Options{Config: cfg}); len(probs) != 0 {
		t.Errorf("a review not carried forward gave:\n%s", report(probs, dir))
	}
}

func TestCloseWording(t *testing.T) {
	for _, tc := range []struct {
		name  string
		a, b  string
		close bool
	}{
		{"number word for digit, no lead-in", "To use a number line to add two single-digit numbers", "Use a number line to add 2 single digit numbers", true},
		{"the child's name and pronouns are not the target", "Sami will ask an adult for help when he is stuck", "To ask an adult for help when stuck", true},
		{"a one-letter slip", "To write 3 sentences using capital letters and full stops", "To write 3 sentences using capital leters and full stops", true},
		{"the same words in another order", "To add two numbers using a number line", "Using a number line, to add two numbers", true},
		{"other numbers", "To read 40 high-frequency words", "To read 50 high-frequency words", false},
		{"one word changed in six", "To ask an adult for help when stuck", "To ask a friend for help when stuck", false},
		{"the same start, another skill", "To write 3 sentences using capital letters and full stops", "To write 3 sentences using adjectives to describe a character", false},
		{"turned round", "To work with an adult for 10 minutes", "To work without an adult for 10 minutes", false},
		{"one verb in a short target", "To read CVC words", "To write CVC words", false},
		{"a word added to a short target", "To count to 20", "To count to 20 objects", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, pair := range [][2]string{{tc.a, tc.b}, {tc.b, tc.a}} {
				if got := compareWording(pair[0], pair[1], []string{"Samuel", "Sami"}).close(); got != tc.close {
					t.Errorf("%q and %q: close = %v, want %v", pair[0], pair[1], got, tc.close)
				}
			}
		})
	}
}

func TestATargetCarriedTwiceIsAnError(t *testing.T) {
	w := school()
	w.add("Reviews", [][]string{
		reviewsHeader,
		{"1001", "2", "Sami will ask an adult for help when he is stuck", "partly", "2", "", "Y"},
		{"1001", "2", "Sami will ask an adult for help when he is stuck.", "partly", "2", "", "Y"},
	})
	s, probs, dir := w.load(t, Options{})
	want := `input.xlsx: Reviews!C3 (Target): this target is carried forward twice: Reviews!C2 carries it forward too; delete one of the two rows`
	if got := report(probs, dir); !strings.Contains(got, want) {
		t.Errorf("want\n%s\ngot\n%s", want, got)
	}
	if n := len(s.Pupils[0].Targets); n != 2 {
		t.Errorf("Sami has %d targets, want 2: the twice-carried target is on the plan once", n)
	}
}
