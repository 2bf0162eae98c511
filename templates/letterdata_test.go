package templates

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"planpack/internal/config"
	"planpack/internal/plan"
)

func TestSpreadsheetTextIsNotMarkup(t *testing.T) {
	h := sampleHousehold()
	p := *h.Pupils[0]
	p.Targets = []*plan.Target{
		{No: 1, IWill: "I will use * and _ and <b> and [links] & \\ in a sentence."},
		{No: 2, IWill: "# 1. - I will not become a heading."},
		{No: 3, IWill: "2. I will not become a numbered list.\n\n- nor a bullet"},
	}
	h.Pupils = []*plan.Pupil{&p}
	l, err := LoadLetters(mapLetters(map[string]string{
		"letters/cover.md.tmpl": "{{ range .Targets }}{{ .IWill }}\n\n{{ end }}",
	}))
	if err != nil {
		t.Fatal(err)
	}
	blocks, err := l.Render("cover", "", NewLetterData(config.Default(), h))
	if err != nil {
		t.Fatal(err)
	}
	want := "paragraph 0: I will use * and _ and <b> and [links] & \\ in a sentence.\n" +
		"paragraph 0: # 1. - I will not become a heading.\n" +
		"paragraph 0: 2. I will not become a numbered list. - nor a bullet\n"
	if got := dump(blocks); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestLetterDataLeavesOutUPN(t *testing.T) {
	h := sampleHousehold()
	h.Pupils[0].UPN = "A123456789012"
	d := NewLetterData(config.Default(), h)
	if s := fmt.Sprintf("%+v", d); strings.Contains(s, "A123456789012") || strings.Contains(s, "Samuel") {
		t.Errorf("letter data carries the UPN or legal forename: %s", s)
	}
}

// FuzzEscapeMarkdown checks that any text from a cell, once escaped,
// comes back from the Markdown reader as itself (spacing aside): a school
// can type "*", "#", "1." or "<b>" and see exactly that printed.
func FuzzEscapeMarkdown(f *testing.F) {
	for _, s := range []string{"I will use * and _", "# heading", "1. list", "- bullet", "<b>bold</b>", "a\\b", "&amp; &#233;", "---", "> quote", "`code`", "[link](x)", "  lead", "10) item"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsFunc(s, func(r rune) bool { return r < ' ' && r != '\t' && r != '\n' || r == 0x7f }) {
			return
		}
		want := strings.Join(strings.Fields(s), " ")
		var got []string
		for _, b := range ParseBody([]byte(escapeMarkdown(s))) {
			got = append(got, b.Text())
		}
		if strings.Join(got, "") != want {
			t.Errorf("%q escaped as %q reads back as %q", s, escapeMarkdown(s), got)
		}
	})
}
