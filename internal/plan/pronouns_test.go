package plan

import (
	"fmt"
	"strings"
	"testing"

	"planpack/internal/phrase"
)

// pronounSchool is a school whose targets name other people beside the
// child: a he or she is the child's, or the other person's, by the
// pupil's pronouns from the Pupils sheet or from the pupil's other
// targets.
func pronounSchool(header string) *workbook {
	w := &workbook{sheets: map[string][][]string{}}
	w.add("Pupils", [][]string{
		{"Pupil ID", "Legal Forename", "Legal Surname", header, "Date of Birth", "Year", "Reg Group", "SEN Status"},
		{"2001", "Freya", "Hall", "", "01/10/2018", "3", "3B", "K"},
		{"2002", "Hannah", "Lee", "F", "01/10/2018", "3", "3B", "K"},
		{"2003", "Tom", "Reid", "he/him", "01/10/2018", "3", "3B", "K"},
		{"2004", "Sam", "Cole", "", "01/10/2018", "3", "3B", "K"},
		{"2005", "Ruby", "Shaw", "X", "01/10/2018", "3", "3B", "K"},
	})
	target := func(id, no, text string) []string {
		return []string{id, no, "C&I", text, "Does it in 4 of 5 sessions", "Social skills group", "TA", "Weekly"}
	}
	w.add("Targets", [][]string{
		{"Pupil ID", "Target No", "Area", "Target", "Success Criteria", "Provision", "Who", "How Often"},
		target("2001", "1", "Freya will put her coat on by herself."),
		target("2001", "2", "Freya will help Oscar with his spellings."),
		target("2002", "1", "Hannah will look at the interviewer when he asks her a question."),
		target("2002", "2", "Hannah will read her book to an adult."),
		target("2003", "1", "Tom will hang up her coat when she comes in."),
		target("2003", "2", "Tom will read his book to an adult."),
		target("2004", "1", "Sam will put his coat on by himself."),
		target("2004", "2", "Sam will put her shoes on by herself."),
		target("2005", "1", "Ruby will help Sam find his coat."),
		target("2005", "2", "Ruby will read to an adult."),
	})
	w.add("Contacts", [][]string{
		{"Pupil ID", "Title", "Forename", "Surname", "Priority", "Parental Responsibility", "Address 1", "Town", "Postcode"},
		{"2001", "Mrs", "Ann", "Hall", "1", "Y", "1 High Street", "Leeds", "LS1 1AA"},
		{"2002", "Mrs", "Bea", "Lee", "1", "Y", "2 High Street", "Leeds", "LS1 1AA"},
		{"2003", "Mr", "Carl", "Reid", "1", "Y", "3 High Street", "Leeds", "LS1 1AA"},
		{"2004", "Ms", "Dee", "Cole", "1", "Y", "4 High Street", "Leeds", "LS1 1AA"},
		{"2005", "Mr", "Ed", "Shaw", "1", "Y", "5 High Street", "Leeds", "LS1 1AA"},
	})
	return w
}

func TestPupilPronouns(t *testing.T) {
	for _, header := range []string{"Pronouns", "Gender"} {
		t.Run(header, func(t *testing.T) {
			s, probs, dir := pronounSchool(header).load(t, Options{Rewriter: phrase.New(nil)})
			if probs.HasErrors() {
				t.Fatalf("errors:\n%s", report(probs, dir))
			}
			byID := map[string]*Pupil{}
			for _, p := range s.Pupils {
				byID[p.ID] = p
			}
			for _, c := range []struct {
				id              string
				no              int
				given, wording  string
				iWill, iWillWhy string
			}{
				// Freya's first target calls her "she", so Oscar's "his" is his.
				{"2001", 2, "", "she", "I will help Oscar with his spellings.", ""},
				// the Pupils sheet gives Hannah as a girl: the interviewer is the he
				{"2002", 1, "she", "she", "I will look at the interviewer when he asks me a question.", ""},
				// a target that calls Tom "she", as if copied from a girl's plan
				{"2003", 1, "he", "he", phrase.SafeTarget, `it calls the child "her", but the child's pronouns are given as he`},
				{"2003", 2, "he", "he", "I will read my book to an adult.", ""},
				// Sam's targets disagree, so neither is taken: as before
				{"2004", 1, "", "", "I will put my coat on by myself.", ""},
				// Ruby's "X" says nothing, and her targets do not say
				{"2005", 1, "", "", phrase.SafeTarget, "a he, she, his or her may be the child's or Sam's"},
			} {
				p := byID[c.id]
				tg := p.Targets[c.no-1]
				if p.Pronouns != c.given || p.WordingPronouns != c.wording {
					t.Errorf("pupil %s: Pronouns %q, WordingPronouns %q; want %q, %q", c.id, p.Pronouns, p.WordingPronouns, c.given, c.wording)
				}
				if tg.IWill != c.iWill || tg.IWillUnsure != c.iWillWhy {
					t.Errorf("pupil %s target %d: %q (%q); want %q (%q)", c.id, c.no, tg.IWill, tg.IWillUnsure, c.iWill, c.iWillWhy)
				}
			}
			got := report(probs, dir)
			for _, want := range []string{
				`input.xlsx: Targets!D9 (Target): warning: pupil "2004"'s target 1 calls the child "he" and target 2 "she"; if one was copied from another child's plan, put it right, or write the child's pronouns in a Pronouns column of the Pupils sheet`,
				`input.xlsx: Targets!D6 (Target): warning: needs a Child Target: planpack cannot vouch for the child's sentence it writes from this wording (it calls the child "her", but the child's pronouns are given as he)`,
				`input.xlsx: Pupils!D6 (` + header + `): warning: "X" is not he, she or they (nor a gender M or F), so the child's sentences go by what the targets call the child; write he, she or they, or leave it blank`,
			} {
				if !strings.Contains(got, want) {
					t.Errorf("problems lack\n%s\ngot:\n%s", want, got)
				}
			}
		})
	}
}

// TestPronounClashesEveryPupil loads many pupils whose targets call
// them both "he" and "she": the pupils' wording is shared among the
// cores, yet every pupil gets the warning, once, at the cell of its own
// second target.
func TestPronounClashesEveryPupil(t *testing.T) {
	w := &workbook{sheets: map[string][][]string{}}
	pupils := [][]string{{"Pupil ID", "Legal Forename", "Legal Surname", "Date of Birth", "Year", "Reg Group", "SEN Status"}}
	targets := [][]string{{"Pupil ID", "Target No", "Area", "Target", "Success Criteria", "Provision", "Who", "How Often"}}
	const n = 40
	for i := range n {
		id := fmt.Sprint(3000 + i)
		pupils = append(pupils, []string{id, "Sam", fmt.Sprintf("Cole%02d", i), "01/10/2018", "3", "3B", "K"})
		targets = append(targets,
			[]string{id, "1", "C&I", "Sam will put his coat on by himself.", "", "Group", "TA", "Weekly"},
			[]string{id, "2", "C&I", "Sam will put her shoes on by herself.", "", "Group", "TA", "Weekly"})
	}
	w.add("Pupils", pupils)
	w.add("Targets", targets)
	_, probs, dir := w.load(t, Options{Rewriter: phrase.New(nil)})
	var got []string
	for _, line := range strings.Split(report(probs, dir), "\n") {
		if strings.Contains(line, `calls the child "he" and target 2 "she"`) {
			got = append(got, line)
		}
	}
	if len(got) != n {
		t.Fatalf("%d clash warnings, want %d:\n%s", len(got), n, report(probs, dir))
	}
	for i, line := range got {
		// Pupil i's second target is on row 3+2i of the Targets sheet.
		want := fmt.Sprintf(`input.xlsx: Targets!D%d (Target): warning: pupil "%d"'s target 1 calls`, 3+2*i, 3000+i)
		if !strings.HasPrefix(line, want) {
			t.Errorf("clash warning %d:\n%s\nwant it to start\n%s", i, line, want)
		}
	}
}
