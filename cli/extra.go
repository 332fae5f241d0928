package cli

import (
	"context"

	"github.com/iacvet/iacvet/config"
	"github.com/iacvet/iacvet/cost"
	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/scan"
)

// costSetup holds what cost estimation needs for a run.
type costSetup struct {
	prices cost.PriceSource
	usage  *cost.Usage
	diags  model.Diagnostics
}

func newCostSetup(f *scanFlags, cfg *config.Config) (*costSetup, error) {
	c := &costSetup{}
	usageFile := f.usageFile
	if usageFile == "" {
		usageFile = cfg.Cost.UsageFile
	}
	if usageFile != "" {
		u, diags := cost.LoadUsage(usageFile)
		if diags.HasErrors() {
			return nil, diagError(diags)
		}
		c.usage, c.diags = u, diags
	}
	return c, nil
}

// extra computes what goes between parsing and evaluation: the cost
// estimate (and live AWS data).
func (p *prepared) extra(ctx context.Context, parsed *scan.Parsed) scan.Extra {
	var ex scan.Extra
	if p.costs != nil {
		rep, diags := cost.Estimate(ctx, parsed.Resources, cost.Options{Prices: p.costs.prices, Usage: p.costs.usage, DefaultRegion: p.opts.Region})
		ex.Cost = rep
		ex.Diagnostics = append(append(ex.Diagnostics, p.costs.diags...), diags...)
	}
	return ex
}

type diagErr struct{ d model.Diagnostics }

func (e diagErr) Error() string {
	for _, d := range e.d {
		if d.Severity == model.DiagError {
			return d.String()
		}
	}
	return "invalid input"
}

func diagError(d model.Diagnostics) error { return diagErr{d} }
