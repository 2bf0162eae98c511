package phrase

import (
	"slices"
	"strings"
)

// clauseContext is what the rewriter knows about who the sentence is about.
type clauseContext struct {
	names  map[string]bool // the child's names, lower case
	gender string          // "m" or "f": which third-person pronouns mean the child
	// known are the child's pronouns as the school gives them ("he",
	// "she" or "they"), or "": then gender is the first he or she's.
	known string
	// conflict is the he or she a target's subject calls the child when
	// known says otherwise ("He will …" of a "she"), or "".
	conflict string
	they     bool // the child is "they"
	adult    bool // the sentence's subject is an adult, not the child
	// withHelp is set when staff wrote "will be supported to …".
	withHelp bool
	// theyIfChild is set when "they" would mean the child if the child
	// is the subject.
	theyIfChild bool
	// childSubject is set when the sentence's subject is the child.
	childSubject bool
	// anyCase is set when the text has no case to go by (all capitals or
	// all small letters); otherwise a name must be capitalised, so that a
	// child called Will or Hope does not swallow "will" and "hope".
	anyCase bool
	// namedSubject is set when the child's name was the sentence's
	// subject, so that the name again is someone or something else.
	namedSubject bool
	// subjectNoun is the word the child was named by as the subject
	// ("The pupil will …"), so that "the pupil" again is another.
	subjectNoun string
	// ahead is an "it" or "them" that a condition moved to the end
	// ("When she finishes her work, Sam will put it in the tray") left
	// before what it stands for, or "".
	ahead string
	// mixed is set when a he or she of the child's was taken as
	// someone else's and another as the child's in a way that may be
	// wrong: "ask her friend if she is okay when she looks sad", "help
	// his friend when he is stuck with his work".
	mixed bool
	// theyMixed is set when, for a child who is "they", another they,
	// them or their may be someone else's.
	theyMixed bool
	// firstOther is someone named before a he or she the rewriter took
	// as the child's though it may be theirs ("Ella will praise Jack
	// when he reads his sentence"), or "".
	firstOther string
	// tacked are the verbs of details staff tacked on after a comma
	// with an -ing word (", checking each list"), which participleTails
	// joined with "and": how the action is done, not a second one.
	tacked map[string]bool
}

// childIsSubject records that the sentence is about the child.
func (c *clauseContext) childIsSubject() {
	c.childSubject = true
	if c.theyIfChild {
		c.they = true
	}
}

func (c *clauseContext) isName(t string) bool {
	return c.names[lower(t)] && (c.anyCase || isCapitalised(t) || isAcronym(t))
}

// nonSubjectLeadIns are openings to drop wherever they appear at the start:
// "To …", "Be able to …", "I will …" and the like. Longer ones come first.
var nonSubjectLeadIns = [][]string{
	{"will", "have", "gained", "the", "confidence", "to"},
	{"will", "have", "the", "confidence", "to"},
	{"have", "the", "confidence", "to"},
	{"will", "have", "confidence", "to"},
	{"will", "have", "gained", "the", "skills", "to"},
	{"will", "have", "gained", "confidence", "to"},
	{"will", "have", "gained", "the", "ability", "to"},
	{"will", "develop", "the", "skills", "to"},
	{"will", "develop", "the", "confidence", "to"},
	{"will", "develop", "the", "ability", "to"},
	{"will", "develop", "confidence", "to"},
	{"develop", "the", "skills", "to"},
	{"develop", "the", "confidence", "to"},
	{"develop", "the", "ability", "to"},
	{"will", "be", "observed", "to"},
	{"i", "am", "going", "to"},
	{"i'm", "going", "to"},
	{"is", "going", "to"},
	{"am", "going", "to"},
	{"are", "going", "to"},
	{"i", "am", "learning", "to"},
	{"is", "learning", "to"},
	{"am", "learning", "to"},
	{"are", "learning", "to"},
	{"is", "beginning", "to"},
	{"are", "beginning", "to"},
	{"has", "learnt", "to"},
	{"has", "learned", "to"},
	{"will", "continue", "to"},
	{"will", "begin", "to"},
	{"will", "start", "to"},
	{"will", "be", "seen", "to"},
	{"is", "seen", "to"},
	{"are", "seen", "to"},
	{"is", "observed", "to"},
	{"i", "will", "be", "able", "to"},
	{"will", "be", "expected", "to"},
	{"will", "be", "able", "to"},
	{"should", "be", "able", "to"},
	{"i", "am", "able", "to"},
	{"is", "expected", "to"},
	{"is", "able", "to"},
	{"is", "to"},
	{"are", "to"},
	{"be", "observed", "to"},
	{"are", "able", "to"},
	{"is", "going", "to"},
	{"be", "able", "to"},
	{"expected", "to"},
	{"going", "to"},
	{"able", "to"},
	{"continue", "to"},
	{"continues", "to"},
	{"begin", "to"},
	{"start", "to"},
	{"would", "like", "to"},
	{"would", "love", "to"},
	{"wants", "to"},
	{"want", "to"},
	{"needs", "to"},
	{"need", "to"},
	{"i", "will"},
	{"i", "can"},
	{"to"},
	{"will"},
	{"can"},
	{"should"},
	{"must"},
	{"could"},
	{"would"},
}

// ingLeadIns stand before the child's action as an -ing word when staff
// say the child is on the way to it: "is working towards writing …",
// "continue using …", "begin combining …". The child's page says the
// action itself.
var ingLeadIns = [][]string{
	{"is", "working", "towards"},
	{"am", "working", "towards"},
	{"are", "working", "towards"},
	{"is", "working", "on"},
	{"am", "working", "on"},
	{"are", "working", "on"},
	{"will", "work", "towards"},
	{"will", "continue"},
	{"will", "begin"},
	{"work", "towards"},
	{"works", "towards"},
	{"working", "towards"},
	{"continue"},
	{"continues"},
	{"begin"},
	{"begins"},
	{"will", "be", "observed"},
	{"will", "be", "seen"},
	{"be", "observed"},
	{"be", "seen"},
	{"is", "observed"},
	{"is", "seen"},
	{"observed"},
	// "Amira is using full stops": a success criterion in the present.
	{"is"},
	{"are"},
	{"am"},
}

// ingLeadIn returns toks with such a lead-in taken off and the -ing word
// after it in the child's form ("write …"), or nil when toks do not start
// so. "start using" is "use"; "start writing" stays, since starting can
// be the point ("start writing straight away").
func (r *Rewriter) ingLeadIn(toks []string) []string {
	for _, l := range ingLeadIns {
		if !hasPrefixWords(toks, l) || len(toks) <= len(l)+1 {
			continue
		}
		at := len(l)
		if leadAdverbs[lower(toks[at])] && len(toks) > at+2 {
			at++ // "is consistently using": the adverb stays before the verb
		}
		if len(l) == 1 && lower(toks[at]) == "working" && at+1 < len(toks) && (lower(toks[at+1]) == "on" || lower(toks[at+1]) == "towards") {
			continue // "is working on his times tables": on what, to do what?
		}
		if b, ok := r.verbBase(toks[at]); ok && strings.HasSuffix(lower(toks[at]), "ing") {
			out := append(append(slices.Clone(toks[len(l):at]), b), toks[at+1:]...)
			for k := 1; k+1 < len(out); k++ {
				// "tearing strips … and scrunching them": the joined verb too.
				if w := lower(out[k]); w == "and" || w == "or" {
					if jb, ok := r.verbBase(out[k+1]); ok && strings.HasSuffix(lower(out[k+1]), "ing") {
						out[k+1] = jb
					}
				}
			}
			return out
		}
	}
	if len(toks) > 2 && (lower(toks[0]) == "start" || lower(toks[0]) == "starts") && lower(toks[1]) == "using" {
		return append([]string{"use"}, toks[2:]...)
	}
	return nil
}

// notNames are capitalised words that open a staff sentence without being
// the child's name.
var notNames = wordSet(`to be can will i he she they the a an pupil child student
	by when with in at on during for use read write ask`)

// openers start a condition that can move to the end of the sentence.

var openers = wordSet(`with without using when during in at after before given if whenever on through following once`)

// moveOpening deals with what comes before the subject: a time phrase ("By
// the end of term, …") is dropped, since the child page shows the review
// date; a condition ("When he is stuck, …") moves to the end, where a
// young reader meets it after the action.
func moveOpening(toks []string) []string {
	if len(toks) == 0 {
		return toks
	}
	first := lower(toks[0])
	if timeFrames[first] {
		i := 1
		if hasPrefixWords(toks[1:], []string{"the", "end", "of"}) {
			i = 4
		} else if hasPrefixWords(toks[1:], []string{"end", "of"}) {
			i = 3
		}
		j := i
		for j < len(toks) && (timeWords[lower(toks[j])] || isNumber(toks[j])) {
			j++
		}
		if j > i || i > 1 {
			if j < len(toks) && toks[j] == "," {
				j++
			}
			if j < len(toks) {
				return toks[j:]
			}
		}
	}
	if openers[first] {
		for i := 2; i < len(toks) && i <= 10; i++ {
			if toks[i] == "," {
				if i+1 >= len(toks) {
					return toks
				}
				out := append([]string{}, toks[i+1:]...)
				if w := toks[0]; !isAcronym(w) {
					out = append(out, first)
				} else {
					out = append(out, w)
				}
				out = append(out, toks[1:i]...)
				return out
			}
		}
	}
	return toks
}

// timeFrames open a frame that says by when, which the child's page does
// not need: it shows the review date.
var timeFrames = wordSet(`by within over before this`)

// keptFrames open a frame that says when or how the child does it; it
// moves after the action. Any other frame ("By the end of the IEP cycle",
// "Based on a language sample", "Given 20 sounds") is for staff and goes.
var keptFrames = wordSet(`when whenever if during at in with using after before while on only except unless without`)

// droppedFrames open a frame for staff that can stand with no comma
// before the subject: "Given a model Sam will …", "Within a school year I
// will …".
var droppedFrames = wordSet(`given within by following`)

// moveFrame finds the child as the subject after a comma ("By the end of
// the IEP cycle, Student will …", "When an adult says his name, Oscar
// will …") and deals with what stands before it: a condition moves to
// the end, anything else is dropped.
func (r *Rewriter) moveFrame(toks []string, ctx *clauseContext) []string {
	for k := 1; k+1 < len(toks); k++ {
		after := k + 1
		if toks[k] != "," {
			// "During carpet time the pupil will …": a frame with no
			// comma, known by its opening word and the subject after it.
			if k < 2 || k > 10 || !keptFrames[lower(toks[0])] && !droppedFrames[lower(toks[0])] || !isWord(toks[k-1]) || slices.Contains(toks[:k], ",") || frameNounOpeners[lower(toks[k-1])] {
				// (Not "When another | child wants the same toy": the
				// child there is someone else.)
				continue
			}
			after = k
		}
		probe := *ctx
		probe.names = ctx.names
		n := r.childSubject(toks[after:], &probe)
		if n == 0 {
			continue
		}
		if w := lower(toks[after]); !ctx.isName(toks[after]) && !childNouns[w] && !childSubjects[w] && w != "the" && w != "young" && !(n > 1 && childNouns[lower(toks[after+1])] && timeFrames[lower(toks[0])]) {
			// A capitalised word taken for a name is not enough here;
			// "College student" and "Nursery child" are, after a time
			// frame that goes ("Within the first half term, …").
			continue
		}
		frame, rest := toks[:k], slices.Clone(toks[after:])
		if len(frame) > 2 && setupParticiples[lower(frame[1])] && (setupObjects[lower(frame[2])] || isNumber(frame[2])) && !(lower(frame[1]) == "shown" && anyIn(frame[2:], cueThings)) {
			// "When presented with 10 sets of counters": how staff set
			// the task up, not when the child does it.
			return rest
		}
		if lower(frame[0]) == "without" && anyIn(frame, helpWords) {
			// "Without adult prompting, Holly starts her work": by
			// herself, which is the point.
			end := len(rest)
			for end > 0 && (rest[end-1] == "." || rest[end-1] == "!" || rest[end-1] == "?") {
				end--
			}
			return append(rest[:end:end], "by", "myself")
		}
		if keptFrames[lower(frame[0])] {
			end := len(rest)
			for end > 0 && (rest[end-1] == "." || rest[end-1] == "!" || rest[end-1] == "?") {
				end--
			}
			if it := forwardPronoun(rest[:end], frame); it != "" {
				ctx.ahead = it
			} else if it := nameAhead(rest[:end], frame, ctx); it != "" {
				ctx.ahead = it
			}
			frame = append([]string{lowerFirst(frame[0])}, frame[1:]...)
			if at := returnAfter(rest[:end]); at > 0 && triggerFrames[frame[0]] {
				// "When upset, … go to the Hub, returning to lessons":
				// the feeling sends the child out, not back, so it goes
				// before the return.
				out := append(slices.Clone(rest[:at]), frame...)
				return append(out, rest[at:end]...)
			}
			return append(rest[:end:end], frame...)
		}
		return rest
	}
	return toks
}

// triggerFrames open a condition that sets the child off: "When upset,
// …", "If anxious, …".
var triggerFrames = wordSet(`when whenever if`)

// returnAfter is where the child's coming back starts in a clause of
// more than one action ("… go to the Hub, returning to lessons", "… and
// go back to class"), or 0 when there is none.
func returnAfter(toks []string) int {
	for i := 3; i+1 < len(toks); i++ {
		if toks[i] != "," && lower(toks[i]) != "and" {
			continue
		}
		w := lower(toks[i+1])
		if returnVerbs[w] || i+2 < len(toks) && backVerbs[w] && lower(toks[i+2]) == "back" {
			return i
		}
	}
	return 0
}

var (
	returnVerbs = wordSet(`return returns returning`)
	backVerbs   = wordSet(`go goes going come comes coming get gets getting`)
)

// frameNounOpeners stand before a noun that is someone else, not the
// child: "another child", "a pupil", "any student".
var frameNounOpeners = wordSet(`another a an other any each every one some no`)

// helpWords are the help a child does without: "Without adult
// prompting, …".
var helpWords = wordSet(`prompting prompts prompt reminders reminder reminding help support supervision`)

// forwardPronoun is the "it" or "them" in the clause rest that stands
// for a thing the condition frame names ("her work"), which would come
// after it once the frame moves to the end, or "".
func forwardPronoun(rest, frame []string) string {
	if p := personAhead(rest, frame); p != "" {
		return p
	}
	named := false
	for j := 1; j+1 < len(frame); j++ {
		if determiners[lower(frame[j])] && isWord(frame[j+1]) {
			named = true
		}
	}
	if !named {
		return ""
	}
	for j, t := range rest {
		w := lower(t)
		if determiners[w] && j > 0 && !toolBefore[lower(rest[j-1])] {
			// "pack his spare sensor …, ticking them off": what "them"
			// stands for is named first (not a tool: "use a sand timer
			// to share it" does not share the timer).
			return ""
		}
		if (w == "it" || w == "them") && j > 0 && !(j+1 < len(rest) && (lower(rest[j+1]) == "is" || lower(rest[j+1]) == "was")) && !idiomIt(rest, j) {
			return t
		}
	}
	return ""
}

// idiomIt reports whether the "it" at rest[j] stands for nothing, as in
// "talk it out" ("give it a go" may stand for the game the condition
// names).
func idiomIt(rest []string, j int) bool {
	return j > 0 && j+1 < len(rest) && lower(rest[j]) == "it" && lower(rest[j-1]) == "talk" && lower(rest[j+1]) == "out"
}

// personAhead is a he or she in the clause rest that may stand for a
// mum, dad or other person of that sex the condition frame names ("If
// Mum is late, Ava will wait in the office until she arrives"), which
// would come before them once the frame moves to the end (and be taken
// for the child, or for someone else in rest), or "".
func personAhead(rest, frame []string) string {
	sex := ""
	for _, t := range frame {
		if w := lower(t); femaleNouns[w] {
			sex = "she"
		} else if maleNouns[w] {
			sex = "he"
		}
	}
	if sex == "" {
		return ""
	}
	for _, t := range rest {
		if pronounSex(lower(t)) == sex {
			return t // "until she arrives", "until the staff phone her"
		}
	}
	return ""
}

// nameAhead is a he, him, she or her in the clause rest, not of the
// child's sex, that may stand for someone the condition frame names by
// name ("If Liam is upset, Aoife will ask him if he is OK"), which would
// come before the name once the frame moves to the end, or "".
func nameAhead(rest, frame []string, ctx *clauseContext) string {
	child := ctx.childPronoun()
	if child == "" {
		return ""
	}
	named := false
	for j := 1; j < len(frame); j++ {
		if t := frame[j]; isCapitalised(t) && isWord(t) && !isAcronym(t) && !ctx.isName(t) && !adultTitles[lower(t)] && !monthsDays[lower(t)] {
			named = true
		}
	}
	if !named {
		return ""
	}
	for _, t := range rest {
		if p := pronounSex(lower(t)); p != "" && p != child {
			return t
		}
	}
	return ""
}

// toolBefore stand before the tool an action is done with.
var toolBefore = wordSet(`use uses using with`)

// ownParts are what "their" can only mean the doer's own of, right
// after the child's verb: "raise their hand".
var ownParts = wordSet(`hand hands head feet foot arm arms name body`)

// holdVerbs take someone else's hand: "with an adult, holding their
// hand".
var holdVerbs = wordSet(`hold holds holding take takes taking shake shakes shaking`)

// setupParticiples, after "when", frame how staff set a task up.
var setupParticiples = wordSet(`presented provided given shown offered`)

// cueThings shown to the child are the cue the target is about, not how
// staff set a task up: "When shown the symbol, Leo will go to the
// toilet".
var cueThings = wordSet(`symbol symbols sign signal card picture photo timer object`)

// setupObjects follow a setup participle: "presented with", "given a".
var setupObjects = wordSet(`with a an the some`)

// nounLike reports whether w has an ending that English uses for things
// and ideas rather than people's names ("attendance", "behaviour").
func nounLike(w string) bool {
	for _, suf := range []string{"ance", "ence", "tion", "sion", "ment", "ness", "ity", "iour", "ior", "ship", "work", "time"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// adultSubject returns how many tokens at the start of toks name an adult
// ("the TA", "Mrs Patel", "an adult"), or 0.
func adultSubject(toks []string) int {
	i := 0
	if len(toks) > 0 {
		switch lower(toks[0]) {
		case "the", "a", "an", "class", "key", "support", "his", "her", "their", "all", "teaching", "1:1":
			i = 1
		}
	}
	if i < len(toks) && lower(toks[i]) == "teaching" {
		i++
	}
	if i < len(toks) && (lower(toks[i]) == "class" || lower(toks[i]) == "support" || lower(toks[i]) == "key") {
		i++
	}
	if i >= len(toks) {
		return 0
	}
	w := lower(toks[i])
	switch {
	case adultNouns[w] || w == "assistant" || w == "worker":
		return i + 1
	case adultTitles[w] && i+1 < len(toks) && isCapitalised(toks[i+1]):
		return i + 2
	}
	return 0
}

// stripLeadIn removes the openings staff put before the child's action and
// records in ctx who the sentence is about. It returns the rest and, for an
// adult subject, the words naming that adult.
func (r *Rewriter) stripLeadIn(toks []string, ctx *clauseContext) (rest, adult []string) {
	toks = r.moveFrame(toks, ctx)
	toks = moveOpening(toks)
	for range 12 {
		if len(toks) > 2 && toks[0] == "," && (openers[lower(toks[1])] || keptFrames[lower(toks[1])]) {
			// "Sam will, with support, read …": the aside goes last, as
			// one in brackets does.
			if end := slices.Index(toks[1:], ","); end > 0 && end <= 8 && end+2 < len(toks) {
				toks = append(withoutFullStop(toks[end+2:]), toks[1:end+1]...)
				continue
			}
		}
		for len(toks) > 0 && !isWord(toks[0]) && toks[0] != "(" {
			if q := toks[0]; q == "'" || q == "\"" {
				// A quoted opening ("To 'stay on task' …") loses both
				// of its quotation marks, not just the first.
				if end := slices.Index(toks[1:], q); end >= 0 {
					toks = slices.Delete(slices.Clone(toks), end+1, end+2)
				}
			}
			toks = toks[1:]
		}
		if len(toks) > 0 && toks[0] == "(" {
			// "Sam will (with support) read …": the aside goes last.
			if end := slices.Index(toks, ")"); end > 0 && end+1 < len(toks) {
				if len(toks) > 1 && openers[lower(toks[1])] {
					// "(with adult support)": how the child does it,
					// read as the words they are.
					toks = append(withoutFullStop(toks[end+1:]), toks[1:end]...)
					continue
				}
				toks = append(append(slices.Clone(toks[end+1:]), "("), toks[1:end+1]...)
				continue
			}
			toks = toks[1:]
			continue
		}
		if len(toks) == 0 {
			return toks, nil
		}
		changed := false
		for _, l := range nonSubjectLeadIns {
			if hasPrefixWords(toks, l) {
				if len(l) > 1 && l[len(l)-2] == "like" && len(toks) > len(l) && lower(toks[len(l)]) == "be" {
					continue // "would like to be a vet": a wish, for the self-check
				}
				if len(l) > 1 && l[len(l)-2] == "going" && len(toks) > len(l) && !r.isAction(lower(toks[len(l)])) {
					// "is going to the toilet" is going somewhere, not
					// what the child will do next.
					continue
				}
				toks, changed = toks[len(l):], true
				break
			}
		}
		if changed {
			continue
		}
		if t := r.ingLeadIn(toks); t != nil {
			toks = t
			continue
		}
		if hasPrefixWords(toks, []string{"be"}) && len(toks) > 3 && lower(toks[2]) == "to" {
			switch lower(toks[1]) {
			case "supported", "helped":
				// The help is provision; the child's part is the action,
				// done with help.
				ctx.withHelp = true
				toks = toks[3:]
				continue
			case "encouraged", "prompted", "reminded":
				toks = toks[3:]
				continue
			}
		}
		if k := soThatCan(toks, ctx); k > 0 {
			// "develop his fine motor skills so that he can write
			// legibly": what he can then do is the child's action.
			toks = toks[k:]
			continue
		}
		if len(toks) > 3 && supportVerbs[lower(toks[0])] && ctx.isName(toks[1]) && lower(toks[2]) == "to" && r.isAction(lower(toks[3])) {
			// "Support Amira to put on her coat", "Encourage Sam to
			// share": an adult's help, and the child's action.
			toks = toks[3:]
			ctx.childIsSubject()
			continue
		}
		if lower(toks[0]) == "for" && len(toks) > 2 {
			toks, changed = toks[1:], true
			continue
		}
		if n := r.childSubject(toks, ctx); n > 0 && n < len(toks) {
			toks = toks[n:]
			continue
		}
		if n := adultSubject(toks); n > 0 && n < len(toks) {
			next := lower(toks[n])
			if modals[next] || r.isThirdPerson(next) {
				ctx.adult = true
				return toks[n:], toks[:n]
			}
		}
		break
	}
	return toks, nil
}

// withoutFullStop is a copy of toks without the punctuation that ends
// them, so that an aside can go after them: "read her book." + "with
// support".
func withoutFullStop(toks []string) []string {
	rest := slices.Clone(toks)
	for len(rest) > 0 && !isWord(rest[len(rest)-1]) && rest[len(rest)-1] != ")" && rest[len(rest)-1] != "'" {
		rest = rest[:len(rest)-1]
	}
	return rest
}

// childSubject returns how many tokens at the start of toks are the child
// as the subject of the sentence, or 0. A capitalised word before "will"
// is taken as the child's name when no names were given.
func (r *Rewriter) childSubject(toks []string, ctx *clauseContext) int {
	if n := r.subjectWords(toks, ctx); n > 0 {
		// "Freya (type 1 diabetes) to go …": an aside about the child
		// goes with the subject.
		return afterAside(toks, n)
	}
	return 0
}

// afterAside is where the words after toks[i] start when a short aside in
// brackets stands at i, or i when none does.
func afterAside(toks []string, i int) int {
	if i < len(toks) && toks[i] == "(" {
		if end := slices.Index(toks[i:min(len(toks), i+10)], ")"); end > 0 {
			return i + end + 1
		}
	}
	return i
}

// subjectWords is childSubject without the aside after the subject.
func (r *Rewriter) subjectWords(toks []string, ctx *clauseContext) int {
	if len(toks) < 2 {
		return 0
	}
	verbFollows := func(i int) bool {
		i = afterAside(toks, i) // which childSubject takes with the subject
		if i < len(toks) && (leadAdverbs[lower(toks[i])] || freqAdverbs[lower(toks[i])]) {
			i++
		}
		if i >= len(toks) {
			return false
		}
		w := lower(toks[i])
		return modals[w] || r.isThirdPerson(w) || w == "am"
	}
	w := lower(toks[0])
	// Both look at three words at most.
	group, described := namedGroupChild(toks), describedChild(toks)
	switch {
	case childSubjects[w]:
		if !verbFollows(1) && (w != "i" || !r.verbs[lower(toks[1])]) {
			return 0
		}
		switch {
		case w == "they":
			ctx.they = true
		case ctx.known != "" && ctx.known != w && (w == "he" || w == "she"):
			// "He will …" of a child the school calls "she".
			ctx.conflict = w
		case w == "he":
			ctx.gender = "m"
		case w == "she":
			ctx.gender = "f"
		}
		return 1
	case w == "the" && childNouns[lower(toks[1])] && verbFollows(2):
		return 2
	case w == "the" && len(toks) > 3 && lower(toks[1]) == "young" && lower(toks[2]) == "person" && verbFollows(3):
		return 3
	case w == "young" && lower(toks[1]) == "person" && verbFollows(2):
		return 2
	case described > 0:
		// "Pupil with hypermobility to …", "Young person on his work
		// experience to …", "The pupil on placement will …": what staff
		// say of the child comes before the verb, and goes with it.
		if j := r.verbAfterDescription(toks, described); j > 0 {
			return j
		}
	case childNouns[w] && verbFollows(1):
		return 1
	case isAcronym(toks[0]) && !adultNouns[w] && !adultTitles[w] && (lower(toks[1]) == "will" || lower(toks[1]) == "to"):
		ctx.names[w] = true // "XXX will …", "DD to …": a placeholder for the name
		return 1
	case w == "young" && lower(toks[1]) == "adult" && verbFollows(2):
		return 2
	case childNouns[w] && len(toks[1]) == 1 && isCapitalised(toks[1]) && toks[1] != "I" && verbFollows(2):
		return 2 // "Student A will …"
	case w == "child" && len(toks) > 4 && lower(toks[1]) == "or" && lower(toks[2]) == "young" && lower(toks[3]) == "person" && verbFollows(4):
		return 4 // "Child/young person …", its slash read as "or"
	case len(toks) > 2 && childNouns[lower(toks[1])] && (yearGroupWordRE.MatchString(w) || stageWords[w] || pupilKinds[w] || isAcronym(toks[0])) && verbFollows(2):
		return 2 // "Y8 pupil to …", "S2 pupil to …", "FE learner will …", "Adult learner will …"
	case len(toks) > 3 && childNouns[lower(toks[1])] && (yearGroupWordRE.MatchString(w) || stageWords[w]) && ctx.isName(toks[2]) && verbFollows(3):
		return 2 // "P6 pupil Freya to …": the name goes as the child's
	case len(toks) > 3 && childNouns[lower(toks[1])] && (yearGroupWordRE.MatchString(w) || stageWords[w] || pupilKinds[w] || isAcronym(toks[0])) && describesPupil[lower(toks[2])]:
		// "Y11 student working at Entry Level 2 will …": what staff
		// say of the child comes before the verb.
		if j := r.verbAfterDescription(toks, 3); j > 0 {
			return j
		}
	case len(toks) > 3 && isCapitalised(toks[0]) && isCapitalised(toks[1]) && childNouns[lower(toks[2])] && !ctx.isName(toks[0]) && verbFollows(3):
		return 3 // "Blue Pathway pupil to …", "A Level student to …"
	case len(toks) > 2 && (w == "sixth" && lower(toks[1]) == "former" || isNumber(w) && lower(toks[1]) == "grader") && verbFollows(2):
		return 2 // "Sixth former to …", "8th grader will …"
	case w == "year" && len(toks) > 3 && isNumber(toks[1]) && childNouns[lower(toks[2])] && verbFollows(3):
		return 3
	case !ctx.isName(toks[0]) && qualifiedChild(toks) > 0:
		// "Deafblind Y10 student to …", "Year 12 student with anxiety
		// will …", "New college student to …", "Teenager with DLD to
		// …": the child named by what staff say of them.
		n := qualifiedChild(toks)
		if verbFollows(n) {
			return n
		}
		if n+1 < len(toks) && (describesPupil[lower(toks[n])] || strings.HasSuffix(lower(toks[n]), "ing")) {
			if j := r.verbAfterDescription(toks, n+1); j > 0 {
				return j
			}
		}
	case group > 0 && isCapitalised(toks[0]) && !ctx.isName(toks[0]) && !otherChild[w] && verbFollows(group):
		return group // "Agriculture student to …", "Jungle room toddler to …", "Job seeker to …"
	case ctx.isName(toks[0]):
		if verbFollows(1) || unknownThird(toks[1]) && len(toks) > 2 {
			// "Noah steps on and off the kerb": after the child's name,
			// an -s word is the verb, known or not.
			return 1
		}
		if _, ok := r.verbBase(toks[1]); ok && strings.HasSuffix(lower(toks[1]), "ing") {
			return 1 // "(staff notice) Freya putting her hand up"
		}
		if isCapitalised(toks[1]) && verbFollows(2) {
			return 2
		}
	case len(ctx.names) == 0 && isCapitalised(toks[0]) && !notNames[w] && !adultTitles[w] && !adultNouns[w]:
		n := 1
		if isCapitalised(toks[1]) && !notNames[lower(toks[1])] {
			n = 2
		}
		if n >= len(toks) {
			return 0
		}
		// "Mark will …" is a name, but "Go to the library" is an
		// instruction: a word that is also a verb counts as a name only
		// before a clear modal.
		next := lower(toks[n])
		strong := next == "will" || next == "can" || next == "should" || next == "must" || next == "won't"
		_, isVerb := r.verbBase(w)
		isVerb = isVerb || r.verbs[w] || r.isGlossaryWord(w)
		if !nounLike(w) && (strong || !isVerb && (modals[next] && next != "is" || r.isThirdPerson(next))) {
			ctx.names[w] = true
			return n
		}
	}
	return 0
}

// qualifiedChild returns how many tokens open toks as a subject made of
// words staff use to say which child and the noun naming them
// ("Low-attaining Y5 reader", "2nd class pupil", "Pre-school child",
// "Two-year-old"), or 0 when toks do not open with one. What follows the
// noun is for childSubject.
func qualifiedChild(toks []string) int {
	for h := 0; h < len(toks)-1 && h < 5; h++ {
		w := lower(toks[h])
		if childNouns[w] && h > 0 || childHeads[w] || yearOldRE.MatchString(w) {
			return h + 1
		}
		if !childModifier(toks[h]) {
			return 0
		}
	}
	return 0
}

// describedChild returns where what staff say of the child starts, after
// "pupil", "the pupil", "young person" or "the young person" and the word
// that opens it ("on", "with", "who" …), or 0 when toks do not start so.
func describedChild(toks []string) int {
	h := 0
	if lower(toks[0]) == "the" {
		h = 1
	}
	switch {
	case h+2 < len(toks) && lower(toks[h]) == "young" && lower(toks[h+1]) == "person":
		h += 2
	case h+1 < len(toks) && childNouns[lower(toks[h])]:
		h++
	default:
		return 0
	}
	if h+1 < len(toks) && (describesPupil[lower(toks[h])] || describingIng(toks[h])) {
		return h + 1
	}
	return 0
}

// describingIng reports whether t is an -ing word that opens what staff
// say of the child: "Student returning to college after a brain injury
// to …".
func describingIng(t string) bool {
	w := lower(t)
	return strings.HasSuffix(w, "ing") && participle(w)
}

// namedGroupChild returns how many words of toks name the child by the
// group, room or course staff put first ("Agriculture student", "Jungle
// room toddler", "Job seeker"): a child noun within the first three
// words, after words that are not verbs or people; else 0.
func namedGroupChild(toks []string) int {
	for h := 1; h < len(toks) && h < 3; h++ {
		w := lower(toks[h])
		if childNouns[w] || childHeads[w] {
			return h + 1
		}
		if !isWord(toks[h]) || modals[w] || adultNouns[w] || groupNouns[w] {
			return 0
		}
	}
	return 0
}

// childHeads name the child in a subject, besides childNouns: "Teenager
// with DLD to …", "Low-attaining Y5 reader to …", "Autistic apprentice
// to …".
var childHeads = wordSet(`teenager preschooler toddler reader apprentice trainee seeker arrival senior`)

// feelingAdjectives follow "make her" or "keep her" as how she is
// ("things that make her sad", "what keeps her calm"), unless a thing of
// hers follows ("make her calm box").
var feelingAdjectives = wordSet(`sad happy calm angry cross worried upset scared anxious nervous cold hot tired safe`)

// feelingVerbs follow "make her" as what she does, not a thing of hers:
// "make her feel hot", but "make her drink" is ambiguous and stays hers.
var feelingVerbs = wordSet(`feel think laugh smile cry worry`)

// otherChild open a subject that is some other child: "Another pupil
// will …".
var otherChild = wordSet(`another other no`)

// yearOldRE is a child named by age: "two-year-old", "3-year-old".
var yearOldRE = mustRx(`^[\w]+-year-old$`)

// childModifier reports whether t is a word staff put before the noun
// naming the child: a year group ("Y5", "Year 12", "7th grade", "2nd
// class"), a stage ("pre-school", "college"), a kind of pupil ("new",
// "deafblind", "EAL"), or a hyphenated description ("low-attaining").
func childModifier(t string) bool {
	w := lower(t)
	return yearGroupWordRE.MatchString(w) || isNumber(w) || ordinalRE.MatchString(w) || stageWords[w] || pupilKinds[w] || isAcronym(t) && !adultNouns[w] ||
		w == "year" || w == "grade" || w == "class" || strings.Contains(w, "-") && isWord(w)
}

// ordinalRE is an ordinal number: "2nd", "7th".
var ordinalRE = mustRx(`^\d+(?:st|nd|rd|th)$`)

// unknownThird reports whether w reads as a verb's -s form the rewriter
// does not know: lower case, longer than three letters, ending in "s" but
// not "ss", "us" or "is" ("steps", not "class", "bus" or "this").
func unknownThird(w string) bool {
	return len(w) > 3 && isWord(w) && strings.ToLower(w) == w && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "'s")
}

// stageWords name a stage of schooling before "pupil" or "student".
// pupilKinds stand before "pupil", "learner" or "student" as what kind
// of pupil staff mean: "Adult learner will …".
var pupilKinds = wordSet(`adult mature older new young autistic deaf blind deafblind supported`)

// describesPupil open what staff say of the child between its noun and
// the verb: "Student who stammers to …", "Y11 student working at Entry
// Level 2 will …".
var describesPupil = wordSet(`with who working in at on from aged currently`)

// verbAfterDescription returns where the "will" or the "to" of the verb
// is among the words from toks[from] on (the describing words before it
// fall away with the subject), or 0 when there is none within a few
// words.
func (r *Rewriter) verbAfterDescription(toks []string, from int) int {
	who := lower(toks[from-1]) == "who"
	relVerb := false // the "who" clause's own verb has been passed
	// "Student returning to college …": the -ing word's own "to" comes
	// first, before a word that is no action.
	ingTo := describingIng(toks[from-1])
	for j := from; j < len(toks) && j < from+12; j++ {
		if v := lower(toks[j]); v == "will" || v == "to" && j+1 < len(toks) && (r.isAction(lower(toks[j+1])) || !isCapitalised(toks[j+1]) && isWord(toks[j+1]) && !notActions[lower(toks[j+1])] && !ingTo) {
			return j // "who is new to English to use": the "to" of the verb
		}
		if lower(toks[j]) == "to" {
			ingTo = false
		}
		third := r.isThirdPerson(toks[j])
		if j > from && third && (!who || relVerb) {
			// "Student with hypermobility carries her books", "Student
			// who uses a wheelchair moves herself": the verb itself.
			return j
		}
		relVerb = relVerb || who && (third || unknownThird(toks[j]))
		if !isWord(toks[j]) {
			break
		}
	}
	return 0
}

var stageWords = wordSet(`college secondary primary nursery reception infant junior fe ks1 ks2 ks3 ks4 ks5 sixth-form preschool pre-school`)

// yearGroupWordRE is a year group written as one word: "Y8", "yr10",
// and in Scotland "S2" and "P5".
var yearGroupWordRE = mustRx(`^(?:y|yr|s|p|u|l)\d{1,2}$`)

// childThings name things for pupils, after "pupil" or "student": "the
// student support entrance", "my pupil passport".
var childThings = wordSet(`support services council voice passport passports planner toilets
	entrance reception premium profile leader leaders parking hub union lounge step steps seat
	chair toilet scissors`)

// childThing reports whether the child noun at toks[i] names a thing for
// pupils rather than the child.
func childThing(toks []string, i int) bool {
	return i+1 < len(toks) && childNouns[lower(toks[i])] && childThings[lower(toks[i+1])]
}

// mapPerson turns the child's name and pronouns into I / me / my / myself.
// Pronouns that mean someone else are left alone: "put them away" (things),
// other people's "she" when the child is "he", and an adult subject's own
// pronouns.
func (r *Rewriter) mapPerson(toks []string, ctx *clauseContext) []string {
	out := make([]string, 0, len(toks))
	subjectAt := func(i int) bool {
		if i+1 < len(toks) {
			n := lower(toks[i+1])
			if auxAfterName[n] || r.isThirdPerson(n) {
				return true
			}
		}
		return i > 0 && conjunctions[lower(toks[i-1])]
	}
	quoted := quotedSpans(toks)
	// Where a he or she of the child's gender was taken as someone
	// else's, what follows in its clause may be theirs too.
	keptAt, ingSince, keptSubject, mappedSubject := -1, false, false, false
	theyMapped, theyKept, theyDoubt, themDone, theyClause := false, false, false, false, false // the words of a child who is "they"
	own := func(w string) bool {
		return ctx.gender == "m" && (w == "he" || w == "his" || w == "him") || ctx.gender == "f" && (w == "she" || w == "her" || w == "hers")
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		w := lower(t)
		next := ""
		if i+1 < len(toks) {
			next = lower(toks[i+1])
		}
		switch {
		case t == "," || t == "." || t == ";":
			keptAt, ingSince = -1, false
		case keptAt >= 0 && (w == "by" || w == "while" || w == "without") && strings.HasSuffix(next, "ing"):
			ingSince = true
		}
		mapped, mappedOK, tried := "", false, false
		if own(w) && !quoted[i] {
			m, ok := r.mapPronoun(toks, i, ctx)
			mapped, mappedOK, tried = m, ok, true
			if ok && ctx.firstOther == "" {
				if p := r.otherBeforeChild(toks, i, w, ctx); p != "" {
					ctx.firstOther = p
				}
			}
			switch {
			case (w == "he" || w == "she") && ok:
				mappedSubject = true
			case w == "he" || w == "she":
				keptSubject, keptAt = true, i
				if p := toldWhatTheyMay(toks, i); p != "" && ctx.firstOther == "" {
					ctx.firstOther = p
				}
				if p := keptForName(toks, i, ctx); p != "" && ctx.firstOther == "" {
					ctx.firstOther = p
				}
			case ok && m == "my" && keptAt >= 0, ok && m == "me" && keptAt >= 0 && ingSince:
				ctx.mixed = true
			}
		}
		if (w == "his" || w == "her") && len(out) == i && r.helpedOwn(toks, out, i) {
			// "help him with his work", "help her to read her book",
			// where "him" or "her" is someone else: the work is theirs
			// too.
			out = append(out, t)
			continue
		}
		switch {
		case quoted[i]:
			// "when the teacher says 'Jack'", "say 'My name is Amira'",
			// "answer 'Is she happy?'": what is said, word for word.
			out = append(out, t)
			continue
		case strings.HasSuffix(w, "'s") && ctx.isName(strings.TrimSuffix(t, "'s")) && otherWithName(toks, i, false):
			// "Mrs Grace's office": someone else's.
			out = append(out, t)
			continue
		case ctx.isName(t) && ctx.namedSubject:
			// "Muhammad will name the Prophet Muhammad", "Paris will say
			// that Paris is the capital of France", "May will read about
			// May Day": the child, named as the subject, is not named
			// again; this is someone or something else.
			out = append(out, t)
			continue
		case ctx.isName(t) && otherWithName(toks, i, subjectAt(i)):
			// "Mr Thomas", "Rowan Class", "sit next to Sam T.": someone
			// or somewhere else with the child's name.
			out = append(out, t)
			continue
		case ctx.isName(t):
			// "Sam Smith": the surname goes with the forename.
			if i+1 < len(toks) && isCapitalised(toks[i+1]) && !ctx.isName(toks[i+1]) && !notNames[next] {
				i++
			}
			if subjectAt(i) {
				out = append(out, "I")
			} else {
				out = append(out, "me")
			}
			continue
		case strings.HasSuffix(w, "'s") && ctx.isName(strings.TrimSuffix(t, "'s")):
			out = append(out, "my")
			continue
		case w == "the" && i+1 < len(toks) && childNouns[strings.TrimSuffix(next, "'s")] && (ctx.namedSubject || ctx.subjectNoun == next):
			// "Sam will say sorry to the pupil he hurt": another pupil.
			out = append(out, t)
			continue
		case w == "the" && i+1 < len(toks) && childNouns[strings.TrimSuffix(next, "'s")] && !childThing(toks, i+1):
			i++
			if strings.HasSuffix(next, "'s") {
				out = append(out, "my")
			} else if subjectAt(i) {
				out = append(out, "I")
			} else {
				out = append(out, "me")
			}
			continue
		}
		if !tried {
			mapped, mappedOK = r.mapPronoun(toks, i, ctx)
		}
		if theirs := ctx.gender == "" && w == "their" && !quoted[i]; theirs && mappedOK {
			theyMapped = true
		} else if theirs && (adultNouns[next] || peerOnes[next] || femaleNouns[next] || maleNouns[next]) {
			theyKept = true // "their TA", "their mum"
		}
		if ctx.gender == "" && clauseBounds[w] {
			theyClause = false
		}
		if ctx.gender == "" && theyWords[w] && !quoted[i] {
			switch {
			case mappedOK && w == "they" && !childsState(toks, i) && peerBefore(toks[:i]):
				// "tell their friend when they have hurt their feelings":
				// a "they" taken as the child's after someone else is
				// named, with a their or them of its own to come.
				theyMapped, theyClause = true, true
			case mappedOK:
				theyMapped = true
				if theyClause && (w == "their" || w == "them") {
					theyDoubt = true
				}
			case theyLeftDoubt(toks, out, i):
				theyDoubt = true
				themDone = themDone || w == "them" || w == "themselves"
			}
		}
		if mappedOK {
			out = append(out, mapped)
			continue
		}
		out = append(out, t)
	}
	if keptSubject && mappedSubject || theyMapped && theyKept {
		// "stay with their group and their TA", for a child who is
		// "they": one "their" taken as the child's, one not.
		ctx.mixed = true
	}
	if theyDoubt && (theyMapped || themDone && !anyIn(toks, heShe)) {
		// For a child who is "they", a they, them or their left as it
		// was ("tell their key worker if anyone is hurting them") may
		// be the child's as well as someone else's; with no he or she
		// in the target, so may a "them" someone does something to
		// ("say 'stop' to peers who are hurting them").
		ctx.theyMixed = true
	}
	return out
}

// theyLeftDoubt reports whether the they, them or their at toks[i],
// which the rewriter left as it was, may be the child's, for a child who
// is "they": a "them" someone else does something to ("if anyone is
// hurting them", "when other children upset them"), or a they or their
// with no group named before it to be theirs (after "their parents",
// "what they did at school" is taken as the parents').
func theyLeftDoubt(toks, out []string, i int) bool {
	if i == 0 {
		return false
	}
	w := lower(toks[i])
	if w == "them" || w == "themselves" {
		if lower(toks[i-1]) == "with" && anyIn(toks[max(i-6, 0):i], carryVerbs) {
			return true // "keep their medication with them": the child's own
		}
		if p := lower(toks[i-1]); strings.HasSuffix(p, "ing") && i >= 2 && ingJoins[lower(toks[i-2])] || slices.Contains(toks[:i], "and") || slices.ContainsFunc(toks[:i], thingsWord) {
			// "without poking them": the child's doing; "a circle and
			// a cross … draw them", "the books … them": things.
			return false
		}
		// Whoever does it to them: the child ("I") or someone else.
		for j := i - 1; j >= 0 && j >= i-5; j-- {
			t := lower(toks[j])
			if j < len(out) && out[j] == "I" || j < len(out) && (out[j] == "they" || out[j] == "They") {
				// "if I hurt them by accident": the classmates; "when
				// they ask for them": the friends' own.
				return false
			}
			if t == "who" || namesSomeone(t) {
				return true // "peers who are hurting them", "anyone is hurting them"
			}
			if t == "," || t == "and" || t == "to" {
				return false
			}
		}
		return false
	}
	for j := i - 1; j >= 0; j-- {
		t := lower(toks[j])
		if pluralPeople(t) {
			return false // "ask their friends if they want to play"
		}
		if namesSomeone(t) {
			return true
		}
	}
	return false
}

// peerBefore reports whether another child is named in toks: a friend,
// a partner, a group. (An adult is seldom the one who "has hurt their
// feelings" or "has finished their work".)
func peerBefore(toks []string) bool {
	return slices.ContainsFunc(toks, func(t string) bool {
		w := lower(t)
		return peerNouns[w] || peerOnes[w] || groupNouns[w]
	})
}

// namesSomeone reports whether t, in small letters, is a word for
// someone other than the child: a friend, an adult, a group, a stranger,
// a mum or a brother.
func namesSomeone(t string) bool {
	return otherPeople[t] || peerNouns[t] || groupNouns[t] || adultNouns[t] || strangerNouns[t] || femaleNouns[t] || maleNouns[t]
}

// pluralPeople reports whether t names more than one person: "friends",
// "teachers", "children", "the class".
func pluralPeople(t string) bool {
	if strings.HasSuffix(t, "s") && (groupNouns[t] || adultNouns[t] || otherPeople[t]) {
		return true
	}
	switch t {
	case "children", "people", "staff", "class", "group", "team", "everyone", "others", "family":
		return true
	}
	return false
}

// thingsWord reports whether t is things a "them" may stand for: a
// plural that names no people ("books", "cards").
func thingsWord(t string) bool {
	w := lower(t)
	if len(w) <= 3 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || pluralPeople(w) || otherPeople[w] || peerNouns[w] || adultNouns[w] || w == "this" || w == "does" || w == "always" {
		return false
	}
	return !sOfBaseVerb(w) // not "asks", "washes"
}

// carryVerbs keep a thing with the one who does them.
var carryVerbs = wordSet(`keep keeps carry carries take takes bring brings have has`)

// heShe are the gendered pronouns that make a child he or she.
var heShe = wordSet(`he she him her his hers himself herself`)

// theyWords are the words of "they".
var theyWords = wordSet(`they them their theirs themselves themself`)

// otherWithName reports whether the child's name at toks[i] names
// someone or somewhere else: after a title ("Mr Thomas", "Miss Rhys"),
// before a word for a class or a room ("Rowan Class", "the Ash room"),
// or, when it is not the subject, before an initial ("sit next to Sam
// T.", where the child is Sam too).
func otherWithName(toks []string, i int, subject bool) bool {
	if i > 0 && (adultTitles[strings.TrimSuffix(lower(toks[i-1]), ".")] || nameTitles[lower(toks[i-1])]) {
		return true
	}
	if i > 1 && toks[i-1] == "," && lower(toks[i-2]) == "name" {
		return true // "write his name, Jay, on his work": the name itself
	}
	if i > 0 && (lower(toks[i-1]) == "a" || lower(toks[i-1]) == "an" || lower(toks[i-1]) == "the") {
		return true // "read a Harry Potter book"
	}
	if strings.HasSuffix(lower(toks[i]), "'s") && i+1 < len(toks) && isCapitalised(toks[i+1]) {
		return true // "the story of Noah's Ark"
	}
	if i+1 >= len(toks) {
		return false
	}
	next := toks[i+1]
	if namedPlaces[lower(next)] {
		return true
	}
	return !subject && len(next) == 1 && next[0] >= 'A' && next[0] <= 'Z'
}

// nameTitles stand before someone's name as a title does: "Nurse
// Rose", "Coach Jay".
var nameTitles = wordSet(`nurse coach sister doctor auntie aunt uncle nan nanny grandma grandad sir madam`)

// namedPlaces follow a name that is a class's, a room's or a group's.
var namedPlaces = wordSet(`class room group house team base hub classroom club`)

// keptForName is the one named by name before the child's own he or
// she at toks[i] that was kept as theirs, when the child's pronouns are
// known and the target has a he or she of the other sex too, or "": in
// "Henry will say sorry to Lucy if he knocks her over" the "her" is
// Lucy's, so the "he" is most likely the child's after all, and a name
// says nothing of whose it is.
func keptForName(toks []string, i int, ctx *clauseContext) string {
	if ctx.known != "he" && ctx.known != "she" {
		return ""
	}
	other := slices.ContainsFunc(toks, func(t string) bool {
		p := pronounSex(lower(t))
		return p != "" && p != ctx.known
	})
	if !other {
		return ""
	}
	for j := i - 1; j >= 1 && toks[j] != "."; j-- {
		if namedOther(toks, j, ctx) {
			return toks[j]
		}
	}
	return ""
}

// childPronoun is "he" or "she" as gender says, or "" when the child's
// sex is not known.
func (ctx *clauseContext) childPronoun() string {
	switch ctx.gender {
	case "m":
		return "he"
	case "f":
		return "she"
	}
	return ""
}

// mayBeChilds reports whether the he or she w is of the child's sex, or
// the child's sex is not known.
func mayBeChilds(w string, ctx *clauseContext) bool {
	p := ctx.childPronoun()
	return p == "" || pronounSex(w) == p
}

func (r *Rewriter) mapPronoun(toks []string, i int, ctx *clauseContext) (string, bool) {
	w := lower(toks[i])
	next := ""
	if i+1 < len(toks) {
		next = lower(toks[i+1])
	}
	prev := ""
	if i > 0 {
		prev = lower(toks[i-1])
	}
	g := ctx.gender
	if w == "they" && togetherWith(toks, i) {
		// "listen to her friend's point of view when they disagree",
		// "meet her friend so that they can walk in together": the two
		// of them.
		return "we", true
	}
	if (w == "him" || w == "her" && notNounAfterHer[next]) && i > 1 && strings.HasSuffix(prev, "ing") && ingJoins[lower(toks[i-2])] {
		// "comfort a friend by giving him a hug": the child's own doing,
		// done to someone else (the child would be "myself").
		return "", false
	}
	if w == "they" && (next == "all" || next == "both" || next == "each") {
		return "", false // "make sure they all have one": a group
	}
	if (w == "they" || w == "them") && askedThem(toks, i) {
		// "ask them if they are okay": whoever is asked, not the child.
		return "", false
	}
	if (w == "him" || w == "her") && askWords[prev] && (next == "if" || next == "whether") && peerAsked(toks, i) {
		// "notice when a friend is sad and ask him if he is okay": the
		// friend is asked.
		return "", false
	}
	if (w == "he" || w == "she") && (prev == "if" || prev == "whether") && i >= 3 && pronounSex(lower(toks[i-2])) == w && objectPronouns[lower(toks[i-2])] && askWords[lower(toks[i-3])] && peerAsked(toks, i-2) {
		return "", false // "… and ask him if he needs help": the one asked
	}
	if (w == "him" && g == "m" || w == "her" && g == "f" && (i+1 >= len(toks) || notNounAfterHer[next])) && doneBySomeoneNamed(toks, i) {
		// "where his grandad can see him": the grandad sees the child
		// (himself he would be "himself").
		return "me", true
	}
	if (w == "he" || w == "she") && i > 0 && othersFeeling(toks, i) {
		return "", false // "say how her friend might feel when she is left out"
	}
	if (w == "he" || w == "she") && prev == "because" && othersReason(toks, i, ctx) {
		// "tell the teacher that Ben is upset because he lost his
		// game": Ben lost it.
		return "", false
	}
	if (w == "he" || w == "she") && prev == "and" && sameSubjectGoesOn(toks, i) {
		// "when his dad drops him off and he leaves": the dad, who
		// did the dropping off, leaves.
		return "", false
	}
	if (w == "he" || w == "she") && subjectClauses[prev] && i >= 4 && lower(toks[i-4]) == "back" && lower(toks[i-3]) == "to" && pronounSex(lower(toks[i-2])) == w && slices.ContainsFunc(toks[max(i-10, 0):i-4], peersOwn) {
		// "give his dad's keys back to him when he asks for them": the
		// dad asks.
		return "", false
	}
	if (w == "he" || w == "she") && othersClause(toks, i) && duringClauses[prev] || (w == "her" || w == "him") && prev == "to" && i > 1 && lower(toks[i-2]) == "back" && (w == "him" || next == "" || notNounAfterHer[next]) && slices.ContainsFunc(toks[max(i-8, 0):i-2], peersOwn) {
		// "wait for his friend while he gets changed", "give her
		// friend's pencil back to her": the friend.
		return "", false
	}
	if (w == "his" || w == "her" && next != "" && !notNounAfterHer[next]) && r.helpedOnesOwn(toks, i, ctx) {
		// "help Miss Jones to give out her books", "help a younger child
		// find her coat": the books and the coat of the one helped.
		return "", false
	}
	if (w == "he" || w == "she") && subjectClauses[prev] && visiting(toks, i) && slices.ContainsFunc(toks[max(i-8, 0):i-1], func(t string) bool {
		u := lower(t)
		return otherPeople[u] || peerOnes[u] || familyNouns[u] || maleNouns[u] || femaleNouns[u]
	}) {
		// "speak Welsh with his taid when he visits", "let his friend
		// go first when he comes to play": the visitor, not the child.
		return "", false
	}
	if w == "he" || w == "she" || w == "they" {
		switch toldWho(toks, i, ctx) {
		case "child":
			// "tell Mr Ahmed he needs a movement break": how the child is.
			return "I", true
		case "other":
			// "tell Sam he did a good job": praise for the one told.
			return "", false
		case "":
		default:
			// "tell his friend he is next": either.
			if ctx.firstOther == "" {
				ctx.firstOther = "someone else"
			}
			return "", false
		}
	}
	if (w == "he" || w == "she") && sayWords[prev] && i >= 2 && isCapitalised(toks[i-2]) && !ctx.isName(toks[i-2]) && !isAcronym(toks[i-2]) && !givesLeave(toks, i) {
		// "when Sophie says she doesn't want to play": what Sophie
		// says of herself. Only a he or she of the child's sex may
		// also be what Sophie says of the child.
		if p := toldWhatTheyMay(toks, i); p != "" && ctx.firstOther == "" && mayBeChilds(w, ctx) {
			ctx.firstOther = p
		}
		return "", false
	}
	if (w == "him" || w == "her" && (next == "" || notNounAfterHer[next])) && i >= 1 && childsVerbAt(toks, i-1) && r.isAction(prev) && !causatives[prev] {
		// "… and ask him about his weekend": whom the child asks is
		// someone else (the child would be "himself").
		return "", false
	}
	if (w == "his" || w == "her") && i >= 3 && lower(toks[i-1]) == "about" && lower(toks[i-2]) == objectOf(w) && askWords[lower(toks[i-3])] && childsVerbAt(toks, i-3) {
		// "… and ask him about his weekend": the weekend of the one the
		// child asks ("if anyone asks him about his day" is the child's).
		return "", false
	}
	if (w == "his" || w == "hers" || w == "theirs") && (next == "" || !isWord(toks[i+1])) && i >= 3 && lower(toks[i-1]) == "is" && lower(toks[i-2]) == "it" && sayWords[lower(toks[i-3])] {
		// "when Freddie says it is his": the speaker's.
		return "", false
	}
	if (w == "him" || w == "her" && (next == "" || notNounAfterHer[next])) && i >= 2 && (prev == "from" && (lower(toks[i-2]) == "it" || lower(toks[i-2]) == "them") || prev == "with" && slices.ContainsFunc(toks[max(i-5, 0):i-1], func(t string) bool { return lower(t) == "share" || lower(t) == "shares" })) {
		// "collect it from her", "share a book with her": the child
		// would be "herself"; someone else.
		return "", false
	}
	if (w == "his" || w == "her" || w == "their") && i >= 1 && (prev == "accept" || prev == "accepts" || prev == "respect" || prev == "respects") && (next == "answer" || next == "choice" || next == "decision" || next == "reply") && slices.ContainsFunc(toks[:i-1], func(t string) bool {
		u := lower(t)
		return peerOnes[u] || peerNouns[u] || u == "peer" || u == "peers"
	}) {
		// "ask a peer to play and accept their answer": the peer's.
		return "", false
	}
	if (w == "he" || w == "she" || w == "they") && answersAsk(toks, i) {
		// "ask a friend to play and accept it if he says no": the
		// friend's answer.
		return "", false
	}
	if othersSaying(toks, i, ctx) {
		// "listen to Mr Clarke and repeat back what he said", "do what
		// they ask": the words of the one named, not the child's.
		return "", false
	}
	if askedPerson(toks, i) || othersTurn(toks, i) || thingsDoneTo(toks, i) || thingsState(toks, i) || reportedSpeaker(toks, i) || askedIfOK(toks, i) || thingsOwn(toks, i) || r.boundObject(toks, i, ctx) || speakerBefore(toks, i) || helpedPerson(toks, i) || r.othersOwn(toks, i, ctx) || adultsPurpose(toks, i) || adultsWords(toks, i) || (w == "she" || w == "he") && personBefore(toks, i) == w && !asksLeave(toks, i) && !givesLeave(toks, i) && !childsPurpose(toks, i) && !childsState(toks, i) && !toldOwn(toks, i) {
		return "", false
	}
	switch {
	case (w == "he" && g == "m") || (w == "she" && g == "f"):
		if ctx.adult {
			return "", false
		}
		return "I", true
	case (w == "he's" && g == "m") || (w == "she's" && g == "f"):
		if ctx.adult {
			return "", false
		}
		if hasParticiples[next] || len(next) > 4 && strings.HasSuffix(next, "ed") && next != "scared" && next != "worried" && next != "tired" && next != "bored" && next != "excited" {
			return "I've", true // "when he's got a problem", "when she's finished"
		}
		return "I'm", true
	case w == "him" && g == "m":
		return "me", true
	case w == "his" && g == "m":
		if notNounAfterHer[next] && next != "back" && !isAcronym(toks[i+1]) || next == "" {
			// ("his AT laptop" is his laptop: AT is no "at".)
			return "mine", true
		}
		return "my", true
	case w == "her" && g == "f" && (giveVerbs[prev] && next != "name" || next == "online"):
		// "someone calls her horrible names", "shows her rude pictures",
		// "unkind to her online": her, the child, not her things.
		return "me", true
	case w == "her" && g == "f":
		if (prev == "help" || prev == "helps" || prev == "helped" || prev == "let" || prev == "lets") && (r.isAction(next) || notNounAfterHer[next] || next == "") || (prev == "make" || prev == "makes" || prev == "keep" || prev == "keeps") && (feelingVerbs[next] || feelingAdjectives[next] && (i+2 >= len(toks) || !isWord(toks[i+2]) || notNounAfterHer[lower(toks[i+2])])) {
			// "help her feel calm", "things that make her feel hot": her
			// doing, not her thing. "help her brother" is hers.
			return "me", true
		}
		if notNounAfterHer[next] && !(next == "back" && (prev == "from" || prev == "onto" || prev == "on" || prev == "of")) && !aLevelAt(toks, i+1) || next == "" {
			// "roll onto her back" is hers; "give her back the toy" is her.
			return "me", true
		}
		return "my", true
	case w == "hers" && g == "f":
		return "mine", true
	case (w == "himself" && g == "m") || (w == "herself" && g == "f"):
		return "myself", true
	case w == "themselves" || w == "themself":
		if ctx.they || (g == "" && !ctx.adult) {
			return "myself", true
		}
	case w == "their" && g == "" && !ctx.adult && ownParts[next] && prev != "them" && !(holdVerbs[prev] && adultBefore(toks, i, 4)) && (i == 0 || prev == "and" || helpVerbs[prev] || strings.HasSuffix(prev, "e") || len(prev) > 2):
		// "raise their hand": a hand, head or name is the doer's own.
		return "my", true
	case w == "the" && ownParts[next] && ctx.childSubject && !ctx.adult && r.isAction(prev) && !headOf(toks, i+2):
		// "hold the head up", "raise the hand": the child's own.
		return "my", true
	case w == "their" && g == "" && !ctx.they && ctx.childSubject && !ctx.adult && theirIsChilds(toks, i) && !adultBefore(toks, i, 3):
		// "The student will go to their quiet spot": with no he or she,
		// and no group of people named before it, "their" is the child's.
		return "my", true
	case w == "they" && g == "" && !ctx.adult && ctx.childSubject && childsState(toks, i):
		// "Sam will tell an adult when they feel worried": how the
		// child feels, though an adult is named; a child who is "they".
		return "I", true
	case w == "them" && g == "" && !ctx.adult && ctx.childSubject && askedToJoin(toks, i):
		// "ask a friend to play with them": the friend plays with the
		// child, who is "they".
		return "me", true
	case w == "them" && helpVerbs[prev] && g == "" && !ctx.adult && ctx.childSubject && !someoneBefore(toks, i-2, 5) && !r.pluralBefore(toks, i-1) && !pluralNounBefore(toks, i-1):
		// "wait for an adult to help them": the helped is the child.
		return "me", true
	case w == "they" && !ctx.adult && ctx.childSubject && (g == "" || ctx.they) && i > 1 && subjectClauses[prev] && (asksLeave(toks, i) || telling(toks, i-1)) && !anyIn(toks[:i], peerOnes) && lower(toks[i-2]) != "them" && !askedGroupActs(toks, i):
		// "tell a member of staff when they are finding it too noisy",
		// "ask Mr Jones if they can leave early": the child's own
		// state or leave, told or asked. "Tell a friend 'well done'
		// when they win" is the friend's win, "ask them if they are
		// okay" theirs.
		return "I", true
	case w == "them" && g == "" && !ctx.adult && ctx.childSubject && (prev == "to" || prev == "at" || feelMakers[prev]) && slices.ContainsFunc(toks[max(i-5, 0):i], func(t string) bool { return anyoneWords[lower(t)] || feelMakers[prev] && lower(t) == "what" }):
		// "tell an adult when someone is unkind to them": whoever it
		// is, it is done to the child.
		return "me", true
	case w == "they" && (g == "" || ctx.they) && !ctx.adult && ctx.childSubject && prev == "before" && waitedFor(toks, i):
		// "wait for adults to finish speaking before they ask a
		// question": the one who waits goes next.
		return "I", true
	case w == "their" && (g == "" || ctx.they) && !ctx.adult && ctx.childSubject && takenFromChild(toks, i):
		// "tell staff if other children take their things": the
		// child's things, taken.
		return "my", true
	case w == "them" && (g == "" || ctx.they) && !ctx.adult && ctx.childSubject && clauseSubjectOther(toks, i):
		// "respond when their friends talk to them", "tell Mrs Patel if
		// a boy in their class is unkind to them": those doing it are
		// not "them", and nobody else is named; the child.
		return "me", true
	case !ctx.they:
		return "", false
	case w == "they" && !ctx.adult && (!r.pluralBefore(toks, i-1) && !pluralNounBefore(toks, i-1) && !someoneBefore(toks, i, 6) || slices.ContainsFunc(toks[:i], isTheirs) && !slices.ContainsFunc(toks[max(i-3, 0):i], func(t string) bool { return lower(t) == "them" }) && !groupSince(toks, i)):
		// "put things back where they belong": the things, unless the
		// child was "they" or "their" before ("say in their own words
		// what they want").
		return "I", true
	case w == "they're" && !ctx.adult:
		return "I'm", true
	case w == "they've" && !ctx.adult:
		return "I've", true
	case w == "them" && helpVerbs[prev] && !someoneBefore(toks, i-2, 5):
		// "let adults help them" is the child; "serve a customer and
		// give them change" is the customer.
		return "me", true
	case w == "theirs":
		return "mine", true
	case w == "their":
		if someoneBefore(toks, i, 3) || adultBefore(toks, i, 3) || prev == "them" {
			return "", false
		}
		return "my", true
	}
	return "", false
}

// subjectClauses open a clause whose subject may be someone named just
// before it: "wait for his friend while he gets changed".
var subjectClauses = wordSet(`when whenever while until till if after once as`)

// duringClauses are what a friend does while the child waits: "wait
// for his friend while he gets changed".
var duringClauses = wordSet(`while until till`)

// tellVerbs take a person the child tells or asks about themselves:
// "tell her friend when she is sad" is the child's sadness.
// askedGroupActs reports whether the "they" at toks[i] is a group the
// child asks to do something, doing it: "ask adults to repeat
// instructions if they speak too quickly". The child's own state ("if
// they are stuck") stays the child's.
func askedGroupActs(toks []string, i int) bool {
	if childsState(toks, i) || slices.ContainsFunc(toks[i+1:min(i+4, len(toks))], func(t string) bool { return mindVerbs[lower(t)] }) {
		return false // "when they don't like what they are doing", "if they have not understood"
	}
	for j := 0; j+2 < i; j++ {
		if w := lower(toks[j]); (w == "ask" || w == "asks") && (askedPeople(lower(toks[j+1])) || j+3 < i && (possessives[lower(toks[j+1])] || determiners[lower(toks[j+1])]) && askedPeople(lower(toks[j+2]))) {
			return slices.ContainsFunc(toks[j+2:i], func(t string) bool { return lower(t) == "to" })
		}
	}
	return false
}

// peerAsked reports whether someone other than the child is named
// before the him or her at toks[i] that the child asks: "notice when a
// friend is sad and ask him if he is okay".
func peerAsked(toks []string, i int) bool {
	return slices.ContainsFunc(toks[:i-1], func(t string) bool {
		u := lower(t)
		return peerOnes[u] || peerNouns[u] || femaleNouns[u] || maleNouns[u]
	})
}

// askedPeople are those a child asks to do something: a group, or an
// adult ("ask the teacher to slow down if they are talking too fast").
func askedPeople(w string) bool { return pluralPeople(w) || adultNouns[w] }

// mindVerbs say what someone feels, wants or understands.
var mindVerbs = wordSet(`like likes want wants need needs feel feels understand understands understood know knows knew think thinks`)

var tellVerbs = wordSet(`tell tells ask asks let lets show shows say says talk talks speak speaks
	call calls fetch fetches get gets find finds go goes signal signals alert alerts inform informs
	explain explains report reports text texts email emails message messages`)

// peerOnes are one other child named as the child's: "her friend".
var peerOnes = wordSet(`friend partner classmate peer buddy sibling cousin`)

// telling reports whether the child tells or asks someone in the words
// before toks[end].
func telling(toks []string, end int) bool {
	for j, t := range toks[:end] {
		if w := lower(t); tellVerbs[w] && (w != "let" && w != "lets" || slices.ContainsFunc(toks[j+1:min(j+4, end)], func(u string) bool { return lower(u) == "know" })) {
			// "let an adult know"; not "let their friends choose".
			return true
		}
	}
	return false
}

// othersClause reports whether the he, she or they at toks[i] opens a
// clause just after a friend or partner is named, with nothing told or
// asked before it: "look after her friend when she is sad", "listen to
// his partner and wait until he has finished". Such a clause is about
// the friend, or may be; "wait for his partner to finish before he
// replies" is the child's.
func othersClause(toks []string, i int) bool {
	if i < 2 || !subjectClauses[lower(toks[i-1])] || telling(toks, i-1) {
		return false
	}
	return anyIn(toks[max(i-5, 0):i-1], peerOnes)
}

// feelMakers make someone feel something: "what makes them angry",
// "if someone online makes them feel uncomfortable".
var feelMakers = wordSet(`makes make made upsets upset scares frightens worries`)

// vagueGoals are staff's verbs for a gain over a term: "develop his
// fine motor skills".
var vagueGoals = wordSet(`develop improve increase build extend strengthen`)

// soThatCan returns where the child's action starts when toks open with
// a vague gain and say what it is for ("develop his fine motor skills so
// that he can write legibly"): just after "so that he can", or 0.
func soThatCan(toks []string, ctx *clauseContext) int {
	if len(toks) < 6 || !vagueGoals[lower(toks[0])] {
		return 0
	}
	for j := 1; j+3 < len(toks); j++ {
		if lower(toks[j]) != "so" || lower(toks[j+1]) != "that" {
			continue
		}
		who := toks[j+2]
		if w := lower(who); !childSubjects[w] && !ctx.isName(who) {
			return 0
		}
		if m := lower(toks[j+3]); (m == "can" || m == "will") && !slices.ContainsFunc(toks[j+4:], func(t string) bool { return lower(t) == "it" || lower(t) == "them" || lower(t) == "this" }) {
			// "so that she can explain it to others": what "it" is went
			// with the gain, so the gain stays, and is refused.
			return j + 4
		}
		return 0
	}
	return 0
}

// supportVerbs open an adult's help with the child's own action:
// "Support Amira to put on her coat" (the help is staff's, and goes).
var supportVerbs = wordSet(`support help encourage prompt remind enable allow`)

// ingJoins open the child's own -ing action: "by giving him a hug".
var ingJoins = wordSet(`by without while whilst`)

// anyoneWords are someone unnamed who does something to the child.
var anyoneWords = wordSet(`someone somebody anyone anybody`)

// reciprocalVerbs are done by two together: "when they disagree".
var reciprocalVerbs = wordSet(`disagree argue fall fight agree meet disagreed argued fell`)

// togetherWith reports whether the "they" at toks[i] is the child and
// one other person named before it, doing something together: "when
// they disagree", "so that they can walk in together".
func togetherWith(toks []string, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	together := reciprocalVerbs[lower(toks[i+1])]
	for j := i + 1; j < len(toks) && j <= i+5 && !together; j++ {
		together = lower(toks[j]) == "together"
	}
	// "hold her sister's hand when they cross the road": hand in hand,
	// the two of them go.
	next := lower(toks[i+1])
	handInHand := (moveVerbs[next] || i > 0 && handJoins[lower(toks[i-1])] && (next == "are" || next == "reach")) && slices.ContainsFunc(toks[max(i-6, 0):i], func(t string) bool { return lower(t) == "hand" })
	if !together && !handInHand {
		return false
	}
	one := false
	for _, t := range toks[max(i-8, 0):i] {
		w := strings.TrimSuffix(lower(t), "'s")
		if groupNouns[w] || adultNouns[w] && strings.HasSuffix(w, "s") {
			return false // "when the other children play together"
		}
		one = one || peerOnes[w] || femaleNouns[w] || maleNouns[w] || handInHand && adultNouns[w]
	}
	return one
}

// handJoins open what two people holding hands do together: "while
// they are in the car park", "until they reach the other side".
var handJoins = wordSet(`when while until before as`)

// moveVerbs are going somewhere: what two people holding hands do
// together.
var moveVerbs = wordSet(`cross walk go leave get arrive come`)

// askedThem reports whether the "them" at toks[i] is asked or told
// something about themselves ("ask them if they are okay"), or the
// "they" at toks[i] is that "them" again.
func askedThem(toks []string, i int) bool {
	if lower(toks[i]) == "them" {
		return i > 0 && tellVerbs[lower(toks[i-1])] && i+1 < len(toks) && questionWords[lower(toks[i+1])]
	}
	return i > 1 && questionWords[lower(toks[i-1])] && lower(toks[i-2]) == "them" && askedThem(toks, i-2)
}

// doneBySomeoneNamed reports whether the him or her at toks[i] is what
// someone just named does, straight after their verb: "where his grandad
// can see him", "when her mum calls her".
func doneBySomeoneNamed(toks []string, i int) bool {
	if i < 2 || !isWord(toks[i-1]) || prepositions[lower(toks[i-1])] || modals[lower(toks[i-1])] {
		return false
	}
	k := i - 2
	if modals[lower(toks[k])] && k > 0 {
		k--
	}
	t := strings.TrimSuffix(lower(toks[k]), ",")
	return femaleNouns[t] || maleNouns[t] || adultNouns[t] && !strings.HasSuffix(t, "s") || peerOnes[t]
}

// othersReason reports whether the he or she at toks[i], after
// "because", gives the reason someone else named just before is as they
// are: "Ben is upset because he …", "her friend feels sad because she
// …".
func othersReason(toks []string, i int, ctx *clauseContext) bool {
	for j := i - 2; j >= 1 && j >= i-4; j-- {
		if !linkingVerbs[lower(toks[j])] {
			continue
		}
		t := toks[j-1]
		w := lower(t)
		return (isCapitalised(t) && !isAcronym(t) && !ctx.isName(t)) || peerOnes[w] || peerNouns[w] || femaleNouns[w] || maleNouns[w] || adultNouns[w]
	}
	return false
}

// linkingVerbs say how someone is: "is upset", "feels sad".
var linkingVerbs = wordSet(`is was feels felt gets got seems looks`)

// sameSubjectGoesOn reports whether the he or she at toks[i], after
// "and", goes on from a clause whose subject is someone else doing
// something to the child as him or her: "when his dad drops him off and
// he leaves".
func sameSubjectGoesOn(toks []string, i int) bool {
	w := lower(toks[i])
	object := "him"
	if w == "she" {
		object = "her"
	}
	for j := i - 2; j >= 1 && j >= i-4; j-- {
		if lower(toks[j]) != object {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-3; k-- {
			t := lower(toks[k])
			if clauseBreaks[t] {
				return false
			}
			if femaleNouns[t] || maleNouns[t] || adultNouns[t] || peerOnes[t] || isCapitalised(toks[k]) && k > 0 {
				return true
			}
		}
	}
	return false
}

// peersOwn reports whether t is a friend's, a partner's or a family
// member's: "her friend's pencil", "his dad's keys".
func peersOwn(t string) bool {
	w, ok := strings.CutSuffix(lower(t), "'s")
	return ok && (peerOnes[w] || femaleNouns[w] || maleNouns[w])
}

// pluralNounBefore reports whether a plural noun after a determiner
// comes before toks[end]: "put the books back where they belong".
func pluralNounBefore(toks []string, end int) bool {
	for j := 1; j < end; j++ {
		w := lower(toks[j])
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "'s") && (determiners[lower(toks[j-1])] || isNumber(toks[j-1])) {
			return true
		}
	}
	return false
}

// adultBefore reports whether an adult is named in the n words before
// toks[i]: "cross the road with an adult, holding their hand".
func adultBefore(toks []string, i, n int) bool {
	for j := i - 1; j >= 0 && j >= i-n; j-- {
		if adultNouns[lower(toks[j])] {
			return true
		}
	}
	return false
}

// isTheirs reports whether t is one of the forms of "they".
func isTheirs(t string) bool {
	switch lower(t) {
	case "they", "their", "them", "themselves", "themself", "theirs":
		return true
	}
	return false
}

// giveVerbs take a person and then a thing: "calls her names", "shows
// her rude pictures".
var giveVerbs = wordSet(`calls call sends sent gives shows texts offers brings lends passes buys teaches reads`)

// hasParticiples follow a "he's" that is "he has": "when he's got a
// problem", "when she's been upset".
var hasParticiples = wordSet(`got been had done made seen gone finished upset hurt lost forgotten broken`)

// adultsWords reports whether the "his" or "her" at toks[i] is the
// instructions or advice of an adult named just before: "listen to the
// teacher and follow her instructions", "follow Mrs Jones's advice".
func adultsWords(toks []string, i int) bool {
	w := lower(toks[i])
	if w != "his" && w != "her" || i+1 >= len(toks) {
		return false
	}
	if next := lower(toks[i+1]); !spokenThings[next] && !(next == "help" && (i+2 >= len(toks) || !isWord(toks[i+2])) && i > 0 && lower(toks[i-1]) == "for") {
		// "thank Mrs Patel for her help" is hers; "with his help card"
		// is the child's.
		return false
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if t := lower(toks[j]); adultNouns[t] || adultTitles[t] || femaleNouns[t] || maleNouns[t] {
			return true
		}
	}
	return false
}

// spokenThings are what an adult gives the child to follow.
var spokenThings = wordSet(`instructions instruction advice directions request requests sentence whistle`)

// adultsPurpose reports whether the "he" or "she" at toks[i] opens what
// an adult named just before will do to something: "hand her work to
// the teacher so she can mark it".
func adultsPurpose(toks []string, i int) bool {
	w := lower(toks[i])
	if w != "he" && w != "she" || i < 2 {
		return false
	}
	j := i - 1
	if lower(toks[j]) == "that" {
		j--
	}
	if j < 1 || lower(toks[j]) != "so" {
		return false
	}
	// Not "sit near her teacher so she can see the board": what the
	// adult does is done to something.
	return adultBefore(toks, j, 3) && actsOnThing(toks, i, w)
}

// someoneBefore reports whether someone other than the child, a group or
// one other person, is named in the n words before toks[i].
func someoneBefore(toks []string, i, n int) bool {
	for j := i - 1; j >= 0 && j >= i-n; j-- {
		if w := lower(toks[j]); groupNouns[w] || peerNouns[w] {
			return true
		}
	}
	return false
}

// headOf reports whether toks[i] makes the word before it someone, not
// a part of the body: "the head teacher", "the head of year".
func headOf(toks []string, i int) bool {
	if i >= len(toks) {
		return false
	}
	w := lower(toks[i])
	return w == "of" || strings.HasPrefix(w, "teacher") || w == "office" || handThings[w]
}

// handThings follow "hand" in the name of a thing: "the hand dryer".
var handThings = wordSet(`dryer drier dryers towel towels gel sanitiser sanitizer wash`)

// theirIsChilds reports whether "their" at toks[i] can only be the
// child's: no group of people comes before it, and no adult just before.
func theirIsChilds(toks []string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		w := lower(toks[j])
		if w == "member" && j+2 < i && lower(toks[j+2]) == "staff" {
			continue // "a member of staff" is an adult
		}
		if groupNouns[w] || peerNouns[w] || j >= i-3 && (adultNouns[w] || adultTitles[w]) {
			return false
		}
	}
	return true
}

// askWords are the verbs of asking someone a question.
var askWords = wordSet(`ask asks asking`)

// questionWords open the question asked in "ask a friend if …".
var questionWords = wordSet(`if whether how what why`)

// askedDeterminers open the person asked: "ask a friend", "ask his partner".
var askedDeterminers = wordSet(`a an the his her their my another one each`)

// askedNouns are people asked without a determiner: "ask friends if …".
var askedNouns = wordSet(`friends peers classmates someone somebody everyone others people`)

// notAsked are words that show the words after "ask" are not a person
// but what is asked for ("ask for help if …", "ask to go out if …").
var notAsked = wordSet(`for to about with questions question help`)

// othersTurn reports whether the "his" or "her" at toks[i] is another
// person's turn: "while a friend has his turn", "let a partner take her
// go". Only a turn: "when a friend takes his toy" is the child's toy.
func othersTurn(toks []string, i int) bool {
	w := lower(toks[i])
	if w != "his" && w != "her" && w != "their" || i < 2 || i+1 >= len(toks) || !turnWords[lower(toks[i+1])] || !turnTaking[lower(toks[i-1])] {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-5; j-- {
		// "let the other team take their turn", "until his friend has
		// finished his turn".
		if t := lower(toks[j]); otherPeople[t] || w == "their" && groupNouns[t] {
			return true
		}
	}
	return false
}

// thingsDoneTo reports whether the "they" at toks[i] is things something
// is done to: "the first time they are given" (instructions), not the
// child.
func thingsDoneTo(toks []string, i int) bool {
	if lower(toks[i]) != "they" || i+2 >= len(toks) || lower(toks[i+1]) != "are" && lower(toks[i+1]) != "were" {
		return false
	}
	p := lower(toks[i+2])
	return danglingParticiples[p] || p == "said" || p == "told" || p == "asked" || p == "set" || p == "marked"
}

// reportedSpeaker reports whether the he, she or they at toks[i] is
// someone just named as saying it: "when a friend says he doesn't want
// to play".
func reportedSpeaker(toks []string, i int) bool {
	if w := lower(toks[i]); w != "he" && w != "she" && w != "they" || i < 2 || !sayWords[lower(toks[i-1])] {
		return false
	}
	if givesLeave(toks, i) {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-6; j-- {
		if t := lower(toks[j]); otherPeople[t] || peerNouns[t] || femaleNouns[t] || maleNouns[t] || thirdParties[t] || storyAnimals[t] || adultNouns[t] {
			return true // "what the boy in the story said he would do"
		}
	}
	return false
}

// storyAnimals are a story's characters who speak: "what the wolf said
// he would do".
var storyAnimals = wordSet(`wolf bear bears pig pigs giant troll witch king queen prince princess dragon fox cat dog mouse rabbit goat goats caterpillar`)

// givesLeave reports whether the he, she or they at toks[i], just after
// "says", is told they may do something until then: "wait at the gate
// until his dad says he can go", "until the teacher says she can take
// them off". The one who waits for leave is the child.
func givesLeave(toks []string, i int) bool {
	if i+1 >= len(toks) || lower(toks[i-1]) != "says" {
		return false
	}
	if n := lower(toks[i+1]); n != "can" && n != "may" {
		return false
	}
	return slices.ContainsFunc(toks[max(i-6, 0):i-1], func(t string) bool { return lower(t) == "until" })
}

// childsPurpose reports whether the he or she at toks[i] opens what the
// child's action is for, with nothing done to a thing or a person: "sit
// near her teacher so she can see the board" (the child sees it).
func childsPurpose(toks []string, i int) bool {
	prev := lower(toks[i-1])
	if prev != "so" && !(prev == "that" && i >= 2 && lower(toks[i-2]) == "so") {
		return false
	}
	return !actsOnThing(toks, i, lower(toks[i]))
}

// sayWords report what someone says or thinks.
var sayWords = wordSet(`says said thinks thought feels`)

// askedIfOK reports whether the he, she or they at toks[i] is the one
// the child asks after: "notice when her friend is sad and ask if she is
// OK". The child does not ask whether they are OK themselves.
func askedIfOK(toks []string, i int) bool {
	if w := lower(toks[i]); w != "he" && w != "she" && w != "they" || i < 2 || i+2 >= len(toks) || lower(toks[i-1]) != "if" && lower(toks[i-1]) != "whether" {
		return false
	}
	asked := askWords[lower(toks[i-2])] || i >= 3 && objectPronouns[lower(toks[i-2])] && askWords[lower(toks[i-3])] // "ask him if he is okay"
	if !asked || !beWords[lower(toks[i+1])] || !okWords[lower(strings.TrimRight(toks[i+2], ".,?"))] {
		return false
	}
	return slices.ContainsFunc(toks[:i-2], func(t string) bool {
		t = lower(t)
		return otherPeople[t] || peerNouns[t] || femaleNouns[t] || maleNouns[t]
	})
}

// beWords and okWords make "is OK", "are alright".
var (
	beWords = wordSet(`is are was`)
	okWords = wordSet(`ok okay alright all fine hurt well`)
)

// thingsState reports whether the "they" at toks[i] is the child's
// things named before it: "use my hearing aids and tell an adult if
// they are not working", "check his glasses and say if they are dirty".
func thingsState(toks []string, i int) bool {
	if lower(toks[i]) != "they" || i+2 >= len(toks) {
		return false
	}
	state := lower(toks[i+2])
	if state == "not" && i+3 < len(toks) {
		state = lower(toks[i+3])
	}
	next := lower(toks[i+1])
	thingEvent := (next == "stop" || next == "stopped") && strings.TrimRight(state, ".,") == "working" || thingEvents[next]
	if !thingEvent && (!theyThingVerbs[next] || !thingStates[strings.TrimRight(state, ".,")]) {
		return false
	}
	for j := i - 1; j >= 1 && j >= i-10; j-- {
		w := lower(strings.TrimRight(toks[j], ","))
		if otherPeople[w] && strings.HasSuffix(w, "s") || groupNouns[w] || peerNouns[w] && strings.HasSuffix(w, "s") {
			return false // "ask his friends to check if they are lost"
		}
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") && (possessives[lower(toks[j-1])] || j >= 2 && possessives[lower(toks[j-2])]) {
			return true
		}
	}
	return false
}

// theyThingVerbs and thingStates are what things are: "they are lost",
// "they are not working", "they get wet".
var (
	theyThingVerbs = wordSet(`are were aren't weren't get`)
	thingStates    = wordSet(`working broken lost missing dirty wet full empty flat loose damaged charged switched beeping whistling`)
	// thingEvents happen to things: "if they stop working", "if they
	// break", "when they run out".
	thingEvents = wordSet(`break broke leak beep whistle`)
)

// thingsOwn reports whether the "their" at toks[i] is what things named
// just before have: "name 2D shapes and describe their properties".
func thingsOwn(toks []string, i int) bool {
	if lower(toks[i]) != "their" || i+1 >= len(toks) || !thingParts[lower(toks[i+1])] {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-7; j-- {
		if w := lower(toks[j]); len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !otherPeople[w] {
			// "put their books in their tray": books of the child's own
			// go in the child's tray.
			return j == 0 || !possessives[lower(toks[j-1])]
		}
	}
	return false
}

// possessives say whose a thing is.
var possessives = wordSet(`my his her their our your`)

// othersOwn reports whether the "his" or "her" at toks[i], before a
// thing, is someone else's: what the child borrows ("borrow her
// rubber"), or the thing of a man or boy (for "his"; a woman or girl for
// "her") the child helps or watches do the verb before it ("help his
// brother find his classroom", "wait for his brother to finish his
// turn").
func (r *Rewriter) othersOwn(toks []string, i int, ctx *clauseContext) bool {
	w := lower(toks[i])
	if w != "his" && w != "her" || i < 1 || i+1 >= len(toks) || notNounAfterHer[lower(toks[i+1])] {
		return false
	}
	prev := lower(toks[i-1])
	if prev == "borrow" || prev == "borrows" || prev == "borrowing" {
		return true
	}
	if causatives[prev] && r.isAction(lower(toks[i+1])) {
		return false // "help her pack her bag": her is who is helped
	}
	// Only a man or boy for "his" (a woman or girl for "her"): "help
	// his teacher explain his tics" are the child's tics.
	person := func(x string) bool {
		// "help a friend with her coat", "help his brother find his
		// classroom": a friend may be a he or a she.
		return w == "his" && maleNouns[x] || w == "her" && femaleNouns[x] || peerNouns[x] && x != "child" && x != "person"
	}
	if i >= 4 && lower(toks[i-2]) == "to" && namedOther(toks, i-3, ctx) && (personVerbs[lower(toks[i-4])] || lower(toks[i-4]) == "for") && r.isAction(prev) && prev != "join" && !adultDoneTo[prev] {
		return true // "wait for Jack to finish his turn"
	}
	if askedOwn(toks, i, ctx) {
		return true // "ask Ella if she can play with her toys": Ella's toys
	}
	if askedAbout(toks, i) {
		return true // "ask a friend how his weekend was": the friend's
	}
	if i >= 3 && prev == "with" && person(lower(toks[i-2])) {
		// "help his dad with his car", "help a friend with her coat",
		// "help his younger brother with his reading".
		for j := i - 3; j >= 0 && j >= i-5; j-- {
			if x := lower(toks[j]); helpWatch[x] {
				return true
			} else if r.isAction(x) {
				break
			}
		}
	}
	if i >= 5 && person(lower(toks[i-2])) && clauseOpeners[lower(toks[i-4])] && possessives[lower(toks[i-3])] && r.isThirdPerson(prev) {
		return true // "when her friend shares her toys": the friend's
	}
	if i < 3 || !r.isAction(prev) {
		return false
	}
	if lower(toks[i-2]) == "to" && i >= 5 && lower(toks[i-3]) == "time" && person(lower(toks[i-4])) && r.isAction(prev) {
		return true // "give his partner time to finish his sentence"
	}
	if lower(toks[i-2]) == "to" {
		// "wait for his brother to finish his turn"; not "ask her mum to
		// sign her reading record", what the grown-up does to the
		// child's, nor "invite a peer to join her game", the child's.
		return person(lower(toks[i-3])) && prev != "join" && !(adultDoneTo[prev] && !peerNouns[lower(toks[i-3])] && !groupNouns[lower(toks[i-3])])
	}
	if !person(lower(toks[i-2])) {
		return false
	}

	// "help his younger brother find his classroom", "watch her sister
	// take her turn"; not "let his dad check his work", which is the
	// child's work.
	for j := i - 3; j >= 0 && j >= i-5; j-- {
		if helpWatch[lower(toks[j])] || letOwn[lower(toks[j])] && !adultDoneTo[prev] && prev != "join" {
			// "let his friend finish his sentence"; not "let his dad
			// check his work", the child's work.
			return true
		}
	}
	return false
}

// clauseOpeners open a clause whose subject follows: "when her friend
// shares her toys".
var clauseOpeners = wordSet(`when whenever if while until after before once as because`)

// letOwn let someone do something of their own: "let his friend finish
// his sentence".
var letOwn = wordSet(`let lets allow allows`)

// askedToJoin reports whether the "them" at toks[i] is who someone the
// child asks or invites is to be with: "ask a friend to play with them",
// "invite a classmate to sit with them at lunch", "ask a friend to help
// them".
func askedToJoin(toks []string, i int) bool {
	for to := i - 1; to >= 2 && to >= i-3; to-- {
		if lower(toks[to]) != "to" {
			continue
		}
		for k := to - 1; k >= 1 && k >= to-3; k-- {
			if w := lower(toks[k]); peerNouns[w] || groupNouns[w] || peerOnes[w] {
				return inviteVerbs[lower(toks[k-1])] || k >= 2 && inviteVerbs[lower(toks[k-2])] || k >= 3 && inviteVerbs[lower(toks[k-3])]
			}
		}
		return false
	}
	return false
}

// inviteVerbs ask someone to join the child.
var inviteVerbs = wordSet(`ask asks invite invites get gets`)

// groupSince reports whether a group is named between the child's last
// "their" and the "they" at toks[i]: "let their friends choose the game
// when they ask" is the friends asking.
func groupSince(toks []string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if isTheirs(toks[j]) {
			return false
		}
		if groupNouns[lower(toks[j])] {
			return true
		}
	}
	return false
}

// askedOwn reports whether the his or her at toks[i] is the thing of
// someone the child asks leave of: "ask Ella if she can play with her
// toys", "ask a friend if he can borrow his rubber".
func askedOwn(toks []string, i int, ctx *clauseContext) bool {
	for k := i - 1; k >= 2 && k >= i-6; k-- {
		if w := lower(toks[k]); w != "if" && w != "whether" {
			continue
		}
		who := k - 1
		if !askWords[lower(toks[who-1])] && !(who >= 2 && askWords[lower(toks[who-2])]) {
			return false
		}
		if w := lower(toks[who]); !namedOther(toks, who, ctx) && !peerNouns[w] && !peerOnes[w] && w != "brother" && w != "sister" {
			// Not "ask Mum if she can have her iPad": what a grown-up
			// keeps is the child's.
			return false
		}
		if k+2 < i && slices.ContainsFunc(toks[k+2:i], func(t string) bool { return lower(t) == "join" }) {
			// "ask a friend if she can join her game" is the friend's
			// game; "ask a peer if they want to join his game", the
			// child's.
			switch lower(toks[k+2]) {
			case "can", "could", "may":
				return true
			}
		}
		return anyIn(toks[k+1:i], leaveVerbs)
	}
	return false
}

// askedAbout reports whether the his or her at toks[i] is in a question
// the child asks someone about themselves: "ask a friend how his weekend
// was", "ask a new girl in the class what her name is", "ask his friend
// what his favourite game is".
func askedAbout(toks []string, i int) bool {
	for k := i - 1; k >= 2 && k >= i-3; k-- {
		if !whWords[lower(toks[k])] {
			continue
		}
		for j := k - 1; j >= 1 && j >= k-6; j-- {
			w := lower(toks[j])
			if peerNouns[w] || peerOnes[w] || femaleNouns[w] || maleNouns[w] || w == "peer" || j == k-1 && (w == "him" || w == "her" || w == "them") {
				for a := j - 1; a >= 0 && a >= j-4; a-- {
					if askWords[lower(toks[a])] {
						return true
					}
				}
			}
		}
		return false
	}
	return false
}

// leaveVerbs are what a child asks leave to do with someone's things.
var leaveVerbs = wordSet(`play borrow use have share hold try ride`)

// otherBeforeChild returns someone named before toks[i], the first
// he, she, his or her (w) taken as the child's, who may be that he or
// she ("Ella will praise Jack when he reads", "Jack will ask Ella about
// her holiday"), or "": not when the child tells or asks someone about
// themselves ("tell Mrs Khan when he is sad", "ask Jack if he can
// play"), which is the child's by how staff write it.
func (r *Rewriter) otherBeforeChild(toks []string, i int, w string, ctx *clauseContext) string {
	if i < 2 || asksLeave(toks, i) || givesLeave(toks, i) || childsPurpose(toks, i) || childsState(toks, i) || toldOwn(toks, i) {
		return ""
	}
	he := w == "he" || w == "his" || w == "him"
	// Who may be the he or she: someone named as a person ("praise
	// Jack", "with Ella"), a Mrs or Mr, or a brother, sister, mum or dad
	// of that sex; not "a classmate" or "the teacher", whose he or she
	// staff mean as the child's ("greet a classmate when she comes in").
	who := func(j int) string {
		t := lower(toks[j])
		switch {
		case adultTitles[t] && j+1 < i && (femaleNouns[t] && !he || maleNouns[t] && he):
			return toks[j] + " " + toks[j+1]
		case femaleNouns[t] && !he && !adultTitles[t], maleNouns[t] && he && !adultTitles[t]:
			return "the " + t
		case namedOther(toks, j, ctx) && isWord(toks[j]) && (personVerbs[lower(toks[j-1])] || nameLeads[lower(toks[j-1])]):
			return toks[j]
		case strings.HasSuffix(toks[j], "'s") && j > 0 && isCapitalised(toks[j]) && !ctx.isName(strings.TrimSuffix(toks[j], "'s")) && !adultTitles[lower(toks[j-1])]:
			return strings.TrimSuffix(toks[j], "'s") // "about Jack's work when he shows it"
		}
		return ""
	}
	done := ""
	if (w == "his" || w == "her" || w == "hers") && i >= 3 {
		done = r.doneBy(toks, i, he, ctx)
	}
	switch p := lower(toks[i-1]); {
	case (w == "he" || w == "she") && clauseOpeners[p] && !anyIn(toks[:i], tellOwnVerbs) && !(p == "before" && slices.ContainsFunc(toks[:i], func(t string) bool { return lower(t) == "wait" || lower(t) == "waits" })):
		// "praise Jack when he reads his sentence", "wait for her mum at
		// the gate until she arrives"; not "tell her mum where she is
		// going when she goes out" (the child's, as staff write it) or
		// "wait for Jack to finish his turn before he speaks" (the one
		// who waits speaks).
		for j := i - 2; j >= 1; j-- {
			if x := who(j); x != "" {
				return x
			}
		}
	case (w == "his" || w == "her") && i >= 3 && lower(toks[i-2]) == "it" && (p == "is" || p == "was") && i+1 < len(toks) && turnWords[lower(toks[i+1])]:
		// "let Jack choose when it is his turn": Jack's turn, or the
		// child's next one?
		for j := i - 3; j >= 1; j-- {
			if x := who(j); x != "" {
				return x
			}
			if t := lower(toks[j]); peerNouns[t] || peerOnes[t] || groupNouns[t] {
				return "the " + t
			}
		}
	case (w == "his" || w == "her") && (p == "how" || p == "about") && i >= 3:
		// "ask Mrs Khan how her weekend was", "ask Ella about her
		// holiday": not "tell his teacher about his weekend".
		for j := i - 2; j >= 1 && j >= i-4; j-- {
			if x := who(j); x != "" && askWords[lower(toks[j-1])] {
				return x
			}
		}
	case (w == "his" || w == "her") && i >= 4 && (lower(toks[i-2]) == "has" || lower(toks[i-2]) == "had") && strings.HasSuffix(p, "ed"):
		// "tidy up after Jack has finished his game": Jack's game.
		if x := who(i - 3); x != "" || namedOther(toks, i-3, ctx) {
			if x == "" {
				x = toks[i-3]
			}
			return x
		}
	case done != "":
		// "listen to Oliver read his book", "help her friend Priya tidy
		// her tray", "wait for Mr Hughes to finish his lesson input":
		// the one who reads, tidies or finishes, of the child's sex,
		// may own it.
		return done
	case (w == "his" || w == "her") && i >= 2 && r.isThirdPerson(lower(toks[i-1])):
		// "when Jack reads his story": Jack's story.
		if x := who(i - 2); x != "" || namedOther(toks, i-2, ctx) {
			if x == "" {
				x = toks[i-2]
			}
			return x
		}
	}
	return ""
}

// doneBy is the one named just before the verb before toks[i] ("Oliver
// read his", "Priya tidy her", "Mr Hughes to finish his", "him read
// his") who does it, when they may be of the child's sex (he says
// which): by name, by a title of that sex, or a him or her; else "".
func (r *Rewriter) doneBy(toks []string, i int, he bool, ctx *clauseContext) string {
	if lower(toks[i]) == "her" && i+1 < len(toks) && herObjectNext[lower(toks[i+1])] {
		return "" // "ask Ella to help her with …": her, not hers
	}
	k := i - 1
	if particles[lower(toks[k])] {
		k-- // "put away her books"
	}
	if k < 2 || !r.verbs[lower(toks[k])] {
		return ""
	}
	j := k - 1
	if lower(toks[j]) == "to" {
		j--
	}
	if j < 1 {
		return ""
	}
	t := lower(toks[j])
	before := j - 1 // the word before the one who does it, past "his", "the"
	if before > 0 && (possessives[lower(toks[before])] || lower(toks[before]) == "the") {
		before--
	}
	switch {
	case askedToDo[lower(toks[before])]:
		// "ask Mum to check his bag", "invite Grace to join her game":
		// the one who asks.
	case femaleNouns[t] || maleNouns[t]:
		if femaleNouns[t] && !he || maleNouns[t] && he {
			return "the " + t // "help her mum to put away her shopping"
		}
	case namedOther(toks, j, ctx) && isWord(toks[j]) && (personVerbs[lower(toks[j-1])] || nameLeads[lower(toks[j-1])] || peerOnes[lower(toks[j-1])]):
		// "listen to Oliver", "help Mia", "her friend Priya"; not "use
		// Numicon to support his understanding".
		return toks[j]
	case adultTitles[lower(toks[j-1])] && isCapitalised(toks[j]):
		if title := lower(toks[j-1]); femaleNouns[title] && !he || maleNouns[title] && he {
			return toks[j-1] + " " + toks[j]
		}
	case (t == "him" && he || t == "her" && !he) && watchedOne[lower(toks[j-1])]:
		// "listen to him read his book": the one listened to, not "Dad
		// helping him pack his bag".
		for m := j - 1; m >= 1; m-- {
			if namedOther(toks, m, ctx) && isWord(toks[m]) {
				return toks[m]
			}
		}
		return "someone else"
	}
	return ""
}

// askedToDo come before one the child asks or lets do something, whose
// "his" or "her" after is the child's: "ask Mum to check his bag", "let
// his dad check his work".
var askedToDo = wordSet(`ask asks invite invites tell tells remind reminds get gets let lets`)

// watchedOne come before a him or her the child watches or listens to
// do something: "listen to him read", "watch her draw".
var watchedOne = wordSet(`to at watch watches hear hears`)

// tellOwnVerbs tell someone about the child themselves: "tell her mum
// where she is going when she goes out" is the child's going out.
var tellOwnVerbs = wordSet(`tell tells text texts email emails message messages phone phones ring rings inform informs`)

// nameLeads stand before a person's name: "with Jack", "to Ella", "when
// Jack …".
var nameLeads = wordSet(`with to for and when while until if after before because as let lets help helps ask asks tell tells praise praises thank thanks watch watches congratulate cheer`)

// namedOther reports whether toks[j] is someone named other than the
// child: a capitalised name after a word in the sentence, not a title's
// surname ("Mr Khan") or a place.
func namedOther(toks []string, j int, ctx *clauseContext) bool {
	t := toks[j]
	return j > 0 && isCapitalised(t) && isWord(t) && !isAcronym(t) && !ctx.isName(t) && !ctx.isName(strings.TrimSuffix(t, "'s")) && !adultTitles[lower(t)] && !adultTitles[lower(toks[j-1])] && !monthsDays[lower(t)]
}

// monthsDays are capitalised words that name no one.
var monthsDays = wordSet(`monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december english maths science french spanish welsh irish i`)

// adultDoneTo are what a grown-up does to the child's things: "ask his
// dad to sign his planner".
var adultDoneTo = wordSet(`sign check mark read hear look see initial stamp`)

// helpWatch are verbs whose object then does something of their own:
// "help his brother find his classroom".
var helpWatch = wordSet(`help helps watch watches see hear`)

// quotedSpans marks the tokens inside quotation marks: a quote mark and
// the same mark again within twenty tokens.
func quotedSpans(toks []string) []bool {
	q := make([]bool, len(toks))
	for j := 0; j < len(toks); j++ {
		if m := toks[j]; m == "'" || m == "\"" {
			for k := j + 1; k < len(toks) && k <= j+20; k++ {
				if toks[k] == m {
					for x := j + 1; x < k; x++ {
						q[x] = true
					}
					j = k
					break
				}
			}
		}
	}
	return q
}

// boundObject reports whether the "her" or "him" at toks[i] is the
// object of a verb whose subject is already the child: "ask her friend
// if she can play with her", "say hello to her TA and wave to her". Had
// it been the child, staff would have written "herself"; it is someone
// else. Only a verb's own object counts, or the person after a verb of
// doing something with someone ("play with", "wave to"): "bring a friend
// with her" and "keep it near her" are the child's, and in "ask an adult
// to help her" or "let her mum help her" the helper is the subject.
func (r *Rewriter) boundObject(toks []string, i int, ctx *clauseContext) bool {
	w := lower(toks[i])
	if !(w == "him" && ctx.gender == "m" || w == "her" && ctx.gender == "f") || i == 0 {
		return false
	}
	causative := i > 0 && causatives[lower(toks[i-1])] && i+1 < len(toks) && r.isAction(lower(toks[i+1])) && lower(toks[i+1]) != "own" && !feelingAdjectives[lower(toks[i+1])]
	if w == "her" && i+1 < len(toks) && !notNounAfterHer[lower(toks[i+1])] && !causative {
		return false // "her coat": hers; "let her have a turn" is her
	}
	verb := i - 1
	if p := lower(toks[i-1]); besidePreps[p] {
		// "play with her", "look at her", "sit next to her", "walk
		// home with her": a verb of doing something beside someone,
		// with at most "next" or a word like "home" between.
		verb = i - 2
		for verb > 0 && (lower(toks[verb]) == "next" || placeAdverbs[lower(toks[verb])]) {
			verb--
		}
		if verb >= 0 && !socialVerbs[lower(toks[verb])] && p == "with" {
			// "share the cars with him", "take turns with her": a
			// thing shared between the verb and the person.
			for j := verb - 1; j >= 0 && j >= i-6; j-- {
				if t := lower(toks[j]); sharingVerbs[t] {
					verb = j
					break
				} else if clauseBounds[t] || !isWord(t) {
					break
				}
			}
		}
		if verb > 0 && lower(toks[verb]) == "turns" && (lower(toks[verb-1]) == "take" || lower(toks[verb-1]) == "takes") {
			verb-- // "take turns with him"
		} else if verb < 0 || !socialVerbs[lower(toks[verb])] && !sharingVerbs[lower(toks[verb])] {
			return false
		}
	} else if !r.isAction(p) && !r.isThirdPerson(p) {
		return false
	}
	subject := "she"
	if w == "him" {
		subject = "he"
	}
	for j := verb - 1; j >= 0; j-- {
		t := lower(toks[j])
		switch {
		case t == subject && (speakerBefore(toks, j) || helpedPerson(toks, j)):
			// "thank Mr Smith when he helps him": that he is Mr Smith,
			// so him is the child.
			return false
		case t == subject || ctx.isName(toks[j]) && !strings.HasSuffix(t, "'s"):
			return true
		case (t == "and" || t == "or" || t == "then") && r.isAction(lower(toks[j+1])):
			// "say hello to her TA and wave to her": the same doer.
		case clauseBounds[t] || t == "to" && r.isAction(lower(toks[j+1])):
			return false // "ask an adult to help her": the adult helps
		case j == verb-1 && !modals[t] && !auxAfterName[t] && !leadAdverbs[t]:
			// "let her mum help her": the verb has a subject of its own.
			return false
		}
	}
	return true // the sentence's own verb, whose subject is the child
}

// causatives take a person and what they do: "let her have a turn".
var causatives = wordSet(`let lets help helps helped watch watches make makes made hear see`)

// socialVerbs take the person the child does something with after "with"
// or "to": "play with her", "wave to him".
var socialVerbs = wordSet(`play plays talk talks speak speaks chat chats wave waves say says listen listens sit sits work works share shares read reads sing sings smile smiles
	look looks point points stand stands walk walks line lines queue queues go goes`)

// sharingVerbs take a thing, then the person it is shared with: "share
// the cars with him".
var sharingVerbs = wordSet(`share shares swap swaps trade trades split splits`)

// besidePreps join such a verb to the person: "with her", "at her",
// "next to her".
var besidePreps = wordSet(`with to at beside behind`)

// placeAdverbs may stand between the verb and the person: "walk home
// with her", "go back to her".
var placeAdverbs = wordSet(`home back over up down out along`)

// clauseBounds end a clause, looking back from a pronoun.
var clauseBounds = wordSet(`, ; and but or when whenever if because so while whilst before after until that who which unless once as`)

// speakerBefore reports whether the "she" or "he" at toks[i] is a person
// named just before it who is speaking: "look at her teacher when she is
// speaking".
func speakerBefore(toks []string, i int) bool {
	w := lower(toks[i])
	if w != "she" && w != "he" || i < 2 || i+1 >= len(toks) {
		return false
	}
	if p := lower(toks[i-1]); p != "when" && p != "while" && p != "whilst" && p != "as" && p != "what" {
		return false
	}
	if b := lower(toks[i+1]); !adultActs[b] && (b != "is" && b != "are" || i+2 >= len(toks) || !speakingVerbs[lower(toks[i+2])]) {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-5; j-- {
		if t := lower(toks[j]); (otherPeople[t] || adultNouns[t]) && !groupNouns[t] && !(adultNouns[t] && strings.HasSuffix(t, "s")) {
			// "from people when he is talking to them": people are no
			// "he"; the child is talking.
			return true
		}
	}
	return false
}

// helpedPerson reports whether the pronoun at toks[i] is a person the
// child helps, named just before a condition on how they are: "help her
// friend when she is stuck".
func helpedPerson(toks []string, i int) bool {
	if i < 3 || !questionWordsOrWhen[lower(toks[i-1])] {
		return false
	}
	if j := i - 2; j >= 1 && lower(toks[j]) == objectOf(possessiveOf(lower(toks[i]))) && helpingVerbs[lower(toks[j-1])] && (j == 1 || lower(toks[j-2]) == "and" || lower(toks[j-2]) == "then") {
		// "sit next to Grace and help her when she is stuck": the one
		// the child helps; not "ask an adult to help her when she is
		// stuck", the child.
		return true
	}
	for j := i - 2; j >= 1 && j >= i-4; j-- {
		if isCapitalised(toks[j]) && j > 0 && (lower(toks[j-1]) == "to" || lower(toks[j-1]) == "with") && !adultTitles[lower(toks[j])] {
			return true // "pass the ball to Jack when he is free"
		}
		if otherPeople[lower(toks[j])] || femaleNouns[lower(toks[j])] || maleNouns[lower(toks[j])] || isCapitalised(toks[j]) && j > 0 && helpingVerbs[lower(toks[j-1])] {
			// "help her friend when she is stuck", "help Tom when he is
			// stuck": the one helped.
			for k := j - 1; k >= 0 && k >= j-3; k-- {
				if lower(toks[k]) == "from" {
					return false // "help from an adult when he is stuck": the child
				}
				if helpingVerbs[lower(toks[k])] {
					return true
				}
			}
			return false
		}
	}
	return false
}

var (
	questionWordsOrWhen = wordSet(`when if whenever`)
	// helpingVerbs are what the child does for someone in need.
	helpingVerbs = wordSet(`help helps comfort comforts check support supports include includes invite invites`)
)

// adultActs are what a person named before a "when" or "what" does for
// the child: "do what he says", "accept help from her TA when she offers
// it".
var adultActs = wordSet(`says asks tells offers explains shows gives speaks talks teaches helps models signs demonstrates blows rings claps calls counts waves signals`)

// speakingVerbs are what an adult or another child is doing while the
// child listens or watches.
var speakingVerbs = wordSet(`speaking talking teaching explaining reading giving modelling showing demonstrating presenting saying asking`)

// thingParts are what things, not people, have.
var thingParts = wordSet(`properties features parts part meaning meanings sounds sound values value sides corners edges faces vertices sizes size colours colour lengths length shapes shape spellings totals answers prefix prefixes suffix suffixes root roots syllables order place places weight type types
	pot pots box boxes tray trays drawer drawers lid lids case cases shelf basket baskets
	picture pictures word words name names label labels numeral numerals symbol symbols pair pairs partner partners`)

// turnWords and turnTaking make "has his turn": a turn someone has.
var (
	turnWords  = wordSet(`turn turns go goes`)
	turnTaking = wordSet(`has have had take takes took having taking finishes finish finished`)
)

// askedPerson reports whether the subject pronoun at toks[i] is the person
// being asked, not the child: in "ask a friend if she wants to play" and
// "ask Tom how he is feeling" the question is about the friend and Tom.
// It is the child's when nobody stands between the asking and the
// question ("ask what he should do"), when what is asked for stands there
// ("ask for help if he is stuck"), when the child asks leave ("ask Mrs
// Khan if he can go out": can, could, may), and when the pronoun cannot be
// the one asked (a "he" after Mrs, Ms or Miss; a "she" after Mr).
func askedPerson(toks []string, i int) bool {
	w := lower(toks[i])
	if w != "he" && w != "she" && w != "they" || i < 3 || !questionWords[lower(toks[i-1])] {
		return false
	}
	if asksLeave(toks, i) || lower(toks[i-1]) == "what" && toDoNext(toks, i) {
		// "ask his teacher what he should do next": the child asks
		// what to do.
		return false
	}
	ask := -1
	for j := i - 2; j >= 0 && j >= i-5; j-- {
		if askWords[lower(toks[j])] {
			ask = j
			break
		}
	}
	if ask < 0 || ask == i-2 {
		return false
	}
	who := toks[ask+1 : i-1]
	first := lower(who[0])
	if !askedDeterminers[first] && !askedNouns[first] && !isCapitalised(who[0]) {
		return false
	}
	for _, t := range who {
		u := lower(t)
		switch {
		case notAsked[u], t == ",", conjunctions[u]:
			return false
		case u == "mr" && w == "she", (u == "mrs" || u == "ms" || u == "miss") && w == "he":
			return false
		}
	}
	return true
}

// helpedOnesOwn reports whether the his or her at toks[i] belongs to
// someone the child helps, named just before it and who may be a he or a
// she as the word is: "help Miss Jones to give out her books", "help
// his dad wash his car", "help a younger child find her coat", "help
// her friend with her coat". The helped one is named by a title and a
// name, a name, or a person word after "a", "the", "another" or the
// child's own his or her.
func (r *Rewriter) helpedOnesOwn(toks []string, i int, ctx *clauseContext) bool {
	w := lower(toks[i])
	for k := i - 2; k >= 0 && k >= i-7; k-- {
		showing := false
		switch lower(toks[k]) {
		case "help", "helps", "helping", "helped":
		case "show", "shows", "showing":
			showing = true
		default:
			continue
		}
		j := k + 1
		if showing {
			// "show a new girl where her peg is": a newcomer shown
			// their own things.
			if j+2 >= i || !(lower(toks[j]) == "a" || lower(toks[j]) == "the" || lower(toks[j]) == "another") || lower(toks[j+1]) != "new" {
				return false
			}
			n := lower(toks[j+2])
			if !(peerOnes[n] || newcomers[n] || n == "boy" && w == "his" || n == "girl" && w == "her") {
				return false
			}
			return j+3 < i && whWords[lower(toks[j+3])]
		}
		switch u := lower(toks[j]); {
		case adultTitles[u] && j+1 < i && isCapitalised(toks[j+1]):
			if u == "mr" && w == "her" || u != "mr" && u != "dr" && u != "mx" && w == "his" {
				return false
			}
			j += 2
		case isCapitalised(toks[j]) && !ctx.isName(toks[j]) && !notNames[u] && !adultNouns[u] && !isAcronym(toks[j]):
			j++ // "help Jack fix his bike"
		case u == "a" || u == "an" || u == "the" || u == "another" || u == w:
			j++
			if j < i && (lower(toks[j]) == "younger" || lower(toks[j]) == "new" || lower(toks[j]) == "little" || lower(toks[j]) == "older") {
				j++
			}
			if j >= i {
				return false
			}
			n := lower(toks[j])
			if !(peerOnes[n] || newcomers[n] || n == "boy" && w == "his" || n == "girl" && w == "her" || familyNouns[n] || maleNouns[n] && w == "his" || femaleNouns[n] && w == "her") || maleNouns[n] && w == "her" || femaleNouns[n] && w == "his" {
				return false
			}
			j++
		default:
			return false
		}
		if j < i && lower(toks[j]) == "with" && j+1 == i {
			return true // "help her friend with her coat"
		}
		if j < i && lower(toks[j]) == "to" {
			j++
		}
		if j >= i || !r.isAction(lower(toks[j])) {
			return false
		}
		for j++; j < i; j++ {
			if !particles[lower(toks[j])] {
				return false
			}
		}
		return true
	}
	return false
}

// toldWhatTheyMay returns who speaks, when the he or she at toks[i] is
// what someone else says may, can or must be done ("if someone says he
// can't play", "if Amy says she can't play", "what Miss Ross said she
// has to do"), or "". It may be the child, told, or the speaker, and
// only the sense of the whole can tell.
func toldWhatTheyMay(toks []string, i int) string {
	if i < 2 || i+1 >= len(toks) || !reportedSpeaker(toks, i) {
		return ""
	}
	switch lower(toks[i+1]) {
	case "can", "can't", "cannot", "may", "must", "should", "has", "needs", "isn't", "is", "won't", "will":
	default:
		return ""
	}
	if n := lower(toks[i+1]); (n == "has" || n == "needs") && (i+2 >= len(toks) || lower(toks[i+2]) != "to") || (n == "is" || n == "isn't") && (i+2 >= len(toks) || lower(toks[i+2]) != "allowed" && lower(toks[i+2]) != "not") || (n == "will" || n == "won't") && (i+2 >= len(toks) || lower(toks[i+2]) != "be") {
		return "" // "says he is free to help": how the speaker is
	}
	speaker := toks[i-2]
	if i >= 3 && adultTitles[lower(toks[i-3])] {
		speaker = toks[i-3] + " " + speaker
	} else if u := lower(speaker); !isCapitalised(speaker) && !anyoneWords[u] && !strings.HasPrefix(u, "some") {
		speaker = "the " + u
	}
	return speaker
}

// clauseSubjectOther reports whether the "them" at toks[i] stands in a
// clause ("when …", "if …") whose subject is named in words, not a
// pronoun, with no other they or them in the clause (a "their" there is
// the child's: "their friends", "a boy in their class"), and nothing
// plural named before the clause, people or things. The subject
// of a clause is never its own "them" ("their friends talk to them"),
// so, with nobody else to be, it is the child.
func clauseSubjectOther(toks []string, i int) bool {
	k := i - 1
	for ; k >= 0; k-- {
		u := lower(toks[k])
		if themClauses[u] {
			break
		}
		if u == "," || u == "and" || u == "or" || u == "who" || u == "that" || u == "them" || u == "they" || u == "themselves" {
			return false
		}
	}
	if k < 1 || k+2 >= i {
		return false
	}
	switch lower(toks[k+1]) {
	case "they", "i", "he", "she", "we", "you", "it", "this", "that", "there":
		return false
	}
	for j := 0; j < k; j++ {
		if u := lower(toks[j]); pluralPeople(u) && !adultTitles[u] || peerOnes[u] || u == "them" || u == "they" || u == "and" || thingsWord(toks[j]) || len(u) > 3 && strings.HasSuffix(u, "s") && !strings.HasSuffix(u, "ss") && !notPlurals[u] {
			// "the books … when the children take them": the books.
			return false
		}
	}
	return true
}

// waitedFor reports whether the clause before toks[i-1] ("before") is
// the child waiting for others to finish: "wait for their group to
// finish", "wait for adults to finish speaking".
func waitedFor(toks []string, i int) bool {
	for k := i - 2; k >= 1 && k >= i-10; k-- {
		u := lower(toks[k])
		if u == "," || u == "they" || u == "them" {
			return false
		}
		if (u == "for" || u == "until") && (lower(toks[k-1]) == "wait" || lower(toks[k-1]) == "waits") {
			return slices.ContainsFunc(toks[k+1:i-1], func(t string) bool {
				switch lower(t) {
				case "finish", "finished", "stop", "stopped", "done":
					return true
				}
				return false
			})
		}
	}
	return false
}

// takenFromChild reports whether the "their" at toks[i] follows a verb
// of taking or spoiling whose subject, in a clause of its own, is other
// people: "if other children take their things", "when someone breaks
// their model". What is taken from the child is the child's.
func takenFromChild(toks []string, i int) bool {
	if i < 3 || !snatchVerbs[lower(toks[i-1])] {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		u := lower(toks[k])
		if themClauses[u] {
			return k < i-2
		}
		if !(pluralPeople(u) && !adultTitles[u] || anyoneWords[u] || peerNouns[u] || u == "other" || u == "another" || u == "the" || u == "a" || u == "older" || u == "younger" || u == "some") {
			return false
		}
	}
	return false
}

// snatchVerbs take or spoil what is someone else's.
var snatchVerbs = wordSet(`take takes took grab grabs snatch snatches break breaks broke hide hides hid spoil spoils damage damages touch touches steal steals stole ruin ruins knock knocks`)

// notPlurals end in "s" and are no plural thing.
var notPlurals = wordSet(`always sometimes towards afterwards upwards downwards outdoors indoors perhaps whereas unless`)

// themClauses open a clause that may have a "them" at its end: "when
// their friends talk to them".
var themClauses = wordSet(`when whenever while until if unless after before once because`)

// toldWho says whose the he, she or they at toks[i] is when it comes
// straight after someone the child tells ("tell Sam he did a good
// job"): "child" when it says how the child is or what the child needs
// ("tell Ms Doyle she needs help"), "other" when it praises or lets the
// one told ("tell Amy she did a good job", "tell Josh he can play too"),
// "either" otherwise, and "" when no one told stands before it.
func toldWho(toks []string, i int, ctx *clauseContext) string {
	if i < 2 || i+1 >= len(toks) {
		return ""
	}
	j := i - 1 // the one told ends here
	if lower(toks[j]) == "that" {
		j-- // "tell Mr Hughes that he feels sick"
	}
	switch u := lower(toks[j]); {
	case isCapitalised(toks[j]) && !ctx.isName(toks[j]) && !isAcronym(toks[j]) && u != "i":
		if adultTitles[lower(toks[j-1])] {
			j--
		}
	case otherPeople[u] || adultNouns[u] || peerOnes[u] || familyNouns[u] || staffRoles[u]:
		k := lower(toks[j-1])
		if anyoneWords[u] || k == "a" || k == "an" || k == "another" {
			return "" // "tell someone she trusts", "an adult he knows": who, not what
		}
		if possessives[k] || k == "the" {
			j--
		}
	default:
		return ""
	}
	if j < 1 || !tellOnly[lower(toks[j-1])] {
		return ""
	}
	next := lower(toks[i+1])
	after := ""
	if i+2 < len(toks) {
		after = lower(toks[i+2])
	}
	switch {
	case next == "needs" || next == "need" || next == "wants" || next == "want" || next == "feels" || next == "feel" || (next == "is" || next == "are" || next == "has") && childStates[after]:
		return "child"
	case (next == "did" || next == "does" || next == "do") && (after == "not" || after == "n't") && i+3 < len(toks) && notGotWords[lower(toks[i+3])]:
		// "tell Mrs Jones that she did not understand the task"
		return "child"
	case next == "can" || next == "did" || next == "played" || next == "looks" || next == "look" || next == "worked" || next == "tried" || next == "has" && after == "done" || (next == "is" || next == "are" || next == "was") && praiseWords[after]:
		return "other"
	}
	return "either"
}

// notGotWords follow "did not" in what a child tells an adult of
// themselves: "tell Miss Ross she did not hear the instruction".
var notGotWords = wordSet(`understand know hear see get finish follow remember`)

// tellOnly are the verbs of telling someone something.
var tellOnly = wordSet(`tell tells telling`)

// childStates are how a child tells an adult they are: "tell Mr Cole he
// is ready".
var childStates = wordSet(`sorry ready stuck finished done worried upset sad hungry thirsty tired poorly ill hurt scared cross angry cold hot confused lost unwell`)

// praiseWords praise the one told: "tell Amy she is kind".
var praiseWords = wordSet(`good great kind brilliant clever funny amazing fantastic helpful welcome`)

// answersAsk reports whether the he, she or they at toks[i] answers
// someone the child asked or invited, named before it: "ask a friend to
// play and accept it if he says no", "respect her partner's answer if
// she says no".
func answersAsk(toks []string, i int) bool {
	if i < 3 || i+2 >= len(toks) || !conditionWords[lower(toks[i-1])] {
		return false
	}
	if n := lower(toks[i+1]); n != "says" && n != "say" && n != "said" {
		return false
	}
	if a := lower(strings.Trim(toks[i+2], ".,;")); a != "no" && a != "yes" && a != "not" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-10; j-- {
		t := strings.TrimSuffix(lower(toks[j]), "'s")
		if peerOnes[t] || peerNouns[t] || otherPeople[t] && !strings.HasSuffix(t, "s") {
			return true
		}
	}
	return false
}

// othersSaying reports whether the he, she or they at toks[i] says or
// means something ("what he said", "what she suggests", "what they
// ask") after someone else is named, whom the child listens to, repeats
// or does as told. Telling or explaining "what he said" may be the
// child's own words, and is left to the rules after.
func othersSaying(toks []string, i int, ctx *clauseContext) bool {
	w := lower(toks[i])
	if w != "he" && w != "she" && w != "they" || i < 3 || i+1 >= len(toks) || lower(toks[i-1]) != "what" || !saysWords[lower(toks[i+1])] {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-5; j-- {
		if v := lower(toks[j]); (tellVerbs[v] || v == "explain" || v == "explains") && !slices.ContainsFunc(toks[j+1:i], func(t string) bool { return lower(t) == "back" }) {
			return false // "tell an adult what he said", not "say back what she said"
		}
	}
	for j := i - 2; j >= 0 && j >= i-9; j-- {
		t := lower(toks[j])
		if t == "," && j+1 < len(toks) && isCapitalised(toks[j+1]) {
			continue
		}
		if otherPeople[t] || adultNouns[t] || adultTitles[t] || peerOnes[t] || femaleNouns[t] || maleNouns[t] || j > 0 && isCapitalised(toks[j]) && !ctx.isName(toks[j]) && (lower(toks[j-1]) == "to" || adultTitles[lower(toks[j-1])]) {
			return true
		}
	}
	return false
}

// saysWords are what someone says or means: "what he said".
var saysWords = wordSet(`say said says mean means meant suggest suggests suggested ask asks asked tell tells told explain explains explained`)

// newcomers are a child the child helps or shows round.
var newcomers = wordSet(`child pupil student learner starter`)

// visiting reports whether the he, she or they at toks[i] comes to the
// child as a visitor: "when he visits", "when she comes to play",
// "when he comes round", "if she stays over".
func visiting(toks []string, i int) bool {
	at := func(k int) string {
		if k < len(toks) {
			return lower(strings.Trim(toks[k], ".,;"))
		}
		return ""
	}
	switch at(i + 1) {
	case "visits", "visit", "visited", "visiting":
		return true
	case "comes", "come", "came":
		return at(i+2) == "round" || at(i+2) == "over" || at(i+2) == "to" && (at(i+3) == "play" || at(i+3) == "stay" || at(i+3) == "visit" || at(i+3) == "tea")
	case "stays", "stay", "sleeps", "sleep":
		return at(i+2) == "over"
	}
	return false
}

// childsVerbAt reports whether toks[k] opens the child's own action: it
// is the first word, or comes after "and", "then" or a comma ("… and
// ask him about his weekend").
func childsVerbAt(toks []string, k int) bool {
	return k == 0 || lower(toks[k-1]) == "and" || lower(toks[k-1]) == "then" || toks[k-1] == ","
}

// toDoNext reports whether the he, she or they at toks[i] is told what
// to do: "what he should do", "what she has to do next".
func toDoNext(toks []string, i int) bool {
	at := func(k int) string {
		if k < len(toks) {
			return lower(toks[k])
		}
		return ""
	}
	switch at(i + 1) {
	case "should", "must":
		return at(i+2) == "do"
	case "has", "needs", "have", "need":
		return at(i+2) == "to" && at(i+3) == "do"
	}
	return false
}

// agreeWithI fixes the verb after "I" ("I is" → "I am", "I reads" → "I
// read"), allowing one adverb between ("I always reads").
func (r *Rewriter) agreeWithI(toks []string) {
	for i, t := range toks {
		if t != "I" {
			continue
		}
		j := i + 1
		if j < len(toks) && freqAdverbs[lower(toks[j])] {
			j++
		}
		if j >= len(toks) {
			continue
		}
		switch lower(toks[j]) {
		case "is", "are":
			toks[j] = "am"
		case "isn't", "aren't":
			toks[j] = "am not"
		case "were":
			toks[j] = "was"
		case "weren't":
			toks[j] = "wasn't"
		case "has":
			toks[j] = "have"
		case "hasn't":
			toks[j] = "haven't"
		case "does":
			toks[j] = "do"
		case "doesn't":
			toks[j] = "don't"
		case "am", "was", "wasn't":
		default:
			// Whatever follows "I" is its verb, known or not ("I hopes").
			if w := lower(toks[j]); r.isThirdPerson(w) || len(w) > 3 && isWord(w) && thirdToBase(w) != w {
				toks[j] = thirdToBase(w)
			}
		}
		// A second verb of the same "I": "what I like and dislikes",
		// "which jobs I like and doesn't like".
		if k := j + 2; k < len(toks) && (lower(toks[j+1]) == "and" || lower(toks[j+1]) == "or") {
			switch w := lower(toks[k]); {
			case w == "doesn't":
				toks[k] = "don't"
			case r.isThirdPerson(w):
				toks[k] = thirdToBase(w)
			}
		}
	}
}

// objectPronouns are the people "to" can go to: "and to them".
var objectPronouns = wordSet(`me him her them us`)

// dropJoinedTo turns "read the words and to use them" into "read the
// words and use them": after "I will" the second verb needs no "to".
func dropJoinedTo(toks []string) []string {
	out := make([]string, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		out = append(out, toks[i])
		w := lower(toks[i])
		if w != "and" && w != "or" && w != "then" || i+2 >= len(toks) || lower(toks[i+1]) != "to" || !isWord(toks[i+2]) {
			continue
		}
		if n := lower(toks[i+2]); determiners[n] || objectPronouns[n] {
			continue // "to my teacher … and to my mum": to someone, not to do
		}
		i++
		if hasPrefixWords(toks[i+1:], []string{"be", "able", "to"}) {
			i += 3
		}
	}
	return out
}

// dropRepeatedSubject turns "read 10 words and I will write them" into
// "read 10 words and write them", since the sentence already starts "I
// will" (or "I can").
func dropRepeatedSubject(toks []string) []string {
	out := make([]string, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		out = append(out, toks[i])
		w := lower(toks[i])
		if w != "and" && w != "then" && w != "or" || othersActionBefore(toks, i) {
			// "let my friend choose the game, then I will choose": without
			// its "I" the second choice reads as the friend's.
			continue
		}
		for _, l := range [][]string{{"I", "will", "be", "able", "to"}, {"I", "will"}, {"I", "can"}} {
			if i+1+len(l) < len(toks) && slices.Equal(toks[i+1:i+1+len(l)], l) {
				i += len(l)
				break
			}
		}
	}
	return out
}

// othersActionBefore reports whether someone else does something in
// the words before toks[end]: "let my friend choose", "help my brother
// find".
func othersActionBefore(toks []string, end int) bool {
	for j := 0; j+2 < end; j++ {
		if !letVerbs[lower(toks[j])] {
			continue
		}
		for k := j + 1; k < end && k <= j+3; k++ {
			if otherPeople[lower(toks[k])] || femaleNouns[lower(toks[k])] || maleNouns[lower(toks[k])] {
				return true
			}
		}
	}
	return false
}

// letVerbs are verbs whose object then does something: "let my friend
// choose".
var letVerbs = wordSet(`let lets help helps watch watches`)

// personWords are what mapPerson makes of the child; a clause of nothing
// else says nothing.
var personWords = wordSet(`I me my myself mine I'm`)

// helpedOwn reports whether the his or her at toks[i] belongs to a him
// or her just before it that out kept as someone else: "help him with
// his work", "help her to read her book", "tell him to get his coat".
func (r *Rewriter) helpedOwn(toks, out []string, i int) bool {
	for k := i - 2; k >= 1 && k >= i-3; k-- {
		if lower(toks[k]) != objectOf(lower(toks[i])) || out[k] != toks[k] || !helpAsk[lower(toks[k-1])] {
			continue
		}
		between := toks[k+1 : i]
		if len(between) == 1 && (lower(between[0]) == "with" || lower(between[0]) == "on" || r.isAction(lower(between[0]))) ||
			len(between) == 2 && lower(between[0]) == "to" && r.isAction(lower(between[1])) {
			return true
		}
	}
	return false
}

// helpAsk are verbs whose object does what follows: "help her read",
// "tell him to get".
var helpAsk = wordSet(`help helps helping tell tells ask asks let lets remind reminds show shows encourage encourages watch watches`)

// possessiveOf is the possessive of the subject he or she, "" else.
func possessiveOf(subject string) string {
	switch subject {
	case "he":
		return "his"
	case "she":
		return "her"
	}
	return ""
}

// objectOf is the object form of the possessive his or her: "help him
// with his work".
func objectOf(possessive string) string {
	if possessive == "his" {
		return "him"
	}
	return possessive
}

// aLevelAt reports whether toks[i] opens "A level" or "AS level", a
// course, whose "A" is no "a": "manage her A level coursework" is hers.
func aLevelAt(toks []string, i int) bool {
	return i+1 < len(toks) && (toks[i] == "A" || toks[i] == "AS") && (lower(toks[i+1]) == "level" || lower(toks[i+1]) == "levels")
}
