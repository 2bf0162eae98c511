// Package pdfcat copies pages between PDF files without rendering them
// again: it cuts one pupil's pages out of a many-page document, and joins
// many documents into one print file. planpack renders each kind of
// document for a batch of pupils as one PDF, because fpdf's cost is per
// document (fonts, compressors) rather than per page, then uses pdfcat to
// make the per-pupil files and the combined print files from the batches.
//
// It reads the PDFs fpdf writes — a classic cross-reference table, no
// object streams, direct stream lengths — and refuses anything else
// rather than guess.
package pdfcat

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"sync"
	"time"
	"unicode/utf16"
)

// Source is a parsed PDF whose pages can be copied.
type Source struct {
	// Compress, when set, deflates every stream the source stores
	// uncompressed as it is copied, once however many files it goes into.
	// planpack draws with fpdf's page compression off because fpdf makes a
	// new zlib writer (about a megabyte) for every page; pdfcat reuses one.
	Compress bool

	data     []byte
	prepared map[int]*prepared
	offsets  map[int]int // object number → byte offset of "N 0 obj"
	pages    []int       // page object numbers in order
	mediaBox []byte      // the page tree's default MediaBox, inherited by pages
}

var (
	startxrefRE = regexp.MustCompile(`startxref\s+(\d+)\s+%%EOF\s*$`)
	refRE       = regexp.MustCompile(`(\d+) 0 R`)
	rootRE      = regexp.MustCompile(`/Root (\d+) 0 R`)
	pagesRE     = regexp.MustCompile(`/Pages (\d+) 0 R`)
	kidsRE      = regexp.MustCompile(`/Kids \[([^\]]*)\]`)
	mediaBoxRE  = regexp.MustCompile(`/MediaBox\s*\[[^\]]*\]`)
	lengthRE    = regexp.MustCompile(`/Length (\d+)\b`)
	parentRE    = regexp.MustCompile(`/Parent \d+ 0 R`)
)

// ErrFormat means the file is not a PDF this package can copy from.
var ErrFormat = errors.New("pdfcat: not a PDF in the form fpdf writes")

// Parse reads the cross-reference table and page list of data.
func Parse(data []byte) (*Source, error) {
	m := startxrefRE.FindSubmatch(data)
	if m == nil {
		return nil, fmt.Errorf("%w: no startxref", ErrFormat)
	}
	xref, _ := strconv.Atoi(string(m[1]))
	if xref <= 0 || xref >= len(data) || !bytes.HasPrefix(data[xref:], []byte("xref")) {
		return nil, fmt.Errorf("%w: no xref table at %d", ErrFormat, xref)
	}
	s := &Source{data: data, offsets: map[int]int{}}
	rest := data[xref+len("xref"):]
	trailer := bytes.Index(rest, []byte("trailer"))
	if trailer < 0 {
		return nil, fmt.Errorf("%w: no trailer", ErrFormat)
	}
	fields := bytes.Fields(rest[:trailer])
	for i := 0; i+1 < len(fields); {
		first, err1 := strconv.Atoi(string(fields[i]))
		count, err2 := strconv.Atoi(string(fields[i+1]))
		if err1 != nil || err2 != nil || i+2+3*count > len(fields) {
			return nil, fmt.Errorf("%w: bad xref section", ErrFormat)
		}
		for k := range count {
			e := fields[i+2+3*k:]
			if string(e[2]) == "n" {
				off, _ := strconv.Atoi(string(e[0]))
				s.offsets[first+k] = off
			}
		}
		i += 2 + 3*count
	}
	rm := rootRE.FindSubmatch(rest[trailer:])
	if rm == nil {
		return nil, fmt.Errorf("%w: no /Root", ErrFormat)
	}
	catalog, err := s.dict(atoi(rm[1]))
	if err != nil {
		return nil, err
	}
	pm := pagesRE.FindSubmatch(catalog)
	if pm == nil {
		return nil, fmt.Errorf("%w: catalog has no /Pages", ErrFormat)
	}
	tree, err := s.dict(atoi(pm[1]))
	if err != nil {
		return nil, err
	}
	s.mediaBox = mediaBoxRE.Find(tree)
	km := kidsRE.FindSubmatch(tree)
	if km == nil {
		return nil, fmt.Errorf("%w: page tree has no /Kids", ErrFormat)
	}
	for _, r := range refRE.FindAllSubmatch(km[1], -1) {
		s.pages = append(s.pages, atoi(r[1]))
	}
	return s, nil
}

func atoi(b []byte) int { n, _ := strconv.Atoi(string(b)); return n }

// Pages is the number of pages in s.
func (s *Source) Pages() int { return len(s.pages) }

// object returns the raw body of object n (between "obj" and "endobj")
// and where its dictionary ends (the start of "stream", or the end).
func (s *Source) object(n int) (body []byte, dictEnd int, err error) {
	off, ok := s.offsets[n]
	if !ok || off >= len(s.data) {
		return nil, 0, fmt.Errorf("%w: object %d missing", ErrFormat, n)
	}
	head := []byte(strconv.Itoa(n) + " 0 obj")
	if !bytes.HasPrefix(s.data[off:], head) {
		return nil, 0, fmt.Errorf("%w: object %d not at its offset", ErrFormat, n)
	}
	start := off + len(head)
	rest := s.data[start:]
	si := bytes.Index(rest, []byte("stream"))
	ei := bytes.Index(rest, []byte("endobj"))
	if ei < 0 {
		return nil, 0, fmt.Errorf("%w: object %d has no endobj", ErrFormat, n)
	}
	if si < 0 || si > ei {
		return rest[:ei], ei, nil
	}
	lm := lengthRE.FindSubmatch(rest[:si])
	if lm == nil {
		return nil, 0, fmt.Errorf("%w: stream %d has no direct /Length", ErrFormat, n)
	}
	end := si + len("stream") + atoi(lm[1])
	if end > len(rest) {
		return nil, 0, fmt.Errorf("%w: stream %d runs past the end", ErrFormat, n)
	}
	ei = bytes.Index(rest[end:], []byte("endobj"))
	if ei < 0 {
		return nil, 0, fmt.Errorf("%w: object %d has no endobj", ErrFormat, n)
	}
	return rest[:end+ei], si, nil
}

func (s *Source) dict(n int) ([]byte, error) {
	body, dictEnd, err := s.object(n)
	if err != nil {
		return nil, err
	}
	return body[:dictEnd], nil
}

// Writer builds a new PDF from pages of one or more sources, copying each
// object a source's pages need once, however many of its pages are used.
type Writer struct {
	w       io.Writer
	pos     int64
	err     error
	next    int
	offsets map[int]int64
	kids    []int
	maps    map[*Source]map[int]int
}

// NewWriter starts a PDF on w.
func NewWriter(w io.Writer) *Writer {
	pw := &Writer{w: w, next: 2, offsets: map[int]int64{}, maps: map[*Source]map[int]int{}}
	pw.write([]byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"))
	return pw
}

func (pw *Writer) write(b []byte) {
	if pw.err != nil {
		return
	}
	n, err := pw.w.Write(b)
	pw.pos += int64(n)
	pw.err = err
}

// Pages is how many pages have been added.
func (pw *Writer) Pages() int { return len(pw.kids) }

// AddPages copies pages from to to (1-based, inclusive) of src.
func (pw *Writer) AddPages(src *Source, from, to int) error {
	if from < 1 || to > len(src.pages) || from > to {
		return fmt.Errorf("pdfcat: pages %d–%d of a %d-page document", from, to, len(src.pages))
	}
	for _, p := range src.pages[from-1 : to] {
		n, err := pw.copy(src, p, true)
		if err != nil {
			return err
		}
		pw.kids = append(pw.kids, n)
	}
	return pw.err
}

// prepared is an object made ready to copy: its dictionary (a page's
// with /Parent taken out and the inherited MediaBox put in), where the
// references in it are, and the rest of the body (the stream, deflated
// when the source asks for it). Sources keep them, so an object copied
// into many files is parsed and compressed once.
type prepared struct {
	dict  []byte
	spans [][2]int // byte ranges of "N 0 R" in dict
	refs  []int    // the N of each
	tail  []byte
}

func (src *Source) prepare(n int, page bool) (*prepared, error) {
	if p, ok := src.prepared[n]; ok {
		return p, nil
	}
	body, dictEnd, err := src.object(n)
	if err != nil {
		return nil, err
	}
	if src.Compress && dictEnd < len(body) {
		if c, ok := deflateStream(body, dictEnd); ok {
			body, dictEnd = c, bytes.Index(c, []byte("stream"))
		}
	}
	dict := body[:dictEnd]
	if page {
		dict = parentRE.ReplaceAll(dict, nil)
		extra := []byte("/Parent 1 0 R\n")
		if !mediaBoxRE.Match(dict) && src.mediaBox != nil {
			extra = append(append(extra, src.mediaBox...), '\n')
		}
		if i := bytes.Index(dict, []byte("<<")); i >= 0 {
			dict = append(append(append([]byte{}, dict[:i+2]...), extra...), dict[i+2:]...)
		}
	}
	p := &prepared{dict: dict, tail: body[dictEnd:]}
	for _, m := range refRE.FindAllSubmatchIndex(dict, -1) {
		if page && bytes.Equal(dict[m[0]:m[1]], []byte("1 0 R")) && bytes.HasSuffix(dict[:m[0]], []byte("/Parent ")) {
			continue // the new page tree, not an object of src
		}
		p.spans = append(p.spans, [2]int{m[0], m[1]})
		p.refs = append(p.refs, atoi(dict[m[2]:m[3]]))
	}
	if src.prepared == nil {
		src.prepared = map[int]*prepared{}
	}
	src.prepared[n] = p
	return p, nil
}

// copy writes object n of src (and, first, everything it refers to) and
// returns its new number. The page tree is rebuilt, so a page's /Parent
// is pointed at the new tree instead of being followed.
func (pw *Writer) copy(src *Source, n int, page bool) (int, error) {
	m := pw.maps[src]
	if m == nil {
		m = map[int]int{}
		pw.maps[src] = m
	}
	if got, ok := m[n]; ok {
		return got, nil
	}
	p, err := src.prepare(n, page)
	if err != nil {
		return 0, err
	}
	self := pw.next
	pw.next++
	m[n] = self
	out := make([]byte, 0, len(p.dict)+16)
	prev := 0
	for i, span := range p.spans {
		nn, err := pw.copy(src, p.refs[i], false)
		if err != nil {
			return 0, err
		}
		out = append(out, p.dict[prev:span[0]]...)
		out = strconv.AppendInt(out, int64(nn), 10)
		out = append(out, " 0 R"...)
		prev = span[1]
	}
	out = append(out, p.dict[prev:]...)
	pw.offsets[self] = pw.pos
	pw.write(strconv.AppendInt(nil, int64(self), 10))
	pw.write([]byte(" 0 obj"))
	pw.write(out)
	pw.write(p.tail)
	pw.write([]byte("endobj\n"))
	return self, pw.err
}

// Info is the document information written into the new file.
type Info struct {
	Title, Subject, Author, Creator, Producer string
	Date                                      time.Time
}

// Close writes the page tree, catalog, document information and the
// cross-reference table. A file with no pages is an error: a PDF reader
// would refuse it.
func (pw *Writer) Close(info Info) error {
	if len(pw.kids) == 0 {
		return errors.New("pdfcat: no pages to write")
	}
	var tree bytes.Buffer
	tree.WriteString("<</Type /Pages\n/Kids [")
	for _, k := range pw.kids {
		fmt.Fprintf(&tree, "%d 0 R ", k)
	}
	fmt.Fprintf(&tree, "]\n/Count %d\n>>\n", len(pw.kids))
	pw.offsets[1] = pw.pos
	pw.write([]byte("1 0 obj\n"))
	pw.write(tree.Bytes())
	pw.write([]byte("endobj\n"))

	infoN := pw.next
	pw.next++
	var ib bytes.Buffer
	ib.WriteString("<<\n")
	for _, f := range []struct{ k, v string }{{"Title", info.Title}, {"Subject", info.Subject}, {"Author", info.Author}, {"Creator", info.Creator}, {"Producer", info.Producer}} {
		if f.v != "" {
			fmt.Fprintf(&ib, "/%s %s\n", f.k, textString(f.v))
		}
	}
	if !info.Date.IsZero() {
		d := info.Date.UTC().Format("20060102150405")
		fmt.Fprintf(&ib, "/CreationDate (D:%s)\n/ModDate (D:%s)\n", d, d)
	}
	ib.WriteString(">>\n")
	pw.offsets[infoN] = pw.pos
	pw.write([]byte(strconv.Itoa(infoN) + " 0 obj\n"))
	pw.write(ib.Bytes())
	pw.write([]byte("endobj\n"))

	catN := pw.next
	pw.next++
	pw.offsets[catN] = pw.pos
	pw.write([]byte(strconv.Itoa(catN) + " 0 obj\n<<\n/Type /Catalog\n/Pages 1 0 R\n>>\nendobj\n"))

	xref := pw.pos
	var xb bytes.Buffer
	fmt.Fprintf(&xb, "xref\n0 %d\n0000000000 65535 f \n", pw.next)
	for i := 1; i < pw.next; i++ {
		fmt.Fprintf(&xb, "%010d 00000 n \n", pw.offsets[i])
	}
	fmt.Fprintf(&xb, "trailer\n<<\n/Size %d\n/Root %d 0 R\n/Info %d 0 R\n>>\nstartxref\n%d\n%%%%EOF\n", pw.next, catN, infoN, xref)
	pw.write(xb.Bytes())
	return pw.err
}

// textString encodes s as a PDF text string in UTF-16BE with a byte-order
// mark, escaping what the string syntax needs.
func textString(s string) string {
	var b bytes.Buffer
	b.WriteString("(\xfe\xff")
	for _, u := range utf16.Encode([]rune(s)) {
		for _, c := range []byte{byte(u >> 8), byte(u)} {
			if c == '(' || c == ')' || c == '\\' {
				b.WriteByte('\\')
			}
			b.WriteByte(c)
		}
	}
	b.WriteByte(')')
	return b.String()
}

// Release forgets the objects copied from src, so that src's memory can
// be freed once none of its pages will be added again. Joining many large
// files one after another then holds only one of them at a time.
func (pw *Writer) Release(src *Source) { delete(pw.maps, src) }

var zlibWriters = sync.Pool{New: func() any {
	w, _ := zlib.NewWriterLevel(nil, zlib.BestSpeed)
	return w
}}

// deflateStream returns the object body with its stream deflated, or
// false when the stream already has a filter (fonts, images) or is not in
// the form "<<dict>>stream\n…\nendstream".
func deflateStream(body []byte, dictEnd int) ([]byte, bool) {
	dict := body[:dictEnd]
	if bytes.Contains(dict, []byte("/Filter")) {
		return nil, false
	}
	lm := lengthRE.FindSubmatchIndex(dict)
	if lm == nil {
		return nil, false
	}
	start := dictEnd + len("stream")
	if start < len(body) && body[start] == '\r' {
		start++
	}
	if start >= len(body) || body[start] != '\n' {
		return nil, false
	}
	start++
	n := atoi(dict[lm[2]:lm[3]])
	if start+n > len(body) {
		return nil, false
	}
	var out bytes.Buffer
	out.Write(dict[:lm[0]])
	zw := zlibWriters.Get().(*zlib.Writer)
	var z bytes.Buffer
	zw.Reset(&z)
	zw.Write(body[start : start+n])
	zw.Close()
	zlibWriters.Put(zw)
	fmt.Fprintf(&out, "/Filter /FlateDecode /Length %d", z.Len())
	out.Write(dict[lm[1]:])
	out.WriteString("stream\n")
	out.Write(z.Bytes())
	out.WriteString("\nendstream\n")
	return out.Bytes(), true
}
