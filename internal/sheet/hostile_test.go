package sheet

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	hangul "golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"

	"planpack/internal/testkit"
)

// realWorkbook is a small register written by excelize, the way a school's
// export arrives, with its text in the shared-strings part.
func realWorkbook(t *testing.T) []byte {
	t.Helper()
	path := writeXLSX(t, t.TempDir(), false,
		sheetData{"Pupils", [][]any{pupilHeader,
			{"1001", "Sami", "Ahmed", "14/03/2018", "3", "3B", "K"},
			{"1002", "Zoe", "O'Neill", "02/10/2017", "4", "4C", "E"}}},
		sheetData{"Targets", [][]any{
			{"Pupil ID", "Area", "Target", "Success Criteria", "Provision", "Who", "How Often"},
			{"1001", "C&L", "Read 20 words", "Reads 20 words", "Flash cards", "TA", "Daily"}}})
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if b, probs := readXLSX("input.xlsx", data); b == nil || probs.HasErrors() {
		t.Fatalf("the untouched workbook does not read:\n%s", messages(probs))
	}
	return data
}

// rewriteZip copies a workbook entry by entry, letting edit change the
// bytes of any part; edit returns nil to keep a part as it was.
func rewriteZip(t *testing.T, data []byte, edit func(name string, body []byte) []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if changed := edit(f.Name, body); changed != nil {
			body = changed
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(body)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// bombSheet replaces the Pupils worksheet of a real workbook with
// well-formed XML that unpacks to mib MiB of blank space between its tags.
// One MiB is compressed once and its deflate blocks repeated (each copy
// ends in a sync flush, so it stands alone), which keeps building it fast.
// With lie set, the zip declares the sheet one byte long.
func bombSheet(t *testing.T, data []byte, mib int, lie bool) []byte {
	t.Helper()
	bomb, err := testkit.ZipBomb(data, mib, lie)
	if err != nil {
		t.Fatal(err)
	}
	if len(bomb) > 1<<20 {
		t.Fatalf("the bomb is %d bytes; it is meant to be small", len(bomb))
	}
	return bomb
}

func TestBombSheetIsWellFormed(t *testing.T) {
	// The same construction under the limit must unpack, pass its CRC and
	// parse, so that refusing the big one is the limit and not a broken
	// fixture.
	data := bombSheet(t, realWorkbook(t), 2, false)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name != "xl/worksheets/sheet1.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		defer rc.Close()
		if _, err := scanXML(rc, true, false); err != nil {
			t.Fatalf("small bomb sheet: %v", err)
		}
		return
	}
	t.Fatal("no sheet1.xml in the workbook")
}

// TestHostileWorkbooks feeds damaged and hostile workbooks to Read: each
// must give one error naming the file (and the sheet and cell where there
// is one), and no book, so nothing is read partly.
func TestHostileWorkbooks(t *testing.T) {
	sst := func(edit func(string) string) func(t *testing.T, data []byte) []byte {
		return func(t *testing.T, data []byte) []byte {
			return rewriteZip(t, data, func(name string, body []byte) []byte {
				if name != "xl/sharedStrings.xml" {
					return nil
				}
				return []byte(edit(string(body)))
			})
		}
	}
	siEntry := regexp.MustCompile(`<si>.*?</si>`)
	tests := []struct {
		name  string
		make  func(t *testing.T, data []byte) []byte
		want  string
		where string // the position the problem must print, after the file name
	}{
		{"first half of a real workbook", func(_ *testing.T, d []byte) []byte { return d[:len(d)/2] }, "not an .xlsx workbook", ""},
		{"text file named .xlsx", func(*testing.T, []byte) []byte { return []byte("Pupil ID,Surname\r\n1001,Ahmed\r\n") }, "not an .xlsx workbook", ""},
		{"zip bomb: 512 MiB sheet, honest sizes", func(t *testing.T, d []byte) []byte { return bombSheet(t, d, 512, false) }, "unpacks to more than 64 MiB", ""},
		{"zip bomb: 512 MiB sheet declared as one byte", func(t *testing.T, d []byte) []byte { return bombSheet(t, d, 512, true) }, "xl/worksheets/sheet1.xml does not unpack", ""},
		{"shared strings cut off mid-XML", sst(func(s string) string { return s[:len(s)/2] }), "xl/sharedStrings.xml is not readable XML", ""},
		{"shared strings missing entries cells refer to", sst(func(s string) string {
			return siEntry.ReplaceAllStringFunc(s, func(si string) string {
				if strings.Contains(si, "Ahmed") || strings.Contains(si, "Zoe") || strings.Contains(si, "O'Neill") || strings.Contains(si, "3B") || strings.Contains(si, "4C") || strings.Contains(si, "1001") || strings.Contains(si, "1002") || strings.Contains(si, "Read") {
					return ""
				}
				return si
			})
		}), "refers to text entry 32 but the workbook has 25", ": Targets!G2: "},
		{"shared strings part with an unclosed tag", sst(func(s string) string { return strings.Replace(s, "</si>", "", 1) }), "xl/sharedStrings.xml is not readable XML", ""},
		{"billion laughs: entities defined in a DOCTYPE are not expanded", sst(func(s string) string {
			laughs := `<!DOCTYPE sst [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">` +
				`<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">` +
				`<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">` +
				`<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">` +
				`<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>`
			i := strings.Index(s, "<sst")
			return s[:i] + laughs + strings.Replace(s[i:], "<t>Ahmed</t>", "<t>&lol9;</t>", 1)
		}), "xl/sharedStrings.xml is not readable XML", ""},
		{"workbook with a password to open", func(t *testing.T, _ []byte) []byte {
			f := excelize.NewFile()
			defer f.Close()
			f.SetCellStr("Sheet1", "A1", "Pupil ID")
			var buf bytes.Buffer
			if err := f.Write(&buf, excelize.Options{Password: "secret"}); err != nil {
				t.Fatal(err)
			}
			return buf.Bytes()
		}, "this workbook is password-protected", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := writeFile(t, filepath.Join(t.TempDir(), "input.xlsx"), tc.make(t, realWorkbook(t)))
			b, probs := Read(path)
			if b != nil {
				t.Fatalf("a book came back from a damaged workbook; problems:\n%s", messages(probs))
			}
			if len(probs) != 1 || !strings.Contains(probs[0].Message, tc.want) {
				t.Fatalf("want one error containing %q, got:\n%s", tc.want, messages(probs))
			}
			got := probs[0].Error()
			if !strings.HasPrefix(got, path+tc.where) {
				t.Errorf("error does not start %q:\n%s", path+tc.where, got)
			}
			if tc.where != "" && probs[0].Pos.Row == 0 {
				t.Errorf("error names no cell: %s", got)
			}
		})
	}
}

// TestSharedStringPastTheEndNamesTheCell checks the exact cell: a worksheet
// whose C2 points at text entry 5 of a workbook with 2.
func TestSharedStringPastTheEndNamesTheCell(t *testing.T) {
	data := minimalXLSX(t, sheetOpen+`<row r="1"><c r="A1" t="inlineStr"><is><t>Pupil ID</t></is></c></row><row r="2"><c r="A2"><v>1</v></c><c r="C2" t="s"><v>5</v></c></row>`+sheetClose, zip.Deflate)
	var buf bytes.Buffer
	zr, _ := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		zw.Copy(f)
	}
	w, _ := zw.Create("xl/sharedStrings.xml")
	io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2"><si><t>a</t></si><si><t>b</t></si></sst>`)
	zw.Close()
	_, probs := readXLSX("in.xlsx", buf.Bytes())
	if len(probs) != 1 || !strings.HasPrefix(probs[0].Error(), "in.xlsx: Pupils!C2: ") || !strings.Contains(probs[0].Message, "text entry 5 but the workbook has 2") {
		t.Fatalf("want one error at Pupils!C2, got:\n%s", messages(probs))
	}
}

// withSharedStrings adds a shared-strings part to a workbook.
func withSharedStrings(t testing.TB, data []byte, sst string) []byte {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		if err := zw.Copy(f); err != nil {
			t.Fatal(err)
		}
	}
	w, err := zw.Create("xl/sharedStrings.xml")
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(w, sst)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// FuzzWorkbookXML fuzzes what is inside a sound zip — the worksheet and
// shared-strings XML — which FuzzReadXLSX seldom reaches, since almost
// every change to the zip's bytes fails its checksum.
func FuzzWorkbookXML(f *testing.F) {
	const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2"><si><t>Pupil ID</t></si><si><t>Legal Surname</t></si></sst>`
	f.Add(sheetOpen+`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2"><v>1001</v></c><c r="B2" t="inlineStr"><is><t>Ahmed</t></is></c></row>`+sheetClose, sst)
	f.Add(sheetOpen+`<row r="2"><c r="C2" t="e"><v>#REF!</v></c><c r="D2" t="str"><f>1+1</f><v>2</v></c><c r="E2" t="b"><v>1</v></c></row>`+sheetClose, sst)
	f.Add(sheetOpen+`<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c></row><row><c><v>7</v></c></row><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>`+sheetClose, sst)
	f.Fuzz(func(t *testing.T, sheetXML, sst string) {
		data := withSharedStrings(t, minimalXLSX(t, sheetXML, zip.Store), sst)
		b, probs := readXLSX("in.xlsx", data)
		if b == nil && len(probs) == 0 {
			t.Fatal("no book and no problem")
		}
	})
}

func TestCSVInOtherEncodings(t *testing.T) {
	text := "Pupil ID,Legal Forename,Legal Surname,Date of Birth,Year,Reg Group,SEN Status\r\n" +
		"1001,太郎,山田,14/03/2018,3,3B,K\r\n1002,はなこ,佐藤,02/10/2017,4,4C,E\r\n"
	sjis, err := japanese.ShiftJIS.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	encode := func(e encoding.Encoding, text string) string {
		out, err := e.NewEncoder().String(text)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	chinese := "Pupil ID,Legal Forename,Legal Surname,Date of Birth,Year,Reg Group,SEN Status\r\n" +
		"1001,小明,王,14/03/2018,3,3B,K\r\n1002,美玲,陈,02/10/2017,4,4C,E\r\n"
	korean := "Pupil ID,Legal Forename,Legal Surname,Date of Birth,Year,Reg Group,SEN Status\r\n" +
		"1001,민준,김,14/03/2018,3,3B,K\r\n1002,서연,이,02/10/2017,4,4C,E\r\n"
	tests := []struct{ name, data, want string }{
		{"Shift-JIS from Japanese Windows", sjis, "Shift-JIS"},
		{"UTF-16 LE with a byte order mark", utf16, "UTF-16"},
		{"GBK from Chinese Windows", encode(simplifiedchinese.GBK, chinese), "GBK, Big5 or EUC-KR"},
		{"Big5 from Taiwanese Windows", encode(traditionalchinese.Big5, strings.NewReplacer("陈", "陳").Replace(chinese)), "GBK, Big5 or EUC-KR"},
		{"EUC-KR from Korean Windows", encode(hangul.EUCKR, korean), "GBK, Big5 or EUC-KR"},
		{"one Chinese name among English ones", encode(simplifiedchinese.GBK, strings.Replace(text, "1001,太郎,山田", "1001,Sam,李小龙", 1)), "GBK, Big5 or EUC-KR"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := writeFile(t, filepath.Join(t.TempDir(), "pupils.csv"), []byte(tc.data))
			b, probs := Read(path)
			if b != nil || len(probs) != 1 || !strings.Contains(probs[0].Message, tc.want) || !strings.HasPrefix(probs[0].Error(), path+": ") {
				t.Fatalf("want one error naming %s and %q, got book=%v:\n%s", path, tc.want, b != nil, messages(probs))
			}
		})
	}
}

// TestCellLongerThanASpreadsheetHolds: a CSV can carry more text in one
// cell than Excel's 32,767 characters, which next-term.xlsx would cut
// short without a word. It is an error at the cell; the limit itself is
// fine.
func TestCellLongerThanASpreadsheetHolds(t *testing.T) {
	for _, tc := range []struct {
		name string
		n    int
		want string
	}{
		{"at the limit", MaxCellChars, ""},
		{"one character over", MaxCellChars + 1, "the cell holds 32768 characters, more than the 32767"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeFile(t, filepath.Join(t.TempDir(), "pupils.csv"), []byte("Pupil ID,Legal Forename,Needs\n1001,Sami,"+strings.Repeat("é", tc.n)+"\n"))
			b, probs := Read(path)
			if b == nil || b.Sheet("Pupils") == nil || len(b.Sheet("Pupils").Rows) != 1 {
				t.Fatalf("the row was not read:\n%s", messages(probs))
			}
			got := ""
			for _, p := range probs {
				if strings.Contains(p.Message, "characters") {
					got = p.Error()
				}
			}
			switch {
			case tc.want == "" && got != "":
				t.Errorf("unexpected problem: %s", got)
			case tc.want != "" && (!strings.Contains(got, tc.want) || !strings.HasPrefix(got, path+":2 (Needs): ")):
				t.Errorf("want an error at %s:2 (Needs) containing %q, got %q", path, tc.want, got)
			}
		})
	}
}

// TestWindows1252IsNotTakenForShiftJIS guards the Shift-JIS test against
// refusing what Excel on an English, French, Welsh or Irish Windows writes.
func TestWindows1252IsNotTakenForShiftJIS(t *testing.T) {
	for _, name := range []string{
		"Renée", "François", "Zoë", "Siân", "Chloé Ó Súilleabháin", "Müller-Lüdenscheidt", "Øyvind Ærø",
		"“Sami’s” target – read 20 words…", "Łukasz", "Dvořák", "Ibáñez", "Þóra", "Straße", "Crème brûlée",
		"Müßig", "Jürgen Müßig", "«Sébastien»", "Ægir Øst", "Ñuño", "ÀÉÎÕÜ",
	} {
		t.Run(name, func(t *testing.T) {
			enc, err := charmap.Windows1252.NewEncoder().String("Pupil ID,Legal Forename\r\n1001," + name + "\r\n")
			if err != nil {
				// Not every name is in Windows-1252 (Ł, ř); those are UTF-8 only.
				return
			}
			text, err := decodeText([]byte(enc))
			if err != nil {
				t.Fatalf("Windows-1252 text refused: %v", err)
			}
			if !strings.Contains(text, name) {
				t.Errorf("decoded %q, want it to contain %q", text, name)
			}
		})
	}
}
