package phrase

import (
	"slices"
	"strings"
)

// A part is a stretch of a child's sentence that squeeze may take off:
// a detail (where, when, with what, from where) or a whole clause (a
// second action, how it is done, a reason after "because" or "so that")
// with its details. A condition and what it is for ("to …") end the
// part before them but never go.
type part struct {
	from, to int     // words [from, to) of the sentence
	cost     float64 // how much a child's sentence loses, per word
}

// Levels of a part: a part runs on to the next one of its own level or
// above, so a second action takes its condition and details with it,
// and a condition its details.
const (
	levelAction = iota + 1
	levelCondition
	levelDetail
)

// Costs of taking a part off, per word: an example or where it comes
// from matters least, a second action and how it is done the most.
const (
	costExample = 0.2
	costFrom    = 0.5
	costFor     = 0.6
	costSetting = 0.7
	costBecause = 0.8
	costWith    = 0.9
	costComma   = 1.0
	costTo      = 1.2
	costAction  = 1.3
	costMethod  = 1.5
	// costCut is what each cut costs on its own, so that one long cut
	// beats several short ones that lose as much.
	costCut = 0.5
)

// settingWords open a detail of where or when.
var settingWords = wordSet(`at in on during upon across into onto around`)

// timeClauses open a condition or time clause: "when I feel upset",
// "before I start".
var timeClauses = wordSet(`when whenever before after until while if once unless`)

// particles finish a verb: "set up", "hang it up".
var particles = wordSet(`up down out off back away over round on in`)

// squeeze takes off the details and clauses a child's sentence loses
// least by, until it is short enough to read, when shorten's own trims
// were not enough. It returns the sentence and what it took off, or ok
// false when no choice of parts fits.
func squeeze(s string) (out, leftOut string, ok bool) {
	ws := strings.Fields(s)
	parts := splitParts(ws)
	if len(parts) == 0 {
		return s, "", false
	}
	best, bestCost := []int(nil), -1.0
	// Each clause is kept or dropped whole; each detail of a kept clause
	// is kept or dropped: at most 2^len(parts) choices, and a sentence
	// has few parts.
	n := len(parts)
	if n > 12 {
		return s, "", false
	}
	for mask := 1; mask < 1<<n; mask++ {
		var cut []int
		cost := 0.0
		valid := true
		for i := 0; i < n; i++ {
			if mask&(1<<i) == 0 {
				continue
			}
			// A detail inside a dropped clause goes with it; choosing it
			// as well is the same choice counted twice.
			if inDroppedClause(parts, mask, i) {
				valid = false
				break
			}
			cut = append(cut, i)
			p := parts[i]
			cost += costCut + p.cost*float64(p.to-p.from)
		}
		if !valid || bestCost >= 0 && cost >= bestCost {
			continue
		}
		kept := keep(ws, parts, cut)
		if !squeezed(kept) || !cleanCuts(ws, parts, cut) {
			continue
		}
		best, bestCost = cut, cost
	}
	if best == nil {
		return s, "", false
	}
	var lo []string
	for _, i := range best {
		p := parts[i]
		lo = append(lo, strings.Trim(strings.Join(ws[p.from:p.to], " "), ", "))
	}
	return strings.TrimRight(strings.Join(keep(ws, parts, best), " "), ","), strings.Join(lo, " … "), true
}

// squeezed reports whether what is left is a whole sentence short
// enough to read: not ended on a word that needs more after it.
func squeezed(kept []string) bool {
	if len(kept) < 3 || !fits(strings.Join(kept, " ")) {
		return false
	}
	last := lower(strings.TrimRight(kept[len(kept)-1], ","))
	// "… and hand" once "in my work on time" has gone: a verb the word
	// lists do not know, waiting for the rest.
	if particleWaits(kept[len(kept)-2], last) {
		return false // "… and hand out" once "and collect the equipment" has gone
	}
	return !cutShort[last] && !hanging[last] && !(lower(kept[len(kept)-2]) == "and" && bareWord(last)) && !verbAt(kept, len(kept)-1) && !timeClauses[last] && last != "and" && last != "or" && last != "then"
}

// cleanCuts reports whether no cut leaves what comes before it waiting
// for more: "set up and check my radio aid" cannot lose "and check my
// radio aid".
func cleanCuts(ws []string, parts []part, cut []int) bool {
	for _, i := range cut {
		if parts[i].to == len(ws) {
			continue // squeezed looks at the end
		}
		before := ws[:parts[i].from]
		last := lower(strings.TrimRight(before[len(before)-1], ","))
		if cutShort[last] || hanging[last] || lower(before[len(before)-2]) == "and" && bareWord(last) || verbAt(before, len(before)-1) || particles[last] && verbAt(before, len(before)-2) {
			return false
		}
	}
	for _, i := range cut {
		if lower(ws[parts[i].from]) == "and" && listBefore(ws[:parts[i].from]) {
			return false // "find my shoes, put them on" has lost its "and"
		}
	}
	return true
}

// bareWord reports whether w, after "and", may be a verb waiting for
// the rest: a plain lower-case word, not a plural or a quoted word.
func bareWord(w string) bool {
	return w != "" && !strings.HasSuffix(w, "s") && strings.IndexFunc(w, func(c rune) bool { return c < 'a' || c > 'z' }) < 0
}

// hanging words cannot end what is left: "even" without its "if".
var hanging = wordSet(`even only just also then`)

// listBefore reports whether ws end in a list still waiting for its
// "and": a comma after which no "and" or "or" comes.
func listBefore(ws []string) bool {
	// The comma just before ", and check my balance" joins two actions;
	// one further back makes a list.
	for j := len(ws) - 2; j >= 0; j-- {
		switch w := lower(ws[j]); {
		case w == "and" || w == "or":
			return false
		case strings.HasSuffix(w, ","):
			return true
		}
	}
	return false
}

// inDroppedClause reports whether part i lies inside another part that
// mask also drops.
func inDroppedClause(parts []part, mask, i int) bool {
	for j, q := range parts {
		if j != i && mask&(1<<j) != 0 && q.from <= parts[i].from && parts[i].to <= q.to {
			return true
		}
	}
	return false
}

// keep is ws without the parts cut.
func keep(ws []string, parts []part, cut []int) []string {
	drop := make([]bool, len(ws))
	for _, i := range cut {
		for k := parts[i].from; k < parts[i].to; k++ {
			drop[k] = true
		}
	}
	var kept []string
	for k, w := range ws {
		if !drop[k] {
			kept = append(kept, w)
		}
	}
	if len(kept) > 0 {
		// "…, then go back to my seat" without its clause ends on the
		// comma before it.
		kept[len(kept)-1] = strings.TrimRight(kept[len(kept)-1], ",")
	}
	return kept
}

// splitParts finds the parts of ws that may go: each detail runs to the
// next part, each clause to the next clause of its level or above. The
// first clause, the main action, never goes whole.
func splitParts(ws []string) []part {
	type start struct {
		at    int
		cost  float64
		level int
		keep  bool // may not go: "by myself", who with, a body part
	}
	var starts []start
	quoted := false
	verb := "" // the last verb before i, in the same clause
	for i := 0; i < len(ws); i++ {
		w := lower(strings.Trim(ws[i], ",.;"))
		if strings.Count(ws[i], "'")%2 == 1 && (strings.HasPrefix(ws[i], "'") || strings.HasSuffix(strings.TrimRight(ws[i], ",."), "'")) {
			quoted = !quoted
			if !quoted {
				continue
			}
		}
		if quoted || i < 2 {
			if verbAt(ws, i) {
				verb = w
			}
			continue
		}
		prev := lower(strings.TrimRight(ws[i-1], ","))
		comma := strings.HasSuffix(ws[i-1], ",")
		next := ""
		if i+1 < len(ws) {
			next = lower(strings.Trim(ws[i+1], ",."))
		}
		// A detail right after the verb is what the verb needs: "go to
		// the hall", "look at the board", "hang it up on the peg", "take
		// part in the club".
		afterVerb := !comma && (prev == "part" || verbAt(ws, i-1) || particles[prev] && verbAt(ws, i-2))
		// After "covered" or "placing" it belongs to that word: "with
		// the keyboard covered by a box", "by placing my finger on the
		// scanner" go whole or stay. "One feeling in the circle" is a
		// noun's detail, not a participle's.
		before := lower(ws[i-2])
		participle := !comma && len(prev) > 4 && (strings.HasSuffix(prev, "ing") && ingBase(prev) != "" && !determiners[before] && !countWords[before] || strings.HasSuffix(prev, "ed")) && w != "and" && w != "then"
		lv := lastVerbAt(ws, i)
		// So is where a thing is put: "place my hands on my head".
		placed := placingVerbs[verb] && !slices.ContainsFunc(starts, func(st start) bool { return st.at > lv })
		// "with my ear defenders on when …", "put my apron on over my
		// head": a particle, not a detail; "in order", "in turn", "in
		// time" and "one at a time" say how, not where.
		particle := next == "" || timeClauses[next] || next == "and" || next == "or" || settingWords[next] || strings.HasSuffix(ws[i], ",") || mannerNouns[next] ||
			w == "at" && next == "a" && i+2 < len(ws) && lower(strings.Trim(ws[i+2], ",.")) == "time"
		// Inside a name: "Seasons for Growth".
		name := isCapital(ws[i-1]) && i+1 < len(ws) && isCapital(ws[i+1])
		switch {
		case name || participle:
		case w == "and" && baseVerbs[next] && !feelingBefore(ws[:i]) || w == "then":
			// After a first step the second action is the point: "work
			// out when I am at a 3 and choose a way to calm down".
			keep := !slices.ContainsFunc(starts, func(st start) bool { return st.level == levelAction }) && (firstStepVerbs[lower(ws[0])] || hasPrefixWords(ws, []string{"work", "out"}))
			starts = append(starts, start{at: i, cost: costAction, level: levelAction, keep: keep})
		case w == "but" && comma:
			// ", but sometimes needs reminders": staff's comment.
			starts = append(starts, start{at: i, cost: costExample, level: levelAction})
		case timeClauses[w]:
			// When is most often the point: "go to my calm den when I
			// feel cross", "tell my head of year if someone is unkind".
			// It ends the part before it and stays.
			starts = append(starts, start{at: i, level: levelCondition, keep: true})
		case w == "because" || w == "so" && (next == "that" || next == "i"):
			starts = append(starts, start{at: i, cost: costBecause, level: levelCondition})
		case w == "to" && baseVerbs[next]:
			// What it is for is the point: "use my lap pad to help me
			// stay in my seat". It ends the part before it.
			starts = append(starts, start{at: i, level: levelCondition, keep: true})
		case comma && (w == "like" || w == "e.g."):
			starts = append(starts, start{at: i, cost: costExample, level: levelDetail})
		case w == "from":
			starts = append(starts, start{at: i, cost: costFrom, level: levelDetail, keep: afterVerb})
		case w == "for":
			// "happy for me to join" is who joins, not a detail.
			forWhom := (next == "me" || next == "us") && i+2 < len(ws) && lower(ws[i+2]) == "to"
			starts = append(starts, start{at: i, cost: costFor, level: levelDetail, keep: afterVerb || next == "help" || next == "support" || forWhom})
		case settingWords[w] && !particle:
			// Where a thing goes is the point: "enter each date into my
			// planner".
			starts = append(starts, start{at: i, cost: costSetting, level: levelDetail, keep: afterVerb || placed || w == "into" || w == "onto"})
		case w == "with" || w == "using":
			starts = append(starts, start{at: i, cost: costWith, level: levelDetail, keep: afterVerb || withWhom(ws[i+1:]) || wearing(ws[i+1:])})
		case w == "by":
			// "by reading the time on the packet" is a how with details
			// of its own; "by the door" is a detail.
			c, level := costFor, levelDetail
			if strings.HasSuffix(next, "ing") {
				c, level = costMethod, levelCondition
			}
			starts = append(starts, start{at: i, cost: c, level: level, keep: afterVerb || next == "myself" || next == "my" && i+2 < len(ws) && lower(ws[i+2]) == "own"})
		case w == "to" && (determiners[next] || next == "me"):
			// "give it to the adult": where it goes is the point.
			given := lower(ws[i-1]) == "it" || lower(ws[i-1]) == "them"
			starts = append(starts, start{at: i, cost: costTo, level: levelDetail, keep: afterVerb || placed || next == "me" || given})
		case comma && strings.HasSuffix(w, "ing"):
			starts = append(starts, start{at: i, cost: costComma, level: levelAction})
		}
		if verbAt(ws, i) {
			verb = w
		} else if v := ingBase(w); v != "" {
			verb = v // "by placing my finger on the scanner"
		}
	}
	var parts []part
	for k, st := range starts {
		end := len(ws)
		for _, nx := range starts[k+1:] {
			if nx.level <= st.level {
				end = nx.at
				break
			}
		}
		if st.keep || st.level == levelDetail && !detailAlone(ws[st.at:end]) || st.level == levelAction && hasCondition(ws[st.at:end]) {
			continue
		}
		parts = append(parts, part{from: st.at, to: end, cost: st.cost})
	}
	return parts
}

// hasCondition reports whether an action has a condition of its own,
// which makes it the point: "and ask an adult for help when I feel
// angry".
func hasCondition(ws []string) bool { return anyIn(ws, conditionWords) }

// conditionWords open a condition.
var conditionWords = wordSet(`when whenever if unless`)

// ingBase is the verb w is the -ing form of ("placing" → "place",
// "putting" → "put"), or "".
func ingBase(w string) string {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 2 {
		return ""
	}
	for _, v := range []string{stem, stem + "e", stem[:len(stem)-1]} {
		if baseVerbs[v] {
			return v
		}
	}
	return ""
}

// placingVerbs need where: "place my hands on my head", "put my coat on
// the peg", "go to the hall".
var placingVerbs = wordSet(`put place hang keep leave sit stand go come move walk get bring take return line stick post`)

// countWords count the noun after them: "one feeling".
var countWords = wordSet(`one two three four five another every no`)

// isCapital reports whether w starts with a capital letter.
func isCapital(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// lastVerbAt is the index of the last verb before i, or -1.
func lastVerbAt(ws []string, i int) int {
	for j := i - 1; j >= 0; j-- {
		if verbAt(ws, j) || ingBase(lower(strings.Trim(ws[j], ",."))) != "" {
			return j
		}
	}
	return -1
}

// verbAt reports whether ws[j] is a verb where a clause's verb stands:
// first, or after "and", "then", "to" or a comma. "group" in "the
// Seasons for Growth group" is a noun.
func verbAt(ws []string, j int) bool {
	if j < 0 || !baseVerbs[lower(strings.Trim(ws[j], ",."))] {
		return false
	}
	if j == 0 || strings.HasSuffix(ws[j-1], ",") {
		return true
	}
	switch lower(ws[j-1]) {
	case "and", "or", "then", "to", "i":
		return true
	}
	return false
}

// detailAlone reports whether a detail can go without taking part of
// something else with it: not a list's last item ("in each paragraph,
// and a closing"), one of two choices ("with a single word or by
// pointing"), nor a clause of its own ("for the book I would like").
func detailAlone(ws []string) bool {
	for k, w := range ws {
		switch lower(strings.Trim(w, ",.")) {
		case "and", "or", "i":
			return false
		}
		if k < len(ws)-1 && strings.HasSuffix(w, ",") {
			return false // a list: "with a topic sentence, 3 details"
		}
	}
	return true
}

// mannerNouns after "in", "on" or "by" say how, not where: "in order",
// "in turn", "in time", "in full sentences", "on sight", "by heart".
var mannerNouns = wordSet(`order turn time full sentences sight memory heart`)

// wearing reports whether "with" opens something the child has on: "with
// my ear defenders on", which is the point.
func wearing(rest []string) bool {
	for k, w := range rest {
		w = strings.Trim(w, ",.")
		if w == "on" {
			// "on" ends the part: "with my book on the desk" is where.
			return k == len(rest)-1 || strings.HasSuffix(rest[k], ",") || timeClauses[lower(rest[k+1])] || lower(rest[k+1]) == "and"
		}
		if settingWords[w] || w == "and" || w == "when" {
			return false
		}
	}
	return false
}

// withWhom reports whether "with" opens who the child does it with or
// what with their own body: those stay.
func withWhom(rest []string) bool {
	for i, w := range rest {
		if i > 3 {
			break
		}
		w = lower(strings.Trim(w, ",."))
		if otherPeople[w] || adultNouns[w] || groupNouns[w] || bodyParts[w] {
			return true
		}
		if !determiners[w] && i > 0 {
			break
		}
	}
	return false
}
