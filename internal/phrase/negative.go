package phrase

import (
	"slices"
	"strings"
)

// A child's page says what the child will do, never what they will stop:
// "I will not hit" names the hitting and leaves the child with nothing to
// do. For the behaviours schools most often write negative targets about,
// the positive is well established; the rewriter writes that instead.
// Anything else negative is left to the self-check, which refuses it.

// negationRE finds the wording that makes a target about stopping, up to
// the behaviour it is about.
var negationRE = mustRx(`\b(?:not|never|no\s+longer|stop|stops|stopping|refrain|refrains|refraining|reduce|reduces|reducing|decrease|decreases|avoid|avoids|avoiding|without|fewer|less|minimise|minimize|cease)\b`)

// negationCues are the words negationRE can match on, checked first
// because most targets hold none of them.
var negationCues = wordSet(`not never no stop stops stopping refrain refrains refraining reduce
	reduces reducing decrease decreases avoid avoids avoiding without fewer less minimise
	minimize cease`)

// positives map a behaviour (after a negation) to what the child will do.
// Order matters: leaving the room before running, since "run out of
// class" is leaving, not running.
var positives = []struct {
	re   *rx
	body string
	// hints are words one of which s must hold for re to match; checking
	// them first keeps the common case fast.
	hints []string
}{
	{mustRx(`\b(?:run|runs|running|walk|walks|walking|storm|storms|bolt|bolts|bolting)\s+(?:out\s+of|from|out)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:class|classroom|room|lessons?)\b`),
		"show my break card and wait for an adult", []string{"run", "walk", "storm", "bolt"}},
	{mustRx(`\b(?:leave|leaves|leaving|go|goes|going)\s+(?:out\s+of\s+)?(?:the\s+)?(?:class|classroom|room)\b`),
		"ask an adult before I leave the classroom", []string{"leav", "go"}},
	{mustRx(`\b(?:leave|leaves|leaving)\s+(?:the\s+)?(?:dinner\s+|lunch\s+)?table\b`),
		"stay at the table until I have finished eating", []string{"leav"}},
	{mustRx(`\bpush(?:es|ing)?\s+in\s+(?:the\s+)?dinner\s+queue\b`),
		"wait my turn in the dinner queue", []string{"push"}},
	{mustRx(`\bpush(?:es|ing)?\s+in\b`),
		"wait my turn in the queue", []string{"push"}},
	{mustRx(`\b(?:swing|swings|swinging|rock|rocks|rocking|lean|leans|leaning|tip|tips|tipping)\s+(?:on\s+)?(?:his|her|their|the|a)?\s*chair\b`),
		"sit with four chair legs on the floor", []string{"swing", "rock", "lean", "tip"}},
	{mustRx(`\binterrupt\w*\s+(?:adults|others|people|the\s+teacher|staff)\s+when\s+they\s+are\s+(?:speaking|talking)\b`),
		"wait for my turn to speak", []string{"interrupt"}},
	{mustRx(`\bwander\w*\s+(?:around\s+|about\s+)?(?:the\s+)?corridors?\b`),
		"stay in my lesson", []string{"wander"}},
	{mustRx(`\b(?:make|makes|making)\s+(?:silly\s+|loud\s+)?noises\b`),
		"work quietly", []string{"noises"}},
	{mustRx(`\b(?:shout|shouts|shouting|call|calls|calling)(?:\s+\w+)?\s+out\b|\bblurt|\binterrupt`),
		"put my hand up and wait to be asked", []string{"shout", "call", "blurt", "interrupt"}},
	{mustRx(`\b(?:hit|hits|hitting|kick|kicks|kicking|(?:push|pushes|pushing)\s+(?:other|others|peers|children|people|him|her|them|anyone|adults|staff)|punch|punches|punching|scratch|scratches|scratching|pinch|pinches|pinching|nip|nipping|hurt|hurts|hurting|fight|fights|fighting|headbutt\w*|(?:physical(?:ly)?\s+)?aggressi\w+|physical\s+contact|hands\s+on)\b`),
		"keep my hands and feet to myself", []string{"hit", "kick", "push", "punch", "scratch", "pinch", "nip", "hurt", "fight", "headbutt", "aggressi", "physical", "hands on"}},
	{mustRx(`\b(?:swear|swears|swearing|(?:bad|inappropriate|offensive|abusive)\s+language|rude\s+words|unkind\s+words|name[\s-]calling|call\w*\s+(?:other\s+)?(?:children|peers|people)\s+names)\b`),
		"use kind words", []string{"swear", "language", "rude", "unkind", "nam"}},
	{mustRx(`\b(?:use|uses|using)\s+(?:his|her|their|a|the|my)?\s*(?:mobile\s+)?phone\b`),
		"keep my phone in my bag", []string{"phone"}},
	{mustRx(`\b(?:snatch|snatches|snatching|grab|grabs|grabbing)\b`),
		"ask for a turn and wait", []string{"snatch", "grab"}},
	{mustRx(`\b(?:throw|throws|throwing)\s+(?:\w+\s+)?(?:equipment|objects|things|resources|chairs|furniture|items)\b`),
		"use equipment safely", []string{"throw"}},
	{mustRx(`\b(?:damage|damages|damaging|break|breaks|breaking|destroy|destroys|destroying|vandalise|vandalises|vandalising|vandalize|vandalizes|vandalizing)\s+(?:(?:school|other\s+people's|others'|classroom|class)\s+)?(?:property|equipment|furniture|resources|displays?)\b`),
		"look after school things", []string{"damag", "break", "destroy", "vandal"}},
	{mustRx(`\b(?:run|runs|running)\s+(?:in|around|along|down)\s+(?:the\s+)?corridors?\b`),
		"walk in the corridor", []string{"run"}},
	{mustRx(`\b(?:run|runs|running)\s+(?:in|around|along|down)\s+(?:the\s+)?(?:hall|classroom|school|building)\b`),
		"walk inside school", []string{"run"}},
	{mustRx(`\b(?:leave|leaves|leaving|get\s+out\s+of|gets\s+out\s+of|getting\s+out\s+of)\s+(?:his|her|their|the)\s+(?:seat|chair|place|table)\b|\bwander\w*\s+(?:around\s+|about\s+)?(?:the\s+)?(?:class|classroom|room)\b`),
		"stay in my seat", []string{"leav", "get", "wander"}},
	{mustRx(`\b(?:distract|distracts|distracting|disturb|disturbs|disturbing|disrupt|disrupts|disrupting)\b`),
		"work quietly and let others work", []string{"distract", "disturb", "disrupt"}},
	{mustRx(`\b(?:lateness|(?:be|being|arrive|arrives|arriving|come|comes|coming)\s+late)\s+(?:to|for|into|at)\s+school\b`),
		"get to school on time", []string{"late"}},
	{mustRx(`\b(?:lateness|lates|late\s+(?:marks?|arrivals?)|(?:be|being|arrive|arrives|arriving|come|comes|coming|turn\s+up|turns\s+up|turning\s+up)\s+late)\b`),
		"get to my lessons on time", []string{"late"}},
	{mustRx(`\b(?:verbal\s+)?outbursts?\b`),
		"use calm words when I feel angry", []string{"outburst"}},
	{mustRx(`\bspit(?:s|ting)?\s+(?:at|on|towards)\b|\bspitting\s*(?:[.,;]|$)`),
		"use my words when I am upset", []string{"spit"}},
	{mustRx(`\bpanic\s+attacks?\b`),
		"tell an adult when I start to feel panicky", []string{"panic"}},
	{mustRx(`\b(?:run|runs|running|bolt|bolts|bolting)\s+(?:out\s+of|out\s+through|through|out\s+at)\s+(?:the\s+)?(?:[a-z]+\s+)?gates?\s+at\s+home\s*time\b`),
		"wait with an adult", []string{"gate"}},
	{mustRx(`\b(?:refuse|refuses|refusing)\s+(?:to\s+)?(?:work|do\s+(?:his|her|their|any|the)\s+work|start|complete|begin|try|write|read|join\s+in)\b|\b(?:work|task)\s+refusal\b`),
		"start my work when I am asked", []string{"refus"}},
}

// positiveJoinRE finds where a negative target goes on to say what the
// child will do: "refrain from shouting out and to put his hand up",
// "will stop chewing her sleeves and use her chewy tube", "refrain from
// hiding, going to the line".
var positiveJoinRE = mustRx(`(?:,\s*|\s+)(?:and|but)\s+(?:(?:will|is\s+to|to|instead)\s+)?|,\s+(?:instead\s+)?`)

// stopDoingRE is "stop" about a behaviour: "stop chewing".
var stopDoingRE = mustRx(`^stop(?:s|ping)?\s+[a-z]+ing\b`)

// contractedNotRE is a "not" written into its verb: "doesn't", "isn't".
var contractedNotRE = mustRx(`\b[a-z]+n't\b`)

// positiveClause returns s with its negative part taken out when s also
// says, after it, what the child will do instead: "Jay is to refrain from
// shouting out and to put his hand up" → "Jay is to put his hand up". It
// returns "" when s has no such second part.
func (r *Rewriter) positiveClause(s string) string {
	ls, neg := firstNegation(s)
	if ls == "" {
		return ""
	}
	if c := contractedNotRE.FindStringIndex(ls); c != nil && (neg == nil || c[0] < neg[0]) {
		neg = c
	}
	if neg == nil || strings.HasPrefix(ls[neg[0]:], "stop") && !stopDoingRE.MatchString(ls[neg[0]:]) {
		return "" // "stop and look at the adult" is no negative
	}
	if before := strings.Fields(ls[:neg[0]]); len(before) > 0 && !leadInSet[before[len(before)-1]] && !strings.HasSuffix(ls[neg[0]:neg[1]], "n't") {
		return "" // the negation is not the target's main verb
	}
	if !isLeadIn(ls[:neg[0]]) {
		// "tell his teacher when he cannot hear the track and use the
		// transcript instead": the negation is in a clause of its own.
		return ""
	}
	for _, j := range positiveJoinRE.FindAllStringIndex(ls[neg[1]:], -1) {
		at := neg[1] + j[1]
		rest := strings.TrimSpace(s[at:])
		toks := tokenize(rest)
		if len(toks) < 2 || negationRE.MatchString(asciiLower(rest)) || contractedNotRE.MatchString(asciiLower(rest)) {
			continue
		}
		first := lower(toks[0])
		if staffTails[first] || first == "such" || first == "like" || first == "especially" {
			// "will not bully others, including name-calling …": the
			// behaviours the target is against, never what the child
			// will do instead.
			continue
		}
		b, ok := r.verbBase(first)
		if !ok && r.isAction(first) {
			b, ok = first, true
		}
		if join := ls[neg[1]+j[0] : neg[1]+j[1]]; strings.HasSuffix(first, "ing") && (strings.Contains(join, "and") || strings.Contains(join, "or")) && gerundNegation(ls[neg[0]:neg[1]]) {
			// "stop picking her nose and eating it": what "stop" stops
			// too, not what the child will do instead.
			continue
		}
		if !ok || notActions[first] || misbehaviourWord(b) {
			// "will not hit, kick or push": the next behaviour of the
			// same list, not what the child will do instead.
			continue
		}
		if dropped := ls[neg[0] : neg[1]+j[0]]; slices.ContainsFunc(strings.Fields(dropped), func(w string) bool { return keptAvoidances[strings.Trim(w, ",.;")] }) {
			// "avoid foods containing nuts and check with staff before
			// eating": what the child keeps away from is the point, for
			// safety, and is not left out.
			return ""
		}
		lead := s[:neg[0]]
		if strings.HasSuffix(first, "ing") || r.isThirdPerson(first) {
			// ", going to the line": the verb takes the lead-in's form.
			rest = b + rest[len(first):]
			if strings.TrimSpace(lead) == "" {
				lead = "to "
			}
		}
		rest = strings.TrimSuffix(strings.TrimSuffix(rest, " instead"), " instead.")
		if chewingRE.MatchString(ls[neg[0]:neg[1]+j[0]]) && !conditionRE.MatchString(asciiLower(rest)) {
			// "stop chewing her sleeves and use her chewy tube
			// instead": the chewy tube is for when the child needs to
			// chew, which the page says.
			rest = strings.TrimRight(rest, ". ") + " when I need to chew"
		}
		if c := conditionRE.FindStringIndex(ls[neg[1] : neg[1]+j[0]]); c != nil && !conditionRE.MatchString(asciiLower(rest)) {
			// "refrain from hiding under the table when the fire alarm
			// is tested, going to the line": the condition is the
			// positive part's too.
			rest = strings.TrimRight(rest, ".") + " " + s[neg[1]+c[0]:neg[1]+j[0]]
		}
		return lead + rest
	}
	return ""
}

// notWithoutRE is a negative target whose "without" names what the
// child will do first: "refrain from leaving college site without
// informing reception". Its groups are the lead-in, the behaviour's verb
// and the rest of it, the verb of what the child does first and the rest
// of that.
var notWithoutRE = mustRx(`^(.*?)\b(?:not|never|refrain\s+from)\s+([a-z]+)\b([^,;:()]*?)\s+without\s+(?:first\s+)?([a-z]+ing)\b([^,;:().]*)\.?\s*$`)

// firstActions are what a child does before something they may not do
// unasked: "without informing reception", "without asking".
var firstActions = wordSet(`ask tell inform check let sign show knock text phone message call`)

// askFirst returns s, a target that the child will not do something
// without first doing something else, said as what the child will do:
// "Kyle will refrain from leaving college site without informing
// reception" → "Kyle will inform reception before leaving college site".
// It returns "" for any other s.
func (r *Rewriter) askFirst(s string) string {
	if !strings.Contains(s, "without") {
		return ""
	}
	ls := asciiLower(s)
	m := notWithoutRE.FindStringSubmatchIndex(ls)
	if m == nil || !isLeadIn(ls[:m[3]]) {
		return ""
	}
	first, ok := r.verbBase(s[m[8]:m[9]])
	if !ok || !firstActions[first] {
		return ""
	}
	act := s[m[4]:m[5]]
	base, ok := r.verbBase(act)
	if !ok && r.isAction(act) {
		base, ok = act, true
	}
	if !ok || misbehaviourWord(base) && base != "leave" && base != "walk" {
		// "will not hit anyone without …" is still hitting.
		return ""
	}
	if !strings.HasSuffix(act, "ing") {
		act = inflect(base, formIng)
	}
	return s[:m[3]] + first + s[m[10]:m[11]] + " before " + act + s[m[6]:m[7]] + "."
}

// sameCondition reports whether the stock sentence body ends on the
// condition staff wrote (cond, from its "when" or "until" on): "until he
// has finished eating" is the stock "until I have finished eating".
func sameCondition(body, cond string) bool {
	f := strings.Fields(strings.TrimRight(cond, " .!"))
	if len(f) == 0 || !strings.Contains(body, f[0]+" ") {
		return false
	}
	return strings.HasSuffix(body, " "+f[len(f)-1])
}

// keptAvoidances are what a child keeps away from for their safety or
// health, which a negative target's positive part may not stand for.
var keptAvoidances = wordSet(`nuts nut peanuts allergy allergies allergic allergen allergens gluten
	dairy egg eggs food foods snacks sweets eat eating drink drinking medicine medicines tablets
	road roads traffic strangers hot hob oven kettle knife knives sharp water pool pond river
	sun latex smoke stranger address online password passwords details photo photos
	ex-partner`)

// gerundNegation reports whether neg, a negation, takes an -ing verb:
// "stop", "refrain from", "avoid".
func gerundNegation(neg string) bool {
	return strings.HasPrefix(neg, "stop") || strings.HasPrefix(neg, "refrain") || strings.HasPrefix(neg, "avoid") || strings.HasPrefix(neg, "cease")
}

// leadInSet are the words that can stand before the action in a staff
// target: its subject, its modal and "be able to".
var leadInSet = wordSet(`the a young person pupil child student learner yp he she they will is are
	to be able should must can shall needs need does do did`)

// framePreps open a frame about where or when ("during carpet time"),
// which may stand before the subject without a comma.
var framePreps = wordSet(`during in at on when while`)

// isLeadIn reports whether prefix, the text before a negation, is only
// the target's subject and modal ("Jay (Y9) is to", "The pupil will"),
// after at most a frame ("During carpet time, the pupil will"), so that
// the negation is what the target is about.
func isLeadIn(prefix string) bool {
	if i := strings.LastIndexByte(prefix, ','); i >= 0 {
		if strings.TrimSpace(prefix[i+1:]) == "" && strings.TrimSpace(prefix[:i]) != "" {
			// "moves to the classroom when shown his card, without
			// running off": the negation is tacked on after the action.
			return false
		}
		prefix = prefix[i+1:]
	}
	ws := strings.Fields(asideRE.ReplaceAllString(prefix, " "))
	end := len(ws)
	for end > 0 && leadInSet[ws[end-1]] {
		end--
	}
	if end > 0 && end < len(ws) {
		end-- // the child's name before the modal
	}
	for end > 0 && leadInSet[ws[end-1]] {
		end--
	}
	return end == 0 || framePreps[ws[0]]
}

// firstNegation returns s in small letters, with "full stop" and the like
// blanked out, and where its first negation is; ls is "" when s holds no
// negation cue at all, which is most targets. The expressions are in small
// letters, matched against s in small letters, which is much faster than
// case-insensitive matching; same-length blanks keep the positions of the
// rest of s.
func firstNegation(s string) (ls string, neg []int) {
	ls = asciiLower(s)
	if !strings.Contains(ls, "n't") && !slices.ContainsFunc(strings.Fields(ls), func(w string) bool { return negationCues[strings.Trim(w, ",.;:")] }) {
		return "", nil
	}
	if strings.Contains(ls, "stop") {
		ls = notNegativeRE.ReplaceAllStringFunc(ls, func(m string) string { return strings.Repeat(" ", len(m)) })
	}
	return ls, negationRE.FindStringIndex(ls)
}

// positiveFor returns what the child will do instead of the negative
// behaviour in sentence s, or "" when s is not such a target.
func positiveFor(s string) string {
	_, neg := firstNegation(s)
	s = asciiLower(s)
	if neg == nil || !isLeadIn(s[:neg[0]]) || neg[0] == 0 && strings.HasPrefix(s, "without") {
		// ("Without shouting out, Ollie will answer questions": a frame
		// on the target, which is something else.)
		// "Accepts 'no' from an adult without shouting": the target is
		// about something else, which the stock sentence would lose.
		return ""
	}
	if containsAny(s, "more than", "times a", "times per", "twice a", "twice per") && !containsAny(s, "reduce", "fewer", "less") {
		// "does not shout out more than twice a day": a limit, which
		// a stock sentence of what the child does instead would lose.
		return ""
	}
	if t := othersTrigger(s[neg[0]:]); t != "" {
		return t
	}
	if strings.Contains(s, "bit") && selfBitingRE.MatchString(s) {
		// "stop biting her sleeves": no one else's hands and feet are
		// in it; the self-check refuses it for a Child Target.
		return ""
	}
	var bodies []string
	var spans [][]int
	feeling := "" // how the child feels when it happens, when staff say
	for _, p := range positives {
		if !slices.ContainsFunc(p.hints, func(h string) bool { return strings.Contains(s, h) }) {
			continue
		}
		if loc := p.re.FindStringIndex(s); loc != nil && loc[0] >= neg[0] && loc[0]-neg[1] < 60 {
			if p.body == "keep my hands and feet to myself" && strings.Contains(s[max(loc[0]-12, 0):loc[1]], "verbal") {
				// "verbal aggression" is words, not hands and feet.
				return ""
			}
			if p.body == "ask for a turn and wait" && strings.Contains(s, "food") {
				return "" // "grabbing food from other children's plates"
			}
			if slices.ContainsFunc(spans, func(sp []int) bool { return loc[0] >= sp[0] && loc[1] <= sp[1] }) {
				continue // "push in the dinner queue" is said already, and better
			}
			if c := conditionRE.FindStringIndex(s[loc[1]:]); c != nil && !sameCondition(p.body, s[loc[1]+c[0]:]) {
				// "when they take his toys", "until an adult says she
				// may": the stock sentence would drop what the target is
				// about, or put its own condition in place. How the
				// child feels ("when frustrated") goes with it.
				f := feelingConditionRE.FindStringSubmatch(s[loc[1]+c[0]:])
				if f == nil || feeling != "" {
					return ""
				}
				feeling = f[1]
			}
			spans = append(spans, p.re.FindAllStringIndex(s, -1)...)
			if !slices.Contains(bodies, p.body) {
				bodies = append(bodies, p.body)
			}
		}
	}
	if len(bodies) == 0 || len(bodies) > 2 || !listCovered(s, neg[1], spans) {
		// "will not swear, spit or throw things": a stock sentence for
		// one behaviour would leave the others out.
		return ""
	}
	body := strings.Join(bodies, " and ")
	if m := settingRE.FindStringSubmatchIndex(s); m != nil && !strings.Contains(body, s[m[4]:m[5]]) {
		setting := s[m[4]:m[5]]
		body += " " + settingPrep(setting) + " " + setting
		if more := orSettingRE.FindString(s[m[1]:]); more != "" {
			body += more // "in maths or in English"
		}
	}
	if feeling != "" && !strings.Contains(body, " when I ") {
		body += " when I feel " + childFeelings[feeling]
	}
	return subjectNameRE.ReplaceAllStringFunc(body, func(w string) string { return subjectNames[w] })
}

// triggerRE is hurting others when they do something to the child:
// "not bite other children when they take his toys". Its groups are who
// is hurt, who does it ("they" for the same ones) and what they do.
var triggerRE = mustRx(`^(?:not|never|refrain\s+from|stop)\s+(?:hit|hitting|kick|kicking|push|pushing|bite|biting|punch|punching|hurt|hurting|pinch|pinching|scratch|scratching|nip|nipping)\s+(other\s+children|others|peers|another\s+child|a\s+peer|a\s+friend|friends)\s+(?:when|if)\s+(they|he|she|someone|somebody|anyone|another\s+child|other\s+children|a\s+peer|peers|a\s+friend|friends)\s+([a-z]+(?:\s+[a-z']+){0,5})\s*\.?$`)

// othersTrigger returns, for hurting others when they do something to
// the child, what the child will do then: tell an adult ("tell an adult
// when other children take my toys"). It returns "" for anything else.
func othersTrigger(s string) string {
	m := triggerRE.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	who := m[2]
	switch who {
	case "they", "he", "she":
		// The ones hurt, named before: "when they take his toys". A
		// "they" goes back to several, a "he" or "she" to one.
		who = m[1]
		if (who == "another child" || who == "a peer" || who == "a friend") != (m[2] != "they") {
			return ""
		}
	}
	switch who {
	case "others", "peers":
		who = "other children"
	case "a peer":
		who = "another child"
	}
	var did []string
	toChild := false // what they do is done to the child: "take his toys"
	for _, w := range strings.Fields(m[3]) {
		switch w {
		case "his", "her", "their":
			w, toChild = "my", true
		case "him", "them":
			w, toChild = "me", true
		case "he", "she", "they", "himself", "herself":
			return "" // someone else again: whose is unclear
		}
		did = append(did, w)
	}
	if !toChild {
		return "" // "when they are in the line": where, not what sets it off
	}
	return "tell an adult when " + who + " " + strings.Join(did, " ")
}

// feelingConditionRE is a condition that is only how the child feels,
// ending the target: "when frustrated", "when he is angry", "if she gets
// upset".
var feelingConditionRE = mustRx(`^(?:when|whenever|if)\s+(?:(?:he|she|they)\s+(?:is|are|feels?|gets?|becomes?)\s+|feeling\s+)?(frustrated|angry|cross|upset|annoyed|overwhelmed|anxious|worried)\s*[.!]?\s*$`)

// childFeelings are those feelings in a child's words.
var childFeelings = map[string]string{"frustrated": "cross", "angry": "angry", "cross": "cross", "upset": "upset",
	"annoyed": "cross", "overwhelmed": "overwhelmed", "anxious": "worried", "worried": "worried"}

// subjectNames are school subjects and languages as they are written,
// lost when the stock sentence was matched in small letters.
var subjectNames = map[string]string{"english": "English", "french": "French", "spanish": "Spanish",
	"welsh": "Welsh", "german": "German", "pe": "PE", "pshe": "PSHE", "ict": "ICT", "dt": "DT"}

// subjectNameRE finds them.
var subjectNameRE = mustRx(`\b(?:english|french|spanish|welsh|german|pe|pshe|ict|dt)\b`)

// chewingRE is chewing, which a chewy tube or toy is for.
var chewingRE = mustRx(`\bchew(?:s|ing)?\b`)

// selfBitingRE is biting or chewing what is the child's own.
var selfBitingRE = mustRx(`\bbit(?:e|es|ing)\s+(?:his|her|their|my|the)?\s*(?:own\s+)?(?:sleeves?|nails?|fingers?|hands?|lips?|clothes|cuffs?|collar|pencils?|skin|arm|arms)\b`)

// listCovered reports whether every behaviour named after the negation
// at from, up to a condition or the end, lies in one of the spans the
// stock sentences were chosen for: "not hit, kick or push" is all hands,
// "not tear, scribble on or throw" is not.
func listCovered(s string, from int, spans [][]int) bool {
	end := len(s)
	if c := conditionRE.FindStringIndex(s[from:]); c != nil {
		end = from + c[0]
	}
	for _, loc := range letterRunRE.FindAllStringIndex(s[from:end], -1) {
		w := s[from+loc[0] : from+loc[1]]
		if !misbehaviourWord(w) {
			continue
		}
		if !slices.ContainsFunc(spans, func(sp []int) bool { return from+loc[0] >= sp[0] && from+loc[1] <= sp[1] }) {
			return false
		}
	}
	return true
}

// misbehaviourWord reports whether w, in any of its forms ("hitting",
// "kicks", "bit"), is a behaviour negative targets are written about.
func misbehaviourWord(w string) bool {
	if misbehaviour[w] || listBehaviours[w] {
		return true
	}
	for _, suf := range []string{"ing", "s", "es"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) > 1 {
			if misbehaviour[stem] || misbehaviour[stem+"e"] || listBehaviours[stem] || listBehaviours[stem+"e"] || len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2] && misbehaviour[stem[:len(stem)-1]] {
				return true
			}
		}
	}
	return false
}

// listBehaviours are behaviours that come in a negative target's list
// beside the common ones: "not tear, scribble on or throw her work".
var listBehaviours = wordSet(`scribble smash steal lie`)

// orSettingRE is a second setting after the first: " or in English".
var orSettingRE = mustRx(`^\s+(?:or|and)\s+(?:in|at|on|during)\s+(?:the\s+)?[a-z]+`)

// conditionRE opens a condition on the behaviour.
var conditionRE = mustRx(`\b(?:when|whenever|if|until|because|unless)\b`)

// settingRE finds where the behaviour happens, which the child's page
// keeps: "at lunchtime", "in literacy".
var settingRE = mustRx(`\b(during|in|at|on)\s+(?:the\s+)?(lunchtime|lunch|playtime|breaktime|break|assembly|carpet time|circle time|silent reading|literacy|maths|english|science|pe|lessons|class|the playground|the dinner hall|the corridor|the carpet|home time|hometime)\b`)

// settingPrep is the preposition a child would use for a setting.
func settingPrep(setting string) string {
	switch setting {
	case "literacy", "maths", "english", "science", "pe", "lessons", "class":
		return "in"
	case "the playground", "the dinner hall", "the corridor":
		return "in"
	case "the carpet":
		return "on"
	case "silent reading":
		return "during"
	}
	return "at"
}
