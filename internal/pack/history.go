package pack

import (
	"os"
	"path/filepath"

	"planpack/internal/history"
	"planpack/internal/plan"
)

// fileHistory copies each pupil's new plan, with last term's review
// outcomes, into the history folder. It runs after the pack is in place,
// from the files in it, so history never holds a plan that was not built.
func (b *builder) fileHistory(out string, pupils []*plan.Pupil) error {
	dir := b.cfg.Resolve(b.cfg.History)
	for _, p := range pupils {
		pdf, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(pupilDir(p)), "plan.pdf"))
		if err != nil {
			return err
		}
		if err := history.File(dir, historyRecord(b, p), pdf); err != nil {
			return err
		}
	}
	return nil
}

// historyKey names the pupil's history folder: the Pupil ID, or for a
// pupil known only by UPN a digest of it (see history.UPNKey).
func historyKey(p *plan.Pupil) string {
	if p.ID != "" {
		return p.ID
	}
	return history.UPNKey(p.UPN)
}

func historyRecord(b *builder, p *plan.Pupil) history.Record {
	r := history.Record{
		PupilID: historyKey(p), Name: p.Name(), Term: b.cfg.Term.Name,
		PlanDate: b.cfg.Term.PlanDate, ReviewDate: b.cfg.Term.ReviewDate,
	}
	for _, t := range p.Targets {
		r.Targets = append(r.Targets, history.Target{No: t.No, Area: string(t.Area), Target: t.Text, Success: t.Success, CarriedForward: t.CarriedForward})
	}
	for _, rv := range p.Reviews {
		r.Reviewed = append(r.Reviewed, history.Outcome{No: rv.TargetNo, Target: rv.Target, Outcome: string(rv.Outcome), Rating: rv.Rating, Comment: rv.Comment, CarryForward: rv.CarryForward})
	}
	return r
}
