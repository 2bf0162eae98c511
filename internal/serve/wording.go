package serve

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"planpack/internal/diag"
	"planpack/internal/phrase"
	"planpack/internal/safefile"
	"planpack/internal/sheet"
	"planpack/internal/workbook"
)

// rewrite is the child's wording for staff wording, "I can …" when
// success is set, else "I will …": the sentence, why planpack is unsure of
// it, and what it leaves out. Every sentence the page offers comes from
// here.
func rewrite(rw *phrase.Rewriter, staff string, success bool, child phrase.Child) phrase.Wording {
	if success {
		return rw.SuccessFor(staff, child)
	}
	return rw.TargetFor(staff, child)
}

// sentenceView is one of a target's two child sentences.
type sentenceView struct {
	Staff     string `json:"staff"`     // the staff wording it comes from
	Text      string `json:"text"`      // what the child's page will say
	Generated string `json:"generated"` // what planpack would write
	Own       bool   `json:"own"`       // the school wrote it (Child Target / Child Success)
	Unsure    string `json:"unsure"`    // why planpack is unsure of the generated one
	LeftOut   string `json:"left_out"`  // an action the generated one leaves out to be short
	// Draft is the sentence planpack was unsure of, for a SENCo to start
	// from; DraftLeftOut what it leaves out when it is a shorter one.
	Draft        string `json:"draft"`
	DraftLeftOut string `json:"draft_left_out"`
	// TwoSentences is all of the staff wording as two short sentences,
	// offered beside a generated sentence that leaves an action out.
	TwoSentences string `json:"two_sentences"`
}

// targetWording is one target's child sentences as the page lists them.
type targetWording struct {
	Sheet   string       `json:"sheet"`
	Row     int          `json:"row"`
	Pupil   string       `json:"pupil"`
	Class   string       `json:"class"`
	No      int          `json:"no"`
	Area    string       `json:"area"`
	Target  sentenceView `json:"target"`
	Success sentenceView `json:"success"`
	Unsure  bool         `json:"unsure"`
	// LeftOut is set when a generated sentence leaves an action out,
	// which a person should look at after the unsure ones.
	LeftOut bool `json:"left_out"`
	// Editable is false for a carried-forward target made from its
	// Reviews row: its wording is changed there, or by putting the target
	// on the Targets sheet.
	Editable bool `json:"editable"`
}

type wordingView struct {
	Digest   string          `json:"digest"`
	Editable bool            `json:"editable"` // the workbook is an .xlsx
	Targets  []targetWording `json:"targets"`
}

// wordingFor lists every target's child sentences, those planpack is
// unsure of first, then in print order.
func wordingFor(t *termState) *wordingView {
	rw := phrase.New(t.cfg.Phrasing.Glossary)
	v := &wordingView{Digest: t.digest, Editable: strings.EqualFold(filepath.Ext(t.input), ".xlsx")}
	for _, p := range t.school.Pupils {
		child := phrase.Child{Names: p.Forenames(), Pronouns: p.WordingPronouns}
		for _, tg := range p.Targets {
			if tg.Pos.Row == 0 {
				continue // carried forward from the Reviews sheet: no row of its own
			}
			tw := targetWording{Sheet: tg.Pos.Sheet, Row: tg.Pos.Row, Pupil: p.Name(), Class: p.RegGroup, No: tg.No, Area: string(tg.Area),
				Editable: v.Editable && sheet.TableFor(tg.Pos.Sheet) != &sheet.Reviews}
			tw.Target = sentence(rw, tg.Text, tg.ChildTarget, tg.IWill, false, child)
			tw.Success = sentence(rw, tg.Success, tg.ChildSuccess, tg.ICan, true, child)
			tw.Unsure = tw.Target.Unsure != "" || tw.Success.Unsure != ""
			tw.LeftOut = tw.Target.LeftOut != "" || tw.Success.LeftOut != ""
			v.Targets = append(v.Targets, tw)
		}
	}
	unsureFirst(v.Targets)
	return v
}

// unsureFirst puts the targets planpack is unsure of first, then those
// whose sentence leaves an action out, keeping print order within each
// part: they are the ones a person must read.
func unsureFirst(ts []targetWording) {
	rank := func(t targetWording) int {
		switch {
		case t.Unsure:
			return 0
		case t.LeftOut:
			return 1
		}
		return 2
	}
	sort.SliceStable(ts, func(i, j int) bool { return rank(ts[i]) < rank(ts[j]) })
}

func sentence(rw *phrase.Rewriter, staff, own, current string, success bool, child phrase.Child) sentenceView {
	s := sentenceView{Staff: staff, Text: current, Own: own != ""}
	if staff != "" {
		w := rewrite(rw, staff, success, child)
		// What planpack prints is what it would write: for a success
		// line it cannot vouch for, that may be the target as "I can …".
		s.Generated, s.Unsure, s.LeftOut = current, w.Unsure, w.LeftOut
		if w.Unsure != "" {
			s.Draft, s.DraftLeftOut = w.Draft, w.DraftLeftOut
		} else if w.LeftOut != "" {
			s.TwoSentences = w.TwoSentences
		}
	}
	if s.Own {
		s.Unsure, s.LeftOut, s.Draft, s.DraftLeftOut, s.TwoSentences = "", "", "", "", "" // the school's own words always win
	}
	return s
}

// wordingEdit is one target's child sentences as edited on the page; an
// empty sentence clears the cell, so planpack's wording is used again.
type wordingEdit struct {
	Sheet        string `json:"sheet"`
	Row          int    `json:"row"`
	ChildTarget  string `json:"child_target"`
	ChildSuccess string `json:"child_success"`
}

type wordingForm struct {
	Digest string        `json:"digest"`
	Edits  []wordingEdit `json:"edits"`
}

// saveWording writes edited child sentences into the workbook's Child
// Target and Child Success columns, adding them when the sheet has none,
// after keeping a copy of the workbook as it was.
func (s *Server) saveWording(w http.ResponseWriter, form *wordingForm) {
	t := &s.term
	switch {
	case t.input == "":
		fail(w, http.StatusConflict, "choose the workbook first")
		return
	case !strings.EqualFold(filepath.Ext(t.input), ".xlsx"):
		fail(w, http.StatusConflict, "child wording is saved into an .xlsx workbook; save the CSV export as .xlsx in Excel and choose that")
		return
	case form.Digest != t.digest || t.digest == "":
		fail(w, http.StatusConflict, "%s has changed since the page was loaded; your edits were not saved. Reload the page and make them again", filepath.Base(t.input))
		return
	case len(form.Edits) == 0:
		fail(w, http.StatusBadRequest, "no wording was changed")
		return
	}
	kept, err := writeWording(t.input, form.Edits)
	if err != nil {
		fail(w, http.StatusInternalServerError, "%s: %v; the workbook was not changed", filepath.Base(t.input), err)
		return
	}
	fmt.Fprintf(s.opt.Log, "planpack: saved %d child sentences into %s (the workbook as it was is kept as %s)\n", len(form.Edits), t.input, kept)
	s.loadTerm()
	v := s.view()
	v.Notice = fmt.Sprintf("Wording saved into %s. The workbook as it was is kept as %s.", filepath.Base(t.input), kept)
	writeJSON(w, http.StatusOK, v)
}

// writeWording puts the edits into the workbook at path and returns the
// name of the copy kept of it as it was.
func writeWording(path string, edits []wordingEdit) (string, error) {
	book, probs := sheet.Read(path)
	targets := (*sheet.Sheet)(nil)
	if book != nil {
		targets = book.Sheet(sheet.Targets.Name)
	}
	if targets == nil {
		if probs.HasErrors() {
			return "", errors.New(probs.Error())
		}
		return "", errors.New("it has no Targets sheet")
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	cols := map[string]int{}
	for _, name := range []string{sheet.ColChildTarget, sheet.ColChildSuccess} {
		if pos, ok := targets.Header[name]; ok {
			cols[name] = pos.Col
		}
	}
	hdr := diag.Pos{}
	for _, pos := range targets.Header {
		hdr = pos
		break
	}
	if hdr.Row == 0 {
		return "", errors.New("the Targets sheet has no header row")
	}
	sheetName := hdr.Sheet
	for _, name := range []string{sheet.ColChildTarget, sheet.ColChildSuccess} {
		if _, ok := cols[name]; ok {
			continue
		}
		// Add the column after the last header the school wrote.
		rows, err := f.GetRows(sheetName)
		if err != nil {
			return "", err
		}
		last := len(rows[hdr.Row-1])
		for _, c := range cols {
			last = max(last, c)
		}
		cols[name] = last + 1
		if err := f.SetCellStr(sheetName, cell(last+1, hdr.Row), name); err != nil {
			return "", err
		}
	}
	for _, e := range edits {
		if e.Sheet != sheetName || e.Row <= hdr.Row {
			return "", fmt.Errorf("row %d of sheet %q is not a target", e.Row, e.Sheet)
		}
		for name, text := range map[string]string{sheet.ColChildTarget: e.ChildTarget, sheet.ColChildSuccess: e.ChildSuccess} {
			text = strings.Join(strings.Fields(text), " ")
			if err := f.SetCellStr(sheetName, cell(cols[name], e.Row), workbook.SafeText(text)); err != nil {
				return "", err
			}
		}
	}
	kept, err := keepCopy(path, nil)
	if err != nil {
		return "", fmt.Errorf("keeping a copy: %w", err)
	}
	if err := safefile.Write(path, 0o600, safefile.Options{}, func(w io.Writer) error { return f.Write(w) }); err != nil {
		os.Remove(filepath.Join(filepath.Dir(path), kept))
		return "", err
	}
	return kept, nil
}

func cell(col, row int) string { return diag.ColumnName(col) + fmt.Sprint(row) }
