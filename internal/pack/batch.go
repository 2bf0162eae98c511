package pack

import (
	"context"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"

	"planpack/internal/config"
	"planpack/internal/pdfcat"
	"planpack/internal/plan"
	"planpack/internal/pool"
	"planpack/render"
)

// batchSize is how many pupils' documents of one kind are drawn into one
// PDF. fpdf's cost is per document (parsing and embedding fonts, a zlib
// writer per stream), not per page, so drawing a batch and cutting it into
// per-pupil files with pdfcat is many times faster than a file at a time;
// a batch also bounds the memory one worker holds. Tests make it smaller
// to join a small school's print files from several batches.
var batchSize = 32

// item is one document in a batch: one pupil's plan, child's page or
// review pack, or one household's letter.
type item struct {
	pupil     *plan.Pupil
	household *plan.Household // letters only
	rel       string          // where the pupil's own copy goes
	title     string          // its PDF title
	first     int             // its pages in the batch PDF, 1-based; 0 when left out
	last      int
}

// batch is a run of documents of one kind drawn into one PDF.
type batch struct {
	kind  string
	items []*item
	file  string // the batch PDF, inside the staging folder
	pages int
	// excluded records the pupils left out when it was drawn, to see
	// whether a pupil who failed elsewhere later means drawing it again.
	excluded map[*plan.Pupil]bool
	// counted is set once the batch's documents are in the progress
	// count: drawing it again makes no more documents.
	counted bool
}

// makeBatches groups the documents of every kind into batches, in print
// order, so each combined print file is the batches of its kind joined.
func (b *builder) makeBatches(pupils []*plan.Pupil, households []*plan.Household) []*batch {
	var out []*batch
	add := func(kind string, items []*item) {
		for i := 0; i < len(items); i += batchSize {
			bt := &batch{kind: kind, items: items[i:min(i+batchSize, len(items))]}
			bt.file = filepath.Join(b.stage.dir, batchesDir, fmt.Sprintf("%s-%04d.pdf", kind, len(out)))
			out = append(out, bt)
		}
	}
	for _, kind := range []string{KindPlan, KindMyPlan, KindReviewPack} {
		var items []*item
		for _, p := range pupils {
			dir := pupilDir(p)
			it := &item{pupil: p}
			switch kind {
			case KindPlan:
				it.rel, it.title = dir+"/plan.pdf", "Support plan — "+p.Name()
			case KindMyPlan:
				it.rel, it.title = dir+"/my-plan.pdf", "My Plan — "+p.Forename()
			case KindReviewPack:
				it.rel, it.title = dir+"/review-pack.pdf", "Review pack — "+p.Name()
			}
			items = append(items, it)
		}
		add(kind, items)
	}
	var letters []*item
	count := map[*plan.Pupil]int{}
	for _, h := range households {
		p := h.Pupils[0]
		count[p]++
		letters = append(letters, &item{pupil: p, household: h,
			rel:   fmt.Sprintf("%s/letter-%d.pdf", pupilDir(p), count[p]),
			title: "Letter about " + p.Name()})
	}
	add(KindLetter, letters)
	return out
}

func (b *builder) isFailed(p *plan.Pupil) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.failed[p] != nil
}

// draw renders one item into d.
func (b *builder) draw(d *render.Doc, kind string, it *item) (err error) {
	defer render.Guard(&err, "") // the caller names the document
	if beforePupil != nil {
		beforePupil(kind, it.pupil)
	}
	if kind == KindLetter {
		return b.letter(d, it.household)
	}
	l, err := b.set.Layout(it.pupil.PlanType)
	if err != nil {
		return err
	}
	switch kind {
	case KindPlan:
		return d.Plan(it.pupil, l)
	case KindMyPlan:
		return d.MyPlan(it.pupil, l)
	default:
		return d.ReviewPack(it.pupil, l)
	}
}

// renderBatch draws a batch into its PDF. When one pupil's document
// fails, that pupil is marked failed and the batch is drawn again without
// them, so the failure costs that pupil only.
func (b *builder) renderBatch(bt *batch) error {
	for {
		d, err := render.NewDoc(b.cfg)
		if err != nil {
			return err
		}
		d.SetCompression(false) // pdfcat deflates the pages as it copies them
		excluded := map[*plan.Pupil]bool{}
		var culprit *item
		var cause error
		drawn := 0
		for _, it := range bt.items {
			it.first, it.last = 0, 0
			if b.isFailed(it.pupil) {
				excluded[it.pupil] = true
				continue
			}
			d.StartDocument()
			it.first = d.Pages() + 1
			if err := b.draw(d, bt.kind, it); err != nil {
				culprit, cause = it, err
				break
			}
			it.last = d.Pages()
			drawn++
		}
		if culprit != nil {
			b.fail(culprit.pupil, fmt.Errorf("%s: %w", kindName(bt.kind), cause))
			continue
		}
		bt.excluded = excluded
		if drawn == 0 {
			bt.pages = 0
			return nil
		}
		// An even page count lets the next batch start on a front side
		// when the batches are joined for double-sided printing.
		d.StartDocument()
		bt.pages = d.Pages()
		return b.stage.scratch(bt.file, d.Write)
	}
}

func kindName(kind string) string {
	switch kind {
	case KindPlan:
		return "plan"
	case KindMyPlan:
		return "my plan"
	case KindReviewPack:
		return "review pack"
	case KindLetter:
		return "letter"
	}
	return kind
}

// stale reports whether a pupil drawn into the batch has failed since.
func (b *builder) stale(bt *batch) bool {
	for _, it := range bt.items {
		if b.isFailed(it.pupil) && !bt.excluded[it.pupil] {
			return true
		}
	}
	return false
}

// renderAll draws every batch with a pool of workers, then draws again
// any batch holding a pupil whose document of another kind failed, until
// no pupil is in one kind's files but not another's.
func (b *builder) renderAll(ctx context.Context, batches []*batch, workers int, prog *progress) error {
	todo := batches
	for len(todo) > 0 {
		if err := pool.Run(ctx, workers, len(todo), func(i int) error {
			bt := todo[i]
			err := b.renderBatch(bt)
			if !bt.counted {
				bt.counted = true
				prog.add(len(bt.items))
			}
			return err
		}); err != nil {
			return err
		}
		var again []*batch
		for _, bt := range batches {
			if b.stale(bt) {
				again = append(again, bt)
			}
		}
		todo = again
	}
	return nil
}

// splitBatch writes each pupil's own files from a batch PDF, deflating
// every page once as it goes, and, for kinds with a print file, keeps the
// deflated batch for join.
func (b *builder) splitBatch(bt *batch) error {
	if bt.pages == 0 {
		return nil
	}
	data, err := os.ReadFile(bt.file)
	if err != nil {
		return err
	}
	src, err := pdfcat.Parse(data)
	if err != nil {
		return fmt.Errorf("%s: %w", bt.file, err)
	}
	src.Compress = true
	if err := b.split(src, bt); err != nil {
		return err
	}
	if rel, _ := printFile(bt.kind); rel == "" {
		return nil
	}
	return b.stage.scratch(bt.file+".z", func(w io.Writer) error {
		pw := pdfcat.NewWriter(w)
		if err := pw.AddPages(src, 1, bt.pages); err != nil {
			return err
		}
		return pw.Close(pdfcat.Info{})
	})
}

// printParts are the batches a kind's print file is joined from, in
// order, and how many pages of the last one it takes: that batch's
// closing blank page is left off, as nothing follows it.
func printParts(kind string, batches []*batch) (parts []*batch, lastPages int) {
	for _, bt := range batches {
		if bt.kind == kind && bt.pages > 0 {
			parts = append(parts, bt)
		}
	}
	if len(parts) == 0 {
		return nil, 0
	}
	for _, it := range parts[len(parts)-1].items {
		lastPages = max(lastPages, it.last)
	}
	return parts, lastPages
}

// printPages lists where each pupil's documents lie in the print files,
// in the order the files hold them, as join writes them.
func printPages(batches []*batch) []PrintPages {
	var out []PrintPages
	for _, kind := range []string{KindPlan, KindReviewPack, KindLetter} {
		rel, _ := printFile(kind)
		parts, _ := printParts(kind, batches)
		offset := 0
		for _, bt := range parts {
			for _, it := range bt.items {
				if it.first > 0 {
					out = append(out, PrintPages{File: rel, Kind: kind, Pupil: it.pupil, First: offset + it.first, Last: offset + it.last})
				}
			}
			offset += bt.pages
		}
	}
	return out
}

// join writes a kind's combined print file from its deflated batches, in
// order and one in memory at a time.
func (b *builder) join(kind string, batches []*batch) error {
	rel, title := printFile(kind)
	parts, end := printParts(kind, batches)
	if rel == "" || len(parts) == 0 {
		return nil
	}
	last := parts[len(parts)-1]
	pages := 0
	for _, bt := range parts {
		pages += bt.pages
	}
	pages -= last.pages - end
	return b.stage.write(rel, "print-"+path.Base(rel[:len(rel)-len(".pdf")]), "", pages, func(w io.Writer) error {
		pw := pdfcat.NewWriter(w)
		for _, bt := range parts {
			data, err := os.ReadFile(bt.file + ".z")
			if err != nil {
				return err
			}
			src, err := pdfcat.Parse(data)
			if err != nil {
				return fmt.Errorf("%s: %w", bt.file, err)
			}
			upTo := bt.pages
			if bt == last {
				upTo = end
			}
			if err := pw.AddPages(src, 1, upTo); err != nil {
				return err
			}
			pw.Release(src)
		}
		return pw.Close(b.info(title))
	})
}

// split writes each pupil's own file from a batch.
func (b *builder) split(src *pdfcat.Source, bt *batch) error {
	for _, it := range bt.items {
		if it.first == 0 {
			continue
		}
		err := b.stage.write(it.rel, bt.kind, PupilKey(it.pupil), it.last-it.first+1, b.pageRange(src, it.first, it.last, it.title))
		if err != nil {
			return fmt.Errorf("%s: %w", it.rel, err)
		}
	}
	return nil
}

// pageRange writes pages from to to (1-based, inclusive) of src as a PDF
// of their own, titled title.
func (b *builder) pageRange(src *pdfcat.Source, from, to int, title string) func(io.Writer) error {
	return func(w io.Writer) error {
		pw := pdfcat.NewWriter(w)
		if err := pw.AddPages(src, from, to); err != nil {
			return err
		}
		return pw.Close(b.info(title))
	}
}

func (b *builder) info(title string) pdfcat.Info { return PDFInfo(b.cfg, title) }

// PDFInfo is what planpack writes into the information of a PDF it cuts
// or joins: the title, the term and the school, dated with the plans so
// a build made twice is the same byte for byte.
func PDFInfo(cfg *config.Config, title string) pdfcat.Info {
	return pdfcat.Info{Title: title, Subject: cfg.Term.Name, Author: cfg.School.Name,
		Creator: "planpack", Producer: "planpack", Date: cfg.Term.PlanDate}
}

// printFile is the combined print file of a kind and its title; my-plan
// pages have none (they go to the child, not the post).
func printFile(kind string) (rel, title string) {
	switch kind {
	case KindPlan:
		return "print/plans.pdf", "Support plans"
	case KindReviewPack:
		return "print/review-packs.pdf", "Review packs"
	case KindLetter:
		return "print/letters.pdf", "Letters"
	}
	return "", ""
}
