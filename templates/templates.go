// Package templates holds planpack's built-in plan layouts and letter
// bodies, embedded in the binary, and loads them with a school's own
// overrides file by file: a school copies the built-ins out with
// "planpack templates export", edits the few it wants different, and
// points templates.dir at the folder.
package templates

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"planpack/internal/safefile"
)

//go:embed plans letters
var builtin embed.FS

// Set is the built-in templates overlaid with a school's folder.
type Set struct {
	fsys    fs.FS
	layouts map[string]*Layout
}

// Load reads the templates: the built-ins only when dir is "", otherwise
// the built-ins with every file in dir taking the place of the built-in at
// the same relative path. Every plan layout is parsed and checked now, so
// a mistake in one is reported before any document is written.
func Load(dir string) (*Set, error) {
	s := &Set{fsys: builtin, layouts: map[string]*Layout{}}
	if dir != "" {
		st, err := os.Stat(dir)
		if err != nil {
			return nil, fmt.Errorf("templates folder: %w", err)
		}
		if !st.IsDir() {
			return nil, fmt.Errorf("templates folder %s is not a folder", dir)
		}
		s.fsys = overlay{top: os.DirFS(dir), base: builtin, topDir: dir}
	}
	names, err := fs.Glob(s.fsys, "plans/*.toml")
	if err != nil {
		return nil, err
	}
	var errs []error
	for _, name := range names {
		data, err := fs.ReadFile(s.fsys, name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		l, err := ParseLayout(s.displayName(name), data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		s.layouts[l.Type] = l
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return s, nil
}

// displayName is how a template file is named in messages: its real path
// when the school supplied it, else "templates/<name>" for a built-in.
func (s *Set) displayName(name string) string {
	if o, ok := s.fsys.(overlay); ok {
		if _, err := fs.Stat(o.top, name); err == nil {
			return filepath.Join(o.topDir, filepath.FromSlash(name))
		}
	}
	return "templates/" + name
}

// Layout returns the layout for a plan type ("iep", "myplan" …).
func (s *Set) Layout(planType string) (*Layout, error) {
	l, ok := s.layouts[strings.ToLower(planType)]
	if !ok {
		known := make([]string, 0, len(s.layouts))
		for k := range s.layouts {
			known = append(known, k)
		}
		sort.Strings(known)
		return nil, fmt.Errorf("no plan layout %q (have %s)", planType, strings.Join(known, ", "))
	}
	return l, nil
}

// FS is the merged view of every template file, school's over built-in.
func (s *Set) FS() fs.FS { return s.fsys }

// Files lists every built-in template file, slash-separated, sorted.
func Files() []string {
	var out []string
	fs.WalkDir(builtin, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			out = append(out, p)
		}
		return err
	})
	return out
}

// Export writes every built-in template under dir, creating folders as
// needed. It writes nothing if any of the files already exists, so a
// school's edited copies are never overwritten; that error wraps
// fs.ErrExist. Each file goes through safefile, so none is ever left half
// written; a file that appears while the others are written is not
// replaced either, and those this call wrote are taken away again, so
// the export is whole or not there.
func Export(dir string) error {
	files := Files()
	var exist []string
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f))
		if _, err := os.Lstat(p); err == nil {
			exist = append(exist, p)
		}
	}
	if len(exist) > 0 {
		return existError(exist)
	}
	exportChecked()
	var written []string
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f))
		err := exportFile(f, p)
		if err != nil {
			for _, w := range written {
				os.Remove(w)
			}
			if errors.Is(err, fs.ErrExist) {
				return existError{p}
			}
			return err
		}
		written = append(written, p)
	}
	return nil
}

// exportChecked runs between Export's look for existing files and its
// first write; tests put a file in the way there.
var exportChecked = func() {}

func exportFile(name, path string) error {
	data, err := builtin.ReadFile(name)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	// Templates hold no personal data: readable by all, as planpack.toml.
	return safefile.Write(path, 0o644, safefile.Options{Keep: true}, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// existError names the files that stopped an export.
type existError []string

func (e existError) Error() string {
	verb := "exists"
	if len(e) > 1 {
		verb = "exist"
	}
	return fmt.Sprintf("%s already %s; nothing was written", strings.Join(e, ", "), verb)
}

func (e existError) Is(target error) bool { return target == fs.ErrExist }

// overlay serves top's files in place of base's; directories list the
// union, so a school can also add files the built-ins lack (a letter in
// another language).
type overlay struct {
	top, base fs.FS
	topDir    string
}

func (o overlay) Open(name string) (fs.File, error) {
	if f, err := o.top.Open(name); err == nil {
		if st, err := f.Stat(); err == nil && !st.IsDir() {
			return f, nil
		}
		f.Close()
	}
	f, err := o.base.Open(name)
	if err == nil {
		return f, nil
	}
	return o.top.Open(name)
}

func (o overlay) ReadFile(name string) ([]byte, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fs.ErrInvalid}
	}
	if st, err := fs.Stat(o.top, name); err == nil && !st.IsDir() {
		return fs.ReadFile(o.top, name)
	}
	return fs.ReadFile(o.base, name)
}

func (o overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	top, errTop := fs.ReadDir(o.top, name)
	base, errBase := fs.ReadDir(o.base, name)
	if errTop != nil && errBase != nil {
		return nil, errBase
	}
	seen := map[string]bool{}
	var out []fs.DirEntry
	for _, e := range top {
		seen[e.Name()] = true
		out = append(out, e)
	}
	for _, e := range base {
		if !seen[e.Name()] {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out, nil
}

var _ fs.ReadDirFS = overlay{}
