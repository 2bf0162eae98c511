package phrase

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fallbacks are the sentences given when the staff wording holds nothing a
// child sentence can be made from (empty, or only punctuation). They still
// read as the child's own words, so a child page is never blank or broken.
const (
	FallbackTarget  = SafeTarget
	FallbackSuccess = SafeSuccess
)

var (
	modals = wordSet(`will can should must would could to is are was has does
		needs need won't might shall`)
	childNouns = wordSet(`pupil child student learner yp intern adolescent`)
	adultNouns = wordSet(`ta tas sna snas teacher teachers adult adults staff lsa lsas
		hlta senco sendco keyworker therapist salt ot ep parent parents carer supervisor supervisors
		carers mentor practitioner practitioners interviewer manager coach instructor employer tutor doctor nurse
		slt ct kw dsl elsa msa hoy hos camhs qtvi qthi qtmsi tod physio sw ssa lsp`)
	adultTitles   = wordSet(`mr mrs ms miss dr mx`)
	childSubjects = wordSet(`he she they i`)
	conjunctions  = wordSet(`when if so because that until while before after as once whenever unless where`)
	auxAfterName  = wordSet(`will can is was has does should must would could might
		needs feels gets wants won't isn't doesn't are were had did`)
	freqAdverbs = wordSet(`always often sometimes usually never also really still just then already`)
	helpVerbs   = wordSet(`help helps support supports remind reminds prompt prompts praise
		praises tell tells give gives show shows calm calms encourage encourages ask asks for`)
	groupNouns = wordSet(`peers others children friends classmates adults people pupils team teams
		group partners partner sisters brothers siblings visitors guests twins pets animals
		customers players teammates`)
	// followsPossessive are words after "her" that mark it as the object
	// ("help her to …"), not the possessive ("her coat").
	notNounAfterHer = wordSet(`to and or with when if in on at for by from about before
		after until so because that the a an this these some any while as what how
		why where who into onto up down out off back again too , . ; : ! ? )
		something anything nothing everything directly politely kindly quietly calmly
		clearly gently nicely all`)
	leadAdverbs = wordSet(`independently confidently accurately consistently fluently neatly
		calmly quickly safely carefully clearly correctly appropriately successfully
		legibly quietly politely regularly automatically spontaneously reliably
		verbally orally sensibly routinely purposefully voluntarily unaided`)
	adverbBoundary = wordSet(`with using in on at when during for from before after without
		by into across within until while if so because to , ; :`)
	timeWords = wordSet(`the this next autumn spring summer term terms half half-term year
		week weeks month months unit topic block key stage lesson session day
		christmas easter july december april march june may october february
		january september november august academic school of 1 2 3 4 5 6`)
	noVerbStart = wordSet(`a an all most some more less fewer no each every any many few
		increased improved reduced greater better good higher lower`)
	writingCues = wordSet(`sentence sentences word words name names letter letters answer
		answers idea ideas number numbers sum sums story stories spelling spellings
		note notes calculation calculations book books journal diary whiteboard
		paper sheet writing date title work findings results method page pages
		paragraph paragraphs list lists label labels facts homework planner`)
	audioCues = wordSet(`voice audio video ipad tablet dictaphone talking recorder
		microphone camera sound speech`)
)

// moveLeadingAdverb moves "Independently" from the front of the action to
// after its object ("write 3 sentences by myself with …"), where a child
// would say it.
func moveLeadingAdverb(toks []string) []string {
	if len(toks) > 3 && (lower(toks[0]) == "both" || lower(toks[0]) == "either") && (slices.Contains(toks[2:min(5, len(toks))], "and") || slices.Contains(toks[2:min(5, len(toks))], "or")) {
		// "will both read and write", "will either read or draw": the
		// two actions say it.
		return toks[1:]
	}
	if len(toks) < 3 || !leadAdverbs[lower(toks[0])] {
		return toks
	}
	adv := toks[0]
	rest := toks[1:]
	at := len(rest)
	for at > 0 && !isWord(rest[at-1]) && rest[at-1] != ")" && rest[at-1] != "'" && rest[at-1] != "\"" {
		at-- // before the full stop, not after it
	}
	purpose := false
	for j := 2; j < len(rest); j++ {
		if lower(rest[j]) == "to" && (lower(rest[j-1]) == "up" || j+1 < len(rest) && isNumber(rest[j+1])) {
			continue // "up to 20", "1 to 20" and "numbers to 20" are one range
		}
		if lower(rest[j]) == "to" && j+1 < len(rest) && !isNumber(rest[j+1]) && lower(rest[j+1]) != "the" && lower(rest[j+1]) != "a" {
			// "use strategies to calm down independently": the purpose
			// goes with the action, the adverb after both.
			purpose = true
			continue
		}
		if purpose && !clauseBoundary[lower(rest[j])] {
			// "use a bus timetable to plan a journey to the town
			// centre": the purpose's own places and things stay with
			// it, so "by myself" is not set inside it.
			continue
		}
		if lower(rest[j]) == "with" && withPeople(rest[j+1:]) {
			// "initiate greetings with peers independently": who the
			// action is with goes with the action, the adverb after.
			continue
		}
		if rest[j] == "," && listComma(rest, j) {
			continue // "recall my 2, 5 and 10 times tables": one list
		}
		if adverbBoundary[lower(rest[j])] || startingFrom(rest, j) {
			at = j
			break
		}
	}
	out := make([]string, 0, len(toks))
	out = append(out, rest[:at]...)
	out = append(out, lower(adv))
	out = append(out, rest[at:]...)
	return out
}

// startingFrom reports whether toks[j] opens where the child starts
// from: "count in 2s starting from 0", not "find the starting point".
func startingFrom(toks []string, j int) bool {
	w := lower(toks[j])
	return (w == "starting" || w == "beginning") && j+1 < len(toks) && (lower(toks[j+1]) == "from" || lower(toks[j+1]) == "at" || lower(toks[j+1]) == "with")
}

// listComma reports whether the comma at toks[j] parts the items of a
// list: "2, 5 and 10", "red, blue or green".
func listComma(toks []string, j int) bool {
	if j > 0 && j+1 < len(toks) && isNumber(toks[j-1]) && isNumber(toks[j+1]) {
		return true
	}
	for k := j + 2; k < len(toks) && k <= j+3; k++ {
		if w := lower(toks[k]); w == "and" || w == "or" || w == "," {
			return isWord(toks[j+1]) || isNumber(toks[j+1])
		}
	}
	return false
}

// clauseBoundary are the adverbBoundary words that end a purpose ("to
// calm down") as well as the action: a condition, or where and when it
// is all done ("in all lessons").
var clauseBoundary = wordSet(`when during in at before after until while if so because , ; :`)

// withPeople reports whether the words after a "with" name people: "with
// peers", "with two friends", "with my brother".
func withPeople(ws []string) bool {
	for k := 0; k < len(ws) && k < 3; k++ {
		if otherPeople[lower(ws[k])] {
			return true
		}
		if !isWord(ws[k]) || adverbBoundary[lower(ws[k])] {
			return false
		}
	}
	return false
}

// baseFirstVerb puts the action verb, and any verbs joined to it by "and"
// or "or", into the base form that follows "I will" / "I can".
func (r *Rewriter) baseFirstVerb(toks []string) {
	if len(toks) > 1 && freqAdverbs[lower(toks[0])] {
		// "always lines up": the verb is after how often.
		r.baseFirstVerb(toks[1:])
		return
	}
	if len(toks) == 0 {
		return
	}
	b, ok := r.verbBase(toks[0])
	if w := lower(toks[0]); !ok && !r.verbs[w] && unknownThird(w) {
		// The word after the subject is its verb, known or not: "Sam
		// rates his worry …".
		b, ok = thirdToBase(w), true
	}
	if !ok {
		if r.verbs[lower(toks[0])] {
			// "rate his worry and uses a strategy": staff mixed the
			// forms. A joined -s word is the child's verb only with its
			// object after it; "sounds and rhymes" are things.
			for i := 1; i+2 < len(toks); i++ {
				if w := lower(toks[i]); (w == "and" || w == "or") && r.isThirdPerson(lower(toks[i+1])) && determiners[lower(toks[i+2])] {
					toks[i+1], _ = r.verbBase(toks[i+1])
				}
			}
		}
		return
	}
	// Joined verbs take the first verb's form: "reads and writes", or
	// "reading and writing"; "puts up his hand, staying in his seat" keeps
	// its -ing, which describes the first action.
	ing := strings.HasSuffix(lower(toks[0]), "ing")
	toks[0] = b
	r.baseJoined(toks, ing)
}

// baseJoined puts the verbs joined to toks[0] by "and", "or" or a comma
// into the base form, when they are in the form the first verb had: -ing
// when ing is set, else the third person.
func (r *Rewriter) baseJoined(toks []string, ing bool) {
	for i := 1; i+1 < len(toks); i++ {
		w := lower(toks[i])
		if w != "and" && w != "or" && w != "," && w != "then" {
			continue
		}
		// A glossary phrase is one token: "replying to".
		next, more, _ := strings.Cut(lower(toks[i+1]), " ")
		if strings.HasSuffix(next, "ing") == ing && (ing || r.isThirdPerson(next)) {
			if b, ok := r.verbBase(next); ok {
				if more != "" {
					b += " " + more
				}
				toks[i+1] = b
			}
		}
	}
}

// timeJoins open a clause about when the child does something.
var timeJoins = wordSet(`when while before after whenever until`)

// usingStays come before a "using" that is the verb itself, not "with":
// "better at using", "keep using", "by using".
var usingStays = wordSet(`without at keep keeps be is are am was start starts stop stops enjoy
	enjoys try tries continue continues begin begins by for about of to`)

// ingListBefore reports whether toks[i] follows "or" or "and" after an
// -ing word: "reading or using his tablet".
func ingListBefore(toks []string, i int) bool {
	return i > 1 && (lower(toks[i-1]) == "or" || lower(toks[i-1]) == "and") && strings.HasSuffix(lower(toks[i-2]), "ing")
}

// dayTimes end a time that "before" or "after" finishes: "the night
// before", "the day after".
var dayTimes = wordSet(`night day evening morning week`)

// whenDoing puts the child into a time clause: "when coughing or
// sneezing" → "when I cough or sneeze", "before starting a task" →
// "before I start a task".
func (r *Rewriter) whenDoing(toks []string) []string {
	out := make([]string, 0, len(toks)+2)
	for i := 0; i < len(toks); i++ {
		out = append(out, toks[i])
		if !timeJoins[lower(toks[i])] || i+1 >= len(toks) || !strings.HasSuffix(lower(toks[i+1]), "ing") {
			continue
		}
		if w := lower(toks[i]); (w == "before" || w == "after") && i > 1 && dayTimes[lower(toks[i-1])] && lower(toks[i-2]) == "the" {
			continue // "pack his bag the night before, using the checklist": "before" ends the time
		}
		b, ok := r.verbBase(toks[i+1])
		if !ok {
			continue
		}
		out = append(out, "I", b)
		i++
		for i+2 < len(toks) && (lower(toks[i+1]) == "or" || lower(toks[i+1]) == "and") {
			b2, ok := r.verbBase(toks[i+2])
			if !ok || !strings.HasSuffix(lower(toks[i+2]), "ing") {
				break
			}
			out = append(out, toks[i+1], b2)
			i += 2
		}
	}
	return out
}

// splitInfinitive moves an adverb out from between "to" and its verb:
// "to independently produce written work" → "to produce written work
// independently", which the glossary then makes "by myself".
func splitInfinitive(toks []string) []string {
	for i := 0; i+2 < len(toks); i++ {
		if lower(toks[i]) != "to" || !leadAdverbs[lower(toks[i+1])] {
			continue
		}
		adv := toks[i+1]
		rest := append(slices.Clone(toks[:i+1]), toks[i+2:]...)
		end := len(rest)
		for j := i + 2; j < len(rest); j++ {
			if rest[j] == "," || rest[j] == ";" || rest[j] == "." || rest[j] == "!" || rest[j] == "?" {
				end = j
				break
			}
		}
		out := append(slices.Clone(rest[:end]), adv)
		return append(out, rest[end:]...)
	}
	return toks
}

// specialPhrases handles wording the glossary cannot: "single-digit
// numbers" and "record" meaning "write".
func specialPhrases(toks []string) []string {
	out := make([]string, 0, len(toks))
	audio := false
	for _, t := range toks {
		if audioCues[lower(t)] {
			audio = true
		}
	}
	for i := 0; i < len(toks); i++ {
		w := lower(toks[i])
		switch {
		case (w == "single-digit" || w == "single-digits") && i+1 < len(toks) && strings.HasPrefix(lower(toks[i+1]), "number"):
			out = append(out, toks[i+1], "under", "10")
			i++
			continue
		case w == "single" && i+2 < len(toks) && lower(toks[i+1]) == "digit" && strings.HasPrefix(lower(toks[i+2]), "number"):
			out = append(out, toks[i+2], "under", "10")
			i += 2
			continue
		case w == "record" || w == "records" || w == "recording" || w == "recorded":
			prev := ""
			if i > 0 {
				prev = lower(toks[i-1])
			}
			if audio || noVerbStart[prev] || prev == "the" || prev == "my" || prev == "his" || prev == "her" || prev == "their" || prev == "reading" {
				break
			}
			cue := false
			for j := i + 1; j < len(toks) && j <= i+8; j++ {
				if writingCues[lower(toks[j])] {
					cue = true
					break
				}
			}
			if !cue {
				break
			}
			f := map[string]verbForm{"record": formBase, "records": formThird, "recording": formIng, "recorded": formPast}[w]
			verb := "write"
			if i+1 < len(toks) && lower(toks[i+1]) == "written" {
				verb = "do" // "record written work" is doing it, not writing writing
			}
			if homeworkNext(toks, i+1) {
				// "record homework", "record his homework set": writing
				// it down, not doing it.
				out = append(out, inflect("write", f), "down")
				continue
			}
			if i+1 < len(toks) && lower(toks[i+1]) == "spending" {
				// "recording spending in a money diary"
				out = append(out, inflect("write", f), "down", "what", "I", "spend")
				i++
				continue
			}
			out = append(out, inflect(verb, f))
			continue
		}
		out = append(out, toks[i])
	}
	return out
}

// homeworkNext reports whether homework is what is recorded from
// toks[i]: "homework", "his homework", "all homework set".
func homeworkNext(toks []string, i int) bool {
	for j := i; j < len(toks) && j <= i+2; j++ {
		if w := lower(toks[j]); w == "homework" || w == "homeworks" {
			return true
		} else if !determiners[w] && w != "all" && w != "any" {
			return false
		}
	}
	return false
}

// thingVerbs are glossary verbs that staff use as often for a thing
// ("a friend request", "the picture sequence card", "a sequencing drill",
// "access arrangements"), whose child words ("ask for", "put … in order",
// "use") do not name it. They are the child's action only after one of
// verbLeads or an adverb: "to request", "independently sequence".
var thingVerbs = wordSet(`request requests sequence sequences sequencing access`)

// verbLeads are words a verb of the child's follows.
var verbLeads = wordSet(`to and or then but not also will can could should must please i me help let first just always never often than`)

// thingAfter reports whether the thingVerbs word w, after the word prev,
// names a thing: its -ing form after "a", "the" or a number ("a
// sequencing drill", not "practise sequencing pictures"); its other forms
// after anything but one of verbLeads or an adverb.
func thingAfter(w, prev string) bool {
	if strings.HasSuffix(w, "ing") {
		return determiners[prev] || isNumber(prev)
	}
	return !verbLeads[prev] && !strings.HasSuffix(prev, "ly")
}

// applyGlossary swaps adult words for the child's, longest match first.
// What the child says in quotes is theirs and stays: "say 'I'm using
// this now'".
func (r *Rewriter) applyGlossary(toks []string) []string {
	out := make([]string, 0, len(toks))
	quoted := false
	for i := 0; i < len(toks); {
		matched := false
		if toks[i] == "'" || toks[i] == "\"" {
			quoted = !quoted
		}
		if quoted || !r.firstWords[lower(toks[i])] {
			out = append(out, toks[i])
			i++
			continue
		}
		for n := min(r.maxWords, len(toks)-i); n >= 1; n-- {
			if !isWord(toks[i]) || !isWord(toks[i+n-1]) {
				continue
			}
			parts := make([]string, n)
			for k := range n {
				parts[k] = lower(toks[i+k])
			}
			if n == 1 && parts[0] == "using" && (i > 0 && (timeJoins[lower(toks[i-1])] || usingStays[lower(toks[i-1])] || ingListBefore(toks, i)) || i+1 < len(toks) && (toks[i+1] == "'" || toks[i+1] == "\"")) {
				// "after using the toilet", "without using a 100 square",
				// "using 'because'", "get better at using a knife",
				// "reading or using his tablet" stay.
				continue
			}
			if i > 0 && isCapitalised(toks[i]) && i+n < len(toks) && isCapitalised(toks[i+n]) {
				continue // "Additional Support Plan": a name, not staff's words
			}
			if n == 1 && i > 0 && r.thirdForms[parts[0]] && (isNumber(toks[i-1]) || determiners[lower(toks[i-1])]) {
				continue // "3 exchanges", "the changes": things, not verbs
			}
			if n == 1 && i > 0 && thingVerbs[parts[0]] && thingAfter(parts[0], lower(toks[i-1])) {
				continue // "a friend request", "the PECS sequence strip"
			}
			v, ok := r.glossary[strings.Join(parts, " ")]
			if n == 1 {
				if nv := namingVerb(toks, i); nv != "" {
					v, ok = nv, true
				}
			}
			if ok {
				i += n
				matched = true
				if before, after, ok := strings.Cut(v, "*"); ok {
					// The object goes where the "*" is: up to the next
					// preposition or the end.
					j := i
					for j < len(toks) && toks[j] != "." && toks[j] != ";" && toks[j] != "!" && toks[j] != "?" && (j == i || !adverbBoundary[lower(toks[j])] && !leadAdverbs[lower(toks[j])] ||
						lower(toks[j]) == "to" && j+1 < len(toks) && isNumber(toks[j+1])) {
						j++
					}
					v = strings.TrimSpace(before)
					if obj := toks[i:j]; len(obj) > 0 {
						v += " " + join(r.applyGlossary(obj))
					}
					v += " " + strings.TrimSpace(after)
					i = j
				}
				if v = strings.TrimSpace(v); v != "" {
					out = append(out, v)
				} else if len(out) > 0 && out[len(out)-1] == "," && i < len(toks) && toks[i] == "," {
					// ", using a palmar grasp, on big paper": the commas
					// around it go too.
					out = out[:len(out)-1]
					i++
				}
				break
			}
		}
		if !matched {
			out = append(out, toks[i])
			i++
		}
	}
	return out
}

// clause rewrites one staff sentence into the words after "I will".
func (r *Rewriter) clause(toks []string, ctx *clauseContext) string {
	ctx.adult, ctx.withHelp, ctx.childSubject = false, false, false
	rest, adult := r.stripLeadIn(toks, ctx)
	if len(rest) == 0 {
		return ""
	}
	// "Paris will say that Paris is …": the child was named as the
	// subject, in the words the lead-in took off. The lead-in may have
	// moved a frame to the end ("When Jack is angry, he will …"), so
	// what went is counted, not read off the front.
	count := func(ts []string) int {
		n := 0
		for _, t := range ts {
			if ctx.isName(t) {
				n++
			}
		}
		return n
	}
	ctx.namedSubject = count(toks) > count(rest)
	ctx.subjectNoun = ""
	if len(rest) < len(toks) {
		for _, t := range toks[:len(toks)-len(rest)] {
			if childNouns[lower(t)] {
				ctx.subjectNoun = lower(t)
			}
		}
	}
	if adult == nil {
		ctx.childIsSubject()
	}
	rest = r.mapPerson(rest, ctx)
	if !slices.ContainsFunc(rest, func(t string) bool { return isWord(t) && !personWords[t] }) {
		return ""
	}
	if adult != nil {
		// The sentence is about what an adult does; keep it, but as the
		// child's experience of it.
		if lower(rest[0]) == "to" {
			rest[0] = "will"
		} else if r.isThirdPerson(rest[0]) {
			rest = append([]string{"will", thirdToBase(lower(rest[0]))}, rest[1:]...)
		}
		who := append([]string{}, adult...)
		for k, w := range who {
			if adultNouns[lower(w)] && !isAcronym(w) {
				who[k] = lower(w)
			}
		}
		if len(who) == 1 {
			switch w := lower(who[0]); {
			case w == "adult":
				who = []string{"an", who[0]}
			case adultNouns[w]:
				who = []string{"the", who[0]}
			}
		} else if w := lower(who[0]); w == "the" || w == "a" || w == "an" {
			who[0] = w
		}
		body := append([]string{"work", "with"}, who...)
		body = append(body, ",", "who")
		rest = append(body, rest...)
	} else {
		rest = moveLeadingAdverb(rest)
		r.baseFirstVerb(rest)
	}
	if ctx.withHelp && !slices.ContainsFunc(rest, func(t string) bool { return strings.HasPrefix(lower(t), "help") }) {
		rest = append(rest, "with", "help")
	}
	rest = dropJoinedTo(rest)
	rest = r.whenDoing(rest)
	rest = splitInfinitive(rest)
	r.agreeWithI(rest)
	rest = specialPhrases(rest)
	rest = r.applyGlossary(rest)
	// "my writing will be neat" (from "Sam's writing will be legible"),
	// "attendance will be above 90%": the child makes sure of it.
	if len(rest) > 2 && !r.verbs[lower(rest[0])] {
		for j := 1; j+1 < len(rest) && j < 6; j++ {
			if lower(rest[j]) == "will" && lower(rest[j+1]) == "be" && !(j+2 < len(rest) && lower(rest[j+2]) == "able") {
				// "Marcus will be able to …" for another child's name is
				// someone's ability, not a thing the child makes sure of.
				be := "is"
				if n := lower(rest[j-1]); strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") {
					be = "are"
				}
				subj := slices.Clone(rest[:j])
				subj[0] = lowerFirst(subj[0])
				rest = append(append(append([]string{"make", "sure"}, subj...), be), rest[j+2:]...)
				break
			}
		}
	}
	if len(rest) > 0 && (noVerbStart[lower(rest[0])] || isNumber(rest[0])) {
		rest[0] = lowerFirst(rest[0])
		rest = append([]string{"have"}, rest...)
	}
	rest = dropRepeatedSubject(rest)
	rest = dropRepeatedWill(rest)
	rest = r.showBy(rest)
	rest = r.manageDoing(rest)
	rest = withoutToPositive(rest)
	rest = r.participleTails(rest, ctx)
	rest = r.ownThings(rest)
	return lowerFirst(join(rest))
}

// belongings are the child's own things, which staff name bare ("hang
// up coat and bag") and a child names as theirs.
var belongings = wordSet(`coat bag kit clothes belongings shoes jumper lunchbox planner
	equipment folder binder glasses hearing aids mood feelings hands fingers face hair teeth nose
	book whiteboard timetable peg tray pencil name`)

// ownBodyParts are belongings that are parts of a body.
var ownBodyParts = wordSet(`hands fingers face hair teeth nose feet`)

// drawnParts take a body's parts that are no one's own: "draw hands and
// feet", "sweep up hair".
var drawnParts = wordSet(`draw draws paint paints colour colours label labels sweep sweeps up`)

// sharedHands are verbs whose bare "hands" are no one's own: "shake
// hands", "hold hands with a partner".
var sharedHands = wordSet(`shake hold join`)

// sharedThings are verbs whose bare "equipment" is the class's: "share
// equipment with a partner", "give out equipment".
var sharedThings = wordSet(`share shares sharing swap take-turns pass hand give collect return`)

// ownedBefore reports whether ws hold a possessive that a thing after
// them already has: "my first and last name".
func ownedBefore(ws []string) bool { return anyIn(ws, ownerWords) }

// ownerWords say a thing is already someone's.
var ownerWords = wordSet(`my his her their`)

// ownThings puts "my" before the child's own things where staff leave
// them bare after a verb: "organise PE kit and hang up coat and bag" →
// "organise my PE kit and hang up my coat and bag".
func (r *Rewriter) ownThings(toks []string) []string {
	out := make([]string, 0, len(toks)+2)
	for i, t := range toks {
		noun := i
		if i+1 < len(toks) && (isAcronym(t) || t == "reading" || t == "book" || t == "water" || t == "lunch" || t == "school" || t == "picture" || t == "visual") {
			noun = i + 1 // "PE kit", "reading folder", "picture timetable"
		}
		othersFeelings := lower(toks[noun]) == "feelings" && (noun+1 < len(toks) && (lower(toks[noun+1]) == "in" || lower(toks[noun+1]) == "of" || lower(toks[noun+1]) == "on") || i > 0 && lower(toks[i-1]) == "find")
		if part := lower(toks[noun]); ownBodyParts[part] && (i > 0 && drawnParts[lower(toks[i-1])] || (part == "hair" || part == "teeth") && noun+1 < len(toks) && (lower(toks[noun+1]) == "on" || lower(toks[noun+1]) == "from" || lower(toks[noun+1]) == "clippings")) {
			// "sweep up hair from the salon floor", "brush hair on the
			// training head", "draw hands and feet": not the child's own.
			othersFeelings = true
		}
		if i > 0 && belongings[lower(toks[noun])] && (noun == i || !belongings[lower(t)]) && !othersFeelings && !ownedBefore(toks[max(i-4, 0):i]) {
			// ("find feelings in pictures" are the pictures' people's.)
			prev := lower(toks[i-1])
			// "my phone planner": a verb's spelling after "my" is a noun.
			// "a water bottle and book bag": a thing's name, not "book".
			// "my own book bag" too.
			compound := nounVerbs[prev] && i >= 2 && (lower(toks[i-2]) == "and" || lower(toks[i-2]) == "own") || prev == "play" && i >= 2 && playKinds[lower(toks[i-2])]
			if (r.isAction(prev) && prev != "own" && prev != "work" && (i < 2 || !determiners[lower(toks[i-2])]) && !compound || prev == "up" || prev == "away" || prev == "on" || prev == "off") && !(sharedHands[prev] && lower(toks[noun]) == "hands") && !(sharedThings[prev] && lower(toks[noun]) == "equipment") {
				out = append(out, "my")
			}
		}
		if first, _, _ := strings.Cut(lower(t), " "); first == "own" && i > 0 && !determiners[lower(toks[i-1])] && lower(toks[i-1]) != "its" {
			out = append(out, "my") // "manage own medication", "in own words"
		}
		if peerPossessive(t) && i > 0 && !determiners[lower(toks[i-1])] {
			out = append(out, "my") // "get partner's attention"
		}
		if lower(t) == "hand" && i > 0 && (i+1 < len(toks) && lower(toks[i+1]) == "up" && r.isAction(lower(toks[i-1])) || i > 1 && lower(toks[i-1]) == "up" && (lower(toks[i-2]) == "put" || lower(toks[i-2]) == "puts")) {
			out = append(out, "my") // "put hand up", "put up hand"
		}
		if lower(t) == "key" && i > 0 && i+1 < len(toks) && keyPeople[lower(toks[i+1])] && !determiners[lower(toks[i-1])] {
			out = append(out, "my") // "check in with key adult"
		}
		if t == "'" && i > 0 && i+3 < len(toks) && toks[i+2] == "'" && namedSigns[lower(toks[i+3])] && r.isAction(lower(toks[i-1])) {
			out = append(out, "the") // "use 'more' sign" → "use the 'more' sign"
		}
		out = append(out, t)
	}
	return out
}

// playKinds name a kind of play, so that "the messy play tray" is a
// thing, not "play my tray".
var playKinds = wordSet(`messy role free water sand small world small-world outdoor sensory`)

// peerPossessive reports whether t is a partner's or friend's, which
// staff write bare ("gain partner's attention").
func peerPossessive(t string) bool {
	w, ok := strings.CutSuffix(lower(t), "'s")
	return ok && (w == "partner" || w == "friend" || w == "buddy")
}

// keyPeople follow "key": the child's key adult or person.
var keyPeople = wordSet(`adult person worker`)

// determiners stand before a noun in place of "my".
var determiners = wordSet(`a an the my his her their this that each every any some your our`)

// namedSigns follow a quoted word that names them: "the 'more' sign".
var namedSigns = wordSet(`sign signs word symbol card phrase`)

// showBy keeps the action of "show improved trunk stability by holding
// a plank" or "improve handwriting by writing on the line": what the
// child does is the holding or the writing; what it shows or improves is
// staff's.
func (r *Rewriter) showBy(toks []string) []string {
	// "take responsibility for my own behaviour by finishing a talk":
	// the talk is what the child does.
	if len(toks) < 4 || !outcomeVerbs[lower(toks[0])] && !(lower(toks[0]) == "take" && lower(toks[1]) == "responsibility") || lower(toks[1]) == "and" {
		// "understand and use position words by placing objects": the
		// using is the child's, and what is used the point.
		return toks
	}
	for i := 2; i+1 < len(toks) && i < 10; i++ {
		// A glossary phrase is one token: "coming up with".
		verb, more, _ := strings.Cut(toks[i+1], " ")
		if lower(toks[i]) != "by" || !strings.HasSuffix(lower(verb), "ing") {
			continue
		}
		b, ok := r.verbBase(verb)
		if !ok || slices.Contains(toks[i+2:], "by") {
			// "show yes by looking up and no by looking down": what is
			// shown is part of each.
			return toks
		}
		if more != "" {
			b += " " + more
		}
		out := append([]string{b}, toks[i+2:]...)
		r.baseJoined(out, true)
		// "show problem-solving skills in social arguments by …": where
		// it happens stays.
		for j := 2; j < i; j++ {
			if w := lower(toks[j]); w == "in" || w == "during" || w == "at" {
				out = append(out, toks[j:i]...)
				break
			}
		}
		return out
	}
	return toks
}

// manageDoing turns "manage washing and drying hands" into "wash and
// dry hands", "show waiting for my turn" into "wait for my turn", and
// "understand and follow instructions" into "follow instructions":
// managing, showing and understanding are how staff see it; the child
// does the doing.
func (r *Rewriter) manageDoing(toks []string) []string {
	if len(toks) > 3 && lower(toks[0]) == "understand" && lower(toks[1]) == "and" && r.isAction(lower(toks[2])) {
		// "understand and use describing words": the using shows it.
		return toks[2:]
	}
	if len(toks) > 4 && lower(toks[0]) == "understand" {
		// "understand instructions and follow them": the following
		// shows it, done to what was understood.
		for j := 2; j+2 < len(toks) && j <= 6; j++ {
			w := lower(toks[j])
			if w == "," || w == "." {
				break
			}
			if w == "and" && r.isAction(lower(toks[j+1])) && (lower(toks[j+2]) == "them" || lower(toks[j+2]) == "it") {
				out := append([]string{toks[j+1]}, toks[1:j]...)
				return append(out, toks[j+3:]...)
			}
		}
	}
	if len(toks) < 3 || lower(toks[0]) != "manage" && lower(toks[0]) != "show" || !strings.HasSuffix(lower(toks[1]), "ing") {
		return toks
	}
	b, ok := r.verbBase(toks[1])
	if !ok {
		return toks
	}
	out := append([]string{b}, toks[2:]...)
	r.baseJoined(out, true)
	return out
}

// outcomeVerbs name what an action shows or brings about, not the
// action.
var outcomeVerbs = wordSet(`show improve increase develop build understand`)

// dropRepeatedWill takes a second "will" off a joined verb: "check
// answers and will show working" → "check answers and show working".
func dropRepeatedWill(toks []string) []string {
	for i := 1; i+1 < len(toks); i++ {
		if lower(toks[i]) == "will" && lower(toks[i-1]) == "and" {
			return append(slices.Clone(toks[:i]), toks[i+1:]...)
		}
	}
	return toks
}

// withoutHands and withoutUpset are what a target says the child will do
// without, when it has an action of its own: "sit on the carpet without
// touching another child" is keeping hands to oneself, "accept 'no'
// without shouting or hitting" is doing it calmly.
var (
	withoutHands = wordSet(`touching hitting pushing kicking hurting grabbing snatching striking
		physically shoving poking prodding pinching scratching slapping punching biting
		nipping jostling`)
	withoutUpset = wordSet(`crying shouting screaming distress fuss tantrums upset`)
	handsTargets = wordSet(`another child other children anyone others peers people him her them
		other a me student students pupil pupils classmate classmates peer friend friends
		adult adults staff`)
	// handsPhrases are the glossary's own words for others, one token
	// each: "peers" is "other children".
	handsPhrases = map[string]bool{"other children": true, "another child": true}
)

// asksLeave reports whether the pronoun at toks[i] opens a request for
// leave after an asking ("ask Mrs Khan if she can go to the toilet"):
// the child's, whoever is named before it.
func asksLeave(toks []string, i int) bool {
	if i < 1 || i+1 >= len(toks) || !questionWords[lower(toks[i-1])] {
		return false
	}
	switch lower(toks[i+1]) {
	case "can", "could", "may":
		return true
	}
	return false
}

// childsState reports whether the pronoun at toks[i] opens a condition
// on how the child is ("tell Mrs Khan if she is worried", "tell Miss
// when she needs the toilet"): the child's, whoever is named before it.
func childsState(toks []string, i int) bool {
	if i < 1 || i+1 >= len(toks) {
		return false
	}
	if p := lower(toks[i-1]); p != "if" && p != "when" && p != "whenever" {
		return false
	}
	if othersFeeling(toks, i) {
		return false
	}
	switch n := lower(toks[i+1]); {
	case n == "needs" || n == "feels" || n == "wants" || lower(toks[i]) == "they" && (n == "need" || n == "feel" || n == "want"):
		return true
	case (n == "is" || n == "gets" || lower(toks[i]) == "they" && (n == "are" || n == "get")) && i+2 < len(toks):
		s := lower(toks[i+2])
		return whenFeelingRE.MatchString("when "+s) || whenBeingRE.MatchString("when "+s)
	}
	return false
}

// othersFeeling reports whether the he or she at toks[i], after "when" or
// "if", is a friend whose feelings the child thinks about: "say how her
// friend might feel when she is left out".
func othersFeeling(toks []string, i int) bool {
	if p := lower(toks[i-1]); p != "if" && p != "when" && p != "whenever" {
		return false
	}
	for j := i - 2; j >= 1 && j >= i-5; j-- {
		if f := lower(toks[j]); f != "feel" && f != "feels" && f != "felt" {
			continue
		}
		k := j - 1
		if modals[lower(toks[k])] && k > 0 {
			k--
		}
		return peerOnes[lower(toks[k])] || peerNouns[lower(toks[k])] // not "how he feels"
	}
	return false
}

// toldOwn reports whether the he or she at toks[i] opens what the child
// tells someone about themselves: "tell her mum where she is going",
// "text her mum when she arrives at school". Asking is not telling
// ("ask her mum where she is going" is Mum's).
func toldOwn(toks []string, i int) bool {
	if i < 3 || !questionWords[lower(toks[i-1])] && lower(toks[i-1]) != "when" && lower(toks[i-1]) != "where" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-4; j-- {
		switch lower(toks[j]) {
		case "tell", "tells", "text", "texts", "email", "emails", "message", "messages", "phone", "phones", "ring", "rings", "show", "shows":
			return true
		case "ask", "asks", ",", ".", ";":
			return false
		}
	}
	return false
}

// personBefore returns "she" or "he" for a woman or a man named in the
// few words before toks[i] ("the dinner lady when", "his dad if"), or "".
func personBefore(toks []string, i int) string {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch w := lower(toks[j]); {
		case femaleNouns[w]:
			return "she"
		case maleNouns[w]:
			return "he"
		}
	}
	return ""
}

var (
	femaleNouns = wordSet(`lady ladies woman women girl girls mum mummy mom mother sister aunt auntie nan nanny grandma gran granny nana grandmother nain mamgu stepmum mrs miss ms`)
	maleNouns   = wordSet(`man men boy boys dad daddy father brother uncle grandad grandpa granddad grandfather granda taid tadcu stepdad mr`)
)

// withoutToPositive turns "without touching another child" into "and
// keep my hands to myself" and "without crying" into "calmly", after an
// action that stands without them.
func withoutToPositive(toks []string) []string {
	for i := 2; i+1 < len(toks); i++ {
		if lower(toks[i]) != "without" {
			continue
		}
		hands, upset := false, false
		end := i + 1
	behaviour:
		for ; end < len(toks); end++ {
			switch w := lower(toks[end]); {
			case withoutHands[w]:
				hands = true
			case withoutUpset[w]:
				upset = true
			case w != "or" && w != "prolonged" && w != "any" && w != "getting" && w != "becoming":
				break behaviour // "without getting upset" is without upset
			}
		}
		if anyIn(toks[max(i-10, 0):i], letOwn) {
			// "allow his dad to leave at the door without crying": a
			// "calmly" would be the dad's.
			continue
		}
		if !hands && !upset || end < len(toks) && strings.HasSuffix(lower(toks[end]), "ing") || lower(toks[end-1]) == "or" || upset && end < len(toks) && (lower(toks[end]) == "out" || lower(toks[end]) == "at" || lower(toks[end]) == "to" || lower(toks[end]) == "towards" || lower(toks[end]) == "back") {
			// "without pushing or cutting in": a behaviour not on the
			// lists goes with it, so the sentence stays as staff wrote it;
			// "without shouting out" is calling out in class, not upset.
			continue
		}
		put := []string{"calmly"} // "without shouting or hitting" too
		if !upset {
			put = []string{"and", "keep", "my", "hands", "to", "myself"}
			for end < len(toks) && (handsTargets[lower(toks[end])] || handsPhrases[lower(toks[end])]) {
				end++ // "another child", "other children"
			}
			if end < len(toks) && lower(toks[end]) == "out" {
				end++ // "without hitting out" is hitting
			}
			if end < len(toks) && (determiners[lower(toks[end])] || lower(toks[end]) == "it" || lower(toks[end]) == "away" || lower(toks[end]) == "in" || lower(toks[end]) == "from" || lower(toks[end]) == "off") {
				// "without grabbing the dice", "without pushing it away",
				// "without snatching them from others": hands on a thing;
				// "without pushing in" is jumping the queue.
				continue
			}
		}
		start := i
		if toks[start-1] == "," {
			start--
		}
		if upset && lower(toks[start-1]) == "calmly" {
			put = nil // "go to the car calmly, without distress" says it once
		}
		return append(append(slices.Clone(toks[:start]), put...), toks[end:]...)
	}
	return toks
}

// firstWord is the first word of a token, which a glossary phrase may
// make of several: "with help from".
func firstWord(t string) string {
	w, _, _ := strings.Cut(t, " ")
	return w
}

// exampleListBefore reports whether ws, just before a comma, open a list
// of examples: "such as running, jumping and throwing" is a list, not a
// second action.
func exampleListBefore(ws []string) bool { return anyIn(ws, exampleOpeners) }

// exampleOpeners open a list of examples.
var exampleOpeners = wordSet(`like such including e.g`)

// staffTails open a detail staff add after a comma that the child's
// sentence does without: ", including booking via phone", ", checked at
// the door", ", citing evidence".
var staffTails = wordSet(`including checked citing achieving explaining noticing informing
	involving ensuring observed supervised monitored aiming filmed earning timed`)

// bareThingRE is a place or thing with no "the" after a preposition:
// "stay on carpet", "move to next activity".
var bareThingRE = mustRx(`\b(on|at|to|from|under|near|by|in)\s+(carpet|table|door|gate|playground|board|next|toilet)\b(\s+(?:time|times|level|top|door|side|space|spot|game|games|tables|step|steps|session|sessions))?`)

// rightAmountRE is understanding how much of something to use.
var rightAmountRE = mustRx(`^understand the right amount of ([a-z]+(?: [a-z]+)?) to use\b`)

// sameAdultRE is "the adult" and then a condition about "an adult",
// which is the same one: its groups are up to the condition and the
// condition's verb.
var sameAdultRE = mustRx(`(\bthe adult\b[^,.;]*?\s)when an adult ((?:say|call|show|give|point|use|ask|tell)s)\b`)

// bareSiteRE is a school's grounds with no "the": "leave college site".
var bareSiteRE = mustRx(`\b(leave|on|off|to|around|across|from)\s+(college|school)\s+site\b`)

// bareAdultRE is "adult" with no "an": "tell adult when …".
var bareAdultRE = mustRx(`\b(tell|ask|find|get|fetch|show|call|to)\s+adult\b`)

// bareTimetableRE is the child's timetable with no "my": "use picture
// timetable".
var bareTimetableRE = mustRx(`\b(use|check|follow|look at)\s+(picture timetable|visual timetable|timetable|now and next board)\b`)

// initialsOfChild reports whether sen opens with capitals that may be
// the child's initials ("JB to practise at home" for James): not a note
// for staff.
func (c *clauseContext) initialsOfChild(sen string) bool {
	if len(sen) < 2 || !unicode.IsUpper(rune(sen[0])) || !unicode.IsUpper(rune(sen[1])) {
		return false
	}
	if first, _, _ := strings.Cut(sen, " "); staffRoles[strings.ToLower(first)] {
		return false // "TA to record in book", for Tom too
	}
	for n := range c.names {
		if n != "" && strings.EqualFold(n[:1], sen[:1]) {
			return true
		}
	}
	return false
}

// staffRoles are the short names of staff who write notes after a
// target.
var staffRoles = wordSet(`ta tas lsa hlta sna ot ct slt tod salt senco sendco alnco`)

// childInitials puts "Pupil" for initials at the start of s that are
// the child's ("A.B. to …", "J.B. will …", "F will …"), wherever they
// stand in s: initials whose first letter is not a given name's ("T.K.
// will model the sentence for Sam") are someone else's and stay.
func childInitials(s string, names []string) string {
	m := initialsRE.FindString(s)
	if m == "" {
		return s
	}
	ini := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(m), strings.Fields(m)[len(strings.Fields(m))-1]))
	if len(names) > 0 && !slices.ContainsFunc(names, func(n string) bool { return n != "" && strings.EqualFold(n[:1], ini[:1]) }) {
		return s
	}
	if !strings.Contains(ini, ".") {
		return "Pupil" + s[len(ini):] // "F will …": only that F, not Friday's
	}
	return strings.ReplaceAll(s, ini, "Pupil")
}

// hyphenAfter is where f starts in s with a hyphen after it ("Isla-"),
// or -1.
func hyphenAfter(s, f string) int {
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], f)
		if j < 0 {
			return -1
		}
		if k := i + j + len(f); k < len(s) && s[k] == '-' {
			return i + j
		}
		i += j + 1
	}
	return -1
}

// vagueParticiples are gains staff see over a term, not what the child
// does: "have gained", "have developed".
var vagueParticiples = wordSet(`gained got developed achieved improved increased made become felt been shown`)

// safetyWear is what a child wears or uses to stay safe: "including
// wearing goggles when heating substances".
var safetyWear = wordSet(`goggles gloves helmet ppe apron harness armbands`)

// medicalWords name a condition whose safety steps a target lists.
var medicalWords = wordSet(`diabetes diabetic hypo hypos insulin epilepsy seizure seizures asthma
	inhaler allergy allergies anaphylaxis epipen epi-pen medication medicine`)

// listStops open a part after a comma that is no item of a list.
var listStops = wordSet(`so with to when by in for which that while before after until as during at on`)

// participleTails turns a detail tacked on after a comma into the
// child's own words: ", taking turns and following the rules" becomes
// "and take turns and follow the rules"; a detail only staff need goes.
// The verbs it joins are kept in ctx.tacked.
func (r *Rewriter) participleTails(toks []string, ctx *clauseContext) []string {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i] != "," {
			continue
		}
		w := lower(toks[i+1])
		if w == "including" && i+2 < len(toks) && strings.HasSuffix(lower(toks[i+2]), "ing") && slices.ContainsFunc(toks, func(t string) bool { return medicalWords[lower(t)] || safetyWear[lower(t)] }) {
			// "manage his diabetes, including telling an adult when he
			// feels hypo": what keeps the child safe is the child's own
			// action, and stays.
			toks = slices.Delete(toks, i+1, i+2)
			w = lower(toks[i+1])
		}
		end := len(toks)
		for j := i + 2; j < len(toks); j++ {
			if toks[j] == "," || toks[j] == "." || toks[j] == ";" {
				end = j
				break
			}
		}
		if w == "including" {
			// ", including the digraphs sh, ch and th": the list goes,
			// commas and all, up to a part that is more than an item.
			for end < len(toks) && toks[end] == "," {
				next := end + 1
				for next < len(toks) && toks[next] != "," && toks[next] != "." && toks[next] != ";" {
					next++
				}
				n := 0 // words, not tokens: "'the' and 'was'" is three
				for _, t := range toks[end+1 : next] {
					if isWord(t) {
						n++
					}
				}
				if n > 3 || end+1 < len(toks) && listStops[lower(toks[end+1])] {
					break
				}
				end = next
			}
		}
		if staffTails[w] {
			if w == "including" {
				// ", including a cube, a cone and a prism": the whole
				// list, up to a part after a comma that is no item of it
				// (", so that he can …", ", with support from …").
				for end < len(toks) && toks[end] != "." && toks[end] != ";" && !(toks[end] == "," && end+1 < len(toks) && listStops[firstWord(lower(toks[end+1]))]) {
					end++
				}
			}
			toks = append(toks[:i:i], toks[end:]...)
			i--
			continue
		}
		if !strings.HasSuffix(w, "ing") || notParticiples[w] || w == "sitting" && hasPrefixWords(toks[i+2:], []string{"on", "the", "line"}) || exampleListBefore(toks[max(i-3, 0):i]) {
			// ", sitting on the line" is the letters', not the child's.
			continue
		}
		b, ok := r.verbBase(w)
		if stem := strings.TrimSuffix(w, "ing"); !ok && verbsAfterI[stem] {
			b, ok = stem, true // ", handing it over": after a comma, the child's action
		}
		if !ok {
			continue
		}
		if end == i+2 && (end == len(toks) || toks[end] == ".") {
			// A lone "arriving" at the end, its measure taken off,
			// says nothing.
			toks = append(toks[:i:i], toks[end:]...)
			i--
			continue
		}
		tail := append([]string{"and", b}, toks[i+2:end]...)
		r.baseJoined(tail[1:], true)
		if ctx.tacked == nil {
			ctx.tacked = map[string]bool{}
		}
		for k := 1; k < len(tail); k++ {
			// ", zipping coats and putting each on a hanger": each verb
			// of the detail.
			if p := tail[k-1]; (p == "and" || p == "or" || p == ",") && !nextSteps[lower(tail[k])] {
				ctx.tacked[lower(tail[k])] = true
			}
		}
		// A sentence made too long is shortened later, or refused.
		toks = append(append(slices.Clone(toks[:i]), tail...), toks[end:]...)
	}
	return toks
}

// nextSteps are verbs that, tacked on after a comma, say what the child
// does next rather than how they do the first thing: ", settling with
// her key person" after saying goodbye is half the target, and a
// sentence shortened without it is refused like one that lost an "and".
var nextSteps = wordSet(`settle return rejoin join go come`)

// adultStrategies open a staff instruction to an adult, in the
// imperative, when the child is named after them.
var adultStrategies = wordSet(`model use support encourage give show provide offer prompt praise remind
	prepare teach allow enable ensure check monitor introduce demonstrate repeat`)

// adultInstruction reports whether toks tell an adult what to do with
// the child: an imperative strategy with the child named after it
// ("Model simple phrases to Amira", "Support Musa's parents to …").
func adultInstruction(toks []string, ctx *clauseContext) bool {
	if len(toks) < 3 || !isCapitalised(toks[0]) || !adultStrategies[lower(toks[0])] {
		return false
	}
	if len(toks) > 3 && supportVerbs[lower(toks[0])] && ctx.isName(toks[1]) && lower(toks[2]) == "to" {
		return false // "Support Amira to put on her coat": her own action; the help is the staff's
	}
	return slices.ContainsFunc(toks[1:], func(t string) bool { return ctx.isName(strings.TrimSuffix(t, "'s")) })
}

// staffWriter returns the first word outside quotes by which the staff
// writer speaks of themselves ("read to me", "tell us about his
// weekend", "I will check in with Leo"), when the child is named in the
// third person, or "". Such a word cannot become the child's.
func staffWriter(toks []string, quoted []bool, ctx *clauseContext) string {
	third, first, us := false, "", false
	for i, t := range toks {
		if quoted[i] {
			continue
		}
		switch w := lower(t); {
		case ctx.isName(t) || w == "he" || w == "she" || w == "his" || w == "him" || w == "her":
			third = true
		case first != "":
		case (w == "me" || w == "us" || w == "our" || w == "we") && !(i > 0 && lower(toks[i-1]) == "about") && (ctx.anyCase || !isAcronym(t)) && !(w == "our" && i+1 < len(toks) && ourShared[lower(toks[i+1])]):
			// "the All About Me pages" and "the 3 B4 ME strategy" are
			// the child's.
			first = w
			if w != "me" && first != "" {
				us = true
			}
		case w == "i" && i == 0:
			first = t
		}
	}
	if third || us {
		// "To play a game with us": with no child named, "us" is still
		// the writer's; "me" may be the child's own ("To ask an adult to
		// help me").
		return first
	}
	return ""
}

// clauseClash returns who else the he or she at toks[i] may be, or "":
// the subject of a clause that also has a him or her of its own ("when
// she picks her up": one of the two is someone else), or of a purpose
// after someone of the same sex ("give her mum her reading record so
// she can sign it": who signs?).
func clauseClash(toks []string, quoted []bool, i int, childSex string) string {
	w := lower(toks[i])
	if w != "he" && w != "she" || quoted[i] {
		return ""
	}
	if childSex != "" && childSex != w {
		// "let her brother choose the film so that he feels included":
		// the child is a she, so the he is the brother.
		return ""
	}
	prev := lower(toks[i-1])
	purpose := prev == "so" || prev == "that" && i >= 2 && lower(toks[i-2]) == "so"
	if personBefore(toks, i) == w && subjectClauses[prev] && i+1 < len(toks) {
		// "show her work to Mrs Khan when she has finished": Mrs Khan,
		// or the child whose work it is? "tell Dad when he gets home
		// from work": his work, not the child's coming home.
		end := min(i+7, len(toks))
		fromWork := slices.ContainsFunc(toks[i+1:end-1], func(t string) bool { return lower(t) == "from" }) && slices.ContainsFunc(toks[i+1:end], func(t string) bool { return lower(t) == "work" })
		if fromWork || ownSexBefore(toks, i, w) && !adultActs[lower(toks[i+1])] && !childsState(toks, i) {
			return sameSexBefore(toks, i, w)
		}
	}
	if !clashClauses[prev] && !purpose || personBefore(toks, i) == w && !telling(toks, i-1) {
		// "thank Mr Smith when he helps him": the man just named helps.
		// (After "tell her mum when she …" the she is read as the
		// child's, so a her of its own still clashes: "when she picks
		// her up".)
		return ""
	}
	object := objectOf(possessiveOf(w))
	for j := i + 1; j < len(toks) && !clauseBreaks[lower(toks[j])]; j++ {
		t := lower(strings.TrimRight(toks[j], ",.;"))
		if t == object && !quoted[j] && (object == "him" || j+1 == len(toks) || toks[j] != t || !isWord(toks[j+1]) && toks[j+1] != "'" && toks[j+1] != "\"" || herObjectNext[lower(toks[j+1])]) {
			return sameSexBefore(toks, i, w)
		}
		if toks[j] != t {
			break // a comma or full stop ends the clause
		}
	}
	if purpose {
		if p := sameSexBefore(toks, i, w); p != "someone else" {
			return p
		}
		acts := actsOnThing(toks, i, w)
		for j := i - 2; j >= 0 && acts; j-- {
			if t := lower(toks[j]); purposeHelpers[t] && !quoted[j] && !slices.ContainsFunc(toks[i+1:], func(u string) bool { return strings.HasPrefix(lower(u), t) }) {
				// "show her TA her blood sugar so she can check it",
				// "give her phone to her teacher so she can lock it
				// away": the helper's doing, or the child's? (Not when
				// the helper is named again: "so she can see the
				// adult's face".)
				return "the " + strings.Trim(toks[j], ",.;")
			}
		}
	}
	return ""
}

// actsOnThing reports whether the clause of the he or she (w) at toks[i]
// does something to a thing or a person: "so she can check it", "so she
// can check her splints". "So she can see the board" is the child's
// whoever else is named.
func actsOnThing(toks []string, i int, w string) bool {
	for j := i + 1; j < len(toks) && !clauseBreaks[lower(toks[j])]; j++ {
		if t := lower(strings.Trim(toks[j], ",.;")); t == "it" || t == "them" || pronounSex(t) == w && t != w {
			return true
		}
		if strings.ContainsAny(toks[j], ",.;") {
			break
		}
	}
	return false
}

// purposeHelpers are one adult whose sex the words do not give, to whom
// a child gives, shows or tells something for them to act on.
var purposeHelpers = wordSet(`ta lsa teacher nurse adult keyworker mentor tutor sna supervisor coach therapist physio senco office reception`)

// sameSexLeft returns the person of the child's sex (gender, "m" or
// "f") whose his or her the rewriter kept, in the staff words toks, where
// it may as well be the child's, or "": someone the child lets do a
// thing to a his or her ("let her mum brush her hair", "let his dad
// check his bag"), the first of "her her" ("wait for her mum to give her
// her medicine": the child is given it), or a his or her before family
// ("help her mum to put her little brother to bed").
func sameSexLeft(toks []string, quoted []bool, gender, b string) string {
	own, nouns := "his", maleNouns
	if gender == "f" {
		own, nouns = "her", femaleNouns
	}
	if !slices.Contains(strings.Fields(b), own) {
		return ""
	}
	for k := 1; k+2 < len(toks); k++ {
		w := lower(toks[k])
		if !nouns[w] || quoted[k] {
			continue
		}
		if lower(toks[k-1]) == "let" || k >= 2 && lower(toks[k-2]) == "let" {
			if lower(toks[k+2]) == own {
				return "the " + w // "let her mum brush her hair"
			}
		}
		for j := k + 1; j+1 < len(toks) && j <= k+5; j++ {
			if gender == "f" && lower(toks[j]) == "her" && lower(toks[j+1]) == "her" {
				return "the " + w // "for her mum to give her her medicine"
			}
			if lower(toks[j]) == own && (familyNouns[lower(toks[j+1])] || j+2 < len(toks) && familyNouns[lower(toks[j+2])]) {
				return "the " + w // "help her mum to put her little brother to bed"
			}
		}
	}
	return ""
}

// familyNouns are the child's family, who are someone else's family too:
// "her little brother" after "her mum" may be either's.
var familyNouns = wordSet(`brother brothers sister sisters baby mum dad nan nana grandad grandma gran grandfather grandmother taid nain cousin cousins twin auntie uncle`)

// askedLeaveClash returns the one the child asks, when the he or she at
// toks[i] after "ask Miss Walsh if" has a him, her or his of the same
// sex after it: "ask Miss Walsh if she can help her with her coat", "ask
// the dinner lady if she can open her yoghurt". Asking leave is the
// child's ("ask Jack if he can play"), but here who helps whom, and
// whose yoghurt, no rule can tell.
func askedLeaveClash(toks []string, quoted []bool, i int, childSex string) string {
	w := lower(toks[i])
	if w != "he" && w != "she" || quoted[i] || childSex != "" && childSex != w || !asksLeave(toks, i) {
		return ""
	}
	p := sameSexBefore(toks, i, w)
	if p == "someone else" {
		return ""
	}
	for j := i + 1; j < len(toks) && !clauseBreaks[lower(toks[j])]; j++ {
		if t := lower(strings.Trim(toks[j], ",.;")); pronounSex(t) == w && t != w && !quoted[j] {
			return p
		}
	}
	return ""
}

// strangerClash returns "the stranger" when toks[i] is someone the child
// does not know who does something to the child and the clause has a
// him or her after that of the same sex: "if a stranger asks him to get
// in his car", "if a man online sends him his picture", "if someone
// asks her to send her a photo", "if a stranger asks them to get in
// their car". Whose car, whose picture? "If anyone asks him about his
// day" is the child's day, and a known adult who "asks him to put on his
// coat" means the child's own coat: those are left to the rewriter.
func strangerClash(toks []string, quoted []bool, i int) string {
	w := lower(toks[i])
	if !strangerNouns[w] || quoted[i] || lower(toks[i-1]) == "young" || !slices.ContainsFunc(toks[max(i-3, 0):i], func(t string) bool { return conditionWords[lower(t)] || lower(t) == "until" }) {
		// "Young person will …" is the child; "ask someone to help her
		// with her coat" is someone the child asks.
		return ""
	}
	object := -1
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if t := lower(toks[j]); t == "him" || t == "her" || t == "them" {
			object = j
			break
		}
	}
	if object < 0 {
		return ""
	}
	sex := pronounSex(lower(toks[object]))
	for j := object + 1; j < len(toks) && !clauseBreaks[lower(toks[j])]; j++ {
		if t := lower(strings.Trim(toks[j], ",.;")); (pronounSex(t) == sex && sex != "" || sex == "" && (t == "their" || t == "them" || t == "they")) && !quoted[j] && lower(toks[j-1]) != "about" {
			if strings.HasSuffix(w, "one") || strings.HasSuffix(w, "body") {
				return w
			}
			return "the " + w
		}
	}
	return ""
}

// strangerNouns are people a safety target warns the child about.
var strangerNouns = wordSet(`stranger strangers man men woman women boy boys girl girls person people someone somebody anyone anybody`)

// ownSexBefore reports whether a his or her of the same sex as the he
// or she at toks[i] (w) comes before the person just named: "show her
// work to Mrs Khan when she …" has the child as a she too.
func ownSexBefore(toks []string, i int, w string) bool {
	own := "his"
	if w == "she" {
		own = "her"
	}
	return slices.ContainsFunc(toks[:max(i-3, 0)], func(t string) bool { return lower(t) == own })
}

// pronounSex is "he" or "she" for a gendered pronoun ("him", "hers",
// "she's"), or "".
func pronounSex(w string) string {
	switch w {
	case "he", "him", "his", "himself", "he's":
		return "he"
	case "she", "her", "hers", "herself", "she's":
		return "she"
	}
	return ""
}

// clashClauses open a clause whose subject clauseClash weighs: not
// "if", where the child asks ("ask his friend if he can play with
// him").
var clashClauses = wordSet(`when whenever until after once because where while`)

// clauseBreaks end a clause.
var clauseBreaks = wordSet(`and but then or so because when if until while`)

// herObjectNext follow "her" as a person, not "her" as whose: "picks
// her up", "praise her for", "tell her how", "give her a snack", "give
// her her medicine".
var herObjectNext = wordSet(`up down out off back in on to for with about how what when if that and or by at a an the some her his my their`)

// doneToSameSex returns the one named by name before a clause whose he
// does something to "him", or she to "her" ("say sorry to Jack if he
// hurts him", "to Ella if she upsets her"): one of the two is the child
// and the other the one named, and no rule can tell which; else "".
func doneToSameSex(toks []string, quoted []bool, i int, ctx *clauseContext) string {
	w := lower(toks[i])
	if w != "he" && w != "she" || quoted[i] || !subjectClauses[lower(toks[i-1])] {
		return ""
	}
	obj := "him"
	if w == "she" {
		obj = "her"
	}
	found := false
	for j := i + 1; j < len(toks) && toks[j] != "," && !clauseBreaks[lower(toks[j])]; j++ {
		if lower(toks[j]) == obj && !quoted[j] && (obj == "him" || j+1 == len(toks) || strings.Contains(".,;!?", toks[j+1]) || notNounAfterHer[lower(toks[j+1])]) {
			found = true
			break
		}
	}
	if !found {
		return ""
	}
	for j := i - 2; j >= 1; j-- {
		if namedOther(toks, j, ctx) && !askWords[lower(toks[j-1])] {
			// Not a mum or a teacher, whose doings the rewriter knows
			// ("wave to his dad when he drops him off"), nor one asked
			// ("ask Jack if he wants to play with him").
			return toks[j]
		}
	}
	return ""
}

// sameSexBefore names the nearest person of the same sex as the he or
// she (w) before toks[i], or "someone else".
func sameSexBefore(toks []string, i int, w string) string {
	nouns := femaleNouns
	if w == "he" {
		nouns = maleNouns
	}
	for j := i - 1; j >= 0; j-- {
		if t := lower(toks[j]); nouns[t] {
			if adultTitles[t] && j+1 < len(toks) {
				return toks[j] + " " + toks[j+1]
			}
			return "the " + t
		}
	}
	return "someone else"
}

// genderClash returns the name of someone else who stands before the
// first "he" or "she" of a target that speaks of both a he and a she,
// or "": in "Leo will tell Zara when she is hurting him" the first
// "she" is Zara, not the child, and no rule can tell.
func (r *Rewriter) genderClash(toks []string, quoted []bool, ctx *clauseContext) string {
	he, she, first := false, false, -1
	childSex := "" // the first gendered pronoun's, taken as the child's
	if ctx.known != "" {
		// A he or she that cannot be the child's is no clash: it is
		// passed over as a word said is.
		quoted = slices.Clone(quoted)
		for i, t := range toks {
			if p := pronounSex(lower(t)); p != "" && p != ctx.known {
				quoted[i] = true
			}
		}
	}
	for i, t := range toks {
		if quoted[i] {
			continue
		}
		switch pronounSex(lower(t)) {
		case "he":
			he = true
		case "she":
			she = true
		default:
			continue
		}
		if first < 0 {
			first, childSex = i, pronounSex(lower(t))
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		if p := clauseClash(toks, quoted, i, childSex); p != "" {
			return p
		}
		if p := strangerClash(toks, quoted, i); p != "" {
			return p
		}
		if p := doneToSameSex(toks, quoted, i, ctx); p != "" {
			return p
		}
		if p := askedLeaveClash(toks, quoted, i, childSex); p != "" {
			return p
		}
		if w := lower(toks[i]); (w == "he" || w == "she") && !quoted[i] && subjectClauses[lower(toks[i-1])] && !telling(toks, i-1) && !helpedPerson(toks, i) && personBefore(toks, i) == "" {
			// "give Jack his coat when he asks for it": Jack asks, or
			// the child?
			for j := i - 2; j >= 1 && j >= i-6; j-- {
				if namedOther(toks, j, ctx) && (personVerbs[lower(toks[j-1])] || lower(toks[j-1]) == "for" || lower(toks[j-1]) == "to") {
					return toks[j] // not "use Clicker when he writes"
				}
				if j >= 2 && (peerOnes[lower(toks[j])] || familyNouns[lower(toks[j])]) && possessives[lower(toks[j-1])] && personVerbs[lower(toks[j-2])] && lower(toks[j-2]) != "help" && lower(toks[j-2]) != "with" {
					// "let his cousin choose the game when he visits":
					// the cousin visits, or the child?
					return "the " + lower(toks[j])
				}
			}
		}
		if w := lower(toks[i]); (w == "he" || w == "she" || w == "they" && !he && !she) && !quoted[i] && othersClause(toks, i) && (w == "they" || childsState(toks, i) && !duringClauses[lower(toks[i-1])]) && !helpedPerson(toks, i) {
			// "look after her friend when she is sad": the friend's
			// sadness or the child's? "thank their friend when they
			// help them", for a child who is "they": who helps whom?
			for j := i - 2; j >= 0; j-- {
				if peerOnes[lower(toks[j])] {
					return "the " + lower(toks[j])
				}
			}
			return "someone else"
		}
		if w := lower(toks[i]); (w == "he" || w == "she" || w == "they" && !he && !she) && !quoted[i] && (subjectClauses[lower(toks[i-1])] || whWords[lower(toks[i-1])] || lower(toks[i-1]) == "why") && personBefore(toks, i) != w {
			if p := r.thirdPartyBefore(toks, i, ctx); p != "" {
				// "how a character feels and why she feels that way",
				// "how Goldilocks felt when she saw the bears": theirs,
				// or the child's?
				return p
			}
		}
		// "ask Mrs Lee and she will help her": a second subject, an
		// adult's doing.
		if w := lower(toks[i]); (w == "he" || w == "she") && lower(toks[i+1]) == "will" && !quoted[i] && personBefore(toks, i) == w {
			for j := i - 1; j >= 0 && j >= i-3; j-- {
				if femaleNouns[lower(toks[j])] || maleNouns[lower(toks[j])] {
					return toks[j] + " " + toks[j+1]
				}
			}
		}
	}
	if first > 1 && (!he || !she) && lower(toks[first]) != "he" && lower(toks[first]) != "she" {
		// "give Jack his pencil back", "let Ella have her turn": the
		// first his or her stands just after someone else named after
		// a verb that takes a person, and may be theirs ("ask Tom how
		// he is feeling" is Tom's, as mapPerson knows).
		for j := max(first-5, 1); j < first; j++ {
			if t := toks[j]; isCapitalised(t) && !isAcronym(t) && !ctx.isName(t) && !quoted[j] && !adultTitles[lower(t)] && personVerbs[lower(toks[j-1])] && (j >= first-3 || whWords[lower(toks[j+1])]) && othersThing(toks, j-1, first) {
				return t
			}
		}
		return ""
	}
	if !he || !she {
		return ""
	}
	for j := 1; j < first; j++ {
		if w := lower(toks[j]); (adultNouns[w] || peerNouns[w] || groupNouns[w]) && !childNouns[w] {
			// "wait for the adult to finish his sentence before she
			// speaks": either may be the adult's.
			return "the " + w
		}
	}
	childFemale := childSex == "she"
	for j := 1; j < first; j++ {
		t := toks[j]
		if w := lower(t); childFemale && maleNouns[w] || !childFemale && femaleNouns[w] {
			// "tell Daddy about her day when he picks her up": Daddy is
			// the he, the child the she.
			continue
		}
		if isCapitalised(t) && !isAcronym(t) && !ctx.isName(t) && !adultTitles[lower(t)] && !adultTitles[lower(toks[j-1])] && !quoted[j] {
			return t
		}
	}
	return ""
}

// thirdParties are people a target is about who are neither the child
// nor someone the child tells: a story's character, someone in a
// picture.
var thirdParties = wordSet(`character characters boy girl man woman author narrator writer hero heroine animal baby`)

// thirdPartyBefore is a third party named in the few words before the
// clause whose he, she or they is at toks[i] ("the boy in the story
// feels and what he …", "Goldilocks felt when she …"), or "": not
// someone the child tells or asks, whose "if she is worried" is, by
// how staff write it, the child's.
func (r *Rewriter) thirdPartyBefore(toks []string, i int, ctx *clauseContext) string {
	for j := i - 2; j >= 1 && j >= i-8; j-- {
		t := toks[j]
		w := lower(t)
		// A capitalised word is someone when a verb of theirs follows:
		// "Goldilocks felt", not "English words" or "Year 9".
		next := lower(toks[j+1])
		named := isCapitalised(t) && t != "I" && !isAcronym(t) && !ctx.isName(t) && !adultTitles[w] && isWord(t) && (r.isThirdPerson(next) || auxAfterName[next] || strings.HasSuffix(next, "ed") || pastForms[next])
		if !thirdParties[w] && !named {
			continue
		}
		k := j
		if k > 0 && adultTitles[strings.TrimSuffix(lower(toks[k-1]), ".")] {
			k--
		}
		if k > 0 && tellVerbs[lower(toks[k-1])] || k > 1 && determiners[lower(toks[k-1])] && tellVerbs[lower(toks[k-2])] {
			return "" // "tell Mrs Khan if she is worried"
		}
		if named {
			return t
		}
		return "the " + w
	}
	return ""
}

// pastForms are irregular past tenses a named person may do: "how
// Goldilocks felt", "what Tom said".
var pastForms = wordSet(`felt said saw went did made took came got thought knew found gave told ran ate`)

// othersThing reports whether the his or her at toks[first], after a
// verb at toks[verb] and someone named, may well be that person's: the
// one helped ("help Jack find his coat"), a turn ("let Ella have her
// turn"), or a thing given back ("give Jack his pencil back"). "Show
// Ella his picture" is the child's.
func othersThing(toks []string, verb, first int) bool {
	if v := lower(toks[verb]); v == "help" || v == "helps" || v == "with" {
		return true
	}
	if first-verb >= 4 && whWords[lower(toks[verb+2])] && lower(toks[verb+3]) == "to" {
		return true // "show Mia where to hang her coat": Mia's, or the child's?
	}
	if first+1 < len(toks) && turnWords[lower(toks[first+1])] {
		return true
	}
	for k := first + 1; k < len(toks) && k <= first+4; k++ {
		if lower(toks[k]) == "back" {
			return true
		}
	}
	return false
}

// personVerbs take a person straight after them: "give Jack", "let
// Ella", "thank Ali".
var personVerbs = wordSet(`give gives let lets ask asks tell tells help helps thank thanks show shows invite invites remind reminds pass passes hand hands lend lends with`)

// ourShared follow an "our" that is the child's as much as the
// writer's: "follow our class rules", "sit on our carpet".
var ourShared = wordSet(`class classroom school group carpet rules team nursery room song table playground`)

// placeholders are what schools put in a cell that has no target yet.
var placeholders = map[string]bool{
	"n/a": true, "na": true, "tbc": true, "tba": true, "none": true, "nil": true,
	"see ehcp": true, "see ehc plan": true, "see plan": true, "see above": true,
	"as above": true, "-": true, "?": true, "x": true, "todo": true, "to do": true,
}

func (r *Rewriter) isGlossaryWord(w string) bool {
	_, ok := r.glossary[w]
	return ok
}

// childWords are the words that follow "I will" / "I can", as body
// makes them.
type childWords struct {
	// text is "" when nothing usable is left; leftOut is an action
	// shortening took off, as shorten says.
	text, leftOut string
	// secondAction is set when leftOut is an action staff joined on
	// with "and" or "then" ("and show my class teacher"), not a detail
	// of how the first is done that they tacked on with an -ing word
	// (", checking each list").
	secondAction bool
	// writer is the staff writer's own "me", "us" or "I" in a target
	// that names the child in the third person, or "".
	writer string
	// clash is another person named before a "he" or "she" in a target
	// that has both, so either may be the child ("tell Zara when she is
	// hurting him"), or "".
	clash string
	// ahead is an "it" that comes before what it stands for, as
	// clauseContext's ahead says, or "".
	ahead string
	// mixed is clauseContext's mixed.
	// theyMixed: for a child who is "they", another they, them or
	// their may be someone else's.
	theyMixed bool
	mixed     bool
	// instruction is set when the staff wording tells an adult what to
	// do with the child ("Model two-word phrases to Amira", "Use
	// objects of reference to prepare Freya").
	instruction bool
	// trimmed is text with every trim shorten made but "by myself", when
	// that was still too long to read, for squeeze; trimmedOut is what
	// those trims took off, as squeeze reports it.
	trimmed, trimmedOut string
	// whole is the child's words before shorten took anything off;
	// framed is set when a condition staff put first ("When upset, …")
	// was moved to its end, where it is no longer the first action's.
	whole  string
	framed bool
	// safetyNote is a sentence for staff after the target that says how
	// the child is kept safe ("Helmet to be worn at all times."), which
	// the child's sentence would lose, or "".
	safetyNote string
	// called is "he" or "she" when every he, she, his or her of the
	// target outside quotes is of that sex, "both" when there are both,
	// else ""; firstCalled is the first of them.
	called, firstCalled string
	// conflict is the he or she the target calls the child by when
	// the school gives other pronouns, as clauseContext's says, or "".
	conflict string
}

// vagueExampleRE is an outcome staff can judge only by the example they
// give: "demonstrates the communication skills to arrange supported
// living options, e.g. phoning a housing officer with a prepared
// script". Its groups are the example's -ing word and the rest of it.
var vagueExampleRE = mustRx(`(?i)\b(?:demonstrates|shows|has\s+developed|will\s+(?:demonstrate|show|develop))\s+[^.;]*?\b(?:skills?|awareness|understanding)\b[^.;]*?,\s+e\.g\.?,?\s+([a-z]+ing)\b([^.;]*)`)

// placeTimeRE is where or when an outcome is done.
var placeTimeRE = mustRx(`(?i)\b(?:in|at|during|when|while|before|after)\s`)

// exampleOutcome says a vague outcome by its example, which is what the
// child does: "YP will phone a housing officer with a prepared script."
func (r *Rewriter) exampleOutcome(s string) string {
	if !strings.Contains(s, "e.g") {
		return s
	}
	m := vagueExampleRE.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	b, ok := r.verbBase(s[m[2]:m[3]])
	if !ok || placeTimeRE.MatchString(s[m[0]:m[2]]) {
		// "safety awareness in the kitchen, e.g. using oven gloves":
		// the example alone would lose where.
		return s
	}
	return s[:m[0]] + "will " + b + s[m[3]:]
}

// body turns staff wording into the child's words.
func (r *Rewriter) body(text string, c Child) childWords {
	names := c.Names
	s := normalise(r.exampleOutcome(text))
	ctx := &clauseContext{
		names:   map[string]bool{},
		anyCase: !strings.ContainsFunc(s, unicode.IsUpper) || isShouting(strings.ToValidUTF8(text, " ")),
		known:   c.Pronouns,
	}
	s = childInitials(s, names)
	for _, n := range names {
		for _, f := range strings.Fields(n) {
			ctx.names[strings.ToLower(f)] = true
			if i := hyphenAfter(s, f); i >= 0 && (i == 0 || !unicode.IsLetter(rune(s[i-1]))) {
				// "Isla-Rose" for a child called Isla.
				full, _, _ := strings.Cut(s[i:], " ")
				ctx.names[strings.ToLower(strings.TrimSuffix(strings.TrimRight(full, ".,;:"), "'s"))] = true
			}
			if strings.HasSuffix(f, "s") && strings.Contains(s, f+"' ") {
				// "James' handwriting" is "James's".
				s = strings.ReplaceAll(s, f+"' ", f+"'s ")
			}
		}
	}
	if i := strings.Index(s, ": "); i > 0 && i < 120 && !strings.ContainsAny(s[:i], "'\"") && !strings.Contains(s[:i], ". ") {
		// "Provision map, Y4 handwriting group (3 x 20 mins weekly):
		// pupil will …", "One-page profile, What I'm working on: Jess
		// is …": whatever heading stands before a sentence about the
		// child goes; not a sentence of the target before an "Outcome:".
		rest := s[i+2:]
		if r.leadsWithChild(rest, ctx) || headingRestRE.MatchString(rest) {
			s = rest
		}
	}
	if strings.Contains(s, ":") {
		if m := headingVerbRE.FindStringSubmatchIndex(s); m != nil && r.isAction(lower(s[m[2]:m[3]])) {
			// "Speech: use 3-word sentences": a heading before the action.
			s = s[m[2]:]
		}
	}
	if strings.ContainsAny(s, "–—") {
		if i := dashHeadingRE.FindStringIndex(s); i != nil {
			// "Area of need: C&L – Sam will …" once the label has gone.
			if r.leadsWithChild(s[i[1]:], ctx) {
				s = s[i[1]:]
			}
		}
	}

	if i := strings.Index(s, " - "); i > 0 {
		// "Reduce absconding from lessons - Kai to use his time-out
		// card": a heading before the target itself, which has the child
		// as its subject.
		if r.leadsWithChild(s[i+3:], ctx) {
			s = s[i+3:]
		}
	}
	s = dropNameLabel(s, ctx)
	// The first gendered pronoun is taken as the child's; the other
	// gender's pronouns are then someone else.
	// A "she" just after "the dinner lady" is hers, not the child's.
	others := false
	toks := tokenize(s)
	quoted := quotedSpans(toks)
	writer := staffWriter(toks, quoted, ctx)
	instruction := adultInstruction(toks, ctx)
	clash := r.genderClash(toks, quoted, ctx)
	called, firstCalled := "", "" // the sex of every he or she, or "both"; the first of them
	if ctx.gender == "" && (ctx.known == "he" || ctx.known == "she") && slices.ContainsFunc(toks, func(t string) bool { return pronounSex(lower(t)) != "" }) {
		// The school's he or she is the child's; the other is someone
		// else's. A target with no he or she keeps its "they" for the
		// child ("ask for help when they are stuck").
		ctx.gender = map[string]string{"he": "m", "she": "f"}[ctx.known]
	}
	for i, t := range toks {
		w := lower(t)
		switch {
		case ctx.gender != "" || ctx.known == "they":
		case quoted[i]:
			// `use "he" and "she"`, `tell an adult 'she took my
			// pencil'`: words said, not the child
		case (w == "she" || w == "he") && personBefore(toks, i) == w && !asksLeave(toks, i) && !givesLeave(toks, i) && !childsPurpose(toks, i) && !childsState(toks, i) && !toldOwn(toks, i):
		case w == "he" || w == "him" || w == "his" || w == "himself" || w == "he's":
			ctx.gender = "m"
		case w == "she" || w == "her" || w == "hers" || w == "herself" || w == "she's":
			ctx.gender = "f"
		}
		if groupNouns[w] || adultNouns[w] || adultTitles[w] {
			others = true
		}
		if p := pronounSex(w); p != "" && !quoted[i] {
			if called == "" {
				called, firstCalled = p, w
			} else if p != called {
				called = "both"
			}
		}
	}
	// "Sam will ask for help when they are stuck": with no he or she, and
	// nobody else in the sentence, "they" can only be the child.
	ctx.theyIfChild = ctx.gender == "" && !others
	if placeholders[strings.ToLower(strings.Trim(s, " .!?"))] {
		return childWords{}
	}
	var parts []string
	framed := false
	safetyNote := bracketSafety(text)
	if safetyNote == "" {
		safetyNote = staffSafetyNote(text)
	}
	for k, sen := range splitSentences(s) {
		// "1. Sam will read … 2. Sam will write …": targets numbered in
		// one cell lose their numbers.
		if sen = strings.TrimSpace(bulletRE.ReplaceAllString(sen, "")); listNumberRE.MatchString(sen) {
			continue
		}
		if k > 0 && len(parts) > 0 && staffNoteSentenceRE.MatchString(sen) && !ctx.initialsOfChild(sen) {
			// "… to stay seated. JB to check weekly.", "Class teacher to
			// send home list.": who does what for staff, after the target.
			if safetyNoteRE.MatchString(strings.ToLower(sen)) {
				safetyNote = sen
			}
			continue
		}
		if k > 0 && len(parts) > 0 && successLabelRE.MatchString(sen) {
			// "Target: Lily will use her word mat … Outcome: Lily can
			// spell 10 CVC words.": how success is judged, after the
			// target itself.
			continue
		}
		if k > 0 && labelRE.MatchString(sen) {
			// "Long-term outcome: … Short-term target: Sam will …": the
			// target is what the child works on now.
			if shortTermRE.MatchString(sen) && outcomeLabelRE.MatchString(text) {
				parts = parts[:0]
			}
			sen = labelRE.ReplaceAllString(sen, "")
		}
		if alt := r.askFirst(sen); alt != "" {
			sen = alt
		}
		if alt := r.positiveClause(sen); alt != "" {
			sen = alt
		}
		if p := positiveFor(sen); p != "" {
			if !slices.Contains(parts, p) {
				parts = append(parts, p)
			}
			continue
		}
		toks := tokenize(sen)
		if len(toks) > 0 && (openers[lower(toks[0])] || keptFrames[lower(toks[0])]) {
			framed = true
		}
		p := r.clause(toks, ctx)
		if k > 0 && len(parts) > 0 && (p == "" || r.noteNotAction(p) || doThisRE.MatchString(p)) && safetyNoteRE.MatchString(strings.ToLower(sen)) {
			// "Helmet to be worn at all times.", "Staff to ensure he
			// holds the rail.", "He will do this safely.": gone from the
			// child's sentence, and how the child is kept safe.
			safetyNote = sen
		}
		if p != "" {
			if len(parts) > 0 && (r.noteNotAction(p) || doThisRE.MatchString(p)) {
				// "… put her shoes on. She finds this hard.", "…
				// Accidents happen daily.": a note for staff after the
				// target, not a second action.
				continue
			}
			parts = append(parts, p)
		}
	}
	b := tidy(strings.Join(parts, " and "))
	if strings.Contains(b, " of ") {
		b = ofAdultRE.ReplaceAllString(b, "$2 $3's $1")
	}
	if strings.Contains(b, "others about") {
		b = talkAboutNothingRE.ReplaceAllString(b, "talk$1")
	}
	if strings.HasSuffix(b, " given") || strings.HasSuffix(b, " required") || strings.HasSuffix(b, " needed") {
		b = helpGivenRE.ReplaceAllString(b, "$1")
	}
	if strings.Contains(b, " words") {
		b = vocabularyCountRE.ReplaceAllString(b, "$1 $2")
	}
	if strings.Contains(b, "when ") || strings.Contains(b, "if ") {
		// "use a way to calm down when upset": the child says how they feel.
		b = whenFeelingRE.ReplaceAllString(b, "$1 I feel $2")
		b = whenBeingRE.ReplaceAllString(b, "$1 I am $2")
	}
	if strings.Contains(b, " on my own") && strings.Contains(b, " by myself") {
		// "work on my own by myself" (from "independent work without
		// adult support") says it twice.
		b = strings.Replace(b, " on my own", "", 1)
	}
	if strings.Contains(b, "my own") && strings.Contains(b, " by myself") {
		// "brush my own hair and teeth by myself" says it twice; "by
		// myself" is the point.
		b = strings.Replace(b, "my own", "my", 1)
	}
	if strings.Count(b, ", ") >= 2 {
		b = listAnd(b)
	}
	if strings.HasPrefix(b, "find ") || strings.Contains(b, " find ") {
		// "identify which zone I am in" is working it out, not finding
		// a thing: "work out which zone I am in".
		b = findOutRE.ReplaceAllStringFunc(b, func(m string) string {
			return "work out " + strings.TrimPrefix(m, "find ")
		})
		if strings.Contains(b, "work out what ") {
			// "help them find what they are looking for", "find what I
			// need": a thing found after all; not "what I need to do".
			ms := thingSoughtRE.FindAllStringIndex(b, -1)
			for k := len(ms) - 1; k >= 0; k-- { // from the end, so the places before stay put
				if m := ms[k]; !strings.HasPrefix(b[m[1]:], " to ") {
					b = b[:m[0]] + "find" + b[m[0]+len("work out"):]
				}
			}
		}
	}
	if strings.Contains(b, "1:1 ") {
		// "my 1:1 literacy session": how staff arrange it; the child
		// knows it as their literacy session.
		b = oneToOneRE.ReplaceAllString(b, "$1 ")
	}
	if strings.Contains(b, " for ") {
		// "two ways for managing stress": a way to do something.
		b = waysForRE.ReplaceAllStringFunc(b, func(m string) string {
			sm := waysForRE.FindStringSubmatch(m)
			if base, ok := r.verbBase(sm[2]); ok {
				return sm[1] + " to " + base
			}
			return m
		})
	}
	if strings.Contains(b, "finish ") && oftenRE.MatchString(b) {
		// "finish my hand exercises 3 times a week": what is done again
		// and again is done, not finished.
		b = finishOftenRE.ReplaceAllString(b, "do $1")
	}
	if strings.Contains(b, "right ") {
		// "in right uniform", "bring right equipment" (from "correct"):
		// the right one.
		b = bareRightRE.ReplaceAllStringFunc(b, func(m string) string {
			if f := strings.Fields(m); len(f) > 2 {
				return m // "use right hand" is the hand
			}
			return strings.Fields(m)[0] + " the right "
		})
	}
	if strings.Contains(b, " like ") {
		// "ask for like 'juice', 'more'" (from "request eg"): what is
		// asked for is the example itself.
		b = verbLikeRE.ReplaceAllString(b, "$1 $2")
	}
	b = byMyselfWith(b)
	if rest, ok := strings.CutPrefix(b, "have been able to "); ok {
		b = rest // "Sam has been able to read 10 words"
	} else if rest, ok := strings.CutPrefix(b, "have been "); ok {
		// "Lily has been using her wobble cushion": what she does.
		verb, more, _ := strings.Cut(rest, " ")
		if base, ok := r.verbBase(verb); ok && strings.HasSuffix(verb, "ing") && more != "" {
			b = base + " " + more
		}
	}
	if rest, ok := strings.CutPrefix(b, "have "); ok {
		// "Lily has used her wobble cushion", "will have read 20
		// words": what the child has done is what they will do; a
		// gain ("have gained confidence") is still staff's outcome.
		verb, more, _ := strings.Cut(rest, " ")
		if base, ok := r.participleBase(verb); ok && !vagueParticiples[verb] && more != "" {
			b = base + " " + more
		}
	}
	if containsAny(b, "carpet", "table", "door", "gate", "hall", "playground", "board", "next", "timetable", "toilet") {
		// "stay on carpet", "use picture timetable": staff's shorthand
		// without its little words.
		b = bareThingRE.ReplaceAllStringFunc(b, func(m string) string {
			sm := bareThingRE.FindStringSubmatch(m)
			if sm[3] != "" {
				return m // "at carpet time", "at table level": a time or a height
			}
			return sm[1] + " the " + sm[2]
		})
		b = bareTimetableRE.ReplaceAllString(b, "$1 my $2")
	}
	if strings.HasPrefix(b, "understand the right amount of ") {
		// "demonstrate an understanding of the appropriate amount of
		// soap to use": the child shows it by using that much.
		b = rightAmountRE.ReplaceAllString(b, "use the right amount of $1")
	}
	if strings.Contains(b, "the adult ") && strings.Contains(b, "when an adult ") {
		// "look at the adult when an adult says my name", from "When an
		// adult says his name, Oscar will stop and look at the adult":
		// the same adult, once the condition goes last.
		b = sameAdultRE.ReplaceAllStringFunc(b, func(m string) string {
			sm := sameAdultRE.FindStringSubmatch(m)
			return sm[1] + "when they " + thirdToBase(sm[2])
		})
	}
	if strings.Contains(b, " site") {
		b = bareSiteRE.ReplaceAllString(b, "$1 the $2 site") // "leave college site"
	}
	if strings.Contains(b, " adult") {
		b = bareAdultRE.ReplaceAllString(b, "$1 an adult") // "tell adult"
	}
	if before, ok := strings.CutSuffix(b, " always"); ok && strings.Contains(before, " ") {
		// "ask for a break ALWAYS instead of running out", once the
		// "instead" has gone: "always ask for a break".
		b = "always " + before
	}
	if strings.Contains(b, "can not") {
		// "when I can not open my lunchbox", "ask an adult if I can
		// not": "can't" was spelt out to be read; the child writes it
		// short.
		b = strings.ReplaceAll(b, "can not ", "can't ")
		if rest, ok := strings.CutSuffix(b, " can not"); ok {
			b = rest + " can't"
		}
	}
	if strings.Contains(b, "myself by myself") {
		// "independently takes himself to the calm corner": once is
		// enough.
		b = strings.Replace(b, "myself by myself", "myself", 1)
	}
	cw := shorten(b)
	cw.whole, cw.framed, cw.writer, cw.clash, cw.ahead, cw.mixed, cw.instruction = b, framed, writer, clash, ctx.ahead, ctx.mixed, instruction
	cw.theyMixed = ctx.theyMixed
	cw.safetyNote = safetyNote
	cw.conflict = ctx.conflict
	cw.called, cw.firstCalled = called, firstCalled
	if cw.clash == "" && ctx.firstOther != "" {
		cw.clash = ctx.firstOther
	}
	if cw.clash == "" && ctx.gender != "" {
		cw.clash = sameSexLeft(toks, quoted, ctx.gender, b)
	}
	if cw.leftOut != "" {
		verb := strings.Fields(strings.TrimLeft(cw.leftOut, ", "))
		for len(verb) > 0 && (verb[0] == "and" || verb[0] == "then") {
			verb = verb[1:]
		}
		// "with my ruler to keep my place" is how the first is done,
		// "using …" as staff wrote it.
		cw.secondAction = len(verb) == 0 || !ctx.tacked[lower(verb[0])] && verb[0] != "with"
	}
	return cw
}

// namingForms are "identify" and "recognise" in each form, with the
// child's verbs for them in the same form: naming a thing, reading a
// written one, noticing a feeling. "Find", their general word, is wrong
// for these: "find numbers to 20", "find 3 things that make me worried".
var namingForms = map[string][3]string{
	"identify": {"name", "read", "name"}, "identifies": {"names", "reads", "names"},
	"identifying": {"naming", "reading", "naming"}, "identified": {"named", "read", "named"},
	"recognise": {"name", "read", "notice"}, "recognises": {"names", "reads", "notices"},
	"recognising": {"naming", "reading", "noticing"}, "recognised": {"named", "read", "noticed"},
	"recognize": {"name", "read", "notice"}, "recognizes": {"names", "reads", "notices"},
	"recognizing": {"naming", "reading", "noticing"}, "recognized": {"named", "read", "noticed"},
}

var (
	namedThings   = wordSet(`things people adults coins notes shapes colours colors animals objects days months places`)
	writtenThings = wordSet(`words numbers numerals digits letters graphemes digraphs trigraphs time`)
	feelingThings = wordSet(`feelings emotions feeling emotion`)
	// notNamed are what is heard or judged, not named: "identify
	// rhyming words in pictures", "recognise a number of objects
	// without counting".
	notNamed = wordSet(`rhyming rhymes rhyme number`)
)

// namingVerb is the child's verb for the "identify" or "recognise" at
// toks[i] by what follows it within a few words ("identify 3 things
// that …", "recognise all phase 5 graphemes"), or "" to leave it to the
// glossary.
func namingVerb(toks []string, i int) string {
	forms, ok := namingForms[lower(toks[i])]
	if !ok {
		return ""
	}
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		switch w := lower(toks[j]); {
		case notNamed[w]:
			return ""
		case namedThings[w]:
			return forms[0]
		case writtenThings[w]:
			return forms[1]
		case feelingThings[w]:
			return forms[2]
		case (w == "and" || w == "or") && j == i+1 && j+1 < len(toks) && (lower(toks[j+1]) == "write" || lower(toks[j+1]) == "say" || lower(toks[j+1]) == "order"):
			// "recognise and write numerals": what is written is read.
			j++
		case !isWord(toks[j]) && !isNumber(toks[j]) || conjunctions[w] || adverbBoundary[w] || w == "and" || w == "or" || w == "name":
			return ""
		}
	}
	return ""
}

// bareRightRE is "right" with no article after a verb or a
// preposition.
var bareRightRE = mustRx(`\b(in|into|bring|use|wear|get|choose|pick|find|take|give|with|on|at)\s+right\s+(?:hand|foot|arm|leg|side|ear|eye)?`)

// verbLikeRE is "like" straight after a verb or "for", before a quote.
var verbLikeRE = mustRx(`\b(for|say|says|ask|use|with)\s+like\s+(['"])`)

// oneToOneRE is "1:1" before the child's own session or time with an adult.
var oneToOneRE = mustRx(`\b(my)\s+1:1\s+`)

// waysForRE is a way "for" an -ing verb: "ways for managing stress".
var waysForRE = mustRx(`\b(ways?)\s+for\s+(\w+ing)\b`)

// finishOftenRE is "finish" before exercises or a programme.
var finishOftenRE = mustRx(`\bfinish\s+((?:my\s+|a\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:exercises|programme|program|check-ins?))\b`)

// findOutRE is "find" before what is worked out, not a thing found:
// "find which zone", "find what makes me cross", "find when I am at a 3",
// "find the size of the problem".
var findOutRE = mustRx(`\bfind ((?:which|what|how|whether|when|if)\b|the (?:size|level) of\b|my level of\b)`)

// thingSoughtRE is "work out what" before a thing someone looks for,
// needs or has lost, which is found, not worked out.
var thingSoughtRE = mustRx(`\bwork out what (?:(?:I|we|they|he|she|you)\s+(?:am\s+|are\s+|is\s+)?(?:looking\s+for|need|needs|want|wants|have\s+lost|has\s+lost|lost|dropped)\b)`)

// listAnd puts "and" before the last of a list of short parts that staff
// leave without one: "like big, in front, beside" → "like big, in front
// and beside"; "the £5 note, £10 note, £20 note".
func listAnd(b string) string {
	parts := strings.Split(b, ", ")
	last := parts[len(parts)-1]
	if strings.Contains(" "+b, " '") {
		return b // a list in quotes is quoted as it is
	}
	if first, _, _ := strings.Cut(last, " "); listStops[first] {
		return b // "a meal, like beans on toast, with help": how, not an item
	}
	for _, p := range parts[1:] {
		if n := len(words(p)); n == 0 || n > 4 || containsAny(" "+p+" ", " and ", " or ", " then ", " when ", " if ", " so ", " but ", " no ", " not ") {
			return b
		}
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + last
}

// whenFeelingRE and whenBeingRE are a feeling or a state after "when"
// or "if" with no one to feel it: "when upset", "if lost".
var (
	whenFeelingRE = mustRx(`\b(when|if) (upset|angry|cross|worried|anxious|sad|frustrated|overwhelmed|scared|nervous|calm|happy|unwell|ill|unsafe)\b`)
	whenBeingRE   = mustRx(`\b(when|if) (stuck|tired|unsure|ready|hungry|thirsty|finished|asked|told|taken|lost|hurt|confused|late)\b`)
)

// helpGivenRE is help "given" or "required" at the end, which says
// nothing more.
var helpGivenRE = mustRx(`\b(help|support|reminders?|prompts?)\s+(?:given|required|needed)$`)

// vocabularyCountRE is how many different words a child uses, which
// staff count on a word list: the child's sentence is "use single
// words". A set of words to learn ("read 20 common words") keeps its
// number.
var vocabularyCountRE = mustRx(`\b(use|say)\s+(?:[1-9]\d+)\s+((?:[a-z-]+\s+)?words)\b`)

// talkAboutNothingRE is the glossary's "tell others about" for
// "communicate" where nothing is told: "when communicating or listening"
// is talking.
var talkAboutNothingRE = mustRx(`\btell others about(\s+(?:or|and|when|with|to|in|at|during|if|by|well|clearly|better)\b|[.,;]|$)`)

// ofAdultRE is what an adult says or shows, named the way staff write
// it: "reminders of the teacher" reads "the teacher's reminders".
var ofAdultRE = mustRx(`\b(reminders|instructions|directions|requests|signals|prompts|cues|questions) of (the|my|an?) (teacher|adult|TA|key person)\b`)

// startEndRE is when in the day or week: "at the end of each lesson",
// "every day", "on arrival". It must end where the phrase does: "at the
// end of each Fresh Start story" is not "at the end of each Fresh".
var startEndRE = mustRx(`,?\s+(?:at\s+the\s+(?:start|end|beginning)\s+of\s+(?:each|every|the)\s+\w+(?:\s+(?:lessons?|sessions?|day|week|term))?|each\s+(?:day|week|lesson|morning)|every\s+(?:day|week|lesson)|this\s+half\s+term|on\s+arrival)\b`)

// trims are the parts a child's sentence can best do without when it is
// too long to read, the least needed first: an example, "by myself", a
// reminder count, when in the day, "when needed", a time, who gives it,
// the lesson it is in, what it is part of, what it is for, and last a
// second action after the main one, after a comma.
var trims = []*rx{
	// A quoted example goes alone when only where or when follows it:
	// "follow a one-step instruction, like 'get your coat', at tidy up
	// time" keeps tidy up time.
	hinted(likeQuoteRE, "like"),
	// An example at the end goes, with a count of a week after it
	// (", e.g. asking a customer, on 3 shifts a week") or the rest of its
	// list (", e.g. run to the cone, touch it and come back"); one set
	// between commas goes alone (", such as nodding, to questions").
	hinted(mustRx(`,\s+like\s+[^,]*,\s*(?:(?:\w+\s+)*\w+\s+(?:a|per)\s+week|$)|,\s+like\s+[^,]*$|\s+like\s+'.*$|,\s+like\s+[^,]+(?:,\s+[b-z][^,]*|,\s+a[^n][^,]*)+\s+and\s+[^,]+$`), "like"),
	hinted(mustRx(`,\s+like\s+[^,]*,`), "like"),
	hinted(mustRx(`,?\s+with\s+(?:no\s+more\s+than\s+(?:one|two|three|\d+)|(?:one|two|three|\d+)\s+or\s+fewer)\s+(?:adult\s+)?(?:reminders?|prompts?)(?:\s+(?:a|each|per)\s+\w+)?`), "with"),
	startEndRE,
	hinted(mustRx(`,?\s+when\s+needed\b`), "needed"),
	hinted(mustRx(`\s+for\s+(?:\d+|a\s+few)\s+minutes\b`), "minutes"),
	hinted(mustRx(`\s+before\s+the\s+\w+\s+is\s+given\b`), "given"),
	hinted(mustRx(`\s+(?:with\s+help\s+)?from\s+an\s+adult\b`), "adult"),
	mustRx(`(?i)\s+in\s+(?:all\s+|my\s+)?(?:lessons|class)$|\s+in\s+(?:maths|english|science|literacy|numeracy)(?:\s+lessons)?$`),
	hinted(mustRx(`\s+during\s+play\b`), "play"),
	hinted(mustRx(`\s+at\s+least\s+once\s+a\s+(?:day|week)\b`), "least"),
	hinted(mustRx(`\s+during\s+\w+(?:\s+\w+)?$`), "during"),
	hinted(mustRx(`,?\s+with\s+(?:a\s+little\s+|some\s+|picture\s+|adult\s+)?(?:help|support)$`), "with"),
	hinted(mustRx(`,\s+with\s+[^,]+$`), "with"),
	hinted(mustRx(`,?\s+as\s+(?:part|step\s+\d+)\s+of\s+[^,]+$`), "as"),
	hinted(mustRx(`,?\s+so\s+(?:that\s+)?(?:I|they|he|she)\s+can\s+[^,]+$`), "so"),
	// How often, where and with what come off the end before the second
	// action does: the skill stays.
	oftenRE,
	endSettingRE,
	hinted(withThingRE, "with"),
	hinted(byMyselfRE, "by myself"),
	// Last, a second action after the main one: "wear my ear defenders
	// in the hall, and keep them on until …", "use my inhaler before PE,
	// and carry it …". One after "then" is the next step, which stays.
	hinted(commaActionRE, "and"),
	// And the second action without a comma: "form the letters correctly
	// and start at the right place".
	hinted(secondActionRE, "and"),
}

// likeQuoteRE is a quoted example, or a list of them, with only a
// setting after it (the group).
var likeQuoteRE = mustRx(`,?\s+like\s+'(?:\w'\w|[^'])*'(?:(?:,\s*|,?\s+(?:and|or)\s+)'(?:\w'\w|[^'])*')*,?(\s+(?:at|in|during|on|when|without)\s+[^,']*)$`)

// trimHints are words one of which a trim needs in the text (as it is
// written) to match: without any, the trim is not tried.
var trimHints = map[*rx][]string{}

// hinted records hints as what re needs, for trimOnce, and returns re.
func hinted(re *rx, hints ...string) *rx {
	trimHints[re] = hints
	return re
}

// feelingBefore reports whether ws end on how someone feels ("make me
// feel hot"), so that an "and" after it joins another feeling ("and
// cross"), not a second action.
func feelingBefore(ws []string) bool {
	n := len(ws)
	if n < 2 {
		return false
	}
	switch lower(ws[n-2]) {
	case "feel", "feels", "felt", "feeling":
		return true
	}
	return false
}

// objectParticleVerbs are verbs that, with a particle, still need their
// object: "hand out", "pick up", "put away" something.
var objectParticleVerbs = wordSet(`hand give pick put take set hang fill cut switch turn`)

// particleWaits reports whether a verb and its particle still need their
// object: "hand out", waiting for "the equipment"; "wash up" is done.
func particleWaits(verb, particle string) bool {
	return particles[lower(particle)] && objectParticleVerbs[lower(verb)]
}

// endsOnVerb reports whether ws end on a verb, or a verb and its
// particle, still waiting for its object ("choose" in "find my level of
// worry and choose and use …", "hand out" in "hand out and collect the
// equipment"), not a noun spelt like one ("the right wash").
func endsOnVerb(ws []string) bool {
	n := len(ws)
	if n >= 2 && particleWaits(ws[n-2], ws[n-1]) {
		return true
	}
	return baseVerbs[lower(ws[n-1])] && (n < 2 || !determiners[lower(ws[n-2])] && lower(ws[n-2]) != "right")
}

// firstStepVerbs open a target whose point is the action after "and":
// "notice I am in the yellow zone and use …", "attend ELSA and practise
// …", "take my book with me and give a picture …"; so does "work out"
// ("work out which zone I am in and choose …").
var firstStepVerbs = wordSet(`find notice recognise rate attend join take cope feel manage check get show go come arrive log meet tap estimate compare learn record visit`)

// commaActionRE is a second action after ", and".
var commaActionRE = mustRx(`,\s+and\s+(?:keep|carry|put|check|tell|take|bring|use|ask|say|show|go|come|get|make|hold|wash|write|read|pass|share|choose)\b[^,]*$`)

// leavesAction are the trims that take an action off, which check tells a
// SENCo about: the rest take off how often, where, with what or a detail.
var leavesAction = map[*rx]bool{commaActionRE: true, secondActionRE: true}

// secondActionRE is a second action joined by "and" at the end of the
// sentence; trimOnce takes only one that follows a whole first action
// and carries no condition of its own.
var secondActionRE = mustRx(`\s+and\s+([a-z]+)\b[^,]*$`)

// oftenRE is how often staff want it done: "twice a week", "daily".
var oftenRE = mustRx(`,?\s+(?:at\s+least\s+)?(?:(?:once|twice|(?:one|two|three|four|five|\d+)\s+times?)\s+(?:a|per|each)\s+(?:day|week|lesson|term|session|fortnight)|(?:one|each|every)\s+(?:morning|afternoon|lunchtime)\s+(?:a|per|each)\s+week|daily|weekly|every\s+(?:morning|afternoon|session|time)|each\s+(?:session|time|afternoon|morning|term))\b`)

// endSettingRE is where or when in the school day, at the end: "at snack
// time", "in the lunch queue", "during break and lunch times". Only the
// last such part is taken ("in the canteen at lunch" loses "at lunch").
var endSettingRE = mustRx(`^,?\s+(?:during|at|in|upon|across|on)\s+(?:the\s+|my\s+|all\s+|each\s+)?(?:(?:[\w'-]{2,}\s+){1,3}?times?|(?:[\w'-]{2,}\s+){0,3}?(?:lessons?|class|classroom|break|breaks|breaktime|lunch|lunchtimes?|play|playtimes?|queue|hall|canteen|playground|assembly|sessions?|register|routines?|arrival|check-ins|write-ups|day|subjects|settings))$`)

// withThingRE is the thing the child does it with, at the end: "with a
// hundred square", "with my wobble cushion". Who they do it with stays.
var withThingRE = mustRx(`\s+with\s+(?:a|an|the|my)\s+(?:[\w'/-]+\s+){0,2}?([\w'/-]+)$`)

// travelVerbs get the child somewhere, where "by myself" is the point.
var travelVerbs = wordSet(`travel journey commute catch cycle`)

// byMyselfRE is "by myself", which a short sentence can do without but a
// shortened draft keeps: readers found it was often the point.
var byMyselfRE = mustRx(`\s+by myself\b`)

// commaIngRE is a detail tacked on after a comma with an -ing word.
var commaIngRE = mustRx(`,\s+\w+ing\b`)

// shortTermRE opens a sentence with the short-term target after a
// long-term outcome in the same cell.
var shortTermRE = mustRx(`(?i)^(?:short[\s-]term\s+)?(?:target|step|next\s+steps?)\b`)

// leadsWithChild reports whether text opens with the child as its
// subject, leaving ctx as it was: what decides that a heading stands
// before it.
func (r *Rewriter) leadsWithChild(text string, ctx *clauseContext) bool {
	probe := *ctx
	probe.names = maps.Clone(ctx.names)
	return r.childSubject(tokenize(text), &probe) > 0
}

// headingRestRE opens what follows a heading and a colon as a target:
// "to tell a new adult …", "I can choose …", "Y1 pupil will …".
var headingRestRE = mustRx(`(?i)^(?:to\s+[a-z]|i\s+(?:can|will)\s|(?:y|year|s|p)\s?\d{1,2}\s+(?:pupil|student|child)|(?:the\s+)?(?:pupil|student|child|learner|yp|young\s+person)\s+(?:will|to|can|is)\b)`)

// headingVerbRE is a heading of up to four words and a colon before an
// action in small letters: "Speech: use 3-word sentences".
var headingVerbRE = mustRx(`^[\pL&/]+(?:\s+[\pL&/]+){0,3}\s*:\s+([a-z]+)\b`)

// dashHeadingRE is a short heading and an en or em dash before the rest.
var dashHeadingRE = mustRx(`^[^–—]{1,40}?\s[–—]\s+`)

// safetyNoteRE finds, in a sentence for staff after the target, how the
// child is kept safe: a helmet, armbands, a hand held at the road, the
// rail, "safely".
var safetyNoteRE = mustRx(`\b(?:helmet|armbands?|life\s*jacket|harness|seat\s*belt|goggles|gloves|ppe|rail|handrail|banister|hold(?:s|ing)?\s+(?:his|her|their|my|an?\s+adult's|the\s+adult's)?\s*hand|road|crossing|safely|safety|supervis\w*|epipen|inhaler|allerg\w*|in\s+the\s+(?:water|pool)|accompanied|chok\w*|blood\s+sugar|hypo\w*|insulin|seizures?)\b`)

// bracketSafetyRE finds, in a note in brackets, what the child does to
// stay safe: "(adult to hold hand)", "(wearing oven gloves)", "(sitting
// down, small mouthfuls, adult present)", "(if under 4, tell an adult
// straight away)". An adult only standing by ("(adult supervision)") is
// staff's part, which second readers let go (8 times in 8 when it was
// tried on every corpus), except at something that cuts, burns or can be
// fallen from (lostWatch).
var bracketSafetyRE = mustRx(`\b(?:adults?\s+(?:to\s+hold|holding)|hold(?:s|ing)?\s+(?:\w+\s+)?hand|helmet|goggles|gloves|harness|wearing\s+(?:\w+\s+){0,2}(?:armbands?|float|life\s*jacket|splints?)|inhaler|epipen|chok\w*|mouthfuls|sitting\s+(?:down|upright)|blood\s+sugar|hypo\w*|insulin|tell\s+an\s+adult|seizures?)\b`)

// bracketSafety returns a note in brackets in the staff wording text
// that says how the child is kept safe, or "": planpack's sentence drops
// every bracket, and this one the child's page needs.
func bracketSafety(text string) string {
	if !strings.Contains(text, "(") {
		return ""
	}
	// "manage own medication (inhaler)" names the medicine the sentence
	// keeps: no note.
	text = namedMedicineRE.ReplaceAllString(text, "$1")
	for _, m := range bracketRE.FindAllString(text, -1) {
		if bracketSafetyRE.MatchString(strings.ToLower(m)) {
			return m
		}
	}
	return ""
}

// staffSafetyNote returns a sentence for staff after the target, in the
// staff wording text as written, that says how the child is kept safe
// ("Staff to ensure an adult is in the water with him."), or "": what
// the note says may be gone before the sentence is read as a note.
func staffSafetyNote(text string) string {
	if !strings.Contains(text, ". ") {
		return ""
	}
	for k, sen := range splitSentences(text) {
		if sen = strings.TrimSpace(sen); k > 0 && staffNoteSentenceRE.MatchString(sen) && safetyNoteRE.MatchString(strings.ToLower(sen)) {
			return sen
		}
	}
	return ""
}

// bracketRE is a note in brackets.
var bracketRE = mustRx(`\([^()]*\)`)

// staffNoteSentenceRE is a sentence for staff after the target: initials
// or an adult and "to" ("JB to check weekly", "TA to record in book",
// "Parents to use at home also").
var staffNoteSentenceRE = mustRx(`^(?:[A-Z]{2,3}|ToD|(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+[A-Z][\w'-]+|(?i:(?:the\s+|all\s+)?(?:class\s+teacher|teachers?|ta|tas|lsa|hlta|senco|staff|parents?|carers?|home|key\s*(?:person|worker)|mentor|adults?|slt|(?:form\s+)?tutor|salt|ot|physio|physiotherapist|therapist|sna|ehcp\s+coordinator)))(?:\s*(?:and|&|/)\s*(?:[A-Z]{2,3}|(?i:ta|lsa|parents?|carers?|home|staff|teacher)))?\s+to\s+[a-z]`)

// doThisRE is a second sentence that says how often the first is done:
// "He will do this 3 times a week."
var doThisRE = mustRx(`^do\s+(?:this|that|it)\b`)

// successLabelRE opens how a target's success is judged, after it.
var successLabelRE = mustRx(`(?i)^(?:outcome|success\s+criteria|sc|evidence|measured\s+by|measure)\s*\d*\s*[:\-–]`)

// outcomeLabelRE opens a cell with a long-term outcome: "Long-term
// outcome:", "EHCP outcome 2:", "Aim:".
var outcomeLabelRE = mustRx(`(?i)^\s*(?:[\w-]+\s+){0,2}(?:outcome|aim|goal)s?\s*\d*\s*:`)

// splitSentences splits s at the end of each sentence: a full stop,
// question or exclamation mark or semicolon, with a space after it and
// no small letter after that ("the Speed Up! handwriting programme" is
// one sentence).
func splitSentences(s string) []string {
	var out []string
	last := 0
	for _, loc := range sentenceRE.FindAllStringIndex(s, -1) {
		if r, _ := utf8.DecodeRuneInString(s[loc[1]:]); unicode.IsLower(r) && !strings.Contains(s[loc[0]:loc[1]], ";") {
			continue
		}
		out = append(out, s[last:loc[0]])
		last = loc[1]
	}
	return append(out, s[last:])
}

// noteNotAction reports whether p, the child's words made from a
// sentence after the first, is no action of the child's: a description
// of the child or a sentence about something else.
func (r *Rewriter) noteNotAction(p string) bool {
	if hasPrefixWords(strings.Fields(p), []string{"make", "sure", "this"}) || hasPrefixWords(strings.Fields(p), []string{"make", "sure", "it"}) {
		return true // "; this will be checked weekly by her TA"
	}
	toks := tokenize(p)
	for len(toks) > 1 && (lower(toks[0]) == "then" || lower(toks[0]) == "also") {
		toks = toks[1:]
	}
	if len(toks) == 0 {
		return false
	}
	if len(toks) > 1 && (lower(toks[0]) == "last" || lower(toks[0]) == "this" || lower(toks[0]) == "next") && timeWords[lower(toks[1])] {
		return true // "Last term she hit other children."
	}
	return !r.isAction(lower(toks[0])) || describesChild(toks, "I will ") != ""
}

// listNumberRE is what is left of a number in a list once the text is
// split at its full stops: the "2" of "… words. 2. Sam will …", or a
// heading on a line of its own ("Target 1").
var listNumberRE = mustRx(`(?i)^(?:\(?(?:\d{1,2}|[a-h])[.)]?|(?:target|outcome|objective|aim|goal|step|stage|short[\s-]term\s+(?:target|outcome))\s*\d{0,2}[.:)]?)$`)

// nameLabelRE is a label of one to three words before a colon or a
// dash at the start of a target: "Amira: to read …", "AMIRA – to hold …".
var nameLabelRE = mustRx(`^([\pL'-]+(?:\s+[\pL'-]+){0,2})\s*(?::|\s[-–—])\s+`)

// dropNameLabel takes the child's name off the start of s when it stands
// there as a label, with a colon or a dash after it.
func dropNameLabel(s string, ctx *clauseContext) string {
	if len(ctx.names) == 0 || !strings.ContainsAny(s[:min(len(s), 60)], ":-–—") {
		return s
	}
	m := nameLabelRE.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	for _, w := range strings.Fields(s[m[2]:m[3]]) {
		if !ctx.names[strings.ToLower(w)] {
			return s
		}
	}
	return s[m[1]:]
}

// fits reports whether the child's words b, after "I will" or "I can",
// are short enough for a young reader.
func fits(b string) bool { return len(words(b))+2 <= MaxWords }

// shorten takes off what a child's sentence can do without until it is
// short enough to read, or leaves it as it was when that is not enough,
// for the self-check to refuse, with what the trims did make for squeeze
// (childWords.trimmed). Its leftOut is an action it took off ("and walk
// to the hall for my sensory circuit"), for check to show; "" when none.
func shorten(b string) childWords {
	if fits(b) {
		return childWords{text: b}
	}
	if t := tightenLong("I will ", b); t != b {
		// Said in fewer words, nothing need go. (tightenLong never
		// drops what makes it a care topic, so a sentence it leaves as
		// it is may still be cut.)
		return childWords{text: t}
	}
	// Take parts off in order until the sentence fits, then put back
	// each part it turns out not to need, the most needed first: "change
	// for PE by myself, with my picture card to …" loses the card, not
	// "by myself".
	// apply takes the parts used off b, and says which action it took.
	apply := func(used []int) (s, leftOut string) {
		s = b
		for _, i := range used {
			var cut string
			s, cut = trimOnce(s, i)
			if lo := actionTaken(i, cut); lo != "" {
				leftOut = lo
			}
		}
		return s, leftOut
	}
	var used []int
	var leftOut string
	s := b
	var cuts []string
	for i := range trims {
		if trims[i] == byMyselfRE && travelVerbs[lower(firstWord(strings.TrimSpace(b)))] {
			// "travel to college on the bus by myself": going alone
			// is the point.
			continue
		}
		if t, cut := trimOnce(s, i); cut != "" {
			s = t
			used = append(used, i)
			cuts = append(cuts, strings.Trim(cut, ", "))
			if lo := actionTaken(i, cut); lo != "" {
				leftOut = lo
			}
			if fits(s) {
				break
			}
		}
	}
	if !fits(s) {
		// For squeeze: every trim but "by myself", which readers found
		// was often the point of a long target.
		var kept []int
		var out []string
		for k, i := range used {
			if trims[i] != byMyselfRE {
				kept, out = append(kept, i), append(out, cuts[k])
			}
		}
		t, _ := apply(kept)
		return childWords{text: b, trimmed: strings.TrimRight(t, ","), trimmedOut: strings.Join(out, " … ")}
	}
	for k := len(used) - 1; k >= 0 && len(used) > 1; k-- {
		without := slices.Delete(slices.Clone(used), k, k+1)
		if t, lo := apply(without); fits(t) {
			used, s, leftOut = without, t, lo
		}
	}
	if leftOut != "" {
		if t, ok := keepBoth(b, leftOut); ok {
			s, leftOut = t, ""
		}
	}
	if commaIngRE.MatchString(s) {
		return childWords{text: b} // a detail after a comma that is still staff's
	}
	return childWords{text: strings.TrimRight(s, ","), leftOut: leftOut}
}

// keepBoth shortens b without taking off its second action, the
// leftOut shorten would take: how often and in which subject the first
// action is done go instead ("use a scientific calculator to check
// answers in maths and show working for each step" loses "in maths").
// Where and when it is done stay, since the second action often needs
// them ("wear my ear defenders in assembly and stay sitting with my class
// until the end"), as does what the first is done with ("walk to the
// dinner hall with my walker"). ok is false when that does not make it
// short enough.
func keepBoth(b, leftOut string) (string, bool) {
	k := strings.LastIndex(b, leftOut)
	if k <= 0 {
		return "", false
	}
	head, tail := strings.TrimRight(b[:k], " ,"), " "+b[k:]
	if tooRE.MatchString(tail) {
		return "", false // "… in English and say them in Portuguese too": the detail is half the point
	}
	for i := range trims {
		if leavesAction[trims[i]] || trims[i] == byMyselfRE || trims[i] == endSettingRE {
			continue
		}
		if t, cut := trimOnce(head, i); cut != "" && !withWhat(cut) && !lessonsRE.MatchString(cut) {
			head = t
			if fits(head + tail) {
				return head + tail, true
			}
		}
	}
	return "", false
}

// withPurposeRE is what a thing the child uses is for, or when they use
// it: "with my ruler to keep my place", "with my help card if needed".
var withPurposeRE = mustRx(`\s(?:to\s+[a-z]+|if|when)\s`)

// adultHelpRE is help from an adult, which is staff's to give and fade:
// "with hand-over-hand help fading to a point", "with my LSA stepping
// back".
var adultHelpRE = mustRx(`(?i)\b(?:adults?|staff|LSA|TA|key\s+(?:person|worker)|hand-over-hand|prompts?)\b|\b(?:help|support|checks)\s+(?:fad|from\b)`)

// tooRE ends a second action that does as the first did: "and say them
// in Portuguese too".
var tooRE = mustRx(`\s(?:too|as\s+well|also)$`)

// lessonsRE is a detail that says only that it is done in lessons or in
// class, where the point may be doing it there ("type my notes in
// lessons").
var lessonsRE = mustRx(`^,?\s+in\s+(?:all\s+|my\s+)?(?:lessons|class)$`)

// withWhat reports whether cut, a detail a trim took off, says what an
// action is done with: "with my walker", ", with the bowl and brush".
// Help from an adult is not ("with a little help").
func withWhat(cut string) bool {
	c := strings.TrimLeft(cut, ", ")
	return strings.HasPrefix(c, "with ") && !strings.HasSuffix(c, " help") && !strings.HasSuffix(c, " support")
}

// actionTaken is the action trims[i] took off when it cut cut, or "" when
// that trim takes no action off.
func actionTaken(i int, cut string) string {
	if withWhat(cut) && withPurposeRE.MatchString(cut) && !adultHelpRE.MatchString(cut) {
		return strings.TrimSpace(strings.TrimLeft(cut, ", "))
	}
	if !leavesAction[trims[i]] {
		return ""
	}
	return strings.TrimSpace(strings.TrimLeft(cut, ", "))
}

// trimOnce takes the part trims[i] matches off s, unless it is all of
// the sentence, and returns what is left and what it took ("" when it
// took nothing).
func trimOnce(s string, i int) (rest, cut string) {
	if h, ok := trimHints[trims[i]]; ok && !containsAny(s, h...) {
		return s, ""
	}
	var loc []int
	switch re := trims[i]; re {
	case endSettingRE:
		// Only from the last preposition: "hand in my work on time" has
		// no setting, and "in the canteen at lunch" loses "at lunch".
		for j := len(s) - 1; j > 0; j-- {
			if s[j] != ' ' {
				continue
			}
			first, _, _ := strings.Cut(strings.TrimLeft(s[j:], " ,"), " ")
			if timeClauses[lower(first)] {
				break // "which zone I am in after lunch": "in" is the zone's
			}
			if !prepositions[lower(first)] {
				continue
			}
			if re.MatchString(s[j:]) {
				loc = []int{j, len(s)}
				if s[j-1] == ',' {
					loc[0]--
				}
			}
			break
		}
	case secondActionRE:
		// The last "and" before a verb that qualifies; the matches
		// overlap, so each "and" is tried on its own.
		for j := strings.LastIndex(s, " and "); j > 0; j = strings.LastIndex(s[:j], " and ") {
			rest := s[j:]
			m := re.FindStringSubmatch(rest)
			before := words(s[:j])
			if m != nil && len(m[0]) == len(rest) && baseVerbs[m[1]] && !thingNotVerb(words(rest)[1:]) && len(before) >= 5 && !endsOnVerb(before) && !feelingBefore(before) && !conditionInRE.MatchString(rest+" ") && !strings.Contains(rest, " then ") && !firstStepVerbs[lower(before[0])] && !hasPrefixWords(before, []string{"work", "out"}) {
				loc = []int{j, len(s)}
				break
			}
		}
		if loc != nil {
			// "load the washing machine, choose the right wash and hang
			// it out" keeps its list whole: "load … and choose …".
			kept := s[:loc[0]]
			if k := strings.LastIndex(kept, ", "); k > 0 && !strings.Contains(kept[k:], " and ") && !strings.Contains(kept[k:], " or ") && strings.Count(" "+kept[:k], " '") == strings.Count(kept[:k], "' ") {
				return strings.TrimSpace(kept[:k] + " and " + kept[k+2:]), s[loc[0]:]
			}
		}
	case likeQuoteRE:
		if m := re.FindStringSubmatchIndex(s); m != nil {
			loc = []int{m[0], m[2]}
		}
	case withThingRE:
		m := re.FindStringSubmatchIndex(s)
		if m != nil && !otherPeople[lower(s[m[2]:m[3]])] && !adultNouns[lower(s[m[2]:m[3]])] && !groupNouns[lower(s[m[2]:m[3]])] && !bodyParts[lower(s[m[2]:m[3]])] && !strings.HasSuffix(s, " an adult watching") {
			// "with an adult watching" is who is there, for safety.
			loc = m[:2]
		}
	default:
		loc = re.FindStringIndex(s)
	}
	if loc == nil {
		return s, ""
	}
	if trims[i] == startEndRE {
		if next, _, _ := strings.Cut(strings.TrimLeft(s[loc[1]:], " "), " "); next != "" && isWord(next) && !adverbBoundary[lower(next)] && !prepositions[lower(next)] && lower(next) != "about" && lower(next) != "as" && lower(next) != "and" && lower(next) != "or" && lower(next) != "then" {
			return s, "" // the phrase goes on: "… of each Fresh Start story"
		}
	}
	if ws := words(s[:loc[0]]); len(ws) < 1 || cutShort[lower(ws[len(ws)-1])] {
		return s, ""
	}
	if c := strings.TrimLeft(s[loc[0]:loc[1]], ", "); strings.HasPrefix(c, "with ") && (strings.Contains(c, "safely") || accessRE.MatchString(c)) {
		// "…, with the grill safely": how the child stays safe stays;
		// "…, with the SLSO reading the question aloud": the help the
		// child does the task with is the target's own.
		return s, ""
	}
	rest = strings.TrimSpace(s[:loc[0]] + s[loc[1]:])
	if ws := words(rest); (trims[i] == oftenRE || trims[i] == withThingRE) && len(ws) > 2 && lower(ws[len(ws)-2]) == "and" && baseVerbs[lower(ws[len(ws)-1])] && !strings.HasSuffix(s, ws[len(ws)-1]) {
		return s, "" // "… and share" once "at least once a lesson" has gone, "… and arrive" once "with the right kit" has
	}
	return rest, s[loc[0]:loc[1]]
}

// accessRE is an adult reading, writing or signing for the child: the
// way the child can do the task at all.
var accessRE = mustRx(`^with\s+(?:(?:the|an?|my|his|her|their)\s+|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:adult|staff|TA|teacher|helper|reader|scribe|parent|carer|mum|dad|tutor|assistant|[A-Z][A-Z]+|[A-Z][a-z]+)\s+(?:reading|scribing|signing|writing)\b`)

// prepositions open a part of a sentence that says where, when or with
// what.
var prepositions = wordSet(`at in on during upon across to for with from of by into onto`)

// cutShort are words that cannot end what is left when a part is taken
// off: "order numbers to 100 without" a 100 square.
var cutShort = wordSet(`without with at in on of to for from by the a an and or least than my`)

// bodyParts are what the child does it with that the target is about:
// "trail the wall with my hand", "say it with my words".
var bodyParts = wordSet(`hand hands foot feet finger fingers eyes voice words mouth body arm arms leg legs`)

// shareToRE is "share" with its object and a "to" that means "with".
var shareToRE = mustRx(`\b(share\s+(?:my|his|her|their|the|a|an|some)?\s*\w+)\s+to\b`)

// byMyselfPart is the part of b between commas that says "by myself", or
// all of b when it does not: only someone in that part is with the child
// as they do it. "Get dressed by myself, so I can catch the bus with my
// friends" is still by myself, and a part after a comma is the first a
// long sentence loses.
func byMyselfPart(b string) string {
	at := strings.Index(b, "by myself")
	if at < 0 {
		return b
	}
	start, end := strings.LastIndexByte(b[:at], ',')+1, len(b)
	if i := strings.IndexByte(b[at:], ','); i >= 0 {
		end = at + i
	}
	return b[start:end]
}

// byMyselfWith settles "by myself" beside someone else: "play a game with
// another child by myself" means without an adult, and "with a little
// help by myself" cannot both be.
func byMyselfWith(b string) string {
	if strings.Contains(b, "share") && strings.Contains(b, " to ") {
		// "share my feelings to staff": a child shares with someone.
		b = shareToRE.ReplaceAllString(b, "$1 with")
	}
	if !strings.Contains(b, "by myself") {
		return b
	}
	m := withSomeoneRE.FindString(asciiLower(byMyselfPart(b)))
	switch {
	case m == "":
		return b
	case strings.HasSuffix(m, "help") || strings.HasSuffix(m, "support") || strings.Contains(m, "adult") || strings.Contains(m, "teacher") || strings.Contains(m, "reminder"):
		return strings.ReplaceAll(strings.Join(strings.Fields(strings.Replace(b, "by myself", "", 1)), " "), " ,", ",")
	}
	return strings.Replace(b, "by myself", "without an adult helping", 1)
}
