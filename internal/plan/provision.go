package plan

import (
	"sort"
	"strings"

	"planpack/internal/diag"
)

// Costing is what pricing the provision needs: the rates, and the term's
// length and the year's.
type Costing struct {
	Rates       Rates
	TermWeeks   float64 // from the plan date to the review date
	WeeksInYear int     // school weeks
	Threshold   float64 // a pupil's notional SEN support a year
}

// TermsInYear is how many terms a Cost (a term's outside cost) is paid
// for in a school year.
const TermsInYear = 3

// ProvisionLine is one piece of provision: what is given, by whom, how
// often, for which pupils, and what it costs. A group's sessions are one
// adult's time however many children attend, so a group is one line.
type ProvisionLine struct {
	Area      Area
	Provision string
	Who       string
	HowOften  string
	Group     string // the group's name, or "" for provision given to each pupil
	Pupils    []*Pupil
	Pos       diag.Pos // the first target row that gives it

	// Minutes is the staff time a week, every pupil's separate sessions
	// added: a range when a How Often gives one, not stated when one
	// could not be read.
	Minutes Range

	// WeeklyCost is the staff time's cost a week; Costed is false, and
	// NotCosted says why, when Who names no rate or How Often does not
	// give one number of minutes a week. PartCosted, on a costed line,
	// says whom WeeklyCost leaves out: Who names adults some of whom have
	// no rate, so the cost is of those who do. CostedAs, on a costed
	// line whose Who offers alternative adults ("Class teacher/TA"), says
	// whose rate was used and why (see Staff.Chosen).
	WeeklyCost float64
	Costed     bool
	NotCosted  string
	PartCosted string
	CostedAs   string

	// Extra is the Cost column's outside cost for the term; TermCost is
	// the staff time over the term plus Extra.
	Extra    float64
	TermCost float64

	extra    map[*Pupil]float64 // each pupil's own outside cost, for their share
	unstated bool               // a pupil's How Often said no minutes
}

// ProvisionMap is the school's provision by area of need, costed.
type ProvisionMap struct {
	Areas []*ProvisionArea // in the order of Areas
	// Totals over the school.
	Minutes          Range
	MinutesNotStated int // lines left out of Minutes
	TermCost         float64
	NotCosted        int // lines left out of TermCost
	PartCosted       int // lines TermCost holds only in part
}

// ProvisionArea is one area of need's provision.
type ProvisionArea struct {
	Area             Area
	Lines            []*ProvisionLine // by provision, then who
	Minutes          Range
	MinutesNotStated int
	TermCost         float64
	NotCosted        int
	PartCosted       int
}

// PupilCost is what one pupil's provision costs: each piece of provision
// they receive, with a group's cost shared between its members.
type PupilCost struct {
	Pupil *Pupil
	Lines []PupilCostLine
	// Weekly, Term and Year add up the costed lines; NotCosted counts the
	// lines that could not be costed and PartCosted those costed only in
	// part, so the totals are "at least".
	Weekly     float64
	Term       float64
	Year       float64
	NotCosted  int
	PartCosted int
	// OverThreshold is true when Year passes the notional SEN threshold.
	OverThreshold bool
}

// PupilCostLine is one piece of a pupil's provision and their share of
// its cost.
type PupilCostLine struct {
	Line       *ProvisionLine
	Share      int // how many pupils share the cost (a group's size; 1 otherwise)
	WeeklyCost float64
	Extra      float64 // the pupil's share of the term's outside cost
	TermCost   float64
	Costed     bool
}

// CostProvision gathers the pupils' provision into lines by area of need
// and prices each, and works out each pupil's share. The same provision
// given to several pupils separately is one line with every pupil's
// sessions added; a pupil's identical provision under two targets counts
// once.
func CostProvision(pupils []*Pupil, c Costing) (*ProvisionMap, []*PupilCost) {
	lines := map[string]*ProvisionLine{}
	var order []*ProvisionLine
	received := map[*PupilCost][]*ProvisionLine{}
	var costs []*PupilCost
	for _, p := range pupils {
		pc := &PupilCost{Pupil: p}
		costs = append(costs, pc)
		mine := map[string]bool{}
		for _, t := range p.Targets {
			if strings.TrimSpace(t.Provision) == "" {
				continue
			}
			key := string(t.Area) + "\x00" + fold(t.Provision) + "\x00" + fold(t.Who) + "\x00" + fold(t.HowOften)
			if t.Group != "" {
				key = "group\x00" + fold(t.Group)
			}
			if mine[key] {
				continue
			}
			mine[key] = true
			l := lines[key]
			if l == nil {
				l = &ProvisionLine{Area: t.Area, Provision: t.Provision, Who: t.Who, HowOften: t.HowOften, Pos: t.Pos, extra: map[*Pupil]float64{}}
				if t.Group != "" {
					l.Group = strings.Join(strings.Fields(t.Group), " ")
				}
				lines[key] = l
				order = append(order, l)
			}
			received[pc] = append(received[pc], l)
			l.Pupils = append(l.Pupils, p)
			// A group meets once for all its members, and its outside
			// cost is paid once: the first member's row speaks for it.
			if l.Group == "" || len(l.Pupils) == 1 {
				l.Extra += t.Cost
				l.extra[p] = t.Cost
				m := ParseFrequency(t.HowOften).MinutesPerWeek()
				l.Minutes = l.Minutes.Add(m)
				l.unstated = l.unstated || !m.Stated()
			}
		}
	}
	for _, l := range order {
		if l.unstated {
			l.Minutes = Range{}
		}
		l.price(c)
	}

	m := &ProvisionMap{}
	byArea := map[Area]*ProvisionArea{}
	for _, l := range order {
		a := byArea[l.Area]
		if a == nil {
			a = &ProvisionArea{Area: l.Area}
			byArea[l.Area] = a
		}
		a.Lines = append(a.Lines, l)
		if l.unstated {
			l.Minutes = Range{}
		}
		if l.Minutes.Stated() {
			a.Minutes = a.Minutes.Add(l.Minutes)
		} else {
			a.MinutesNotStated++
		}
		if l.Costed {
			a.TermCost += l.TermCost
		} else {
			a.NotCosted++
		}
		if l.PartCosted != "" {
			a.PartCosted++
		}
	}
	for _, area := range append(append([]Area(nil), Areas...), "") {
		a := byArea[area]
		if a == nil {
			continue
		}
		sort.SliceStable(a.Lines, func(i, j int) bool {
			x, y := a.Lines[i], a.Lines[j]
			if fold(x.Provision) != fold(y.Provision) {
				return fold(x.Provision) < fold(y.Provision)
			}
			return fold(x.Who) < fold(y.Who)
		})
		m.Areas = append(m.Areas, a)
		m.Minutes = m.Minutes.Add(a.Minutes)
		m.MinutesNotStated += a.MinutesNotStated
		m.TermCost += a.TermCost
		m.NotCosted += a.NotCosted
		m.PartCosted += a.PartCosted
	}

	for _, pc := range costs {
		for _, l := range received[pc] {
			pc.add(l, c)
		}
		pc.OverThreshold = pc.Year > c.Threshold
	}
	return m, costs
}

// price works out a line's staff cost a week and its cost this term: of
// every adult Who names who has a rate, saying whom it leaves out.
func (l *ProvisionLine) price(c Costing) {
	staff := c.Rates.Staff(l.Who)
	if l.NotCosted = staff.NotCosted(l.Who, l.HowOften, l.Minutes); l.NotCosted != "" {
		return
	}
	l.Costed = true
	l.PartCosted = staff.Shortfall()
	l.CostedAs = staff.CostedAs()
	l.WeeklyCost = staff.PerHour * l.Minutes.Low / 60
	l.TermCost = l.WeeklyCost*c.TermWeeks + l.Extra
}

// Basis explains a costed line's figure where it needs explaining: whom
// it leaves out, and whose rate it took of adults Who offers as
// alternatives — `part costed: no hourly rate for "Mrs Cole (SENCo)"`,
// `costed at the TA rate, the lower of "Class teacher/TA"` — and "" for
// a line costed whole at every adult's rate, or not costed.
func (l *ProvisionLine) Basis() string {
	if !l.Costed {
		return ""
	}
	var why []string
	if l.PartCosted != "" {
		why = append(why, "part costed: "+l.PartCosted)
	}
	if l.CostedAs != "" {
		why = append(why, "costed "+l.CostedAs)
	}
	return strings.Join(why, "; ")
}

// add puts the pupil's share of a line on their bill.
func (pc *PupilCost) add(l *ProvisionLine, c Costing) {
	share := 1
	if l.Group != "" {
		share = len(l.Pupils)
	}
	pl := PupilCostLine{Line: l, Share: share, Costed: l.Costed, Extra: l.Extra / float64(share)}
	if l.Group == "" {
		pl.Extra = l.extra[pc.Pupil]
	}
	if l.Costed {
		// A group's pupils share its sessions; a line given to each pupil
		// separately has one How Often, so each pupil's sessions are an
		// equal part of its minutes. Either way: the cost over its pupils.
		pl.WeeklyCost = l.WeeklyCost / float64(len(l.Pupils))
	}
	if !l.Costed {
		pc.NotCosted++
		pc.Lines = append(pc.Lines, pl)
		return
	}
	if l.PartCosted != "" {
		pc.PartCosted++
	}
	pl.TermCost = pl.WeeklyCost*c.TermWeeks + pl.Extra
	pc.Weekly += pl.WeeklyCost
	pc.Term += pl.TermCost
	pc.Year += pl.WeeklyCost*float64(c.WeeksInYear) + pl.Extra*TermsInYear
	pc.Lines = append(pc.Lines, pl)
}

func quoteOrBlank(s string) string {
	if strings.TrimSpace(s) == "" {
		return "(blank)"
	}
	return `"` + s + `"`
}

func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
