package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"planpack/internal/config"
	"planpack/internal/phrase"
)

// stdin is where phrase reads targets when none are given as arguments;
// tests replace it.
var stdin io.Reader = os.Stdin

// nameList is a repeatable -name flag; "-name Alex,Alexander" works too.
type nameList []string

func (n *nameList) String() string { return strings.Join(*n, ",") }

func (n *nameList) Set(v string) error {
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*n = append(*n, p)
		}
	}
	return nil
}

// phraseResult is one line of `phrase -json`.
type phraseResult struct {
	Input        string `json:"input"`
	ChildTarget  string `json:"child_target"`
	ChildSuccess string `json:"child_success"`
	// Unsure and SuccessUnsure say why the rewritten sentence was refused
	// (the child's page then shows the safe sentence); empty when it passed.
	Unsure        string `json:"unsure,omitempty"`
	SuccessUnsure string `json:"success_unsure,omitempty"`
	// Draft and SuccessDraft are the refused sentences, for a SENCo to
	// edit into a Child Target or Child Success; never printed as they are.
	// LeftOut is an action the child target leaves out to be short
	// enough to read.
	// DraftLeftOut and SuccessDraftLeftOut are what a draft leaves out
	// when the sentence was refused for its length alone and the draft
	// is a shorter one.
	LeftOut             string `json:"left_out,omitempty"`
	Draft               string `json:"draft,omitempty"`
	DraftLeftOut        string `json:"draft_left_out,omitempty"`
	SuccessDraft        string `json:"success_draft,omitempty"`
	SuccessDraftLeftOut string `json:"success_draft_left_out,omitempty"`
	// TwoSentences and SuccessTwoSentences are the whole wording as two
	// short sentences, when it is too long to read as one: offered to
	// copy in, never printed by themselves.
	TwoSentences        string   `json:"two_sentences,omitempty"`
	SuccessTwoSentences string   `json:"success_two_sentences,omitempty"`
	Warnings            []string `json:"warnings"`
}

func runPhrase(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("phrase", stderr)
	asJSON := fs.Bool("json", false, "print one JSON object a line")
	var names nameList
	fs.Var(&names, "name", "the child's forename, to turn into I/me/my (repeatable)")
	cfgPath := fs.String("config", "", "planpack.toml whose [phrasing] glossary to use")
	pronouns := fs.String("pronouns", "", "the child's pronouns (he, she or they), so that another's he or she is not taken for the child's")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: planpack phrase [-json] [-name NAME] [-pronouns he|she|they] [-config F] [TEXT...]")
		fmt.Fprintln(stderr, "Each TEXT is a staff-worded target; with none, targets are read one a line from stdin.")
		fs.PrintDefaults()
	}
	texts, err := parseFlags(fs, args)
	if err != nil {
		return exitUsage
	}
	child := phrase.Child{Names: names}
	if p, ok := phrase.ParsePronouns(*pronouns); ok {
		child.Pronouns = p
	} else {
		fmt.Fprintf(stderr, "planpack: -pronouns %q: give he, she or they\n", *pronouns)
		return exitUsage
	}
	var extra map[string]string
	if *cfgPath != "" {
		cfg, err := config.Load(*cfgPath)
		if err != nil {
			fmt.Fprintln(stderr, "planpack:", err)
			return exitUsage
		}
		extra = cfg.Phrasing.Glossary
	}
	r := phrase.New(extra)

	emit := func(text string) error {
		res := phraseResult{Input: text, Warnings: []string{}}
		tw, sw := r.TargetFor(text, child), r.SuccessFor(text, child)
		res.ChildTarget, res.Unsure, res.LeftOut = tw.Sentence, tw.Unsure, tw.LeftOut
		res.ChildSuccess, res.SuccessUnsure = sw.Sentence, sw.Unsure
		res.TwoSentences, res.SuccessTwoSentences = tw.TwoSentences, sw.TwoSentences
		if res.Unsure != "" {
			res.Draft, res.DraftLeftOut = tw.Draft, tw.DraftLeftOut
		}
		if res.SuccessUnsure != "" {
			res.SuccessDraft, res.SuccessDraftLeftOut = sw.Draft, sw.DraftLeftOut
		}
		for _, f := range phrase.WordingFindings(text, text) {
			res.Warnings = append(res.Warnings, f.String())
		}
		if res.Unsure == "" {
			for _, w := range r.Readability(res.ChildTarget) {
				res.Warnings = append(res.Warnings, "Child Target: "+w)
			}
		}
		if *asJSON {
			enc := json.NewEncoder(stdout)
			enc.SetEscapeHTML(false)
			return enc.Encode(res)
		}
		var b strings.Builder
		fmt.Fprintf(&b, "%s\n", text)
		fmt.Fprintf(&b, "  child target:  %s\n", res.ChildTarget)
		if res.LeftOut != "" {
			fmt.Fprintf(&b, "  left out:      %s\n", res.LeftOut)
		}
		if res.TwoSentences != "" {
			fmt.Fprintf(&b, "  as two:        %s\n", res.TwoSentences)
		}
		if res.Unsure != "" {
			fmt.Fprintf(&b, "  unsure:        %s; write a Child Target\n", res.Unsure)
			if res.Draft != "" {
				fmt.Fprintf(&b, "  draft:         %s\n", res.Draft)
			}
			if res.DraftLeftOut != "" {
				fmt.Fprintf(&b, "  draft omits:   %s\n", res.DraftLeftOut)
			}
		}
		fmt.Fprintf(&b, "  child success: %s\n", res.ChildSuccess)
		if res.SuccessUnsure != "" {
			fmt.Fprintf(&b, "  unsure:        %s; write a Child Success\n", res.SuccessUnsure)
			if res.SuccessDraft != "" {
				fmt.Fprintf(&b, "  draft:         %s\n", res.SuccessDraft)
			}
			if res.SuccessDraftLeftOut != "" {
				fmt.Fprintf(&b, "  draft omits:   %s\n", res.SuccessDraftLeftOut)
			}
		}
		fmt.Fprintf(&b, "  reading age:   about %.0f\n", phrase.ReadingAge(res.ChildTarget))
		for _, w := range res.Warnings {
			fmt.Fprintf(&b, "  warning: %s\n", w)
		}
		b.WriteString("\n")
		_, err := io.WriteString(stdout, b.String())
		return err
	}

	if len(texts) > 0 {
		for _, t := range texts {
			if err := emit(t); err != nil {
				fmt.Fprintln(stderr, "planpack phrase:", err)
				return exitInternal
			}
		}
		return exitOK
	}
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if line == "" {
			continue
		}
		if err := emit(line); err != nil {
			fmt.Fprintln(stderr, "planpack phrase:", err)
			return exitInternal
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(stderr, "planpack phrase: reading stdin:", err)
		return exitInput
	}
	return exitOK
}
