package templates

import "planpack/internal/plan"

// sampleHousehold is the family every letter template is tried on when
// it is loaded.
func sampleHousehold() *plan.Household {
	p := &plan.Pupil{
		ID: "0000", LegalForename: "Samuel", PreferredForename: "Sam", LegalSurname: "Sample",
		RegGroup: "3B", KeyAdult: "Mrs Patel",
		Targets: []*plan.Target{
			{No: 1, TargetDetails: plan.TargetDetails{Area: plan.CognitionLearning, Who: "Mrs Patel"}, IWill: "I will add two numbers under 10.", ICan: "I can add two numbers under 10."},
			{No: 2, TargetDetails: plan.TargetDetails{Area: plan.SEMH, Who: "Mr Jones"}, IWill: "I will ask for help when I am stuck.", ICan: "I can ask for help when I am stuck."},
		},
		Reviews: []*plan.Review{{TargetNo: 1, TargetDetails: plan.TargetDetails{Text: "I will read ten words."}, Outcome: plan.Achieved, Comment: "Sam read all ten."}},
	}
	c := &plan.Contact{Title: "Mrs", Forename: "Jo", Surname: "Sample", ParentalResponsibility: true, SendPost: true,
		Address: []string{"1 High Street"}, Town: "Leeds", Postcode: "LS1 1AA"}
	return &plan.Household{
		Pupils: []*plan.Pupil{p}, Contacts: []*plan.Contact{c},
		NameLine: "Mrs J Sample", Address: []string{"1 High Street", "LEEDS", "LS1 1AA"},
		Salutation: "Dear Mrs Sample",
	}
}
