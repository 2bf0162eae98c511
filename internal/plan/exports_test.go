package plan

import (
	"strings"
	"testing"

	"planpack/internal/config"
)

// TestOneRowANeed reads a report that gives one row a need, ranked: the
// rows fold into one pupil with a primary and a secondary need.
func TestOneRowANeed(t *testing.T) {
	w := school()
	w.add("Pupils", [][]string{
		{"Adno", "Legal Forename", "Legal Surname", "DOB", "Year Taught In", "Registration Form", "SEN Status", "SEN Need Type", "Ranking"},
		{"1001", "Samuel", "Ahmed", "12/03/2019", "Year  3", "3B", "SEN Support", "Speech, language and communication needs", "2"},
		{"1001", "Samuel", "Ahmed", "12/03/2019", "Year  3", "3B", "SEN Support", "Specific learning difficulty", "1"},
		{"1002", "Zoë", "O'Neill", "01/09/2017", "Year  4", "4C", "E - Education, Health and Care Plan", "Autistic Spectrum Condition", "1"},
		{"1002", "Zoë", "O'Neill", "01/09/2017", "Year  4", "4C", "E - Education, Health and Care Plan", "Profound & multiple learning difficulty", "2"},
		{"1002", "Zoë", "O'Neill", "01/09/2017", "Year  4", "4C", "E - Education, Health and Care Plan", "Hearing impairment", "3"},
	})
	s, probs, dir := w.load(t, Options{})
	if probs.HasErrors() {
		t.Fatalf("errors:\n%s", report(probs, dir))
	}
	got := map[string]string{}
	for _, p := range s.Pupils {
		got[p.ID] = p.SENStatus + " " + p.PrimaryNeed + " " + p.SecondaryNeed + " " + p.Year
	}
	want := map[string]string{"1001": "K SPLD SLCN 3", "1002": "E ASD PMLD 4"}
	if len(got) != 2 || got["1001"] != want["1001"] || got["1002"] != want["1002"] {
		t.Errorf("pupils read as %v, want %v", got, want)
	}
	if r := report(probs, dir); !strings.Contains(r, `Pupils!H6 (SEN Need Type): warning: pupil "1002"'s need ranked 3 (HI) is not shown`) {
		t.Errorf("no warning for the third need:\n%s", r)
	}
}

func TestOneRowANeedRefusesTwoFirstNeeds(t *testing.T) {
	w := school()
	w.add("Pupils", [][]string{
		{"Pupil ID", "Legal Forename", "Legal Surname", "DOB", "Year", "Reg Group", "SEN Status", "SENtype", "SENtypeRank"},
		{"1001", "Samuel", "Ahmed", "12/03/2019", "3", "3B", "K", "SPLD", "1"},
		{"1001", "Samuel", "Ahmed", "12/03/2019", "3", "3B", "K", "MLD", "1"},
		{"1002", "Zoë", "O'Neill", "01/09/2017", "4", "4C", "E", "ASD", "first"},
	})
	_, probs, dir := w.load(t, Options{})
	r := report(probs, dir)
	for _, want := range []string{
		`Pupils!I3 (SENtypeRank): pupil "1001" has two needs ranked 1 (also row 2)`,
		`Pupils!I4 (SENtypeRank): need rank "first" is not 1, 2, 3`,
	} {
		if !strings.Contains(r, want) {
			t.Errorf("want %q in:\n%s", want, r)
		}
	}
}

// TestNoRegGroupGroupsByYear reads a census-like sheet with no
// registration group: one warning, and each pupil's group is their year.
func TestNoRegGroupGroupsByYear(t *testing.T) {
	w := school().dropColumn("Pupils", "Reg Group")
	w.set("Pupils", "G3", "Reception")
	w.set("Pupils", "F3", "01/12/2021")
	s, probs, dir := w.load(t, Options{})
	if probs.HasErrors() {
		t.Fatalf("errors:\n%s", report(probs, dir))
	}
	r := report(probs, dir)
	if n := strings.Count(r, "no registration group column"); n != 1 {
		t.Errorf("%d warnings about the registration group, want 1:\n%s", n, r)
	}
	var groups []string
	for _, p := range s.Pupils {
		groups = append(groups, p.ID+" "+p.RegGroup)
	}
	if g := strings.Join(groups, ", "); g != "1002 Reception, 1001 Year 3" {
		t.Errorf("groups %q, want Reception and Year 3", g)
	}
}

// TestOffRegisterPupilsLeftOut checks that pupils an export lists as not
// on the register are left out with one note, and that their own rows on
// the other sheets are passed over without a word, even when the rest
// of their row is blank.
func TestOffRegisterPupilsLeftOut(t *testing.T) {
	w := school()
	w.add("Pupils", append(w.sheets["Pupils"],
		[]string{"1003", "", "Amira", "Ahmed", "", "", "", "", "Monitoring", "", ""},
		[]string{"1004", "", "Ben", "Cole", "", "05/05/2018", "4", "4C", "No Special Educational Need", "", ""}))
	w.add("Contacts", append(w.sheets["Contacts"],
		[]string{"1003", "Mrs", "Amina", "Ahmed", "1", "Y", "1 High Street", "Leeds", "LS1 1AA", ""}))
	w.add("Targets", append(w.sheets["Targets"],
		[]string{"1004", "1", "C&L", "To spell 10 words", "", "Spells 10 words", "Spells 2", "Spelling group", "TA", "Daily", ""}))
	s, probs, dir := w.load(t, Options{})
	r := report(probs, dir)
	if probs.HasErrors() {
		t.Fatalf("errors:\n%s", r)
	}
	if len(s.Pupils) != 2 {
		t.Errorf("%d pupils, want the 2 on the register", len(s.Pupils))
	}
	want := `Pupils!I4 (SEN Status): warning: 2 pupils are not on the SEN register (SEN status "Monitoring" or "No Special Educational Need") and left out, with their targets and contacts: rows 4 and 5`
	if !strings.Contains(r, want) || strings.Count(r, "warning") != 1 {
		t.Errorf("want only %q in:\n%s", want, r)
	}
}

// TestContactAddressAndFlags reads a SIMS-style contacts sheet: house
// name, house number and street, flags as T/F and True/False, and the
// family's own salutation and addressee.
func TestContactAddressAndFlags(t *testing.T) {
	w := school()
	w.add("Contacts", [][]string{
		{"Pupil ID", "Title", "Forename", "Surname", "Priority", "Parental Responsibility", "House Name", "House Number", "Street", "Address 1", "Town", "Postcode", "Parental Salutation", "Parental Addressee"},
		{"1001", "Mrs", "Amina", "Ahmed", "1", "T", "Rose Cottage", "12", "Acacia Avenue", "", "Leeds", "LS1 1AA", "Mr and Mrs Ahmed", "Mr and Mrs O Ahmed"},
		{"1001", "Mr", "Omar", "Ahmed", "2", "True", "Rose Cottage", "12", "Acacia Avenue", "", "Leeds", "LS1 1AA", "Mr and Mrs Ahmed", "Mr and Mrs O Ahmed"},
		// A house number beside an address line that has none.
		{"1002", "Ms", "Kate", "O'Neill", "1", "t", "", "2", "", "Low Road", "Leeds", "LS2 2BB", "", ""},
		// Never the number twice.
		{"1002", "Mr", "Sean", "O'Neill", "2", "F", "", "8", "", "8 Park Avenue", "Leeds", "LS3 3CC", "", ""},
	})
	s, probs, dir := w.load(t, Options{})
	if probs.HasErrors() {
		t.Fatalf("errors:\n%s", report(probs, dir))
	}
	var got []string
	for _, h := range Households(s.Pupils, config.Default()) {
		got = append(got, summary(h))
	}
	want := []string{
		"1001: Mr and Mrs O Ahmed / Rose Cottage, 12 Acacia Avenue, LEEDS, LS1 1AA / Dear Mr and Mrs Ahmed",
		"1002: Ms K O'Neill / 2 Low Road, LEEDS, LS2 2BB / Dear Ms O'Neill",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
	sean := s.Pupils[0].Contacts[1]
	if s.Pupils[0].ID != "1002" {
		sean = s.Pupils[1].Contacts[1]
	}
	if sean.ParentalResponsibility || strings.Join(sean.Address, ", ") != "8 Park Avenue" {
		t.Errorf("Sean read as PR %v at %q, want no PR at 8 Park Avenue", sean.ParentalResponsibility, sean.Address)
	}
}

// TestOneRowANeedWithoutItsRank refuses repeated rows that differ only in
// the need, and says which column would let them be read.
func TestOneRowANeedWithoutItsRank(t *testing.T) {
	w := school()
	w.add("Pupils", append(w.sheets["Pupils"],
		[]string{"1001", "", "Samuel", "Ahmed", "Sami", "12/03/2019", "3", "3B", "K", "SLCN", ""}))
	_, probs, dir := w.load(t, Options{})
	want := `Pupils!A4 (Pupil ID): Pupil ID "1001" is also on row 2 (A2); every pupil needs their own ID — correct one of them or delete the repeated row (a report with one row a need is read when it has its rank column, such as SIMS's "Ranking": export it too)`
	if r := report(probs, dir); !strings.Contains(r, want) {
		t.Errorf("want %q in:\n%s", want, r)
	}
}
