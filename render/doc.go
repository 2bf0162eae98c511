// Package render draws planpack's documents as PDF with fpdf: each pupil's
// plan, the child's own page, the review pack that staff fill in by hand,
// and the class master copy.
//
// Everything is placed by hand rather than with fpdf's automatic page
// breaks, so that a table row, a paragraph or a ruled grid can be split
// across pages deliberately (with the table header repeated) and nothing
// ever runs off the bottom of a page. The style follows the British
// Dyslexia Association's guide: sans-serif, generous line spacing,
// headings larger rather than underlined or italic, left-aligned text.
package render

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/go-pdf/fpdf"

	"planpack/fonts"
	"planpack/internal/config"
)

const (
	sans    = "sans"    // DejaVu Sans, for staff and parent documents
	reading = "reading" // Andika, for the child's pages

	margin    = 16.0 // mm on every side; print rules ask for at least 15
	footerGap = 9.0  // mm kept free above the bottom margin for the footer
	ptToMM    = 25.4 / 72
	spacing   = 1.35 // line height as a multiple of the type size; BDA asks for at least 1.3
	cellPad   = 1.4  // mm inside table cells
)

// Colours, as RGB. Body text is near-black rather than black, which is
// easier on readers with visual stress; it is also never equal to a fill
// colour, so fpdf always draws text in its own colour.
var (
	ink       = [3]int{25, 25, 25}
	rule      = [3]int{120, 120, 120}
	shade     = [3]int{232, 232, 232}
	cream     = [3]int{253, 246, 227}
	pageWhite = [3]int{255, 255, 255}
)

// fontCheck verifies the embedded fonts once per process: fpdf prints an
// error and carries on with a broken font, which would make every
// document quietly wrong.
var fontCheck = sync.OnceValue(func() error {
	if err := fonts.Check(); err != nil {
		return fmt.Errorf("planpack's built-in fonts are damaged (%w); reinstall planpack", err)
	}
	return nil
})

// Doc is one PDF file, which may hold one document or, for the combined
// print files, many.
type Doc struct {
	cfg *config.Config
	pdf *fpdf.Fpdf

	paper         string // fpdf size name: "A4" or "Letter"
	body          float64
	child         float64 // type size on the child's pages
	pageW, pageH  float64
	landscape     bool
	readingLoaded bool

	// The running font, so a page break can restore it.
	family string
	bold   bool
	size   float64

	y float64 // where the next thing is drawn

	// onNewPage redraws what a continued page needs, such as a table's
	// header row; it is set while a table is being drawn.
	onNewPage func()

	// Pages of the current document and each page's footer label.
	docStart  int
	sheets    map[int]string
	documents int
	title     string // metadata title of the first document
	kind      string // metadata title when the file holds many documents
}

// NewDoc starts an empty PDF set up from cfg: paper, type size,
// background, and fixed dates so the same input gives the same bytes.
func NewDoc(cfg *config.Config) (*Doc, error) {
	if err := fontCheck(); err != nil {
		return nil, err
	}
	if cfg == nil {
		cfg = config.Default()
	}
	paper := "A4"
	if strings.EqualFold(cfg.Print.Paper, "letter") {
		paper = "Letter"
	}
	pdf := fpdf.New("P", "mm", paper, "")
	d := &Doc{cfg: cfg, pdf: pdf, paper: paper, body: cfg.BodySize(), sheets: map[int]string{}}
	d.child = min(max(d.body+2, 14), 16)
	d.pageW, d.pageH = pdf.GetPageSize()

	pdf.SetMargins(margin, margin, margin)
	pdf.SetAutoPageBreak(false, margin)
	pdf.SetCompression(true)
	pdf.SetCatalogSort(true)
	date := cfg.Term.PlanDate
	pdf.SetCreationDate(date)
	pdf.SetModificationDate(date)
	pdf.SetProducer("planpack", true)
	pdf.SetCreator("planpack", true)
	pdf.SetAuthor(cfg.School.Name, true)
	pdf.SetSubject(cfg.Term.Name, true)

	pdf.AddUTF8FontFromBytes(sans, "", fonts.SansRegular)
	pdf.AddUTF8FontFromBytes(sans, "B", fonts.SansBold)
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("loading fonts: %w", err)
	}
	pdf.SetHeaderFunc(d.pageBackground)
	d.family, d.size = sans, d.body
	return d, nil
}

// useReading loads the child's font the first time a child's page needs
// it, so files without one do not pay for embedding it.
func (d *Doc) useReading() {
	if d.readingLoaded {
		return
	}
	d.pdf.AddUTF8FontFromBytes(reading, "", fonts.ReadingRegular)
	d.pdf.AddUTF8FontFromBytes(reading, "B", fonts.ReadingBold)
	d.readingLoaded = true
}

func (d *Doc) pageBackground() {
	if d.cfg.Style.Background != "cream" {
		return
	}
	// The page's own size: this runs before addPage records it.
	w, h := d.pdf.GetPageSize()
	d.fill(cream)
	d.pdf.Rect(0, 0, w, h, "F")
}

// StartDocument begins a new document inside this PDF. When printing
// double-sided, a document must start on the front of a sheet, so after
// an odd number of pages a page saying so is added. Call it before each
// document in a combined print file.
func (d *Doc) StartDocument() {
	if !d.cfg.Print.Duplex || d.Pages()%2 == 0 {
		return
	}
	d.addPage(d.landscape)
	d.setFont(sans, false, d.body)
	msg := "This page is intentionally blank"
	w := d.pdf.GetStringWidth(msg)
	d.textAt((d.pageW-w)/2, d.pageH/2, msg)
}

// SetCompression turns deflating of page content on or off (on by
// default). A caller that copies the pages on with a compressor of its own
// (see package pdfcat) turns it off: fpdf makes a new zlib writer for
// every page, which costs more than drawing the page.
func (d *Doc) SetCompression(on bool) { d.pdf.SetCompression(on) }

// Pages is the number of pages so far.
func (d *Doc) Pages() int { return d.pdf.PageCount() }

// Err is the first error fpdf met, if any.
func (d *Doc) Err() error { return d.pdf.Error() }

// Title is the file's metadata title: the document's own title when it
// holds one document, else what kind of documents it holds.
func (d *Doc) Title() string {
	if d.documents == 1 {
		return d.title
	}
	return d.kind
}

// Write outputs the PDF and returns fpdf's error.
func (d *Doc) Write(w io.Writer) error {
	if t := d.Title(); t != "" {
		d.pdf.SetTitle(t, true)
	}
	if d.Pages() == 0 {
		return errors.New("the document has no pages")
	}
	return d.pdf.Output(w)
}

// Bytes renders the PDF into memory.
func (d *Doc) Bytes() ([]byte, error) {
	var b bytes.Buffer
	err := d.Write(&b)
	return b.Bytes(), err
}

// begin starts a document on a new page and remembers its first page so
// that its footers can count "page i of n" within it.
func (d *Doc) begin(landscape bool, title, kind string) {
	d.documents++
	if d.documents == 1 {
		d.title = title
	}
	if d.kind == "" {
		d.kind = kind
	} else if d.kind != kind {
		d.kind = "planpack documents"
	}
	d.onNewPage = nil
	d.addPage(landscape)
	d.docStart = d.Pages()
}

// addPage adds a page and puts the running font back on it.
func (d *Doc) addPage(landscape bool) {
	d.landscape = landscape
	if landscape {
		d.pdf.AddPageFormat("L", d.pdf.GetPageSizeStr(d.paper))
	} else {
		d.pdf.AddPageFormat("P", d.pdf.GetPageSizeStr(d.paper))
	}
	d.pageW, d.pageH = d.pdf.GetPageSize()
	d.y = margin
	d.setFont(d.family, d.bold, d.size)
}

// newPage continues the current document on a fresh page.
func (d *Doc) newPage() {
	f, b, s := d.family, d.bold, d.size
	d.addPage(d.landscape)
	if d.onNewPage != nil {
		d.onNewPage()
	}
	d.setFont(f, b, s)
}

// bottom is the lowest y that content may reach.
func (d *Doc) bottom() float64 { return d.pageH - margin - footerGap }

// left and width of the text area.
func (d *Doc) left() float64  { return margin }
func (d *Doc) width() float64 { return d.pageW - 2*margin }

// ensure starts a new page unless h mm fit below the current position.
func (d *Doc) ensure(h float64) {
	if d.y+h > d.bottom() {
		d.newPage()
	}
}

func (d *Doc) setFont(family string, bold bool, size float64) {
	if family == reading {
		d.useReading()
	}
	d.family, d.bold, d.size = family, bold, size
	style := ""
	if bold {
		style = "B"
	}
	d.pdf.SetFont(family, style, size)
}

// lineHeight is the baseline-to-baseline distance at the current size.
func (d *Doc) lineHeight() float64 { return d.size * ptToMM * spacing }

func (d *Doc) fill(c [3]int)   { d.pdf.SetFillColor(c[0], c[1], c[2]) }
func (d *Doc) stroke(c [3]int) { d.pdf.SetDrawColor(c[0], c[1], c[2]) }

// textAt draws one line with its baseline at y.
func (d *Doc) textAt(x, y float64, s string) {
	d.pdf.SetTextColor(ink[0], ink[1], ink[2])
	d.pdf.Text(x, y, s)
}

// lineAt draws one line of text in a line box whose top is at top.
func (d *Doc) lineAt(x, top float64, s string) {
	lh := d.lineHeight()
	// Centre the capital height in the line box.
	d.textAt(x, top+lh/2+d.size*ptToMM*0.36, s)
}

// footers writes a footer on every page of the current document, naming
// the pupil and the sheet and counting pages within the document, so a
// loose sheet finds its way back. It runs after the document's pages exist
// because n is not known before.
func (d *Doc) footers(who string) {
	first, last := d.docStart, d.Pages()
	if first == 0 {
		return
	}
	f, b, s := d.family, d.bold, d.size
	n := last - first + 1
	sheet := ""
	for p := first; p <= last; p++ {
		if s, ok := d.sheets[p]; ok {
			sheet = s
		}
		d.pdf.SetPage(p)
		// The page's own graphics state is unknown here: set everything.
		d.setFont(sans, false, d.body*0.8)
		d.fill(pageWhite)
		d.stroke(rule)
		d.pdf.SetLineWidth(0.2)
		w, h := d.pdf.GetPageSize()
		y := h - margin - 1
		d.pdf.Line(margin, y-d.lineHeight()+0.5, w-margin, y-d.lineHeight()+0.5)
		right := fmt.Sprintf("page %d of %d", p-first+1, n)
		rw := d.pdf.GetStringWidth(right)
		avail := w - 2*margin - rw - 6
		// A long name gives way before the sheet's name does: the sheet
		// is what puts a loose page back in order.
		left := clean(who)
		if sheet != "" {
			tail := " · " + sheet
			left = d.truncate(left, max(avail-d.pdf.GetStringWidth(tail), avail/3)) + tail
		}
		left = d.truncate(left, avail)
		d.textAt(margin, y, left)
		d.textAt(w-margin-rw, y, right)
	}
	d.pdf.SetPage(last)
	d.setFont(f, b, s)
}

// truncate shortens s with an ellipsis to fit w mm in the current font.
func (d *Doc) truncate(s string, w float64) string {
	if d.pdf.GetStringWidth(s) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && d.pdf.GetStringWidth(string(r)+"…") > w {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}

// sheet names the pages from the current one on in the footer
// ("Self-review"), until the next call.
func (d *Doc) sheet(name string) { d.sheets[d.Pages()] = name }

// Guard turns a panic while drawing a document into that document's
// error, so one pupil's failure inside the PDF library fails that pupil
// only: defer Guard(&err, "plan for Sami Ahmed"), or with what "" where
// the caller names the document itself. The Doc should then be thrown
// away. It is planpack's one panic guard; the build uses it too, around
// everything it draws with a Doc.
func Guard(err *error, what string) {
	r := recover()
	switch {
	case r == nil:
	case what == "":
		*err = fmt.Errorf("internal error drawing the PDF: %v", r)
	default:
		*err = fmt.Errorf("%s: internal error drawing the PDF: %v", what, r)
	}
}
