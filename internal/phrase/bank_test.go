package phrase

import (
	"strings"
	"testing"
)

// A bank file a person edited wrongly is refused with the line and kind
// to fix, not run with an entry missing.
func TestParseBankRefusesBadLines(t *testing.T) {
	for _, c := range []struct{ tsv, want string }{
		{"kind\tmatch\texcept\tsentence\nturns\t\\bturns\\b\ttake turns\n", "line 2: 3 fields"},
		{"kind\tmatch\texcept\tsentence\nok\t\\bok\\b\t\tsay ok\nturns\t(take turns\t\ttake turns\n", "line 3 (turns): match \"(take turns\""},
		{"kind\tmatch\texcept\tsentence\nturns\t\\bturns\\b\t[talk\ttake turns\n", "line 2 (turns): except \"[talk\""},
		{"kind\tmatch\texcept\tsentence\nturns\t\t\ttake turns\n", "line 2 (turns): match \"\""},
	} {
		_, err := parseBank(c.tsv)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("parseBank(%q) = %v, want an error with %q", c.tsv, err, c.want)
		}
	}
}

// The bank's sentence stands in only where the sentence made from the
// staff's words is refused, and only for wording its match finds and its
// except does not.
func TestBankFallback(t *testing.T) {
	r := New(nil)
	var err error
	r.bank, err = parseBank("kind\tmatch\texcept\tsentence\n" +
		"turns-games\t\\btak(?:e|es|ing) turns?\\b\t\\b(?:talk|speak|conversation)\ttake turns in a game with other children\n")
	if err != nil {
		t.Fatal(err)
	}
	long := "Given a visual cue, STUDENT will take turns in a structured board game with 2 peers, waiting for his turn without grabbing, in 4/5 opportunities across 3 consecutive weeks as recorded in the observation log."
	for _, c := range []struct {
		name, text, target, success string
	}{
		// Refused as made (over 16 words, a staff measure): the bank's.
		{"refused", long, "I will take turns in a game with other children.", "I can take turns in a game with other children."},
		// Made from the staff's words and vouched for: the bank stays out.
		{"vouched", "Jo will take turns in a board game with a partner.", "I will take turns in a board game with a partner.", "I can take turns in a board game with a partner."},
		// Turns in talk are not turns in a game: the safe sentence.
		{"except", "STUDENT will take turns to speak in a small-group conversation about a shared topic of his choosing, waiting for a pause before he joins in, in 4/5 opportunities as recorded in the observation log.", SafeTarget, SafeSuccess},
	} {
		w := r.TargetWording(c.text, "Jo")
		got, unsure := w.Sentence, w.Unsure
		if wantKind := map[bool]string{true: "turns-games"}[c.name == "refused"]; w.Kind != wantKind {
			t.Errorf("%s: kind %q, want %q", c.name, w.Kind, wantKind)
		}
		if c.name == "refused" && (w.Draft == "" || w.Draft == w.Sentence) {
			t.Errorf("%s: the refused sentence is not kept as the draft: %+v", c.name, w)
		}
		if got != c.target {
			t.Errorf("%s: target %q (unsure %q), want %q", c.name, got, unsure, c.target)
		}
		if (got == SafeTarget) != (unsure != "") {
			t.Errorf("%s: target %q with unsure %q", c.name, got, unsure)
		}
		if got := r.SuccessWording(c.text, "Jo").Sentence; got != c.success {
			t.Errorf("%s: success %q, want %q", c.name, got, c.success)
		}
	}
	if k, _ := r.BankKind(long); k != "turns-games" {
		t.Errorf("BankKind = %q, want turns-games", k)
	}
	// A bank sentence the self-check refuses is never printed.
	r.bank, _ = parseBank("kind\tmatch\texcept\tsentence\nbad\t\\bturns\\b\t\ttake turns 4 out of 5 times\n")
	if w := r.TargetWording(long, "Jo"); w.Sentence != SafeTarget || w.Unsure == "" || w.Kind != "" {
		t.Errorf("a refused bank sentence: %+v", w)
	}
}

// Every sentence in the bank reads right after "I will" and "I can", passes
// the self-check the rewriter's own sentences pass, and is short; every
// kind is named once.
func TestBankSentences(t *testing.T) {
	r := New(nil)
	if len(r.bank) == 0 {
		t.Fatal("the bank is empty")
	}
	seen := map[string]bool{}
	for _, e := range r.bank {
		if seen[e.kind] {
			t.Errorf("kind %q is in the bank twice", e.kind)
		}
		seen[e.kind] = true
		for _, prefix := range []string{"I will ", "I can "} {
			s := prefix + e.sentence + "."
			if why := r.vouch(s, prefix, nil); why != "" {
				t.Errorf("%s: %q is refused: %s", e.kind, s, why)
			}
		}
		if n := len(words(e.sentence)); n > MaxWords-2 {
			t.Errorf("%s: %q is %d words", e.kind, e.sentence, n)
		}
		if e.sentence != strings.TrimSpace(e.sentence) || strings.HasSuffix(e.sentence, ".") || strings.HasPrefix(e.sentence, "I ") {
			t.Errorf("%s: %q must be the sentence without I will/I can and the full stop", e.kind, e.sentence)
		}
	}
}

// The bank reads the staff's own wording, whatever its case, quotes and
// spacing: a slash and an "e.g." are still there for its expressions.
func TestBankReadsTheStaffWording(t *testing.T) {
	r := New(nil)
	var err error
	r.bank, err = parseBank("kind\tmatch\texcept\tsentence\n" +
		"first-then\t\\bfirst/then board\\b\t\\be\\.g\\.\tuse my first and then board\n" +
		"quoted\t'help' card\t\tshow my help card when I need help\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"Sam will use his First/Then  board to move between activities", "first-then"},
		{"Sam will use his first/then board, e.g. work then play", ""},
		{"Sam will show his ‘help’ card", "quoted"},
	} {
		if got, _ := r.BankKind(c.text); got != c.want {
			t.Errorf("BankKind(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
