package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/iacvet/iacvet/model"
)

// Text renders findings for people, grouped by file. Color adds ANSI colour
// (the CLI enables it only on a terminal without NO_COLOR).
type Text struct {
	Color bool
	Quiet bool
	// Verbose lists every note; otherwise notes that are not about the
	// scanned code (AWS lookups not made offline, cache use) are one line.
	Verbose bool
}

const (
	ansiReset = "\x1b[0m"
	ansiBold  = "\x1b[1m"
	ansiDim   = "\x1b[2m"
)

var sevColor = map[model.Severity]string{
	model.SeverityCritical: "\x1b[1;35m",
	model.SeverityHigh:     "\x1b[1;31m",
	model.SeverityMedium:   "\x1b[33m",
	model.SeverityLow:      "\x1b[36m",
	model.SeverityInfo:     "\x1b[2m",
}

func (t *Text) paint(code, s string) string {
	if !t.Color || code == "" {
		return s
	}
	return code + s + ansiReset
}

// Write implements Writer.
func (t *Text) Write(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	rules := r.ruleByID()
	byFile := map[string][]model.Finding{}
	var unknown, suppressed []model.Finding
	for _, f := range r.Findings {
		switch {
		case f.Suppression != nil:
			suppressed = append(suppressed, f)
		case f.Outcome == model.OutcomeUnknown:
			unknown = append(unknown, f)
		default:
			byFile[f.Location.File] = append(byFile[f.Location.File], f)
		}
	}
	for _, file := range sortedFiles(byFile) {
		name := file
		if name == "" {
			name = "(no file)"
		}
		fmt.Fprintln(bw, t.paint(ansiBold, name))
		for _, f := range byFile[file] {
			loc := ""
			if f.Location.Line > 0 {
				loc = fmt.Sprintf("%d", f.Location.Line)
				if f.Location.Column > 0 {
					loc += fmt.Sprintf(":%d", f.Location.Column)
				}
			}
			fmt.Fprintf(bw, "  %-7s %s %s %s\n", loc, t.paint(sevColor[f.Severity], fmt.Sprintf("%-8s", strings.ToUpper(string(f.Severity)))), t.paint(ansiBold, f.RuleID), f.Message)
			if !t.Quiet {
				detail := "          " + t.paint(ansiDim, f.Resource)
				if f.Attribute != "" {
					detail += t.paint(ansiDim, " ("+f.Attribute+")")
				}
				fmt.Fprintln(bw, detail)
				for _, p := range f.Provenance {
					fmt.Fprintf(bw, "          %s\n", t.paint(ansiDim, "AWS data: "+p.What+" from "+p.String()))
				}
				if fix, m := fixFor(f, rules); fix != "" {
					fmt.Fprintf(bw, "          fix: %s %s\n", fix, t.paint(ansiDim, "(iacvet explain "+m.ID+")"))
				}
			}
		}
		fmt.Fprintln(bw)
	}
	// Under --fail-on-unknown these decide the exit code: never hidden.
	if len(unknown) > 0 && (!t.Quiet || r.FailOnUnknown) {
		fmt.Fprintln(bw, t.paint(ansiBold, "Unknown until apply"))
		for _, f := range unknown {
			fmt.Fprintf(bw, "  %s %s %s\n", f.Location, t.paint(ansiBold, f.RuleID), f.Message)
		}
		fmt.Fprintln(bw)
	}
	if len(suppressed) > 0 && !t.Quiet {
		fmt.Fprintln(bw, t.paint(ansiBold, "Suppressed"))
		for _, f := range suppressed {
			reason := f.Suppression.Justification
			if reason == "" {
				reason = "no reason given"
			}
			fmt.Fprintf(bw, "  %s %s %s (%s: %s)\n", f.Location, f.RuleID, f.Resource, f.Suppression.Kind, reason)
		}
		fmt.Fprintln(bw)
	}
	var problems, notes, aside model.Diagnostics
	for _, d := range r.Diagnostics {
		switch {
		case d.Severity == model.DiagNotice && !t.Verbose && !aboutCode(d):
			aside = append(aside, d)
		case d.Severity == model.DiagNotice:
			notes = append(notes, d)
		case !t.Quiet || d.Severity == model.DiagError:
			problems = append(problems, d)
		}
	}
	if len(problems) > 0 {
		fmt.Fprintln(bw, t.paint(ansiBold, "Input problems"))
		for _, d := range problems {
			fmt.Fprintf(bw, "  %s\n", d)
		}
		fmt.Fprintln(bw)
	}
	if (len(notes) > 0 || len(aside) > 0) && !t.Quiet {
		fmt.Fprintln(bw, t.paint(ansiBold, "Notes"))
		for _, d := range notes {
			d.Detail = "" // the JSON and SARIF reports carry the details
			fmt.Fprintf(bw, "  %s\n", t.paint(ansiDim, d.String()))
		}
		if len(aside) > 0 {
			fmt.Fprintf(bw, "  %s\n", t.paint(ansiDim, asideSummary(aside)))
		}
		fmt.Fprintln(bw)
	}
	if !t.Quiet && hasCost(r.Cost) {
		WriteCostText(bw, r.Cost)
	}
	if r.Stats != "" {
		fmt.Fprintln(bw, t.paint(ansiBold, "AWS lookups"))
		fmt.Fprintln(bw, r.Stats)
	}
	if len(r.RuleDurations) > 0 {
		fmt.Fprintln(bw, t.paint(ansiBold, "Slowest rules"))
		WriteRuleTimes(bw, r.RuleDurations, SlowestRules)
		fmt.Fprintln(bw)
	}
	c := r.Count()
	var parts []string
	for _, s := range severitiesDesc {
		if n := c.BySeverity[s]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, s))
		}
	}
	summary := fmt.Sprintf("%d finding(s)", c.Total)
	if len(parts) > 0 {
		summary += " (" + strings.Join(parts, ", ") + ")"
	}
	summary += fmt.Sprintf(", %d unknown until apply, %d suppressed, %d resource(s) in %d input(s)", c.Unknown, c.Suppressed, r.ResourceCount(), len(r.Inputs))
	fmt.Fprintln(bw, summary)
	return bw.Flush()
}

// WriteCostText writes the cost section of the text report: a column
// header, one line per priced resource with its notes, the total, what is
// not priced, the free resources and the savings hints.
func WriteCostText(w io.Writer, c *model.CostReport) {
	fmt.Fprintf(w, "Monthly cost estimate (%s, 730 h, on-demand list prices)\n", currency(c))
	if len(c.Resources) > 0 {
		if c.HasBefore {
			fmt.Fprintf(w, "  %-50s %10s %10s %10s\n", "Resource", "Before", "After", "Delta")
		} else {
			fmt.Fprintf(w, "  %-50s %10s\n", "Resource", "Monthly")
		}
	}
	for _, rc := range c.Resources {
		if c.HasBefore {
			fmt.Fprintf(w, "  %-50s %10s %10s %10s\n", rc.Address, money(rc.Before), money(rc.After), signed(rc.Delta))
		} else {
			fmt.Fprintf(w, "  %-50s %10s\n", rc.Address, money(rc.After))
		}
		for _, a := range rc.Assumed {
			fmt.Fprintf(w, "    assumed: %s\n", a)
		}
		for _, u := range rc.UsageBased {
			fmt.Fprintf(w, "    - %s\n", u)
		}
		for _, n := range rc.NotPriced {
			fmt.Fprintf(w, "    not priced: %s\n", n)
		}
	}
	if c.HasBefore {
		fmt.Fprintf(w, "  Total: %.2f -> %.2f (%s)\n", c.TotalBefore, c.TotalAfter, signed(c.Delta))
	} else {
		fmt.Fprintf(w, "  Total: %.2f\n", c.TotalAfter)
	}
	for _, u := range c.NotPriced {
		fmt.Fprintf(w, "  not priced by iacvet: %s (%s)\n", u.Address, u.Type)
	}
	if len(c.Free) > 0 {
		var names []string
		for _, u := range c.Free {
			names = append(names, u.Address)
		}
		fmt.Fprintf(w, "  free, no charge of their own (%d): %s\n", len(c.Free), strings.Join(names, ", "))
	}
	for _, h := range c.Hints {
		fmt.Fprintf(w, "  hint: %s: %s (saves %.2f/month)\n", h.Address, h.Message, h.Saving)
	}
	if len(c.Provenance) > 0 {
		var src []string
		for _, p := range c.Provenance {
			src = append(src, p.String())
		}
		fmt.Fprintf(w, "  prices: %s%s\n", strings.Join(src, "; "), snapshotRegions(c))
	}
	fmt.Fprintln(w)
}

func money(v *float64) string {
	if v == nil {
		return "-"
	}
	return fmt.Sprintf("%.2f", *v)
}

func signed(v float64) string {
	if v >= 0 {
		return fmt.Sprintf("+%.2f", v)
	}
	return fmt.Sprintf("%.2f", v)
}

// aboutCode reports whether a diagnostic concerns the scanned code (it has
// a file), as opposed to the run itself: AWS lookups made or not, caches.
func aboutCode(d model.Diagnostic) bool { return d.Position.File != "" }

// asideSummary is the one line that stands for the notes about the run.
func asideSummary(ds model.Diagnostics) string {
	first := ds[0].Summary
	if len(ds) == 1 {
		return first + " (-v or --stats for details)"
	}
	return fmt.Sprintf("%d notes about AWS lookups and data, such as %q (-v or --stats lists them)", len(ds), first)
}
