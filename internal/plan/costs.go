package plan

import (
	"fmt"
	"math"
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
	// ("Mrs Cole (SENCo)"); Uncounted the plural roles that do not say
	// how many ("TAs"), each costed as one adult.
	Unrated   []string
	Uncounted []string
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
	var why []string
	if len(s.Unrated) > 0 {
		why = append(why, "no hourly rate for "+quoteAll(s.Unrated))
	}
	for _, u := range s.Uncounted {
		why = append(why, quoteOrBlank(u)+" does not say how many, so one is costed")
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
	strongCut  bool        // it follows ";" or "/", not "and" or ","
	afterComma bool        // it follows ","
	bracketed  bool        // it holds brackets, so it says its own role
	lends      bool        // its plural role is the role of the names before it
}

// namedRole is a role a Who cell names.
type namedRole struct {
	*role
	plural bool // written in the plural: "TAs"
	count  int  // how many the plural says: "2 TAs"; 0 when it does not say
}

// Staff reads the adults named in who. Adults are parted by ";", "/",
// ",", "&", "+" and the word "and", outside brackets ("Mrs Cole
// (SENCo/teacher)" is one adult) and outside a role's own words. Every
// role a part names outside brackets is an adult ("TA with class teacher"
// is two); a part naming its role only in brackets is one adult, at the
// first role there ("Mrs Cole (SENCo/teacher)" is a teacher). Role
// words are whole words, ignoring case, longest role first ("HLTA" is
// never a "TA"). A plural role says how many with a number before it
// ("2 TAs"), or is the role of the names before it that begin with a
// title ("Mrs Khan and Mr Rai (TAs)").
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
	// "and" parts two adults, unless it is inside a role ("speech and
	// language therapist") or brackets.
	for i, w := range words {
		if w.text == "and" && !used[i] && !w.bracketed {
			cuts = append(cuts, whoCut{w.start, w.end, false})
		}
	}
	sort.Slice(cuts, func(i, j int) bool { return cuts[i].start < cuts[j].start })

	var parts []*whoPart
	start, strong, comma, wi := 0, false, false, 0
	for k := 0; k <= len(cuts); k++ {
		end := len(who)
		if k < len(cuts) {
			end = cuts[k].start
		}
		p := &whoPart{start: start, end: end, firstWord: wi, strongCut: strong, afterComma: comma}
		var inBrackets []namedRole
		for wi < len(words) && words[wi].start < end {
			if ro := roleAt[wi]; ro != nil {
				nr := namedRole{role: ro, plural: pluralAt[wi]}
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
		if p.words > 0 {
			parts = append(parts, p)
		}
		if k < len(cuts) {
			start, strong, comma = cuts[k].end, cuts[k].strong, who[cuts[k].start] == ','
		}
	}

	// "Mr Doe, HLTA" is one adult and their role.
	for i := len(parts) - 1; i > 0; i-- {
		p, q := parts[i], parts[i-1]
		if p.afterComma && len(p.roles) == 1 && !p.roles[0].plural && p.words == len(p.roles[0].words) &&
			q.roles == nil && !q.bracketed && nameTitles[words[q.firstWord].text] {
			q.roles, q.end = p.roles, p.end
			parts = append(parts[:i], parts[i+1:]...)
		}
	}
	var s Staff
	for i, p := range parts {
		if len(p.roles) != 1 || !p.roles[0].plural || p.roles[0].count > 0 {
			continue
		}
		// "Mrs Khan and Mr Rai (TAs)": the plural is the role of the
		// plain names joined to it by "and" or a comma.
		for j := i; j > 0 && !parts[j].strongCut; j-- {
			q := parts[j-1]
			if q.roles != nil || q.bracketed || !nameTitles[words[q.firstWord].text] {
				break
			}
			q.roles, p.lends = []namedRole{{role: p.roles[0].role}}, true
		}
	}
	var unrated []int // parts, runs of neighbours named as one
	for i, p := range parts {
		text := strings.TrimSpace(who[p.start:p.end])
		switch {
		case p.roles == nil && notStaff(words[p.firstWord:p.firstWord+p.words]):
			// "Mrs Khan (TA) and parents": the family's part is theirs,
			// no cost the school leaves out.
			unrated = unrated[:0]
		case p.roles == nil:
			if len(unrated) > 0 && unrated[len(unrated)-1] == i-1 {
				s.Unrated[len(s.Unrated)-1] = strings.TrimSpace(who[parts[unrated[0]].start:p.end])
			} else {
				unrated = unrated[:0]
				s.Unrated = append(s.Unrated, text)
			}
			unrated = append(unrated, i)
		default:
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
		}
	}
	for _, a := range s.Adults {
		s.PerHour += a.Rate
	}
	return s
}

// nameTitles begin a person's name: only a name so begun takes its role from
// a plural after it, so "Class teacher and TAs" never makes the class
// teacher a TA.
var nameTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true}

// whoCut is a mark that parts two adults in a Who cell.
type whoCut struct {
	start, end int
	strong     bool // ";" or "/": the names either side are not one list
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
			cuts = append(cuts, whoCut{i, i + size, r == ';' || r == '/'})
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
