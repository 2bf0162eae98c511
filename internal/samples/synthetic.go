package samples

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"planpack/internal/plan"
)

var (
	girls = []string{"Olivia", "Amelia", "Isla", "Ava", "Ivy", "Freya", "Lily", "Florence", "Mia", "Willow",
		"Rosie", "Sophia", "Isabella", "Grace", "Daisy", "Sienna", "Poppy", "Elsie", "Emily", "Ella",
		"Zoë", "Siân", "Aoife", "Amira", "Fatima", "Maja", "Zuzanna", "Chloé", "Niamh", "Aaliyah"}
	boys = []string{"Noah", "Oliver", "George", "Arthur", "Muhammad", "Leo", "Harry", "Oscar", "Archie", "Henry",
		"Theodore", "Freddie", "Jack", "Charlie", "Theo", "Alfie", "Jacob", "Thomas", "Finley", "Arlo",
		"José", "Łukasz", "Kacper", "Rhys", "Dylan", "Ibrahim", "Yusuf", "Mateo", "Ciarán", "Tomás"}
	surnames = []string{"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
		"Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
		"O'Brien", "O'Connor", "D'Souza", "Smith-Jones", "Ahmed", "Khan", "Begum", "Nowak", "Kowalski", "Patel",
		"Okafor", "Mensah", "Nguyen", "Fernandes", "Santos", "Murphy", "MacDonald", "Lewis", "Clarke", "Price"}
	streets = []string{"Mill Road", "Church Lane", "Station Road", "High Street", "Queens Road", "Victoria Street",
		"The Avenue", "Park Lane", "Orchard Close", "Meadow Way", "Kings Road", "Windsor Drive", "Cowper Crescent",
		"Bengeo Street", "Ware Road", "London Road", "North Road", "Sele Road", "Fanshawe Street", "Port Vale"}
	towns = []struct{ town, area string }{
		{"Hertford", "SG14"}, {"Hertford", "SG13"}, {"Ware", "SG12"}, {"Stevenage", "SG1"}, {"Welwyn Garden City", "AL8"},
	}
	postcodeLetters = "ABDEFGHJLNPQRSTUWXYZ" // the letters used at the end of a postcode
)

// bankTarget is a target from the sample school that any pupil could have:
// the child's name is a placeholder, and he/she says who it suits.
type bankTarget struct {
	t      plan.Target
	gender byte // 'm', 'f', or 0 when the wording has no pronoun
}

// profile is one pupil's one-page profile, reused in synthetic schools.
type profile struct {
	strengths, interests, matters, help string
}

func banks() ([]bankTarget, []profile) {
	var targets []bankTarget
	var profiles []profile
	seen := map[string]bool{}
	for _, p := range School().Pupils {
		profiles = append(profiles, profile{p.Strengths, p.Interests, p.WhatMatters, p.HowToHelp})
		for _, t := range p.Targets {
			if seen[t.Text] { // the phonics group's target, once
				continue
			}
			seen[t.Text] = true
			bt := bankTarget{t: *t}
			bt.t.Group, bt.t.ChildTarget, bt.t.ChildSuccess = "", "", ""
			bt.t.TargetDate = time.Time{}
			for _, name := range []string{p.Forename(), p.LegalForename} {
				bt.t.Text = strings.ReplaceAll(bt.t.Text, name+" ", "{name} ")
				bt.t.Success = strings.ReplaceAll(bt.t.Success, name+" ", "{name} ")
			}
			all := " " + bt.t.Text + " " + bt.t.Success + " "
			switch {
			case containsWord(all, "he", "his", "him", "himself"):
				bt.gender = 'm'
			case containsWord(all, "she", "her", "hers", "herself"):
				bt.gender = 'f'
			}
			targets = append(targets, bt)
		}
	}
	return targets, profiles
}

func containsWord(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, " "+w+" ") {
			return true
		}
	}
	return false
}

// shortNames are the names children often go by instead of their legal one.
var shortNames = map[string]string{
	"Theodore": "Teddy", "Thomas": "Tom", "Jacob": "Jake", "Oliver": "Ollie", "Isabella": "Bella",
	"Florence": "Flo", "Sophia": "Sophie", "Muhammad": "Mo", "Alfie": "Alf", "Henry": "Harry",
}

var needs = []string{"SPLD", "MLD", "SEMH", "SLCN", "ASD", "HI", "VI", "PD", "OTH"}

// Synthetic returns a made-up school of n pupils spread over the year
// groups R to 11, two classes a year, each pupil with 3 targets and 1 or 2
// contacts: the shape of a large school's register, for benchmarks. The
// same n and seed give the same school.
func Synthetic(n int, seed int64) *plan.School {
	rng := rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15))
	targets, profiles := banks()
	years := []string{"R", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"}

	pupils := make([]*plan.Pupil, 0, n)
	for i := range n {
		yi := i % len(years)
		year := years[yi]
		group := fmt.Sprintf("%s%c", year, 'A'+rune(rng.IntN(2)))
		if yi >= 7 {
			group = fmt.Sprintf("%s%s", year, []string{"RB", "JH", "KP", "MS"}[rng.IntN(4)])
		}
		boy := rng.IntN(3) < 2 // about two boys to every girl, as on most SEN registers
		forename := pick(rng, girls)
		if boy {
			forename = pick(rng, boys)
		}
		surname := pick(rng, surnames)
		// Born in the school year that puts the child in this year group
		// for 2026/27: 1 September to 31 August.
		first := day(2021-yi, 9, 1)
		dob := first.AddDate(0, 0, rng.IntN(365))
		entry := 2021 - yi + 5 // the year they started Reception, when the UPN was issued
		prof := profiles[rng.IntN(len(profiles))]
		p := &plan.Pupil{
			ID:            fmt.Sprintf("%06d", 100000+i),
			UPN:           upn(laCode, 2000+i/1000, entry, i%1000),
			LegalForename: forename, LegalSurname: surname,
			DOB: dob, Year: year, RegGroup: group, ClassTeacher: teacher(group),
			SENStatus:   "K",
			PrimaryNeed: pick(rng, needs),
			Strengths:   prof.strengths, Interests: prof.interests, WhatMatters: prof.matters, HowToHelp: prof.help,
		}
		if rng.IntN(12) == 0 {
			p.SENStatus = "E"
		}
		if short, ok := shortNames[forename]; ok && rng.IntN(3) == 0 {
			p.PreferredForename = short
		}

		used := map[int]bool{}
		for no := 1; no <= 3; no++ {
			var bt bankTarget
			for {
				k := rng.IntN(len(targets))
				bt = targets[k]
				if used[k] || (bt.gender == 'm' && !boy) || (bt.gender == 'f' && boy) {
					continue
				}
				used[k] = true
				break
			}
			t := bt.t
			t.No = no
			t.Text = strings.ReplaceAll(t.Text, "{name}", p.Forename())
			t.Success = strings.ReplaceAll(t.Success, "{name}", p.Forename())
			if t.Text == phonicsTarget {
				t.Group = phonicsGroup + " " + group
			}
			p.Targets = append(p.Targets, &t)
		}

		tw := towns[rng.IntN(len(towns))]
		h := home{lines: []string{fmt.Sprintf("%d %s", 1+rng.IntN(120), pick(rng, streets))}, town: tw.town}
		h.postcode = fmt.Sprintf("%s %d%c%c", tw.area, 1+rng.IntN(9),
			postcodeLetters[rng.IntN(len(postcodeLetters))], postcodeLetters[rng.IntN(len(postcodeLetters))])
		p.Contacts = append(p.Contacts, parent(pick(rng, []string{"Mrs", "Ms", "Miss"}), pick(rng, girls), surname, "Mother", 1, h))
		if rng.IntN(2) == 0 {
			second := h
			if rng.IntN(4) == 0 { // separated: the second parent lives elsewhere
				second.lines = []string{fmt.Sprintf("%d %s", 1+rng.IntN(120), pick(rng, streets))}
			}
			c := parent("Mr", pick(rng, boys), surname, "Father", 2, second)
			c.LivesWithPupil = second.lines[0] == h.lines[0]
			p.Contacts = append(p.Contacts, c)
		}
		pupils = append(pupils, p)
	}
	sortPupils(pupils)
	return &plan.School{Source: "synthetic.xlsx", Pupils: pupils}
}

func pick(rng *rand.Rand, from []string) string { return from[rng.IntN(len(from))] }

// teacher gives each class one made-up teacher, the same every time.
func teacher(group string) string {
	sum := 0
	for _, r := range group {
		sum = sum*31 + int(r)
	}
	if sum < 0 {
		sum = -sum
	}
	titles := []string{"Mr", "Mrs", "Ms", "Miss"}
	return titles[sum%len(titles)] + " " + surnames[sum%len(surnames)]
}
