package plan

import (
	"slices"
	"testing"
	"time"
)

func TestRatesMatchRoleWordsInWho(t *testing.T) {
	r := NewRates(map[string]float64{"TA": 18, "HLTA": 21, "teacher": 42, "class teacher": 40, "SALT": 45})
	cases := []struct {
		name    string
		who     string
		perHour float64
		roles   []string
	}{
		{"role in brackets after a name", "Mrs Khan (TA)", 18, []string{"TA"}},
		{"any case", "ta", 18, []string{"TA"}},
		{"plural", "TAs", 18, []string{"TA"}},
		{"HLTA is not a TA", "Mr Doe, HLTA", 21, []string{"HLTA"}},
		{"the longer role wins over its last word", "Class teacher", 40, []string{"class teacher"}},
		{"two roles cost both", "Class teacher and TA", 58, []string{"TA", "class teacher"}},
		{"a role named twice costs once", "TA / TA", 18, []string{"TA"}},
		{"a role inside another word is not that role", "Tamsin (Speech therapist)", 0, nil},
		{"no role", "Mrs Khan", 0, nil},
		{"outside service", "SALT (NHS)", 45, []string{"SALT"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, roles, ok := r.Hourly(c.who)
			if got != c.perHour || !slices.Equal(roles, c.roles) || ok != (c.roles != nil) {
				t.Errorf("Hourly(%q) = %v %v %v, want %v %v", c.who, got, roles, ok, c.perHour, c.roles)
			}
		})
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
