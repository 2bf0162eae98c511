package phrase

import (
	"strings"
)

// Staff often name a way by its label and give what it is in brackets:
// "use a problem-solving strategy (walk away, talk it out, seek adult
// help)", "the 3 B4 ME strategy (brain, book, buddy)". The child's
// sentence drops the brackets, which leaves only the label ("use a
// problem-solving way"), and the self-check refuses it. Said with what is
// in the brackets instead, it is what the child will do.

// labelledWayRE is a way named by its label, with what it is in brackets.
// Its groups are the verb before it, if any, and what is in the brackets.
var labelledWayRE = mustRx(`(?i)\b(?:(use|uses|using|try|tries|trying)\s+)?(?:a|an|one|the|my|his|her|their|agreed)\s+(?:[\w'-]+\s+){0,3}?(?:strateg(?:y|ies)|ways?|tools?|approach)\s*\(\s*(?:e\.g\.?,?\s*|such\s+as\s+)?([^()]+?)\s*\)`)

// waysInBrackets returns text with a way named by its label said by what
// is in its brackets, or "" when text has no such way or what is in the
// brackets is not a short list of actions or things.
func (r *Rewriter) waysInBrackets(text string) string {
	if !strings.Contains(text, "(") || !containsAny(asciiLower(text), "strateg", "way", "tool", "approach") {
		return ""
	}
	m := labelledWayRE.FindStringSubmatchIndex(text)
	if m == nil {
		return ""
	}
	items := strings.Split(strings.TrimSuffix(strings.TrimSpace(text[m[4]:m[5]]), "."), ",")
	if len(items) < 2 || len(items) > 4 {
		return ""
	}
	acts, things := 0, 0
	for i, it := range items {
		it = strings.TrimSpace(it)
		if i == len(items)-1 {
			it = strings.TrimPrefix(strings.TrimPrefix(it, "and "), "or ")
		}
		items[i] = it
		ws := strings.Fields(it)
		switch {
		case len(ws) == 0 || strings.ContainsAny(it, "0123456789/'\""):
			return "" // "5-4-3-2-1", "Oct 15%"
		case r.isAction(strings.ToLower(ws[0])) && len(ws) <= 5:
			acts++
		case len(ws) <= 2 && !determiners[strings.ToLower(ws[0])]:
			things++
		default:
			return ""
		}
	}
	list := strings.Join(items[:len(items)-1], ", ") + " or " + items[len(items)-1]
	switch {
	case acts == len(items):
		// "use a problem-solving strategy (walk away, talk it out)":
		// the actions are what the child does; "use" goes.
		return text[:m[0]] + list + text[m[1]:]
	case things == len(items) && m[2] >= 0 && !strings.EqualFold(text[m[2]:m[3]], "using"):
		// ("with feelings cards or morning check-in", for "using the
		// agreed strategies (…)", reads as if the cards were company.)
		// "use the 3 B4 ME strategy (brain, book, buddy)".
		return text[:m[3]] + " " + list + text[m[1]:]
	}
	return ""
}

// watchedWording returns text with how an adult watches over something
// that can hurt ("with an adult standing close by", "supervised by
// staff") said as "with an adult standing nearby", which normalise makes
// "with an adult nearby" and keeps, or "" when text has no such watch.
// It is tried only when the sentence without it was refused for losing
// it: readers printed the two-sentence offers and shorter drafts that
// leave it out as they stand.
func watchedWording(text string) string {
	if !containsAny(text, "nearby", "close by", "standing by", "behind", "beside", "supervised") {
		return ""
	}
	ls := asciiLower(text)
	if !sharpOrHotRE.MatchString(ls) || containsAny(ls, "safely", "carefully") {
		return ""
	}
	m := keptWatchRE.FindStringIndex(ls)
	if m == nil {
		return ""
	}
	return text[:m[0]] + "with an adult standing nearby" + text[m[1]:]
}

// rewordings are other ways to say text that the checked sentence
// tries, in order, when its own is refused.
func (r *Rewriter) rewordings(text string) []string {
	var alts []string
	for _, alt := range []string{r.waysInBrackets(text), watchedWording(text), givenTool(text)} {
		if alt != "" && alt != text {
			alts = append(alts, alt)
		}
	}
	return alts
}

// A frame staff put first, "Given scissors and a 1/4-inch line, …", is
// the setup and goes (staffFrames). When that leaves too little ("I will
// cut along the line.", from a 28-word target) and what is given is a
// tool the child holds or reads from, the sentence says it as what the
// child uses: "I will use scissors to cut along the line." Only then:
// readers refused the tool added to sentences they had printed without
// it ("use a picture timetable to move between activities calmly", where
// the adult's modelling still went), and where it pushed out a time.

// givenFrameRE is a "Given …," frame at the start, after any deadline
// frame; its group is what is given.
var givenFrameRE = mustRx(`(?i)^\s*(?:by\s+[^,]{1,40},\s*)?given\s+([^,]{1,80}),\s*`)

// givenWillRE is where the child's action starts after the frame: after
// "will" or "to", with "be able to" and an adverb kept before it.
var givenWillRE = mustRx(`(?i)\b(?:will|to)\s+(?:be\s+able\s+to\s+)?(?:[a-z]+ly\s+)?`)

// givenToolRE is a tool the child holds or reads from, as the whole of
// one thing given: "scissors", "a calculator", "sentence starters".
var givenToolRE = mustRx(`(?i)^(?:a|an|his|her|their)?\s*(?:(?:visual|picture|written|lined|personal)\s+)?(?:scissors|calculator|laptop|computer|tablet|ipad|word\s+processor|sentence\s+starters|lined\s+paper|ruler|number\s+line|hundred\s+square|number\s+square|times\s+table\s+(?:grid|square)|multiplication\s+(?:chart|grid|square)|word\s+bank|wobble\s+cushion|timetable|checklist|prompt\s+card|calendar|shopping\s+list|writing\s+frame|pencil\s+grip|writing\s+slope|coloured\s+overlay|reading\s+ruler)$`)

// givenHelpRE is help an adult gives, which may be given beside a tool
// and goes with the frame: "a visual timetable and adult modelling".
var givenHelpRE = mustRx(`(?i)\b(?:model|modelling|modeling|cues?|cueing|prompts?|prompting|supports?|examples?|reminders?|demonstration)$`)

// givenAndRE parts the things given in a frame (which holds no comma).
var givenAndRE = mustRx(`\s+and\s+`)

// namedAgain reports whether the thing part names is named again in
// rest: "a 1/4-inch line" in "cut along the line", the material the
// target already says.
func namedAgain(part, rest string) bool {
	ws := strings.Fields(asciiLower(part))
	if len(ws) == 0 {
		return false
	}
	head := strings.TrimSuffix(ws[len(ws)-1], "s")
	for _, w := range words(asciiLower(rest)) {
		if strings.TrimSuffix(w, "s") == head {
			return true
		}
	}
	return false
}

// givenTool returns text with a tool given in a "Given …," frame said as
// what the child uses, "the student will use scissors to cut …", or ""
// when text has no such frame or what is given is not only tools and
// adults' help.
func givenTool(text string) string {
	m := givenFrameRE.FindStringSubmatchIndex(text)
	if m == nil {
		return ""
	}
	rest := text[m[1]:]
	var tools []string
	for _, part := range givenAndRE.Split(text[m[2]:m[3]], -1) {
		part = strings.TrimSpace(part)
		switch {
		case givenToolRE.MatchString(part):
			tools = append(tools, part)
		case givenHelpRE.MatchString(part):
		case !namedAgain(part, rest):
			// "a list of local flats": what the task is, which the
			// frame gives and the target does not say again.
			return ""
		}
	}
	if len(tools) != 1 {
		return ""
	}
	w := givenWillRE.FindStringIndex(rest)
	if w == nil {
		return ""
	}
	return rest[:w[1]] + "use " + tools[0] + " to " + rest[w[1]:]
}
