package phrase

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fallbacks are the sentences given when the staff wording holds nothing a
// child sentence can be made from (empty, or only punctuation). They still
// read as the child's own words, so a child page is never blank or broken.
const (
	FallbackTarget  = "I will work on my target."
	FallbackSuccess = "I can do my target."
)

// staffMeasures are the parts of a target that matter to the adults
// checking progress but mean nothing to the child reading their page.
// "With no more than 2 prompts" is deliberately not here: a child can aim
// for it, so it stays, with "prompts" made "reminders" by the glossary.
var staffMeasures = []struct {
	re *regexp.Regexp
	// hints are words one of which the text must hold (in lower case)
	// for re to match; checking them first keeps the common case fast.
	hints []string
}{
	// "with 80% accuracy", "with at least 90 per cent success"
	{regexp.MustCompile(`(?i),?\s*\bwith\s+(?:at\s+least\s+|over\s+|around\s+|approximately\s+)?\d+(?:\.\d+)?\s*(?:%|per\s?cent\b)(?:\s*(?:accuracy|success|consistency|confidence)\b|\s+of\s+(?:the\s+)?(?:words?|answers?|sounds?|letters?)\s+(?:right|correct|correctly|accurate|read\s+correctly)\b)?`), []string{"%", "per"}},
	// "90% accuracy", "80% of the time", "in 75% of sessions"
	{regexp.MustCompile(`(?i),?\s*\b(?:in|on|for|during)?\s*(?:at\s+least\s+)?\d+(?:\.\d+)?\s*(?:%|per\s?cent\b)\s*(?:accuracy|of\s+(?:the\s+)?(?:time|occasions|opportunities|observed\s+sessions|sessions|lessons|observations|attempts|days|trials))`), []string{"%", "per"}},
	// "in 4 out of 5 sessions", "on 4/5 occasions"
	{regexp.MustCompile(`(?i),?\s*\b(?:in|on|across|over|during|for)?\s*(?:at\s+least\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:out\s+of|/|of)\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:observed\s+|consecutive\s+|separate\s+|weekly\s+|daily\s+)?(?:sessions?|occasions?|opportunities|opportunity|attempts?|trials?|lessons?|days?|weeks?|observations?|times|tasks?|activities|probes?)\b`), numberHints},
	// "on 3 consecutive occasions", "over 2 separate sessions"
	{regexp.MustCompile(`(?i),?\s*\b(?:on|in|over|for|across|during)\s+(?:at\s+least\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:consecutive|separate|different)\s+(?:occasions|sessions|days|weeks|lessons|observations|times|attempts)\b`), numberHints},
	// "over 3 weeks", "across a half term"
	{regexp.MustCompile(`(?i),?\s*\b(?:over|across)\s+(?:a\s+period\s+of\s+)?(?:\d+|a|one|two|three|four|five|six)\s+(?:consecutive\s+)?(?:weeks?|half[\s-]terms?|terms?)\b`), []string{"over", "across"}},
	// "(4/5)", "(80%)": bracketed scores
	{regexp.MustCompile(`\s*\([^()]*(?:\d\s*/\s*\d|%|out of)[^()]*\)`), []string{"("}},
	// "as measured by …", "as observed in …", "assessed using …": the rest
	// of the clause is how staff will check. "Observed" and "recorded" need
	// the "as" or "will be", since a child may say what they observed.
	{regexp.MustCompile(`(?i),?\s*\b(?:as|this\s+will\s+be|to\s+be|will\s+be)\s+(?:measured|assessed|evidenced|monitored|tracked|observed|reported|judged|recorded)\s+(?:by|through|using|via|in|on|during|with)\b[^,.;]*`), []string{"measured", "assessed", "evidenced", "monitored", "tracked", "observed", "reported", "judged", "recorded"}},
	{regexp.MustCompile(`(?i),?\s*\b(?:measured|assessed|evidenced|monitored|tracked)\s+(?:by|through|using|via)\b[^,.;]*`), []string{"measured", "assessed", "evidenced", "monitored", "tracked"}},
	{regexp.MustCompile(`(?i),?\s*\baccording\s+to\b[^,.;]*`), []string{"according"}},
}

// numberHints are what a count in a staff measure starts with.
var numberHints = []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}

var (
	spaceRE     = regexp.MustCompile(`\s+`)
	letterRunRE = regexp.MustCompile(`[\pL']+`)
	titleDotRE  = regexp.MustCompile(`\b(Mr|Mrs|Ms|Dr|Miss|Mx)\.`)
	sentenceRE  = regexp.MustCompile(`[.!?;]+\s+`)
	bulletRE    = regexp.MustCompile(`^(?:[-–—•*·>]+\s*|\(?\d{1,2}[.)]\s+|\(?[a-hA-H]\)\s+)`)
	labelRE     = regexp.MustCompile(`(?i)^(?:target|success\s+criteria|sc|outcome|objective|aim)\s*\d*\s*[:\-–]\s*`)
	heSheRE     = regexp.MustCompile(`(?i)\b(?:he\s*/\s*she|she\s*/\s*he|s/he|he\s+or\s+she|she\s+or\s+he)\b`)
	hisHerRE    = regexp.MustCompile(`(?i)\b(?:his\s*/\s*her|her\s*/\s*his|his\s+or\s+her|her\s+or\s+his)\b`)
	himHerRE    = regexp.MustCompile(`(?i)\b(?:him\s*/\s*her|her\s*/\s*him|him\s+or\s+her|her\s+or\s+him)\b`)
	himselfRE   = regexp.MustCompile(`(?i)\b(?:himself\s*/\s*herself|herself\s*/\s*himself|himself\s+or\s+herself)\b`)
	egRE        = regexp.MustCompile(`(?i)\be\.?g\.?(?:\s|,|$)`)
	ieRE        = regexp.MustCompile(`(?i)\bi\.e\.?(?:\s|,|$)`)
	etcRE       = regexp.MustCompile(`(?i),?\s*\betc\b\.?`)
	spacePunRE  = regexp.MustCompile(`\s+([,;:!?.)\]])`)
	openPunRE   = regexp.MustCompile(`([(\[])\s+`)
	dupCommaRE  = regexp.MustCompile(`,(\s*,)+`)
	innerEndRE  = regexp.MustCompile(`[.!?]+(\s)`)
	leadPunctRE = regexp.MustCompile(`^[\s,;:\-–—.!?)\]]+`)
)

var contractions = strings.NewReplacer(
	"won't", "will not", "Won't", "Will not", "WON'T", "WILL NOT",
	"can't", "can not", "Can't", "Can not", "cannot", "can not", "Cannot", "Can not",
)

// normalise makes the staff text one line of plain words: valid UTF-8, no
// control characters, straight apostrophes, no bullets or labels, and the
// "he/she" forms of generic templates collapsed.
func normalise(text string) string {
	s := strings.ToValidUTF8(text, " ")
	s = strings.Map(func(c rune) rune {
		switch {
		case c == '’' || c == '‘' || c == '`':
			return '\''
		case c == '“' || c == '”':
			return '"'
		case c == '…':
			return ' '
		case unicode.IsControl(c) || unicode.IsSpace(c) || c == utf8.RuneError:
			return ' '
		case !unicode.IsPrint(c):
			return -1
		}
		return c
	}, s)
	s = strings.TrimSpace(spaceRE.ReplaceAllString(s, " "))
	for {
		t := labelRE.ReplaceAllString(bulletRE.ReplaceAllString(s, ""), "")
		if t == s {
			break
		}
		s = t
	}
	if isShouting(s) {
		// Keep vowel-less words such as CVC and HFW as the acronyms they are.
		s = letterRunRE.ReplaceAllStringFunc(s, func(w string) string {
			if !strings.ContainsAny(w, "AEIOU") {
				return w
			}
			return strings.ToLower(w)
		})
	}
	s = titleDotRE.ReplaceAllString(s, "$1")
	s = egRE.ReplaceAllString(s, "like ")
	s = ieRE.ReplaceAllString(s, "that is ")
	s = etcRE.ReplaceAllString(s, "")
	s = contractions.Replace(s)
	s = himselfRE.ReplaceAllString(s, "himself")
	s = heSheRE.ReplaceAllString(s, "he")
	s = hisHerRE.ReplaceAllString(s, "his")
	s = himHerRE.ReplaceAllString(s, "him")
	ls := strings.ToLower(s)
	for _, m := range staffMeasures {
		if !slices.ContainsFunc(m.hints, func(h string) bool { return strings.Contains(ls, h) }) {
			continue
		}
		// A space, not nothing, so the words either side never run together.
		s = m.re.ReplaceAllString(s, " ")
	}
	return strings.TrimSpace(spaceRE.ReplaceAllString(s, " "))
}

// isShouting reports whether s is written all in capitals, as some
// exports do, so that it can be read as ordinary text.
func isShouting(s string) bool {
	letters, upper := 0, 0
	for _, c := range s {
		if unicode.IsLetter(c) {
			letters++
			if unicode.IsUpper(c) {
				upper++
			}
		}
	}
	return letters > 8 && upper == letters
}

// tokenize splits s into words and punctuation. A word keeps its inner
// apostrophes, hyphens and slashes ("don't", "turn-taking", "and/or") and
// a number its point, comma and percent sign ("3.5", "1,000", "80%").
func tokenize(s string) []string {
	rs := []rune(s)
	var toks []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			toks = append(toks, string(cur))
			cur = cur[:0]
		}
	}
	wordy := func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.IsMark(c) }
	skip := 0
	for i, c := range rs {
		if skip > 0 {
			skip--
			continue
		}
		next := rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch {
		case wordy(c):
			cur = append(cur, c)
		case c == '/' && len(cur) == 0 && phonemeEnd(rs, i) > 0:
			// "/s/": a sound, written as phonics teaching writes it.
			end := phonemeEnd(rs, i)
			toks = append(toks, string(rs[i:end+1]))
			skip = end - i
		case (c == '\'' || c == '-' || c == '/') && len(cur) > 0 && wordy(next):
			cur = append(cur, c)
		case (c == '.' || c == ',' || c == ':') && len(cur) > 0 && unicode.IsDigit(cur[len(cur)-1]) && unicode.IsDigit(next):
			cur = append(cur, c)
		case c == '\'' && len(cur) > 0 && (cur[len(cur)-1] == 's' || cur[len(cur)-1] == 'S') && !wordy(next):
			// "the pupils' books": a plural possessive, not a closing quote.
			cur = append(cur, c)
		case c == '%' && len(cur) > 0 && unicode.IsDigit(cur[len(cur)-1]):
			cur = append(cur, c)
			flush()
		case unicode.IsSpace(c):
			flush()
		default:
			flush()
			toks = append(toks, string(c))
		}
	}
	flush()
	return toks
}

// phonemeEnd returns the index of the closing slash of a sound written
// "/sh/" starting at rs[i], or 0.
func phonemeEnd(rs []rune, i int) int {
	for j := i + 1; j < len(rs) && j <= i+5; j++ {
		switch {
		case rs[j] == '/' && j > i+1:
			return j
		case !unicode.IsLetter(rs[j]):
			return 0
		}
	}
	return 0
}

func isWord(t string) bool {
	c, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLetter(c) || unicode.IsDigit(c)
}

// join puts tokens back into text with ordinary English spacing.
func join(toks []string) string {
	var b strings.Builder
	quoteOpen := false
	noSpaceNext := true
	for _, t := range toks {
		switch t {
		case ",", ".", ";", ":", "!", "?", ")", "]":
			b.WriteString(t)
			noSpaceNext = false
			continue
		case "(", "[":
			if !noSpaceNext {
				b.WriteByte(' ')
			}
			b.WriteString(t)
			noSpaceNext = true
			continue
		case "\"", "'":
			if quoteOpen {
				b.WriteString(t)
				noSpaceNext = false
			} else {
				if !noSpaceNext {
					b.WriteByte(' ')
				}
				b.WriteString(t)
				noSpaceNext = true
			}
			quoteOpen = !quoteOpen
			continue
		}
		if !noSpaceNext {
			b.WriteByte(' ')
		}
		b.WriteString(t)
		noSpaceNext = false
	}
	return b.String()
}

func lower(t string) string { return strings.ToLower(t) }

// clauseContext is what the rewriter knows about who the sentence is about.
type clauseContext struct {
	names  map[string]bool // the child's names, lower case
	gender string          // "m" or "f": which third-person pronouns mean the child
	they   bool            // the child is "they"
	adult  bool            // the sentence's subject is an adult, not the child
	// withHelp is set when staff wrote "will be supported to …".
	withHelp bool
	// anyCase is set when the text has no case to go by (all capitals or
	// all small letters); otherwise a name must be capitalised, so that a
	// child called Will or Hope does not swallow "will" and "hope".
	anyCase bool
}

func (c *clauseContext) isName(t string) bool {
	return c.names[lower(t)] && (c.anyCase || isCapitalised(t) || isAcronym(t))
}

var (
	modals = wordSet(`will can should must would could to is are was has does
		needs need won't might shall`)
	childNouns = wordSet(`pupil child student learner yp`)
	adultNouns = wordSet(`ta tas teacher teachers adult adults staff lsa lsas
		hlta senco sendco keyworker therapist salt ot ep parent parents carer
		carers mentor practitioner practitioners`)
	adultTitles   = wordSet(`mr mrs ms miss dr mx`)
	childSubjects = wordSet(`he she they i`)
	conjunctions  = wordSet(`when if so because that until while before after as once whenever unless where`)
	auxAfterName  = wordSet(`will can is was has does should must would could might
		needs feels gets wants won't isn't doesn't are were had did`)
	freqAdverbs = wordSet(`always often sometimes usually never also really still just then`)
	helpVerbs   = wordSet(`help helps support supports remind reminds prompt prompts praise
		praises tell tells give gives show shows calm calms encourage encourages ask asks for`)
	groupNouns = wordSet(`peers others children friends classmates adults people pupils
		group partners partner sisters brothers siblings`)
	// followsPossessive are words after "her" that mark it as the object
	// ("help her to …"), not the possessive ("her coat").
	notNounAfterHer = wordSet(`to and or with when if in on at for by from about before
		after until so because that the a an this these some any while as what how
		why where who into onto up down out off back again too , . ; : ! ? )`)
	leadAdverbs = wordSet(`independently confidently accurately consistently fluently neatly
		calmly quickly safely carefully clearly correctly appropriately successfully
		legibly quietly politely regularly automatically spontaneously reliably
		verbally sensibly routinely purposefully voluntarily unaided`)
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

// nonSubjectLeadIns are openings to drop wherever they appear at the start:
// "To …", "Be able to …", "I will …" and the like. Longer ones come first.
var nonSubjectLeadIns = [][]string{
	{"i", "will", "be", "able", "to"},
	{"will", "be", "expected", "to"},
	{"will", "be", "able", "to"},
	{"should", "be", "able", "to"},
	{"i", "am", "able", "to"},
	{"is", "expected", "to"},
	{"is", "able", "to"},
	{"are", "able", "to"},
	{"is", "going", "to"},
	{"be", "able", "to"},
	{"expected", "to"},
	{"going", "to"},
	{"able", "to"},
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

func hasPrefixWords(toks []string, words []string) bool {
	if len(toks) < len(words) {
		return false
	}
	for i, w := range words {
		if lower(toks[i]) != w {
			return false
		}
	}
	return true
}

func isCapitalised(t string) bool {
	c, size := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(c) {
		return false
	}
	for _, d := range t[size:] {
		if unicode.IsLower(d) {
			return true
		}
	}
	return size == len(t)
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
	if first == "by" || first == "within" || first == "over" || first == "before" || first == "this" {
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

func isNumber(t string) bool {
	c, _ := utf8.DecodeRuneInString(t)
	return unicode.IsDigit(c)
}

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
	toks = moveOpening(toks)
	for range 12 {
		for len(toks) > 0 && !isWord(toks[0]) && toks[0] != "(" {
			toks = toks[1:]
		}
		if len(toks) > 0 && toks[0] == "(" {
			// "Sam will (with support) read …": the aside goes last.
			if end := slices.Index(toks, ")"); end > 0 && end+1 < len(toks) {
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
				toks, changed = toks[len(l):], true
				break
			}
		}
		if changed {
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

// childSubject returns how many tokens at the start of toks are the child
// as the subject of the sentence, or 0. A capitalised word before "will"
// is taken as the child's name when no names were given.
func (r *Rewriter) childSubject(toks []string, ctx *clauseContext) int {
	if len(toks) < 2 {
		return 0
	}
	verbFollows := func(i int) bool {
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
	switch {
	case childSubjects[w]:
		if !verbFollows(1) && (w != "i" || !r.verbs[lower(toks[1])]) {
			return 0
		}
		switch w {
		case "they":
			ctx.they = true
		case "he":
			ctx.gender = "m"
		case "she":
			ctx.gender = "f"
		}
		return 1
	case w == "the" && childNouns[lower(toks[1])] && verbFollows(2):
		return 2
	case childNouns[w] && verbFollows(1):
		return 1
	case ctx.isName(toks[0]):
		if verbFollows(1) {
			return 1
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
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		w := lower(t)
		next := ""
		if i+1 < len(toks) {
			next = lower(toks[i+1])
		}
		switch {
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
		case w == "the" && i+1 < len(toks) && childNouns[strings.TrimSuffix(next, "'s")]:
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
		if m, ok := r.mapPronoun(toks, i, ctx); ok {
			out = append(out, m)
			continue
		}
		out = append(out, t)
	}
	return out
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
		return "I'm", true
	case w == "him" && g == "m":
		return "me", true
	case w == "his" && g == "m":
		if notNounAfterHer[next] || next == "" {
			return "mine", true
		}
		return "my", true
	case w == "her" && g == "f":
		if notNounAfterHer[next] || next == "" {
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
	case !ctx.they:
		return "", false
	case w == "they" && !ctx.adult:
		return "I", true
	case w == "they're" && !ctx.adult:
		return "I'm", true
	case w == "them" && helpVerbs[prev]:
		return "me", true
	case w == "theirs":
		return "mine", true
	case w == "their":
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if groupNouns[lower(toks[j])] {
				return "", false
			}
		}
		return "my", true
	}
	return "", false
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
	}
}

// moveLeadingAdverb moves "Independently" from the front of the action to
// after its object ("write 3 sentences by myself with …"), where a child
// would say it.
func moveLeadingAdverb(toks []string) []string {
	if len(toks) < 3 || !leadAdverbs[lower(toks[0])] {
		return toks
	}
	adv := toks[0]
	rest := toks[1:]
	at := len(rest)
	for j := 2; j < len(rest); j++ {
		if adverbBoundary[lower(rest[j])] {
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

// baseFirstVerb puts the action verb, and any verbs joined to it by "and"
// or "or", into the base form that follows "I will" / "I can".
func (r *Rewriter) baseFirstVerb(toks []string) {
	if len(toks) == 0 {
		return
	}
	b, ok := r.verbBase(toks[0])
	if !ok {
		return
	}
	// Joined verbs take the first verb's form: "reads and writes", or
	// "reading and writing"; "puts up his hand, staying in his seat" keeps
	// its -ing, which describes the first action.
	ing := strings.HasSuffix(lower(toks[0]), "ing")
	toks[0] = b
	for i := 1; i+1 < len(toks); i++ {
		w := lower(toks[i])
		if w != "and" && w != "or" && w != "," && w != "then" {
			continue
		}
		next := lower(toks[i+1])
		if strings.HasSuffix(next, "ing") == ing && (ing || r.isThirdPerson(next)) {
			if b, ok := r.verbBase(next); ok {
				toks[i+1] = b
			}
		}
	}
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
			out = append(out, inflect(verb, f))
			continue
		}
		out = append(out, toks[i])
	}
	return out
}

// applyGlossary swaps adult words for the child's, longest match first.
func (r *Rewriter) applyGlossary(toks []string) []string {
	out := make([]string, 0, len(toks))
	for i := 0; i < len(toks); {
		matched := false
		for n := min(r.maxWords, len(toks)-i); n >= 1; n-- {
			if !isWord(toks[i]) || !isWord(toks[i+n-1]) {
				continue
			}
			parts := make([]string, n)
			for k := range n {
				parts[k] = lower(toks[i+k])
			}
			if v, ok := r.glossary[strings.Join(parts, " ")]; ok {
				i += n
				matched = true
				if before, after, ok := strings.Cut(v, "*"); ok {
					// The object goes where the "*" is: up to the next
					// preposition or the end.
					j := i
					for j < len(toks) && (j == i || !adverbBoundary[lower(toks[j])] && !leadAdverbs[lower(toks[j])] ||
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
	ctx.adult, ctx.withHelp = false, false
	rest, adult := r.stripLeadIn(toks, ctx)
	if len(rest) == 0 {
		return ""
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
	r.agreeWithI(rest)
	rest = specialPhrases(rest)
	rest = r.applyGlossary(rest)
	// "my writing will be neat" (from "Sam's writing will be legible"),
	// "attendance will be above 90%": the child makes sure of it.
	if len(rest) > 2 && !r.verbs[lower(rest[0])] {
		for j := 1; j+1 < len(rest) && j < 6; j++ {
			if lower(rest[j]) == "will" && lower(rest[j+1]) == "be" {
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
	return lowerFirst(join(rest))
}

// dropRepeatedSubject turns "read 10 words and I will write them" into
// "read 10 words and write them", since the sentence already starts "I
// will" (or "I can").
func dropRepeatedSubject(toks []string) []string {
	out := make([]string, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		out = append(out, toks[i])
		w := lower(toks[i])
		if w != "and" && w != "then" && w != "or" {
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

// placeholders are what schools put in a cell that has no target yet.
var placeholders = map[string]bool{
	"n/a": true, "na": true, "tbc": true, "tba": true, "none": true, "nil": true,
	"see ehcp": true, "see ehc plan": true, "see plan": true, "see above": true,
	"as above": true, "-": true, "?": true, "x": true, "todo": true, "to do": true,
}

// personWords are what mapPerson makes of the child; a clause of nothing
// else says nothing.
var personWords = wordSet(`I me my myself mine I'm`)

func (r *Rewriter) isGlossaryWord(w string) bool {
	_, ok := r.glossary[w]
	return ok
}

// lowerFirst lower-cases the first letter of s unless the first word is
// "I" or an acronym, since the clause follows "I will".
func lowerFirst(s string) string {
	first, rest, _ := strings.Cut(s, " ")
	if first != "I" && !strings.HasPrefix(first, "I'") && !isAcronym(first) {
		c, size := utf8.DecodeRuneInString(first)
		first = string(unicode.ToLower(c)) + first[size:]
	}
	if rest != "" {
		return first + " " + rest
	}
	return first
}

// body turns staff wording into the words that follow "I will" / "I can",
// or "" when nothing usable is left.
func (r *Rewriter) body(text string, names []string) string {
	s := normalise(text)
	ctx := &clauseContext{
		names:   map[string]bool{},
		anyCase: !strings.ContainsFunc(s, unicode.IsUpper) || isShouting(strings.ToValidUTF8(text, " ")),
	}
	for _, n := range names {
		for _, f := range strings.Fields(n) {
			ctx.names[strings.ToLower(f)] = true
		}
	}
	// The first gendered pronoun is taken as the child's; the other
	// gender's pronouns are then someone else.
gender:
	for _, t := range tokenize(s) {
		switch lower(t) {
		case "he", "him", "his", "himself", "he's":
			ctx.gender = "m"
			break gender
		case "she", "her", "hers", "herself", "she's":
			ctx.gender = "f"
			break gender
		}
	}
	if placeholders[strings.ToLower(strings.Trim(s, " .!?"))] {
		return ""
	}
	var parts []string
	for _, sen := range sentenceRE.Split(s, -1) {
		if p := r.clause(tokenize(sen), ctx); p != "" {
			parts = append(parts, p)
		}
	}
	return tidy(strings.Join(parts, " and "))
}

// tidy makes the body one clean clause: single spaces, no stray sentence
// ends inside, nothing dangling at either end, no capital on the verb.
func tidy(s string) string {
	s = spaceRE.ReplaceAllString(s, " ")
	s = spacePunRE.ReplaceAllString(s, "$1")
	s = openPunRE.ReplaceAllString(s, "$1")
	s = innerEndRE.ReplaceAllString(s, ",$1")
	s = dupCommaRE.ReplaceAllString(s, ",")
	for {
		t := strings.TrimSpace(leadPunctRE.ReplaceAllString(trimDangling(s), ""))
		if t == s {
			break
		}
		s = t
	}
	s = strings.Trim(s, "\"")
	if !strings.ContainsFunc(s, func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }) {
		return ""
	}
	return lowerFirst(s)
}

// danglingWords cannot end a sentence; they are left when a measure is
// taken off the end ("read 20 words and").
var danglingWords = wordSet(`and or the a an so but when`)

// trimDangling takes trailing punctuation and dangling words off s.
func trimDangling(s string) string {
	for {
		t := strings.TrimRight(s, " ,;:-–—.!?")
		i := strings.LastIndexByte(t, ' ')
		if i >= 0 && danglingWords[strings.ToLower(t[i+1:])] {
			t = t[:i]
		} else if i < 0 && danglingWords[strings.ToLower(t)] {
			t = ""
		}
		if t == s {
			return s
		}
		s = t
	}
}

func isAcronym(w string) bool {
	n := 0
	for _, c := range w {
		if unicode.IsLower(c) {
			return false
		}
		if unicode.IsUpper(c) {
			n++
		}
	}
	return n > 1
}
