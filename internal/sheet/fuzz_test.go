package sheet

import (
	"archive/zip"
	"os"
	"testing"

	"planpack/internal/diag"
)

func FuzzReadCSV(f *testing.F) {
	f.Add([]byte("Pupil ID,Forename,Surname,DOB,Year,Class,SEN,Area,Target,Success Criteria,Provision,Who,How Often\n1001,Sami,Ahmed,12/03/2019,3,3B,K,C&L,Read,Reads,Phonics,TA,Daily\n"))
	f.Add([]byte("\xEF\xBB\xBFPupil ID,Year\n1,\"a\nb\"\n"))
	f.Add([]byte("Title\n\nUPN,Legal Surname\nA,B,C,D\n"))
	f.Add([]byte{0xFF, 0xFE, 'a', 0})
	f.Add([]byte("Pupil ID,Target\n1,Zo\xEB\n1,\"unterminated\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, err := decodeText(data)
		if err != nil {
			return
		}
		rows, err := parseCSV(text)
		if err != nil {
			return
		}
		sheets, _ := readTable(&Pupils, "in.csv", diag.Pos{File: "in.csv", CSV: true}, rows, false, true)
		for _, s := range sheets {
			for _, r := range s.Rows {
				for _, c := range r.Cells() {
					c.Date()
				}
			}
		}
	})
}

func FuzzReadXLSX(f *testing.F) {
	f.Add(minimalXLSX(f, sheetOpen+`<row r="1"><c r="A1" t="inlineStr"><is><t>Pupil ID</t></is></c><c r="B1" t="inlineStr"><is><t>DOB</t></is></c></row><row r="2"><c r="A2"><v>1001</v></c><c r="B2"><v>43536</v></c></row>`+sheetClose, zip.Store))
	f.Add(minimalXLSX(f, sheetOpen+`<row r="3"><c r="C3" t="e"><v>#REF!</v></c></row>`+sheetClose, zip.Deflate))
	dir := f.TempDir()
	p := writeXLSX(f, dir, true, sheetData{"Pupils", [][]any{pupilHeader, {"1", "A", "B", "1/1/2019", "R", "R1", "K"}}}, sheetData{"Targets", [][]any{{"Pupil ID", "Target"}, {"1", "Read"}}})
	if data, err := os.ReadFile(p); err == nil {
		f.Add(data)
	}
	f.Add([]byte("PK\x03\x04not really"))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, probs := readXLSX("in.xlsx", data)
		if b == nil && len(probs) == 0 {
			t.Fatal("no book and no problem")
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"45292", "12/03/2019", "1/1/24", "2024-02-30", "31/02/2024", "60", "9 January 2027", "1e308", "NaN", "-0", "2024-1", "//", "1.5.", "9999-12-31T"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, date1904 bool) {
		d, err := ParseDate(s, date1904)
		if err == nil && (d.Year() < 1 || d.Year() > 9999) {
			t.Errorf("ParseDate(%q) = %v, outside years 1–9999", s, d)
		}
	})
}
