package templates

import "testing"

func TestParseBody(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"paragraphs joined across soft breaks", "One\ntwo.\n\nThree.", "paragraph 0: One two.\nparagraph 0: Three.\n"},
		{"bold inside a paragraph", "A **big** day.", "paragraph 0: A **big** day.\n"},
		{"italic prints plain", "A *quiet* day.", "paragraph 0: A quiet day.\n"},
		{"headings keep their level", "# One\n\n## Two", "heading 1: One\nheading 2: Two\n"},
		{"nested bullets", "- a\n  - b\n- c", "bullet 1: a\nbullet 2: b\nbullet 1: c\n"},
		{"numbered list", "3. a\n4. b", "bullet 1 #3: a\nbullet 1 #4: b\n"},
		{"raw HTML is dropped", "Hi <b>there</b>\n\n<div>x</div>", "paragraph 0: Hi there\n"},
		{"escapes and entities resolve", `a \* b &amp; c &#233;`, "paragraph 0: a * b & c é\n"},
		{"hard break kept", "line one  \nline two", "paragraph 0: line one\nline two\n"},
		{"empty input", "\n\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := dump(ParseBody([]byte(tc.src))); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// FuzzParseBody checks that no template output can make the reader panic.
func FuzzParseBody(f *testing.F) {
	f.Add("# A\n\n- b\n  - c\n\n1. d\n\n**e** *f* <g>")
	f.Fuzz(func(t *testing.T, s string) { ParseBody([]byte(s)) })
}
