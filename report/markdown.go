package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/iacvet/iacvet/model"
)

// Markdown renders a pull-request summary: findings by severity, the
// findings themselves and the monthly cost table with the total delta first.
type Markdown struct {
	// MaxFindings bounds the findings listed (default 50); the rest are counted.
	MaxFindings int
}

// Write implements Writer.
func (m Markdown) Write(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	c := r.Count()
	fmt.Fprintf(bw, "## iacvet\n\n")
	if hasCost(r.Cost) {
		if r.Cost.HasBefore {
			fmt.Fprintf(bw, "**Monthly cost change: %s %s** (%s → %s)\n\n", signed(r.Cost.Delta), currency(r.Cost), usd(r.Cost.TotalBefore), usd(r.Cost.TotalAfter))
		} else {
			fmt.Fprintf(bw, "**Estimated monthly cost: %s %s**\n\n", usd(r.Cost.TotalAfter), currency(r.Cost))
		}
	}
	fmt.Fprintf(bw, "| Severity | Findings |\n|---|---:|\n")
	for _, s := range severitiesDesc {
		fmt.Fprintf(bw, "| %s | %d |\n", s, c.BySeverity[s])
	}
	fmt.Fprintf(bw, "| unknown until apply | %d |\n| suppressed | %d |\n\n", c.Unknown, c.Suppressed)
	limit := m.MaxFindings
	if limit <= 0 {
		limit = 50
	}
	listed := 0
	rules := r.ruleByID()
	for _, f := range r.Findings {
		if f.Suppression != nil || f.Outcome == model.OutcomeUnknown {
			continue
		}
		if listed == 0 {
			fmt.Fprintf(bw, "| Rule | Severity | Resource | Location | Message | Fix |\n|---|---|---|---|---|---|\n")
		}
		listed++
		if listed > limit {
			continue
		}
		resource := "`" + cell(f.Resource) + "`"
		if f.Resource == "" {
			resource = "(whole change)"
		}
		fix, m := fixFor(f, rules)
		rule := f.RuleID
		if u := RuleDocURL(m); u != "" {
			rule = "[" + f.RuleID + "](" + u + ")"
		}
		fmt.Fprintf(bw, "| %s | %s | %s | %s | %s | %s |\n", rule, f.Severity, resource, cell(f.Location.String()), cell(f.Message+provenanceNote(f)), cell(fix))
	}
	if listed > limit {
		fmt.Fprintf(bw, "\n_%d more finding(s) not listed._\n", listed-limit)
	}
	if listed > 0 {
		fmt.Fprintln(bw)
	}
	if hasCost(r.Cost) {
		WriteCostTable(bw, r.Cost)
	}
	return bw.Flush()
}

// WriteCostTable writes the markdown cost table: one row per priced
// resource (before, after and delta for plans; the monthly figure alone for
// sources and templates), then assumptions, usage-based components, what is
// not priced, the free resources, savings hints and the prices' provenance.
func WriteCostTable(w io.Writer, c *model.CostReport) {
	fmt.Fprintf(w, "### Monthly cost (%s, 730 h, on-demand list prices)\n\n", currency(c))
	if c.HasBefore {
		fmt.Fprintf(w, "**Total delta: %s** (%s → %s)\n\n", signed(c.Delta), usd(c.TotalBefore), usd(c.TotalAfter))
	} else {
		fmt.Fprintf(w, "**Total: %s**\n\n", usd(c.TotalAfter))
	}
	if len(c.Resources) > 0 {
		if c.HasBefore {
			fmt.Fprintf(w, "| Resource | Type | Change | Before | After | Delta |\n|---|---|---|---:|---:|---:|\n")
		} else {
			fmt.Fprintf(w, "| Resource | Type | Monthly |\n|---|---|---:|\n")
		}
	}
	for _, rc := range c.Resources {
		if !c.HasBefore {
			fmt.Fprintf(w, "| `%s` | %s | %s |\n", cell(rc.Address), cell(rc.Type), money(rc.After))
			continue
		}
		action := string(rc.Action)
		if action == "" {
			action = "unchanged (not in the plan)"
		}
		fmt.Fprintf(w, "| `%s` | %s | %s | %s | %s | %s |\n", cell(rc.Address), cell(rc.Type), action, money(rc.Before), money(rc.After), signed(rc.Delta))
	}
	notes := func(title string, get func(model.ResourceCost) []string) {
		var lines []string
		for _, rc := range c.Resources {
			for _, n := range get(rc) {
				lines = append(lines, fmt.Sprintf("- `%s`: %s", cell(rc.Address), cell(n)))
			}
		}
		if len(lines) > 0 {
			fmt.Fprintf(w, "\n%s:\n\n%s\n", title, strings.Join(lines, "\n"))
		}
	}
	notes("Assumed (left to AWS by the configuration)", func(rc model.ResourceCost) []string { return rc.Assumed })
	notes("Usage-based components (not in the totals)", func(rc model.ResourceCost) []string { return rc.UsageBased })
	notes("Components not priced", func(rc model.ResourceCost) []string { return rc.NotPriced })
	if len(c.NotPriced) > 0 {
		fmt.Fprintf(w, "\nNot priced by iacvet (%d):\n\n", len(c.NotPriced))
		for _, u := range c.NotPriced {
			fmt.Fprintf(w, "- `%s` (%s)\n", cell(u.Address), cell(u.Type))
		}
	}
	if len(c.Free) > 0 {
		var names []string
		for _, u := range c.Free {
			names = append(names, "`"+cell(u.Address)+"`")
		}
		fmt.Fprintf(w, "\nFree, no charge of their own (%d): %s\n", len(c.Free), strings.Join(names, ", "))
	}
	if len(c.Hints) > 0 {
		fmt.Fprintf(w, "\nSavings hints:\n\n")
		for _, h := range c.Hints {
			fmt.Fprintf(w, "- `%s`: %s (saves %s %s/month)\n", cell(h.Address), cell(h.Message), usd(h.Saving), currency(c))
		}
	}
	if len(c.Provenance) > 0 {
		var src []string
		for _, p := range c.Provenance {
			src = append(src, p.String())
		}
		fmt.Fprintf(w, "\n_Prices: %s%s._\n", strings.Join(src, "; "), snapshotRegions(c))
	}
}

// snapshotRegions names the regions the price snapshot holds.
func snapshotRegions(c *model.CostReport) string {
	if len(c.SnapshotRegions) == 0 {
		return ""
	}
	return " (snapshot regions: " + strings.Join(c.SnapshotRegions, ", ") + ")"
}

// currency is the report's currency (USD unless said otherwise).
func currency(c *model.CostReport) string {
	if c.Currency == "" {
		return "USD"
	}
	return c.Currency
}

// hasCost reports whether a cost report has anything to show.
func hasCost(c *model.CostReport) bool {
	return c != nil && len(c.Resources)+len(c.NotPriced)+len(c.Free) > 0
}

func usd(v float64) string { return fmt.Sprintf("%.2f", v) }

func cell(s string) string {
	return strings.NewReplacer("|", "\\|", "\n", " ").Replace(s)
}
