package serve

import (
	"cmp"
	"errors"
	"fmt"
	"net/http"
	"os"
	"slices"
	"strings"

	"planpack/internal/config"
	"planpack/internal/history"
	"planpack/internal/pack"
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
// cfg holds, by class and name as the pack lists them.
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
		v.Pupils = append(v.Pupils, filedPupil{Key: r.PupilID, Name: r.Name, Class: r.Pupil.RegGroup, Terms: len(entries)})
	}
	slices.SortFunc(v.Pupils, func(a, b filedPupil) int {
		return cmp.Or(cmp.Compare(strings.ToLower(a.Class), strings.ToLower(b.Class)), cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)), cmp.Compare(a.Key, b.Key))
	})
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
