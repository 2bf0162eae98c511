package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"planpack/internal/config"
)

func runCmd(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestInitWritesBothFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "spring 2027", "sen")
	code, out, errOut := runCmd("init", dir)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	cfgPath, inPath := filepath.Join(dir, "planpack.toml"), filepath.Join(dir, "input.xlsx")
	for _, want := range []string{"wrote " + cfgPath, "wrote " + inPath, `planpack check "` + inPath + `"`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}

	if _, err := config.Load(cfgPath); err != nil {
		t.Errorf("the planpack.toml init wrote does not load: %v", err)
	}
	f, err := excelize.OpenFile(inPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !slices.Contains(got, "Pupils") || got[0] != "Instructions" {
		t.Errorf("workbook sheets %v", got)
	}
	if st, _ := os.Stat(inPath); runtime.GOOS != "windows" && st.Mode().Perm() != 0o600 {
		t.Errorf("input.xlsx permissions %v, want 0600", st.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("folder holds %d entries, want 2 (no temporary files left)", len(entries))
	}
}

func TestInitDefaultsToCurrentFolder(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	code, out, errOut := runCmd("init")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	if !strings.Contains(out, "planpack check input.xlsx") {
		t.Errorf("next step not shown as a command to paste:\n%s", out)
	}
	for _, name := range []string{"planpack.toml", "input.xlsx"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Error(err)
		}
	}
}

func TestInitNeverOverwrites(t *testing.T) {
	for _, tc := range []struct {
		name, existing string
	}{
		{"an existing config stops it", "planpack.toml"},
		{"an existing workbook stops it", "input.xlsx"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			old := filepath.Join(dir, tc.existing)
			if err := os.WriteFile(old, []byte("the school's own"), 0o644); err != nil {
				t.Fatal(err)
			}
			code, out, errOut := runCmd("init", dir)
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if !strings.Contains(errOut, old) || !strings.Contains(errOut, "already exists") {
				t.Errorf("stderr does not name the file: %q", errOut)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
			if data, _ := os.ReadFile(old); string(data) != "the school's own" {
				t.Error("the existing file was changed")
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1 {
				t.Errorf("folder holds %d entries, want only the existing file", len(entries))
			}
		})
	}
}

func TestInitUsage(t *testing.T) {
	code, _, errOut := runCmd("init", "a", "b")
	if code != exitUsage || !strings.Contains(errOut, "usage: planpack init") {
		t.Errorf("two folders: exit %d, stderr %q", code, errOut)
	}
	code, _, _ = runCmd("init", "-nosuchflag")
	if code != exitUsage {
		t.Errorf("unknown flag: exit %d, want %d", code, exitUsage)
	}
}

func TestInitUnwritableFolder(t *testing.T) {
	// A folder under a file: unlike permissions, this stops root and
	// Windows too.
	parent := filepath.Join(t.TempDir(), "afile")
	if err := os.WriteFile(parent, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCmd("init", filepath.Join(parent, "sen"))
	if code == exitOK || errOut == "" {
		t.Errorf("init under a file: exit %d, stderr %q; want a failure", code, errOut)
	}
}
