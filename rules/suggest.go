package rules

import (
	"sort"
	"strings"

	"github.com/agnivade/levenshtein"
)

// Suggest returns the ids among known that a mistyped id most likely meant:
// those it is a prefix of (AWS-S3 -> AWS-S3-001, ...), else those nearest
// to it by edit distance (AWS-S3-0O1 -> AWS-S3-001), at most n. Case is ignored.
func Suggest(known []string, id string, n int) []string {
	want := strings.ToUpper(strings.TrimSpace(id))
	if want == "" || n <= 0 {
		return nil
	}
	var prefixed []string
	for _, k := range known {
		if strings.HasPrefix(strings.ToUpper(k), want) {
			prefixed = append(prefixed, k)
		}
	}
	if len(prefixed) > 0 {
		sort.Strings(prefixed)
		return first(prefixed, n)
	}
	// A third of the id may be wrong: enough for a typo or a wrong digit,
	// not so much that every id of the same length comes back. Only the
	// nearest ids are returned.
	limit := max(2, len(want)/3)
	var nearest []string
	for _, k := range known {
		d := levenshtein.ComputeDistance(want, strings.ToUpper(k))
		switch {
		case d > limit:
		case d < limit:
			limit = d
			nearest = append(nearest[:0], k)
		default:
			nearest = append(nearest, k)
		}
	}
	sort.Strings(nearest)
	return first(nearest, n)
}

func first(s []string, n int) []string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
