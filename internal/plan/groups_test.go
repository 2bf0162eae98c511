package plan

import "testing"

func TestGroupsGatherMembersAndSharedTargets(t *testing.T) {
	mk := func(id, name string, targets ...*Target) *Pupil {
		return &Pupil{ID: id, LegalForename: name, LegalSurname: "X", Targets: targets}
	}
	a := mk("1", "Amy", &Target{No: 1, TargetDetails: TargetDetails{Text: "Read CVC words", Group: "Phonics group", Provision: "Read Write Inc", Who: "Mrs Patel", HowOften: "3 x 15 min a week"}},
		&Target{No: 2, TargetDetails: TargetDetails{Text: "Ask for help"}})
	b := mk("2", "Ben", &Target{No: 1, TargetDetails: TargetDetails{Text: "read cvc words ", Group: " phonics  Group", Provision: "Read Write Inc", Who: "Mrs Patel", HowOften: "3 x 15 min a week"}})
	c := mk("3", "Cal", &Target{No: 1, TargetDetails: TargetDetails{Text: "Blend 3 sounds", Group: "Phonics group"}}, &Target{No: 2, TargetDetails: TargetDetails{Text: "Take turns", Group: "Social skills"}})
	d := mk("4", "Dee", &Target{No: 1, TargetDetails: TargetDetails{Text: "Count to 20"}})
	gs := Groups([]*Pupil{a, b, c, d})
	if len(gs) != 2 {
		t.Fatalf("got %d groups, want 2", len(gs))
	}
	ph := gs[0]
	if ph.Name != "Phonics group" || len(ph.Members) != 3 {
		t.Fatalf("phonics group = %q with %d members, want 3", ph.Name, len(ph.Members))
	}
	if len(ph.Targets) != 2 {
		t.Errorf("phonics shared targets = %d, want 2 (same wording counted once, differing kept)", len(ph.Targets))
	}
	if ph.Who != "Mrs Patel" || ph.HowOften != "3 x 15 min a week" {
		t.Errorf("provision not taken from the first row: %+v", ph)
	}
	if gs[1].Name != "Social skills" || len(gs[1].Members) != 1 {
		t.Errorf("second group = %+v", gs[1])
	}
	if got := c.GroupNames(); len(got) != 2 {
		t.Errorf("Cal's groups = %v, want both", got)
	}
	if got := d.GroupNames(); len(got) != 0 {
		t.Errorf("Dee is in groups %v, want none", got)
	}
}

// TestCarriedByNamesTheMembersWhoCarryASharedTarget: a shared target one
// member carries forward and another starts afresh is carried by the
// first only; one nobody carries, by nobody.
func TestCarriedByNamesTheMembersWhoCarryASharedTarget(t *testing.T) {
	phonics := func(carried bool) *Target {
		return &Target{No: 1, TargetDetails: TargetDetails{Text: "Read CVC words", Group: "Phonics group"}, CarriedForward: carried}
	}
	amy := &Pupil{ID: "1", LegalForename: "Amy", Targets: []*Target{phonics(true)}}
	ben := &Pupil{ID: "2", LegalForename: "Ben", Targets: []*Target{phonics(false)}}
	cal := &Pupil{ID: "3", LegalForename: "Cal", Targets: []*Target{
		{No: 1, TargetDetails: TargetDetails{Text: "read  CVC words", Group: "Phonics group"}, CarriedForward: true},
		{No: 2, TargetDetails: TargetDetails{Text: "Blend 3 sounds", Group: "Phonics group"}},
	}}
	g := Groups([]*Pupil{amy, ben, cal})[0]
	if len(g.Targets) != 2 {
		t.Fatalf("shared targets = %d, want 2", len(g.Targets))
	}
	carried, working := g.CarriedBy(g.Targets[0])
	if working != 3 || len(carried) != 2 || carried[0] != amy || carried[1] != cal {
		t.Errorf("CVC words: carried by %v of %d, want Amy and Cal of 3", carried, working)
	}
	carried, working = g.CarriedBy(g.Targets[1])
	if working != 1 || len(carried) != 0 {
		t.Errorf("blending: carried by %v of %d, want nobody of 1", carried, working)
	}
}
