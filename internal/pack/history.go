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
		Pupil: history.Pupil{
			LegalForename: p.LegalForename, LegalSurname: p.LegalSurname,
			DOB: p.DOB, Year: p.Year, RegGroup: p.RegGroup, SENStatus: p.SENStatus,
			PrimaryNeed: p.PrimaryNeed, SecondaryNeed: p.SecondaryNeed, Needs: p.Needs,
		},
		Currency:  b.cfg.Costs.Currency,
		TermWeeks: plan.TermWeeks(b.cfg.Term.PlanDate, b.cfg.Term.ReviewDate),
		Threshold: b.cfg.Costs.Threshold,
	}
	if pc := b.costOf(p); pc != nil {
		r.YearEstimate, r.NotCosted, r.PartCosted = plan.Money(pc.Year), pc.NotCosted, pc.PartCosted
		for _, l := range pc.Lines {
			hp := history.Provision{
				Area: string(l.Line.Area), Provision: l.Line.Provision, Who: l.Line.Who, HowOften: l.Line.HowOften,
				Group: l.Line.Group, Share: l.Share, Weekly: plan.Money(l.WeeklyCost), Term: plan.Money(l.TermCost),
			}
			if !l.Costed {
				hp.NotCosted = l.Line.NotCosted
			} else {
				hp.PartCosted, hp.CostedAs = l.Line.PartCosted, l.Line.CostedAs
			}
			r.Provision = append(r.Provision, hp)
		}
	}
	for _, t := range p.Targets {
		r.Targets = append(r.Targets, history.Target{No: t.No, Area: string(t.Area), Target: t.Text, Success: t.Success, CarriedForward: t.CarriedForward})
	}
	for _, rv := range p.Reviews {
		r.Reviewed = append(r.Reviewed, history.Outcome{No: rv.TargetNo, Target: rv.Text, Outcome: string(rv.Outcome), Rating: rv.Rating, Comment: rv.Comment, CarryForward: rv.CarryForward})
	}
	return r
}
