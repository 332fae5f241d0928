package mcp

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/iacvet/iacvet/awsdata"
	"github.com/iacvet/iacvet/model"
)

// StatusExists: the type exists, but whether it is offered could not be
// checked (offline without cached offerings, or AWS unreachable).
const StatusExists = "exists"

// AWSInstanceTypes answers check_instance_type from awsdata's lookups:
// the known instance types (the AWS SDK's list plus every type seen in
// offerings) and DescribeInstanceTypeOfferings at region or zone level,
// through awsdata's cache, breaker and fallbacks.
type AWSInstanceTypes struct {
	Client *awsdata.Client
}

// CheckInstanceType implements InstanceTypes.
func (a AWSInstanceTypes) CheckInstanceType(ctx context.Context, q InstanceTypeQuery) (InstanceTypeAnswer, error) {
	req := awsdata.Requests{InstanceTypes: true, Offerings: []string{q.Region}}
	if q.Zone != "" {
		req.ZoneOfferings = []string{q.Region}
	}
	data, diags := a.Client.Fetch(ctx, req)
	if err := ctx.Err(); err != nil {
		return InstanceTypeAnswer{}, err
	}
	out := InstanceTypeAnswer{Region: q.Region, Type: q.Type, Zone: q.Zone, Exists: data.InstanceTypes[q.Type], Provenance: []ProvenanceInfo{}}

	var offered map[string]bool
	var prov model.Provenance
	checked := false
	if o := data.Offerings[q.Region]; o != nil {
		switch {
		case q.Zone != "" && o.Zones != nil:
			checked, prov = true, o.ZonesProvenance
			var ok bool
			if offered, ok = o.Zones[q.Zone]; !ok {
				out.Note = fmt.Sprintf("AWS lists no instance type offerings in zone %s: it may not exist, or not be enabled for the account", q.Zone)
			}
		case q.Zone == "" && o.Region != nil:
			checked, prov, offered = true, o.Region.Provenance, o.Region.Items
		}
	}
	if !checked {
		// Existence only, from the SDK's list (a snapshot).
		for _, p := range data.InstanceTypesProvenance {
			if p.Source == model.DataSnapshot {
				out.Provenance = append(out.Provenance, ProvenanceOf(p))
			}
		}
		out.Status = StatusExists
		if !out.Exists {
			out.Status = StatusUnknown
		}
		out.Note = "instance type offerings could not be checked" + reasons(diags)
		return out, nil
	}
	out.Provenance = append(out.Provenance, ProvenanceOf(prov))
	if offered[q.Type] {
		out.Exists, out.Offered, out.Status = true, true, StatusOffered
		return out, nil
	}
	out.Status = StatusNotOffered
	if !out.Exists {
		out.Status = StatusUnknown
	}
	out.Alternatives = sameFamily(q.Type, offered)
	return out, nil
}

// reasons summarises notice diagnostics for a note.
func reasons(diags model.Diagnostics) string {
	var parts []string
	for _, d := range diags {
		s := d.Summary
		if d.Detail != "" {
			s += " (" + d.Detail + ")"
		}
		parts = append(parts, s)
	}
	if len(parts) == 0 {
		return ""
	}
	return ": " + strings.Join(parts, "; ")
}

// sameFamily lists the offered types of typ's family, smallest first.
func sameFamily(typ string, offered map[string]bool) []string {
	family, _, _ := strings.Cut(typ, ".")
	var out []string
	for t := range offered {
		if f, _, _ := strings.Cut(t, "."); f == family {
			out = append(out, t)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := sizeRank(out[i]), sizeRank(out[j])
		if a != b {
			return a < b
		}
		return out[i] < out[j]
	})
	return out
}

// sizeRank orders instance sizes: nano < micro < small < medium < large <
// xlarge < 2xlarge < … < metal variants.
func sizeRank(t string) int {
	_, size, _ := strings.Cut(t, ".")
	switch size {
	case "nano":
		return 0
	case "micro":
		return 1
	case "small":
		return 2
	case "medium":
		return 3
	case "large":
		return 4
	case "xlarge":
		return 5
	}
	if n, ok := strings.CutSuffix(size, "xlarge"); ok {
		if v, err := strconv.Atoi(n); err == nil {
			return 5 + v
		}
	}
	return 1 << 20 // metal and others last
}
