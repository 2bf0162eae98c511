// Package diag holds the one error type planpack reports input problems
// with: a position in a file (sheet and cell, or CSV line) and a message
// saying what is wrong and what would be right. Problems are collected
// into a List, sorted by file, sheet and row, and printed once.
package diag

import (
	"fmt"
	"sort"
	"strings"
)

// Severity says whether a problem stops the build.
type Severity int

const (
	Error Severity = iota
	Warning
)

// Pos is where a value came from. Sheet is empty for CSV files, where Row
// is the line number. Col is the 1-based column index (0 when the problem
// concerns a whole row or sheet); Column is the header the school wrote.
type Pos struct {
	File   string
	Sheet  string
	Row    int
	Col    int
	Column string
	CSV    bool
}

// Cell returns the spreadsheet reference, "C14", or "" when unknown.
func (p Pos) Cell() string {
	if p.Row == 0 {
		return ""
	}
	if p.Col == 0 {
		return fmt.Sprintf("%d", p.Row)
	}
	return ColumnName(p.Col) + fmt.Sprint(p.Row)
}

// WithColumn returns p pointing at another column of the same row.
func (p Pos) WithColumn(col int, name string) Pos {
	p.Col, p.Column = col, name
	return p
}

// String prints "file: Sheet!C14 (Column)" or, for CSV, "file:14 (Column)".
func (p Pos) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	switch {
	case p.CSV && p.Row > 0:
		fmt.Fprintf(&b, ":%d", p.Row)
	case p.Sheet != "" && p.Row > 0:
		fmt.Fprintf(&b, ": %s!%s", p.Sheet, p.Cell())
	case p.Sheet != "":
		fmt.Fprintf(&b, ": %s", p.Sheet)
	}
	if p.Column != "" {
		fmt.Fprintf(&b, " (%s)", p.Column)
	}
	return b.String()
}

// ColumnName turns 1 into "A", 27 into "AA".
func ColumnName(n int) string {
	var s []byte
	for n > 0 {
		n--
		s = append([]byte{byte('A' + n%26)}, s...)
		n /= 26
	}
	return string(s)
}

// Problem is one thing wrong with the input.
type Problem struct {
	Pos      Pos
	Severity Severity
	Message  string
}

func (p Problem) Error() string {
	if p.Severity == Warning {
		return p.Pos.String() + ": warning: " + p.Message
	}
	return p.Pos.String() + ": " + p.Message
}

// List collects problems from every stage of a check.
type List []Problem

// Errorf adds an error at pos.
func (l *List) Errorf(pos Pos, format string, args ...any) {
	*l = append(*l, Problem{Pos: pos, Severity: Error, Message: fmt.Sprintf(format, args...)})
}

// Warnf adds a warning at pos.
func (l *List) Warnf(pos Pos, format string, args ...any) {
	*l = append(*l, Problem{Pos: pos, Severity: Warning, Message: fmt.Sprintf(format, args...)})
}

// HasErrors reports whether any problem is an error.
func (l List) HasErrors() bool {
	for _, p := range l {
		if p.Severity == Error {
			return true
		}
	}
	return false
}

// Count returns the number of errors and warnings.
func (l List) Count() (errors, warnings int) {
	for _, p := range l {
		if p.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return
}

// Strict turns every warning into an error.
func (l List) Strict() List {
	out := make(List, len(l))
	for i, p := range l {
		p.Severity = Error
		out[i] = p
	}
	return out
}

// Sort orders problems by file, sheet, row, column, then message, so that
// a report reads top to bottom like the workbook.
func (l List) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i].Pos, l[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Sheet != b.Sheet {
			return a.Sheet < b.Sheet
		}
		if a.Row != b.Row {
			return a.Row < b.Row
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return l[i].Message < l[j].Message
	})
}

// Error lets a List be returned as an error; it prints one problem a line.
func (l List) Error() string {
	var b strings.Builder
	for i, p := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.Error())
	}
	return b.String()
}

// Distance is the Levenshtein edit distance between two strings, in
// characters: how a message finds the nearest known name to suggest for a
// mistyped column, sheet or setting.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
