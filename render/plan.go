package render

import (
	"fmt"
	"strings"

	"planpack/internal/plan"
	"planpack/templates"
)

// Plan draws the pupil's plan (plan.pdf), the copy for staff and parents,
// with the sections the layout lists in its order.
func (d *Doc) Plan(p *plan.Pupil, l *templates.Layout) (err error) {
	if p == nil || l == nil {
		return fmt.Errorf("plan: no pupil or layout")
	}
	defer Guard(&err, "plan for "+p.Name())
	d.begin(false, l.Title+" — "+p.Name(), "Support plans")
	d.setFont(sans, false, d.body)
	d.sheet(l.Title)
	d.planTitle(p, l)
	for i, s := range l.Sections {
		after := 0.0
		if i+1 < len(l.Sections) && l.Sections[i+1].Kind == "signatures" {
			after = d.signaturesHeight(l.Sections[i+1])
		}
		d.planSection(p, l, s, after)
	}
	d.footers(p.Name())
	if err := d.pdf.Error(); err != nil {
		return fmt.Errorf("plan for %s: %w", p.Name(), err)
	}
	return nil
}

// titleBlock heads a plan or a group plan: the school's name in bold, the
// document's title, whose plan it is in large bold, and the term.
func (d *Doc) titleBlock(title, name string) {
	d.setFont(sans, false, d.body)
	if school := d.cfg.School.Name; school != "" {
		d.setFont(sans, true, d.body)
		d.para(school)
		d.setFont(sans, false, d.body)
	}
	d.heading(title, 1.6, 0)
	d.setFont(sans, true, d.body*1.3)
	d.para(name)
	d.setFont(sans, false, d.body)
	if t := d.cfg.Term.Name; t != "" {
		d.para(t)
	}
	d.y += d.lineHeight() * 0.5
}

func (d *Doc) planTitle(p *plan.Pupil, l *templates.Layout) {
	d.titleBlock(l.Title, p.Name())
}

// labelW is the width of the label column in label–value tables.
func (d *Doc) labelW() float64 { return d.width() * 0.27 }

// planSection draws one section. after is the height of a signature
// block that follows it: a short section keeps it on the same page, so
// the signatures are never left alone on a last page, away from what
// they agree to.
func (d *Doc) planSection(p *plan.Pupil, l *templates.Layout, s templates.Section, after float64) {
	keep := d.lineHeight()*2 + 2*cellPad
	switch s.Kind {
	case "details":
		pairs := d.detailPairs(p, l, s)
		if len(pairs) == 0 {
			return
		}
		d.heading(s.Heading, 1.25, keep)
		d.fieldGrid(pairs...)
	case "about":
		var pairs [][2]string
		for _, f := range s.Fields {
			pairs = append(pairs, [2]string{s.Label(f), aboutValue(p, f)})
		}
		if !anyValue(pairs) {
			return
		}
		_, first := d.fieldsHeight(d.labelW(), pairs...)
		d.heading(s.Heading, 1.25, d.keepFor(first))
		d.fields(d.labelW(), pairs...)
	case "needs":
		if strings.TrimSpace(p.Needs) == "" {
			return
		}
		d.heading(s.Heading, 1.25, keep)
		d.para(p.Needs)
	case "other_support":
		if strings.TrimSpace(p.OtherSupport) == "" {
			return
		}
		d.heading(s.Heading, 1.25, keep)
		d.para(p.OtherSupport)
	case "targets":
		if len(p.Targets) > 0 {
			_, rows := d.targetRows(p, 0, p.Targets[0], s)
			h, _ := d.fieldsHeight(d.labelW(), rows...)
			keep = d.lineHeight()*1.6 + d.keepFor(h)
		}
		d.heading(s.Heading, 1.25, keep)
		if s.Compact {
			d.targetTable(p, s)
			break
		}
		for i, t := range p.Targets {
			d.planTarget(p, i, t, s)
		}
	case "views":
		d.heading(s.Heading, 1.25, keep)
		for _, f := range s.Fields {
			v := p.ChildViews
			if f == "parent_views" {
				v = p.ParentViews
			}
			d.setFont(sans, true, d.body)
			d.ensure(d.lineHeight() * 3)
			d.para(s.Label(f))
			d.setFont(sans, false, d.body)
			if strings.TrimSpace(v) == "" {
				// Room to write views in by hand at the meeting.
				d.ruledLines(3, 9)
			} else {
				d.para(v)
			}
			d.y += d.lineHeight() * 0.4
		}
	case "monitoring":
		var pairs [][2]string
		for _, f := range s.Fields {
			switch f {
			case "review_date":
				pairs = append(pairs, [2]string{s.Label(f), templates.LongDate(d.cfg.Term.ReviewDate)})
			case "key_adult":
				pairs = append(pairs, [2]string{s.Label(f), p.KeyAdult})
			}
		}
		h, _ := d.fieldsHeight(d.labelW(), pairs...)
		if s.Text != "" {
			h += d.paraHeight(s.Text) + d.lineHeight()*0.4
		}
		if whole := h + d.lineHeight()*0.6 + after; after > 0 && whole < d.bottom()-2*margin {
			keep = whole
		}
		d.heading(s.Heading, 1.25, keep)
		if s.Text != "" {
			d.para(s.Text)
			d.y += d.lineHeight() * 0.4
		}
		d.fields(d.labelW(), pairs...)
	case "signatures":
		d.signatures(p, s)
	case "last_time":
		d.lastTime(p, s)
	}
	d.y += d.lineHeight() * 0.6
}

func anyValue(pairs [][2]string) bool {
	for _, p := range pairs {
		if strings.TrimSpace(p[1]) != "" {
			return true
		}
	}
	return false
}

func aboutValue(p *plan.Pupil, f string) string {
	switch f {
	case "strengths":
		return p.Strengths
	case "interests":
		return p.Interests
	case "what_matters":
		return p.WhatMatters
	case "how_to_help":
		return p.HowToHelp
	}
	return ""
}

func (d *Doc) detailPairs(p *plan.Pupil, l *templates.Layout, s templates.Section) [][2]string {
	var pairs [][2]string
	for _, f := range s.Fields {
		var v string
		switch f {
		case "school":
			v = d.cfg.School.Name
		case "plan_type":
			v = l.Title
		case "legal_name":
			v = p.LegalForename + " " + p.LegalSurname
		case "preferred_name":
			v = p.Forename()
		case "dob":
			v = dob(p.DOB)
		case "year":
			v = yearWords(p.Year)
		case "class":
			v = p.RegGroup
		case "class_teacher":
			v = p.ClassTeacher
		case "sen_status":
			v = statusWords(p.SENStatus)
		case "need":
			v = need(p)
		case "key_adult":
			v = p.KeyAdult
		case "plan_date":
			v = templates.LongDate(d.cfg.Term.PlanDate)
		case "review_date":
			v = templates.LongDate(d.cfg.Term.ReviewDate)
		}
		pairs = append(pairs, [2]string{s.Label(f), v})
	}
	if !anyValue(pairs) {
		return nil
	}
	return pairs
}

// planTarget draws one target as a small table: the target's own wording
// first, then how it will be met. A target is kept on one page when it
// fits on one.
func (d *Doc) planTarget(p *plan.Pupil, i int, t *plan.Target, s templates.Section) {
	title, rows := d.targetRows(p, i, t, s)
	d.setFont(sans, true, d.body*1.2)
	titleH := d.paraHeight(title) + 0.5
	d.setFont(sans, false, d.body)
	h, first := d.fieldsHeight(d.labelW(), rows...)
	d.gap(d.lineHeight() * 0.6)
	if titleH+h <= d.bottom()-margin {
		d.ensure(titleH + h)
	} else {
		d.ensure(titleH + d.keepFor(first))
	}
	d.setFont(sans, true, d.body*1.2)
	d.paraAt(d.left(), d.width(), title)
	d.y += 0.5
	d.setFont(sans, false, d.body)
	d.fields(d.labelW(), rows...)
}

// targetTable draws every target as one row of a table whose columns are
// the section's fields, for layouts that show targets in brief.
func (d *Doc) targetTable(p *plan.Pupil, s templates.Section) {
	var rel []float64
	var header []string
	for _, f := range s.Fields {
		w := 3.0
		switch f {
		case "area", "who", "how_often", "where", "target_date":
			w = 1.5
		}
		rel = append(rel, w)
		header = append(header, s.Label(f))
	}
	tb := d.newTable(d.fitWidths(rel...), header...)
	tb.begin()
	for i, t := range p.Targets {
		_, rows := d.targetRows(p, i, t, templates.Section{Fields: s.Fields, Labels: s.Labels})
		// Only the section's own columns: no extra carried-forward row.
		rows = rows[:len(s.Fields)]
		cells := make([]cell, len(rows))
		for j, r := range rows {
			cells[j] = cell{r[1], false}
		}
		if len(cells) > 0 {
			prefix := fmt.Sprintf("%d. ", i+1)
			if t.CarriedForward {
				prefix += carriedMark + " "
			}
			cells[0].text = prefix + cells[0].text
		}
		tb.row(cells...)
	}
	tb.end()
}

// targetRows are the title and label–value rows of one target.
func (d *Doc) targetRows(p *plan.Pupil, i int, t *plan.Target, s templates.Section) (string, [][2]string) {
	title := fmt.Sprintf("Target %d", i+1)
	if s.Has("area") && t.Area != "" {
		title += " — " + string(t.Area)
	}
	if t.CarriedForward {
		title += " " + carriedMark
	}
	var rows [][2]string
	row := func(label, v string) { rows = append(rows, [2]string{label, v}) }
	for _, f := range s.Fields {
		switch f {
		case "target":
			row(s.Label(f), t.Text)
		case "child_target":
			row(s.Label(f), t.IWill)
		case "success":
			row(s.Label(f), t.Success)
		case "child_success":
			row(s.Label(f), t.ICan)
		case "baseline":
			row(s.Label(f), t.Baseline)
		case "builds_on":
			row(s.Label(f), strings.Join(buildsOn(p, t), "; "))
		case "provision":
			row(s.Label(f), provision(t, s))
		case "who":
			row(s.Label(f), t.Who)
		case "how_often":
			row(s.Label(f), t.HowOften)
		case "where":
			row(s.Label(f), t.Where)
		case "evidence":
			row(s.Label(f), t.Evidence)
		case "target_date":
			row(s.Label(f), templates.LongDate(t.TargetDate))
		case "previous":
			row(s.Label(f), previous(t))
		}
	}
	if t.CarriedForward && !s.Has("previous") {
		row("Carried forward", previous(t))
	}
	return title, rows
}

// provision writes what the help is and, unless the layout shows them as
// fields of their own, who gives it, how often and where.
func provision(t *plan.Target, s templates.Section) string {
	var parts []string
	for _, x := range []struct{ field, label, v string }{
		{"who", "Who", t.Who}, {"how_often", "How often", t.HowOften}, {"where", "Where", t.Where},
	} {
		if strings.TrimSpace(x.v) != "" && !s.Has(x.field) {
			parts = append(parts, x.label+": "+x.v)
		}
	}
	// A target worked on in an intervention group names the group, so the
	// plan and the class copy say where the shared group plan fits in.
	if g := strings.TrimSpace(t.Group); g != "" {
		parts = append(parts, "Group: "+g)
	}
	if len(parts) == 0 {
		return t.Provision
	}
	return t.Provision + "\n" + strings.Join(parts, " · ")
}

// previous says how last term went for a target.
func previous(t *plan.Target) string {
	r := t.Previous
	var parts []string
	if t.CarriedForward {
		parts = append(parts, "Carried forward from last term.")
	}
	if r != nil {
		if r.Outcome != "" {
			parts = append(parts, "Last outcome: "+string(r.Outcome)+".")
		}
		if r.Comment != "" {
			parts = append(parts, r.Comment)
		}
	}
	return strings.Join(parts, " ")
}

// signatureRow is the height of one signature line.
const signatureRow = 12.0

// signaturesHeight is the height the signature section takes: its
// heading, a row a signature, and the space after it.
func (d *Doc) signaturesHeight(s templates.Section) float64 {
	return d.headingHeight(s.Heading, 1.25) + signatureRow*float64(len(s.Fields)) + 3
}

func (d *Doc) signatures(p *plan.Pupil, s templates.Section) {
	rowH := signatureRow
	d.heading(s.Heading, 1.25, rowH*float64(len(s.Fields))+1)
	d.setFont(sans, false, d.body)
	for _, f := range s.Fields {
		label := s.Label(f)
		switch f {
		case "senco":
			if n := d.cfg.School.SENCo; n != "" && n != "The SENCo" {
				label += " (" + n + ")"
			}
		case "pupil":
			label += " (" + p.Forename() + ")"
		}
		d.ensure(rowH)
		d.y += rowH
		lw := d.width() * 0.62
		d.lineAt(d.left(), d.y-d.lineHeight()-0.5, d.truncate(clean(label), lw*0.45))
		d.stroke(ink)
		d.pdf.SetLineWidth(0.25)
		d.pdf.Line(d.left()+lw*0.47, d.y, d.left()+lw, d.y)
		dl := "Date"
		dw := d.pdf.GetStringWidth(dl)
		d.lineAt(d.left()+lw+5, d.y-d.lineHeight()-0.5, dl)
		d.pdf.Line(d.left()+lw+7+dw, d.y, d.left()+d.width(), d.y)
	}
	d.y += 2
}

// lastTime lists last term's targets and how each went, from the Reviews
// sheet, so a plan shows the history it builds on. It prints nothing
// before a plan's first review.
func (d *Doc) lastTime(p *plan.Pupil, s templates.Section) {
	if len(p.Reviews) == 0 {
		return
	}
	fields := s.Fields
	if len(fields) == 0 {
		fields = templates.SectionKinds["last_time"]
	}
	rel := map[string]float64{"target": 46, "outcome": 16, "comment": 28, "carry_forward": 18}
	var widths []float64
	var header []string
	for _, f := range fields {
		widths = append(widths, rel[f])
		header = append(header, s.Label(f))
	}
	d.heading(s.Heading, 1.25, d.lineHeight()*3+4*cellPad)
	tb := d.newTable(d.fitWidths(widths...), header...)
	tb.begin()
	for _, r := range p.Reviews {
		var cells []cell
		for _, f := range fields {
			var v string
			switch f {
			case "target":
				v = r.Text
				if v == "" {
					v = fmt.Sprintf("Target %d", r.TargetNo)
				}
			case "outcome":
				v = outcomeWords(r)
			case "comment":
				v = r.Comment
			case "carry_forward":
				if r.CarryForward {
					v = "Carried forward to this plan"
				} else if r.Outcome == plan.Achieved {
					v = "Done"
				}
			}
			cells = append(cells, cell{v, false})
		}
		tb.row(cells...)
	}
	tb.end()
}

// outcomeWords says how a reviewed target went in plain words.
func outcomeWords(r *plan.Review) string {
	var v string
	switch r.Outcome {
	case plan.Achieved:
		v = "Achieved"
	case plan.Partly:
		v = "Partly achieved"
	case plan.NotYet:
		v = "Not yet"
	default:
		v = "Not recorded"
	}
	if r.Rating > 0 {
		v += fmt.Sprintf(" (%d of 3)", r.Rating)
	}
	return v
}
