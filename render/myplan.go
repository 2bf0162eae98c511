package render

import (
	"fmt"
	"regexp"
	"strings"

	"planpack/internal/plan"
	"planpack/templates"
)

// childLine is the widest a line of the child's page runs, in mm: short
// lines are easier for early readers to track.
const childLine = 120.0

// gapAfter is the space after each answer on the child's page, in lines.
const gapAfter = 0.25

// MyPlan draws the child's own page (my-plan.pdf): their targets as "I
// will …" in the literacy font, in large type, with the faces to colour.
// It uses the preferred name only.
func (d *Doc) MyPlan(p *plan.Pupil, l *templates.Layout) (err error) {
	if p == nil || l == nil {
		return fmt.Errorf("my plan: no pupil or layout")
	}
	defer Guard(&err, "my plan for "+p.Name())
	d.begin(false, l.Child.Title+" — "+p.Forename(), "My plans")
	d.sheet(l.Child.Title)
	d.setFont(reading, false, d.child)
	d.heading(l.Child.Title, 1.5, 0)
	d.setFont(reading, true, d.child*1.25)
	d.para(p.Forename())
	d.y += d.lineHeight() * 0.3
	d.heading(l.Child.Targets, 1.25, 40)
	for i, t := range p.Targets {
		d.childTarget(i, t, l)
	}
	d.footers(p.Forename())
	if err := d.pdf.Error(); err != nil {
		return fmt.Errorf("my plan for %s: %w", p.Name(), err)
	}
	return nil
}

// childTarget draws one target as a framed block: the words on the left,
// "Have I done it?" and the faces on the right. A block never splits
// across pages unless it is taller than a page.
func (d *Doc) childTarget(i int, t *plan.Target, l *templates.Layout) {
	faceS := 15.0
	rightW := facesWidth(faceS) + 6
	textW := min(childLine, d.width()-rightW-12)
	x := d.left() + 10
	// A little space after each answer, none between a prompt and its answer.
	type run struct {
		bold, gapAfter bool
		lines          []string
		// tail is a bold answer drawn after a short prompt on its line.
		tail string
	}
	var runs []run
	add := func(bold, gapAfter bool, s string) {
		if strings.TrimSpace(s) == "" {
			return
		}
		d.setFont(reading, bold, d.child)
		runs = append(runs, run{bold: bold, gapAfter: gapAfter, lines: d.wrap(s, textW)})
	}
	add(true, true, iWill(t))
	if t.CarriedForward {
		add(false, true, stillWorking)
	}
	if t.ICan != "" {
		add(false, false, l.Child.ICan)
		add(false, true, t.ICan)
	}
	if w := childWho(t.Who); w != "" {
		// "Who is going to help me? Mrs Khan" on one line when it fits.
		d.setFont(reading, false, d.child)
		pw := d.pdf.GetStringWidth(l.Child.Who + " ")
		d.setFont(reading, true, d.child)
		if who := clean(w); !strings.Contains(who, "\n") && pw+d.pdf.GetStringWidth(who) <= textW {
			runs = append(runs, run{gapAfter: true, lines: []string{l.Child.Who}, tail: who})
		} else {
			add(false, false, l.Child.Who)
			add(true, true, w)
		}
	}
	d.setFont(reading, false, d.child)
	lh := d.lineHeight()
	n := 0
	for _, r := range runs {
		n += len(r.lines)
	}
	gaps := 0.0
	for _, r := range runs {
		if r.gapAfter {
			gaps += gapAfter * lh
		}
	}
	facesH := lh + faceS + d.child*0.75*ptToMM*spacing + 2
	h := max(float64(n)*lh+gaps, facesH) + 5
	if h <= d.bottom()-margin {
		d.ensure(h)
	}
	top := d.y
	d.y += 3
	// Number in the margin of the block.
	d.setFont(reading, true, d.child*1.2)
	d.lineAt(d.left()+2, d.y, fmt.Sprintf("%d", i+1))
	// Faces on the right, beside the first lines.
	fx := d.left() + d.width() - rightW + 3
	d.setFont(reading, true, d.child)
	d.lineAt(fx, d.y, l.Child.Done)
	d.faces(fx, d.y+lh+1, faceS, true)
	for _, r := range runs {
		d.setFont(reading, r.bold, d.child)
		for _, line := range r.lines {
			if d.y+lh > d.bottom() {
				d.frame(top, d.y+2)
				d.newPage()
				top = d.y
			}
			d.lineAt(x, d.y, line)
			d.y += lh
		}
		if r.tail != "" {
			d.setFont(reading, false, d.child)
			w := d.pdf.GetStringWidth(r.lines[0] + " ")
			d.setFont(reading, true, d.child)
			d.lineAt(x+w, d.y-lh, r.tail)
		}
		if r.gapAfter {
			d.y += gapAfter * lh
		}
	}
	end := max(d.y+2, top+h)
	if end > d.bottom() {
		end = d.bottom()
	}
	d.frame(top, end)
	d.y = end + 3
	d.setFont(reading, false, d.child)
}

// frame draws the box around a target block.
func (d *Doc) frame(top, bottom float64) {
	d.stroke(rule)
	d.pdf.SetLineWidth(0.4)
	d.pdf.RoundedRect(d.left(), top, d.width(), bottom-top, 3, "1234", "D")
}

// stillWorking marks a carried-forward target on the child's own pages,
// in the child's words; carriedMark marks it on staff pages.
const (
	stillWorking = "I am still working on this from last term."
	carriedMark  = "(carried forward)"
)

// iWill is the child's target sentence, beginning "I will".
func iWill(t *plan.Target) string {
	if t.IWill != "" {
		return t.IWill
	}
	return t.ChildTarget
}

// roleAfterName is a job title in brackets after a name in the Who
// column: "Mrs Khan (TA)", "Mr Ali (HLTA)".
var roleAfterName = regexp.MustCompile(`(\p{Lu}[\p{L}'’.-]*\p{Ll}[\p{L}'’.-]*)\s*\([^()\n]{1,24}\)`)

// childWho is the Who column as the child's page gives it: the adults'
// names without the job titles staff write after them in brackets ("Mrs
// Khan (TA)" is "Mrs Khan"), which is not what a child calls them. A
// title with no name before it ("HLTA") stays, as the only word there is.
func childWho(who string) string {
	return strings.TrimSpace(roleAfterName.ReplaceAllString(who, "$1"))
}
