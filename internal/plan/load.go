package plan

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"planpack/internal/config"
	"planpack/internal/diag"
	"planpack/internal/phrase"
	"planpack/internal/pool"
	"planpack/internal/sheet"
)

// Options are what Load needs besides the input.
type Options struct {
	Config   *config.Config
	Rewriter *phrase.Rewriter // nil: phrase.New(Config.Phrasing.Glossary)
	// Printable returns the runes of s that the chosen fonts cannot print;
	// nil treats every rune as printable.
	Printable func(s string) []rune
	Today     time.Time // for "review date in the past"; zero: time.Now()
}

// loader carries the state of one Load.
type loader struct {
	opt   Options
	cfg   *config.Config
	rw    *phrase.Rewriter
	today time.Time
	probs diag.List

	school *School
	byID   map[string]*Pupil
	byUPN  map[string]*Pupil
	rows   map[any]sheet.Row // *Pupil, *Target, *Contact, *Review → its row
	// made are targets created from a carried-forward review that this
	// term's Targets sheet does not hold; their cells are on the Reviews
	// sheet.
	made map[*Target]bool
	// incomplete are carried-forward reviews whose rows lack what a target
	// needs: already an error, so their target is not linted as well.
	incomplete map[*Review]bool
	// skipped are the pupils (by rowKey) left out because they are not on
	// the SEN register: rows that name them elsewhere are passed over.
	skipped map[string]bool
	// family are the salutation and addressee kept on a pupil's record,
	// given to the contacts at the pupil's main address once read.
	family map[*Pupil][2]string
	// noPupils is set when there is no pupils table to look rows up in:
	// its problem is reported once, not again on every row that names a
	// pupil.
	noPupils bool
}

// Load reads and checks an input (an .xlsx workbook, a .csv file or a
// folder of .csv files). It reports every problem it finds, sorted; the
// School is nil only when nothing could be read.
func Load(input string, opt Options) (*School, diag.List) {
	l := &loader{
		opt:   opt,
		cfg:   opt.Config,
		rw:    opt.Rewriter,
		today: opt.Today,
		byID:  map[string]*Pupil{},
		byUPN: map[string]*Pupil{},
		rows:  map[any]sheet.Row{},
		made:  map[*Target]bool{},

		incomplete: map[*Review]bool{},
		skipped:    map[string]bool{},
		family:     map[*Pupil][2]string{},
	}
	if l.cfg == nil {
		l.cfg = config.Default()
	}
	if l.rw == nil {
		l.rw = phrase.New(l.cfg.Phrasing.Glossary)
	}
	if l.today.IsZero() {
		l.today = time.Now()
	}
	book, probs := sheet.Read(input)
	l.probs = probs
	if book == nil {
		l.probs.Sort()
		return nil, l.probs
	}
	l.school = &School{Source: input, Read: book.Describe()}
	l.load(book)
	l.probs.Sort()
	return l.school, l.probs
}

func (l *loader) load(b *sheet.Book) {
	for _, s := range b.Sheets {
		l.checkCharacters(s)
	}
	pupils, targets := b.Sheet(sheet.Pupils.Name), b.Sheet(sheet.Targets.Name)
	l.noPupils = pupils == nil
	switch {
	case pupils != nil:
		// An empty register is not an error: it is the blank workbook
		// planpack init writes.
		l.readPupils(pupils)
	case !slices.Contains(b.Unread, sheet.Pupils.Name):
		l.missing(b, sheet.Pupils.Name, "pupil")
	}
	if targets == nil && !slices.Contains(b.Unread, sheet.Targets.Name) {
		l.missing(b, sheet.Targets.Name, "target")
	} else if targets != nil {
		l.readTargets(targets)
	}
	if s := b.Sheet(sheet.Contacts.Name); s != nil {
		l.readContacts(s)
	}
	if s := b.Sheet(sheet.Reviews.Name); s != nil {
		l.readReviews(s)
	}
	slices.SortStableFunc(l.school.Pupils, PupilOrder)
	for _, p := range l.school.Pupils {
		slices.SortStableFunc(p.Targets, func(a, b *Target) int { return cmp.Compare(a.No, b.No) })
		slices.SortStableFunc(p.Contacts, func(a, b *Contact) int { return cmp.Compare(priorityRank(a.Priority), priorityRank(b.Priority)) })
		slices.SortStableFunc(p.Reviews, func(a, b *Review) int { return cmp.Compare(a.TargetNo, b.TargetNo) })
		l.carryForward(p)
	}
	l.allChildWords()
	l.familyNames()
	l.validate(b)
}

// missing reports a required table that is not in the input, in the
// input's own terms: a sheet of a workbook, a file of a CSV folder.
func (l *loader) missing(b *sheet.Book, table, row string) {
	if st, err := os.Stat(b.Path); err == nil && st.IsDir() {
		file := strings.ToLower(table) + ".csv"
		l.probs.Errorf(diag.Pos{File: b.Path}, "no %s in this folder%s; save the %s sheet, one row a %s, as %s", file, foundSheets(b), table, row, file)
		return
	}
	l.probs.Errorf(diag.Pos{File: b.Path}, "no %s sheet%s; name the sheet with one row a %s %q", table, foundSheets(b), row, table)
}

func foundSheets(b *sheet.Book) string {
	if len(b.Others) == 0 {
		return ""
	}
	q := make([]string, len(b.Others))
	for i, o := range b.Others {
		q[i] = strconv.Quote(o)
	}
	return " (found " + strings.Join(q, ", ") + ")"
}

// PupilOrder is print order: reg group, legal surname, forename, Pupil ID.
// Every list of pupils planpack shows follows it, so a pupil is found in
// the same place on each.
func PupilOrder(a, b *Pupil) int {
	fold := func(x, y string) int {
		return cmp.Or(cmp.Compare(strings.ToLower(x), strings.ToLower(y)), cmp.Compare(x, y))
	}
	return cmp.Or(fold(a.RegGroup, b.RegGroup), fold(a.LegalSurname, b.LegalSurname),
		fold(a.LegalForename, b.LegalForename), cmp.Compare(a.ID, b.ID))
}

// required reports empty cells in the sheet's required columns. The key
// columns are checked by the caller, which knows either will do.
func (l *loader) required(s *sheet.Sheet, r sheet.Row) {
	for _, c := range s.Table.Columns {
		if !c.Required || !s.Has(c.Name) {
			continue
		}
		cell := r.Cell(c.Name)
		if cell.Text == "" && !cell.FormulaError {
			l.probs.Errorf(cell.Pos, "%s is empty; %s", c.Name, fillIn(c.Name))
		}
	}
}

// fillIn says what an empty required cell should hold.
func fillIn(col string) string {
	switch col {
	case sheet.ColLegalForename:
		return "write the child's legal first name"
	case sheet.ColLegalSurname:
		return "write the child's legal surname"
	case sheet.ColDOB:
		return "write the date of birth as dd/mm/yyyy"
	case sheet.ColYear:
		return "write the year group: R, N1, N2 or 1 to 14"
	case sheet.ColRegGroup:
		return "write the class or tutor group"
	case sheet.ColSENStatus:
		return "write K (SEN support) or E (EHC plan)"
	case sheet.ColArea:
		return "write the area of need: C&I, C&L, SEMH or S&P"
	case sheet.ColTarget:
		return "write the target in staff wording"
	case sheet.ColSuccess:
		return "write how everyone will know the target is met"
	case sheet.ColProvision:
		return "write the help: strategies, resources or intervention"
	case sheet.ColWho:
		return "write who gives the help"
	case sheet.ColHowOften:
		return "write how often, e.g. \"3 x 15 min a week\""
	case sheet.ColSurname:
		return "write the contact's surname"
	case sheet.ColTargetNo:
		return "write the number of last term's target"
	}
	return "fill it in"
}

// key returns the pupil a Targets/Contacts/Reviews row names, reporting
// an unknown or missing one.
func (l *loader) pupilFor(s *sheet.Sheet, r sheet.Row) *Pupil {
	if id := r.Get(sheet.ColPupilID); id != "" {
		if p := l.byID[id]; p != nil || l.noPupils || l.skipped["id:"+id] {
			return p
		}
		l.probs.Errorf(r.Cell(sheet.ColPupilID).Pos, "no pupil with Pupil ID %q on the Pupils sheet; correct the ID or add the pupil to the Pupils sheet", id)
		return nil
	}
	if upn := strings.ToUpper(r.Get(sheet.ColUPN)); upn != "" {
		if p := l.byUPN[upn]; p != nil || l.noPupils || l.skipped["upn:"+upn] {
			return p
		}
		l.probs.Errorf(r.Cell(sheet.ColUPN).Pos, "no pupil with this UPN on the Pupils sheet; correct the UPN or add the pupil to the Pupils sheet")
		return nil
	}
	if r.Cell(sheet.ColPupilID).FormulaError || r.Cell(sheet.ColUPN).FormulaError {
		return nil
	}
	p := r.Pos
	p.Column = sheet.ColPupilID
	if s.Has(sheet.ColPupilID) {
		p = r.Cell(sheet.ColPupilID).Pos
	}
	l.probs.Errorf(p, "no Pupil ID; write the Pupil ID of the pupil this row belongs to")
	return nil
}

func (l *loader) readPupils(s *sheet.Sheet) {
	idRow := map[string]sheet.Cell{}
	upnRow := map[string]sheet.Cell{}
	// A report with one row a need (SIMS's "Ranking", the census's
	// SENtypeRank) repeats the pupil on each row: the later rows only add
	// a need.
	ranked := s.Has(sheet.ColNeedRank)
	seen := map[string]*Pupil{}  // by rowKey, for ranked reports
	rankRow := map[rankKey]int{} // the row each need rank came from
	byYear := !s.Has(sheet.ColRegGroup) && s.Has(sheet.ColYear)
	if byYear {
		l.probs.Warnf(s.Pos, "there is no registration group column (Reg Group, Registration Group, Form, Tutor Group or Class), so pupils are grouped by year group: class copies and letters are sorted by year; add a Reg Group column to sort them by class")
	}
	var offRegister []sheet.Cell
	for _, r := range s.Rows {
		key := rowKey(r)
		if ranked && key != "" {
			if l.skipped[key] {
				continue
			}
			if p := seen[key]; p != nil {
				l.rankedNeed(p, r, rankRow)
				continue
			}
		}
		p := &Pupil{
			ID:                r.Get(sheet.ColPupilID),
			UPN:               strings.ToUpper(r.Get(sheet.ColUPN)),
			LegalForename:     r.Get(sheet.ColLegalForename),
			LegalSurname:      r.Get(sheet.ColLegalSurname),
			PreferredForename: r.Get(sheet.ColPreferred),
			Pronouns:          l.pronouns(r),
			RegGroup:          r.Get(sheet.ColRegGroup),
			ClassTeacher:      r.Get(sheet.ColClassTeacher),
			KeyAdult:          r.Get(sheet.ColKeyAdult),
			Strengths:         r.Get(sheet.ColStrengths),
			Interests:         r.Get(sheet.ColInterests),
			WhatMatters:       r.Get(sheet.ColWhatMatters),
			HowToHelp:         r.Get(sheet.ColHowToHelp),
			Needs:             r.Get(sheet.ColNeeds),
			OtherSupport:      r.Get(sheet.ColOtherSupport),
			ChildViews:        r.Get(sheet.ColChildViews),
			ParentViews:       r.Get(sheet.ColParentViews),
			HomeLanguage:      r.Get(sheet.ColHomeLanguage),
			Pos:               r.Pos,
		}
		if p.ID == "" && p.UPN == "" {
			if !r.Cell(sheet.ColPupilID).FormulaError && !r.Cell(sheet.ColUPN).FormulaError {
				l.probs.Errorf(r.Cell(sheet.ColPupilID).Pos, "no Pupil ID or UPN; every pupil needs one to join the sheets — write the school's admission number")
			}
			continue
		}
		if c := r.Cell(sheet.ColSENStatus); c.Text != "" {
			st, warn, err := ParseSENStatus(c.Text)
			switch {
			case err != nil:
				l.probs.Errorf(c.Pos, "%v", err)
			case warn != "":
				l.probs.Warnf(c.Pos, "%s", warn)
			}
			if st == "N" {
				// Exports list pupils being monitored, or with no SEN, beside
				// those on the register: they need no plan.
				offRegister = append(offRegister, c)
				l.skip(p)
				continue
			}
			p.SENStatus = st
		}
		// Only pupils on the register need every column filled in.
		l.required(s, r)
		if p.ID != "" {
			c := r.Cell(sheet.ColPupilID)
			if prev, dup := idRow[p.ID]; dup {
				hint := ""
				if first, ok := l.rows[l.byID[p.ID]]; ok && sameButNeed(first, r) {
					hint = " (a report with one row a need is read when it has its rank column, such as SIMS's \"Ranking\": export it too)"
				}
				l.probs.Errorf(c.Pos, "Pupil ID %q is also on row %d (%s); every pupil needs their own ID — correct one of them or delete the repeated row%s", p.ID, prev.Pos.Row, prev.Pos.Cell(), hint)
				continue
			}
			idRow[p.ID] = c
			l.byID[p.ID] = p
		}
		if p.UPN != "" {
			c := r.Cell(sheet.ColUPN)
			if err := CheckUPN(p.UPN); err != nil {
				l.probs.Errorf(c.Pos, "%v", err)
			}
			if prev, dup := upnRow[p.UPN]; dup {
				l.probs.Errorf(c.Pos, "this UPN is also on row %d (%s); every pupil has their own UPN — copy it again from the school's records", prev.Pos.Row, prev.Pos.Cell())
			} else {
				upnRow[p.UPN] = c
				l.byUPN[p.UPN] = p
			}
		}
		if c := r.Cell(sheet.ColDOB); c.Text != "" {
			if d, err := c.Date(); err != nil {
				l.probs.Errorf(c.Pos, "%v", err)
			} else {
				p.DOB = d
			}
		}
		if c := r.Cell(sheet.ColYear); c.Text != "" {
			if y, err := ParseYear(c.Text); err != nil {
				l.probs.Errorf(c.Pos, "%v", err)
			} else {
				p.Year = y
			}
		}
		if byYear {
			p.RegGroup = YearGroup(p.Year)
		}
		if ranked {
			seen[key] = p
			if c := r.Cell(sheet.ColSecondaryNeed); c.Text != "" {
				if code, err := ParseNeed(c.Text); err != nil {
					l.probs.Errorf(c.Pos, "%v", err)
				} else {
					p.SecondaryNeed = code
				}
			}
			l.rankedNeed(p, r, rankRow)
		} else {
			for _, n := range []struct {
				col string
				dst *string
			}{{sheet.ColPrimaryNeed, &p.PrimaryNeed}, {sheet.ColSecondaryNeed, &p.SecondaryNeed}} {
				if c := r.Cell(n.col); c.Text != "" {
					if code, err := ParseNeed(c.Text); err != nil {
						l.probs.Errorf(c.Pos, "%v", err)
					} else {
						*n.dst = code
					}
				}
			}
		}
		p.PlanType = l.cfg.Plans.DefaultType
		if c := r.Cell(sheet.ColPlanType); c.Text != "" {
			if t, err := ParsePlanType(c.Text); err != nil {
				l.probs.Errorf(c.Pos, "%v", err)
			} else {
				p.PlanType = t
			}
		}
		if sal, addr := r.Get(sheet.ColParentalSalutation), r.Get(sheet.ColParentalAddressee); sal != "" || addr != "" {
			l.family[p] = [2]string{sal, addr}
		}
		l.rows[p] = r
		l.school.Pupils = append(l.school.Pupils, p)
	}
	if len(offRegister) > 0 {
		rows := make([]string, 0, len(offRegister))
		for i, c := range offRegister {
			if i == 10 {
				rows = append(rows, fmt.Sprintf("%d more", len(offRegister)-10))
				break
			}
			rows = append(rows, strconv.Itoa(c.Pos.Row))
		}
		noun, where := "pupils are", "rows"
		if len(offRegister) == 1 {
			noun, where = "pupil is", "row"
		}
		l.probs.Warnf(offRegister[0].Pos, "%d %s not on the SEN register (SEN status %q%s) and left out, with their targets and contacts: %s %s", len(offRegister), noun, offRegister[0].Text, moreStatuses(offRegister), where, JoinAnd(rows))
	}
}

// moreStatuses names the other off-register wordings used, so the note
// shows every one ("Monitoring", "N").
func moreStatuses(cs []sheet.Cell) string {
	var seen []string
	for _, c := range cs[1:] {
		if c.Text != cs[0].Text && !slices.Contains(seen, c.Text) {
			seen = append(seen, c.Text)
		}
	}
	out := ""
	for _, s := range seen {
		out += fmt.Sprintf(" or %q", s)
	}
	return out
}

// sameButNeed reports whether two rows name the same child with different
// needs, as a one-row-a-need report whose rank column was left out does.
func sameButNeed(a, b sheet.Row) bool {
	return a.Get(sheet.ColLegalSurname) == b.Get(sheet.ColLegalSurname) &&
		a.Get(sheet.ColLegalForename) == b.Get(sheet.ColLegalForename) &&
		a.Get(sheet.ColPrimaryNeed) != b.Get(sheet.ColPrimaryNeed)
}

// rowKey is the pupil a row names, by ID or else UPN.
func rowKey(r sheet.Row) string {
	if id := r.Get(sheet.ColPupilID); id != "" {
		return "id:" + id
	}
	if upn := strings.ToUpper(r.Get(sheet.ColUPN)); upn != "" {
		return "upn:" + upn
	}
	return ""
}

// skip records a pupil left out of the school, so rows on other sheets
// that name them are passed over rather than reported as unknown.
func (l *loader) skip(p *Pupil) {
	if p.ID != "" {
		l.skipped["id:"+p.ID] = true
	}
	if p.UPN != "" {
		l.skipped["upn:"+p.UPN] = true
	}
}

type rankKey struct {
	p    *Pupil
	rank int
}

// rankedNeed reads one row of a one-row-a-need report: rank 1 is the
// primary need, rank 2 the secondary; a row without a rank fills the
// first of the two still empty. A plan shows two needs, so a third is
// left off with a warning.
func (l *loader) rankedNeed(p *Pupil, r sheet.Row, rankRow map[rankKey]int) {
	c := r.Cell(sheet.ColPrimaryNeed)
	if c.Text == "" {
		return
	}
	code, err := ParseNeed(c.Text)
	if err != nil {
		l.probs.Errorf(c.Pos, "%v", err)
		return
	}
	rank := 0
	if rc := r.Cell(sheet.ColNeedRank); rc.Text != "" {
		n, err := parseCount(rc.Text)
		if err != nil || n < 1 {
			l.probs.Errorf(rc.Pos, "need rank %q is not 1, 2, 3 …; write 1 for the primary need, 2 for the secondary", rc.Text)
			return
		}
		rank = n
	}
	if rank == 0 {
		switch {
		case p.PrimaryNeed == "":
			rank = 1
		case p.SecondaryNeed == "":
			rank = 2
		default:
			rank = 3
		}
	}
	if prev, dup := rankRow[rankKey{p, rank}]; dup {
		l.probs.Errorf(r.Cell(sheet.ColNeedRank).Pos, "pupil %s has two needs ranked %d (also row %d); rank the needs 1, 2, …", pupilRef(p), rank, prev)
		return
	}
	rankRow[rankKey{p, rank}] = r.Pos.Row
	switch rank {
	case 1:
		p.PrimaryNeed = code
	case 2:
		p.SecondaryNeed = code
	default:
		l.probs.Warnf(c.Pos, "pupil %s's need ranked %d (%s) is not shown: a plan shows the primary and secondary need", pupilRef(p), rank, code)
	}
}

func (l *loader) readTargets(s *sheet.Sheet) {
	type key struct {
		p  *Pupil
		no int
	}
	seen := map[key]sheet.Row{}
	count := map[*Pupil]int{}
	for _, r := range s.Rows {
		l.required(s, r)
		p := l.pupilFor(s, r)
		if p == nil {
			continue
		}
		count[p]++
		t := &Target{No: count[p], TargetDetails: l.targetDetails(r), Pos: r.Pos}
		if c := r.Cell(sheet.ColTargetNo); c.Text != "" {
			if n, err := parseCount(c.Text); err != nil {
				l.probs.Errorf(c.Pos, "Target No %q is not a whole number; write 1, 2, 3 … or leave it blank for row order", c.Text)
			} else {
				t.No = n
			}
		}
		if prev, dup := seen[key{p, t.No}]; dup {
			pos := r.Cell(sheet.ColTargetNo).Pos
			l.probs.Errorf(pos, "pupil %s has target %d twice (also row %d); give each of a pupil's targets its own number", pupilRef(p), t.No, prev.Pos.Row)
		}
		seen[key{p, t.No}] = r
		if c := r.Cell(sheet.ColTargetDate); c.Text != "" {
			if d, err := c.Date(); err != nil {
				l.probs.Errorf(c.Pos, "%v", err)
			} else {
				t.TargetDate = d
			}
		}
		l.rows[t] = r
		p.Targets = append(p.Targets, t)
	}
}

// targetDetails reads what the Targets sheet and the Reviews sheet both
// say about a target, reporting an area or cost it cannot read at its
// cell.
func (l *loader) targetDetails(r sheet.Row) TargetDetails {
	d := TargetDetails{
		Text:         r.Get(sheet.ColTarget),
		ChildTarget:  r.Get(sheet.ColChildTarget),
		Success:      r.Get(sheet.ColSuccess),
		ChildSuccess: r.Get(sheet.ColChildSuccess),
		Baseline:     r.Get(sheet.ColBaseline),
		Provision:    r.Get(sheet.ColProvision),
		Who:          r.Get(sheet.ColWho),
		HowOften:     r.Get(sheet.ColHowOften),
		Where:        r.Get(sheet.ColWhere),
		Evidence:     r.Get(sheet.ColEvidence),
		Group:        r.Get(sheet.ColGroup),
	}
	if c := r.Cell(sheet.ColArea); c.Text != "" {
		if a, err := ParseArea(c.Text); err != nil {
			l.probs.Errorf(c.Pos, "%v", err)
		} else {
			d.Area = a
		}
	}
	if c := r.Cell(sheet.ColCost); c.Text != "" {
		if v, err := ParseMoney(c.Text); err != nil {
			l.probs.Errorf(c.Pos, "Cost %q is not an amount; write what the provision costs a term beyond staff time, e.g. 120 or 85.50", c.Text)
		} else {
			d.Cost = v
		}
	}
	return d
}

// pronouns reads a pupil's Pronouns cell (or the gender a system
// exports), warning at a value that is neither.
func (l *loader) pronouns(r sheet.Row) string {
	c := r.Cell(sheet.ColPronouns)
	p, ok := phrase.ParsePronouns(c.Text)
	if !ok {
		l.probs.Warnf(c.Pos, "%q is not he, she or they (nor a gender M or F), so the child's sentences go by what the targets call the child; write he, she or they, or leave it blank", c.Text)
	}
	return p
}

// allChildWords fills in every pupil's child sentences. Rewriting is
// most of the time a load takes, and each pupil's is their own, so the
// pupils are shared among the machine's cores; the warnings are then
// given in pupil order, as one core would give them.
func (l *loader) allChildWords() {
	pupils := l.school.Pupils
	clashes := make([]*diag.Problem, len(pupils))
	_ = pool.Run(context.Background(), runtime.GOMAXPROCS(0), len(pupils), func(i int) error {
		clashes[i] = l.childWords(pupils[i])
		return nil
	})
	for _, c := range clashes {
		if c != nil {
			l.probs.Warnf(c.Pos, "%s", c.Message)
		}
	}
}

// childWords fills in the child's sentences of each of a pupil's
// targets, with the pupil's pronouns: those the school gives, else
// those the targets themselves call the child by when every target that
// says plainly agrees ("Freya will put her coat on" makes the "his" of
// "Freya will help Oscar with his spellings" Oscar's). Targets that call
// the child both "he" and "she", as one copied from another child's
// plan may, are returned as a warning, and then neither is taken. It
// touches only p, so pupils may be done side by side.
func (l *loader) childWords(p *Pupil) (clash *diag.Problem) {
	c := phrase.Child{Names: p.Forenames(), Pronouns: p.Pronouns}
	calls := map[string]*Target{} // a pronoun the targets call the child by → the first target that does
	each := make([][2]string, len(p.Targets))
	for i, t := range p.Targets {
		each[i] = l.child(c, t)
		for _, w := range each[i] {
			if w != "" && calls[w] == nil {
				calls[w] = t
			}
		}
	}
	p.WordingPronouns = p.Pronouns
	if p.Pronouns != "" || len(calls) == 0 {
		return nil
	}
	if he, she := calls["he"], calls["she"]; he != nil && she != nil {
		at := she // the later of the two, where the copy most likely is
		if he.No > she.No {
			at = he
		}
		return &diag.Problem{Pos: l.rows[at].Cell(sheet.ColTarget).Pos, Message: fmt.Sprintf("pupil %s's target %d calls the child \"he\" and target %d \"she\"; if one was copied from another child's plan, put it right, or write the child's pronouns in a Pronouns column of the Pupils sheet",
			pupilRef(p), he.No, she.No)}
	}
	for w := range calls {
		p.WordingPronouns = w
	}
	c.Pronouns = p.WordingPronouns
	for i, t := range p.Targets {
		// A wording that called the child so already reads the same.
		if each[i][0] != c.Pronouns && phrase.HasHeOrShe(t.Text) || each[i][1] != c.Pronouns && phrase.HasHeOrShe(t.Success) {
			l.child(c, t)
		}
	}
	return nil
}

// child fills in the child's own sentences: the school's wording when
// given, else rewritten from the staff wording and self-checked, so that
// a sentence the rewriter cannot vouch for is never printed. It returns
// the pronouns each rewritten wording calls the child by, as
// phrase.Wording's Pronouns says.
func (l *loader) child(c phrase.Child, t *Target) (calls [2]string) {
	t.IWill = t.ChildTarget
	t.IWillUnsure, t.IWillLeftOut, t.IWillTwo, t.IWillDraft, t.IWillDraftLeftOut = "", "", "", "", ""
	if t.IWill == "" && t.Text != "" {
		w := l.rw.TargetFor(t.Text, c)
		calls[0] = w.Pronouns
		t.IWill, t.IWillUnsure, t.IWillLeftOut, t.IWillTwo = w.Sentence, w.Unsure, w.LeftOut, w.TwoSentences
		if w.Unsure != "" {
			t.IWillDraft, t.IWillDraftLeftOut = w.Draft, w.DraftLeftOut
		}
	}
	t.ICan = t.ChildSuccess
	t.ICanUnsure, t.ICanLeftOut, t.ICanTwo, t.ICanDraft, t.ICanDraftLeftOut = "", "", "", "", ""
	if t.ICan == "" && t.Success != "" {
		w := l.rw.SuccessFor(t.Success, c)
		calls[1] = w.Pronouns
		t.ICan, t.ICanUnsure, t.ICanLeftOut, t.ICanTwo = w.Sentence, w.Unsure, w.LeftOut, w.TwoSentences
		if w.Unsure != "" {
			t.ICanDraft, t.ICanDraftLeftOut = w.Draft, w.DraftLeftOut
			if can, ok := canFromTarget(t); ok {
				// "I will know I've done it when I can ask for help when I
				// am stuck" says more to the child than the safe sentence,
				// and it has passed the self-check as the target.
				t.ICan = can
			}
		}
	}
	return calls
}

// canFromTarget is the child's target as "I can …", when it is the
// school's own or vouched for whole, for the success line whose own
// wording planpack cannot vouch for.
func canFromTarget(t *Target) (string, bool) {
	if t.IWillUnsure != "" || t.IWillLeftOut != "" {
		return "", false
	}
	// "I will iron a shirt. I will put my clothes away." is two lines to
	// show, each an "I can".
	var cans []string
	for _, s := range strings.SplitAfter(t.IWill, ". ") {
		rest, ok := strings.CutPrefix(strings.TrimSpace(s), "I will ")
		if !ok || rest == "" || strings.HasPrefix(rest, "not ") || strings.Contains(rest, " can ") {
			// "I can join two sounds I can already say": a second "can"
			// reads clumsily; the stock line is kept.
			return "", false
		}
		// "I will learn to use the toilet" is done when "I can use the
		// toilet", not when I can learn to.
		cans = append(cans, "I can "+strings.TrimPrefix(rest, "learn to "))
	}
	return strings.Join(cans, " "), true
}

// pupilRef names a pupil in a message by ID, or by name when the pupil
// has only a UPN (which is not repeated in messages).
func pupilRef(p *Pupil) string {
	if p.ID != "" {
		return strconv.Quote(p.ID)
	}
	return p.LegalForename + " " + p.LegalSurname
}

func parseCount(s string) (int, error) {
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || f < 0 || f != float64(int(f)) || f > 1e6 {
		return 0, fmt.Errorf("not a whole number")
	}
	return int(f), nil
}

func (l *loader) readContacts(s *sheet.Sheet) {
	for _, r := range s.Rows {
		l.required(s, r)
		p := l.pupilFor(s, r)
		if p == nil {
			continue
		}
		c := &Contact{
			Title:        r.Get(sheet.ColTitle),
			Forename:     r.Get(sheet.ColForename),
			Surname:      r.Get(sheet.ColSurname),
			Salutation:   r.Get(sheet.ColSalutation),
			Relationship: r.Get(sheet.ColRelationship),
			Town:         r.Get(sheet.ColTown),
			County:       r.Get(sheet.ColCounty),
			Postcode:     r.Get(sheet.ColPostcode),
			Email:        r.Get(sheet.ColEmail),
			HomeLanguage: r.Get(sheet.ColHomeLanguage),
			SendPost:     true,
			Pos:          r.Pos,
		}
		c.Addressee = r.Get(sheet.ColAddressee)
		c.Address = addressLines(r)
		if cell := r.Cell(sheet.ColPriority); cell.Text != "" {
			if n, err := parseCount(cell.Text); err != nil {
				l.probs.Errorf(cell.Pos, "Priority %q is not a whole number; write 1 for the first contact, 2 for the next …", cell.Text)
			} else {
				c.Priority = n
			}
		}
		for _, yn := range []struct {
			col string
			dst *bool
		}{{sheet.ColPR, &c.ParentalResponsibility}, {sheet.ColLivesWith, &c.LivesWithPupil}, {sheet.ColSendPost, &c.SendPost}} {
			if cell := r.Cell(yn.col); cell.Text != "" {
				if v, err := ParseYesNo(cell.Text); err != nil {
					l.probs.Errorf(cell.Pos, "%s: %v", yn.col, err)
				} else {
					*yn.dst = v
				}
			}
		}
		l.rows[c] = r
		p.Contacts = append(p.Contacts, c)
	}
}

// familyNames gives the salutation and addressee a school keeps on the
// pupil's record ("Mr and Mrs West") to the contacts at the pupil's main
// address — the first who may be sent letters, in priority order — that
// have none of their own. A parent living elsewhere keeps their own name.
func (l *loader) familyNames() {
	for p, f := range l.family {
		if len(p.Contacts) == 0 {
			continue
		}
		main := p.Contacts[0]
		for _, c := range p.Contacts {
			if c.ParentalResponsibility && c.SendPost {
				main = c
				break
			}
		}
		home := parseAddress(main)
		for _, c := range p.Contacts {
			if !sameAddress(home, parseAddress(c)) {
				continue
			}
			if c.Salutation == "" {
				c.Salutation = f[0]
			}
			if c.Addressee == "" {
				c.Addressee = f[1]
			}
		}
	}
}

// addressLines puts a contact's address lines together: the house name,
// the house number and street on one line ("12 Acacia Avenue"), then
// Address 1–3. A house number with no Street column goes before the first
// address line, unless that line already starts with it.
func addressLines(r sheet.Row) []string {
	var out []string
	add := func(v string) {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	add(r.Get(sheet.ColHouseName))
	number, street := strings.TrimSpace(r.Get(sheet.ColHouseNumber)), strings.TrimSpace(r.Get(sheet.ColStreet))
	if street != "" {
		add(withNumber(number, street))
		number = ""
	}
	for _, col := range []string{sheet.ColAddress1, sheet.ColAddress2, sheet.ColAddress3} {
		if v := strings.TrimSpace(r.Get(col)); v != "" {
			add(withNumber(number, v))
			number = ""
		}
	}
	add(number)
	return out
}

// withNumber writes a house number before its street, once.
func withNumber(number, line string) string {
	if number == "" || line == number || strings.HasPrefix(line, number+" ") || strings.HasPrefix(line, number+",") {
		return line
	}
	return number + " " + line
}

func (l *loader) readReviews(s *sheet.Sheet) {
	for _, r := range s.Rows {
		l.required(s, r)
		p := l.pupilFor(s, r)
		if p == nil {
			continue
		}
		rv := &Review{Comment: r.Get(sheet.ColComment), TargetDetails: l.targetDetails(r), Pos: r.Pos}
		if c := r.Cell(sheet.ColTargetNo); c.Text != "" {
			if n, err := parseCount(c.Text); err != nil {
				l.probs.Errorf(c.Pos, "Target No %q is not a whole number; write the number of last term's target", c.Text)
			} else {
				rv.TargetNo = n
			}
		}
		if c := r.Cell(sheet.ColOutcome); c.Text != "" {
			if o, err := ParseOutcome(c.Text); err != nil {
				l.probs.Errorf(c.Pos, "%v", err)
			} else {
				rv.Outcome = o
			}
		}
		if c := r.Cell(sheet.ColRating); c.Text != "" {
			if n, err := parseCount(c.Text); err != nil || n < 1 || n > 3 {
				l.probs.Errorf(c.Pos, "Rating %q is not 1, 2 or 3; write 1, 2 or 3, or leave it blank", c.Text)
			} else {
				rv.Rating = n
			}
		}
		if c := r.Cell(sheet.ColCarryForward); c.Text != "" {
			if v, err := ParseYesNo(c.Text); err != nil {
				l.probs.Errorf(c.Pos, "Carry Forward: %v", err)
			} else {
				rv.CarryForward = v
			}
		}
		l.rows[rv] = r
		p.Reviews = append(p.Reviews, rv)
	}
}
