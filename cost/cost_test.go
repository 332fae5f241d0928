package cost_test

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/cost"
	"github.com/iacvet/iacvet/cost/pricing"
	"github.com/iacvet/iacvet/model"
)

var update = flag.Bool("update", false, "rewrite golden files")

func planRes(addr, typ string, actions []model.Action, before, after map[string]any) *model.Resource {
	r := &model.Resource{Address: addr, Type: typ, NativeType: typ, Mode: model.ModeManaged, Region: "us-east-1",
		Properties: after, Source: model.Source{Format: model.FormatTerraformPlan, Position: model.Position{File: "plan.json"}}}
	r.Change = &model.Change{Actions: actions, Before: before}
	return r
}

func srcRes(addr, typ string, props map[string]any) *model.Resource {
	return &model.Resource{Address: addr, Type: typ, NativeType: typ, Mode: model.ModeManaged, Properties: props,
		Source: model.Source{Format: model.FormatCloudFormation, Position: model.Position{File: "template.yaml", Line: 3}}}
}

var (
	update1 = []model.Action{model.ActionUpdate}
	create  = []model.Action{model.ActionCreate}
	del     = []model.Action{model.ActionDelete}
	noop    = []model.Action{model.ActionNoOp}
	replace = []model.Action{model.ActionDelete, model.ActionCreate}
)

func instance(itype string, rootGB any) map[string]any {
	return map[string]any{
		"InstanceType": itype,
		"BlockDeviceMappings": []any{map[string]any{"DeviceName": "/dev/xvda",
			"Ebs": map[string]any{"VolumeSize": rootGB, "VolumeType": "gp3"}}},
	}
}

// planFixture is a plan with an instance type change, a volume resize, a
// create, a delete, a no-op and a replace.
func planFixture() []*model.Resource {
	return []*model.Resource{
		planRes("aws_instance.web", "AWS::EC2::Instance", update1, instance("m5.large", json.Number("30")), instance("m5.xlarge", json.Number("30"))),
		planRes("aws_ebs_volume.data", "AWS::EC2::Volume", update1,
			map[string]any{"Size": json.Number("100"), "VolumeType": "gp2"},
			map[string]any{"Size": json.Number("200"), "VolumeType": "gp2"}),
		planRes("aws_db_instance.db", "AWS::RDS::DBInstance", create, nil,
			map[string]any{"DBInstanceClass": "db.t3.micro", "Engine": "postgres", "MultiAZ": "true", "StorageType": "gp2", "AllocatedStorage": "20"}),
		planRes("aws_nat_gateway.nat", "AWS::EC2::NatGateway", del, map[string]any{"ConnectivityType": "public"}, nil),
		planRes("aws_lb.app", "AWS::ElasticLoadBalancingV2::LoadBalancer", noop, map[string]any{"Type": "application"}, map[string]any{"Type": "application"}),
		planRes("aws_instance.old", "AWS::EC2::Instance", replace,
			map[string]any{"InstanceType": "t2.micro", "AssociatePublicIpAddress": true},
			map[string]any{"InstanceType": "t3.micro", "AssociatePublicIpAddress": "true"}),
		planRes("aws_instance.later", "AWS::EC2::Instance", create, nil, map[string]any{"InstanceType": model.Unknown{}}),
		planRes("aws_security_group.web", "AWS::EC2::SecurityGroup", create, nil, map[string]any{}),
	}
}

// templateFixture is a CloudFormation template's resources (no plan).
func templateFixture() []*model.Resource {
	return []*model.Resource{
		srcRes("Web", "AWS::EC2::Instance", map[string]any{"InstanceType": "t3.medium", "NetworkInterfaces": []any{map[string]any{"AssociatePublicIpAddress": "true", "DeviceIndex": "0"}}}),
		srcRes("Data", "AWS::EC2::Volume", map[string]any{"Size": 500.0, "VolumeType": "gp3", "Iops": 6000.0, "Throughput": 250.0}),
		srcRes("Fast", "AWS::EC2::Volume", map[string]any{"Size": 100.0, "VolumeType": "io2", "Iops": 70000.0}),
		srcRes("Db", "AWS::RDS::DBInstance", map[string]any{"DBInstanceClass": "db.m5.large", "Engine": "mysql", "MultiAZ": false, "AllocatedStorage": "100", "StorageType": "io1", "Iops": 1000}),
		srcRes("AuroraOne", "AWS::RDS::DBInstance", map[string]any{"DBInstanceClass": "db.r6g.large", "Engine": "aurora-postgresql", "DBClusterIdentifier": "c"}),
		srcRes("Aurora", "AWS::RDS::DBCluster", map[string]any{"Engine": "aurora-postgresql"}),
		srcRes("Nlb", "AWS::ElasticLoadBalancingV2::LoadBalancer", map[string]any{"Type": "network"}),
		srcRes("Classic", "AWS::ElasticLoadBalancing::LoadBalancer", map[string]any{}),
		srcRes("Ip", "AWS::EC2::EIP", map[string]any{}),
		srcRes("Eks", "AWS::EKS::Cluster", map[string]any{}),
		srcRes("Nodes", "AWS::EKS::Nodegroup", map[string]any{"InstanceTypes": []any{"m6g.large"}, "ScalingConfig": map[string]any{"MinSize": 1, "DesiredSize": "3", "MaxSize": 5}}),
		srcRes("Cache", "AWS::ElastiCache::CacheCluster", map[string]any{"CacheNodeType": "cache.t3.micro", "NumCacheNodes": "2", "Engine": "redis"}),
		srcRes("Repl", "AWS::ElastiCache::ReplicationGroup", map[string]any{"CacheNodeType": "cache.r6g.large", "NumCacheClusters": 3}),
		srcRes("Table", "AWS::DynamoDB::Table", map[string]any{"BillingMode": "PROVISIONED", "ProvisionedThroughput": map[string]any{"ReadCapacityUnits": 10, "WriteCapacityUnits": "5"}}),
		srcRes("Search", "AWS::OpenSearchService::Domain", map[string]any{"ClusterConfig": map[string]any{"InstanceType": "r6g.large.search", "InstanceCount": 2, "DedicatedMasterEnabled": true, "DedicatedMasterType": "m5.large.search", "DedicatedMasterCount": 3}, "EBSOptions": map[string]any{"EBSEnabled": true, "VolumeSize": 100, "VolumeType": "gp3"}}),
		srcRes("Warehouse", "AWS::Redshift::Cluster", map[string]any{"NodeType": "ra3.xlplus", "NumberOfNodes": 2, "ClusterType": "multi-node"}),
		srcRes("Fn", "AWS::Lambda::Function", map[string]any{"MemorySize": 512, "Architectures": []any{"arm64"}}),
		srcRes("Bucket", "AWS::S3::Bucket", map[string]any{}),
		srcRes("Nat", "AWS::EC2::NatGateway", map[string]any{}),
	}
}

const usageYAML = `version: 1
resources:
  Fn:
    monthly_requests: 1000000
    average_duration_ms: 200
  Bucket:
    storage_gb: 100
types:
  AWS::EC2::NatGateway:
    monthly_data_processed_gb: 50
`

type comp struct {
	key     string
	monthly float64
}

type want struct {
	before, after *float64
	comps         []comp
}

func f(v float64) *float64 { return &v }

func TestEstimatePlan(t *testing.T) {
	rep, diags := cost.Estimate(context.Background(), planFixture(), cost.Options{})
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	// Hand computation from the embedded snapshot (us-east-1).
	cases := map[string]want{
		"aws_instance.web": {before: f(730*0.096 + 30*0.08), after: f(730*0.192 + 30*0.08), comps: []comp{
			{"us-east-1/ec2/instance/m5.xlarge", 730 * 0.192}, {"us-east-1/ebs/gp3/storage", 30 * 0.08}}},
		"aws_ebs_volume.data": {before: f(100 * 0.10), after: f(200 * 0.10), comps: []comp{{"us-east-1/ebs/gp2/storage", 200 * 0.10}}},
		"aws_db_instance.db": {after: f(730*0.036 + 20*0.23), comps: []comp{
			{"us-east-1/rds/instance/postgres/db.t3.micro/multi", 730 * 0.036}, {"us-east-1/rds/storage/gp2/multi", 20 * 0.23}}},
		"aws_nat_gateway.nat": {before: f(730 * 0.045), comps: []comp{{"us-east-1/vpc/nat-gateway/hour", 730 * 0.045}}},
		"aws_lb.app":          {before: f(730 * 0.0225), after: f(730 * 0.0225), comps: []comp{{"us-east-1/elb/application/hour", 730 * 0.0225}}},
		// No block devices: the AMI's root volume, assumed 8 GB gp2 at 0.10 USD/GB-month.
		"aws_instance.old": {before: f(730*0.0116 + 8*0.10 + 730*0.005), after: f(730*0.0104 + 8*0.10 + 730*0.005), comps: []comp{
			{"us-east-1/ec2/instance/t3.micro", 730 * 0.0104}, {"us-east-1/ebs/gp2/storage", 8 * 0.10}, {"us-east-1/vpc/public-ipv4/hour", 730 * 0.005}}},
		"aws_instance.later": {after: f(8 * 0.10), comps: []comp{{"us-east-1/ebs/gp2/storage", 8 * 0.10}}},
	}
	checkReport(t, rep, cases)
	if !rep.HasBefore {
		t.Error("HasBefore false for a plan")
	}
	wantBefore := (730*0.096 + 30*0.08) + 100*0.10 + 730*0.045 + 730*0.0225 + (730*0.0116 + 8*0.10 + 730*0.005)
	wantAfter := (730*0.192 + 30*0.08) + 200*0.10 + (730*0.036 + 20*0.23) + 730*0.0225 + (730*0.0104 + 8*0.10 + 730*0.005) + 8*0.10
	near(t, "total before", rep.TotalBefore, wantBefore)
	near(t, "total after", rep.TotalAfter, wantAfter)
	near(t, "delta", rep.Delta, wantAfter-wantBefore)

	later := find(rep, "aws_instance.later")
	if diff := cmp.Diff([]string{"instance hours: InstanceType known after apply"}, later.NotPriced); diff != "" {
		t.Errorf("not priced (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"root volume: 8 GB gp2 (no root block device is set; AWS takes the AMI's)"}, later.Assumed); diff != "" {
		t.Errorf("assumed (-want +got):\n%s", diff)
	}
	if find(rep, "aws_security_group.web") != nil {
		t.Error("free resource listed")
	}
	// Hints: gp2 -> gp3 on the volume (200 GB), t3 -> t4g (Graviton).
	hints := map[string]float64{}
	for _, h := range rep.Hints {
		hints[h.Address+" "+strings.SplitN(h.Message, " ", 2)[0]] += h.Saving
	}
	nearMap(t, hints, map[string]float64{
		"aws_ebs_volume.data EBS": 200 * (0.10 - 0.08),
		"aws_instance.old the":    730 * (0.0104 - 0.0084),
		"aws_instance.web the":    730 * (0.192 - 0.1632),
	})
	golden(t, "plan", rep)
}

func TestEstimateTemplate(t *testing.T) {
	usage, diags := cost.ParseUsage([]byte(usageYAML), "usage.yml")
	if len(diags) > 0 {
		t.Fatalf("usage diagnostics: %v", diags)
	}
	rep, diags := cost.Estimate(context.Background(), templateFixture(), cost.Options{Usage: usage, DefaultRegion: "us-east-1"})
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	cases := map[string]want{
		"Web": {after: f(730*0.0416 + 8*0.10 + 730*0.005), comps: []comp{{"us-east-1/ec2/instance/t3.medium", 730 * 0.0416},
			{"us-east-1/ebs/gp2/storage", 8 * 0.10}, {"us-east-1/vpc/public-ipv4/hour", 730 * 0.005}}},
		"Data": {after: f(500*0.08 + 3000*0.005 + 125*0.04), comps: []comp{
			{"us-east-1/ebs/gp3/storage", 500 * 0.08}, {"us-east-1/ebs/gp3/iops", 3000 * 0.005}, {"us-east-1/ebs/gp3/throughput", 125 * 0.04}}},
		"Fast": {after: f(100*0.125 + 32000*0.065 + 32000*0.0455 + 6000*0.03185), comps: []comp{
			{"us-east-1/ebs/io2/storage", 100 * 0.125}, {"us-east-1/ebs/io2/iops-tier1", 32000 * 0.065},
			{"us-east-1/ebs/io2/iops-tier2", 32000 * 0.0455}, {"us-east-1/ebs/io2/iops-tier3", 6000 * 0.03185}}},
		"Db": {after: f(730*0.171 + 100*0.125 + 1000*0.10), comps: []comp{
			{"us-east-1/rds/instance/mysql/db.m5.large/single", 730 * 0.171}, {"us-east-1/rds/storage/io1/single", 100 * 0.125}, {"us-east-1/rds/iops/io1/single", 1000 * 0.10}}},
		"AuroraOne": {after: f(730 * 0.26), comps: []comp{{"us-east-1/rds/instance/aurora-postgresql/db.r6g.large/single", 730 * 0.26}}},
		"Aurora":    {after: f(0)},
		"Nlb":       {after: f(730 * 0.0225), comps: []comp{{"us-east-1/elb/network/hour", 730 * 0.0225}}},
		"Classic":   {after: f(730 * 0.025), comps: []comp{{"us-east-1/elb/classic/hour", 730 * 0.025}}},
		"Ip":        {after: f(730 * 0.005), comps: []comp{{"us-east-1/vpc/public-ipv4/hour", 730 * 0.005}}},
		"Eks":       {after: f(730 * 0.10), comps: []comp{{"us-east-1/eks/cluster/hour", 730 * 0.10}}},
		"Nodes":     {after: f(3 * 730 * 0.077), comps: []comp{{"us-east-1/ec2/instance/m6g.large", 3 * 730 * 0.077}}},
		"Cache":     {after: f(2 * 730 * 0.017), comps: []comp{{"us-east-1/elasticache/node/redis/cache.t3.micro", 2 * 730 * 0.017}}},
		"Repl":      {after: f(3 * 730 * 0.206), comps: []comp{{"us-east-1/elasticache/node/redis/cache.r6g.large", 3 * 730 * 0.206}}},
		"Table": {after: f(5*730*0.00065 + 10*730*0.00013), comps: []comp{
			{"us-east-1/dynamodb/wcu/hour", 5 * 730 * 0.00065}, {"us-east-1/dynamodb/rcu/hour", 10 * 730 * 0.00013}}},
		"Search": {after: f(2*730*0.167 + 3*730*0.142 + 2*100*0.122), comps: []comp{
			{"us-east-1/opensearch/instance/r6g.large.search", 2 * 730 * 0.167}, {"us-east-1/opensearch/instance/m5.large.search", 3 * 730 * 0.142},
			{"us-east-1/opensearch/storage/gp3", 2 * 100 * 0.122}}},
		"Warehouse": {after: f(2 * 730 * 1.086), comps: []comp{{"us-east-1/redshift/node/ra3.xlplus", 2 * 730 * 1.086}}},
		"Fn": {after: f(1e6*0.0000002 + 1e6*0.2*0.5*0.0000133334), comps: []comp{
			{"us-east-1/lambda/arm64/requests", 1e6 * 0.0000002}, {"us-east-1/lambda/arm64/gb-second", 1e6 * 0.2 * 0.5 * 0.0000133334}}},
		"Bucket": {after: f(100 * 0.023), comps: []comp{{"us-east-1/s3/standard/storage", 100 * 0.023}}},
		"Nat":    {after: f(730*0.045 + 50*0.045), comps: []comp{{"us-east-1/vpc/nat-gateway/hour", 730 * 0.045}, {"us-east-1/vpc/nat-gateway/gb", 50 * 0.045}}},
	}
	checkReport(t, rep, cases)
	if rep.HasBefore || rep.TotalBefore != 0 || rep.Delta != 0 {
		t.Errorf("template report has a before side: %v %v %v", rep.HasBefore, rep.TotalBefore, rep.Delta)
	}
	total := 0.0
	for _, w := range cases {
		total += *w.after
	}
	near(t, "total after", rep.TotalAfter, total)
	if diff := cmp.Diff(pricing.Embedded().Regions, rep.SnapshotRegions); diff != "" {
		t.Errorf("snapshot regions (-want +got):\n%s", diff)
	}
	// Usage-based components without usage entries are listed, never zero.
	if got := find(rep, "Bucket").UsageBased; len(got) != 2 || !strings.Contains(got[0], "monthly_put_requests") {
		t.Errorf("bucket usage-based: %q", got)
	}
	if got := find(rep, "Aurora").UsageBased; len(got) != 2 {
		t.Errorf("aurora usage-based: %q", got)
	}
	golden(t, "template", rep)
}

func TestEstimateWithoutUsage(t *testing.T) {
	rep, _ := cost.Estimate(context.Background(), templateFixture(), cost.Options{})
	fn := find(rep, "Fn")
	if *fn.After != 0 || len(fn.Components) != 0 || len(fn.UsageBased) != 2 {
		t.Errorf("lambda without usage: %+v", fn)
	}
	// Each note names the unit price (arm64, us-east-1).
	wantNotes := []string{
		"Lambda requests: usage-based, 0.0000002 USD per request, not estimated (usage file key monthly_requests)",
		"Lambda duration: usage-based, 0.0000133334 USD per GB-second, not estimated (usage file keys monthly_requests, average_duration_ms)",
	}
	if diff := cmp.Diff(wantNotes, fn.UsageBased); diff != "" {
		t.Errorf("usage-based notes (-want +got):\n%s", diff)
	}
}

func TestEstimateRegionsAndValues(t *testing.T) {
	r := srcRes("Web", "AWS::EC2::Instance", map[string]any{"InstanceType": "m5.large"})
	r.Region = "eu-west-1"
	rep, _ := cost.Estimate(context.Background(), []*model.Resource{r,
		srcRes("Sens", "AWS::EC2::Volume", map[string]any{"Size": model.Sensitive{}}),
		srcRes("Bad", "AWS::EC2::Volume", map[string]any{"Size": "lots"}),
		srcRes("Marker", "AWS::EC2::Volume", map[string]any{"Size": map[string]any{"$unknown": true}, "VolumeType": "gp3"}),
		srcRes("Ded", "AWS::EC2::Instance", map[string]any{"InstanceType": "m5.large", "Tenancy": "dedicated"}),
		srcRes("Oracle", "AWS::RDS::DBInstance", map[string]any{"DBInstanceClass": "db.m5.large", "Engine": "oracle-ee"}),
		srcRes("Nowhere", "AWS::EKS::Cluster", map[string]any{}),
	}, cost.Options{DefaultRegion: "eu-central-1"})
	near(t, "eu-west-1 m5.large", *find(rep, "Web").After, 730*0.107+8*0.11) // and the assumed 8 GB gp2 root
	near(t, "eu-central-1 EKS", *find(rep, "Nowhere").After, 730*0.10)
	for addr, note := range map[string]string{
		"Sens":   "EBS volume: Size is sensitive",
		"Bad":    "EBS volume: Size is not a valid value",
		"Marker": "EBS volume: Size known after apply",
		"Ded":    "no price for eu-central-1/ec2/instance-dedicated/m5.large",
		"Oracle": `engine "oracle-ee" is not in the price snapshot`,
	} {
		got := strings.Join(find(rep, addr).NotPriced, "; ")
		if !strings.Contains(got, note) {
			t.Errorf("%s: not priced %q, want %q", addr, got, note)
		}
	}
}

func TestUsageFile(t *testing.T) {
	_, diags := cost.ParseUsage([]byte("version: 1\nresources:\n  a.b:\n    monthly_request: 5\n    storage_gb: -1\nextra: 1\n"), "u.yml")
	var got []string
	for _, d := range diags {
		got = append(got, fmt.Sprintf("%d:%d %s", d.Line, d.Column, d.Severity))
	}
	if diff := cmp.Diff([]string{"4:5 warning", "5:17 error", "6:1 warning"}, got); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s\n%v", diff, diags)
	}
	if u, diags := cost.ParseUsage([]byte("- a\n"), "u.yml"); u != nil || !diags.HasErrors() {
		t.Error("a list was accepted as a usage file")
	}
	if _, diags := cost.LoadUsage(filepath.Join(t.TempDir(), "none.yml")); !diags.HasErrors() {
		t.Error("missing usage file without an error")
	}
	// Index-stripped and type-level lookups.
	u, _ := cost.ParseUsage([]byte("resources:\n  aws_lambda_function.api:\n    monthly_requests: 2000000\n    average_duration_ms: 100\n"), "u.yml")
	r := srcRes("aws_lambda_function.api[0]", "AWS::Lambda::Function", map[string]any{"MemorySize": "1024"})
	rep, _ := cost.Estimate(context.Background(), []*model.Resource{r}, cost.Options{Usage: u})
	near(t, "lambda", *rep.Resources[0].After, 2e6*0.0000002+2e6*0.1*1*0.0000166667)
}

func TestDeterministic(t *testing.T) {
	a, _ := cost.Estimate(context.Background(), planFixture(), cost.Options{})
	res := planFixture()
	for i, j := 0, len(res)-1; i < j; i, j = i+1, j-1 {
		res[i], res[j] = res[j], res[i]
	}
	b, _ := cost.Estimate(context.Background(), res, cost.Options{})
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("order-dependent report (-a +b):\n%s", diff)
	}
}

func checkReport(t *testing.T, rep *model.CostReport, cases map[string]want) {
	t.Helper()
	for addr, w := range cases {
		t.Run(addr, func(t *testing.T) {
			rc := find(rep, addr)
			if rc == nil {
				t.Fatalf("%s not in report", addr)
			}
			ptrNear(t, "before", rc.Before, w.before)
			ptrNear(t, "after", rc.After, w.after)
			var got []comp
			for _, c := range rc.Components {
				got = append(got, comp{c.PriceKey, c.Monthly})
				near(t, c.Name+" quantity*unit", c.Monthly, c.Quantity*c.UnitPrice)
				if c.Source.Source != model.DataSnapshot || c.Source.SnapshotDate == "" {
					t.Errorf("%s: provenance %+v", c.Name, c.Source)
				}
			}
			if diff := cmp.Diff(w.comps, got, cmp.AllowUnexported(comp{}), cmp.Comparer(func(a, b float64) bool { return math.Abs(a-b) < 1e-6 })); diff != "" {
				t.Errorf("components (-want +got):\n%s", diff)
			}
		})
	}
	if len(rep.Resources) != len(cases) {
		var addrs []string
		for _, r := range rep.Resources {
			addrs = append(addrs, r.Address)
		}
		t.Errorf("report lists %d resources, want %d: %v", len(rep.Resources), len(cases), addrs)
	}
}

func find(rep *model.CostReport, addr string) *model.ResourceCost {
	for i := range rep.Resources {
		if rep.Resources[i].Address == addr {
			return &rep.Resources[i]
		}
	}
	return nil
}

func near(t *testing.T, what string, got, want float64) {
	t.Helper()
	if math.Abs(got-want) > 1e-6 {
		t.Errorf("%s = %.6f, want %.6f", what, got, want)
	}
}

func ptrNear(t *testing.T, what string, got, want *float64) {
	t.Helper()
	switch {
	case got == nil && want == nil:
	case got == nil || want == nil:
		t.Errorf("%s = %v, want %v", what, got, want)
	default:
		near(t, what, *got, *want)
	}
}

func nearMap(t *testing.T, got, want map[string]float64) {
	t.Helper()
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b float64) bool { return math.Abs(a-b) < 1e-6 })); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func golden(t *testing.T, name string, rep *model.CostReport) {
	t.Helper()
	got, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", name+".json.golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cost -update)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", path, diff)
	}
}

// TestAttachedVolumePricedOnce: a volume attached with aws_volume_attachment
// shows up in the instance's ebs_block_device (with its volume_id) and as
// its own aws_ebs_volume; it is priced once, on the volume.
func TestAttachedVolumePricedOnce(t *testing.T) {
	withVolume := func(volumeID any) map[string]any {
		return map[string]any{"InstanceType": "t3.micro", "BlockDeviceMappings": []any{
			map[string]any{"Ebs": map[string]any{"VolumeSize": "8", "VolumeType": "gp3"}},
			map[string]any{"DeviceName": "/dev/sdf", "Ebs": map[string]any{"VolumeId": volumeID, "VolumeSize": "100", "VolumeType": "gp2"}},
		}}
	}
	volume := map[string]any{"VolumeId": "vol-0abc1234def567890", "Size": "100", "VolumeType": "gp2"}
	cases := []struct {
		name      string
		resources []*model.Resource
	}{
		{"plan, by volume id", []*model.Resource{
			planRes("aws_instance.app", "AWS::EC2::Instance", noop, withVolume("vol-0abc1234def567890"), withVolume("vol-0abc1234def567890")),
			planRes("aws_ebs_volume.data", "AWS::EC2::Volume", noop, volume, volume),
		}},
		{"source, by reference", []*model.Resource{
			srcRes("aws_instance.app", "AWS::EC2::Instance", withVolume(model.Unknown{Ref: "aws_ebs_volume.data"})),
			srcRes("aws_ebs_volume.data", "AWS::EC2::Volume", map[string]any{"Size": "100", "VolumeType": "gp2"}),
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep, _ := cost.Estimate(context.Background(), tc.resources, cost.Options{})
			// Instance: 730 h × 0.0104 (t3.micro) + 8 GB × 0.08 (gp3 root); the volume: 100 GB × 0.10 (gp2).
			near(t, "instance", *find(rep, "aws_instance.app").After, 730*0.0104+8*0.08)
			near(t, "volume", *find(rep, "aws_ebs_volume.data").After, 100*0.10)
			near(t, "total", rep.TotalAfter, 730*0.0104+8*0.08+100*0.10)
			if got := strings.Join(find(rep, "aws_instance.app").NotPriced, "; "); got != "EBS volume /dev/sdf: priced once, as aws_ebs_volume.data" {
				t.Errorf("instance note %q", got)
			}
		})
	}
	// A volume id that no volume of the configuration has is priced on the instance.
	rep, _ := cost.Estimate(context.Background(), []*model.Resource{srcRes("aws_instance.app", "AWS::EC2::Instance", withVolume("vol-0other"))}, cost.Options{})
	near(t, "instance with its own volume", *find(rep, "aws_instance.app").After, 730*0.0104+8*0.08+100*0.10)
}

// TestUsageKeysDocumented: every usage file key is in docs/cost.md.
func TestUsageKeysDocumented(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "cost.md"))
	if err != nil {
		t.Fatal(err)
	}
	for key := range cost.UsageFields {
		if !strings.Contains(string(doc), "`"+key+"`") {
			t.Errorf("docs/cost.md does not document the usage key %s", key)
		}
	}
}
