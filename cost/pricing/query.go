package pricing

import (
	"sort"
	"strings"
)

// Query says how to find one price in the AWS Price List API: a service
// code, server-side TERM_MATCH filters, and client-side matches on the
// product attributes. A match value starting with "*" matches a suffix
// ("*NatGateway-Hours" matches "USE2-NatGateway-Hours"), "~" a substring,
// "!" the absence of a substring; any other value must be equal. The usage
// types carry a region prefix outside us-east-1, hence the suffix matches.
type Query struct {
	ServiceCode string
	Filters     [][2]string
	Match       [][2]string
	// What names the data for provenance ("pricing:GetProducts AmazonEC2 us-east-1").
	What string
}

// groupKey identifies queries that one paginated GetProducts call answers.
func (q Query) groupKey() string {
	var b strings.Builder
	b.WriteString(q.ServiceCode)
	for _, f := range q.Filters {
		b.WriteString("|" + f[0] + "=" + f[1])
	}
	return b.String()
}

// single returns the filters for looking up this query alone: the group's
// filters plus the exact client-side matches.
func (q Query) single() [][2]string {
	out := append([][2]string(nil), q.Filters...)
	for _, m := range q.Match {
		if !strings.ContainsAny(m[1][:min(1, len(m[1]))], "*~!") {
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

func (q Query) matches(attrs map[string]string) bool {
	for _, m := range q.Match {
		v, pat := attrs[m[0]], m[1]
		var ok bool
		switch {
		case strings.HasPrefix(pat, "*"):
			ok = strings.HasSuffix(v, pat[1:])
		case strings.HasPrefix(pat, "~"):
			ok = strings.Contains(v, pat[1:])
		case strings.HasPrefix(pat, "!"):
			ok = !strings.Contains(v, pat[1:])
		default:
			ok = v == pat
		}
		if !ok {
			return false
		}
	}
	return true
}

var rdsEngines = map[string]string{
	"mysql": "MySQL", "postgres": "PostgreSQL", "mariadb": "MariaDB",
	"aurora-mysql": "Aurora MySQL", "aurora-postgresql": "Aurora PostgreSQL",
}

var deployment = map[string]string{"single": "Single-AZ", "multi": "Multi-AZ"}

var rdsVolume = map[string]string{
	"gp2": "General Purpose", "gp3": "General Purpose-GP3", "io1": "Provisioned IOPS",
	"io2": "Provisioned IOPS-IO2", "standard": "Magnetic",
}

var elbFamily = map[string]string{
	"application": "Load Balancer-Application", "network": "Load Balancer-Network",
	"gateway": "Load Balancer-Gateway", "classic": "Load Balancer",
}

// QueryFor maps a price key to its Price List query; ok is false for keys
// iacvet does not know how to look up.
func QueryFor(key string) (Query, bool) {
	region, comp, ok := SplitKey(key)
	if !ok || region == "" {
		return Query{}, false
	}
	p := strings.Split(comp, "/")
	q := Query{}
	rc := [2]string{"regionCode", region}
	f := func(kv ...string) [][2]string {
		out := [][2]string{rc}
		for i := 0; i+1 < len(kv); i += 2 {
			out = append(out, [2]string{kv[i], kv[i+1]})
		}
		sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
		return out
	}
	m := func(k, v string) [][2]string { return [][2]string{{k, v}} }
	switch {
	case len(p) == 3 && p[0] == "ec2" && (p[1] == "instance" || p[1] == "instance-dedicated"):
		tenancy := "Shared"
		if p[1] == "instance-dedicated" {
			tenancy = "Dedicated"
		}
		q = Query{ServiceCode: "AmazonEC2", Filters: f("operatingSystem", "Linux", "tenancy", tenancy, "preInstalledSw", "NA",
			"capacitystatus", "Used", "licenseModel", "No License required", "locationType", "AWS Region"), Match: m("instanceType", p[2])}
	case comp == "ec2/data-transfer-out":
		q = Query{ServiceCode: "AWSDataTransfer", Filters: [][2]string{{"fromRegionCode", region}, {"transferType", "AWS Outbound"}}}
	case len(p) == 3 && p[0] == "ebs":
		vol := p[1]
		switch p[2] {
		case "storage":
			if vol == "snapshot" {
				q = Query{ServiceCode: "AmazonEC2", Filters: f("productFamily", "Storage Snapshot"), Match: m("usagetype", "*EBS:SnapshotUsage")}
			} else {
				q = Query{ServiceCode: "AmazonEC2", Filters: f("productFamily", "Storage"), Match: m("volumeApiName", vol)}
			}
		case "iops":
			usage := map[string]string{"gp3": "~VolumeP-IOPS.gp3", "io1": "~EBS:VolumeP-IOPS.piops"}[vol]
			if usage == "" {
				return Query{}, false
			}
			q = Query{ServiceCode: "AmazonEC2", Filters: f("productFamily", "System Operation"), Match: [][2]string{{"volumeApiName", vol}, {"usagetype", usage}}}
		case "iops-tier1", "iops-tier2", "iops-tier3":
			suffix := "*EBS:VolumeP-IOPS." + vol
			if p[2] != "iops-tier1" {
				suffix += ".tier" + p[2][len(p[2])-1:]
			}
			q = Query{ServiceCode: "AmazonEC2", Filters: f("productFamily", "System Operation"), Match: [][2]string{{"volumeApiName", vol}, {"usagetype", suffix}}}
		case "throughput":
			q = Query{ServiceCode: "AmazonEC2", Filters: f("productFamily", "Provisioned Throughput"), Match: [][2]string{{"volumeApiName", vol}, {"usagetype", "~VolumeP-Throughput." + vol}}}
		case "io":
			q = Query{ServiceCode: "AmazonEC2", Filters: f("productFamily", "System Operation"), Match: [][2]string{{"volumeApiName", vol}, {"usagetype", "~EBS:VolumeIOUsage"}}}
		default:
			return Query{}, false
		}
	case comp == "vpc/nat-gateway/hour":
		q = Query{ServiceCode: "AmazonEC2", Filters: f("productFamily", "NAT Gateway"), Match: m("usagetype", "*NatGateway-Hours")}
	case comp == "vpc/nat-gateway/gb":
		q = Query{ServiceCode: "AmazonEC2", Filters: f("productFamily", "NAT Gateway"), Match: m("usagetype", "*NatGateway-Bytes")}
	case comp == "vpc/public-ipv4/hour":
		q = Query{ServiceCode: "AmazonVPC", Filters: f("productFamily", "VPC Public IPv4 Address"), Match: m("usagetype", "*PublicIPv4:InUseAddress")}
	case len(p) == 3 && p[0] == "elb" && elbFamily[p[1]] != "":
		suffix := map[string]string{"hour": "*LoadBalancerUsage", "lcu": "*LCUUsage", "gb": "*DataProcessing-Bytes"}[p[2]]
		if suffix == "" {
			return Query{}, false
		}
		q = Query{ServiceCode: "AWSELB", Filters: f("productFamily", elbFamily[p[1]], "locationType", "AWS Region"), Match: m("usagetype", suffix)}
	case comp == "eks/cluster/hour":
		q = Query{ServiceCode: "AmazonEKS", Filters: f("productFamily", "Compute"), Match: m("usagetype", "*AmazonEKS-Hours:perCluster")}
	case len(p) == 4 && p[0] == "elasticache" && p[1] == "node":
		engine := map[string]string{"redis": "Redis", "memcached": "Memcached", "valkey": "Valkey"}[p[2]]
		if engine == "" {
			return Query{}, false
		}
		q = Query{ServiceCode: "AmazonElastiCache", Filters: f("cacheEngine", engine, "productFamily", "Cache Instance"), Match: m("instanceType", p[3])}
	case len(p) == 3 && p[0] == "dynamodb" && p[2] == "hour" && (p[1] == "rcu" || p[1] == "wcu"):
		group := map[string]string{"rcu": "DDB-ReadUnits", "wcu": "DDB-WriteUnits"}[p[1]]
		q = Query{ServiceCode: "AmazonDynamoDB", Filters: f("productFamily", "Provisioned IOPS"), Match: m("group", group)}
	case comp == "dynamodb/read-request" || comp == "dynamodb/write-request":
		group := map[string]string{"dynamodb/read-request": "DDB-ReadUnits", "dynamodb/write-request": "DDB-WriteUnits"}[comp]
		q = Query{ServiceCode: "AmazonDynamoDB", Filters: f("productFamily", "Amazon DynamoDB PayPerRequest Throughput"), Match: m("group", group)}
	case comp == "dynamodb/storage":
		q = Query{ServiceCode: "AmazonDynamoDB", Filters: f("productFamily", "Database Storage"), Match: [][2]string{{"usagetype", "*TimedStorage-ByteHrs"}, {"usagetype", "!IA-"}}}
	case len(p) == 3 && p[0] == "opensearch" && p[1] == "instance":
		q = Query{ServiceCode: "AmazonES", Filters: f("productFamily", "Amazon OpenSearch Service Instance"), Match: [][2]string{{"instanceType", p[2]}, {"usagetype", "~ESInstance"}}}
	case len(p) == 3 && p[0] == "opensearch" && p[1] == "storage":
		q = Query{ServiceCode: "AmazonES", Filters: f("productFamily", "Amazon OpenSearch Service Volume"), Match: [][2]string{{"storageMedia", strings.ToUpper(p[2])}, {"usagetype", "~Storage"}}}
	case len(p) == 3 && p[0] == "redshift" && p[1] == "node":
		q = Query{ServiceCode: "AmazonRedshift", Filters: f("productFamily", "Compute Instance"), Match: m("instanceType", p[2])}
	case comp == "redshift/managed-storage":
		q = Query{ServiceCode: "AmazonRedshift", Filters: f("productFamily", "Redshift Managed Storage"), Match: m("usagetype", "*RMS:GB-Mo")}
	case len(p) == 5 && p[0] == "rds" && p[1] == "instance" && rdsEngines[p[2]] != "" && deployment[p[4]] != "":
		q = Query{ServiceCode: "AmazonRDS", Filters: f("productFamily", "Database Instance", "databaseEngine", rdsEngines[p[2]], "deploymentOption", deployment[p[4]]), Match: m("instanceType", p[3])}
		if strings.HasPrefix(p[2], "aurora") {
			// Aurora Standard, not I/O-Optimized (InstanceUsageIOOptimized:).
			q.Match = append(q.Match, [2]string{"usagetype", "~InstanceUsage:"})
		}
	case comp == "rds/storage/aurora/single":
		q = Query{ServiceCode: "AmazonRDS", Filters: f("productFamily", "Database Storage"), Match: m("usagetype", "*Aurora:StorageUsage")}
	case comp == "rds/io/aurora/single":
		q = Query{ServiceCode: "AmazonRDS", Filters: f("productFamily", "System Operation"), Match: m("usagetype", "*Aurora:StorageIOUsage")}
	case len(p) == 4 && p[0] == "rds" && rdsVolume[p[2]] != "" && deployment[p[3]] != "":
		switch p[1] {
		case "storage":
			q = Query{ServiceCode: "AmazonRDS", Filters: f("productFamily", "Database Storage", "deploymentOption", deployment[p[3]], "databaseEngine", "Any"), Match: m("volumeType", rdsVolume[p[2]])}
		case "iops":
			// io2 IOPS are listed at the io1 rate; the io1 query answers both.
			group, usage := "RDS Provisioned IOPS", "!GP3"
			switch p[2] {
			case "gp3":
				group, usage = "RDS Provisioned GP3 IOPS", "*GP3-PIOPS"
			case "io1", "io2":
			default:
				return Query{}, false
			}
			q = Query{ServiceCode: "AmazonRDS", Filters: f("productFamily", "Provisioned IOPS", "deploymentOption", deployment[p[3]], "databaseEngine", "Any", "groupDescription", group), Match: m("usagetype", usage)}
		case "throughput":
			if p[2] != "gp3" {
				return Query{}, false
			}
			q = Query{ServiceCode: "AmazonRDS", Filters: f("productFamily", "Provisioned Throughput", "deploymentOption", deployment[p[3]]), Match: m("usagetype", "~GP3-Throughput")}
		default:
			return Query{}, false
		}
	case len(p) == 3 && p[0] == "lambda" && (p[1] == "x86_64" || p[1] == "arm64"):
		arm := ""
		if p[1] == "arm64" {
			arm = "-ARM"
		}
		switch p[2] {
		case "requests":
			q = Query{ServiceCode: "AWSLambda", Filters: f("group", "AWS-Lambda-Requests"+arm), Match: m("usagetype", "*Request"+arm)}
		case "gb-second":
			q = Query{ServiceCode: "AWSLambda", Filters: f("group", "AWS-Lambda-Duration"+arm), Match: m("usagetype", "*Lambda-GB-Second"+arm)}
		default:
			return Query{}, false
		}
	case len(p) == 3 && p[0] == "s3" && p[1] == "standard":
		switch p[2] {
		case "storage":
			q = Query{ServiceCode: "AmazonS3", Filters: f("productFamily", "Storage", "volumeType", "Standard"), Match: m("usagetype", "*TimedStorage-ByteHrs")}
		case "put":
			q = Query{ServiceCode: "AmazonS3", Filters: f("group", "S3-API-Tier1"), Match: m("usagetype", "*Requests-Tier1")}
		case "get":
			q = Query{ServiceCode: "AmazonS3", Filters: f("group", "S3-API-Tier2"), Match: m("usagetype", "*Requests-Tier2")}
		default:
			return Query{}, false
		}
	default:
		return Query{}, false
	}
	q.What = "pricing:GetProducts " + q.ServiceCode + " " + region
	return q, true
}
