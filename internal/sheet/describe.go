package sheet

import (
	"fmt"
	"sort"
	"strings"

	"planpack/internal/diag"
)

// Describe says, a line a sheet, how the input was read: the system and
// report the sheet looks like, which header fed each field where the
// header is not the field's own name, and the known columns set aside.
// A sheet headed with planpack's own names gives no line.
func (b *Book) Describe() []string {
	var out []string
	for _, t := range Tables {
		s := b.Sheets[t.Name]
		if s == nil {
			continue
		}
		if line := s.describe(); line != "" {
			out = append(out, line)
		}
	}
	return out
}

func (s *Sheet) describe() string {
	type use struct {
		col  int
		text string
	}
	var uses []use
	for name, p := range s.Header {
		if normalize(p.Column) == normalize(name) {
			continue
		}
		text := fmt.Sprintf("%s ← %q (%s)", name, p.Column, colLetters(p))
		switch {
		case name == ColPrimaryNeed && s.Has(ColNeedRank):
			text = fmt.Sprintf("Primary and Secondary Need ← %q (%s), one row a need ranked by %q", p.Column, colLetters(p), s.Header[ColNeedRank].Column)
		case name == ColNeedRank:
			continue
		}
		uses = append(uses, use{p.Col, text})
	}
	if s.Table == &Pupils && !s.Has(ColRegGroup) && s.Has(ColYear) {
		uses = append(uses, use{s.Header[ColYear].Col, "Reg Group ← the year group, as there is no registration group"})
	}
	sort.Slice(uses, func(i, j int) bool { return uses[i].col < uses[j].col })
	var parts []string
	if s.System != "" {
		parts = append(parts, "read as "+article(s.System)+" "+strings.TrimSpace(s.System+" "+s.Report))
	}
	for _, u := range uses {
		parts = append(parts, u.text)
	}
	if len(s.Ignored) > 0 {
		var ig []string
		for _, p := range s.Ignored {
			ig = append(ig, fmt.Sprintf("%q (%s)", p.Column, colLetters(p)))
		}
		what := "not used"
		if s.Table.Block != nil {
			what = "not used (the pupil's, or a plainer name of a column read elsewhere)"
		}
		parts = append(parts, what+": "+strings.Join(ig, ", "))
	}
	if len(parts) == 0 {
		return ""
	}
	return fmt.Sprintf("%s (%s): %s", s.Name, strings.ToLower(s.Table.Name), strings.Join(parts, "; "))
}

// colLetters is a header cell's column as a spreadsheet names it ("C").
func colLetters(p diag.Pos) string { return diag.ColumnName(p.Col) }

// article is "an" before a name that starts with a vowel ("an Arbor
// report", "an iSAMS report"), else "a".
func article(name string) string {
	if name != "" && strings.ContainsRune("AEIOUaeiou", rune(name[0])) {
		return "an"
	}
	return "a"
}
