// Package pdfcat copies pages between PDF files without rendering them
// again: it cuts one pupil's pages out of a many-page document, and joins
// many documents into one print file. planpack renders each kind of
// document for a batch of pupils as one PDF, because fpdf's cost is per
// document (fonts, compressors) rather than per page, then uses pdfcat to
// make the per-pupil files and the combined print files from the batches.
//
// It is the one place planpack reads a PDF, and it reads only what fpdf
// writes: a classic cross-reference table, objects of generation 0, no
// object streams, no encryption, streams with a direct /Length. Objects
// are parsed token by token (syntax.go), so a reference is renumbered only
// where it is one, never inside a string or a stream. Anything else is
// refused with ErrFormat rather than guessed at, so a file pdfcat writes
// is either whole or not written.
package pdfcat

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
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

	data      []byte
	offsets   map[int]int // object number → byte offset of "N 0 obj"
	pages     []int       // page object numbers in order
	tree      map[int]bool
	inherited map[int][]attr // a page's entries inherited from the page tree
	prepared  map[int]*prepared
}

// attr is a dictionary entry as written: the key without its slash, and
// the value's bytes.
type attr struct {
	key   string
	value []byte
}

// inheritable are the page attributes a page may take from the page tree
// (ISO 32000-1, table 30); a copied page is given them itself, because it
// gets a new tree.
var inheritable = []string{"Resources", "MediaBox", "CropBox", "Rotate"}

// ErrFormat means the file is not a PDF this package can copy from.
var ErrFormat = errors.New("pdfcat: not a PDF in the form fpdf writes")

func formatErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrFormat, fmt.Sprintf(format, args...))
}

// Parse reads the cross-reference table and page tree of data. The other
// objects are read as pages that need them are copied.
func Parse(data []byte) (*Source, error) {
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		return nil, formatErr("no %%PDF- header")
	}
	s := &Source{data: data, offsets: map[int]int{}, tree: map[int]bool{}, inherited: map[int][]attr{}}
	x, err := startxref(data)
	if err != nil {
		return nil, err
	}
	trailer, err := s.readXref(x)
	if err != nil {
		return nil, err
	}
	root, ok := get(data, trailer, "Root")
	if !ok || root.kind != kRef {
		return nil, formatErr("trailer has no /Root reference")
	}
	catalog, err := s.dictObject(int(root.n))
	if err != nil {
		return nil, err
	}
	tree, ok := get(data, catalog, "Pages")
	if !ok || tree.kind != kRef {
		return nil, formatErr("catalog has no /Pages reference")
	}
	if _, err := s.walk(int(tree.n), nil, 0); err != nil {
		return nil, err
	}
	return s, nil
}

// startxref finds the cross-reference table's offset from the end of the
// file, which must be "startxref", the offset and "%%EOF".
func startxref(data []byte) (int, error) {
	i := bytes.LastIndex(data, []byte("startxref"))
	if i < 0 {
		return 0, formatErr("no startxref")
	}
	f := bytes.Fields(data[i+len("startxref"):])
	if len(f) != 2 || string(f[1]) != "%%EOF" {
		return 0, formatErr("startxref is not followed by an offset and %%%%EOF")
	}
	x, ok := parseUnsigned(f[0])
	if !ok || x >= int64(len(data)) {
		return 0, formatErr("startxref %q is not an offset in the file", clip(f[0]))
	}
	return int(x), nil
}

// readXref reads the cross-reference table at x and returns the trailer.
func (s *Source) readXref(x int) (node, error) {
	data := s.data
	if !bytes.HasPrefix(data[x:], []byte("xref")) {
		return node{}, formatErr("no xref table at byte %d", x)
	}
	lx := &lexer{b: data, pos: x + len("xref")}
	for {
		lx.skip()
		if bytes.HasPrefix(data[lx.pos:], []byte("trailer")) {
			break
		}
		first, err := lx.unsigned()
		if err != nil {
			return node{}, err
		}
		count, err := lx.unsigned()
		if err != nil {
			return node{}, err
		}
		for lx.pos < len(data) && (data[lx.pos] == ' ' || data[lx.pos] == '\t') {
			lx.pos++
		}
		switch {
		case bytes.HasPrefix(data[lx.pos:], []byte("\r\n")):
			lx.pos += 2
		case lx.pos < len(data) && (data[lx.pos] == '\n' || data[lx.pos] == '\r'):
			lx.pos++
		default:
			return node{}, lx.errorf("xref section header not on a line of its own")
		}
		// Each entry is exactly 20 bytes, so the count can be checked
		// against what is left before anything is read.
		if count > int64(len(data)-lx.pos)/20 {
			return node{}, lx.errorf("xref section of %d entries runs past the end of the file", count)
		}
		for k := range count {
			e := data[lx.pos : lx.pos+20]
			off, ok1 := parseUnsigned(e[:10])
			gen, ok2 := parseUnsigned(e[11:16])
			eol := string(e[18:])
			if !ok1 || !ok2 || e[10] != ' ' || e[16] != ' ' || (e[17] != 'n' && e[17] != 'f') || (eol != " \n" && eol != " \r" && eol != "\r\n") {
				return node{}, lx.errorf("malformed xref entry")
			}
			lx.pos += 20
			num := first + k
			if e[17] == 'f' {
				continue
			}
			if num == 0 || gen != 0 {
				return node{}, formatErr("xref entry for object %d generation %d: fpdf writes only generation 0 from object 1", num, gen)
			}
			if off >= int64(len(data)) {
				return node{}, formatErr("object %d is at byte %d, past the end of the file", num, off)
			}
			if _, dup := s.offsets[int(num)]; dup {
				return node{}, formatErr("object %d is in the xref table twice", num)
			}
			s.offsets[int(num)] = int(off)
		}
	}
	if err := lx.keyword("trailer"); err != nil {
		return node{}, err
	}
	t, err := lx.value(0)
	if err != nil {
		return node{}, err
	}
	if t.kind != kDict {
		return node{}, formatErr("trailer is not a dictionary")
	}
	for _, k := range []string{"Prev", "XRefStm", "Encrypt"} {
		if _, ok := get(data, t, k); ok {
			return node{}, formatErr("trailer has /%s: updated, cross-reference-stream and encrypted files are not what fpdf writes", k)
		}
	}
	size, ok := get(data, t, "Size")
	if !ok || size.kind != kNumber || !size.integer {
		return node{}, formatErr("trailer has no /Size")
	}
	for num := range s.offsets {
		if int64(num) >= size.n {
			return node{}, formatErr("object %d is beyond the trailer's /Size %d", num, size.n)
		}
	}
	return t, nil
}

// object is a parsed indirect object: its value, and its stream's bytes
// when it has one.
type object struct {
	value     node
	stream    []byte
	hasStream bool
}

// object parses object n where the xref table says it is.
func (s *Source) object(n int) (object, error) {
	off, ok := s.offsets[n]
	if !ok {
		return object{}, formatErr("object %d missing", n)
	}
	if s.data[off] < '0' || s.data[off] > '9' {
		return object{}, formatErr("object %d is not at byte %d where the xref table puts it", n, off)
	}
	lx := &lexer{b: s.data, pos: off}
	num, err1 := lx.unsigned()
	gen, err2 := lx.unsigned()
	if err1 != nil || err2 != nil || num != int64(n) || gen != 0 || lx.keyword("obj") != nil {
		return object{}, formatErr("object %d is not at byte %d where the xref table puts it", n, off)
	}
	v, err := lx.value(0)
	if err != nil {
		return object{}, fmt.Errorf("object %d: %w", n, err)
	}
	o := object{value: v}
	lx.skip()
	at := lx.pos
	switch string(lx.word()) {
	case "endobj":
		return o, nil
	case "stream":
	default:
		lx.pos = at
		return object{}, fmt.Errorf("object %d: %w", n, lx.errorf("want endobj or stream"))
	}
	if v.kind != kDict {
		return object{}, formatErr("object %d: a stream without a dictionary", n)
	}
	for _, k := range []string{"F", "FFilter", "FDecodeParms"} {
		if _, ok := get(s.data, v, k); ok {
			return object{}, formatErr("object %d: a stream kept in another file", n)
		}
	}
	// The keyword is followed by CR LF or LF, never CR alone (7.3.8.1).
	switch {
	case bytes.HasPrefix(s.data[lx.pos:], []byte("\r\n")):
		lx.pos += 2
	case bytes.HasPrefix(s.data[lx.pos:], []byte("\n")):
		lx.pos++
	default:
		return object{}, formatErr("object %d: stream keyword not followed by a line end", n)
	}
	length, ok := get(s.data, v, "Length")
	if !ok || length.kind != kNumber || !length.integer || length.n < 0 {
		return object{}, formatErr("object %d: stream has no direct /Length", n)
	}
	if length.n > int64(len(s.data)-lx.pos) {
		return object{}, formatErr("object %d: stream of %d bytes runs past the end of the file", n, length.n)
	}
	o.stream, o.hasStream = s.data[lx.pos:lx.pos+int(length.n)], true
	lx.pos += int(length.n)
	// Exactly one line end between the data and endstream, as fpdf
	// writes it: a /Length that is out by a byte or two is then refused,
	// not read as a stream that gained or lost white space.
	rest := s.data[lx.pos:]
	switch {
	case bytes.HasPrefix(rest, []byte("\r\n")):
		rest = rest[2:]
	case bytes.HasPrefix(rest, []byte("\n")) || bytes.HasPrefix(rest, []byte("\r")):
		rest = rest[1:]
	default:
		rest = nil
	}
	if !bytes.HasPrefix(rest, []byte("endstream")) {
		return object{}, formatErr("object %d: stream is not the /Length %d it says", n, length.n)
	}
	lx.pos = len(s.data) - len(rest)
	if err := lx.keyword("endstream"); err != nil {
		return object{}, fmt.Errorf("object %d: %w", n, err)
	}
	if err := lx.keyword("endobj"); err != nil {
		return object{}, fmt.Errorf("object %d: %w", n, err)
	}
	return o, nil
}

// dictObject is object n, which must be a dictionary without a stream.
func (s *Source) dictObject(n int) (node, error) {
	o, err := s.object(n)
	if err != nil {
		return node{}, err
	}
	if o.value.kind != kDict || o.hasStream {
		return node{}, formatErr("object %d is not a dictionary", n)
	}
	return o.value, nil
}

// walk collects the pages under page tree node n, in order, with what
// each inherits, and returns how many there were.
func (s *Source) walk(n int, inherited []attr, depth int) (int, error) {
	if depth > maxDepth {
		return 0, formatErr("page tree nested too deeply")
	}
	if s.tree[n] {
		return 0, formatErr("object %d is in the page tree twice", n)
	}
	s.tree[n] = true
	d, err := s.dictObject(n)
	if err != nil {
		return 0, err
	}
	typ, _ := get(s.data, d, "Type")
	switch {
	case typ.kind == kName && string(nameOf(s.data, typ)) == "Page":
		s.pages = append(s.pages, n)
		if len(inherited) > 0 {
			s.inherited[n] = inherited
		}
		return 1, nil
	case typ.kind != kName || string(nameOf(s.data, typ)) != "Pages":
		return 0, formatErr("object %d in the page tree is neither /Pages nor /Page", n)
	}
	for _, key := range inheritable {
		if v, ok := get(s.data, d, key); ok {
			inherited = append(without(inherited, key), attr{key, s.data[v.start:v.end]})
		}
	}
	kids, ok := get(s.data, d, "Kids")
	if !ok || kids.kind != kArray {
		return 0, formatErr("page tree node %d has no /Kids", n)
	}
	total := 0
	for _, k := range kids.kids {
		if k.kind != kRef {
			return 0, formatErr("page tree node %d has a kid that is not a reference", n)
		}
		c, err := s.walk(int(k.n), inherited, depth+1)
		if err != nil {
			return 0, err
		}
		total += c
	}
	count, ok := get(s.data, d, "Count")
	if !ok || count.kind != kNumber || count.n != int64(total) {
		return 0, formatErr("page tree node %d has %d pages but its /Count says otherwise", n, total)
	}
	return total, nil
}

// without is attrs with key left out, in a new slice so that a sibling's
// inheritance is not changed.
func without(attrs []attr, key string) []attr {
	out := make([]attr, 0, len(attrs)+1)
	for _, a := range attrs {
		if a.key != key {
			out = append(out, a)
		}
	}
	return out
}

// Pages is the number of pages in s.
func (s *Source) Pages() int { return len(s.pages) }

// prepared is an object made ready to copy: its value as it will be
// written apart from reference numbers (a page's without /Parent and with
// what it inherits put in), where the references in it are, and its
// stream (deflated when the source asks for it). Sources keep them, so an
// object copied into many files is parsed and compressed once.
type prepared struct {
	value     []byte
	spans     [][2]int // byte ranges of "N 0 R" in value
	refs      []int    // the N of each
	stream    []byte
	hasStream bool
	page      bool
}

func (s *Source) prepare(n int, page bool) (*prepared, error) {
	if p, ok := s.prepared[n]; ok {
		return p, nil
	}
	o, err := s.object(n)
	if err != nil {
		return nil, err
	}
	p := &prepared{value: s.data[o.value.start:o.value.end], stream: o.stream, hasStream: o.hasStream, page: page}
	// A stream with decode parameters but no filter is left alone:
	// deflating it would make the parameters apply to the new filter.
	_, filtered := get(s.data, o.value, "Filter")
	_, parms := get(s.data, o.value, "DecodeParms")
	deflate := s.Compress && o.hasStream && !filtered && !parms
	var found []node
	if page || deflate {
		// Written afresh from the parsed entries, then parsed again to
		// find where the references now are.
		var drop []string
		var extra []attr
		if page {
			drop = append(drop, "Parent")
			for _, a := range s.inherited[n] {
				if _, ok := get(s.data, o.value, a.key); !ok {
					extra = append(extra, a)
				}
			}
		}
		if deflate {
			p.stream = deflateBytes(o.stream)
			drop = append(drop, "Length")
			extra = append(extra, attr{"Filter", []byte("/FlateDecode")}, attr{"Length", strconv.AppendInt(nil, int64(len(p.stream)), 10)})
		}
		p.value = rewrite(s.data, o.value, drop, extra)
		lx := &lexer{b: p.value}
		v, err := lx.value(0)
		if err != nil {
			return nil, fmt.Errorf("object %d rewritten: %w", n, err)
		}
		found = refs(v, nil)
	} else {
		found = refs(o.value, nil)
		for i := range found {
			found[i].start -= o.value.start
			found[i].end -= o.value.start
		}
	}
	for _, r := range found {
		t := int(r.n)
		if _, ok := s.offsets[t]; !ok {
			return nil, formatErr("object %d refers to object %d, which is missing", n, t)
		}
		if s.tree[t] {
			// A link to another page, or to the tree: pdfcat rebuilds the
			// tree and copies only some pages, so it cannot keep either.
			return nil, formatErr("object %d refers to page or page tree object %d", n, t)
		}
		p.spans = append(p.spans, [2]int{r.start, r.end})
		p.refs = append(p.refs, t)
	}
	if s.prepared == nil {
		s.prepared = map[int]*prepared{}
	}
	s.prepared[n] = p
	return p, nil
}

// rewrite writes dictionary d of b again with the keys in drop left out
// and the entries in extra added.
func rewrite(b []byte, d node, drop []string, extra []attr) []byte {
	out := make([]byte, 0, d.end-d.start+64)
	out = append(out, "<<"...)
next:
	for i := 0; i+1 < len(d.kids); i += 2 {
		k, v := d.kids[i], d.kids[i+1]
		for _, name := range drop {
			if string(nameOf(b, k)) == name {
				continue next
			}
		}
		out = append(out, '\n')
		out = append(out, b[k.start:k.end]...)
		out = append(out, ' ')
		out = append(out, b[v.start:v.end]...)
	}
	for _, a := range extra {
		out = append(out, "\n/"...)
		out = append(out, a.key...)
		out = append(out, ' ')
		out = append(out, a.value...)
	}
	return append(out, "\n>>"...)
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

// AddPages copies pages from to to (1-based, inclusive) of src. After an
// error the writer is spoilt: Close fails too, so no part-copied file is
// finished as if it were whole.
func (pw *Writer) AddPages(src *Source, from, to int) error {
	if pw.err != nil {
		return pw.err
	}
	if from < 1 || to > len(src.pages) || from > to {
		return fmt.Errorf("pdfcat: pages %d–%d of a %d-page document", from, to, len(src.pages))
	}
	for _, p := range src.pages[from-1 : to] {
		n, err := pw.copy(src, p, true)
		if err != nil {
			if pw.err == nil {
				pw.err = err
			}
			return err
		}
		pw.kids = append(pw.kids, n)
	}
	return pw.err
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
	out := make([]byte, 0, len(p.value)+32)
	prev := 0
	if p.page {
		out = append(out, "<</Parent 1 0 R"...)
		prev = len("<<")
	}
	for i, span := range p.spans {
		nn, err := pw.copy(src, p.refs[i], false)
		if err != nil {
			return 0, err
		}
		out = append(out, p.value[prev:span[0]]...)
		out = strconv.AppendInt(out, int64(nn), 10)
		out = append(out, " 0 R"...)
		prev = span[1]
	}
	out = append(out, p.value[prev:]...)
	pw.offsets[self] = pw.pos
	pw.write(strconv.AppendInt(nil, int64(self), 10))
	pw.write([]byte(" 0 obj\n"))
	pw.write(out)
	if p.hasStream {
		pw.write([]byte("\nstream\n"))
		pw.write(p.stream)
		pw.write([]byte("\nendstream"))
	}
	pw.write([]byte("\nendobj\n"))
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
	if pw.err != nil {
		return pw.err
	}
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

// deflateBytes compresses b with a pooled writer: a new zlib writer costs
// about a megabyte.
func deflateBytes(b []byte) []byte {
	zw := zlibWriters.Get().(*zlib.Writer)
	var z bytes.Buffer
	zw.Reset(&z)
	zw.Write(b)
	zw.Close()
	zlibWriters.Put(zw)
	return z.Bytes()
}
