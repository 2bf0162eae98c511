package plan

import (
	"math"
	"testing"
)

// none is an amount the wording does not state.
var none = Range{}

func exact(x float64) Range { return Range{x, x} }

// frequencyCases are the How Often wordings schools write, each with the
// sessions a week, minutes a session and minutes a week worked out by
// hand. Daily help is given on the five school days; a month is 52/12
// weeks and a term 13.
var frequencyCases = []struct {
	in                        string
	sessions, minutes, weekly Range
	asNeeded                  bool
}{
	{"3 x 15 min a week", exact(3), exact(15), exact(45), false},
	{"3x15mins weekly", exact(3), exact(15), exact(45), false},
	{"3 × 15 min a week", exact(3), exact(15), exact(45), false},
	{"3 times a week, 15 minutes", exact(3), exact(15), exact(45), false},
	{"15 min 3 times a week", exact(3), exact(15), exact(45), false},
	{"20 min x 3 per week", exact(3), exact(20), exact(60), false},
	{"x3 20min/wk", exact(3), exact(20), exact(60), false},
	{"3 x 20 mins p/w", exact(3), exact(20), exact(60), false},
	{"every weekday 10 min", exact(5), exact(10), exact(50), false},
	{"Daily 10 min", exact(5), exact(10), exact(50), false},
	{"10 mins per day", exact(5), exact(10), exact(50), false},
	{"10 minutes each day", exact(5), exact(10), exact(50), false},
	{"10 min every day", exact(5), exact(10), exact(50), false},
	{"10 min every school day", exact(5), exact(10), exact(50), false},
	{"weekday mornings, 10 min", exact(5), exact(10), exact(50), false},
	{"2 x 10 min daily", exact(10), exact(10), exact(100), false},
	{"twice a day, 5 min", exact(10), exact(5), exact(50), false},
	{"1 hour weekly", exact(1), exact(60), exact(60), false},
	{"2 x 1 hour per week", exact(2), exact(60), exact(120), false},
	{"1 hr 30 min weekly", exact(1), exact(90), exact(90), false},
	{"1 hour and 15 minutes a week", exact(1), exact(75), exact(75), false},
	{"1.5 hours a week", exact(1), exact(90), exact(90), false},
	{"an hour and a half weekly", exact(1), exact(90), exact(90), false},
	{"one and a half hours a week", exact(1), exact(90), exact(90), false},
	{"2hrs per week", exact(1), exact(120), exact(120), false},
	{"1½ hours a week", exact(1), exact(90), exact(90), false},
	{"½ hour daily", exact(5), exact(30), exact(150), false},
	{"half an hour twice a week", exact(2), exact(30), exact(60), false},
	{"half hour daily", exact(5), exact(30), exact(150), false},
	{"30 minute sessions twice a week", exact(2), exact(30), exact(60), false},
	{"3 x 30-minute sessions a week", exact(3), exact(30), exact(90), false},
	{"3 sessions of 20 min weekly", exact(3), exact(20), exact(60), false},
	{"2 sessions a week, 20 min each", exact(2), exact(20), exact(40), false},
	{"once a week, 20 minutes", exact(1), exact(20), exact(20), false},
	{"twice weekly 20 min", exact(2), exact(20), exact(40), false},
	{"10 min twice-weekly", exact(2), exact(10), exact(20), false},
	{"three times a week for fifteen minutes", exact(3), exact(15), exact(45), false},
	{"forty-five minutes weekly", exact(1), exact(45), exact(45), false},
	{"fortnightly 30 mins", exact(0.5), exact(30), exact(15), false},
	{"1 hour every 2 weeks", exact(0.5), exact(60), exact(30), false},
	{"1 hour every two weeks", exact(0.5), exact(60), exact(30), false},
	{"45 min every other week", exact(0.5), exact(45), exact(22.5), false},
	{"30 min once a fortnight", exact(0.5), exact(30), exact(15), false},
	{"20 min every 4 weeks", exact(0.25), exact(20), exact(5), false},
	// A month is 52/12 weeks: 60 × 12 / 52 = 13.85 minutes a week.
	{"monthly 60 min", exact(0.2308), exact(60), exact(13.85), false},
	{"1 hour a month", exact(0.2308), exact(60), exact(13.85), false},
	// A term is 13 weeks: 60 / 13 = 4.62, 45 / 13 = 3.46.
	{"termly 1 hour", exact(0.0769), exact(60), exact(4.62), false},
	{"once a term, 45 minutes", exact(0.0769), exact(45), exact(3.46), false},
	{"30 min each half term", exact(0.1538), exact(30), exact(4.62), false},
	{"2 x 10 min per day", exact(10), exact(10), exact(100), false},
	{"2 x 10 min each day", exact(10), exact(10), exact(100), false},
	{"2 x 10 min every day", exact(10), exact(10), exact(100), false},
	{"2 x 10 min every weekday", exact(10), exact(10), exact(100), false},
	{"2 x 30 min fortnightly", exact(1), exact(30), exact(30), false},
	{"2 x 30 min every 2 weeks", exact(1), exact(30), exact(30), false},
	// 2 × 12 / 52 = 0.4615 sessions, 120 × 12 / 52 = 27.69 minutes.
	{"2 x 1 hour monthly", exact(0.4615), exact(60), exact(27.69), false},
	// 2 / 13 = 0.1538 sessions, 120 / 13 = 9.23 minutes.
	{"2 x 1 hour termly", exact(0.1538), exact(60), exact(9.23), false},
	{"2-3 times a week, 20 min", Range{2, 3}, exact(20), Range{40, 60}, false},
	{"2 to 3 x 15 min per week", Range{2, 3}, exact(15), Range{30, 45}, false},
	{"once or twice a week, 20 min", Range{1, 2}, exact(20), Range{20, 40}, false},
	{"20-30 min daily", exact(5), Range{20, 30}, Range{100, 150}, false},
	{"20–30 min daily", exact(5), Range{20, 30}, Range{100, 150}, false},
	{"Mon, Wed, Fri 15 mins", exact(3), exact(15), exact(45), false},
	{"Monday and Thursday afternoons, 30 min", exact(2), exact(30), exact(60), false},
	{"Mon-Fri 10 min", exact(5), exact(10), exact(50), false},
	{"every Tuesday 40 mins", exact(1), exact(40), exact(40), false},
	{"twice a week (Mon and Thu), 20 min", exact(2), exact(20), exact(40), false},
	{"3 days a week, 20 min", exact(3), exact(20), exact(60), false},
	{"1:1 20 min daily", exact(5), exact(20), exact(100), false},
	{"1-1 reading, 10 min daily", exact(5), exact(10), exact(50), false},
	{"one-to-one, 15 min twice a week", exact(2), exact(15), exact(30), false},
	{"daily 5 min at drop-off", exact(5), exact(5), exact(25), false},
	{"daily at pick-up, 10 min", exact(5), exact(10), exact(50), false},
	{"15 mins daily (Mon-Fri)", exact(5), exact(15), exact(75), false},
	{"Weekly (Tuesday) 30 mins", exact(1), exact(30), exact(30), false},
	{"Mon/Wed/Fri 20 min", exact(3), exact(20), exact(60), false},
	{"Tues & Thurs 30 mins", exact(2), exact(30), exact(60), false},
	{"10 minutes every morning and afternoon", exact(10), exact(10), exact(100), false},
	{"every lunchtime 20 min", exact(5), exact(20), exact(100), false},
	{"2x30m/w", exact(2), exact(30), exact(60), false},
	{"Three 20-minute sessions a week", exact(3), exact(20), exact(60), false},
	{"four 15 min sessions weekly", exact(4), exact(15), exact(60), false},
	{"5 mins daily x 2", exact(10), exact(5), exact(50), false},
	{"30 mins per session, twice weekly", exact(2), exact(30), exact(60), false},
	{"1 hour per fortnight", exact(0.5), exact(60), exact(30), false},

	// What is stated is kept; the rest is not stated.
	{"daily", exact(5), none, none, false},
	{"daily in English lessons", exact(5), none, none, false},
	{"3 times a week", exact(3), none, none, false},
	{"30 minute sessions", none, exact(30), none, false},
	{"15 minutes", none, exact(15), none, false},
	{"3 x 15 min", none, exact(15), none, false},
	{"10 min every lesson", none, exact(10), none, false},
	{"at every change, daily", none, none, none, false},
	{"10 min as and when needed", none, exact(10), none, true},
	{"Mon and Wed, 3 times a week, 20 min", none, exact(20), none, false},
	{"daily Mon and Wed, 20 min", none, exact(20), none, false},
	{"10 mins AM and PM daily", none, exact(10), none, false},
	{"3 x 15 minutes per week (45 minutes)", none, none, none, false},
	{"ongoing", none, none, none, true},
	{"as needed", none, none, none, true},
	{"When required", none, none, none, true},

	// Wording that hedges or contradicts itself is not stated at all.
	{"up to 3 x 15 min a week", none, none, none, false},
	{"about 20 min daily", none, none, none, false},
	{"10+ min daily", none, none, none, false},
	{"at least twice a week, 20 min", none, none, none, false},
	{"2 x 20 min and 1 x 30 min a week", none, none, none, false},
	{"daily or weekly 10 min", none, none, none, false},
	{"weekly 20 min, daily 5 min", none, none, none, false},
	{"every day except Friday, 10 min", none, none, none, false},
	{"daily on Mondays, 10 min", none, exact(10), none, false},
	{"bi-weekly 30 min", none, none, none, false},
	{"20 min a week for 6 weeks", none, none, none, false},
	{"Year 2 group, 20 min weekly", none, none, none, false},
	{"1h30 weekly", none, none, none, false},
	{"1¼ hours weekly", none, none, none, false},
	{"every lesson", none, none, none, false},
	{"", none, none, none, false},
}

func near(a, b Range) bool {
	return math.Abs(a.Low-b.Low) < 0.005 && math.Abs(a.High-b.High) < 0.005
}

func TestParseFrequency(t *testing.T) {
	for _, c := range frequencyCases {
		f := ParseFrequency(c.in)
		if !near(f.SessionsPerWeek, c.sessions) || !near(f.MinutesPerSession, c.minutes) || !near(f.MinutesPerWeek(), c.weekly) || f.AsNeeded != c.asNeeded {
			t.Errorf("ParseFrequency(%q) = %v sessions a week, %v minutes a session, %v a week, as needed %v; want %v, %v, %v, %v",
				c.in, f.SessionsPerWeek, f.MinutesPerSession, f.MinutesPerWeek(), f.AsNeeded, c.sessions, c.minutes, c.weekly, c.asNeeded)
		}
		if f.Certain() != c.weekly.Stated() {
			t.Errorf("ParseFrequency(%q).Certain() = %v, want %v", c.in, f.Certain(), c.weekly.Stated())
		}
	}
}

// TestParseFrequencyIsStable reads every wording many times: a reading
// that depended on map order would differ between runs.
func TestParseFrequencyIsStable(t *testing.T) {
	for _, c := range frequencyCases {
		first := ParseFrequency(c.in)
		for range 50 {
			if got := ParseFrequency(c.in); got != first {
				t.Fatalf("ParseFrequency(%q) gave %+v, then %+v", c.in, first, got)
			}
		}
	}
}

func TestSessionsIn(t *testing.T) {
	cases := []struct {
		in    string
		weeks int
		want  int
	}{
		{"daily 15 min", 11, 55},
		{"3 x 15 min a week", 11, 33},
		{"fortnightly 30 mins", 11, 6}, // 5.5, rounded up
		{"2-3 times a week", 11, 33},   // the top of the range
		{"monthly 60 min", 52, 12},
		{"monthly 60 min", 11, 3}, // 2.54, rounded up
		{"termly 1 hour", 11, 1},
		{"as needed", 11, 0},
		{"30 minute sessions", 11, 0},
		{"daily", 0, 0},
	}
	for _, c := range cases {
		if got := ParseFrequency(c.in).SessionsIn(c.weeks); got != c.want {
			t.Errorf("%q over %d weeks: %d sessions, want %d", c.in, c.weeks, got, c.want)
		}
	}
}

func TestRangeString(t *testing.T) {
	cases := []struct {
		r    Range
		want string
	}{
		{exact(45), "45"},
		{Range{20, 40}, "20–40"},
		{exact(0.5), "0.5"},
		{exact(13.846), "13.8"},
		{none, ""},
	}
	for _, c := range cases {
		if got := c.r.String(); got != c.want {
			t.Errorf("%+v.String() = %q, want %q", c.r, got, c.want)
		}
	}
}

// TestUnreadFrequencyWarning: check warns at a How Often that does not
// give both the sessions a week and their length, saying what it did read
// and showing wording that is read in full; wording read in full, or that
// says the help has no timetable of its own, is left alone.
func TestUnreadFrequencyWarning(t *testing.T) {
	const after = `, so the provision map shows its time as "not stated" and does not cost it; write it like `
	for _, c := range []struct{ name, in, want string }{
		{"read in full", "3 x 15 min a week", ""},
		{"a range is read in full", "2-3 x 20 min a week", ""},
		{"no timetable", "as needed", ""},
		{"with every lesson", "every lesson", ""},
		{"at every change", "at every change, daily", ""},
		{"sessions but no length", "daily",
			`How Often "daily" gives 5 sessions a week but not how long each is` + after + `"daily, 15 min"`},
		{"one session a week", "Weekly.",
			`How Often "Weekly." gives 1 session a week but not how long each is` + after + `"Weekly, 15 min"`},
		{"named days", "Mon, Wed, Fri",
			`How Often "Mon, Wed, Fri" gives 3 sessions a week but not how long each is` + after + `"Mon, Wed, Fri, 15 min"`},
		{"a range of sessions", "2-3 times a week",
			`How Often "2-3 times a week" gives 2–3 sessions a week but not how long each is` + after + `"2-3 times a week, 15 min"`},
		{"length but no sessions", "30 minute sessions",
			`How Often "30 minute sessions" gives 30 minutes a session but not how many sessions a week` + after + `"3 x 30 min a week"`},
		{"a range of length", "20-30 min",
			`How Often "20-30 min" gives 20–30 minutes a session but not how many sessions a week` + after + `"3 x 15 min a week"`},
		{"hedged", "up to 20 min daily",
			`How Often "up to 20 min daily" gives neither how many sessions a week nor how long each is ("up to", "about" or two different amounts give no number for certain)` + after + `"3 x 15 min a week"`},
		{"two readings", "20 min daily, 1 hour weekly",
			`How Often "20 min daily, 1 hour weekly" gives neither how many sessions a week nor how long each is ("up to", "about" or two different amounts give no number for certain)` + after + `"3 x 15 min a week"`},
		{"morning and afternoon, not which", "AM and PM",
			`How Often "AM and PM" gives neither how many sessions a week nor how long each is ("up to", "about" or two different amounts give no number for certain)` + after + `"3 x 15 min a week"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := unreadFrequency(c.in); got != c.want {
				t.Errorf("unreadFrequency(%q) =\n%s\nwant\n%s", c.in, got, c.want)
			}
		})
	}
	// Every example the warning offers must itself be read in full.
	for _, ex := range []string{frequencyExample, "daily, 15 min", "Mon, Wed, Fri, 15 min", "3 x 30 min a week"} {
		if !ParseFrequency(ex).Certain() {
			t.Errorf("example %q is not read in full", ex)
		}
	}
}
