package sheet

import (
	"planpack/internal/diag"
)

// splitFlat splits a one-sheet export (one row a target, pupil columns
// repeated) into a Pupils table, from the first row of each pupil, and a
// Targets table. A pupil column that differs between two rows of the same
// pupil is an error naming both cells: planpack cannot know which is right.
func splitFlat(s *Sheet) (pupils, targets *Sheet, probs diag.List) {
	pupils = &Sheet{Table: &Pupils, Name: s.Name, Pos: s.Pos, Header: map[string]diag.Pos{},
		Unknown: s.Unknown, Ignored: s.Ignored, System: s.System, Report: s.Report}
	targets = &Sheet{Table: &Targets, Name: s.Name, Pos: s.Pos, Header: map[string]diag.Pos{}}
	for col, p := range s.Header {
		if Pupils.Column(col) != nil {
			pupils.Header[col] = p
		}
		if Targets.Column(col) != nil {
			targets.Header[col] = p
		}
	}
	var pcols, tcols *columns
	if len(s.Rows) > 0 {
		all := s.Rows[0].cols
		pcols = newColumns(s.Header, func(c string) bool { return Pupils.Column(c) != nil }, all.date1904)
		tcols = newColumns(s.Header, func(c string) bool { return Targets.Column(c) != nil }, all.date1904)
	}
	first := map[string]int{} // pupil key → index in pupils.Rows
	for _, r := range s.Rows {
		pr, tr := r.project(pcols), r.project(tcols)
		key := flatKey(r)
		if key == "" {
			// No pupil named: keep it as a target so the check reports it.
			if !tr.empty() {
				targets.Rows = append(targets.Rows, tr)
			}
			continue
		}
		if i, seen := first[key]; seen {
			prev := pupils.Rows[i]
			for k, col := range pcols.name {
				if col == ColPupilID || col == ColUPN || pr.text[k] == prev.text[k] {
					continue
				}
				probs.Errorf(pr.cell(k).Pos, "%q here but %q in %s for the same pupil; make every row of a pupil say the same", pr.text[k], prev.text[k], prev.cell(k).Pos.Cell())
			}
		} else {
			first[key] = len(pupils.Rows)
			pupils.Rows = append(pupils.Rows, pr)
		}
		if hasTarget(tr) {
			targets.Rows = append(targets.Rows, tr)
		}
	}
	return pupils, targets, probs
}

// flatKey is the pupil a flat row belongs to: Pupil ID, else UPN.
func flatKey(r Row) string {
	if id := r.Get(ColPupilID); id != "" {
		return "id:" + id
	}
	if upn := r.Get(ColUPN); upn != "" {
		return "upn:" + upn
	}
	return ""
}

// hasTarget reports whether a flat row has any target cell filled in: a
// pupil with no targets yet appears once with the target columns blank.
func hasTarget(r Row) bool {
	for i, col := range r.cols.name {
		if col != ColPupilID && col != ColUPN && r.text[i] != "" {
			return true
		}
	}
	return false
}
