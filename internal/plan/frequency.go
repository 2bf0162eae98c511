package plan

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// Frequency is a How Often cell read as numbers. A number the wording does
// not give for certain is left unstated (the zero Range), never guessed:
// "daily" gives five sessions a week but no minutes, and "every lesson"
// gives neither. The same wording always reads the same way.
type Frequency struct {
	// SessionsPerWeek counts school weeks of five days: daily is 5,
	// fortnightly 0.5, "2-3 times a week" the range 2 to 3.
	SessionsPerWeek Range
	// MinutesPerSession is how long one session lasts.
	MinutesPerSession Range
	// AsNeeded is wording with no timetable ("as needed", "ongoing"): the
	// help is given, but no number of sessions can be read from it.
	AsNeeded bool
	// InLessons is help tied to the school day rather than given in
	// sessions of its own ("every lesson", "at every change"): there are
	// no sessions to count.
	InLessons bool
}

// MinutesPerWeek is the staff time a week, stated only when both the
// sessions and their length are.
func (f Frequency) MinutesPerWeek() Range {
	if !f.SessionsPerWeek.Stated() || !f.MinutesPerSession.Stated() {
		return Range{}
	}
	return Range{f.SessionsPerWeek.Low * f.MinutesPerSession.Low, f.SessionsPerWeek.High * f.MinutesPerSession.High}
}

// Certain reports whether the wording was read in full: how many
// sessions and how long each, exactly or as the range the school wrote.
func (f Frequency) Certain() bool { return f.MinutesPerWeek().Stated() }

// SessionsIn is how many sessions weeks school weeks hold, rounded up and
// at the top of a range, so a tracking grid has a row for every session
// that may be given; 0 when the sessions a week are not stated.
func (f Frequency) SessionsIn(weeks int) int {
	if !f.SessionsPerWeek.Stated() || weeks <= 0 {
		return 0
	}
	// The small allowance keeps 12/52 × 52 from rounding up to 13.
	return max(int(math.Ceil(f.SessionsPerWeek.High*float64(weeks)-1e-9)), 1)
}

// Range is an amount read from How Often wording: one number (Low equals
// High) or the range the school wrote. The zero Range is not stated.
type Range struct{ Low, High float64 }

// Stated reports whether the wording gave the amount.
func (r Range) Stated() bool { return r.High > 0 }

// Exact reports whether the amount is one number rather than a range.
func (r Range) Exact() bool { return r.Stated() && r.Low == r.High }

// Add is the two amounts together, as when the same help is given to two
// pupils separately.
func (r Range) Add(o Range) Range { return Range{r.Low + o.Low, r.High + o.High} }

// Whole is the amount rounded to whole numbers, as minutes are shown.
func (r Range) Whole() (low, high int) {
	return int(math.Round(r.Low)), int(math.Round(r.High))
}

// String writes the amount to one decimal place at most, a range with an
// en dash ("20–40"); "" when not stated.
func (r Range) String() string {
	if !r.Stated() {
		return ""
	}
	f := func(x float64) string { return strconv.FormatFloat(math.Round(x*10)/10, 'f', -1, 64) }
	if r.Low == r.High {
		return f(r.Low)
	}
	return f(r.Low) + "–" + f(r.High)
}

// unreadFrequency says what a How Often cell was read as when that is
// not both how many sessions a week and how long each, the numbers the
// provision map adds up and costs, with wording that would be read in
// full; "" when it was read in full, or says the help has no timetable
// ("as needed") or comes with every lesson, which is read as meant.
func unreadFrequency(text string) string {
	f := ParseFrequency(text)
	if f.Certain() || f.AsNeeded || f.InLessons {
		return ""
	}
	sessions, minutes := f.SessionsPerWeek, f.MinutesPerSession
	var read string
	var tries []string
	switch {
	case sessions.Stated():
		read = fmt.Sprintf("gives %s session%s a week but not how long each is", sessions, plural(int(sessions.High)))
		tries = append(tries, strings.TrimRight(strings.TrimSpace(text), ".,;")+", 15 min")
	case minutes.Stated():
		read = fmt.Sprintf("gives %s minutes a session but not how many sessions a week", minutes)
		if minutes.Exact() {
			tries = append(tries, fmt.Sprintf("3 x %s min a week", minutes))
		}
	default:
		read = "gives neither how many sessions a week nor how long each is (\"up to\", \"about\" or two different amounts give no number for certain)"
	}
	example := frequencyExample
	for _, t := range tries {
		if ParseFrequency(t).Certain() {
			example = t
			break
		}
	}
	return fmt.Sprintf("How Often %q %s, so the provision map shows its time as \"not stated\" and does not cost it; write it like %q", text, read, example)
}

// frequencyExample is How Often wording read in full, for a message to
// show when nothing closer to what the school wrote is.
const frequencyExample = "3 x 15 min a week"

// School-year arithmetic for the periods longer than a week: an English
// school year is 39 weeks in three terms, and a month is a twelfth of the
// 52-week year.
const (
	weeksPerTerm  = 13.0
	weeksPerMonth = 52.0 / 12
	daysPerWeek   = 5.0 // school days: daily help is given in school
)

// ParseFrequency reads the How Often wording schools write: "3 x 15 min a
// week", "20 minutes twice a week", "every weekday 10 min", "1 hour every 2
// weeks", "once or twice a week, 20 min", "half an hour fortnightly",
// "Mon, Wed, Fri 15 mins", "as needed". What the wording does not say for
// certain (no period, two different durations, "up to", "about", "every
// lesson", a number it cannot place) is left unstated.
func ParseFrequency(s string) Frequency {
	r := reader{toks: tokenize(s)}
	am, pm := false, false
	for k, t := range r.toks {
		if unscheduled[t.word] || t.word == "when" && r.word(k-1) == "and" && r.word(k-2) == "as" {
			r.asNeeded = true
		}
		am, pm = am || t.word == "am", pm || t.word == "pm"
	}
	// "AM and PM" is two sessions a day, or one in either: not certain.
	r.unsureSessions = am && pm
	r.read()
	return r.result()
}

// token is a number or a lower-case word of a How Often cell.
type token struct {
	word     string
	num      float64
	isNum    bool
	fromWord bool // a number written in words ("three")
}

// numberWords are the numbers schools write in words, in How Often and
// in targets.
var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90, "hundred": 100,
}

// tokenize splits wording into numbers and words: "3x15mins" is 3, x, 15,
// mins. A hyphen or dash is kept as "-" (it may join a range), "/" reads
// as "per", "½" as "and a half", a clock time or ratio such as 1:1 as the
// word ":", and "+", "~", "<", ">", "¼" and "¾" as "~", which hedges the
// amount.
func tokenize(s string) []token {
	s = strings.ToLower(s)
	s = strings.NewReplacer("p/w", " pw ", "×", " x ", "–", "-", "—", "-", "‑", "-", "&", " and ",
		"½", " and a half ", "¼", " ~ ", "¾", " ~ ").Replace(s)
	var out []token
	rs := []rune(s)
	for i := 0; i < len(rs); {
		c := rs[i]
		switch {
		case unicode.IsDigit(c):
			j := i
			clock := false
			for j < len(rs) && (unicode.IsDigit(rs[j]) || (rs[j] == '.' || rs[j] == ':') && j+1 < len(rs) && unicode.IsDigit(rs[j+1])) {
				clock = clock || rs[j] == ':'
				j++
			}
			if clock {
				out = append(out, token{word: ":"})
			} else if n, err := strconv.ParseFloat(string(rs[i:j]), 64); err == nil {
				out = append(out, token{num: n, isNum: true})
			} else {
				out = append(out, token{word: "~"})
			}
			i = j
		case unicode.IsLetter(c):
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || rs[j] == '\'') {
				j++
			}
			w := string(rs[i:j])
			if n, ok := numberWords[w]; ok {
				out = append(out, token{num: n, isNum: true, fromWord: true})
			} else {
				out = append(out, token{word: w})
			}
			i = j
		case c == '-':
			out = append(out, token{word: "-"})
			i++
		case c == '/':
			out = append(out, token{word: "per"})
			i++
		case c == '+' || c == '~' || c == '<' || c == '>' || c == '?':
			out = append(out, token{word: "~"})
			i++
		default:
			i++
		}
	}
	// "forty-five", "twenty five": one number.
	var merged []token
	for i := 0; i < len(out); i++ {
		t := out[i]
		if t.fromWord && t.num >= 20 && math.Mod(t.num, 10) == 0 {
			k := i + 1
			if k < len(out) && out[k].word == "-" {
				k++
			}
			if k < len(out) && out[k].fromWord && out[k].num < 10 {
				t.num += out[k].num
				i = k
			}
		}
		merged = append(merged, t)
	}
	return merged
}

var (
	minuteUnits = set("m", "min", "mins", "minute", "minutes", "mns", "mn")
	hourUnits   = set("h", "hr", "hrs", "hour", "hours")
	// hedges make the amount uncertain: the wording says at most, at
	// least, about or as well as, or a period that is itself ambiguous.
	hedges = set("~", "least", "about", "approx", "approximately", "around", "roughly", "circa", "ish",
		"usually", "normally", "typically", "sometimes", "occasionally", "often", "regularly", "mostly", "most",
		"plus", "extra", "additional", "more", "less", "fewer", "minimum", "maximum", "max", "upto",
		"several", "few", "various", "varies", "variable", "flexible", "some", "until", "unless", "if",
		"except", "excluding", "apart", "not", "but", "or", "either",
		"bi", "biweekly", "semi", "hourly", "nightly", "yearly", "annually", "annual", "quarterly", "percent")
	// unscheduled words say the help has no timetable.
	unscheduled = set("needed", "need", "needs", "required", "require", "requires", "necessary", "appropriate",
		"ongoing", "continuous", "continual", "continually", "throughout", "whenever", "adhoc", "hoc")
	dayNames = map[string]int{
		"mon": 0, "monday": 0, "mondays": 0,
		"tue": 1, "tues": 1, "tuesday": 1, "tuesdays": 1,
		"wed": 2, "weds": 2, "wednesday": 2, "wednesdays": 2,
		"thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "thursdays": 3,
		"fri": 4, "friday": 4, "fridays": 4,
		"sat": 5, "saturday": 5, "saturdays": 5,
		"sun": 6, "sunday": 6, "sundays": 6,
	}
	countWords = map[string]float64{"once": 1, "twice": 2, "thrice": 3}
	// countNouns follow a number of sessions: "3 times", "3 sessions".
	countNouns = set("x", "times", "time", "sessions", "session", "lessons", "lesson", "days", "day", "slots", "slot", "visits", "visit")
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// reader walks the tokens once, left to right, collecting each thing the
// wording says; result then accepts it only when nothing conflicts.
type reader struct {
	toks []token
	i    int

	durations []Range
	counts    []Range
	perDay    bool    // a count of days ("3 days a week") needs a week
	periods   []Range // sessions a week that one a period makes
	days      [7]bool
	anyDay    bool

	unsure         bool // nothing can be read with certainty
	unsureSessions bool // the sessions cannot: "every lesson"
	asNeeded       bool
	inLessons      bool // "every lesson": see Frequency.InLessons
}

func (r *reader) addPeriod(perWeek float64) {
	r.periods = append(r.periods, Range{perWeek, perWeek})
}

func (r *reader) at(k int) token {
	if k < 0 || k >= len(r.toks) {
		return token{}
	}
	return r.toks[k]
}

func (r *reader) word(k int) string { return r.at(k).word }

func (r *reader) read() {
	for r.i < len(r.toks) && !r.unsure {
		t := r.toks[r.i]
		switch {
		case t.word == ":": // a clock time or a ratio such as 1:1
			r.i++
		case r.ratio():
		case r.every():
		case r.period():
		case t.isNum || t.word == "half" || (t.word == "a" || t.word == "an") && isUnit(r.word(r.i+1)):
			r.amount()
		case t.word == "x":
			// "15 min x 3": the count comes after.
			r.i++
			n, ok := r.number()
			if !ok {
				r.unsure = true
				break
			}
			r.counts = append(r.counts, n)
		case countWords[t.word] > 0:
			r.countWord()
		case r.day():
		case hedges[t.word] || t.word == "up" && r.word(r.i+1) == "to":
			r.unsure = true
		case isUnit(t.word) || t.word == "weeks" || t.word == "wks":
			// A unit with no number before it.
			r.unsure = true
		default:
			// Words such as "sessions", "small group", "in class", "with
			// the TA" say nothing about how often.
			r.i++
		}
	}
}

func isDay(w string) bool {
	_, ok := dayNames[w]
	return ok
}

func isUnit(w string) bool { return minuteUnits[w] || hourUnits[w] }

// ratio skips "1-1", "1 to 1", "one-to-one": who, not how often.
func (r *reader) ratio() bool {
	k := r.i + 1
	if r.word(k) == "-" && r.word(k+1) == "to" && r.word(k+2) == "-" {
		k += 2
	}
	a, sep, b := r.at(r.i), r.word(k), r.at(k+1)
	if !a.isNum || a.num != 1 || (sep != "-" && sep != "to") || !b.isNum || b.num != 1 {
		return false
	}
	if next := r.word(k + 2); isUnit(next) || countNouns[next] {
		return false
	}
	r.i = k + 2
	return true
}

// number reads a number or a range at r.i: "3", "2-3", "2 to 3", "2 or 3",
// "1 and a half", "half", "an" (before a unit).
func (r *reader) number() (Range, bool) {
	one := func() (float64, bool) {
		t := r.at(r.i)
		var n float64
		switch {
		case t.isNum:
			n = t.num
		case t.word == "half":
			r.i++
			if w := r.word(r.i); w == "an" || w == "a" {
				r.i++
			}
			return 0.5, true
		case t.word == "a" || t.word == "an":
			n = 1
		default:
			return 0, false
		}
		r.i++
		if r.word(r.i) == "and" && r.word(r.i+1) == "a" && r.word(r.i+2) == "half" {
			r.i += 3
			n += 0.5
		}
		return n, true
	}
	lo, ok := one()
	if !ok {
		return Range{}, false
	}
	if w := r.word(r.i); (w == "-" || w == "to" || w == "or") && r.at(r.i+1).isNum {
		r.i++
		hi, _ := one()
		if hi < lo {
			r.unsure = true
		}
		return Range{lo, hi}, true
	}
	return Range{lo, lo}, true
}

// amount reads a number and what it counts: minutes or hours, sessions
// ("3 x", "3 times", "3 sessions", "3 days"). A number that counts
// nothing it knows makes the wording unsure.
func (r *reader) amount() {
	n, ok := r.number()
	if !ok || n.Low <= 0 {
		r.unsure = true
		return
	}
	if r.word(r.i) == "-" && isUnit(r.word(r.i+1)) {
		r.i++ // "30-minute"
	}
	w := r.word(r.i)
	switch {
	case minuteUnits[w]:
		r.i++
		r.durations = append(r.durations, n)
	case hourUnits[w]:
		r.i++
		d := Range{n.Low * 60, n.High * 60}
		// "1 hour 15 min", "1 hour and 15 minutes", "an hour and a half".
		k := r.i
		if r.word(k) == "and" {
			k++
		}
		if r.word(k) == "a" && r.word(k+1) == "half" {
			d = d.Add(Range{30, 30})
			r.i = k + 2
		} else if m := r.at(k); m.isNum && minuteUnits[r.word(k+1)] && d.Exact() {
			d = d.Add(Range{m.num, m.num})
			r.i = k + 2
		}
		r.durations = append(r.durations, d)
	case countNouns[w]:
		r.i++
		if w == "days" || w == "day" {
			r.perDay = true
		}
		r.counts = append(r.counts, n)
	case r.at(r.i).isNum && r.sessionsOfLength():
		// "three 20-minute sessions": the length is read next.
		r.counts = append(r.counts, n)
	default:
		r.unsure = true
	}
}

// sessionsOfLength reports whether r.i starts a length followed by
// sessions: "20-minute sessions", "15 min lessons".
func (r *reader) sessionsOfLength() bool {
	k := r.i + 1
	if r.word(k) == "-" {
		k++
	}
	if !isUnit(r.word(k)) {
		return false
	}
	switch r.word(k + 1) {
	case "sessions", "lessons", "slots":
		return true
	}
	return false
}

// countWord reads "once", "twice", "once or twice", "twice or three times".
func (r *reader) countWord() {
	lo := countWords[r.word(r.i)]
	r.i++
	hi := lo
	if w := r.word(r.i); w == "or" || w == "to" || w == "-" {
		switch next := r.at(r.i + 1); {
		case countWords[next.word] > 0:
			hi = countWords[next.word]
			r.i += 2
		case next.isNum && countNouns[r.word(r.i+2)]:
			hi = next.num
			r.i += 3
		}
	}
	if hi < lo {
		r.unsure = true
	}
	r.counts = append(r.counts, Range{lo, hi})
}

// periodNouns are the periods a count is given for, as sessions a week
// that one a period makes.
var periodNouns = map[string]float64{
	"day": daysPerWeek, "weekday": daysPerWeek, "morning": daysPerWeek, "afternoon": daysPerWeek,
	"lunchtime": daysPerWeek,
	"week":      1, "wk": 1, "w": 1,
	"fortnight": 0.5,
	"month":     1 / weeksPerMonth,
	"term":      1 / weeksPerTerm,
}

// dayParts are the parts of a school day a session may be given in.
var dayParts = set("morning", "afternoon", "lunchtime")

// periodAdverbs stand alone: "daily", "weekly".
var periodAdverbs = map[string]float64{
	"daily": daysPerWeek, "weekday": daysPerWeek, "weekdays": daysPerWeek, "pw": 1, "weekly": 1, "fortnightly": 0.5,
	"monthly": 1 / weeksPerMonth, "termly": 1 / weeksPerTerm,
}

// every reads a period after "a", "an", "per", "each" or "every": "a
// week", "per day", "each school day", "every 2 weeks", "every other
// week", "each half term". After "every", "each" or "per", anything else
// ("every lesson", "every change") leaves the sessions unstated; "each
// session" says nothing more.
func (r *reader) every() bool {
	w := r.word(r.i)
	if w != "a" && w != "an" && w != "per" && w != "each" && w != "every" {
		return false
	}
	k := r.i + 1
	if r.word(k) == "school" {
		k++
	}
	next := r.word(k)
	switch {
	case dayParts[next] && r.word(k+1) == "and" && dayParts[r.word(k+2)] && r.word(k+2) != next:
		// "every morning and afternoon": two sessions a day.
		r.addPeriod(2 * daysPerWeek)
		r.i = k + 3
	case periodNouns[next] > 0:
		r.addPeriod(periodNouns[next])
		r.i = k + 1
	case next == "half" && (r.word(k+1) == "term" || r.word(k+1) == "termly"):
		r.addPeriod(2 / weeksPerTerm)
		r.i = k + 2
	case next == "other" && r.word(k+1) == "week":
		r.addPeriod(0.5)
		r.i = k + 2
	case next == "other" && r.word(k+1) == "day":
		r.addPeriod(daysPerWeek / 2)
		r.i = k + 2
	case w == "every" && r.at(k).isNum && (r.word(k+1) == "weeks" || r.word(k+1) == "wks" || r.word(k+1) == "week"):
		n := r.at(k).num
		if n <= 0 {
			r.unsure = true
			return true
		}
		r.addPeriod(1 / n)
		r.i = k + 2
	case w == "a" || w == "an":
		return false
	case next == "session":
		r.i = k + 1
	case isDay(next):
		// "every Monday": the day says it.
		r.i = k
	case w == "each" && next == "":
		// "20 min each": each session.
		r.i = k
	default:
		r.unsureSessions = true
		r.inLessons = w == "every" || w == "each"
		r.i = k
	}
	return true
}

// period reads a period that stands alone: "daily", "weekly",
// "fortnightly", "half termly", "alternate weeks".
func (r *reader) period() bool {
	w := r.word(r.i)
	switch {
	case periodAdverbs[w] > 0:
		r.addPeriod(periodAdverbs[w])
		r.i++
	case w == "half" && r.word(r.i+1) == "termly":
		r.addPeriod(2 / weeksPerTerm)
		r.i += 2
	case w == "alternate" && (r.word(r.i+1) == "weeks" || r.word(r.i+1) == "week"):
		r.addPeriod(0.5)
		r.i += 2
	default:
		return false
	}
	return true
}

// day reads a named day or a run of them: "Mon", "Tuesdays", "Mon-Fri",
// "Monday to Thursday".
func (r *reader) day() bool {
	d, ok := dayNames[r.word(r.i)]
	if !ok {
		return false
	}
	r.i++
	last := d
	if w := r.word(r.i); w == "-" || w == "to" {
		if e, ok := dayNames[r.word(r.i+1)]; ok && e >= d {
			last = e
			r.i += 2
		}
	}
	for k := d; k <= last; k++ {
		r.days[k] = true
	}
	r.anyDay = true
	return true
}

// result accepts what was read when it holds together: one length of
// session, one count and one period (each may be said twice in the same
// words), and named days that agree with them.
func (r *reader) result() Frequency {
	f := Frequency{AsNeeded: r.asNeeded, InLessons: r.inLessons}
	if r.unsure {
		return f
	}
	duration, ok1 := one(r.durations)
	count, ok2 := one(r.counts)
	period, ok3 := one(r.periods)
	if !ok1 || !ok2 || !ok3 {
		return f
	}
	f.MinutesPerSession = duration
	if r.unsureSessions || r.asNeeded {
		return f
	}
	var sessions Range
	switch {
	case r.anyDay:
		n := 0.0
		for _, d := range r.days {
			if d {
				n++
			}
		}
		// Named days give the sessions a week; "daily" agrees only with
		// all five school days.
		weekly := period == Range{1, 1} || period == Range{daysPerWeek, daysPerWeek} && n == daysPerWeek
		if (period.Stated() && !weekly) || (count.Stated() && count != Range{n, n}) {
			return f
		}
		sessions = Range{n, n}
	case r.perDay:
		// "3 days a week": a count of days means nothing without a week.
		if period != (Range{1, 1}) {
			return f
		}
		sessions = count
	case period.Stated():
		sessions = period
		if count.Stated() {
			sessions = Range{count.Low * period.Low, count.High * period.High}
		}
	}
	f.SessionsPerWeek = sessions
	return f
}

// one is the single amount of its kind the wording gave, the zero Range
// when it gave none; false when it gave two that differ.
func one(xs []Range) (Range, bool) {
	for _, x := range xs {
		if x != xs[0] {
			return Range{}, false
		}
	}
	if len(xs) == 0 {
		return Range{}, true
	}
	return xs[0], true
}
