package main

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"go/parser"
	"go/token"
	"image"
	"image/color"
	"image/png"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"planpack/internal/testkit"
)

// cmdExitcode runs a program and checks its exit status, which exec alone
// does not tell apart (1 input, 2 config, 3 some pupils failed):
//
//	exitcode N PROG [ARGS...]
//
// Its output is kept for stdout and stderr as exec's is. Either output
// holding a Go panic trace fails the script whatever the status: planpack
// must never show a person one.
func cmdExitcode(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exitcode N PROG [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	err = ts.Exec(args[1], args[2:]...)
	got := 0
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		got = ee.ExitCode()
	case err != nil:
		ts.Fatalf("%s: %v", args[1], err)
	}
	for _, name := range []string{"stdout", "stderr"} {
		if out := ts.ReadFile(name); strings.Contains(out, "panic:") || strings.Contains(out, "goroutine ") {
			ts.Fatalf("%s holds a panic trace", name)
		}
	}
	if got != want {
		ts.Fatalf("%s exited with %d, want %d", args[1], got, want)
	}
}

// cmdNopartial checks that a build left nothing behind: no output folder
// and none of the temporary folders a build writes into beside it.
//
//	nopartial OUT
func cmdNopartial(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: nopartial OUT")
	}
	if err := leftBehind(ts.MkAbs(args[0])); err != nil {
		ts.Fatalf("%v", err)
	}
}

// leftBehind reports an output folder, or a temporary one beside it,
// that a refused or interrupted build should not have left.
func leftBehind(out string) error {
	if _, err := os.Lstat(out); err == nil {
		return fmt.Errorf("%s was written", out)
	}
	return stagingBeside(out)
}

// stagingBeside reports a temporary folder a build left beside out.
func stagingBeside(out string) error {
	entries, err := os.ReadDir(filepath.Dir(out))
	if err != nil {
		return err
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "."+filepath.Base(out)+".planpack-") {
			return fmt.Errorf("temporary folder %s left beside %s", e.Name(), out)
		}
	}
	return nil
}

// cmdNostaging checks that no build left a temporary folder beside OUT,
// whether or not OUT itself is there:
//
//	nostaging OUT
func cmdNostaging(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: nostaging OUT")
	}
	if err := stagingBeside(ts.MkAbs(args[0])); err != nil {
		ts.Fatalf("%v", err)
	}
}

// cmdMkbomb replaces the first worksheet of a workbook with well-formed
// XML that unpacks to MIB mebibytes of blank space between its tags; with
// -lie the zip declares the sheet one byte long, so only unpacking can
// find it out.
//
//	mkbomb [-lie] IN.xlsx OUT.xlsx MIB
func cmdMkbomb(ts *testscript.TestScript, neg bool, args []string) {
	lie := len(args) > 0 && args[0] == "-lie"
	if lie {
		args = args[1:]
	}
	if neg || len(args) != 3 {
		ts.Fatalf("usage: mkbomb [-lie] IN.xlsx OUT.xlsx MIB")
	}
	mib, err := strconv.Atoi(args[2])
	ts.Check(err)
	data, err := os.ReadFile(ts.MkAbs(args[0]))
	ts.Check(err)
	bomb, err := testkit.ZipBomb(data, mib, lie)
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), bomb, 0o600))
}

// cmdMkcorrupt damages a workbook:
//
//	mkcorrupt half IN.xlsx OUT.xlsx        the first half of the file's bytes
//	mkcorrupt sst-cut IN.xlsx OUT.xlsx     the shared-strings XML cut off halfway
//	mkcorrupt sst-short IN.xlsx OUT.xlsx   the shared strings' second half dropped,
//	                                       so cells refer past the end
func cmdMkcorrupt(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: mkcorrupt half|sst-cut|sst-short IN.xlsx OUT.xlsx")
	}
	data, err := os.ReadFile(ts.MkAbs(args[1]))
	ts.Check(err)
	var edit func(string) string
	switch args[0] {
	case "half":
		ts.Check(os.WriteFile(ts.MkAbs(args[2]), data[:len(data)/2], 0o600))
		return
	case "sst-cut":
		edit = func(s string) string { return s[:len(s)/2] }
	case "sst-short":
		entries := regexp.MustCompile(`(?s)<si>.*?</si>`)
		edit = func(s string) string {
			all := entries.FindAllStringIndex(s, -1)
			if len(all) < 2 {
				ts.Fatalf("mkcorrupt: only %d shared strings", len(all))
			}
			return s[:all[len(all)/2][0]] + s[all[len(all)-1][1]:]
		}
	default:
		ts.Fatalf("mkcorrupt: unknown damage %q", args[0])
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	ts.Check(err)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	found := false
	for _, f := range zr.File {
		if f.Name != "xl/sharedStrings.xml" {
			ts.Check(zw.Copy(f))
			continue
		}
		rc, err := f.Open()
		ts.Check(err)
		body, err := io.ReadAll(rc)
		rc.Close()
		ts.Check(err)
		w, err := zw.Create(f.Name)
		ts.Check(err)
		io.WriteString(w, edit(string(body)))
		found = true
	}
	if !found {
		ts.Fatalf("mkcorrupt: %s has no shared strings", args[1])
	}
	ts.Check(zw.Close())
	ts.Check(os.WriteFile(ts.MkAbs(args[2]), buf.Bytes(), 0o600))
}

// cmdMkencoded writes a UTF-8 text file in another encoding:
//
//	mkencoded utf16le-bom|shift-jis|gbk|windows-1252 IN OUT
func cmdMkencoded(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: mkencoded utf16le-bom|shift-jis|gbk|windows-1252 IN OUT")
	}
	text := ts.ReadFile(args[1])
	var out string
	var err error
	switch args[0] {
	case "utf16le-bom":
		out, err = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(text)
	case "shift-jis":
		out, err = japanese.ShiftJIS.NewEncoder().String(text)
	case "gbk":
		out, err = simplifiedchinese.GBK.NewEncoder().String(text)
	case "windows-1252":
		out, err = charmap.Windows1252.NewEncoder().String(text)
	default:
		ts.Fatalf("mkencoded: unknown encoding %q", args[0])
	}
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[2]), []byte(out), 0o600))
}

// cmdMkpng writes a 64×64 logo; with -truncate only its first half, as a
// download cut short leaves it.
//
//	mkpng [-truncate] OUT.png
func cmdMkpng(ts *testscript.TestScript, neg bool, args []string) {
	cut := len(args) > 0 && args[0] == "-truncate"
	if cut {
		args = args[1:]
	}
	if neg || len(args) != 1 {
		ts.Fatalf("usage: mkpng [-truncate] OUT.png")
	}
	img := image.NewRGBA(image.Rect(0, 0, 64, 64))
	for y := range 64 {
		for x := range 64 {
			img.Set(x, y, color.RGBA{uint8(x * 4), uint8(y * 4), 128, 255})
		}
	}
	var buf bytes.Buffer
	ts.Check(png.Encode(&buf, img))
	data := buf.Bytes()
	if cut {
		data = data[:len(data)/2]
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), data, 0o600))
}

// cmdXlsxcells prints every cell of a workbook, one a line, as
// "KIND Sheet!A1 value", KIND being "formula" for a cell holding a
// formula and "text", "number" and so on for a value:
//
//	xlsxcells FILE.xlsx
func cmdXlsxcells(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: xlsxcells FILE.xlsx")
	}
	f, err := excelize.OpenFile(ts.MkAbs(args[0]))
	ts.Check(err)
	defer f.Close()
	out := ts.Stdout()
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		ts.Check(err)
		for r, row := range rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				formula, err := f.GetCellFormula(sheet, cell)
				ts.Check(err)
				if v == "" && formula == "" {
					continue
				}
				kind := "formula"
				if formula == "" {
					typ, err := f.GetCellType(sheet, cell)
					ts.Check(err)
					kind = cellKind(typ)
				}
				fmt.Fprintf(out, "%s %s!%s %s\n", kind, sheet, cell, strings.NewReplacer("\n", `\n`, "\r", `\r`, "\t", `\t`).Replace(v))
			}
		}
	}
}

func cellKind(t excelize.CellType) string {
	switch t {
	case excelize.CellTypeSharedString, excelize.CellTypeInlineString:
		return "text"
	case excelize.CellTypeNumber, excelize.CellTypeDate, excelize.CellTypeUnset: // a cell's type defaults to number
		return "number"
	case excelize.CellTypeBool:
		return "bool"
	case excelize.CellTypeError:
		return "error"
	case excelize.CellTypeFormula:
		return "formula"
	}
	return "other"
}

// TestLongTargetBuilds builds a pupil whose target is 10,000 characters:
// the plan must wrap it across pages, every character printed and none of
// it off the page — as words, and as one unbroken run of letters that has
// to be split mid-word.
func TestLongTargetBuilds(t *testing.T) {
	var words []string
	for i, n := 0, 0; ; i++ {
		w := []string{"read", "the", "word", "cards", "with", "an", "adult", "every", "morning", "and", "practise", "sounds"}[i%12] + strconv.Itoa(i)
		if n+len(w)+1 > 10_000 {
			break
		}
		words = append(words, w)
		n += len(w) + 1
	}
	tests := []struct {
		name, target string
		// printed checks the plan's text holds the whole target.
		printed func(t *testing.T, text string)
	}{
		{"words", strings.Join(words, " "), func(t *testing.T, text string) {
			printed := map[string]bool{}
			for _, w := range strings.Fields(text) {
				printed[strings.Trim(w, ".,")] = true
			}
			for _, w := range words {
				if !printed[w] {
					t.Fatalf("word %q of the long target is not in the plan", w)
				}
			}
		}},
		{"one unbroken word", strings.Repeat("x", 10_000), func(t *testing.T, text string) {
			if n := strings.Count(text, "x"); n < 10_000 {
				t.Errorf("the plan prints %d of the target's 10,000 letters", n)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			school := filepath.Join(dir, "school")
			writeFiles(t, school, map[string]string{
				"pupils.csv": "Pupil ID,Legal Forename,Legal Surname,Date of Birth,Year,Reg Group,SEN Status\n" +
					"1001,Sami,Ahmed,14/03/2018,3,3B,K\n",
				"targets.csv": "Pupil ID,Area,Target,Success Criteria,Baseline,Provision,Who,How Often\n" +
					"1001,C&L," + tc.target + ",Reads 20 words in 3 sessions,Reads 8 words,Flash cards,TA,daily 10 min\n" +
					"1001,SEMH,To ask for help when stuck,Asks for help 4 times in a week,Waits,Help card,Teacher,every lesson\n",
			})
			out := filepath.Join(dir, "out")
			var stdout, stderr strings.Builder
			if code := run([]string{"build", "-o", out, school}, &stdout, &stderr); code != exitOK {
				t.Fatalf("build = exit %d, want 0\nstdout:\n%s\nstderr:\n%s", code, stdout.String(), stderr.String())
			}
			pupil := filepath.Join(out, "pupils", "3B", "Ahmed Sami (1001)")
			for _, pdf := range []string{filepath.Join(pupil, "plan.pdf"), filepath.Join(pupil, "review-pack.pdf"), filepath.Join(out, "classes", "3B.pdf")} {
				if msg, err := exec.Command("qpdf", "--check", pdf).CombinedOutput(); err != nil {
					t.Fatalf("%s: qpdf --check: %v\n%s", pdf, err, msg)
				}
				bbox, err := exec.Command("pdftotext", "-bbox", pdf, "-").Output()
				if err != nil {
					t.Fatal(err)
				}
				pages, off := wordsOffPage(t, string(bbox))
				if len(off) > 0 {
					t.Errorf("%s: %d words drawn off the page, first %q", pdf, len(off), off[0])
				}
				if filepath.Base(pdf) != "plan.pdf" {
					continue
				}
				if pages < 2 {
					t.Errorf("the plan has %d page; a 10,000-character target cannot fit on one", pages)
				}
				text, err := exec.Command("pdftotext", "-layout", pdf, "-").Output()
				if err != nil {
					t.Fatal(err)
				}
				tc.printed(t, string(text))
			}
		})
	}
}

var (
	pageBox = regexp.MustCompile(`<page width="([\d.]+)" height="([\d.]+)">`)
	wordBox = regexp.MustCompile(`<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)</word>`)
)

// wordsOffPage reads pdftotext -bbox output and returns the page count and
// the words whose box is not wholly inside their page.
func wordsOffPage(t *testing.T, bbox string) (int, []string) {
	t.Helper()
	var off []string
	pages := strings.Split(bbox, "<page ")[1:]
	for _, page := range pages {
		m := pageBox.FindStringSubmatch("<page " + page)
		if m == nil {
			t.Fatalf("page without a size in pdftotext output")
		}
		w, _ := strconv.ParseFloat(m[1], 64)
		h, _ := strconv.ParseFloat(m[2], 64)
		for _, word := range wordBox.FindAllStringSubmatch(page, -1) {
			var box [4]float64
			for i := range box {
				box[i], _ = strconv.ParseFloat(word[i+1], 64)
			}
			if box[0] < 0 || box[1] < 0 || box[2] > w || box[3] > h {
				off = append(off, word[5])
			}
		}
	}
	return len(pages), off
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

// TestNoNetworkImports keeps planpack offline. The binary does link
// net/http, through excelize and sprig (getHostByName), so the linker's
// list cannot show it; instead no package of planpack's own may import a
// network package, and the script hostile_templates checks that a
// template cannot call sprig's network or environment functions.
func TestNoNetworkImports(t *testing.T) {
	root := filepath.Join("..", "..")
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("module root not found: %v", err)
	}
	network := func(path string) bool {
		for _, p := range []string{"net", "crypto/tls", "golang.org/x/net"} {
			if path == p || strings.HasPrefix(path, p+"/") {
				return true
			}
		}
		return false
	}
	fset := token.NewFileSet()
	files := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		files++
		// planpack serve's page is the one server: it listens on the
		// loopback address and never dials out, so net and net/http are
		// allowed there and nowhere else.
		serving := filepath.ToSlash(filepath.Dir(path)) == "../../internal/serve"
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if serving && (p == "net" || p == "net/http" || p == "net/url") {
				continue
			}
			if network(p) {
				t.Errorf("%s imports %s; planpack must work offline and never use the network", fset.Position(imp.Pos()), p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 20 {
		t.Fatalf("only %d Go files found under %s; the walk missed the module", files, root)
	}
}
