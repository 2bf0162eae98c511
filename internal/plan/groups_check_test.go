package plan

import (
	"strings"
	"testing"
)

func TestGroupMembersDisagreeingOnProvisionIsAWarningNamingBothCells(t *testing.T) {
	w := school()
	w.set("Targets", "L1", "Group").set("Targets", "L2", "Phonics").set("Targets", "L4", " phonics ")
	_, probs, _ := w.load(t, Options{})
	report := probs.Error()
	for _, want := range []string{
		`Targets!I4 (Who): warning: group "Phonics": Who "Mr Bell" here but "Mrs Khan (TA)" at Targets!I2`,
		`Targets!J4 (How Often): warning: group "Phonics": How Often "Weekly, 30 min" here but "3 x 10 min a week" at Targets!J2`,
	} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}

	// Members who agree (ignoring case and spacing) get no warning.
	w = school()
	w.set("Targets", "L1", "Group").set("Targets", "L2", "Phonics").set("Targets", "L4", "Phonics").
		set("Targets", "I4", "mrs khan  (TA)").set("Targets", "J4", "3 x 10 min a week")
	_, probs, _ = w.load(t, Options{})
	if strings.Contains(probs.Error(), "group") {
		t.Errorf("agreeing members were warned about:\n%s", probs.Error())
	}
}
