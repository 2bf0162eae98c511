package main

import (
	"bufio"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/xuri/excelize/v2"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"planpack": func() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: filepath.Join("testdata", "script"),
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"mkxlsx": cmdMkxlsx,
			// Damaged and hostile input, and checks on what a build left
			// (hostile_test.go).
			"exitcode":  cmdExitcode,
			"nopartial": cmdNopartial,
			"nostaging": cmdNostaging,
			"mkbomb":    cmdMkbomb,
			"mkcorrupt": cmdMkcorrupt,
			"mkencoded": cmdMkencoded,
			"mkpng":     cmdMkpng,
			"xlsxcells": cmdXlsxcells,
			"xlsxset":   cmdXlsxset,
		},
		Setup: func(env *testscript.Env) error {
			// The default term's plan date, so date checks ("review date
			// in the past") give the same answer on any day.
			env.Setenv("SOURCE_DATE_EPOCH", "1799452800")
			// The bundled samples, for scripts that build them as a new
			// user would (they copy what they use, never build in place).
			samples, err := filepath.Abs(filepath.Join("..", "..", "samples"))
			env.Setenv("SAMPLES", samples)
			return err
		},
	})
}

// cmdMkxlsx writes a real workbook from a text spec, since a binary .xlsx
// cannot live in a txtar archive:
//
//	mkxlsx OUT.xlsx SPEC
//
// SPEC holds "[Sheet name]" lines, each followed by that sheet's rows as
// CSV. A line "date1904" before the first sheet makes a workbook that
// counts dates from 1904. A cell written "=serial:N" is stored as the
// number N with a date format, as Excel stores a date.
func cmdMkxlsx(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: mkxlsx OUT.xlsx SPEC")
	}
	spec, err := os.Open(ts.MkAbs(args[1]))
	ts.Check(err)
	defer spec.Close()
	f := excelize.NewFile()
	defer f.Close()
	dateStyle, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	ts.Check(err)
	sheet, row, first := "", 0, true
	sc := bufio.NewScanner(spec)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "date1904" && sheet == "":
			yes := true
			ts.Check(f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}))
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			sheet, row = strings.Trim(line, "[]"), 0
			if first {
				ts.Check(f.SetSheetName("Sheet1", sheet))
				first = false
			} else {
				_, err := f.NewSheet(sheet)
				ts.Check(err)
			}
			continue
		case sheet == "":
			ts.Fatalf("mkxlsx: %q before the first [Sheet] line", line)
		}
		row++
		rec, err := csv.NewReader(strings.NewReader(line)).Read()
		if err != nil && line != "" {
			ts.Fatalf("mkxlsx: row %d of %s: %v", row, sheet, err)
		}
		for i, v := range rec {
			cell, _ := excelize.CoordinatesToCellName(i+1, row)
			if n, ok := strings.CutPrefix(v, "=serial:"); ok {
				ts.Check(f.SetCellFormula(sheet, cell, ""))
				ts.Check(f.SetCellDefault(sheet, cell, n))
				ts.Check(f.SetCellStyle(sheet, cell, cell, dateStyle))
				continue
			}
			// `\n` in a field is a line break inside the cell, as
			// Alt+Enter makes in a spreadsheet.
			ts.Check(f.SetCellStr(sheet, cell, strings.ReplaceAll(v, `\n`, "\n")))
		}
	}
	ts.Check(sc.Err())
	ts.Check(f.SaveAs(ts.MkAbs(args[0])))
}

// TestCheckSample checks that the sample school shipped with planpack
// passes its own check, and that the broken sample does not.
func TestCheckSample(t *testing.T) {
	for _, tc := range []struct {
		name string
		want int
	}{{"school", exitOK}, {"broken", exitInput}} {
		t.Run(tc.name, func(t *testing.T) {
			input := filepath.Join("..", "..", "samples", tc.name, "input.xlsx")
			if _, err := os.Stat(input); err != nil {
				t.Fatalf("sample workbook missing: %v", err)
			}
			var stdout, stderr strings.Builder
			code := run([]string{"check", input}, &stdout, &stderr)
			if code != tc.want {
				t.Errorf("planpack check %s = exit %d, want %d\nstdout:\n%s\nstderr:\n%s", input, code, tc.want, stdout.String(), stderr.String())
			}
			if tc.want == exitInput && !strings.Contains(stdout.String(), "input.xlsx: Pupils!") {
				t.Errorf("broken sample's problems name no Pupils cell:\n%s", stdout.String())
			}
		})
	}
}
