package sheet

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"path/filepath"
	"strings"
	"testing"
)

// minimalXLSX builds the smallest workbook excelize opens: one sheet named
// Pupils whose worksheet XML is given.
func minimalXLSX(t testing.TB, sheetXML string, method uint16) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Pupils" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`},
		{"xl/worksheets/sheet1.xml", sheetXML},
	}
	for _, p := range parts {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: method})
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, p.body)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const sheetOpen = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`
const sheetClose = `</sheetData></worksheet>`

func TestMinimalWorkbookReads(t *testing.T) {
	// The limit tests below rely on this builder making a readable
	// workbook, so a refusal is the limit and not a broken fixture.
	data := minimalXLSX(t, sheetOpen+`<row r="1"><c r="A1" t="inlineStr"><is><t>Pupil ID</t></is></c></row><row r="2"><c r="A2"><v>1001</v></c></row>`+sheetClose, zip.Deflate)
	b, probs := readXLSX("in.xlsx", data)
	if b == nil || len(b.Sheet("Pupils").Rows) != 1 || b.Sheet("Pupils").Rows[0].Get(ColPupilID) != "1001" {
		t.Fatalf("minimal workbook not read: %v\n%s", b, messages(probs))
	}
}

func TestLimits(t *testing.T) {
	var wide strings.Builder
	wide.WriteString(sheetOpen + `<row r="1">`)
	for i := 1; i <= MaxColumns+1; i++ {
		fmt.Fprintf(&wide, `<c><v>%d</v></c>`, i)
	}
	wide.WriteString(`</row>` + sheetClose)

	var long strings.Builder
	long.WriteString(sheetOpen)
	for i := 1; i <= MaxRows+1; i++ {
		fmt.Fprintf(&long, `<row r="%d"/>`, i)
	}
	long.WriteString(sheetClose)

	tests := []struct {
		name string
		data func(t *testing.T) []byte
		want string
	}{
		{"not a zip", func(*testing.T) []byte { return []byte("Pupil ID,Name\n1,Sami\n") }, "not an .xlsx workbook"},
		{"empty file", func(*testing.T) []byte { return nil }, "not an .xlsx workbook"},
		{"corrupt entry fails its CRC", corruptCRC, "does not unpack (zip: checksum error)"},
		{"zip bomb over 64 MiB unpacked", zipBomb, "unpacks to more than 64 MiB"},
		{"zip bomb that declares a small size is caught as damage", lyingBomb, "does not unpack"},
		{"more than 1,000 columns", func(t *testing.T) []byte { return minimalXLSX(t, wide.String(), zip.Deflate) }, "more than 1000 columns"},
		{"more than 100,000 rows", func(t *testing.T) []byte { return minimalXLSX(t, long.String(), zip.Deflate) }, "more than 100000 rows"},
		{"a cell pointing past the shared text", func(t *testing.T) []byte {
			return minimalXLSX(t, sheetOpen+`<row r="1"><c r="A1" t="inlineStr"><is><t>Pupil ID</t></is></c></row><row r="2"><c r="A2" t="s"><v>99</v></c></row>`+sheetClose, zip.Deflate)
		}, "refers to text entry 99 but the workbook has 0"},
		{"rows out of order", func(t *testing.T) []byte {
			return minimalXLSX(t, sheetOpen+`<row r="1"><c r="A1" t="inlineStr"><is><t>Pupil ID</t></is></c></row><row r="3"><c r="A3"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>`+sheetClose, zip.Deflate)
		}, "row 2 comes after row 3"},
		{"broken XML in a sheet", func(t *testing.T) []byte {
			return minimalXLSX(t, sheetOpen+`<row r="1"><c r="A1"><v>1</v></c>`+sheetClose, zip.Deflate)
		}, "not readable XML"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := writeFile(t, filepath.Join(t.TempDir(), "input.xlsx"), tc.data(t))
			b, probs := Read(path)
			if b != nil {
				t.Fatalf("workbook read despite the limit; problems:\n%s", messages(probs))
			}
			if len(probs) != 1 || !strings.Contains(probs[0].Message, tc.want) || probs[0].Pos.File != path {
				t.Fatalf("want one error with the file containing %q, got:\n%s", tc.want, messages(probs))
			}
			// A problem inside a worksheet names the sheet.
			if inSheet := strings.Contains(tc.name, "rows") || strings.Contains(tc.name, "columns") || strings.Contains(tc.name, "XML") || strings.Contains(tc.name, "shared text"); inSheet && probs[0].Pos.Sheet != "Pupils" {
				t.Errorf("problem does not name the sheet: %s", probs[0].Error())
			}
		})
	}
}

// corruptCRC stores the sheet uncompressed and then changes one byte of
// it, so only the CRC can tell.
func corruptCRC(t *testing.T) []byte {
	data := minimalXLSX(t, sheetOpen+`<row r="1"><c r="A1" t="inlineStr"><is><t>Pupil ID</t></is></c></row>`+sheetClose, zip.Store)
	i := bytes.Index(data, []byte("Pupil ID"))
	if i < 0 {
		t.Fatal("sheet text not found")
	}
	data[i+7] = 'X'
	return data
}

// zipBomb is a sheet that unpacks to 65 MiB of blank space but is a few
// kilobytes packed. Compressing 65 MiB in the test would be slow, so one
// MiB is compressed and its deflate blocks repeated: after a sync flush
// each copy is self-contained, and a final empty block ends the stream.
func zipBomb(t *testing.T) []byte {
	const copies = 65
	blank := bytes.Repeat([]byte(" "), 1<<20)
	var chunk bytes.Buffer
	fw, err := flate.NewWriter(&chunk, flate.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	fw.Write(blank)
	fw.Flush()
	stream := bytes.Repeat(chunk.Bytes(), copies)
	stream = append(stream, 0x01, 0x00, 0x00, 0xFF, 0xFF) // final, empty stored block
	crc := uint32(0)
	for i := 0; i < copies; i++ {
		crc = crc32.Update(crc, crc32.IEEETable, blank)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{
		Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate, CRC32: crc,
		CompressedSize64: uint64(len(stream)), UncompressedSize64: copies << 20,
	})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(stream)
	zw.Close()
	if buf.Len() > 1<<20 {
		t.Fatalf("bomb is %d bytes, meant to be small", buf.Len())
	}
	return buf.Bytes()
}

// lyingBomb is zipBomb with the entry's declared size rewritten to one
// byte: the declared total passes, and unpacking must stop it.
func lyingBomb(t *testing.T) []byte {
	data := zipBomb(t)
	size := make([]byte, 4)
	binary.LittleEndian.PutUint32(size, 65<<20)
	one := []byte{1, 0, 0, 0}
	if n := bytes.Count(data, size); n != 2 { // local header and central directory
		t.Fatalf("declared size found %d times, want 2", n)
	}
	return bytes.ReplaceAll(data, size, one)
}

func TestZipBombFixtureIsValid(t *testing.T) {
	// Below the limit the same construction must unpack cleanly, so the
	// refusal above is the size and not a broken stream.
	data := zipBomb(t)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.File[0].Open()
	if err != nil {
		t.Fatal(err)
	}
	n, err := io.Copy(io.Discard, rc)
	if err != nil || n != 65<<20 {
		t.Fatalf("unpacked %d bytes, err %v; want 65 MiB and a good CRC", n, err)
	}
}

func TestCSVLimits(t *testing.T) {
	t.Run("more than 1,000 columns", func(t *testing.T) {
		path := writeFile(t, filepath.Join(t.TempDir(), "pupils.csv"), []byte("Pupil ID"+strings.Repeat(",x", MaxColumns)+"\n"))
		if b, probs := Read(path); b != nil || !strings.Contains(messages(probs), "more than the 1000 planpack reads") {
			t.Errorf("problems:\n%s", messages(probs))
		}
	})
	t.Run("more than 100,000 rows", func(t *testing.T) {
		path := writeFile(t, filepath.Join(t.TempDir(), "pupils.csv"), []byte("Pupil ID\n"+strings.Repeat("1\n", MaxRows)))
		if b, probs := Read(path); b != nil || !strings.Contains(messages(probs), "more than 100000 rows") {
			t.Errorf("problems:\n%s", messages(probs))
		}
	})
}

func TestMissingInput(t *testing.T) {
	b, probs := Read(filepath.Join(t.TempDir(), "nope.xlsx"))
	if b != nil || !strings.Contains(messages(probs), "cannot read the input") {
		t.Errorf("problems:\n%s", messages(probs))
	}
	old := writeFile(t, filepath.Join(t.TempDir(), "old.xls"), []byte{0xD0, 0xCF})
	if b, probs := Read(old); b != nil || !strings.Contains(messages(probs), "save it as .xlsx") {
		t.Errorf("problems:\n%s", messages(probs))
	}
}
