package phrase

import "strings"

// baseVerbs are verbs that staff targets commonly start with. The rewriter
// needs them to tell "reads" (a verb to put back into its base form) from
// "phonics" (a noun that happens to end in s), since English gives no
// reliable spelling rule for it.
var baseVerbs = wordSet(`
accept add answer apply report nap summarise correct chew inject contact summarize convert simplify substitute skim arrive ask attend balance be become begin blend
borrow bounce bring brush build button calm carry catch change check
choose clap clean climb colour come compare complete concentrate copy cope
count cross cut dance describe discuss do draw dress drink eat enter
estimate explain explore express fasten feel fetch fill find finish focus
fold follow form get give go greet group hang have hear help hold hop
identify include interact join jump keep kick know label last learn leave
let line list listen look make manage mark match measure meet mix model
move name notice open order organise pack paint pair pass pause pay pick
plan play point pour practise prepare present press print pull push put
read recall recognise record reflect remain remember repeat reply request
respond retell return ride roll run say score scan search see segment
select sequence settle share show sign sing sit skip solve sort sound speak
spell spend split stand start stay stick stop subtract support take talk
tell think throw tidy tie time trace try turn type underline understand
use visit wait walk wash watch wear work write zip
divide multiply round double halve
need want like dislike love hate seem appear happen leave lose win enjoy prefer
mean forget worry cry laugh smile hurt break struggle arrive sound get
become behave breathe bring chat collect colour connect cook draw
dry eat fall fit fix fly grab grow guess hit hug hurry kick kneel knock
land lead lift lock log mend miss nod note offer own paste pat pin plant
post pray prefer promise punch queue race raise reach rest rhyme ring
rub sail scribble send serve shake shout sing sink sleep slide smell
snap speak stamp stretch suggest swim swing switch taste teach thank
thread throw tick touch trace travel trust unzip vote wake wave weigh
whisper win wipe wish wonder worry wrap yawn
refill decide
comfort vacuum earn research plug celebrate compliment forgive praise respect budget negotiate compromise
cover iron feed set rate create produce contribute exchange imitate navigate
undertake interpret propel straighten trail revise consolidate tolerate
attain book phone text email cook shop travel pack unpack fasten unfasten
zip unzip hang greet wave nod sort tidy bake stir pour spread chop peel
listen tap clap stamp march crawl roll climb slide swing skip hop jump kick
pedal scoot steer cough sneeze blow charge control
highlight shelve top plot pace allow introduce restock rotate save remind adjust glide study toss shift remove handle gather dictate squeeze stack sweep
place snip shave slow load lay price invite message close volunteer strip heat combine test define tear drive doodle agree buy sell
swipe clock strike prove sum fingerspell co-host eye-point widen
`)

// irregularThird maps third-person forms whose base the general rule gets
// wrong.
var irregularThird = map[string]string{
	"is": "be", "are": "be", "has": "have", "does": "do", "goes": "go",
	"focuses": "focus", "says": "say", "was": "be", "am": "be",
}

// irregularParticiple holds the past participles of the child words the
// glossary puts in place of regular adult verbs ("identified" → "found").
var irregularParticiple = map[string]string{
	"find": "found", "say": "said", "show": "shown", "know": "known",
	"put": "put", "understand": "understood", "get": "got", "make": "made",
	"tell": "told", "keep": "kept", "build": "built", "write": "written",
	"begin": "begun", "choose": "chosen", "give": "given", "take": "taken",
	"go": "gone", "do": "done", "have": "had", "learn": "learnt",
	"come": "come", "sort": "sorted", "feel": "felt", "hear": "heard",
}

// participleBase returns the base form of w when w is the past
// participle of a verb the rewriter knows ("used", "read", "learnt",
// "worn"), and ok is false otherwise.
func (r *Rewriter) participleBase(w string) (base string, ok bool) {
	lw := strings.ToLower(w)
	for b, p := range irregularParticiple {
		if p == lw && b != lw {
			return b, true
		}
	}
	if b, ok := moreParticiples[lw]; ok {
		return b, true
	}
	if !strings.HasSuffix(lw, "ed") || len(lw) < 4 {
		return "", false
	}
	stem := lw[:len(lw)-2]
	switch {
	case r.verbs[stem+"e"] && !r.verbs[stem]:
		return stem + "e", true // "used"
	case r.verbs[stem]:
		return stem, true // "played"
	case r.verbs[lw[:len(lw)-1]]:
		return lw[:len(lw)-1], true
	case len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2] && r.verbs[stem[:len(stem)-1]]:
		return stem[:len(stem)-1], true // "stopped"
	case strings.HasSuffix(stem, "i") && r.verbs[stem[:len(stem)-1]+"y"]:
		return stem[:len(stem)-1] + "y", true // "tried"
	}
	return "", false
}

// moreParticiples are irregular past participles of everyday verbs
// staff write in success criteria: "has worn her glasses", "has read".
var moreParticiples = map[string]string{
	"read": "read", "worn": "wear", "learned": "learn", "eaten": "eat", "drunk": "drink",
	"spoken": "speak", "written": "write", "ridden": "ride", "swum": "swim", "brought": "bring",
	"sat": "sit", "stood": "stand", "slept": "sleep", "met": "meet", "kept": "keep", "left": "leave",
}

// anyIn reports whether any of ws, in small letters, is in set.
func anyIn(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if set[lower(w)] {
			return true
		}
	}
	return false
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// thirdToBase undoes the third-person -s ("tries" → "try"). It does not
// check that the result is a verb; callers decide that.
func thirdToBase(w string) string {
	if b, ok := irregularThird[w]; ok {
		return b
	}
	switch {
	case len(w) < 3 || !strings.HasSuffix(w, "s"):
		return w
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"),
		strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"),
		strings.HasSuffix(w, "zzes"), strings.HasSuffix(w, "oes"):
		return w[:len(w)-2]
	}
	return w[:len(w)-1]
}

// verbBase returns the base form of w when w is the third-person or -ing
// form of a verb the rewriter knows, and ok is false otherwise.
func (r *Rewriter) verbBase(w string) (base string, ok bool) {
	lw := strings.ToLower(w)
	if b, ok := irregularThird[lw]; ok {
		return b, true
	}
	if r.verbs[lw] {
		return "", false
	}
	if strings.HasSuffix(lw, "s") {
		if b := thirdToBase(lw); b != lw && r.verbs[b] {
			return b, true
		}
		return "", false
	}
	if strings.HasSuffix(lw, "ing") && len(lw) > 4 {
		stem := lw[:len(lw)-3]
		switch {
		case r.verbs[stem]:
			return stem, true
		case r.verbs[stem+"e"]:
			return stem + "e", true
		case len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2] && r.verbs[stem[:len(stem)-1]]:
			return stem[:len(stem)-1], true
		case strings.HasSuffix(stem, "y") && r.verbs[stem[:len(stem)-1]+"ie"]:
			return stem[:len(stem)-1] + "ie", true
		}
	}
	return "", false
}

// isThirdPerson reports whether w is the -s form of a known verb.
func (r *Rewriter) isThirdPerson(w string) bool {
	lw := strings.ToLower(w)
	if _, ok := irregularThird[lw]; ok {
		return lw != "are"
	}
	if !strings.HasSuffix(lw, "s") || r.verbs[lw] {
		return false
	}
	b := thirdToBase(lw)
	return b != lw && r.verbs[b]
}

// verbForm is the shape of a verb as it appeared: base, third-person -s,
// -ing, or past participle.
type verbForm int

const (
	formBase verbForm = iota
	formThird
	formIng
	formPast
)

// oneSyllableCVC reports whether w ends consonant-vowel-consonant in a single
// syllable, the words that double their last letter ("put" → "putting").
func oneSyllableCVC(w string) bool {
	n := len(w)
	if n < 3 || countSyllables(w) != 1 {
		return false
	}
	c1, v, c2 := w[n-3], w[n-2], w[n-1]
	return !isVowel(c1) && isVowel(v) && !isVowel(c2) && strings.IndexByte("wxy", c2) < 0
}

// inflect puts the base verb w into form f.
func inflect(w string, f verbForm) string {
	n := len(w)
	if n == 0 {
		return w
	}
	switch f {
	case formThird:
		switch w {
		case "be":
			return "is"
		case "have":
			return "has"
		case "do", "go":
			return w + "es"
		}
		switch {
		case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"),
			strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
			return w + "es"
		case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
			return w[:n-1] + "ies"
		}
		return w + "s"
	case formIng:
		switch {
		case strings.HasSuffix(w, "ie"):
			return w[:n-2] + "ying"
		case strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "ee") && n > 2:
			return w[:n-1] + "ing"
		case oneSyllableCVC(w):
			return w + w[n-1:] + "ing"
		}
		return w + "ing"
	case formPast:
		if p, ok := irregularParticiple[w]; ok {
			return p
		}
		switch {
		case strings.HasSuffix(w, "e"):
			return w + "d"
		case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
			return w[:n-1] + "ied"
		case oneSyllableCVC(w):
			return w + w[n-1:] + "ed"
		}
		return w + "ed"
	}
	return w
}

// inflectPhrase inflects the first word of a phrase ("put in order" →
// "putting in order").
func inflectPhrase(p string, f verbForm) string {
	first, rest, _ := strings.Cut(p, " ")
	out := inflect(first, f)
	if rest != "" {
		out += " " + rest
	}
	return out
}
