package pack

import (
	"planpack/internal/config"
	"planpack/internal/plan"
)

// costing prices this term's provision with the config's rates.
func costing(cfg *config.Config) plan.Costing {
	return plan.Costing{
		Rates:       plan.NewRates(cfg.Costs.Hourly),
		TermWeeks:   plan.TermWeeks(cfg.Term.PlanDate, cfg.Term.ReviewDate),
		WeeksInYear: cfg.Costs.WeeksInYear,
		Threshold:   cfg.Costs.Threshold,
	}
}

// costOf is the pupil's share of the term's provision.
func (b *builder) costOf(p *plan.Pupil) *plan.PupilCost { return b.costByPupil[p] }
