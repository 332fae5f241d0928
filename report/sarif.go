package report

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/iacvet/iacvet/model"
)

// SARIF renders SARIF 2.1.0 as GitHub code scanning accepts it: every rule
// with help and security-severity, relative URIs under %SRCROOT%, a region
// on every result, the resource address as logical location, and
// partialFingerprints that survive line shifts.
type SARIF struct {
	// BaseURI, when set (file:///abs/dir/), defines %SRCROOT%.
	BaseURI string
}

// SrcRoot is the uriBaseId of every artifact location.
const SrcRoot = "%SRCROOT%"

// FingerprintKey names iacvet's partial fingerprint.
const FingerprintKey = "iacvet/v1"

// Level maps a severity to a SARIF level.
func Level(s model.Severity) string {
	switch s {
	case model.SeverityCritical, model.SeverityHigh:
		return "error"
	case model.SeverityMedium:
		return "warning"
	default:
		return "note"
	}
}

// SecuritySeverity maps a severity to GitHub's security-severity score
// (critical > 9.0, high 7.0-8.9, medium 4.0-6.9, low 0.1-3.9).
func SecuritySeverity(s model.Severity) string {
	switch s {
	case model.SeverityCritical:
		return "9.5"
	case model.SeverityHigh:
		return "8.0"
	case model.SeverityMedium:
		return "5.5"
	case model.SeverityLow:
		return "3.0"
	default:
		return "0.5"
	}
}

// Write implements Writer.
func (s *SARIF) Write(w io.Writer, r *Report) error {
	log, err := s.Build(r)
	if err != nil {
		return err
	}
	// The same bytes as log.PrettyWrite, without holding the document
	// twice (compact and indented) in memory.
	x := newIndenter(w)
	if err := log.Write(x); err != nil {
		return err
	}
	return x.Flush()
}

// Build assembles the SARIF log.
func (s *SARIF) Build(r *Report) (*sarif.Report, error) {
	log := sarif.NewReport()
	run := sarif.NewRunWithInformationURI(r.Tool.Name, r.Tool.URI)
	run.Tool.Driver.WithVersion(r.Tool.Version).WithSemanticVersion(r.Tool.Version)
	if s.BaseURI != "" {
		run.AddOriginalUriBaseId(SrcRoot, *sarif.NewArtifactLocation().WithURI(s.BaseURI))
	}
	rules := append([]model.RuleMeta(nil), r.Rules...)
	sort.Slice(rules, func(i, j int) bool { return rules[i].ID < rules[j].ID })
	index := map[string]int{}
	for i, m := range rules {
		index[m.ID] = i
		run.Tool.Driver.AddRule(sarifRule(m))
	}
	fallbackFile := ""
	if len(r.Inputs) > 0 {
		fallbackFile = r.Inputs[0].Path
	}
	var unknown []map[string]any
	for _, f := range r.Findings {
		if f.Outcome == model.OutcomeUnknown && f.Suppression == nil {
			unknown = append(unknown, map[string]any{
				"ruleId": f.RuleID, "resource": f.Resource, "message": f.Message,
				"location": f.Location.String(),
			})
			continue
		}
		if f.Outcome == model.OutcomeUnknown {
			continue
		}
		i, ok := index[f.RuleID]
		if !ok {
			// A rule result without metadata (should not happen): add it.
			i = len(rules)
			rules = append(rules, model.RuleMeta{ID: f.RuleID, Title: f.Title, Severity: f.Severity})
			index[f.RuleID] = i
			run.Tool.Driver.AddRule(sarifRule(rules[i]))
		}
		run.AddResult(sarifResult(f, i, fallbackFile))
	}
	for _, d := range r.Diagnostics {
		run.Invocations = ensureInvocation(run.Invocations)
		n := sarif.NewNotification().WithLevel(diagLevel(d.Severity)).WithMessage(sarif.NewTextMessage(strings.TrimSpace(d.Summary + ": " + d.Detail)))
		if d.File != "" {
			n.AddLocation(physical(d.Position, fallbackFile))
		}
		run.Invocations[0].AddToolExecutionNotification(n)
	}
	run.Invocations = ensureInvocation(run.Invocations)
	props := sarif.NewPropertyBag()
	if len(unknown) > 0 {
		props.Add("iacvet/unknownUntilApply", unknown)
	}
	if r.Cost != nil {
		props.Add("iacvet/cost", map[string]any{
			"currency": r.Cost.Currency, "totalBefore": round2(r.Cost.TotalBefore),
			"totalAfter": round2(r.Cost.TotalAfter), "delta": round2(r.Cost.Delta), "hasBefore": r.Cost.HasBefore,
		})
	}
	if len(props.Properties) > 0 {
		run.WithProperties(props)
	}
	log.AddRun(run)
	return log, nil
}

func round2(v float64) float64 {
	return float64(int64(v*100+sign(v)*0.5)) / 100
}

func sign(v float64) float64 {
	if v < 0 {
		return -1
	}
	return 1
}

func ensureInvocation(inv []*sarif.Invocation) []*sarif.Invocation {
	if len(inv) == 0 {
		return []*sarif.Invocation{sarif.NewInvocation().WithExecutionSuccessful(true)}
	}
	return inv
}

func diagLevel(s model.DiagSeverity) string {
	switch s {
	case model.DiagError:
		return "error"
	case model.DiagWarning:
		return "warning"
	}
	return "note"
}

func sarifRule(m model.RuleMeta) *sarif.ReportingDescriptor {
	help := m.Description
	if m.Remediation != "" {
		help += "\n\nRemediation: " + m.Remediation
	}
	var md strings.Builder
	fmt.Fprintf(&md, "**%s** (%s, severity %s)\n\n%s\n", m.Title, m.ID, m.Severity, m.Description)
	if m.Remediation != "" {
		fmt.Fprintf(&md, "\n### Remediation\n\n%s\n", m.Remediation)
	}
	if m.Terraform != "" {
		fmt.Fprintf(&md, "\nTerraform:\n\n```hcl\n%s\n```\n", m.Terraform)
	}
	if m.CloudFormation != "" {
		fmt.Fprintf(&md, "\nCloudFormation:\n\n```yaml\n%s\n```\n", m.CloudFormation)
	}
	if len(m.CIS) > 0 || len(m.FSBP) > 0 {
		fmt.Fprintf(&md, "\nCompliance: CIS AWS Foundations %s; AWS FSBP %s\n", orNone(m.CIS), orNone(m.FSBP))
	}
	tags := []string{"security", "iac", "aws"}
	for _, c := range m.CIS {
		tags = append(tags, "CIS-"+c)
	}
	for _, c := range m.FSBP {
		tags = append(tags, "FSBP-"+c)
	}
	props := sarif.NewPropertyBag().
		Add("security-severity", SecuritySeverity(m.Severity)).
		Add("precision", "high").
		Add("problem.severity", Level(m.Severity)).
		Add("iacvet/severity", string(m.Severity))
	props.Tags = tags
	rule := sarif.NewRule(m.ID).
		WithName(ruleName(m.Title)).
		WithShortDescription(sarif.NewMultiformatMessageString().WithText(m.Title)).
		WithFullDescription(sarif.NewMultiformatMessageString().WithText(orText(m.Description, m.Title))).
		WithHelp(sarif.NewMultiformatMessageString().WithText(orText(help, m.Title)).WithMarkdown(md.String())).
		WithHelpURI("https://github.com/iacvet/iacvet/blob/main/docs/rules.md#" + strings.ToLower(m.ID)).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(Level(m.Severity))).
		WithProperties(props)
	return rule
}

func orNone(s []string) string {
	if len(s) == 0 {
		return "none"
	}
	return strings.Join(s, ", ")
}

func orText(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}

// ruleName turns a title into a PascalCase name.
func ruleName(title string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(title, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
	}) {
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	return b.String()
}

func physical(pos model.Position, fallbackFile string) *sarif.Location {
	file := pos.File
	line := pos.Line
	approximate := false
	if file == "" {
		file = fallbackFile
	}
	if line <= 0 {
		// No real position: the file's first line, flagged, as a last resort
		// for consumers (GitHub) that require a region.
		line = 1
		approximate = true
	}
	region := sarif.NewRegion().WithStartLine(line)
	if pos.Column > 0 && !approximate {
		region.WithStartColumn(pos.Column)
	}
	pl := sarif.NewPhysicalLocation().
		WithArtifactLocation(sarif.NewArtifactLocation().WithURI(filepath.ToSlash(file)).WithURIBaseID(SrcRoot)).
		WithRegion(region)
	loc := sarif.NewLocationWithPhysicalLocation(pl)
	if approximate {
		loc.WithProperties(sarif.NewPropertyBag().Add("iacvet/approximate", true))
	}
	return loc
}

func sarifResult(f model.Finding, ruleIndex int, fallbackFile string) *sarif.Result {
	res := sarif.NewRuleResult(f.RuleID).
		WithRuleIndex(ruleIndex).
		WithKind("fail").
		WithLevel(Level(f.Severity)).
		WithMessage(sarif.NewTextMessage(f.Message))
	loc := physical(f.Location, fallbackFile)
	if f.Resource != "" {
		kind := "resource"
		ll := sarif.NewLogicalLocation().WithFullyQualifiedName(f.Resource).WithName(f.Resource).WithKind(kind)
		loc.WithLogicalLocations([]*sarif.LogicalLocation{ll})
	}
	res.AddLocation(loc)
	res.WithPartialFingerprints(map[string]string{FingerprintKey: f.Fingerprint})
	props := sarif.NewPropertyBag().Add("severity", string(f.Severity))
	if f.ResourceType != "" {
		props.Add("resourceType", f.ResourceType)
	}
	if f.Attribute != "" {
		props.Add("attribute", f.Attribute)
	}
	if len(f.Provenance) > 0 {
		var prov []map[string]any
		for _, p := range f.Provenance {
			prov = append(prov, map[string]any{"source": string(p.Source), "what": p.What, "detail": p.String()})
		}
		props.Add("provenance", prov)
	}
	res.WithProperties(props)
	if f.Suppression != nil {
		sup := sarif.NewSuppression().WithKind(string(f.Suppression.Kind)).WithStatus("accepted")
		if f.Suppression.Justification != "" {
			sup.WithJustification(f.Suppression.Justification)
		}
		res.AddSuppression(sup)
	}
	return res
}
