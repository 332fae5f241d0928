package pricing

import (
	"context"
	"fmt"
	"sort"
	"time"
)

// RefreshOptions tunes Refresh.
type RefreshOptions struct {
	Guard Guard
	// Now dates the snapshot (tests inject a clock).
	Now func() time.Time
}

// Refresh rebuilds the price snapshot from the live Price List API for the
// given regions (the embedded snapshot's regions when empty), covering every
// component of the embedded snapshot. Components the API does not list are
// left out and named in the returned snapshot's Missing. Any API failure
// fails the refresh.
func Refresh(ctx context.Context, client GetProductsAPI, regions []string) (*Snapshot, error) {
	return RefreshWith(ctx, client, regions, RefreshOptions{})
}

// RefreshWith is Refresh with options.
func RefreshWith(ctx context.Context, client GetProductsAPI, regions []string, opts RefreshOptions) (*Snapshot, error) {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	base := Embedded()
	if len(regions) == 0 {
		regions = base.Regions
	}
	type want struct {
		key string
		q   Query
	}
	groups := map[string][]want{}
	var order []string
	for _, region := range regions {
		for _, comp := range base.Components() {
			key := Key(region, comp)
			q, ok := QueryFor(key)
			if !ok {
				continue
			}
			g := q.groupKey()
			if _, seen := groups[g]; !seen {
				order = append(order, g)
			}
			groups[g] = append(groups[g], want{key, q})
		}
	}
	sort.Strings(order)
	out := &Snapshot{
		Date:     opts.Now().UTC().Format("2006-01-02"),
		Currency: "USD",
		Method: "On-demand prices from the AWS Price List Query API (pricing:GetProducts, us-east-1 endpoint): " +
			"Linux, shared tenancy, no pre-installed software, capacity status Used; first non-zero on-demand tier " +
			"of each product; fetched by `iacvet pricing refresh` on the date above.",
		Regions: append([]string(nil), regions...),
		Prices:  map[string]float64{},
	}
	for _, g := range order {
		ws := groups[g]
		q := ws[0].q
		items, err := getProducts(ctx, client, opts.Guard, q.ServiceCode, q.Filters)
		if err != nil {
			return nil, fmt.Errorf("refresh prices: %w", err)
		}
		for _, w := range ws {
			if usd, ok := pick(items, w.q); ok {
				out.Prices[w.key] = usd
			} else {
				out.Missing = append(out.Missing, w.key)
			}
		}
	}
	sort.Strings(out.Missing)
	return out, nil
}
