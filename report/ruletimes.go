package report

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"time"
)

// SlowestRules is how many rules the --stats listing names.
const SlowestRules = 10

// WriteRuleTimes writes the evaluation time of all rules together and of
// the n slowest, each with its share of the total. Rules evaluate on all
// cores, so the total is CPU time spent in rules, not wall time.
func WriteRuleTimes(w io.Writer, durations map[string]time.Duration, n int) {
	type ruleTime struct {
		id   string
		took time.Duration
	}
	var all []ruleTime
	var total time.Duration
	for id, d := range durations {
		all = append(all, ruleTime{id, d})
		total += d
	}
	if len(all) == 0 {
		return
	}
	slices.SortFunc(all, func(a, b ruleTime) int {
		if c := cmp.Compare(b.took, a.took); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	fmt.Fprintf(w, "  %d rules evaluated in %s (summed over cores)\n", len(all), total.Round(time.Millisecond))
	for _, rt := range all[:min(n, len(all))] {
		share := 0.0
		if total > 0 {
			share = 100 * float64(rt.took) / float64(total)
		}
		fmt.Fprintf(w, "  %-16s %10s %5.1f%%\n", rt.id, rt.took.Round(100*time.Microsecond), share)
	}
}
