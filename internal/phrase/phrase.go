// Package phrase rewrites staff-worded targets into the child's own words
// ("I will …", "I can …") and lints staff wording against SMART.
//
// The rewriter is rule-based, not a language model: it strips the lead-ins
// schools write ("To …", "Sam will be able to …"), puts the action verb in
// its base form, turns the child's name and pronouns into I / me / my,
// takes off the measures only staff need ("with 80% accuracy"), and swaps
// adult words for a child's from a glossary. Its output is always one
// sentence, so a child page never shows a broken line; staff can override
// it with a hand-written Child Target.
package phrase

import (
	"strings"
	"time"
	"unicode"
)

// Rewriter turns staff wording into child sentences. It is safe for
// concurrent use once made: nothing in it changes after New.
type Rewriter struct {
	glossary map[string]string // adult phrase, lower case, words joined by one space → child words
	maxWords int               // the longest glossary key, in words
	verbs    map[string]bool   // base verbs the rewriter recognises
	outWords map[string]bool   // every word a glossary entry can produce
	// firstWords are the first words of the glossary's keys, so that a
	// word that starts none is passed over at once.
	firstWords map[string]bool
	// thirdForms are the glossary's one-word -s forms of verbs, which
	// are nouns after a number or "the": "3 exchanges" are not "3 gives".
	thirdForms map[string]bool
}

// New makes a Rewriter with the built-in glossary plus extra (adult word →
// child word), extra winning where both name a word. An extra entry whose
// key is a built-in glossary verb ("identify") replaces every form of it
// ("identifies", "identifying"); other extra entries match as written, in
// any case. An empty child word deletes the adult word ("very" = "").
func New(extra map[string]string) *Rewriter {
	r := &Rewriter{
		glossary:   map[string]string{},
		verbs:      map[string]bool{},
		outWords:   map[string]bool{},
		firstWords: map[string]bool{},
		thirdForms: map[string]bool{},
	}
	for w := range baseVerbs {
		r.verbs[w] = true
	}
	verbKeys := map[string]bool{}
	addVerb := func(adult, child string) {
		verbKeys[adult] = true
		first, _, _ := strings.Cut(adult, " ")
		r.verbs[first] = true
		cf, _, _ := strings.Cut(child, " ")
		r.verbs[cf] = true
		for _, k := range []string{adult, zSpelling(adult)} {
			for _, f := range []verbForm{formBase, formThird, formIng, formPast} {
				r.glossary[inflectPhrase(k, f)] = inflectPhrase(child, f)
			}
			if third := inflectPhrase(k, formThird); !strings.Contains(third, " ") {
				r.thirdForms[third] = true
			}
		}
	}
	for _, e := range glossaryVerbs {
		addVerb(e[0], e[1])
	}
	for _, e := range glossaryWords {
		r.glossary[e[0]] = e[1]
	}
	for k, v := range extra {
		k = strings.Join(strings.Fields(strings.ToLower(k)), " ")
		v = strings.Join(strings.Fields(v), " ")
		if k == "" {
			continue
		}
		if verbKeys[k] && v != "" {
			addVerb(k, v)
			continue
		}
		r.glossary[k] = v
	}
	for k, v := range r.glossary {
		r.maxWords = max(r.maxWords, len(strings.Fields(k)))
		first, _, _ := strings.Cut(k, " ")
		r.firstWords[first] = true
		for _, w := range strings.Fields(strings.ToLower(v)) {
			r.outWords[w] = true
		}
	}
	return r
}

// zSpelling gives the -ize spelling of an -ise verb ("utilise" →
// "utilize"), which American-trained staff and spell-checkers produce.
func zSpelling(w string) string {
	first, rest, _ := strings.Cut(w, " ")
	if !strings.HasSuffix(first, "ise") {
		return w
	}
	first = strings.TrimSuffix(first, "ise") + "ize"
	if rest != "" {
		return first + " " + rest
	}
	return first
}

// Child is who a target is about, as far as its wording goes.
type Child struct {
	// Names are the child's forenames (legal and preferred).
	Names []string
	// Pronouns are "he", "she" or "they" when the school gives them,
	// else "": then the first he or she of a target is taken as the
	// child's. Known, they settle whose a he or she is in a target that
	// names someone else ("Freya will help Oscar with his spellings").
	Pronouns string
}

// ParsePronouns reads pronouns as a school writes them — "he/him",
// "She", "they/them", or a gender as information systems export it: "M",
// "Male", "Boy", "F", "Female", "Girl" — as "he", "she" or "they". ok is
// false for anything else ("X", "Not known", "he/they"): then the
// target's own he or she goes, as if none were given. "" is "", true.
func ParsePronouns(s string) (pronouns string, ok bool) {
	w := strings.ToLower(strings.Join(strings.FieldsFunc(s, func(c rune) bool {
		return !unicode.IsLetter(c)
	}), "/"))
	switch w {
	case "":
		return "", true
	case "he", "he/him", "he/him/his", "him", "m", "male", "boy":
		return "he", true
	case "she", "she/her", "she/her/hers", "her", "f", "female", "girl":
		return "she", true
	case "they", "they/them", "they/them/their", "them":
		return "they", true
	}
	return "", false
}

// Target returns the "I will …" sentence for a staff-worded target.
// names are the child's forenames (legal and preferred) to recognise.
// When nothing usable is left of text it returns FallbackTarget.
func (r *Rewriter) Target(text string, names ...string) string {
	if len(r.rewordings(text)) > 0 {
		// What the brackets say a way is may stand for its label, an
		// adult nearby may stay, and a tool given may be used
		// (rewordings); the checked sentence says which.
		if w := r.TargetWording(text, names...); w.Unsure == "" {
			return w.Sentence
		}
	}
	b := r.body(text, Child{Names: names}).text
	if b == "" {
		return FallbackTarget
	}
	return sentence("I will ", tightenLong("I will ", scoreOfThings(b)))
}

// Success returns the "I can …" sentence for staff-worded success criteria.
// When nothing usable is left of text it returns FallbackSuccess.
func (r *Rewriter) Success(text string, names ...string) string {
	if len(r.rewordings(text)) > 0 {
		if w := r.SuccessWording(text, names...); w.Unsure == "" {
			return w.Sentence
		}
	}
	return successSentence(tightenLong("I can ", r.body(text, Child{Names: names}).text))
}

// successSentence is the "I can …" sentence for the body b, or
// FallbackSuccess when b is "".
func successSentence(b string) string {
	if b == "" {
		return FallbackSuccess
	}
	// "I can not shout out" reads as "I cannot"; what the child can do
	// is remember.
	if rest, ok := strings.CutPrefix(b, "not "); ok {
		return sentence("I can remember not to ", rest)
	}
	// "I can learn to spell 10 new words": once it is learnt, the child
	// can spell them.
	for _, p := range []string{"learn to ", "learn how to ", "show I can "} {
		if rest, ok := strings.CutPrefix(b, p); ok && rest != "" {
			b = rest
		}
	}
	if knowSayRE.MatchString(b) {
		// "I can know my times tables" is no way to say it; the child
		// shows they know them by saying them.
		b = "say" + strings.TrimPrefix(b, "know")
	}
	return sentence("I can ", b)
}

// knowSayRE is knowing what a child says by heart: tables, number bonds,
// the days of the week.
var knowSayRE = mustRx(`^know (?:my |the |all (?:my |the )?)?(?:[\w,]+ ){0,6}?(?:times tables?|tables|number bonds|number facts|addition facts|days of the week|months of the year|alphabet)\b`)

// sentence is prefix and body b with its full stop, which a closing
// quoted question or exclamation already is: "ask 'Can I have a go,
// please?'".
func sentence(prefix, b string) string {
	if strings.HasSuffix(b, "?'") || strings.HasSuffix(b, "!'") || strings.HasSuffix(b, `?"`) || strings.HasSuffix(b, `!"`) || strings.HasSuffix(b, ".'") || strings.HasSuffix(b, `."`) {
		return prefix + b
	}
	return prefix + b + "."
}

// LintInput is one staff-worded target with what the lint needs to know.
type LintInput struct {
	Target     string
	Success    string
	Baseline   string
	Area       string // "" when no area of need was given
	TargetDate time.Time
	PlanDate   time.Time
	ReviewDate time.Time
	Count      int      // how many targets the pupil has
	Names      []string // the child's forenames
}

// Finding is one SMART lint warning on a field of the target.
type Finding struct {
	Field   string // canonical column: "Target", "Success Criteria", "Baseline", "Area", "Target Date"
	Message string
}

// String is the finding as one line: "Field: message".
func (f Finding) String() string { return f.Field + ": " + f.Message }
