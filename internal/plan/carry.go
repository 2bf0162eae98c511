package plan

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"planpack/internal/diag"
	"planpack/internal/sheet"
)

// carryForward pairs each of a pupil's carried-forward reviews with the
// same target on this term's Targets sheet, or, when the sheet does not
// hold it, makes the target from the review's row and puts it after this
// term's own. Targets are paired by their wording, never by number alone:
// a school numbers each term's targets from 1, so last term's target 1 is
// seldom this term's.
func (l *loader) carryForward(p *Pupil) {
	var open []*Review
	for _, rv := range p.Reviews {
		if !rv.CarryForward {
			continue
		}
		if strings.TrimSpace(rv.Text) == "" {
			c := l.rows[rv].Cell(sheet.ColTarget)
			l.probs.Errorf(c.Pos, "target %d is carried forward, but this row does not say what it was; write the target's wording here as last term's plan had it, so it can be found on this term's Targets sheet or added to the plan", rv.TargetNo)
			continue
		}
		open = append(open, rv)
	}
	// The same wording first, so a near match never takes a target that
	// another review names exactly.
	var near []*Review
	for _, rv := range open {
		if t := l.unpaired(p, func(t *Target) bool { return sameWording(rv.Text, t.Text) }); t != nil {
			t.CarriedForward, t.Previous = true, rv
			continue
		}
		if twice := l.carriedTwice(p, rv); twice != nil {
			l.probs.Errorf(l.rows[rv].Cell(sheet.ColTarget).Pos, "this target is carried forward twice: %s carries it forward too; delete one of the two rows",
				cellRef(l.rows[twice].Cell(sheet.ColTarget).Pos))
			continue
		}
		near = append(near, rv)
	}
	names := p.Forenames()
	var made []*Review
	for _, rv := range near {
		var best *Target
		bestShare := 0.0
		for _, t := range p.Targets {
			if t.Previous != nil {
				continue
			}
			if lk := compareWording(rv.Text, t.Text, names); lk.close() && lk.share > bestShare {
				best, bestShare = t, lk.share
			}
		}
		if best != nil {
			best.CarriedForward, best.Previous = true, rv
			l.probs.Warnf(l.rows[rv].Cell(sheet.ColTarget).Pos, "carried forward as this term's target %d (%s %q), whose wording is nearly the same; if they are not the same target, reword one of them so they differ",
				best.No, cellRef(l.rows[best].Cell(sheet.ColTarget).Pos), quoteStart(best.Text))
			continue
		}
		made = append(made, rv)
	}
	next := 1
	for _, t := range p.Targets {
		next = max(next, t.No+1)
	}
	for _, rv := range made {
		l.makeTarget(p, rv, next, names)
		next++
	}
}

// unpaired returns the first of this term's targets that no review has
// claimed and that is, by same, the review's.
func (l *loader) unpaired(p *Pupil, same func(*Target) bool) *Target {
	for _, t := range p.Targets {
		if t.Previous == nil && !l.made[t] && same(t) {
			return t
		}
	}
	return nil
}

// carriedTwice returns an earlier review, already paired, that carries
// forward the same wording as rv: the same row twice on the Reviews sheet,
// which would otherwise put the target on the plan twice.
func (l *loader) carriedTwice(p *Pupil, rv *Review) *Review {
	for _, t := range p.Targets {
		if t.Previous != nil && t.Previous != rv && sameWording(rv.Text, t.Previous.Text) {
			return t.Previous
		}
	}
	return nil
}

// makeTarget adds a carried-forward target that this term's Targets sheet
// does not hold, made from its Reviews row: the wording, the area, the
// success criteria and the help as that row repeats them (next-term.xlsx
// fills them in). Its target date is this term's review date: last
// term's has passed.
func (l *loader) makeTarget(p *Pupil, rv *Review, no int, names []string) {
	r := l.rows[rv]
	for _, t := range p.Targets {
		if t.Previous != nil || l.made[t] {
			continue
		}
		// Wording this close but with other numbers is most likely the
		// same target stepped on; both are kept, so say why.
		if lk := compareWording(rv.Text, t.Text, names); lk.share >= closeShare && lk.sameNegation && !lk.sameNumbers {
			l.probs.Warnf(r.Cell(sheet.ColTarget).Pos, "carried forward as a target of its own, after this term's: this term's target %d (%s %q) has nearly the same words but other numbers; if it replaces this one, write N under Carry Forward",
				t.No, cellRef(l.rows[t].Cell(sheet.ColTarget).Pos), quoteStart(t.Text))
			break
		}
	}
	var missing []string
	first := diag.Pos{}
	for _, f := range []struct {
		col  string
		have bool
	}{
		{sheet.ColArea, rv.Area != "" || r.Get(sheet.ColArea) != ""},
		{sheet.ColSuccess, rv.Success != ""},
		{sheet.ColProvision, rv.Provision != ""},
		{sheet.ColWho, rv.Who != ""},
		{sheet.ColHowOften, rv.HowOften != ""},
	} {
		if f.have || r.Cell(f.col).FormulaError {
			continue
		}
		if len(missing) == 0 {
			first = r.Cell(f.col).Pos
		}
		missing = append(missing, f.col)
	}
	if len(missing) > 0 {
		l.incomplete[rv] = true
		l.probs.Errorf(first, "target %d %q is carried forward and is not on this term's Targets sheet, so it is made from this row, which has no %s; write %s here (next-term.xlsx fills them in), or put the target on the Targets sheet",
			rv.TargetNo, quoteStart(rv.Text), andList(missing), pronoun(missing))
	}
	t := &Target{
		No:             no,
		TargetDetails:  rv.TargetDetails,
		CarriedForward: true,
		Previous:       rv,
		Pos:            rv.Pos,
	}
	l.made[t] = true
	l.rows[t] = r
	p.Targets = append(p.Targets, t)
}

func andList(s []string) string {
	if len(s) < 2 {
		return strings.Join(s, "")
	}
	return strings.Join(s[:len(s)-1], ", ") + " or " + s[len(s)-1]
}

func pronoun(missing []string) string {
	if len(missing) == 1 {
		return "it"
	}
	return "them"
}

// cellRef names a cell in a message about another cell: "Targets!D3", or
// "line 3 of targets.csv".
func cellRef(p diag.Pos) string {
	if p.CSV {
		return fmt.Sprintf("line %d of %s", p.Row, filepath.Base(p.File))
	}
	return p.Sheet + "!" + p.Cell()
}

// closeShare is how much of two wordings must agree for them to be taken
// as one target: with 7 words that matter, all but one.
const closeShare = 0.85

// sameWording reports whether two wordings are the same but for case,
// spacing and punctuation.
func sameWording(a, b string) bool {
	wa, wb := words(a), words(b)
	return len(wa) > 0 && slices.Equal(wa, wb)
}

// likeness is how alike two targets' wordings are.
type likeness struct {
	// share is the part of the words that matter (not "to", "will", the
	// child's name, numbers or "not") found in both, in any order, a
	// one-letter slip or a plural allowed, over the longer wording's.
	share float64
	// sameNumbers and sameNegation: a target with other numbers ("read 40
	// words", "read 50 words") or the other way round ("… not …") is
	// another target however alike the rest is.
	sameNumbers, sameNegation bool
}

func (lk likeness) close() bool {
	return lk.share >= closeShare && lk.sameNumbers && lk.sameNegation
}

// filler are words that say nothing about which target it is: lead-ins
// ("to", "will be able to"), the child's pronouns and articles.
var filler = map[string]bool{
	"a": true, "an": true, "the": true, "to": true, "and": true, "of": true,
	"will": true, "be": true, "able": true, "is": true, "are": true, "am": true, "can": true,
	"he": true, "she": true, "they": true, "his": true, "her": true, "hers": true, "their": true,
	"him": true, "them": true, "himself": true, "herself": true, "themselves": true,
	"i": true, "my": true, "me": true, "myself": true,
}

// negation are words that turn a target round.
var negation = map[string]bool{
	"not": true, "no": true, "never": true, "without": true, "nor": true,
	"dont": true, "doesnt": true, "cant": true, "cannot": true, "wont": true,
}

// compareWording says how alike two targets' wordings are; names are the
// child's forenames, which one wording may use and the other not.
func compareWording(a, b string, names []string) likeness {
	skip := map[string]bool{}
	for _, n := range names {
		for _, w := range words(n) {
			skip[w] = true
		}
	}
	split := func(s string) (content, numbers, negs []string) {
		for _, w := range words(s) {
			if n, ok := numberWords[w]; ok {
				w = strconv.FormatFloat(n, 'f', -1, 64)
			}
			switch {
			case filler[w] || skip[w]:
			case negation[w]:
				negs = append(negs, w)
			case isNumber(w):
				numbers = append(numbers, w)
			default:
				content = append(content, w)
			}
		}
		slices.Sort(numbers)
		slices.Sort(negs)
		return content, numbers, negs
	}
	ca, na, ga := split(a)
	cb, nb, gb := split(b)
	lk := likeness{sameNumbers: slices.Equal(na, nb), sameNegation: len(ga) == len(gb)}
	longer := max(len(ca), len(cb))
	if longer == 0 {
		return lk
	}
	used := make([]bool, len(cb))
	matched := 0
	for _, w := range ca {
		for j, v := range cb {
			if !used[j] && sameWord(w, v) {
				used[j] = true
				matched++
				break
			}
		}
	}
	lk.share = float64(matched) / float64(longer)
	return lk
}

// sameWord allows a plural and, in a longer word, a one-letter slip.
func sameWord(a, b string) bool {
	switch {
	case a == b, a+"s" == b, b+"s" == a, a+"es" == b, b+"es" == a:
		return true
	case len(a) >= 5 && len(b) >= 5:
		return diag.Distance(a, b) <= 1
	}
	return false
}

// words are a wording's words in lower case, letters and digits only;
// an apostrophe inside a word is dropped ("don't" is "dont").
func words(s string) []string {
	s = strings.NewReplacer("'", "", "’", "").Replace(s)
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func isNumber(w string) bool {
	_, err := strconv.Atoi(w)
	return err == nil
}
