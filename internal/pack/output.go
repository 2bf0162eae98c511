package pack

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
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

// Manifest lists every file a build wrote. Its presence in a folder is
// the proof that planpack made that folder, so a later build may replace it.
type Manifest struct {
	Version int            `json:"version"`
	Files   []ManifestFile `json:"files"`
}

const manifestName = "manifest.json"

// staging is the temporary folder a build writes into before it is
// renamed into place. Files are written with owner-only permissions,
// synced, and recorded for the manifest.
type staging struct {
	dir string

	mu    sync.Mutex
	files []ManifestFile
}

func newStaging(out string) (*staging, error) {
	parent := filepath.Dir(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp(parent, "."+filepath.Base(out)+".planpack-")
	if err != nil {
		return nil, err
	}
	return &staging{dir: dir}, nil
}

// write stores a file at rel (slash-separated) by calling fill with a
// buffered writer, then records it with its SHA-256. The whole staging
// folder is temporary, so a file cut short by a failure is never seen
// under its final name; commit syncs every file before the folder is
// renamed into place.
func (s *staging) write(rel, kind, pupil string, pages int, fill func(io.Writer) error) error {
	full := filepath.Join(s.dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(full), 0o700); err != nil {
		return err
	}
	f, err := os.OpenFile(full, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	h := sha256.New()
	buf := bufio.NewWriterSize(io.MultiWriter(f, h), 64<<10)
	err = fill(buf)
	if err == nil {
		err = buf.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.files = append(s.files, ManifestFile{Path: rel, Kind: kind, Pupil: pupil, Pages: pages, SHA256: hex.EncodeToString(h.Sum(nil))})
	s.mu.Unlock()
	return nil
}

func (s *staging) manifest() Manifest {
	s.mu.Lock()
	defer s.mu.Unlock()
	files := append([]ManifestFile(nil), s.files...)
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return Manifest{Version: 1, Files: files}
}

func (s *staging) writeManifest() (Manifest, error) {
	m := s.manifest()
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return m, err
	}
	data = append(data, '\n')
	full := filepath.Join(s.dir, manifestName)
	if err := os.WriteFile(full+".tmp", data, 0o600); err != nil {
		return m, err
	}
	return m, os.Rename(full+".tmp", full)
}

func (s *staging) discard() { os.RemoveAll(s.dir) }

// commit moves the finished folder to out. An existing out folder is
// moved aside first and removed only once the new one is in place.
func (s *staging) commit(out string) error {
	if err := syncTree(s.dir); err != nil {
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
	return syncDir(filepath.Dir(out))
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	// Some systems (Windows) cannot sync a directory; that is not a failure.
	d.Sync()
	return nil
}

// ErrNotOurs is returned when the output folder holds files planpack did
// not write and -force was not given.
var ErrNotOurs = errors.New("not empty and has no planpack manifest.json; choose an empty folder or use -force to replace it")

// checkOut refuses to replace a non-empty folder that planpack did not
// create, unless forced.
func checkOut(out string, force bool) error {
	st, err := os.Stat(out)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !st.IsDir() {
		return fmt.Errorf("%s is a file, not a folder", out)
	}
	if force {
		return nil
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		return err
	}
	if len(entries) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(out, manifestName)); err == nil {
		return nil
	}
	return fmt.Errorf("%s: %w", out, ErrNotOurs)
}

// maxNameBytes keeps names well inside every system's limit, leaving room
// for the folders above them.
const maxNameBytes = 80

var reservedNames = map[string]bool{
	"CON": true, "PRN": true, "AUX": true, "NUL": true,
	"COM1": true, "COM2": true, "COM3": true, "COM4": true, "COM5": true, "COM6": true, "COM7": true, "COM8": true, "COM9": true,
	"LPT1": true, "LPT2": true, "LPT3": true, "LPT4": true, "LPT5": true, "LPT6": true, "LPT7": true, "LPT8": true, "LPT9": true,
}

// SafeName makes s usable as one file or folder name on Windows, macOS and
// Linux: no separators, reserved characters, control characters, trailing
// dots or spaces, or reserved device names, and at most maxNameBytes bytes.
func SafeName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == utf8.RuneError, unicode.IsControl(r), strings.ContainsRune(`<>:"/\|?*`, r):
			b.WriteByte('_')
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	name := strings.Join(strings.Fields(b.String()), " ")
	if len(name) > maxNameBytes {
		cut := maxNameBytes
		for cut > 0 && !utf8.RuneStart(name[cut]) {
			cut--
		}
		name = name[:cut]
	}
	name = strings.TrimRight(name, ". ")
	name = strings.TrimLeft(name, " ")
	if name == "" {
		name = "_"
	}
	base, _, _ := strings.Cut(name, ".")
	if reservedNames[strings.ToUpper(strings.TrimSpace(base))] {
		name = "_" + name
	}
	return name
}

// adopt moves a file written elsewhere in the staging folder to rel and
// records it.
func (s *staging) adopt(src, rel, kind string) error {
	f, err := os.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return err
	}
	if err := os.Rename(src, filepath.Join(s.dir, filepath.FromSlash(rel))); err != nil {
		return err
	}
	s.mu.Lock()
	s.files = append(s.files, ManifestFile{Path: rel, Kind: kind, SHA256: hex.EncodeToString(h.Sum(nil))})
	s.mu.Unlock()
	return nil
}
