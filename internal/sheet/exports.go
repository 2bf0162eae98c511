package sheet

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
)

// exportsTSV is what school information systems print: their column
// headers and the wordings of their coded values, each with where it is
// known from. Keeping it as one table lets the README and a school's
// question ("does planpack read our SIMS report?") be answered from one
// place, and adding a system is adding lines, not code.
//
//go:embed exports.tsv
var exportsTSV string

// Form is one line of the exports table: a header or a value wording as
// a system prints it.
type Form struct {
	Kind    string // "column" or "value"
	System  string // "SIMS", "Arbor", …; "any" when several systems print it
	Report  string
	Table   string // column: "Pupils", "Contacts"; value: "status", "need", "year", "flag"
	Field   string // column: the canonical column it feeds; value: the code it means
	Written string
	Source  string
}

// Forms is the exports table.
var Forms = mustParseForms(exportsTSV)

func mustParseForms(text string) []Form {
	forms, err := parseForms(text)
	if err != nil {
		panic(err)
	}
	return forms
}

func parseForms(text string) ([]Form, error) {
	var out []Form
	header := true
	for i, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			return nil, fmt.Errorf("exports.tsv:%d: %d fields, want 7", i+1, len(f))
		}
		if header {
			header = false
			continue
		}
		form := Form{Kind: f[0], System: f[1], Report: f[2], Table: f[3], Field: f[4], Written: f[5], Source: f[6]}
		switch {
		case form.Written == "" || form.Source == "":
			return nil, fmt.Errorf("exports.tsv:%d: a form needs its wording and its source", i+1)
		case form.Kind == "column" && tableNamed(form.Table) == nil:
			return nil, fmt.Errorf("exports.tsv:%d: no table %q", i+1, form.Table)
		case form.Kind == "column" && tableNamed(form.Table).Column(form.Field) == nil:
			return nil, fmt.Errorf("exports.tsv:%d: table %s has no column %q", i+1, form.Table, form.Field)
		case form.Kind != "column" && form.Kind != "value":
			return nil, fmt.Errorf("exports.tsv:%d: kind %q is neither column nor value", i+1, form.Kind)
		}
		out = append(out, form)
	}
	return out, nil
}

func tableNamed(name string) *Table {
	for _, t := range Tables {
		if t.Name == name {
			return t
		}
	}
	return nil
}

// ValueForms returns the wordings of one kind of value ("status", "need",
// "year", "flag"), reduced to lower-case letters and digits, with the code
// each means.
func ValueForms(kind string) map[string]string {
	out := map[string]string{}
	for _, f := range Forms {
		if f.Kind == "value" && f.Table == kind {
			out[normalize(f.Written)] = f.Field
		}
	}
	return out
}

// addExportAliases makes every header of the exports table a name of its
// column, unless the column already has that name.
func addExportAliases() {
	for _, f := range Forms {
		if f.Kind != "column" {
			continue
		}
		c := tableNamed(f.Table).Column(f.Field)
		if !slices.Contains(c.names(), normalize(f.Written)) {
			c.Aliases = append(c.Aliases, f.Written)
		}
	}
}

func init() {
	addExportAliases()
	// The one-sheet layout copies the Pupils and Targets columns, so it is
	// made again with the names just added.
	flatTable = makeFlatTable()
}

// recognise names the system and report whose own headers a sheet has
// most of. A header several systems print counts less, and planpack's
// own name for a column not at all; a tie names no system.
func recognise(t *Table, headers []string) (system, report string) {
	printedBy := map[string]map[string]bool{} // header → systems
	for _, f := range Forms {
		// planpack's own column names say nothing about the system.
		if f.Kind != "column" || f.System == "any" || normalize(f.Written) == normalize(f.Field) {
			continue
		}
		n := normalize(f.Written)
		if printedBy[n] == nil {
			printedBy[n] = map[string]bool{}
		}
		printedBy[n][f.System] = true
	}
	// A header several systems print counts for each of them in part.
	score := map[string]float64{}
	reports := map[string]string{}
	for _, h := range headers {
		n := normalize(h)
		systems := printedBy[n]
		for _, f := range Forms {
			if f.Kind == "column" && f.Table == t.Name && normalize(f.Written) == n && systems[f.System] {
				score[f.System] += 1 / float64(len(systems))
				if reports[f.System] == "" {
					reports[f.System] = f.Report
				}
			}
		}
	}
	best, tie := 0.0, false
	for s, n := range score {
		switch {
		case n > best:
			system, best, tie = s, n, false
		case n == best:
			tie = true
		}
	}
	if tie {
		return "", ""
	}
	return system, reports[system]
}
