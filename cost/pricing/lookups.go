package pricing

import (
	"context"
	"encoding/json"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awspricing "github.com/aws/aws-sdk-go-v2/service/pricing"

	"github.com/iacvet/iacvet/awsdata"
	"github.com/iacvet/iacvet/awsdata/cache"
	"github.com/iacvet/iacvet/awsdata/guard"
)

// APIRegion is where the Price List Query API is served from.
const APIRegion = "us-east-1"

// NewAPIClient returns the Price List Query API client for an AWS
// configuration (its endpoint settings, AWS_ENDPOINT_URL_PRICING included,
// apply).
func NewAPIClient(cfg aws.Config) GetProductsAPI {
	return awspricing.NewFromConfig(cfg, func(o *awspricing.Options) { o.Region = APIRegion })
}

// LookupCache keeps prices in the live lookups' on-disk cache. Entries are
// returned whatever their age: Live decides what is fresh.
func LookupCache(c *cache.Cache, now func() time.Time) Cache {
	if now == nil {
		now = time.Now
	}
	return lookupCache{c: c, now: now}
}

type lookupCache struct {
	c   *cache.Cache
	now func() time.Time
}

func (l lookupCache) Get(key string) ([]byte, time.Time, bool) {
	var raw json.RawMessage
	age, ok := l.c.GetStale(key, &raw)
	if !ok {
		return nil, time.Time{}, false
	}
	return raw, l.now().Add(-age), true
}

func (l lookupCache) Put(key string, value []byte) error {
	return l.c.Put(key, json.RawMessage(value))
}

// LookupGuard runs Price List calls behind the live lookups' breaker,
// timeout and statistics.
func LookupGuard(g *guard.Guard) Guard { return lookupGuard{g} }

type lookupGuard struct{ g *guard.Guard }

func (l lookupGuard) Do(ctx context.Context, name string, call func(ctx context.Context) error) error {
	return l.g.Do(ctx, "pricing", APIRegion, name, call)
}

// ForClient returns the price source for a live lookup client: the Price
// List API through the client's cache and breaker, falling back to
// fallback (the embedded snapshot when nil); just the fallback when the
// client is offline.
func ForClient(client *awsdata.Client, fallback PriceSource) PriceSource {
	if fallback == nil {
		fallback = Embedded()
	}
	if client == nil || client.Offline() {
		return fallback
	}
	return NewLive(NewAPIClient(client.Config()), LiveOptions{
		Cache:    LookupCache(client.Cache(), nil),
		TTL:      client.Cache().TTL(),
		Guard:    LookupGuard(client.Guard()),
		Fallback: fallback,
	})
}
