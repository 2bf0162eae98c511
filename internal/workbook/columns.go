package workbook

import (
	"strconv"

	"planpack/internal/config"
	"planpack/internal/plan"
	"planpack/internal/sheet"
)

// kind says how a column's cells are written and shown.
type kind int

const (
	text     kind = iota // a short text cell
	long                 // free text: wide, wrapped
	code                 // text that must stay text (admission numbers, UPNs, postcodes keep their zeros)
	date                 // a real date cell, dd/mm/yyyy
	number               // a whole number
	shortTxt             // a short code chosen from a list
)

// column is what the workbook says about one column: what to put in it,
// the list its dropdown is fed from ("" for none), and how it looks.
type column struct {
	what  string
	list  string
	kind  kind
	width float64
}

// list is one dropdown's allowed values, kept on the hidden Lists sheet.
type list struct {
	name   string // the defined name the dropdowns refer to
	header string
	values []string
	// numeric lists hold numbers, to match cells typed as numbers: a
	// dropdown compares the value, and 2 is not "2".
	numeric bool
}

// lists are the dropdowns, in the order of their columns on the Lists sheet.
var lists = func() []list {
	years := []string{"N1", "N2", "R"}
	for y := 1; y <= 14; y++ {
		years = append(years, strconv.Itoa(y))
	}
	var areas []string
	for _, a := range plan.Areas {
		areas = append(areas, string(a))
	}
	return []list{
		{name: "ListYear", header: "Year", values: years},
		{name: "ListSENStatus", header: "SEN Status", values: []string{"K", "E"}},
		{name: "ListNeed", header: "Need", values: []string{"SPLD", "MLD", "SLD", "PMLD", "SEMH", "SLCN", "HI", "VI", "MSI", "PD", "ASD", "OTH", "NSA"}},
		{name: "ListArea", header: "Area", values: areas},
		{name: "ListPlanType", header: "Plan Type", values: config.PlanTypes},
		{name: "ListYesNo", header: "Y/N", values: []string{"Y", "N"}},
		{name: "ListOutcome", header: "Outcome", values: []string{string(plan.Achieved), string(plan.Partly), string(plan.NotYet)}},
		{name: "ListRating", header: "Rating", values: []string{"1", "2", "3"}, numeric: true},
	}
}()

func listNamed(name string) list {
	for _, l := range lists {
		if l.name == name {
			return l
		}
	}
	panic("workbook: no list " + name)
}

// columns describes every column of every sheet. A column whose meaning
// differs between sheets is keyed "Sheet/Column".
var columns = map[string]column{
	sheet.ColPupilID:       {what: "The school's admission number. It joins the sheets: use the same ID on Targets, Contacts and Reviews.", kind: code, width: 12},
	sheet.ColUPN:           {what: "Unique Pupil Number, 13 characters; planpack checks the check letter. Never printed on anything sent home.", kind: code, width: 16},
	sheet.ColLegalForename: {what: "First name as on the admission register; printed on staff copies.", width: 16},
	sheet.ColLegalSurname:  {what: "Surname as on the admission register.", width: 18},
	sheet.ColPreferred:     {what: "The name the child goes by, used in everything the child and family read. Leave blank if it is the legal forename.", width: 14},
	sheet.ColPronouns:      {what: "he, she or they: how the targets speak of the child, so that another person's he or she is not put into the child's own words. Blank: planpack goes by the targets themselves. A gender from the school's system (M, F) will do.", kind: shortTxt, width: 10},
	sheet.ColDOB:           {what: "Date of birth.", kind: date, width: 13},
	sheet.ColYear:          {what: "National curriculum year group.", list: "ListYear", kind: shortTxt, width: 7},
	sheet.ColRegGroup:      {what: "Class or tutor group; the pack is sorted and grouped by it.", width: 12},
	sheet.ColClassTeacher:  {what: "Class teacher or tutor, printed on the class master copy.", width: 18},
	sheet.ColSENStatus:     {what: "K for SEN support, E for an EHC plan.", list: "ListSENStatus", kind: shortTxt, width: 11},
	sheet.ColPrimaryNeed:   {what: "Main area of need, as coded in the school census.", list: "ListNeed", kind: shortTxt, width: 13},
	sheet.ColSecondaryNeed: {what: "Second area of need, if any.", list: "ListNeed", kind: shortTxt, width: 15},
	sheet.ColPlanType:      {what: "Which plan layout to print. Blank uses plans.default_type from planpack.toml.", list: "ListPlanType", kind: shortTxt, width: 11},
	sheet.ColKeyAdult:      {what: "The adult the child goes to first.", width: 18},
	sheet.ColStrengths:     {what: "What the child is good at. Printed next to the targets they help with.", kind: long, width: 40},
	sheet.ColInterests:     {what: "What the child enjoys.", kind: long, width: 40},
	sheet.ColWhatMatters:   {what: "One-page profile: what matters to the child, in their words where you can.", kind: long, width: 40},
	sheet.ColHowToHelp:     {what: "One-page profile: how adults can best help.", kind: long, width: 40},
	sheet.ColNeeds:         {what: "A short description of the child's needs.", kind: long, width: 40},
	sheet.ColOtherSupport:  {what: "Medical needs, counselling, outside agencies.", kind: long, width: 40},
	sheet.ColChildViews:    {what: "What the child says about school and their plan.", kind: long, width: 40},
	sheet.ColParentViews:   {what: "What parents and carers say.", kind: long, width: 40},
	sheet.ColHomeLanguage:  {what: "The family's home language; picks a translated letter when there is one.", width: 14},

	sheet.ColTargetNo:     {what: "1, 2, 3 … the order on the plan. Blank keeps the row order.", kind: number, width: 10},
	sheet.ColArea:         {what: "The area of need the target belongs to. C&I, C&L, SEMH and S&P are accepted too.", list: "ListArea", kind: shortTxt, width: 30},
	sheet.ColTarget:       {what: "The target in staff wording, with something you can count or see, e.g. \"Read 20 phase 3 words on sight\".", kind: long, width: 45},
	sheet.ColChildTarget:  {what: "The child's own wording, if you want to choose it. Blank: planpack writes the \"I will …\" sentence.", kind: long, width: 35},
	sheet.ColSuccess:      {what: "How everyone will know it is done, with a number, e.g. \"Reads 18 of 20 words in 3 sessions running\".", kind: long, width: 45},
	sheet.ColChildSuccess: {what: "The child's own \"I can …\" wording. Blank: planpack writes it.", kind: long, width: 35},
	sheet.ColBaseline:     {what: "Where the child is now, so progress can be shown.", kind: long, width: 35},
	sheet.ColProvision:    {what: "The help: strategies, resources, interventions.", kind: long, width: 45},
	sheet.ColWho:          {what: "The staff who give the help.", width: 22},
	sheet.ColHowOften:     {what: "How often, e.g. \"3 x 15 min a week\", \"daily 10 min\".", width: 20},
	sheet.ColWhere:        {what: "Where the help happens.", width: 18},
	sheet.ColEvidence:     {what: "How progress is measured.", kind: long, width: 30},
	sheet.ColTargetDate:   {what: "When the target should be met. Blank means the review date.", kind: date, width: 13},
	sheet.ColGroup:        {what: "Pupils whose targets share a Group name (a phonics group, a social skills group) also get a group plan.", width: 18},
	sheet.ColCost:         {what: "What this provision costs a term beyond staff time (an outside service, a resource), e.g. 120. A group's cost is shared by its members.", kind: number, width: 12},

	sheet.ColTitle:        {what: "Mr, Mrs, Ms, Miss, Mx, Dr …", width: 7},
	sheet.ColForename:     {what: "The contact's first name.", width: 14},
	sheet.ColSurname:      {what: "The contact's surname.", width: 18},
	sheet.ColSalutation:   {what: "How to start the letter if not \"Dear Mr Smith\", e.g. \"Dear Jo\".", width: 18},
	sheet.ColAddressee:    {what: "The name line of the envelope if not \"Mr J Smith\", e.g. \"Mr and Mrs J Smith\".", width: 20},
	sheet.ColRelationship: {what: "Mother, Father, Carer, Grandparent …", width: 14},
	sheet.ColPriority:     {what: "1 for the first contact, 2 for the next …", kind: number, width: 9},
	sheet.ColPR:           {what: "Y if the contact has parental responsibility. By default only they get letters.", list: "ListYesNo", kind: shortTxt, width: 12},
	sheet.ColLivesWith:    {what: "Y if the child lives with this contact.", list: "ListYesNo", kind: shortTxt, width: 10},
	sheet.ColAddress1:     {what: "First line of the address.", width: 24},
	sheet.ColAddress2:     {what: "Second line of the address.", width: 18},
	sheet.ColAddress3:     {what: "Third line of the address.", width: 14},
	sheet.ColTown:         {what: "Post town.", width: 14},
	sheet.ColCounty:       {what: "County, if you use it.", width: 14},
	sheet.ColPostcode:     {what: "Postcode; letters need one to be posted.", kind: code, width: 10},
	sheet.ColEmail:        {what: "Email address.", width: 24},
	sheet.ColSendPost:     {what: "N for a contact who asked for no post. Blank means Y.", list: "ListYesNo", kind: shortTxt, width: 10},

	sheet.Contacts.Name + "/" + sheet.ColHomeLanguage: {what: "The contact's home language; their letter is translated when a template exists.", width: 14},

	sheet.Reviews.Name + "/" + sheet.ColTargetNo: {what: "The number of last term's target.", kind: number, width: 10},
	sheet.Reviews.Name + "/" + sheet.ColTarget:   {what: "Last term's target, as it was written.", kind: long, width: 45},
	sheet.ColOutcome:      {what: "How far the target was met.", list: "ListOutcome", kind: shortTxt, width: 10},
	sheet.ColRating:       {what: "1, 2 or 3, as marked on the evidence sheets (3 is best).", list: "ListRating", kind: number, width: 8},
	sheet.ColComment:      {what: "What happened; next steps.", kind: long, width: 40},
	sheet.ColCarryForward: {what: "Y to keep the target on the new plan, marked as carried forward: the same target on the Targets sheet, or, when that sheet does not have it, the target as this row gives it, after this term's targets.", list: "ListYesNo", kind: shortTxt, width: 13},
}

// about returns what the workbook says about a column of a sheet.
func about(table, name string) column {
	if c, ok := columns[table+"/"+name]; ok {
		return c
	}
	return columns[name]
}

// sheetColumns returns the columns written on a sheet: the schema's, in
// its order. The UPN is asked for on Pupils only; the other sheets join
// by Pupil ID, so repeating the UPN there would only spread it further.
func sheetColumns(t *sheet.Table) []sheet.Column {
	var out []sheet.Column
	for _, c := range t.Columns {
		if c.Name == sheet.ColUPN && t.Name != sheet.Pupils.Name {
			continue
		}
		out = append(out, c)
	}
	return out
}

// required says whether a column must be filled in, in the Instructions'
// words.
func required(t *sheet.Table, c sheet.Column) string {
	switch {
	case c.Required:
		return "yes"
	case c.Name == sheet.ColPupilID && t.Name == sheet.Pupils.Name:
		return "yes (or UPN)"
	case c.Name == sheet.ColPupilID:
		return "yes"
	case t.Name != sheet.Reviews.Name:
		return "no"
	case c.Name == sheet.ColTarget:
		return "when carried forward"
	}
	// A carried-forward target that the Targets sheet does not hold is
	// made from its Reviews row, which then needs what a target needs.
	if tc := sheet.Targets.Column(c.Name); tc != nil && tc.Required {
		return "when carried forward and not on Targets"
	}
	return "no"
}
