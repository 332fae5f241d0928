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
	if r.Cost != nil && len(r.Cost.Resources) > 0 {
		if r.Cost.HasBefore {
			fmt.Fprintf(bw, "**Monthly cost change: %s USD** (%s → %s)\n\n", signed(r.Cost.Delta), usd(r.Cost.TotalBefore), usd(r.Cost.TotalAfter))
		} else {
			fmt.Fprintf(bw, "**Estimated monthly cost: %s USD**\n\n", usd(r.Cost.TotalAfter))
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
	if r.Cost != nil && len(r.Cost.Resources) > 0 {
		WriteCostTable(bw, r.Cost)
	}
	return bw.Flush()
}

// WriteCostTable writes the markdown cost table.
func WriteCostTable(w io.Writer, c *model.CostReport) {
	fmt.Fprintf(w, "### Monthly cost (USD, 730 h)\n\n")
	if c.HasBefore {
		fmt.Fprintf(w, "**Total delta: %s** (%s → %s)\n\n", signed(c.Delta), usd(c.TotalBefore), usd(c.TotalAfter))
	} else {
		fmt.Fprintf(w, "**Total: %s**\n\n", usd(c.TotalAfter))
	}
	fmt.Fprintf(w, "| Resource | Change | Before | After | Delta |\n|---|---|---:|---:|---:|\n")
	for _, rc := range c.Resources {
		action := string(rc.Action)
		if action == "" {
			action = "-"
		}
		fmt.Fprintf(w, "| `%s` | %s | %s | %s | %s |\n", cell(rc.Address), action, money(rc.Before), money(rc.After), signed(rc.Delta))
	}
	var usage []string
	for _, rc := range c.Resources {
		for _, u := range rc.UsageBased {
			usage = append(usage, fmt.Sprintf("- `%s`: %s", rc.Address, u))
		}
	}
	if len(usage) > 0 {
		fmt.Fprintf(w, "\nUsage-based components (not in the totals):\n\n%s\n", strings.Join(usage, "\n"))
	}
	if len(c.Hints) > 0 {
		fmt.Fprintf(w, "\nSavings hints:\n\n")
		for _, h := range c.Hints {
			fmt.Fprintf(w, "- `%s`: %s (saves %s USD/month)\n", h.Address, h.Message, usd(h.Saving))
		}
	}
	if len(c.Provenance) > 0 {
		var src []string
		for _, p := range c.Provenance {
			src = append(src, p.String())
		}
		fmt.Fprintf(w, "\n_Prices: %s._\n", strings.Join(src, "; "))
	}
}

func usd(v float64) string { return fmt.Sprintf("%.2f", v) }

func cell(s string) string {
	return strings.NewReplacer("|", "\\|", "\n", " ").Replace(s)
}
