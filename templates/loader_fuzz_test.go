package templates

import (
	"testing"
	"testing/fstest"
)

// FuzzLoadLetters checks that a school's letter template, however broken,
// is refused with an error rather than a panic, and that a template that
// loads can be rendered without one.
func FuzzLoadLetters(f *testing.F) {
	f.Add("Dear {{.Salutation}}\n\n**{{range .Pupils}}{{.Name}}{{end}}**")
	f.Add("{{env \"HOME\"}}")
	f.Add("{{ repeat 1000000 \"x\" }}")
	f.Add("{{template \"x\"}}{{define \"x\"}}{{template \"x\"}}{{end}}")
	f.Fuzz(func(t *testing.T, src string) {
		fsys := fstest.MapFS{"letters/cover.md.tmpl": {Data: []byte(src)}}
		l, err := LoadLetters(fsys)
		if err != nil {
			return
		}
		l.Names()
	})
}

// FuzzParseLayout checks that any layout file is either read or refused
// with an error, never a panic.
func FuzzParseLayout(f *testing.F) {
	data, err := builtin.ReadFile("plans/iep.toml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte("title = \"x\"\n[[section]]\nkind = \"nope\""))
	f.Fuzz(func(t *testing.T, data []byte) {
		ParseLayout("plans/x.toml", data)
	})
}
