package pdfcat

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/go-pdf/fpdf"

	"planpack/fonts"
)

// doc makes an fpdf document with one page a label, the last landscape
// when landscape is set, in a UTF-8 font and with compression, as planpack
// renders.
func doc(t testing.TB, labels []string, landscape bool) []byte {
	return drawDoc(t, labels, landscape, true)
}

func drawDoc(t testing.TB, labels []string, landscape, compress bool) []byte {
	t.Helper()
	f := fpdf.New("P", "mm", "A4", "")
	f.SetCompression(compress)
	f.AddUTF8FontFromBytes("sans", "", fonts.SansRegular)
	f.AddUTF8FontFromBytes("sans", "B", fonts.SansBold)
	for i, l := range labels {
		if landscape && i == len(labels)-1 {
			f.AddPageFormat("L", f.GetPageSizeStr("A4"))
		} else {
			f.AddPage()
		}
		f.SetFont("sans", "", 14)
		f.Text(20, 30, l)
		f.SetFont("sans", "B", 14)
		f.Text(20, 50, "Zoë Łukasz O'Neill")
	}
	var b bytes.Buffer
	if err := f.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func check(t *testing.T, pdf []byte) []string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "x.pdf")
	os.WriteFile(path, pdf, 0o600)
	if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
		t.Fatalf("qpdf --check: %v\n%s", err, out)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimRight(string(out), "\f"), "\f")
}

func TestSplitAndJoin(t *testing.T) {
	a, err := Parse(doc(t, []string{"alpha one", "alpha two", "alpha three", "alpha four"}, false))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse(doc(t, []string{"beta one", "beta wide"}, true))
	if err != nil {
		t.Fatal(err)
	}
	if a.Pages() != 4 || b.Pages() != 2 {
		t.Fatalf("pages = %d, %d", a.Pages(), b.Pages())
	}
	var out bytes.Buffer
	w := NewWriter(&out)
	if err := w.AddPages(a, 2, 3); err != nil {
		t.Fatal(err)
	}
	if err := w.AddPages(b, 1, 2); err != nil {
		t.Fatal(err)
	}
	if err := w.AddPages(a, 4, 4); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(Info{Title: "Plan for Zoë (test)", Author: "Riverside", Date: time.Date(2027, 1, 11, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	pages := check(t, out.Bytes())
	want := []string{"alpha two", "alpha three", "beta one", "beta wide", "alpha four"}
	if len(pages) != len(want) {
		t.Fatalf("%d pages, want %d", len(pages), len(want))
	}
	for i, w := range want {
		if !strings.Contains(pages[i], w) || !strings.Contains(pages[i], "Zoë Łukasz O'Neill") {
			t.Errorf("page %d = %q, want %q and the accented name", i+1, pages[i], w)
		}
	}
	// Fonts shared by pages of one source are copied once.
	if n := bytes.Count(out.Bytes(), []byte("/FontFile2")); n != 4 {
		t.Errorf("%d embedded font files, want 4 (two fonts from each source)", n)
	}
	path := filepath.Join(t.TempDir(), "j.pdf")
	os.WriteFile(path, out.Bytes(), 0o600)
	info, _ := exec.Command("pdfinfo", path).Output()
	if !strings.Contains(string(info), "Plan for Zoë (test)") {
		t.Errorf("title not written:\n%s", info)
	}
	sizes, _ := exec.Command("pdfinfo", "-f", "1", "-l", "5", path).Output()
	if !strings.Contains(string(sizes), "Page    4 size:  841.89 x 595.28") || !strings.Contains(string(sizes), "Page    1 size:  595.28 x 841.89") {
		t.Errorf("page sizes not kept:\n%s", sizes)
	}
}

func TestRefusesWhatItCannotRead(t *testing.T) {
	good := doc(t, []string{"one"}, false)
	cases := map[string][]byte{
		"empty":          nil,
		"not a pdf":      []byte("hello"),
		"truncated":      good[:len(good)/2],
		"bad startxref":  bytes.Replace(good, []byte("startxref\n"), []byte("startxref\n9"), 1),
		"missing object": bytes.Replace(good, []byte("3 0 obj"), []byte("3 0 xxx"), 1),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			s, err := Parse(data)
			if err == nil {
				var out bytes.Buffer
				err = NewWriter(&out).AddPages(s, 1, s.Pages())
			}
			if err == nil {
				t.Fatal("no error")
			}
		})
	}
	if err := NewWriter(&bytes.Buffer{}).Close(Info{}); err == nil {
		t.Error("a PDF with no pages was written")
	}
	s, _ := Parse(good)
	if err := NewWriter(&bytes.Buffer{}).AddPages(s, 1, 2); err == nil {
		t.Error("copying pages past the end did not fail")
	}
}

func TestCompressDeflatesPagesOnce(t *testing.T) {
	raw := drawDoc(t, []string{"one", "two", "three"}, false, false)
	src, err := Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	src.Compress = true
	var a, b bytes.Buffer
	for _, out := range []*bytes.Buffer{&a, &b} {
		w := NewWriter(out)
		if err := w.AddPages(src, 1, 3); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(Info{}); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("copying the same pages twice gave different bytes")
	}
	// Three pages and the two fonts' ToUnicode maps are stored plain.
	if got := bytes.Count(a.Bytes(), []byte("/FlateDecode")) - bytes.Count(raw, []byte("/FlateDecode")); got != 5 {
		t.Errorf("%d more streams deflated, want 5", got)
	}
	var p bytes.Buffer
	plain := NewWriter(&p)
	src2, _ := Parse(raw)
	plain.AddPages(src2, 1, 3)
	plain.Close(Info{})
	if a.Len() >= p.Len() {
		t.Errorf("compressed copy is %d bytes, uncompressed %d", a.Len(), p.Len())
	}
	pages := check(t, a.Bytes())
	for i, want := range []string{"one", "two", "three"} {
		if !strings.Contains(pages[i], want) {
			t.Errorf("page %d = %q, want %q", i+1, pages[i], want)
		}
	}
}
