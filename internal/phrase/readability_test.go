package phrase

import (
	"strings"
	"testing"
)

func TestCountSyllables(t *testing.T) {
	for _, c := range []struct {
		word string
		want int
	}{
		{"I", 1}, {"will", 1}, {"write", 1}, {"makes", 1}, {"jumped", 1},
		{"little", 2}, {"wanted", 2}, {"watches", 2}, {"myself", 2},
		{"sentences", 3}, {"capital", 3},
		{"independently", 5}, {"communication", 5}, {"appropriately", 5},
		{"", 1}, {"10", 1},
	} {
		if got := countSyllables(c.word); got != c.want {
			t.Errorf("countSyllables(%q) = %d, want %d", c.word, got, c.want)
		}
	}
}

func TestReadingAge(t *testing.T) {
	for _, c := range []struct {
		name     string
		sentence string
		min, max float64
	}{
		{"short plain sentence is early reading", "I will read my book.", 5, 6},
		{"spec example is in the 7 to 9 band", "I will use a number line to add two numbers under 10.", 7, 9},
		{"adult wording reads far older", "I will demonstrate comprehension of unfamiliar vocabulary independently.", 16, 40},
		{"empty is the floor", "", 5, 5},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := ReadingAge(c.sentence); got < c.min || got > c.max {
				t.Errorf("ReadingAge(%q) = %.1f, want %.1f–%.1f", c.sentence, got, c.min, c.max)
			}
		})
	}
}

func TestReadability(t *testing.T) {
	r := New(nil)
	cases := []struct {
		name     string
		sentence string
		want     []string // markers, one per expected warning, in order
	}{
		{"fires: more than 16 words", "I will read my book with my mum and dad at home on Monday, Tuesday and Wednesday after tea.", []string{"words is long"}},
		{"not: exactly 16 words", "I will read my book with my mum and dad at home on Monday and Tuesday.", nil},
		{"fires: four-syllable word", "I will work on my communication.", []string{"communication"}},
		{"not: the name of the child's own thing", "I will use my communication book.", nil},
		{"not: glossary output words", "I will say my needs in the right way by myself.", nil},
		{"not: school words", "I will use punctuation in my writing.", nil},
		{"fires: both", "I will demonstrate comprehension and concentrate independently for a longer period of time with my teaching assistant nearby.", []string{"words is long", "comprehension"}},
		{"not: a friend's name", "I will play with Anastasia at break.", nil},
		{"not: three syllables is fine", "I will remember my sentences.", nil},
		{"not: hyphenated words count as parts", "I will use a calm-down box at break-time.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := r.Readability(c.sentence)
			if len(got) != len(c.want) {
				t.Fatalf("Readability(%q) = %q, want %d warnings", c.sentence, got, len(c.want))
			}
			for i, m := range c.want {
				if !strings.Contains(got[i], m) {
					t.Errorf("warning %d = %q, want it to mention %q", i, got[i], m)
				}
			}
		})
	}
}

// TestCorpusReadsYoung keeps the built-in wording honest: the child
// sentences of the corpus, which a SENCo would accept, should mostly come
// in under 16 words.
func TestCorpusReadsYoung(t *testing.T) {
	r := New(nil)
	long := 0
	for _, c := range corpus {
		if len(words(c.target)) > MaxWords {
			long++
		}
		_ = r.Readability(c.target)
	}
	if long > len(corpus)/10 {
		t.Errorf("%d of %d corpus targets are over %d words", long, len(corpus), MaxWords)
	}
}
