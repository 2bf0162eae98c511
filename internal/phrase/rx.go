package phrase

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"
)

// rx is a regular expression that first asks whether a text can hold a
// match at all. Most of the rewriter's hundreds of expressions match
// nothing in a given sentence, and each of them names words ("per cent",
// "refrain", "timetable") that a match must contain; looking for those
// words is far cheaper than running the expression's machine. The
// expression's own methods still decide every match: the words only
// skip texts that cannot match.
type rx struct {
	*regexp.Regexp
	need [][]needle // a match holds one needle of each list; none: no shortcut
}

// needle is a piece of literal text every match of a branch holds.
type needle struct {
	s    string // lower case when fold
	fold bool   // ASCII letters match either case
}

// needlesOn lets a test compare the rewriter with and without the
// shortcut.
var needlesOn = true

// allRx lists every expression made by mustRx, so a test can check that
// no shortcut ever skips a match.
var allRx []*rx

// mustRx compiles expr as regexp.MustCompile does, and lists it in
// allRx.
func mustRx(expr string) *rx {
	r := newRx(expr)
	allRx = append(allRx, r)
	return r
}

// newRx compiles expr and works out its needles.
func newRx(expr string) *rx {
	r := &rx{Regexp: regexp.MustCompile(expr)}
	if tree, err := syntax.Parse(expr, syntax.Perl); err == nil {
		r.need = needles(tree.Simplify())
	}
	return r
}

// maxNeedles and maxLists keep the shortcut cheaper than what it saves.
const (
	maxNeedles = 24
	maxLists   = 4
)

// needles gives lists of literal pieces such that every match of re holds
// one piece of each list, or nil when it cannot say.
func needles(re *syntax.Regexp) [][]needle {
	switch re.Op {
	case syntax.OpLiteral:
		fold := re.Flags&syntax.FoldCase != 0
		s := string(re.Rune)
		if fold {
			for _, c := range re.Rune {
				if c >= utf8.RuneSelf {
					return nil // only ASCII letters are folded here
				}
			}
			s = strings.ToLower(s)
		}
		return [][]needle{{{s: s, fold: fold}}}
	case syntax.OpCapture, syntax.OpPlus:
		return needles(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return needles(re.Sub[0])
		}
	case syntax.OpConcat:
		var all [][]needle
		for _, sub := range re.Sub {
			all = append(all, needles(sub)...)
		}
		// The lists whose shortest piece is longest say the most.
		slices.SortStableFunc(all, func(a, b []needle) int { return shortest(b) - shortest(a) })
		return all[:min(len(all), maxLists)]
	case syntax.OpAlternate:
		var one []needle
		for _, sub := range re.Sub {
			lists := needles(sub)
			if lists == nil {
				return nil
			}
			one = append(one, lists[0]...) // a branch's best list
		}
		if len(one) > maxNeedles {
			return nil
		}
		return [][]needle{one}
	}
	return nil
}

func shortest(ns []needle) int {
	least := len(ns[0].s)
	for _, n := range ns[1:] {
		least = min(least, len(n.s))
	}
	return least
}

// may is false only when s cannot hold a match.
func (r *rx) may(s string) bool {
	if !needlesOn {
		return true
	}
	for _, list := range r.need {
		if !holdsOne(s, list) {
			return false
		}
	}
	return true
}

func holdsOne(s string, list []needle) bool {
	for _, n := range list {
		if n.fold {
			if containsFold(s, n.s) {
				return true
			}
		} else if strings.Contains(s, n.s) {
			return true
		}
	}
	return false
}

// containsFold reports whether s may hold the lower-case ASCII text n in
// any case. The Kelvin sign and the long s fold to ASCII letters in a
// regular expression, so a text holding either is always let through.
func containsFold(s, n string) bool {
	first := n[0]
	checked := false
	for i := 0; i+len(n) <= len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			if !checked && strings.ContainsAny(s, "\u212a\u017f") {
				return true
			}
			checked = true
			continue
		}
		if lowerASCII(c) != first {
			continue
		}
		j := 1
		for j < len(n) && lowerASCII(s[i+j]) == n[j] {
			j++
		}
		if j == len(n) {
			return true
		}
	}
	return false
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func (r *rx) MatchString(s string) bool { return r.may(s) && r.Regexp.MatchString(s) }

func (r *rx) FindString(s string) string {
	if !r.may(s) {
		return ""
	}
	return r.Regexp.FindString(s)
}

func (r *rx) FindStringIndex(s string) []int {
	if !r.may(s) {
		return nil
	}
	return r.Regexp.FindStringIndex(s)
}

func (r *rx) FindStringSubmatch(s string) []string {
	if !r.may(s) {
		return nil
	}
	return r.Regexp.FindStringSubmatch(s)
}

func (r *rx) FindStringSubmatchIndex(s string) []int {
	if !r.may(s) {
		return nil
	}
	return r.Regexp.FindStringSubmatchIndex(s)
}

func (r *rx) FindAllString(s string, n int) []string {
	if !r.may(s) {
		return nil
	}
	return r.Regexp.FindAllString(s, n)
}

func (r *rx) FindAllStringIndex(s string, n int) [][]int {
	if !r.may(s) {
		return nil
	}
	return r.Regexp.FindAllStringIndex(s, n)
}

func (r *rx) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !r.may(s) {
		return nil
	}
	return r.Regexp.FindAllStringSubmatchIndex(s, n)
}

func (r *rx) ReplaceAllString(s, repl string) string {
	if !r.may(s) {
		return s
	}
	return r.Regexp.ReplaceAllString(s, repl)
}

func (r *rx) ReplaceAllStringFunc(s string, repl func(string) string) string {
	if !r.may(s) {
		return s
	}
	return r.Regexp.ReplaceAllStringFunc(s, repl)
}
