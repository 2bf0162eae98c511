package phrase

import (
	"strings"
	"testing"
	"time"
)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// good is a target that passes every rule; each case changes one thing.
func good() LintInput {
	return LintInput{
		Target:     "Sam will read 20 of the first 100 high frequency words",
		Success:    "Sam reads 20 words correctly in 4 out of 5 sessions",
		Baseline:   "Reads 5 of the first 100 words",
		Area:       "Cognition and learning",
		PlanDate:   date(2026, 9, 7),
		TargetDate: date(2026, 12, 18),
		Count:      3,
		Names:      []string{"Sam"},
	}
}

func fields(fs []Finding) map[string][]string {
	m := map[string][]string{}
	for _, f := range fs {
		m[f.Field] = append(m[f.Field], f.Message)
	}
	return m
}

// findingWith returns the first finding on field whose message holds
// marker, or "".
func findingWith(fs []Finding, field, marker string) string {
	for _, f := range fs {
		if f.Field == field && strings.Contains(f.Message, marker) {
			return f.Message
		}
	}
	return ""
}

func TestLintGoodTargetIsClean(t *testing.T) {
	if fs := Lint(good()); len(fs) != 0 {
		t.Errorf("a SMART target drew findings: %v", fs)
	}
}

func TestLintRules(t *testing.T) {
	cases := []struct {
		name   string
		change func(*LintInput)
		field  string
		marker string // a phrase the message must hold; "" means the rule must not fire
	}{
		{"specific fires: improve", func(in *LintInput) { in.Target = "Sam will improve his reading of 20 words" }, "Target", `"improve"`},
		{"specific fires: understand", func(in *LintInput) { in.Target = "To understand 5 number facts" }, "Target", `"understand"`},
		{"specific fires: know", func(in *LintInput) { in.Target = "To know 10 sounds" }, "Target", `"know"`},
		{"specific fires: be aware", func(in *LintInput) { in.Target = "Sam will be aware of 3 triggers" }, "Target", `"be aware"`},
		{"specific fires: develop", func(in *LintInput) { in.Target = "To develop 2 calming strategies" }, "Target", `"develop"`},
		{"specific fires: work on", func(in *LintInput) { in.Target = "Sam will work on 10 spellings" }, "Target", `"work on"`},
		{"specific fires: try to", func(in *LintInput) { in.Target = "Sam will try to read 10 words" }, "Target", `"try to"`},
		{"specific fires: continue to", func(in *LintInput) { in.Target = "Continue to read 10 words daily" }, "Target", `"continue to"`},
		{"specific fires: says what would be right", func(in *LintInput) { in.Target = "To improve reading of 10 words" }, "Target", "instead of"},
		{"specific not: knowledge is not know", func(in *LintInput) { in.Target = "Use phonics knowledge to spell 10 words" }, "Target", ""},
		{"specific not: let an adult know", func(in *LintInput) { in.Target = "Sam will let an adult know when he needs 1 break" }, "Target", ""},
		{"specific not: work on his own", func(in *LintInput) { in.Target = "Sam will work on his own for 10 minutes" }, "Target", ""},
		{"specific not: working memory game", func(in *LintInput) { in.Target = "Play a working memory game for 5 minutes" }, "Target", ""},

		{"measurable fires: nothing to count", func(in *LintInput) {
			in.Target, in.Success = "Sam will read more fluently", "Sam reads more fluently"
		}, "Success Criteria", "not measurable"},
		{"measurable not: number only in success", func(in *LintInput) {
			in.Target, in.Success = "Sam will read more fluently", "Reads 40 words a minute"
		}, "Success Criteria", ""},
		{"measurable not: frequency word", func(in *LintInput) {
			in.Target, in.Success = "Sam will hang up his coat", "Hangs up his coat every morning"
		}, "Success Criteria", ""},
		{"measurable not: observable independently", func(in *LintInput) {
			in.Target, in.Success = "Sam will put on his coat", "Puts on his coat independently"
		}, "Success Criteria", ""},
		{"measurable not: number word", func(in *LintInput) {
			in.Target, in.Success = "Sam will name three shapes", "Names the shapes"
		}, "Success Criteria", ""},

		{"achievable fires: 5 targets", func(in *LintInput) { in.Count = 5 }, "Target", "5 targets"},
		{"achievable not: 4 targets", func(in *LintInput) { in.Count = 4 }, "Target", ""},

		{"relevant fires: no area", func(in *LintInput) { in.Area = "" }, "Area", "no area of need"},
		{"relevant fires: blank area", func(in *LintInput) { in.Area = "  " }, "Area", "no area of need"},

		{"time-bound fires: no dates", func(in *LintInput) { in.TargetDate = time.Time{} }, "Target Date", "no target or review date"},
		{"time-bound fires: target over 12 months", func(in *LintInput) { in.TargetDate = date(2027, 9, 8) }, "Target Date", "more than 12 months"},
		{"time-bound fires: target before plan", func(in *LintInput) { in.TargetDate = date(2026, 7, 1) }, "Target Date", "before the plan date"},
		{"time-bound fires: review date used when no target date", func(in *LintInput) {
			in.TargetDate, in.ReviewDate = time.Time{}, date(2028, 1, 1)
		}, "Target Date", "review date"},
		{"time-bound not: review date within 12 months", func(in *LintInput) {
			in.TargetDate, in.ReviewDate = time.Time{}, date(2027, 3, 1)
		}, "Target Date", ""},
		{"time-bound not: exactly 12 months", func(in *LintInput) { in.TargetDate = date(2027, 9, 7) }, "Target Date", ""},

		{"positive fires: not", func(in *LintInput) { in.Target = "Sam will not shout out in 4 out of 5 lessons" }, "Target", `"put a hand up and wait to be asked"`},
		{"positive fires: stop", func(in *LintInput) { in.Target = "Sam will stop hitting peers at 3 playtimes" }, "Target", `"stop"`},
		{"positive fires: don't", func(in *LintInput) { in.Target = "Don't run in the corridor each day" }, "Target", `"walk"`},
		{"positive fires: refrain", func(in *LintInput) { in.Target = "Sam will refrain from swearing daily" }, "Target", `"use kind words"`},
		{"positive fires: won't", func(in *LintInput) { in.Target = "Sam won't leave the classroom during 5 lessons" }, "Target", "stay in the classroom"},
		{"positive fires: never", func(in *LintInput) { in.Target = "Sam will never snatch toys in 5 sessions" }, "Target", "ask for a turn"},
		{"positive not: note and nothing", func(in *LintInput) { in.Target = "Sam will note 3 facts and say nothing unkind" }, "Target", ""},
		{"positive not: full stops are punctuation", func(in *LintInput) { in.Target = "Write 3 sentences with capital letters and full stops" }, "Target", ""},
		{"positive not: bus stop", func(in *LintInput) { in.Target = "Sam will walk to the bus-stop with 1 adult" }, "Target", ""},

		{"own role fires: the TA will model", func(in *LintInput) { in.Target = "The TA will model turn-taking 3 times a week" }, "Target", "provision"},
		{"own role fires: adult to", func(in *LintInput) { in.Target = "Adult to read with Sam 3 times a week" }, "Target", "provision"},
		{"own role fires: named adult", func(in *LintInput) { in.Target = "Mrs Patel will give Sam 5 minutes of talk time" }, "Target", "provision"},
		{"own role fires: will be given", func(in *LintInput) { in.Target = "Sam will be given a visual timetable each day" }, "Target", "provision"},
		{"own role fires: to receive", func(in *LintInput) { in.Target = "To receive 3 x 20 minute phonics sessions" }, "Target", "provision"},
		{"own role not: asks an adult", func(in *LintInput) { in.Target = "Sam will ask an adult for help 3 times a day" }, "Target", ""},
		{"own role not: with the TA", func(in *LintInput) { in.Target = "Sam will read with the TA 3 times a week" }, "Target", ""},

		{"goes home fires: a name placeholder", func(in *LintInput) { in.Target = "[Child's name] will read 20 of the first 100 words" }, "Target", `"[Child's name]"; plan.pdf, which goes home, prints the Target as written, so put in the child's name`},
		{"goes home fires: a blank to fill", func(in *LintInput) { in.Target = "______ will read 20 words by Easter" }, "Target", `"______"`},
		{"goes home fires: XX", func(in *LintInput) { in.Target = "XX will read 20 words by Easter" }, "Target", `"XX"`},
		{"goes home fires: (student)", func(in *LintInput) { in.Target = "(student) will read 20 words by Easter" }, "Target", `"(student)"`},
		{"goes home fires: a date placeholder", func(in *LintInput) { in.Target = "By [date], Sam will read 20 words" }, "Target", `"[date]"; plan.pdf, which goes home, prints the Target as written, so put in the date`},
		{"goes home fires: slashed pronoun in success", func(in *LintInput) { in.Success = "Sam reads 20 words to his/her TA" }, "Success Criteria", `"his/her"; plan.pdf, which goes home, prints the Success Criteria as written, so put in the child's own he, she or they`},
		{"goes home fires: S/he", func(in *LintInput) { in.Target = "S/he will read 20 words" }, "Target", `"S/he"`},
		{"goes home fires: a note after NB", func(in *LintInput) { in.Target = "Sam will read 20 words. NB: see DSL file before the meeting" }, "Target", `"NB: see DSL file before the meeting" reads as a note for staff`},
		{"goes home fires: the welfare officer", func(in *LintInput) {
			in.Target = "Sam will come to school on 9 of 10 days (attendance 78%, EWO involved)"
		}, "Target", `"EWO" reads as a note for staff`},
		{"goes home fires: a long note is cut", func(in *LintInput) {
			in.Target = "Sam will read 20 words. Note: carried forward from the autumn term after a long absence"
		}, "Target", `"Note: carried forward from the autumn term…"`},
		{"goes home not: a gap the child fills in quotes", func(in *LintInput) { in.Target = "Sam will say 'I need ___ because ___' 3 times a day" }, "Target", ""},
		{"goes home not: XXL is a size", func(in *LintInput) { in.Target = "Sam will choose his XXL shirt 3 times" }, "Target", ""},
		{"goes home not: he or she about a friend", func(in *LintInput) { in.Target = "Sam will ask 3 friends if he or she wants to play" }, "Target", ""},
		{"goes home not: a lesson on safeguarding", func(in *LintInput) { in.Target = "Sam will talk about safeguarding with the PCSO 3 times" }, "Target", ""},
		{"goes home not: notes he writes", func(in *LintInput) { in.Target = "Sam will take notes in 3 lessons a week" }, "Target", ""},

		{"baseline fires: none", func(in *LintInput) { in.Baseline = "" }, "Baseline", "starting point"},
		{"baseline fires: blank", func(in *LintInput) { in.Baseline = " \t" }, "Baseline", "starting point"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := good()
			c.change(&in)
			fs := Lint(in)
			if c.marker == "" {
				if got := fields(fs)[c.field]; len(got) > 0 {
					t.Errorf("Lint(%+v) on %s = %q, want nothing", in, c.field, got)
				}
				return
			}
			if findingWith(fs, c.field, c.marker) == "" {
				t.Errorf("Lint(%+v) = %v, want a %s finding holding %q", in, fs, c.field, c.marker)
			}
		})
	}
}

func TestLintWithoutPlanDate(t *testing.T) {
	in := good()
	in.PlanDate = time.Time{}
	in.TargetDate = date(2040, 1, 1)
	if got := fields(Lint(in))["Target Date"]; len(got) > 0 {
		t.Errorf("with no plan date the 12-month window cannot be checked, got %q", got)
	}
}

func TestWordingFindingsOnlyWording(t *testing.T) {
	// No baseline, area or date is known to the phrase command; those
	// rules must stay quiet.
	fs := WordingFindings("Sam will read 10 words", "Sam will read 10 words")
	if len(fs) != 0 {
		t.Errorf("WordingFindings on a good target = %v, want none", fs)
	}
}

func TestFindingString(t *testing.T) {
	f := Finding{Field: "Baseline", Message: "no baseline"}
	if got := f.String(); got != "Baseline: no baseline" {
		t.Errorf("String() = %q", got)
	}
}
