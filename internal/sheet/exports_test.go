package sheet

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestEveryExportHeaderIsRead checks that each header in the exports
// table is read as the column the table says, on its own table: an alias
// that another column already claimed would feed the wrong field.
func TestEveryExportHeaderIsRead(t *testing.T) {
	n := 0
	for _, f := range Forms {
		if f.Kind != "column" {
			continue
		}
		n++
		c, _ := tableNamed(f.Table).column(f.Written)
		if c == nil || c.Name != f.Field {
			got := "nothing"
			if c != nil {
				got = c.Name
			}
			t.Errorf("%s header %q (%s) is read as %s, want %q", f.Table, f.Written, f.System, got, f.Field)
		}
	}
	if n < 30 {
		t.Errorf("only %d column forms in the exports table", n)
	}
}

func TestExportsTableLinesAreChecked(t *testing.T) {
	head := "kind\tsystem\treport\ttable\tfield\twritten\tsource\n"
	for _, tc := range []struct{ name, line, want string }{
		{"too few fields", "column\tSIMS\t\tPupils\tYear", "5 fields"},
		{"no source", "column\tSIMS\t\tPupils\tYear\tYear Taught In\t", "its source"},
		{"no such column", "column\tSIMS\t\tPupils\tShoe Size\tShoe\tas reported", `no column "Shoe Size"`},
		{"no such table", "column\tSIMS\t\tLunches\tYear\tYr\tas reported", `no table "Lunches"`},
		{"unknown kind", "colour\tSIMS\t\tPupils\tYear\tYr\tas reported", "neither column nor value"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseForms(head + tc.line + "\n")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("parseForms(%q) error = %v, want one containing %q", tc.line, err, tc.want)
			}
		})
	}
}

func TestValueForms(t *testing.T) {
	status := ValueForms("status")
	for written, want := range map[string]string{
		"Education, Health and Care Plan": "E", "SEN support": "K", "Monitoring": "N", "No Special Educational Need": "N",
	} {
		if got := status[normalize(written)]; got != want {
			t.Errorf("status %q means %q, want %q", written, got, want)
		}
	}
	if got := ValueForms("need")[normalize("Profound & multiple learning difficulty")]; got != "PMLD" {
		t.Errorf("PMLD in words means %q", got)
	}
}

func TestRecognise(t *testing.T) {
	for _, tc := range []struct {
		name    string
		table   *Table
		headers []string
		want    string
	}{
		{"SIMS SEN register", &Pupils, []string{"Adno", "Legal Surname", "SEN Status", "SEN Need Type", "Ranking"}, "SIMS SEN register report"},
		{"ScholarPack shares SEN Provision with the census but not its needs", &Pupils, []string{"Surname", "SEN Provision", "Primary SEN Need"}, "ScholarPack SEN report"},
		{"the census", &Pupils, []string{"UPN", "NCyearActual", "SENprovision", "SENtype", "SENtypeRank"}, "DfE school census or CTF extract"},
		{"Arbor guardians", &Contacts, []string{"Student ID", "Legal Guardian", "Primary Guardian"}, "Arbor guardians report"},
		{"planpack's own names are no system's", &Pupils, []string{"Pupil ID", "SEN Status", "Year"}, ""},
		{"a SIMS header on the wrong sheet counts for nothing", &Pupils, []string{"Pupil ID", "House Number"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sys, report := recognise(tc.table, tc.headers)
			if got := strings.TrimSpace(sys + " " + report); got != tc.want {
				t.Errorf("recognise(%q) = %q, want %q", tc.headers, got, tc.want)
			}
		})
	}
}

// contactsFolder writes a folder with a pupils.csv and a contacts.csv
// whose header is given.
func contactsFolder(t *testing.T, header, row string) string {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "pupils.csv"), []byte("Pupil ID,Legal Forename,Legal Surname,Date of Birth,Year,Reg Group,SEN Status\n1,Ava,West,14/03/2018,4,4W,K\n"))
	writeFile(t, filepath.Join(dir, "contacts.csv"), []byte(header+"\n"+row+"\n"))
	return dir
}

func TestContactBlocks(t *testing.T) {
	for _, tc := range []struct {
		name, header, row string
		fore, sur         string // the contact's names as read
		ignored           string
		err               string
	}{
		{"a Contact ID starts the contact's columns",
			"Pupil ID,Forename,Surname,Contact ID,Title,Forename,Surname", "1,Ava,West,C1,Mrs,Jo,Bloggs",
			"Jo", "Bloggs", `"Forename" (B), "Surname" (C)`, ""},
		{"the ID repeated starts them too",
			"ID,Forename,Surname,ID,Title,Forename,Surname", "1,Ava,West,C1,Mrs,Jo,Bloggs",
			"Jo", "Bloggs", `"Forename" (B), "Surname" (C)`, ""},
		{"Contact Forename wins over Forename wherever it is",
			"Contact Forename,Pupil ID,Forename,Surname,Contact Surname", "Jo,1,Ava,West,Bloggs",
			"Jo", "Bloggs", `"Forename" (C), "Surname" (D)`, ""},
		{"the pupil's names by their own headers are not used",
			"Pupil ID,Pupil Forename,Pupil Surname,Forename,Surname", "1,Ava,West,Jo,Bloggs",
			"Jo", "Bloggs", `"Pupil Forename" (B), "Pupil Surname" (C)`, ""},
		{"two Forenames with nothing to tell them apart",
			"Pupil ID,Forename,Surname,Title,Forename,Surname", "1,Ava,West,Mrs,Jo,Bloggs",
			"", "", "", `columns B1 ("Forename") and E1 ("Forename") could both be the contact's Forename`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, probs := Read(contactsFolder(t, tc.header, tc.row))
			if tc.err != "" {
				if !strings.Contains(messages(probs), tc.err) || !probs.HasErrors() {
					t.Fatalf("want the error %q, got:\n%s", tc.err, messages(probs))
				}
				return
			}
			if probs.HasErrors() || len(probs) > 0 {
				t.Fatalf("problems:\n%s", messages(probs))
			}
			s := b.Sheet(Contacts.Name)
			r := s.Rows[0]
			if got := r.Get(ColForename) + " " + r.Get(ColSurname); got != tc.fore+" "+tc.sur {
				t.Errorf("contact read as %q, want %q", got, tc.fore+" "+tc.sur)
			}
			if d := strings.Join(b.Describe(), "\n"); !strings.Contains(d, tc.ignored) {
				t.Errorf("Describe does not list %s as not used:\n%s", tc.ignored, d)
			}
		})
	}
}

func TestDescribeSaysWhichHeaderFedEachField(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "pupils.csv"), []byte("Adno,Forename,Surname,DOB,Year Taught In,Registration Form,SEN Status,SEN Need Type,Ranking\n"+
		"1,Ava,West,14/03/2018,4,4W,K,MLD,1\n"))
	writeFile(t, filepath.Join(dir, "targets.csv"), []byte("Pupil ID,Area,Target,Success Criteria,Provision,Who,How Often\n"))
	b, probs := Read(dir)
	if probs.HasErrors() {
		t.Fatal(messages(probs))
	}
	got := strings.Join(b.Describe(), "\n")
	want := `pupils.csv (pupils): read as a SIMS SEN register report; Pupil ID ← "Adno" (A); Legal Forename ← "Forename" (B); ` +
		`Legal Surname ← "Surname" (C); Date of Birth ← "DOB" (D); Year ← "Year Taught In" (E); Reg Group ← "Registration Form" (F); ` +
		`Primary and Secondary Need ← "SEN Need Type" (H), one row a need ranked by "Ranking"`
	// targets.csv, headed with planpack's own names, needs no line.
	if got != want {
		t.Errorf("Describe =\n%s\nwant\n%s", got, want)
	}
}
