package render

import (
	"fmt"
	"strings"

	"planpack/internal/plan"
	"planpack/templates"
)

// handRow is the height of a ruled row for handwriting, in mm.
const handRow = 10.0

// ReviewPack draws the sheets staff and family fill in by hand over the
// term (review-pack.pdf): an evidence sheet per target, the child's
// self-review, a parent views form and the review meeting record. Every
// page's footer names the pupil, the sheet and the page within the pack,
// so loose sheets can be put back together.
func (d *Doc) ReviewPack(p *plan.Pupil, l *templates.Layout) (err error) {
	if p == nil || l == nil {
		return fmt.Errorf("review pack: no pupil or layout")
	}
	defer Guard(&err, "review pack for "+p.Name())
	d.begin(false, "Review pack — "+p.Name(), "Review packs")
	for i, t := range p.Targets {
		if i > 0 {
			d.newPage()
		}
		d.evidenceSheet(p, i, t, l)
	}
	if len(p.Targets) > 0 {
		d.newPage()
	}
	d.selfReview(p, l)
	d.newPage()
	d.parentViews(p, l)
	d.newPage()
	d.meetingRecord(p, l)
	who := p.Name()
	if p.RegGroup != "" {
		who += " (" + p.RegGroup + ")"
	}
	d.footers(who)
	if err := d.pdf.Error(); err != nil {
		return fmt.Errorf("review pack for %s: %w", p.Name(), err)
	}
	return nil
}

func (d *Doc) evidenceSheet(p *plan.Pupil, i int, t *plan.Target, l *templates.Layout) {
	name := fmt.Sprintf("%s — target %d", l.Review.Evidence, i+1)
	d.sheet(name)
	d.setFont(sans, false, d.body)
	d.heading(name, 1.4, 0)
	var carried [2]string
	if t.CarriedForward {
		carried = [2]string{"Carried forward", previous(t)}
	}
	d.fields(d.labelW(),
		[2]string{"Pupil", p.LegalName()},
		[2]string{"Class", p.RegGroup},
		[2]string{"Target", t.Text},
		carried,
		[2]string{"Success criteria", t.Success},
		[2]string{"Starting point", t.Baseline},
		[2]string{"Provision", provision(t, templates.Section{})},
	)
	d.y += d.lineHeight() * 0.5
	// Keep the key with the grid it explains.
	d.ensure(d.lineHeight()*3 + 3*handRow)
	d.setFont(sans, false, d.body*0.9)
	d.para("Rate each session: 1 with a lot of help · 2 with some help · 3 on their own.")
	d.setFont(sans, false, d.body)
	d.y += 1.5

	tb := d.newTable(d.fitWidths(22, 100, 20, 26), "Date", "What happened", "Initials", "1 2 3")
	tb.minRow = handRow
	tb.fitWords()
	tb.begin()
	// Fill the page with rows, and always give at least eight; a grid
	// pushed onto a second page stops at eight.
	rows, page := 0, d.Pages()
	for rows < 8 || (d.Pages() == page && d.y+handRow <= d.bottom()) {
		tb.row(cell{}, cell{}, cell{}, cell{"1   2   3", false})
		rows++
	}
	tb.end()
}

func (d *Doc) selfReview(p *plan.Pupil, l *templates.Layout) {
	d.sheet(l.Review.SelfReview)
	d.setFont(reading, false, d.child)
	d.heading(l.Review.SelfReview, 1.4, 0)
	d.setFont(reading, true, d.child*1.15)
	d.para(p.Forename())
	d.setFont(reading, false, d.child)
	d.para(l.Child.Done + " Colour in a face for each target.")
	d.y += d.lineHeight() * 0.5
	faceS := 16.0
	fw := facesWidth(faceS)
	textW := min(childLine, d.width()-fw-14)
	for i, t := range p.Targets {
		d.setFont(reading, true, d.child)
		lines := d.wrap(fmt.Sprintf("%d. %s", i+1, iWill(t)), textW)
		if t.CarriedForward {
			// On a line of its own, so it never starts mid-line.
			lines = append(lines, d.wrap(stillWorking, textW)...)
		}
		lh := d.lineHeight()
		facesH := faceS + d.child*0.75*ptToMM*spacing
		h := max(float64(len(lines))*lh, facesH) + 6
		d.ensure(h)
		top := d.y
		d.faces(d.left()+d.width()-fw, top, faceS, true)
		for _, line := range lines {
			d.ensure(lh)
			d.lineAt(d.left(), d.y, line)
			d.y += lh
		}
		d.y = max(d.y, top+h)
		d.stroke(rule)
		d.pdf.SetLineWidth(0.2)
		d.pdf.Line(d.left(), d.y-3, d.left()+d.width(), d.y-3)
	}
	d.setFont(reading, true, d.child)
	d.y += 2
	d.ensure(d.lineHeight() + 3*handRow)
	d.para("What I want to say at my review:")
	d.setFont(reading, false, d.child)
	d.ruledLines(3, handRow+1)
}

func (d *Doc) parentViews(p *plan.Pupil, l *templates.Layout) {
	d.sheet(l.Review.ParentViews)
	d.setFont(sans, false, d.body)
	d.heading(l.Review.ParentViews, 1.4, 0)
	intro := fmt.Sprintf("Please tell us what you think about %s's plan and bring or send this sheet back before the review meeting", p.Forename())
	if rd := templates.LongDate(d.cfg.Term.ReviewDate); rd != "" {
		intro += " on or before " + rd
	}
	d.para(intro + ".")
	d.y += d.lineHeight() * 0.4
	for _, q := range []string{
		fmt.Sprintf("How do you think %s is getting on?", p.Forename()),
		"What is going well?",
		"What would you like us to work on next?",
		"Is there anything else you would like us to know?",
	} {
		d.setFont(sans, true, d.body)
		d.ensure(d.lineHeight() + 3*handRow)
		d.para(q)
		d.setFont(sans, false, d.body)
		d.ruledLines(4, handRow)
	}
	d.signLine("Your name", false)
	d.signLine("Signed", true)
}

// signLine draws "label ______", followed by "Date ______" if dated.
func (d *Doc) signLine(label string, dated bool) {
	rowH := 13.0
	d.ensure(rowH)
	d.y += rowH
	d.setFont(sans, false, d.body)
	lw := d.pdf.GetStringWidth(label)
	mid := d.left() + d.width()*0.64
	if !dated {
		mid = d.left() + d.width() + 4
	}
	d.lineAt(d.left(), d.y-d.lineHeight()-0.5, label)
	d.stroke(ink)
	d.pdf.SetLineWidth(0.25)
	d.pdf.Line(d.left()+lw+3, d.y, mid-4, d.y)
	if dated {
		dw := d.pdf.GetStringWidth("Date")
		d.lineAt(mid, d.y-d.lineHeight()-0.5, "Date")
		d.pdf.Line(mid+dw+3, d.y, d.left()+d.width(), d.y)
	}
}

func (d *Doc) meetingRecord(p *plan.Pupil, l *templates.Layout) {
	d.sheet(l.Review.Meeting)
	d.setFont(sans, false, d.body)
	d.heading(l.Review.Meeting, 1.4, 0)
	d.fields(d.labelW(),
		[2]string{"Pupil", p.LegalName()},
		[2]string{"Class", p.RegGroup},
		[2]string{"Review date", templates.LongDate(d.cfg.Term.ReviewDate)},
	)
	d.y += d.lineHeight() * 0.5
	box := 4.5
	for i, t := range p.Targets {
		lh := d.lineHeight()
		d.setFont(sans, true, d.body)
		label := fmt.Sprintf("Target %d: ", i+1)
		if t.CarriedForward {
			label = fmt.Sprintf("Target %d %s: ", i+1, carriedMark)
		}
		lines := d.wrap(label+strings.TrimSpace(t.Text), d.width())
		d.ensure(float64(len(lines))*lh + lh*2 + 2*handRow + 4)
		for _, line := range lines {
			d.ensure(lh)
			d.lineAt(d.left(), d.y, line)
			d.y += lh
		}
		d.setFont(sans, false, d.body)
		d.y += 1
		d.tickRow(box, []tick{{"Achieved", true}, {"Partly", true}, {"Not yet", true}, {"", false},
			{"Carry forward:", false}, {"Yes", true}, {"No", true}})
		d.y += lh + 1
		d.lineAt(d.left(), d.y, "Next steps:")
		d.y -= handRow - lh
		d.ruledLines(2, handRow)
		d.y += 2
	}
	d.setFont(sans, true, d.body)
	d.ensure(d.lineHeight() + 3*handRow)
	d.para("Who attended")
	d.setFont(sans, false, d.body)
	d.ruledLines(3, handRow)
	d.signLine("Date of next review", false)
}

// tick is one item in a row of tick boxes: a box with its word, or a word
// alone (box false); an empty word alone is extra space.
type tick struct {
	word string
	box  bool
}

// tickRow lays tick boxes out left to right on the current line, moving to
// the next line when the row is wider than the page.
func (d *Doc) tickRow(size float64, ticks []tick) {
	lh := d.lineHeight()
	x := d.left()
	for _, tk := range ticks {
		w := d.pdf.GetStringWidth(tk.word)
		if tk.word == "" {
			w = 6
		}
		if tk.box {
			w += size + 2
		}
		if x > d.left() && x+w > d.left()+d.width() {
			d.y += lh + 1
			x = d.left()
		}
		d.ensure(lh)
		if tk.box {
			d.tickBox(x, d.y+(lh-size)/2, size)
			d.lineAt(x+size+2, d.y, tk.word)
		} else if tk.word != "" {
			d.lineAt(x, d.y, tk.word)
		}
		x += w + 7
	}
}
