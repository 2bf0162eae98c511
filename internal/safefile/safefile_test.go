package safefile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func text(s string) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := io.WriteString(w, s)
		return err
	}
}

// onlyFiles checks that dir holds exactly the files named, with those
// contents: no temporary file is left beside them.
func onlyFiles(t *testing.T, dir string, want map[string]string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(want) {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("folder holds %q, want only %d files", names, len(want))
	}
	for name, content := range want {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Errorf("%s: %v", name, err)
		} else if string(data) != content {
			t.Errorf("%s = %q, want %q", name, data, content)
		}
	}
}

func TestWriteReplacesWholeOrNotAtAll(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "next-term.xlsx")
	for _, opt := range []Options{{}, {NoSync: true}} {
		if err := Write(p, 0o600, opt, text("first")); err != nil {
			t.Fatal(err)
		}
		onlyFiles(t, dir, map[string]string{"next-term.xlsx": "first"})
		if err := Write(p, 0o600, opt, text("second")); err != nil {
			t.Fatal(err)
		}
		onlyFiles(t, dir, map[string]string{"next-term.xlsx": "second"})
	}

	// A write that fails half-way (disk full, say) leaves the old file as
	// it was and no temporary file.
	full := errors.New("no space left on device")
	err := Write(p, 0o600, Options{}, func(w io.Writer) error {
		io.WriteString(w, "half of a wor")
		return full
	})
	if !errors.Is(err, full) {
		t.Fatalf("failed write = %v, want the fill's error", err)
	}
	onlyFiles(t, dir, map[string]string{"next-term.xlsx": "second"})

	// Into a folder that is not there: an error, nothing made.
	if err := Write(filepath.Join(dir, "missing", "x.pdf"), 0o600, Options{}, text("x")); err == nil {
		t.Error("writing into a missing folder succeeded")
	}
	onlyFiles(t, dir, map[string]string{"next-term.xlsx": "second"})
}

func TestWriteKeepNeverReplaces(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "planpack.toml")
	if err := Write(p, 0o644, Options{Keep: true}, text("the school's own settings")); err != nil {
		t.Fatal(err)
	}
	err := Write(p, 0o644, Options{Keep: true}, text("a starter file"))
	if !errors.Is(err, fs.ErrExist) {
		t.Fatalf("second Keep write = %v, want fs.ErrExist", err)
	}
	onlyFiles(t, dir, map[string]string{"planpack.toml": "the school's own settings"})
}
