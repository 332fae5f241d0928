package cli

import (
	"github.com/iacvet/iacvet/config"
	"github.com/iacvet/iacvet/cost"
	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/scan"
)

// newCostOptions sets up cost estimation: prices and the usage file.
func newCostOptions(f *scanFlags, cfg *config.Config) (*scan.CostOptions, error) {
	c := &scan.CostOptions{}
	usageFile := f.usageFile
	if usageFile == "" {
		usageFile = cfg.Cost.UsageFile
	}
	if usageFile != "" {
		u, diags := cost.LoadUsage(usageFile)
		if diags.HasErrors() {
			return nil, diagError(diags)
		}
		c.Usage, c.UsageDiagnostics = u, diags
	}
	return c, nil
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
