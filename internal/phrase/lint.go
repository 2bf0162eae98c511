package phrase

import (
	"fmt"
	"strings"
)

// vagueVerbs name what a child might think or feel rather than what anyone
// can see them do.
var vagueVerbs = []struct {
	re   *rx
	word string
}{
	{mustRx(`(?i)\b(?:improve|improves|improving|improved)\b`), "improve"},
	{mustRx(`(?i)\b(?:understand|understands|understanding)\b`), "understand"},
	{mustRx(`(?i)\b(?:know|knows|knowing)\b`), "know"},
	{mustRx(`(?i)\b(?:be|is|are|become|becomes)\s+(?:more\s+)?aware\b`), "be aware"},
	{mustRx(`(?i)\b(?:develop|develops|developing)\b`), "develop"},
	{mustRx(`(?i)\b(?:work|works|working)\s+on\b`), "work on"},
	{mustRx(`(?i)\b(?:try|tries|trying)\s+to\b`), "try to"},
	{mustRx(`(?i)\b(?:continue|continues|continuing)\s+to\b`), "continue to"},
}

// concreteRE finds everyday phrases that hold a vague verb but say
// something an adult can see: "let an adult know", "work on his own".
var concreteRE = mustRx(`(?i)\blet(?:s|ting)?\s+(?:\S+\s+){1,3}know\b|\bwork(?:s|ing)?\s+on\s+(?:his|her|their|my)\s+own\b`)

// measurableRE finds something that can be counted or seen: a number, a
// frequency, a time, or a criterion an observer can tick.
var measurableRE = mustRx(`(?i)\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|once|twice|half|all|every|each|always|daily|weekly|times|minutes?|mins?|seconds?|hours?|per|out of|independently|unaided|without\s+(?:adult\s+)?(?:help|support|prompts?|prompting|reminders?)|by\s+(?:him|her|them)sel(?:f|ves)|correctly|accurately|consistently|when\s+asked|first\s+time|on\s+request|no\s+more\s+than|at\s+least|fewer\s+than|less\s+than|more\s+than|up\s+to|to\s+\d+|within)\b`)

// negativeRE finds wording about what the child will stop doing.
// Hyphens do not end a word here, so "bus-stop" is not "stop".
var negativeRE = mustRx(`(?i)(?:^|[^\pL\pN'-])(not|stop|stops|stopping|don't|do not|refrain|refrains|refraining|won't|never|doesn't|cannot|can't)(?:$|[^\pL\pN'-])`)

// notNegativeRE finds nouns that hold a negative word: "full stop" is
// punctuation, not a behaviour to stop.
var notNegativeRE = mustRx(`(?i)\b(?:full|bus)[\s-]+stops?\b`)

// positiveForms suggest what to write instead of common "don't" targets.
var positiveForms = []struct {
	re      *rx
	instead string
}{
	{mustRx(`(?i)\b(?:shout|shouting|call|calling)\s+out\b`), `"put a hand up and wait to be asked"`},
	{mustRx(`(?i)\b(?:hit|hitting|kick|kicking|push|pushing|hurt|hurting|bite|biting|punch|punching)\b`), `"keep hands and feet to myself" or "tell an adult when I feel cross"`},
	{mustRx(`(?i)\b(?:run|running)\b`), `"walk"`},
	{mustRx(`(?i)\b(?:leave|leaving|walk out|run out)\b.*\b(?:class|classroom|room|lesson)\b`), `"stay in the classroom, or ask for a break using the break card"`},
	{mustRx(`(?i)\binterrupt`), `"wait for a pause before speaking"`},
	{mustRx(`(?i)\b(?:swear|swearing)\b`), `"use kind words"`},
	{mustRx(`(?i)\b(?:snatch|snatching|grab|grabbing)\b`), `"ask for a turn and wait"`},
	{mustRx(`(?i)\b(?:refuse|refusing)\b`), `"start the task with help"`},
	{mustRx(`(?i)\b(?:distract|distracting|disturb|disturbing)\b`), `"work quietly in my own space"`},
	{mustRx(`(?i)\b(?:fidget|fidgeting)\b`), `"use a fidget tool to stay in my seat"`},
}

// adultActionRE finds a target that describes what adults do (provision)
// or what is done to the child, rather than what the child will do.
var adultActionRE = mustRx(`(?i)^\s*(?:(?:the|a|an|class|key|support|1:1|all)\s+)?(?:teaching\s+)?(?:class\s+|support\s+|key\s+)?(?:ta|tas|teacher|teachers|adult|adults|staff|lsa|lsas|hlta|senco|sendco|keyworker|key\s+worker|assistant|therapist|salt|ot|ep|parents?|carers?|mentor|practitioners?|(?:mr|mrs|ms|miss|dr|mx)\.?\s+\p{Lu}\S*)\s+(?:will|to|should|must|can|is\s+to|models|provides|supports|delivers|gives|reads|uses|checks|prompts|encourages)\b`)

// receiveRE finds a target where the child only receives something.
var receiveRE = mustRx(`(?i)\b(?:will\s+be|to\s+be|is|be)\s+(?:given|provided|offered|supported|taught|helped|encouraged|shown|prompted|reminded)\b|^\s*(?:to\s+)?(?:receive|have\s+access\s+to|access|attend)\b|\bwill\s+(?:receive|attend|have\s+access\s+to)\b`)

// placeholderRE finds what a plan template left for its writer to fill
// in: "[Child's name]", "<name>", "S/he", "his/her", "XX", "____".
var placeholderRE = mustRx(`(?i)[\[<{(]\s*(?:insert\s+)?(?:the\s+)?(?:child|pupil|student|learner|young\s+person|name|date|target\s+date)(?:'s|’s)?(?:\s+(?:first\s+|fore|sur)?name)?\s*[\]>})]|\{\{\s*name\s*\}\}|\b(?:s/he|he/she|she/he|his/hers?|hers?/his|him/her|her/him|himself/herself|herself/himself)\b|(?-i:\bXX+\b)|_{3,}`)

// quotedRE is words in quotes, where a gap is the child's to fill ("say
// 'I need ___ because ___'"), not the writer's.
var quotedRE = mustRx(`(?:^|\s)['‘"“][^'’"”]*['’"”]`)

// confidentialRE finds words of a note only staff should read, beside
// staffNoteRE's "NB:" and "Note:": the safeguarding lead, the education
// welfare officer, "see the DSL file".
var confidentialRE = mustRx(`\b(?:DSL|EWO|CP\s+(?:file|log|folder|plan|concerns?)|[Cc]hild\s+[Pp]rotection|(?i:safeguarding\s+(?:file|log|lead|team|concerns?|referral))|(?i:see\s+(?:the\s+)?\S+\s+(?:file|folder|log)))\b`)

// homeFindings warns about what the plan that goes home would print as
// the school typed it: a template's placeholder, or a note for staff.
func homeFindings(col, text string) []Finding {
	var out []Finding
	if m := placeholderRE.FindString(quotedRE.ReplaceAllString(text, " ")); m != "" {
		fill := "the child's name"
		switch low := strings.ToLower(m); {
		case strings.Contains(low, "date"):
			fill = "the date"
		case strings.Contains(low, "/"):
			fill = "the child's own he, she or they"
		}
		out = append(out, Finding{col, fmt.Sprintf(
			"a template's placeholder is left: %q; plan.pdf, which goes home, prints the %s as written, so put in %s", m, col, fill)})
	}
	note := staffNoteRE.FindStringIndex(text)
	if m := confidentialRE.FindString(text); m != "" || note != nil {
		if note != nil {
			// The note itself, not only its "NB:".
			m = strings.TrimLeft(text[note[0]:], " .;,")
			if r := []rune(m); len(r) > 45 {
				m = string(r[:45])
				m = m[:max(strings.LastIndexByte(m, ' '), 1)] + "…"
			}
		}
		out = append(out, Finding{col, fmt.Sprintf(
			"%q reads as a note for staff; plan.pdf, which goes home, prints the %s as written, so keep notes parents should not read out of it", strings.TrimSpace(m), col)})
	}
	return out
}

// WordingFindings returns the lint findings that depend only on the
// wording of a target and its success criteria: Specific, Measurable,
// Positive and Own role. It is what `planpack phrase` shows when there is
// no plan around the text.
func WordingFindings(target, success string) []Finding {
	var out []Finding
	var vague []string
	plain := concreteRE.ReplaceAllString(target, "")
	for _, v := range vagueVerbs {
		if v.re.MatchString(plain) {
			vague = append(vague, `"`+v.word+`"`)
		}
	}
	if len(vague) > 0 {
		out = append(out, Finding{"Target", fmt.Sprintf(
			"not specific: %s cannot be seen; say what the child will do that an adult could watch, e.g. \"read 20 of the first 100 words\" instead of \"improve reading\"",
			strings.Join(vague, ", "))})
	}
	if !measurableRE.MatchString(target) && !measurableRE.MatchString(success) {
		out = append(out, Finding{"Success Criteria",
			"not measurable: nothing here can be counted or seen; add a number, how often, or what the child will do, e.g. \"writes 3 sentences\" or \"on 4 out of 5 days\""})
	}
	if m := negativeRE.FindStringSubmatch(notNegativeRE.ReplaceAllString(target, "")); m != nil {
		msg := fmt.Sprintf("not positive: %q says what the child will stop doing; say what they will do instead", strings.ToLower(m[1]))
		for _, p := range positiveForms {
			if p.re.MatchString(target) {
				msg += ", e.g. " + p.instead
				break
			}
		}
		out = append(out, Finding{"Target", msg})
	}
	if adultActionRE.MatchString(target) || receiveRE.MatchString(target) {
		out = append(out, Finding{"Target",
			"not the child's own role: this is provision (what adults do or give); write what the child will do, and put this in the Provision column"})
	}
	out = append(out, homeFindings("Target", target)...)
	if success != target {
		out = append(out, homeFindings("Success Criteria", success)...)
	}
	return out
}

// Lint checks a target against SMART and POWER. The Time-bound rule
// needs PlanDate; without it only a missing date is reported.
func Lint(in LintInput) []Finding {
	out := WordingFindings(in.Target, in.Success)
	if in.Count > 4 {
		out = append(out, Finding{"Target", fmt.Sprintf(
			"not achievable: the pupil has %d targets; at most 4 keeps the plan achievable, so merge or drop some", in.Count)})
	}
	if strings.TrimSpace(in.Area) == "" {
		out = append(out, Finding{"Area",
			"not relevant: no area of need; give one of Communication and interaction, Cognition and learning, Social, emotional and mental health, Sensory and/or physical"})
	}
	due, what := in.TargetDate, "target date"
	if due.IsZero() {
		due, what = in.ReviewDate, "review date"
	}
	switch {
	case due.IsZero():
		out = append(out, Finding{"Target Date",
			"not time-bound: no target or review date; give a date within 12 months of the plan date"})
	case in.PlanDate.IsZero():
	case due.Before(in.PlanDate):
		out = append(out, Finding{"Target Date", fmt.Sprintf(
			"not time-bound: the %s %s is before the plan date %s; give a date within the next 12 months",
			what, due.Format("2 January 2006"), in.PlanDate.Format("2 January 2006"))})
	case due.After(in.PlanDate.AddDate(1, 0, 0)):
		out = append(out, Finding{"Target Date", fmt.Sprintf(
			"not time-bound: the %s %s is more than 12 months after the plan date %s; give a date by %s",
			what, due.Format("2 January 2006"), in.PlanDate.Format("2 January 2006"),
			in.PlanDate.AddDate(1, 0, 0).Format("2 January 2006"))})
	}
	if strings.TrimSpace(in.Baseline) == "" {
		out = append(out, Finding{"Baseline",
			"no baseline: progress can't be shown without a starting point; write what the child can do now, e.g. \"reads 5 of the first 100 words\""})
	}
	return out
}
