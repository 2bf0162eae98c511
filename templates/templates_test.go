package templates

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"planpack/internal/config"
)

func TestBuiltinLayouts(t *testing.T) {
	s, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	titles := map[string]string{
		"iep": "Individual Education Plan", "ilp": "Individual Learning Plan",
		"itp": "Individual Teaching Plan", "myplan": "My Plan",
		"myplanplus": "My Plan Plus", "profile": "One-page profile",
	}
	for _, pt := range config.PlanTypes {
		l, err := s.Layout(pt)
		if err != nil {
			t.Fatalf("%s: %v", pt, err)
		}
		if l.Title != titles[pt] {
			t.Errorf("%s title = %q, want %q", pt, l.Title, titles[pt])
		}
		if l.Child.ICan != "I will know I've done it when I can …" || l.Child.Who != "Who is going to help me?" || l.Child.Done != "Have I done it?" || l.Child.Targets != "My targets" {
			t.Errorf("%s child prompts = %+v", pt, l.Child)
		}
	}
	if _, err := s.Layout("nope"); err == nil || !strings.Contains(err.Error(), "iep") {
		t.Errorf("unknown plan type: err = %v, want the known types listed", err)
	}
	if _, err := fs.ReadFile(s.FS(), "letters/cover.md.tmpl"); err != nil {
		t.Errorf("letters not in FS: %v", err)
	}
}

func TestOverrideFileByFile(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "plans", "iep.toml"), "title = \"Support Plan\"\n[[section]]\nkind = \"targets\"\nfields = [\"target\"]\n")
	write(t, filepath.Join(dir, "letters", "cover.cy.md.tmpl"), "Annwyl riant\n")
	s, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	l, _ := s.Layout("iep")
	if l.Title != "Support Plan" || len(l.Sections) != 1 {
		t.Errorf("iep not overridden: %q with %d sections", l.Title, len(l.Sections))
	}
	if l.Review.Evidence != "Evidence sheet" {
		t.Errorf("missing review headings not defaulted: %+v", l.Review)
	}
	if l, _ := s.Layout("ilp"); l == nil || l.Title != "Individual Learning Plan" {
		t.Errorf("ilp should still be the built-in")
	}
	if b, err := fs.ReadFile(s.FS(), "letters/cover.cy.md.tmpl"); err != nil || string(b) != "Annwyl riant\n" {
		t.Errorf("added letter: %q, %v", b, err)
	}
	if _, err := fs.ReadFile(s.FS(), "letters/cover.md.tmpl"); err != nil {
		t.Errorf("built-in letter hidden by override folder: %v", err)
	}
	names, _ := fs.Glob(s.FS(), "letters/*")
	if len(names) < 2 {
		t.Errorf("merged letters listing = %v", names)
	}
}

func TestLayoutErrorsNamePosition(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"bad TOML names line and column", "title = \"x\"\nkind = = 3\n", "iep.toml:2:8:"},
		{"unknown section kind", "title = \"x\"\n\n[[section]]\nkind = \"targetz\"\nfields = [\"target\"]\n", `iep.toml:4:8: unknown section kind "targetz"`},
		{"unknown field in second section", "title = \"x\"\n[[section]]\nkind = \"targets\"\nfields = [\"target\"]\n[[section]]\nkind = \"about\"\nfields = [\"strengths\", \"target\"]\n", `iep.toml:7:24: a about section has no field "target"`},
		{"unknown top-level key", "title = \"x\"\ncolour = \"red\"\n[[section]]\nkind = \"targets\"\nfields = [\"target\"]\n", `iep.toml:2:1: unknown key "colour"`},
		{"unknown child prompt", "title = \"x\"\n[[section]]\nkind = \"targets\"\nfields = [\"target\"]\n[child]\nhelp = \"x\"\n", `iep.toml:6:1: unknown key "child.help"`},
		{"label for a field the kind lacks", "title = \"x\"\n[[section]]\nkind = \"targets\"\nfields = [\"target\"]\n[section.labels]\ndob = \"Born\"\n", `iep.toml:6:1: a targets section has no field "dob" to label`},
		{"only targets can be compact", "title = \"x\"\n[[section]]\nkind = \"targets\"\nfields = [\"target\"]\n[[section]]\nkind = \"about\"\nfields = [\"strengths\"]\ncompact = true\n", `iep.toml:8:1: only a targets section can be compact`},
		{"wrong type names the key", "title = \"x\"\n[[section]]\nkind = \"targets\"\n  fields = \"target\"\n", `iep.toml:4:3: section.fields: incompatible types`},
		{"no targets section", "title = \"x\"\n[[section]]\nkind = \"needs\"\n", "no targets section"},
		{"no title", "[[section]]\nkind = \"targets\"\nfields = [\"target\"]\n", "needs a title"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, filepath.Join(dir, "plans", "iep.toml"), tt.src)
			_, err := Load(dir)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			if !strings.Contains(err.Error(), filepath.Join(dir, "plans", "iep.toml")) {
				t.Errorf("error %q does not name the school's file", err)
			}
		})
	}
}

func TestExport(t *testing.T) {
	dir := t.TempDir()
	if err := Export(dir); err != nil {
		t.Fatal(err)
	}
	for _, f := range Files() {
		want, _ := builtin.ReadFile(f)
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f)))
		if err != nil || string(got) != string(want) {
			t.Errorf("%s not exported intact: %v", f, err)
		}
	}
	// The exported folder must load as an override folder unchanged.
	if _, err := Load(dir); err != nil {
		t.Errorf("exported templates do not load: %v", err)
	}
	noTemp(t, dir)
}

// TestExportKeepsAnExistingFile: an edited copy stops the export before
// anything is written, and is left byte for byte as it was.
func TestExportKeepsAnExistingFile(t *testing.T) {
	dir := t.TempDir()
	edited := filepath.Join(dir, "plans", "iep.toml")
	const mine = "title = \"Our plan\"\r\n# edited in Notepad\r\n"
	write(t, edited, mine)
	err := Export(dir)
	if !errors.Is(err, fs.ErrExist) {
		t.Fatalf("err = %v, want fs.ErrExist", err)
	}
	if want := edited + " already exists; nothing was written"; err.Error() != want {
		t.Errorf("err = %q, want %q", err, want)
	}
	if b, _ := os.ReadFile(edited); string(b) != mine {
		t.Errorf("edited file is now %q, want it untouched", b)
	}
	if got := tree(t, dir); len(got) != 1 || got[0] != "plans/iep.toml" {
		t.Errorf("folder holds %v, want only the edited plans/iep.toml", got)
	}
}

// TestExportKeepsAFileThatAppearsMeanwhile: a file saved into the folder
// after Export looked (another export, a school copying its own in) is
// not replaced, and the files this export had already written are taken
// away again, so the folder holds only what was there.
func TestExportKeepsAFileThatAppearsMeanwhile(t *testing.T) {
	dir := t.TempDir()
	files := Files()
	late := filepath.Join(dir, filepath.FromSlash(files[len(files)-1]))
	const mine = "the school's own"
	exportChecked = func() { write(t, late, mine) }
	t.Cleanup(func() { exportChecked = func() {} })
	err := Export(dir)
	if !errors.Is(err, fs.ErrExist) || err.Error() != late+" already exists; nothing was written" {
		t.Fatalf("err = %v, want %s named as existing", err, late)
	}
	if b, _ := os.ReadFile(late); string(b) != mine {
		t.Errorf("file that appeared is now %q, want it untouched", b)
	}
	want := filepath.ToSlash(strings.TrimPrefix(late, dir+string(filepath.Separator)))
	if got := tree(t, dir); len(got) != 1 || got[0] != want {
		t.Errorf("folder holds %v, want only %s", got, want)
	}
}

// noTemp fails if a temporary file is left anywhere under dir.
func noTemp(t *testing.T, dir string) {
	t.Helper()
	for _, f := range tree(t, dir) {
		if strings.HasSuffix(f, ".tmp") || strings.HasPrefix(filepath.Base(f), ".") {
			t.Errorf("temporary file left behind: %s", f)
		}
	}
}

// tree lists every file under dir, slash-separated and relative to it.
func tree(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func write(t *testing.T, p, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}
