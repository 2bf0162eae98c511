package serve

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"planpack/internal/config"
	"planpack/internal/diag"
	"planpack/internal/pack"
	"planpack/internal/plan"
	"planpack/internal/safefile"
)

// MaxUpload is the largest workbook the page takes: the most planpack
// reads of a workbook unpacked, so no file it would refuse is kept.
const MaxUpload = 64 << 20

// inputNames are the workbook names a term folder holds, in the order they
// are looked for: what planpack init writes, then a CSV export.
var inputNames = []string{"input.xlsx", "input.csv"}

// termState is what the page shows of the term folder, as last checked.
type termState struct {
	input    string // the workbook's path; "" when the folder has none
	digest   string // its sha256 when checked, so edits to a changed file are refused
	cfg      *config.Config
	cfgErr   error
	school   *plan.School
	problems diag.List
	wording  *wordingView // the child sentences, worked out once a check
}

// loadTerm finds the workbook and config in the folder and checks them.
// The caller holds s.mu.
func (s *Server) loadTerm() {
	t := termState{}
	for _, n := range inputNames {
		p := filepath.Join(s.opt.Dir, n)
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			t.input = p
			break
		}
	}
	t.cfg, t.cfgErr = config.Find("", filepath.Join(s.opt.Dir, inputNames[0]))
	if t.input != "" && t.cfgErr == nil {
		if data, err := os.ReadFile(t.input); err == nil {
			sum := sha256.Sum256(data)
			t.digest = hex.EncodeToString(sum[:])
		}
		t.school, t.problems = pack.Check(pack.Options{Input: t.input, Config: t.cfg, Today: s.opt.Today})
		if err := pack.CheckTemplates(t.cfg, t.school); err != nil {
			t.cfgErr = err
		}
		if t.school != nil {
			t.wording = wordingFor(&t)
		}
	}
	s.term = t
}

// canBuild reports whether the pack can be built: a workbook with no
// errors and a planpack.toml that loads.
func (t *termState) canBuild() bool {
	return t.input != "" && t.cfgErr == nil && t.school != nil && !t.problems.HasErrors()
}

// problemView is one problem as the page lists it.
type problemView struct {
	Error   bool   `json:"error"`
	File    string `json:"file"`
	Sheet   string `json:"sheet"`
	Cell    string `json:"cell"`
	Column  string `json:"column"`
	Message string `json:"message"`
	Line    string `json:"line"` // as planpack check prints it
}

// stateView is everything the page shows.
type stateView struct {
	Dir       string        `json:"dir"`
	Workbook  string        `json:"workbook"` // file name, "" when none
	Config    string        `json:"config"`   // planpack.toml's path, "" when defaults
	ConfigErr string        `json:"config_error"`
	Pupils    int           `json:"pupils"`
	Errors    int           `json:"errors"`
	Warnings  int           `json:"warnings"`
	Problems  []problemView `json:"problems"`
	Settings  *settingsView `json:"settings"`
	Wording   *wordingView  `json:"wording"`
	Evidence  *evidenceView `json:"evidence"`
	Build     buildView     `json:"build"`
	CanBuild  bool          `json:"can_build"`
	Notice    string        `json:"notice,omitempty"`
}

// view is the page's state. The caller holds s.mu.
func (s *Server) view() stateView {
	t := &s.term
	v := stateView{Dir: s.opt.Dir, Build: s.build.view()}
	if t.input != "" {
		v.Workbook = filepath.Base(t.input)
	}
	if t.cfg != nil {
		v.Config = t.cfg.Path
	}
	if t.cfgErr != nil {
		v.ConfigErr = t.cfgErr.Error()
	}
	if t.school != nil {
		v.Pupils = len(t.school.Pupils)
	}
	v.Errors, v.Warnings = t.problems.Count()
	v.Problems = errorsFirst(t.problems)
	v.Settings = s.settings()
	v.Wording = t.wording
	v.Evidence = evidenceFor(t.cfg)
	v.CanBuild = t.canBuild()
	return v
}

// errorsFirst lists the problems as check prints them, errors before
// warnings, each kept in sheet and row order.
func errorsFirst(l diag.List) []problemView {
	out := make([]problemView, 0, len(l))
	for _, p := range l {
		out = append(out, problemView{
			Error: p.Severity == diag.Error, File: filepath.Base(p.Pos.File), Sheet: p.Pos.Sheet,
			Cell: p.Pos.Cell(), Column: p.Pos.Column, Message: p.Message, Line: p.Error(),
		})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Error && !out[j].Error })
	return out
}

func (s *Server) state(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	writeJSON(w, http.StatusOK, s.view())
}

// workbookUpload is a chosen workbook: the request body as it is, its
// name in the X-File-Name header.
type workbookUpload struct {
	name, ext string
	data      []byte
}

// readFrom refuses what planpack would not read, by its name or its size,
// before and while reading it.
func (u *workbookUpload) readFrom(w http.ResponseWriter, r *http.Request) (int, error) {
	u.name = r.Header.Get("X-File-Name")
	u.ext = strings.ToLower(filepath.Ext(u.name))
	if u.ext != ".xlsx" && u.ext != ".csv" {
		return http.StatusBadRequest, fmt.Errorf("%q is not a workbook planpack reads: choose the .xlsx export (or a .csv file)", u.name)
	}
	if r.ContentLength > MaxUpload {
		return http.StatusRequestEntityTooLarge, fmt.Errorf("%s is %s; planpack reads workbooks up to 64 MB. Export fewer columns or years, or save as .xlsx rather than .xls", u.name, megabytes(r.ContentLength))
	}
	var err error
	u.data, err = io.ReadAll(http.MaxBytesReader(w, r.Body, MaxUpload))
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return http.StatusRequestEntityTooLarge, fmt.Errorf("%s is larger than 64 MB, the most planpack reads. Export fewer columns or years", u.name)
	}
	if err != nil {
		return http.StatusBadRequest, fmt.Errorf("reading %s: %v", u.name, err)
	}
	return 0, nil
}

// upload saves a chosen workbook into the folder as input.xlsx (or
// input.csv) and checks it. A file already there under that name and
// different is kept, renamed with the time it was replaced.
func (s *Server) upload(w http.ResponseWriter, u *workbookUpload) {
	name, ext, data := u.name, u.ext, u.data
	dest := filepath.Join(s.opt.Dir, "input"+ext)
	kept, err := keepCopy(dest, data)
	if err == nil {
		err = safefile.Write(dest, 0o600, safefile.Options{}, func(w io.Writer) error { _, err := w.Write(data); return err })
	}
	if err != nil {
		fail(w, http.StatusInternalServerError, "saving %s into %s: %v", name, s.opt.Dir, err)
		return
	}
	// The other kind of input would now be out of date beside this one;
	// keep it too, under its dated name, so the folder holds one workbook.
	for _, n := range inputNames {
		if other := filepath.Join(s.opt.Dir, n); other != dest {
			if k, err := keepCopy(other, nil); err == nil && k != "" {
				os.Remove(other)
				kept = strings.TrimSpace(kept + " " + k)
			}
		}
	}
	fmt.Fprintf(s.opt.Log, "planpack: saved %s as %s\n", name, dest)
	s.loadTerm()
	v := s.view()
	v.Notice = fmt.Sprintf("%s was saved as %s.", name, filepath.Base(dest))
	if kept != "" {
		v.Notice += " The workbook that was there is kept as " + kept + "."
	}
	writeJSON(w, http.StatusOK, v)
}

// keepCopy copies the file at path, when there is one and it differs from
// next, to "<name> (before YYYY-MM-DD HHMMSS).<ext>" beside it, and
// returns that name. Nothing the school made is replaced without a copy,
// and no copy replaces another.
func keepCopy(path string, next []byte) (string, error) {
	old, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	if next != nil && bytes.Equal(old, next) {
		return "", nil
	}
	ext := filepath.Ext(path)
	base := strings.TrimSuffix(filepath.Base(path), ext)
	stamp := time.Now().Format("2006-01-02 150405")
	name := fmt.Sprintf("%s (before %s)%s", base, stamp, ext)
	for i := 2; ; i++ {
		err := safefile.Write(filepath.Join(filepath.Dir(path), name), 0o600, safefile.Options{Keep: true}, func(w io.Writer) error { _, err := w.Write(old); return err })
		if !errors.Is(err, fs.ErrExist) {
			return name, err
		}
		name = fmt.Sprintf("%s (before %s, %d)%s", base, stamp, i, ext)
	}
}

func megabytes(n int64) string { return fmt.Sprintf("%.0f MB", float64(n)/(1<<20)) }
