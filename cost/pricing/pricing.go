package pricing

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/iacvet/iacvet/model"
)

//go:generate go run gen_snapshot.go

// Price is one unit price with where it came from.
type Price struct {
	// USD per unit (the unit is fixed by the key; see Key).
	USD    float64
	Source model.Provenance
}

// PriceSource looks up unit prices by key. ok is false when the source has
// no price for the key; sources never invent a price.
type PriceSource interface {
	Lookup(ctx context.Context, key string) (p Price, ok bool)
}

// Key builds a price key: "<region>/<component>", for example
// Key("us-east-1", "ec2/instance/m5.large"). Components and their units:
//
//	ec2/instance/<type>                        per hour (Linux, shared tenancy)
//	ec2/instance-dedicated/<type>              per hour (live only)
//	ec2/data-transfer-out                      per GB
//	ebs/<gp2|gp3|io1|io2|st1|sc1|standard>/storage  per GB-month
//	ebs/gp3/iops, ebs/io1/iops                 per IOPS-month (gp3: above 3000)
//	ebs/io2/iops-tier<1|2|3>                   per IOPS-month (0-32000, 32001-64000, above)
//	ebs/gp3/throughput                         per MiB/s-month (above 125)
//	ebs/standard/io                            per request
//	ebs/snapshot/storage                       per GB-month
//	rds/instance/<engine>/<class>/<single|multi>  per hour
//	rds/<storage|iops|throughput>/<type>/<single|multi>  per GB-month / IOPS-month / MiB/s-month
//	rds/storage/aurora/single, rds/io/aurora/single  per GB-month, per request
//	vpc/nat-gateway/hour, vpc/nat-gateway/gb, vpc/public-ipv4/hour
//	elb/<application|network|gateway|classic>/hour, elb/<…>/lcu (per LCU-hour), elb/classic/gb
//	eks/cluster/hour
//	elasticache/node/<redis|memcached|valkey>/<type>   per hour
//	dynamodb/<rcu|wcu>/hour, dynamodb/<read|write>-request, dynamodb/storage
//	opensearch/instance/<type>.search (per hour), opensearch/storage/<gp2|gp3>
//	redshift/node/<type> (per hour), redshift/managed-storage
//	lambda/<x86_64|arm64>/<requests|gb-second>
//	s3/standard/<storage|put|get>
func Key(region, component string) string { return region + "/" + component }

// SplitKey splits a key into region and component.
func SplitKey(key string) (region, component string, ok bool) {
	return strings.Cut(key, "/")
}

// Snapshot is a dated set of prices, the embedded one or one rebuilt by
// Refresh. It is a PriceSource.
type Snapshot struct {
	// Date the prices are valid for (YYYY-MM-DD).
	Date     string `json:"date"`
	Currency string `json:"currency"`
	// Method says how the figures were obtained.
	Method  string   `json:"method"`
	Regions []string `json:"regions"`
	// Prices by key, USD per unit.
	Prices map[string]float64 `json:"prices"`
	// Missing lists keys a refresh could not find in the Price List API.
	Missing []string `json:"missing,omitempty"`
}

//go:embed snapshot.json
var embedded []byte

var embeddedOnce = sync.OnceValues(func() (*Snapshot, error) { return ParseSnapshot(embedded) })

// Embedded returns the price snapshot built into the binary. Callers must not
// modify it.
func Embedded() *Snapshot {
	s, err := embeddedOnce()
	if err != nil {
		// The embedded file is checked by the package tests.
		panic(fmt.Sprintf("embedded price snapshot: %v", err))
	}
	return s
}

// ParseSnapshot reads a snapshot written by Snapshot.JSON (or the embedded one).
func ParseSnapshot(data []byte) (*Snapshot, error) {
	var s Snapshot
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, fmt.Errorf("parse price snapshot: %w", err)
	}
	if s.Date == "" {
		return nil, errors.New("parse price snapshot: no date")
	}
	if len(s.Prices) == 0 {
		return nil, errors.New("parse price snapshot: no prices")
	}
	for k, v := range s.Prices {
		if _, _, ok := SplitKey(k); !ok || v < 0 {
			return nil, fmt.Errorf("parse price snapshot: bad entry %q: %v", k, v)
		}
	}
	return &s, nil
}

// JSON encodes the snapshot deterministically (keys sorted, one per line).
func (s *Snapshot) JSON() []byte {
	keys := make([]string, 0, len(s.Prices))
	for k := range s.Prices {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	// Keys are written with encoding/json, not %q: Go's quoting (\x7f)
	// is not JSON.
	quote := func(s string) []byte {
		data, _ := json.Marshal(s)
		return data
	}
	head := func(name string, v any) {
		data, _ := json.Marshal(v)
		fmt.Fprintf(&b, "  %s: %s,\n", quote(name), data)
	}
	b.WriteString("{\n")
	head("date", s.Date)
	head("currency", s.Currency)
	head("method", s.Method)
	head("regions", s.Regions)
	if len(s.Missing) > 0 {
		head("missing", s.Missing)
	}
	b.WriteString("  \"prices\": {\n")
	for i, k := range keys {
		v, _ := json.Marshal(s.Prices[k])
		sep := ","
		if i == len(keys)-1 {
			sep = ""
		}
		fmt.Fprintf(&b, "    %s: %s%s\n", quote(k), v, sep)
	}
	b.WriteString("  }\n}\n")
	return []byte(b.String())
}

// Provenance is the provenance of every price from this snapshot.
func (s *Snapshot) Provenance() model.Provenance {
	return model.Provenance{Source: model.DataSnapshot, What: "price snapshot", SnapshotDate: s.Date}
}

// Lookup implements PriceSource.
func (s *Snapshot) Lookup(_ context.Context, key string) (Price, bool) {
	v, ok := s.Prices[key]
	if !ok {
		return Price{}, false
	}
	return Price{USD: v, Source: s.Provenance()}, true
}

// Components lists the price components (keys without region) of the
// snapshot, sorted.
func (s *Snapshot) Components() []string {
	seen := map[string]bool{}
	for k := range s.Prices {
		if _, c, ok := SplitKey(k); ok {
			seen[c] = true
		}
	}
	out := make([]string, 0, len(seen))
	for c := range seen {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// RegionLister is a PriceSource that knows the regions its snapshot holds.
type RegionLister interface {
	SnapshotRegions() []string
}

// SnapshotRegions implements RegionLister.
func (s *Snapshot) SnapshotRegions() []string { return s.Regions }

// SnapshotRegions implements RegionLister: the regions of every snapshot in
// the chain, in order, once each.
func (c Chain) SnapshotRegions() []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range c {
		if rl, ok := s.(RegionLister); ok {
			for _, r := range rl.SnapshotRegions() {
				if !seen[r] {
					seen[r] = true
					out = append(out, r)
				}
			}
		}
	}
	return out
}

// Chain is a PriceSource that asks each source in turn and returns the
// first price found (for example a refreshed snapshot, then the embedded one).
type Chain []PriceSource

// Lookup implements PriceSource.
func (c Chain) Lookup(ctx context.Context, key string) (Price, bool) {
	for _, s := range c {
		if s == nil {
			continue
		}
		if p, ok := s.Lookup(ctx, key); ok {
			return p, true
		}
	}
	return Price{}, false
}
