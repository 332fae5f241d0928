package awsdata

import (
	"math"
	"time"

	"github.com/iacvet/iacvet/model"
)

// Rego returns the document the rules engine places at data.aws. Only
// datasets that were checked appear, so a rule whose data is absent does
// not fire (the "not checked" notice from Fetch covers that case):
//
//	default_region                                  "us-east-1"
//	ec2.instance_types[type]                        true
//	ec2.offerings[region].region[type]              true
//	ec2.offerings[region].zones[zone][type]         true
//	ec2.subnets[id]                                 {"zone", "region", "missing", "provenance"}
//	ec2.security_groups[region][id]                 {"name", "missing", "ingress": [{IpProtocol, FromPort, ToPort, CidrIp|CidrIpv6}], "provenance"}
//	rds.orderable[region][engine][class]            true
//	ssm.services[region][service]                   true
//	ssm.service_of[resource type]                   service name (with ssm.services)
//	accessanalyzer.findings[address]                [{"type", "issue_code", "details", "learn_more", "path", "provenance"}]
//	provenance.ec2.instance_types                   [provenance...]
//	provenance.ec2.offerings[region].region|zones   [provenance]
//	provenance.rds.orderable[region][engine]        [provenance]
//	provenance.ssm.services[region]                 [provenance]
//
// Every provenance is an array of {"source": "live|cache|snapshot", "what",
// "age_seconds", "fetched_at", "snapshot_date"} objects, ready to be put in
// a finding's "provenance".
func (d *Data) Rego() map[string]any {
	if d == nil {
		return map[string]any{}
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	out := map[string]any{"default_region": d.DefaultRegion}
	prov := map[string]any{}
	ec2 := map[string]any{}
	ec2Prov := map[string]any{}
	if d.InstanceTypes != nil {
		ec2["instance_types"] = boolSet(d.InstanceTypes)
		ec2Prov["instance_types"] = provList(d.InstanceTypesProvenance...)
	}
	if len(d.Offerings) > 0 {
		offerings, op := map[string]any{}, map[string]any{}
		for region, o := range d.Offerings {
			ro, rp := map[string]any{}, map[string]any{}
			if o.Region != nil {
				ro["region"] = boolSet(o.Region.Items)
				rp["region"] = provList(o.Region.Provenance)
			}
			if o.Zones != nil {
				zones := map[string]any{}
				for z, types := range o.Zones {
					zones[z] = boolSet(types)
				}
				ro["zones"] = zones
				rp["zones"] = provList(o.ZonesProvenance)
			}
			offerings[region], op[region] = ro, rp
		}
		ec2["offerings"], ec2Prov["offerings"] = offerings, op
	}
	if len(d.Subnets) > 0 {
		subnets := map[string]any{}
		for id, s := range d.Subnets {
			m := map[string]any{"region": s.Region, "missing": s.Missing, "provenance": provList(s.Provenance)}
			if s.Zone != "" {
				m["zone"] = s.Zone
			}
			subnets[id] = m
		}
		ec2["subnets"] = subnets
	}
	if len(d.SecurityGroups) > 0 {
		groups := map[string]any{}
		for region, byID := range d.SecurityGroups {
			rg := map[string]any{}
			for id, g := range byID {
				ingress := make([]any, 0, len(g.Ingress))
				for _, r := range g.Ingress {
					rule := map[string]any{"IpProtocol": r.IpProtocol}
					if r.FromPort != nil {
						rule["FromPort"] = int(*r.FromPort)
					}
					if r.ToPort != nil {
						rule["ToPort"] = int(*r.ToPort)
					}
					if r.CidrIp != "" {
						rule["CidrIp"] = r.CidrIp
					}
					if r.CidrIpv6 != "" {
						rule["CidrIpv6"] = r.CidrIpv6
					}
					ingress = append(ingress, rule)
				}
				rg[id] = map[string]any{"name": g.Name, "missing": g.Missing, "ingress": ingress, "provenance": provList(g.Provenance)}
			}
			groups[region] = rg
		}
		ec2["security_groups"] = groups
	}
	if len(ec2) > 0 {
		out["ec2"] = ec2
		prov["ec2"] = ec2Prov
	}
	if len(d.Orderable) > 0 {
		ord, op := map[string]any{}, map[string]any{}
		for region, engines := range d.Orderable {
			re, rp := map[string]any{}, map[string]any{}
			for engine, s := range engines {
				re[engine] = boolSet(s.Items)
				rp[engine] = provList(s.Provenance)
			}
			ord[region], op[region] = re, rp
		}
		out["rds"] = map[string]any{"orderable": ord}
		prov["rds"] = map[string]any{"orderable": op}
	}
	if len(d.Services) > 0 {
		svc, sp := map[string]any{}, map[string]any{}
		for region, s := range d.Services {
			svc[region] = boolSet(s.Items)
			sp[region] = provList(s.Provenance)
		}
		table := map[string]any{}
		for t, s := range ServiceOf {
			table[t] = s
		}
		out["ssm"] = map[string]any{"services": svc, "service_of": table}
		prov["ssm"] = map[string]any{"services": sp}
	}
	if len(d.PolicyFindings) > 0 {
		fs := map[string]any{}
		for addr, list := range d.PolicyFindings {
			items := make([]any, 0, len(list))
			for _, f := range list {
				items = append(items, map[string]any{
					"type": f.Type, "issue_code": f.IssueCode, "details": f.Details, "learn_more": f.LearnMore,
					"path": append([]any{}, f.Path...), "provenance": provList(f.Provenance),
				})
			}
			fs[addr] = items
		}
		out["accessanalyzer"] = map[string]any{"findings": fs}
	}
	if len(prov) > 0 {
		out["provenance"] = prov
	}
	return out
}

func boolSet(m map[string]bool) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		if v {
			out[k] = true
		}
	}
	return out
}

func provList(ps ...model.Provenance) []any {
	out := make([]any, 0, len(ps))
	for _, p := range ps {
		out = append(out, ProvenanceRego(p))
	}
	return out
}

// ProvenanceRego renders a provenance as policies see it.
func ProvenanceRego(p model.Provenance) map[string]any {
	m := map[string]any{"source": string(p.Source), "what": p.What, "age_seconds": int(math.Round(p.Age.Seconds()))}
	if !p.FetchedAt.IsZero() {
		m["fetched_at"] = p.FetchedAt.UTC().Format(time.RFC3339)
	}
	if p.SnapshotDate != "" {
		m["snapshot_date"] = p.SnapshotDate
	}
	return m
}
