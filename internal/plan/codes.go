package plan

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"planpack/internal/config"
	"planpack/internal/sheet"
)

// letters keeps only the letters and digits of s, in lower case, so codes
// match however they are spaced or punctuated.
func letters(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// ParseYear reads a year group: "R", "N1", "N2", "1"–"14", "Y7",
// "Year 7", "Reception", "Nursery 1". It returns the normalised form used
// in Pupil.Year.
func ParseYear(s string) (string, error) {
	k := letters(s)
	if y, ok := yearForms[k]; ok {
		return y, nil
	}
	switch k {
	case "r", "rec", "reception", "yr", "yearr", "yearreception", "fs2", "f2":
		return "R", nil
	case "n1", "nursery1", "fs1", "f1", "yn1", "yearn1":
		return "N1", nil
	case "n2", "nursery2", "yn2", "yearn2", "n", "nursery":
		return "N2", nil
	}
	for _, prefix := range []string{"year", "yr", "y", "nc"} {
		if rest, ok := strings.CutPrefix(k, prefix); ok && rest != "" {
			k = rest
			break
		}
	}
	if n, err := strconv.Atoi(k); err == nil && n >= 1 && n <= 14 {
		return strconv.Itoa(n), nil
	}
	return "", fmt.Errorf("year %q is not a year group; write R, N1, N2 or 1 to 14 (\"Y7\" and \"Year 7\" are read too)", s)
}

// The wordings school information systems print for coded values, from
// the exports table in package sheet.
var (
	yearForms   = sheet.ValueForms("year")
	statusForms = sheet.ValueForms("status")
	needForms   = sheet.ValueForms("need")
	flagForms   = sheet.ValueForms("flag")
)

// YearGroup names a year group as a school writes it on a class list:
// "Reception", "Nursery 1", "Year 7".
func YearGroup(year string) string {
	switch year {
	case "":
		return ""
	case "R":
		return "Reception"
	case "N1":
		return "Nursery 1"
	case "N2":
		return "Nursery 2"
	}
	return "Year " + year
}

// yearAge is the age a child in the year group is on 31 August before
// the school year begins: Reception 4, Year 1 5, … Year n n+4.
func yearAge(year string) int {
	switch year {
	case "N1":
		return 2
	case "N2":
		return 3
	case "R":
		return 4
	}
	n, _ := strconv.Atoi(year)
	return n + 4
}

// ParseSENStatus reads an SEN status: a code, or its wording in a school
// information system ("Education, Health and Care Plan", "Monitoring").
// N means the pupil is not on the SEN register. warn is non-empty when the
// value is read but the school should look at it (an old code).
func ParseSENStatus(s string) (status, warn string, err error) {
	k := letters(s)
	if st, ok := statusForms[k]; ok {
		return st, "", nil
	}
	// "E - Education, Health and Care Plan": the code before the dash.
	if head, _, ok := strings.Cut(s, " - "); ok {
		if st, ok := statusForms[letters(head)]; ok && len(letters(head)) == 1 {
			return st, "", nil
		}
	}
	switch {
	case k == "k" || strings.HasPrefix(k, "ksen") || k == "sensupport":
		return "K", "", nil
	case k == "e" || strings.HasPrefix(k, "eehc") || k == "ehcplan" || k == "ehcp" || k == "ehc":
		return "E", "", nil
	case k == "n" || strings.HasPrefix(k, "nno") || k == "nosen" || k == "none":
		return "N", "", nil
	case k == "a" || strings.HasPrefix(k, "aschool") || k == "schoolaction":
		return "K", fmt.Sprintf("SEN status %q is the old School Action code; read as K (SEN support) — write K to silence this", s), nil
	case k == "p" || strings.HasPrefix(k, "pschool") || k == "schoolactionplus":
		return "K", fmt.Sprintf("SEN status %q is the old School Action Plus code; read as K (SEN support) — write K to silence this", s), nil
	case k == "s" || strings.HasPrefix(k, "sstatement") || k == "statement":
		return "E", fmt.Sprintf("SEN status %q is the old Statement code; read as E (EHC plan) — write E to silence this", s), nil
	}
	return "", "", fmt.Errorf("SEN status %q is not known; write K (SEN support) or E (EHC plan)", s)
}

// NeedCodes are the primary and secondary need codes of the school census.
var NeedCodes = []string{"SPLD", "MLD", "SLD", "PMLD", "SEMH", "SLCN", "HI", "VI", "MSI", "PD", "ASD", "OTH", "NSA"}

// needNames are the census descriptions school systems sometimes export
// instead of the codes.
var needNames = map[string]string{
	"specificlearningdifficulty":                      "SPLD",
	"moderatelearningdifficulty":                      "MLD",
	"severelearningdifficulty":                        "SLD",
	"profoundandmultiplelearningdifficulty":           "PMLD",
	"socialemotionalandmentalhealth":                  "SEMH",
	"speechlanguageandcommunicationneeds":             "SLCN",
	"hearingimpairment":                               "HI",
	"visualimpairment":                                "VI",
	"multisensoryimpairment":                          "MSI",
	"physicaldisability":                              "PD",
	"autisticspectrumdisorder":                        "ASD",
	"autism":                                          "ASD",
	"otherdifficultydisability":                       "OTH",
	"other":                                           "OTH",
	"sensupportbutnospecialistassessmentoftypeofneed": "NSA",
}

// ParseNeed reads a need code in any case ("SpLD"), or its description,
// optionally written "SPLD - Specific learning difficulty".
func ParseNeed(s string) (string, error) {
	head, _, _ := strings.Cut(s, " - ")
	k := strings.ToUpper(letters(head))
	for _, c := range NeedCodes {
		if k == c {
			return c, nil
		}
	}
	if c, ok := needNames[letters(s)]; ok {
		return c, nil
	}
	if c, ok := needForms[letters(s)]; ok {
		return c, nil
	}
	return "", fmt.Errorf("need %q is not a census need code; write one of %s", s, strings.Join(NeedCodes, ", "))
}

// areaNames maps every accepted spelling, reduced by letters, to its area.
var areaNames = map[string]Area{
	"communicationandinteraction":    CommunicationInteraction,
	"communicationinteraction":       CommunicationInteraction,
	"ci":                             CommunicationInteraction,
	"cognitionandlearning":           CognitionLearning,
	"cognitionlearning":              CognitionLearning,
	"cl":                             CognitionLearning,
	"socialemotionalandmentalhealth": SEMH,
	"socialemotionalmentalhealth":    SEMH,
	"semh":                           SEMH,
	"sensoryandorphysical":           SensoryPhysical,
	"sensoryandphysical":             SensoryPhysical,
	"sensoryorphysical":              SensoryPhysical,
	"sensoryphysical":                SensoryPhysical,
	"sp":                             SensoryPhysical,
}

// ParseArea reads an area of need: the Code of Practice name or its short
// form (C&I, C&L, SEMH, S&P).
func ParseArea(s string) (Area, error) {
	if a, ok := areaNames[letters(s)]; ok {
		return a, nil
	}
	return "", fmt.Errorf("area %q is not an area of need; write one of %q, %q, %q, %q (or C&I, C&L, SEMH, S&P)", s, CommunicationInteraction, CognitionLearning, SEMH, SensoryPhysical)
}

// ParsePlanType reads a plan layout name.
func ParsePlanType(s string) (string, error) {
	k := letters(s)
	for _, t := range config.PlanTypes {
		if k == t {
			return t, nil
		}
	}
	return "", fmt.Errorf("plan type %q is not known; write one of %s, or leave it blank for the default", s, strings.Join(config.PlanTypes, ", "))
}

// ParseYesNo reads a Y/N cell in any of the forms exports print it: Y/N,
// Yes/No, True/False, T/F, 1/0.
func ParseYesNo(s string) (bool, error) {
	switch flagForms[letters(s)] {
	case "Y":
		return true, nil
	case "N":
		return false, nil
	}
	return false, fmt.Errorf("%q is not yes or no; write Y or N", s)
}

// ParseOutcome reads a review outcome.
func ParseOutcome(s string) (Outcome, error) {
	switch letters(s) {
	case "achieved", "a", "met", "yes", "y":
		return Achieved, nil
	case "partly", "p", "partlyachieved", "partiallyachieved", "partially", "partial", "partlymet":
		return Partly, nil
	case "notyet", "n", "notachieved", "notmet", "no":
		return NotYet, nil
	}
	return "", fmt.Errorf("outcome %q is not known; write achieved, partly or not yet", s)
}
