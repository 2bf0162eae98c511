package pack

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"planpack/internal/safefile"
)

// File kinds in manifest.json.
const (
	KindPlan             = "plan"
	KindMyPlan           = "my-plan"
	KindLetter           = "letter"
	KindReviewPack       = "review-pack"
	KindClass            = "class"
	KindGroup            = "group"
	KindPrintLetters     = "print-letters"
	KindPrintPlans       = "print-plans"
	KindPrintReviewPacks = "print-review-packs"
	KindPrintGroups      = "print-groups"
	KindProvisionMap     = "provision-map"
	KindSummary          = "summary"
	KindNextTerm         = "next-term"
)

// ManifestFile is one written file.
type ManifestFile struct {
	Path   string `json:"path"`
	Kind   string `json:"kind"`
	Pupil  string `json:"pupil"`
	Pages  int    `json:"pages"`
	SHA256 string `json:"sha256"`
}

// Manifest lists every file a build wrote. A folder holding nothing but
// the files its manifest lists is planpack's, so a later build may
// replace it.
type Manifest struct {
	Version int            `json:"version"`
	Files   []ManifestFile `json:"files"`
}

const manifestName = "manifest.json"

// batchesDir holds the batch PDFs inside the staging folder; it is
// removed before the manifest is written.
const batchesDir = ".batches"

// staging is the temporary folder a build writes into before it is
// renamed into place: ".<out>.planpack-<random>" beside the output, kept
// to its owner, holding a lock file that marks it as a running build's.
// Files are written owner-only and recorded for the manifest.
type staging struct {
	dir    string
	opt    Options  // to look at the output folder again before replacing it
	marker *os.File // locked while the build runs

	mu    sync.Mutex
	files []ManifestFile
	names map[string]bool // lower-cased paths claimed so far
}

// markerName is the lock file in a staging folder. Its lock is held for
// as long as the build runs and the system lets it go however the build
// ends, so a staging folder whose lock can be taken was left by a build
// that was killed (or lost power) and the next build may remove it.
const markerName = ".planpack-staging"

const markerText = "planpack is building a pack here; it renames this folder into place when done.\n" +
	"If no planpack build is running, the next build into the same place removes this folder.\n"

func stagingPrefix(out string) string { return "." + filepath.Base(out) + ".planpack-" }

func newStaging(opt Options) (*staging, error) {
	out, err := filepath.Abs(opt.Out)
	if err != nil {
		return nil, err
	}
	parent := filepath.Dir(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	removeLeftovers(out)
	dir, err := os.MkdirTemp(parent, stagingPrefix(out))
	if err != nil {
		return nil, err
	}
	s := &staging{dir: dir, opt: opt}
	if err := s.mark(); err != nil {
		s.discard()
		return nil, err
	}
	return s, nil
}

// mark keeps the staging folder to its owner and locks its marker. The
// marker is written only once locked: a folder whose marker is empty or
// says something else is never taken for a dead build's.
func (s *staging) mark() error {
	if err := safefile.Private(s.dir); err != nil {
		return fmt.Errorf("keeping %s to its owner: %w", s.dir, err)
	}
	f, err := os.OpenFile(filepath.Join(s.dir, markerName), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	s.marker = f
	if err := safefile.Lock(f); err != nil {
		return err
	}
	if _, err := f.WriteString(markerText); err != nil {
		return err
	}
	return os.Mkdir(filepath.Join(s.dir, batchesDir), 0o700)
}

// unmark lets the marker go, as the folder is either removed or becomes
// the pack. Windows cannot remove or rename a folder holding an open file.
func (s *staging) unmark() {
	if s.marker != nil {
		s.marker.Close()
		os.Remove(s.marker.Name())
		s.marker = nil
	}
}

// removeLeftovers removes, beside out, the staging folders of builds that
// were killed before they could clean up, and an earlier pack moved aside
// by a build killed just before it removed it. Only what planpack names
// and marks as its own is touched: a staging folder whose marker holds
// planpack's text and whose lock no running build holds, or a moved-aside
// pack holding nothing but the files its planpack manifest lists.
func removeLeftovers(out string) {
	parent, prefix := filepath.Dir(out), stagingPrefix(out)
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), prefix)
		// The type comes from the folder listing, without following a
		// link: a link named like a staging folder is left alone.
		if !ok || !e.IsDir() {
			continue
		}
		p := filepath.Join(parent, e.Name())
		switch {
		case digitsOnly(rest):
			if deadStaging(p) {
				os.RemoveAll(p)
			}
		case strings.HasSuffix(rest, ".old") && digitsOnly(strings.TrimSuffix(rest, ".old")):
			if first, _, err := foreign(p); err == nil && first == "" && hasManifest(p) {
				os.RemoveAll(p)
			}
		}
	}
}

func digitsOnly(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// deadStaging reports whether dir is a staging folder whose build is no
// longer running.
func deadStaging(dir string) bool {
	st, err := os.Lstat(filepath.Join(dir, markerName))
	if err != nil || !st.Mode().IsRegular() {
		return false
	}
	f, err := os.OpenFile(filepath.Join(dir, markerName), os.O_RDWR, 0)
	if err != nil {
		return false
	}
	defer f.Close()
	if !safefile.TryLock(f) {
		return false
	}
	text, err := io.ReadAll(io.LimitReader(f, int64(len(markerText))+1))
	return err == nil && string(text) == markerText
}

func hasManifest(dir string) bool {
	st, err := os.Lstat(filepath.Join(dir, manifestName))
	return err == nil && st.Mode().IsRegular()
}

// write stores a file at rel (slash-separated) by calling fill with a
// buffered writer, then records it with its SHA-256. Each file is written
// without its own sync: commit syncs the whole folder before renaming it
// into place, and until then the folder is temporary.
func (s *staging) write(rel, kind, pupil string, pages int, fill func(io.Writer) error) error {
	full := filepath.Join(s.dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(full), 0o700); err != nil {
		return err
	}
	if err := s.reserve(rel); err != nil {
		return err
	}
	h := sha256.New()
	err := safefile.Write(full, 0o600, safefile.Options{NoSync: true}, func(w io.Writer) error {
		buf := bufio.NewWriterSize(io.MultiWriter(w, h), 64<<10)
		if err := fill(buf); err != nil {
			return err
		}
		return buf.Flush()
	})
	if err != nil {
		return err
	}
	s.record(ManifestFile{Path: rel, Kind: kind, Pupil: pupil, Pages: pages, SHA256: hex.EncodeToString(h.Sum(nil))})
	return nil
}

// reserve claims rel for one file. Two documents given one name would be
// a fault, never a reason to lose one of them quietly; names are compared
// as Windows and macOS do, ignoring case. Claiming names here rather than
// having each write refuse an existing file keeps the write a plain
// rename, where a refusing one would copy every file on a USB stick that
// cannot hold hard links.
func (s *staging) reserve(rel string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	key := strings.ToLower(rel)
	if s.names[key] {
		return fmt.Errorf("two documents would both be written as %s", rel)
	}
	if s.names == nil {
		s.names = map[string]bool{}
	}
	s.names[key] = true
	return nil
}

func (s *staging) record(f ManifestFile) {
	s.mu.Lock()
	s.files = append(s.files, f)
	s.mu.Unlock()
}

// scratch writes a working file that is not part of the pack.
func (s *staging) scratch(path string, fill func(io.Writer) error) error {
	return safefile.Write(path, 0o600, safefile.Options{NoSync: true}, fill)
}

func (s *staging) manifest() Manifest {
	s.mu.Lock()
	defer s.mu.Unlock()
	files := append([]ManifestFile(nil), s.files...)
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return Manifest{Version: manifestVersion, Files: files}
}

const manifestVersion = 1

func (s *staging) writeManifest() (Manifest, error) {
	m := s.manifest()
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return m, err
	}
	data = append(data, '\n')
	return m, s.scratch(filepath.Join(s.dir, manifestName), func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

func (s *staging) discard() {
	s.unmark()
	os.RemoveAll(s.dir)
}

// commit moves the finished folder to out. An existing out folder is
// looked at again (a file may have been put there during the build),
// moved aside, and removed only once the new one is in place.
func (s *staging) commit(out string) error {
	if err := checkOut(s.opt); err != nil {
		return err
	}
	s.unmark()
	if err := safefile.SyncTree(s.dir); err != nil {
		return fmt.Errorf("saving the pack to disk: %w", err)
	}
	var old string
	if _, err := os.Lstat(out); err == nil {
		old = s.dir + ".old"
		if err := os.Rename(out, old); err != nil {
			return fmt.Errorf("moving the previous %s aside: %w", out, err)
		}
	}
	if err := os.Rename(s.dir, out); err != nil {
		if old != "" {
			os.Rename(old, out)
		}
		return err
	}
	if old != "" {
		os.RemoveAll(old)
	}
	safefile.SyncDir(filepath.Dir(out))
	return nil
}

// OutputError is an output folder planpack will not replace. Nothing was
// written.
type OutputError struct {
	Out string
	Why string
	Err error // ErrNotOurs or ErrProtected
}

func (e *OutputError) Error() string { return e.Out + ": " + e.Why }
func (e *OutputError) Unwrap() error { return e.Err }

var (
	// ErrNotOurs means the output folder holds something planpack did
	// not write and -force was not given.
	ErrNotOurs = errors.New("the output folder holds files planpack did not write")
	// ErrProtected means the output folder is one no build may replace,
	// even with -force: a filesystem root, a home folder, or one holding
	// the input, the config, the templates or the history.
	ErrProtected = errors.New("the output folder must never be replaced")
)

// checkOut decides whether the build may replace opt.Out. A folder is
// replaced only when everything in it is listed in its planpack
// manifest.json, or with -force; never, even with -force, when it is a
// link, a filesystem root, or holds a home folder, the folder planpack
// was started in, the input, the config, the templates or the history.
func checkOut(opt Options) error {
	out := opt.Out
	st, err := os.Lstat(out)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	refuse := func(sentinel error, format string, args ...any) error {
		return &OutputError{Out: out, Why: fmt.Sprintf(format, args...), Err: sentinel}
	}
	switch {
	case st.Mode()&os.ModeSymlink != 0:
		return refuse(ErrProtected, "is a link; give the folder itself with -o, so it is clear what would be replaced")
	case !st.IsDir():
		return refuse(ErrProtected, "is a file, not a folder; choose a folder for the pack")
	}
	if why := protected(opt); why != "" {
		return refuse(ErrProtected, "planpack never replaces this folder, with or without -force: %s; choose a folder of its own for the pack, such as %s", why, filepath.Join(".", "out"))
	}
	if opt.Force {
		return nil
	}
	first, manifestOK, err := foreign(out)
	if err != nil {
		return err
	}
	switch {
	case first == "":
		return nil
	case manifestOK:
		return refuse(ErrNotOurs, "%s is not in its planpack manifest.json, so planpack did not write it; move it out of the folder, choose another folder, or use -force to replace the folder and everything in it", filepath.Join(out, filepath.FromSlash(first)))
	case hasManifest(out):
		return refuse(ErrNotOurs, "its manifest.json is not one planpack wrote, and %s is not planpack's; choose an empty folder, or use -force to replace the folder and everything in it", filepath.Join(out, filepath.FromSlash(first)))
	}
	return refuse(ErrNotOurs, "%s is not planpack's and the folder has no planpack manifest.json; choose an empty folder, or use -force to replace the folder and everything in it", filepath.Join(out, filepath.FromSlash(first)))
}

// protected says why out must never be replaced, or "" when it may be.
func protected(opt Options) string {
	out := opt.Out
	abs, err := filepath.Abs(out)
	if err != nil {
		return "its full path cannot be worked out (" + err.Error() + ")"
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	if filepath.Dir(abs) == abs {
		return "it is the top of a drive or filesystem"
	}
	outInfo, err := os.Stat(out)
	if err != nil {
		return "it cannot be read (" + err.Error() + ")"
	}
	type keep struct{ what, path string }
	var keeps []keep
	if home, err := os.UserHomeDir(); err == nil && home != "" {
		keeps = append(keeps, keep{"the home folder", home})
	}
	if wd, err := os.Getwd(); err == nil {
		keeps = append(keeps, keep{"the folder planpack was started in", wd})
	}
	keeps = append(keeps, keep{"the input", opt.Input})
	if cfg := opt.Config; cfg != nil {
		keeps = append(keeps, keep{"the config", cfg.Path})
		if cfg.Templates.Dir != "" {
			keeps = append(keeps, keep{"the templates folder", cfg.Resolve(cfg.Templates.Dir)})
		}
		if cfg.History != "" {
			keeps = append(keeps, keep{"the history folder", cfg.Resolve(cfg.History)})
		}
	}
	for _, k := range keeps {
		if k.path != "" && holds(outInfo, k.path) {
			return fmt.Sprintf("it holds %s (%s)", k.what, k.path)
		}
	}
	// The folders beside the user's home (/home/bob, C:\Users\Bob) are
	// other people's homes. Where home sits at the top (/root), its
	// neighbours are the system's own folders, not homes.
	if home, err := os.UserHomeDir(); err == nil && home != "" {
		users := filepath.Dir(home)
		if filepath.Dir(users) != users && sameFile(filepath.Dir(abs), users) {
			return "it is a home folder, beside yours (" + home + ")"
		}
	}
	return ""
}

func sameFile(a, b string) bool {
	sa, err := os.Stat(a)
	if err != nil {
		return false
	}
	sb, err := os.Stat(b)
	return err == nil && os.SameFile(sa, sb)
}

// holds reports whether p is the folder dir or anything inside it. It
// compares files, not names, so a link, a different letter case or a
// second name for the same folder cannot hide p.
func holds(dir os.FileInfo, p string) bool {
	abs, err := filepath.Abs(p)
	if err != nil {
		return false
	}
	for {
		if st, err := os.Stat(abs); err == nil && os.SameFile(dir, st) {
			return true
		}
		up := filepath.Dir(abs)
		if up == abs {
			return false
		}
		abs = up
	}
}

// foreign walks dir in name order and returns the first path in it
// (slash-separated, relative) that planpack did not write: anything not
// listed in a planpack manifest.json, a link, or a folder with nothing
// listed in it. first is "" when everything is planpack's. manifestOK
// reports whether the folder's manifest.json is planpack's.
func foreign(dir string) (first string, manifestOK bool, err error) {
	files, dirs, manifestOK := readManifest(dir)
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == dir {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		switch {
		case d.Type()&fs.ModeSymlink != 0:
		case d.IsDir() && dirs[rel]:
			return nil
		case d.Type().IsRegular() && (files[rel] || rel == manifestName && manifestOK):
			return nil
		}
		first = rel
		return fs.SkipAll
	})
	return first, manifestOK, err
}

// readManifest reads dir's manifest.json if it is planpack's: exactly the
// fields planpack writes, its version, and plain relative paths. It
// returns the files listed and the folders holding them.
func readManifest(dir string) (files, dirs map[string]bool, ok bool) {
	data, err := os.ReadFile(filepath.Join(dir, manifestName))
	if err != nil || !hasManifest(dir) {
		return nil, nil, false
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var m Manifest
	if err := dec.Decode(&m); err != nil || dec.More() || m.Version != manifestVersion || m.Files == nil {
		return nil, nil, false
	}
	files, dirs = map[string]bool{}, map[string]bool{}
	for _, f := range m.Files {
		if !fs.ValidPath(f.Path) || f.Path == "." || f.Path == manifestName || f.Kind == "" || len(f.SHA256) != sha256.Size*2 {
			return nil, nil, false
		}
		files[f.Path] = true
		for d := path.Dir(f.Path); d != "."; d = path.Dir(d) {
			dirs[d] = true
		}
	}
	return files, dirs, true
}

// adopt moves a file written elsewhere in the staging folder to rel and
// records it.
func (s *staging) adopt(src, rel, kind string) error {
	if err := s.reserve(rel); err != nil {
		return err
	}
	sum, err := fileSHA256(src)
	if err != nil {
		return err
	}
	if err := os.Rename(src, filepath.Join(s.dir, filepath.FromSlash(rel))); err != nil {
		return err
	}
	s.record(ManifestFile{Path: rel, Kind: kind, SHA256: sum})
	return nil
}

// fileSHA256 is the file's SHA-256 in hex. The file is closed before it
// returns: Windows cannot rename a file that is still open.
func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
