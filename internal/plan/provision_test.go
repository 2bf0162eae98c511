package plan

import (
	"math"
	"strings"
	"testing"
)

func TestCostProvision(t *testing.T) {
	// Minutes a week for the wordings used here, by hand: "daily 20 min"
	// is 5 x 20 = 100, "3 x 15 min a week" 45, "daily 1 hour" 300;
	// "fortnightly" says no length, and "2-3 x 10 min a week" is 20 to 30.
	c := Costing{
		Rates:       NewRates(map[string]float64{"TA": 18, "teacher": 42}),
		TermWeeks:   10,
		WeeksInYear: 39,
		Threshold:   6000,
	}
	phonics := func() *Target {
		return &Target{TargetDetails: TargetDetails{Area: CognitionLearning, Provision: "Phonics group", Who: "Mrs Khan (TA)", HowOften: "daily 20 min", Group: "Phonics"}}
	}
	zones := func(cost float64) *Target {
		return &Target{TargetDetails: TargetDetails{Area: SEMH, Provision: "Zones of regulation check-in", Who: "Class teacher", HowOften: "3 x 15 min a week", Cost: cost}}
	}
	p1 := &Pupil{ID: "1", Targets: []*Target{phonics(), zones(120)}}
	p2 := &Pupil{ID: "2", Targets: []*Target{phonics(), zones(0)}}
	p3 := &Pupil{ID: "3", Targets: []*Target{phonics(), {TargetDetails: TargetDetails{Area: CommunicationInteraction, Provision: "Speech therapy", Who: "NHS SALT", HowOften: "fortnightly"}}}}
	p4 := &Pupil{ID: "4", Targets: []*Target{phonics()}}
	p5 := &Pupil{ID: "5", Targets: []*Target{{TargetDetails: TargetDetails{Area: SensoryPhysical, Provision: "1:1 support", Who: "TA", HowOften: "daily 1 hour", Cost: 1000}}}}

	m, costs := CostProvision([]*Pupil{p1, p2, p3, p4, p5}, c)

	near := func(what string, got, want float64) {
		t.Helper()
		if math.Abs(got-want) > 0.005 {
			t.Errorf("%s = %.4f, want %.2f", what, got, want)
		}
	}
	// Pupils: the phonics group (100 min x £18/h = £30 a week) is shared
	// four ways, £7.50 each; the zones check-in (45 min x £42/h = £31.50)
	// is each pupil's own; pupil 1 pays £120 a term for a resource.
	want := []struct {
		weekly, term, year float64
		notCosted          int
		over               bool
	}{
		{39, 75 + 315 + 120, 39*39 + 120*3, 0, false},
		{39, 75 + 315, 39 * 39, 0, false},
		{7.5, 75, 7.5 * 39, 1, false},
		{7.5, 75, 7.5 * 39, 0, false},
		{90, 900 + 1000, 90*39 + 1000*3, 0, true},
	}
	for i, w := range want {
		pc := costs[i]
		near("pupil "+pc.Pupil.ID+" weekly", pc.Weekly, w.weekly)
		near("pupil "+pc.Pupil.ID+" term", pc.Term, w.term)
		near("pupil "+pc.Pupil.ID+" year", pc.Year, w.year)
		if pc.NotCosted != w.notCosted || pc.OverThreshold != w.over {
			t.Errorf("pupil %s: not costed %d, over threshold %v; want %d, %v", pc.Pupil.ID, pc.NotCosted, pc.OverThreshold, w.notCosted, w.over)
		}
	}

	// The map: one line per provision by area, in the order of the areas.
	if len(m.Areas) != 4 {
		t.Fatalf("%d areas, want 4", len(m.Areas))
	}
	ci, cl, semh, sp := m.Areas[0], m.Areas[1], m.Areas[2], m.Areas[3]
	if ci.Area != CommunicationInteraction || cl.Area != CognitionLearning || semh.Area != SEMH || sp.Area != SensoryPhysical {
		t.Fatalf("areas out of order: %v %v %v %v", ci.Area, cl.Area, semh.Area, sp.Area)
	}
	speech := ci.Lines[0]
	if speech.Costed || speech.NotCosted == "" || ci.NotCosted != 1 {
		t.Errorf("a Who with no rate must be not costed with a reason, got %+v", speech)
	}
	group := cl.Lines[0]
	if len(cl.Lines) != 1 || group.Group != "Phonics" || len(group.Pupils) != 4 {
		t.Fatalf("the phonics group should be one line of four pupils, got %d lines", len(cl.Lines))
	}
	near("group minutes a week", group.Minutes.Low, 100)
	near("group cost a week", group.WeeklyCost, 30)
	near("group cost this term", group.TermCost, 300)
	z := semh.Lines[0]
	near("zones minutes a week (two pupils' own sessions)", z.Minutes.Low, 90)
	near("zones cost this term", z.TermCost, 63*10+120)
	near("school minutes a week", m.Minutes.High, 100+90+300)
	near("school cost this term", m.TermCost, 300+750+1900)
	if m.NotCosted != 1 || m.MinutesNotStated != 1 || ci.MinutesNotStated != 1 {
		t.Errorf("school not costed = %d, want 1", m.NotCosted)
	}
}

func TestARangeIsShownButNotCosted(t *testing.T) {
	c := Costing{Rates: NewRates(map[string]float64{"TA": 18}), TermWeeks: 10, WeeksInYear: 39, Threshold: 6000}
	p := &Pupil{ID: "1", Targets: []*Target{{TargetDetails: TargetDetails{Area: CognitionLearning, Provision: "Reading buddy", Who: "TA", HowOften: "2-3 x 10 min a week"}}}}
	m, costs := CostProvision([]*Pupil{p}, c)
	l := m.Areas[0].Lines[0]
	// 2 to 3 sessions of 10 minutes: 20 to 30 minutes a week.
	if l.Minutes != (Range{20, 30}) {
		t.Errorf("minutes = %v, want 20–30", l.Minutes)
	}
	if l.Costed || !strings.Contains(l.NotCosted, "range") || costs[0].NotCosted != 1 || costs[0].Term != 0 {
		t.Errorf("a range must be not costed, never a guess: %+v, pupil %+v", l, costs[0])
	}
}

func TestEachAdultIsCosted(t *testing.T) {
	c := Costing{Rates: NewRates(map[string]float64{"TA": 18, "teacher": 42}), TermWeeks: 10, WeeksInYear: 39, Threshold: 6000}
	cases := []struct {
		name, who, howOften string
		group               string
		pupils              int
		// Worked by hand: minutes a week / 60 x the rated adults' rates.
		weekly, term float64
		each         float64 // each pupil's share a week
		part         string  // "" when the cost is whole
		notCosted    string
	}{
		{"two TAs cost twice", "Mrs Khan (TA); Ms Hart (TA)", "3 x 15 min a week", "", 1,
			27, 270, 27, "", ""},
		{"a SENCo with no rate and a TA", "Mrs Cole (SENCo); Mr Rai (TA)", "weekly 30 min", "", 1,
			9, 90, 9, `no hourly rate for "Mrs Cole (SENCo)"`, ""},
		{"a TA and an outside service", "Ms Hart (TA); SALT (termly)", "2 x 30 min a week", "", 1,
			18, 180, 18, `no hourly rate for "SALT (termly)"`, ""},
		// 5 x 20 = 100 min with two TAs: 100/60 x 36 = £60 a week, shared
		// by three: £20 each.
		{"a group's two TAs shared by its members", "Mrs Khan and Mr Rai (TAs)", "daily 20 min", "Phonics", 3,
			60, 600, 20, "", ""},
		// 100 min of a teacher: £70 a week, four ways £17.50; the SENCo left out.
		{"a part-costed group", "Mrs Cole (SENCo), Miss Patel (teacher)", "daily 20 min", "Lego", 4,
			70, 700, 17.5, `no hourly rate for "Mrs Cole (SENCo)"`, ""},
		{"a plural with no number", "TAs", "weekly 1 hour", "", 1,
			18, 180, 18, `"TAs" does not say how many, so one is costed`, ""},
		{"nobody with a rate", "Mrs Cole (SENCo); SALT", "weekly 30 min", "", 1,
			0, 0, 0, "", `no hourly rate for "Mrs Cole (SENCo); SALT"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var pupils []*Pupil
			for i := range tc.pupils {
				pupils = append(pupils, &Pupil{ID: string(rune('1' + i)), Targets: []*Target{{TargetDetails: TargetDetails{
					Area: CognitionLearning, Provision: "Support", Who: tc.who, HowOften: tc.howOften, Group: tc.group}}}})
			}
			m, costs := CostProvision(pupils, c)
			l := m.Areas[0].Lines[0]
			if l.NotCosted != tc.notCosted || l.PartCosted != tc.part || l.Costed != (tc.notCosted == "") {
				t.Fatalf("costed %v, part costed %q, not costed %q; want part %q, not %q", l.Costed, l.PartCosted, l.NotCosted, tc.part, tc.notCosted)
			}
			if math.Abs(l.WeeklyCost-tc.weekly) > 0.005 || math.Abs(l.TermCost-tc.term) > 0.005 {
				t.Errorf("line costs %.2f a week, %.2f a term; want %.2f, %.2f", l.WeeklyCost, l.TermCost, tc.weekly, tc.term)
			}
			part, not := 0, 0
			if tc.part != "" {
				part = 1
			}
			if tc.notCosted != "" {
				not = 1
			}
			if m.PartCosted != part || m.Areas[0].PartCosted != part || m.NotCosted != not {
				t.Errorf("map counts %d part costed (area %d), %d not costed; want %d, %d", m.PartCosted, m.Areas[0].PartCosted, m.NotCosted, part, not)
			}
			for _, pc := range costs {
				if math.Abs(pc.Weekly-tc.each) > 0.005 || math.Abs(pc.Year-tc.each*39) > 0.005 || pc.PartCosted != part || pc.NotCosted != not {
					t.Errorf("pupil %s: %.2f a week, %.2f a year, %d part costed, %d not costed; want %.2f, %.2f, %d, %d",
						pc.Pupil.ID, pc.Weekly, pc.Year, pc.PartCosted, pc.NotCosted, tc.each, tc.each*39, part, not)
				}
			}
		})
	}
}
