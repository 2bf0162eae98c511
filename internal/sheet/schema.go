package sheet

// Column is one column planpack knows: its canonical name (as written in
// the workbook planpack init makes) and the other names school information
// systems export it under. Names are matched ignoring case, spaces,
// underscores, hyphens and dots.
type Column struct {
	Name     string
	Aliases  []string
	Required bool
}

// Table is one kind of sheet: its canonical name, aliases, and columns.
// Key is the column whose presence marks the header row.
type Table struct {
	Name    string
	Aliases []string
	Key     []string // any of these canonical columns marks the header row
	Columns []Column
}

// The canonical column names, used as keys in Row.
const (
	ColPupilID       = "Pupil ID"
	ColUPN           = "UPN"
	ColLegalForename = "Legal Forename"
	ColLegalSurname  = "Legal Surname"
	ColPreferred     = "Preferred Forename"
	ColDOB           = "Date of Birth"
	ColYear          = "Year"
	ColRegGroup      = "Reg Group"
	ColClassTeacher  = "Class Teacher"
	ColSENStatus     = "SEN Status"
	ColPrimaryNeed   = "Primary Need"
	ColSecondaryNeed = "Secondary Need"
	ColPlanType      = "Plan Type"
	ColKeyAdult      = "Key Adult"
	ColStrengths     = "Strengths"
	ColInterests     = "Interests"
	ColWhatMatters   = "What Matters To Me"
	ColHowToHelp     = "How To Help Me"
	ColNeeds         = "Needs"
	ColOtherSupport  = "Other Support"
	ColChildViews    = "Child Views"
	ColParentViews   = "Parent Views"
	ColHomeLanguage  = "Home Language"

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
		{Name: ColDOB, Required: true, Aliases: []string{"DOB", "Birth Date", "Date Of Birth (dd/mm/yyyy)", "Birthdate"}},
		{Name: ColYear, Required: true, Aliases: []string{"Year Group", "NC Year", "Curriculum Year", "Yr", "Year Taught In"}},
		{Name: ColRegGroup, Required: true, Aliases: []string{"Reg", "Registration Group", "Class", "Form", "Tutor Group", "Form Group"}},
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
	Aliases: []string{"Contact", "Parents", "Parents And Carers", "Parents & Carers", "Parents/Carers", "Carers"},
	Key:     []string{ColPupilID, ColUPN},
	Columns: []Column{
		pupilKey, upn,
		{Name: ColTitle},
		{Name: ColForename, Aliases: []string{"Contact Forename", "First Name", "Contact First Name"}},
		{Name: ColSurname, Required: true, Aliases: []string{"Contact Surname", "Last Name", "Contact Last Name"}},
		{Name: ColSalutation, Aliases: []string{"Addressee Salutation", "Dear"}},
		{Name: ColRelationship, Aliases: []string{"Relation", "Relationship To Pupil"}},
		{Name: ColPriority, Aliases: []string{"Contact Priority", "Order"}},
		{Name: ColPR, Aliases: []string{"PR", "Has Parental Responsibility", "Parental Resp"}},
		{Name: ColLivesWith, Aliases: []string{"Lives With", "Resides With Pupil", "Same Address"}},
		{Name: ColAddress1, Aliases: []string{"Address Line 1", "Address1", "House", "Street"}},
		{Name: ColAddress2, Aliases: []string{"Address Line 2", "Address2", "Locality"}},
		{Name: ColAddress3, Aliases: []string{"Address Line 3", "Address3"}},
		{Name: ColTown, Aliases: []string{"Post Town", "City", "Town/City"}},
		{Name: ColCounty},
		{Name: ColPostcode, Aliases: []string{"Post Code", "Postal Code", "Zip"}},
		{Name: ColEmail, Aliases: []string{"Email Address", "E-mail"}},
		{Name: ColSendPost, Aliases: []string{"Post", "Receives Post", "Correspondence", "Send Letters"}},
		{Name: ColHomeLanguage, Aliases: []string{"First Language", "Language"}},
	},
}

// Reviews is the Reviews sheet: last term's outcomes.
var Reviews = Table{
	Name:    "Reviews",
	Aliases: []string{"Review", "Last Term", "Outcomes Review"},
	Key:     []string{ColPupilID, ColUPN},
	Columns: []Column{
		pupilKey, upn,
		{Name: ColTargetNo, Required: true, Aliases: []string{"Target Number", "No", "Number", "#"}},
		{Name: ColTarget, Aliases: []string{"SMART Target", "Target Text"}},
		{Name: ColOutcome, Aliases: []string{"Result", "Achieved"}},
		{Name: ColRating, Aliases: []string{"Score"}},
		{Name: ColComment, Aliases: []string{"Comments", "Notes"}},
		{Name: ColCarryForward, Aliases: []string{"Carry Forward Y/N", "Carried Forward", "Continue"}},
	},
}

// Tables lists the sheets of a workbook in the order they are read.
var Tables = []*Table{&Pupils, &Targets, &Contacts, &Reviews}
