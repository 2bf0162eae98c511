package phrase

import (
	"strings"
)

// tightenings say the same thing in fewer words: each is a longer way of
// putting something that a child's sentence can put shorter without
// losing what the child does, where, with what or with whom. They are
// used only on a sentence too long to read that they make short enough,
// so any other sentence keeps the staff's own words.
var tightenings = []struct {
	hint string // a word: a text without it has nothing to tighten
	re   *rx
	repl string
}{
	// "without a reminder from staff", "without reminders from the
	// classroom assistant": who would remind the child is staff's to know.
	{"without", mustRx(`\bwithout\s+((?:a|any)\s+)?(reminders?|prompts?)\s+(?:from|by)\s+(?:staff|adults|an\s+adult|(?:the|my|a|an)\s+(?:class(?:room)?\s+|teaching\s+|support\s+|learning\s+support\s+)?(?:ta|assistant|teacher|adult|key\s+person|key\s+worker|keyworker|lsa|sna|worker|member\s+of\s+staff))\b`), "without $1$2"},
	// "tell a member of staff": staff.
	{"member", mustRx(`\ba\s+member\s+of\s+staff\b`), "staff"},
	// "when I have finished": when I finish.
	{"finished", mustRx(`\b(when|once|after)\s+I\s+have\s+finished\b`), "$1 I finish"},
	// "repeat them back to an adult": repeat them to an adult. ("Repeat
	// it back" stays: its "it" is often what a frame staff wrote before
	// the target named, which the child's sentence has lost.)
	{"repeat", mustRx(`\b(repeat|repeats)\s+(them|the\s+instructions?|instructions?|the\s+question)\s+back\b`), "$1 $2"},
	// "before I go out to play": before playtime.
	{"play", mustRx(`\bbefore\s+I\s+go\s+out\s+to\s+play\b`), "before playtime"},
	// "cope with sitting close to other children": sit close to them; a
	// child copes by doing it.
	{"cope", mustRx(`\bcope\s+with\s+(?:(sit)ting|(stand|wait|wear)ing)\b`), "$1$2"},
	// "count out the right money to pay for things": the money for them.
	{"money", mustRx(`\bmoney\s+to\s+pay\s+for\b`), "money for"},
	// "go to the line when the fire alarm sounds": line up.
	{"line", mustRx(`\bgo\s+to\s+the\s+line\b`), "line up"},
	// "in a small group": in a group.
	{"small", mustRx(`\bin\s+a\s+small\s+group\b`), "in a group"},
	// "ask for a snack from an adult": ask an adult for a snack.
	{"ask", mustRx(`\bask\s+for\s+((?:a|an|the|my|some)\s+[a-z-]+)\s+from\s+(an?\s+adult|staff|(?:a|my|the)\s+(?:teacher|friend|adult))\b`), "ask $2 for $1"},
	// Working with a partner is working in pairs.
	{"partner", mustRx(`(\bwith\s+my\s+partner\b.*?)\s+when\s+I\s+work\s+in\s+(?:pairs|a\s+pair)\b`), "$1"},
	// "when I have an argument with another child": when I fall out.
	{"have", mustRx(`\bwhen\s+I\s+have\s+(?:an\s+argument|a\s+disagreement|a\s+falling\s+out)\s+with\s+(?:another\s+child|other\s+children|a\s+friend|friends|someone|a\s+classmate)\b`), "when I fall out"},
	// "so that I can": so I can.
	{"that", mustRx(`\bso\s+that\s+`), "so "},
	// "check that my snack is nut-free", "make sure that": the "that"
	// adds nothing.
	{"that", mustRx(`\b(check|make\s+sure)\s+that\s+`), "$1 "},
	// "all of my books", "all of the words": all my books, all the words.
	{"all", mustRx(`\ball\s+of\s+(my|the)\b`), "all $1"},
	// "ask my supervisor, Sandra, what to do", "walk in with my key
	// adult, Mrs Reid": the child knows the adult by name.
	{",", mustRx(`\b(?:my|the)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+,\s+((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\s+)?[A-Z][a-z'-]+)(?:,|$)`), "$1"},
}

// myOwnRE is "my own" before a thing, with the word before it.
var myOwnRE = mustRx(`\b[a-z]+\s+my\s+own\s+[a-z]`)

// tighten is b, the child's words of a sentence too long to read, said
// in fewer words where tightenings allow.
func tighten(b string) string {
	for _, t := range tightenings {
		if strings.Contains(b, t.hint) {
			b = t.re.ReplaceAllString(b, t.repl)
		}
	}
	if strings.Contains(b, "my own ") {
		// "in my own words", "carry my own talker": mine either way;
		// not "on my own" (by myself) or "a book of my own".
		b = myOwnRE.ReplaceAllStringFunc(b, func(m string) string {
			if before, _, _ := strings.Cut(m, " "); before == "on" || before == "of" {
				return m
			}
			return strings.Replace(m, "my own ", "my ", 1)
		})
	}
	return strings.TrimSpace(b)
}

// tightenLong is b, the child's words after prefix ("I will "), tightened
// when the sentence they make is too long to read and tightening makes it
// short enough; else b as it is, so that a sentence refused for its
// length is offered to the SENCo in the staff's own words.
func tightenLong(prefix, b string) string {
	if len(words(prefix+b)) <= MaxWords {
		return b
	}
	if t := tighten(b); len(words(prefix+t)) <= MaxWords && (careTopic(newHintText(asciiLower(t))) != "" || careTopic(newHintText(asciiLower(b))) == "") {
		// (Never by dropping what makes it a care topic: "my foster
		// carer, Julie" is not just "Julie" to the self-check.)
		return t
	}
	return b
}
