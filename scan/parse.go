package scan

import (
	"context"

	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/parsers/tfplan"
)

// parseInput runs the parser for one input.
func parseInput(ctx context.Context, in *input, opts Options) ([]*model.Resource, model.Diagnostics) {
	switch in.kind {
	case KindPlan:
		return tfplan.Parse(in.path, in.data, tfplan.Options{Region: opts.Region})
	}
	var d model.Diagnostics
	d.Errorf(model.Position{File: in.path}, "%s inputs are not supported yet", in.kind)
	return nil, d
}

func isTemplate(data []byte) bool { return false }

func isCDKOut(dir string) bool { return false }
