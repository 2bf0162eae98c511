//go:build unix

package main

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"planpack/internal/samples"
	"planpack/internal/workbook"
)

// TestInterruptedBuildLeavesNothing runs the real binary on a synthetic
// school, sends it SIGINT (Ctrl+C), SIGTERM (a shutdown, kill, or on
// Windows a closed console window) or SIGHUP (a closed terminal) mid-build,
// and checks that it exits non-zero with no output folder and no
// temporary folder beside it. A build that finished before the signal
// proves nothing, so the school doubles until one does not.
func TestInterruptedBuildLeavesNothing(t *testing.T) {
	// testscript.Main put the test binary on PATH as planpack.
	bin, err := exec.LookPath("planpack")
	if err != nil {
		t.Fatal(err)
	}
	progress := regexp.MustCompile(`planpack: (\d+) of (\d+) documents drawn`)
	allDrawn := func(line string) bool {
		m := progress.FindStringSubmatch(line)
		return m != nil && m[1] == m[2]
	}
	drawnAll := func(stderr string) bool {
		return slices.ContainsFunc(strings.Split(stderr, "\n"), allDrawn)
	}
	tests := []struct {
		name string
		sig  os.Signal
		now  func(line string) bool // whether this stderr line is the moment to interrupt
		// late reports that the build got past the stage the case is
		// about before the signal stopped it.
		late func(stderr string) bool
	}{
		{"SIGINT while drawing documents", os.Interrupt, progress.MatchString, drawnAll},
		{"SIGINT after drawing, while cutting and joining the files", os.Interrupt, allDrawn, func(string) bool { return false }},
		{"SIGTERM while drawing documents", syscall.SIGTERM, progress.MatchString, drawnAll},
		{"SIGHUP while drawing documents", syscall.SIGHUP, progress.MatchString, drawnAll},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			midBuild(t, func(_, input, out string) bool {
				code, stderr := signalBuild(t, bin, input, out, tc.sig, tc.now)
				if code == exitOK || tc.late(stderr) {
					return false
				}
				if code != exitInternal || !strings.Contains(stderr, "interrupted; nothing was written") {
					t.Errorf("interrupted build = exit %d, want %d and \"interrupted; nothing was written\"; stderr:\n%s", code, exitInternal, stderr)
				}
				if strings.Contains(stderr, "panic:") || strings.Contains(stderr, "goroutine ") {
					t.Errorf("panic trace on stderr:\n%s", stderr)
				}
				if err := leftBehind(out); err != nil {
					t.Error(err)
				}
				return true
			})
		})
	}
}

// midBuild calls try with a synthetic school's workbook and an output
// folder beside it, doubling the school until try reports that its signal
// reached the build at the stage it is about: a build that finished first
// proves nothing.
func midBuild(t *testing.T, try func(dir, input, out string) bool) {
	t.Helper()
	for pupils := 30; pupils <= 1000; pupils *= 2 {
		dir := t.TempDir()
		input := filepath.Join(dir, "input.xlsx")
		if err := workbook.Write(input, samples.Synthetic(pupils, 1), workbook.Options{}); err != nil {
			t.Fatal(err)
		}
		if try(dir, input, filepath.Join(dir, "out")) {
			return
		}
		t.Logf("%d pupils: the build was past that stage before the signal reached it; trying more", pupils)
	}
	t.Fatal("every build finished before the signal reached it")
}

// signalBuild starts planpack build and sends it sig once 300 ms have
// passed and now says a line of its stderr is the moment: waiting for a
// progress line means the signal handler is in place and the temporary
// folder exists. It returns the exit code, -1 when sig killed it, and
// all of stderr. Any signal but SIGKILL must let it stop by itself.
func signalBuild(t *testing.T, bin, input, out string, sig os.Signal, now func(string) bool) (int, string) {
	t.Helper()
	cmd := exec.Command(bin, "build", "-o", out, input)
	cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=1799452800")
	pipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	sc := bufio.NewScanner(pipe)
	signalled := false
	for sc.Scan() {
		stderr.WriteString(sc.Text() + "\n")
		if !signalled && now(sc.Text()) {
			time.Sleep(time.Until(start.Add(300 * time.Millisecond)))
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			signalled = true
		}
	}
	io.Copy(io.Discard, pipe)
	err = cmd.Wait()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0, stderr.String()
	case errors.As(err, &ee):
		if st, ok := ee.Sys().(syscall.WaitStatus); ok && st.Signaled() {
			if st.Signal() == sig {
				return -1, stderr.String()
			}
			t.Fatalf("the build was killed by %v instead of stopping cleanly; stderr:\n%s", st.Signal(), stderr.String())
		}
		return ee.ExitCode(), stderr.String()
	}
	t.Fatal(err)
	return 0, ""
}

// TestKilledBuildIsCleanedUpByTheNext kills a build outright (SIGKILL, as
// a power cut or Task Manager would), checks that it left its temporary
// folder, then builds again into the same place: that build removes the
// dead build's folder, and nothing else that only looks like one — not a
// folder someone named alike, not one whose marker is not planpack's, and
// not a running build's, whose lock is held here.
func TestKilledBuildIsCleanedUpByTheNext(t *testing.T) {
	bin, err := exec.LookPath("planpack")
	if err != nil {
		t.Fatal(err)
	}
	progress := regexp.MustCompile(`planpack: \d+ of \d+ documents drawn`)
	midBuild(t, func(dir, input, out string) bool {
		if code, _ := signalBuild(t, bin, input, out, syscall.SIGKILL, progress.MatchString); code != -1 {
			return false
		}
		dead, _ := filepath.Glob(filepath.Join(dir, ".out.planpack-*"))
		if len(dead) != 1 {
			t.Fatalf("the killed build left %q beside out, want its one temporary folder", dead)
		}
		marker, err := os.ReadFile(filepath.Join(dead[0], ".planpack-staging"))
		if err != nil {
			t.Fatalf("the killed build's folder has no marker: %v", err)
		}
		// Look-alikes the next build must leave alone.
		alike := filepath.Join(dir, ".out.planpack-1234")
		writeFiles(t, alike, map[string]string{"keep.txt": "someone's file"})
		otherText := filepath.Join(dir, ".out.planpack-5678")
		writeFiles(t, otherText, map[string]string{".planpack-staging": "not planpack's text", "keep.txt": "someone's file"})
		running := filepath.Join(dir, ".out.planpack-9012")
		writeFiles(t, running, map[string]string{".planpack-staging": string(marker)})
		lock, err := os.Open(filepath.Join(running, ".planpack-staging"))
		if err != nil {
			t.Fatal(err)
		}
		defer lock.Close()
		if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
			t.Fatal(err)
		}

		var stdout, stderr strings.Builder
		if code := run([]string{"build", "-o", out, input}, &stdout, &stderr); code != exitOK {
			t.Fatalf("rebuild = exit %d\n%s", code, stderr.String())
		}
		if _, err := os.Lstat(dead[0]); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("the killed build's folder %s is still there (%v)", dead[0], err)
		}
		for _, keep := range []string{alike, otherText, running} {
			if _, err := os.Stat(keep); err != nil {
				t.Errorf("%s, which is not a dead build's, was removed: %v", keep, err)
			}
		}
		if _, err := os.Stat(filepath.Join(out, "manifest.json")); err != nil {
			t.Errorf("the rebuild wrote no pack: %v", err)
		}
		return true
	})
}

// TestOutputIsOwnerOnly checks that every file and folder of a pack is
// readable by its owner only: the pack holds children's personal data.
func TestOutputIsOwnerOnly(t *testing.T) {
	dir := t.TempDir()
	school := filepath.Join(dir, "school")
	writeFiles(t, school, map[string]string{
		"pupils.csv": "Pupil ID,Legal Forename,Legal Surname,Date of Birth,Year,Reg Group,SEN Status,Primary Need\n" +
			"1001,Sami,Ahmed,14/03/2018,3,3B,K,SPLD\n1002,Zoe,O'Neill,02/10/2017,4,4C,E,ASD\n",
		"targets.csv": "Pupil ID,Area,Target,Success Criteria,Baseline,Provision,Who,How Often,Group\n" +
			"1001,C&L,To read 20 words,Reads 20 words in 3 sessions,Reads 8 words,Flash cards,TA,daily 10 min,Phonics\n" +
			"1001,SEMH,To ask for help when stuck,Asks for help 4 times in a week,Waits,Help card,Teacher,every lesson,\n" +
			"1002,C&L,To read 10 words,Reads 10 words in 3 sessions,Reads 2 words,Flash cards,TA,daily 10 min,Phonics\n" +
			"1002,S&P,To cut along a line,Cuts along a 10 cm line,Snips only,Fine motor group,TA,3 x 15 min a week,\n",
		"contacts.csv": "Pupil ID,Title,Forename,Surname,Relationship,Priority,Parental Responsibility,Address 1,Town,Postcode,Send Post\n" +
			"1001,Mrs,Rina,Ahmed,Mother,1,Y,12 Mill Lane,Leeds,LS1 4AB,Y\n1002,Mr,Sean,O'Neill,Father,1,Y,3 Elm Road,Leeds,LS2 9CD,Y\n",
	})
	// A permissive umask must not widen what planpack writes.
	old := syscall.Umask(0)
	defer syscall.Umask(old)
	out := filepath.Join(dir, "out")
	var stdout, stderr strings.Builder
	if code := run([]string{"build", "-o", out, school}, &stdout, &stderr); code != exitOK {
		t.Fatalf("build = exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout.String(), stderr.String())
	}
	kinds := map[string]bool{}
	err := filepath.WalkDir(out, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if perm := info.Mode().Perm(); perm&0o077 != 0 {
			t.Errorf("%s has mode %v; only its owner may read it", path, perm)
		}
		kinds[filepath.Ext(path)] = true
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, ext := range []string{".pdf", ".xlsx", ".json", ""} {
		if !kinds[ext] {
			t.Errorf("no %q entries in the pack; the check above saw too little", ext)
		}
	}
}
