package scan

import (
	"context"
	"os"
	"path/filepath"

	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/parsers/cloudformation"
	"github.com/iacvet/iacvet/parsers/tfplan"
	"github.com/iacvet/iacvet/parsers/tfsource"
)

// parseInput runs the parser for one input.
func parseInput(ctx context.Context, in *input, opts Options) ([]*model.Resource, model.Diagnostics) {
	tfOpts := tfsource.Options{Vars: opts.Vars, VarFiles: opts.VarFiles, Region: opts.Region}
	switch in.kind {
	case KindPlan:
		rs, diags := tfplan.Parse(in.path, in.data, tfplan.Options{Region: opts.Region})
		if len(rs) > 0 {
			if dir := configDir(in, opts); dir != "" {
				// The plan has the values: only real problems of the
				// configuration matter here, not notices about defaults.
				for _, d := range tfsource.Enrich(rs, dir, tfOpts) {
					if d.Severity != model.DiagNotice {
						diags = append(diags, d)
					}
				}
			}
		}
		return rs, diags
	case KindTerraform:
		return tfsource.ParseDir(in.path, tfOpts) // display path: relative to the working directory
	case KindCloudFormation:
		return cloudformation.Parse(in.path, in.data, cfnOptions(opts))
	case KindCDK:
		return cloudformation.ParseCDKOut(in.path, cfnOptions(opts))
	}
	var d model.Diagnostics
	d.Errorf(model.Position{File: in.path}, "%s inputs are not supported yet", in.kind)
	return nil, d
}

// configDir finds the Terraform configuration of a plan: --tf-dir, else the
// plan file's directory (the working directory for stdin) when it holds
// .tf files.
func configDir(in *input, opts Options) string {
	if opts.TFDir != "" {
		return opts.TFDir
	}
	dir := "."
	if in.fsPath != "" {
		dir = filepath.Dir(in.fsPath)
	}
	if hasTerraformFiles(dir) {
		return dir
	}
	return ""
}

func hasTerraformFiles(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if !e.IsDir() && (filepath.Ext(e.Name()) == ".tf" || len(e.Name()) > 8 && e.Name()[len(e.Name())-8:] == ".tf.json") {
			return true
		}
	}
	return false
}

func cfnOptions(opts Options) cloudformation.Options {
	return cloudformation.Options{Region: opts.Region, Params: opts.CFNParams, ParamFiles: opts.CFNParamFiles}
}

func isTemplate(data []byte) bool { return cloudformation.IsTemplate(data) }

func isCDKOut(dir string) bool { return cloudformation.IsCDKOut(dir) }
