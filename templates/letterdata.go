package templates

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"planpack/internal/config"
	"planpack/internal/phrase"
	"planpack/internal/plan"
)

// LetterData is what a letter template sees. Every string taken from the
// workbook or config is Markdown-escaped, so a "*" or "#" a school typed
// prints as itself.
type LetterData struct {
	School config.School
	Term   config.Term

	Pupils []LetterPupil
	// Names is the children's names for a sentence: "Sam", "Sam and Amy".
	Names string
	// Targets and KeyAdult are the first (usually only) pupil's.
	Targets  []LetterTarget
	KeyAdult string

	Recipients []string // one name a contact, "Mrs J Smith"; empty for a book-bag letter
	NameLine   string
	Salutation string

	PlanDate   string // "9 January 2027"
	ReviewDate string
	LetterDate string

	Signatory     string
	SignatoryRole string
	Enclosures    string
}

// LetterPupil is one child a letter is about; names are the preferred ones.
type LetterPupil struct {
	Name     string // "Sam"
	FullName string // "Sam Smith"
	Class    string
	KeyAdult string
	Targets  []LetterTarget
	// InOwnWords are the targets whose "I will" is about that target: the
	// school's Child Target or a sentence planpack vouched for. Others
	// counts the rest, whose child page has the stock "I will work on this
	// target with my teacher.": a letter that listed it once a target
	// would say the same line twice and tell a parent nothing.
	InOwnWords []LetterTarget
	Others     int
	Reviews    []LetterReview
}

// LetterTarget is a target in the child's own words.
type LetterTarget struct {
	No    int
	Area  string
	IWill string
	ICan  string
	Who   string
}

// LetterReview is last term's outcome for one target. Target and Comment
// are written as sentences: a capital first and a full stop last.
type LetterReview struct {
	No           int
	Target       string
	Outcome      string // "achieved", "partly", "not yet" or ""
	Comment      string
	CarryForward bool
}

// NewLetterData gathers what a household's letter needs. The UPN and legal
// names are left out: nothing that goes home carries them.
func NewLetterData(cfg *config.Config, h *plan.Household) LetterData {
	d := LetterData{
		School:        escapeSchool(cfg.School),
		Term:          cfg.Term,
		NameLine:      escapeMarkdown(h.NameLine),
		Salutation:    escapeMarkdown(h.Salutation),
		PlanDate:      LongDate(cfg.Term.PlanDate),
		ReviewDate:    LongDate(cfg.Term.ReviewDate),
		LetterDate:    LongDate(cfg.Term.LetterDate),
		Signatory:     escapeMarkdown(Signatory(cfg)),
		SignatoryRole: escapeMarkdown(cfg.Letters.SignatoryRole),
		Enclosures:    escapeMarkdown(cfg.Letters.Enclosures),
	}
	d.Term.Name = escapeMarkdown(d.Term.Name)
	var names []string
	for _, p := range h.Pupils {
		lp := LetterPupil{
			Name:     escapeMarkdown(p.Forename()),
			FullName: escapeMarkdown(p.Name()),
			Class:    escapeMarkdown(p.RegGroup),
			KeyAdult: escapeMarkdown(p.KeyAdult),
		}
		for _, t := range p.Targets {
			lt := LetterTarget{
				No: t.No, Area: string(t.Area), IWill: escapeMarkdown(t.IWill),
				ICan: escapeMarkdown(t.ICan), Who: escapeMarkdown(t.Who),
			}
			lp.Targets = append(lp.Targets, lt)
			if t.ChildTarget == "" && t.IWill == phrase.SafeTarget {
				lp.Others++
			} else {
				lp.InOwnWords = append(lp.InOwnWords, lt)
			}
		}
		for _, r := range p.Reviews {
			lp.Reviews = append(lp.Reviews, LetterReview{
				No: r.TargetNo, Target: escapeMarkdown(sentence(r.Text)), Outcome: string(r.Outcome),
				Comment: escapeMarkdown(sentence(r.Comment)), CarryForward: r.CarryForward,
			})
		}
		d.Pupils = append(d.Pupils, lp)
		names = append(names, lp.Name)
	}
	d.Names = plan.JoinAnd(names)
	if len(d.Pupils) > 0 {
		d.Targets, d.KeyAdult = d.Pupils[0].Targets, d.Pupils[0].KeyAdult
	}
	for _, c := range h.Contacts {
		name := strings.TrimSpace(strings.Join(strings.Fields(c.Title+" "+c.Forename+" "+c.Surname), " "))
		d.Recipients = append(d.Recipients, escapeMarkdown(name))
	}
	return d
}

// Signatory is who signs letters: letters.signatory, else the SENCo.
func Signatory(cfg *config.Config) string {
	if s := strings.TrimSpace(cfg.Letters.Signatory); s != "" {
		return s
	}
	return strings.TrimSpace(cfg.School.SENCo)
}

func escapeSchool(s config.School) config.School {
	s.Name = escapeMarkdown(s.Name)
	s.Address = append([]string(nil), s.Address...)
	for i := range s.Address {
		s.Address[i] = escapeMarkdown(s.Address[i])
	}
	s.Phone = escapeMarkdown(s.Phone)
	s.Email = escapeMarkdown(s.Email)
	s.SENCo = escapeMarkdown(s.SENCo)
	s.Headteacher = escapeMarkdown(s.Headteacher)
	return s
}

// escapeMarkdown makes text from a spreadsheet safe to drop into a
// template: runs of white space become one space (a newline in a cell
// must not start a list), characters that mark up anywhere are
// backslash-escaped, and so is a first character that would start a
// heading, list or quote.
func escapeMarkdown(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	var b strings.Builder
	for i, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '!':
			b.WriteByte('\\')
		case '&':
			b.WriteString("&amp;")
			continue
		case '#', '-', '+', '=', '|', '~':
			if i == 0 {
				b.WriteByte('\\')
			}
		case '.', ')':
			// "1." or "1)" at the start would begin a numbered list.
			if allDigits(s[:i]) && i > 0 {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// sentence gives staff wording a capital letter and a closing full stop,
// so it reads as a sentence when followed by more text.
func sentence(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return ""
	}
	r, n := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[n:]
	if !strings.ContainsAny(s[len(s)-1:], ".!?") {
		s += "."
	}
	return s
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
