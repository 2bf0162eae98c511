package serve

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"planpack/internal/config"
	"planpack/internal/pack"
	"planpack/internal/pdfcat"
	"planpack/internal/plan"
	"planpack/internal/safefile"
)

// outName is the pack's folder inside the term folder: what
// `planpack build -o DIR/out DIR/input.xlsx` writes.
const outName = "out"

// builder runs one build at a time and remembers the last one.
type builder struct {
	ctx context.Context // the server's; ending it cancels a build

	mu      sync.Mutex
	running bool
	done    chan struct{} // closed when no build runs
	drawn   int
	total   int
	stage   string
	last    *buildResult
}

// link is one file the page offers.
type link struct {
	Name  string `json:"name"`
	Href  string `json:"href"`
	Pages int    `json:"pages,omitempty"`
}

type pupilLinks struct {
	Name  string `json:"name"`
	Class string `json:"class"`
	Files []link `json:"files"`
}

// buildResult is what the page shows after a build.
type buildResult struct {
	OK       bool         `json:"ok"`
	Message  string       `json:"message"`
	Problems []string     `json:"problems,omitempty"`
	Print    []link       `json:"print"`
	Teachers []link       `json:"teachers"` // class master copies and group plans
	Classes  []link       `json:"classes"`
	Pupils   []pupilLinks `json:"pupils"`
	ByHand   []string     `json:"by_hand"`
	Finished string       `json:"finished"`

	out     string
	cfg     *config.Config    // the settings it was built with
	letters map[string][2]int // class letters: name → first and last page of print/letters.pdf
}

type buildView struct {
	Running bool         `json:"running"`
	Drawn   int          `json:"drawn"`
	Total   int          `json:"total"`
	Stage   string       `json:"stage"`
	Result  *buildResult `json:"result"`
}

func (b *builder) view() buildView {
	b.mu.Lock()
	defer b.mu.Unlock()
	return buildView{Running: b.running, Drawn: b.drawn, Total: b.total, Stage: b.stage, Result: b.last}
}

func (b *builder) idle() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return !b.running
}

func (b *builder) wait() {
	b.mu.Lock()
	done := b.done
	b.mu.Unlock()
	<-done
}

func (b *builder) result() *buildResult {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.last
}

// Write takes the build's progress lines, as planpack build prints them
// when not on a terminal, and keeps the count for the page.
func (b *builder) Write(p []byte) (int, error) {
	sc := bufio.NewScanner(bytes.NewReader(p))
	for sc.Scan() {
		var n, total int
		if _, err := fmt.Sscanf(sc.Text(), "planpack: %d of %d documents drawn", &n, &total); err == nil {
			b.mu.Lock()
			b.drawn, b.total = n, total
			if n == total {
				b.stage = "Joining the print files and writing the summary"
			}
			b.mu.Unlock()
		}
	}
	return len(p), nil
}

// startBuild starts a build of the checked workbook into DIR/out, with the
// options planpack build uses.
func (s *Server) startBuild(w http.ResponseWriter, _ *noForm) {
	t := s.term
	if !t.canBuild() {
		fail(w, http.StatusConflict, "the pack can be built when the workbook has no errors")
		return
	}
	b := &s.build
	b.mu.Lock()
	b.running, b.drawn, b.total, b.stage = true, 0, 0, "Checking the workbook"
	b.done = make(chan struct{})
	ctx := b.ctx
	b.mu.Unlock()
	if ctx == nil {
		ctx = context.Background()
	}
	out := filepath.Join(s.opt.Dir, outName)
	go func() {
		res := s.runBuild(ctx, t.input, out, t.cfg)
		b.mu.Lock()
		b.last, b.running = res, false
		close(b.done)
		b.mu.Unlock()
		fmt.Fprintf(s.opt.Log, "planpack: %s\n", res.Message)
	}()
	writeJSON(w, http.StatusAccepted, b.view())
}

func (s *Server) runBuild(ctx context.Context, input, out string, cfg *config.Config) *buildResult {
	s.build.mu.Lock()
	s.build.stage = "Drawing the documents"
	s.build.mu.Unlock()
	res, err := pack.Build(ctx, pack.Options{Input: input, Out: out, Config: cfg, Log: &s.build, Today: s.opt.Today})
	r := &buildResult{out: out, cfg: cfg, Finished: time.Now().Format("15:04")}
	switch {
	case errors.Is(err, pack.ErrInput):
		r.Message = "The workbook has errors; nothing was written. Fix them and choose the workbook again."
		for _, p := range res.Problems {
			r.Problems = append(r.Problems, p.Error())
		}
		return r
	case errors.As(err, new(*pack.OutputError)):
		r.Message = "Nothing was written: " + err.Error() + "."
		return r
	case errors.As(err, new(*pack.HistoryError)):
		// The pack is whole; the SENCo files the history by hand or
		// builds again.
		r.ByHand = append(r.ByHand, err.Error()+".")
	case err != nil:
		r.Message = "The pack could not be written: " + err.Error() + ". Nothing was written."
		return r
	}
	r.OK = true
	if r.Message == "" {
		r.Message = fmt.Sprintf("Built %d files (%d pages) for %d pupils into %s.", len(res.Manifest.Files), res.Pages, len(res.School.Pupils)-len(res.Failures), out)
	}
	r.links(res, cfg)
	return r
}

// printNames are the pack's files for the office, in the order the page
// lists them.
var printNames = []string{"print/letters.pdf", "print/plans.pdf", "print/review-packs.pdf", "print/groups.pdf", "print/provision-map.pdf", "summary.xlsx", "next-term.xlsx"}

// links fills in the page's links to the pack and what needs a person.
func (r *buildResult) links(res *pack.Result, cfg *config.Config) {
	files := map[string]pack.ManifestFile{}
	for _, f := range res.Manifest.Files {
		files[f.Path] = f
	}
	for _, n := range printNames {
		if f, ok := files[n]; ok {
			r.Print = append(r.Print, link{Name: path.Base(n), Href: "/pack/" + n, Pages: f.Pages})
		}
	}
	for _, f := range res.Manifest.Files {
		if f.Kind == pack.KindClass || f.Kind == pack.KindGroup {
			r.Teachers = append(r.Teachers, link{Name: f.Path, Href: "/pack/" + escapePath(f.Path), Pages: f.Pages})
		}
	}
	failed := map[*plan.Pupil]bool{}
	for _, f := range res.Failures {
		failed[f.Pupil] = true
		r.ByHand = append(r.ByHand, "No documents were made for "+f.Error()+".")
	}
	// Each pupil's files, as the manifest names them, in print order.
	byPupil := map[string][]pack.ManifestFile{}
	for _, f := range res.Manifest.Files {
		if f.Pupil != "" {
			byPupil[f.Pupil] = append(byPupil[f.Pupil], f)
		}
	}
	for _, p := range res.School.Pupils {
		files := byPupil[pack.PupilKey(p)]
		if failed[p] || len(files) == 0 {
			continue
		}
		pl := pupilLinks{Name: p.Name(), Class: p.RegGroup}
		for _, f := range files {
			pl.Files = append(pl.Files, link{Name: path.Base(f.Path), Href: "/pack/" + escapePath(f.Path), Pages: f.Pages})
		}
		r.Pupils = append(r.Pupils, pl)
	}
	var classes []string
	r.letters, classes = classLetterPages(res)
	for _, c := range classes {
		pr := r.letters[c]
		r.Classes = append(r.Classes, link{Name: c, Href: "/class-letters?class=" + url.QueryEscape(c), Pages: pr[1] - pr[0] + 1})
	}
	for _, h := range plan.Households(res.School.Pupils, cfg) {
		if failed[h.Pupils[0]] || posted(h) {
			continue
		}
		p := h.Pupils[0]
		why := "has no contact to post to"
		if len(h.Contacts) > 0 {
			why = "has no postal address for " + h.NameLine
		}
		r.ByHand = append(r.ByHand, fmt.Sprintf("%s (%s) %s: the letter is addressed to the class, to go home in the book bag.", p.Name(), p.RegGroup, why))
	}
}

// posted reports whether a household's letter goes by post: one of its
// contacts has an address. Otherwise it goes home in the book bag.
func posted(h *plan.Household) bool {
	for _, c := range h.Contacts {
		if len(c.Address) > 0 || c.Town != "" || c.Postcode != "" {
			return true
		}
	}
	return false
}

// classLetterPages finds each class's run of pages in print/letters.pdf
// from where the build put each letter, blank backs between letters
// included so double-sided printing stays safe. Letters are in posting
// order (class, then surname), so a class's letters are together; a
// class found in two places gives no class files rather than wrong ones.
// classes lists the classes in posting order.
func classLetterPages(res *pack.Result) (runs map[string][2]int, classes []string) {
	runs = map[string][2]int{}
	for _, pp := range res.PrintPages {
		if pp.Kind != pack.KindLetter {
			continue
		}
		class := pp.Pupil.RegGroup
		r, seen := runs[class]
		switch {
		case !seen:
			runs[class] = [2]int{pp.First, pp.Last}
			classes = append(classes, class)
		case classes[len(classes)-1] != class:
			return nil, nil
		default:
			runs[class] = [2]int{r[0], pp.Last}
		}
	}
	return runs, classes
}

func (s *Server) buildState(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, s.build.view())
}

// notBuilt is the answer for a download asked for before a build.
func notBuilt(w http.ResponseWriter) {
	http.Error(w, "planpack: the pack has not been built yet", http.StatusNotFound)
}

// packRoot opens the pack folder so that no path read through it can
// leave it, by "..", an absolute path or a symbolic link; when there is
// no pack it answers so and returns nil.
func (s *Server) packRoot(w http.ResponseWriter) *os.Root {
	root, err := os.OpenRoot(filepath.Join(s.opt.Dir, outName))
	if err != nil {
		notBuilt(w)
		return nil
	}
	return root
}

// packFile serves one file of the pack.
func (s *Server) packFile(w http.ResponseWriter, r *http.Request) {
	rel := r.PathValue("path")
	noFile := func() { http.Error(w, "planpack: no such file in the pack", http.StatusNotFound) }
	if !fs.ValidPath(rel) || strings.Contains(rel, `\`) {
		noFile()
		return
	}
	root := s.packRoot(w)
	if root == nil {
		return
	}
	defer root.Close()
	f, err := root.Open(rel)
	if err != nil {
		noFile()
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		noFile()
		return
	}
	if strings.HasSuffix(rel, ".xlsx") {
		// A workbook is opened in Excel, not the browser.
		w.Header().Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
		w.Header().Set("Content-Disposition", downloadName(path.Base(rel)))
	} else {
		w.Header().Set("Content-Disposition", inline(path.Base(rel)))
	}
	http.ServeContent(w, r, path.Base(rel), st.ModTime(), f)
}

// classLetters serves one class's letters, cut from print/letters.pdf.
func (s *Server) classLetters(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("class")
	res := s.build.result()
	if res == nil || res.letters == nil {
		http.Error(w, "planpack: build the pack first", http.StatusNotFound)
		return
	}
	pr, ok := res.letters[name]
	if !ok {
		http.Error(w, "planpack: no letters for that class", http.StatusNotFound)
		return
	}
	root := s.packRoot(w)
	if root == nil {
		return
	}
	defer root.Close()
	data, err := readRoot(root, "print/letters.pdf")
	var src *pdfcat.Source
	if err == nil {
		src, err = pdfcat.Parse(data)
	}
	if err == nil && src.Pages() < pr[1] {
		err = errors.New("print/letters.pdf has changed since the build")
	}
	if err != nil {
		http.Error(w, "planpack: "+err.Error(), http.StatusInternalServerError)
		return
	}
	var buf bytes.Buffer
	pw := pdfcat.NewWriter(&buf)
	err = pw.AddPages(src, pr[0], pr[1])
	if err == nil {
		err = pw.Close(pack.PDFInfo(res.cfg, "Letters for "+name))
	}
	if err != nil {
		http.Error(w, "planpack: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	w.Header().Set("Content-Disposition", inline("letters "+safefile.Name(name)+".pdf"))
	w.Write(buf.Bytes())
}

func readRoot(root *os.Root, rel string) ([]byte, error) {
	f, err := root.Open(rel)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// packZip streams the whole pack as one zip, files as the manifest lists
// them, read through the pack folder's root.
func (s *Server) packZip(w http.ResponseWriter, r *http.Request) {
	if !s.build.idle() {
		http.Error(w, "planpack: a build is running; download the pack when it has finished", http.StatusConflict)
		return
	}
	root := s.packRoot(w)
	if root == nil {
		return
	}
	defer root.Close()
	var names []string
	err := fs.WalkDir(root.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			names = append(names, p)
		}
		return nil
	})
	if err != nil || len(names) == 0 {
		notBuilt(w)
		return
	}
	sort.Strings(names)
	w.Header().Set("Content-Type", "application/zip")
	w.Header().Set("Content-Disposition", downloadName("planpack-pack.zip"))
	zw := zip.NewWriter(w)
	for _, n := range names {
		f, err := root.Open(n)
		if err != nil {
			return // the response has begun: a cut-off zip is refused by any unzip tool
		}
		st, _ := f.Stat()
		hdr := &zip.FileHeader{Name: n, Method: zip.Deflate}
		if st != nil {
			hdr.Modified = st.ModTime()
		}
		zf, err := zw.CreateHeader(hdr)
		if err == nil {
			_, err = io.Copy(zf, f)
		}
		f.Close()
		if err != nil {
			return
		}
	}
	zw.Close()
}

// escapePath escapes each part of a slash-separated path for a link.
func escapePath(p string) string {
	parts := strings.Split(p, "/")
	for i, s := range parts {
		parts[i] = url.PathEscape(s)
	}
	return strings.Join(parts, "/")
}
