package plan

import (
	"strings"
	"testing"
	"time"

	"planpack/internal/config"
)

func TestValidation(t *testing.T) {
	snowman := func(s string) []rune {
		if strings.ContainsRune(s, '☃') {
			return []rune{'☃'}
		}
		return nil
	}
	tests := []struct {
		name   string
		change func(w *workbook)
		opt    Options
		want   string // a line of the report, or part of one
		absent string // must not appear
	}{
		// Errors.
		{"missing required column names the nearest header",
			func(w *workbook) { w.set("Pupils", "D1", "Legal Surnam") },
			Options{}, `input.xlsx: Pupils!1 (Legal Surname): missing required column "Legal Surname"; is "Legal Surnam" meant to be "Legal Surname"?`, ""},
		{"a missing column is reported once, not once a row",
			func(w *workbook) { w.dropColumn("Targets", "Who") },
			Options{}, `input.xlsx: Targets!1 (Who): missing required column "Who"; add a column headed "Who"`, "Who is empty"},
		{"missing Pupils sheet lists the sheets found",
			func(w *workbook) { w.rename("Pupils", "Kids") },
			Options{}, `input.xlsx: no Pupils sheet (found "Kids"); name the sheet with one row a pupil "Pupils"`, ""},
		{"missing Targets sheet",
			func(w *workbook) { w.rename("Targets", "Goals") },
			Options{}, `input.xlsx: no Targets sheet (found "Goals")`, ""},
		{"a Pupils sheet with no header is not also called missing",
			func(w *workbook) { w.set("Pupils", "A1", "Number").set("Pupils", "B1", "Code") },
			Options{}, `input.xlsx: Pupils: no header row: none of the first 30 rows has a "Pupil ID" or "UPN" column`, "no Pupils sheet"},
		{"duplicate Pupil ID",
			func(w *workbook) { w.set("Pupils", "A3", "1001") },
			Options{}, `Pupils!A3 (Pupil ID): Pupil ID "1001" is also on row 2 (A2); every pupil needs their own ID`, ""},
		{"duplicate target number",
			func(w *workbook) { w.set("Targets", "B3", "1") },
			Options{}, `Targets!B3 (Target No): pupil "1001" has target 1 twice (also row 2)`, ""},
		{"unknown pupil in Targets",
			func(w *workbook) { w.set("Targets", "A4", "9999") },
			Options{}, `Targets!A4 (Pupil ID): no pupil with Pupil ID "9999" on the Pupils sheet`, ""},
		{"unknown pupil in Contacts",
			func(w *workbook) { w.set("Contacts", "A2", "1009") },
			Options{}, `Contacts!A2 (Pupil ID): no pupil with Pupil ID "1009"`, ""},
		{"unknown pupil in Reviews",
			func(w *workbook) {
				w.add("Reviews", [][]string{{"Pupil ID", "Target No", "Outcome"}, {"77", "1", "achieved"}})
			},
			Options{}, `Reviews!A2 (Pupil ID): no pupil with Pupil ID "77"`, ""},
		{"bad UPN check letter",
			func(w *workbook) { w.set("Pupils", "B2", "A801200001001") },
			Options{}, `Pupils!B2 (UPN): UPN "A801200001001" has check letter A, but its digits give H`, ""},
		{"UPN of the wrong length",
			func(w *workbook) { w.set("Pupils", "B2", "H80120000100") },
			Options{}, `Pupils!B2 (UPN): UPN "H80120000100" has 12 characters; a UPN is 13`, ""},
		{"impossible date of birth",
			func(w *workbook) { w.set("Pupils", "F2", "31/02/2019") },
			Options{}, `Pupils!F2 (Date of Birth): "31/02/2019" is not a date: February 2019 has 28 days`, ""},
		{"date of birth in the future",
			func(w *workbook) { w.set("Pupils", "F2", "01/01/2030") },
			Options{}, `Pupils!F2 (Date of Birth): date of birth 01/01/2030 is in the future`, ""},
		{"impossible target date",
			func(w *workbook) { w.set("Targets", "K2", "30/13/2027") },
			Options{}, `Targets!K2 (Target Date): "30/13/2027" is not a date`, ""},
		{"too few targets points at the pupil row",
			func(w *workbook) { w.dropRow("Targets", 3) },
			Options{}, `Pupils!2: pupil "1001" has 1 target; each pupil needs between 2 and 4`, ""},
		{"too many targets for the config",
			func(w *workbook) {},
			Options{Config: func() *config.Config { c := config.Default(); c.Plans.MinTargets, c.Plans.MaxTargets = 1, 1; return c }()},
			`Pupils!3: pupil "1002" has 2 targets; each pupil needs between 1 and 1`, ""},
		{"empty required cell",
			func(w *workbook) { w.set("Pupils", "C3", "") },
			Options{}, `Pupils!C3 (Legal Forename): Legal Forename is empty; write the child's legal first name`, ""},
		{"empty required target cell",
			func(w *workbook) { w.set("Targets", "J2", "") },
			Options{}, `Targets!J2 (How Often): How Often is empty; write how often`, ""},
		{"no pupil key at all",
			func(w *workbook) { w.set("Pupils", "A3", "").set("Pupils", "B3", "") },
			Options{}, `Pupils!A3 (Pupil ID): no Pupil ID or UPN`, ""},
		{"unknown year",
			func(w *workbook) { w.set("Pupils", "G2", "Year 15") },
			Options{}, `Pupils!G2 (Year): year "Year 15" is not a year group; write R, N1, N2 or 1 to 14`, ""},
		{"unknown SEN status",
			func(w *workbook) { w.set("Pupils", "I2", "X") },
			Options{}, `Pupils!I2 (SEN Status): SEN status "X" is not known; write K (SEN support) or E (EHC plan)`, ""},
		{"unknown need code",
			func(w *workbook) { w.set("Pupils", "J2", "DYS") },
			Options{}, `Pupils!J2 (Primary Need): need "DYS" is not a census need code`, ""},
		{"unknown area",
			func(w *workbook) { w.set("Targets", "C2", "Maths") },
			Options{}, `Targets!C2 (Area): area "Maths" is not an area of need`, "not relevant"},
		{"unknown plan type",
			func(w *workbook) { w.set("Pupils", "K2", "big plan") },
			Options{}, `Pupils!K2 (Plan Type): plan type "big plan" is not known; write one of iep, ilp, itp, myplan, myplanplus, profile`, ""},
		{"a character the fonts cannot print",
			func(w *workbook) { w.set("Targets", "D2", "To build a ☃ snowman with 3 others") },
			Options{Printable: snowman}, `Targets!D2 (Target): the character "☃" (U+2603) cannot be printed with planpack's fonts`, ""},
		{"an emoji is always an error",
			func(w *workbook) { w.set("Pupils", "E2", "Sami 😀") },
			Options{}, `Pupils!E2 (Preferred Forename): the character "😀" (U+1F600) cannot be printed with planpack's fonts; remove it or say it in words`, ""},
		{"line breaks in a cell are not unprintable",
			func(w *workbook) { w.set("Contacts", "G2", "Flat 1\n1 High Street") },
			Options{Printable: func(s string) []rune {
				if strings.ContainsRune(s, '\n') {
					return []rune{'\n'}
				}
				return nil
			}}, "", "cannot be printed"},
		{"a formula error",
			func(w *workbook) { w.set("Targets", "H3", "#DIV/0!") },
			Options{}, `Targets!H3 (Provision): the cell shows the formula error #DIV/0!`, "Provision is empty"},
		{"a bad Y/N",
			func(w *workbook) { w.set("Contacts", "F2", "maybe") },
			Options{}, `Contacts!F2 (Parental Responsibility): Parental Responsibility: "maybe" is not yes or no; write Y or N`, ""},

		// Warnings.
		{"date of birth far from the year group",
			func(w *workbook) { w.set("Pupils", "G2", "6") },
			Options{}, `Pupils!F2 (Date of Birth): warning: born 12/03/2019, so 7 on 31 August 2026, but Year 6 children are 10 then`, ""},
		{"a year's difference is allowed",
			func(w *workbook) { w.set("Pupils", "G2", "2") },
			Options{}, "", "born 12/03/2019"},
		{"review date in the past",
			func(w *workbook) {},
			Options{Today: time.Date(2027, 4, 1, 0, 0, 0, 0, time.UTC)}, `planpack.toml: warning: term.review_date 26 March 2027 is in the past`, ""},
		{"SMART lint finding on its cell",
			func(w *workbook) { w.set("Targets", "G3", "") },
			Options{}, `Targets!G3 (Baseline): warning: no baseline`, ""},
		{"vague target",
			func(w *workbook) { w.set("Targets", "D2", "To improve reading") },
			Options{}, `Targets!D2 (Target): warning:`, ""},
		{"a long child sentence as written is flagged on its own cell",
			func(w *workbook) {
				w.set("Targets", "E4", "I will take turns in a game with two other children in my class at playtime and at lunchtime every day.")
			},
			Options{}, `Targets!E4 (Child Target): warning: the child's sentence "I will take turns`, "or write the child's own wording"},
		{"a long rewritten sentence is flagged on the staff wording",
			func(w *workbook) {
				w.set("Targets", "D2", "To read 20 of the first 100 high frequency words aloud to an adult in the classroom and at home every single day")
			},
			Options{}, `Targets!D2 (Target): warning: needs a Child Target: planpack cannot vouch for the child's sentence it writes from this wording (it is 23 words long, over 16 for a young reader); its draft, to start from: "I will read 20 of the first 100 common words aloud to an adult in the classroom and at home every single day."; until one is written, the child's page says "I will work on this target with my teacher."`, ""},
		{"a sentence refused for its length alone offers a shorter draft and says what it leaves out",
			func(w *workbook) {
				w.set("Targets", "D2", "Will trail the wall with her hand to find her way from the classroom to the toilets independently.")
			},
			Options{}, `Targets!D2 (Target): warning: needs a Child Target: planpack cannot vouch for the child's sentence it writes from this wording (it is 20 words long, over 16 for a young reader); a shorter draft, to read and copy in if it keeps the point: "I will trail the wall with my hand to find my way by myself." (it leaves out "from the classroom … to the toilets"); until one is written, the child's page says "I will work on this target with my teacher."`, ""},
		{"a target too long for one sentence offers all of it as two short sentences",
			func(w *workbook) {
				w.set("Targets", "D2", "To listen carefully to instructions and repeat them back to an adult before starting a task")
			},
			Options{}, `Targets!D2 (Target): warning: needs a Child Target: planpack cannot vouch for the child's sentence it writes from this wording (it is 18 words long, over 16 for a young reader); all of it as two short sentences, to read and copy in if they keep the point: "I will listen carefully to instructions. I will repeat them back to an adult before I start a task."; until one is written, the child's page says "I will work on this target with my teacher."`, ""},
		{"a school's Child Target in two sentences is two I can lines",
			func(w *workbook) {
				w.set("Targets", "E2", "I will iron a shirt. I will put my clothes away.")
				w.set("Targets", "F2", "Improves his trunk stability")
			},
			Options{}, `Targets!F2 (Success Criteria): warning: needs a Child Success: planpack cannot vouch for the child's sentence it writes from this wording (planpack does not know "improve" as something a child does); its draft, to start from: "I can improve my trunk stability."; until one is written, the child's page says "I can iron a shirt. I can put my clothes away."`, ""},
		{"a sentence that leaves out how it is done offers all of it as two sentences",
			func(w *workbook) {
				w.set("Targets", "D2", "To count out the right coins to pay for things up to £5, checking his change")
			},
			Options{}, `Targets!D2 (Target): warning: check the child's sentence keeps the point: "I will count out the right coins to pay for things up to £5." leaves out "and check my change" to be short enough to read; write a Child Target if that was the point, for example all of it as two sentences: "I will count out the right coins to pay for things up to £5. I will check my change."`, ""},
		{"a sentence that leaves out what the child uses, and what for, says so",
			func(w *workbook) {
				w.set("Targets", "D2", "To stay in class for the whole maths lesson, using his time out card if he needs a break")
			},
			Options{}, `Targets!D2 (Target): warning: check the child's sentence keeps the point: "I will stay in class for the whole maths lesson." leaves out "with my time out card if I need a break" to be short enough to read; write a Child Target if that was the point`, ""},
		{"a sentence that would leave out a second action staff asked for needs a Child Target",
			func(w *workbook) {
				w.set("Targets", "D2", "To count out the right coins to pay for things up to £5 and check his change")
			},
			Options{}, `Targets!D2 (Target): warning: needs a Child Target: planpack cannot vouch for the child's sentence it writes from this wording (to be short enough it leaves out "and check my change", a second thing staff asked for); all of it as two short sentences, to read and copy in if they keep the point: "I will count out the right coins to pay for things up to £5. I will check my change."; until one is written, the child's page says "I will work on this target with my teacher."`, ""},
		{"a refused sentence names the cell to write the Child Target in",
			func(w *workbook) {
				w.set("Targets", "D2", "To count out the right coins to pay for things up to £5 and check his change")
			},
			Options{}, `Targets!D2 (Target): warning: needs a Child Target: planpack cannot vouch for the child's sentence it writes from this wording (to be short enough it leaves out "and check my change", a second thing staff asked for); all of it as two short sentences, to read and copy in if they keep the point: "I will count out the right coins to pay for things up to £5. I will check my change."; until one is written, the child's page says "I will work on this target with my teacher." (write it in Targets!E2)`, ""},
		{"a success line planpack cannot vouch for is the target as I can, until one is written",
			func(w *workbook) {
				w.set("Targets", "D2", "To ask an adult for help when stuck")
				w.set("Targets", "F2", "Improves his trunk stability")
			},
			Options{}, `Targets!F2 (Success Criteria): warning: needs a Child Success: planpack cannot vouch for the child's sentence it writes from this wording (planpack does not know "improve" as something a child does); its draft, to start from: "I can improve my trunk stability."; until one is written, the child's page says "I can ask an adult for help when I am stuck."`, ""},
		{"a success line from a target to learn something is what the child can then do",
			func(w *workbook) {
				w.set("Targets", "D2", "To learn to use the toilet")
				w.set("Targets", "F2", "Improves his trunk stability")
			},
			Options{}, `Targets!F2 (Success Criteria): warning: needs a Child Success: planpack cannot vouch for the child's sentence it writes from this wording (planpack does not know "improve" as something a child does); its draft, to start from: "I can improve my trunk stability."; until one is written, the child's page says "I can use the toilet."`, ""},
		{"a target with a can of its own keeps the stock success line",
			func(w *workbook) {
				w.set("Targets", "D2", "To join two sounds he can already say into words")
				w.set("Targets", "F2", "Improves his trunk stability")
			},
			Options{}, `Targets!F2 (Success Criteria): warning: needs a Child Success: planpack cannot vouch for the child's sentence it writes from this wording (planpack does not know "improve" as something a child does); its draft, to start from: "I can improve my trunk stability."; until one is written, the child's page says "I can show my teacher how I am getting on."`, ""},
		{"a long sentence is quoted only at its start",
			func(w *workbook) {
				w.set("Targets", "E2", "I will "+strings.Repeat("read one more word ", 40)+"today.")
			},
			Options{}, `Targets!E2 (Child Target): warning: the child's sentence "I will read one more word read one more word read one more word read one more …": `, "today."},
		{"no contact with parental responsibility",
			func(w *workbook) { w.set("Contacts", "F2", "N") },
			Options{}, `Pupils!2: warning: pupil "1001" has no contact with parental responsibility`, ""},
		{"contact with no postcode",
			func(w *workbook) { w.set("Contacts", "I2", "") },
			Options{}, `Contacts!I2 (Postcode): warning: contact Mrs Amina Ahmed has no postcode`, ""},
		{"no postcode is fine when no post is sent",
			func(w *workbook) { w.set("Contacts", "I2", "").set("Contacts", "J2", "N") },
			Options{}, "", "no postcode"},
		{"unknown column",
			func(w *workbook) { w.set("Pupils", "L1", "Shoe Size").set("Pupils", "L2", "11") },
			Options{}, `Pupils!L1 (Shoe Size): warning: unknown column "Shoe Size" is ignored`, ""},
		{"SEN status N leaves the pupil out, with their targets and contacts",
			func(w *workbook) { w.set("Pupils", "I2", "N") },
			Options{}, `Pupils!I2 (SEN Status): warning: 1 pupil is not on the SEN register (SEN status "N") and left out, with their targets and contacts: row 2`, "no pupil with Pupil ID"},
		{"Arbor's Monitoring is not on the register",
			func(w *workbook) { w.set("Pupils", "I2", "Monitoring") },
			Options{}, `warning: 1 pupil is not on the SEN register (SEN status "Monitoring")`, "is not known"},
		{"an EHC plan in words is read without a word",
			func(w *workbook) { w.set("Pupils", "I2", "Education, Health and Care Plan") },
			Options{}, "", "SEN Status"},
		{"old code A reads as K",
			func(w *workbook) { w.set("Pupils", "I2", "A") },
			Options{}, `Pupils!I2 (SEN Status): warning: SEN status "A" is the old School Action code; read as K`, ""},
		{"old code P reads as K",
			func(w *workbook) { w.set("Pupils", "I2", "P") },
			Options{}, `warning: SEN status "P" is the old School Action Plus code; read as K`, ""},
		{"old code S reads as E",
			func(w *workbook) { w.set("Pupils", "I2", "S") },
			Options{}, `warning: SEN status "S" is the old Statement code; read as E`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := school()
			tc.change(w)
			_, probs, dir := w.load(t, tc.opt)
			got := report(probs, dir)
			if tc.want != "" && !strings.Contains(got, tc.want) {
				t.Errorf("want %q in the report:\n%s", tc.want, got)
			}
			if tc.absent != "" && strings.Contains(got, tc.absent) {
				t.Errorf("%q must not appear in the report:\n%s", tc.absent, got)
			}
			warningCase := strings.Contains(tc.want, "warning:")
			if warningCase && probs.HasErrors() {
				t.Errorf("a warning case has errors:\n%s", got)
			}
			if tc.want != "" && !warningCase && !probs.HasErrors() {
				t.Errorf("an error case has no errors:\n%s", got)
			}
		})
	}
}

func TestMissingCSVFile(t *testing.T) {
	dir := t.TempDir()
	writeText(t, dir+"/pupils.csv", "Pupil ID,Legal Forename,Legal Surname,Date of Birth,Year,Reg Group,SEN Status\n1,A,B,1/1/2019,3,3B,K\n")
	writeText(t, dir+"/goals.csv", "Pupil ID\n")
	_, probs := Load(dir, Options{Today: today})
	want := dir + `: no targets.csv in this folder (found "goals.csv"); save the Targets sheet, one row a target, as targets.csv`
	if !strings.Contains(probs.Error(), want) {
		t.Errorf("want %q in:\n%s", want, probs.Error())
	}
}

func TestReportIsSorted(t *testing.T) {
	w := school()
	w.set("Targets", "J3", "").set("Pupils", "I3", "Q").set("Pupils", "C2", "")
	_, probs, dir := w.load(t, Options{})
	got := report(probs, dir)
	want := "input.xlsx: Pupils!C2 (Legal Forename): Legal Forename is empty; write the child's legal first name\n" +
		"input.xlsx: Pupils!I3 (SEN Status): SEN status \"Q\" is not known; write K (SEN support) or E (EHC plan)\n" +
		"input.xlsx: Targets!J3 (How Often): How Often is empty; write how often, e.g. \"3 x 15 min a week\""
	if got != want {
		t.Errorf("report:\n%s\nwant:\n%s", got, want)
	}
}

func TestNothingReadable(t *testing.T) {
	s, probs := Load(t.TempDir()+"/missing.xlsx", Options{})
	if s != nil || !probs.HasErrors() {
		t.Errorf("school = %v, problems = %v", s, probs)
	}
}
