package phrase

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzWording feeds the rewriter whatever a spreadsheet cell can hold:
// it must never panic, what it would print is always an "I will …"
// sentence, and a sentence it refused is never printed.
func FuzzWording(f *testing.F) {
	for _, s := range []string{
		"Sam will read 20 tricky words",
		"1. Sam will read 20 words. 2. Sam will write his name.",
		"Sam will:\n- Read 20 tricky words\n- \n•",
		"We would like Sam to [ongoing] by 12/02/2027 - carried forward",
		"Sam will, with support, read",
		"Sam:",
		"'",
		"\r\n:\n-",
	} {
		f.Add(s)
	}
	r := New(nil)
	f.Fuzz(func(t *testing.T, s string) {
		w := r.TargetWording(s, "Sam")
		if !strings.HasPrefix(w.Sentence, "I will ") {
			t.Fatalf("TargetWording(%q).Sentence = %q, not an \"I will\" sentence", s, w.Sentence)
		}
		if w.Unsure != "" && w.Sentence != SafeTarget {
			t.Fatalf("TargetWording(%q) printed %q, which it refused (%s)", s, w.Sentence, w.Unsure)
		}
		if !utf8.ValidString(w.Sentence) || !utf8.ValidString(w.Draft) {
			t.Fatalf("TargetWording(%q) gave text that is not UTF-8", s)
		}
	})
}
