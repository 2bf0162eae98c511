package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"planpack/internal/history"
	"planpack/internal/samples"
)

// The autumn term committed in samples/school/history is what building
// that term files: the same folders, and each record.json byte for byte.
// A plan.pdf is a copy of a printed plan, as a school's history keeps
// one, so it is checked for being that pupil's autumn plan rather than
// for its bytes, which follow the renderer and the Go release's deflate.
// Change package samples, then run go run ./internal/samples/cmd/mksamples.
func TestAutumnHistoryOnDiskMatch(t *testing.T) {
	dir := t.TempDir()
	if err := fileAutumn(dir); err != nil {
		t.Fatal(err)
	}
	made := files(t, filepath.Join(dir, "school", "history"))
	committed := filepath.Join("..", "..", "..", "..", "samples", "school", "history")
	var onDisk []string
	for _, f := range files(t, committed) {
		if strings.Contains(f, samples.AutumnTerm) {
			onDisk = append(onDisk, f)
		}
	}
	// Four pupils reviewed in spring, a record and a plan each.
	if len(made) != 8 || strings.Join(made, "\n") != strings.Join(onDisk, "\n") {
		t.Fatalf("mksamples files\n%s\nbut samples/school/history holds\n%s\nrun go run ./internal/samples/cmd/mksamples",
			strings.Join(made, "\n"), strings.Join(onDisk, "\n"))
	}
	// git keeps the autumn term and ignores the terms a build adds, by
	// the term folder's name.
	ignore, err := os.ReadFile(filepath.Join("..", "..", "..", "..", ".gitignore"))
	if err != nil {
		t.Fatal(err)
	}
	term := strings.Split(made[0], "/")[1]
	if keep := "!samples/school/history/*/" + term + "/"; !strings.Contains(string(ignore), "\n"+keep+"\n") {
		t.Errorf(".gitignore has no line %q: the committed autumn term would be ignored", keep)
	}
	for _, f := range made {
		got, err := os.ReadFile(filepath.Join(committed, f))
		if err != nil {
			t.Fatal(err)
		}
		switch filepath.Base(f) {
		case "record.json":
			want, err := os.ReadFile(filepath.Join(dir, "school", "history", f))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("samples/school/history/%s is not what mksamples files; run go run ./internal/samples/cmd/mksamples", f)
			}
			var r history.Record
			if err := json.Unmarshal(got, &r); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
		case "plan.pdf":
			var rec history.Record
			data, err := os.ReadFile(filepath.Join(committed, filepath.Dir(f), "record.json"))
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(data, &rec); err != nil {
				t.Fatal(err)
			}
			text, err := exec.Command("pdftotext", "-layout", filepath.Join(committed, f), "-").Output()
			if err != nil {
				t.Fatalf("pdftotext %s: %v", f, err)
			}
			words := strings.Join(strings.Fields(string(text)), " ")
			for _, want := range []string{rec.Pupil.LegalSurname, "14 September 2026", rec.Targets[0].Target} {
				if !strings.Contains(words, want) {
					t.Errorf("%s does not say %q: is it %s's autumn plan?", f, want, rec.Name)
				}
			}
		}
	}
}

// files lists the files under dir, relative to it, sorted.
func files(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		out = append(out, filepath.ToSlash(rel))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}
