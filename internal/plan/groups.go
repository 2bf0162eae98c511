package plan

import (
	"sort"
	"strings"
)

// Group is an intervention several pupils attend together — a phonics
// group, a social skills group — with one shared plan and one tracking
// grid for the adult who runs it.
type Group struct {
	Name    string
	Members []*GroupMember

	// The shared provision, from the first member's row (check warns
	// where members' rows disagree).
	Provision string
	Who       string
	HowOften  string
	Where     string

	// Targets are the group's shared targets: one for each distinct
	// staff wording among the members' group rows, in first-seen order.
	Targets []*Target

	// Sessions is how many session rows the tracking grid needs; the
	// builder works it out from HowOften and the term's dates.
	Sessions int
}

// GroupMember is one pupil in a group with their own targets in it.
type GroupMember struct {
	Pupil   *Pupil
	Targets []*Target
}

// Groups gathers the pupils whose targets share a Group name (compared
// ignoring case and spacing), sorted by name; members in print order.
func Groups(pupils []*Pupil) []*Group {
	byKey := map[string]*Group{}
	var keys []string
	for _, p := range pupils {
		for _, t := range p.Targets {
			if strings.TrimSpace(t.Group) == "" {
				continue
			}
			key := fold(t.Group)
			g := byKey[key]
			if g == nil {
				g = &Group{Name: strings.Join(strings.Fields(t.Group), " "), Provision: t.Provision, Who: t.Who, HowOften: t.HowOften, Where: t.Where}
				byKey[key] = g
				keys = append(keys, key)
			}
			var m *GroupMember
			for _, x := range g.Members {
				if x.Pupil == p {
					m = x
				}
			}
			if m == nil {
				m = &GroupMember{Pupil: p}
				g.Members = append(g.Members, m)
			}
			m.Targets = append(m.Targets, t)
			shared := false
			for _, st := range g.Targets {
				if sameShared(st, t) {
					shared = true
				}
			}
			if !shared {
				g.Targets = append(g.Targets, t)
			}
		}
	}
	sort.Strings(keys)
	out := make([]*Group, 0, len(keys))
	for _, k := range keys {
		out = append(out, byKey[k])
	}
	return out
}

// sameShared reports whether two members' targets are one shared target
// of their group: the same staff wording but for case and spacing.
func sameShared(a, b *Target) bool { return fold(a.Text) == fold(b.Text) }

// CarriedBy returns the members who carry the shared target t forward
// from last term, in print order, and how many members work on it, so a
// group plan can say whether the whole group carries it or some do.
func (g *Group) CarriedBy(t *Target) (carried []*Pupil, working int) {
	for _, m := range g.Members {
		for _, mt := range m.Targets {
			if sameShared(mt, t) {
				working++
				if mt.CarriedForward {
					carried = append(carried, m.Pupil)
				}
				break
			}
		}
	}
	return carried, working
}

// GroupNames returns the names of the groups a pupil belongs to.
func (p *Pupil) GroupNames() []string {
	var names []string
	seen := map[string]bool{}
	for _, t := range p.Targets {
		n := strings.Join(strings.Fields(t.Group), " ")
		if n != "" && !seen[strings.ToLower(n)] {
			seen[strings.ToLower(n)] = true
			names = append(names, n)
		}
	}
	return names
}
