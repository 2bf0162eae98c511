package render

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/draw"
	_ "image/jpeg" // logos may be JPEG
	"image/png"
	"os"
	"strings"
	"sync"

	"github.com/go-pdf/fpdf"

	"planpack/internal/config"
	"planpack/internal/plan"
	"planpack/templates"
)

const (
	windowPad      = 4.0  // mm kept clear inside the envelope window on every side
	addressMinSize = 8.0  // pt; smaller than this is hard to read and to sort
	addressSpacing = 1.3  // line height for the address block, the house minimum
	letterGap      = 8.0  // mm between the address area and the letter's text
	signatureSpace = 16.0 // mm left for a hand signature
	logoMaxH       = 24.0 // mm
	logoMaxW       = 50.0 // mm
	logoMaxPixels  = 40_000_000
)

// letterWords are the fixed words around a letter's body.
type letterWords struct {
	dear, yours, enc, parent string
	and                      func(names string) string // "Mr and Mrs Smith" in the language
}

// Letter draws one household's letter: letterhead, the address inside the
// envelope window, the date, "Dear …", the body, the sign-off and the
// enclosures line. It is an error, naming the pupil, when the address
// cannot fit the window even at 8 pt: an address must never be cut off.
//
// When the body came from a translated template (Block.Lang), the date,
// greeting and sign-off follow it where planpack knows the words, so a
// Welsh letter is Welsh throughout.
func (d *Doc) Letter(h *plan.Household, body []templates.Block) error {
	if h == nil || len(h.Pupils) == 0 {
		return errors.New("letter: no pupil")
	}
	who := letterWho(h)
	cfg := d.cfg
	win := cfg.Letters.Window
	if win.Width <= 0 || win.Height <= 0 {
		win = config.Default().Letters.Window
	}
	lang := ""
	if len(body) > 0 {
		lang = body[0].Lang
	}
	words := letterWordsFor(lang)
	date := cfg.Term.LetterDate
	if date.IsZero() {
		date = cfg.Term.PlanDate
	}

	logo, err := letterLogo(cfg)
	if err != nil {
		return fmt.Errorf("letter for %s: %w", who, err)
	}
	addr, err := d.fitAddress(h, win)
	if err != nil {
		return fmt.Errorf("letter for %s: %w", who, err)
	}
	if win.Left+win.Width > d.pageW || win.Top+win.Height > d.pageH {
		return fmt.Errorf("letter for %s: letters.window (%g, %g, %g × %g mm) runs off the %s page", who, win.Left, win.Top, win.Width, win.Height, d.paper)
	}

	d.begin(false, "Letter about "+who, "Letters")
	d.setFont(sans, false, d.body)
	d.sheet("Letter")

	if logo != nil {
		if err := logo.register(d); err != nil {
			return fmt.Errorf("letter for %s: school.logo: %w", who, err)
		}
	}
	bottom := d.letterhead(logo, win, templates.LongDateIn(lang, date))
	addr.draw(d)

	d.y = max(bottom, win.Top+win.Height) + letterGap
	d.setFont(sans, false, d.body)
	salutation := h.Salutation
	if rest, ok := strings.CutPrefix(salutation, "Dear "); ok && words.dear != "Dear" {
		salutation = words.dear + " " + words.and(rest)
	}
	if strings.TrimSpace(salutation) == "" {
		salutation = words.dear + " " + words.parent
	}
	d.para(salutation + ",")
	d.y += d.lineHeight() * 0.5
	d.letterBody(body)

	// The sign-off stays together on one page.
	name := templates.Signatory(cfg)
	role := strings.TrimSpace(cfg.Letters.SignatoryRole)
	lh := d.lineHeight()
	need := lh*2 + signatureSpace
	if role != "" {
		need += lh
	}
	d.ensure(need)
	d.para(words.yours + ",")
	d.y += signatureSpace
	if name != "" {
		d.setFont(sans, true, d.body)
		d.para(name)
		d.setFont(sans, false, d.body)
	}
	if role != "" {
		d.para(role)
	}
	if enc := strings.TrimSpace(cfg.Letters.Enclosures); enc != "" {
		d.y += lh * 0.5
		d.para(words.enc + " " + enc)
	}
	if d.Pages() > d.docStart {
		d.footers(who)
	}
	if err := d.Err(); err != nil {
		return fmt.Errorf("letter for %s: %w", who, err)
	}
	return nil
}

// letterWho names a letter's children for messages and footers, by their
// everyday names: never the UPN.
func letterWho(h *plan.Household) string {
	names := make([]string, len(h.Pupils))
	for i, p := range h.Pupils {
		names[i] = p.Name()
	}
	return strings.Join(names, " and ")
}

func letterWordsFor(lang string) letterWords {
	if templates.LanguageCode(lang) == "cy" {
		return letterWords{dear: "Annwyl", yours: "Yn gywir", enc: "Amg.:", parent: "Riant/Gofalwr", and: welshAnd}
	}
	return letterWords{dear: "Dear", yours: "Yours sincerely", enc: "Enc:", parent: "Parent/Carer", and: func(s string) string { return s }}
}

// welshAnd turns "Mr and Mrs Smith" into "Mr a Mrs Smith", and "and" before
// a vowel into "ac" ("Mr Jones ac Ann Smith").
func welshAnd(names string) string {
	words := strings.Fields(names)
	for i, w := range words {
		if w != "and" || i+1 == len(words) {
			continue
		}
		words[i] = "a"
		if strings.ContainsRune("AEIOUWYaeiouwy", []rune(words[i+1])[0]) {
			words[i] = "ac"
		}
	}
	return strings.Join(words, " ")
}

// letterhead draws the school's name and logo, its address, phone and
// email, and the date, never inside the envelope window. The name and
// logo go across the top when there is room above the window; the
// details and date go in the column beside the window when it is at least
// 45 mm wide. What does not fit there goes below the window. It returns
// the lowest point it drew on.
func (d *Doc) letterhead(logo *letterImage, win config.Window, date string) float64 {
	s := d.cfg.School
	right := d.pageW - margin
	winBottom := win.Top + win.Height
	defer d.setFont(sans, false, d.body)

	var details []string
	for _, l := range s.Address {
		// The name is already at the top, however the address begins.
		if l = strings.TrimSpace(l); l != "" && !strings.EqualFold(l, strings.TrimSpace(s.Name)) {
			details = append(details, l)
		}
	}
	if p := strings.TrimSpace(s.Phone); p != "" {
		details = append(details, "Tel: "+p)
	}
	if e := strings.TrimSpace(s.Email); e != "" {
		details = append(details, e)
	}

	// The column beside the window, on whichever side is wider.
	colLeft, colRight, alignRight := win.Left+win.Width+6, right, true
	if win.Left-6-margin > colRight-colLeft {
		colLeft, colRight, alignRight = margin, win.Left-6, false
	}
	haveCol := colRight-colLeft >= 45

	// Across the top, above the window.
	bandBottom := win.Top - 2
	nameSize := d.body * 1.5
	d.setFont(sans, true, nameSize)
	logoW, logoH := logo.fit(min(logoMaxH, bandBottom-margin))
	textRight := right
	if logoW > 0 {
		textRight -= logoW + 4
	}
	nameLines := d.wrap(s.Name, textRight-margin)
	nameH := float64(len(nameLines)) * d.lineHeight()
	inBand := margin+nameH <= bandBottom
	bottom := margin

	switch {
	case inBand:
		if logoW > 0 {
			d.pdf.ImageOptions(logo.name, right-logoW, margin, logoW, logoH, false, fpdf.ImageOptions{ImageType: logo.kind}, 0, "")
			bottom = margin + logoH
		}
		y := margin
		for _, l := range nameLines {
			d.lineAt(margin, y, l)
			y += d.lineHeight()
		}
		if y+1.5 < bandBottom {
			d.stroke(rule)
			d.pdf.SetLineWidth(0.3)
			d.pdf.Line(margin, y+1.5, textRight, y+1.5)
			y += 3
		}
		bottom = max(bottom, y)
	case haveCol:
		// No room above the window: the name heads the side column.
		y := margin
		if w, h := logo.fit(logoMaxH); w > 0 {
			w, h = min(w, colRight-colLeft), h*min(w, colRight-colLeft)/w
			x := colLeft
			if alignRight {
				x = colRight - w
			}
			d.pdf.ImageOptions(logo.name, x, y, w, h, false, fpdf.ImageOptions{ImageType: logo.kind}, 0, "")
			y += h + 2
		}
		for _, l := range d.wrap(s.Name, colRight-colLeft) {
			d.lineAt(d.alignX(l, colLeft, colRight, alignRight), y, l)
			y += d.lineHeight()
		}
		bottom = y + 2
	default:
		// Nowhere beside or above the window: everything goes below it.
		y := winBottom + letterGap
		if w, h := logo.fit(logoMaxH); w > 0 {
			d.pdf.ImageOptions(logo.name, right-w, y, w, h, false, fpdf.ImageOptions{ImageType: logo.kind}, 0, "")
			textRight = right - w - 4
			bottom = y + h
		}
		for _, l := range d.wrap(s.Name, textRight-margin) {
			d.lineAt(margin, y, l)
			y += d.lineHeight()
		}
		bottom = max(bottom, y)
	}

	d.setFont(sans, false, d.body*0.85)
	lh := d.lineHeight()
	if haveCol {
		var lines []string
		for _, l := range details {
			lines = append(lines, d.wrap(l, colRight-colLeft)...)
		}
		if date != "" {
			lines = append(lines, "", date)
		}
		y := bottom + 2
		if inBand {
			y = max(win.Top, bottom+2)
		}
		for _, l := range lines {
			d.lineAt(d.alignX(l, colLeft, colRight, alignRight), y, l)
			y += lh
		}
		return max(y, bottom)
	}
	// One line of details, under the name if that stays clear of the
	// window, else below the window; then the date.
	lines := d.wrap(strings.Join(details, " · "), right-margin)
	y := bottom
	if !inBand || y+float64(len(lines))*lh > bandBottom {
		y = max(bottom, winBottom+letterGap)
	}
	for _, l := range lines {
		d.lineAt(margin, y, l)
		y += lh
	}
	y = max(y+lh*0.6, winBottom+letterGap)
	if date != "" {
		d.setFont(sans, false, d.body)
		d.lineAt(margin, y, date)
		y += d.lineHeight()
	}
	return y
}

// alignX is where a line starts in the column left..right.
func (d *Doc) alignX(s string, left, right float64, alignRight bool) float64 {
	if alignRight {
		return right - d.pdf.GetStringWidth(s)
	}
	return left
}

// addressBlock is an address laid out to fit the window.
type addressBlock struct {
	x, top float64
	size   float64
	lines  []string
}

// fitAddress lays out the name line and address inside the window,
// shrinking the type from the body size to 8 pt until every line fits
// whole (wrapping a line only when no size avoids it).
func (d *Doc) fitAddress(h *plan.Household, win config.Window) (addressBlock, error) {
	var raw []string
	for _, l := range append([]string{h.NameLine}, h.Address...) {
		if l = strings.TrimSpace(clean(l)); l != "" {
			raw = append(raw, l)
		}
	}
	innerW := win.Width - 2*windowPad
	innerH := win.Height - 2*windowPad
	defer d.setFont(sans, false, d.body)
	for _, allowWrap := range []bool{false, true} {
		for size := d.body; size >= addressMinSize-0.01; size -= 0.5 {
			d.setFont(sans, false, size)
			var lines []string
			wrapped := false
			for _, l := range raw {
				ws := d.wrap(l, innerW)
				wrapped = wrapped || len(ws) > 1
				lines = append(lines, ws...)
			}
			if wrapped && !allowWrap {
				continue
			}
			if addressHeight(len(lines), size) <= innerH {
				return addressBlock{x: win.Left + windowPad, top: win.Top + windowPad, size: size, lines: lines}, nil
			}
		}
	}
	return addressBlock{}, fmt.Errorf("the address (%d lines) does not fit the envelope window (%g × %g mm) even at %g pt; shorten the address lines or widen letters.window",
		len(raw), win.Width, win.Height, addressMinSize)
}

// addressHeight is the height of n lines from the top of the first line's
// capitals and ascenders to the bottom of the last line's descenders.
func addressHeight(n int, size float64) float64 {
	if n == 0 {
		return 0
	}
	em := size * ptToMM
	return float64(n-1)*em*addressSpacing + em*fontExtent
}

// fontExtent is DejaVu Sans's ascent plus descent in ems (0.928 + 0.236),
// the box PDF readers and window envelopes both see.
const fontExtent = 1.17

func (a addressBlock) draw(d *Doc) {
	d.setFont(sans, false, a.size)
	em := a.size * ptToMM
	for i, l := range a.lines {
		d.textAt(a.x, a.top+0.93*em+float64(i)*em*addressSpacing, l)
	}
	d.setFont(sans, false, d.body)
}

// letterBody draws the template's blocks: headings larger and bold,
// paragraphs, and list items indented with a bullet or number.
func (d *Doc) letterBody(blocks []templates.Block) {
	indent := d.body * 0.6 // mm: the bullet's room grows with the type
	for i, b := range blocks {
		switch b.Kind {
		case templates.Heading:
			scale := 1.2
			if b.Level <= 1 {
				scale = 1.3
			}
			d.setFont(sans, true, d.body*scale)
			d.ensure(d.lineHeight() * 3)
			d.letterSpans(d.left(), d.width(), b.Spans, true)
			d.setFont(sans, false, d.body)
			d.y += d.lineHeight() * 0.3
		case templates.Bullet:
			level := max(b.Level, 1)
			x := d.left() + float64(level-1)*indent
			d.setFont(sans, false, d.body)
			d.ensure(d.lineHeight())
			mark := "•"
			if b.Number > 0 {
				mark = fmt.Sprintf("%d.", b.Number)
			}
			d.lineAt(x+1.5, d.y, mark)
			d.letterSpans(x+indent, d.width()-(x+indent-d.left()), b.Spans, false)
			next := i + 1
			if next >= len(blocks) || blocks[next].Kind != templates.Bullet {
				d.y += d.lineHeight() * 0.5
			} else {
				d.y += d.lineHeight() * 0.15
			}
		default:
			d.setFont(sans, false, d.body)
			d.letterSpans(d.left(), d.width(), b.Spans, false)
			d.y += d.lineHeight() * 0.5
		}
	}
}

// letterWord is one word of a span, with the space before it.
type letterWord struct {
	text  string
	bold  bool
	space bool // a space precedes it
	brk   bool // a line break the author asked for precedes it
}

// letterSpans wraps and draws mixed bold and regular text in the column
// x..x+w, breaking pages between lines. allBold draws everything bold.
func (d *Doc) letterSpans(x, w float64, spans []templates.Span, allBold bool) {
	size := d.size
	var words []letterWord
	var cur strings.Builder
	curBold, space, brk := false, false, false
	flush := func() {
		if cur.Len() > 0 {
			words = append(words, letterWord{text: cur.String(), bold: curBold, space: space, brk: brk})
			cur.Reset()
			space, brk = false, false
		}
	}
	for _, sp := range spans {
		bold := sp.Bold || allBold
		for _, r := range clean(sp.Text) {
			switch r {
			case '\n':
				flush()
				brk = true
			case ' ':
				flush()
				space = true
			default:
				if cur.Len() > 0 && bold != curBold {
					flush() // weight changes inside a word: no space between
				}
				curBold = bold
				cur.WriteRune(r)
			}
		}
	}
	flush()
	if len(words) == 0 {
		return
	}
	measure := func(wd letterWord) float64 {
		d.setFont(sans, wd.bold, size)
		return d.pdf.GetStringWidth(wd.text)
	}
	d.setFont(sans, false, size)
	spaceW := d.pdf.GetStringWidth(" ")
	lh := d.lineHeight()

	// Lay out into lines of (word, x offset).
	type placed struct {
		w  letterWord
		dx float64
	}
	var lines [][]placed
	var line []placed
	curW := 0.0
	for _, wd := range words {
		ww := measure(wd)
		gap := 0.0
		if len(line) > 0 && wd.space {
			gap = spaceW
		}
		if len(line) > 0 && (wd.brk || curW+gap+ww > w) {
			lines = append(lines, line)
			line, curW, gap = nil, 0, 0
		}
		if ww > w {
			// A word wider than the column: the plain wrapper breaks it.
			d.setFont(sans, wd.bold, size)
			parts := d.wrap(wd.text, w)
			for _, p := range parts[:len(parts)-1] {
				lines = append(lines, []placed{{letterWord{text: p, bold: wd.bold}, 0}})
			}
			wd.text = parts[len(parts)-1]
			ww = d.pdf.GetStringWidth(wd.text)
		}
		line = append(line, placed{wd, curW + gap})
		curW += gap + ww
	}
	lines = append(lines, line)

	for _, line := range lines {
		d.ensure(lh)
		for _, p := range line {
			d.setFont(sans, p.w.bold, size)
			d.lineAt(x+p.dx, d.y, p.w.text)
		}
		d.y += lh
	}
	d.setFont(sans, allBold, size)
}

// letterImage is a school logo checked and ready for fpdf.
type letterImage struct {
	name string // registered name in the PDF
	kind string // "PNG" or "JPG"
	data []byte
	w, h float64 // pixels, for the aspect ratio
}

var logoCache sync.Map // resolved path → *logoResult

type logoResult struct {
	once sync.Once
	img  *letterImage
	err  error
}

// letterLogo loads school.logo once per process and registers it with
// this document. A missing, damaged or truncated image is an error naming
// the file; it is decoded in full first because fpdf, given a bad image,
// would fail the whole document without saying which file.
func letterLogo(cfg *config.Config) (*letterImage, error) {
	if strings.TrimSpace(cfg.School.Logo) == "" {
		return nil, nil
	}
	path := cfg.Resolve(cfg.School.Logo)
	v, _ := logoCache.LoadOrStore(path, &logoResult{})
	r := v.(*logoResult)
	r.once.Do(func() { r.img, r.err = readLogo(path) })
	return r.img, r.err
}

func readLogo(path string) (*letterImage, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("school.logo: %w", err)
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("school.logo %s: not a PNG or JPEG image (%v)", path, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > logoMaxPixels {
		return nil, fmt.Errorf("school.logo %s: %d × %d pixels is too large; use an image under 40 megapixels", path, cfg.Width, cfg.Height)
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("school.logo %s: the %s image is damaged or cut short (%v)", path, format, err)
	}
	out := &letterImage{name: "logo:" + path, w: float64(cfg.Width), h: float64(cfg.Height)}
	switch format {
	case "jpeg":
		out.kind, out.data = "JPG", data
	case "png":
		// fpdf cannot read interlaced or 16-bit PNGs: re-encode as 8-bit.
		n := image.NewNRGBA(img.Bounds())
		draw.Draw(n, n.Bounds(), img, img.Bounds().Min, draw.Src)
		var b bytes.Buffer
		if err := png.Encode(&b, n); err != nil {
			return nil, fmt.Errorf("school.logo %s: %w", path, err)
		}
		out.kind, out.data = "PNG", b.Bytes()
	default:
		return nil, fmt.Errorf("school.logo %s: a %s image; use PNG or JPEG", path, format)
	}
	return out, nil
}

// fit scales the logo to at most maxH mm tall and logoMaxW wide; 0, 0
// without a logo.
func (l *letterImage) fit(maxH float64) (w, h float64) {
	if l == nil || maxH <= 0 {
		return 0, 0
	}
	h = maxH
	w = h * l.w / l.h
	if w > logoMaxW {
		w, h = logoMaxW, logoMaxW*l.h/l.w
	}
	return w, h
}

// register adds the logo to the document once.
func (l *letterImage) register(d *Doc) error {
	if d.pdf.GetImageInfo(l.name) != nil {
		return nil
	}
	d.pdf.RegisterImageOptionsReader(l.name, fpdf.ImageOptions{ImageType: l.kind}, bytes.NewReader(l.data))
	return d.Err()
}

// CheckLogo reads and decodes the school's logo once, so that a missing,
// damaged or unsupported image is reported as a config problem before
// anything is drawn, rather than as every pupil's letter failing.
func CheckLogo(cfg *config.Config) error {
	_, err := letterLogo(cfg)
	return err
}
