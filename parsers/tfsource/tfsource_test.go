package tfsource

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/model"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenResource is the deterministic JSON shape of a resource in golden files.
type goldenResource struct {
	Address      string            `json:"address"`
	Type         string            `json:"type"`
	Mode         model.Mode        `json:"mode"`
	Provider     string            `json:"provider,omitempty"`
	Region       string            `json:"region,omitempty"`
	Module       string            `json:"module,omitempty"`
	Location     string            `json:"location"`
	EndLine      int               `json:"end_line,omitempty"`
	ModuleCall   string            `json:"module_call,omitempty"`
	Properties   any               `json:"properties"`
	Positions    map[string]string `json:"positions,omitempty"`
	Suppressions []string          `json:"suppressions,omitempty"`
	Meta         map[string]string `json:"meta,omitempty"`
}

// plain renders markers the way the policy input shows them.
func plain(v any) any {
	switch x := v.(type) {
	case model.Unknown:
		m := map[string]any{"$unknown": true}
		if x.Ref != "" {
			m["$ref"] = x.Ref
		}
		return m
	case model.Sensitive:
		return map[string]any{"$sensitive": true}
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = plain(e)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plain(e)
		}
		return out
	}
	return v
}

func golden(rs []*model.Resource, diags model.Diagnostics) []byte {
	out := struct {
		Resources   []goldenResource `json:"resources"`
		Diagnostics []string         `json:"diagnostics"`
	}{Resources: []goldenResource{}, Diagnostics: []string{}}
	for _, r := range rs {
		g := goldenResource{Address: r.Address, Type: r.Type, Mode: r.Mode, Provider: r.Provider, Region: r.Region,
			Module: r.Source.Module, Location: r.Source.Position.String(), EndLine: r.Source.EndLine,
			Properties: plain(r.Properties), Meta: r.Meta}
		if r.Source.ModuleCall != nil {
			g.ModuleCall = r.Source.ModuleCall.String()
		}
		if len(r.Positions) > 0 {
			g.Positions = map[string]string{}
			for p, pos := range r.Positions {
				g.Positions[p] = pos.String()
			}
		}
		for _, s := range r.Suppressions {
			g.Suppressions = append(g.Suppressions, s.RuleID+" @"+s.Position.String()+" "+s.Justification)
		}
		out.Resources = append(out.Resources, g)
	}
	for _, d := range diags {
		out.Diagnostics = append(out.Diagnostics, d.String())
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		panic(err)
	}
	return append(b, '\n')
}

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	file := filepath.Join("testdata", name+".golden.json")
	if *update {
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("read golden (run with -update): %v", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", file, diff)
	}
}

func TestParseDirGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		dir  string
		opts Options
	}{
		{"stack", "testdata/stack", Options{Region: "eu-central-1"}},
		{"stack-vars", "testdata/stack", Options{
			Vars:     map[string]string{"environment": "staging", "ssh_cidrs": `["192.168.0.0/16"]`, "region": "eu-west-1"},
			VarFiles: []string{"testdata/staging.tfvars"},
		}},
		{"malformed", "testdata/malformed", Options{Region: "us-east-2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rs, diags := ParseDir(context.Background(), tc.dir, tc.opts)
			got := golden(rs, diags)
			again, diags2 := ParseDir(context.Background(), tc.dir, tc.opts)
			if !bytes.Equal(got, golden(again, diags2)) {
				t.Fatal("output is not deterministic")
			}
			checkGolden(t, tc.name, got)
		})
	}
}

func find(t *testing.T, rs []*model.Resource, addr string) *model.Resource {
	t.Helper()
	for _, r := range rs {
		if r.Address == addr {
			return r
		}
	}
	var have []string
	for _, r := range rs {
		have = append(have, r.Address)
	}
	t.Fatalf("no resource %s; have %s", addr, strings.Join(have, ", "))
	return nil
}

func TestPositions(t *testing.T) {
	rs, _ := ParseDir(context.Background(), "testdata/stack", Options{})
	const sg = "module.web_sg.aws_security_group.this"
	for _, tc := range []struct {
		addr, path string
		want       string // file:line:column
	}{
		{sg, "", "testdata/stack/modules/security-group/main.tf:18:1"},
		{sg, "name", "testdata/stack/modules/security-group/main.tf:19:3"},
		{sg, "ingress/0", "testdata/stack/modules/security-group/main.tf:23:3"},
		{sg, "ingress/1", "testdata/stack/modules/security-group/main.tf:23:3"},
		{sg, "ingress/1/cidr_blocks", "testdata/stack/modules/security-group/main.tf:31:7"},
		{sg, "ingress/1/cidr_blocks/0", "testdata/stack/modules/security-group/main.tf:31:7"}, // not a literal tuple: the attribute
		{sg, "egress/0", "testdata/stack/modules/security-group/main.tf:35:3"},
		{sg, "egress/0/cidr_blocks/0", "testdata/stack/modules/security-group/main.tf:39:20"},
		{"aws_s3_bucket_public_access_block.logs", "restrict_public_buckets", "testdata/stack/main.tf:69:3"},
		{"aws_s3_bucket_policy.logs", "policy", "testdata/stack/main.tf:75:3"},
		{"aws_s3_bucket.logs", "tags/Environment", "testdata/stack/main.tf:60:3"},
		{"module.vpc.aws_subnet.public[1]", "cidr_block", "testdata/stack/modules/vpc/main.tf:40:3"},
		{"module.vpc.aws_route_table.private", "route/0/nat_gateway_id", "testdata/stack/modules/vpc/main.tf:89:7"},
		{`module.app["api"].aws_instance.this`, "metadata_options/0/http_tokens", "testdata/stack/modules/ec2-instance/main.tf:42:5"},
		{`module.app["worker"].aws_instance.this`, "root_block_device/0/encrypted", "testdata/stack/modules/ec2-instance/main.tf:47:5"},
		{`module.app["worker"].aws_instance.this`, "tags/Name", "testdata/stack/modules/ec2-instance/main.tf:51:5"},
		{"module.platform.module.data.module.db.aws_db_instance.this", "password", "testdata/stack/modules/db/main.tf:25:3"},
		// Remote module: findings land on the user's module block.
		{"module.logs_bucket.aws_s3_bucket.this", "bucket", "testdata/stack/main.tf:88:1"},
		{"aws_sns_topic.alerts[0]", "name", "testdata/stack/alarms.tf.json:5:9"},
	} {
		t.Run(tc.addr+"/"+tc.path, func(t *testing.T) {
			r := find(t, rs, tc.addr)
			if got := r.Locate(tc.path).String(); got != tc.want {
				t.Errorf("Locate(%q) = %s, want %s", tc.path, got, tc.want)
			}
		})
	}
}

func TestRegionsAndProviders(t *testing.T) {
	rs, _ := ParseDir(context.Background(), "testdata/stack", Options{Region: "eu-central-1"})
	for _, tc := range []struct{ addr, provider, region string }{
		{"aws_s3_bucket.logs", "aws.west", "us-west-2"},
		{"aws_kms_key.main", "aws", "us-east-1"},
		{"module.vpc.aws_vpc.this", "aws", "us-east-1"},
		{"module.platform.aws_sqs_queue.jobs", "aws.west", "us-west-2"},
		{"module.platform.module.data.module.db.aws_db_instance.this", "aws.west", "us-west-2"}, // inherited two levels down
	} {
		r := find(t, rs, tc.addr)
		if r.Provider != tc.provider || r.Region != tc.region {
			t.Errorf("%s: provider %q region %q, want %q %q", tc.addr, r.Provider, r.Region, tc.provider, tc.region)
		}
	}
	// --var overrides the provider's region variable.
	rs, _ = ParseDir(context.Background(), "testdata/stack", Options{Vars: map[string]string{"region": "ap-south-1"}})
	if r := find(t, rs, "aws_kms_key.main"); r.Region != "ap-south-1" {
		t.Errorf("region with --var = %q", r.Region)
	}
}

func TestFallbackRegion(t *testing.T) {
	fsys := fstest.MapFS{
		"main.tf": {Data: []byte(`
provider "aws" {
  region = data.aws_region.other.name
}
data "aws_region" "other" {}
resource "aws_sqs_queue" "q" {}
resource "random_id" "r" {
  byte_length = 4
}
`)},
	}
	rs, _ := ParseFS(context.Background(), fsys, "m", Options{Region: "eu-north-1"})
	if r := find(t, rs, "aws_sqs_queue.q"); r.Region != "eu-north-1" {
		t.Errorf("unknown provider region: got %q, want the --region default", r.Region)
	}
	if r := find(t, rs, "random_id.r"); r.Region != "" || r.Provider != "random" {
		t.Errorf("random_id: provider %q region %q", r.Provider, r.Region)
	}
}

func TestVariablePrecedence(t *testing.T) {
	fsys := fstest.MapFS{
		"main.tf": {Data: []byte(`
variable "a" { default = "default" }
variable "b" { default = "default" }
variable "c" { default = "default" }
variable "d" { default = "default" }
variable "n" { type = number }
variable "l" { type = list(string) }
variable "unset" {}
resource "aws_ssm_parameter" "p" {
  name  = "${var.a}/${var.b}/${var.c}/${var.d}"
  value = var.n + 1
  type  = join(",", var.l)
  tier  = var.unset
}
`)},
		"terraform.tfvars":      {Data: []byte("a = \"tfvars\"\nb = \"tfvars\"\nc = \"tfvars\"\n")},
		"b.auto.tfvars":         {Data: []byte("b = \"auto-b\"\nc = \"auto-b\"\n")},
		"a.auto.tfvars.json":    {Data: []byte(`{"b": "auto-a", "c": "auto-a"}`)},
		"terraform.tfvars.json": {Data: []byte(`{"c": "tfvars-json"}`)},
	}
	rs, diags := ParseFS(context.Background(), fsys, "m", Options{Vars: map[string]string{"d": "cli", "n": "41", "l": `["x", "y"]`}})
	r := find(t, rs, "aws_ssm_parameter.p")
	want := map[string]any{"name": "tfvars/auto-b/auto-b/cli", "value": json.Number("42"), "type": "x,y", "tier": model.Unknown{}}
	if diff := cmp.Diff(want, r.Properties); diff != "" {
		t.Errorf("properties (-want +got):\n%s", diff)
	}
	if !hasDiag(diags, model.DiagNotice, `variable "unset" has no value`) {
		t.Errorf("no notice for the unset variable: %v", diags)
	}
}

func hasDiag(diags model.Diagnostics, sev model.DiagSeverity, substr string) bool {
	for _, d := range diags {
		if d.Severity == sev && strings.Contains(d.Summary, substr) {
			return true
		}
	}
	return false
}

func TestSensitive(t *testing.T) {
	fsys := fstest.MapFS{
		"main.tf": {Data: []byte(`
variable "pw" {
  default   = "hunter2"
  sensitive = true
}
locals {
  conn = "postgres://app:${var.pw}@db"
  both = { user = "app", password = var.pw }
}
module "m" {
  source = "./m"
  secret = var.pw
}
resource "aws_db_instance" "d" {
  password = var.pw
  username = "app"
  conn     = local.conn
  creds    = local.both
  upper    = upper(var.pw)
  broken   = cidrsubnet(var.pw, 8, 1)
}
`)},
		"m/main.tf": {Data: []byte(`
variable "secret" {}
resource "aws_secretsmanager_secret_version" "v" {
  secret_string = jsonencode({ pw = var.secret })
}
`)},
	}
	rs, diags := ParseFS(context.Background(), fsys, "", Options{})
	d := find(t, rs, "aws_db_instance.d")
	want := map[string]any{
		"password": model.Sensitive{}, "username": "app", "conn": model.Sensitive{},
		"creds": map[string]any{"user": "app", "password": model.Sensitive{}}, "upper": model.Sensitive{},
		"broken": model.Unknown{},
	}
	if diff := cmp.Diff(want, d.Properties); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	v := find(t, rs, "module.m.aws_secretsmanager_secret_version.v")
	if _, ok := v.Properties["secret_string"].(model.Sensitive); !ok {
		t.Errorf("sensitive value passed into a module leaked: %#v", v.Properties["secret_string"])
	}
	b, _ := json.Marshal(plain(d.Properties))
	if bytes.Contains(b, []byte("hunter2")) {
		t.Errorf("sensitive value in output: %s", b)
	}
	for _, diag := range diags {
		if strings.Contains(diag.String(), "hunter2") {
			t.Errorf("sensitive value in a diagnostic: %s", diag)
		}
	}
	if !hasDiag(diags, model.DiagError, "Error in function call") {
		t.Errorf("the failing call is not reported: %v", diags)
	}
}

func TestExpansion(t *testing.T) {
	fsys := fstest.MapFS{
		"main.tf": {Data: []byte(`
locals {
  buckets = toset(["b", "a"])
  ports   = { ssh = 22, https = 443 }
  zero    = 0
}
resource "aws_s3_bucket" "b" {
  for_each = local.buckets
  bucket   = "x-${each.key}"
}
resource "aws_s3_bucket_versioning" "v" {
  count  = 2
  bucket = aws_s3_bucket.b[count.index == 0 ? "a" : "b"].id
}
resource "aws_security_group_rule" "r" {
  for_each  = local.ports
  from_port = each.value
  type      = each.key
}
resource "aws_instance" "none" {
  count = local.zero
}
resource "aws_instance" "unknown" {
  count = length(data.aws_availability_zones.az.names)
  tags  = { Index = count.index }
}
data "aws_availability_zones" "az" {}
resource "aws_eip" "all" {
  count    = 1
  instance = aws_instance.unknown[0].id
  list     = values(aws_s3_bucket.b)[*].id
}
`)},
	}
	rs, diags := ParseFS(context.Background(), fsys, "x", Options{})
	var addrs []string
	for _, r := range rs {
		addrs = append(addrs, r.Address)
	}
	wantAddrs := []string{
		`aws_s3_bucket.b["a"]`, `aws_s3_bucket.b["b"]`,
		"aws_s3_bucket_versioning.v[0]", "aws_s3_bucket_versioning.v[1]",
		`aws_security_group_rule.r["https"]`, `aws_security_group_rule.r["ssh"]`,
		"aws_instance.unknown", "data.aws_availability_zones.az", "aws_eip.all[0]",
	}
	if diff := cmp.Diff(wantAddrs, addrs); diff != "" {
		t.Fatalf("addresses (-want +got):\n%s", diff)
	}
	if got := find(t, rs, "aws_s3_bucket_versioning.v[1]").Properties["bucket"]; got != (model.Unknown{Ref: `aws_s3_bucket.b["b"]`}) {
		t.Errorf("instance reference: %#v", got)
	}
	if got := find(t, rs, `aws_security_group_rule.r["ssh"]`).Properties["from_port"]; got != json.Number("22") {
		t.Errorf("each.value: %#v", got)
	}
	u := find(t, rs, "aws_instance.unknown")
	if u.Meta["expansion"] != "unknown" || u.Properties["tags"].(map[string]any)["Index"] != (model.Unknown{}) {
		t.Errorf("unknown count: meta %v tags %#v", u.Meta, u.Properties["tags"])
	}
	if !hasDiag(diags, model.DiagNotice, "count of aws_instance.unknown is not known statically") {
		t.Errorf("no notice for the unknown count: %v", diags)
	}
	eip := find(t, rs, "aws_eip.all[0]")
	if got := eip.Properties["instance"]; got != (model.Unknown{Ref: "aws_instance.unknown"}) {
		t.Errorf("reference into an unknown expansion: %#v", got)
	}
	wantList := []any{model.Unknown{Ref: `aws_s3_bucket.b["a"]`}, model.Unknown{Ref: `aws_s3_bucket.b["b"]`}}
	if diff := cmp.Diff(wantList, eip.Properties["list"]); diff != "" {
		t.Errorf("splat over instances (-want +got):\n%s", diff)
	}
}

func TestModuleExpansionAndOutputs(t *testing.T) {
	fsys := fstest.MapFS{
		"main.tf": {Data: []byte(`
module "queue" {
  source   = "./queue"
  for_each = { fast = 10, slow = 300 }
  name     = each.key
  timeout  = each.value
}
module "pair" {
  source = "./queue"
  count  = 2
  name   = "pair-${count.index}"
}
resource "aws_sns_topic_subscription" "s" {
  endpoint = module.queue["fast"].name_out
  arn      = module.queue["slow"].arn
  second   = module.pair[1].name_out
}
`)},
		"queue/main.tf": {Data: []byte(`
variable "name" {}
variable "timeout" {
  type    = number
  default = 30
}
resource "aws_sqs_queue" "q" {
  name                       = var.name
  visibility_timeout_seconds = var.timeout
}
output "name_out" { value = "queue-${var.name}" }
output "arn" { value = aws_sqs_queue.q.arn }
`)},
	}
	rs, _ := ParseFS(context.Background(), fsys, "", Options{})
	s := find(t, rs, "aws_sns_topic_subscription.s")
	want := map[string]any{"endpoint": "queue-fast", "arn": model.Unknown{}, "second": "queue-pair-1"}
	if diff := cmp.Diff(want, s.Properties); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	q := find(t, rs, `module.queue["slow"].aws_sqs_queue.q`)
	if q.Properties["visibility_timeout_seconds"] != json.Number("300") || q.Source.Module != `module.queue["slow"]` {
		t.Errorf("module instance: %#v %q", q.Properties, q.Source.Module)
	}
	find(t, rs, "module.pair[0].aws_sqs_queue.q")
}

func TestCycleAndDepthBounds(t *testing.T) {
	fsys := fstest.MapFS{
		"main.tf": {Data: []byte(`
locals {
  a = local.b
  b = local.a
  c = "${local.c}x"
}
module "self" {
  source = "./"
}
resource "aws_s3_bucket" "b" {
  bucket = local.a
  other  = local.c
}
`)},
		"loop/main.tf": {Data: []byte(`
module "again" {
  source = "../loop"
}
`)},
	}
	rs, diags := ParseFS(context.Background(), fsys, "", Options{})
	b := find(t, rs, "aws_s3_bucket.b")
	if b.Properties["bucket"] != (model.Unknown{}) || b.Properties["other"] != (model.Unknown{}) {
		t.Errorf("cyclic locals: %#v", b.Properties)
	}
	if !hasDiag(diags, model.DiagError, "calls itself") {
		t.Errorf("no diagnostic for the module cycle: %v", diags)
	}
	want := model.Diagnostic{Severity: model.DiagWarning, Position: model.Position{File: "main.tf", Line: 3, Column: 3},
		Summary: "cycle while evaluating local.a; treated as unknown"}
	found := false
	for _, d := range diags {
		found = found || d == want
	}
	if !found {
		t.Errorf("no positioned cycle warning: %v", diags)
	}

	// A chain of distinct modules deeper than the bound.
	deep := fstest.MapFS{}
	dir := ""
	for i := 0; i < 16+4; i++ {
		deep[dir+"main.tf"] = &fstest.MapFile{Data: []byte("module \"next\" {\n  source = \"./n\"\n}\nresource \"aws_sqs_queue\" \"q\" {}\n")}
		dir += "n/"
	}
	rs, diags = ParseFS(context.Background(), deep, "", Options{})
	if len(rs) != 16+1 {
		t.Errorf("%d resources, want %d", len(rs), 16+1)
	}
	if !hasDiag(diags, model.DiagError, "nested deeper than") {
		t.Errorf("no diagnostic for the depth bound: %v", diags)
	}
}

func TestOverrideFilesSkipped(t *testing.T) {
	fsys := fstest.MapFS{
		"main.tf":          {Data: []byte("resource \"aws_sqs_queue\" \"q\" {\n  name = \"a\"\n}\n")},
		"dev_override.tf":  {Data: []byte("resource \"aws_sqs_queue\" \"q\" {\n  name = \"b\"\n}\n")},
		"override.tf.json": {Data: []byte(`{"resource": {"aws_sqs_queue": {"q": {"name": "c"}}}}`)},
	}
	rs, diags := ParseFS(context.Background(), fsys, "", Options{})
	if len(rs) != 1 || rs[0].Properties["name"] != "a" {
		t.Errorf("resources: %v", rs)
	}
	if len(diags) != 2 || diags[0].Severity != model.DiagNotice || diags[0].File != "dev_override.tf" || diags[1].File != "override.tf.json" {
		t.Errorf("diagnostics: %v", diags)
	}
}

func TestParseDirMissing(t *testing.T) {
	rs, diags := ParseDir(context.Background(), "testdata/does-not-exist", Options{})
	if len(rs) != 0 || len(diags) != 1 || diags[0].Severity != model.DiagError || diags[0].File != "testdata/does-not-exist" {
		t.Errorf("got %v %v", rs, diags)
	}
}

func TestMalformedKeepsScanning(t *testing.T) {
	rs, diags := ParseDir(context.Background(), "testdata/malformed", Options{})
	find(t, rs, "aws_s3_bucket.good")
	var errs []string
	for _, d := range diags {
		if d.Severity == model.DiagError {
			errs = append(errs, d.Position.String())
		}
	}
	if len(errs) == 0 || !strings.HasPrefix(errs[0], "testdata/malformed/broken.tf:") {
		t.Errorf("want a positioned error in broken.tf, got %v", diags)
	}
	for _, d := range diags {
		if d.Severity == model.DiagError && d.Line == 0 {
			t.Errorf("diagnostic without a line: %v", d)
		}
	}
}

func TestSuppressions(t *testing.T) {
	fsys := fstest.MapFS{
		"main.tf": {Data: []byte(`# header comment

# iacvet:ignore AWS-S3-001 logs are public by design
# second comment line
resource "aws_s3_bucket" "a" {
  acl = "public-read" // iacvet:ignore AWS-S3-002,AWS-S3-003 -- legacy website
  # iacvet:ignore AWS-S3-004 above an attribute
  policy = "{}"
}

resource "aws_s3_bucket" "b" {
  acl = "private" # iacvet:ignore AWS-S3-005
}

# iacvet:ignore AWS-X-1 not directly above: a blank line follows

resource "aws_s3_bucket" "c" {}

# iacvet:ignore AWS-RDS-001 module-wide
module "m" {
  source = "./m"
}
`)},
		"m/main.tf": {Data: []byte(`resource "aws_db_instance" "d" {}
`)},
		"strings.tf": {Data: []byte(`resource "aws_instance" "s" {
  user_data = <<-EOT
    # iacvet:ignore AWS-EC2-002 inside a heredoc: not a comment
  EOT
  name = "x # iacvet:ignore AWS-EC2-003 inside a string"
  tags = {
    # iacvet:ignore AWS-EC2-004 inside an object: a comment
    a = "b" // iacvet:ignore AWS-EC2-005 trailing inside an object
  }
}
`)},
	}
	rs, diags := ParseFS(context.Background(), fsys, "", Options{})
	ids := func(addr string) []string {
		var out []string
		for _, s := range find(t, rs, addr).Suppressions {
			out = append(out, s.RuleID+"|"+s.Justification+"|"+s.Position.String())
			if s.Kind != model.SuppressionInSource {
				t.Errorf("kind %q", s.Kind)
			}
		}
		sort.Strings(out)
		return out
	}
	for _, tc := range []struct {
		addr string
		want []string
	}{
		{"aws_s3_bucket.a", []string{
			"AWS-S3-001|logs are public by design|main.tf:3:1",
			"AWS-S3-002|legacy website|main.tf:6:23",
			"AWS-S3-003|legacy website|main.tf:6:23",
			"AWS-S3-004|above an attribute|main.tf:7:3",
		}},
		{"aws_s3_bucket.b", []string{"AWS-S3-005||main.tf:12:19"}},
		{"aws_s3_bucket.c", nil},
		{"module.m.aws_db_instance.d", []string{"AWS-RDS-001|module-wide|main.tf:19:1"}},
		{"aws_instance.s", []string{
			"AWS-EC2-004|inside an object: a comment|strings.tf:7:5",
			"AWS-EC2-005|trailing inside an object|strings.tf:8:13",
		}},
	} {
		if diff := cmp.Diff(tc.want, ids(tc.addr)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.addr, diff)
		}
	}
	if !hasDiag(diags, model.DiagWarning, "AWS-S3-005 has no reason") {
		t.Errorf("no warning for the suppression without a reason: %v", diags)
	}
}

func TestRemoteModules(t *testing.T) {
	files := func(withManifest bool) fstest.MapFS {
		fsys := fstest.MapFS{
			"main.tf": {Data: []byte(`# iacvet:ignore AWS-EC2-001 the module enforces IMDSv2 itself
module "ec2" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = "5.6.1"
  name    = "bastion"
}
`)},
		}
		if withManifest {
			fsys[".terraform/modules/modules.json"] = &fstest.MapFile{Data: []byte(`{"Modules":[{"Key":"","Source":"","Dir":"."},{"Key":"ec2","Source":"registry.terraform.io/terraform-aws-modules/ec2-instance/aws","Version":"5.6.1","Dir":".terraform/modules/ec2"}]}`)}
			fsys[".terraform/modules/ec2/main.tf"] = &fstest.MapFile{Data: []byte(`variable "name" {}
resource "aws_instance" "this" {
  tags = { Name = var.name }
  metadata_options {
    http_tokens = "optional"
  }
}
`)}
		}
		return fsys
	}
	t.Run("without init", func(t *testing.T) {
		rs, diags := ParseFS(context.Background(), files(false), "infra", Options{})
		if len(rs) != 0 {
			t.Errorf("resources: %d", len(rs))
		}
		want := model.Diagnostics{{Severity: model.DiagWarning, Position: model.Position{File: "infra/main.tf", Line: 2, Column: 1},
			Summary: "module module.ec2 (source terraform-aws-modules/ec2-instance/aws) not evaluated: it is not installed; running terraform init (which writes .terraform/modules/modules.json) would fix it"}}
		if diff := cmp.Diff(want, diags); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("with init", func(t *testing.T) {
		rs, diags := ParseFS(context.Background(), files(true), "infra", Options{})
		if len(diags) != 0 {
			t.Errorf("diagnostics: %v", diags)
		}
		r := find(t, rs, "module.ec2.aws_instance.this")
		if r.Source.File != "infra/.terraform/modules/ec2/main.tf" || r.Source.ModuleCall == nil || r.Source.ModuleCall.String() != "infra/main.tf:2:1" {
			t.Errorf("source %+v module call %v", r.Source.Position, r.Source.ModuleCall)
		}
		if got := r.Locate("metadata_options/0/http_tokens").String(); got != "infra/main.tf:2:1" {
			t.Errorf("Locate = %s", got)
		}
		if len(r.Suppressions) != 1 || r.Suppressions[0].RuleID != "AWS-EC2-001" {
			t.Errorf("suppressions: %+v", r.Suppressions)
		}
		if got := r.Properties["tags"]; !cmp.Equal(got, map[string]any{"Name": "bastion"}) {
			t.Errorf("inputs: %#v", got)
		}
	})
}

func TestPlanSnapshot(t *testing.T) {
	// The configuration snapshot of a binary plan (tfconfig/ of the zip).
	fsys := fstest.MapFS{
		"modules.json": {Data: []byte(`[{"Key":"","Dir":"."},{"Key":"net","Source":"./modules/net","Dir":"modules/net"},` +
			`{"Key":"kms","Source":"registry.terraform.io/terraform-aws-modules/kms/aws","Dir":".terraform/modules/kms"}]`)},
		"m-/main.tf": {Data: []byte(`module "net" {
  source = "./modules/net"
  cidr   = "10.1.0.0/16"
}

module "kms" {
  source = "terraform-aws-modules/kms/aws"
}
`)},
		"m-kms/main.tf": {Data: []byte(`resource "aws_kms_key" "this" {
  enable_key_rotation = false
}
`)},
		"m-net/main.tf": {Data: []byte(`variable "cidr" {}
resource "aws_vpc" "v" {
  cidr_block = var.cidr
}
`)},
	}
	rs, diags := ParseFS(context.Background(), fsys, "infra", Options{})
	if len(diags) != 0 {
		t.Errorf("diagnostics: %v", diags)
	}
	r := find(t, rs, "module.net.aws_vpc.v")
	if r.Source.Position.String() != "infra/modules/net/main.tf:2:1" || r.Properties["cidr_block"] != "10.1.0.0/16" {
		t.Errorf("got %s %v", r.Source.Position, r.Properties)
	}
	k := find(t, rs, "module.kms.aws_kms_key.this")
	if k.Source.Position.String() != "infra/.terraform/modules/kms/main.tf:1:1" || k.Locate("enable_key_rotation").String() != "infra/main.tf:6:1" {
		t.Errorf("remote module in a snapshot: %s, located at %s", k.Source.Position, k.Locate("enable_key_rotation"))
	}
}

func TestFunctions(t *testing.T) {
	for _, tc := range []struct {
		expr string
		want any
	}{
		{`cidrsubnet("10.0.0.0/16", 8, 2)`, "10.0.2.0/24"},
		{`cidrsubnet("10.0.0.0/16", 4, 15)`, "10.0.240.0/20"},
		{`cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)`, "fd00:fd12:3456:7800:a200::/72"},
		{`cidrhost("10.12.112.0/20", 16)`, "10.12.112.16"},
		{`cidrhost("10.12.112.0/20", 268)`, "10.12.113.12"},
		{`cidrhost("10.0.0.0/24", -2)`, "10.0.0.254"},
		{`cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)`, "fd00:fd12:3456:7890::22"},
		{`cidrnetmask("172.16.0.0/12")`, "255.240.0.0"},
		{`cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)`, []any{"10.1.0.0/20", "10.1.16.0/20", "10.1.32.0/24", "10.1.48.0/20"}},
		{`cidrsubnet("10.0.0.0/30", 8, 1)`, model.Unknown{}},
		{`length("héllo")`, json.Number("5")},
		{`length([1, 2])`, json.Number("2")},
		{`replace("a-b-c", "/-/", "_")`, "a_b_c"},
		{`replace("a.b", ".", "/")`, "a/b"},
		{`base64encode("hi")`, "aGk="},
		{`md5("x")`, "9dd4e461268c8034f5c8564e155c67a6"},
		{`sha256("")`, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
		{`try(local.missing, "fallback")`, "fallback"},
		{`try(aws_vpc.v[0].id, "")`, model.Unknown{Ref: "aws_vpc.v[0]"}},
		{`try(local.secret, "")`, model.Sensitive{}},
		{`can(regex("^a", "abc"))`, true},
		{`jsondecode("{\"a\": [1, 2.5]}")`, map[string]any{"a": []any{json.Number("1"), json.Number("2.5")}}},
		{`lookup({ a = 1 }, "b", 7)`, json.Number("7")},
		{`coalesce("", "x")`, "x"},
		{`coalesce(null, 2, 3)`, json.Number("2")},
		{`flatten([[1], [2, [3]]])`, []any{json.Number("1"), json.Number("2"), json.Number("3")}},
		{`zipmap(["a", "b"], [1, 2])`, map[string]any{"a": json.Number("1"), "b": json.Number("2")}},
		{`one([])`, nil},
		{`alltrue([true, 1 == 1])`, true},
		{`startswith("arn:aws:s3", "arn:")`, true},
		{`timestamp()`, model.Unknown{}},
		{`provider::aws::arn_parse("x")`, model.Unknown{}},
		{`nosuchfunction(1)`, model.Unknown{}},
		{`file("../outside.txt")`, model.Unknown{}},
		{`file("data/hello.txt")`, "hello\n"},
		{`templatefile("data/greet.tftpl", { who = "world" })`, "hello world\n"},
		{`fileexists("data/hello.txt")`, true},
		{`0.5 + 0.25`, json.Number("0.75")},
	} {
		t.Run(tc.expr, func(t *testing.T) {
			fsys := fstest.MapFS{
				"main.tf": {Data: []byte("resource \"x_y\" \"z\" {\n  v = " + tc.expr + "\n}\n" +
					"resource \"aws_vpc\" \"v\" {\n  count = 1\n}\n" +
					"variable \"s\" {\n  default   = \"pw\"\n  sensitive = true\n}\nlocals {\n  secret = var.s\n}\n")},
				"data/hello.txt":   {Data: []byte("hello\n")},
				"data/greet.tftpl": {Data: []byte("hello ${who}\n")},
			}
			rs, _ := ParseFS(context.Background(), fsys, "", Options{})
			if diff := cmp.Diff(tc.want, find(t, rs, "x_y.z").Properties["v"]); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestDisplayAboveRoot(t *testing.T) {
	// A local module outside the scanned directory (../modules/x) is followed
	// with ParseDir and named relative to the display prefix.
	dir := t.TempDir()
	write := func(name, data string) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("envs/prod/main.tf", "module \"q\" {\n  source = \"../../modules/q\"\n}\n")
	write("modules/q/main.tf", "resource \"aws_sqs_queue\" \"q\" {\n  policy = file(\"/etc/hostname\")\n}\n")
	rs, _ := ParseDir(context.Background(), filepath.Join(dir, "envs", "prod"), Options{Root: dir})
	r := find(t, rs, "module.q.aws_sqs_queue.q")
	want := filepath.ToSlash(filepath.Join(dir, "modules", "q", "main.tf"))
	if r.Source.File != want {
		t.Errorf("file %q, want %q", r.Source.File, want)
	}
	if r.Properties["policy"] != (model.Unknown{}) {
		t.Errorf("absolute file() read: %#v", r.Properties["policy"])
	}
}

func TestWorkBound(t *testing.T) {
	fsys := fstest.MapFS{
		"main.tf": {Data: []byte(`module "m" {
  source = "./mod"
  count  = 1000
}
`)},
		"mod/main.tf": {Data: []byte("resource \"aws_sqs_queue\" \"q\" {\n  count = 1000\n}\n")},
	}
	rs, diags := ParseFS(context.Background(), fsys, "", Options{})
	if len(rs) == 0 || len(rs) > 200000 {
		t.Errorf("%d resources", len(rs))
	}
	if !hasDiag(diags, model.DiagError, "the rest is not scanned") {
		t.Errorf("no diagnostic for the bound: %v", diags)
	}
}

func TestJSONSyntax(t *testing.T) {
	fsys := fstest.MapFS{"main.tf.json": {Data: []byte(`{
  "variable": {"rules": {"default": [{"port": 22}, {"port": 443}]}},
  "module": {"missing": {"source": "./nope"}},
  "resource": {"aws_security_group": {"sg": {
    "provider": "aws.west",
    "name": "x",
    "ingress": [{"from_port": 1}],
    "dynamic": {"egress": {"for_each": "${var.rules}", "iterator": "r", "content": {"from_port": "${r.value.port}"}}}
  }}},
  "provider": {"aws": [{"region": "eu-west-1"}, {"alias": "west", "region": "us-west-1"}]}
}`)}}
	rs, diags := ParseFS(context.Background(), fsys, "", Options{})
	r := find(t, rs, "aws_security_group.sg")
	want := map[string]any{
		"name":    "x",
		"ingress": []any{map[string]any{"from_port": json.Number("1")}},
		"egress":  []any{map[string]any{"from_port": json.Number("22")}, map[string]any{"from_port": json.Number("443")}},
	}
	if diff := cmp.Diff(want, r.Properties); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if r.Provider != "aws.west" || r.Region != "us-west-1" {
		t.Errorf("provider %q region %q", r.Provider, r.Region)
	}
	if got := r.Locate("egress/1/from_port").String(); got != "main.tf.json:8:85" {
		t.Errorf("Locate = %s", got)
	}
	if !hasDiag(diags, model.DiagError, "source ./nope does not exist") {
		t.Errorf("diagnostics: %v", diags)
	}
}
