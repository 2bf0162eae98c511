package samples

import (
	"strings"

	"planpack/internal/plan"
)

// The term before the sample's, whose targets the spring Reviews sheet
// reviews. mksamples builds it and commits what the build files in the
// sample's history folder, so the evidence pack of a pupil reviewed in
// spring has a reviewed term to show: their autumn targets and how each
// went.
var (
	AutumnPlanDate   = day(2026, 9, 14)
	AutumnReviewDate = day(2026, 12, 11)
)

// AutumnTerm is the autumn term's name in its planpack.toml, and so in
// the history folder's term folders.
const AutumnTerm = "Autumn term 2026"

// autumnTargets are the autumn plans of the pupils the spring Reviews
// sheet reviews, by Pupil ID: each target has the number and wording of
// its review, so the spring filing's outcomes pair with them.
func autumnTargets() map[string][]*plan.Target {
	return map[string][]*plan.Target{
		"002321": { // Jayden: the first is carried forward into spring
			target(semh, "Jayden will ask an adult for help when he is stuck",
				"Uses his help card or puts up his hand, staying in his seat, in 4 out of 5 lessons",
				"Leaves his seat or screws up his work up to 3 times a day",
				"Help card on his desk; praise each time he asks",
				"Mr Whitfield (class teacher); Mrs Okafor (TA)", "every lesson", "Classroom", "Daily behaviour log, counted weekly"),
			target(semh, "Stay in his seat for the first 10 minutes of a lesson",
				"Stays in his seat for the first 10 minutes in 4 out of 5 lessons",
				"Leaves his seat within 5 minutes in most lessons",
				"Sand timer on his desk; a movement job after 10 minutes; sticker chart",
				"Mrs Okafor (TA)", "daily 10 min", "Classroom", "Sticker chart, counted weekly"),
		},
		"001962": { // Alex
			target(semh, "Use his 5-point scale to show an adult how anxious he feels",
				"Points to a number on his scale when an adult asks, on 4 out of 5 days",
				"Cannot say how he feels until he is very upset",
				"5-point scale card; morning check-in with his key adult",
				"Mr Ali (HLTA)", "daily 5 min", "Classroom", "Check-in record"),
			target(cl, "Write 3 sentences about a topic using a writing frame",
				"Writes 3 sentences with a writing frame in 3 pieces of work",
				"Writes 1 sentence when an adult scribes his ideas",
				"Writing frames; talk before writing; word bank",
				"Mrs Morgan (class teacher)", "daily 15 min in English lessons", "Classroom", "Writing samples"),
		},
		"002007": { // Niamh
			target(cl, "Read a text aloud at 70 words a minute",
				"Reads 70 words a minute on a timed read",
				"48 words a minute",
				"Precision teaching; paired reading; coloured overlay",
				"Ms Hart (TA)", "3 x 15 min a week", "Library", "Timed reads every 2 weeks"),
		},
		"001845": { // Aisha
			target(cl, "Use a reading ruler to keep her place when reading",
				"Keeps her place through a page of text in 4 out of 5 lessons",
				"Loses her place several times a page",
				"Reading ruler; handouts in a larger font",
				"Mr Rai (TA)", "2 x 20 min a week", "Learning support room", "Reading checks each half-term"),
		},
	}
}

// Autumn returns the autumn term's register: the pupils the spring
// Reviews sheet reviews, as they were then, with the targets it reviews.
// The others joined the register in spring.
func Autumn() *plan.School {
	var pupils []*plan.Pupil
	autumn := autumnTargets()
	for _, p := range School().Pupils {
		targets := autumn[p.ID]
		if targets == nil {
			continue
		}
		then := *p
		then.Reviews = nil
		pupils = append(pupils, pupil(&then, class{p.RegGroup, p.ClassTeacher}, targets...))
	}
	return &plan.School{Source: "input.xlsx", Pupils: pupils}
}

// AutumnConfig is the autumn term's planpack.toml: the sample's, for
// that term. Two of the pupils had one target then.
func AutumnConfig() string {
	c := strings.NewReplacer(
		`name = "Spring term 2027"`, `name = "`+AutumnTerm+`"`,
		"plan_date = 2027-01-11", "plan_date = "+AutumnPlanDate.Format("2006-01-02"),
		"review_date = 2027-03-26", "review_date = "+AutumnReviewDate.Format("2006-01-02"),
		"letter_date = 2027-01-11", "letter_date = "+AutumnPlanDate.Format("2006-01-02"),
		`default_type = "iep"`, "default_type = \"iep\"\nmin_targets = 1",
	).Replace(Config)
	return c
}
