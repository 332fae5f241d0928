package pricing_test

import (
	"context"
	"errors"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	awspricing "github.com/aws/aws-sdk-go-v2/service/pricing"
	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/awsdata/awsfake"
	"github.com/iacvet/iacvet/cost/pricing"
	"github.com/iacvet/iacvet/model"
)

func TestEmbeddedSnapshot(t *testing.T) {
	s := pricing.Embedded()
	if s.Date == "" || s.Method == "" || s.Currency != "USD" {
		t.Fatalf("snapshot header incomplete: date %q method %q currency %q", s.Date, s.Method, s.Currency)
	}
	if _, err := time.Parse("2006-01-02", s.Date); err != nil {
		t.Errorf("snapshot date: %v", err)
	}
	regions := []string{"us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-1", "ap-northeast-1"}
	if diff := cmp.Diff(regions, s.Regions); diff != "" {
		t.Errorf("regions (-want +got):\n%s", diff)
	}
	// Every region covers the same components.
	want := s.Components()
	var required []string
	for _, f := range []string{"t2", "t3", "t3a", "t4g", "m4", "m5", "m5a", "m6i", "m6g", "m7i", "m7g", "c4", "c5", "c6i", "c6g", "c7g", "r4", "r5", "r6i", "r6g", "r7g"} {
		required = append(required, "ec2/instance/"+f+".large", "ec2/instance/"+f+".xlarge", "ec2/instance/"+f+".2xlarge")
	}
	for _, e := range []string{"mysql", "postgres"} {
		for _, c := range []string{"db.t3.micro", "db.t4g.micro", "db.m5.large", "db.m6g.large", "db.m6i.large", "db.r5.large", "db.r6g.large"} {
			required = append(required, "rds/instance/"+e+"/"+c+"/single", "rds/instance/"+e+"/"+c+"/multi")
		}
	}
	for _, e := range []string{"aurora-mysql", "aurora-postgresql"} {
		for _, c := range []string{"db.t3.medium", "db.t4g.medium", "db.r5.large", "db.r6g.large"} {
			required = append(required, "rds/instance/"+e+"/"+c+"/single")
		}
	}
	for _, c := range []string{"cache.t3.micro", "cache.t4g.micro", "cache.m5.large", "cache.m6g.large", "cache.r5.large", "cache.r6g.large"} {
		required = append(required, "elasticache/node/redis/"+c)
	}
	required = append(required, "opensearch/instance/m5.large.search", "opensearch/instance/r6g.large.search", "opensearch/storage/gp3",
		"redshift/node/dc2.large", "redshift/node/ra3.4xlarge", "ebs/gp3/storage", "ebs/gp3/iops", "ebs/gp3/throughput",
		"ebs/io2/iops-tier3", "vpc/nat-gateway/hour", "elb/application/hour", "elb/network/hour", "elb/classic/hour",
		"eks/cluster/hour", "dynamodb/rcu/hour", "dynamodb/wcu/hour", "vpc/public-ipv4/hour")
	for _, region := range regions {
		for _, c := range want {
			if _, ok := s.Prices[pricing.Key(region, c)]; !ok {
				t.Errorf("%s: missing %s", region, c)
			}
		}
		for _, c := range required {
			if v, ok := s.Prices[pricing.Key(region, c)]; !ok || v <= 0 {
				t.Errorf("%s: required price %s missing or zero", region, c)
			}
		}
	}
	// Round trip.
	again, err := pricing.ParseSnapshot(s.JSON())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(s, again); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

// TestEmbeddedSpotPrices pins published list prices (us-east-1 and a few
// other regions) so a regeneration mistake shows up.
func TestEmbeddedSpotPrices(t *testing.T) {
	s := pricing.Embedded()
	for key, want := range map[string]float64{
		"us-east-1/ec2/instance/t3.micro":                        0.0104,
		"us-east-1/ec2/instance/t3.medium":                       0.0416,
		"us-east-1/ec2/instance/m5.large":                        0.096,
		"us-east-1/ec2/instance/m5.xlarge":                       0.192,
		"us-east-1/ec2/instance/c5.9xlarge":                      1.53,
		"us-east-1/ec2/instance/m7g.large":                       0.0816,
		"us-east-1/ec2/instance/t2.micro":                        0.0116,
		"us-west-2/ec2/instance/m5.large":                        0.096,
		"eu-west-1/ec2/instance/m5.large":                        0.107,
		"eu-central-1/ec2/instance/t3.micro":                     0.012,
		"ap-northeast-1/ec2/instance/t3.micro":                   0.0136,
		"us-east-1/ebs/gp2/storage":                              0.10,
		"us-east-1/ebs/gp3/storage":                              0.08,
		"us-east-1/rds/instance/mysql/db.t3.micro/single":        0.017,
		"us-east-1/rds/instance/mysql/db.m5.large/multi":         0.342,
		"us-east-1/rds/instance/postgres/db.m5.large/single":     0.178,
		"us-east-1/rds/instance/aurora-mysql/db.r5.large/single": 0.29,
		"us-east-1/vpc/nat-gateway/hour":                         0.045,
		"us-east-1/elb/application/hour":                         0.0225,
		"us-east-1/vpc/public-ipv4/hour":                         0.005,
		"us-east-1/eks/cluster/hour":                             0.10,
		"us-east-1/dynamodb/wcu/hour":                            0.00065,
		"us-east-1/dynamodb/rcu/hour":                            0.00013,
		"us-east-1/elasticache/node/redis/cache.t3.micro":        0.017,
		"us-east-1/redshift/node/dc2.large":                      0.25,
	} {
		got, ok := s.Prices[key]
		if !ok || abs(got-want) > 1e-9 {
			t.Errorf("%s = %v (present %v), want %v", key, got, ok, want)
		}
	}
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

func TestQueryForEveryComponent(t *testing.T) {
	for _, c := range pricing.Embedded().Components() {
		q, ok := pricing.QueryFor(pricing.Key("eu-west-1", c))
		if !ok {
			t.Errorf("no Price List query for %s", c)
			continue
		}
		if q.ServiceCode == "" || !strings.Contains(q.What, "eu-west-1") {
			t.Errorf("%s: incomplete query %+v", c, q)
		}
	}
	if _, ok := pricing.QueryFor("us-east-1/nosuch/thing"); ok {
		t.Error("QueryFor accepted an unknown component")
	}
}

// fakeAPI starts the fake Price List API and a client for it.
func fakeAPI(t *testing.T, products ...awsfake.PricingProduct) (*awsfake.Pricing, *awspricing.Client) {
	t.Helper()
	fake := awsfake.NewPricing(products...)
	srv := httptest.NewServer(fake)
	t.Cleanup(srv.Close)
	client := awspricing.New(awspricing.Options{
		Region:       "us-east-1",
		BaseEndpoint: aws.String(srv.URL),
		Credentials:  credentials.NewStaticCredentialsProvider("AKIDEXAMPLE", "secret", ""),
		Retryer:      aws.NopRetryer{},
		HTTPClient:   srv.Client(),
	})
	return fake, client
}

func ec2Product(sku, region, itype, usd string) awsfake.PricingProduct {
	return awsfake.PricingProduct{
		ServiceCode: "AmazonEC2", SKU: sku, ProductFamily: "Compute Instance",
		Attributes: map[string]string{
			"regionCode": region, "instanceType": itype, "operatingSystem": "Linux", "tenancy": "Shared",
			"preInstalledSw": "NA", "capacitystatus": "Used", "licenseModel": "No License required",
			"usagetype": "BoxUsage:" + itype, "location": "US East (N. Virginia)", "locationType": "AWS Region",
		},
		Dimensions: []awsfake.PricingDimension{{Unit: "Hrs", USD: usd}},
	}
}

type memCache struct {
	mu sync.Mutex
	m  map[string][]byte
	at map[string]time.Time
}

func newMemCache() *memCache { return &memCache{m: map[string][]byte{}, at: map[string]time.Time{}} }

func (c *memCache) Get(key string) ([]byte, time.Time, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[key]
	return v, c.at[key], ok
}

func (c *memCache) Put(key string, v []byte) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key] = v
	c.at[key] = time.Time{}
	return nil
}

type countingGuard struct{ n int }

func (g *countingGuard) Do(ctx context.Context, _ string, call func(context.Context) error) error {
	g.n++
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	return call(ctx)
}

func TestLiveCacheFallback(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	clock := now
	fake, client := fakeAPI(t,
		ec2Product("SKU1", "us-east-1", "m5.large", "0.0970000000"),
		ec2Product("SKU2", "us-east-1", "m5.xlarge", "0.1940000000"),
	)
	cache := newMemCache()
	guard := &countingGuard{}
	opts := pricing.LiveOptions{Cache: cache, Guard: guard, Fallback: pricing.Embedded(), Now: func() time.Time { return clock }, TTL: time.Hour}

	// Live: the API answers and the price is cached.
	live := pricing.NewLive(client, opts)
	p, ok := live.Lookup(ctx, "us-east-1/ec2/instance/m5.large")
	wantLive := pricing.Price{USD: 0.097, Source: model.Provenance{Source: model.DataLive, What: "pricing:GetProducts AmazonEC2 us-east-1", FetchedAt: now}}
	if diff := cmp.Diff(wantLive, p); !ok || diff != "" {
		t.Fatalf("live lookup (ok %v, -want +got):\n%s", ok, diff)
	}
	reqs := fake.Requests()
	if len(reqs) != 1 || reqs[0].ServiceCode != "AmazonEC2" || reqs[0].Filters["instanceType"] != "m5.large" ||
		reqs[0].Filters["regionCode"] != "us-east-1" || reqs[0].Filters["tenancy"] != "Shared" ||
		reqs[0].Filters["capacitystatus"] != "Used" || reqs[0].Filters["preInstalledSw"] != "NA" || reqs[0].Filters["operatingSystem"] != "Linux" {
		t.Errorf("request filters: %+v", reqs)
	}
	if guard.n != 1 {
		t.Errorf("guard saw %d calls, want 1", guard.n)
	}
	// Memoised within a run.
	live.Lookup(ctx, "us-east-1/ec2/instance/m5.large")
	if fake.Calls() != 1 {
		t.Errorf("memo: %d calls", fake.Calls())
	}

	// Cache: a new run 30 minutes later uses the cache, not the API.
	clock = now.Add(30 * time.Minute)
	live = pricing.NewLive(client, opts)
	p, ok = live.Lookup(ctx, "us-east-1/ec2/instance/m5.large")
	wantCache := pricing.Price{USD: 0.097, Source: model.Provenance{Source: model.DataCache, What: "pricing:GetProducts AmazonEC2 us-east-1", FetchedAt: now, Age: 30 * time.Minute}}
	if diff := cmp.Diff(wantCache, p); !ok || diff != "" {
		t.Errorf("cached lookup (ok %v, -want +got):\n%s", ok, diff)
	}
	if fake.Calls() != 1 {
		t.Errorf("cache hit still called the API: %d calls", fake.Calls())
	}

	// Stale cache and a throttled API: the stale cached price, with its age.
	clock = now.Add(2 * time.Hour)
	fake.FailAlways(awsfake.PricingThrottle)
	live = pricing.NewLive(client, opts)
	p, ok = live.Lookup(ctx, "us-east-1/ec2/instance/m5.large")
	if !ok || p.Source.Source != model.DataCache || p.Source.Age != 2*time.Hour || p.USD != 0.097 {
		t.Errorf("stale cache on throttling: %+v %v", p, ok)
	}
	if errs := live.Errors(); len(errs) != 1 || !strings.Contains(errs[0].Error(), "ThrottlingException") {
		t.Errorf("errors: %v", errs)
	}

	// Nothing cached and the API failing: the snapshot, and the API is not
	// asked again in the same run.
	for _, fault := range []awsfake.PricingFault{awsfake.PricingThrottle, awsfake.PricingInternal, awsfake.PricingMalformed, awsfake.PricingBadItem} {
		fake.FailAlways(fault)
		before := fake.Calls()
		live = pricing.NewLive(client, opts)
		p, ok = live.Lookup(ctx, "us-east-1/ec2/instance/m5.xlarge")
		snap := pricing.Embedded()
		want := pricing.Price{USD: snap.Prices["us-east-1/ec2/instance/m5.xlarge"], Source: snap.Provenance()}
		if diff := cmp.Diff(want, p); !ok || diff != "" {
			t.Errorf("fault %d: fallback (ok %v, -want +got):\n%s", fault, ok, diff)
		}
		live.Lookup(ctx, "us-east-1/ec2/instance/c5.large")
		if got := fake.Calls() - before; got != 1 {
			t.Errorf("fault %d: %d API calls after the first failure, want 1 in all", fault, got)
		}
		if len(live.Errors()) == 0 {
			t.Errorf("fault %d: no error recorded", fault)
		}
	}
	fake.FailAlways(awsfake.PricingOK)

	// A product the API does not list falls back to the snapshot too.
	live = pricing.NewLive(client, opts)
	p, ok = live.Lookup(ctx, "us-east-1/ec2/instance/r5.large")
	if !ok || p.Source.Source != model.DataSnapshot {
		t.Errorf("unlisted product: %+v %v", p, ok)
	}
	// Neither API nor fallback: not found, never invented.
	live = pricing.NewLive(client, pricing.LiveOptions{Now: func() time.Time { return clock }})
	if p, ok := live.Lookup(ctx, "us-east-1/ec2/instance/x9.huge"); ok {
		t.Errorf("invented price %+v", p)
	}
}

func TestLivePaginationAndTiers(t *testing.T) {
	ctx := context.Background()
	var products []awsfake.PricingProduct
	for i, it := range []string{"a1.large", "c5.large", "m5.large", "m6i.large", "r5.large", "t3.micro", "t3.small"} {
		products = append(products, ec2Product("SKU"+string(rune('A'+i)), "eu-west-1", it, "0.5"))
	}
	// A tiered product: the free tier is skipped, the first paid tier used.
	products = append(products, awsfake.PricingProduct{
		ServiceCode: "AWSDataTransfer", SKU: "DT1", ProductFamily: "Data Transfer",
		Attributes: map[string]string{"fromRegionCode": "eu-west-1", "transferType": "AWS Outbound", "usagetype": "EU-DataTransfer-Out-Bytes"},
		Dimensions: []awsfake.PricingDimension{
			{Unit: "GB", BeginRange: "10240", EndRange: "51200", USD: "0.085"},
			{Unit: "GB", BeginRange: "0", EndRange: "100", USD: "0.00"},
			{Unit: "GB", BeginRange: "100", EndRange: "10240", USD: "0.09"},
		},
	})
	fake, client := fakeAPI(t, products...)
	fake.PageSize = 2
	// Refresh groups all instance types into one paginated query.
	snap, err := pricing.RefreshWith(ctx, client, []string{"eu-west-1"}, pricing.RefreshOptions{Now: func() time.Time { return time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	if snap.Date != "2026-11-25" {
		t.Errorf("date %q", snap.Date)
	}
	for _, k := range []string{"eu-west-1/ec2/instance/m5.large", "eu-west-1/ec2/instance/t3.micro", "eu-west-1/ec2/instance/r5.large"} {
		if snap.Prices[k] != 0.5 {
			t.Errorf("%s = %v, want 0.5", k, snap.Prices[k])
		}
	}
	if got := snap.Prices["eu-west-1/ec2/data-transfer-out"]; got != 0.09 {
		t.Errorf("tiered data transfer = %v, want 0.09", got)
	}
	if _, ok := snap.Prices["eu-west-1/ec2/instance/a1.large"]; ok {
		t.Error("refresh added a component the snapshot does not cover")
	}
	if len(snap.Missing) == 0 || !contains(snap.Missing, "eu-west-1/ec2/instance/m7g.large") {
		t.Errorf("missing list incomplete: %d entries", len(snap.Missing))
	}
	ec2Pages := 0
	for _, r := range fake.Requests() {
		if r.ServiceCode == "AmazonEC2" && r.Filters["operatingSystem"] == "Linux" {
			ec2Pages++
		}
	}
	if ec2Pages != 4 { // 7 products, 2 per page
		t.Errorf("instance query took %d pages, want 4", ec2Pages)
	}
	if _, err := pricing.ParseSnapshot(snap.JSON()); err != nil {
		t.Errorf("refreshed snapshot does not parse: %v", err)
	}

	// A failure anywhere fails the refresh.
	fake.FailNext(awsfake.PricingOK, awsfake.PricingInternal)
	if _, err := pricing.Refresh(ctx, client, []string{"eu-west-1"}); err == nil || !errors.Is(err, err) || !strings.Contains(err.Error(), "refresh prices") {
		t.Errorf("refresh with a failing page: %v", err)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestParseProduct(t *testing.T) {
	item := awsfake.PriceListItem(awsfake.PricingProduct{ServiceCode: "AmazonEC2", SKU: "X", ProductFamily: "Provisioned Throughput",
		Attributes: map[string]string{"volumeApiName": "gp3"}, Dimensions: []awsfake.PricingDimension{{Unit: "GiBps-mo", USD: "40.96"}}})
	p, err := pricing.ParseProduct(item)
	if err != nil || !p.HasPrice || abs(p.USD-0.04) > 1e-12 || p.Attributes["productFamily"] != "Provisioned Throughput" {
		t.Errorf("GiBps conversion: %+v %v", p, err)
	}
	for _, bad := range []string{"", "{", `{"terms":{"OnDemand":{"a":{"priceDimensions":{"b":{"pricePerUnit":{"USD":"abc"}}}}}}}`} {
		if _, err := pricing.ParseProduct(bad); err == nil {
			t.Errorf("ParseProduct(%q) accepted", bad)
		}
	}
}

func TestFileCache(t *testing.T) {
	c := pricing.FileCache{Dir: t.TempDir()}
	if _, _, ok := c.Get("k"); ok {
		t.Fatal("empty cache hit")
	}
	if err := c.Put("k", []byte(`{"usd":1}`)); err != nil {
		t.Fatal(err)
	}
	v, at, ok := c.Get("k")
	if !ok || string(v) != `{"usd":1}` || at.IsZero() {
		t.Errorf("get: %q %v %v", v, at, ok)
	}
}

func TestChain(t *testing.T) {
	refreshed := &pricing.Snapshot{Date: "2026-11-25", Prices: map[string]float64{"us-east-1/ec2/instance/m5.large": 0.1}}
	c := pricing.Chain{nil, refreshed, pricing.Embedded()}
	p, ok := c.Lookup(context.Background(), "us-east-1/ec2/instance/m5.large")
	if !ok || p.USD != 0.1 || p.Source.SnapshotDate != "2026-11-25" {
		t.Errorf("first source: %+v", p)
	}
	p, ok = c.Lookup(context.Background(), "us-east-1/ec2/instance/t3.micro")
	if !ok || p.USD != 0.0104 || p.Source.SnapshotDate != pricing.Embedded().Date {
		t.Errorf("second source: %+v", p)
	}
	if _, ok := c.Lookup(context.Background(), "us-east-1/none"); ok {
		t.Error("chain invented a price")
	}
}

func FuzzParseProduct(f *testing.F) {
	f.Add(awsfake.PriceListItem(ec2Product("SKU1", "us-east-1", "m5.large", "0.096")))
	f.Add(`{"terms":{"OnDemand":{"a":{"priceDimensions":{"b":{"unit":"GiBps-mo","beginRange":"x","pricePerUnit":{"USD":"1e3"}}}}}}}`)
	f.Add(`{"product":null,"terms":null}`)
	f.Fuzz(func(t *testing.T, raw string) {
		p, err := pricing.ParseProduct(raw)
		if err == nil && (p.USD < 0 || p.Attributes == nil) {
			t.Errorf("bad product %+v", p)
		}
	})
}

func FuzzParseSnapshot(f *testing.F) {
	f.Add(pricing.Embedded().JSON()[:2000])
	f.Add([]byte(`{"date":"2026-01-01","prices":{"us-east-1/x":1}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := pricing.ParseSnapshot(data)
		if err != nil {
			return
		}
		again, err := pricing.ParseSnapshot(s.JSON())
		if err != nil {
			t.Fatalf("re-parse: %v", err)
		}
		if len(again.Prices) != len(s.Prices) {
			t.Errorf("round trip lost prices")
		}
	})
}

// TestRefreshPicksTheRightProduct feeds look-alike products (IA storage,
// I/O-Optimized Aurora, gp3 IOPS next to io1 IOPS, io2 tiers) and checks
// each key gets its own price, not the cheapest neighbour.
func TestRefreshPicksTheRightProduct(t *testing.T) {
	const region = "us-east-2"
	prod := func(service, sku, family string, usd string, attrs ...string) awsfake.PricingProduct {
		a := map[string]string{"regionCode": region}
		for i := 0; i+1 < len(attrs); i += 2 {
			a[attrs[i]] = attrs[i+1]
		}
		return awsfake.PricingProduct{ServiceCode: service, SKU: sku, ProductFamily: family, Attributes: a,
			Dimensions: []awsfake.PricingDimension{{Unit: "x", USD: usd}}}
	}
	_, client := fakeAPI(t,
		prod("AmazonDynamoDB", "D1", "Database Storage", "0.25", "usagetype", "USE2-TimedStorage-ByteHrs"),
		prod("AmazonDynamoDB", "D2", "Database Storage", "0.10", "usagetype", "USE2-IA-TimedStorage-ByteHrs"),
		prod("AmazonDynamoDB", "D3", "Provisioned IOPS", "0.00065", "group", "DDB-WriteUnits", "usagetype", "USE2-WriteCapacityUnit-Hrs"),
		prod("AmazonRDS", "R1", "Database Instance", "0.29", "instanceType", "db.r5.large", "databaseEngine", "Aurora MySQL", "deploymentOption", "Single-AZ", "usagetype", "USE2-InstanceUsage:db.r5.large"),
		prod("AmazonRDS", "R2", "Database Instance", "0.377", "instanceType", "db.r5.large", "databaseEngine", "Aurora MySQL", "deploymentOption", "Single-AZ", "usagetype", "USE2-InstanceUsageIOOptimized:db.r5.large"),
		prod("AmazonRDS", "R3", "Provisioned IOPS", "0.10", "deploymentOption", "Single-AZ", "databaseEngine", "Any", "groupDescription", "RDS Provisioned IOPS", "usagetype", "USE2-RDS:PIOPS"),
		prod("AmazonRDS", "R4", "Provisioned IOPS", "0.02", "deploymentOption", "Single-AZ", "databaseEngine", "Any", "groupDescription", "RDS Provisioned GP3 IOPS", "usagetype", "USE2-RDS:GP3-PIOPS"),
		prod("AmazonEC2", "E1", "System Operation", "0.065", "volumeApiName", "io2", "usagetype", "USE2-EBS:VolumeP-IOPS.io2"),
		prod("AmazonEC2", "E2", "System Operation", "0.0455", "volumeApiName", "io2", "usagetype", "USE2-EBS:VolumeP-IOPS.io2.tier2"),
		prod("AmazonEC2", "E3", "System Operation", "0.03185", "volumeApiName", "io2", "usagetype", "USE2-EBS:VolumeP-IOPS.io2.tier3"),
		prod("AmazonEC2", "E4", "NAT Gateway", "0.045", "usagetype", "USE2-NatGateway-Hours"),
		prod("AmazonEC2", "E5", "NAT Gateway", "0.046", "usagetype", "USE2-NatGateway-Bytes"),
	)
	snap, err := pricing.Refresh(context.Background(), client, []string{region})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{
		"dynamodb/storage":                             0.25,
		"dynamodb/wcu/hour":                            0.00065,
		"rds/instance/aurora-mysql/db.r5.large/single": 0.29,
		"rds/iops/io1/single":                          0.10,
		"rds/iops/io2/single":                          0.10,
		"rds/iops/gp3/single":                          0.02,
		"ebs/io2/iops-tier1":                           0.065,
		"ebs/io2/iops-tier2":                           0.0455,
		"ebs/io2/iops-tier3":                           0.03185,
		"vpc/nat-gateway/hour":                         0.045,
		"vpc/nat-gateway/gb":                           0.046,
	}
	for c, usd := range want {
		if got, ok := snap.Prices[pricing.Key(region, c)]; !ok || got != usd {
			t.Errorf("%s = %v (found %v), want %v", c, got, ok, usd)
		}
	}
}
