package sheet

// Column is one column planpack knows: its canonical name (as written in
// the workbook planpack init makes) and the other names school information
// systems export it under. Names are matched ignoring case, spaces,
// underscores, hyphens and dots.
type Column struct {
	Name     string
	Aliases  []string
	Required bool
	// Specific are names that say whose value the column is ("Contact
	// Forename"): when a sheet has one of them and a plainer name for
	// the same column, the specific one is read.
	Specific []string
	// Else is a column that stands in when this required one is missing:
	// the census has year groups but no registration groups.
	Else string
}

// Table is one kind of sheet: its canonical name, aliases, and columns.
// Key is the column whose presence marks the header row.
type Table struct {
	Name    string
	Aliases []string
	Key     []string // any of these canonical columns marks the header row
	Columns []Column
	// Folded are columns exports print that are read into other fields
	// (a need's rank, the contact's own ID, the house number and street):
	// the reader knows them, planpack's own workbook does not have them.
	Folded []Column
	// Block is set for a sheet whose rows may name two people, the pupil
	// and then the contact, under the same headers.
	Block *Block
	// NotUsed are headers known to belong to the sheet's kind of export
	// that planpack does not read (the pupil's name on a contacts sheet):
	// they are listed as not used rather than warned about.
	NotUsed []string
}

// Block says how to read a row that repeats a person's columns, as a
// contact import does: the pupil's ID, forename and surname, then the
// contact's own ID, forename and surname. The Person columns before the
// Marker column (or before the key column's second appearance) are the
// pupil's and are not read; those after it are the contact's.
type Block struct {
	Marker string
	Person []string
}

// The canonical column names, used as keys in Row.
const (
	ColPupilID       = "Pupil ID"
	ColUPN           = "UPN"
	ColLegalForename = "Legal Forename"
	ColLegalSurname  = "Legal Surname"
	ColPreferred     = "Preferred Forename"
	ColPronouns      = "Pronouns"
	ColDOB           = "Date of Birth"
	ColYear          = "Year"
	ColRegGroup      = "Reg Group"
	ColClassTeacher  = "Class Teacher"
	ColSENStatus     = "SEN Status"
	ColPrimaryNeed   = "Primary Need"
	ColSecondaryNeed = "Secondary Need"
	ColNeedRank      = "Need Rank"
	// A family's salutation and addressee kept on the pupil's record.
	ColParentalSalutation = "Parental Salutation"
	ColParentalAddressee  = "Parental Addressee"
	ColPlanType           = "Plan Type"
	ColKeyAdult           = "Key Adult"
	ColStrengths          = "Strengths"
	ColInterests          = "Interests"
	ColWhatMatters        = "What Matters To Me"
	ColHowToHelp          = "How To Help Me"
	ColNeeds              = "Needs"
	ColOtherSupport       = "Other Support"
	ColChildViews         = "Child Views"
	ColParentViews        = "Parent Views"
	ColHomeLanguage       = "Home Language"

	ColTargetNo     = "Target No"
	ColArea         = "Area"
	ColTarget       = "Target"
	ColChildTarget  = "Child Target"
	ColSuccess      = "Success Criteria"
	ColChildSuccess = "Child Success"
	ColBaseline     = "Baseline"
	ColProvision    = "Provision"
	ColWho          = "Who"
	ColHowOften     = "How Often"
	ColWhere        = "Where"
	ColEvidence     = "Evidence"
	ColTargetDate   = "Target Date"
	ColGroup        = "Group"
	ColCost         = "Cost"

	ColTitle        = "Title"
	ColForename     = "Forename"
	ColSurname      = "Surname"
	ColSalutation   = "Salutation"
	ColRelationship = "Relationship"
	ColPriority     = "Priority"
	ColPR           = "Parental Responsibility"
	ColLivesWith    = "Lives With Pupil"
	ColAddress1     = "Address 1"
	ColAddress2     = "Address 2"
	ColAddress3     = "Address 3"
	ColTown         = "Town"
	ColCounty       = "County"
	ColPostcode     = "Postcode"
	ColEmail        = "Email"
	ColSendPost     = "Send Post"
	ColContactID    = "Contact ID"
	ColHouseName    = "House Name"
	ColHouseNumber  = "House Number"
	ColStreet       = "Street"
	ColAddressee    = "Addressee"

	ColOutcome      = "Outcome"
	ColRating       = "Rating"
	ColComment      = "Comment"
	ColCarryForward = "Carry Forward"
)

var pupilKey = Column{Name: ColPupilID, Aliases: []string{"Admission No", "Admission Number", "Adno", "Pupil No", "Pupil Number", "Student ID", "MIS ID", "ID"}}
var upn = Column{Name: ColUPN, Aliases: []string{"Unique Pupil Number"}}

// Pupils is the Pupils sheet.
var Pupils = Table{
	Name:    "Pupils",
	Aliases: []string{"Pupil", "Students", "Children", "SEN Register", "Register"},
	Key:     []string{ColPupilID, ColUPN},
	Columns: []Column{
		pupilKey, upn,
		{Name: ColLegalForename, Required: true, Aliases: []string{"Forename", "First Name", "Firstname", "Given Name", "Legal First Name"}},
		{Name: ColLegalSurname, Required: true, Aliases: []string{"Surname", "Last Name", "Lastname", "Family Name", "Legal Last Name"}},
		{Name: ColPreferred, Aliases: []string{"Preferred Name", "Preferred First Name", "Known As", "Chosen Name"}},
		// Information systems export a gender (M, F); the school may give
		// pronouns instead, which say more.
		{Name: ColPronouns, Aliases: []string{"Pronoun", "Preferred Pronouns", "Gender", "Sex"}},
		{Name: ColDOB, Required: true, Aliases: []string{"DOB", "Birth Date", "Date Of Birth (dd/mm/yyyy)", "Birthdate"}},
		{Name: ColYear, Required: true, Aliases: []string{"Year Group", "NC Year", "Curriculum Year", "Yr", "Year Taught In"}},
		{Name: ColRegGroup, Required: true, Else: ColYear, Aliases: []string{"Reg", "Registration Group", "Class", "Form", "Tutor Group", "Form Group"}},
		{Name: ColClassTeacher, Aliases: []string{"Teacher", "Class Tutor", "Form Tutor", "Tutor"}},
		{Name: ColSENStatus, Required: true, Aliases: []string{"SEN Provision", "SEN Stage", "SEN", "SEND Status", "SEN Code"}},
		{Name: ColPrimaryNeed, Aliases: []string{"Primary Need Type", "SEN Need", "Need", "Primary SEN Need", "SEN Type"}},
		{Name: ColSecondaryNeed, Aliases: []string{"Secondary Need Type", "Secondary SEN Need"}},
		{Name: ColPlanType, Aliases: []string{"Plan", "Type Of Plan"}},
		{Name: ColKeyAdult, Aliases: []string{"Key Worker", "Keyworker", "Key Person"}},
		{Name: ColStrengths, Aliases: []string{"My Strengths", "What I Am Good At"}},
		{Name: ColInterests, Aliases: []string{"My Interests", "What I Like", "Likes"}},
		{Name: ColWhatMatters, Aliases: []string{"What Matters", "What Is Important To Me", "Important To Me"}},
		{Name: ColHowToHelp, Aliases: []string{"How To Help", "How Best To Support Me", "How To Support Me"}},
		{Name: ColNeeds, Aliases: []string{"Description Of Needs", "Needs Description", "Area Of Need Description"}},
		{Name: ColOtherSupport, Aliases: []string{"Other Agencies", "Outside Agencies", "External Support"}},
		{Name: ColChildViews, Aliases: []string{"Pupil Views", "Student Views", "Child's Views", "Pupil Voice"}},
		{Name: ColParentViews, Aliases: []string{"Parent/Carer Views", "Parents Views", "Parent's Views", "Parent Carer Views"}},
		{Name: ColHomeLanguage, Aliases: []string{"First Language", "Language", "Main Language"}},
	},
	Folded: []Column{
		// Reports that give one row a need rank them: 1 is the primary need.
		{Name: ColNeedRank, Aliases: []string{"Need Ranking", "SEN Need Rank", "SEN Need Ranking", "Rank"}},
		// Read into the contacts at the pupil's main address.
		{Name: ColParentalSalutation},
		{Name: ColParentalAddressee},
	},
}

// Targets is the Targets sheet.
var Targets = Table{
	Name:    "Targets",
	Aliases: []string{"Target", "Outcomes", "SMART Targets"},
	Key:     []string{ColPupilID, ColUPN},
	Columns: []Column{
		pupilKey, upn,
		{Name: ColTargetNo, Aliases: []string{"Target Number", "No", "Number", "#"}},
		{Name: ColArea, Required: true, Aliases: []string{"Area Of Need", "Need Area", "Broad Area"}},
		{Name: ColTarget, Required: true, Aliases: []string{"SMART Target", "Target Text", "Outcome"}},
		{Name: ColChildTarget, Aliases: []string{"Child Friendly Target", "My Target", "I Will"}},
		{Name: ColSuccess, Required: true, Aliases: []string{"Success", "Success Criterion", "Criteria"}},
		{Name: ColChildSuccess, Aliases: []string{"Child Friendly Success", "I Can", "My Success"}},
		{Name: ColBaseline, Aliases: []string{"Starting Point", "Current Level", "Baseline Assessment"}},
		{Name: ColProvision, Required: true, Aliases: []string{"Strategies", "Support", "Intervention", "Resources", "Provision / Strategies"}},
		{Name: ColWho, Required: true, Aliases: []string{"Staff", "Delivered By", "By Whom", "Responsible"}},
		{Name: ColHowOften, Required: true, Aliases: []string{"Frequency", "When", "How Often / When"}},
		{Name: ColWhere, Aliases: []string{"Location", "Setting"}},
		{Name: ColEvidence, Aliases: []string{"How Measured", "Assessment", "Monitoring", "How Progress Is Measured"}},
		{Name: ColTargetDate, Aliases: []string{"Date", "By When", "Due Date", "Deadline"}},
		{Name: ColGroup, Aliases: []string{"Intervention Group", "Group Name", "Programme"}},
		{Name: ColCost, Aliases: []string{"Cost Per Term", "Other Cost", "Resource Cost"}},
	},
}

// Contacts is the Contacts sheet.
var Contacts = Table{
	Name:    "Contacts",
	Aliases: []string{"Contact", "Parents", "Parents And Carers", "Parents & Carers", "Parents/Carers", "Carers", "Guardians"},
	Key:     []string{ColPupilID, ColUPN},
	Columns: []Column{
		pupilKey, upn,
		{Name: ColTitle, Specific: []string{"Contact Title", "Parent Title", "Guardian Title", "Carer Title"}},
		{Name: ColForename, Aliases: []string{"First Name"}, Specific: []string{"Contact Forename", "Contact First Name", "Parent Forename", "Parent First Name", "Guardian Forename", "Guardian First Name", "Carer Forename"}},
		{Name: ColSurname, Required: true, Aliases: []string{"Last Name"}, Specific: []string{"Contact Surname", "Contact Last Name", "Parent Surname", "Parent Last Name", "Guardian Surname", "Guardian Last Name", "Carer Surname"}},
		{Name: ColSalutation, Aliases: []string{"Addressee Salutation", "Dear", "Letter Salutation", "Contact Salutation"}},
		{Name: ColAddressee, Aliases: []string{"Address Name", "Label Name", "Mailing Name", "Contact Addressee"}},
		{Name: ColRelationship, Aliases: []string{"Relation", "Relationship To Pupil", "Contact Relationship"}},
		{Name: ColPriority, Aliases: []string{"Contact Priority"}},
		{Name: ColPR, Aliases: []string{"PR", "Has Parental Responsibility", "Parental Resp"}},
		{Name: ColLivesWith, Aliases: []string{"Lives With", "Resides With Pupil", "Same Address"}},
		{Name: ColAddress1, Aliases: []string{"Address Line 1", "Address1", "Address"}},
		{Name: ColAddress2, Aliases: []string{"Address Line 2", "Address2"}},
		{Name: ColAddress3, Aliases: []string{"Address Line 3", "Address3"}},
		{Name: ColTown, Aliases: []string{"Post Town", "City", "Town/City"}},
		{Name: ColCounty},
		{Name: ColPostcode, Aliases: []string{"Post Code", "Postal Code", "Zip"}},
		{Name: ColEmail, Aliases: []string{"Email Address", "E-mail"}},
		{Name: ColSendPost, Aliases: []string{"Post", "Receives Post", "Correspondence", "Send Letters"}},
		{Name: ColHomeLanguage, Aliases: []string{"First Language", "Language"}},
	},
	Folded: []Column{
		{Name: ColContactID, Aliases: []string{"Contact Person ID", "Contact No", "Contact Number", "Parent ID", "Guardian ID", "Carer ID"}},
		{Name: ColHouseName, Aliases: []string{"House", "Building Name", "Flat"}},
		{Name: ColHouseNumber, Aliases: []string{"House No", "Building Number"}},
		{Name: ColStreet, Aliases: []string{"Street Name", "Road"}},
	},
	Block: &Block{Marker: ColContactID, Person: []string{ColTitle, ColForename, ColSurname}},
	NotUsed: []string{"Legal Forename", "Legal Surname", "Preferred Forename", "Pupil Forename", "Pupil Surname",
		"Pupil First Name", "Pupil Last Name", "Student Forename", "Student Surname", "Child Forename", "Child Surname",
		"Pupil Name", "Student Name", "Child Name", "Reg Group", "Registration Group", "Year", "Year Group", "Date of Birth", "DOB"},
}

// Reviews is the Reviews sheet: last term's outcomes.
var Reviews = Table{
	Name:    "Reviews",
	Aliases: []string{"Review", "Last Term", "Outcomes Review"},
	Key:     []string{ColPupilID, ColUPN},
	Columns: append([]Column{
		pupilKey, upn,
		{Name: ColTargetNo, Required: true, Aliases: []string{"Target Number", "No", "Number", "#"}},
		{Name: ColTarget, Aliases: []string{"SMART Target", "Target Text"}},
		{Name: ColOutcome, Aliases: []string{"Result", "Achieved"}},
		{Name: ColRating, Aliases: []string{"Score"}},
		{Name: ColComment, Aliases: []string{"Comments", "Notes"}},
		{Name: ColCarryForward, Aliases: []string{"Carry Forward Y/N", "Carried Forward", "Continue"}},
	}, reviewedTarget()...),
}

// reviewedTarget are the Targets columns a Reviews row may repeat, so that
// a target carried forward which this term's Targets sheet does not hold
// keeps its area, success criteria and help. They are optional here: only
// such a row needs them.
func reviewedTarget() []Column {
	var out []Column
	for _, c := range Targets.Columns {
		switch c.Name {
		case ColPupilID, ColUPN, ColTargetNo, ColTarget, ColTargetDate:
			continue
		}
		c.Required = false
		out = append(out, c)
	}
	return out
}

// Tables lists the sheets of a workbook in the order they are read.
var Tables = []*Table{&Pupils, &Targets, &Contacts, &Reviews}
