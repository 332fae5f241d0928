package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/report"
	"github.com/iacvet/iacvet/rules"
)

func newExplainCmd(e *env) *cobra.Command {
	var format string
	var policies []string
	cmd := &cobra.Command{
		Use:   "explain RULE-ID",
		Short: "Explain a rule: what it checks and why, how to fix it in Terraform and CloudFormation, its compliance mappings",
		Example: "  iacvet explain AWS-S3-007\n" +
			"  iacvet explain ACME-001 --policy policies/   # a custom rule",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usageError("--format %q: want text or json", format)
			}
			eng, err := ruleEngine(cmd.Context(), policies)
			if err != nil {
				return err
			}
			m, err := findRule(eng.Rules(), args[0])
			if err != nil {
				return &exitError{code: ExitError, err: err}
			}
			if format == "json" {
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				return enc.Encode(m)
			}
			return writeExplanation(e.stdout, m)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "text or json")
	cmd.Flags().StringArrayVar(&policies, "policy", nil, "directory of extra Rego policies (repeatable)")
	return cmd
}

// findRule returns the rule with id (case ignored), or an error that
// suggests the nearest ids.
func findRule(metas []model.RuleMeta, id string) (model.RuleMeta, error) {
	id = strings.TrimSpace(id)
	ids := make([]string, 0, len(metas))
	for _, m := range metas {
		if strings.EqualFold(m.ID, id) {
			return m, nil
		}
		ids = append(ids, m.ID)
	}
	if near := rules.Suggest(ids, id, 5); len(near) > 0 {
		return model.RuleMeta{}, fmt.Errorf("unknown rule %q; did you mean %s? ('iacvet rules' lists them all)", id, strings.Join(near, ", "))
	}
	return model.RuleMeta{}, fmt.Errorf("unknown rule %q ('iacvet rules' lists them all)", id)
}

// writeExplanation renders one rule for a terminal.
func writeExplanation(w io.Writer, m model.RuleMeta) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s  %s\n", m.ID, m.Title)
	fmt.Fprintf(&b, "Severity: %s\n", m.Severity)
	if len(m.ResourceTypes) > 0 {
		fmt.Fprintf(&b, "Resource types: %s\n", strings.Join(m.ResourceTypes, ", "))
	}
	if in := InputsText(m); in != "" {
		fmt.Fprintf(&b, "Inputs: %s\n", in)
	}
	if d := strings.TrimSpace(m.Description); d != "" {
		fmt.Fprintf(&b, "\n%s\n", d)
	}
	if m.Remediation != "" {
		fmt.Fprintf(&b, "\nHow to fix: %s\n", strings.TrimSpace(m.Remediation))
	}
	for _, ex := range []struct{ kind, snippet string }{{"Terraform", m.Terraform}, {"CloudFormation", m.CloudFormation}} {
		if strings.TrimSpace(ex.snippet) == "" {
			continue
		}
		fmt.Fprintf(&b, "\n%s:\n", ex.kind)
		for line := range strings.SplitSeq(strings.TrimRight(ex.snippet, "\n"), "\n") {
			fmt.Fprintf(&b, "    %s\n", line)
		}
	}
	if len(m.CIS) > 0 || len(m.FSBP) > 0 {
		b.WriteString("\n")
		if len(m.CIS) > 0 {
			fmt.Fprintf(&b, "CIS AWS Foundations Benchmark v3.0.0: %s\n", strings.Join(m.CIS, ", "))
		}
		if len(m.FSBP) > 0 {
			fmt.Fprintf(&b, "AWS Foundational Security Best Practices: %s\n", strings.Join(m.FSBP, ", "))
		}
	}
	b.WriteString("\n")
	origin := "built in"
	if !m.Builtin {
		origin = "custom"
	}
	if m.File != "" {
		fmt.Fprintf(&b, "Policy: %s (%s)\n", m.File, origin)
	}
	if u := report.RuleDocURL(m); u != "" {
		fmt.Fprintf(&b, "More: %s\n", u)
	}
	for _, ref := range m.References[min(1, len(m.References)):] {
		fmt.Fprintf(&b, "See also: %s\n", ref)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
