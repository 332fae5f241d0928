package awsdata

import (
	"encoding/json"
	"sort"
	"strings"

	"github.com/iacvet/iacvet/model"
)

// Requests is every lookup a scan needs, gathered from the whole model
// before any call is made so that calls can be batched. Region keys are
// region names; slices are sorted and free of duplicates.
type Requests struct {
	// DefaultRegion is the region used for resources without one; Fetch
	// hands it on to the rules as data.aws.default_region so that rules and
	// lookups agree.
	DefaultRegion string `json:"default_region,omitempty"`
	// InstanceTypes is set when some resource names a known instance type
	// (the existence check, answered by the embedded list and live offerings).
	InstanceTypes bool `json:"instance_types,omitempty"`
	// Offerings lists regions whose region-level instance type offerings are needed.
	Offerings []string `json:"offerings,omitempty"`
	// ZoneOfferings lists regions whose per-zone offerings are needed.
	ZoneOfferings []string `json:"zone_offerings,omitempty"`
	// Subnets maps a region to the subnet ids to look up.
	Subnets map[string][]string `json:"subnets,omitempty"`
	// SecurityGroups maps a region to the security group ids to look up.
	SecurityGroups map[string][]string `json:"security_groups,omitempty"`
	// Orderable maps a region to the RDS engines whose orderable classes are needed.
	Orderable map[string][]string `json:"orderable,omitempty"`
	// Services lists regions whose available services are needed.
	Services []string `json:"services,omitempty"`
	// Policies are the policy documents to validate with IAM Access Analyzer.
	Policies []PolicyDoc `json:"policies,omitempty"`
	// Unvalidated lists addresses of policy documents that hold values known
	// only after apply (not validated; reported as not checked).
	Unvalidated []string `json:"unvalidated,omitempty"`
}

// PolicyDoc is one policy document to validate.
type PolicyDoc struct {
	Address string `json:"address"`
	Region  string `json:"region"`
	// Path is the canonical property path of the document.
	Path []any `json:"path"`
	// Document is the policy as JSON text.
	Document string `json:"document"`
	// PolicyType is IDENTITY_POLICY or RESOURCE_POLICY.
	PolicyType string `json:"policy_type"`
	// ResourceType is Access Analyzer's validatePolicyResourceType, if any.
	ResourceType string `json:"resource_type,omitempty"`
}

// Empty reports whether no lookup is needed (DefaultRegion aside).
func (r Requests) Empty() bool {
	return !r.InstanceTypes && len(r.Offerings) == 0 && len(r.ZoneOfferings) == 0 && len(r.Subnets) == 0 &&
		len(r.SecurityGroups) == 0 && len(r.Orderable) == 0 && len(r.Services) == 0 && len(r.Policies) == 0 &&
		len(r.Unvalidated) == 0
}

type set map[string]bool

func (s set) sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

type collector struct {
	types                      bool
	offerings, zones, services set
	subnets, groups, orderable map[string]set
	policies                   []PolicyDoc
	unvalidated                set
}

func add(m map[string]set, region, v string) {
	if m[region] == nil {
		m[region] = set{}
	}
	m[region][v] = true
}

// Collect gathers the lookups needed by resources. Resources without a
// region use defaultRegion. Data sources and resources being deleted are
// skipped, as are values known only after apply.
func Collect(resources []*model.Resource, defaultRegion string) Requests {
	if defaultRegion == "" {
		defaultRegion = DefaultRegion
	}
	c := &collector{
		offerings: set{}, zones: set{}, services: set{}, unvalidated: set{},
		subnets: map[string]set{}, groups: map[string]set{}, orderable: map[string]set{},
	}
	for _, r := range resources {
		if r == nil || r.Mode == model.ModeData || r.Action() == model.ActionDelete || r.Properties == nil {
			continue
		}
		region := r.Region
		if region == "" {
			region = defaultRegion
		}
		c.resource(r, region)
	}
	req := Requests{
		DefaultRegion: defaultRegion,
		InstanceTypes: c.types,
		Offerings:     c.offerings.sorted(),
		ZoneOfferings: c.zones.sorted(),
		Services:      c.services.sorted(),
		Policies:      c.policies,
		Unvalidated:   c.unvalidated.sorted(),
	}
	flat := func(m map[string]set) map[string][]string {
		if len(m) == 0 {
			return nil
		}
		out := map[string][]string{}
		for k, s := range m {
			out[k] = s.sorted()
		}
		return out
	}
	req.Subnets, req.SecurityGroups, req.Orderable = flat(c.subnets), flat(c.groups), flat(c.orderable)
	sort.Slice(req.Policies, func(i, j int) bool {
		a, b := req.Policies[i], req.Policies[j]
		if a.Address != b.Address {
			return a.Address < b.Address
		}
		return pathKey(a.Path) < pathKey(b.Path)
	})
	if len(req.Offerings) == 0 {
		req.Offerings = nil
	}
	if len(req.ZoneOfferings) == 0 {
		req.ZoneOfferings = nil
	}
	if len(req.Services) == 0 {
		req.Services = nil
	}
	if len(req.Unvalidated) == 0 {
		req.Unvalidated = nil
	}
	return req
}

func pathKey(p []any) string {
	data, _ := json.Marshal(p)
	return string(data)
}

func (c *collector) instanceType(v any, region string) {
	if s, ok := str(v); ok {
		c.types = true
		c.offerings[region] = true
		_ = s
	}
}

func (c *collector) groupIDs(v any, region string) {
	list, _ := v.([]any)
	for _, g := range list {
		if s, ok := str(g); ok && strings.HasPrefix(s, "sg-") {
			add(c.groups, region, s)
		}
	}
}

func (c *collector) resource(r *model.Resource, region string) {
	p := r.Properties
	if _, ok := ServiceOf[r.Type]; ok {
		c.services[region] = true
	}
	switch r.Type {
	case "AWS::EC2::Instance":
		c.instanceType(p["InstanceType"], region)
		if _, ok := str(p["InstanceType"]); ok {
			if s, ok := str(p["SubnetId"]); ok && strings.HasPrefix(s, "subnet-") {
				add(c.subnets, region, s)
				c.zones[region] = true
			} else if u, ok := p["SubnetId"].(model.Unknown); ok && u.Ref != "" {
				c.zones[region] = true
			} else if _, ok := str(p["AvailabilityZone"]); ok {
				c.zones[region] = true
			}
		}
		c.groupIDs(p["SecurityGroupIds"], region)
		c.groupIDs(p["SecurityGroups"], region)
	case "AWS::EC2::LaunchTemplate":
		if d, ok := p["LaunchTemplateData"].(map[string]any); ok {
			c.instanceType(d["InstanceType"], region)
			c.groupIDs(d["SecurityGroupIds"], region)
		}
	case "AWS::AutoScaling::LaunchConfiguration":
		c.instanceType(p["InstanceType"], region)
		c.groupIDs(p["SecurityGroups"], region)
	case "AWS::AutoScaling::AutoScalingGroup":
		for _, o := range asgOverrides(p) {
			c.instanceType(o["InstanceType"], region)
		}
	case "AWS::RDS::DBInstance":
		engine, ok1 := str(p["Engine"])
		_, ok2 := str(p["DBInstanceClass"])
		if ok1 && ok2 {
			add(c.orderable, region, strings.ToLower(engine))
		}
	}
	for _, loc := range policyLocations(r) {
		c.policy(r, region, loc)
	}
}

// asgOverrides returns MixedInstancesPolicy.LaunchTemplate.Overrides.
func asgOverrides(p map[string]any) []map[string]any {
	mip, _ := p["MixedInstancesPolicy"].(map[string]any)
	lt, _ := mip["LaunchTemplate"].(map[string]any)
	list, _ := lt["Overrides"].([]any)
	var out []map[string]any
	for _, o := range list {
		if m, ok := o.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

type policyLoc struct {
	path         []any
	value        any
	policyType   string
	resourceType string
}

// policyLocations lists the policy documents of a resource.
func policyLocations(r *model.Resource) []policyLoc {
	p := r.Properties
	const identity, resource = "IDENTITY_POLICY", "RESOURCE_POLICY"
	var out []policyLoc
	inline := func() {
		list, _ := p["Policies"].([]any)
		for i, e := range list {
			if m, ok := e.(map[string]any); ok && m["PolicyDocument"] != nil {
				out = append(out, policyLoc{[]any{"Policies", i, "PolicyDocument"}, m["PolicyDocument"], identity, ""})
			}
		}
	}
	switch r.Type {
	case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy":
		out = append(out, policyLoc{[]any{"PolicyDocument"}, p["PolicyDocument"], identity, ""})
	case "AWS::IAM::Role":
		inline()
		out = append(out, policyLoc{[]any{"AssumeRolePolicyDocument"}, p["AssumeRolePolicyDocument"], resource, "AWS::IAM::AssumeRolePolicyDocument"})
	case "AWS::IAM::User", "AWS::IAM::Group":
		inline()
	case "AWS::S3::BucketPolicy":
		out = append(out, policyLoc{[]any{"PolicyDocument"}, p["PolicyDocument"], resource, "AWS::S3::Bucket"})
	case "AWS::KMS::Key":
		out = append(out, policyLoc{[]any{"KeyPolicy"}, p["KeyPolicy"], resource, ""})
	case "AWS::SQS::QueuePolicy":
		out = append(out, policyLoc{[]any{"PolicyDocument"}, p["PolicyDocument"], resource, ""})
	}
	kept := out[:0]
	for _, l := range out {
		if l.value != nil {
			kept = append(kept, l)
		}
	}
	return kept
}

func (c *collector) policy(r *model.Resource, region string, loc policyLoc) {
	var doc string
	switch v := loc.value.(type) {
	case string:
		var probe any
		if err := json.Unmarshal([]byte(v), &probe); err != nil {
			return // not JSON: the parsers report it, nothing to validate
		}
		doc = v
	case map[string]any:
		if hasMarker(v) {
			c.unvalidated[r.Address] = true
			return
		}
		data, err := json.Marshal(v)
		if err != nil {
			return
		}
		doc = string(data)
	default:
		if hasMarker(v) {
			c.unvalidated[r.Address] = true
		}
		return
	}
	c.policies = append(c.policies, PolicyDoc{
		Address: r.Address, Region: region, Path: loc.path, Document: doc,
		PolicyType: loc.policyType, ResourceType: loc.resourceType,
	})
}

// hasMarker reports whether v holds an unknown or sensitive value.
func hasMarker(v any) bool {
	switch tv := v.(type) {
	case model.Unknown, model.Sensitive, *model.Unknown, *model.Sensitive:
		return true
	case map[string]any:
		for _, e := range tv {
			if hasMarker(e) {
				return true
			}
		}
	case []any:
		for _, e := range tv {
			if hasMarker(e) {
				return true
			}
		}
	}
	return false
}

// str returns v as a known, non-empty string.
func str(v any) (string, bool) {
	s, ok := v.(string)
	return s, ok && s != ""
}
