package phrase

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// The safe sentences stand on a child's page in place of a sentence the
// rewriter could not vouch for. They promise nothing the staff wording
// did not say, and tell the child who they will do it with.
const (
	SafeTarget  = "I will work on this target with my teacher."
	SafeSuccess = "I can show my teacher how I am getting on."
)

// noWording is the reason given when nothing usable is left of the staff
// wording (empty, "N/A", "see EHCP").
const noWording = "there is no wording to make the child's sentence from"

// Wording is the child's sentence for one staff wording, and how it was
// come by.
type Wording struct {
	// Pronouns are "he" or "she" when the staff wording calls the child
	// by that alone, with no doubt whose it is, and it was made without
	// known pronouns; else "". A pupil's targets together say which
	// pronouns are the child's.
	Pronouns string
	// Sentence is what may be printed on a child's page: the sentence
	// made from the staff's words when the self-check vouched for it,
	// else the safe sentence.
	Sentence string
	// Draft is the sentence made from the staff's words, for a SENCo to
	// edit when it was refused; "" when the wording gave nothing to start
	// from.
	Draft string
	// Unsure is why Sentence is the safe sentence, in words a SENCo
	// understands; "" when it is not.
	Unsure string
	// LeftOut is an action the vouched-for sentence leaves out to be
	// short enough to read ("and walk to the hall for my sensory
	// circuit"), for a SENCo to see it still says what the target is
	// about; "" when it leaves none out or was refused.
	LeftOut string
	// DraftLeftOut is what Draft leaves out to be short enough to read,
	// when the sentence was refused for its length alone: the draft is
	// then a shorter one, for a SENCo to take as it stands or edit ("on
	// the 5-point scale … at lunchtime"); "" otherwise.
	DraftLeftOut string
	// TwoSentences is the whole wording as two short sentences ("I will
	// listen to instructions. I will repeat them back …"), when it is too
	// long to read as one, or kept short by leaving an action out, and
	// each half is vouched for on its own; "" otherwise. It is then also
	// the Draft of a sentence refused for its length. It is offered to a
	// SENCo to copy in, never printed by itself: second readers would
	// print only about seven in ten as they stand, since long staff
	// wording carries more staff words than the self-check knows.
	TwoSentences string
}

// TargetChecked is Target with its self-check: sentence is what may be
// printed on a child's page, and unsure is empty when it is vouched for,
// else a short reason a SENCo understands, in which case sentence is
// SafeTarget.
func (r *Rewriter) TargetChecked(text string, names ...string) (sentence, unsure string) {
	w := r.TargetWording(text, names...)
	return w.Sentence, w.Unsure
}

// TargetWording is the child's target for the staff wording text, as
// Wording says.
func (r *Rewriter) TargetWording(text string, names ...string) Wording {
	return r.wording(text, Child{Names: names}, targetForm)
}

// TargetFor is TargetWording for a child whose pronouns may be known.
func (r *Rewriter) TargetFor(text string, c Child) Wording {
	return r.wording(text, c, targetForm)
}

// pronounConflict is the he, she, his or her a target calls the child by
// when the school gives the child other pronouns ("Tom will put her coat
// on" of a boy, as when a plan is copied from another child's), or "":
// the target's subject is that pronoun, or, read without the known
// pronouns, every one of them is the child's and none is the school's.
func (r *Rewriter) pronounConflict(text string, c Child, b childWords) string {
	if b.conflict != "" || c.Pronouns == "" {
		return b.conflict
	}
	if b.called == "" || b.called == "both" || b.called == c.Pronouns {
		// No he or she, or "his" of a boy: any other he or she may be
		// someone else's.
		return ""
	}
	if c.Pronouns == "they" {
		toks := tokenize(normalise(text))
		quoted := quotedSpans(toks)
		for i, t := range toks {
			if !quoted[i] && theyWords[lower(t)] {
				return "" // "them" of a child who is "they"
			}
		}
	}
	if p, first := plainPronouns(r.body(text, Child{Names: c.Names})); p != "" && p != c.Pronouns {
		return first
	}
	return ""
}

// plainPronouns is "he" or "she" when a target calls the child by that
// and nothing else: every he, she, his or her in it is of one sex, and b,
// the child's words made of it without known pronouns, took each as the
// child's with no doubt; first is the first of them. Else both are "".
func plainPronouns(b childWords) (pronouns, first string) {
	if b.text == "" || b.clash != "" || b.mixed || b.conflict != "" || b.called == "" || b.called == "both" {
		return "", ""
	}
	for _, w := range words(b.text) {
		if pronounSex(strings.ToLower(w)) != "" {
			return "", "" // someone else's he or she, left as theirs
		}
	}
	return b.called, b.firstCalled
}

// HasHeOrShe reports whether text has a he, she, his or her outside
// quotation marks: only then can known pronouns change its wording.
func HasHeOrShe(text string) bool {
	toks := tokenize(normalise(text))
	quoted := quotedSpans(toks)
	for i, t := range toks {
		if !quoted[i] && pronounSex(lower(t)) != "" {
			return true
		}
	}
	return false
}

// A form is how the child's words become one kind of sentence: its
// opening, the sentence itself and the safe sentence in its place.
type form struct {
	prefix, safe string
	sentence     func(b string) string
	// words makes the child's words this kind of sentence's: a target
	// leaves out the score staff set ("8 out of 10 words").
	words func(b string) string
}

var (
	targetForm  = form{"I will ", SafeTarget, func(b string) string { return sentence("I will ", strings.TrimPrefix(b, "show I can ")) }, scoreOfThings}
	successForm = form{"I can ", SafeSuccess, successSentence, func(b string) string { return b }}
)

// wording is the Wording for the staff wording text in form f: the
// sentence itself when the self-check vouches for it, else the safe
// sentence.
func (r *Rewriter) wording(text string, c Child, f form) Wording {
	b := r.body(text, c)
	w := r.checked(text, c, f, b)
	if w.Unsure != "" {
		// "use a problem-solving strategy (walk away, talk it out)",
		// "with staff standing by" at the slide: said another way, it
		// may pass.
		for _, alt := range r.rewordings(text) {
			if aw := r.wording(alt, c, f); aw.Unsure == "" {
				return aw
			}
		}
	}
	if c.Pronouns == "" {
		w.Pronouns, _ = plainPronouns(b)
	}
	return w
}

// checked is the Wording for text in form f made from b, the child's
// words the rewriter made of it for c.
func (r *Rewriter) checked(text string, c Child, f form, b childWords) Wording {
	if b.text == "" {
		return Wording{Sentence: f.safe, Unsure: noWording}
	}
	// Too long as the staff put it, it may fit said in fewer words.
	b.text = tightenLong(f.prefix, f.words(b.text))
	s := f.sentence(b.text)
	why := r.vouch(s, f.prefix, c)
	if p := r.pronounConflict(text, c, b); p != "" {
		why = fmt.Sprintf("it calls the child %q, but the child's pronouns are given as %s", p, c.Pronouns)
	}
	if why == "" || strings.HasPrefix(why, "it still says what the child will not do") {
		// A care topic says more to the SENCo than its "not" does.
		if m := findCue(newHintText(asciiLower(text)), careBehaviours); m != "" {
			why = careReason(m)
		}
	}
	if why == "" {
		why = tooMuchLeftOut(b.text, text)
	}
	if why == "" && containsAny(text, "top", "efrain", "not", "nstead", "ing it", "ing them", "iven", "resented", "hown", "ffered", "anded") && itLostRE.MatchString(asciiLower(text)) {
		why = itAtStart(b.text)
	}
	if why == "" && !strings.ContainsAny(strings.TrimSpace(text), " \t\n") {
		// "Transitions", "Independence": a heading, not what the child
		// will do.
		why = fmt.Sprintf("%q is one word; write what the child will do", strings.TrimSpace(text))
	}
	if why == "" && strings.Contains(strings.ToLower(text), "strateg") {
		if w := strategyWay(tokenize(s)); w != "" {
			// "use one of my 3 ways", "remember my way": which ways?
			why = fmt.Sprintf("%q does not say what the way is for", w)
		}
	}
	if why == "" && b.clash != "" {
		// "Harry's game when he …" names Harry by what is his.
		why = fmt.Sprintf("a he, she, his or her may be the child's or %s's", strings.TrimSuffix(staffCase(b.clash), "'s"))
	}
	if b.instruction && (why == "" || strings.Contains(why, "cannot be right")) {
		why = "it says what an adult will do with the child, not the child"
	}
	if why == "" && (strings.Contains(s, " he ") || strings.Contains(s, " she ")) && bothLeftRE.MatchString(s) {
		// "when he misses him", left from "draw a picture for his dad
		// when he misses him": one of the two is the child.
		why = "a he, she, his or her may be the child's or someone else's"
	}
	if why == "" && b.theyMixed {
		why = "a they, them or their may be the child's or someone else's"
	}
	if why == "" && b.mixed {
		why = "a he, she, his or her may be the child's or someone else's"
	}
	if why == "" && b.ahead != "" {
		why = fmt.Sprintf("%q comes before what it stands for once the condition goes last", b.ahead)
	}
	if why == "" && b.writer != "" {
		why = fmt.Sprintf("%q in the staff's words is the writer, not the child", b.writer)
	}
	if why == "" && b.secondAction {
		// On the two strictest readings, a sentence that kept the first
		// of two actions staff joined with "and" was wrong 17 times in
		// 18: the second was the point as often as the first.
		why = fmt.Sprintf("to be short enough it leaves out %q, a second thing staff asked for", b.leftOut)
	}
	if why == "" && b.safetyNote == "" {
		if w := lostSafety(text, s); w != "" {
			why = fmt.Sprintf("it leaves out how the child is kept safe (%q); write a Child Target with it", w)
		}
	}
	if why == "" {
		if w := lostWatch(text, s); w != "" {
			why = fmt.Sprintf("it leaves out how the child is kept safe (%q); write a Child Target with it", w)
		}
	}
	if why == "" && containsAny(text, "without needing", "without requiring") && !strings.Contains(s, "by myself") {
		if m := withoutNeedingRE.FindString(text); m != "" {
			// "find his way between lessons …, without needing a buddy
			// to walk with him": doing it alone is the point, and a
			// sentence shortened to fit lost it.
			why = fmt.Sprintf("to be short enough it leaves out that the child does it alone (%q)", strings.TrimLeft(m, ", "))
		}
	}
	if why == "" && b.safetyNote != "" {
		// "Sam will ride his bike. Helmet to be worn at all times.":
		// the note is how the child stays safe, and the page needs it.
		where := "after the target"
		if strings.HasPrefix(b.safetyNote, "(") {
			where = "in brackets" // "Sam will swim (adult in the water)."
		}
		why = fmt.Sprintf("a note %s says how the child is kept safe (%q); write a Child Target with it", where, strings.TrimSpace(b.safetyNote))
	}
	if why == "" && b.leftOut != "" && safetyStepRE.MatchString(strings.ToLower(b.leftOut)) {
		// "climb the steps of the small slide … holding the rail": what
		// keeps the child safe is never left out.
		why = fmt.Sprintf("to be short enough it leaves out %q, which keeps the child safe", b.leftOut)
	}
	var two string
	if b.leftOut != "" || why != "" && why == tooLong(s) {
		two = r.twoSentences(b, f, c)
	}
	if why == "" {
		return Wording{Sentence: s, Draft: s, LeftOut: b.leftOut, TwoSentences: two}
	}
	if two != "" {
		// Both halves are vouched for and nothing is left out: the best
		// start a SENCo can be given.
		return Wording{Sentence: f.safe, Draft: two, Unsure: why, TwoSentences: two}
	}
	if b.trimmed != "" && (why == tooLong(s) || hardWordReason(why)) {
		trimmed := f.sentence(b.trimmed)
		if tw := r.vouch(trimmed, f.prefix, c); !fits(b.trimmed) && (tw == tooLong(trimmed) || hardWordReason(tw)) {
			// Nothing but its length, or a hard word the shorter
			// sentence may lose, stands against it: the draft takes
			// off the details and clauses it loses least by, and says
			// what went. Second readers would print only about half of
			// such sentences as they stand, so a SENCo reads each
			// before it is used.
			if t, lo, ok := squeeze(b.trimmed); ok && !commaIngRE.MatchString(t) {
				if b.trimmedOut != "" {
					lo = b.trimmedOut + " … " + lo
				}
				short := f.sentence(t)
				if r.vouch(short, f.prefix, c) == "" && tooMuchLeftOut(t, text) == "" {
					return Wording{Sentence: f.safe, Draft: short, Unsure: why, DraftLeftOut: lo}
				}
			}
		}
	}
	if b.secondAction {
		return Wording{Sentence: f.safe, Draft: s, Unsure: why, DraftLeftOut: b.leftOut}
	}
	return Wording{Sentence: f.safe, Draft: s, Unsure: why}
}

// The self-check's reasons for one word a child may not read.
const (
	hardWord         = "a word a child may not read is left"
	hardLongWord     = "a long word a young reader may not know is left"
	hardAbbreviation = "an abbreviation a child may not read is left"
	hardSymbol       = "a symbol a child may not read is left"
)

// hardWordReason reports whether why refuses a sentence for one word a
// child may not read ("tactile", "CSW", "1stClass @ Number"), which a
// shorter draft can leave out whole. A staff measure or phrase is not
// such a reason: what the rewriter took off it can leave pieces behind.
func hardWordReason(why string) bool {
	for _, h := range []string{hardWord, hardLongWord, hardAbbreviation, hardSymbol} {
		if strings.HasPrefix(why, h) {
			return true
		}
	}
	return false
}

// tooMuchLeftOut returns why a short sentence made from long staff
// wording may have lost what the target is about ("Ethan will begin the
// first step (e.g. writing his name) within 60 seconds of …" → "I will
// begin the first step"), or "".
func tooMuchLeftOut(body, staff string) string {
	if n := len(words(body)); n <= 4 && len(words(staff)) >= 25 && !(n >= 3 && strings.ContainsAny(body, "0123456789")) || n <= 1 && len(words(staff)) >= 10 {
		// ("follow 3-step instructions" says how many, which is what
		// the target is about.)
		// "Elijah will be able to work as part of a group of 3 so that he
		// can take part in collaborative learning" → "I will work".
		left := fmt.Sprintf("only %d words are", n)
		if n == 1 {
			left = "only 1 word is"
		}
		return fmt.Sprintf("%s left of a %d-word target; check it still says what the target is about", left, len(words(staff)))
	}
	if containsAny(staff, ", citing", ", explaining") {
		// ", citing evidence", ", explaining the intended meaning": a
		// staff tail the rewriter drops, but here the skill the target
		// is for. ("explain what sayings really mean" says it.)
		if m := skillTailRE.FindStringSubmatch(staff); m != nil && !strings.Contains(strings.ToLower(body), m[2]) && !(m[2] == "meaning" && strings.Contains(body, "explain what")) {
			return fmt.Sprintf("it leaves out %q, which the target asks the child to do", m[1])
		}
	}
	if strings.Contains(staff, ",") && containsAny(asciiLower(staff), "noticing", "informing", "recognising", "recognizing", "checked", "monitored") {
		if m := tellTailRE.FindStringSubmatch(staff); m != nil && !containsAny(strings.ToLower(body), strings.ToLower(m[2]), "tell", "ask") {
			// ", noticing when it is needed and telling staff": the tail
			// staff add goes, and with it the child's telling an adult.
			return fmt.Sprintf("it leaves out %q, which the target asks the child to do", m[1])
		}
	}
	return ""
}

// tellTailRE is a detail staff add after a comma that ends with the
// child telling or asking an adult: its groups are the telling and what
// the child's sentence says for it.
var tellTailRE = mustRx(`(?i),\s+(?:noticing|informing|recognising|recognizing|checked|monitored)\b[^,.;]*?\band\s+((tell|ask|inform)ing\s+[^,.;]+)`)

// skillTailRE is a reading skill staff add after a comma, citing
// evidence or explaining a meaning, with the word the child's sentence
// would keep if it said it, up to staff's count ("in 3 out of 4
// examples"). (", explaining the link" in a maths target is left to the
// draft: its shorter draft without it is printable.)
var skillTailRE = mustRx(`,\s+((?:citing|explaining)\s+(?:the\s+|textual\s+)?(?:[a-z]+\s+)?(evidence|meaning)[^,.;]*?)(?:\s+in\s+\d|\s*[,.;]|\s*$)`)

// SuccessChecked is Success with its self-check, as TargetChecked.
func (r *Rewriter) SuccessChecked(text string, names ...string) (sentence, unsure string) {
	w := r.SuccessWording(text, names...)
	return w.Sentence, w.Unsure
}

// SuccessWording is the child's success criterion for the staff wording
// text, as Wording says.
func (r *Rewriter) SuccessWording(text string, names ...string) Wording {
	return r.wording(text, Child{Names: names}, successForm)
}

// SuccessFor is SuccessWording for a child whose pronouns may be known.
func (r *Rewriter) SuccessFor(text string, c Child) Wording {
	return r.wording(text, c, successForm)
}

// verbsAfterI are words that are the child's action straight after "I
// will" ("I will hand the GP my passport", "lie back on my float") but
// are things elsewhere in a sentence ("wash my face and hands"), so the
// rewriter does not take them for verbs.
var verbsAfterI = wordSet(`hand lie float file bath`)

// vagueGains follow "have" in an outcome no one can see done: "have
// more confidence", "have developed social awareness".
var vagueGains = wordSet(`more greater better increased improved developed gained achieved made`)

// staffMeRE is a staff writer's "me" after the child's own verb: "come
// and see me".
var staffMeRE = mustRx(`\b(?:and|to)\s+(?:see|meet|visit|find)\s+me\b`)

// objectStarts open the object of a verb: "scrunching them", "putting
// the lid on".
var objectStarts = wordSet(`them it the a an my his her their this that these those`)

// degreeWords stand before how hard something is: "finds this very
// hard".
var degreeWords = wordSet(`very really quite so extremely particularly`)

// itLostRE is staff wording whose first part can go (a behaviour to
// stop, what the child shows by doing something, a frame saying what the
// child is given), taking with it what a later "it" stands for.
var itLostRE = mustRx(`\b(?:stop|stops|stopping|refrain|refrains|will\s+not|instead)\b|\bby\s+\w+ing\s+(?:it|them)\b|^\s*(?:when\s+|once\s+)?(?:(?:he|she|they)\s+(?:is|are)\s+)?(?:given|presented\s+with|shown|offered|handed)\b`)

// itAtStart returns why a sentence whose first action is done to "it"
// or "them" cannot be printed ("keep it in my locker", once "stop using
// his phone" has gone: what "it" is was in the part left out), or "".
func itAtStart(body string) string {
	first, rest, _ := strings.Cut(body, " ")
	obj, _, _ := strings.Cut(rest, " ")
	if obj != "it" && obj != "them" {
		return ""
	}
	return fmt.Sprintf("%q does not say what %s is", first+" "+obj, obj)
}

// careReason is the self-check's reason for a target about m.
func careReason(m string) string {
	return fmt.Sprintf("it is about %q; a Child Target needs to be written with care", m)
}

// A cueRule is an expression and the words one of which a text must
// hold for it to be looked for: small expressions, each run only on its
// cue words, keep the common case fast.
type cueRule struct {
	hints []string
	re    *rx
}

// careBehaviours are what a staff target may be about that a stock
// sentence or a shortened one would hide ("stop hurting himself" is no
// "keep my hands and feet to myself"), so they are looked for in the
// staff's own words too. A diagnosis or a loss named in a frame or a
// subject that goes ("Autistic pupil to …", "Following his
// bereavement, …") is not among them.
var careBehaviours = []cueRule{
	{[]string{"self"}, mustRx(`\bself[\s-]?(?:harm|injur)\w*`)},
	{[]string{"suicid", "meltdown", "tantrum"}, mustRx(`\bsuicid\w*|\bmeltdowns?\b|\btantrums?\b`)},
	{[]string{"cut", "hurt", "harm", "wet", "soil", "hit", "bit", "scratch", "pinch", "bang", "punch", "slap", "kill"},
		mustRx(`\b(?:cutting|cut|cuts|hurting|hurt|hurts|harm|harming|wetting|wet|wets|wetted|soiling|soil|soils|soiled|hitting|hit|hits|biting|bite|bites|scratching|scratch|pinching|pinch|banging|bang|punching|punch|slapping|slap|kill|killing)\s+(?:myself|herself|himself|themselves|themself|(?:his|her|their|my)\s+(?:own\s+body|head|face|arms?|legs?|skin|body))\b`)},
	{[]string{"bang", "butt"}, mustRx(`\bhead[\s-]?bang\w*|\bhead[\s-]?butt\w*\s+(?:the\s+)?(?:table|wall|floor|door)`)},
	{[]string{"pick", "skin"}, mustRx(`\bpick(?:s|ing)?\s+(?:at\s+)?(?:his|her|their|my)\s+(?:skin|scabs?|nails|lips?)\b|\bskin[\s-]picking\b`)},
	{[]string{"smear", "vomit", "sick", "gag"}, mustRx(`\bsmear\w*|\bvomit\w*|\b(?:being|been)\s+sick\b|\bgag(?:s|ged|ging)?\b`)},
	{[]string{"food"}, mustRx(`\bnon[\s-]food\b`)},
	{[]string{" at home"}, mustRx(`\b(?:anyone|someone|somebody)\s+at\s+home\b`)},
	{[]string{"hit", "hurt", "smack", "kick", "touch"}, mustRx(`\b(?:mum|mummy|dad|daddy|mother|father|parents?|carers?|step\w+|uncle|aunt|auntie|nan|grandad|grandma|brother|sister)\s+(?:hits|hurts|smacks|kicks|touches|hit|hurt)\b`)},
	{[]string{"restrain", "handling", "held", "teach", "seclu"}, mustRx(`\brestrain\w*|\bpositive\s+handling\b|\bbeing\s+held\b|\bteam[\s-]?teach\b|\bseclu\w+`)},
	{[]string{"dsl", "safeguard", "child protection", "social services", "cp plan", "cpoms"}, mustRx(`\bdsl\b|\bsafeguarding\b|\bchild\s+protection\b|\bsocial\s+services\b|\bcp\s+plan\b`)},
}

// careTopics are what a child's sentence may be about that needs a
// Child Target written with care, besides careBehaviours: a toileting
// accident, a death, care away from home.
var careTopics = []cueRule{
	{[]string{"accident", "dry"}, mustRx(`\b(?:had|has|have)\s+(?:had\s+)?an?\s+(?:toileting\s+)?accident\b|\bbe\s+dry\s+(?:during|all|through)\b`)},
	{[]string{"wet", "soiled", "dirty"}, mustRx(`\b(?:pants|trousers|knickers|clothes)\s+(?:are|is|get|gets)\s+(?:wet|soiled|dirty)\b|\bwet\s+(?:pants|trousers|knickers|clothes)\b`)},
	{[]string{"life"}, mustRx(`\bend(?:ing|s)?\s+(?:my|his|her|their)\s+(?:own\s+)?life\b`)},
	{[]string{"death", "dying", "died", "bereave", "funeral", "grie"}, mustRx(`\b(?:death|dying|died|bereave\w*|funerals?|grief|grieving)\b`)},
	{[]string{"prison", "jail", "adopt", "foster", "social worker", "looked"}, mustRx(`\bprison\b|\bjail\b|\badopt(?:ed|ion|ive)\b|\bfoster\w*|\bsocial\s+worker\b|\blooked[\s-]after\s+child\b`)},
	{[]string{"abus"}, mustRx(`\babus\w*`)},
	{[]string{"crisis"}, mustRx(`\bin\s+crisis\b`)},
	{[]string{"smell", "odour"}, mustRx(`\b(?:i|he|she|they)\s+(?:often\s+|sometimes\s+)?smells?\b|\bsmelly\b|\bbody\s+odour\b`)},
	{[]string{"food", "hungry"}, mustRx(`\bno\s+food\b|\bgo(?:es)?\s+hungry\b|\bhungry\s+because\b`)},
	{[]string{"comfort", "binge", "weight"}, mustRx(`\bcomfort\s+eat\w*|\bbinge\w*|\bmanage\s+(?:my|his|her|their)\s+weight\b|\blose\s+weight\b|\boverweight\b`)},
	{[]string{"pad"}, mustRx(`\bpads?\s+changed\b`)},
	{[]string{"drink"}, mustRx(`\b(?:mum|mummy|dad|daddy|mother|father|parent|carer)(?:'s|s')?\s+drink(?:ing)?\b`)},
	{[]string{"trousers", "pants", "knickers", "private", "touch"}, mustRx(`\bout\s+of\s+(?:my|his|her|their)\s+(?:trousers|pants|knickers)\b|\bprivate\s+parts\b|\btouch(?:es|ing)?\s+(?:myself|himself|herself|themselves)\b`)},
	{[]string{"birth"}, mustRx(`\bbirth\s+(?:mum|mother|dad|father|parents?|family)\b`)},
	{[]string{"illness", "accident"}, mustRx(`\b(?:mum|dad|mother|father|parent|nan|grandma|grandad|brother|sister)(?:'s|s')\s+illness\b|\bafter\s+an?\s+(?:toileting\s+)?accident\b`)},
	{[]string{"groom", "exploit", "packages", "selective mute", "selectively mute"},
		mustRx(`\bbe(?:ing)?\s+(?:groomed|exploited)\b|\bgrooming\b|\bexploitation\b|\bcarry\s+packages\b|\bselective(?:ly)?\s+mut\w*`)},
	{[]string{"moving out", "moved out", "hospital", "cancer", "chemo", "terminal", "hospice", "contact visit", "safe at home", "unwell", " ill", "poorly"},
		mustRx(`\b(?:mum|mummy|dad|daddy|mother|father|parents?)\s+(?:moving|moved)\s+out\b|\b(?:mum|dad|mother|father|parent|carer)\s+is\s+in\s+hospital\b|\bcancer\b|\bchemo\w*|\bterminal\b|\bhospice\b|\bcontact\s+visits?\b|\bsafe\s+at\s+home\b|\b(?:mum|dad|mother|father|parent|carer)\s+is\s+(?:unwell|ill|poorly)\b`)},
	{[]string{"leav", "left", "split", "separat", "divorc"}, mustRx(`\b(?:dad|daddy|mum|mummy|mother|father|parents?)\s+(?:(?:leaving|left)(?:\s+(?:home|us|the\s+family))?(?:\s*$|\s*[.,;)])|splitting|split\s+up|separat\w*|divorc\w*)|\bsplitting\s+up\b|\bdivorc\w*`)},
}

// firstAidRE ends the words before a hurt that happens to the child:
// "tell an adult if she hurts herself in the playground".
var firstAidRE = mustRx(`\b(?:if|when|whenever)\s+(?:he|she|they|i)\s+$`)

// findCue is the first match of rules in h (lower case), or "".
func findCue(h *hintText, rules []cueRule) string {
	lb := h.s
	for _, c := range rules {
		if h.any(c.hints...) {
			if loc := c.re.FindStringIndex(lb); loc != nil {
				m := lb[loc[0]:loc[1]]
				if strings.HasPrefix(m, "hurt") && firstAidRE.MatchString(lb[:loc[0]]) {
					continue // "tell an adult if he hurts himself": first aid
				}
				return strings.TrimRight(m, " .,;)")
			}
		}
	}
	return ""
}

// careTopic is what a child's sentence (lb, lower case) is about that
// needs a Child Target written with care, or "".
func careTopic(h *hintText) string {
	if m := findCue(h, careBehaviours); m != "" {
		return m
	}
	return findCue(h, careTopics)
}

// describesChild returns why toks, the words after "I will" or "I can",
// describe the child as a profile does rather than say what they will
// do, or "": "find it difficult to share", "struggle to sit still",
// "become upset when routines change", "be reluctant to write", "have
// read 20 tricky words", "count to 10 but needs support".
func describesChild(toks []string, prefix string) string {
	said := func(n int) string { return strings.TrimSpace(prefix) + " " + join(toks[:n]) }
	first, second := lower(toks[0]), ""
	if len(toks) > 1 {
		second = lower(toks[1])
	}
	switch {
	case first == "find" && (second == "it" || second == "this" || second == "that" || second == "them") && len(toks) > 2 && (hardFor[lower(toks[2])] || len(toks) > 3 && degreeWords[lower(toks[2])] && hardFor[lower(toks[3])]):
		return fmt.Sprintf("%q describes the child; it is not a target", said(3))
	case first == "become" && upsetWords[second], first == "be" && reluctantWords[second]:
		return fmt.Sprintf("%q describes the child; it is not a target", said(2))
	case first == "struggle" || first == "tend" || first == "appear" || first == "seem" || first == "prefer" || first == "need",
		first == "be" && describingAdverbs[second],
		first == "be" && (second == "a" || second == "an") && len(toks) > 2 && describedAs(toks[2:]),
		first == "respond" && second == "well":
		return fmt.Sprintf("%q describes the child; it is not a target", said(1))
	case first == "have" && len(toks) > 2 && pastOnly[second]:
		return fmt.Sprintf("%q says what the child has done, not what they will do", said(2))
	case first == "be" && len(toks) > 2 && second == "at" && lower(toks[2]) == "risk":
		return fmt.Sprintf("%q describes the child; it is not a target", said(3))
	case first == "be" && stateWords[second],
		first == "have" && haveStates[second],
		first == "get" && upsetWords[second]:
		// "I will be at risk of exclusion", "I will have low
		// self-esteem", "I will get angry when I lose": a profile.
		return fmt.Sprintf("%q describes the child; it is not a target", said(2))
	case first == "be" && (second == "less" || len(second) > 4 && strings.HasSuffix(second, "er") && comparativeOf[strings.TrimSuffix(second, "er")]):
		// "I can be calmer in the afternoons": a change staff see.
		return fmt.Sprintf("%q is a change staff see, not something the child does", said(2))
	}
	for i := 1; i+1 < len(toks); i++ {
		if lower(toks[i]) == "but" && thirdAfterBut[lower(toks[i+1])] {
			// "count to 10 but needs support beyond 10": what staff see.
			return fmt.Sprintf("the verb %q is not in the child's own form", toks[i+1])
		}
	}
	return ""
}

// notAfterCan are verbs that do not follow "I can": know, like, want,
// need.
var notAfterCan = wordSet(`know like want need wish hope`)

// wishVerbs say what the child would like, after "I will" as well:
// "I will like to make a friend".
var wishVerbs = wordSet(`like want wish hope love`)

// describingAdverbs after "be" describe the child: "be easily
// distracted", "be well liked", "be often tired".
var describingAdverbs = wordSet(`easily well often very quite usually generally always rarely sometimes`)

// describedAs reports whether the words after "be a" describe the child
// as a person ("a kind and caring girl") rather than a role the child
// takes ("a good friend", "a helper").
func describedAs(toks []string) bool {
	for _, t := range toks {
		switch lower(t) {
		case "girl", "boy", "child", "pupil", "student", "learner", "person", "carer", "vet", "doctor", "nurse", "teacher":
			return true
		case ",", ".", "when", "to", "in", "at":
			return false
		}
	}
	return false
}

var (
	hardFor        = wordSet(`difficult hard tricky challenging`)
	stateWords     = wordSet(`worried anxious upset angry sad unkind sometimes often usually currently below behind`)
	haveStates     = wordSet(`low poor difficulty difficulties had no limited`)
	comparativeOf  = wordSet(`calm happi quiet kind gentl brav safe settl`)
	upsetWords     = wordSet(`upset angry cross anxious distressed frustrated overwhelmed withdrawn dysregulated tearful`)
	reluctantWords = wordSet(`reluctant unable unwilling`)
	// pastOnly are past participles after "have" that say what the child
	// has done: "have read", "have learnt".
	pastOnly      = wordSet(`read learnt learned shared made written done achieved met completed finished mastered told`)
	thirdAfterBut = wordSet(`needs finds struggles requires becomes gets can't cannot does doesn't is has`)
)

// noQuotes is s without what it quotes: "'more' + 'bubbles'" keeps the
// "+" between the quotes, which a symbol check may read.
func noQuotes(s string) string {
	if !strings.ContainsAny(s, "'\"") {
		return s
	}
	return quotedSpanRE.ReplaceAllString(s, " ")
}

// needsObject are verbs a child's sentence cannot end on alone.
var needsObject = wordSet(`attend finish complete use get make take do have bring give put show
	answer hand wear carry hold find choose build follow copy match sort fill pass check greet tell
	name write`)

// progressWords after "make" are a gain staff see over a term, not
// something the child does: "make progress in my reading".
var progressWords = wordSet(`progress improvements improvement gains`)

// notActions are words that cannot open what the child does after "I
// will": a second subject, a modal, an article, a preposition.
var notActions = wordSet(`i me my mine myself he she they him her his their them it we
	you the a an this that these those will can could would should must shall may might
	to is are was were am been being has had does did not no never of in on at by for
	with from into and or but so if when while as because than then there here some any
	all each every more less most very also just only really student pupil learner
	child person yp`)

// measureRE finds what is left of a staff measure after the rewrite: a
// percentage, a score, a count of trials or sessions, a record.
var measureRE = mustRx(`\d+(?:\.\d+)?\s*%|\bper\s?cent\b|\b\d+\s*/\s*\d+\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:out\s+)?of\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+)?(?:sessions?|occasions?|opportunities|trials?|lessons?|days|weeks|observations?|attempts?|intervals?|probes?|tasks?|times)\b|\brecorded\s+(?:in|on|by)\b|\bprompting\s+hierarchy\b|\b(?:in|on|at|across|during|over)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:out\s+of|/|of)\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\b|\b\d+\s+(?:[a-z]+\s+){1,3}?running\b|\b(?:from|by|in|until)\s+week\s+\d+\b|\bscor(?:e|es|ing)\s+(?:at\s+least\s+)?\d+\s*(?:out\s+of|/)\s*\d+`)

// periodRE is the stretch of days staff measure over ("in four day
// period"), not a lesson ("period 3").
var periodRE = mustRx(`\b\w+[\s-](?:day|week|month)\s+period\b`)

// measureWords are words only a staff measure uses.
var measureWords = wordSet(`trials trial probes probe intervals occasions accuracy baseline
	data wpm wcpm cwpm consecutive observed observation observations observer evidenced
	documented logged monitored assessed measured tracked criteria criterion
	benchmark fading percent per minimum maximum`)

func noZones(s string) string {
	if !strings.Contains(s, "ones") {
		return s
	}
	return removeMatches(s, zonesRE, false)
}

// zonesRE finds the Zones of Regulation, a scheme children learn by name.
var zonesRE = mustRx(`\bzones\s+of\s+regulation\b`)

// leftover finds staff grammar the rewrite did not turn into the
// child's: a second "to" verb ("and to say"), a participle or frame
// tacked on after a comma (", including …", "given a …", "when
// presented"), a perfect tense ("have gained"), a passive about the child
// ("be observed"). It returns the words found, or "".
func leftover(toks []string, verbs map[string]bool) string {
	at := func(i int) string {
		if i < len(toks) {
			return lower(toks[i])
		}
		return ""
	}
	for i := range toks {
		w, next := lower(toks[i]), at(i+1)
		switch {
		case (w == "and" || w == "or" || w == "then") && next == "to" && isWord(at(i+2)):
			return join(toks[i : i+3])
		case w == "," && (tackedOn[next] || participle(next) || next == "no"):
			// ", no support": staff's shorthand, not a sentence.
			return toks[i+1]
		case w == "which" && (next == "" || next == "by" || next == "," || next == "."):
			// "a toy which by myself": what it said is gone.
			return join(toks[i : i+1])
		case w == "starting" && (next == "from" || next == "at") && at(i+2) != "the":
			// "starting at level 3" is staff's; "starting at the top" is
			// how the child forms a letter.
			return join(toks[i : i+2])
		case w == "given" && (next == "a" || next == "an" || next == "the" || isNumber(next)):
			return join(toks[i : i+2])
		case w == "when" && frameParticiples[next]:
			return join(toks[i : i+2])
		case w == "have" && (i == 0 || at(i-1) == "and") && (next == "been" || perfects[next] || strings.HasSuffix(next, "ed") && len(next) > 4):
			return join(toks[i : i+2])
		case (w == "and" || w == "or") && strings.HasSuffix(next, "ed") && len(next) > 4 && (verbs[strings.TrimSuffix(next, "ed")] || verbs[strings.TrimSuffix(next, "d")]) &&
			(at(i+2) == "" || determiners[at(i+2)] || afterPastVerb[at(i+2)]) && !anyIn(toks[:i], keepVerbs) && !(i >= 2 && at(i-1) == "time" && at(i-2) == "on"):
			// "stay in my seat and joined in": a second verb left in
			// the past. "a ruler or coloured overlay" describes a thing,
			// "keep my phone in my bag and switched off" how it is kept,
			// "arrive on time and dressed for work" how the child comes.
			return join(toks[i : i+2])
		case w == "and" && strings.HasSuffix(next, "ing") && participle(next) && (i == 1 && verbs[lower(toks[0])] || (ingVerb(next, verbs) || ingParticles[at(i+2)]) && !slices.ContainsFunc(toks[:i], func(t string) bool { return t == "," || strings.HasSuffix(lower(t), "ing") })):
			// "look at the target and stepping forward", "open and
			// closing": a second verb left as staff's -ing. "reading and writing", "by following
			// … and ticking" and "study, rest and meeting friends" are
			// things done.
			return join(toks[i : i+2])
		case w == "i" && (next == "is" || next == "has" || next == "does" || next == "are"):
			return join(toks[i : i+2])
		case w == "to" && (next == "by" && at(i+2) == "myself" || leadAdverbs[next]):
			return join(toks[i : i+2])
		case w == "be" && (next == "observed" || next == "seen" || next == "noted" || next == "heard" || next == "able"):
			return join(toks[i : i+2])
		}
	}
	return ""
}

// notSecondVerbs cannot open a second sentence of what the child will do.
var notSecondVerbs = wordSet(`need want seem appear like love hate prefer mean be have`)

// nounVerbs are verbs that are also things ("book bag", "text message",
// "time limit"): only before afterNounVerb are they the child's action.
var (
	nounVerbs     = wordSet(`book text phone email shop iron set record sign post plant present list order group line model time pair sound film`)
	afterNounVerb = wordSet(`a an the my it them up on off out in down to for at with myself each every one two three how what where which when who`)
	timeTaken     = wordSet(`less more under over no about up`)
)

// thingNotVerb reports whether the words after an "and" start with a
// thing's name that a verb is spelt like: "and book bag", "and time
// limit".
func thingNotVerb(ws []string) bool {
	return len(ws) > 1 && nounVerbs[lower(ws[0])] && !afterNounVerb[lower(ws[1])]
}

// ingParticles after an -ing word make it a verb: "stepping forward".
var ingParticles = wordSet(`forward back up down out off over along across away round around`)

// ingVerb reports whether w is the -ing form of a verb in verbs:
// "making", "stepping", "saying".
func ingVerb(w string, verbs map[string]bool) bool {
	stem := strings.TrimSuffix(w, "ing")
	n := len(stem)
	return verbs[stem] || verbs[stem+"e"] || n > 2 && stem[n-1] == stem[n-2] && verbs[stem[:n-1]]
}

// afterPastVerb are the words that follow a verb in the past, where an
// -ed word before a noun would describe it instead.
var afterPastVerb = wordSet(`in on at to with up down out off by for from into over . ,`)

// danglingParticiples cannot end a child's sentence: "use one of the
// ways taught".
var danglingParticiples = wordSet(`taught given shown modelled modeled agreed provided
	introduced practised practiced seen heard taken required completed achieved recorded repeated
	explained written`)

// participle reports whether w reads as an -ing or -ed form tacked on
// after a comma (", staying behind the line leader", ", checked at the
// door"), which is how staff add detail, not how a child talks.
func participle(w string) bool {
	if notParticiples[w] || len(w) < 5 {
		return false
	}
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")
}

// notParticiples end in -ing or -ed but are nouns a child uses, or "during".
var notParticiples = wordSet(`morning evening something anything nothing everything
	ceiling building painting drawing reading writing spelling swimming
	setting clothing heading greeting filling wedding
	bed red shed during`)

var (
	tackedOn         = wordSet(`given including meeting arriving following involving using ensuring showing demonstrating`)
	frameParticiples = wordSet(`faced presented provided prompted warned directed given`)
	perfects         = wordSet(`gained got shown made become developed learnt learned achieved improved increased begun felt`)
)

// jargon are adult words a young reader cannot be expected to read, with
// no plain word the glossary gives for them. A word here that is left in
// a sentence makes it unsafe.
var jargon = wordSet(`cvce adjacent ascenders descenders non-standard schema schemas posture self-register toileting mindset standardised standardized scaffold self-esteem resilient resilience regrouping orienting pre-teaching pre-teach empathy contexts stabilise stabilize literal retrieval pre-primer prior improved alt arousal notation sequence sequencing grounding two-keyword graded onset pre-cane pincer assertive hw wpm ie eg i.e e.g etc utilise utilize utilising comply complies
	compliance compliant initiate initiates initiating interaction interactions aggression
	aggressive articulate articulates sustain sustained trunk stability proprioceptive
	vestibular bilateral sensory-seeking dysregulation dysregulated regulate regulation
	self-regulation self-regulate demonstrate demonstrates verbalise verbalize facilitate
	facilitated modelling modelled scaffolding scaffolded differentiated differentiation
	intervention interventions provision elicit elicited expressive receptive pragmatic
	pragmatics phonological morphological semantic syntax fluency automaticity tier
	executive metacognition metacognitive perseverate perseveration echolalia stimming
	de-escalate de-escalation escalate escalation antecedent antecedents reinforcement
	reinforcer reinforcers non-compliance noncompliance non-compliant task-avoidance
	avoidant defiance oppositional disruptive disruption appropriately inappropriate
	inappropriately appropriate peers peer cohort ks1 ks2 ks3 ks4 eyfs iep ehcp ehc sen
	send salt ot lsa hlta senco sendco slcn semh asc adhd asd spld mld sld pmld
	cognition motor gross fine-motor graphomotor visuo-spatial visuospatial kinaesthetic
	tactile auditory processing sequencing decode decoding encode encoding grapheme
	graphemes phoneme phonemes digraph digraphs trigraph trigraphs
	utilisation independently autonomy autonomously adhere adherence engage engagement
	attainment outcomes outcome objective objectives acquisition generalise generalisation
	generalize maintenance transition transitions transitional triggers trigger
	resilience distress stimuli stimulus attributes fixtures scenarios scenario
	specific verbal spontaneous structured structure extended submission self-edit
	passage dynamic manipulatives corresponding palmar assistive containing 1:1
	restate non-verbal nonverbal non-literal inference inferences consonant clusters parallel 5w's refocus
	utensil impact impacts impacted adult-directed child-initiated tabletop aac resistance idioms sarcasm forced-choice
	cue cues non-preferred subject-specific fisted functional segment segmenting constructive
	navigate modulation proprioception bowel bowels bladder word-finding malleable table-top
	non-verbally typoscope self-talk inset meet-and-greet nonfiction non-fiction wh
	concept concepts negatives framework stamina focussed clause clauses`)

// childAcronyms are capitalised short words children do read on their own
// page, which are never taken for jargon: lessons, the doctor, the
// support they go to, their TA and the exams they sit. (The phonics "CVC
// words" are "short words" in the glossary: neither those who wrote the
// corpora's sentences nor their second readers would print "CVC".)
var childAcronyms = wordSet(`pe ict ipad pc tv gp elsa ok dt re pshe ta lsa sna gcse pin nhs id bsl tt sat cv ppe ucas fm btec nvq`)

// boardNames are the slashed names of boards children use: "my
// first/then board".
var boardNames = wordSet(`first/then now/next`)

// wordSlashRE is a slash between two words, once the sounds written
// "/s/" (slashSoundRE) are out of the way.
var (
	wordSlashRE  = mustRx(`[A-Za-z]+\s*/\s*[A-Za-z]+`)
	slashSoundRE = mustRx(`/[A-Za-z]{1,4}/`)
)

// everydayInSmall are staff's shorthands in capitals that are everyday
// words in small letters: "SEND" and "send photos", "SALT" and "salt".
var everydayInSmall = wordSet(`send salt`)

// ofAdjectives end a sentence before "of" well: "what I am proud of".
var ofAdjectives = wordSet(`proud afraid scared frightened unsure sure aware fond jealous tired`)

// unfinishedEnds cannot end a sentence: "with the right volume, as",
// "the". ("Join in", "carry on", "if I choose to" can end one.)
var unfinishedEnds = wordSet(`the a an and or of without than my least from as not into onto towards`)

// endsOnBe may end a sentence before "is": "what day it is", "where
// the office is". whWords open such a clause.
var (
	endsOnBe = wordSet(`it this that there he she they who what`)
	whWords  = wordSet(`what where how who which whose whoever whatever`)
)

// joinedThird returns a staff -s verb joined by "and" or "or" to the
// verb of an "I" inside the sentence ("when I know the answer and wants
// to speak", "when I stop and starts"), or "".
func (r *Rewriter) joinedThird(toks []string) string {
	for j := 1; j+2 < len(toks); j++ {
		// "do my homework with my brother and hands it in": a staff -s
		// verb with its object, joined to the child's own first verb.
		w := lower(toks[j])
		if toks[j] == "," || subordinators[w] || toks[j] == "I" {
			break
		}
		if (w == "and" || w == "or") && (r.isThirdPerson(lower(toks[j+1])) && objectStarts[lower(toks[j+2])] || lower(toks[j+1]) == "is" || lower(toks[j+1]) == "has" || lower(toks[j+1]) == "can") {
			// "sleep better and is less worried", "finish 5 sessions
			// and can read the words".
			return toks[j+1]
		}
	}
	for i, t := range toks {
		if t != "I" {
			continue
		}
		for j := i + 2; j+1 < len(toks); j++ {
			w := lower(toks[j])
			if toks[j] == "," || toks[j] == "." || subordinators[w] || w == "I" {
				break
			}
			if (w == "and" || w == "or") && r.isThirdPerson(lower(toks[j+1])) {
				return toks[j+1]
			}
		}
	}
	return ""
}

// cutTimeRE is a word of time left without what it was about: "keep my
// chart up to date after with my buddy", once "each session" is gone.
var cutTimeRE = mustRx(`\b(?:after|before|until|during)\s+(?:with|in|on|at|to|for|from|by)\b`)

// clauseJoins start a new main clause, where a second "I will" is a
// second subject rather than part of "… whether I can join in".
var clauseJoins = wordSet(`and or then , ; but`)

// subordinators open a clause about a condition ("if I do not
// understand"), where a "not" is no negative target.
var subordinators = wordSet(`if when whether unless that what why how until because so`)

// clausePronouns and auxiliaries open a clause inside the child's
// sentence ("anyone I have not met", "why it is not safe").
var (
	clausePronouns = wordSet(`i it one they we you`)
	auxiliaries    = wordSet(`have has had can could do does did am is are was were`)
)

// negativeCues are the words stillNegativeRE can match on.
var negativeCues = wordSet(`not never no cannot refrain refrains refraining avoid avoids avoiding
	reduce reduces decrease decreases fewer longer less stop stops stopping without nobody`)

// stillNegative returns the negative wording left in the main clause of
// body, or "".
func stillNegative(body string) string {
	body = asciiLower(body)
	orig := body
	if strings.Contains(body, "'") {
		// "say 'stop, I don't like it'": what the child says is theirs.
		body = quotedSpanRE.ReplaceAllStringFunc(body, func(m string) string { return strings.Repeat(" ", len(m)) })
	}
	if !strings.Contains(body, "n't") && !strings.Contains(body, "keep from") && !slices.ContainsFunc(tokenize(body), func(t string) bool { return negativeCues[t] }) {
		return ""
	}
	if strings.Contains(body, "stop") {
		body = notNegativeRE.ReplaceAllStringFunc(body, func(m string) string { return strings.Repeat(" ", len(m)) })
	}
	locs := stillNegativeRE.FindAllStringIndex(body, -1)
	for _, loc := range locs {
		if (body[loc[0]:loc[1]] == "fewer" || strings.HasPrefix(body[loc[0]:loc[1]], "less")) && strings.HasSuffix(body[:loc[0]], " or ") {
			continue // "with 3 or fewer reminders", "in 2 seconds or less": a count the child aims for
		}
		if strings.HasPrefix(body[loc[0]:loc[1]], "less") && (mathsLessRE.MatchString(body[max(loc[0]-12, 0):loc[0]]) || strings.HasPrefix(body[loc[1]:], " than")) {
			continue // "one more and one less", "which has less", "less than": maths
		}
		if m, ok := strings.CutPrefix(body[loc[0]:loc[1]], "without "); ok && !withoutList(body[loc[1]:]) {
			if m == "arguing" && (strings.HasPrefix(body, "accept") || strings.HasPrefix(body, "follow")) {
				// "accept 'no' from an adult without arguing": second
				// readers print it as it stands; it is how the child
				// takes what an adult says.
				continue
			}
			if strings.HasSuffix(strings.Fields(m)[0], "ing") && !misbehaviour[strings.TrimSuffix(m, "ing")] && !misbehaviour[strings.TrimSuffix(m, "ing")+"e"] && !misbehaviour[m[:max(len(m)-4, 0)]] {
				// "walk on bumpy ground without tripping", "read my
				// tricky words without sounding them out": how the
				// child does it, as SENCos write it. "sit without
				// shouting out" is still the behaviour the target is
				// against.
				continue
			}
		}
		before := tokenize(body[:loc[0]])
		neg := body[loc[0]:loc[1]]
		if neg == "not" && strings.HasSuffix(strings.TrimRight(orig[:loc[0]], " "), "'") || neg == "not" && strings.HasSuffix(strings.TrimRight(orig[:loc[0]], " "), "\"") {
			if after := strings.TrimLeft(orig[loc[1]:], " "); strings.HasPrefix(after, "'") || strings.HasPrefix(after, "\"") {
				continue // "say 'rabbit' not 'rab'": which word, not what the child will not do
			}
		}
		if strings.HasPrefix(neg, "avoid") && len(before) > 2 && before[len(before)-1] == "to" {
			// "leave 5 minutes early to avoid the busy corridor": what the
			// action is for, not what the child will stop doing.
			continue
		}
		if n := len(before); n >= 2 && (neg == "not" && clausePronouns[before[n-2]] && auxiliaries[before[n-1]] || strings.HasSuffix(neg, "n't") && clausePronouns[before[n-1]] && before[n-2] != "sure") {
			// "a word I can not remember", "anyone I have not met", "the
			// things I don't like": the body's own verb has no subject,
			// so one here opens a clause about something else. ("Make
			// sure I don't …" is still the target's own.)
			continue
		}
		if n := len(before); neg == "not" && n > 0 && before[n-1] == "," {
			// "turn the paper, not my body", "in the school toilets, not
			// only at home": what the child does, set against what they
			// might do instead.
			if next := after1(body[loc[1]:]); determiners[next] || next == "me" || next == "only" {
				continue
			}
		}
		sub := false
		for _, t := range before {
			// "when shown my card, without running off": a comma ends
			// the clause, and what follows is the target's own again.
			sub = (sub || subordinators[lower(t)]) && t != ","
		}
		if n := len(before); n > 0 && (before[n-1] == "and" || before[n-1] == "or" || before[n-1] == "but") {
			// "go to my safe space when I am angry and not hit": the
			// "and" goes back to the target's own verb.
			sub = false
		}
		if !sub {
			return body[loc[0]:loc[1]]
		}
	}
	return ""
}

// after1 returns the first word of s, lower case, or "".
func after1(s string) string {
	if ts := tokenize(s); len(ts) > 0 {
		return lower(ts[0])
	}
	return ""
}

// passiveBe before a participle that ends the sentence make it a clause
// of its own: "when a new sound is taught".
var passiveBe = wordSet(`is are am was were been be gets`)

// yearGroupRE is a pair of year groups ("the Year 1/2 word list"), not
// a score.
var yearGroupRE = mustRx(`\byear\s+\d+\s*/\s*\d+\b`)

// withoutList reports whether what follows "without …ing" goes on to
// more things not to do: "without covering my ears or leaving the hall".
func withoutList(after string) bool {
	if i := strings.IndexAny(after, ",.;"); i >= 0 {
		after = after[:i]
	}
	return strings.Contains(after, " or ") || strings.Contains(after, " and ")
}

// misbehaviour are what a target is against when it says the child will
// do something "without" them: the child's page says what they will do
// instead. A doubled final consonant is kept off ("hitting" → "hit").
var misbehaviour = wordSet(`hit kick bite shout swear run push throw hurt scream spit snatch walk
	disrupt argue resort fight grab interrupt call leave tear bin cry refuse wander hide
	climb chew lick touch damage break destroy rip pinch scratch slam tip flee escape
	abscond complain moan sulk distract shove barge jostle need require rely report prompt
	poke prod slap nip`)

// negatives are what still makes a sentence say what the child will stop.
var stillNegativeRE = mustRx(`\b(?:not|never|don't|doesn't|won't|can't|cannot|refrain|refrains|refraining|avoid|avoids|avoiding|reduce|reduces|decrease|decreases|fewer|no\s+longer|less\s+often|less\s+frequently|less\s+regularly|less\s+at|less\s+in|less\s+when|less\s+about|nobody|no\s+one|keep\s+from)\b|\bless\s*\.?$|\bwithout\s+(?:a|any)\s+(?:red\s+card|detention|warning|sanction|incident|exclusion)s?\b|\band\s+no\s+[a-z]+ing\b|\bstop(?:s|ping)?\s+(?:\w+ing|hurting|being)\b|\bwithout\s+[a-z]+ing\b|\bwithout\s+(?:a\s+|any\s+)?(?:complaint|fuss|argument|tantrum|meltdown)s?\b`)

// otherPeople are words naming someone other than the child, after which
// a he or she can mean that person.
var otherPeople = wordSet(`friend friends partner partners adult adults teacher teachers
	someone somebody classmate classmates child children peer peers people person sister
	brother mum dad parent parents carer grown-up grown-ups ta lsa mr mrs ms miss dr mx
	everyone others group team visitor coach member members customer customers`)

// doneToChild follow "be" when a target says what adults will do for the
// child: "be supported", "be given".
var doneToChild = wordSet(`supported helped encouraged prompted reminded given taught shown
	offered provided allowed praised rewarded guided assisted enabled included exposed introduced
	immersed collected taken escorted supervised picked toilet hoisted changed met sat checked
	accompanied gone transferred positioned fed lifted carried toileted kept sent removed restrained
	handled assessed observed monitored tested referred placed told informed warned prepared`)

// progressive reports whether w, after "be", is the -ing form of a verb:
// "be learning", "be working".
func (r *Rewriter) progressive(w string) bool {
	_, ok := r.verbBase(w)
	return ok && strings.HasSuffix(w, "ing")
}

// staffCase writes a staff role the way staff do: "the TA", not "the
// ta".
func staffCase(who string) string {
	if role, ok := strings.CutPrefix(who, "the "); ok && staffRoles[role] {
		return "the " + strings.ToUpper(role)
	}
	return who
}

// sanctionCountRE is a limit on the sanctions or incidents a target
// counts: "no more than 2 negative points", "fewer than 3 detentions".
var sanctionCountRE = mustRx(`\b(?:no\s+more\s+than|fewer\s+than|less\s+than|under|no|zero|only)\s+(?:[\w-]+\s+){0,2}(?:(?:negative|behaviou?r|conduct|demerit|red)\s+points?|demerits?|detentions?|sanctions?|exclusions?|incidents?|red\s+cards?|warnings?|referrals?|removals?|behaviour\s+logs?)\b`)

// vouch returns why sentence cannot be printed on a child's page, or ""
// when it can. prefix is "I will " or "I can ".
func (r *Rewriter) vouch(sentence, prefix string, c Child) string {
	body, ok := strings.CutPrefix(sentence, prefix)
	if !ok {
		return fmt.Sprintf("it does not start %q", strings.TrimSpace(prefix))
	}
	toks := tokenize(strings.TrimSuffix(body, "."))
	if len(toks) == 0 {
		return "nothing is left of the wording"
	}
	lb := asciiLower(body) // matched by the expressions below, all in small letters
	lh := newHintText(lb)  // and their hint words
	if m := stillNegative(body); m != "" {
		return fmt.Sprintf("it still says what the child will not do: %q", m)
	}
	if containsAny(lb[:min(len(lb), 12)], "record", "photo", "observ", "evidence", "note") && recordRE.MatchString(lb) {
		// "record of my reading … shows": the evidence, not the child.
		return fmt.Sprintf("it is the record staff keep, not something the child does: %q", recordRE.FindString(lb))
	}
	if strings.HasSuffix(strings.TrimSuffix(body, "."), " but only") {
		// "read the text aloud, but only" once "when given the text the
		// day before" has gone.
		return "the wording is not finished: it ends on \"but only\""
	}
	if containsAny(body[:min(len(body), 8)], "choose", "pick", "select") {
		if m := choseNothingRE.FindStringSubmatch(asciiLower(strings.TrimSuffix(body, "."))); m != nil {
			// "choose one by pointing" once "When given a choice of two
			// activities," has gone: one of what?
			return fmt.Sprintf("%q does not say of what", m[1])
		}
	}
	if containsAny(body, " and my ", " and the ") {
		if m := r.secondSubject(toks); m != "" {
			// "finish my homework on time and my parents sign my
			// planner": what someone else does is not the child's to do.
			return fmt.Sprintf("a second subject is left: %q", m)
		}
	}
	if containsAny(lb, "point", "merit", "detention", "sanction", "exclusion", "incident", "red card", "warning", "referral", "removal", "behaviour log") && containsAny(lb, "no ", "fewer", "less", "under", "zero", "only") {
		if m := sanctionCountRE.FindString(lb); m != "" {
			// "get no more than 2 negative points a week": what staff give
			// or log when the child does what the target is against.
			return fmt.Sprintf("it counts sanctions or incidents, not what the child will do: %q", m)
		}
	}
	if strings.Contains(body, " me") {
		if m := selfObjectRE.FindString(prefix + body); m != "" {
			// "say sorry to my friend when I have upset me": one of the
			// two was someone else.
			return fmt.Sprintf("%q cannot be right: a he, she, him or her was someone else's", m)
		}
	}
	first := lower(toks[0])
	verb := toks
	if len(toks) > 2 && howOften[first] {
		// "I will always line up quietly": the verb comes after.
		verb = toks[1:]
	}
	if vf := lower(verb[0]); notActions[vf] || !isWord(vf) || isNumber(vf) {
		return fmt.Sprintf("%q is not something the child does", strings.TrimSpace(prefix)+" "+toks[0])
	}
	if vf := lower(verb[0]); r.isThirdPerson(vf) || strings.HasSuffix(vf, "ing") && r.verbsHas(strings.TrimSuffix(vf, "ing")) {
		return fmt.Sprintf("the verb %q is not in the child's own form", verb[0])
	}
	if vf := lower(verb[0]); !r.isAction(vf) && !(len(verb) > 1 && verbsAfterI[vf]) {
		return fmt.Sprintf("planpack does not know %q as something a child does", verb[0])
	}
	if len(toks) > 2 && lower(toks[1]) == "with" && lower(toks[2]) == "me" || strings.Contains(body, " me") && staffMeRE.MatchString(lb) {
		// "I will read with me", "come and see me": a staff writer's
		// own "me", or a "with Amira" for staff, is not the child's.
		return "it says what an adult will do with the child, not the child"
	}
	if strings.Contains(body, " by me") && byMeRE.MatchString(body) {
		// "make sure my coat is hung on my peg by me": what is done,
		// said of the child as if by someone else.
		return "it says what is done to the child's things, not what the child does"
	}
	if strings.Contains(body, " my ") {
		for i := 1; i < len(toks); i++ {
			if a, b := lower(toks[i-1]), lower(toks[i]); a == "my" && possessives[b] && b != "my" || b == "my" && possessives[a] && a != "my" && a != "her" {
				// "put his my coat on": someone else's his or her, and
				// the child's, on one thing (not "give her my book").
				return fmt.Sprintf("%q cannot be right: a he, she, him or her was someone else's", toks[i-1]+" "+toks[i])
			}
		}
	}
	if m := withMeIn(prefix, body); m != "" {
		// "walk with Mr Ali to the hall and stay with me".
		return fmt.Sprintf("%q cannot be right: a he, she, him or her was someone else's", m)
	}
	if len(toks) > 1 && lower(toks[1]) == "me" {
		// "I will ask me to play": a "them" or "her" that was someone
		// else's became the child's.
		return fmt.Sprintf("%q cannot be the child's own doing", strings.TrimSpace(prefix)+" "+toks[0]+" me")
	}
	if last := lower(toks[len(toks)-1]); (last == "ways" || last == "way") && len(toks) <= 3 && first == "use" {
		// "I will use ways." once "taught in ELSA" has gone: which ways?
		return fmt.Sprintf("the wording is not finished: nothing says which %s", last)
	}
	if prefix == "I can " && len(toks) > 1 && (first == "have" && !(len(toks) > 2 && (lower(toks[1]) == "a" && lower(toks[2]) == "go" || lower(toks[1]) == "kind" && lower(toks[2]) == "hands")) || first == "work" && lower(toks[1]) == "on" || first == "learn" || first == "practise" || first == "practice") {
		// "I can have a good week", "I can work on my letters": nothing
		// the child can show they can do.
		return fmt.Sprintf("%q is not something the child can show they can do", "I can "+toks[0]+" "+toks[1])
	}
	if first == "need" && len(toks) > 1 {
		switch lower(toks[1]) {
		case "more":
			// "I will need more time to finish tasks": what staff give.
			return fmt.Sprintf("%q says what staff give, not what the child does", strings.TrimSpace(prefix)+" need more")
		case "less", "fewer":
			// "I will need less help at lunchtime": how much help staff give.
			return fmt.Sprintf("%q says how much help staff give, not what the child does", strings.TrimSpace(prefix)+" "+toks[0]+" "+toks[1])
		}
	}
	if wishVerbs[first] {
		// "I will like to make a friend", "I will love reading".
		return fmt.Sprintf("%q says what the child would like, not what they will do", strings.TrimSpace(prefix)+" "+toks[0])
	}
	if prefix == "I can " && notAfterCan[first] && !(first == "have" && len(toks) > 2 && (hasPrefixWords(toks[1:], []string{"kind", "hands"}) || hasPrefixWords(toks[1:], []string{"a", "go"}))) {
		// "I can know my tables", "I can need …": no child says it so.
		return fmt.Sprintf("%q is not how a child says it", "I can "+toks[0])
	}
	if m := careTopic(lh); m != "" {
		// A target about self-harm, a meltdown, toileting accidents, a
		// death or care at home is for a SENCo to word with
		// the child and family, never for a rewriter.
		return careReason(m)
	}
	if why := describesChild(toks, prefix); why != "" {
		return why
	}
	if len(toks) == 1 && needsObject[first] {
		// "I will finish." once "3 out of 5 maths tasks" has gone as
		// staff's count: finish what?
		return fmt.Sprintf("the wording is not finished: nothing is left after %q", toks[0])
	}
	if ms := slices.IndexFunc(toks, func(t string) bool { return lower(t) == "sure" }); ms > 0 && lower(toks[ms-1]) == "make" && len(toks) > ms+3 {
		// "make sure my EpiPen is kept in the classroom", "… is checked
		// by staff": what adults will do with the child's things.
		for j := ms + 2; j+1 < len(toks); j++ {
			if w, pp := lower(toks[j]), lower(toks[j+1]); (w == "is" || w == "are") && (doneToChild[pp] && pp != "kept" || pp == "kept" && medicalThings[lower(toks[j-1])] || strings.HasSuffix(pp, "ed") && slices.Contains(toks[j+2:], "by")) || w == "am" && doneToChild[pp] {
				return fmt.Sprintf("%q says what adults will do, not the child", strings.Join(toks[j-1:j+2], " "))
			}
		}
	}
	if first == "have" && len(toks) > 3 && (lower(toks[1]) == "my" || lower(toks[1]) == "the" || lower(toks[1]) == "an" || lower(toks[1]) == "a") && (adultNouns[lower(toks[2])] || lower(toks[2]) == "ta") && r.isAction(lower(toks[3])) {
		// "have my TA read the questions to me": what the adult does.
		return fmt.Sprintf("%q says what an adult will do, not the child", strings.Join(toks[:4], " "))
	}
	if (first == "get" || first == "have" || first == "receive" || first == "access" || first == "use") && len(toks) >= 2 && providedRE.MatchString(lb) {
		// "get an adult's help for 15 hours a week", "have an adult
		// scribe", "get a movement break every 20 minutes": what adults
		// provide.
		return fmt.Sprintf("%q says what adults will provide, not what the child does", strings.TrimSpace(prefix)+" "+providedRE.FindString(lb))
	}
	if first == "have" && len(toks) > 3 && determiners[lower(toks[1])] {
		// "have my hearing aids checked daily", "have my blood sugar
		// tested": what an adult does to the child's things.
		for j := 3; j < len(toks) && j <= 5; j++ {
			if w := lower(toks[j]); doneToChild[w] || w == "tested" || w == "changed" || w == "cut" || w == "signed" || w == "fitted" || w == "cleaned" {
				return fmt.Sprintf("%q says what adults will do, not the child", strings.Join(toks[:j+1], " "))
			}
		}
	}
	if first == "behave" || first == "be" && len(toks) > 1 && lower(toks[1]) == "good" && (len(toks) == 2 || prepositions[lower(toks[2])]) {
		// "I will behave in assembly", "I will be good at carpet time":
		// nothing the child can see themselves do.
		n := 2
		if first == "behave" {
			n = 1
		}
		return fmt.Sprintf("%q is not something the child can see themselves do", strings.TrimSpace(prefix)+" "+strings.Join(toks[:min(len(toks), n)], " "))
	}
	if first == "be" && len(toks) > 1 && lower(toks[1]) == "now" {
		// "Leo is now using full stops": a note of progress, not a target.
		return fmt.Sprintf("%q says what the child does now, not what they will do", strings.TrimSpace(prefix)+" be now")
	}
	if first == "be" && len(toks) > 1 {
		switch second := lower(toks[1]); {
		case second == "bullied" || second == "teased" || second == "hurt":
			// "Amira is being bullied by a group of girls and will tell
			// an adult": what others do to the child, for a SENCo to word.
			return fmt.Sprintf("%q says what others do to the child, not what the child does", strings.TrimSpace(prefix)+" "+toks[0]+" "+toks[1])
		case doneToChild[second]:
			// "I will be supported", "I will be given a break": what
			// adults will do for the child.
			return fmt.Sprintf("%q says what adults will do, not the child", strings.TrimSpace(prefix)+" "+toks[0]+" "+toks[1])
		case r.progressive(second):
			// "I will be working towards …", "I can be learning to …":
			// what the child is in the middle of, not what they will do.
			return fmt.Sprintf("%q says what the child is in the middle of, not what they will do", strings.TrimSpace(prefix)+" "+toks[0]+" "+toks[1])
		case second == "more" && len(toks) > 2 && lower(toks[2]) != "than":
			// "I can be more settled in the mornings": a change staff
			// see over a term, not something the child does.
			return fmt.Sprintf("%q is not something the child can see themselves do", strings.TrimSpace(prefix)+" "+toks[0]+" "+toks[1]+" "+toks[2])
		case len(toks) > 2 && (second == "aware" || second == "more" && lower(toks[2]) == "aware"):
			// "I will be more aware of personal space": as unseen as
			// understanding it.
			return fmt.Sprintf("%q is not something the child can see themselves do", strings.TrimSpace(prefix)+" "+join(toks[:slices.Index(toks, "aware")+1]))
		}
	}
	if len(toks) > 1 && first == "try" && lower(toks[1]) == "to" {
		// "I will try to take greater risks": what will the child do?
		return fmt.Sprintf("%q says the child will try, not what they will do", strings.TrimSpace(prefix)+" "+toks[0]+" "+toks[1])
	}
	if len(toks) > 1 && (first == "understand" || first == "have" && vagueGains[lower(toks[1])] || first == "make" && (progressWords[lower(toks[1])] || len(toks) > 3 && isNumber(toks[1]) && strings.HasPrefix(lower(toks[2]), "month") && progressWords[lower(toks[3])])) {
		// "I will understand personal space", "I will have more
		// confidence": nothing a child can see themselves do or tick off.
		said := strings.TrimSpace(prefix) + " " + toks[0]
		if first == "have" || first == "make" {
			said += " " + toks[1]
		}
		return fmt.Sprintf("%q is not something the child can see themselves do", said)
	}
	nameSet := map[string]bool{}
	for _, n := range c.Names {
		for _, f := range strings.Fields(n) {
			nameSet[strings.ToLower(f)] = true
		}
	}
	other, others, otherHe, otherShe := false, false, false, false
	quoted := quotedSpans(toks)
	for i, t := range toks {
		w := lower(t)
		if quoted[i] {
			continue // `use "he" and "she"`, "say 'My name is Sam'": the words themselves
		}
		switch {
		case w == "your" || w == "yours":
			// "follow 2 step instructions like get your coat and line
			// up": what an adult says, without its quotes.
			return fmt.Sprintf("%q is what an adult says, left without its quotes", t)
		case (w == "will" || w == "shall") && i > 0 && lower(toks[i-1]) == "who":
			return "it says what an adult will do, not the child"
		case (w == "will" || w == "shall") && !(i > 1 && toks[i-1] == "I" && (!clauseJoins[lower(toks[i-2])] || othersActionBefore(toks, i-2))) && !futureOfThings(toks, i):
			// "plan how I will use my extra time", "the free periods I
			// will use for study": the child's own "will" inside what
			// they do is no second subject.
			return "a second \"will\" is left"
		case w == "i" && i > 0 && i+1 < len(toks) && (lower(toks[i+1]) == "will" || lower(toks[i+1]) == "can") && clauseJoins[lower(toks[i-1])] && !othersActionBefore(toks, i-1):
			// "let my friend choose the game, then I will choose" needs
			// its second "I".
			return "a second subject is left"
		case (nameSet[w] && (isCapitalised(t) || isAcronym(t)) || nameSet[strings.TrimSuffix(w, "'s")] && isCapitalised(t)) && !(i > 0 && (adultTitles[lower(toks[i-1])] || nameTitles[lower(toks[i-1])]) || i+1 < len(toks) && namedPlaces[lower(toks[i+1])] || i > 1 && lower(toks[i-1]) == "as" && lower(toks[i-2]) == "name"):
			// "read with Mr Thomas", "go back to Rowan Class": someone or
			// somewhere with the child's name, which may stay.
			return fmt.Sprintf("the child's name %q is left", t)
		case childNouns[w] && (i == 0 || !otherDeterminers[lower(toks[i-1])]) && !childThing(toks, i) || w == "young" && i+1 < len(toks) && strings.HasPrefix(lower(toks[i+1]), "person"):
			return fmt.Sprintf("%q for the child is left", t)
		case otherPeople[strings.TrimSuffix(w, "'s")] || femaleNouns[strings.TrimSuffix(w, "'s")] || maleNouns[strings.TrimSuffix(w, "'s")] || i > 0 && isCapitalised(t) && !nameSet[w]:
			// "my friend's pencil": someone else is named.
			w = strings.TrimSuffix(w, "'s")
			other = true
			others = others || groupNouns[w] || peerNouns[w] || adultNouns[w] && strings.HasSuffix(w, "s")
			// "Mrs Lee", "his mum": only a she; "a friend", "Jo": either.
			if !(i > 0 && adultTitles[lower(toks[i-1])]) {
				otherHe = otherHe || !femaleNouns[w]
				otherShe = otherShe || !maleNouns[w]
			}
		case c.Pronouns != "" && pronounSex(w) != "" && pronounSex(w) != c.Pronouns:
			// "when he asks me a question" of a girl: someone else's.
		case (w == "he" || w == "him" || w == "his" || w == "himself") && !otherHe, (w == "she" || w == "her" || w == "herself") && !otherShe:
			// "tell Mrs Lee when she asks him how he is feeling": no other
			// he than the child.
			return fmt.Sprintf("%q may mean the child", t)
		case w == "them" && c.Pronouns == "they" && !others && !slices.ContainsFunc(toks[:i], isCollective) && !r.pluralBefore(toks[clauseStart(toks, i):], i-clauseStart(toks, i)-1) && !slices.ContainsFunc(toks[:i], pluralOwner):
			// For a child who is "they", a "them" with nothing plural
			// before it in its clause: "tell Josh when he has upset
			// them" (not "my words").
			return fmt.Sprintf("%q may mean the child", t)
		case (w == "they" || w == "their" || w == "themselves" || w == "they're" || w == "they've") && !others && !r.pluralBefore(toks, i-1) && !(w == "they" && i+2 < len(toks) && (lower(toks[i+2]) == "me" || lower(toks[i+2]) == "my")):
			// ("when they say my name": they do it to the child.)
			// "tell an adult about the things they are good at": staff
			// write "they" for the child; only a group, or another
			// child ("ask a friend if they want to play"), named before
			// it is someone else.
			return fmt.Sprintf("%q may mean the child", t)
		case w == "he's" || w == "she's":
			if !other {
				return fmt.Sprintf("%q may mean the child", t)
			}
		}
	}
	if quotes := slices.ContainsFunc(toks, func(t string) bool { return t == "'" || t == "\"" }); quotes {
		single, double := 0, 0
		for _, t := range toks {
			switch t {
			case "'":
				single++
			case "\"":
				double++
			}
		}
		if single%2 == 1 || double%2 == 1 {
			return "a quotation mark is left open"
		}
		for _, q := range quotedSpanRE.FindAllString(body, -1) {
			if !strings.ContainsFunc(q, unicode.IsLetter) {
				return "nothing is left inside the quotation marks" // "say '...'"
			}
			// "read the sign 'Stop and look and listen, 'at the crossing":
			// a quotation split at its full stops and joined again.
			inner := strings.TrimLeftFunc(q, func(c rune) bool { return unicode.IsSpace(c) || c == '(' })
			if inner = inner[1 : len(inner)-1]; strings.TrimSpace(inner) != inner || strings.HasSuffix(inner, ",") {
				return "the words in quotation marks are broken up"
			}
		}
	}
	// "the route I have practised" is finished; "the ways practised" is not.
	if last := lower(toks[len(toks)-1]); danglingParticiples[last] && !hasPrefixWords(toks[max(len(toks)-3, 0):], []string{"i", "have"}) && !passiveBe[lower(toks[max(len(toks)-2, 0)])] || unfinishedEnds[last] && !(last == "than" && len(toks) > 1 && comparesWords[lower(toks[len(toks)-2])]) && !(last == "of" && len(toks) > 1 && ofAdjectives[lower(toks[len(toks)-2])]) {
		return fmt.Sprintf("the wording is not finished: it ends on %q", toks[len(toks)-1])
	}
	if m := leftMeasure(toks); m != "" {
		return m
	}
	if w := looseWay(toks); w != "" {
		return fmt.Sprintf("%q does not say what the way is for", w)
	}
	if strings.Contains(body, "give up ") && giveUpRE.MatchString(body) {
		// "give up snatching toys": what the child will stop doing.
		return fmt.Sprintf("it still says what the child will not do: %q", giveUpRE.FindString(body))
	}
	if len(toks) >= 2 && len(toks) <= 3 && (isNumber(toks[1]) || numberWords[lower(toks[1])]) && (len(toks) == 2 || strings.HasSuffix(lower(toks[2]), "ly")) {
		// "read 8 correctly", "name 15", "pick one": the things were in
		// a frame staff put first ("Given a list of 10 sight words,").
		return fmt.Sprintf("what %q are is left out", strings.Join(toks[:2], " "))
	}
	if n := len(toks); n <= 4 && n > 1 && prepositions[lower(toks[n-1])] && lower(toks[n-1]) != "in" && lower(toks[n-1]) != "on" {
		// "I can cope calmly with." once "4/5 changes" has gone.
		return fmt.Sprintf("the wording is not finished: it ends on %q", toks[n-1])
	}
	if (first == "put" || first == "hand") && (len(toks) == 1 || len(toks) == 2 && particles[lower(toks[1])] || len(toks) > 2 && (lower(toks[1]) == "on" || lower(toks[1]) == "in") && lower(toks[2]) == "time" || len(toks) == 3 && determiners[lower(toks[1])]) {
		// "I can put my coat." once "on 4/5 times" has gone; "I can hand
		// on time." once "in 9/10 homeworks" has: where, and what?
		return fmt.Sprintf("the wording is not finished: %q", strings.Join(toks, " "))
	}
	for i := 1; i < len(toks); i++ {
		if bareNouns[lower(toks[i])] && (r.isAction(lower(toks[i-1])) && i == 1 || prepositions[lower(toks[i-1])] && lower(toks[i-1]) != "by" && lower(toks[i-1]) != "of") && (i == len(toks)-1 || i == len(toks)-2 && oftenWords[lower(toks[i+1])]) {
			// "I can use card.", "I can eat in hall.": staff's shorthand
			// without its "my" or "the".
			return fmt.Sprintf("a \"my\" or \"the\" is missing before %q", toks[i])
		}
	}
	if strings.Count(body, ")") > strings.Count(body, "(") {
		// "learn my 2) 5) 10) times tables": a list's marks.
		return "a list's marks are left: \")\""
	}
	if t := r.typo(toks); t != "" {
		return fmt.Sprintf("a word may be mistyped: %q", t)
	}
	if n := len(toks); n > 2 && lower(toks[n-1]) == "to" && (!r.isAction(lower(toks[n-2])) || lower(toks[n-2]) == "time") && lower(toks[n-2]) != "and" && lower(toks[n-2]) != "equal" && toks[n-2] != "," && !(objectPronouns[lower(toks[n-2])] && n > 3 && r.isThirdPerson(lower(toks[n-3]))) && !(lower(toks[n-2]) == "next" && n > 3 && (lower(toks[n-3]) == "or" || lower(toks[n-3]) == "and")) {
		// ("… like under, behind or next to": the last of a list of
		// position words.)
		if _, ok := r.verbBase(lower(toks[n-2])); !ok {
			// "be on time to", from "be punctual to 95% of lessons":
			// where to is gone; "when I choose to" is finished.
			return fmt.Sprintf("the wording is not finished: it ends on %q", toks[n-1])
		}
	}
	if n := len(toks); n > 2 && lower(toks[n-1]) == "then" {
		// "with a member of staff, then" once "independently" went.
		return fmt.Sprintf("the wording is not finished: it ends on %q", toks[n-1])
	}
	if n := len(toks); n > 2 && (lower(toks[n-1]) == "is" || lower(toks[n-1]) == "are") && !endsOnBe[lower(toks[n-2])] && !anyIn(toks, whWords) {
		// "change back into uniform when PE is": what it was is gone.
		return fmt.Sprintf("the wording is not finished: it ends on %q", toks[n-1])
	}
	if v := r.joinedThird(toks); v != "" {
		return fmt.Sprintf("the verb %q is not in the child's own form", v)
	}
	if containsAny(body, "after ", "before ", "until ", "during ") {
		if m := cutTimeRE.FindString(lb); m != "" {
			return fmt.Sprintf("the wording is not finished: %q", m)
		}
	}
	if m := leftover(toks, r.verbs); m != "" {
		return fmt.Sprintf("the wording is not finished: %q", m)
	}
	for _, t := range toks {
		if measureWords[lower(t)] {
			return fmt.Sprintf("a staff measure is left: %q", t)
		}
	}
	for _, t := range toks {
		if len(t) > 1 && (t[len(t)-1] == 'x' || t[len(t)-1] == 'X') && strings.Trim(t[:len(t)-1], "0123456789") == "" {
			return fmt.Sprintf("a staff measure is left: %q", t) // "3x weekly"
		}
	}
	if strings.Contains(body, "period") {
		if m := periodRE.FindString(lb); m != "" {
			return fmt.Sprintf("a staff measure is left: %q", m)
		}
	}
	if strings.ContainsAny(body, "0123456789%") || strings.Contains(body, " of ") && lh.any("per", "recorded", "prompting", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten") {
		// Without a figure, a measure is a percent, a record, a
		// prompting hierarchy or a count in words ("two out of three").
		ly := yearGroupRE.ReplaceAllString(lb, "year")
		for _, l := range measureRE.FindAllStringIndex(ly, -1) {
			if !endsAtWord(ly, l[1]) {
				continue // "times" in "times-table"
			}
			return fmt.Sprintf("a staff measure is left: %q", strings.TrimSpace(ly[l[0]:l[1]]))
		}
	}
	if first := lower(toks[0]); len(toks) > 3 && slices.ContainsFunc(toks[1:len(toks)-1], func(t string) bool { return lower(t) == "to" }) {
		for i := 1; i+1 < len(toks); i++ {
			if lower(toks[i]) == "to" && lower(toks[i+1]) == first && first != "do" {
				// "use my magnifier to use printed worksheets": the
				// glossary has made two different verbs one.
				return fmt.Sprintf("the verb %q is said twice", first)
			}
		}
	}
	if m := childMeasure(lb); m != "" && (prefix == "I will " || !strings.Contains(m, "of") || strings.Contains(m, "of the")) {
		// "I will spell 8 out of 10 words", "walk 100 feet": how staff
		// will score it, which the child's target leaves out. "I can
		// spell 8 of 10 words" is how the child knows it is done, but
		// not "read 40 of the 41 words": the 41 words were the staff's
		// list, which is not on the child's page.
		return fmt.Sprintf("a staff measure is left: %q", m)
	}
	if containsAny(body, " right", " correct") {
		if m := scoreRightRE.FindString(lb); m != "" {
			// "get at least 8 right": 8 of what the staff set, which
			// is not on the child's page.
			return fmt.Sprintf("a staff measure is left: %q", m)
		}
	}
	if strings.Contains(lb, "ask") {
		if m := askForNothingRE.FindString(strings.TrimSuffix(lb, ".")); m != "" {
			// "use 3-word phrases to ask for during play": ask for what?
			return fmt.Sprintf("the wording is not finished: %q", strings.TrimSpace(m))
		}
	}
	if strings.Contains(lb, "at least") && prefix == "I will " {
		if m := atLeastOftenRE.FindString(lb); m != "" {
			// "meet a friend at least fortnightly": how often staff will
			// count it. "I can ask at least once a lesson" is how the
			// child knows it is done.
			return fmt.Sprintf("a staff measure is left: %q", m)
		}
	}
	if lh.any(staffPhraseHints...) {
		// "when offered a choice at snack time" is how a child is asked
		// too (two readers printed it); "run errands when offered" is
		// staff's.
		if m := staffPhraseRE.FindString(strings.ReplaceAll(lb, "when offered a choice", "")); m != "" {
			return fmt.Sprintf("a staff phrase is left: %q", strings.TrimLeft(m, ", "))
		}
	}
	if m := findCue(lh, staffCues); m != "" {
		return fmt.Sprintf("a staff phrase is left: %q", m)
	}
	if lh.any(moreStaffPhraseHints...) {
		if m := moreStaffPhraseRE.FindString(lb); m != "" {
			return fmt.Sprintf("a staff phrase is left: %q", strings.TrimLeft(m, ", "))
		}
	}
	if why := loose(strings.TrimSuffix(lb, ".")); why != "" {
		return why
	}
	if strings.Count(lb, "with ") > 1 && fits(strings.TrimSuffix(body, ".")) {
		if m := twoWithsRE.FindString(lb); m != "" {
			// "in a paired maths activity with Jack, with a sand timer":
			// a "using" made "with" beside a "with" already there.
			return fmt.Sprintf("the wording is not finished: %q", m)
		}
	}
	if containsAny(lb, "safely", "carefully", "correctly", "properly", "sensibly") {
		if m := withHowRE.FindString(lb); m != "" {
			// "make a cup of tea, with the kettle tipper safely": a
			// "using" that was the verb.
			return fmt.Sprintf("the wording is not finished: %q", strings.TrimLeft(m, ", "))
		}
	}
	for i := 1; i+2 < len(toks); i++ {
		if w := lower(toks[i]); (w == "and" || w == "or") && strings.HasSuffix(lower(toks[i+1]), "ing") && objectStarts[lower(toks[i+2])] && !slices.ContainsFunc(toks[:i], func(t string) bool { return strings.HasSuffix(lower(t), "ing") }) {
			if _, ok := r.verbBase(toks[i+1]); ok || !r.verbsHas(lower(toks[i+1])) {
				// "tear strips of paper and scrunching them": a joined
				// verb left in staff's -ing form.
				return fmt.Sprintf("the verb %q is not in the child's own form", toks[i+1])
			}
		}
	}
	if strings.Contains(body, "/") {
		if m := bareSoundRE.FindStringSubmatch(body); m != nil && m[1] != "sound" && m[1] != "sounds" {
			return fmt.Sprintf("a sound is written as staff write it: %q", m[0])
		}
		if m := wordSlashRE.FindString(slashSoundRE.ReplaceAllString(body, " ")); m != "" && !boardNames[asciiLower(strings.ReplaceAll(m, " ", ""))] {
			// "'my turn / your turn' symbols", "the first/then board":
			// staff's shorthand for two things.
			return fmt.Sprintf("a slash is left between words: %q", m)
		}
	}
	if strings.Contains(body, "level") && blankLevelRE.MatchString(lb) {
		return "a speech therapist's name for the questions is left: \"Blank level\""
	}
	if containsAny(body, "taught", "given", "shown", "modelled", "modeled", "practised", "practiced", "named", "specified", "identified", "agreed", "provided", "supplied") {
		if m := taughtRE.FindString(lb); m != "" {
			// "use one of the ways taught in class": taught where, by whom?
			// "find the named item": named by whom?
			return fmt.Sprintf("an adult's way of naming what the child uses is left: %q", m)
		}
	}
	if m := nounOfRE.FindString(lb); m != "" {
		return fmt.Sprintf("an adult's way of naming the action is left: %q", m)
	}
	if strings.Contains(body, " and with ") && unlikeJoinRE.MatchString(lb) {
		return "two unlike parts are joined by \"and with\""
	}
	for i := 1; i < len(toks); i++ {
		if w := lower(toks[i]); w == lower(toks[i-1]) && isWord(w) && w != "had" && w != "that" {
			return fmt.Sprintf("a word is said twice: %q", toks[i-1]+" "+toks[i])
		}
	}
	if strings.ContainsAny(body, "<>≤≥") && compareCountRE.MatchString(body) {
		// "read ≥20 words", "fewer than <5 errors": a threshold staff set.
		return fmt.Sprintf("a staff measure is left: %q", compareCountRE.FindString(body))
	}
	if strings.ContainsAny(noQuotes(body), "@#+*✓✔×~&•≤≥_") || strings.Contains(body, "_") {
		// "1stClass @ Number", "#target": a programme's or a system's
		// name, as staff type it; "add + take away", a tick or a star
		// staff left in the cell; "~" for "about", "&" and a bullet.
		return hardSymbol
	}
	if i := strings.Index(body, ":"); i > 0 && (i+1 >= len(body) || !isNumber(body[i+1:])) {
		// "use my skills: asking, waiting": a staff list after a colon.
		return "a colon is left in the sentence"
	}
	if slices.Contains(toks, "-") || slices.Contains(toks, "–") {
		return "a dash is left in the sentence"
	}
	if strings.Contains(body, "by myself") && withSomeoneRE.MatchString(asciiLower(byMyselfPart(body))) {
		// "play with one other child by myself": which is it?
		return "it says both \"by myself\" and with someone"
	}
	if strings.Contains(body, "ones") {
		toks = tokenize(noZones(body))
	}
	for i, t := range toks {
		w := strings.Trim(lower(t), ".")
		if jargon[w] && !childAcronyms[w] && !(w == "functional" && i+1 < len(toks) && lower(toks[i+1]) == "skills") && !(everydayInSmall[w] && !isAcronym(t)) {
			// "Functional Skills" is the qualification's name.
			return fmt.Sprintf(hardWord+": %q", t)
		}
		if p, ok := strings.CutSuffix(t, "s"); ok && isAcronym(p) && !childAcronyms[strings.TrimSuffix(lower(p), "'")] && !r.outWords[lower(p)] {
			// "AFOs", "EHCPs": staff shorthand, made plural.
			return fmt.Sprintf(hardAbbreviation+": %q", t)
		}
		if isAcronym(t) && !childAcronyms[strings.TrimSuffix(w, "'s")] && (!r.outWords[w] || t == "ARE") || printSize(t) {
			// "segment CVC words", "from SALT", "reach ARE" (age-related
			// expectations): staff shorthand.
			return fmt.Sprintf(hardAbbreviation+": %q", t)
		}
	}
	ws := words(noZones(body))
	for i, w := range ws {
		if r.hardWord(ws, i) {
			return fmt.Sprintf(hardLongWord+": %q", w)
		}
	}
	return tooLong(sentence)
}

// looseWay returns a "way" made from staff's "strategy" that says
// nothing of what it is for, or "": "move to the green zone with a way",
// "use my stammer ways", "my sensory ways". "A way to calm down", "ways
// of asking", "in a good way" and "find my way" are whole.
func looseWay(toks []string) string {
	for i := 1; i < len(toks); i++ {
		w := lower(toks[i])
		if w != "way" && w != "ways" {
			continue
		}
		next := ""
		if i+1 < len(toks) {
			next = lower(toks[i+1])
		}
		prev := lower(toks[i-1])
		if wayGoesOn[next] || wayKinds[prev] || prev == "the" || prev == "my" || prev == "all" || prev == "no" || isCapitalised(toks[i-1]) || isAcronym(toks[i-1]) {
			continue // "the way out", "find my way", "all the way up", "the 3 B4 ME way"
		}
		if prev == "a" || isWord(prev) && !determiners[prev] && !isNumber(prev) {
			return toks[i-1] + " " + toks[i]
		}
	}
	return ""
}

// strategyWay returns a "way" in toks, made from staff's "strategy",
// that says nothing of what it is for, or "": with "strategy" in the
// staff's words, "my way" and "3 ways" are its ways, not a route.
func strategyWay(toks []string) string {
	for i := 1; i < len(toks); i++ {
		if w := lower(toks[i]); w != "way" && w != "ways" {
			continue
		}
		if i+1 < len(toks) && wayGoesOn[lower(toks[i+1])] || mannerWays[lower(toks[i-1])] || isCapitalised(toks[i-1]) || isAcronym(toks[i-1]) {
			continue
		}
		return toks[i-1] + " " + toks[i]
	}
	return ""
}

// mannerWays make a way how something is done: "in a good way".
var mannerWays = wordSet(`good right kind calm safe same correct proper polite gentle quiet sensible careful friendly agreed which what these those`)

// wayGoesOn follow a way that says what it is for or which it is.
var wayGoesOn = wordSet(`to for of that i which like from`)

// wayKinds make a way whole: "in a good way", "the right way", "find
// my way".
var wayKinds = wordSet(`good right wrong kind calm safe same this that other different new best quiet gentle polite sensible careful friendly proper correct own agreed usual preferred chosen which what any each every one another`)

// compareCountRE is a count with a comparison sign: "≥20", "< 5".
var compareCountRE = mustRx(`[<>≤≥]\s?\d+`)

// providedRE is provision after "get", "have", "receive" or "access".
var providedRE = mustRx(`^(?:have\s+(?:a|an|my\s+own|my)\s+(?:laptop|ipad|tablet|own\s+copy|copy|key\s+worker|safe\s+space|personal\s+emergency\s+evacuation\s+plan|peep)\b|(?:get|have|receive|access)\s+(?:an?\s+|my\s+)?(?:regular\s+|extra\s+|short\s+)?(?:adult's\s+help|adult\s+(?:scribe|reader|support)|scribe|reader|support|1:1|one[\s-]to[\s-]one|(?:movement\s+|sensory\s+)?breaks?|\w+\s+therapy|therapy|sessions?|extra\s+time|(?:a\s+)?(?:now\s+and\s+next|first\s+and\s+then)\s+board)|use\s+(?:support|therapy|sessions?))\b`)

// oftenWords may follow a bare noun at the end: "tell mentor weekly".
var oftenWords = wordSet(`weekly daily today every each`)

// bareNouns are things staff name without "my" or "the" in shorthand.
var bareNouns = wordSet(`card slope name hall zone mentor board mat chart diary checklist ruler laptop timer list teacher
	classroom playground desk`)

// numberWords are counts written as words.
var numberWords = wordSet(`one two three four five six seven eight nine ten twelve twenty`)

// howOften may stand before the child's verb: "I will always line up",
// "I will only eat food from my own lunchbox", "I will first listen".
var howOften = wordSet(`always usually often also sometimes only first`)

// comparesWords before a closing "than" name the sign: "greater than
// and less than".
var comparesWords = wordSet(`less more greater smaller bigger fewer`)

// mathsLessRE ends the words before a "less" of maths: "one more and
// one less", "which has more and which has less".
var mathsLessRE = mustRx(`(?:\b(?:one|ten|\d+)|\bhas|\band)\s+$`)

// medicalThings are what staff keep for the child: "make sure my EpiPen
// is kept in the classroom" is theirs to do; "my water bottle is kept on
// my desk" is the child's.
var medicalThings = wordSet(`epipen epipens inhaler inhalers medicine medication insulin pump pen aai aais`)

// futureOfThings reports whether the "will" at toks[i] is what will
// happen, not a second subject's: "what will happen next", "when an
// activity will end".
func futureOfThings(toks []string, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	next := lower(toks[i+1])
	if lower(toks[i-1]) == "what" && (next == "happen" || next == "come") {
		return true
	}
	return (next == "end" || next == "finish" || next == "start" || next == "happen" || next == "change") && i > 1 && !personWords[lower(toks[i-1])]
}

// giveUpRE is giving up a behaviour: "give up snatching toys".
var giveUpRE = mustRx(`\bgive\s+up\s+\w+ing\b`)

// typo returns the words of a slip of typing staff made, which the
// rewriter would copy onto the child's page, or "": "use is word mat"
// (his), "put there coat on" (their), "too answer" (to).
func (r *Rewriter) typo(toks []string) string {
	for i := 1; i+1 < len(toks); i++ {
		w, next := lower(toks[i]), lower(toks[i+1])
		switch {
		case i == 1 && (w == "is" || w == "hs" || w == "hes") && isWord(next) && !whWords[lower(toks[0])] && !notAfterTypo[next]:
			return toks[0] + " " + toks[i]
		case w == "there" && belongings[next]:
			return toks[i] + " " + toks[i+1]
		case w == "too" && baseVerbs[next] && next != "much" && next != "many":
			return toks[i] + " " + toks[i+1]
		case (w == "teachers" || w == "adults" || w == "friends" || w == "mums" || w == "dads") && lower(toks[i-1]) == "the" && (belongings[next] || spokenThings[next] || next == "desk" || next == "voice" || next == "attention" || next == "signal"):
			// "follow the teachers instructions": one teacher's.
			return toks[i] + " " + toks[i+1]
		case w == "to" && next == "by":
			// "if she is being unkind to by other students": a word is
			// missing between them.
			return toks[i] + " " + toks[i+1]
		}
	}
	for _, t := range toks {
		if commonSlips[lower(t)] {
			return t
		}
	}
	return ""
}

// commonSlips are misspellings staff type often, which a child should
// not learn from their own page.
var commonSlips = wordSet(`freind freinds frend frends recieve recieves beleive untill wich thier
	becuase becasue beacuse sentance sentances seperate seperately definately alot wierd tommorow
	begining writting wrting peice peices sissors scisors tounge excercise excercises
	neccessary occured accomodate adress diffrent diffrently libary februrary wensday wendsday
	reconise recognse rember remeber calender colleage captial captials evry wiht`)

// notAfterTypo follow an "is" that is the word itself: "use is and are
// correctly", "use is when talking about one thing".
var notAfterTypo = wordSet(`and or when for to in correctly with instead properly`)

// leftMeasure says what a staff measure taken off left behind in toks,
// the words after "I will" or "I can", or "": "a day" with no count
// before it ("ask for help with the help card a day", from "on at least
// 3 occasions per day"), or a verb whose object was the measure ("reach
// on my reading assessment", from "reach 90% accuracy on …"; "spend in
// class", from "spend 80% of the day in class").
func leftMeasure(toks []string) string {
	for i := 1; i+1 < len(toks); i++ {
		w := lower(toks[i])
		if w != "a" && w != "per" || !oftenUnits[lower(toks[i+1])] {
			continue
		}
		if p := lower(toks[i-1]); prepositions[p] || p == "half" || p == "than" || missedThings[p] {
			continue // "at the start of a lesson", "half a term", "if I miss a lesson"
		}
		if i+2 < len(toks) && isWord(toks[i+2]) && !prepositions[lower(toks[i+2])] {
			continue // "a week ahead", "a lesson is ending"
		}
		if !slices.ContainsFunc(toks[max(i-6, 0):i], func(t string) bool { return isNumber(strings.Trim(lower(t), "x")) || oftenCounts[lower(t)] }) {
			return fmt.Sprintf("a staff measure is left: %q", toks[i]+" "+toks[i+1])
		}
	}
	if len(toks) > 1 && objectVerbs[lower(toks[0])] && (prepositions[lower(toks[1])] && lower(toks[1]) != "for" || toks[1] == ",") {
		return fmt.Sprintf("the wording is not finished: %q has lost what it is", toks[0]+" "+toks[1])
	}
	return ""
}

// oftenUnits follow "a" or "per" in how often: "twice a day".
var oftenUnits = wordSet(`day week lesson term session fortnight month morning afternoon`)

// oftenCounts may stand before "a day": "twice a day", "10 minutes a day".
var oftenCounts = wordSet(`once twice times time minutes minute mins hours hour one two three four five six seven eight nine ten each every`)

// missedThings are verbs whose object is a lesson or a day, not how
// often: "if I miss a lesson", "try a lesson in the main classroom".
var missedThings = wordSet(`miss misses missed try tries join joins skip skips lead leads plan plans teach teaches have has`)

// objectVerbs need the thing they reach or spend: "reach level 3",
// "spend time with a friend".
var objectVerbs = wordSet(`reach achieve attain score gain obtain spend maintain`)

// tooLong says why sentence is too long for a young reader, or "".
func tooLong(sentence string) string {
	if n := len(words(sentence)); n > MaxWords {
		return fmt.Sprintf("it is %d words long, over %d for a young reader", n, MaxWords)
	}
	return ""
}

// pluralBefore reports whether a plural thing comes before toks[end]
// ("use my hearing aids and tell an adult if they stop"). The word right
// before "they" does not count: "the things they are good at" are not
// "they".
func (r *Rewriter) pluralBefore(toks []string, end int) bool {
	for j := 0; j < end; j++ {
		w := lower(toks[j])
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !r.isThirdPerson(w) {
			return true
		}
	}
	return false
}

// clauseStart is where the clause holding toks[i] starts: after the
// last comma, or at the last word that opens a clause ("when", "if")
// before it; 0 when there is none.
func clauseStart(toks []string, i int) int {
	for j := i - 1; j > 0; j-- {
		if toks[j] == "," || subjectClauses[lower(toks[j])] || clashClauses[lower(toks[j])] {
			return j
		}
	}
	return 0
}

// pluralOwner reports whether t is a plural's possessive: "their
// friends' things".
func pluralOwner(t string) bool { return len(t) > 3 && strings.HasSuffix(t, "s'") }

// isCollective reports whether t names a group as one: "walk to the
// hall with their class and sit with them".
func isCollective(t string) bool {
	w := lower(t)
	return w == "class" || w == "family" || groupNouns[w]
}

// peerNouns are one other person, or each of a group, whom staff call
// "they": "ask a friend if they want to play", "check each member is
// doing their job".
var peerNouns = wordSet(`child friend partner classmate peer person someone somebody buddy
	member everyone everybody anyone anybody customer visitor`)

// printSize reports whether t is a size of print ("N18").
func printSize(t string) bool {
	return len(t) >= 2 && len(t) <= 3 && t[0] == 'N' && strings.Trim(t[1:], "0123456789") == ""
}

// childMeasureRE is a score or a distance staff measure by: "8 out of
// 10", "18 of 20", "30 of the 44", "100 feet", "3 key words", "15 in a
// row" (what the glossary makes of "15 consecutive minutes"), "a
// 3-minute timed test".
var childMeasureRE = mustRx(`\b\d+\s+(?:out\s+)?of\s+(?:the\s+)?\d+\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+out\s+of\s+(?:the\s+)?\d+\b|\b(?:\d+|half|quarter)[\s-]+(?:feet|foot|inches|inch|yards)\b|\b\d+\s+key\s+words\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+in\s+a\s+row\b|\b(?:\d+|one|two|three|five|ten)[\s-]minute\s+timed\s+[a-z]+`)

// childMeasure is the first childMeasureRE match in lb, or "". Every
// match has a digit or one of a few words, which are looked for first.
func childMeasure(lb string) string {
	if !strings.ContainsAny(lb, "0123456789") && !containsAny(lb, " out of", " in a row", "half", "quarter") {
		return ""
	}
	if strings.Contains(lb, " feet together") || strings.Contains(lb, " feet apart") {
		// "jump with 2 feet together": the child's two feet.
		lb = twoFeetRE.ReplaceAllString(lb, "both feet")
	}
	return childMeasureRE.FindString(lb)
}

// selfObjectRE is "I" doing something to "me" in one clause: "when I
// have upset me", letting "me" in a second action ("play a game with a
// friend and let me win": the friend was the one let), "with me
// watching" (from "with him watching": the grandad watches), or a second
// "with me" after "with my sister and …" (it was "with her").
var selfObjectRE = mustRx(`\bI (?:have |has |had |am |was |will |do |did |can )?[a-z]+ me\b|\b(?:and|then) let me\b|\b(?:and|then) (?:give|pass|hand|lend|send|return) (?:it|them) (?:back )?to me\b|\bwith me (?:watching|nearby|beside|helping|supervising|next to)\b|\bwith my [a-z]+(?: [a-z]+)? and [a-z]+ (?:about |on |at )?(?:the |my |a )?[a-z]+ with me\b`)

// withMe returns "stay with me", "upset with me" when the child is the
// one doing it ("and stay with me" after "I will walk with Mr Ali", "and
// walk in with me" after "meet my mentor",
// "I am upset with me"), or "". "to come and play with me" is someone
// else's coming.
func withMe(s string) string {
	toks := strings.Fields(strings.TrimRight(s, ".!"))
	for i := 2; i < len(toks); i++ {
		if strings.TrimRight(toks[i], ",.") != "me" || !withMeWords[lower(toks[i-1])] {
			continue
		}
		k := i - 3
		if k > 0 && particles[lower(toks[i-2])] && (lower(toks[k-1]) == "and" || lower(toks[k-1]) == "then") {
			k-- // "and walk in with me"
		}
		for k >= 0 && selfLinks[lower(toks[k])] {
			k--
		}
		switch {
		case k < 0:
		case toks[k] == "I":
			return strings.Join(toks[k:i+1], " ")
		case (lower(toks[k]) == "and" || lower(toks[k]) == "then") && !(k >= 2 && lower(toks[k-2]) == "to"):
			return strings.Join(toks[k:i+1], " ")
		}
	}
	return ""
}

// byMeRE is a passive done "by me".
var byMeRE = mustRx(`\b(?:is|are|be|been|was|were)\s+\w+(?:\s+\w+){0,5}\s+by\s+me\b`)

// withMeIn is withMe of the sentence prefix+body, or "" at once when
// the body has no "me".
func withMeIn(prefix, body string) string {
	if !strings.Contains(body, " me") {
		return ""
	}
	return withMe(prefix + body)
}

// withMeWords stand between what the child does and "me" in withMe.
var withMeWords = wordSet(`with at beside near for`)

// selfLinks stand between "I" and what the child is or does: "I am
// upset", "I will feel".
var selfLinks = wordSet(`am will be feel get got was is can`)

// keepVerbs keep a thing in a state: "keep my phone switched off".
var keepVerbs = wordSet(`keep keeps leave leaves`)

// twoWithsRE is a "with" after a comma just after another: "with Jack,
// with a sand timer".
var twoWithsRE = mustRx(`\bwith\s+[^,]{1,30},\s+with\s+[^,]+`)

// withHowRE is a "with" after a comma that says how a thing is used:
// "…, with the kettle tipper safely".
var withHowRE = mustRx(`,\s+with\s+[^,]*\b(?:safely|carefully|correctly|properly|sensibly)\b`)

// safetyWordRE finds what keeps a child safe in staff wording.
var safetyWordRE = mustRx(`\b(?:helmet|armbands?|life\s*jacket|harness|seat\s*belt|goggles|ppe|rail|handrail|banister|hold(?:s|ing)?\s+(?:his|her|their|an?\s+adult's|the\s+adult's)\s+hand)\b`)

// heldHandRE is an adult holding the child's hand, or the child an
// adult's: how a walk near a road or a vehicle is kept safe.
var heldHandRE = mustRx(`\bhold(?:s|ing)?\s+(?:his|her|their|an?\s+adult's|the\s+adult's|my)\s+hand\b`)

// lostSafety returns what keeps the child safe in a sentence after the
// target in the staff wording text that the child's sentence s has lost
// ("Sam will ride his bike. Helmet to be worn at all times." →
// "helmet"), or "".
func lostSafety(text, s string) string {
	if !strings.Contains(text, "hand") && !strings.Contains(text, ". ") {
		return ""
	}
	lt := asciiLower(text)
	// Only a sentence after the target's own: a detail inside it that a
	// shorter sentence drops ("holding the side rail, with staff
	// standing by") was one second readers let go.
	if m := heldHandRE.FindString(lt); m != "" && !strings.Contains(asciiLower(s), "hand") {
		return m // "walk to the minibus with his TA holding his hand"
	}
	i := strings.Index(lt, ". ")
	if i < 0 {
		return ""
	}
	lt = lt[i+2:]
	if !containsAny(lt, "helmet", "armband", "jacket", "harness", "belt", "goggles", "ppe", "rail", "banister", "hand") {
		return ""
	}
	ls := asciiLower(s)
	for _, m := range safetyWordRE.FindAllString(lt, -1) {
		key := m
		if strings.HasPrefix(m, "hold") {
			key = "hand"
		}
		key = strings.TrimSuffix(strings.Fields(key)[0], "s")
		if !strings.Contains(ls, key) {
			return m
		}
	}
	return ""
}

// bothLeftRE is a he or she doing something to a him or her of the same
// sex, both left as someone else's: "when he misses him".
var bothLeftRE = mustRx(`\bhe\s+(?:\w+\s+){1,2}?him\b|\bshe\s+(?:\w+\s+){1,2}?her\b`)

// choseNothingRE is a choice of things not named: "choose one by
// pointing".
var choseNothingRE = mustRx(`^((?:choose|pick|select)\s+(?:one|two))(?:\s+(?:by|with|and|when|at|using)\b|$)`)

// recordRE is a staff record at the start of the child's words: "record
// of my reading", "photos of me".
var recordRE = mustRx(`^(?:record|records|photos?|observations?|evidence|notes?)\s+(?:of|in|from)\b`)

// secondSubject returns "and my parents sign" when, after an "and",
// someone else does something in the child's sentence, or "".
func (r *Rewriter) secondSubject(toks []string) string {
	for j := 1; j+3 < len(toks); j++ {
		if lower(toks[j]) != "and" || lower(toks[j+1]) != "my" && lower(toks[j+1]) != "the" {
			continue
		}
		who, verb := lower(toks[j+2]), lower(toks[j+3])
		if !familyNouns[who] && !adultNouns[who] && !peerOnes[who] && who != "friends" {
			continue
		}
		if b, ok := r.verbBase(verb); ok && b != verb || r.verbs[verb] && !particles[verb] && verb != "to" {
			return strings.Join(toks[j:j+4], " ")
		}
	}
	return ""
}

// watchRE is an adult watching over the child: "with an adult nearby",
// "with the teacher watching", "(adult supervision)".
var watchRE = mustRx(`\bwith\s+(?:(?:an?|the|my|his|her|their|one)\s+)?(?:adult|staff|member\s+of\s+staff|staff\s+member|teacher|ta|lsa|sna|tutor|parent|carer|mum|dad|key\s*(?:person|worker))\s+(?:standing\s+|walking\s+)?(?:nearby|close\s+by|present|watching|supervising|observing|beside|next\s+to|by|behind)\b|\b(?:adult|staff)\s+supervision\b|\bsupervised\b|\baccompanied\s+by\b`)

// sharpOrHotRE is a tool that cuts or burns, or a place a child can
// fall or go under: what a child uses only with an adult watching.
var sharpOrHotRE = mustRx(`\b(?:knife|knives|oven|hob|kettle|cooker|grill|toaster|glue\s+gun|hot\s+(?:tap|water|pan|oil)|iron|saw|drill|matches|lighter|bunsen|soldering|bridge\s+hold|claw\s+grip|chop\w*|climb\w*|slide|transfer\w*|hoist|pool|swim\w*|trampoline|stairs|blood\s+sugar|insulin|inject\w*|medicine|medication|inhaler|epipen|tablets?|walking\s+frame|walker|crutches|trip|shop|shops|town|road|bus)\b`)

// lostWatch returns how an adult watches over a child using something
// that cuts or burns, or climbing, a transfer, the pool or the stairs,
// in the staff wording text, when the child's sentence s has lost it and
// says nothing of doing it safely ("use the knife in food tech with an
// adult nearby" → "I will use the knife in food tech."), or "". Two
// second readers refused that sentence, and the slide and the wheelchair
// transfer of held-out 21 without theirs (earlier readers had let 4
// such go); an adult standing by anything else is staff's provision and
// goes.
func lostWatch(text, s string) string {
	lt := asciiLower(text)
	if !containsAny(lt, "with", "supervis", "accompan") {
		return ""
	}
	m := watchRE.FindString(lt)
	if m == "" || !sharpOrHotRE.MatchString(lt) {
		return ""
	}
	if containsAny(asciiLower(s), "safely", "carefully", "adult", "staff", "teacher", "watching") {
		return ""
	}
	return m
}

// safetyStepRE is a step that keeps the child safe: holding the rail,
// an adult's hand, stopping and looking at a road.
var safetyStepRE = mustRx(`\bwear\s+(?:my\s+)?(?:ppe|goggles|safety\s+\w+|gloves|a\s+helmet)\b|\bhold\s+(?:the\s+|a\s+)?(?:hand)?rail|\bbanister|\bhold\s+(?:an?\s+)?(?:adult's|grown-up's|my\s+\w+'s)\s+hand|\bstop\b.*\blook\b|\bstop\s+at\s+(?:the\s+|each\s+|every\s+)?(?:door|doors|kerb|kerbs|curb|road|roads|gate|edge|crossing|corner)\b|\bsafely\b|\bseat\s*belt|\bhelmet`)

// twoFeetRE is the child's two feet, not a distance.
var twoFeetRE = mustRx(`\b(?:2|two)\s+feet\s+(?:together|apart)\b`)

// loose says what a sentence lb (lower case, no full stop) leaves loose,
// or "": a thing named by staff's list that is gone ("count and move the
// things"), a choice with nothing to choose for ("pick one thing"), a
// comparison with nothing to compare ("manage my autism better"), or the
// same adult named twice ("look at the adult when an adult says my name").
func loose(lb string) string {
	if !containsAny(lb, "the things", "the items", "one thing", "something", " better", "adult", "the instruction") {
		return ""
	}
	if m := lostInstructionRE.FindString(lb); m != "" {
		return "which instruction is meant is left out: \"the instruction\""
	}
	if m := lostThingsRE.FindString(lb); m != "" {
		return fmt.Sprintf("what %q are is left out", strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(m, " by myself"), " and")))
	}
	if m := pickNothingRE.FindString(lb); m != "" {
		return fmt.Sprintf("the wording is not finished: %q", m)
	}
	if strings.HasSuffix(lb, " better") && !strings.Contains(lb, " to help me ") {
		// ("practise my reading to help me read better": what the
		// child does is the practice; better is what it is for.)
		return "\"better\" is not something the child can see themselves do"
	}
	if len(adultRE.FindAllString(lb, 2)) == 2 {
		return "an adult is named twice, so it is not clear who is meant"
	}
	return ""
}

var (
	// lostThingsRE is "the things" or "the items" with nothing to say
	// which: staff's list of them was cut.
	lostThingsRE = mustRx(`\bthe\s+(?:things|items)(?:\s+by\s+myself)?$|\bthe\s+(?:things|items)\s+and\b`)
	// lostInstructionRE is "the instruction" with nothing to say which:
	// "follow the instruction when I am asked" (staff's "comply with the
	// instruction" after a frame that set it up).
	lostInstructionRE = mustRx(`\b(?:follow|do|carry\s+out)\s+the\s+instruction(?:\s+(?:when|if|in|at|by|straight|quickly)\b|$)`)
	// pickNothingRE is a choice of one thing for nothing said.
	pickNothingRE = mustRx(`\b(?:pick|choose)\s+(?:one\s+thing|something)$`)
	// adultRE is one adult, named as staff name them.
	adultRE = mustRx(`\b(?:the|an)\s+adult\b`)
)

// scoreRightRE is a score with nothing scored: "get at least 8 right".
var scoreRightRE = mustRx(`\b(?:get|gets|got)\s+(?:at\s+least\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:right|correct)\b`)

// askForNothingRE is "ask for" with nothing asked for: what the glossary
// makes of a bare "request".
var askForNothingRE = mustRx(`\bask(?:s|ed|ing)?\s+for(?:\s+(?:during|at|in|on|with|when|while|and|or|to|from|by)\b|$)`)

// atLeastOftenRE is how often at least: "at least fortnightly", "at
// least three people daily", "at least twice a week".
var atLeastOftenRE = mustRx(`\bat\s+least\s+(?:[\w-]+\s+){0,2}?(?:daily|weekly|fortnightly|monthly|once|twice|[\w-]+\s+times)\b`)

// staffPhraseHints are words one of staffPhraseRE's phrases has; a
// sentence with none of them is not matched against it, which saves most
// of the self-check's time.
var staffPhraseHints = []string{"including", "social", "sentence", "real", "unison", "posture", "model", "public", "agreed", "familiar", "whole", "standard", "sensory", "finding", "timetable", "when offered", "when named", "when given", "when presented", "gaze", "adapted", "postural", "scheme", "choice", "shown", "eye", "input", "-line text"}

// moreStaffPhraseHints are the words moreStaffPhraseRE needs.
var moreStaffPhraseHints = []string{"progress in", "reading age", "read age", "over-hand", "over hand", "emerging", "expected", "present as", "needs met", "joint", "diet", "attend to", "appropriate", "thinking", "scerts", "sheep", "accidents", "x1", "x2", "x3", "x4", "x5", "1x", "2x", "3x", "4x", "5x", "x 1", "x 2", "x 3", "1 x", "2 x", "3 x", "alnco", "incident", "settings", "span", "minimal", "duration", "up from", "currently", "building to", "heavy", "chunked", "pure", "visual", "increasing", "decreasing", "range of contexts", "p-scale", "p scale", "the gap", "subitis", "chaining", "gestural", "mature", "allotted", "input", "past tense", "phased", "take up time", "take-up time", "no more than", "name by", "transition object", "under-hand", "under hand", "hoist transfer", "social arg", "social conf", "unstructured", "approach", "symbol"}

// staffPhraseRE are phrases staff write that a child would not:
// "including a claim", "without a model", "members of the public", "the
// agreed signal", "when I need sensory input", "when offered a choice"
// (offered by whom?).
var staffPhraseRE = mustRx(`\bincluding\b|\bsocial\s+stor(?:y|ies)\b|\bsentence\s+stems?\b|\breal\s+objects\b|\bin\s+unison\b|\bgood\s+posture\b|\bwithout\s+a\s+model\b|\bmembers\s+of\s+the\s+public\b|\bthe\s+agreed\b|\ba\s+familiar\s+(?:[\w-]+\s+)?(?:event|topic|nonfiction|task)\b|\bwhole[\s-](?:class|group)\s+(?:teaching|input|instruction)\b|\bstandard\s+height\b|\b(?:sensory|oral|proprioceptive|vestibular)\s+input\b|\bword[\s-]finding\b|\breduced\s+timetable\b|\breal[\s-]life\s+(?:situations?|settings?|contexts?)\b|\bwhen\s+(?:offered|named\s+by|given|presented\s+with)\b|\beye[\s-](?:gaze|point(?:ing)?)\b|\badapted\s+(?:activities|tasks|work|curriculum|resources)\b|\bpostural\s+care\b|\breading\s+scheme\b|\bfrom\s+a\s+choice\s+of\b|,\s+shown\s+(?:with|on|by|in)\b|\b\d+-line\s+text\b`)

// moreStaffPhraseRE are more phrases only staff write, each run only
// when a word of moreStaffPhraseHints is there: "hand-over-hand",
// "joint attention", "a range of contexts", "x3", "social arguments",
// "the 'think, pair, share' approach", "a 2-symbol phrase", "unstructured
// activities".
var moreStaffPhraseRE = mustRx(`\b(?:show|shows|make|makes)\s+(?:good\s+|some\s+)?progress\s+in\b|\bread(?:ing)?\s+age\b|\bhand[\s-]over[\s-]hand\b|\bemerging\b|\bexpected\s+progress\b|\bpresent\s+as\b|\bneeds\s+met\b|\bjoint\s+attention\b|\bsensory\s+diet\b|\battend\s+to\b|\bage[\s-]appropriate\b|\blanguage\s+for\s+thinking\b|\bscerts\b|\bblack\s+sheep\s+press\b|\b0\s+accidents\b|\bx\s?\d\b|\b\d\s?x\b|\balnco\b|\bincidents?\b|\bacross\s+settings\b|\battention\s+span\b|\bminimal\b|\bfor\s+the\s+duration\b|\bup\s+from\b|\bcurrently\b|\bbuilding\s+to\b|\b(?:do|doing)\s+(?:a|my|some|the)\s+heavy[\s-]work\b|\bchunked\b|\bpure\s+sounds?\b|\bvisual\s+(?:memory|tracking|stress|processing|perception|fatigue)\b|\bincreasing\s+independence\b|\bdecreasing\b|\ba\s+range\s+of\s+contexts\b|\bp[\s-]scale\b|\bexpected\s+standard\b|\bclose\s+the\s+gap\b|\bsubitis\w*\b|\bbackward\s+chaining\b|\b(?:the|whole)\s+(?:of\s+the\s+)?input\b|\bphased\s+(?:return|timetable|start)\b|\bregular\s+past\s+tense\b|\btake[\s-]up\s+time\b|\bno\s+more\s+than\b|\b(?:calls|says)\s+my\s+name\s+by\s+\w+ing\b|\bgestural\b|\bmature\s+grip\b|\ballotted\b|\btransition\s+objects?\b|\bhand[\s-]under[\s-]hand\b|\bhoist\s+transfers?\b|\bsocial\s+(?:arguments?|conflicts?)\b|\bunstructured\s+(?:activities|periods|sessions)\b|\bthe\s+(?:'[^']+'\s+|[\w-]+\s+)?approach\b|\b\d+[\s-]symbol\s+(?:phrases?|sentences?|utterances?|combinations?)\b`)

// staffCues are more phrases only staff write: measures and limits,
// levels and programmes, therapy and care words.
var staffCues = []cueRule{
	{[]string{"carrying words", "phonic knowledge", "good level", "screening check", "working towards", "adult-led", "during input", "increase in"},
		mustRx(`\binformation[\s-]carrying\s+words?\b|\bphonic\s+knowledge\b|\bgood\s+level\s+of\s+development\b|\bscreening\s+check\b|\bworking\s+towards\b|\badult-led\b|\bduring\s+(?:the\s+)?input\b|\ban\s+increase\s+in\b`)},
	{[]string{"positive behaviour support", "coping skills", "curriculum", "positive attitude", "sensory environment", "being prompted", "being reminded", "spoken reminders", "verbal reminders", "report card"},
		mustRx(`\bpositive\s+behaviour\s+support\b|\bcoping\s+skills\b|\bthe\s+curriculum\b|\bpositive\s+attitude\b|\bsensory\s+environment\b|\bwithout\s+being\s+(?:prompted|reminded)\b|\bwith\s+(?:spoken|verbal|visual|physical)\s+(?:reminders?|prompts?)\b|\bon\s+(?:a\s+)?report\s+card\b`)},
	{[]string{"no more than", "physical", "gesture", "guidance", "support of", "when reminded", "reminder", "prompt"},
		mustRx(`\bno\s+more\s+than\s+(?:\d+|one|two|three|four|five)\s+(?:\w+\s+)?(?:reminders?|prompts?)\b|\bwith\s+(?:one|two|three|\d+|an?)\s+(?:adult\s+|spoken\s+|verbal\s+|visual\s+)?(?:reminders?|prompts?)\b|\bphysical\s+(?:reminders?|prompts?)\b|\bgesture\s+support\b|\badult\s+guidance\b|\bthe\s+support\s+of\b|\bwhen\s+reminded\b`)},
	{[]string{"my office", "age related", "age-related", "catch up with", "attention seeking", "attention-seeking"},
		mustRx(`\bmy\s+office\b|\bage[\s-]related\b|\bcatch\s+up\s+with\s+(?:the\s+)?(?:other\s+children|others|my\s+classmates|classmates|the\s+class|the\s+rest|my\s+peers|peers|my\s+age)\b|\battention[\s-]seeking\b`)},
	{[]string{"more often than", "most of the time", "less time", "in the wrong", "staff can"},
		mustRx(`\bmore\s+often\s+than\b|\bmost\s+of\s+the\s+time\b|\bless\s+time\b|\b(?:was|am|is|were|been)\s+in\s+the\s+wrong(?:\s*$|\s*[.,;])|\bso\s+(?:that\s+)?staff\s+can\s+(?:see|check|monitor|track|assess|record)\b`)},
	{[]string{"key-word", "key word"}, mustRx(`\b(?:\d|two|three|four)-key-words?\b|\b(?:\d|two|three|four)\s+key\s+word\s+(?:instructions?|level|sentences?)\b`)},
	{[]string{"121"}, mustRx(`\b121\b`)},
	{[]string{"than last"}, mustRx(`\bthan\s+last\s+(?:term|half\s+term|week|year|month)\b`)},
	{[]string{"settings"}, mustRx(`\brange\s+of\s+settings\b`)},
	{[]string{"transfer my"}, mustRx(`\btransfer\s+my\s+learning\b`)},
	{[]string{"pastoral"}, mustRx(`\bpastoral\s+support\s+(?:plan|programme)\b`)},
	{[]string{"ph"}, mustRx(`\bph\s?\d\b`)},
	{[]string{"key word", "key-word"}, mustRx(`\bkey[\s-]word\s+(?:instructions?|level)\b`)},
	{[]string{"reward"}, mustRx(`\breceive\s+(?:a\s+|my\s+)?rewards?\b`)},
	{[]string{"after which"}, mustRx(`\bafter\s+which\b`)},
	{[]string{"scheduled"}, mustRx(`\bas\s+scheduled\b`)},
	{[]string{"reduction"}, mustRx(`\breduction\b`)},
	{[]string{"number of times"}, mustRx(`\bnumber\s+of\s+times\b`)},
	{[]string{"level"}, mustRx(`\bsub-?levels?\b|\bfirst\s+level\b`)},
	{[]string{"no more than"}, mustRx(`\bno\s+more\s+than\s+(?:once|twice|(?:\d+|one|two|three|four|five)\s+times)\b|\bno\s+more\s+than\s+\d+\s+accidents\b`)},
	{[]string{"over "}, mustRx(`\bover\s+(?:\d+|two|three|four|five|six)\s+(?:sessions|lessons|days|weeks|trials)\b`)},
	{[]string{"across the"}, mustRx(`\bacross\s+the\s+(?:term|year|half\s+term|week)\b`)},
	{[]string{"sent "}, mustRx(`\b(?:being\s+)?sent\s+(?:out|home)\b`)},
	{[]string{"accidents"}, mustRx(`\b(?:no|fewer)\s+accidents\b`)},
	{[]string{"increased"}, mustRx(`\bincreased\s+independence\b`)},
	{[]string{"reducing"}, mustRx(`\breducing\s+(?:help|support|prompts|reminders)\b`)},
	{[]string{"squared"}, mustRx(`\bb\s+squared\b`)},
	{[]string{"on report"}, mustRx(`\bon\s+report\b`)},
	{[]string{"head control", "midline", "supported sitting", "near", "oral care", "thickened", "continence", "dominant", "voice output"},
		mustRx(`\bhead\s+control\b|\bmidline\b|\bsupported\s+sitting\b|\bnear[\s-]point\b|\boral\s+care\b|\bthickened\b|\bcontinence\b|\bdominant\s+hand\b|\bvoice\s+output\b`)},
	{[]string{"oversight", "arrangement", "whole input", "attention autism", "reversal"},
		mustRx(`\boversight\b|\baccess\s+arrangements?\b|\bwhole\s+input\b|\battention\s+autism\b|\breversals?\b`)},
}

// bareSoundRE is a speech sound in slashes and the word after it: "say
// /f/ at the start" wants "the /f/ sound".
var bareSoundRE = mustRx(`/[a-z]{1,3}/\s*(\w*)`)

// blankLevelRE is the Blank language levels speech therapists name
// questions by.
var blankLevelRE = mustRx(`\bblank\s+level\b`)

// taughtRE is what the child learnt or is asked for, named from the
// teaching side: "the ways taught", "the named item", "the agreed ways".
var taughtRE = mustRx(`\b(?:ways|skills|strategies|words|steps|route|routine|script)\s+(?:taught|given|shown|modelled|modeled|practised|practiced)\b|\b(?:the|a|an)\s+(?:named|specified|given|identified)\s+\w+|\b(?:taught|modelled|modeled|practised|practiced)\s+(?:in|by|during)\b|\bthe\s+agreed\s+ways\b|\b(?:equipment|resources|materials|tools)\s+(?:provided|given|supplied)\b`)

// nounOfRE is an action named as a thing ("join in with the washing of
// face and hands"), which a child would say with its verb.
var nounOfRE = mustRx(`\bthe\s+(?:washing|brushing|cleaning|drying|reading|writing|making|doing|use|completion|management|organisation|preparation)\s+of\b`)

// unlikeJoinRE is a place joined to a manner: "write on the line and
// with a finger space" wants its own verb for the second part.
var unlikeJoinRE = mustRx(`\b(?:on|in|at|into|onto)\s+(?:the|my|a|an)\s+\w+\s+and\s+with\b`)

// withSomeoneRE is the child doing something with another person or
// with help.
var withSomeoneRE = mustRx(`\bwith\s+(?:(?:a|an|my|one|another|other|two|the|some|his|her)\s+)*(?:\w+\s+)?(?:adult|adults|child|children|friend|friends|partner|help|support|teacher|person|peer|group|reminders?)\b`)

// otherDeterminers before "child" or "pupil" make it someone else.
var otherDeterminers = wordSet(`another other a one each every any no younger older new next`)

func (r *Rewriter) verbsHas(w string) bool {
	return r.verbs[w] || r.verbs[w+"e"]
}

// isAction reports whether w, the word after "I will", is a verb the
// rewriter knows in its base form.
func (r *Rewriter) isAction(w string) bool {
	if r.verbs[w] || extraActions[w] {
		return true
	}
	for _, p := range []string{"re-", "double-", "self-"} {
		// "re-read my sentence", "double-check my answers".
		if rest, ok := strings.CutPrefix(w, p); ok && (r.verbs[rest] || extraActions[rest]) {
			return true
		}
	}
	return false
}

// extraActions are base verbs a target can open with that the rewriter
// need not inflect: phrasal and school verbs.
var extraActions = wordSet(`reread recite categorise categorize wheel shower achieve report dribble debug observe investigate evaluate admit be stay subitise partition blend segment decode encode
	tidy line queue sit stand walk regulate manage cope accept share take turn give
	try keep practise practice check edit proofread punctuate underline highlight
	summarise predict infer compare contrast estimate round measure weigh tell
	recognise find spot say sound build hold grip cut fold stick colour draw paint
	copy trace form type log greet thank apologise ask answer reply listen look
	watch follow move go come bring carry put get use make do have water groom muck hoover
	vacuum shampoo plait trim sand mop dust polish stack sweep wipe weed rake dig plant`)

// twoSentences says the child's words in cw, too long to read as one
// sentence, as two: what the child does first and the action after its
// "and" ("use a sand timer to wait for my turn. I will hand it over."),
// when each is short enough and vouched for on its own; else "".
func (r *Rewriter) twoSentences(cw childWords, f form, child Child) string {
	b := cw.whole
	if cw.framed || strings.Contains(b, ",") {
		// A comma marks a list of actions or a detail tacked on, which
		// is not the sentence's own.
		return ""
	}
	for j := strings.LastIndex(b, " and "); j > 0; j = strings.LastIndex(b[:j], " and ") {
		first, second := strings.TrimSpace(b[:j]), strings.TrimSpace(b[j+5:])
		fw, sw := words(first), words(second)
		if len(fw) < 3 || len(sw) < 3 || !baseVerbs[lower(sw[0])] || endsOnVerb(fw) || cutShort[lower(fw[len(fw)-1])] {
			continue
		}
		if v := lower(sw[0]); notSecondVerbs[v] || thingNotVerb(sw) || v == "take" && timeTaken[lower(sw[1])] {
			// "needing help only to …" is no action; "water bottle and
			// book bag" is two things; "taking less than 5 minutes" is a
			// staff measure.
			continue
		}
		if conditionRE.MatchString(second) {
			// "stop running in PE and sit out when I notice my asthma":
			// the condition may be both actions', and the first is not
			// done without it.
			return ""
		}
		a, c := shorten(first), shorten(second)
		if a.leftOut != "" || c.leftOut != "" {
			continue
		}
		one, two := f.sentence(a.text), f.sentence(c.text)
		if r.vouch(one, f.prefix, child) != "" || r.vouch(two, f.prefix, child) != "" {
			continue
		}
		return one + " " + two
	}
	return ""
}
