package render

import (
	"math"
	"strings"
	"unicode"

	"planpack/fonts"
)

// clean makes s safe to draw: characters the fonts lack become "?"
// (check reports them before a build, so this only guards against a
// crash or an invisible gap), carriage returns go, tabs become spaces.
func clean(s string) string {
	ok := true
	for _, r := range s {
		if r == '\r' || r == '\t' || !fonts.Printable(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\r':
		case r == '\t':
			b.WriteByte(' ')
		case fonts.Printable(r):
			b.WriteRune(r)
		default:
			b.WriteByte('?')
		}
	}
	return b.String()
}

// wrap breaks s into lines no wider than w mm in the current font. Lines
// break at spaces; a word wider than the line (a long hyphenated name in a
// narrow column) breaks after a hyphen if it can, else between letters.
// Newlines in s start new lines; blank lines are kept.
func (d *Doc) wrap(s string, w float64) []string {
	s = clean(s)
	var lines []string
	space := d.pdf.GetStringWidth(" ")
	for _, para := range strings.Split(strings.TrimRight(s, "\n "), "\n") {
		words := strings.FieldsFunc(para, unicode.IsSpace)
		if len(words) == 0 {
			lines = append(lines, "")
			continue
		}
		cur, curW := "", 0.0
		for _, word := range words {
			ww := d.pdf.GetStringWidth(word)
			if cur != "" && curW+space+ww <= w {
				cur += " " + word
				curW += space + ww
				continue
			}
			if cur != "" {
				lines = append(lines, cur)
				cur, curW = "", 0
			}
			for ww > w {
				head, tail := d.breakWord(word, w)
				lines = append(lines, head)
				word = tail
				ww = d.pdf.GetStringWidth(word)
			}
			cur, curW = word, ww
		}
		lines = append(lines, cur)
	}
	return lines
}

// breakWord splits a word too wide for w into a head that fits and the
// rest, preferring a break after a hyphen or slash.
func (d *Doc) breakWord(word string, w float64) (string, string) {
	r := []rune(word)
	fit, used := 0, 0.0
	for i := range r {
		used += d.pdf.GetStringWidth(string(r[i]))
		if used > w {
			break
		}
		fit = i + 1
	}
	if fit == 0 {
		fit = 1 // a column narrower than one letter still makes progress
	}
	for i := fit; i > fit/3 && i > 0; i-- {
		if r[i-1] == '-' || r[i-1] == '/' || r[i-1] == '‐' {
			return string(r[:i]), string(r[i:])
		}
	}
	return string(r[:fit]), string(r[fit:])
}

// para draws wrapped text at the current position across the text width,
// breaking pages between lines.
func (d *Doc) para(s string) { d.paraAt(d.left(), d.width(), s) }

// paraHeight is the height para(s) takes in the current font.
func (d *Doc) paraHeight(s string) float64 {
	return float64(len(d.wrap(s, d.width()))) * d.lineHeight()
}

func (d *Doc) paraAt(x, w float64, s string) {
	lh := d.lineHeight()
	for _, line := range d.wrap(s, w) {
		d.ensure(lh)
		d.lineAt(x, d.y, line)
		d.y += lh
	}
}

// gap adds vertical space, unless at the top of a page.
func (d *Doc) gap(h float64) {
	if d.y > margin+0.1 {
		d.y += h
	}
}

// heading draws a bold heading scale times the body size, kept on the
// same page as at least keep mm of what follows it.
func (d *Doc) heading(s string, scale, keep float64) {
	if strings.TrimSpace(s) == "" {
		return
	}
	family, size := d.family, d.size
	d.headingFont(scale)
	lines := d.wrap(s, d.width())
	lh := d.lineHeight()
	d.ensure(float64(len(lines))*lh + lh*0.15 + keep)
	for _, l := range lines {
		d.ensure(lh)
		d.lineAt(d.left(), d.y, l)
		d.y += lh
	}
	d.y += lh * 0.15
	d.setFont(family, false, size)
}

// headingFont sets the bold font headings are drawn in, scale times the
// body size of the current family.
func (d *Doc) headingFont(scale float64) {
	base := d.body
	if d.family == reading {
		base = d.child
	}
	d.setFont(d.family, true, base*scale)
}

// headingHeight is the height heading(s, scale, 0) takes.
func (d *Doc) headingHeight(s string, scale float64) float64 {
	if strings.TrimSpace(s) == "" {
		return 0
	}
	family, size := d.family, d.size
	d.headingFont(scale)
	lh := d.lineHeight()
	h := float64(len(d.wrap(s, d.width())))*lh + lh*0.15
	d.setFont(family, false, size)
	return h
}

// cell is one table cell's text and weight.
type cell struct {
	text string
	bold bool
}

// table draws rows whose height grows with their text; a row that does
// not fit moves to the next page with the header repeated, and a row too
// tall for any page is split between lines.
type table struct {
	d       *Doc
	x       float64
	widths  []float64
	header  []string
	minRow  float64 // mm; ruled handwriting rows use at least 9
	size    float64 // type size; 0 is the body size
	pending bool    // the header waits for the first row
	// heavyTop draws a thicker rule above the next row, to separate
	// groups of rows (one pupil's targets from the next).
	heavyTop bool
}

func (d *Doc) newTable(widths []float64, header ...string) *table {
	return &table{d: d, x: d.left(), widths: widths, header: header}
}

// fitWidths scales relative widths to the text width.
func (d *Doc) fitWidths(rel ...float64) []float64 {
	total := 0.0
	for _, r := range rel {
		total += r
	}
	out := make([]float64, len(rel))
	for i, r := range rel {
		out[i] = d.width() * r / total
	}
	return out
}

// fitWords widens any column too narrow for its longest word (in the
// header or in rows), taking the width from the widest columns, so words
// break between letters only when nothing else can be done.
func (t *table) fitWords(rows ...[]cell) {
	d := t.d
	need := make([]float64, len(t.widths))
	measure := func(i int, c cell) {
		d.setFont(d.family, c.bold, t.fontSize())
		for _, w := range strings.Fields(clean(c.text)) {
			need[i] = max(need[i], d.pdf.GetStringWidth(w)+2*cellPad+0.5)
		}
	}
	for i, h := range t.header {
		measure(i, cell{h, true})
	}
	for _, r := range rows {
		for i, c := range r {
			if i < len(need) {
				measure(i, c)
			}
		}
	}
	d.setFont(d.family, false, t.fontSize())
	for i := range t.widths {
		short := need[i] - t.widths[i]
		if short <= 0 {
			continue
		}
		// Take from the column with the most room to spare.
		for short > 0.01 {
			best, spare := -1, 0.0
			for j := range t.widths {
				if j != i && t.widths[j]-need[j] > spare {
					best, spare = j, t.widths[j]-need[j]
				}
			}
			if best < 0 {
				break
			}
			give := min(short, spare)
			t.widths[best] -= give
			t.widths[i] += give
			short -= give
		}
	}
}

func (t *table) fontSize() float64 {
	if t.size > 0 {
		return t.size
	}
	return t.d.body
}

// begin arranges for the header to be drawn above the first row and again
// at the top of every continued page. The header waits for the first row
// so that it is never left alone at the foot of a page.
func (t *table) begin() {
	if len(t.header) > 0 {
		t.pending = true
		t.d.onNewPage = func() {
			t.pending = false
			t.drawHeader()
		}
	}
}

// end stops the header repeating.
func (t *table) end() { t.d.onNewPage = nil }

func (t *table) headerCells() []cell {
	cells := make([]cell, len(t.header))
	for i, h := range t.header {
		cells[i] = cell{h, true}
	}
	return cells
}

func (t *table) headerHeight() float64 {
	if len(t.header) == 0 {
		return 0
	}
	d := t.d
	d.setFont(d.family, false, t.fontSize())
	return float64(maxLines(t.lines(t.headerCells())))*d.lineHeight() + 2*cellPad
}

func (t *table) drawHeader() {
	cells := t.headerCells()
	lines := t.lines(cells)
	t.drawChunk(cells, lines, 0, maxLines(lines), 0, true)
}

// flush draws a header still waiting for its first row.
func (t *table) flush() {
	if t.pending {
		t.pending = false
		t.drawHeader()
	}
}

func (t *table) lines(cells []cell) [][]string {
	d := t.d
	out := make([][]string, len(cells))
	for i, c := range cells {
		d.setFont(d.family, c.bold, t.fontSize())
		out[i] = d.wrap(c.text, t.widths[i]-2*cellPad)
	}
	d.setFont(d.family, false, t.fontSize())
	return out
}

func maxLines(lines [][]string) int {
	n := 0
	for _, l := range lines {
		n = max(n, len(l))
	}
	return n
}

func (t *table) height(cells []cell) float64 {
	d := t.d
	d.setFont(d.family, false, t.fontSize())
	return max(float64(maxLines(t.lines(cells)))*d.lineHeight()+2*cellPad, t.minRow)
}

// row draws one row.
func (t *table) row(cells ...cell) {
	d := t.d
	if len(cells) != len(t.widths) {
		cells = append(cells[:min(len(cells), len(t.widths)):min(len(cells), len(t.widths))], make([]cell, max(0, len(t.widths)-len(cells)))...)
	}
	lines := t.lines(cells)
	n := maxLines(lines)
	lh := d.lineHeight()
	h := max(float64(n)*lh+2*cellPad, t.minRow)
	headerH := t.headerHeight()
	waiting := 0.0
	if t.pending {
		waiting = headerH
	}
	if d.y+waiting+h <= d.bottom() {
		t.flush()
		t.drawChunk(cells, lines, 0, n, h, false)
		return
	}
	if margin+headerH+h <= d.bottom() {
		d.newPage()
		t.flush()
		t.drawChunk(cells, lines, 0, n, h, false)
		return
	}
	// Taller than a page: split between lines, at least two lines a page.
	if d.y+waiting+2*lh+2*cellPad > d.bottom() {
		d.newPage()
	}
	t.flush()
	for from := 0; from < n; {
		fit := int(math.Floor((d.bottom() - d.y - 2*cellPad) / lh))
		if fit < 2 && d.y > margin+headerH+0.1 {
			d.newPage()
			continue
		}
		fit = max(fit, 1)
		to := min(n, from+fit)
		t.drawChunk(cells, lines, from, to, 0, false)
		from = to
	}
}

// drawChunk draws lines[from:to] of each cell as a row of height h (0:
// just tall enough) at the current position.
func (t *table) drawChunk(cells []cell, lines [][]string, from, to int, h float64, header bool) {
	d := t.d
	d.setFont(d.family, false, t.fontSize())
	lh := d.lineHeight()
	if h == 0 {
		h = float64(to-from)*lh + 2*cellPad
	}
	d.stroke(rule)
	d.pdf.SetLineWidth(0.25)
	x := t.x
	for i, w := range t.widths {
		if header {
			d.fill(shade)
			d.pdf.Rect(x, d.y, w, h, "FD")
		} else {
			d.pdf.Rect(x, d.y, w, h, "D")
		}
		d.setFont(d.family, cells[i].bold, t.fontSize())
		for j := from; j < to && j < len(lines[i]); j++ {
			d.lineAt(x+cellPad, d.y+cellPad+float64(j-from)*lh, lines[i][j])
		}
		x += w
	}
	if t.heavyTop && !header {
		d.stroke(ink)
		d.pdf.SetLineWidth(0.7)
		d.pdf.Line(t.x, d.y, x, d.y)
		t.heavyTop = false
	}
	d.setFont(d.family, false, t.fontSize())
	d.y += h
}

// fields draws label–value pairs as a two-column table without a header,
// skipping empty values.
func (d *Doc) fields(labelW float64, pairs ...[2]string) {
	t := d.newTable([]float64{labelW, d.width() - labelW})
	for _, p := range pairs {
		if strings.TrimSpace(p[1]) == "" {
			continue
		}
		t.row(cell{p[0], true}, cell{p[1], false})
	}
}

// fieldGrid draws label–value pairs two to a row, for short values such
// as a pupil's details, skipping empty values.
func (d *Doc) fieldGrid(pairs ...[2]string) {
	t := d.newTable(d.fitWidths(17, 33, 17, 33))
	for _, r := range gridRows(pairs) {
		t.row(r...)
	}
}

func gridRows(pairs [][2]string) [][]cell {
	var full [][2]string
	for _, p := range pairs {
		if strings.TrimSpace(p[1]) != "" {
			full = append(full, p)
		}
	}
	var rows [][]cell
	for i := 0; i < len(full); i += 2 {
		r := []cell{{full[i][0], true}, {full[i][1], false}, {}, {}}
		if i+1 < len(full) {
			r[2], r[3] = cell{full[i+1][0], true}, cell{full[i+1][1], false}
		}
		rows = append(rows, r)
	}
	return rows
}

// fieldsHeight is the height fields() would take, and the height of its
// first row, so a heading can be kept with what follows it.
func (d *Doc) fieldsHeight(labelW float64, pairs ...[2]string) (total, first float64) {
	t := d.newTable([]float64{labelW, d.width() - labelW})
	for _, p := range pairs {
		if strings.TrimSpace(p[1]) == "" {
			continue
		}
		h := t.height([]cell{{p[0], true}, {p[1], false}})
		if first == 0 {
			first = h
		}
		total += h
	}
	return total, first
}

// keepFor is how much of a block of height h to keep with the heading
// above it: all of it if it is short, else a few lines' worth.
func (d *Doc) keepFor(h float64) float64 {
	return min(h, 4*d.lineHeight()+2*cellPad)
}

// ruledLines draws n lines for handwriting, h mm apart, across width w.
func (d *Doc) ruledLines(n int, h float64) {
	d.stroke(rule)
	d.pdf.SetLineWidth(0.2)
	for range n {
		d.ensure(h)
		d.y += h
		d.pdf.Line(d.left(), d.y, d.left()+d.width(), d.y)
	}
	d.y += 2
}

// tickBox draws an empty square s mm wide with its top at y.
func (d *Doc) tickBox(x, y, s float64) {
	d.stroke(ink)
	d.pdf.SetLineWidth(0.35)
	d.pdf.Rect(x, y, s, s, "D")
}
