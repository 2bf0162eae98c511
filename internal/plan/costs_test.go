package plan

import (
	"math"
	"slices"
	"testing"
	"time"
)

func TestStaffReadsEachAdultInWho(t *testing.T) {
	r := NewRates(map[string]float64{"TA": 18, "HLTA": 21, "teacher": 42, "class teacher": 40, "SALT": 45, "speech and language therapist": 50})
	cases := []struct {
		name      string
		who       string
		perHour   float64  // worked by hand from the rates above
		roles     []string // one a costed adult, in Who's order
		unrated   []string
		uncounted []string
	}{
		{"role in brackets after a name", "Mrs Khan (TA)", 18, []string{"TA"}, nil, nil},
		{"any case", "ta", 18, []string{"TA"}, nil, nil},
		{"HLTA is not a TA", "Mr Doe (HLTA)", 21, []string{"HLTA"}, nil, nil},
		{"a name, then its role after a comma", "Mr Doe, HLTA", 21, []string{"HLTA"}, nil, nil},
		{"a name, then another's", "Mr Doe, Mrs Khan (TA)", 18, []string{"TA"}, []string{"Mr Doe"}, nil},
		{"a role, then a name", "HLTA, Mr Doe", 21, []string{"HLTA"}, []string{"Mr Doe"}, nil},
		{"the longer role wins over its last word", "Class teacher", 40, []string{"class teacher"}, nil, nil},
		{"two roles cost both", "Class teacher and TA", 58, []string{"class teacher", "TA"}, nil, nil},
		{"two TAs cost twice", "Mrs Khan (TA); Ms Hart (TA)", 36, []string{"TA", "TA"}, nil, nil},
		{"a slash offers either adult: one is costed", "TA / TA", 18, []string{"TA"}, nil, nil},
		{"parted by commas and and", "Mrs Khan (TA), Mr Rai (TA) and Ms Hart (HLTA)", 57, []string{"TA", "TA", "HLTA"}, nil, nil},
		{"parted by an ampersand", "Mrs Khan (TA) & Mr Rai (TA)", 36, []string{"TA", "TA"}, nil, nil},
		{"a rated role and one without", "Mrs Cole (SENCo); Mr Rai (TA)", 18, []string{"TA"}, []string{"Mrs Cole (SENCo)"}, nil},
		{"an outside service without a rate", "Ms Hart (TA); OT (termly)", 18, []string{"TA"}, []string{"OT (termly)"}, nil},
		{"the family is no cost left out", "Mrs Khan (TA) and parents", 18, []string{"TA"}, nil, nil},
		{"a peer buddy is no cost left out", "TA; peer buddy", 18, []string{"TA"}, nil, nil},
		{"home alone is not costed, and no adult is left out", "Home", 0, nil, nil, nil},
		{"neighbours without a rate are named together", "Ms Hart (TA); Speech and language therapy (NHS)", 18, []string{"TA"}, []string{"Speech and language therapy (NHS)"}, nil},
		{"a slash inside brackets is one adult", "Mrs Cole (SENCo/teacher)", 42, []string{"teacher"}, nil, nil},
		{"one adult's roles in brackets: the first", "Mr Ali (HLTA, TA)", 21, []string{"HLTA"}, nil, nil},
		{"roles outside brackets are adults each", "TA with class teacher", 58, []string{"TA", "class teacher"}, nil, nil},
		{"a role outside brackets; what is in them describes it", "Teacher (TA support)", 42, []string{"teacher"}, nil, nil},
		{"and inside a role is not two adults", "Speech and language therapist", 50, []string{"speech and language therapist"}, nil, nil},
		{"and inside a name is not a cut", "Mrs Anderson (TA)", 18, []string{"TA"}, nil, nil},
		{"a number says how many", "2 TAs", 36, []string{"TA", "TA"}, nil, nil},
		{"a number word says how many", "three TAs", 54, []string{"TA", "TA", "TA"}, nil, nil},
		{"a plural after names gives them its role", "Mrs Khan and Mr Rai (TAs)", 36, []string{"TA", "TA"}, nil, nil},
		{"a plural lends its role only across and and commas", "Mrs Cole; Mr Rai and Ms Hart (TAs)", 36, []string{"TA", "TA"}, []string{"Mrs Cole"}, nil},
		{"a plural that says no number is costed as one", "TAs", 18, []string{"TA"}, nil, []string{"TAs"}},
		{"a plural lends its role only to names with a title", "SENCo and TAs", 18, []string{"TA"}, []string{"SENCo"}, []string{"TAs"}},
		{"a role inside another word is not that role", "Tamsin (Speech therapist)", 0, nil, []string{"Tamsin (Speech therapist)"}, nil},
		{"no role", "Mrs Khan", 0, nil, []string{"Mrs Khan"}, nil},
		{"outside service with a rate", "SALT (NHS)", 45, []string{"SALT"}, nil, nil},
		{"blank", "  ", 0, nil, nil, nil},
		{"subjects joined by and are one role's", "English and history teachers", 42, []string{"teacher"}, nil, []string{"English and history teachers"}},
		{"subjects joined by commas and a slash", "Maths, English/science TA", 18, []string{"TA"}, nil, nil},
		{"a subject beside a role parts adults", "Class teacher and English TA", 58, []string{"class teacher", "TA"}, nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := r.Staff(c.who)
			var roles []string
			for _, a := range s.Adults {
				roles = append(roles, a.Role)
			}
			if math.Abs(s.PerHour-c.perHour) > 1e-9 || !slices.Equal(roles, c.roles) || !slices.Equal(s.Unrated, c.unrated) ||
				!slices.Equal(s.Uncounted, c.uncounted) || s.Rated() != (c.roles != nil) {
				t.Errorf("Staff(%q) = %v an hour, roles %q, unrated %q, uncounted %q; want %v, %q, %q, %q",
					c.who, s.PerHour, roles, s.Unrated, s.Uncounted, c.perHour, c.roles, c.unrated, c.uncounted)
			}
		})
	}
}

func TestStaffShortfallNamesWhoIsLeftOut(t *testing.T) {
	r := NewRates(map[string]float64{"TA": 18})
	cases := map[string]string{
		"Mrs Khan (TA)":                       "",
		"Mrs Cole (SENCo); Mr Rai (TA)":       `no hourly rate for "Mrs Cole (SENCo)"`,
		"Mrs Cole (SENCo); Mr Rai (TA); SALT": `no hourly rate for "Mrs Cole (SENCo)" and "SALT"`,
		"Mrs Cole (SENCo); TA; SALT (termly)": `no hourly rate for "Mrs Cole (SENCo)" and "SALT (termly)"`,
		"Class teacher and TAs":               `no hourly rate for "Class teacher"; "TAs" does not say how many, so one is costed`,
	}
	for who, want := range cases {
		if got := r.Staff(who).Shortfall(); got != want {
			t.Errorf("Staff(%q).Shortfall() = %q, want %q", who, got, want)
		}
	}
}

func TestWeeklyCost(t *testing.T) {
	r := NewRates(map[string]float64{"TA": 18, "teacher": 42})
	// 3 x 15 min a week = 45 minutes; 45/60 h x £18 = £13.50.
	if got, ok := r.WeeklyCost("Mrs Khan (TA)", 45, 1); !ok || Money(got) != 13.50 {
		t.Errorf("3 x 15 min a week with a TA = %v %v, want 13.50", got, ok)
	}
	// A daily 20-minute group run by a teacher: 100 minutes = £70 a week,
	// shared by four children = £17.50 each.
	if got, ok := r.WeeklyCost("Class teacher", 100, 4); !ok || Money(got) != 17.50 {
		t.Errorf("daily 20 min group of four with a teacher = %v %v, want 17.50 each", got, ok)
	}
	// Two TAs for 3 x 15 min a week: 45/60 h x £18 x 2 = £27.00.
	if got, ok := r.WeeklyCost("Mrs Khan (TA); Ms Hart (TA)", 45, 1); !ok || Money(got) != 27.00 {
		t.Errorf("3 x 15 min a week with two TAs = %v %v, want 27.00", got, ok)
	}
	if got, ok := r.WeeklyCost("Mrs Khan", 45, 1); ok || got != 0 {
		t.Errorf("a Who with no rate = %v %v, want not costed", got, ok)
	}
}

func TestTermWeeks(t *testing.T) {
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
	// 9 January to 26 March 2027 is 76 days: 10.857 weeks, 10.9 to one place.
	if got := TermWeeks(d(2027, 1, 9), d(2027, 3, 26)); got != 10.9 {
		t.Errorf("TermWeeks = %v, want 10.9", got)
	}
	if got := TermWeeks(d(2027, 3, 26), d(2027, 1, 9)); got != 0 {
		t.Errorf("a review before the plan = %v weeks, want 0", got)
	}
}

func TestParseMoney(t *testing.T) {
	for in, want := range map[string]float64{"120": 120, "85.50": 85.5, "£1,200": 1200, "€ 40": 40, " 0.5 ": 0.5} {
		if got, err := ParseMoney(in); err != nil || got != want {
			t.Errorf("ParseMoney(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"-5", "ten pounds", "", "NaN", "Inf"} {
		if _, err := ParseMoney(in); err == nil {
			t.Errorf("ParseMoney(%q) should be an error", in)
		}
	}
}

// A slash (or "or") in Who offers either adult: the line is one adult's
// time, at the lowest rate among them. "and", "&", "+" and "with" still
// mean both.
func TestStaffSlashOffersEitherAdult(t *testing.T) {
	r := NewRates(map[string]float64{"TA": 18, "HLTA": 21, "teacher": 42, "class teacher": 40})
	cases := []struct {
		who     string
		perHour float64 // worked by hand from the rates above
		roles   []string
		unrated []string
	}{
		{"Class teacher/TA", 18, []string{"TA"}, nil},
		{"TA/HLTA", 18, []string{"TA"}, nil},
		{"HLTA / TA", 18, []string{"TA"}, nil}, // the lower rate, not the first
		{"Mrs Khan (TA) / Mr Ali (HLTA)", 18, []string{"TA"}, nil},
		{"Mrs Khan (TA) / Ms Hart (TA)", 18, []string{"TA"}, nil},
		// "/" binds before "and": 18 for the TA or HLTA, + 40.
		{"TA/HLTA and class teacher", 58, []string{"TA", "class teacher"}, nil},
		{"Class teacher and TA/HLTA", 58, []string{"class teacher", "TA"}, nil},
		{"Class teacher + TA", 58, []string{"class teacher", "TA"}, nil},
		{"Class teacher & TA", 58, []string{"class teacher", "TA"}, nil},
		{"TA with class teacher", 58, []string{"TA", "class teacher"}, nil},
		// Two TAs (36) cost less than a teacher (42).
		{"2 TAs / teacher", 36, []string{"TA", "TA"}, nil},
		{"Teacher / 3 TAs", 42, []string{"teacher"}, nil},
		// One of them has a rate: whoever gives it, that much is spent.
		{"SENCo/TA", 18, []string{"TA"}, nil},
		{"Parents/TA", 18, []string{"TA"}, nil},
		{"SENCo/EP", 0, nil, []string{"SENCo/EP"}},
		{"Mrs Khan (TA); SENCo/EP", 18, []string{"TA"}, []string{"SENCo/EP"}},
		// The plural is the role of the name before the slash too, and
		// says how many: one TA or the other.
		{"Mrs Khan/Mr Rai (TAs)", 18, []string{"TA"}, nil},
		// "or" offers either, as a slash does; "and/or" is at least one.
		{"Class teacher or TA", 18, []string{"TA"}, nil},
		{"HLTA or TA and class teacher", 58, []string{"TA", "class teacher"}, nil},
		{"Class teacher and/or TA", 18, []string{"TA"}, nil},
		// A slash inside brackets is still one adult's roles.
		{"Mrs Cole (SENCo/teacher) and TA", 60, []string{"teacher", "TA"}, nil},
	}
	for _, c := range cases {
		s := r.Staff(c.who)
		var roles []string
		for _, a := range s.Adults {
			roles = append(roles, a.Role)
		}
		if math.Abs(s.PerHour-c.perHour) > 1e-9 || !slices.Equal(roles, c.roles) || !slices.Equal(s.Unrated, c.unrated) ||
			len(s.Uncounted) > 0 || len(s.Outside) > 0 {
			t.Errorf("Staff(%q) = %v an hour, roles %q, unrated %q, uncounted %q, outside %q; want %v, %q, %q, none, none",
				c.who, s.PerHour, roles, s.Unrated, s.Uncounted, s.Outside, c.perHour, c.roles, c.unrated)
		}
	}
	// 3 x 20 = 60 min a week of a class teacher or a TA: 60/60 x £18 =
	// £18.00, not both adults' £58.00.
	if got, ok := r.WeeklyCost("Class teacher/TA", 60, 1); !ok || Money(got) != 18 {
		t.Errorf("3 x 20 min a week with a class teacher or a TA = %v %v, want 18.00", got, ok)
	}
}

// A line offering one adult or another says whose rate it was costed at,
// so a SENCo who expected the teacher's rate can see why the figure is
// lower. Each want is written out by hand from the rates below.
func TestStaffCostedAsNamesTheRateChosen(t *testing.T) {
	r := NewRates(map[string]float64{"TA": 18, "HLTA": 21, "teacher": 42})
	cases := []struct {
		name, who, want string
	}{
		{"two rates: the lower", "Class teacher/TA", `at the TA rate, the lower of "Class teacher/TA"`},
		{"the lower, named second", "HLTA / TA", `at the TA rate, the lower of "HLTA / TA"`},
		{"or is a slash", "Class teacher or TA", `at the TA rate, the lower of "Class teacher or TA"`},
		{"three rates: the lowest", "Teacher/HLTA/TA", `at the TA rate, the lowest of "Teacher/HLTA/TA"`},
		{"named adults: their roles' rates", "Mrs Khan (TA) / Mr Ali (HLTA)", `at the TA rate, the lower of "Mrs Khan (TA) / Mr Ali (HLTA)"`},
		// 2 x 18 = 36 an hour is less than a teacher's 42.
		{"a count: both TAs' rates", "2 TAs / teacher", `at the 2 × TA rates, the lower of "2 TAs / teacher"`},
		{"the same rate either way: once", "Mrs Khan (TA) / Ms Hart (TA)", `at the TA rate once, for one of "Mrs Khan (TA) / Ms Hart (TA)"`},
		{"only one has a rate", "SENCo/TA", `at the TA rate, the only one of "SENCo/TA" with an hourly rate`},
		{"each set of alternatives on its own", "TA/HLTA and Class teacher/HLTA",
			`at the TA rate, the lower of "TA/HLTA"; at the HLTA rate, the lower of "Class teacher/HLTA"`},
		// Nothing to explain: both adults are costed, or the other
		// alternative is the family, who cost the school nothing.
		{"and is both adults", "Class teacher and TA", ""},
		{"one adult", "Mrs Khan (TA)", ""},
		{"the family is no alternative the school pays for", "Parents/TA", ""},
		{"a slash inside brackets is one adult's roles", "Mrs Cole (SENCo/teacher)", ""},
		{"no rate for either: not costed, nothing chosen", "SENCo/EP", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := r.Staff(c.who).CostedAs(); got != c.want {
				t.Errorf("Staff(%q).CostedAs() =\n%q, want\n%q", c.who, got, c.want)
			}
		})
	}
}

// A visiting or outside professional shares a role word with the
// school's own staff ("teacher") but is not paid at the school's rate for
// it: they are costed only at a rate by their own name.
func TestStaffOutsideProfessionals(t *testing.T) {
	school := NewRates(map[string]float64{"TA": 18, "teacher": 42, "class teacher": 40})
	cases := []struct {
		who     string
		perHour float64
		roles   []string
		outside []string
	}{
		{"QTVI (visiting teacher)", 0, nil, []string{"QTVI (visiting teacher)"}},
		{"Teacher of the Deaf", 0, nil, []string{"Teacher of the Deaf"}},
		{"teacher for the visually impaired", 0, nil, []string{"teacher for the visually impaired"}},
		{"visiting teacher", 0, nil, []string{"visiting teacher"}},
		{"Outreach teacher", 0, nil, []string{"Outreach teacher"}},
		{"Advisory teacher (termly)", 0, nil, []string{"Advisory teacher (termly)"}},
		{"specialist teacher from the sensory service", 0, nil, []string{"specialist teacher from the sensory service"}},
		{"Local authority teacher", 0, nil, []string{"Local authority teacher"}},
		{"Mrs Jones (VI teacher)", 0, nil, []string{"Mrs Jones (VI teacher)"}},
		{"HI teacher", 0, nil, []string{"HI teacher"}},
		{"Outreach TA", 0, nil, []string{"Outreach TA"}},
		// The school's own staff beside them are costed.
		{"Mr Whitfield (class teacher); Teacher of the Deaf (termly)", 40, []string{"class teacher"}, []string{"Teacher of the Deaf (termly)"}},
		{"Mrs Morgan (class teacher); QTVI (visiting teacher)", 40, []string{"class teacher"}, []string{"QTVI (visiting teacher)"}},
		{"TA with outreach teacher", 18, []string{"TA"}, []string{"TA with outreach teacher"}},
		// Either one: the TA is the school's, and costed.
		{"Outreach teacher/TA", 18, []string{"TA"}, nil},
		// The school's own teachers.
		{"Teacher of English", 42, []string{"teacher"}, nil},
		{"Specialist TA", 18, []string{"TA"}, nil},
		{"Supply teacher", 42, []string{"teacher"}, nil},
		// A name is no mark, even one that reads like one.
		{"Ms Vi Tran (TA)", 18, []string{"TA"}, nil},
		{"Mr Service (teacher)", 42, []string{"teacher"}, nil},
		{"Mrs Khan (TA, sensory room)", 18, []string{"TA"}, nil},
		// Brackets after the school's own role say what they do, not who
		// they are.
		{"Class teacher (advice from outreach)", 40, []string{"class teacher"}, nil},
		// Brackets holding only the mark say who they are.
		{"Teacher (visiting)", 0, nil, []string{"Teacher (visiting)"}},
		{"TA (outreach)", 0, nil, []string{"TA (outreach)"}},
	}
	for _, c := range cases {
		s := school.Staff(c.who)
		var roles []string
		for _, a := range s.Adults {
			roles = append(roles, a.Role)
		}
		if math.Abs(s.PerHour-c.perHour) > 1e-9 || !slices.Equal(roles, c.roles) || !slices.Equal(s.Outside, c.outside) || len(s.Unrated) > 0 {
			t.Errorf("Staff(%q) = %v an hour, roles %q, outside %q, unrated %q; want %v, %q, %q, none",
				c.who, s.PerHour, roles, s.Outside, s.Unrated, c.perHour, c.roles, c.outside)
		}
	}

	// A rate by the professional's own name costs them.
	own := NewRates(map[string]float64{"teacher": 42, "visiting teacher": 55, "QTVI": 60, "teacher of the deaf": 58})
	for who, want := range map[string]struct {
		role    string
		perHour float64
	}{
		"visiting teacher":        {"visiting teacher", 55},
		"QTVI (visiting teacher)": {"QTVI", 60},
		"Teacher of the Deaf":     {"teacher of the deaf", 58},
		"Mrs Jones (QTVI)":        {"QTVI", 60},
		"Class teacher":           {"teacher", 42},
	} {
		s := own.Staff(who)
		if len(s.Adults) != 1 || s.Adults[0].Role != want.role || s.PerHour != want.perHour || len(s.Outside) > 0 || len(s.Unrated) > 0 {
			t.Errorf("Staff(%q) = %+v; want one %s at %v", who, s, want.role, want.perHour)
		}
	}
	// No rate by its own name: still not the teacher rate.
	if s := own.Staff("Outreach teacher"); s.Rated() || !slices.Equal(s.Outside, []string{"Outreach teacher"}) {
		t.Errorf(`Staff("Outreach teacher") = %+v; want not costed, from outside`, s)
	}
}

func TestStaffShortfallNamesOutsideProfessionals(t *testing.T) {
	r := NewRates(map[string]float64{"TA": 18, "teacher": 42})
	cases := map[string]string{
		"Class teacher; QTVI (visiting teacher)": `no hourly rate for "QTVI (visiting teacher)" (from outside the school)`,
		"Mrs Cole (SENCo); TA; Teacher of the Deaf": `no hourly rate for "Mrs Cole (SENCo)"; ` +
			`no hourly rate for "Teacher of the Deaf" (from outside the school)`,
		"TA; outreach teacher and advisory teacher": `no hourly rate for "outreach teacher" and "advisory teacher" (from outside the school)`,
	}
	for who, want := range cases {
		if got := r.Staff(who).Shortfall(); got != want {
			t.Errorf("Staff(%q).Shortfall() =\n%q, want\n%q", who, got, want)
		}
	}
}

// A line that cannot be costed names every reason: How Often, and each
// adult with no rate, so the SENCo puts both right in one go.
func TestStaffNotCostedNamesEveryReason(t *testing.T) {
	r := NewRates(map[string]float64{"TA": 18, "teacher": 42})
	none := Range{}
	cases := []struct {
		who, howOften string
		minutes       Range
		want          string
	}{
		{"Mrs Khan (TA)", "3 x 15 min a week", Range{45, 45}, ""},
		{"Mrs Cole (SENCo); Mr Rai (TA)", "weekly 30 min", Range{30, 30}, ""}, // part costed, not "not costed"
		{"Mrs Khan (TA)", "as needed", none, `How Often "as needed" does not say how long and how often`},
		{"Mrs Cole (SENCo)", "weekly 30 min", Range{30, 30}, `no hourly rate for "Mrs Cole (SENCo)"`},
		{"Mrs Cole (SENCo); Mr Rai (TA)", "as needed", none,
			`How Often "as needed" does not say how long and how often; no hourly rate for "Mrs Cole (SENCo)"`},
		{"Mrs Cole (SENCo); Mr Rai (TA)", "2-4 x 10 min a week", Range{20, 40},
			`How Often "2-4 x 10 min a week" gives a range, 20–40 minutes a week; no hourly rate for "Mrs Cole (SENCo)"`},
		{"Ms Adeyemi (learning mentor)", "as needed, at least weekly", none,
			`no hourly rate for "Ms Adeyemi (learning mentor)"; How Often "as needed, at least weekly" does not say how long and how often`},
		{"Mrs Morgan (class teacher); QTVI (visiting teacher)", "every lesson", none,
			`How Often "every lesson" does not say how long and how often; ` +
				`no hourly rate for "QTVI (visiting teacher)" (from outside the school)`},
		{"Teacher of the Deaf", "termly", none,
			`no hourly rate for "Teacher of the Deaf" (from outside the school); ` +
				`How Often "termly" does not say how long and how often`},
		{"Mrs Cole (SENCo); SALT", "", none,
			`no hourly rate for "Mrs Cole (SENCo); SALT"; How Often (blank) does not say how long and how often`},
		// A plural with no number is costed as one, which does not stop a
		// cost: only How Often does.
		{"Subject teachers", "every lesson", none, `How Often "every lesson" does not say how long and how often`},
	}
	for _, c := range cases {
		if got := r.Staff(c.who).NotCosted(c.who, c.howOften, c.minutes); got != c.want {
			t.Errorf("Staff(%q).NotCosted(%q) =\n%q, want\n%q", c.who, c.howOften, got, c.want)
		}
	}
}

// Through CostProvision: the line keeps every reason, and a slash and an
// outside professional are priced as above.
func TestCostProvisionSlashOutsideAndReasons(t *testing.T) {
	c := Costing{Rates: NewRates(map[string]float64{"TA": 18, "teacher": 42}), TermWeeks: 10, WeeksInYear: 39, Threshold: 6000}
	pupil := func(id, provision, who, howOften string) *Pupil {
		return &Pupil{ID: id, Targets: []*Target{{TargetDetails: TargetDetails{
			Area: CognitionLearning, Provision: provision, Who: who, HowOften: howOften}}}}
	}
	m, costs := CostProvision([]*Pupil{
		pupil("1", "A reading", "Class teacher/TA", "3 x 20 min a week"),
		pupil("2", "B signing", "Class teacher; Teacher of the Deaf", "weekly 30 min"),
		pupil("3", "C check-in", "Mrs Cole (SENCo); Mr Rai (TA)", "as needed"),
	}, c)
	ls := m.Areas[0].Lines
	if len(ls) != 3 {
		t.Fatalf("%d lines, want 3", len(ls))
	}
	// 60 min of one adult, the TA: £18.00 a week, £180.00 in 10 weeks.
	if l := ls[0]; !l.Costed || l.PartCosted != "" || Money(l.WeeklyCost) != 18 || Money(l.TermCost) != 180 ||
		l.Basis() != `costed at the TA rate, the lower of "Class teacher/TA"` {
		t.Errorf("Class teacher/TA: %+v; want costed whole at the TA rate, 18.00 a week, 180.00 a term", l)
	}
	// 30 min of the class teacher: £21.00 a week, £210.00; the Teacher of
	// the Deaf left out.
	if l := ls[1]; !l.Costed || Money(l.WeeklyCost) != 21 || Money(l.TermCost) != 210 ||
		l.PartCosted != `no hourly rate for "Teacher of the Deaf" (from outside the school)` {
		t.Errorf("Class teacher; Teacher of the Deaf: %+v; want part costed, 21.00 a week, 210.00 a term", l)
	}
	if got, want := ls[1].Basis(), `part costed: no hourly rate for "Teacher of the Deaf" (from outside the school)`; got != want {
		t.Errorf("Class teacher; Teacher of the Deaf: Basis() = %q, want %q", got, want)
	}
	if got := ls[2].Basis(); got != "" {
		t.Errorf("a line not costed: Basis() = %q, want none (NotCosted says why)", got)
	}
	if l := ls[2]; l.Costed || l.PartCosted != "" ||
		l.NotCosted != `How Often "as needed" does not say how long and how often; no hourly rate for "Mrs Cole (SENCo)"` {
		t.Errorf("as needed with an unrated SENCo: %+v; want not costed, both reasons", l)
	}
	if m.NotCosted != 1 || m.PartCosted != 1 || Money(m.TermCost) != 390 {
		t.Errorf("map: %d not costed, %d part costed, %.2f; want 1, 1, 390.00", m.NotCosted, m.PartCosted, m.TermCost)
	}
	if pc := costs[2]; pc.NotCosted != 1 || pc.Term != 0 {
		t.Errorf("pupil 3: %+v; want one line not costed, nothing this term", pc)
	}
}

// Any Who cell is read without a panic, and what is read holds together:
// the hourly cost is the costed adults' rates added, each a rate the
// config sets, and a Who that leaves someone out says so.
func FuzzStaff(f *testing.F) {
	for _, who := range []string{"Mrs Khan (TA); Ms Hart (TA)", "Class teacher/TA", "QTVI (visiting teacher)", "Teacher of the Deaf",
		"Mrs Cole (SENCo/teacher), Mr Doe, HLTA", "Mrs Khan/Mr Rai (TAs)", "2 TAs / teacher", "TA with outreach teacher",
		"Mrs Khan (TA, sensory room)", "teacher for the", "/ / and ,", "(((", ")teacher of"} {
		f.Add(who)
	}
	rates := map[string]float64{"TA": 18, "HLTA": 21, "teacher": 42, "visiting teacher": 55, "teacher of the deaf": 58}
	r := NewRates(rates)
	f.Fuzz(func(t *testing.T, who string) {
		s := r.Staff(who)
		var sum float64
		for _, a := range s.Adults {
			if rate, ok := rates[a.Role]; !ok || rate != a.Rate {
				t.Fatalf("Staff(%q): adult %+v at no rate the config sets", who, a)
			}
			sum += a.Rate
		}
		if math.Abs(sum-s.PerHour) > 1e-9 {
			t.Fatalf("Staff(%q) = %v an hour, its adults %v", who, s.PerHour, sum)
		}
		left := len(s.Unrated) + len(s.Outside) + len(s.Uncounted)
		if (s.Shortfall() == "") != (left == 0) {
			t.Fatalf("Staff(%q): shortfall %q with %d left out", who, s.Shortfall(), left)
		}
		if got := s.NotCosted(who, "weekly 30 min", Range{30, 30}); (got == "") != s.Rated() {
			t.Fatalf("Staff(%q).NotCosted = %q, rated %v", who, got, s.Rated())
		}
	})
}
