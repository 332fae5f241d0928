package report

import (
	"strings"

	"github.com/iacvet/iacvet/model"
)

// RulesDocURL is where the built-in rules are documented, one anchor per rule.
const RulesDocURL = "https://github.com/iacvet/iacvet/blob/main/docs/rules.md"

// RuleDocURL is where to read more about a rule: the rule's own first
// reference when it declares one, else its section of docs/rules.md for a
// built-in rule; "" for a custom rule without references.
func RuleDocURL(m model.RuleMeta) string {
	if len(m.References) > 0 && m.References[0] != "" {
		return m.References[0]
	}
	if m.Builtin {
		return RulesDocURL + "#" + strings.ToLower(m.ID)
	}
	return ""
}

// FixHint is the one-line fix shown under a finding: the rule's remediation
// summary (its first sentence), or, without one, the first line of the remediation snippet for
// the finding's input kind (Terraform for plans and sources,
// CloudFormation for templates); "" when the rule gives neither.
func FixHint(m model.RuleMeta, kind model.Format) string {
	if s := firstSentence(m.Remediation); s != "" {
		return s
	}
	snippet := m.Terraform
	if kind == model.FormatCloudFormation {
		snippet = m.CloudFormation
	}
	return firstLine(snippet)
}

// firstSentence is the first sentence of s's first paragraph, on one line
// (a remediation wrapped over several lines is read as prose, not by its
// first line); the explain command shows the rest.
func firstSentence(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "\n\n"); i >= 0 {
		s = s[:i]
	}
	s = strings.Join(strings.Fields(s), " ")
	for i := 0; ; {
		j := strings.Index(s[i:], ". ")
		if j < 0 {
			return s
		}
		end := i + j + 1
		if !abbreviation(s[:end]) {
			return s[:end]
		}
		i = end
	}
}

// abbreviation reports whether s ends in an abbreviation's full stop
// ("e.g.", "i.e.", "etc." in the middle of a sentence).
func abbreviation(s string) bool {
	for _, a := range []string{"e.g.", "i.e.", "etc.", "vs."} {
		if strings.HasSuffix(s, a) {
			return true
		}
	}
	return false
}

// firstLine is s's first non-blank line, trimmed.
func firstLine(s string) string {
	for line := range strings.SplitSeq(s, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			return line
		}
	}
	return ""
}

// fixFor is finding f's fix hint, or "" when its rule is not in the report
// or gives no remediation.
func fixFor(f model.Finding, rules map[string]model.RuleMeta) (string, model.RuleMeta) {
	m, ok := rules[f.RuleID]
	if !ok {
		return "", m
	}
	return FixHint(m, f.Format), m
}
