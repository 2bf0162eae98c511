package plan

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Rates prices adults' time by the role words a Who cell holds: with a
// rate for "TA", "Mrs Khan (TA)" costs a TA's hour. It is made once from
// the config and safe for concurrent use.
type Rates struct {
	roles []role // longest first, so "HLTA" is never read as a "TA"
}

type role struct {
	name  string   // as the school wrote it in the config
	words []string // its words, lower case
	rate  float64  // an hour
}

// NewRates reads the hourly rates of the config's [costs.hourly] table.
func NewRates(hourly map[string]float64) Rates {
	var r Rates
	for name, rate := range hourly {
		if w := costWords(name); len(w) > 0 {
			r.roles = append(r.roles, role{name: name, words: w, rate: rate})
		}
	}
	sort.Slice(r.roles, func(i, j int) bool {
		a, b := r.roles[i], r.roles[j]
		if len(a.words) != len(b.words) {
			return len(a.words) > len(b.words)
		}
		if len(a.name) != len(b.name) {
			return len(a.name) > len(b.name)
		}
		return a.name < b.name
	})
	return r
}

// Staff is the adults a Who cell names, priced: each adult at their
// role's rate, so two TAs cost two TAs' time.
type Staff struct {
	Adults  []Adult // every adult with a rate, in the order Who names them
	PerHour float64 // their rates, added
	// Unrated is what Who says of the adults with no rate, as written
	// ("Mrs Cole (SENCo)"); Outside, of the adults from outside the
	// school whose role shares its words with a rate the school set for
	// its own staff ("QTVI (visiting teacher)"), who have no rate of
	// their own; Uncounted the plural roles that do not say how many
	// ("TAs"), each costed as one adult.
	Unrated   []string
	Outside   []string
	Uncounted []string
	// Chosen says, for each set of adults Who offers as alternatives
	// ("Class teacher/TA"), whose rate was costed and why, so a SENCo
	// expecting the teacher's rate sees why the figure is lower:
	// `at the TA rate, the lower of "Class teacher/TA"`.
	Chosen []string
}

// Adult is one adult Who names and the rate of their role.
type Adult struct {
	Name string // as Who writes them: "Mrs Khan (TA)"
	Role string // as the config names the role
	Rate float64
}

// Rated says whether any adult has a rate, so something can be costed.
func (s Staff) Rated() bool { return len(s.Adults) > 0 }

// Shortfall says whom the cost leaves out, or "" when it covers every
// adult Who names.
func (s Staff) Shortfall() string {
	why := s.noRate()
	for _, u := range s.Uncounted {
		why = append(why, quoteOrBlank(u)+" does not say how many, so one is costed")
	}
	return strings.Join(why, "; ")
}

// CostedAs says whose rate a line offering alternative adults is costed
// at, or "" when Who offers none.
func (s Staff) CostedAs() string { return strings.Join(s.Chosen, "; ") }

// noRate names the adults with no rate.
func (s Staff) noRate() []string {
	var why []string
	if len(s.Unrated) > 0 {
		why = append(why, "no hourly rate for "+quoteAll(s.Unrated))
	}
	if len(s.Outside) > 0 {
		why = append(why, "no hourly rate for "+quoteAll(s.Outside)+" (from outside the school)")
	}
	return why
}

// NotCosted says why a line whose Who names these adults and whose How
// Often gives minutes a week cannot be costed, or "" when it can. It
// names every reason, so one build shows the SENCo all there is to put
// right: How Often, and each adult with no rate, even when How Often
// alone stops the cost.
func (s Staff) NotCosted(who, howOften string, minutes Range) string {
	var why []string
	switch {
	case s.Rated():
	case len(s.Outside) > 0:
		why = s.noRate()
	default:
		why = append(why, "no hourly rate for "+quoteOrBlank(who))
	}
	switch {
	case !minutes.Stated():
		why = append(why, "How Often "+quoteOrBlank(howOften)+" does not say how long and how often")
	case !minutes.Exact():
		why = append(why, "How Often "+quoteOrBlank(howOften)+" gives a range, "+minutes.String()+" minutes a week")
	}
	if len(why) == 0 {
		return ""
	}
	if s.Rated() {
		why = append(why, s.noRate()...)
	}
	return strings.Join(why, "; ")
}

func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = quoteOrBlank(n)
	}
	return JoinAnd(q)
}

// familyWords name the child's family, the child or other children: people
// a Who cell can name who are not school staff, and so no cost left out.
var familyWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`parent parents carer carers family mum dad grandparent grandparents
		home child pupil self peer peers buddy buddies friend friends at with and the his her their`) {
		m[w] = true
	}
	return m
}()

// notStaff reports whether a part of Who names only the family, the child
// or other children ("parents", "home", "peer buddy").
func notStaff(ws []whoWord) bool {
	for _, w := range ws {
		if !familyWords[strings.Trim(w.text, "()")] {
			return false
		}
	}
	return len(ws) > 0
}

// whoWord is a word of a Who cell, with where it lies in the cell.
type whoWord struct {
	text       string // lower case
	start, end int    // bytes
	bracketed  bool   // inside brackets: what is said of an adult, never a second adult
}

// whoPart is a part of a Who cell between the marks that part adults:
// one adult, or a role naming several ("2 TAs").
type whoPart struct {
	start, end int
	firstWord  int
	words      int
	roles      []namedRole // none when it names no role with a rate
	strongCut  bool        // it follows ";", not "and", "/" or ","
	afterComma bool        // it follows ","
	afterSlash bool        // it follows "/" or "or": it and the part before are one adult or the other
	outside    bool        // it names an adult from outside the school, whose role's rate is not theirs
	bracketed  bool        // it holds brackets, so it says its own role
	lends      bool        // its plural role is the role of the names before it
}

// namedRole is a role a Who cell names.
type namedRole struct {
	*role
	plural bool // written in the plural: "TAs"
	count  int  // how many the plural says: "2 TAs"; 0 when it does not say
	at     int  // its first word
}

// Staff reads the adults named in who. Adults are parted by ";", ",",
// "&", "+" and the word "and", outside brackets ("Mrs Cole
// (SENCo/teacher)" is one adult) and outside a role's own words. Every
// role a part names outside brackets is an adult ("TA with class teacher"
// is two); a part naming its role only in brackets is one adult, at the
// first role there ("Mrs Cole (SENCo/teacher)" is a teacher). Role
// words are whole words, ignoring case, longest role first ("HLTA" is
// never a "TA"). A plural role says how many with a number before it
// ("2 TAs"), or is the role of the names before it that begin with a
// title ("Mrs Khan and Mr Rai (TAs)").
//
// Parts joined by "/" or "or" are alternatives, one adult or the other
// ("Class teacher/TA"), costed once at the lowest rate among them: the
// figure is then what the provision costs at least, whoever gives it.
//
// An adult from outside the school ("visiting teacher", "Teacher of the
// Deaf", "QTVI (visiting teacher)") is paid by the local authority or a
// bought-in service, not at the school's rate for the role word they
// share, so they are costed only at a rate by their own name ("visiting
// teacher", "teacher of the deaf", "QTVI").
func (r Rates) Staff(who string) Staff {
	words, cuts := splitWho(who)
	lower := make([]string, len(words))
	for i, w := range words {
		lower[i] = w.text
	}
	used := make([]bool, len(words))
	roleAt := map[int]*role{}
	pluralAt := map[int]bool{}
	for ri := range r.roles {
		ro := &r.roles[ri]
		for i := 0; i+len(ro.words) <= len(words); i++ {
			if !matchRole(lower[i:i+len(ro.words)], ro.words, used[i:i+len(ro.words)]) {
				continue
			}
			for k := range ro.words {
				used[i+k] = true
			}
			roleAt[i] = ro
			pluralAt[i] = lower[i+len(ro.words)-1] != ro.words[len(ro.words)-1]
		}
	}
	// "and" parts two adults, and "or" offers one or the other as "/"
	// does, unless it is inside a role ("speech and language therapist")
	// or brackets.
	for i, w := range words {
		if (w.text == "and" || w.text == "or") && !used[i] && !w.bracketed {
			cuts = append(cuts, whoCut{start: w.start, end: w.end, slash: w.text == "or"})
		}
	}
	sort.Slice(cuts, func(i, j int) bool { return cuts[i].start < cuts[j].start })
	cuts = slices.DeleteFunc(cuts, func(c whoCut) bool { return !c.strong && betweenSubjects(words, c) })
	visiting := outsideMarks(lower)

	var parts []*whoPart
	var after whoCut // the cut before the part being read
	wi := 0
	for k := 0; k <= len(cuts); k++ {
		end := len(who)
		if k < len(cuts) {
			end = cuts[k].start
		}
		for wi < len(words) && words[wi].start < after.end {
			wi++ // the cut's own word: "and", "or"
		}
		p := &whoPart{start: after.end, end: end, firstWord: wi, strongCut: after.strong, afterSlash: after.slash,
			afterComma: after.end > after.start && who[after.start] == ','}
		var inBrackets []namedRole
		for wi < len(words) && words[wi].start < end {
			if ro := roleAt[wi]; ro != nil {
				nr := namedRole{role: ro, plural: pluralAt[wi], at: wi}
				if nr.plural && wi > p.firstWord {
					nr.count = countWord(lower[wi-1])
				}
				if words[wi].bracketed {
					inBrackets = append(inBrackets, nr)
				} else {
					p.roles = append(p.roles, nr)
				}
			}
			if words[wi].bracketed {
				p.bracketed = true
			}
			wi++
			p.words++
		}
		if len(p.roles) == 0 && len(inBrackets) > 0 {
			p.roles = inBrackets[:1]
		}
		p.roles, p.outside = schoolRoles(who, p.roles, words[p.firstWord:p.firstWord+p.words], visiting[p.firstWord:p.firstWord+p.words], p.firstWord)
		if p.words > 0 {
			parts = append(parts, p)
		}
		if k < len(cuts) {
			after = cuts[k]
		}
	}

	// "Mr Doe, HLTA" is one adult and their role.
	for i := len(parts) - 1; i > 0; i-- {
		p, q := parts[i], parts[i-1]
		if p.afterComma && len(p.roles) == 1 && !p.roles[0].plural && p.words == len(p.roles[0].words) &&
			q.roles == nil && !q.outside && !q.bracketed && nameTitles[words[q.firstWord].text] {
			q.roles, q.end = p.roles, p.end
			parts = append(parts[:i], parts[i+1:]...)
		}
	}
	for i, p := range parts {
		if len(p.roles) != 1 || !p.roles[0].plural || p.roles[0].count > 0 {
			continue
		}
		// "Mrs Khan and Mr Rai (TAs)": the plural is the role of the
		// plain names joined to it by "and", a comma or a slash.
		for j := i; j > 0 && !parts[j].strongCut; j-- {
			q := parts[j-1]
			if q.roles != nil || q.outside || q.bracketed || !nameTitles[words[q.firstWord].text] {
				break
			}
			q.roles, p.lends = []namedRole{{role: p.roles[0].role}}, true
		}
	}

	var groups [][]*whoPart // alternatives: parts joined by "/" or "or"
	for _, p := range parts {
		if p.afterSlash && len(groups) > 0 {
			groups[len(groups)-1] = append(groups[len(groups)-1], p)
		} else {
			groups = append(groups, []*whoPart{p})
		}
	}
	var s Staff
	var unrated []int // groups, runs of neighbours named as one
	for g, alts := range groups {
		text := strings.TrimSpace(who[alts[0].start:alts[len(alts)-1].end])
		var pick *whoPart
		var pickRate float64
		adults, outside := 0, 0 // alternatives naming anyone but the family; of them, those from outside the school
		for _, p := range alts {
			if p.roles != nil {
				if rate := p.perHour(); pick == nil || rate < pickRate {
					pick, pickRate = p, rate
				}
			}
			if p.roles != nil || p.outside || !notStaff(words[p.firstWord:p.firstWord+p.words]) {
				adults++
			}
			if p.roles == nil && p.outside {
				outside++
			}
		}
		switch {
		case pick != nil:
			if len(alts) == 1 {
				pick.cost(&s, text)
			} else {
				pick.cost(&s, strings.TrimSpace(who[pick.start:pick.end]))
				if why := chosen(alts, pick, text, words); why != "" {
					s.Chosen = append(s.Chosen, why)
				}
			}
			unrated = unrated[:0]
		case adults == 0:
			// "Mrs Khan (TA) and parents": the family's part is theirs,
			// no cost the school leaves out.
			unrated = unrated[:0]
		case outside == adults:
			s.Outside = append(s.Outside, text)
			unrated = unrated[:0]
		case len(unrated) > 0 && unrated[len(unrated)-1] == g-1:
			s.Unrated[len(s.Unrated)-1] = strings.TrimSpace(who[groups[unrated[0]][0].start:alts[len(alts)-1].end])
			unrated = append(unrated, g)
		default:
			s.Unrated = append(s.Unrated, text)
			unrated = append(unrated[:0], g)
		}
	}
	for _, a := range s.Adults {
		s.PerHour += a.Rate
	}
	return s
}

// chosen says why pick, of the alternatives alts (written as text), is
// the one costed: the lower rate, or the only one with a rate. Nothing
// needs saying when the others are the family, who cost the school
// nothing.
func chosen(alts []*whoPart, pick *whoPart, text string, words []whoWord) string {
	rated, staff, cheaper := 0, 0, 0
	for _, p := range alts {
		if p.roles != nil {
			rated++
			if p.perHour() > pick.perHour() {
				cheaper++
			}
		}
		if p.roles != nil || p.outside || !notStaff(words[p.firstWord:p.firstWord+p.words]) {
			staff++
		}
	}
	at := "at " + pick.rateName()
	switch {
	case staff < 2:
		return ""
	case rated == 1:
		return at + ", the only one of " + quoteOrBlank(text) + " with an hourly rate"
	case cheaper == 0:
		// "Mrs Khan (TA) / Ms Hart (TA)": the same rate either way, once.
		return at + " once, for one of " + quoteOrBlank(text)
	case rated == 2:
		return at + ", the lower of " + quoteOrBlank(text)
	}
	return at + ", the lowest of " + quoteOrBlank(text)
}

// rateName names the rate a part is costed at: "the TA rate", "the 2 × TA
// rates", "the TA and teacher rates".
func (p *whoPart) rateName() string {
	if len(p.roles) == 1 && p.roles[0].count <= 1 {
		return "the " + p.roles[0].name + " rate"
	}
	var names []string
	for _, nr := range p.roles {
		if nr.count > 1 {
			names = append(names, strconv.Itoa(nr.count)+" × "+nr.name)
		} else {
			names = append(names, nr.name)
		}
	}
	return "the " + JoinAnd(names) + " rates"
}

// perHour is what the adults a part names cost an hour together.
func (p *whoPart) perHour() float64 {
	var sum float64
	for _, nr := range p.roles {
		n := max(nr.count, 1)
		sum += nr.rate * float64(n)
	}
	return sum
}

// cost puts the adults a part names, written as text, on s.
func (p *whoPart) cost(s *Staff, text string) {
	for _, nr := range p.roles {
		n := 1
		switch {
		case nr.count > 0:
			n = nr.count
		case nr.plural && !p.lends:
			s.Uncounted = append(s.Uncounted, text)
		}
		for range n {
			s.Adults = append(s.Adults, Adult{Name: text, Role: nr.name, Rate: nr.rate})
		}
	}
	if p.outside {
		s.Outside = append(s.Outside, text)
	}
}

// outsideWords say an adult comes from outside the school: a visiting or
// advisory teacher, a sensory service's teacher, an outreach worker.
var outsideWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`visiting visitor outreach advisory peripatetic external service services
		sensory qtvi qthi qtmsi qtod sla`) {
		m[w] = true
	}
	return m
}()

// sensoryWords end "teacher of the …": "Teacher of the Deaf", "teacher for
// the visually impaired".
var sensoryWords = map[string]bool{"deaf": true, "blind": true, "visually": true, "hearing": true, "deafblind": true,
	"multi": true, "multisensory": true, "sensory": true, "vi": true, "hi": true, "msi": true}

// outsideMarks marks the words of a Who cell, lower case, that say an
// adult comes from outside the school: one of outsideWords, "local
// authority", the "specialist" of "specialist teacher", the "VI" of "VI
// teacher" and the "of the deaf" of "teacher of the deaf". A word after a
// title is a name ("Ms Vi Tran"), never a mark.
func outsideMarks(lower []string) []bool {
	marks := make([]bool, len(lower))
	for i, w := range lower {
		next := func(k int) string {
			if i+k < len(lower) {
				return lower[i+k]
			}
			return ""
		}
		teacher := next(1) == "teacher" || next(1) == "teachers"
		switch {
		case i > 0 && nameTitles[lower[i-1]]:
		case outsideWords[w]:
			marks[i] = true
		case w == "local" && next(1) == "authority":
			marks[i], marks[i+1] = true, true
		case (w == "specialist" || sensoryWords[w]) && teacher:
			marks[i] = true
		case (w == "teacher" || w == "teachers") && (next(1) == "of" || next(1) == "for"):
			k := 2
			if next(k) == "the" {
				k++
			}
			if sensoryWords[next(k)] {
				for j := 1; j <= k; j++ {
					marks[i+j] = true
				}
			}
		}
	}
	return marks
}

// schoolRoles parts the roles a Who part names (its words from word
// first on, with marks saying which say an adult comes from outside the
// school) into those of school staff and whether any is of an adult from
// outside the school. A mark belongs to the role after it, or the last
// role when none follows ("Teacher of the Deaf"); a role whose own words
// hold its mark is the outside adult's own ("visiting teacher" when the
// school set that rate). A mark in brackets belongs to no role written
// outside them ("Class teacher (advice from outreach)"), and a mark with
// a comma between it and the role to none ("Mrs Khan (TA, sensory
// room)").
func schoolRoles(who string, roles []namedRole, ws []whoWord, marks []bool, first int) (school []namedRole, outside bool) {
	if len(roles) == 0 {
		return nil, false
	}
	away := make([]bool, len(roles))
	inBrackets := ws[roles[0].at-first].bracketed
	for m, marked := range marks {
		if !marked || (ws[m].bracketed && !inBrackets && !onlyMarksInBrackets(who, ws, marks, m)) {
			continue
		}
		at := first + m
		k := len(roles) - 1
		for j, nr := range roles {
			if nr.at+len(nr.words) > at {
				k = j
				break
			}
		}
		nr := roles[k]
		var between string
		switch {
		case at < nr.at:
			between = who[ws[m].end:ws[nr.at-first].start]
		case at >= nr.at+len(nr.words):
			between = who[ws[nr.at-first].end:ws[m].start]
		default:
			continue // the role's own words
		}
		if !strings.Contains(between, ",") {
			away[k] = true
		}
	}
	for k, nr := range roles {
		if away[k] {
			outside = true
		} else {
			school = append(school, nr)
		}
	}
	return school, outside
}

// onlyMarksInBrackets reports whether the brackets round ws[m] hold
// nothing but words saying an adult is from outside the school:
// "Teacher (visiting)" is a visitor, though "Class teacher (advice from
// outreach)" is the school's.
func onlyMarksInBrackets(who string, ws []whoWord, marks []bool, m int) bool {
	open := strings.LastIndex(who[:ws[m].start], "(")
	end := strings.Index(who[ws[m].end:], ")")
	if open < 0 || end < 0 {
		return false
	}
	end += ws[m].end
	for j := range ws {
		if ws[j].start > open && ws[j].end <= end && !marks[j] {
			return false
		}
	}
	return true
}

// subjectWords name what an adult teaches: "English and history
// teachers" are teachers of both, and "Maths/English TA" one TA.
var subjectWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`english maths math mathematics science history geography art music pe re rs
		french spanish german mfl computing drama dt pshe literacy numeracy reading writing spelling`) {
		m[w] = true
	}
	return m
}()

// betweenSubjects says whether a cut stands between two subjects, outside
// brackets ("English and history teachers"), so it parts no adults.
func betweenSubjects(words []whoWord, c whoCut) bool {
	before := sort.Search(len(words), func(i int) bool { return words[i].end > c.start }) - 1
	after := sort.Search(len(words), func(i int) bool { return words[i].start >= c.end })
	return before >= 0 && after < len(words) && !words[before].bracketed && !words[after].bracketed &&
		subjectWords[words[before].text] && subjectWords[words[after].text]
}

// nameTitles begin a person's name: only a name so begun takes its role from
// a plural after it, so "Class teacher and TAs" never makes the class
// teacher a TA.
var nameTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true}

// whoCut is a mark that parts two adults in a Who cell.
type whoCut struct {
	start, end int
	strong     bool // ";": the names either side are not one list
	slash      bool // "/" or "or": the adults either side are alternatives
}

// splitWho reads who's words, lower case, and the marks outside brackets
// that part its adults.
func splitWho(who string) (words []whoWord, cuts []whoCut) {
	depth := 0
	for i := 0; i < len(who); {
		r, size := utf8.DecodeRuneInString(who[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + size
			for j < len(who) {
				r2, s2 := utf8.DecodeRuneInString(who[j:])
				if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) {
					break
				}
				j += s2
			}
			words = append(words, whoWord{text: strings.ToLower(who[i:j]), start: i, end: j, bracketed: depth > 0})
			i = j
			continue
		case strings.ContainsRune("([{", r):
			depth++
		case strings.ContainsRune(")]}", r):
			depth = max(depth-1, 0)
		case depth == 0 && strings.ContainsRune(";/,&+", r):
			cuts = append(cuts, whoCut{i, i + size, r == ';', r == '/'})
		}
		i += size
	}
	return words, cuts
}

// countWord reads how many a number before a plural role says: "2 TAs",
// "two TAs"; 0 when the word is no number.
func countWord(w string) int {
	if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 100 {
		return n
	}
	for n, name := range []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"} {
		if w == name {
			return n + 1
		}
	}
	return 0
}

// matchRole says whether got is the role's words, none of them already
// taken by a longer role; the last word may be plural ("TAs").
func matchRole(got, want []string, used []bool) bool {
	for k, w := range want {
		if used[k] {
			return false
		}
		g := got[k]
		if g == w || (k == len(want)-1 && g == w+"s") {
			continue
		}
		return false
	}
	return true
}

// costWords splits text into lower-case words of letters and digits.
func costWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// WeeklyCost is what minutesPerWeek of the adults named in who cost a
// week, shared between sharers (the members of a group; 1 for a pupil's
// own provision): the adults with a rate only. ok is false when none has
// one.
func (r Rates) WeeklyCost(who string, minutesPerWeek float64, sharers int) (cost float64, ok bool) {
	s := r.Staff(who)
	if !s.Rated() {
		return 0, false
	}
	if sharers < 1 {
		sharers = 1
	}
	return s.PerHour * minutesPerWeek / 60 / float64(sharers), true
}

// TermWeeks is how many weeks the plan runs: from the plan date to the
// review date, in whole and part weeks, to one decimal place.
func TermWeeks(planDate, reviewDate time.Time) float64 {
	days := reviewDate.Sub(planDate).Hours() / 24
	if days <= 0 {
		return 0
	}
	return math.Round(days/7*10) / 10
}

// Money rounds an amount to whole pence (cents), halves away from zero.
func Money(v float64) float64 { return math.Round(v*100) / 100 }

// ParseMoney reads an amount as schools type it: "120", "85.50", "£1,200",
// "€ 40". A negative amount or anything else is an error.
func ParseMoney(s string) (float64, error) {
	t := strings.TrimSpace(s)
	t = strings.TrimLeftFunc(t, func(r rune) bool { return unicode.Is(unicode.Sc, r) || unicode.IsSpace(r) })
	t = strings.ReplaceAll(t, ",", "")
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || v < 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, fmt.Errorf("%q is not an amount", s)
	}
	return v, nil
}
