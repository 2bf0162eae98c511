package render

import (
	"strings"
	"time"

	"planpack/internal/config"
	"planpack/internal/plan"
)

const testUPN = "A123456789012"

func testConfig() *config.Config {
	c := config.Default()
	c.School.Name = "Hillside Primary School"
	c.School.SENCo = "Mrs J Patel"
	c.Term.Name = "Spring term 2027"
	return c
}

// realisticPupil is a Year 3 pupil with three ordinary targets, one
// carried forward from last term.
func realisticPupil() *plan.Pupil {
	prev := &plan.Review{TargetNo: 2, TargetDetails: plan.TargetDetails{Text: "To read 20 common exception words"}, Outcome: plan.Partly, Rating: 2, Comment: "Reads 14 of 20 words; keep going.", CarryForward: true}
	return &plan.Pupil{
		ID: "1042", UPN: testUPN,
		LegalForename: "Samuel", LegalSurname: "O'Brien", PreferredForename: "Sam",
		DOB:  time.Date(2018, 10, 4, 0, 0, 0, 0, time.UTC),
		Year: "3", RegGroup: "3B", ClassTeacher: "Mr Evans",
		SENStatus: "K", PrimaryNeed: "SPLD", SecondaryNeed: "SLCN", PlanType: "iep",
		KeyAdult:     "Mrs Khan (teaching assistant)",
		Strengths:    "Kind to younger children; good at building with Lego; great memory for facts",
		Interests:    "Dinosaurs, football, drawing comics",
		WhatMatters:  "Playing football at break with my friends. My dog Max.",
		HowToHelp:    "Give me one instruction at a time. Let me use my word mat. Tell me before things change.",
		Needs:        "Sam finds reading and spelling hard and can lose track of longer instructions. He is a confident speaker in small groups.",
		OtherSupport: "Speech and language therapy assessment in January; termly visit from the specialist teacher.",
		ChildViews:   "I like reading about dinosaurs with Mrs Khan.",
		ParentViews:  "",
		Targets: []*plan.Target{
			{
				No: 1,
				TargetDetails: plan.TargetDetails{
					Area:      plan.CognitionLearning,
					Text:      "To use a number line to add two single-digit numbers",
					Success:   "Adds two single-digit numbers correctly using a number line in 4 out of 5 sessions",
					Baseline:  "Counts on from the larger number with adult prompts",
					Provision: "Number line and counters; daily 10-minute maths group",
					Who:       "Mrs Khan",
					HowOften:  "5 x 10 min a week",
					Where:     "Classroom maths table",
					Evidence:  "Weekly work samples and TA notes",
				},
				IWill: "I will use a number line to add two numbers under 10.",
				ICan:  "I can use a number line to add two numbers under 10.",
			},
			{
				No: 2,
				TargetDetails: plan.TargetDetails{
					Area:      plan.CognitionLearning,
					Text:      "To read 20 common exception words on sight",
					Success:   "Reads all 20 words on flash cards on two separate days",
					Baseline:  "Reads 14 of 20 words",
					Provision: "Precision teaching with flash cards",
					Who:       "Mrs Khan",
					HowOften:  "3 x 10 min a week",
					Where:     "Library corner",
					Evidence:  "Precision teaching chart",
				},
				CarriedForward: true,
				Previous:       prev,
				IWill:          "I will read 20 tricky words by myself.",
				ICan:           "I can read 20 tricky words by myself.",
			},
			{
				No: 3,
				TargetDetails: plan.TargetDetails{
					Area:      plan.CommunicationInteraction,
					Text:      "Sam will follow a two-step instruction given to the class",
					Success:   "Follows two-step class instructions without a reminder in 4 out of 5 observations",
					Baseline:  "Follows the first step; needs a reminder for the second",
					Provision: "Visual prompts on desk; instructions chunked by the teacher",
					Who:       "Mr Evans",
					HowOften:  "Every lesson",
					Evidence:  "Observation log",
				},
				IWill: "I will do two things when my teacher asks the class.",
				ICan:  "I can do two things when my teacher asks the class.",
			},
		},
	}
}

// longText repeats words up to n words.
func longText(n int, seed string) string {
	words := strings.Fields(seed)
	out := make([]string, n)
	for i := range out {
		out[i] = words[i%len(words)]
	}
	return strings.Join(out, " ")
}

// stressPupil has the longest names, four 60-word targets and every
// optional field long.
func stressPupil() *plan.Pupil {
	p := realisticPupil()
	p.LegalForename = "Alexandria-Gwenllïan"
	p.PreferredForename = "Xanthe-Mërcedes-Łucja-Anastasia-Wróbel-Ô" // 40 characters
	p.LegalSurname = "Montgomery-Fitzwilliam-Ó Súilleabháin-Šťastná"
	p.KeyAdult = longText(20, "Mrs Gwendolyn Abernathy-Wolstenholme senior teaching assistant and emotional literacy support assistant")
	para := "Xanthe enjoys building elaborate models, reading about volcanoes, swimming on Saturdays and looking after the class guinea pigs, and she responds well to praise, clear routines, visual timetables and a calm adult voice."
	p.Strengths, p.Interests, p.WhatMatters, p.HowToHelp = longText(80, para), longText(80, para), longText(80, para), longText(80, para)
	p.Needs, p.OtherSupport, p.ChildViews, p.ParentViews = longText(150, para), longText(120, para), longText(90, para), longText(90, para)
	p.ClassTeacher = "Ms Antonia Krzyżanowska-Vandenberghe"
	p.RegGroup = "Kestrels (Year 3 and 4 mixed)"
	target := "To independently read and retell a short familiar story of at least eight sentences, identifying the main characters, the setting and two key events, using a story map and picture prompts, with no more than one adult prompt per session, in four out of five sessions across a half-term, showing progress from the baseline recorded in September."
	p.Targets = nil
	for i := 1; i <= 4; i++ {
		p.Targets = append(p.Targets, &plan.Target{
			No: i,
			TargetDetails: plan.TargetDetails{
				Area:      plan.Areas[i-1],
				Text:      longText(60, target),
				Success:   longText(60, target),
				Baseline:  longText(60, target),
				Provision: longText(60, target),
				Who:       longText(12, "Mrs Abernathy-Wolstenholme and Mr Evans-Pritchard"),
				HowOften:  longText(10, "three times a week for fifteen minutes"),
				Where:     longText(10, "in the quiet room next to the library"),
				Evidence:  longText(60, target),
			},
			IWill:          "I will " + longText(58, target[3:]),
			ICan:           "I can " + longText(58, target[3:]),
			CarriedForward: i == 2,
			Previous:       &plan.Review{Outcome: plan.NotYet, Comment: longText(40, target)},
		})
	}
	return p
}

// fourTargetPupil is the realistic pupil with a fourth, ordinary target:
// the most a plan has by default.
func fourTargetPupil() *plan.Pupil {
	p := realisticPupil()
	p.Targets = append(p.Targets, &plan.Target{
		No: 4,
		TargetDetails: plan.TargetDetails{
			Area:      plan.SEMH,
			Text:      "To use a calm-down strategy from his toolkit when he feels angry",
			Success:   "Chooses and uses a strategy from the toolkit, with one reminder, in 4 out of 5 incidents",
			Baseline:  "Leaves the room without telling an adult",
			Provision: "Zones of Regulation sessions; calm box in class",
			Who:       "Mrs Ahmed (ELSA)",
			HowOften:  "1 x 30 min a week",
			Where:     "Nurture room",
			Evidence:  "Incident log and ELSA notes",
		},
		IWill: "I will use one of my calm-down ideas when I feel cross.",
		ICan:  "I can use one of my calm-down ideas when I feel cross.",
	})
	return p
}
