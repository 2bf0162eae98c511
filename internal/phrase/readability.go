package phrase

import (
	"fmt"
	"math"
	"strings"
	"unicode"
)

// MaxWords is the longest child sentence that does not draw a warning.
const MaxWords = 16

// countSyllables estimates the syllables in an English word by counting
// vowel groups, then discounting a silent final "e" and the "-es"/"-ed"
// endings that add none ("makes", "jumped"). It is wrong for some words
// ("create") but right often enough to flag long words for a person to
// look at.
func countSyllables(word string) int {
	var b strings.Builder
	for _, c := range strings.ToLower(word) {
		if c >= 'a' && c <= 'z' {
			b.WriteRune(c)
		}
	}
	w := b.String()
	if len(w) <= 3 {
		return 1
	}
	n := 0
	inVowel := false
	for i := 0; i < len(w); i++ {
		v := strings.IndexByte("aeiouy", w[i]) >= 0
		if v && !inVowel {
			n++
		}
		inVowel = v
	}
	switch {
	case strings.HasSuffix(w, "le") && !isVowel(w[len(w)-3]):
	case strings.HasSuffix(w, "e"):
		n--
	case strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ted") && !strings.HasSuffix(w, "ded"):
		n--
	case strings.HasSuffix(w, "es") && !strings.HasSuffix(w, "ses") && !strings.HasSuffix(w, "xes") &&
		!strings.HasSuffix(w, "zes") && !strings.HasSuffix(w, "ches") && !strings.HasSuffix(w, "shes") &&
		!strings.HasSuffix(w, "ges") && !strings.HasSuffix(w, "ces"):
		n--
	}
	return max(n, 1)
}

// words returns the words of a sentence, splitting hyphenated words so
// that "turn-taking" counts as the two short words a child reads.
func words(sentence string) []string {
	var out []string
	for _, t := range tokenize(sentence) {
		if !isWord(t) {
			continue
		}
		for _, p := range strings.FieldsFunc(t, func(c rune) bool { return c == '-' || c == '/' }) {
			if p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// ReadingAge estimates the reading age, in years, that a sentence needs,
// as the Flesch–Kincaid grade level plus 5 (US grade 1 is about age 6),
// never below 5. Flesch–Kincaid is used because it needs only word and
// syllable counts, so it works on one short sentence, and its grade scale
// is calibrated down to the early primary years. The target for a child's
// page is 7–9.
func ReadingAge(sentence string) float64 {
	ws := words(sentence)
	if len(ws) == 0 {
		return 5
	}
	sentences := 0
	for _, part := range strings.FieldsFunc(sentence, func(c rune) bool { return c == '.' || c == '!' || c == '?' }) {
		if strings.ContainsFunc(part, unicode.IsLetter) {
			sentences++
		}
	}
	sentences = max(sentences, 1)
	syll := 0
	for _, w := range ws {
		syll += countSyllables(w)
	}
	grade := 0.39*float64(len(ws))/float64(sentences) + 11.8*float64(syll)/float64(len(ws)) - 15.59
	age := math.Round((grade+5)*10) / 10
	return max(age, 5)
}

// hardWord reports whether ws[i] is a word of more than three syllables
// a young reader may not know: not a glossary word, a common school word,
// a name (capitalised after the first word), or part of the name of the
// child's own thing ("my communication book").
func (r *Rewriter) hardWord(ws []string, i int) bool {
	lw := strings.ToLower(ws[i])
	switch {
	case countSyllables(lw) <= 3 || r.outWords[lw] || schoolWords[lw]:
		return false
	case i > 0 && isCapitalised(ws[i]):
		return false // a name the child knows: a friend, a teacher, a place
	case i+1 < len(ws) && thingNames[lw+" "+strings.ToLower(ws[i+1])] || i > 0 && thingNames[strings.ToLower(ws[i-1])+" "+lw]:
		return false // "my communication book", "my anger management group"
	}
	return true
}

// Readability returns warnings about a child sentence: more than MaxWords
// words, or words of more than three syllables that are neither glossary
// words, common school words nor names (capitalised after the first word).
func (r *Rewriter) Readability(sentence string) []string {
	var warn []string
	if n := longestSentence(sentence); n > MaxWords {
		warn = append(warn, fmt.Sprintf("%d words is long for a young reader; aim for %d or fewer, or split the target", n, MaxWords))
	}
	ws := words(sentence)
	var long []string
	seen := map[string]bool{}
	for i, w := range ws {
		lw := strings.ToLower(w)
		if seen[lw] || !r.hardWord(ws, i) {
			continue
		}
		seen[lw] = true
		long = append(long, w)
	}
	if len(long) > 0 {
		warn = append(warn, fmt.Sprintf("long words a young reader may not know: %s; use shorter words or add them to the glossary", strings.Join(long, ", ")))
	}
	return warn
}

// longestSentence is how many words the longest sentence of s has: "I
// will …. I will …." is read a sentence at a time.
func longestSentence(s string) int {
	n := 0
	for _, part := range strings.SplitAfter(s, ". ") {
		n = max(n, len(words(part)))
	}
	return n
}
