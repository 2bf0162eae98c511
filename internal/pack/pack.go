// Package pack is the build pipeline: it checks the input, then renders
// every pupil's documents in a worker pool into a temporary folder, adds
// the class copies, the combined print files, the summary and next term's
// workbook, writes the manifest, and renames the folder into place. One
// pupil's failure fails that pupil only; an input error writes nothing.
package pack

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"time"

	"planpack/fonts"
	"planpack/internal/config"
	"planpack/internal/diag"
	"planpack/internal/pdfcat"
	"planpack/internal/phrase"
	"planpack/internal/plan"
	"planpack/internal/pool"
	"planpack/internal/safefile"
	"planpack/render"
	"planpack/templates"
)

// Options are what a check or build needs.
type Options struct {
	Input   string
	Out     string // the output folder; build only
	Config  *config.Config
	Force   bool // replace an output folder planpack did not write (never a protected one: see checkOut)
	Strict  bool // warnings count as errors
	Workers int  // 0: one per CPU
	// Log receives progress lines; nil discards them.
	Log io.Writer
	// Today is the date "in the past" is measured against; zero: now.
	Today time.Time
}

// Failure is one pupil whose documents could not be made.
type Failure struct {
	Pupil *plan.Pupil
	Err   error
}

func (f Failure) Error() string {
	return fmt.Sprintf("%s (%s, %s): %v", f.Pupil.Name(), f.Pupil.ID, f.Pupil.RegGroup, f.Err)
}

// Result is what a build made.
type Result struct {
	School   *plan.School
	Problems diag.List
	Failures []Failure
	Manifest Manifest
	Pages    int
	// PrintPages says which pages of the combined print files are whose,
	// so they can be cut apart (a class's letters) without working out
	// the order again.
	PrintPages []PrintPages
}

// PrintPages is one pupil's document in a combined print file: pages
// First to Last (1-based, inclusive) of File. A letter is the pupil's
// household's, listed under the pupil whose letter it is (the first of
// siblings sharing one). When printing double-sided a blank page may
// follow Last, so that the next document starts on a front.
type PrintPages struct {
	File        string // "print/letters.pdf"
	Kind        string // KindPlan, KindReviewPack or KindLetter
	Pupil       *plan.Pupil
	First, Last int
}

// ErrInput means the input has errors; they are in Result.Problems and
// nothing was written.
var ErrInput = errors.New("the input has errors; nothing was written")

// ConfigError is a problem with planpack.toml or what it names (the
// templates folder, the logo): nothing was written.
type ConfigError struct{ Err error }

func (e *ConfigError) Error() string { return e.Err.Error() }
func (e *ConfigError) Unwrap() error { return e.Err }

// HistoryError means the pack was written in full but filing it in the
// history folder failed.
type HistoryError struct{ Err error }

func (e *HistoryError) Error() string {
	return "the pack was written, but filing it in the history folder failed: " + e.Err.Error()
}
func (e *HistoryError) Unwrap() error { return e.Err }

// Check reads and validates the input and returns every problem, sorted.
func Check(opt Options) (*plan.School, diag.List) {
	s, problems := plan.Load(opt.Input, plan.Options{
		Config:    opt.Config,
		Rewriter:  phrase.New(opt.Config.Phrasing.Glossary),
		Printable: fonts.Unprintable,
		Today:     opt.Today,
	})
	if s != nil && len(s.Pupils) == 0 && !problems.HasErrors() {
		problems.Warnf(diag.Pos{File: opt.Input, Sheet: "Pupils"}, "no pupils: the Pupils sheet has its header row but nobody under it; paste the SEN register export under the headers")
	}
	if opt.Strict {
		problems = problems.Strict()
	}
	problems.Sort()
	return s, problems
}

// maxLetterFailures is how many families' failing letters CheckTemplates
// reports before it stops trying: a template that runs away for every
// family would otherwise spend its time cap once for each.
const maxLetterFailures = 5

// CheckTemplates loads what planpack.toml names besides its settings —
// the templates folder and the logo — as a build would, so check refuses
// what build would refuse. Then it writes every family's letter as build
// would and throws the text away, so a letter template that fails
// only for some families (it runs past the caps on a long list of
// targets, say) is found by check, naming the template file and the
// family, rather than failing those pupils in the middle of a build. The
// error is a *ConfigError.
func CheckTemplates(cfg *config.Config, school *plan.School) error {
	_, letters, err := assets(cfg)
	if err != nil || school == nil {
		return err
	}
	households := plan.Households(school.Pupils, cfg)
	var errs []error
	for i, h := range households {
		if len(errs) == maxLetterFailures {
			errs = append(errs, fmt.Errorf("the other %d families' letters were not tried; put the template right and check again", len(households)-i))
			break
		}
		if _, err := letters.Render(cfg.Letters.Template, h.Language, templates.NewLetterData(cfg, h)); err != nil {
			errs = append(errs, fmt.Errorf("%w (in the letter %s)", err, family(h)))
		}
	}
	if len(errs) > 0 {
		return &ConfigError{errors.Join(errs...)}
	}
	return nil
}

// family names a household's letter in a message: who it goes to and the
// children it is about, by name and Pupil ID (never the UPN).
func family(h *plan.Household) string {
	var kids []string
	for _, p := range h.Pupils {
		k := p.Name()
		if p.ID != "" {
			k += " (" + p.ID + ")"
		}
		kids = append(kids, k)
	}
	if h.NameLine == "" || len(h.Contacts) == 0 {
		return "home in the book bag about " + plan.JoinAnd(kids)
	}
	return "to " + h.NameLine + " about " + plan.JoinAnd(kids)
}

func assets(cfg *config.Config) (*templates.Set, *templates.Letters, error) {
	set, err := templates.Load(cfg.Resolve(cfg.Templates.Dir))
	if err != nil {
		return nil, nil, &ConfigError{err}
	}
	letters, err := templates.LoadLetters(set.FS())
	if err != nil {
		return nil, nil, &ConfigError{err}
	}
	if err := render.CheckLogo(cfg); err != nil {
		return nil, nil, &ConfigError{err}
	}
	return set, letters, nil
}

// builder holds what every worker shares during one build.
type builder struct {
	cfg     *config.Config
	set     *templates.Set
	letters *templates.Letters
	stage   *staging
	school  *plan.School

	// The term's provision, priced, and each pupil's share of it.
	provision   *plan.ProvisionMap
	pupilCosts  []*plan.PupilCost
	costByPupil map[*plan.Pupil]*plan.PupilCost

	mu     sync.Mutex
	failed map[*plan.Pupil]error
}

// Build checks the input and writes the whole pack into opt.Out.
func Build(ctx context.Context, opt Options) (*Result, error) {
	log := opt.Log
	if log == nil {
		log = io.Discard
	}
	school, problems := Check(opt)
	// Reading a workbook leaves a lot of garbage behind; hand it back
	// before drawing starts rather than carry it through the build.
	debug.FreeOSMemory()
	res := &Result{School: school, Problems: problems}
	if problems.HasErrors() || school == nil {
		return res, ErrInput
	}
	if err := checkOut(opt); err != nil {
		return res, err
	}
	set, letters, err := assets(opt.Config)
	if err != nil {
		return res, err
	}
	stage, err := newStaging(opt)
	if err != nil {
		return res, fmt.Errorf("making a temporary folder beside %s: %w", opt.Out, err)
	}
	committed := false
	defer func() {
		if !committed {
			stage.discard()
		}
	}()

	b := &builder{
		cfg: opt.Config, set: set, letters: letters, stage: stage, school: school,
		failed: map[*plan.Pupil]error{},
	}
	b.provision, b.pupilCosts = plan.CostProvision(school.Pupils, costing(opt.Config))
	b.costByPupil = make(map[*plan.Pupil]*plan.PupilCost, len(b.pupilCosts))
	for _, pc := range b.pupilCosts {
		b.costByPupil[pc.Pupil] = pc
	}
	households := plan.Households(school.Pupils, opt.Config)
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	batches := b.makeBatches(school.Pupils, households)
	total := 0
	for _, bt := range batches {
		total += len(bt.items)
	}
	prog := newProgress(log, total)
	if err := b.renderAll(ctx, batches, workers, prog); err != nil {
		return res, err
	}
	prog.done()
	ok := make([]*plan.Pupil, 0, len(school.Pupils))
	for _, p := range school.Pupils {
		if err := b.failed[p]; err != nil {
			res.Failures = append(res.Failures, Failure{Pupil: p, Err: err})
		} else {
			ok = append(ok, p)
		}
	}
	if err := b.combined(ctx, ok, batches, workers); err != nil {
		return res, err
	}
	// The print files and the summary need every pupil's files; they are
	// written last, side by side.
	final := []func() error{
		func() error { return b.join(KindPlan, batches) },
		func() error { return b.join(KindReviewPack, batches) },
		func() error { return b.join(KindLetter, batches) },
		func() error {
			weeks := plan.TermWeeks(b.cfg.Term.PlanDate, b.cfg.Term.ReviewDate)
			return b.document("print/provision-map.pdf", KindProvisionMap, func(d *render.Doc) error { return d.ProvisionMap(b.provision, weeks) })
		},
		func() error {
			if err := b.summary(res, households); err != nil {
				return fmt.Errorf("writing summary.xlsx: %w", err)
			}
			return nil
		},
	}
	if err := pool.Run(ctx, workers, len(final), func(i int) error { return final[i]() }); err != nil {
		return res, err
	}
	res.PrintPages = printPages(batches)
	os.RemoveAll(filepath.Join(stage.dir, batchesDir))
	m, err := stage.writeManifest()
	if err != nil {
		return res, err
	}
	res.Manifest = m
	for _, f := range m.Files {
		res.Pages += f.Pages
	}
	if err := stage.commit(opt.Out); err != nil {
		return res, fmt.Errorf("moving the finished pack into %s: %w", opt.Out, err)
	}
	committed = true
	if opt.Config.History != "" {
		if err := b.fileHistory(opt.Out, ok); err != nil {
			return res, &HistoryError{err}
		}
	}
	return res, nil
}

func (b *builder) fail(p *plan.Pupil, err error) {
	b.mu.Lock()
	b.failed[p] = err
	b.mu.Unlock()
}

// pupilDir is pupils/<Reg Group>/<Surname> <Preferred> (<Pupil ID>):
// a name a person finds in a file browser, never the UPN.
func pupilDir(p *plan.Pupil) string {
	return path.Join("pupils", safefile.Name(p.RegGroup), safefile.Name(fmt.Sprintf("%s %s (%s)", p.LegalSurname, p.Forename(), PupilKey(p))))
}

// uniqueNames returns a function making safe file names that differ from
// each other even where the systems schools use ignore case: "5/6M" and
// "5_6M", or "3b" and "3B", would otherwise be one file.
func uniqueNames() func(string) string {
	seen := map[string]int{}
	return func(name string) string {
		n := safefile.Name(name)
		k := strings.ToLower(n)
		seen[k]++
		if seen[k] > 1 {
			n = fmt.Sprintf("%s (%d)", n, seen[k])
		}
		return n
	}
}

// PupilKey names a pupil in file names and the manifest: the Pupil ID, or
// for a school that keys its export by UPN alone, the pupil's row — never
// the UPN, which must not leave the school's systems.
func PupilKey(p *plan.Pupil) string {
	if p.ID != "" {
		return p.ID
	}
	return fmt.Sprintf("row %d", p.Pos.Row)
}

// beforePupil lets tests make one pupil's document of one kind fail.
var beforePupil func(kind string, p *plan.Pupil)

// document renders one document that belongs to no single pupil (a class
// copy, a group plan) with draw and writes it to rel.
func (b *builder) document(rel, kind string, draw func(d *render.Doc) error) (err error) {
	defer render.Guard(&err, "") // the caller names the document
	d, err := render.NewDoc(b.cfg)
	if err != nil {
		return err
	}
	d.SetCompression(false) // pdfcat deflates each page once as it copies it
	if err := draw(d); err != nil {
		return err
	}
	data, err := d.Bytes()
	if err != nil {
		return err
	}
	src, err := pdfcat.Parse(data)
	if err != nil {
		return err
	}
	src.Compress = true
	return b.stage.write(rel, kind, "", src.Pages(), b.pageRange(src, 1, src.Pages(), d.Title()))
}

// letter renders one household's letter into d.
func (b *builder) letter(d *render.Doc, h *plan.Household) error {
	body, err := b.letters.Render(b.cfg.Letters.Template, h.Language, templates.NewLetterData(b.cfg, h))
	if err != nil {
		return err
	}
	return d.Letter(h, body)
}

// combined writes every pupil's own files from the batches, draws the
// class copies and group plans, and writes next term's workbook.
func (b *builder) combined(ctx context.Context, pupils []*plan.Pupil, batches []*batch, workers int) error {
	type job struct {
		rel, kind string
		draw      func(d *render.Doc) error
	}
	var jobs []job
	classes := map[string][]*plan.Pupil{}
	var names []string
	for _, p := range pupils {
		if classes[p.RegGroup] == nil {
			names = append(names, p.RegGroup)
		}
		classes[p.RegGroup] = append(classes[p.RegGroup], p)
	}
	sort.Strings(names)
	classFile := uniqueNames()
	for _, name := range names {
		members := classes[name]
		jobs = append(jobs, job{"classes/" + classFile(name) + ".pdf", KindClass, func(d *render.Doc) error { return d.Class(name, members) }})
	}
	groups := b.groups(pupils)
	groupFile := uniqueNames()
	for _, g := range groups {
		jobs = append(jobs, job{"groups/" + groupFile(g.Name) + ".pdf", KindGroup, func(d *render.Doc) error { return d.Group(g) }})
	}
	if len(groups) > 0 {
		jobs = append(jobs, job{"print/groups.pdf", KindPrintGroups, func(d *render.Doc) error {
			for _, g := range groups {
				d.StartDocument()
				if err := d.Group(g); err != nil {
					return fmt.Errorf("group %s: %w", g.Name, err)
				}
			}
			return nil
		}})
	}
	return pool.Run(ctx, workers, len(batches)+1+len(jobs), func(i int) error {
		switch {
		case i < len(batches):
			return b.splitBatch(batches[i])
		case i == len(batches):
			if err := b.nextTerm(); err != nil {
				return fmt.Errorf("writing next-term.xlsx: %w", err)
			}
			return nil
		}
		j := jobs[i-len(batches)-1]
		if err := b.document(j.rel, j.kind, j.draw); err != nil {
			return fmt.Errorf("%s: %w", j.rel, err)
		}
		return nil
	})
}

// groups gathers the intervention groups among pupils and works out how
// many sessions each tracking grid needs: the sessions a week its How Often
// gives, over the weeks from the plan date to the review date. Where How
// Often cannot be read, one row a week.
func (b *builder) groups(pupils []*plan.Pupil) []*plan.Group {
	groups := plan.Groups(pupils)
	days := b.cfg.Term.ReviewDate.Sub(b.cfg.Term.PlanDate).Hours() / 24
	weeks := max(int(math.Ceil(days/7)), 1)
	for _, g := range groups {
		g.Sessions = weeks
		if n := plan.ParseFrequency(g.HowOften).SessionsIn(weeks); n > 0 {
			g.Sessions = n
		}
	}
	return groups
}

// progress reports on the build: a bar on a terminal, log lines otherwise.
type progress struct {
	w     io.Writer
	tty   bool
	total int
	mu    sync.Mutex
	n     int
}

func newProgress(w io.Writer, total int) *progress {
	tty := false
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			tty = true
		}
	}
	return &progress{w: w, tty: tty, total: total}
}

// add records n more documents drawn.
func (p *progress) add(n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	before := p.n
	p.n += n
	if p.tty {
		const width = 30
		filled := width * p.n / max(p.total, 1)
		fmt.Fprintf(p.w, "\r[%-*s] %d/%d documents", width, strings.Repeat("#", filled), p.n, p.total)
		return
	}
	// Without a terminal, a line every tenth of the way keeps logs short.
	step := max(p.total/10, 1)
	if p.n/step != before/step || p.n == p.total {
		fmt.Fprintf(p.w, "planpack: %d of %d documents drawn\n", p.n, p.total)
	}
}

func (p *progress) done() {
	if p.tty {
		fmt.Fprintln(p.w)
	}
}
