package render

import (
	"fmt"
	"strings"

	"planpack/internal/plan"
	"planpack/templates"
)

// Class draws the class master copy (classes/<group>.pdf) on landscape
// pages: one row per target, grouped by pupil, with the header repeated on
// every page, for the class teacher to keep.
func (d *Doc) Class(regGroup string, pupils []*plan.Pupil) (err error) {
	defer Guard(&err, "class master copy for "+regGroup)
	d.begin(true, "Class master copy — "+regGroup, "Class master copies")
	d.sheet("Class master copy")
	d.setFont(sans, false, d.body)
	if d.cfg.School.Name != "" {
		d.setFont(sans, true, d.body)
		d.para(d.cfg.School.Name)
	}
	d.setFont(sans, false, d.body)
	d.heading("Class master copy — "+regGroup, 1.5, 0)
	var info []string
	for _, p := range pupils {
		if p.ClassTeacher != "" {
			info = append(info, "Class teacher: "+p.ClassTeacher)
			break
		}
	}
	if d.cfg.Term.Name != "" {
		info = append(info, d.cfg.Term.Name)
	}
	info = append(info, fmt.Sprintf("%d pupils", len(pupils)))
	d.para(strings.Join(info, " · "))
	d.y += d.lineHeight() * 0.5

	tb := d.newTable(d.fitWidths(17, 7, 18, 32, 32, 13), "Pupil", "Year", "Need", "Target", "Provision", "Review")
	var sample [][]cell
	for _, p := range pupils {
		sample = append(sample, []cell{{p.Name(), true}, {p.Year, false}, {need(p), false}, {}, {}, {"30/12/2027", false}})
	}
	tb.fitWords(sample...)
	tb.begin()
	for _, p := range pupils {
		targets := p.Targets
		if len(targets) == 0 {
			targets = []*plan.Target{{TargetDetails: plan.TargetDetails{Text: "No targets this term"}}}
		}
		for i, t := range targets {
			name, year, nd := "", "", ""
			if i == 0 {
				name, year, nd = p.Name(), p.Year, need(p)
			}
			prov := provision(t, templates.Section{})
			review := t.TargetDate
			if review.IsZero() {
				review = d.cfg.Term.ReviewDate
			}
			text := t.Text
			if t.CarriedForward {
				text += " " + carriedMark
			}
			cells := []cell{{name, true}, {year, false}, {nd, false},
				{fmt.Sprintf("%d. %s", i+1, text), false}, {prov, false}, {dob(review), false}}
			if t.Area != "" {
				cells[3].text = fmt.Sprintf("%d. %s\n(%s)", i+1, text, t.Area)
			}
			if len(p.Targets) == 0 {
				cells[3].text = t.Text
				cells[5].text = ""
			}
			// A pupil continued on a new page is named again.
			if i > 0 && d.y+tb.height(cells) > d.bottom() {
				cells[0].text = p.Name() + " (continued)"
			}
			tb.heavyTop = i == 0
			tb.row(cells...)
		}
	}
	tb.end()
	d.footers("Class " + regGroup)
	if err := d.pdf.Error(); err != nil {
		return fmt.Errorf("class master copy for %s: %w", regGroup, err)
	}
	return nil
}
