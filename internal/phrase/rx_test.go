package phrase

import (
	"strings"
	"testing"
)

// The shortcut must never change a sentence: the corpora come out the same
// with it and without it.
func TestNeedlesChangeNothing(t *testing.T) {
	r := New(nil)
	var rows []realWorldRow
	for _, name := range []string{"realworld.tsv", "heldout.tsv", "heldout4.tsv", "success.tsv"} {
		rows = append(rows, readCorpus(t, name)...)
	}
	type out struct{ target, targetUnsure, success, successUnsure string }
	run := func() []out {
		outs := make([]out, len(rows))
		for i, row := range rows {
			o := &outs[i]
			o.target, o.targetUnsure = r.TargetChecked(row.staff, row.name)
			o.success, o.successUnsure = r.SuccessChecked(row.staff, row.name)
		}
		return outs
	}
	with := run()
	needlesOn = false
	without := run()
	needlesOn = true
	for i := range rows {
		if with[i] != without[i] {
			t.Errorf("%s: with the shortcut %+v, without %+v", rows[i].staff, with[i], without[i])
		}
	}
}

// No expression is skipped on a text it matches, whatever the case.
func TestNeedlesNeverSkipAMatch(t *testing.T) {
	var texts []string
	for i, row := range readRealWorld(t) {
		// Every other row, as written and in capitals, keeps the test
		// quick under the race detector.
		if i%2 == 0 {
			texts = append(texts, row.staff, strings.ToUpper(row.staff))
		}
	}
	for _, re := range allRx {
		for _, s := range texts {
			if !re.may(s) && re.Regexp.MatchString(s) {
				t.Errorf("%s skipped on %q, which it matches", re, s)
			}
		}
	}
}

func TestNeedles(t *testing.T) {
	for _, c := range []struct {
		expr, text string
		match      bool
	}{
		{`(?i)\bper\s?cent\b`, "in 80 PER CENT of lessons", true},
		{`(?i)\bper\s?cent\b`, "in 80 Percent of lessons", true},
		{`(?i)\bper\s?cent\b`, "in 80 % of lessons", false},
		{`(?i)\bper\s?cent\b`, "for a period when it is centred", false},
		{`AT\s`, "using AT to write", true},
		{`AT\s`, "at home", false},
		{`\b(?:refrain|stop)s?\s+from\b`, "Sam will refrain from shouting", true},
		{`\b(?:refrain|stop)s?\s+from\b`, "Sam will REFRAIN from shouting", false},
		// The Kelvin sign and the long s are K and s to an expression
		// that ignores case.
		{`(?i)kick`, "\u212aicks the ball", true},
		{`(?i)sit\s`, "will \u017fit on the carpet", true},
	} {
		re := newRx(c.expr)
		if got := re.MatchString(c.text); got != c.match {
			t.Errorf("%s on %q: %v, want %v", c.expr, c.text, got, c.match)
		}
		if got := re.ReplaceAllString(c.text, "#"); (got != c.text) != c.match {
			t.Errorf("%s replacing in %q: %q", c.expr, c.text, got)
		}
	}
	// Only literal words can be looked for: an expression of digits and
	// classes has none and always runs.
	if re := newRx(`\d+\s*[/%]`); re.need != nil {
		t.Errorf("needles for digits and classes: %v", re.need)
	}
	if re := newRx(`(?i)\bper\s?cent\b`); re.may("80 %") {
		t.Error("a text without per or cent may match per cent")
	}
}
