package render

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"planpack/internal/plan"
	"planpack/templates"
)

const (
	// defaultSessions is the grid's length when the builder could not
	// work out a number from How Often ("when needed", a blank cell):
	// twelve rows is about a term of weekly sessions, enough to start
	// with, and the adult can ask for more.
	defaultSessions = 12

	// portraitMembers is the most children whose grid columns stay wide
	// enough for a pen on a portrait page (about 26 mm each on A4). With
	// more, the whole group plan is landscape: fpdf draws footers after
	// the last page, in that page's size, so one document cannot mix
	// orientations, and the adult running the group wants every child on
	// one sheet per session rather than a second grid to turn to.
	portraitMembers = 5

	// minChildColumn is the narrowest child column, in mm, that still
	// takes three numbers far enough apart to circle one. When even a
	// landscape page cannot give every child that much (about a dozen
	// children), the children are shared between several grids, each
	// with every session, rather than squeezed.
	minChildColumn = 18.0

	// dateColumn is wide enough to write a date such as 12/03/27 by hand.
	dateColumn = 26.0

	// nameLines caps the grid header: a very long name is cut short
	// rather than pushing the sessions off the page.
	nameLines = 4
)

// The guide numbers are printed light so that a pen mark over them is
// what the eye sees, and rows are tinted alternately so the adult can
// follow one session across many children.
var (
	guideInk = [3]int{150, 150, 150}
	rowTint  = [3]int{244, 244, 244}
)

const groupKey = "1 with a lot of help · 2 with some help · 3 on their own"

// Group draws a group's plan (groups/<Group>.pdf) on a new page: what
// the group is for and how it runs, its shared targets, each child's own
// "I will …" sentences, and a session record — one row a session, one
// column a child — for the adult running it to mark 1, 2 or 3 by hand.
func (d *Doc) Group(g *plan.Group) error {
	if g == nil {
		return fmt.Errorf("group plan: no group")
	}
	if len(g.Members) == 0 {
		return fmt.Errorf("group plan for %s: the group has no members", g.Name)
	}
	d.begin(len(g.Members) > portraitMembers, "Group plan — "+g.Name, "Group plans")
	d.sheet("Group plan")
	d.groupTitle(g)
	d.groupTargets(g)
	d.groupMembers(g)

	sessions := g.Sessions
	if sessions <= 0 {
		sessions = defaultSessions
	}
	parts := d.gridParts(g.Members)
	for i, part := range parts {
		d.newPage()
		d.sessionGrid(g, part, sessions, i+1, len(parts))
	}
	d.footers(g.Name)
	if err := d.pdf.Error(); err != nil {
		return fmt.Errorf("group plan for %s: %w", g.Name, err)
	}
	return nil
}

func (d *Doc) groupTitle(g *plan.Group) {
	d.titleBlock("Group plan", g.Name)
	pairs := [][2]string{
		{"Plan date", templates.LongDate(d.cfg.Term.PlanDate)},
		{"Review date", templates.LongDate(d.cfg.Term.ReviewDate)},
		{"Run by", g.Who},
		{"How often", g.HowOften},
		{"Where", g.Where},
		{"Provision", g.Provision},
		{"Children", fmt.Sprint(len(g.Members))},
	}
	d.fields(d.labelW(), pairs...)
	d.y += d.lineHeight() * 0.6
}

// groupTargets lists the targets the group works on together, each with
// how the adult will know it has been met.
func (d *Doc) groupTargets(g *plan.Group) {
	if len(g.Targets) == 0 {
		return
	}
	tb := d.newTable(d.fitWidths(1, 1), "Target", "Success criteria")
	rows := make([][]cell, len(g.Targets))
	for i, t := range g.Targets {
		text := t.Text
		if len(g.Targets) > 1 {
			text = fmt.Sprintf("%d. %s", i+1, text)
		}
		text += sharedCarried(g, t)
		rows[i] = []cell{{text, false}, {t.Success, false}}
	}
	d.heading("Shared targets", 1.25, tb.headerHeight()+tb.height(rows[0]))
	drawRows(tb, rows, rows)
	d.y += d.lineHeight() * 0.6
}

// sharedCarried marks a shared target carried forward from last term as
// the plans mark it: for the whole group when every child working on it
// carries it, else naming the children who do, since the others start it
// this term.
func sharedCarried(g *plan.Group, t *plan.Target) string {
	carried, working := g.CarriedBy(t)
	switch {
	case len(carried) == 0:
		return ""
	case len(carried) == working:
		return " " + carriedMark
	}
	names := make([]string, len(carried))
	for i, p := range carried {
		names[i] = p.Name()
	}
	return fmt.Sprintf(" (carried forward for %s)", plan.JoinAnd(names))
}

// groupMembers lists the children with their class and their own
// sentences, so the adult can remind each child of their target in the
// child's words.
func (d *Doc) groupMembers(g *plan.Group) {
	tb := d.newTable(d.fitWidths(28, 14, 58), "Child", "Class", "Their own targets")
	rows := make([][]cell, len(g.Members))
	for i, m := range g.Members {
		var own []string
		for _, t := range m.Targets {
			s := iWill(t)
			if strings.TrimSpace(s) == "" {
				s = t.Text
			}
			if t.CarriedForward {
				// On a line of its own, as on the child's own pages, so
				// the adult can read the child their words as they are.
				s += "\n" + stillWorking
			}
			own = append(own, s)
		}
		// A child working on more than one target gets a bullet for
		// each, so one sentence does not run into the next.
		text := strings.Join(own, "\n")
		if len(own) > 1 {
			text = "• " + strings.Join(own, "\n• ")
		}
		rows[i] = []cell{{m.Pupil.Name(), true}, {m.Pupil.RegGroup, false}, {text, false}}
	}
	d.heading("Children in the group", 1.25, tb.headerHeight()+tb.height(rows[0]))
	// Measure names by their hyphenated parts: a long double-barrelled
	// name may break after a hyphen, and must not take the width the
	// children's sentences need.
	measure := make([][]cell, len(rows))
	for i, r := range rows {
		measure[i] = []cell{{strings.ReplaceAll(r[0].text, "-", "- "), true}, r[1], r[2]}
	}
	drawRows(tb, measure, rows)
}

// drawRows draws a whole table: the type size that fits measure's words,
// then rows.
func drawRows(tb *table, measure, rows [][]cell) {
	tb.fitWords(measure...)
	tb.begin()
	for _, r := range rows {
		tb.row(r...)
	}
	tb.end()
}

// sessionColumn is the width of the "Session" column at the current
// type size.
func (d *Doc) sessionColumn() float64 {
	d.setFont(sans, true, d.body)
	w := max(d.pdf.GetStringWidth("Session"), d.pdf.GetStringWidth("999"))
	d.setFont(sans, false, d.body)
	return w + 2*cellPad + 1
}

// gridParts shares the children between as few grids as keep every
// child's column at least minChildColumn wide, as evenly as it can.
func (d *Doc) gridParts(members []*plan.GroupMember) [][]*plan.GroupMember {
	room := d.width() - d.sessionColumn() - dateColumn
	per := max(1, int(math.Floor(room/minChildColumn)))
	n := (len(members) + per - 1) / per
	var parts [][]*plan.GroupMember
	for i := range n {
		from, to := i*len(members)/n, (i+1)*len(members)/n
		parts = append(parts, members[from:to])
	}
	return parts
}

// columnName is a grid column's heading: the name the child goes by and
// what tells them apart from the others, usually their surname's initial.
type columnName struct{ first, rest string }

func (c columnName) String() string {
	if c.rest == "" {
		return c.first
	}
	return c.first + " " + c.rest
}

// columnNames are the grid's column headings: the name the child goes by
// and the initial of their surname, the whole surname where two children
// would otherwise share a heading, and the class as well where even that
// is shared.
func columnNames(members []*plan.GroupMember) []columnName {
	short := func(p *plan.Pupil) columnName {
		s := strings.TrimSpace(p.LegalSurname)
		if s == "" {
			return columnName{first: p.Forename()}
		}
		return columnName{p.Forename(), string([]rune(s)[:1]) + "."}
	}
	count := map[string]int{}
	for _, m := range members {
		count[strings.ToLower(short(m.Pupil).String())]++
	}
	names := make([]columnName, len(members))
	full := map[string]int{}
	for i, m := range members {
		names[i] = short(m.Pupil)
		if count[strings.ToLower(names[i].String())] > 1 {
			names[i].rest = strings.TrimSpace(m.Pupil.LegalSurname)
			full[strings.ToLower(names[i].String())]++
		}
	}
	for i, m := range members {
		if full[strings.ToLower(names[i].String())] > 1 && m.Pupil.RegGroup != "" {
			names[i].rest += " (" + m.Pupil.RegGroup + ")"
		}
	}
	return names
}

// fitName wraps a column heading into at most nameLines lines of width w
// in the current font. A name too long for that loses the end of its
// first name rather than the initial, which tells children apart.
func (d *Doc) fitName(c columnName, w float64) []string {
	lines := d.wrapName(c.String(), w)
	if len(lines) <= nameLines {
		return lines
	}
	r := []rune(c.first)
	for k := len(r) - 1; k >= 1; k-- {
		lines = d.wrapName(columnName{string(r[:k]) + "…", c.rest}.String(), w)
		if len(lines) <= nameLines {
			return lines
		}
	}
	rest := strings.Join(lines[nameLines-1:], " ")
	return append(lines[:nameLines-1], d.truncate(rest, w))
}

// wrapName breaks a name into lines no wider than w, at spaces and then
// after hyphens, so that "Christopher-Alexander" breaks after its hyphen
// rather than before it, and between letters only when nothing else fits.
func (d *Doc) wrapName(s string, w float64) []string {
	var lines []string
	cur := ""
	for _, word := range strings.Fields(clean(s)) {
		for j, piece := range splitAfterHyphens(word) {
			sep := ""
			if j == 0 && cur != "" {
				sep = " "
			}
			if cur != "" && d.pdf.GetStringWidth(cur+sep+piece) <= w {
				cur += sep + piece
				continue
			}
			if cur != "" {
				lines = append(lines, cur)
			}
			cur = piece
			for d.pdf.GetStringWidth(cur) > w {
				head, tail := d.breakWord(cur, w)
				lines = append(lines, head)
				cur = tail
			}
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// splitAfterHyphens splits a word after each hyphen it holds.
func splitAfterHyphens(word string) []string {
	var pieces []string
	for {
		i := strings.IndexAny(word, "-‐")
		if i < 0 || i == len(word)-1 {
			break
		}
		_, size := utf8.DecodeRuneInString(word[i:])
		pieces = append(pieces, word[:i+size])
		word = word[i+size:]
	}
	return append(pieces, word)
}

// sessionGrid draws the record for one set of children: the key and the
// header row at the top of every page, then one ruled row a session,
// shared evenly between as many pages as the sessions need.
func (d *Doc) sessionGrid(g *plan.Group, members []*plan.GroupMember, sessions, part, parts int) {
	sessionW := d.sessionColumn()
	childW := (d.width() - sessionW - dateColumn) / float64(len(members))
	widths := []float64{sessionW, dateColumn}
	header := []columnName{{first: "Session"}, {first: "Date"}}
	for _, name := range columnNames(members) {
		widths = append(widths, childW)
		header = append(header, name)
	}

	title := "Session record — " + g.Name
	if parts > 1 {
		title += fmt.Sprintf(" (part %d of %d)", part, parts)
	}
	top := func(continued bool) {
		t := title
		if continued {
			t += " (continued)"
		}
		d.heading(t, 1.25, 0)
		d.setFont(sans, false, d.body*0.9)
		d.para("Circle one number for each child each session: " + groupKey + ".")
		d.setFont(sans, false, d.body)
		d.y += 1.5
		d.gridHeader(widths, header)
	}

	top(false)
	perPage := max(1, int(math.Floor((d.bottom()-d.y)/handRow)))
	pageCount := (sessions + perPage - 1) / perPage
	perPage = (sessions + pageCount - 1) / pageCount
	for s := 1; s <= sessions; s++ {
		if s > 1 && (s-1)%perPage == 0 {
			d.newPage()
			top(true)
		}
		d.gridRow(widths, s)
	}
}

// gridHeader draws the shaded header row, names wrapped to their column.
func (d *Doc) gridHeader(widths []float64, header []columnName) {
	// A long name may take a slightly smaller type, down to 85 % of the
	// body size, before it has to break inside a part of the name.
	size := d.body
	for size > d.body*0.85 && !d.namesFit(header, widths, size) {
		size -= 0.5
	}
	d.setFont(sans, true, size)
	lh := d.lineHeight()
	lines := make([][]string, len(header))
	n := 1
	for i, h := range header {
		l := d.fitName(h, widths[i]-2*cellPad)
		lines[i] = l
		n = max(n, len(l))
	}
	h := float64(n)*lh + 2*cellPad
	d.stroke(rule)
	d.pdf.SetLineWidth(0.25)
	x := d.left()
	for i, w := range widths {
		d.fill(shade)
		d.pdf.Rect(x, d.y, w, h, "FD")
		for j, line := range lines[i] {
			d.lineAt(x+cellPad, d.y+cellPad+float64(j)*lh, line)
		}
		x += w
	}
	d.y += h
	d.setFont(sans, false, d.body)
}

// namesFit reports whether every part of every heading (the words and
// the hyphenated parts of names) fits its column in bold at size.
func (d *Doc) namesFit(header []columnName, widths []float64, size float64) bool {
	d.setFont(sans, true, size)
	defer d.setFont(sans, false, d.body)
	for i, h := range header {
		for _, word := range strings.Fields(clean(h.String())) {
			for _, piece := range splitAfterHyphens(word) {
				if d.pdf.GetStringWidth(piece) > widths[i]-2*cellPad {
					return false
				}
			}
		}
	}
	return true
}

// gridRow draws session s: its number, a blank date and, for each child,
// a pale 1 2 3 spread across the cell so that one can be circled.
func (d *Doc) gridRow(widths []float64, s int) {
	h := handRow
	d.stroke(rule)
	d.pdf.SetLineWidth(0.25)
	total := 0.0
	for _, w := range widths {
		total += w
	}
	if s%2 == 0 {
		d.fill(rowTint)
		d.pdf.Rect(d.left(), d.y, total, h, "F")
	}
	d.setFont(sans, false, d.body)
	baseline := d.y + h/2 + d.body*ptToMM*0.36
	num := fmt.Sprint(s)
	x := d.left()
	d.textAt(x+(widths[0]-d.pdf.GetStringWidth(num))/2, baseline, num)
	guide := d.body * 0.8
	for i, w := range widths {
		d.pdf.Rect(x, d.y, w, h, "D")
		if i >= 2 {
			d.pdf.SetFont(sans, "", guide)
			d.pdf.SetTextColor(guideInk[0], guideInk[1], guideInk[2])
			for k, digit := range []string{"1", "2", "3"} {
				cx := x + w*float64(2*k+1)/6
				d.pdf.Text(cx-d.pdf.GetStringWidth(digit)/2, baseline, digit)
			}
		}
		x += w
	}
	d.setFont(sans, false, d.body)
	d.pdf.SetTextColor(ink[0], ink[1], ink[2])
	d.y += h
}
