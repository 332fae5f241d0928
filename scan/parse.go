package scan

import (
	"context"
	"os"
	"path/filepath"
	"strings"

	"github.com/iacvet/iacvet/model"
	cloudformation "github.com/iacvet/iacvet/parsers/cfn"
	"github.com/iacvet/iacvet/parsers/tfbinary"
	"github.com/iacvet/iacvet/parsers/tfplan"
	"github.com/iacvet/iacvet/parsers/tfsource"
)

// parseInput runs the parser for one input. notIaC is true for a
// tentative input that turned out not to be infrastructure code (its
// diagnostics then say so for a file named on the command line); a named
// file that turns out to be a damaged plan becomes a plan input.
func parseInput(ctx context.Context, in *input, opts Options) (rs []*model.Resource, diags model.Diagnostics, notIaC bool) {
	if err := ctx.Err(); err != nil {
		diags.Errorf(model.Position{File: in.path}, "not parsed: the scan was stopped (%v)", err)
		return nil, diags, false
	}
	if in.tentative && in.kind == KindCloudFormation {
		rs, diags, ok := cloudformation.ParseIfTemplate(in.path, in.data, cfnOptions(in, opts))
		if ok {
			return rs, diags, false
		}
		if !in.explicit {
			return nil, nil, true
		}
		plan, skipped := notTemplate(in.path, in.fsPath, in.data)
		if plan == nil {
			return nil, model.Diagnostics{*skipped}, true
		}
		in.kind, in.tentative = plan.kind, false
	}
	rs, diags = parseKnown(ctx, in, opts)
	return rs, diags, false
}

// parseKnown runs the parser of an input whose kind is known.
func parseKnown(ctx context.Context, in *input, opts Options) ([]*model.Resource, model.Diagnostics) {
	tfOpts := tfsource.Options{Vars: opts.Vars, VarFiles: opts.VarFiles, Region: opts.Region, Root: rootOf(in, opts),
		Limits:  opts.TerraformLimits,
		DataDir: os.Getenv("TF_DATA_DIR")} // where terraform init put modules.json
	switch in.kind {
	case KindPlan:
		rs, diags := tfplan.Parse(in.path, in.data, tfplan.Options{Region: opts.Region})
		if len(rs) > 0 {
			if dir := configDir(in, opts); dir != "" {
				diags = append(diags, enrichmentDiagnostics(tfsource.Enrich(ctx, rs, dir, tfOpts))...)
			}
		}
		return rs, diags
	case KindBinaryPlan:
		return parseBinaryPlan(ctx, in, opts, tfOpts)
	case KindTerraform:
		return tfsource.ParseDir(ctx, in.path, tfOpts) // display path: relative to the working directory
	case KindTerraformJSON:
		rs, diags := tfsource.ParseJSONFile(ctx, in.path, in.data, tfOpts)
		diags = append(diags, model.Diagnostic{Severity: model.DiagNotice, Position: model.Position{File: in.path},
			Summary: "read as Terraform JSON syntax (a .tf.json file, as CDK for Terraform writes); name it .tf.json to have Terraform read it too"})
		return rs, diags
	case KindCloudFormation:
		return cloudformation.Parse(in.path, in.data, cfnOptions(in, opts))
	case KindCDK:
		return cloudformation.ParseCDKOut(in.path, cfnOptions(in, opts))
	}
	var d model.Diagnostics
	d.Errorf(model.Position{File: in.path}, "%s inputs are not supported yet", in.kind)
	return nil, d
}

// parseBinaryPlan reads a binary plan file through `terraform show -json`
// (or tofu) and places its findings on .tf lines from the configuration
// directory or, when that is not at hand, the configuration snapshot the
// plan file carries.
func parseBinaryPlan(ctx context.Context, in *input, opts Options, tfOpts tfsource.Options) ([]*model.Resource, model.Diagnostics) {
	var diags model.Diagnostics
	if !opts.AllowTerraformShow {
		diags = append(diags, model.Diagnostic{
			Severity: model.DiagError,
			Position: model.Position{File: in.path},
			Summary:  "binary plan not read: reading it runs terraform show, which starts the provider plugins installed in the plan's directory",
			Detail:   "run `terraform show -json " + filepath.Base(in.path) + " | iacvet scan -` (or scan the saved JSON), or pass --allow-terraform-show when the directory's .terraform comes from a trusted terraform init",
		})
		return nil, diags
	}
	dir := opts.TFDir
	if dir == "" && in.fsPath != "" {
		dir = filepath.Dir(in.fsPath)
	}
	js, err := tfbinary.ShowWith(ctx, in.fsPath, tfbinary.Options{Dir: dir})
	if err != nil {
		diags.Errorf(model.Position{File: in.path}, "binary plan: %v (or pipe `terraform show -json` into iacvet scan -)", err)
		return nil, diags
	}
	rs, ds := tfplan.Parse(in.path, js, tfplan.Options{Region: opts.Region})
	diags = append(diags, ds...)
	for _, r := range rs {
		// Positions in the JSON rendering mean nothing in the binary file.
		r.Source.Position = model.Position{File: in.path}
	}
	var enrich model.Diagnostics
	if dir := configDir(in, opts); dir != "" {
		enrich = tfsource.Enrich(ctx, rs, dir, tfOpts)
	} else if cfs, err := tfbinary.ConfigFS(in.data); err == nil {
		enrich = tfsource.EnrichFS(ctx, rs, cfs, filepath.ToSlash(filepath.Dir(in.path)), tfOpts)
	}
	return rs, append(diags, enrichmentDiagnostics(enrich)...)
}

// enrichmentDiagnostics keeps what matters of reading a plan's
// configuration: the plan has the values, so notices about defaults are
// dropped, and a configuration problem (a module directory that is gone)
// only costs source lines: a warning, not an input error.
func enrichmentDiagnostics(ds model.Diagnostics) model.Diagnostics {
	var out model.Diagnostics
	for _, d := range ds {
		switch d.Severity {
		case model.DiagNotice:
			continue
		case model.DiagError:
			d.Severity = model.DiagWarning
			d.Detail = strings.TrimSpace(d.Detail + " (findings fall back to the plan file)")
		}
		out = append(out, d)
	}
	return out
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

func cfnOptions(in *input, opts Options) cloudformation.Options {
	return cloudformation.Options{Region: opts.Region, Params: opts.CFNParams, ParamFiles: opts.CFNParamFiles, Root: rootOf(in, opts)}
}

func isTemplate(data []byte) bool { return cloudformation.IsTemplate(data) }

func maybeTemplate(data []byte) bool { return cloudformation.MaybeTemplate(data) }

func isCDKOut(dir string) bool { return cloudformation.IsCDKOut(dir) }
