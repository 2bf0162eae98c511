package templates

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"text/template"

	"planpack/internal/config"
)

// Letters is every letter body, parsed: letters/<name>.md.tmpl, and
// letters/<name>.<lang>.md.tmpl for a translation.
type Letters struct {
	byFile map[string]*runners // "cover", "cover.cy"
}

// LoadLetters parses every letters/*.md.tmpl in fsys, and runs each once
// over a sample family, so a misspelt field or a forbidden function is
// reported with its file and line before any letter is written.
// fsys is normally (*Set).FS().
func LoadLetters(fsys fs.FS) (*Letters, error) {
	files, err := fs.Glob(fsys, "letters/*.md.tmpl")
	if err != nil {
		return nil, err
	}
	l := &Letters{byFile: map[string]*runners{}}
	sample := NewLetterData(config.Default(), sampleHousehold())
	var errs []error
	for _, f := range files {
		key := strings.TrimSuffix(path.Base(f), ".md.tmpl")
		display := letterDisplayName(fsys, f)
		src, err := fs.ReadFile(fsys, f)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", display, err))
			continue
		}
		t, err := template.New(display).Option("missingkey=error").Funcs(letterFuncs).Parse(string(src))
		if err != nil {
			errs = append(errs, templateError(err))
			continue
		}
		if err := checkLoops(t); err != nil {
			errs = append(errs, err)
			continue
		}
		run := newRunners(t)
		if _, err := run.execute(sample); err != nil {
			errs = append(errs, err)
			continue
		}
		l.byFile[key] = run
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if len(l.byFile) == 0 {
		return nil, errors.New("no letter templates found (letters/*.md.tmpl)")
	}
	return l, nil
}

// letterDisplayName names a template file as the user knows it: the path
// in the school's folder when it came from there, else templates/<name>.
func letterDisplayName(fsys fs.FS, name string) string {
	switch f := fsys.(type) {
	case overlay:
		if st, err := fs.Stat(f.top, name); err == nil && !st.IsDir() {
			return filepath.Join(f.topDir, filepath.FromSlash(name))
		}
		return "templates/" + name
	case embed.FS:
		if f == builtin {
			return "templates/" + name
		}
	}
	return name
}

// templateError drops text/template's "template: " prefix so the message
// starts with the file, line and column like a compiler's.
func templateError(err error) error {
	msg := strings.TrimPrefix(err.Error(), "template: ")
	// text/template says only "function "env" not defined": say why, so a
	// school does not think its template has a typo.
	if strings.Contains(msg, "function \"") && strings.HasSuffix(msg, "not defined") {
		msg += "; letter templates can use text, list, date and maths functions, but nothing that reads the environment, files or the network, makes keys, or repeats without limit"
	}
	return errors.New(msg)
}

// Names lists the letters that can be chosen with letters.template.
func (l *Letters) Names() []string {
	var out []string
	for k := range l.byFile {
		if !strings.Contains(k, ".") {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// Render runs the letter called name ("cover", "review-invite",
// "review-outcome") for a household whose home language is lang,
// choosing the translation letters/<name>.<code>.md.tmpl when there is
// one (see LanguageCode), and returns the body as blocks.
func (l *Letters) Render(name, lang string, data any) ([]Block, error) {
	key, used := name, ""
	if code := LanguageCode(lang); code != "" && code != "en" {
		if _, ok := l.byFile[name+"."+code]; ok {
			key, used = name+"."+code, code
		}
	}
	run, ok := l.byFile[key]
	if !ok {
		return nil, fmt.Errorf("no letter template %q (have %s)", name, strings.Join(l.Names(), ", "))
	}
	body, err := run.execute(data)
	if err != nil {
		return nil, err
	}
	blocks := ParseBody(body)
	for i := range blocks {
		blocks[i].Lang = used
	}
	return blocks, nil
}
