package main

import (
	"strconv"
	"strings"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/xuri/excelize/v2"
)

// cmdXlsxset fills in cells of a workbook the way a SENCo does at the
// review meeting, by column name on a data row:
//
//	xlsxset FILE.xlsx SHEET N COLUMN=VALUE...
//
// N counts data rows from 1, below the first row that holds every named
// column; COLUMN is a header as written in the sheet.
func cmdXlsxset(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 4 {
		ts.Fatalf("usage: xlsxset FILE.xlsx SHEET N COLUMN=VALUE...")
	}
	file, sheet := ts.MkAbs(args[0]), args[1]
	n, err := strconv.Atoi(args[2])
	if err != nil || n < 1 {
		ts.Fatalf("xlsxset: row %q is not a number from 1", args[2])
	}
	f, err := excelize.OpenFile(file)
	ts.Check(err)
	defer f.Close()
	rows, err := f.GetRows(sheet)
	ts.Check(err)
	var names, values []string
	for _, a := range args[3:] {
		k, v, ok := strings.Cut(a, "=")
		if !ok {
			ts.Fatalf("xlsxset: %q is not COLUMN=VALUE", a)
		}
		names, values = append(names, k), append(values, v)
	}
	for h, row := range rows {
		cols := map[string]int{}
		for c, v := range row {
			cols[strings.TrimSpace(v)] = c + 1
		}
		found := true
		for _, k := range names {
			if cols[k] == 0 {
				found = false
			}
		}
		if !found {
			continue
		}
		for i, k := range names {
			cell, _ := excelize.CoordinatesToCellName(cols[k], h+1+n)
			ts.Check(f.SetCellStr(sheet, cell, values[i]))
		}
		ts.Check(f.Save())
		return
	}
	ts.Fatalf("xlsxset: no row of %s holds the columns %v", sheet, names)
}
