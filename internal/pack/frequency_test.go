package pack

import "testing"

func TestParseFrequency(t *testing.T) {
	cases := []struct {
		name, in string
		ok       bool
		sessions float64
		weekly   int
	}{
		{"count x minutes a week", "3 x 15 min a week", true, 3, 45},
		{"no spaces", "3x15mins weekly", true, 3, 45},
		{"daily means five school days", "daily 10 min", true, 5, 50},
		{"minutes then twice", "20 minutes twice a week", true, 2, 40},
		{"hours", "1 hour weekly", true, 1, 60},
		{"count of hours", "2 x 1 hour per week", true, 2, 120},
		{"fortnightly halves", "fortnightly 30 mins", true, 0.5, 15},
		{"every morning", "10 mins every morning", true, 5, 50},
		{"times word", "4 times a week for 20 minutes", true, 4, 80},
		{"no duration cannot be totalled", "every lesson", false, 0, 0},
		{"no period cannot be totalled", "15 minutes", false, 0, 0},
		{"empty", "", false, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, ok := ParseFrequency(c.in)
			if ok != c.ok {
				t.Fatalf("ParseFrequency(%q) ok = %v, want %v", c.in, ok, c.ok)
			}
			if !ok {
				return
			}
			if f.SessionsPerWeek != c.sessions || f.WeeklyMinutes() != c.weekly {
				t.Errorf("ParseFrequency(%q) = %v sessions, %d min/week; want %v, %d", c.in, f.SessionsPerWeek, f.WeeklyMinutes(), c.sessions, c.weekly)
			}
		})
	}
}

func TestUniqueNamesKeepClassesApart(t *testing.T) {
	name := uniqueNames()
	got := []string{name("5/6M"), name("5_6M"), name("3B"), name("3b"), name("4C")}
	want := []string{"5_6M", "5_6M (2)", "3B", "3b (2)", "4C"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("name %d = %q, want %q", i, got[i], want[i])
		}
	}
}
