package pdfcat

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-pdf/fpdf"

	"planpack/fonts"
)

// tricky is page text and a link address written to look like PDF syntax:
// a reference, the keywords that end objects and start streams, and the
// characters a literal string escapes.
const (
	tricky = `see 5 0 R (endobj) stream \ endstream 1 0 R`
	link   = `https://example.org/(5 0 R) endobj stream \ 2 0 R`
)

// richDoc draws pages as planpack does — UTF-8 fonts, a PNG logo with
// transparency and a JPEG photo, a landscape page — with text and a link
// that look like PDF syntax, and one page in a core font.
func richDoc(t testing.TB, pages int, compress bool) []byte {
	t.Helper()
	f := fpdf.New("P", "mm", "A4", "")
	f.SetCompression(compress)
	f.AddUTF8FontFromBytes("sans", "", fonts.SansRegular)
	f.AddUTF8FontFromBytes("sans", "B", fonts.SansBold)
	img := image.NewNRGBA(image.Rect(0, 0, 8, 6))
	for i := range img.Pix {
		img.Pix[i] = byte(i * 7)
	}
	var pngData, jpegData bytes.Buffer
	if err := png.Encode(&pngData, img); err != nil {
		t.Fatal(err)
	}
	photo := image.NewRGBA(image.Rect(0, 0, 8, 8))
	photo.Set(2, 2, color.RGBA{200, 10, 10, 255})
	if err := jpeg.Encode(&jpegData, photo, nil); err != nil {
		t.Fatal(err)
	}
	f.RegisterImageOptionsReader("logo", fpdf.ImageOptions{ImageType: "PNG"}, &pngData)
	f.RegisterImageOptionsReader("photo", fpdf.ImageOptions{ImageType: "JPG"}, &jpegData)
	for i := range pages {
		if i == pages-1 && pages > 1 {
			f.AddPageFormat("L", f.GetPageSizeStr("A4"))
		} else {
			f.AddPage()
		}
		f.SetFont("sans", "", 12)
		f.Text(20, 30, "Page "+string(rune('A'+i))+": "+tricky)
		f.SetFont("sans", "B", 12)
		f.Text(20, 40, "Zoë Łukasz O'Neill")
		f.ImageOptions("logo", 150, 10, 20, 15, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
		f.ImageOptions("photo", 150, 30, 10, 10, false, fpdf.ImageOptions{ImageType: "JPG"}, 0, "")
		f.LinkString(20, 50, 60, 8, link)
		if i == 1 {
			f.SetFont("Helvetica", "", 10)
			f.Text(20, 70, "core font (5 0 R)")
		}
	}
	var b bytes.Buffer
	if err := f.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// join copies every page of each document into one file.
func join(t testing.TB, compress bool, docs ...[]byte) ([]byte, error) {
	t.Helper()
	var out bytes.Buffer
	w := NewWriter(&out)
	for _, d := range docs {
		s, err := Parse(d)
		if err != nil {
			return nil, err
		}
		s.Compress = compress
		if err := w.AddPages(s, 1, s.Pages()); err != nil {
			return nil, err
		}
	}
	if err := w.Close(Info{Title: "joined"}); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// qpdfObjects is every object of a PDF as qpdf reads it (JSON version 2).
func qpdfObjects(t *testing.T, pdf []byte) map[string]map[string]any {
	t.Helper()
	path := filepath.Join(t.TempDir(), "q.pdf")
	os.WriteFile(path, pdf, 0o600)
	out, err := exec.Command("qpdf", "--json", "--json-key=qpdf", path).Output()
	if err != nil {
		t.Fatalf("qpdf --json: %v", err)
	}
	var doc struct {
		QPDF []json.RawMessage `json:"qpdf"`
	}
	if err := json.Unmarshal(out, &doc); err != nil || len(doc.QPDF) != 2 {
		t.Fatalf("qpdf json: %v", err)
	}
	var objects map[string]map[string]any
	if err := json.Unmarshal(doc.QPDF[1], &objects); err != nil {
		t.Fatalf("qpdf json: %v", err)
	}
	return objects
}

func TestTextThatLooksLikeSyntaxIsCopiedUnchanged(t *testing.T) {
	for _, compress := range []bool{false, true} {
		a, b := richDoc(t, 3, compress), richDoc(t, 2, compress)
		out, err := join(t, !compress, a, b)
		if err != nil {
			t.Fatalf("compress %v: %v", compress, err)
		}
		pages := check(t, out)
		letters := "ABCAB"
		if len(pages) != len(letters) {
			t.Fatalf("%d pages, want %d", len(pages), len(letters))
		}
		for i := range pages {
			want := "Page " + letters[i:i+1] + ": " + tricky
			if got := flat(pages[i]); !strings.Contains(got, want) || !strings.Contains(got, "Zoë Łukasz O'Neill") {
				t.Errorf("compress %v: page %d reads %q, want %q", compress, i+1, got, want)
			}
		}
		uris := 0
		for name, o := range qpdfObjects(t, out) {
			v, _ := o["value"].(map[string]any)
			if v["/Type"] != "/Page" {
				continue
			}
			for _, a := range v["/Annots"].([]any) {
				uri := a.(map[string]any)["/A"].(map[string]any)["/URI"]
				if uri != "u:"+link {
					t.Errorf("%s links to %q, want %q", name, uri, link)
				}
				uris++
			}
		}
		if uris != 5 {
			t.Errorf("%d links, want one on each of 5 pages", uris)
		}
	}
}

func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// A count in an xref section must be a count: a sign or a number larger
// than the file could hold is refused before anything is read.
func TestXrefSectionCountsAreChecked(t *testing.T) {
	good := doc(t, []string{"one"}, false)
	head := good[bytes.Index(good, []byte("xref\n")):]
	head = head[:bytes.Index(head, []byte("\n0000000000"))]
	for _, count := range []string{"-1", "-4", "99999999", "999999999999", "+3", "3.0"} {
		bad := bytes.Replace(good, head, []byte("xref\n0 "+count), 1)
		if _, err := Parse(bad); !errors.Is(err, ErrFormat) {
			t.Errorf("count %s: err = %v, want ErrFormat", count, err)
		}
	}
}

func TestRefusesGarbledFiles(t *testing.T) {
	good := richDoc(t, 2, false)
	page := []byte("3 0 obj\n<</Type /Page")
	content := good[bytes.Index(good, []byte("4 0 obj\n<</Length ")):]
	length := content[len("4 0 obj\n<</Length "):bytes.IndexByte(content, '>')]
	lengthAt := bytes.Index(good, content) + len("4 0 obj\n<</Length ")
	with := func(at int, old, repl string) []byte {
		out := append([]byte{}, good[:at]...)
		if !bytes.HasPrefix(good[at:], []byte(old)) {
			t.Fatalf("%q not at %d", old, at)
		}
		out = append(out, repl...)
		return append(out, good[at+len(old):]...)
	}
	// Same-length edits keep every offset in the xref table right, so
	// each file is refused for the one thing wrong with it.
	longer := string(length[:len(length)-1]) + string(length[len(length)-1]+1)
	shorter := string(length[:len(length)-1]) + string(length[len(length)-1]-1)
	if length[len(length)-1] == '9' || length[len(length)-1] == '0' {
		t.Fatalf("pick another page text: length %s", length)
	}
	pageAt := bytes.Index(good, page)
	cases := map[string][]byte{
		"stream longer than /Length":  with(lengthAt, string(length), shorter),
		"stream shorter than /Length": with(lengthAt, string(length), longer),
		"indirect /Length":            with(lengthAt, string(length)+">>", "9 0 R"+strings.Repeat(" ", len(length)-3)+">>"),
		"no /Length":                  with(lengthAt-len("/Length "), "/Length ", "/Lengtx "),
		"object number not as listed": with(pageAt, "3 0 obj", "4 0 obj"),
		"generation 1":                with(pageAt, "3 0 obj", "3 1 obj"),
		"page is not /Page":           with(pageAt, string(page), "3 0 obj\n<</Type /Pagx"),
		"unclosed string in a page":   bytes.Replace(good, []byte("/URI (https"), []byte("/URI ((ttps"), 1),
		"hex string with a non-digit": bytes.Replace(good, []byte("/Border [0 0 0]"), []byte("/Border <0 z0>  "), 1),
		"name with a bad # escape":    bytes.Replace(good, []byte("/Subtype /Link"), []byte("/Subtype /L#nk"), 1),
		"key that is not a name":      bytes.Replace(good, []byte("/Subtype /Link"), []byte("(Subtype) /Lnk"), 1),
		"key given twice":             bytes.Replace(good, []byte("/Subtype /Link"), []byte("/Type /Linkxxx"), 1),
		"reference of generation 2":   bytes.Replace(good, []byte("/Resources 2 0 R"), []byte("/Resources 2 2 R"), 1),
		"reference to a missing one":  bytes.Replace(good, []byte("/Resources 2 0 R"), []byte("/Resources 99 0 R"), 1),
		"reference to a page":         bytes.Replace(good, []byte("/Resources 2 0 R"), []byte("/Resources 3 0 R"), 1),
		"endobj missing":              bytes.Replace(good, []byte(">>\nendobj\n4 0 obj"), []byte(">>\nendobx\n4 0 obj"), 1),
		"page count wrong":            bytes.Replace(good, []byte("/Count 2"), []byte("/Count 3"), 1),
		"kid that is no reference":    bytes.Replace(good, []byte("/Kids [3 0 R"), []byte("/Kids [3 0 0"), 1),
		"nested too deeply":           bytes.Replace(good, []byte("/Border [0 0 0]"), []byte("/Border "+strings.Repeat("[", 7)+strings.Repeat("]", 1)), 1),
		"updated file":                bytes.Replace(good, []byte("trailer\n<<\n/Size"), []byte("trailer\n<</Prev 9\n/Size"), 1),
		"no %PDF header":              bytes.Replace(good, []byte("%PDF-"), []byte("%PDX-"), 1),
		"xref entry garbled":          bytes.Replace(good, []byte(" 00000 n \n"), []byte(" 00000 x \n"), 1),
		"xref offset past the end":    bytes.Replace(good, []byte("0000000009 00000 n"), []byte("9999999999 00000 n"), 1),
		"nothing after startxref":     good[:bytes.LastIndex(good, []byte("startxref"))+len("startxref\n")],
	}
	deep := bytes.Repeat([]byte("["), maxDepth+2)
	cases["nested too deeply"] = bytes.Replace(good, []byte("/Border [0 0 0]"), append(deep[:len("[0 0 0]")-1:len("[0 0 0]")-1], ']'), 1)
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			if bytes.Equal(data, good) {
				t.Fatal("the edit did not apply")
			}
			refused(t, data)
		})
	}
	for cut := 1; cut < len(good); cut += len(good) / 97 {
		refused(t, good[:cut])
	}
}

// refused asserts that copying every page of data fails with ErrFormat,
// and that the writer then will not finish a file either.
func refused(t *testing.T, data []byte) {
	t.Helper()
	s, err := Parse(data)
	if err == nil {
		var out bytes.Buffer
		w := NewWriter(&out)
		err = w.AddPages(s, 1, s.Pages())
		if cerr := w.Close(Info{}); cerr == nil {
			t.Errorf("a file was finished after a page failed to copy")
		}
	}
	if !errors.Is(err, ErrFormat) {
		t.Errorf("err = %v, want ErrFormat", err)
	}
}

// FuzzCopy starts from real fpdf output — several pages, embedded fonts,
// images, links, text that looks like PDF syntax, compressed and not —
// and checks that whatever pdfcat accepts it copies faithfully: the copy
// parses again with the same pages, and copying the copy changes nothing,
// so every reference in it was renumbered consistently.
func FuzzCopy(f *testing.F) {
	f.Add(richDoc(f, 3, false), false)
	f.Add(richDoc(f, 2, true), true)
	f.Add(drawDoc(f, []string{"one", "two (5 0 R)", "three"}, true, false), true)
	f.Add([]byte("%PDF-1.3\nxref\n0 1\n0000000000 65535 f \ntrailer\n<</Root 1 0 R>>\nstartxref\n9\n%%EOF"), false)
	f.Fuzz(func(t *testing.T, data []byte, compress bool) {
		first, err := join(t, compress, data)
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("error not marked ErrFormat: %v", err)
			}
			return
		}
		s, err := Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		again, err := Parse(first)
		if err != nil {
			t.Fatalf("the copy does not parse: %v", err)
		}
		if again.Pages() != s.Pages() {
			t.Fatalf("the copy has %d pages, the original %d", again.Pages(), s.Pages())
		}
		second, err := join(t, compress, first)
		if err != nil {
			t.Fatalf("the copy cannot be copied: %v", err)
		}
		if !bytes.Equal(first, second) {
			t.Fatalf("copying the copy changed it")
		}
	})
}

// withPage wraps a page object's text in a PDF whose cross-reference
// table is right, so that fuzzing reaches the object parser instead of
// stopping at offsets a mutation has spoilt. Object 3 is the page; 4 and
// 5 are a resource dictionary and a content stream it may refer to.
func withPage(page []byte) []byte {
	return pdfOf(2,
		"<</Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595.28 841.89]>>",
		"<</Type /Catalog /Pages 1 0 R>>",
		string(page),
		"<</Font <</F1 6 0 R>> /ProcSet [/PDF /Text]>>",
		helloStream,
		"<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>")
}

// helloStream is a content stream showing text that looks like syntax.
var helloStream = func() string {
	const content = "BT /F1 12 Tf 72 720 Td (endobj 5 0 R \\(stream\\)) Tj ET\n"
	return fmt.Sprintf("<</Length %d>>\nstream\n%s\nendstream", len(content), content)
}()

// pdfOf writes objects 1, 2, … with a correct xref table, root being the
// catalog's number.
func pdfOf(root int, objects ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.3\n")
	var offsets []int
	for i, o := range objects {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objects)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<</Size %d /Root %d 0 R>>\nstartxref\n%d\n%%%%EOF\n", len(objects)+1, root, x)
	return b.Bytes()
}

// A page takes what it does not say itself from the nearest node of the
// page tree above it that does (fpdf writes one level; other writers
// nest), and keeps it when copied under a new tree.
func TestPagesInheritFromANestedTree(t *testing.T) {
	data := pdfOf(9,
		"<</Type /Pages /Kids [2 0 R 3 0 R] /Count 3 /MediaBox [0 0 595.28 841.89] /Resources 6 0 R>>",
		"<</Type /Pages /Parent 1 0 R /Kids [4 0 R 5 0 R] /Count 2 /MediaBox [0 0 841.89 595.28] /Rotate 90>>",
		"<</Type /Page /Parent 1 0 R /Contents 7 0 R>>",
		"<</Type /Page /Parent 2 0 R /Contents 7 0 R>>",
		"<</Type /Page /Parent 2 0 R /Contents 7 0 R /MediaBox [0 0 800 900]>>",
		"<</Font <</F1 8 0 R>>>>",
		helloStream,
		"<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>",
		"<</Type /Catalog /Pages 1 0 R>>")
	s, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	w := NewWriter(&out)
	if err := w.AddPages(s, 2, 3); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(Info{}); err != nil {
		t.Fatal(err)
	}
	pages := check(t, out.Bytes())
	if len(pages) != 2 || !strings.Contains(pages[0], "endobj 5 0 R (stream)") || !strings.Contains(pages[1], "endobj 5 0 R (stream)") {
		t.Errorf("pages read %q", pages)
	}
	path := filepath.Join(t.TempDir(), "n.pdf")
	os.WriteFile(path, out.Bytes(), 0o600)
	info, _ := exec.Command("pdfinfo", "-f", "1", "-l", "2", path).Output()
	for _, want := range []string{
		"Page    1 size:  800 x 900 pts", "Page    1 rot:   90",
		"Page    2 size:  595.28 x 841.89 pts", "Page    2 rot:   0",
	} {
		if !strings.Contains(string(info), want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
}

func TestWithPageMakesAPDF(t *testing.T) {
	out, err := join(t, true, withPage([]byte("<</Type /Page /Parent 1 0 R /Resources 4 0 R /Contents 5 0 R>>")))
	if err != nil {
		t.Fatal(err)
	}
	if pages := check(t, out); len(pages) != 1 || !strings.Contains(pages[0], `endobj 5 0 R (stream)`) {
		t.Fatalf("pages = %q", pages)
	}
}

// FuzzPageObject fuzzes one page object inside an otherwise sound file,
// with the same checks as FuzzCopy.
func FuzzPageObject(f *testing.F) {
	f.Add([]byte("<</Type /Page /Parent 1 0 R /Resources 4 0 R /Contents 5 0 R>>"))
	f.Add([]byte("<</Type /Page\n/Parent 1 0 R\n/Resources 4 0 R\n/Annots [<</Type /Annot /Subtype /Link /Rect [28.35 813.54 85.04 756.85] /Border [0 0 0] /A <</S /URI /URI (http://x/\\(5 0 R\\) endobj stream)>>>>]\n/Contents 5 0 R>>"))
	f.Add([]byte("<</Type/Page/Parent 1 0 R/Resources<</Font<</F1 4 0 R>>>>/Contents[5 0 R 5 0 R]/X <41 42 4>/N#20ame (a\\)b(c)d) % 3 0 R\n/Rotate 90>>"))
	f.Fuzz(func(t *testing.T, page []byte) {
		data := withPage(page)
		first, err := join(t, true, data)
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("error not marked ErrFormat: %v", err)
			}
			return
		}
		if _, err := Parse(first); err != nil {
			t.Fatalf("the copy does not parse: %v", err)
		}
		second, err := join(t, true, first)
		if err != nil {
			t.Fatalf("the copy cannot be copied: %v", err)
		}
		if !bytes.Equal(first, second) {
			t.Fatalf("copying the copy changed it:\n%s\n%s", first, second)
		}
	})
}
