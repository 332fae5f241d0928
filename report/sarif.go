package report

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/iacvet/iacvet/model"
)

// SARIF renders SARIF 2.1.0 as GitHub code scanning accepts it: every rule
// with help and security-severity, URIs relative to %SRCROOT% (absolute
// file:// URIs for files outside the source root), a region on every
// result, the resource address as logical location, partialFingerprints
// that survive line shifts, and no more than GitHub's limits (Limits).
type SARIF struct {
	// BaseURI, when set (file:///abs/dir/), defines %SRCROOT%.
	BaseURI string
	// Root is the source root: the directory %SRCROOT% stands for and
	// relative paths are relative to. Empty: the working directory.
	Root string
	// Limits bounds the log; the zero value means GitHubLimits.
	Limits Limits
	// Warn, when set, is told (one line each) what the limits left out.
	Warn io.Writer
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

// Write implements Writer. The log is rendered in memory first: its
// gzip-compressed size decides whether results must be left out to fit
// GitHub's upload limit.
func (s *SARIF) Write(w io.Writer, r *Report) error {
	lim := s.limits()
	order := resultOrder(r)
	c := cut{kept: min(len(order), lim.Results), of: len(order)}
	if c.kept < c.of {
		c.reason = fmt.Sprintf("GitHub code scanning accepts at most %d results per run", lim.Results)
	}
	for {
		data, err := s.render(r, order, c)
		if err != nil {
			return err
		}
		size := gzipSize(data, lim.GzipBytes)
		if size <= lim.GzipBytes || c.kept == 0 {
			if size > lim.GzipBytes {
				s.warn(r, fmt.Sprintf("the log is %s gzip-compressed without any result, over the %s GitHub code scanning accepts", mb(size), mb(lim.GzipBytes)))
			}
			if c.kept < c.of {
				s.warn(r, c.message())
			}
			_, err = w.Write(data)
			return err
		}
		// Shrink in proportion to the excess, a little more to allow for
		// the rules and notifications, which stay.
		next := int(float64(c.kept) * float64(lim.GzipBytes) / float64(size) * 0.95)
		c.kept = max(0, min(next, c.kept-1))
		c.reason = fmt.Sprintf("GitHub code scanning accepts at most %s of gzip-compressed SARIF per upload", mb(lim.GzipBytes))
	}
}

// render writes the log with the first c.kept results of order, indented,
// without the empty arrays and -1 defaults go-sarif emits.
func (s *SARIF) render(r *Report, order []int, c cut) ([]byte, error) {
	log := s.build(r, order, c)
	var buf bytes.Buffer
	x := newIndenter(&buf)
	p := newPruner(x)
	if err := log.Write(p); err != nil {
		return nil, err
	}
	if err := p.Flush(); err != nil {
		return nil, err
	}
	if err := x.Flush(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func (s *SARIF) warn(r *Report, msg string) {
	if s.Warn != nil {
		fmt.Fprintf(s.Warn, "%s: SARIF: %s\n", r.Tool.Name, msg)
	}
}

// Build assembles the SARIF log with at most Limits.Results results (the
// gzip limit is Write's: it needs the rendered bytes).
func (s *SARIF) Build(r *Report) (*sarif.Report, error) {
	lim := s.limits()
	order := resultOrder(r)
	c := cut{kept: min(len(order), lim.Results), of: len(order)}
	if c.kept < c.of {
		c.reason = fmt.Sprintf("GitHub code scanning accepts at most %d results per run", lim.Results)
	}
	return s.build(r, order, c), nil
}

// build assembles the log with the findings order[:c.kept] as results, in
// the report's order.
func (s *SARIF) build(r *Report, order []int, c cut) *sarif.Report {
	lim := s.limits()
	keep := make(map[int]bool, c.kept)
	for _, i := range order[:c.kept] {
		keep[i] = true
	}
	loc := s.locator()
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
		run.Tool.Driver.AddRule(sarifRule(m, lim.TagsPerRule))
	}
	fallbackFile := ""
	if len(r.Inputs) > 0 {
		fallbackFile = r.Inputs[0].Path
	}
	var unknown []map[string]any
	for n, f := range r.Findings {
		if f.Outcome == model.OutcomeUnknown && f.Suppression == nil {
			unknown = append(unknown, map[string]any{
				"ruleId": f.RuleID, "resource": f.Resource, "message": f.Message,
				"location": f.Location.String(),
			})
			continue
		}
		if !keep[n] {
			continue
		}
		i, ok := index[f.RuleID]
		if !ok {
			// A rule result without metadata (should not happen): add it.
			i = len(rules)
			rules = append(rules, model.RuleMeta{ID: f.RuleID, Title: f.Title, Severity: f.Severity})
			index[f.RuleID] = i
			run.Tool.Driver.AddRule(sarifRule(rules[i], lim.TagsPerRule))
		}
		run.AddResult(sarifResult(f, i, loc.physical(f.Location, fallbackFile)))
	}
	run.Invocations = ensureInvocation(run.Invocations)
	if c.kept < c.of {
		run.Invocations[0].AddToolExecutionNotification(sarif.NewNotification().
			WithLevel("warning").
			WithDescriptor(sarif.NewReportingDescriptorReference().WithID(LimitNotification)).
			WithMessage(sarif.NewTextMessage(c.message())))
	}
	for _, d := range r.Diagnostics {
		n := sarif.NewNotification().WithLevel(diagLevel(d.Severity)).WithMessage(sarif.NewTextMessage(strings.TrimSpace(d.Summary + ": " + d.Detail)))
		if d.File != "" {
			n.AddLocation(loc.physical(d.Position, fallbackFile))
		}
		run.Invocations[0].AddToolExecutionNotification(n)
	}
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
	return log
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

func sarifRule(m model.RuleMeta, maxTags int) *sarif.ReportingDescriptor {
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
	props.Tags = tags[:min(len(tags), maxTags)]
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

// locator places files in the log (see artifact).
type locator struct{ root string }

func (s *SARIF) locator() locator {
	root := s.Root
	if root == "" {
		root, _ = os.Getwd()
	}
	return locator{root: root}
}

// artifact places a file: a URI relative to %SRCROOT% when it lies under
// the source root, else an absolute file:// URI without a uriBaseId
// (GitHub resolves every %SRCROOT% URI inside the repository).
func (l locator) artifact(file string) *sarif.ArtifactLocation {
	loc := sarif.NewArtifactLocation()
	if !filepath.IsAbs(file) {
		clean := filepath.Clean(file)
		if !climbs(clean) {
			return loc.WithURI(relativeURI(clean)).WithURIBaseID(SrcRoot)
		}
		file = filepath.Join(l.root, clean)
	}
	if l.root != "" {
		if rel, err := filepath.Rel(l.root, file); err == nil && !climbs(rel) {
			return loc.WithURI(relativeURI(rel)).WithURIBaseID(SrcRoot)
		}
	}
	return loc.WithURI(fileURI(file))
}

// climbs reports whether a clean relative path leaves its directory.
func climbs(rel string) bool {
	return rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel)
}

// relativeURI is a relative path as a URI reference (percent-encoded).
func relativeURI(rel string) string {
	return (&url.URL{Path: filepath.ToSlash(rel)}).String()
}

// fileURI is an absolute path as a file:// URI.
func fileURI(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x on Windows: file:///C:/x
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

func (l locator) physical(pos model.Position, fallbackFile string) *sarif.Location {
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
		WithArtifactLocation(l.artifact(file)).
		WithRegion(region)
	loc := sarif.NewLocationWithPhysicalLocation(pl)
	if approximate {
		loc.WithProperties(sarif.NewPropertyBag().Add("iacvet/approximate", true))
	}
	return loc
}

func sarifResult(f model.Finding, ruleIndex int, loc *sarif.Location) *sarif.Result {
	res := sarif.NewRuleResult(f.RuleID).
		WithRuleIndex(ruleIndex).
		WithKind("fail").
		WithLevel(Level(f.Severity)).
		WithMessage(sarif.NewTextMessage(f.Message))
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
