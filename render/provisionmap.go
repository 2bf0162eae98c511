package render

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"planpack/internal/plan"
)

// ProvisionMap draws print/provision-map.pdf: the school's provision by
// area of need on landscape pages — what is given, by whom, how often,
// for which pupils, the staff minutes a week and the cost this term —
// with totals for each area and the school. It is the document a SENCo
// hands to governors, so it names pupils by name and class only.
func (d *Doc) ProvisionMap(m *plan.ProvisionMap, termWeeks float64) (err error) {
	defer Guard(&err, "provision map")
	d.begin(true, "Provision map", "Provision map")
	d.sheet("Provision map")
	if d.cfg.School.Name != "" {
		d.setFont(sans, true, d.body)
		d.para(d.cfg.School.Name)
	}
	d.setFont(sans, false, d.body)
	d.heading("Provision map", 1.5, 0)
	info := []string{}
	if d.cfg.Term.Name != "" {
		info = append(info, d.cfg.Term.Name)
	}
	info = append(info, fmt.Sprintf("%s to %s (%s weeks)", dob(d.cfg.Term.PlanDate), dob(d.cfg.Term.ReviewDate), strconv.FormatFloat(termWeeks, 'f', -1, 64)))
	d.para(strings.Join(info, " · "))
	d.para(d.costNote())
	d.y += d.lineHeight() * 0.5

	if len(m.Areas) == 0 {
		d.para("No provision was recorded this term.")
	}
	for _, a := range m.Areas {
		title := string(a.Area)
		if title == "" {
			title = "No area of need given"
		}
		tb := d.newTable(d.fitWidths(28, 14, 13, 22, 9, 16), "Provision", "Who", "How often", "Pupils", "Minutes a week", "Cost this term")
		tb.size = d.body * 0.85
		var sample [][]cell
		for _, l := range a.Lines {
			sample = append(sample, provisionCells(l, d.cfg.Costs.Currency))
		}
		tb.fitWords(sample...)
		// The area's heading stays with its table's header and first row.
		keep := tb.headerHeight()
		if len(sample) > 0 {
			keep += tb.height(sample[0])
		}
		d.heading(title, 1.2, keep)
		tb.begin()
		for _, cells := range sample {
			tb.row(cells...)
		}
		total := []cell{{"Total for " + title, true}, {}, {}, {}, {atLeast(minutes(a.Minutes), a.MinutesNotStated), true}, {d.money(a.TermCost, a.NotCosted+a.PartCosted), true}}
		tb.heavyTop = true
		tb.row(total...)
		tb.end()
		d.y += d.lineHeight() * 0.5
	}
	d.keepFor(d.lineHeight() * 3)
	d.setFont(sans, true, d.body)
	d.para(fmt.Sprintf("The whole school: %s minutes of staff time a week; %s this term.", atLeast(minutes(m.Minutes), m.MinutesNotStated), d.money(m.TermCost, m.NotCosted+m.PartCosted)))
	d.setFont(sans, false, d.body)
	if m.NotCosted > 0 {
		d.para(fmt.Sprintf("%d %s of provision could not be costed (shown as \"not costed\"): add the role to [costs.hourly] in planpack.toml, or write How Often as, say, \"3 x 15 min a week\".", m.NotCosted, plural(m.NotCosted, "line", "lines")))
	}
	if m.PartCosted > 0 {
		d.para(fmt.Sprintf("%d %s of provision %s costed only in part (shown as \"part costed\"): the cost is of the adults with an hourly rate, and the line names those without one; add their role to [costs.hourly], or write how many adults, say, \"2 TAs\".", m.PartCosted, plural(m.PartCosted, "line", "lines"), plural(m.PartCosted, "is", "are")))
	}
	d.footers(d.cfg.Term.Name)
	if err := d.pdf.Error(); err != nil {
		return fmt.Errorf("provision map: %w", err)
	}
	return nil
}

// costNote says what the costs are made of, so a governor reading the
// map knows what they include.
func (d *Doc) costNote() string {
	var rates []string
	for role, r := range d.cfg.Costs.Hourly {
		rates = append(rates, fmt.Sprintf("%s %s%.2f", role, d.cfg.Costs.Currency, r))
	}
	sort.Strings(rates)
	s := "Costs are staff time at hourly rates"
	if len(rates) > 0 {
		s += " (" + strings.Join(rates, ", ") + " an hour)"
	}
	return s + " for each adult named (one adult or another, as in \"Class teacher/TA\", at the lower rate), plus any other cost written for the term; a group's sessions are counted once, however many children attend."
}

func provisionCells(l *plan.ProvisionLine, currency string) []cell {
	var names []string
	for _, p := range l.Pupils {
		names = append(names, p.Name()+" ("+p.RegGroup+")")
	}
	who := strings.Join(names, ", ")
	if l.Group != "" {
		who = fmt.Sprintf("%s group (%d): %s", l.Group, len(l.Pupils), who)
	}
	cost := "not costed: " + l.NotCosted
	if l.Costed {
		cost = amount(currency, l.TermCost)
	}
	if why := l.Basis(); why != "" {
		cost += "\n" + why
	}
	return []cell{{l.Provision, false}, {l.Who, false}, {l.HowOften, false}, {who, false}, {minutes(l.Minutes), false}, {cost, false}}
}

func minutes(m plan.Range) string {
	if !m.Stated() {
		return "not stated"
	}
	return m.String()
}

// money writes a total, saying "at least" when some lines were left out.
func (d *Doc) money(v float64, notCosted int) string {
	return atLeast(amount(d.cfg.Costs.Currency, v), notCosted)
}

// amount writes money as a governor reads it: "£1,234.50".
func amount(currency string, v float64) string {
	s := strconv.FormatFloat(plan.Money(v), 'f', 2, 64)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, pence, _ := strings.Cut(s, ".")
	for i := len(whole) - 3; i > 0; i -= 3 {
		whole = whole[:i] + "," + whole[i:]
	}
	return sign + currency + whole + "." + pence
}

func atLeast(total string, leftOut int) string {
	if leftOut > 0 {
		return "at least " + total
	}
	return total
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
