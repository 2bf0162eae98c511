package pack

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"planpack/internal/config"
	"planpack/internal/plan"
)

// twoFamilies writes a school of three pupils as CSV files: Ava's parents
// live apart and both have parental responsibility (two letters), Ben's
// mother is the only contact (one letter), and Cal's only contact asked
// for no post (a letter home in the book bag).
func twoFamilies(t *testing.T) (string, *config.Config) {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"pupils.csv": `Pupil ID,Legal Forename,Legal Surname,Date of Birth,Year,Reg Group,SEN Status
2001,Ava,Adams,01/05/2019,3,3B,K
2002,Ben,Brown,02/06/2019,3,3B,K
2003,Cal,Cole,03/07/2019,3,3B,K
`,
		"targets.csv": `Pupil ID,Area,Target,Success Criteria,Baseline,Provision,Who,How Often
2001,C&L,To read 20 high-frequency words,Reads 20 words in 3 sessions,Reads 8 words,Flash cards,TA,daily 10 min
2001,SEMH,To ask an adult for help when stuck,Asks for help 4 times in a week,Waits,Help card,Teacher,every lesson
2002,C&L,To count to 20,Counts to 20 in 3 sessions,Counts to 10,Numicon,TA,daily 10 min
2002,SEMH,To take turns in a game with 2 children,Takes turns in 3 games,Takes turns with an adult,Lego group,TA,weekly 30 min
2003,C&L,To add two numbers to 10,Adds in 4 of 5 tries,Adds to 5,Number line,TA,daily 10 min
2003,SEMH,To line up with the class,Lines up 4 days in 5,Lines up 1 day in 5,Visual timetable,Teacher,daily
`,
		"contacts.csv": `Pupil ID,Title,Forename,Surname,Priority,Parental Responsibility,Address 1,Town,Postcode,Send Post
2001,Mrs,Amy,Adams,1,Y,1 High Street,Leeds,LS1 1AA,Y
2001,Mr,Tom,Adams,2,Y,9 Low Road,York,YO1 9ZZ,Y
2002,Ms,Bea,Brown,1,Y,2 High Street,Leeds,LS1 1AB,Y
2003,Mr,Cy,Cole,1,Y,3 High Street,Leeds,LS1 1AC,N
`,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	cfg := config.Default()
	cfg.Term.Name = "Summer term 2027"
	cfg.Term.PlanDate = time.Date(2027, time.April, 19, 0, 0, 0, 0, time.UTC)
	cfg.Term.ReviewDate = time.Date(2027, time.July, 9, 0, 0, 0, 0, time.UTC)
	cfg.Term.LetterDate = cfg.Term.PlanDate
	return dir, cfg
}

func TestMailingListCountsEachPupilsLetters(t *testing.T) {
	input, cfg := twoFamilies(t)
	out := filepath.Join(t.TempDir(), "out")
	Build(context.Background(), Options{Input: input, Out: out, Config: cfg, Today: cfg.Term.PlanDate})
	f, err := excelize.OpenFile(filepath.Join(out, "summary.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Mailing list")
	if err != nil {
		t.Fatal(err)
	}
	// Cal's contact asked for no post, so Cal's letter goes home in the
	// book bag: it is still a letter made about Cal.
	want := map[string]string{"Mrs A Adams": "2", "Mr T Adams": "2", "Ms B Brown": "1", "To the parent/carer of Cal": "1"}
	got := map[string]string{}
	for _, r := range rows[1:] {
		if len(r) < 6 {
			t.Fatalf("mailing row %v has no Letters cell", r)
		}
		got[r[0]] = r[5]
	}
	for name, n := range want {
		if got[name] != n {
			t.Errorf("mailing list: %s has Letters %q, want %s (all rows: %v)", name, got[name], n, rows)
		}
	}
	if len(got) != len(want) {
		t.Errorf("mailing list has %d rows, want %d: %v", len(got), len(want), rows)
	}
}

// TestWorkbooksSayWhatTheyAre: summary.xlsx and next-term.xlsx carry the
// term's plan date, planpack as author, and a title naming the school and
// term, where excelize would put its own name and a date of its own.
func TestWorkbooksSayWhatTheyAre(t *testing.T) {
	input, cfg := twoFamilies(t)
	cfg.School.Name = "Leeds Road Primary"
	out := filepath.Join(t.TempDir(), "out")
	build(t, input, cfg, out)
	for _, tc := range []struct{ file, title string }{
		{"summary.xlsx", "Leeds Road Primary: summary of the SEN pack for Summer term 2027"},
		{"next-term.xlsx", "Leeds Road Primary: input for the term after Summer term 2027"},
	} {
		f, err := excelize.OpenFile(filepath.Join(out, tc.file))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		props, err := f.GetDocProps()
		if err != nil {
			t.Fatal(err)
		}
		// The plan date of the summer term in twoFamilies.
		if props.Created != "2027-04-19T00:00:00Z" || props.Modified != "2027-04-19T00:00:00Z" {
			t.Errorf("%s is stamped created %s, modified %s; want the plan date 2027-04-19", tc.file, props.Created, props.Modified)
		}
		if props.Creator != "planpack" || props.LastModifiedBy != "planpack" {
			t.Errorf("%s: creator %q, last modified by %q; want planpack for both", tc.file, props.Creator, props.LastModifiedBy)
		}
		if props.Title != tc.title || props.Subject != "Summer term 2027" {
			t.Errorf("%s: title %q, subject %q; want %q and the term's name", tc.file, props.Title, props.Subject, tc.title)
		}
		app, err := f.GetAppProps()
		if err != nil {
			t.Fatal(err)
		}
		if app.Application != "planpack" {
			t.Errorf("%s: application %q, want planpack", tc.file, app.Application)
		}
	}
}

func TestProgressNeverPassesItsTotal(t *testing.T) {
	input, cfg := twoFamilies(t)
	// Ava's second letter fails after her plan, child's page and review
	// pack were drawn (one worker draws the batches in order), so those
	// three batches are drawn again without her.
	beforePupil = func(kind string, p *plan.Pupil) {
		if kind == KindLetter && p.ID == "2001" {
			panic("simulated fault inside the PDF library")
		}
	}
	t.Cleanup(func() { beforePupil = nil })
	var log bytes.Buffer
	out := filepath.Join(t.TempDir(), "out")
	res, err := Build(context.Background(), Options{Input: input, Out: out, Config: cfg, Today: cfg.Term.PlanDate, Workers: 1, Log: &log})
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	if len(res.Failures) != 1 || res.Failures[0].Pupil.ID != "2001" {
		t.Fatalf("failures = %v, want Ava (2001) alone", res.Failures)
	}
	// Three plans, three child's pages, three review packs and four
	// letters (Ava 2, Ben 1, Cal 1).
	const total = 13
	lines := regexp.MustCompile(`planpack: (\d+) of (\d+) documents drawn`).FindAllStringSubmatch(log.String(), -1)
	if len(lines) == 0 {
		t.Fatalf("no progress lines in:\n%s", log.String())
	}
	prev := 0
	for _, m := range lines {
		n, _ := strconv.Atoi(m[1])
		of, _ := strconv.Atoi(m[2])
		if of != total || n > of || n < prev {
			t.Errorf("progress line %q: want a count rising to at most %d", m[0], total)
		}
		prev = n
	}
	if prev != total {
		t.Errorf("progress ended at %d of %d", prev, total)
	}
}

// TestFamilyNamesALetterWithoutTheUPN: a failing letter is named by who
// it goes to and the children it is about, by name and Pupil ID, and a
// letter with no one to post it to says it goes home in the book bag.
func TestFamilyNamesALetterWithoutTheUPN(t *testing.T) {
	sam := &plan.Pupil{ID: "1042", UPN: "A123456789012", LegalForename: "Samuel", PreferredForename: "Sam", LegalSurname: "Ahmed"}
	amy := &plan.Pupil{UPN: "B123456789012", LegalForename: "Amy", LegalSurname: "Ahmed"}
	mum := &plan.Contact{Title: "Mrs", Forename: "Rina", Surname: "Ahmed"}
	for _, tc := range []struct {
		h    *plan.Household
		want string
	}{
		{&plan.Household{Pupils: []*plan.Pupil{sam, amy}, Contacts: []*plan.Contact{mum}, NameLine: "Mrs R Ahmed"}, "to Mrs R Ahmed about Sam Ahmed (1042) and Amy Ahmed"},
		{&plan.Household{Pupils: []*plan.Pupil{sam}, NameLine: "To the parent/carer of Sam"}, "home in the book bag about Sam Ahmed (1042)"},
	} {
		if got := family(tc.h); got != tc.want {
			t.Errorf("family = %q, want %q", got, tc.want)
		}
	}
}
