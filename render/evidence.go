package render

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"planpack/internal/history"
)

// Evidence draws the pack a school sends with a request for an EHC needs
// assessment: the child's details and needs, every reviewed plan oldest
// first with how each target went, a chart of the ratings in each area of
// need across the reviews, the provision each term and what it cost
// against the notional SEN threshold, and the plan files on record.
// entries are the pupil's filed terms, newest first, as history.Read
// gives them. The UPN is never printed.
func (d *Doc) Evidence(entries []history.Entry) (err error) {
	if len(entries) == 0 {
		return fmt.Errorf("evidence: no plans on record")
	}
	newest := entries[0].Record
	defer Guard(&err, "evidence pack for "+newest.Name)
	d.begin(false, "Evidence for an EHC needs assessment request — "+newest.Name, "Evidence pack")
	d.sheet("Evidence pack")
	d.setFont(sans, false, d.body)
	if d.cfg.School.Name != "" {
		d.setFont(sans, true, d.body)
		d.para(d.cfg.School.Name)
		d.setFont(sans, false, d.body)
	}
	d.heading("Evidence for an EHC needs assessment request", 1.5, 0)
	d.setFont(sans, true, d.body*1.3)
	d.para(newest.Name)
	d.setFont(sans, false, d.body)

	reviewed := reviewedTerms(entries)
	pp := newest.Pupil
	needs := needWords(pp.PrimaryNeed)
	if s := needWords(pp.SecondaryNeed); s != "" {
		needs = strings.TrimPrefix(needs+"; also "+lowerFirst(s), "; also ")
	}
	d.heading("The child", 1.25, d.lineHeight()*3)
	d.fieldGrid(
		[2]string{"Date of birth", dob(pp.DOB)},
		[2]string{"Year", yearWords(pp.Year)},
		[2]string{"Class", pp.RegGroup},
		[2]string{"SEN status", statusWords(pp.SENStatus)},
		[2]string{"Need", needs},
		[2]string{"Plans on record", fmt.Sprintf("%d (%d reviewed)", len(entries), len(reviewed))},
	)
	if pp.Needs != "" {
		d.gap(d.lineHeight() * 0.4)
		d.fields(d.labelW(), [2]string{"Description of needs", pp.Needs})
	}
	if len(reviewed) < 2 {
		d.gap(d.lineHeight() * 0.4)
		d.setFont(sans, true, d.body)
		d.para(fmt.Sprintf("Only %d reviewed %s on record: a request usually needs at least two cycles of assess, plan, do, review.", len(reviewed), plural(len(reviewed), "plan is", "plans are")))
		d.setFont(sans, false, d.body)
	}

	d.heading("Ratings in each area of need", 1.25, 70)
	d.ratingChart(reviewed)

	d.heading("Plans and how they went, oldest first", 1.25, d.lineHeight()*4)
	for i := len(entries) - 1; i >= 0; i-- {
		rt := reviewedTerm{plan: entries[i], outcomes: history.Outcomes(entries, i)}
		r := rt.plan.Record
		when := fmt.Sprintf("%s (plan %s, review %s)", r.Term, dob(r.PlanDate), dob(r.ReviewDate))
		if len(rt.outcomes) == 0 {
			when = fmt.Sprintf("%s — not yet reviewed (plan %s)", r.Term, dob(r.PlanDate))
		}
		d.heading(when, 1.05, d.lineHeight()*7)
		tb := d.newTable(d.fitWidths(6, 44, 14, 8, 28), "No", "Target", "Outcome", "Rating", "Comment")
		tb.size = d.body * 0.9
		var rows [][]cell
		for _, t := range r.Targets {
			o, ok := rt.outcomes[t.No]
			target := t.Target
			if t.Area != "" {
				target += "\n(" + t.Area + ")"
			}
			if t.CarriedForward {
				target += "\nCarried forward from the term before."
			}
			c := []cell{{strconv.Itoa(t.No), false}, {target, false}, {"", false}, {}, {}}
			if ok {
				c[2].text = o.Outcome
				if o.CarryForward {
					c[2].text += "; carried forward"
				}
				if o.Rating > 0 {
					c[3].text = strconv.Itoa(o.Rating)
				}
				c[4].text = o.Comment
			}
			rows = append(rows, c)
		}
		tb.fitWords(rows...)
		tb.begin()
		for _, c := range rows {
			tb.row(c...)
		}
		tb.end()
		d.gap(d.lineHeight() * 0.5)
	}

	d.heading("Provision and what it cost", 1.25, d.lineHeight()*4)
	d.provisionByTerm(entries)

	d.heading("Plans on record", 1.25, d.lineHeight()*3)
	for i := len(entries) - 1; i >= 0; i-- {
		e := entries[i]
		d.para(fmt.Sprintf("%s — %s", e.Record.Term, e.Plan))
	}
	d.footers(newest.Name)
	if err := d.pdf.Error(); err != nil {
		return fmt.Errorf("evidence pack for %s: %w", newest.Name, err)
	}
	return nil
}

// reviewedTerm is a filed plan with the outcomes of its targets, which
// the next term's record holds.
type reviewedTerm struct {
	plan     history.Entry
	outcomes map[int]history.Outcome
}

// reviewedTerms returns the plans that have been reviewed, oldest first.
func reviewedTerms(entries []history.Entry) []reviewedTerm {
	var out []reviewedTerm
	for i := len(entries) - 1; i >= 1; i-- {
		o := history.Outcomes(entries, i)
		if len(o) == 0 {
			continue
		}
		out = append(out, reviewedTerm{plan: entries[i], outcomes: o})
	}
	return out
}

// ratingChart draws, for each area of need, the average rating (1 not
// yet, 2 partly, 3 achieved) of its targets at each review, as lines on
// a small grid, drawn as vectors so it prints sharp.
func (d *Doc) ratingChart(terms []reviewedTerm) {
	type point struct {
		x int
		v float64
	}
	series := map[string][]point{}
	for i, rt := range terms {
		sum, n := map[string]float64{}, map[string]int{}
		for _, t := range rt.plan.Record.Targets {
			if o, ok := rt.outcomes[t.No]; ok && o.Rating > 0 {
				area := t.Area
				if area == "" {
					area = "No area given"
				}
				sum[area] += float64(o.Rating)
				n[area]++
			}
		}
		for a := range sum {
			series[a] = append(series[a], point{i, sum[a] / float64(n[a])})
		}
	}
	if len(series) == 0 {
		d.para("No ratings have been recorded at a review yet.")
		return
	}
	var areas []string
	for a := range series {
		areas = append(areas, a)
	}
	sort.Strings(areas)

	const chartH = 50.0
	labelW := 22.0
	w := d.width()*0.62 - labelW
	d.ensure(chartH + 20)
	x0, y0 := d.left()+labelW, d.y+4
	yOf := func(v float64) float64 { return y0 + chartH - (v-1)/2*chartH }
	xOf := func(i int) float64 {
		if len(terms) == 1 {
			return x0 + w/2
		}
		return x0 + float64(i)*w/float64(len(terms)-1)
	}
	d.pdf.SetLineWidth(0.2)
	d.stroke(rule)
	d.setFont(sans, false, d.body*0.8)
	for i, label := range []string{"1 not yet", "2 partly", "3 achieved"} {
		v := float64(i + 1)
		d.pdf.Line(x0, yOf(v), x0+w, yOf(v))
		d.textAt(d.left(), yOf(v)+1, label)
	}
	for i, rt := range terms {
		label := d.truncate(rt.plan.Record.Term, 40)
		lw := d.pdf.GetStringWidth(label)
		x := min(max(xOf(i)-lw/2, d.left()), x0+w-lw)
		d.textAt(x, y0+chartH+5, label)
	}
	colours := [][3]int{{0, 90, 160}, {200, 80, 0}, {0, 130, 60}, {150, 0, 120}, {90, 90, 90}}
	dashes := [][]float64{nil, {2, 1}, {0.6, 0.8}, {3, 1, 0.6, 1}, {1, 2}}
	legendX := d.left() + d.width()*0.66
	for k, a := range areas {
		c := colours[k%len(colours)]
		d.stroke(c)
		d.fill(c)
		d.pdf.SetLineWidth(0.7)
		d.pdf.SetDashPattern(dashes[k%len(dashes)], 0)
		pts := series[a]
		for j := 1; j < len(pts); j++ {
			d.pdf.Line(xOf(pts[j-1].x), yOf(pts[j-1].v), xOf(pts[j].x), yOf(pts[j].v))
		}
		d.pdf.SetDashPattern(nil, 0)
		for _, p := range pts {
			d.pdf.Circle(xOf(p.x), yOf(p.v), 1.1, "F")
		}
		ly := y0 + float64(k)*7
		d.pdf.Line(legendX, ly, legendX+8, ly)
		d.pdf.Circle(legendX+4, ly, 1.1, "F")
		d.lineAt(legendX+10, ly-2.5, a)
	}
	d.stroke(ink)
	d.fill(ink)
	d.pdf.SetLineWidth(0.2)
	d.setFont(sans, false, d.body)
	d.y = y0 + chartH + 10
	d.para("Each point is the average rating of the area's targets at that review: 1 not yet, 2 partly, 3 achieved.")
	d.gap(d.lineHeight() * 0.5)
}

// provisionByTerm lists each term's provision and the pupil's share of
// its cost, with the year's estimate against the threshold.
func (d *Doc) provisionByTerm(entries []history.Entry) {
	costed := false
	for i := len(entries) - 1; i >= 0; i-- {
		r := entries[i].Record
		if len(r.Provision) == 0 {
			continue
		}
		costed = true
		money := func(v float64) string { return amount(r.Currency, v) }
		d.heading(fmt.Sprintf("%s (%s weeks)", r.Term, strconv.FormatFloat(r.TermWeeks, 'f', -1, 64)), 1.05, d.lineHeight()*4)
		tb := d.newTable(d.fitWidths(34, 16, 16, 12, 11, 11), "Provision", "Who", "How often", "Shared by", "A week", "This term")
		tb.size = d.body * 0.9
		var rows [][]cell
		var why []string
		term := 0.0
		for _, p := range r.Provision {
			shared := "—"
			if p.Group != "" {
				shared = fmt.Sprintf("%s group of %d", p.Group, p.Share)
			}
			c := []cell{{p.Provision, false}, {p.Who, false}, {p.HowOften, false}, {shared, false}, {money(p.Weekly), false}, {money(p.Term), false}}
			switch {
			case p.NotCosted != "":
				c[4].text, c[5].text = "not costed", "not costed"
				why = append(why, "Not costed — "+p.Provision+": "+p.NotCosted+".")
			case p.PartCosted != "":
				c[4].text, c[5].text = "at least "+c[4].text, "at least "+c[5].text
				why = append(why, "Part costed — "+p.Provision+": "+p.PartCosted+".")
			}
			if p.CostedAs != "" && p.NotCosted == "" {
				// Why the teacher's rate is not the figure for "Class
				// teacher/TA".
				why = append(why, "Rate — "+p.Provision+": costed "+p.CostedAs+".")
			}
			term += p.Term
			rows = append(rows, c)
		}
		rows = append(rows, []cell{{"Total this term", true}, {}, {}, {}, {}, {atLeast(money(term), r.NotCosted+r.PartCosted), true}})
		tb.fitWords(rows...)
		tb.begin()
		for _, c := range rows {
			tb.row(c...)
		}
		tb.end()
		for _, w := range why {
			d.para(w)
		}
		verdict := "within"
		if r.YearEstimate > r.Threshold {
			verdict = "above"
		}
		d.para(fmt.Sprintf("Estimate for a school year at this term's provision: %s, %s the notional SEN threshold of %s.", atLeast(money(r.YearEstimate), r.NotCosted+r.PartCosted), verdict, money(r.Threshold)))
		d.gap(d.lineHeight() * 0.5)
	}
	if !costed {
		d.para("No costed provision is on record.")
	}
}
