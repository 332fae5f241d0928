package report

import (
	"compress/gzip"
	"fmt"
	"sort"

	"github.com/iacvet/iacvet/model"
)

// Limits bounds a SARIF log. When more results would be written than fit,
// the most severe are kept (unsuppressed before suppressed) and the run's
// invocation says, in a toolExecutionNotification with descriptor
// LimitNotification, how many were left out.
type Limits struct {
	// Results is the most results per run.
	Results int
	// GzipBytes is the most bytes the gzip-compressed log may take.
	GzipBytes int64
	// TagsPerRule is the most tags of a rule's properties.
	TagsPerRule int
}

// GitHubLimits are GitHub code scanning's hard limits on an upload ("SARIF
// results exceed hard limit" in GitHub's code scanning documentation):
// 25,000 results per run, 10 MB gzip-compressed per SARIF file and 20 tags
// per rule. The others (20 runs per file, 25,000 rules per run, 1,000
// locations per result, 10,000 thread flow locations per result) cannot be
// reached: iacvet writes one run, one rule per policy and one location and
// no thread flow per result.
var GitHubLimits = Limits{Results: 25000, GzipBytes: 10_000_000, TagsPerRule: 20}

// LimitNotification is the descriptor id of the notification that says
// results were left out.
const LimitNotification = "iacvet/results-left-out"

func (s *SARIF) limits() Limits {
	lim := GitHubLimits
	if s.Limits.Results > 0 {
		lim.Results = s.Limits.Results
	}
	if s.Limits.GzipBytes > 0 {
		lim.GzipBytes = s.Limits.GzipBytes
	}
	if s.Limits.TagsPerRule > 0 {
		lim.TagsPerRule = s.Limits.TagsPerRule
	}
	return lim
}

// cut records how many of the results a log keeps, and why.
type cut struct {
	kept, of int
	reason   string
}

func (c cut) message() string {
	return fmt.Sprintf("%s: kept the %d most severe of %d results; the JSON and text reports list them all", c.reason, c.kept, c.of)
}

// resultOrder lists the indexes of the findings that become SARIF results
// (failures, suppressed or not; unknown-until-apply results go to the run's
// properties), most important first: unsuppressed before suppressed, then
// by severity, then in the report's order.
func resultOrder(r *Report) []int {
	var order []int
	for i, f := range r.Findings {
		if f.Outcome != model.OutcomeUnknown {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool {
		fa, fb := r.Findings[order[a]], r.Findings[order[b]]
		if sa, sb := fa.Suppression != nil, fb.Suppression != nil; sa != sb {
			return !sa
		}
		return fa.Severity.Rank() > fb.Severity.Rank()
	})
	return order
}

// gzipSize is the size of data gzip-compressed at the default level, or
// len(data) when that is under limit (compressing JSON text never grows it,
// so it fits and need not be compressed to know).
func gzipSize(data []byte, limit int64) int64 {
	if int64(len(data)) < limit {
		return int64(len(data))
	}
	var n countWriter
	z := gzip.NewWriter(&n)
	z.Write(data)
	z.Close()
	return int64(n)
}

type countWriter int64

func (c *countWriter) Write(p []byte) (int, error) {
	*c += countWriter(len(p))
	return len(p), nil
}

// mb formats a byte count in MB (10^6 bytes: GitHub does not say which MB
// its limit means, so the smaller is assumed).
func mb(n int64) string {
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}
