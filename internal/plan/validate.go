package plan

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"planpack/internal/diag"
	"planpack/internal/phrase"
	"planpack/internal/sheet"
)

// checkCharacters reports characters that would not print: anything
// outside the Basic Multilingual Plane (emoji and the like, which no
// embedded font carries), and whatever Options.Printable rejects.
func (l *loader) checkCharacters(s *sheet.Sheet) {
	for _, r := range s.Rows {
		for _, c := range r.Cells() {
			if c.Text == "" {
				continue
			}
			bad := map[rune]bool{}
			var order []rune
			add := func(r rune) {
				if !bad[r] {
					bad[r] = true
					order = append(order, r)
				}
			}
			for _, ch := range c.Text {
				if ch > 0xFFFF || ch == unicode.ReplacementChar {
					add(ch)
				}
			}
			if l.opt.Printable != nil {
				for _, ch := range l.opt.Printable(c.Text) {
					// Line breaks within a cell (Alt+Enter) and tabs are
					// layout, not glyphs.
					if ch != '\n' && ch != '\r' && ch != '\t' {
						add(ch)
					}
				}
			}
			for _, ch := range order {
				l.probs.Errorf(c.Pos, "%s cannot be printed with planpack's fonts; %s", describeRune(ch), replaceHint(ch))
			}
		}
	}
}

func describeRune(r rune) string {
	if r == unicode.ReplacementChar {
		return "the character U+FFFD (text that was damaged when the file was saved)"
	}
	if unicode.IsPrint(r) {
		return fmt.Sprintf("the character %q (U+%04X)", string(r), r)
	}
	return fmt.Sprintf("the invisible character U+%04X", r)
}

func replaceHint(r rune) string {
	if r > 0xFFFF {
		return "remove it or say it in words"
	}
	return "replace it with an ordinary letter or remove it"
}

// validate runs the checks that need the whole school assembled.
func (l *loader) validate(b *sheet.Book) {
	cfg := l.cfg
	today := dateOnly(l.today)
	if !cfg.Term.ReviewDate.IsZero() && cfg.Term.ReviewDate.Before(today) {
		file := cfg.Path
		if file == "" {
			file = "planpack.toml"
		}
		l.probs.Warnf(diag.Pos{File: file}, "term.review_date %s is in the past; set the date of this term's review in planpack.toml", cfg.Term.ReviewDate.Format("2 January 2006"))
	}
	ref := cfg.Term.PlanDate
	if ref.IsZero() {
		ref = today
	}
	hasContacts := b.Sheet(sheet.Contacts.Name) != nil
	for _, p := range l.school.Pupils {
		r := l.rows[p]
		l.checkAge(p, r, ref, today)
		n := len(p.Targets)
		own := 0
		for _, t := range p.Targets {
			if !l.made[t] {
				own++
			}
		}
		switch {
		case n < cfg.Plans.MinTargets || own > cfg.Plans.MaxTargets:
			l.probs.Errorf(p.Pos, "pupil %s has %d target%s; each pupil needs between %d and %d (plans.min_targets and plans.max_targets in planpack.toml) — %s",
				pupilRef(p), n, plural(n), cfg.Plans.MinTargets, cfg.Plans.MaxTargets, countHint(n, cfg.Plans.MinTargets))
		case n > cfg.Plans.MaxTargets:
			// This term's targets fit; the carried ones after them do not.
			// Each that does not fit is named at its own Reviews row.
			for _, t := range p.Targets[cfg.Plans.MaxTargets:] {
				l.probs.Errorf(l.rows[t].Cell(sheet.ColCarryForward).Pos, "target %d %q is carried forward, but pupil %s has %d target%s on the Targets sheet and %d carried forward after them, more than plans.max_targets (%d); write N under Carry Forward, take a target off the Targets sheet, or raise plans.max_targets in planpack.toml",
					t.Previous.TargetNo, quoteStart(t.Text), pupilRef(p), own, plural(own), n-own, cfg.Plans.MaxTargets)
			}
		}
		for i, t := range p.Targets {
			// The lint's "too many targets" belongs to the pupil, not to
			// each target: ask it once, and not at all when the count is
			// already an error above.
			lintCount := 0
			if i == 0 && n <= cfg.Plans.MaxTargets {
				lintCount = n
			}
			l.checkTarget(p, t, lintCount)
		}
		if hasContacts {
			l.checkContacts(p)
		}
	}
	l.checkGroups()
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func countHint(n, lo int) string {
	if n < lo {
		return "add targets on the Targets sheet"
	}
	return "keep the most important and move the rest to next term"
}

func dateOnly(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// checkAge warns when the date of birth and the year group disagree by
// more than a year: in England a child's year is set by their age on
// 31 August before the school year starts (Reception 4, Year n n+4).
func (l *loader) checkAge(p *Pupil, r sheet.Row, ref, today time.Time) {
	if p.DOB.IsZero() {
		return
	}
	c := r.Cell(sheet.ColDOB)
	if p.DOB.After(today) {
		l.probs.Errorf(c.Pos, "date of birth %s is in the future; write the date of birth as dd/mm/yyyy", p.DOB.Format("02/01/2006"))
		return
	}
	if p.Year == "" {
		return
	}
	startYear := ref.Year()
	if ref.Month() < time.September {
		startYear--
	}
	aug := time.Date(startYear, time.August, 31, 0, 0, 0, 0, time.UTC)
	age := aug.Year() - p.DOB.Year()
	if aug.YearDay() < time.Date(aug.Year(), p.DOB.Month(), p.DOB.Day(), 0, 0, 0, 0, time.UTC).YearDay() {
		age--
	}
	want := yearAge(p.Year)
	if age < want-1 || age > want+1 {
		l.probs.Warnf(c.Pos, "born %s, so %d on 31 August %d, but %s children are %d then; check the date of birth and the year group",
			p.DOB.Format("02/01/2006"), age, startYear, yearName(p.Year), want)
	}
}

func yearName(y string) string {
	switch y {
	case "R":
		return "Reception"
	case "N1", "N2":
		return "Nursery " + y[1:]
	}
	return "Year " + y
}

// checkTarget runs the SMART lint and the readability check.
func (l *loader) checkTarget(p *Pupil, t *Target, count int) {
	// A target made from a Reviews row has its cells on that row; one
	// that lacks what a target needs is already an error there.
	r := l.rows[t]
	if !l.made[t] || !l.incomplete[t.Previous] {
		l.lint(p, t, r, count)
		if c := r.Cell(sheet.ColHowOften); c.Text != "" && !c.FormulaError {
			if msg := unreadFrequency(c.Text); msg != "" {
				l.probs.Warnf(c.Pos, "%s", msg)
			}
		}
	}
	for _, s := range []struct {
		text         string
		given        string
		unsure       string
		draft        string
		draftLeftOut string
		leftOut      string
		two          string
		from, own    string
	}{
		{t.IWill, t.ChildTarget, t.IWillUnsure, t.IWillDraft, t.IWillDraftLeftOut, t.IWillLeftOut, t.IWillTwo, sheet.ColTarget, sheet.ColChildTarget},
		{t.ICan, t.ChildSuccess, t.ICanUnsure, t.ICanDraft, t.ICanDraftLeftOut, t.ICanLeftOut, t.ICanTwo, sheet.ColSuccess, sheet.ColChildSuccess},
	} {
		if s.leftOut != "" {
			// Short enough to read, but an action of the target is not
			// on the child's page: usually a step after the main one,
			// sometimes the point, which only the SENCo can tell.
			two := ""
			if s.two != "" {
				two = fmt.Sprintf(", for example all of it as two sentences: %q", s.two)
			}
			l.probs.Warnf(r.Cell(s.from).Pos, "check the child's sentence keeps the point: %q leaves out %q to be short enough to read; write a %s if that was the point%s",
				s.text, s.leftOut, s.own, two)
		}
		if s.unsure != "" {
			// The draft is there to edit, so nobody starts from nothing;
			// it is never printed until a SENCo writes it in the column.
			draft := ""
			switch {
			case s.two != "":
				// Nothing left out, each half vouched for: readers
				// would print about seven in ten as they stand.
				draft = fmt.Sprintf("; all of it as two short sentences, to read and copy in if they keep the point: %q", s.two)
			case s.draftLeftOut != "":
				// Too long, and shortened: readers would print about
				// half such drafts as they stand.
				draft = fmt.Sprintf("; a shorter draft, to read and copy in if it keeps the point: %q (it leaves out %q)", s.draft, s.draftLeftOut)
			case s.draft != "":
				draft = fmt.Sprintf("; its draft, to start from: %q", s.draft)
			}
			where := ""
			if own := r.Cell(s.own).Pos; own.Col != 0 && own.Sheet != "" {
				// The fix goes in the Child Target or Child Success cell,
				// not the staff wording's.
				where = fmt.Sprintf(" (write it in %s!%s)", own.Sheet, own.Cell())
			}
			l.probs.Warnf(r.Cell(s.from).Pos, "needs a %s: planpack cannot vouch for the child's sentence it writes from this wording (%s)%s; until one is written, the child's page says %q%s",
				s.own, s.unsure, draft, s.text, where)
			continue
		}
		if s.text == "" {
			continue
		}
		col := s.from
		if s.given != "" {
			col = s.own
		}
		for _, w := range l.rw.Readability(s.text) {
			msg := fmt.Sprintf("the child's sentence %q: %s", quoteStart(s.text), strings.TrimSuffix(w, "."))
			if s.given == "" {
				msg += "; or write the child's own wording in the " + s.own + " column"
			}
			l.probs.Warnf(r.Cell(col).Pos, "%s", msg)
		}
	}
}

// lint runs the SMART lint on a target's staff wording, each warning at
// its cell.
func (l *loader) lint(p *Pupil, t *Target, r sheet.Row, count int) {
	area := string(t.Area)
	if area == "" {
		// An area that was written but not recognised is already an
		// error; the lint need not call it missing too.
		area = r.Get(sheet.ColArea)
	}
	in := phrase.LintInput{
		Target:     t.Text,
		Success:    t.Success,
		Baseline:   t.Baseline,
		Area:       area,
		TargetDate: t.TargetDate,
		PlanDate:   l.cfg.Term.PlanDate,
		ReviewDate: l.cfg.Term.ReviewDate,
		Count:      count,
		Names:      p.Forenames(),
	}
	for _, f := range phrase.Lint(in) {
		c := r.Cell(f.Field)
		if col := sheet.Targets.Column(f.Field); col != nil && col.Required && c.Text == "" {
			continue // reported as an empty required cell
		}
		l.probs.Warnf(c.Pos, "%s", f.Message)
	}
}

// checkContacts warns about a pupil whose contacts leave no one with
// parental responsibility, and about posted contacts with no postcode.
func (l *loader) checkContacts(p *Pupil) {
	pr := false
	for _, c := range p.Contacts {
		if c.ParentalResponsibility {
			pr = true
		}
		if c.SendPost && strings.TrimSpace(c.Postcode) == "" {
			pos := l.rows[c].Cell(sheet.ColPostcode).Pos
			l.probs.Warnf(pos, "contact %s has no postcode, so a letter may not arrive; add the postcode, or write N under Send Post if they should get no letters", contactName(c))
		}
	}
	if !pr {
		l.probs.Warnf(p.Pos, "pupil %s has no contact with parental responsibility; write Y under Parental Responsibility for those who have it, or add them on the Contacts sheet", pupilRef(p))
	}
}

func contactName(c *Contact) string {
	return strings.Join(strings.Fields(c.Title+" "+c.Forename+" "+c.Surname), " ")
}

// checkGroups warns where the members of one intervention group disagree
// on who runs it or how often: the group plan and its tracking grid can
// only follow one of them, so the SENCo should make them agree.
func (l *loader) checkGroups() {
	for _, g := range Groups(l.school.Pupils) {
		var first *Target
		for _, m := range g.Members {
			for _, t := range m.Targets {
				if first == nil {
					first = t
					continue
				}
				for _, c := range []struct{ col, a, b string }{
					{sheet.ColWho, first.Who, t.Who},
					{sheet.ColHowOften, first.HowOften, t.HowOften},
				} {
					if strings.EqualFold(strings.Join(strings.Fields(c.a), " "), strings.Join(strings.Fields(c.b), " ")) {
						continue
					}
					here, there := l.rows[t].Cell(c.col).Pos, l.rows[first].Cell(c.col).Pos
					l.probs.Warnf(here, "group %q: %s %q here but %q at %s; the group plan follows the first row, so write the same in both",
						g.Name, c.col, c.b, c.a, cellRef(there))
				}
			}
		}
	}
}

// quoteStart shortens a sentence quoted in a message to about its first
// 80 characters, ending at a word: enough to find it in the cell, short
// enough that a very long cell does not bury the rest of the report.
func quoteStart(s string) string {
	r := []rune(s)
	if len(r) <= 80 {
		return s
	}
	head := string(r[:80])
	if i := strings.LastIndexByte(head, ' '); i > 40 {
		head = head[:i]
	}
	return strings.TrimSpace(head) + " …"
}
