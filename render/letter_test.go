package render

import (
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"planpack/internal/config"
	"planpack/internal/plan"
	"planpack/templates"
)

var letterPNG = flag.String("letter-png", "", "write each test letter as PNG, with the envelope window outlined, into this folder")

func letterConfig() *config.Config {
	cfg := config.Default()
	cfg.School.Name = "Hillside Primary School"
	cfg.School.Address = []string{"Hillside Primary School", "Hill Road", "Leeds", "LS6 1AA"}
	cfg.School.Phone = "0113 496 0000"
	cfg.School.Email = "office@hillside.example"
	cfg.School.SENCo = "Mrs R Khan"
	return cfg
}

func letterHousehold() *plan.Household {
	sam := &plan.Pupil{ID: "4321", UPN: "A123456789012", LegalForename: "Samuel", PreferredForename: "Sam",
		LegalSurname: "Smith", RegGroup: "3B", KeyAdult: "Mrs Patel",
		Targets: []*plan.Target{
			{No: 1, IWill: "I will use a number line to add two numbers under 10."},
			{No: 2, IWill: "I will ask an adult for help when I am stuck."},
		}}
	c := func(title, fore string) *plan.Contact {
		return &plan.Contact{Title: title, Forename: fore, Surname: "Smith", ParentalResponsibility: true, SendPost: true,
			Address: []string{"12 High Street"}, Town: "Leeds", Postcode: "LS6 2AB"}
	}
	hs := plan.Households([]*plan.Pupil{func() *plan.Pupil {
		sam.Contacts = []*plan.Contact{c("Mr", "John"), c("Mrs", "Jane")}
		return sam
	}()}, config.Default())
	return hs[0]
}

func letterBody(t *testing.T, cfg *config.Config, h *plan.Household, name string) []templates.Block {
	t.Helper()
	set, err := templates.Load("")
	if err != nil {
		t.Fatal(err)
	}
	l, err := templates.LoadLetters(set.FS())
	if err != nil {
		t.Fatal(err)
	}
	body, err := l.Render(name, h.Language, templates.NewLetterData(cfg, h))
	if err != nil {
		t.Fatal(err)
	}
	return body
}

// renderLetter draws one letter and writes the PDF to a temporary file.
func renderLetter(t *testing.T, cfg *config.Config, h *plan.Household, body []templates.Block) (string, error) {
	t.Helper()
	d, err := NewDoc(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Letter(h, body); err != nil {
		return "", err
	}
	data, err := d.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "letter.pdf")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p, nil
}

// bboxLine is a line of text as pdftotext -bbox-layout sees it, in points
// from the page's top-left.
type bboxLine struct {
	text                   string
	xMin, yMin, xMax, yMax float64
}

func readLines(t *testing.T, pdf string) []bboxLine {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox-layout", "-f", "1", "-l", "1", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	type word struct {
		Text string `xml:",chardata"`
	}
	type line struct {
		XMin  float64 `xml:"xMin,attr"`
		YMin  float64 `xml:"yMin,attr"`
		XMax  float64 `xml:"xMax,attr"`
		YMax  float64 `xml:"yMax,attr"`
		Words []word  `xml:"word"`
	}
	var doc struct {
		Lines []line `xml:"body>doc>page>flow>block>line"`
	}
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatalf("reading pdftotext output: %v\n%s", err, out)
	}
	var lines []bboxLine
	for _, l := range doc.Lines {
		var ws []string
		for _, w := range l.Words {
			ws = append(ws, w.Text)
		}
		lines = append(lines, bboxLine{strings.Join(ws, " "), l.XMin, l.YMin, l.XMax, l.YMax})
	}
	return lines
}

func pdfText(t *testing.T, pdf string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// lookAt writes the letter's first page as PNG with the window outlined,
// when -letter-png is given, so a person can see where the address sits.
func lookAt(t *testing.T, pdf string, win config.Window, name string) {
	if *letterPNG == "" {
		return
	}
	prefix := filepath.Join(t.TempDir(), "page")
	if out, err := exec.Command("pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", pdf, prefix).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v %s", err, out)
	}
	matches, _ := filepath.Glob(prefix + "*.png")
	f, err := os.Open(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	src, err := png.Decode(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	img := image.NewRGBA(src.Bounds())
	for y := range src.Bounds().Dy() {
		for x := range src.Bounds().Dx() {
			img.Set(x, y, src.At(x, y))
		}
	}
	px := func(mm float64) int { return int(mm / 25.4 * 60) }
	red := color.RGBA{220, 0, 0, 255}
	x0, y0, x1, y1 := px(win.Left), px(win.Top), px(win.Left+win.Width), px(win.Top+win.Height)
	for x := x0; x <= x1; x++ {
		img.Set(x, y0, red)
		img.Set(x, y1, red)
	}
	for y := y0; y <= y1; y++ {
		img.Set(x0, y, red)
		img.Set(x1, y, red)
	}
	os.MkdirAll(*letterPNG, 0o755)
	var b bytes.Buffer
	png.Encode(&b, img)
	os.WriteFile(filepath.Join(*letterPNG, name+".png"), b.Bytes(), 0o644)
}

func TestLetterAddressInsideWindow(t *testing.T) {
	long := letterHousehold()
	long.NameLine = "Mr C A Montgomery-Smythe and Mrs J Smith"
	long.Address = []string{"Flat 12, The Old Sorting Office", "123 Long Causeway Industrial Estate", "Little Snoring on the Hill", "Farsley", "LEEDS", "West Yorkshire", "LS28 5AB"}
	bookBag := plan.Households([]*plan.Pupil{{ID: "9", LegalForename: "Amy", LegalSurname: "Ng", RegGroup: "5C"}}, letterConfig())[0]

	for _, tc := range []struct {
		name   string
		window config.Window
		paper  string
		h      *plan.Household
	}{
		{"default DL window", config.Window{Left: 20, Top: 45, Width: 90, Height: 40}, "A4", letterHousehold()},
		{"right-hand window", config.Window{Left: 110, Top: 50, Width: 90, Height: 40}, "A4", letterHousehold()},
		{"long address shrinks to fit", config.Window{Left: 20, Top: 45, Width: 90, Height: 40}, "A4", long},
		{"book-bag letter via the class", config.Window{Left: 20, Top: 45, Width: 90, Height: 40}, "A4", bookBag},
		{"US Letter with a C-sized window", config.Window{Left: 22, Top: 50, Width: 100, Height: 35}, "Letter", letterHousehold()},
		{"window near the top: the name moves beside it", config.Window{Left: 20, Top: 18, Width: 90, Height: 40}, "A4", letterHousehold()},
		{"window across the page: the letterhead goes below it", config.Window{Left: 16, Top: 18, Width: 178, Height: 40}, "A4", letterHousehold()},
		{"large print starts the address at 16 pt and shrinks it to fit", config.Window{Left: 20, Top: 45, Width: 90, Height: 40}, "A4-large", long},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := letterConfig()
			cfg.Letters.Window = tc.window
			cfg.Print.Paper, cfg.Style.LargePrint = strings.CutSuffix(tc.paper, "-large")
			cfg.Path = logoPath(t)
			cfg.School.Logo = "logo.png"
			pdf, err := renderLetter(t, cfg, tc.h, letterBody(t, cfg, tc.h, "cover"))
			if err != nil {
				t.Fatal(err)
			}
			lookAt(t, pdf, tc.window, strings.ReplaceAll(tc.name, " ", "-"))
			pt := func(mm float64) float64 { return mm * 72 / 25.4 }
			wx0, wy0 := pt(tc.window.Left), pt(tc.window.Top)
			wx1, wy1 := pt(tc.window.Left+tc.window.Width), pt(tc.window.Top+tc.window.Height)
			lines := readLines(t, pdf)
			want := append([]string{tc.h.NameLine}, tc.h.Address...)
			var found []bboxLine
			for _, l := range lines {
				// A line of the address lies at least partly in the window.
				if l.xMax > wx0 && l.xMin < wx1 && l.yMax > wy0 && l.yMin < wy1 {
					found = append(found, l)
				}
			}
			var got []string
			for _, l := range found {
				got = append(got, l.text)
				if l.xMin < wx0+1 || l.xMax > wx1-1 || l.yMin < wy0+1 || l.yMax > wy1-1 {
					t.Errorf("%q at (%.1f,%.1f)-(%.1f,%.1f) pt is not inside the window (%.1f,%.1f)-(%.1f,%.1f) with padding",
						l.text, l.xMin, l.yMin, l.xMax, l.yMax, wx0, wy0, wx1, wy1)
				}
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("the window shows\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
			}
		})
	}
}

func TestLetterAddressTooLongIsAnError(t *testing.T) {
	h := letterHousehold()
	for i := 0; i < 12; i++ {
		h.Address = append([]string{"Another line of the address"}, h.Address...)
	}
	cfg := letterConfig()
	_, err := renderLetter(t, cfg, h, letterBody(t, cfg, h, "cover"))
	if err == nil {
		t.Fatal("an address of 15 lines was printed")
	}
	for _, want := range []string{"Sam Smith", "does not fit the envelope window", "8 pt"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
}

func TestLetterText(t *testing.T) {
	cfg := letterConfig()
	cfg.Letters.Enclosures = "Support plan, My Plan"
	h := letterHousehold()
	pdf, err := renderLetter(t, cfg, h, letterBody(t, cfg, h, "cover"))
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, pdf)
	for _, want := range []string{
		"Hillside Primary School", "Tel: 0113 496 0000", "office@hillside.example",
		"9 January 2027", "Dear Mr and Mrs Smith,", "Support plan for Sam",
		"I will use a number line to add two numbers under 10.",
		"Yours sincerely,", "Mrs R Khan", "SENCo", "Enc: Support plan, My Plan",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("letter lacks %q:\n%s", want, text)
		}
	}
	if n := strings.Count(text, "Hillside Primary School"); n != 1 {
		t.Errorf("the school's name printed %d times, want once in the letterhead:\n%s", n, text)
	}
	for _, never := range []string{"A123456789012", "Samuel", "4321"} {
		if strings.Contains(text, never) {
			t.Errorf("letter shows %q (UPN, legal forename or ID):\n%s", never, text)
		}
	}
	meta, _ := exec.Command("pdfinfo", pdf).Output()
	if bytes.Contains(meta, []byte("A123456789012")) || bytes.Contains(meta, []byte("Samuel")) {
		t.Errorf("metadata names the UPN or legal forename:\n%s", meta)
	}
	cfg.Letters.Signatory = "Mr T Head"
	cfg.Letters.SignatoryRole = "Headteacher"
	pdf, err = renderLetter(t, cfg, h, letterBody(t, cfg, h, "cover"))
	if err != nil {
		t.Fatal(err)
	}
	text = pdfText(t, pdf)
	if !strings.Contains(text, "Mr T Head") || !strings.Contains(text, "Headteacher") || strings.Contains(text, "Mrs R Khan") {
		t.Errorf("letters.signatory not used:\n%s", text)
	}
}

func TestLetterWelsh(t *testing.T) {
	cfg := letterConfig()
	h := letterHousehold()
	h.Language = "Cymraeg"
	pdf, err := renderLetter(t, cfg, h, letterBody(t, cfg, h, "cover"))
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, pdf)
	for _, want := range []string{"9 Ionawr 2027", "Annwyl Mr a Mrs Smith,", "Cynllun cymorth newydd ar gyfer Sam", "Yn gywir,", "Amg.: Support plan"} {
		if !strings.Contains(text, want) {
			t.Errorf("Welsh letter lacks %q:\n%s", want, text)
		}
	}
}

func TestLetterUntranslatedBodyKeepsEnglishFrame(t *testing.T) {
	cfg := letterConfig()
	h := letterHousehold()
	h.Language = "Welsh"
	pdf, err := renderLetter(t, cfg, h, letterBody(t, cfg, h, "review-invite"))
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, pdf)
	for _, want := range []string{"9 January 2027", "Dear Mr and Mrs Smith,", "Review of Sam's support plan", "Yours sincerely,"} {
		if !strings.Contains(text, want) {
			t.Errorf("letter lacks %q:\n%s", want, text)
		}
	}
}

func TestLongLetterContinuesWithFooters(t *testing.T) {
	cfg := letterConfig()
	h := letterHousehold()
	var body []templates.Block
	for i := range 40 {
		body = append(body, templates.Block{Kind: templates.Paragraph, Spans: []templates.Span{
			{Text: fmt.Sprintf("Paragraph %d says a little about how the term went and what comes next. ", i+1)},
			{Text: "Some of it is bold.", Bold: true},
		}})
	}
	pdf, err := renderLetter(t, cfg, h, body)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, pdf)
	if !strings.Contains(text, "Paragraph 40 says") || !strings.Contains(text, "Yours sincerely") {
		t.Fatalf("text lost:\n%s", text)
	}
	pages := strings.Count(text, "\f")
	if pages < 2 {
		t.Fatalf("%d pages, want the letter to continue", pages)
	}
	if want := fmt.Sprintf("page %d of %d", pages, pages); !strings.Contains(text, want) {
		t.Errorf("no %q footer on a continued letter:\n%s", want, text)
	}
}

func TestLetterWindowOffThePage(t *testing.T) {
	cfg := letterConfig()
	cfg.Letters.Window = config.Window{Left: 150, Top: 45, Width: 90, Height: 40}
	h := letterHousehold()
	_, err := renderLetter(t, cfg, h, letterBody(t, cfg, h, "cover"))
	if err == nil || !strings.Contains(err.Error(), "runs off the A4 page") {
		t.Errorf("got %v", err)
	}
}

// logoPath writes a 120 × 60 pixel logo.png and returns the path of a
// planpack.toml beside it, for cfg.Path.
func logoPath(t *testing.T) string {
	dir := t.TempDir()
	img := image.NewNRGBA(image.Rect(0, 0, 120, 60))
	for x := range 120 {
		for y := range 60 {
			img.Set(x, y, color.NRGBA{0, 80, uint8(x * 2), 255})
		}
	}
	var b bytes.Buffer
	png.Encode(&b, img)
	os.WriteFile(filepath.Join(dir, "logo.png"), b.Bytes(), 0o644)
	return filepath.Join(dir, "planpack.toml")
}

func TestLetterLogo(t *testing.T) {
	dir := filepath.Dir(logoPath(t))
	good, _ := os.ReadFile(filepath.Join(dir, "logo.png"))
	os.WriteFile(filepath.Join(dir, "cut.png"), good[:len(good)/2], 0o644)
	os.WriteFile(filepath.Join(dir, "text.png"), []byte("not an image"), 0o644)

	for _, tc := range []struct{ logo, wantErr string }{
		{"logo.png", ""},
		{"cut.png", "damaged or cut short"},
		{"text.png", "not a PNG or JPEG"},
		{"missing.png", "school.logo"},
	} {
		t.Run(tc.logo, func(t *testing.T) {
			cfg := letterConfig()
			cfg.Path = filepath.Join(dir, "planpack.toml")
			cfg.School.Logo = tc.logo
			h := letterHousehold()
			pdf, err := renderLetter(t, cfg, h, letterBody(t, cfg, h, "cover"))
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !strings.Contains(err.Error(), "Sam Smith") {
					t.Fatalf("error %v, want one naming Sam Smith and saying %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command("pdfimages", "-list", pdf).Output()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(out, []byte(" 120    60 ")) {
				t.Errorf("logo not in the PDF:\n%s", out)
			}
			lookAt(t, pdf, cfg.Letters.Window, "logo")
		})
	}
}

func TestLettersCombinedStartOnFront(t *testing.T) {
	cfg := letterConfig()
	d, err := NewDoc(cfg)
	if err != nil {
		t.Fatal(err)
	}
	h := letterHousehold()
	body := letterBody(t, cfg, h, "review-outcome")
	for range 3 {
		d.StartDocument()
		if err := d.Letter(h, body); err != nil {
			t.Fatal(err)
		}
	}
	if d.Pages() != 5 {
		t.Errorf("3 one-page letters duplex: %d pages, want 5", d.Pages())
	}
}
