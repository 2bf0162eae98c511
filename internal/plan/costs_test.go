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
		{"parted by a slash", "TA / TA", 36, []string{"TA", "TA"}, nil, nil},
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
