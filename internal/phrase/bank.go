package phrase

import (
	_ "embed"
	"fmt"
	"regexp"
	"strings"
)

// The bank holds a child's sentence for each kind of target that recurs on
// a school's register, written and vetted once, for when the sentence made
// from the staff's own words has to be refused. Most sentences a SENCo
// accepts are free paraphrases ("I will take turns in a game with other
// children" for "Given a visual cue, STUDENT will wait for his turn in a
// structured board game with 2 peers in 4/5 opportunities"), which rules
// that keep the staff's words cannot reach.
//
//go:embed bank.tsv
var bankTSV string

// bankEntry is one kind of target: staff wording that match finds and
// except does not is this kind, and sentence is the child's words for it,
// without "I will"/"I can" and the full stop.
type bankEntry struct {
	kind          string
	match, except *regexp.Regexp
	sentence      string
}

// builtInBank is bank.tsv, in its order: the first entry that fits wins,
// so specific kinds come before general ones.
var builtInBank = mustParseBank(bankTSV)

// parseBank reads the bank's tab-separated lines (kind, match, except,
// sentence) after its header.
func parseBank(tsv string) ([]bankEntry, error) {
	var out []bankEntry
	for n, line := range strings.Split(strings.TrimRight(tsv, "\n"), "\n") {
		if n == 0 || strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("bank.tsv line %d: %d fields, want 4 (kind, match, except, sentence)", n+1, len(f))
		}
		e := bankEntry{kind: f[0], sentence: f[3]}
		var err error
		if e.match, err = regexp.Compile(f[1]); err != nil || f[1] == "" {
			return nil, fmt.Errorf("bank.tsv line %d (%s): match %q: %v", n+1, f[0], f[1], err)
		}
		if f[2] != "" {
			if e.except, err = regexp.Compile(f[2]); err != nil {
				return nil, fmt.Errorf("bank.tsv line %d (%s): except %q: %v", n+1, f[0], f[2], err)
			}
		}
		out = append(out, e)
	}
	return out, nil
}

func mustParseBank(tsv string) []bankEntry {
	b, err := parseBank(tsv)
	if err != nil {
		panic(err)
	}
	return b
}

// quoteStraightener makes curly quotes straight.
var quoteStraightener = strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`)

// BankKind returns the kind of target the staff wording is, and the bank's
// sentence for it (without "I will"/"I can"), or "", "" when it is no kind
// the bank knows.
func (r *Rewriter) BankKind(text string) (kind, sentence string) {
	// The bank's expressions read the staff's own wording, lower case,
	// quotes straight and spaces single: not normalise's, which has
	// already rewritten "e.g." and "/".
	s := strings.ToLower(strings.Join(strings.Fields(quoteStraightener.Replace(text)), " "))
	for _, e := range r.bank {
		if e.match.MatchString(s) && (e.except == nil || !e.except.MatchString(s)) {
			return e.kind, e.sentence
		}
	}
	return "", ""
}

// fromBank is the bank's kind for text and its sentence with prefix ("I
// will " or "I can "), when text is a kind the bank knows and the
// sentence passes the self-check as every printed sentence must; else
// "", "".
func (r *Rewriter) fromBank(text, prefix string) (kind, sentence string) {
	kind, b := r.BankKind(text)
	if b == "" {
		return "", ""
	}
	s := prefix + b + "."
	if r.vouch(s, prefix, nil) != "" {
		return "", ""
	}
	return kind, s
}
