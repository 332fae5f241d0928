package report

import (
	"encoding/json"
	"io"

	"github.com/iacvet/iacvet/mapping"
	"github.com/iacvet/iacvet/model"
)

// JSON renders the versioned JSON report (schema: docs/json-report.md).
type JSON struct{}

// Document is the JSON report (schema version SchemaVersion), also what
// the MCP server's scan tool returns.
type Document struct {
	SchemaVersion string             `json:"schema_version"`
	Tool          Tool               `json:"tool"`
	Summary       Summary            `json:"summary"`
	Inputs        []Input            `json:"inputs"`
	Findings      []model.Finding    `json:"findings"`
	Unknown       []model.Finding    `json:"unknown_until_apply"`
	Suppressed    []model.Finding    `json:"suppressed"`
	Diagnostics   []model.Diagnostic `json:"diagnostics"`
	Rules         []model.RuleMeta   `json:"rules,omitempty"`
	Cost          *model.CostReport  `json:"cost,omitempty"`
	// Shard is present in the report of a sharded scan (scan --shard).
	Shard *Shard `json:"shard,omitempty"`
}

// Summary counts a report's results.
type Summary struct {
	Findings   int                    `json:"findings"`
	BySeverity map[model.Severity]int `json:"by_severity"`
	Unknown    int                    `json:"unknown_until_apply"`
	Suppressed int                    `json:"suppressed"`
	Resources  int                    `json:"resources"`
	FailOn     string                 `json:"fail_on"`
	Failed     bool                   `json:"failed"`
}

// Write implements Writer.
func (JSON) Write(w io.Writer, r *Report) error {
	x := newIndenter(w)
	enc := json.NewEncoder(x)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(BuildDocument(r)); err != nil {
		return err
	}
	return x.Flush()
}

// BuildDocument assembles the JSON report document.
func BuildDocument(r *Report) Document {
	c := r.Count()
	out := Document{
		SchemaVersion: SchemaVersion,
		Tool:          r.Tool,
		Summary: Summary{
			Findings: c.Total, BySeverity: c.BySeverity, Unknown: c.Unknown, Suppressed: c.Suppressed,
			Resources: r.ResourceCount(), FailOn: string(r.FailOn), Failed: r.Failed(),
		},
		Inputs:      inputsOf(r),
		Findings:    []model.Finding{},
		Unknown:     []model.Finding{},
		Suppressed:  []model.Finding{},
		Diagnostics: nonNil(r.Diagnostics),
		Cost:        r.Cost,
		Shard:       r.Shard,
	}
	if out.Summary.FailOn == "" {
		out.Summary.FailOn = "none"
	}
	used := map[string]bool{}
	for _, f := range r.Findings {
		used[f.RuleID] = true
		switch {
		case f.Suppression != nil:
			out.Suppressed = append(out.Suppressed, f)
		case f.Outcome == model.OutcomeUnknown:
			out.Unknown = append(out.Unknown, f)
		default:
			out.Findings = append(out.Findings, f)
		}
	}
	for _, rule := range r.Rules {
		if used[rule.ID] {
			out.Rules = append(out.Rules, rule)
		}
	}
	return out
}

// inputsOf lists the inputs, each with the number of resources of the
// report that came from it. The scan counts what each input declares; the
// report holds resources after satellites (aws_s3_bucket_acl,
// aws_security_group_rule, ...) are joined into the resource they
// configure, so those counts overstate what was checked and do not add up
// to summary.resources. Counted here from the report, they do.
func inputsOf(r *Report) []Input {
	if r.Merged {
		return nonNil(r.Inputs)
	}
	out := make([]Input, len(r.Inputs))
	at := make(map[string]int, len(r.Inputs))
	for i, in := range r.Inputs {
		out[i] = in
		out[i].Resources = 0
		at[in.Path] = i
	}
	for _, res := range r.Resources {
		if i, ok := at[res.Meta[mapping.MetaInput]]; ok {
			out[i].Resources++
		}
	}
	return out
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
