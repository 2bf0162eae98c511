package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func runPhraseCmd(t *testing.T, in string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	old := stdin
	stdin = strings.NewReader(in)
	defer func() { stdin = old }()
	var out, errb bytes.Buffer
	code = run(append([]string{"phrase"}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

func TestPhraseText(t *testing.T) {
	code, out, errs := runPhraseCmd(t, "", "-name", "Sam", "Sam will ask an adult for help when he is stuck")
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{
		"Sam will ask an adult for help when he is stuck\n",
		"  child target:  I will ask an adult for help when I am stuck.\n",
		"  child success: I can ask an adult for help when I am stuck.\n",
		"  reading age:   about ",
		"  warning: Success Criteria: not measurable",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestPhraseJSON(t *testing.T) {
	code, out, _ := runPhraseCmd(t, "", "-json", "To use a number line to add two single-digit numbers", "The TA will model turn-taking")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want one a target:\n%s", len(lines), out)
	}
	var got []phraseResult
	for _, l := range lines {
		var r phraseResult
		dec := json.NewDecoder(strings.NewReader(l))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		got = append(got, r)
	}
	if got[0].ChildTarget != "I will use a number line to add two numbers under 10." ||
		got[0].ChildSuccess != "I can use a number line to add two numbers under 10." {
		t.Errorf("first result = %+v", got[0])
	}
	if got[0].Warnings == nil || len(got[0].Warnings) != 0 {
		t.Errorf("a clean target must give an empty warnings list, got %#v", got[0].Warnings)
	}
	if !strings.Contains(strings.Join(got[1].Warnings, "\n"), "own role") {
		t.Errorf("the TA's target should be flagged as provision: %q", got[1].Warnings)
	}
	if !strings.Contains(lines[0], `"warnings":[]`) {
		t.Errorf("warnings must print as [] not null: %s", lines[0])
	}
}

func TestPhraseStdin(t *testing.T) {
	in := "To read 10 words\r\n\n  \nShe will tell an adult when she is worried\n"
	code, out, _ := runPhraseCmd(t, in, "-json")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	if n := strings.Count(out, "\n"); n != 2 {
		t.Fatalf("blank lines should be skipped: got %d results:\n%s", n, out)
	}
	if !strings.Contains(out, `"child_target":"I will tell an adult when I am worried."`) {
		t.Errorf("stdin target not rewritten:\n%s", out)
	}
	if !strings.Contains(out, `"input":"To read 10 words"`) {
		t.Errorf("CR should be trimmed from stdin lines:\n%s", out)
	}
}

func TestPhraseNames(t *testing.T) {
	for _, args := range [][]string{
		{"-name", "Alex", "-name", "Alexander"},
		{"-name", "Alex,Alexander"},
	} {
		_, out, _ := runPhraseCmd(t, "", append(args, "-json", "Alexander will help Alex's partner")...)
		if !strings.Contains(out, `"child_target":"I will help my partner."`) {
			t.Errorf("%q: both names should be the child:\n%s", args, out)
		}
	}
}

func TestPhraseUsage(t *testing.T) {
	code, out, errs := runPhraseCmd(t, "", "-nosuch")
	if code != exitUsage {
		t.Errorf("bad flag: exit %d, want %d", code, exitUsage)
	}
	if out != "" || !strings.Contains(errs, "usage: planpack phrase") {
		t.Errorf("bad flag: stdout %q, stderr %q", out, errs)
	}
	code, _, errs = runPhraseCmd(t, "", "-config", "no-such-dir/planpack.toml", "To read")
	if code != exitUsage || !strings.Contains(errs, "no-such-dir/planpack.toml") {
		t.Errorf("missing config: exit %d, stderr %q", code, errs)
	}
}
