package serve

import (
	"errors"
	"fmt"
	"net/http"
	"os"
	"slices"
	"strings"

	"planpack/internal/config"
	"planpack/internal/history"
	"planpack/internal/pack"
	"planpack/internal/plan"
)

// filedPupil is a pupil with plans in the history folder, as the
// evidence picker lists them: name and class as last filed.
type filedPupil struct {
	// Key is the pupil's folder in the history: the Pupil ID, or for a
	// pupil known by UPN alone a digest of it, so the UPN never reaches
	// the page.
	Key   string `json:"key"`
	Name  string `json:"name"`
	Class string `json:"class"`
	Terms int    `json:"terms"`
}

// evidenceView is what the page offers for evidence packs: the pupils
// with filed plans, or why there are none.
type evidenceView struct {
	History  string       `json:"history"` // the folder; "" when none is set
	Pupils   []filedPupil `json:"pupils"`
	Why      string       `json:"why"`      // why no pack can be made; "" when one can
	Problems []string     `json:"problems"` // filings that could not be read
}

// evidenceFor lists the pupils whose plans the history folder named in
// cfg holds, in the pack's order: by class, then surname and forename.
func evidenceFor(cfg *config.Config) *evidenceView {
	v := &evidenceView{}
	switch {
	case cfg == nil:
		v.Why = "Fix planpack.toml (see above) first: it names the history folder evidence packs are made from."
		return v
	case cfg.History == "":
		v.Why = `No history folder is set in planpack.toml, so no plans are filed from term to term. Add the line history = "history" at the top of planpack.toml; from then on each build files every pupil's plan there, and a pupil's evidence pack can be made here.`
		return v
	}
	v.History = cfg.Resolve(cfg.History)
	ents, err := os.ReadDir(v.History)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		v.Why = fmt.Sprintf("The history folder %s could not be read: %v.", v.History, err)
		return v
	}
	// Each filed pupil with the names the list is sorted by.
	type filed struct {
		view  filedPupil
		order plan.Pupil
	}
	var list []filed
	for _, e := range ents {
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		entries, err := history.Read(v.History, e.Name())
		if errors.Is(err, history.ErrNoHistory) {
			continue
		}
		if err != nil {
			v.Problems = append(v.Problems, err.Error())
			continue
		}
		r := entries[0].Record
		f := filed{
			view:  filedPupil{Key: r.PupilID, Name: r.Name, Class: r.Pupil.RegGroup, Terms: len(entries)},
			order: plan.Pupil{ID: r.PupilID, RegGroup: r.Pupil.RegGroup, LegalForename: r.Pupil.LegalForename, LegalSurname: r.Pupil.LegalSurname},
		}
		if f.order.LegalSurname == "" {
			// Filed before the legal names were kept and not built since
			// (a pupil who has left): the full name is all there is, and
			// its last word is the surname more often than not.
			i := strings.LastIndexByte(r.Name, ' ')
			f.order.LegalForename, f.order.LegalSurname = r.Name[:max(i, 0)], r.Name[i+1:]
		}
		list = append(list, f)
	}
	slices.SortFunc(list, func(a, b filed) int { return plan.PupilOrder(&a.order, &b.order) })
	for _, f := range list {
		v.Pupils = append(v.Pupils, f.view)
	}
	if len(v.Pupils) == 0 {
		v.Why = fmt.Sprintf("No plans have been filed in the history folder %s yet. Each build files every pupil's plan there: build the pack, and the evidence packs are offered here.", v.History)
	}
	return v
}

type evidenceForm struct {
	Pupil string `json:"pupil"` // a filedPupil's Key
}

// evidence sends one pupil's evidence pack, as planpack evidence writes
// it, for the browser to save; nothing is written into the term folder.
func (s *Server) evidence(w http.ResponseWriter, form *evidenceForm) {
	v := evidenceFor(s.term.cfg)
	i := slices.IndexFunc(v.Pupils, func(p filedPupil) bool { return p.Key == form.Pupil })
	if i < 0 {
		why := v.Why
		if why == "" {
			why = fmt.Sprintf("No plans are filed for that pupil in %s; reload the page and choose again.", v.History)
		}
		fail(w, http.StatusNotFound, "%s", why)
		return
	}
	pdf, name, err := pack.EvidencePDF(s.term.cfg, form.Pupil)
	if err != nil {
		fail(w, http.StatusInternalServerError, "the evidence pack for %s could not be made: %v", v.Pupils[i].Name, err)
		return
	}
	fmt.Fprintf(s.opt.Log, "planpack: made the evidence pack %q from %s\n", name, v.History)
	w.Header().Set("Content-Type", "application/pdf")
	w.Header().Set("Content-Disposition", downloadName(name))
	w.Header().Set("Cache-Control", "no-store")
	w.Write(pdf)
}
