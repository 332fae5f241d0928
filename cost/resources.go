package cost

import (
	"fmt"
	"strings"

	"github.com/iacvet/iacvet/model"
)

// Canonical types iacvet prices.
const (
	typeInstance      = "AWS::EC2::Instance"
	typeVolume        = "AWS::EC2::Volume"
	typeSnapshot      = "AWS::EC2::Snapshot"
	typeDBInstance    = "AWS::RDS::DBInstance"
	typeDBCluster     = "AWS::RDS::DBCluster"
	typeNAT           = "AWS::EC2::NatGateway"
	typeLBv2          = "AWS::ElasticLoadBalancingV2::LoadBalancer"
	typeCLB           = "AWS::ElasticLoadBalancing::LoadBalancer"
	typeEIP           = "AWS::EC2::EIP"
	typeEKS           = "AWS::EKS::Cluster"
	typeNodegroup     = "AWS::EKS::Nodegroup"
	typeCacheCluster  = "AWS::ElastiCache::CacheCluster"
	typeReplGroup     = "AWS::ElastiCache::ReplicationGroup"
	typeDynamoDB      = "AWS::DynamoDB::Table"
	typeOpenSearch    = "AWS::OpenSearchService::Domain"
	typeElasticsearch = "AWS::Elasticsearch::Domain"
	typeRedshift      = "AWS::Redshift::Cluster"
	typeLambda        = "AWS::Lambda::Function"
	typeServerless    = "AWS::Serverless::Function"
	typeBucket        = "AWS::S3::Bucket"
	typeASG           = "AWS::AutoScaling::AutoScalingGroup"
)

// PricedTypes lists the resource types Estimate prices (canonical types and
// aws_ebs_snapshot, which has no CloudFormation type).
var PricedTypes = []string{
	typeInstance, typeVolume, typeSnapshot, "aws_ebs_snapshot", typeDBInstance, typeDBCluster, typeNAT, typeLBv2, typeCLB,
	typeEIP, typeEKS, typeNodegroup, typeCacheCluster, typeReplGroup, typeDynamoDB, typeOpenSearch, typeElasticsearch,
	typeRedshift, typeLambda, typeServerless, typeBucket, typeASG,
}

var pricedType = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range PricedTypes {
		m[t] = true
	}
	return m
}()

func costed(r *model.Resource) bool {
	if !pricedType[r.Type] {
		return false
	}
	if r.Type == typeDBCluster {
		// Only Aurora clusters bill storage and I/O on the cluster.
		for _, props := range []map[string]any{r.Properties, beforeOf(r)} {
			if engine, st := str(props, "Engine"); st == known && strings.HasPrefix(strings.ToLower(engine), "aurora") {
				return true
			}
		}
		return false
	}
	return true
}

// lbPublicIPv4 prices the public IPv4 addresses of an internet-facing
// application or network load balancer: at least one per subnet (one node
// per Availability Zone). Subnet mappings with an Elastic IP are billed on
// the AWS::EC2::EIP.
func (e *estimator) lbPublicIPv4(p *priced, props map[string]any, region, lbType string) {
	if lbType == "gateway" {
		return
	}
	if scheme, st := str(props, "Scheme"); st == known && strings.EqualFold(scheme, "internal") || st != known && st != absent {
		return
	}
	n := 0
	subnets, sst := list(props, "Subnets")
	if sst == known {
		n = len(subnets)
	}
	mappings, _ := list(props, "SubnetMappings")
	for _, m := range mappings {
		if mm, ok := m.(map[string]any); ok {
			if _, eip := lookup(mm, "AllocationId"); !eip {
				n++
			}
		}
	}
	if n == 0 {
		return
	}
	p.assumed = append(p.assumed, fmt.Sprintf("public IPv4 addresses: one per subnet of an internet-facing load balancer (%d); it may use more as it scales", n))
	e.add(p, region, "public IPv4 addresses", "hours", float64(n)*HoursPerMonth, "vpc/public-ipv4/hour")
}

func beforeOf(r *model.Resource) map[string]any {
	if r.Change == nil {
		return nil
	}
	return r.Change.Before
}

// price prices one side of a resource. hint is true for the after side of a
// resource that stays (savings hints are only given for it).
func (e *estimator) price(r *model.Resource, props map[string]any, hint bool) *priced {
	p := &priced{}
	if props == nil {
		props = map[string]any{}
	}
	region := e.regionOf(r)
	switch r.Type {
	case typeInstance:
		e.instance(p, r, props, region, hint)
	case typeVolume:
		e.volumeResource(p, r, props, region, hint)
	case typeSnapshot, "aws_ebs_snapshot":
		e.snapshot(p, r, props, region)
	case typeASG:
		e.autoScalingGroup(p, r, props, region)
	case typeDBInstance:
		e.dbInstance(p, r, props, region)
	case typeDBCluster:
		e.usageComponent(p, r, region, "Aurora storage", "storage_gb", "GB-month", 1, "rds/storage/aurora/single")
		e.usageComponent(p, r, region, "Aurora I/O requests", "monthly_io_requests", "requests", 1, "rds/io/aurora/single")
	case typeNAT:
		e.add(p, region, "NAT gateway", "hours", HoursPerMonth, "vpc/nat-gateway/hour")
		e.usageComponent(p, r, region, "NAT gateway data processed", "monthly_data_processed_gb", "GB", 1, "vpc/nat-gateway/gb")
		e.usageComponent(p, r, region, "data transfer out to the internet", "monthly_data_transfer_out_gb", "GB", 1, "ec2/data-transfer-out")
	case typeLBv2:
		lbType, st := str(props, "Type")
		if st == absent {
			lbType = "application"
		} else if st != known {
			unknownNote(p, "load balancer", "Type", st)
			break
		}
		lbType = strings.ToLower(lbType)
		if lbType != "application" && lbType != "network" && lbType != "gateway" {
			p.notPriced = append(p.notPriced, fmt.Sprintf("load balancer: unknown Type %q", lbType))
			break
		}
		e.add(p, region, lbType+" load balancer", "hours", HoursPerMonth, "elb/"+lbType+"/hour")
		e.usageComponent(p, r, region, "load balancer capacity units", "average_lcus", "LCU-hours", HoursPerMonth, "elb/"+lbType+"/lcu")
		e.lbPublicIPv4(p, props, region, lbType)
	case typeCLB:
		e.add(p, region, "classic load balancer", "hours", HoursPerMonth, "elb/classic/hour")
		e.usageComponent(p, r, region, "classic load balancer data processed", "monthly_data_processed_gb", "GB", 1, "elb/classic/gb")
	case typeEIP:
		e.add(p, region, "public IPv4 address", "hours", HoursPerMonth, "vpc/public-ipv4/hour")
	case typeEKS:
		e.add(p, region, "EKS cluster", "hours", HoursPerMonth, "eks/cluster/hour")
	case typeNodegroup:
		e.nodegroup(p, r, props, region)
	case typeCacheCluster:
		nodes, st := num(props, "NumCacheNodes")
		if st == absent {
			nodes, st = 1, known
		}
		e.cacheNodes(p, props, region, nodes, st, "NumCacheNodes")
	case typeReplGroup:
		var nodes float64
		var st state
		if groups, gst := num(props, "NumNodeGroups"); gst != absent {
			replicas, rst := num(props, "ReplicasPerNodeGroup")
			if rst == absent {
				replicas, rst = 0, known
			}
			nodes, st = groups*(1+replicas), gst
			if gst == known && rst != known {
				st = rst
			}
		} else {
			nodes, st = num(props, "NumCacheClusters")
			if st == absent {
				nodes, st = 1, known
			}
		}
		e.cacheNodes(p, props, region, nodes, st, "NumCacheClusters")
	case typeDynamoDB:
		e.dynamo(p, r, props, region)
	case typeOpenSearch, typeElasticsearch:
		e.search(p, r, props, region)
	case typeRedshift:
		node, st := str(props, "NodeType")
		if st != known {
			unknownNote(p, "Redshift nodes", "NodeType", st)
			break
		}
		n := 1.0
		if ct, _ := str(props, "ClusterType"); ct != "single-node" {
			if v, nst := num(props, "NumberOfNodes"); nst == known {
				n = v
			} else if nst != absent {
				unknownNote(p, "Redshift nodes", "NumberOfNodes", nst)
				break
			}
		}
		e.add(p, region, fmt.Sprintf("Redshift nodes (%s)", node), "hours", n*HoursPerMonth, "redshift/node/"+node)
		if strings.HasPrefix(node, "ra3.") {
			e.usageComponent(p, r, region, "Redshift managed storage", "storage_gb", "GB-month", 1, "redshift/managed-storage")
		}
	case typeLambda, typeServerless:
		e.lambda(p, r, props, region)
	case typeBucket:
		e.usageComponent(p, r, region, "S3 Standard storage", "storage_gb", "GB-month", 1, "s3/standard/storage")
		e.usageComponent(p, r, region, "S3 PUT/COPY/POST/LIST requests", "monthly_put_requests", "requests", 1, "s3/standard/put")
		e.usageComponent(p, r, region, "S3 GET and other requests", "monthly_get_requests", "requests", 1, "s3/standard/get")
	}
	return p
}

func (e *estimator) cacheNodes(p *priced, props map[string]any, region string, nodes float64, nst state, attr string) {
	node, st := str(props, "CacheNodeType")
	if st != known {
		unknownNote(p, "cache nodes", "CacheNodeType", st)
		return
	}
	if nst != known {
		unknownNote(p, "cache nodes", attr, nst)
		return
	}
	engine, est := str(props, "Engine")
	if est != known {
		engine = "redis"
	}
	engine = strings.ToLower(engine)
	e.add(p, region, fmt.Sprintf("cache nodes (%s, %s)", node, engine), "hours", nodes*HoursPerMonth, "elasticache/node/"+engine+"/"+node)
}

func (e *estimator) dynamo(p *priced, r *model.Resource, props map[string]any, region string) {
	mode, mst := str(props, "BillingMode")
	if mst == absent {
		mode = "PROVISIONED"
	} else if mst != known {
		unknownNote(p, "DynamoDB capacity", "BillingMode", mst)
		return
	}
	if strings.EqualFold(mode, "PAY_PER_REQUEST") {
		e.usageComponent(p, r, region, "DynamoDB write request units", "monthly_write_request_units", "requests", 1, "dynamodb/write-request")
		e.usageComponent(p, r, region, "DynamoDB read request units", "monthly_read_request_units", "requests", 1, "dynamodb/read-request")
	} else {
		rcu, wcu := 0.0, 0.0
		ok := true
		read := func(where map[string]any, label string) {
			for _, side := range []struct {
				attr string
				into *float64
			}{{"ReadCapacityUnits", &rcu}, {"WriteCapacityUnits", &wcu}} {
				v, st := num(where, "ProvisionedThroughput", side.attr)
				switch st {
				case known:
					*side.into += v
				case absent:
				default:
					unknownNote(p, "DynamoDB capacity"+label, side.attr, st)
					ok = false
				}
			}
		}
		read(props, "")
		gsis, _ := list(props, "GlobalSecondaryIndexes")
		for _, g := range gsis {
			if gm, isMap := g.(map[string]any); isMap {
				name, _ := str(gm, "IndexName")
				read(gm, " (index "+name+")")
			}
		}
		if ok {
			e.add(p, region, "DynamoDB write capacity", "WCU-hours", wcu*HoursPerMonth, "dynamodb/wcu/hour")
			e.add(p, region, "DynamoDB read capacity", "RCU-hours", rcu*HoursPerMonth, "dynamodb/rcu/hour")
		}
	}
	e.usageComponent(p, r, region, "DynamoDB storage", "storage_gb", "GB-month", 1, "dynamodb/storage")
}

func (e *estimator) search(p *priced, r *model.Resource, props map[string]any, region string) {
	cc, _ := lookup(props, "ClusterConfig")
	ccm, _ := cc.(map[string]any)
	if ccm == nil {
		ccm = map[string]any{}
	}
	itype, st := str(ccm, "InstanceType")
	count, cst := num(ccm, "InstanceCount")
	if cst == absent {
		count, cst = 1, known
	}
	switch {
	case st != known:
		unknownNote(p, "search instances", "ClusterConfig.InstanceType", st)
	case cst != known:
		unknownNote(p, "search instances", "ClusterConfig.InstanceCount", cst)
	default:
		itype = searchType(itype)
		e.add(p, region, fmt.Sprintf("search instances (%s)", itype), "hours", count*HoursPerMonth, "opensearch/instance/"+itype)
	}
	if on, _ := boolean(ccm, "DedicatedMasterEnabled"); on {
		mt, mst := str(ccm, "DedicatedMasterType")
		mc, mcst := num(ccm, "DedicatedMasterCount")
		if mcst == absent {
			mc, mcst = 3, known
		}
		if mst != known {
			unknownNote(p, "dedicated master nodes", "ClusterConfig.DedicatedMasterType", mst)
		} else if mcst != known {
			unknownNote(p, "dedicated master nodes", "ClusterConfig.DedicatedMasterCount", mcst)
		} else {
			mt = searchType(mt)
			e.add(p, region, fmt.Sprintf("dedicated master nodes (%s)", mt), "hours", mc*HoursPerMonth, "opensearch/instance/"+mt)
		}
	}
	if on, _ := boolean(ccm, "WarmEnabled"); on {
		wt, wst := str(ccm, "WarmType")
		wc, wcst := num(ccm, "WarmCount")
		if wst != known || wcst != known {
			p.notPriced = append(p.notPriced, "UltraWarm nodes: WarmType and WarmCount must be known")
		} else {
			wt = searchType(wt)
			e.add(p, region, fmt.Sprintf("UltraWarm nodes (%s)", wt), "hours", wc*HoursPerMonth, "opensearch/instance/"+wt)
		}
	}
	if on, est := boolean(props, "EBSOptions", "EBSEnabled"); (est == known && !on) || est == absent && classify(lookup(props, "EBSOptions")) == absent {
		return
	}
	size, sst := num(props, "EBSOptions", "VolumeSize")
	if sst != known {
		unknownNote(p, "search EBS storage", "EBSOptions.VolumeSize", sst)
		return
	}
	vt, vst := str(props, "EBSOptions", "VolumeType")
	if vst != known {
		vt = "gp2"
	}
	vt = strings.ToLower(vt)
	if cst != known {
		return
	}
	e.add(p, region, fmt.Sprintf("search EBS storage (%s)", vt), "GB-month", size*count, "opensearch/storage/"+vt)
}

// searchType normalises Elasticsearch-era names (m5.large.elasticsearch).
func searchType(t string) string {
	if s, ok := strings.CutSuffix(t, ".elasticsearch"); ok {
		return s + ".search"
	}
	return t
}

func (e *estimator) lambda(p *priced, r *model.Resource, props map[string]any, region string) {
	arch := "x86_64"
	if archs, _ := list(props, "Architectures"); len(archs) > 0 {
		if a, ok := archs[0].(string); ok && a == "arm64" {
			arch = "arm64"
		}
	}
	mem, mst := num(props, "MemorySize")
	if mst == absent {
		mem, mst = 128, known
	}
	e.usageComponent(p, r, region, "Lambda requests", "monthly_requests", "requests", 1, "lambda/"+arch+"/requests")
	reqs, rok := e.usage.get(r, "monthly_requests")
	dur, dok := e.usage.get(r, "average_duration_ms")
	switch {
	case !rok || !dok:
		price := "no price in the source"
		if v, ok := e.unitPrice(region, "lambda/"+arch+"/gb-second"); ok {
			price = unitPriceText(v) + " USD per GB-second"
		}
		p.usageBased = append(p.usageBased, "Lambda duration: usage-based, "+price+", not estimated (usage file keys monthly_requests, average_duration_ms)")
	case mst != known:
		unknownNote(p, "Lambda duration", "MemorySize", mst)
	default:
		gbs := reqs * dur / 1000 * mem / 1024
		e.add(p, region, fmt.Sprintf("Lambda duration (%s, %.0f MB)", arch, mem), "GB-seconds", gbs, "lambda/"+arch+"/gb-second")
	}
}

// nodegroup prices an EKS managed node group's instances: the first of
// InstanceTypes (default t3.medium) times ScalingConfig.DesiredSize (default
// MinSize, then 1). Node disks come from the launch template or the AMI and
// are not priced; Spot capacity is priced on demand (an upper bound).
func (e *estimator) nodegroup(p *priced, r *model.Resource, props map[string]any, region string) {
	itype := "t3.medium"
	types, tst := list(props, "InstanceTypes")
	switch {
	case tst == known && len(types) > 0:
		s, ok := types[0].(string)
		if !ok {
			unknownNote(p, "node group instances", "InstanceTypes", classify(types[0], true))
			return
		}
		itype = s
	case tst != known && tst != absent:
		unknownNote(p, "node group instances", "InstanceTypes", tst)
		return
	}
	n, st := num(props, "ScalingConfig", "DesiredSize")
	if st == absent {
		n, st = num(props, "ScalingConfig", "MinSize")
	}
	if st == absent {
		n, st = 1, known
	}
	if st != known {
		unknownNote(p, "node group instances", "ScalingConfig.DesiredSize", st)
		return
	}
	label := fmt.Sprintf("node group instances (%s, Linux)", itype)
	if ct, _ := str(props, "CapacityType"); strings.EqualFold(ct, "SPOT") {
		label = fmt.Sprintf("node group instances (%s, Linux, Spot priced on demand)", itype)
	}
	e.add(p, region, label, "hours", n*HoursPerMonth, "ec2/instance/"+itype)
}
