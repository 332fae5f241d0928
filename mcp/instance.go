package mcp

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/iacvet/iacvet/model"
)

// InstanceTypes answers whether an EC2 instance type exists and is offered
// in a region or zone. The awsdata package's lookup (live, cache, snapshot)
// is adapted to it; tests use fakes.
type InstanceTypes interface {
	CheckInstanceType(ctx context.Context, q InstanceTypeQuery) (InstanceTypeAnswer, error)
}

// InstanceTypeQuery is check_instance_type's input.
type InstanceTypeQuery struct {
	Region string `json:"region" jsonschema:"AWS region, such as eu-west-1"`
	Type   string `json:"type" jsonschema:"EC2 instance type, such as m7g.large"`
	Zone   string `json:"zone,omitempty" jsonschema:"availability zone in the region (such as eu-west-1a); omit to ask about the region"`
}

// Instance type statuses.
const (
	StatusOffered    = "offered"      // offered in the region (zone)
	StatusNotOffered = "not-offered"  // exists, but not offered there
	StatusUnknown    = "unknown-type" // no such instance type
)

// InstanceTypeAnswer is check_instance_type's output.
type InstanceTypeAnswer struct {
	Region string `json:"region"`
	Type   string `json:"type"`
	Zone   string `json:"zone,omitempty"`
	// Status is offered, not-offered or unknown-type.
	Status  string `json:"status" jsonschema:"offered, not-offered (the type exists but is not offered in the region or zone), exists (it exists; offerings could not be checked) or unknown-type (no such instance type)"`
	Exists  bool   `json:"exists" jsonschema:"whether the instance type exists at all"`
	Offered bool   `json:"offered" jsonschema:"whether it is offered in the region (zone)"`
	// Alternatives are offered types of the same family, when not offered.
	Alternatives []string         `json:"alternatives,omitempty" jsonschema:"offered instance types of the same family in the region (zone), when the type is not offered"`
	Provenance   []ProvenanceInfo `json:"provenance" jsonschema:"where the answer came from: live AWS, the cache (with its age) or the embedded snapshot (with its date)"`
	Note         string           `json:"note,omitempty"`
}

// ProvenanceInfo is model.Provenance in the shape policies and agents read
// (age in seconds).
type ProvenanceInfo struct {
	Source       model.DataSource `json:"source" jsonschema:"live, cache or snapshot"`
	What         string           `json:"what,omitempty"`
	FetchedAt    string           `json:"fetched_at,omitempty" jsonschema:"RFC 3339 time the data was fetched (live and cache)"`
	AgeSeconds   int64            `json:"age_seconds,omitempty" jsonschema:"age of cached data"`
	SnapshotDate string           `json:"snapshot_date,omitempty" jsonschema:"date the embedded snapshot is valid for"`
}

// ProvenanceOf converts a model.Provenance.
func ProvenanceOf(p model.Provenance) ProvenanceInfo {
	out := ProvenanceInfo{Source: p.Source, What: p.What, AgeSeconds: int64(p.Age / time.Second), SnapshotDate: p.SnapshotDate}
	if !p.FetchedAt.IsZero() {
		out.FetchedAt = p.FetchedAt.UTC().Format(time.RFC3339)
	}
	return out
}

var (
	regionRe       = regexp.MustCompile(`^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$`)
	instanceTypeRe = regexp.MustCompile(`^[a-z][a-z0-9-]*\.[a-z0-9-]+$`)
)

// checkQuery validates and normalises a query.
func checkQuery(q InstanceTypeQuery) (InstanceTypeQuery, error) {
	q.Region = strings.ToLower(strings.TrimSpace(q.Region))
	q.Type = strings.ToLower(strings.TrimSpace(q.Type))
	q.Zone = strings.ToLower(strings.TrimSpace(q.Zone))
	if !regionRe.MatchString(q.Region) {
		return q, fmt.Errorf("region %q is not an AWS region name (such as eu-west-1)", short(q.Region))
	}
	if !instanceTypeRe.MatchString(q.Type) {
		return q, fmt.Errorf("type %q is not an EC2 instance type name (such as m7g.large)", short(q.Type))
	}
	if q.Zone != "" && (!strings.HasPrefix(q.Zone, q.Region) || len(q.Zone) == len(q.Region)) {
		return q, fmt.Errorf("zone %q is not an availability zone of %s (such as %sa)", short(q.Zone), q.Region, q.Region)
	}
	return q, nil
}

// CheckInstanceType answers check_instance_type.
func (s *Server) CheckInstanceType(ctx context.Context, q InstanceTypeQuery) (InstanceTypeAnswer, error) {
	q, err := checkQuery(q)
	if err != nil {
		return InstanceTypeAnswer{}, err
	}
	if s.opts.InstanceTypes == nil {
		return InstanceTypeAnswer{}, fmt.Errorf("instance type data is not available in this server")
	}
	var out InstanceTypeAnswer
	err = s.call(ctx, func(ctx context.Context) error {
		a, err := s.opts.InstanceTypes.CheckInstanceType(ctx, q)
		if err != nil {
			return err
		}
		if a.Provenance == nil {
			a.Provenance = []ProvenanceInfo{}
		}
		out = a
		return nil
	})
	return out, err
}

func (s *Server) checkInstanceTypeTool(ctx context.Context, _ *sdk.CallToolRequest, q InstanceTypeQuery) (*sdk.CallToolResult, InstanceTypeAnswer, error) {
	out, err := s.CheckInstanceType(ctx, q)
	return nil, out, err
}
