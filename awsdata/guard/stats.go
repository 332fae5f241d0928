package guard

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

// Stats collects what --stats shows about AWS lookups. Safe for concurrent use.
type Stats struct {
	mu        sync.Mutex
	ops       map[string]*opStats
	cacheHits map[string]int
	fallbacks map[string]int
	changes   []BreakerChange
}

type opStats struct {
	calls, errors, refused int
	lat                    []time.Duration
}

// BreakerChange is one circuit breaker state change.
type BreakerChange struct {
	Breaker  string `json:"breaker"`
	From, To string
}

// OpStats is the summary of one operation.
type OpStats struct {
	Operation string        `json:"operation"`
	Calls     int           `json:"calls"`
	Errors    int           `json:"errors"`
	Refused   int           `json:"refused"`
	P50       time.Duration `json:"p50"`
	P95       time.Duration `json:"p95"`
}

// Snapshot is a point-in-time copy of the statistics, sorted.
type Snapshot struct {
	Operations []OpStats       `json:"operations"`
	CacheHits  map[string]int  `json:"cache_hits"`
	Fallbacks  map[string]int  `json:"fallbacks"`
	Breakers   []BreakerChange `json:"breaker_changes"`
}

func newStats() *Stats {
	return &Stats{ops: map[string]*opStats{}, cacheHits: map[string]int{}, fallbacks: map[string]int{}}
}

func (s *Stats) op(name string) *opStats {
	o := s.ops[name]
	if o == nil {
		o = &opStats{}
		s.ops[name] = o
	}
	return o
}

func (s *Stats) call(op string, d time.Duration, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	o := s.op(op)
	o.calls++
	o.lat = append(o.lat, d)
	if err != nil {
		o.errors++
	}
}

func (s *Stats) refused(op string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.op(op).refused++
}

func (s *Stats) breakerChange(name, from, to string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.changes = append(s.changes, BreakerChange{Breaker: name, From: from, To: to})
}

// CacheHit records that dataset what was answered from the cache.
func (s *Stats) CacheHit(what string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cacheHits[what]++
}

// Fallback records that dataset what fell back to source ("cache",
// "snapshot" or "not checked").
func (s *Stats) Fallback(what, source string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fallbacks[what+" -> "+source]++
}

// Calls returns the number of calls made for "service:operation" (refused
// calls not included).
func (s *Stats) Calls(op string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if o := s.ops[op]; o != nil {
		return o.calls
	}
	return 0
}

// Snapshot copies the statistics.
func (s *Stats) Snapshot() Snapshot {
	s.mu.Lock()
	defer s.mu.Unlock()
	snap := Snapshot{CacheHits: map[string]int{}, Fallbacks: map[string]int{}, Breakers: slices.Clone(s.changes)}
	for name, o := range s.ops {
		lat := slices.Clone(o.lat)
		slices.Sort(lat)
		snap.Operations = append(snap.Operations, OpStats{
			Operation: name, Calls: o.calls, Errors: o.errors, Refused: o.refused,
			P50: percentile(lat, 50), P95: percentile(lat, 95),
		})
	}
	sort.Slice(snap.Operations, func(i, j int) bool { return snap.Operations[i].Operation < snap.Operations[j].Operation })
	for k, v := range s.cacheHits {
		snap.CacheHits[k] = v
	}
	for k, v := range s.fallbacks {
		snap.Fallbacks[k] = v
	}
	return snap
}

// percentile is the nearest-rank percentile of sorted durations.
func percentile(sorted []time.Duration, p int) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := (p*len(sorted) + 99) / 100
	if rank < 1 {
		rank = 1
	}
	return sorted[rank-1]
}

// String renders the statistics as a plain-text table.
func (s *Stats) String() string { return s.Snapshot().String() }

// String renders the snapshot as a plain-text table.
func (snap Snapshot) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-48s %6s %6s %7s %9s %9s\n", "AWS operation", "calls", "errors", "refused", "p50", "p95")
	for _, o := range snap.Operations {
		fmt.Fprintf(&b, "%-48s %6d %6d %7d %9s %9s\n", o.Operation, o.Calls, o.Errors, o.Refused, round(o.P50), round(o.P95))
	}
	writeCounts(&b, "cache hits", snap.CacheHits)
	writeCounts(&b, "fallbacks", snap.Fallbacks)
	if len(snap.Breakers) > 0 {
		b.WriteString("circuit breakers:\n")
		for _, c := range snap.Breakers {
			fmt.Fprintf(&b, "  %s: %s -> %s\n", c.Breaker, c.From, c.To)
		}
	}
	return b.String()
}

func writeCounts(b *strings.Builder, title string, m map[string]int) {
	if len(m) == 0 {
		return
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintf(b, "%s:\n", title)
	for _, k := range keys {
		fmt.Fprintf(b, "  %-60s %6d\n", k, m[k])
	}
}

func round(d time.Duration) string {
	switch {
	case d == 0:
		return "0"
	case d < time.Millisecond:
		return d.Round(time.Microsecond).String()
	default:
		return d.Round(100 * time.Microsecond).String()
	}
}
