// Package history keeps each pupil's reviewed plans from term to term.
// Local authorities ask for several reviewed plans in a row when a school
// applies for an EHC needs assessment, so every build files a copy of each
// pupil's plan with the review of last term's targets, and `planpack
// history` lists the last few.
//
// The layout is one folder a pupil and one a term:
//
//	DIR/<Pupil ID>/<plan date> <term name>/plan.pdf
//	DIR/<Pupil ID>/<plan date> <term name>/record.json
//
// A pupil with no Pupil ID, only a UPN, is filed under UPNKey(UPN).
//
// A later build of the same term replaces that term's entry, so running
// build twice never files a plan twice.
package history

import (
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
	"time"

	"planpack/internal/safefile"
)

// Record is one term's plan for one pupil, with the outcomes of the
// previous term's targets that were reviewed when this plan was written.
type Record struct {
	PupilID    string    `json:"pupil_id"`
	Name       string    `json:"name"`
	Term       string    `json:"term"`
	PlanDate   time.Time `json:"plan_date"`
	ReviewDate time.Time `json:"review_date"`
	Targets    []Target  `json:"targets"`
	Reviewed   []Outcome `json:"reviewed,omitempty"` // last term's targets and how they went

	// The pupil as they were that term, for an EHC needs assessment
	// request; never the UPN.
	Pupil Pupil `json:"pupil"`
	// Provision is what the pupil received that term and their share of
	// its cost, priced at that term's rates.
	Provision []Provision `json:"provision,omitempty"`
	Currency  string      `json:"currency,omitempty"`
	TermWeeks float64     `json:"term_weeks,omitempty"`
	// YearEstimate is the term's weekly cost over a school year, against
	// the notional SEN threshold of that year.
	YearEstimate float64 `json:"year_estimate,omitempty"`
	Threshold    float64 `json:"threshold,omitempty"`
	NotCosted    int     `json:"not_costed,omitempty"`
	PartCosted   int     `json:"part_costed,omitempty"`
}

// Pupil is what an EHC needs assessment request asks about the child.
type Pupil struct {
	// The legal names, so lists of filed pupils sort as class lists do;
	// filings made before they were recorded have the full Name only.
	LegalForename string    `json:"legal_forename,omitempty"`
	LegalSurname  string    `json:"legal_surname,omitempty"`
	DOB           time.Time `json:"dob"`
	Year          string    `json:"year"`
	RegGroup      string    `json:"reg_group"`
	SENStatus     string    `json:"sen_status"`
	PrimaryNeed   string    `json:"primary_need,omitempty"`
	SecondaryNeed string    `json:"secondary_need,omitempty"`
	Needs         string    `json:"needs,omitempty"`
}

// Provision is one piece of a term's provision and the pupil's share of
// its cost.
type Provision struct {
	Area       string  `json:"area"`
	Provision  string  `json:"provision"`
	Who        string  `json:"who"`
	HowOften   string  `json:"how_often"`
	Group      string  `json:"group,omitempty"`
	Share      int     `json:"share,omitempty"` // the group's size
	Weekly     float64 `json:"weekly"`
	Term       float64 `json:"term"`
	NotCosted  string  `json:"not_costed,omitempty"`  // why it was not costed
	PartCosted string  `json:"part_costed,omitempty"` // who its cost leaves out
	// CostedAs is whose rate was costed of adults Who offers as
	// alternatives: `at the TA rate, the lower of "Class teacher/TA"`.
	CostedAs string `json:"costed_as,omitempty"`
}

// Target is a target as planned.
type Target struct {
	No             int    `json:"no"`
	Area           string `json:"area"`
	Target         string `json:"target"`
	Success        string `json:"success"`
	CarriedForward bool   `json:"carried_forward,omitempty"`
}

// Outcome is a reviewed target.
type Outcome struct {
	No           int    `json:"no"`
	Target       string `json:"target"`
	Outcome      string `json:"outcome"`
	Rating       int    `json:"rating,omitempty"`
	Comment      string `json:"comment,omitempty"`
	CarryForward bool   `json:"carry_forward,omitempty"`
}

// Entry is a filed term: its record and the plan PDF beside it.
type Entry struct {
	Record Record
	Dir    string
	Plan   string // path of plan.pdf
}

func termFolder(r Record) string {
	return safefile.Name(r.PlanDate.Format("2006-01-02") + " " + r.Term)
}

// File stores r and a copy of the plan at planPDF under dir, replacing an
// earlier filing of the same term. The term's folder is kept to its owner
// (on Windows too: see safefile.Private) and is put in place whole, with
// both files synced, so a filing is never seen half done.
func File(dir string, r Record, planPDF []byte) error {
	target := filepath.Join(dir, safefile.Name(r.PupilID), termFolder(r))
	tmp := target + ".tmp"
	os.RemoveAll(tmp)
	if err := os.MkdirAll(tmp, 0o700); err != nil {
		return err
	}
	if err := safefile.Private(tmp); err != nil {
		return err
	}
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		data []byte
	}{{"record.json", data}, {"plan.pdf", planPDF}} {
		err := safefile.Write(filepath.Join(tmp, f.name), 0o600, safefile.Options{}, func(w io.Writer) error {
			_, err := w.Write(f.data)
			return err
		})
		if err != nil {
			return err
		}
	}
	old := target + ".old"
	os.RemoveAll(old)
	if _, err := os.Stat(target); err == nil {
		if err := os.Rename(target, old); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, target); err != nil {
		return err
	}
	safefile.SyncDir(filepath.Dir(target))
	return os.RemoveAll(old)
}

// UPNKey is the folder a pupil known only by UPN is filed under. Row
// numbers change from term to term, so they cannot name a pupil's
// history, and the UPN itself must not be written out; this is a one-way
// digest of it, the same every term, that `planpack history UPN` finds
// again from the UPN.
func UPNKey(upn string) string {
	sum := sha256.Sum256([]byte("planpack history\x00" + strings.ToUpper(strings.TrimSpace(upn))))
	return "upn-" + hex.EncodeToString(sum[:8])
}

// ErrNoHistory means nothing has been filed for the pupil.
var ErrNoHistory = errors.New("no plans have been filed for this pupil")

// Read returns the pupil's filed terms, newest first.
func Read(dir, pupilID string) ([]Entry, error) {
	base := filepath.Join(dir, safefile.Name(pupilID))
	ents, err := os.ReadDir(base)
	if errors.Is(err, os.ErrNotExist) {
		return nil, ErrNoHistory
	}
	if err != nil {
		return nil, err
	}
	var out []Entry
	for _, e := range ents {
		if !e.IsDir() || filepath.Ext(e.Name()) == ".tmp" || filepath.Ext(e.Name()) == ".old" {
			continue
		}
		d := filepath.Join(base, e.Name())
		data, err := os.ReadFile(filepath.Join(d, "record.json"))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d, err)
		}
		var r Record
		if err := json.Unmarshal(data, &r); err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Join(d, "record.json"), err)
		}
		out = append(out, Entry{Record: r, Dir: d, Plan: filepath.Join(d, "plan.pdf")})
	}
	if len(out) == 0 {
		return nil, ErrNoHistory
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Record.PlanDate.After(out[j].Record.PlanDate) })
	return out, nil
}

// Outcomes returns how each of e's targets went, from the record filed
// after it (which holds the review of e's targets); nil when not yet
// reviewed.
func Outcomes(entries []Entry, i int) map[int]Outcome {
	if i == 0 {
		return nil
	}
	out := map[int]Outcome{}
	for _, o := range entries[i-1].Record.Reviewed {
		out[o.No] = o
	}
	return out
}

// Print writes the last n reviewed terms (and the current one) readably.
func Print(w io.Writer, entries []Entry, n int) {
	for i, e := range entries {
		if i > n {
			break
		}
		r := e.Record
		status := "reviewed"
		outcomes := Outcomes(entries, i)
		if outcomes == nil {
			status = "current, not yet reviewed"
		}
		fmt.Fprintf(w, "%s — %s (plan %s, review %s; %s)\n", r.Name, r.Term, r.PlanDate.Format("2 January 2006"), r.ReviewDate.Format("2 January 2006"), status)
		for _, t := range r.Targets {
			mark := ""
			if t.CarriedForward {
				mark = " [carried forward]"
			}
			fmt.Fprintf(w, "  %d. %s%s\n", t.No, t.Target, mark)
			if o, ok := outcomes[t.No]; ok {
				line := "     outcome: " + o.Outcome
				if o.Comment != "" {
					line += " — " + o.Comment
				}
				fmt.Fprintln(w, line)
			}
		}
		fmt.Fprintf(w, "  plan: %s\n\n", e.Plan)
	}
}
