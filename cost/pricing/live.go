package pricing

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"

	awspricing "github.com/aws/aws-sdk-go-v2/service/pricing"
	"github.com/aws/aws-sdk-go-v2/service/pricing/types"

	"github.com/iacvet/iacvet/model"
)

// GetProductsAPI is the one Price List Query API call iacvet uses. The
// client must be configured for us-east-1 (the API's endpoint region).
type GetProductsAPI interface {
	GetProducts(ctx context.Context, in *awspricing.GetProductsInput, optFns ...func(*awspricing.Options)) (*awspricing.GetProductsOutput, error)
}

// Cache is the on-disk cache of live prices (awsdata/cache adapts to it).
type Cache interface {
	// Get returns the stored value and when it was fetched.
	Get(key string) (value []byte, fetchedAt time.Time, ok bool)
	Put(key string, value []byte) error
}

// Guard runs one API call with a timeout and a circuit breaker
// (awsdata/guard adapts to it). A nil Guard runs the call as is.
type Guard interface {
	Do(ctx context.Context, name string, call func(ctx context.Context) error) error
}

// LiveOptions configures a Live source.
type LiveOptions struct {
	// Cache, when set, keeps live prices across runs.
	Cache Cache
	// TTL is how long a cached price is used without asking the API
	// (default 7 days). Stale entries are still used when the API fails.
	TTL time.Duration
	// Guard wraps every API call.
	Guard Guard
	// Fallback answers when the API and the cache cannot (usually Embedded()).
	Fallback PriceSource
	// Now is the clock (tests inject one).
	Now func() time.Time
}

// Live looks prices up in the AWS Price List Query API, with an on-disk
// cache and a fallback source. It is safe for concurrent use.
type Live struct {
	client GetProductsAPI
	opts   LiveOptions

	mu     sync.Mutex
	memo   map[string]memoEntry
	errs   []error
	broken bool // the API failed in this run: stop asking it
}

type memoEntry struct {
	p  Price
	ok bool
}

// SnapshotRegions implements RegionLister: the fallback snapshot's regions.
func (l *Live) SnapshotRegions() []string {
	if rl, ok := l.opts.Fallback.(RegionLister); ok {
		return rl.SnapshotRegions()
	}
	return nil
}

// NewLive returns a live price source.
func NewLive(client GetProductsAPI, opts LiveOptions) *Live {
	if opts.TTL <= 0 {
		opts.TTL = 7 * 24 * time.Hour
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Live{client: client, opts: opts, memo: map[string]memoEntry{}}
}

// Errors returns the API failures that made the source fall back, in order.
func (l *Live) Errors() []error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]error(nil), l.errs...)
}

type cached struct {
	USD       float64   `json:"usd"`
	What      string    `json:"what"`
	FetchedAt time.Time `json:"fetched_at"`
}

// Lookup implements PriceSource: memo, fresh cache, API, stale cache, fallback.
func (l *Live) Lookup(ctx context.Context, key string) (Price, bool) {
	l.mu.Lock()
	if e, ok := l.memo[key]; ok {
		l.mu.Unlock()
		return e.p, e.ok
	}
	broken := l.broken
	l.mu.Unlock()
	p, ok := l.lookup(ctx, key, broken)
	l.mu.Lock()
	l.memo[key] = memoEntry{p, ok}
	l.mu.Unlock()
	return p, ok
}

func (l *Live) lookup(ctx context.Context, key string, broken bool) (Price, bool) {
	q, known := QueryFor(key)
	if !known {
		return l.fallback(ctx, key)
	}
	now := l.opts.Now()
	var stale *cached
	if l.opts.Cache != nil {
		if data, at, ok := l.opts.Cache.Get("pricing/" + key); ok {
			var c cached
			if json.Unmarshal(data, &c) == nil && c.USD >= 0 {
				if c.FetchedAt.IsZero() {
					c.FetchedAt = at
				}
				if now.Sub(c.FetchedAt) < l.opts.TTL {
					return l.fromCache(c, now), true
				}
				stale = &c
			}
		}
	}
	if !broken {
		usd, found, err := l.fetch(ctx, q)
		switch {
		case err != nil:
			l.mu.Lock()
			l.errs = append(l.errs, fmt.Errorf("price %s: %w", key, err))
			l.broken = true
			l.mu.Unlock()
		case found:
			c := cached{USD: usd, What: q.What, FetchedAt: now}
			if l.opts.Cache != nil {
				if data, err := json.Marshal(c); err == nil {
					if err := l.opts.Cache.Put("pricing/"+key, data); err != nil {
						l.mu.Lock()
						l.errs = append(l.errs, fmt.Errorf("cache price %s: %w", key, err))
						l.mu.Unlock()
					}
				}
			}
			return Price{USD: usd, Source: model.Provenance{Source: model.DataLive, What: q.What, FetchedAt: now}}, true
		}
	}
	if stale != nil {
		return l.fromCache(*stale, now), true
	}
	return l.fallback(ctx, key)
}

func (l *Live) fromCache(c cached, now time.Time) Price {
	return Price{USD: c.USD, Source: model.Provenance{Source: model.DataCache, What: c.What, FetchedAt: c.FetchedAt, Age: now.Sub(c.FetchedAt)}}
}

func (l *Live) fallback(ctx context.Context, key string) (Price, bool) {
	if l.opts.Fallback == nil {
		return Price{}, false
	}
	return l.opts.Fallback.Lookup(ctx, key)
}

// fetch asks the API for one query's price.
func (l *Live) fetch(ctx context.Context, q Query) (float64, bool, error) {
	items, err := getProducts(ctx, l.client, l.opts.Guard, q.ServiceCode, q.single())
	if err != nil {
		return 0, false, err
	}
	usd, ok := pick(items, q)
	return usd, ok, nil
}

// getProducts runs one paginated GetProducts query and decodes every item.
func getProducts(ctx context.Context, client GetProductsAPI, guard Guard, service string, filters [][2]string) ([]Product, error) {
	in := &awspricing.GetProductsInput{ServiceCode: &service, FormatVersion: ptr("aws_v1"), MaxResults: ptr(int32(100))}
	for _, f := range filters {
		in.Filters = append(in.Filters, types.Filter{Type: types.FilterTypeTermMatch, Field: ptr(f[0]), Value: ptr(f[1])})
	}
	var out []Product
	seen := map[string]bool{}
	for page := 0; ; page++ {
		if page >= 1000 {
			return nil, errors.New("get products: too many pages")
		}
		var resp *awspricing.GetProductsOutput
		call := func(ctx context.Context) error {
			var err error
			resp, err = client.GetProducts(ctx, in)
			return err
		}
		var err error
		if guard != nil {
			err = guard.Do(ctx, "pricing:GetProducts", call)
		} else {
			err = call(ctx)
		}
		if err != nil {
			return nil, fmt.Errorf("get products %s: %w", service, err)
		}
		for _, raw := range resp.PriceList {
			p, err := ParseProduct(raw)
			if err != nil {
				return nil, fmt.Errorf("get products %s: %w", service, err)
			}
			out = append(out, p)
		}
		if resp.NextToken == nil || *resp.NextToken == "" {
			return out, nil
		}
		if seen[*resp.NextToken] {
			return nil, errors.New("get products: pagination token repeats")
		}
		seen[*resp.NextToken] = true
		in.NextToken = resp.NextToken
	}
}

func ptr[T any](v T) *T { return &v }

// Product is one decoded Price List item: its attributes and its on-demand
// USD price (the first non-zero tier, per unit as listed).
type Product struct {
	SKU        string
	Family     string
	Attributes map[string]string
	Unit       string
	USD        float64
	HasPrice   bool
}

type priceListItem struct {
	Product struct {
		SKU           string            `json:"sku"`
		ProductFamily string            `json:"productFamily"`
		Attributes    map[string]string `json:"attributes"`
	} `json:"product"`
	Terms struct {
		OnDemand map[string]struct {
			PriceDimensions map[string]struct {
				Unit         string            `json:"unit"`
				BeginRange   string            `json:"beginRange"`
				PricePerUnit map[string]string `json:"pricePerUnit"`
			} `json:"priceDimensions"`
		} `json:"OnDemand"`
	} `json:"terms"`
}

// ParseProduct decodes one PriceList JSON string as the API returns it.
func ParseProduct(raw string) (Product, error) {
	var it priceListItem
	if err := json.Unmarshal([]byte(raw), &it); err != nil {
		return Product{}, fmt.Errorf("decode price list item: %w", err)
	}
	p := Product{SKU: it.Product.SKU, Family: it.Product.ProductFamily, Attributes: it.Product.Attributes}
	if p.Attributes == nil {
		p.Attributes = map[string]string{}
	}
	if p.Family != "" {
		p.Attributes["productFamily"] = p.Family
	}
	best := math.Inf(1)
	for _, term := range it.Terms.OnDemand {
		for _, d := range term.PriceDimensions {
			s, ok := d.PricePerUnit["USD"]
			if !ok {
				continue
			}
			usd, err := strconv.ParseFloat(s, 64)
			if err != nil || usd < 0 || math.IsNaN(usd) || math.IsInf(usd, 0) {
				return Product{}, fmt.Errorf("decode price list item %s: bad USD price %q", p.SKU, s)
			}
			if usd == 0 {
				continue
			}
			begin, err := strconv.ParseFloat(d.BeginRange, 64)
			if err != nil {
				begin = 0
			}
			if begin < best || (begin == best && usd < p.USD) {
				best, p.USD, p.Unit, p.HasPrice = begin, usd, d.Unit, true
			}
		}
	}
	// Throughput may be listed per GiB/s; iacvet prices per MiB/s.
	if p.HasPrice && strings.Contains(strings.ToLower(p.Unit), "gibps") {
		p.USD /= 1024
	}
	return p, nil
}

// pick selects the query's price among products: the lowest non-zero price
// of the matching products (the API returns one for well-formed queries).
func pick(items []Product, q Query) (float64, bool) {
	found := false
	usd := 0.0
	for _, p := range items {
		if !p.HasPrice || !q.matches(p.Attributes) {
			continue
		}
		if !found || p.USD < usd {
			usd, found = p.USD, true
		}
	}
	return usd, found
}
