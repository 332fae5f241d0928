package awsdata

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/accessanalyzer"
	aatypes "github.com/aws/aws-sdk-go-v2/service/accessanalyzer/types"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	ec2types "github.com/aws/aws-sdk-go-v2/service/ec2/types"
	"github.com/aws/aws-sdk-go-v2/service/rds"
	"github.com/aws/aws-sdk-go-v2/service/ssm"

	"github.com/iacvet/iacvet/awsdata/cache"
	"github.com/iacvet/iacvet/model"
)

// batchSize is the most ids sent in one Describe call (EC2 accepts at most
// 200 values per filter).
const batchSize = 200

// maxPages stops a pagination loop that never ends (a server repeating tokens).
const maxPages = 1000

// errOffline is the reason given for data not checked in offline mode.
var errOffline = errors.New("offline mode")

// Data is the result of Fetch: only datasets that were checked are present.
type Data struct {
	DefaultRegion string
	// InstanceTypes are the known instance types: the SDK's embedded list
	// plus every type seen in live or cached offerings.
	InstanceTypes           map[string]bool
	InstanceTypesProvenance []model.Provenance
	// Offerings by region.
	Offerings map[string]*RegionOfferings
	// Subnets by id.
	Subnets map[string]Subnet
	// SecurityGroups by region, then id.
	SecurityGroups map[string]map[string]SecurityGroup
	// Orderable RDS classes by region, then engine.
	Orderable map[string]map[string]*Set
	// Services available by region.
	Services map[string]*Set
	// PolicyFindings are Access Analyzer findings by resource address; an
	// address with an empty list was validated and is clean.
	PolicyFindings map[string][]PolicyFinding

	mu sync.Mutex
}

// Set is a set of names with the provenance of the data.
type Set struct {
	Items      map[string]bool
	Provenance model.Provenance
}

// RegionOfferings are the instance types offered in a region (Region) and
// in each of its zones (Zones, zone name -> types); either may be nil when
// not checked.
type RegionOfferings struct {
	Region *Set
	Zones  map[string]map[string]bool
	// ZonesProvenance is set when Zones is.
	ZonesProvenance model.Provenance
}

// Subnet is a looked-up subnet (Missing when no such subnet exists).
type Subnet struct {
	ID         string           `json:"id"`
	Region     string           `json:"region"`
	Zone       string           `json:"zone,omitempty"`
	Missing    bool             `json:"missing,omitempty"`
	Provenance model.Provenance `json:"-"`
}

// SecurityGroup is a looked-up security group (Missing when no such group
// exists in the region).
type SecurityGroup struct {
	ID         string           `json:"id"`
	Name       string           `json:"name,omitempty"`
	Missing    bool             `json:"missing,omitempty"`
	Ingress    []IngressRule    `json:"ingress,omitempty"`
	Provenance model.Provenance `json:"-"`
}

// IngressRule is one source range of an ingress permission, shaped like a
// CloudFormation SecurityGroupIngress entry.
type IngressRule struct {
	IpProtocol string `json:"IpProtocol"`
	FromPort   *int32 `json:"FromPort,omitempty"`
	ToPort     *int32 `json:"ToPort,omitempty"`
	CidrIp     string `json:"CidrIp,omitempty"`
	CidrIpv6   string `json:"CidrIpv6,omitempty"`
}

// PolicyFinding is one Access Analyzer ValidatePolicy finding.
type PolicyFinding struct {
	// Type is ERROR, SECURITY_WARNING, WARNING or SUGGESTION.
	Type      string `json:"type"`
	IssueCode string `json:"issue_code"`
	Details   string `json:"details"`
	LearnMore string `json:"learn_more,omitempty"`
	// Path is the canonical property path of the document followed by the
	// location inside it.
	Path       []any            `json:"path"`
	Provenance model.Provenance `json:"-"`
}

type fetcher struct {
	c     *Client
	data  *Data
	sem   chan struct{}
	wg    sync.WaitGroup
	mu    sync.Mutex
	diags model.Diagnostics
}

// Fetch runs the lookups in req: cache first, then live calls (batched,
// concurrent up to MaxConcurrency, each behind the service+region breaker),
// then fallbacks. It never fails: what cannot be checked is left out of
// Data and named in a notice diagnostic with the reason.
func (c *Client) Fetch(ctx context.Context, req Requests) (*Data, model.Diagnostics) {
	region := req.DefaultRegion
	if region == "" {
		region = c.region
	}
	f := &fetcher{c: c, sem: make(chan struct{}, c.opts.MaxConcurrency), data: &Data{
		DefaultRegion:  region,
		Offerings:      map[string]*RegionOfferings{},
		Subnets:        map[string]Subnet{},
		SecurityGroups: map[string]map[string]SecurityGroup{},
		Orderable:      map[string]map[string]*Set{},
		Services:       map[string]*Set{},
		PolicyFindings: map[string][]PolicyFinding{},
	}}
	if req.InstanceTypes {
		f.data.InstanceTypes = map[string]bool{}
		for _, t := range ec2types.InstanceType("").Values() {
			f.data.InstanceTypes[string(t)] = true
		}
		f.data.InstanceTypesProvenance = []model.Provenance{{Source: model.DataSnapshot, What: "EC2 instance types known to the AWS SDK", SnapshotDate: sdkVersion()}}
	}
	for _, region := range req.Offerings {
		f.go_(func() { f.offerings(ctx, region, false) })
	}
	for _, region := range req.ZoneOfferings {
		f.go_(func() { f.offerings(ctx, region, true) })
	}
	for _, region := range sortedKeys(req.Subnets) {
		f.byIDs(ctx, region, "DescribeSubnets", req.Subnets[region])
	}
	for _, region := range sortedKeys(req.SecurityGroups) {
		f.byIDs(ctx, region, "DescribeSecurityGroups", req.SecurityGroups[region])
	}
	for _, region := range sortedKeys(req.Orderable) {
		for _, engine := range req.Orderable[region] {
			f.go_(func() { f.orderable(ctx, region, engine) })
		}
	}
	for _, region := range req.Services {
		f.go_(func() { f.services(ctx, region) })
	}
	for _, doc := range req.Policies {
		f.go_(func() { f.validate(ctx, doc) })
	}
	f.wg.Wait()
	if len(req.Unvalidated) > 0 {
		f.notCheckedf("IAM Access Analyzer policy validation", "the policy documents of %s hold values known only after apply", strings.Join(req.Unvalidated, ", "))
	}
	if req.InstanceTypes {
		// Live and cached offerings name types newer than the SDK's list.
		for _, region := range sortedKeys(f.data.Offerings) {
			o := f.data.Offerings[region]
			if o.Region != nil {
				for t := range o.Region.Items {
					f.data.InstanceTypes[t] = true
				}
				f.data.InstanceTypesProvenance = append(f.data.InstanceTypesProvenance, o.Region.Provenance)
			}
		}
	}
	f.diags.Sort()
	return f.data, f.diags
}

func (f *fetcher) go_(fn func()) {
	f.wg.Add(1)
	go func() {
		defer f.wg.Done()
		f.sem <- struct{}{}
		defer func() { <-f.sem }()
		fn()
	}()
}

func (f *fetcher) notice(summary, detail string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.diags = append(f.diags, notice(summary, detail))
}

func (f *fetcher) notCheckedf(what, format string, args ...any) {
	f.c.guard.Stats().Fallback(what, "not checked")
	f.notice("not checked: "+what, fmt.Sprintf(format, args...))
}

// lookup answers one dataset: fresh cache, live call, stale cache, else
// not checked (ok false, with a notice).
func lookup[T any](ctx context.Context, f *fetcher, what, key string, live func(context.Context) (T, error)) (T, model.Provenance, bool) {
	c := f.c
	var v T
	age, ok, invalid := c.cache.Lookup(key, &v)
	if ok {
		c.guard.Stats().CacheHit(what)
		return v, cacheProv(what, age, c.opts.Clock()), true
	}
	f.cacheInvalid(what, invalid)
	err := errOffline
	if !c.offline {
		var got T
		got, err = live(ctx)
		if err == nil {
			if perr := c.cache.Put(key, got); perr != nil {
				f.notice("AWS lookup cache not written", perr.Error())
			}
			return got, model.Provenance{Source: model.DataLive, What: what, FetchedAt: c.opts.Clock().UTC()}, true
		}
	}
	var stale T
	if age, ok := c.cache.GetStale(key, &stale); ok {
		c.guard.Stats().Fallback(what, "cache")
		if err != errOffline {
			f.notice("using cached AWS data: "+what, fmt.Sprintf("the live lookup failed (%v); using data %s old", err, age.Round(time.Second)))
		}
		return stale, cacheProv(what, age, c.opts.Clock()), true
	}
	f.notCheckedf(what, "%v", err)
	return v, model.Provenance{}, false
}

// cacheInvalid notes a cache entry that was present but unusable (it is
// then a miss: the data is looked up live or reported not checked).
func (f *fetcher) cacheInvalid(what string, err error) {
	if err != nil {
		f.notice("AWS lookup cache entry ignored: "+what, err.Error())
	}
}

func cacheProv(what string, age time.Duration, now time.Time) model.Provenance {
	return model.Provenance{Source: model.DataCache, What: what, Age: age, FetchedAt: now.Add(-age).UTC()}
}

// offerings fetches the instance type offerings of a region, at region or
// zone level: one paginated call per region and location type.
func (f *fetcher) offerings(ctx context.Context, region string, zones bool) {
	loc := ec2types.LocationTypeRegion
	if zones {
		loc = ec2types.LocationTypeAvailabilityZone
	}
	what := fmt.Sprintf("ec2:DescribeInstanceTypeOfferings %s (%s)", region, loc)
	key := cache.Key("ec2", region, "DescribeInstanceTypeOfferings", string(loc))
	got, prov, ok := lookup(ctx, f, what, key, func(ctx context.Context) (map[string][]string, error) {
		api := f.c.ec2For(region)
		out := map[string][]string{}
		var token *string
		for page := 0; ; page++ {
			if page >= maxPages {
				return nil, fmt.Errorf("%s: more than %d pages", what, maxPages)
			}
			var resp *ec2.DescribeInstanceTypeOfferingsOutput
			err := f.c.guard.Do(ctx, "ec2", region, "DescribeInstanceTypeOfferings", func(ctx context.Context) error {
				var err error
				resp, err = api.DescribeInstanceTypeOfferings(ctx, &ec2.DescribeInstanceTypeOfferingsInput{
					LocationType: loc, NextToken: token, MaxResults: aws.Int32(1000),
				})
				return err
			})
			if err != nil {
				return nil, err // a partial listing is never used
			}
			for _, o := range resp.InstanceTypeOfferings {
				l := aws.ToString(o.Location)
				out[l] = append(out[l], string(o.InstanceType))
			}
			if aws.ToString(resp.NextToken) == "" {
				break
			}
			if token != nil && *token == *resp.NextToken {
				return nil, fmt.Errorf("%s: the server repeated pagination token %q", what, *token)
			}
			token = resp.NextToken
		}
		return out, nil
	})
	if !ok {
		return
	}
	f.data.mu.Lock()
	defer f.data.mu.Unlock()
	o := f.data.Offerings[region]
	if o == nil {
		o = &RegionOfferings{}
		f.data.Offerings[region] = o
	}
	if zones {
		o.Zones = map[string]map[string]bool{}
		for zone, types := range got {
			o.Zones[zone] = toSet(types)
		}
		o.ZonesProvenance = prov
		return
	}
	items := map[string]bool{}
	for _, types := range got {
		for _, t := range types {
			items[t] = true
		}
	}
	o.Region = &Set{Items: items, Provenance: prov}
}

// byIDs looks subnets or security groups up by id: fresh cache entries per
// id, the rest in batches of 200 through an id filter (so a missing id does
// not fail the call; it is simply not returned and recorded as missing).
func (f *fetcher) byIDs(ctx context.Context, region, op string, ids []string) {
	var todo []string
	for _, id := range ids {
		if f.idCached(region, op, id, false) {
			continue
		}
		todo = append(todo, id)
	}
	for start := 0; start < len(todo); start += batchSize {
		batch := todo[start:min(start+batchSize, len(todo))]
		f.go_(func() { f.batch(ctx, region, op, batch) })
	}
}

func idKey(region, op, id string) string { return cache.Key("ec2", region, op, id) }

// idCached applies a cached entry for one id (fresh only unless stale).
func (f *fetcher) idCached(region, op, id string, stale bool) bool {
	what := fmt.Sprintf("ec2:%s %s", op, region)
	lookup := f.c.cache.Lookup
	if stale {
		lookup = f.c.cache.LookupStale
	}
	get := func(key string, dst any) (time.Duration, bool) {
		age, ok, invalid := lookup(key, dst)
		f.cacheInvalid(what, invalid)
		return age, ok
	}
	now := f.c.opts.Clock()
	switch op {
	case "DescribeSubnets":
		var s Subnet
		age, ok := get(idKey(region, op, id), &s)
		if !ok {
			return false
		}
		s.Provenance = cacheProv(what, age, now)
		f.putSubnet(s)
	default:
		var g SecurityGroup
		age, ok := get(idKey(region, op, id), &g)
		if !ok {
			return false
		}
		g.Provenance = cacheProv(what, age, now)
		f.putGroup(region, g)
	}
	if stale {
		f.c.guard.Stats().Fallback(what, "cache")
	} else {
		f.c.guard.Stats().CacheHit(what)
	}
	return true
}

func (f *fetcher) putSubnet(s Subnet) {
	f.data.mu.Lock()
	defer f.data.mu.Unlock()
	f.data.Subnets[s.ID] = s
}

func (f *fetcher) putGroup(region string, g SecurityGroup) {
	f.data.mu.Lock()
	defer f.data.mu.Unlock()
	if f.data.SecurityGroups[region] == nil {
		f.data.SecurityGroups[region] = map[string]SecurityGroup{}
	}
	f.data.SecurityGroups[region][g.ID] = g
}

func (f *fetcher) batch(ctx context.Context, region, op string, ids []string) {
	what := fmt.Sprintf("ec2:%s %s", op, region)
	err := errOffline
	if !f.c.offline {
		err = f.liveBatch(ctx, region, op, ids)
		if err == nil {
			return
		}
	}
	var missing []string
	for _, id := range ids {
		if !f.idCached(region, op, id, true) {
			missing = append(missing, id)
		}
	}
	if len(missing) < len(ids) && err != errOffline {
		f.notice("using cached AWS data: "+what, fmt.Sprintf("the live lookup failed (%v)", err))
	}
	if len(missing) > 0 {
		f.notCheckedf(what+" "+strings.Join(missing, ", "), "%v", err)
	}
}

func (f *fetcher) liveBatch(ctx context.Context, region, op string, ids []string) error {
	api := f.c.ec2For(region)
	what := fmt.Sprintf("ec2:%s %s", op, region)
	now := f.c.opts.Clock().UTC()
	prov := model.Provenance{Source: model.DataLive, What: what, FetchedAt: now}
	var token *string
	subnets := map[string]Subnet{}
	groups := map[string]SecurityGroup{}
	for page := 0; ; page++ {
		if page >= maxPages {
			return fmt.Errorf("%s: more than %d pages", what, maxPages)
		}
		var next *string
		err := f.c.guard.Do(ctx, "ec2", region, op, func(ctx context.Context) error {
			if op == "DescribeSubnets" {
				out, err := api.DescribeSubnets(ctx, &ec2.DescribeSubnetsInput{
					Filters: []ec2types.Filter{{Name: aws.String("subnet-id"), Values: ids}}, NextToken: token,
				})
				if err != nil {
					return err
				}
				for _, s := range out.Subnets {
					id := aws.ToString(s.SubnetId)
					subnets[id] = Subnet{ID: id, Region: region, Zone: aws.ToString(s.AvailabilityZone)}
				}
				next = out.NextToken
				return nil
			}
			out, err := api.DescribeSecurityGroups(ctx, &ec2.DescribeSecurityGroupsInput{
				Filters: []ec2types.Filter{{Name: aws.String("group-id"), Values: ids}}, NextToken: token,
			})
			if err != nil {
				return err
			}
			for _, g := range out.SecurityGroups {
				id := aws.ToString(g.GroupId)
				groups[id] = SecurityGroup{ID: id, Name: aws.ToString(g.GroupName), Ingress: ingressRules(g.IpPermissions)}
			}
			next = out.NextToken
			return nil
		})
		if err != nil {
			return err
		}
		if aws.ToString(next) == "" {
			break
		}
		if token != nil && *token == *next {
			return fmt.Errorf("%s: the server repeated pagination token %q", what, *token)
		}
		token = next
	}
	for _, id := range ids {
		if op == "DescribeSubnets" {
			s, ok := subnets[id]
			if !ok {
				s = Subnet{ID: id, Region: region, Missing: true}
			}
			f.c.cache.Put(idKey(region, op, id), s)
			s.Provenance = prov
			f.putSubnet(s)
			continue
		}
		g, ok := groups[id]
		if !ok {
			g = SecurityGroup{ID: id, Missing: true}
		}
		f.c.cache.Put(idKey(region, op, id), g)
		g.Provenance = prov
		f.putGroup(region, g)
	}
	return nil
}

// ingressRules flattens EC2 permissions into one rule per source range.
func ingressRules(perms []ec2types.IpPermission) []IngressRule {
	var out []IngressRule
	for _, p := range perms {
		base := IngressRule{IpProtocol: aws.ToString(p.IpProtocol), FromPort: p.FromPort, ToPort: p.ToPort}
		for _, r := range p.IpRanges {
			rule := base
			rule.CidrIp = aws.ToString(r.CidrIp)
			out = append(out, rule)
		}
		for _, r := range p.Ipv6Ranges {
			rule := base
			rule.CidrIpv6 = aws.ToString(r.CidrIpv6)
			out = append(out, rule)
		}
	}
	return out
}

// orderable fetches the DB instance classes orderable for an engine in a
// region (paginated with Marker).
func (f *fetcher) orderable(ctx context.Context, region, engine string) {
	what := fmt.Sprintf("rds:DescribeOrderableDBInstanceOptions %s %s", region, engine)
	key := cache.Key("rds", region, "DescribeOrderableDBInstanceOptions", engine)
	got, prov, ok := lookup(ctx, f, what, key, func(ctx context.Context) ([]string, error) {
		api := f.c.rdsFor(region)
		classes := map[string]bool{}
		var marker *string
		for page := 0; ; page++ {
			if page >= maxPages {
				return nil, fmt.Errorf("%s: more than %d pages", what, maxPages)
			}
			var resp *rds.DescribeOrderableDBInstanceOptionsOutput
			err := f.c.guard.Do(ctx, "rds", region, "DescribeOrderableDBInstanceOptions", func(ctx context.Context) error {
				var err error
				resp, err = api.DescribeOrderableDBInstanceOptions(ctx, &rds.DescribeOrderableDBInstanceOptionsInput{
					Engine: aws.String(engine), Marker: marker, MaxRecords: aws.Int32(1000),
				})
				return err
			})
			if err != nil {
				return nil, err
			}
			for _, o := range resp.OrderableDBInstanceOptions {
				classes[aws.ToString(o.DBInstanceClass)] = true
			}
			if aws.ToString(resp.Marker) == "" {
				break
			}
			if marker != nil && *marker == *resp.Marker {
				return nil, fmt.Errorf("%s: the server repeated marker %q", what, *marker)
			}
			marker = resp.Marker
		}
		return sortedKeys(classes), nil
	})
	if !ok {
		return
	}
	f.data.mu.Lock()
	defer f.data.mu.Unlock()
	if f.data.Orderable[region] == nil {
		f.data.Orderable[region] = map[string]*Set{}
	}
	f.data.Orderable[region][engine] = &Set{Items: toSet(got), Provenance: prov}
}

// ServicesPath is the SSM path of the services available in a region.
func ServicesPath(region string) string {
	return "/aws/service/global-infrastructure/regions/" + region + "/services"
}

func (f *fetcher) services(ctx context.Context, region string) {
	what := "ssm:GetParametersByPath " + ServicesPath(region)
	// The public parameters are the same from every region; ask the
	// region itself so that an opt-in region answers for itself.
	key := cache.Key("ssm", region, "GetParametersByPath", ServicesPath(region))
	got, prov, ok := lookup(ctx, f, what, key, func(ctx context.Context) ([]string, error) {
		api := f.c.ssmFor(region)
		var names []string
		var token *string
		for page := 0; ; page++ {
			if page >= maxPages {
				return nil, fmt.Errorf("%s: more than %d pages", what, maxPages)
			}
			var resp *ssm.GetParametersByPathOutput
			err := f.c.guard.Do(ctx, "ssm", region, "GetParametersByPath", func(ctx context.Context) error {
				var err error
				resp, err = api.GetParametersByPath(ctx, &ssm.GetParametersByPathInput{
					Path: aws.String(ServicesPath(region)), NextToken: token, MaxResults: aws.Int32(10),
				})
				return err
			})
			if err != nil {
				return nil, err
			}
			for _, p := range resp.Parameters {
				name := aws.ToString(p.Value)
				if name == "" {
					name = aws.ToString(p.Name)[strings.LastIndex(aws.ToString(p.Name), "/")+1:]
				}
				names = append(names, name)
			}
			if aws.ToString(resp.NextToken) == "" {
				break
			}
			if token != nil && *token == *resp.NextToken {
				return nil, fmt.Errorf("%s: the server repeated pagination token %q", what, *token)
			}
			token = resp.NextToken
		}
		if len(names) == 0 {
			// An empty list means the path is wrong, not that the region has
			// no services: never conclude "not available" from it.
			return nil, fmt.Errorf("%s: no parameters returned", what)
		}
		sort.Strings(names)
		return names, nil
	})
	if !ok {
		return
	}
	f.data.mu.Lock()
	defer f.data.mu.Unlock()
	f.data.Services[region] = &Set{Items: toSet(got), Provenance: prov}
}

func (f *fetcher) validate(ctx context.Context, doc PolicyDoc) {
	what := fmt.Sprintf("access-analyzer:ValidatePolicy %s %s", doc.Address, pathString(doc.Path))
	key := cache.Key("access-analyzer", doc.Region, "ValidatePolicy", []string{doc.PolicyType, doc.ResourceType, doc.Document})
	got, prov, ok := lookup(ctx, f, what, key, func(ctx context.Context) ([]PolicyFinding, error) {
		api := f.c.analyzerFor(doc.Region)
		out := []PolicyFinding{}
		var token *string
		for page := 0; ; page++ {
			if page >= maxPages {
				return nil, fmt.Errorf("%s: more than %d pages", what, maxPages)
			}
			var resp *accessanalyzer.ValidatePolicyOutput
			err := f.c.guard.Do(ctx, "access-analyzer", doc.Region, "ValidatePolicy", func(ctx context.Context) error {
				in := &accessanalyzer.ValidatePolicyInput{
					PolicyDocument: aws.String(doc.Document), PolicyType: aatypes.PolicyType(doc.PolicyType),
					Locale: aatypes.LocaleEn, NextToken: token,
				}
				if doc.ResourceType != "" {
					in.ValidatePolicyResourceType = aatypes.ValidatePolicyResourceType(doc.ResourceType)
				}
				var err error
				resp, err = api.ValidatePolicy(ctx, in)
				return err
			})
			if err != nil {
				return nil, err
			}
			for _, fd := range resp.Findings {
				out = append(out, PolicyFinding{
					Type: string(fd.FindingType), IssueCode: aws.ToString(fd.IssueCode),
					Details: aws.ToString(fd.FindingDetails), LearnMore: aws.ToString(fd.LearnMoreLink),
					Path: findingPath(doc.Path, fd.Locations),
				})
			}
			if aws.ToString(resp.NextToken) == "" {
				break
			}
			if token != nil && *token == *resp.NextToken {
				return nil, fmt.Errorf("%s: the server repeated pagination token %q", what, *token)
			}
			token = resp.NextToken
		}
		return out, nil
	})
	if !ok {
		return
	}
	f.data.mu.Lock()
	defer f.data.mu.Unlock()
	list := f.data.PolicyFindings[doc.Address]
	if list == nil {
		list = []PolicyFinding{}
	}
	for _, fd := range got {
		fd.Provenance = prov
		list = append(list, fd)
	}
	f.data.PolicyFindings[doc.Address] = list
}

// findingPath is the document's property path followed by the first
// location's path inside the document (up to a substring element).
func findingPath(base []any, locs []aatypes.Location) []any {
	out := append([]any{}, base...)
	if len(locs) == 0 {
		return out
	}
	for _, el := range locs[0].Path {
		switch e := el.(type) {
		case *aatypes.PathElementMemberIndex:
			out = append(out, int(e.Value))
		case *aatypes.PathElementMemberKey:
			out = append(out, e.Value)
		case *aatypes.PathElementMemberValue:
			out = append(out, e.Value)
		default:
			return out
		}
	}
	return out
}

func pathString(p []any) string {
	parts := make([]string, len(p))
	for i, e := range p {
		parts[i] = fmt.Sprint(e)
	}
	return strings.Join(parts, "/")
}

func toSet(items []string) map[string]bool {
	out := make(map[string]bool, len(items))
	for _, s := range items {
		out[s] = true
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// sdkVersion names the EC2 SDK module the embedded instance type list comes from.
func sdkVersion() string {
	const mod = "github.com/aws/aws-sdk-go-v2/service/ec2"
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == mod {
				return "aws-sdk-go-v2/service/ec2 " + d.Version
			}
		}
	}
	return "aws-sdk-go-v2/service/ec2"
}
