package pack

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// planpackManifest lists plan.pdf in a pupil's folder, as a build would.
const planpackManifest = `{
  "version": 1,
  "files": [
    {"path": "pupils/3B/Ahmed Sami (1001)/plan.pdf", "kind": "plan", "pupil": "1001", "pages": 2, "sha256": "` + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" + `"}
  ]
}
`

func makeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

// TestLeftoversRemovedOnlyWhenPlanpacks checks what the next build
// removes beside its output: a previous pack moved aside by a build that
// was killed before removing it, but only when it is all planpack's, and
// nothing that merely has a planpack-like name.
func TestLeftoversRemovedOnlyWhenPlanpacks(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "out")
	oldPack := filepath.Join(parent, ".out.planpack-111.old")
	makeTree(t, oldPack, map[string]string{"manifest.json": planpackManifest, "pupils/3B/Ahmed Sami (1001)/plan.pdf": "%PDF-"})
	oldWithExtra := filepath.Join(parent, ".out.planpack-222.old")
	makeTree(t, oldWithExtra, map[string]string{"manifest.json": planpackManifest, "pupils/3B/Ahmed Sami (1001)/plan.pdf": "%PDF-", "notes.docx": "a teacher's notes"})
	unmarked := filepath.Join(parent, ".out.planpack-333")
	makeTree(t, unmarked, map[string]string{"keep.txt": "someone's file"})
	otherName := filepath.Join(parent, ".out.planpack-backup")
	makeTree(t, otherName, map[string]string{".planpack-staging": markerText})
	target := filepath.Join(parent, "elsewhere")
	makeTree(t, target, map[string]string{".planpack-staging": markerText})
	link := filepath.Join(parent, ".out.planpack-444")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}

	removeLeftovers(out)

	if _, err := os.Lstat(oldPack); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the moved-aside pack is still there (%v)", err)
	}
	for _, keep := range []string{oldWithExtra, unmarked, otherName, link, filepath.Join(target, ".planpack-staging")} {
		if _, err := os.Lstat(keep); err != nil {
			t.Errorf("%s was removed: %v", keep, err)
		}
	}
}

func TestForeignNamesFirstFileNotListed(t *testing.T) {
	cases := []struct {
		name       string
		files      map[string]string
		first      string
		manifestOK bool
	}{
		{"planpack's own", map[string]string{"manifest.json": planpackManifest, "pupils/3B/Ahmed Sami (1001)/plan.pdf": "%PDF-"}, "", true},
		{"a file added", map[string]string{"manifest.json": planpackManifest, "pupils/3B/Ahmed Sami (1001)/plan.pdf": "%PDF-", "pupils/3B/a.txt": "x"}, "pupils/3B/a.txt", true},
		{"another program's manifest", map[string]string{"manifest.json": `{"manifest_version":3}`, "background.js": "x"}, "background.js", false},
		{"planpack's fields and another's", map[string]string{"manifest.json": strings.Replace(planpackManifest, `"version": 1,`, `"version": 1, "name": "x",`, 1)}, "manifest.json", false},
		{"a later version", map[string]string{"manifest.json": strings.Replace(planpackManifest, `"version": 1,`, `"version": 2,`, 1)}, "manifest.json", false},
		{"no manifest", map[string]string{"pupils/3B/Ahmed Sami (1001)/plan.pdf": "%PDF-"}, "pupils", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			makeTree(t, dir, c.files)
			first, ok, err := foreign(dir)
			if err != nil {
				t.Fatal(err)
			}
			if first != c.first || ok != c.manifestOK {
				t.Errorf("foreign = %q, manifest ok %v; want %q, %v", first, ok, c.first, c.manifestOK)
			}
		})
	}
}

// TestStaging checks a staging folder while its build runs: the next
// build does not take it for a dead one, and two documents given the
// same name (ignoring case, as Windows and macOS do) are a fault, not
// one silently replacing the other.
func TestStaging(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	s, err := newStaging(Options{Out: out})
	if err != nil {
		t.Fatal(err)
	}
	defer s.discard()
	if !strings.HasPrefix(filepath.Base(s.dir), ".out.planpack-") {
		t.Errorf("staging folder %s is not named as the next build looks for", s.dir)
	}
	if deadStaging(s.dir) {
		t.Error("a running build's staging folder is taken for a dead one")
	}
	removeLeftovers(out)
	if _, err := os.Stat(s.dir); err != nil {
		t.Fatalf("the next build removed a running build's folder: %v", err)
	}
	write := func(rel, content string) error {
		return s.write(rel, KindClass, "", 1, func(w io.Writer) error {
			_, err := io.WriteString(w, content)
			return err
		})
	}
	if err := write("classes/3B.pdf", "first"); err != nil {
		t.Fatal(err)
	}
	if err := write("classes/3b.pdf", "second"); err == nil || !strings.Contains(err.Error(), "classes/3b.pdf") {
		t.Errorf("a second document named classes/3b.pdf: err = %v, want one naming it", err)
	}
	if data, _ := os.ReadFile(filepath.Join(s.dir, "classes", "3B.pdf")); string(data) != "first" {
		t.Errorf("classes/3B.pdf = %q, want the first document", data)
	}
	if n := len(s.manifest().Files); n != 1 {
		t.Errorf("manifest lists %d files, want 1", n)
	}
	s.discard()
	if _, err := os.Stat(s.dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("discard left %s (%v)", s.dir, err)
	}
}
