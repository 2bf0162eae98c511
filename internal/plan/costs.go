package plan

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Rates prices adults' time by the role words a Who cell holds: with a
// rate for "TA", "Mrs Khan (TA)" costs a TA's hour. It is made once from
// the config and safe for concurrent use.
type Rates struct {
	roles []role // longest first, so "HLTA" is never read as a "TA"
}

type role struct {
	name  string   // as the school wrote it in the config
	words []string // its words, lower case
	rate  float64  // an hour
}

// NewRates reads the hourly rates of the config's [costs.hourly] table.
func NewRates(hourly map[string]float64) Rates {
	var r Rates
	for name, rate := range hourly {
		if w := costWords(name); len(w) > 0 {
			r.roles = append(r.roles, role{name: name, words: w, rate: rate})
		}
	}
	sort.Slice(r.roles, func(i, j int) bool {
		a, b := r.roles[i], r.roles[j]
		if len(a.words) != len(b.words) {
			return len(a.words) > len(b.words)
		}
		if len(a.name) != len(b.name) {
			return len(a.name) > len(b.name)
		}
		return a.name < b.name
	})
	return r
}

// Hourly is what an hour of the adults named in who costs: the rates of
// every role it names, added, each role once ("teacher and TA" costs
// both). ok is false when who names no role with a rate: that provision
// is not costed, never free.
func (r Rates) Hourly(who string) (perHour float64, roles []string, ok bool) {
	words := costWords(who)
	used := make([]bool, len(words))
	seen := map[string]bool{}
	for _, ro := range r.roles {
		for i := 0; i+len(ro.words) <= len(words); i++ {
			if !matchRole(words[i:i+len(ro.words)], ro.words, used[i:i+len(ro.words)]) {
				continue
			}
			for k := range ro.words {
				used[i+k] = true
			}
			if !seen[ro.name] {
				seen[ro.name] = true
				perHour += ro.rate
				roles = append(roles, ro.name)
			}
		}
	}
	sort.Strings(roles)
	return perHour, roles, len(roles) > 0
}

// matchRole says whether got is the role's words, none of them already
// taken by a longer role; the last word may be plural ("TAs").
func matchRole(got, want []string, used []bool) bool {
	for k, w := range want {
		if used[k] {
			return false
		}
		g := got[k]
		if g == w || (k == len(want)-1 && g == w+"s") {
			continue
		}
		return false
	}
	return true
}

// costWords splits text into lower-case words of letters and digits.
func costWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// WeeklyCost is what minutesPerWeek of the adults named in who cost a
// week, shared between sharers (the members of a group; 1 for a pupil's
// own provision). ok is false when who names no role with a rate.
func (r Rates) WeeklyCost(who string, minutesPerWeek float64, sharers int) (cost float64, ok bool) {
	perHour, _, ok := r.Hourly(who)
	if !ok {
		return 0, false
	}
	if sharers < 1 {
		sharers = 1
	}
	return perHour * minutesPerWeek / 60 / float64(sharers), true
}

// TermWeeks is how many weeks the plan runs: from the plan date to the
// review date, in whole and part weeks, to one decimal place.
func TermWeeks(planDate, reviewDate time.Time) float64 {
	days := reviewDate.Sub(planDate).Hours() / 24
	if days <= 0 {
		return 0
	}
	return math.Round(days/7*10) / 10
}

// Money rounds an amount to whole pence (cents), halves away from zero.
func Money(v float64) float64 { return math.Round(v*100) / 100 }

// ParseMoney reads an amount as schools type it: "120", "85.50", "£1,200",
// "€ 40". A negative amount or anything else is an error.
func ParseMoney(s string) (float64, error) {
	t := strings.TrimSpace(s)
	t = strings.TrimLeftFunc(t, func(r rune) bool { return unicode.Is(unicode.Sc, r) || unicode.IsSpace(r) })
	t = strings.ReplaceAll(t, ",", "")
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || v < 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, fmt.Errorf("%q is not an amount", s)
	}
	return v, nil
}
