package awsdata_test

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/awsdata"
	"github.com/iacvet/iacvet/awsdata/awsfake"
	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/rules"
)

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

const (
	opOfferings = "DescribeInstanceTypeOfferings"
	opSubnets   = "DescribeSubnets"
	opGroups    = "DescribeSecurityGroups"
	opOrderable = "DescribeOrderableDBInstanceOptions"
	opParams    = "GetParametersByPath"
	opValidate  = "ValidatePolicy"
)

// newFake starts the fake AWS with a small account.
func newFake(t testing.TB) *awsfake.Server {
	t.Helper()
	s := awsfake.New()
	t.Cleanup(s.Close)
	s.Offerings["us-east-1"] = map[string][]string{
		"us-east-1":  {"t3.micro", "m5.large", "p5.48xlarge", "c5.large", "r5.large", "t3.small"},
		"us-east-1a": {"t3.micro", "m5.large", "c5.large"},
		"us-east-1b": {"t3.micro", "p5.48xlarge"},
	}
	s.Offerings["eu-west-1"] = map[string][]string{"eu-west-1": {"t3.micro"}, "eu-west-1a": {"t3.micro"}}
	s.Subnets["us-east-1"] = map[string]string{"subnet-a": "us-east-1a", "subnet-b": "us-east-1b"}
	s.Groups["us-east-1"] = map[string]awsfake.Group{
		"sg-open":   {Name: "legacy-admin", Ingress: []awsfake.Permission{{Protocol: "tcp", FromPort: 22, ToPort: 22, CIDRs: []string{"0.0.0.0/0"}}}},
		"sg-closed": {Name: "web", Ingress: []awsfake.Permission{{Protocol: "tcp", FromPort: 443, ToPort: 443, CIDRs: []string{"0.0.0.0/0"}, CIDRsV6: []string{"::/0"}}}},
	}
	s.Orderable["us-east-1"] = map[string][]string{"mysql": {"db.t3.micro", "db.t3.small", "db.m5.large", "db.r5.large", "db.r6g.large", "db.t4g.micro"}}
	s.Services["us-east-1"] = []string{"ec2", "eks", "lambda", "rds", "s3", "ssm", "sqs"}
	s.Services["eu-west-1"] = []string{"ec2", "lambda", "rds", "s3"}
	s.Validate = func(policyType, doc string) []awsfake.ValidationFinding {
		if strings.Contains(doc, "GetObjekt") {
			return []awsfake.ValidationFinding{{Type: "ERROR", IssueCode: "INVALID_ACTION", Details: "The action s3:GetObjekt does not exist.", Path: []any{"Statement", 0, "Action"}}}
		}
		return nil
	}
	return s
}

// awsEnv points the SDK's standard configuration chain at the fake through
// AWS_ENDPOINT_URL with static test credentials, and isolates it from the
// machine's own AWS configuration.
func awsEnv(t testing.TB, endpoint string) {
	t.Helper()
	dir := t.TempDir()
	for k, v := range map[string]string{
		"AWS_ENDPOINT_URL": endpoint, "AWS_ACCESS_KEY_ID": "AKIDTEST", "AWS_SECRET_ACCESS_KEY": "secret",
		"AWS_SESSION_TOKEN": "", "AWS_PROFILE": "", "AWS_DEFAULT_PROFILE": "", "AWS_REGION": "us-east-1",
		"AWS_CONFIG_FILE": filepath.Join(dir, "config"), "AWS_SHARED_CREDENTIALS_FILE": filepath.Join(dir, "credentials"),
		"AWS_EC2_METADATA_DISABLED": "true", "AWS_ENDPOINT_URL_EC2": "", "AWS_ENDPOINT_URL_RDS": "",
		"AWS_ENDPOINT_URL_SSM": "", "AWS_ENDPOINT_URL_ACCESSANALYZER": "", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "",
		"AWS_MAX_ATTEMPTS": "", "AWS_RETRY_MODE": "", "AWS_WEB_IDENTITY_TOKEN_FILE": "", "AWS_ROLE_ARN": "",
		"AWS_CONTAINER_CREDENTIALS_FULL_URI": "", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "",
	} {
		t.Setenv(k, v)
	}
}

func options(dir string, clk *clock) awsdata.Options {
	return awsdata.Options{
		Region: "us-east-1", CacheDir: dir, Clock: clk.Now, Timeout: 2 * time.Second,
		MaxAttempts: 3, RetryMaxBackoff: time.Millisecond, MaxConcurrency: 4,
	}
}

func newClient(t testing.TB, opts awsdata.Options) *awsdata.Client {
	t.Helper()
	c, diags := awsdata.New(context.Background(), opts)
	if len(diags) > 0 {
		t.Fatalf("New: %v", diags)
	}
	if c.Offline() {
		t.Fatal("client is offline")
	}
	return c
}

func inst(name string, props map[string]any) *model.Resource {
	return &model.Resource{
		Address: "aws_instance." + name, Type: "AWS::EC2::Instance", NativeType: "aws_instance", Name: name,
		Mode: model.ModeManaged, Properties: props, Change: &model.Change{Actions: []model.Action{model.ActionCreate}},
		Source: model.Source{Format: model.FormatTerraformPlan, Position: model.Position{File: "plan.json"}},
	}
}

func res(addr, typ string, props map[string]any) *model.Resource {
	r := inst("x", props)
	r.Address, r.Type = addr, typ
	return r
}

// fixture is a change that gets every live finding once.
func fixture() []*model.Resource {
	west := res("aws_eks_cluster.west", "AWS::EKS::Cluster", map[string]any{"Name": "west"})
	west.Region = "eu-west-1"
	return []*model.Resource{
		inst("web", map[string]any{"InstanceType": "t3.micro", "SubnetId": "subnet-a", "SecurityGroupIds": []any{"sg-closed", "sg-open", "sg-gone"}}),
		inst("gpu", map[string]any{"InstanceType": "p5.48xlarge", "SubnetId": "subnet-a"}),
		inst("gpu_ok", map[string]any{"InstanceType": "p5.48xlarge", "SubnetId": "subnet-b"}),
		inst("rare", map[string]any{"InstanceType": "u-24tb1.112xlarge"}),
		inst("bogus", map[string]any{"InstanceType": "t3.mega"}),
		inst("newsub", map[string]any{"InstanceType": "p5.48xlarge", "SubnetId": model.Unknown{Ref: "aws_subnet.new.id"}}),
		inst("later", map[string]any{"InstanceType": model.Unknown{}}),
		res("aws_subnet.new", "AWS::EC2::Subnet", map[string]any{"AvailabilityZone": "us-east-1a", "VpcId": model.Unknown{}}),
		res("aws_db_instance.db", "AWS::RDS::DBInstance", map[string]any{"Engine": "mysql", "DBInstanceClass": "db.x9.huge"}),
		res("aws_db_instance.ok", "AWS::RDS::DBInstance", map[string]any{"Engine": "mysql", "DBInstanceClass": "db.t3.micro"}),
		res("aws_iam_policy.bad", "AWS::IAM::Policy", map[string]any{"PolicyDocument": `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObjekt","Resource":"*"}]}`}),
		res("aws_iam_policy.good", "AWS::IAM::Policy", map[string]any{"PolicyDocument": map[string]any{"Version": "2012-10-17", "Statement": []any{map[string]any{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}}}),
		res("aws_iam_policy.later", "AWS::IAM::Policy", map[string]any{"PolicyDocument": map[string]any{"Statement": []any{map[string]any{"Resource": model.Unknown{Ref: "aws_s3_bucket.b.arn"}}}}}),
		west,
	}
}

func TestCollect(t *testing.T) {
	req := awsdata.Collect(fixture(), "us-east-1")
	if !req.InstanceTypes || req.DefaultRegion != "us-east-1" {
		t.Errorf("InstanceTypes %v, DefaultRegion %q", req.InstanceTypes, req.DefaultRegion)
	}
	if got := awsdata.Collect(nil, "").DefaultRegion; got != awsdata.DefaultRegion {
		t.Errorf("default region %q", got)
	}
	check := func(name string, got, want any) {
		t.Helper()
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", name, diff)
		}
	}
	check("offerings", req.Offerings, []string{"us-east-1"})
	check("zones", req.ZoneOfferings, []string{"us-east-1"})
	check("subnets", req.Subnets, map[string][]string{"us-east-1": {"subnet-a", "subnet-b"}})
	check("groups", req.SecurityGroups, map[string][]string{"us-east-1": {"sg-closed", "sg-gone", "sg-open"}})
	check("orderable", req.Orderable, map[string][]string{"us-east-1": {"mysql"}})
	check("services", req.Services, []string{"eu-west-1", "us-east-1"})
	check("unvalidated", req.Unvalidated, []string{"aws_iam_policy.later"})
	var docs []string
	for _, p := range req.Policies {
		docs = append(docs, p.Address+" "+p.PolicyType)
	}
	check("policies", docs, []string{"aws_iam_policy.bad IDENTITY_POLICY", "aws_iam_policy.good IDENTITY_POLICY"})
	if !awsdata.Collect(nil, "").Empty() {
		t.Error("no resources, yet requests")
	}
}

// liveFindings evaluates the built-in rules with the fetched data and
// returns "rule resource attribute source" lines for AWS-LIVE findings.
func liveFindings(t *testing.T, resources []*model.Resource, data *awsdata.Data) []string {
	t.Helper()
	ctx := context.Background()
	eng, err := rules.New(ctx, rules.Options{Sources: []rules.Source{rules.Builtin()}})
	if err != nil {
		t.Fatal(err)
	}
	out, err := eng.Eval(ctx, rules.Input{Resources: resources, AWS: data.Rego()})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range out.Findings {
		if !strings.HasPrefix(f.RuleID, "AWS-LIVE-") {
			continue
		}
		var srcs []string
		for _, p := range f.Provenance {
			srcs = append(srcs, string(p.Source))
		}
		got = append(got, f.RuleID+" "+f.Resource+" "+f.Attribute+" "+strings.Join(srcs, ","))
	}
	sort.Strings(got)
	return got
}

func TestFetchLiveThenCache(t *testing.T) {
	srv := newFake(t)
	awsEnv(t, srv.URL)
	dir, clk := t.TempDir(), newClock()
	c := newClient(t, options(dir, clk))
	resources := fixture()
	data, diags := c.Fetch(context.Background(), awsdata.Collect(resources, c.Region()))
	if want := "not checked: IAM Access Analyzer policy validation"; len(diags) != 1 || diags[0].Summary != want {
		t.Errorf("diagnostics = %v, want one %q", diags, want)
	}
	got := liveFindings(t, resources, data)
	want := []string{
		"AWS-LIVE-001 aws_instance.bogus InstanceType snapshot,live",
		"AWS-LIVE-002 aws_instance.rare InstanceType live",
		"AWS-LIVE-003 aws_instance.gpu SubnetId live,live",
		"AWS-LIVE-003 aws_instance.newsub SubnetId live",
		"AWS-LIVE-004 aws_db_instance.db DBInstanceClass live",
		"AWS-LIVE-005 aws_instance.web SecurityGroupIds/2 live",
		"AWS-LIVE-006 aws_instance.web SecurityGroupIds/1 live",
		"AWS-LIVE-007 aws_eks_cluster.west  live",
		"AWS-LIVE-008 aws_iam_policy.bad PolicyDocument/Statement/0/Action live",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("live findings (-want +got):\n%s", diff)
	}
	// One paginated listing per region and location type: 6 region-level
	// offerings in pages of 5, 5 zone offerings in one page.
	for _, tc := range []struct {
		op, region string
		want       int
	}{
		{opOfferings, "us-east-1", 3}, {opSubnets, "us-east-1", 1}, {opGroups, "us-east-1", 1},
		{opOrderable, "us-east-1", 2}, {opParams, "us-east-1", 2}, {opParams, "eu-west-1", 1},
		{opValidate, "us-east-1", 2}, {opOfferings, "eu-west-1", 0},
	} {
		if n := srv.Calls(tc.op, tc.region); n != tc.want {
			t.Errorf("%s %s: %d calls, want %d", tc.op, tc.region, n, tc.want)
		}
	}
	if n := c.Stats().Calls("ec2:" + opOfferings); n != 3 {
		t.Errorf("stats: %d offerings calls, want 3", n)
	}

	// A second scan within the TTL makes no call and shows the cache's age.
	srv.ResetCalls()
	clk.Add(10 * time.Minute)
	c2 := newClient(t, options(dir, clk))
	data2, diags2 := c2.Fetch(context.Background(), awsdata.Collect(resources, c2.Region()))
	if n := srv.TotalCalls(); n != 0 {
		t.Errorf("warm scan made %d calls", n)
	}
	if len(diags2) != 1 {
		t.Errorf("warm diagnostics: %v", diags2)
	}
	got2 := liveFindings(t, resources, data2)
	for i := range want {
		want[i] = strings.ReplaceAll(want[i], "live", "cache")
	}
	if diff := cmp.Diff(want, got2); diff != "" {
		t.Errorf("cached findings (-want +got):\n%s", diff)
	}
	prov := data2.Offerings["us-east-1"].Region.Provenance
	if prov.Source != model.DataCache || prov.Age != 10*time.Minute {
		t.Errorf("cached provenance = %+v", prov)
	}
	if s := c2.Stats().String(); !strings.Contains(s, "cache hits:") {
		t.Errorf("stats table lacks cache hits:\n%s", s)
	}
}

// regionRequest asks for the region-level offerings of us-east-1 only.
var regionRequest = awsdata.Requests{InstanceTypes: true, Offerings: []string{"us-east-1"}}

func TestFaults(t *testing.T) {
	for _, tc := range []struct {
		name   string
		inject func(s *awsfake.Server)
		// warm pre-fills the cache (then lets it expire).
		warm bool
		// want is the provenance source of the region offerings, "" for not checked.
		want string
		// calls is the number of requests the server sees (retries included).
		calls int
	}{
		{"throttled once then served", func(s *awsfake.Server) { s.Fail(opOfferings, awsfake.Throttle) }, false, "live", 3},
		{"500 once then served", func(s *awsfake.Server) { s.Fail(opOfferings, awsfake.Internal) }, false, "live", 3},
		{"throttled throughout", func(s *awsfake.Server) { s.FailAlways(opOfferings, awsfake.Throttle) }, false, "", 3},
		{"500s, stale cache", func(s *awsfake.Server) { s.FailAlways(opOfferings, awsfake.Internal) }, true, "cache", 3},
		{"hanging endpoint", func(s *awsfake.Server) { s.FailAlways(opOfferings, awsfake.Hang) }, false, "", -1},
		{"hanging endpoint, stale cache", func(s *awsfake.Server) { s.FailAlways(opOfferings, awsfake.Hang) }, true, "cache", -1},
		{"malformed body", func(s *awsfake.Server) { s.FailAlways(opOfferings, awsfake.Malformed) }, false, "", 1},
		{"page fails half-way", func(s *awsfake.Server) { s.FailPages(opOfferings, awsfake.Internal) }, false, "", 4},
		{"page fails half-way, stale cache", func(s *awsfake.Server) { s.FailPages(opOfferings, awsfake.Internal) }, true, "cache", 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := newFake(t)
			awsEnv(t, srv.URL)
			dir, clk := t.TempDir(), newClock()
			opts := options(dir, clk)
			opts.Timeout = 300 * time.Millisecond
			if tc.warm {
				newClient(t, opts).Fetch(context.Background(), regionRequest)
				clk.Add(2 * time.Hour) // past the TTL
			}
			tc.inject(srv)
			srv.ResetCalls()
			c := newClient(t, opts)
			data, diags := c.Fetch(context.Background(), regionRequest)
			if n := srv.Calls(opOfferings, "us-east-1"); tc.calls >= 0 && n != tc.calls {
				t.Errorf("server saw %d requests, want %d", n, tc.calls)
			}
			if !data.InstanceTypes["t3.micro"] || data.InstanceTypesProvenance[0].Source != model.DataSnapshot {
				t.Errorf("embedded instance types missing")
			}
			o := data.Offerings["us-east-1"]
			rego := data.Rego()
			switch tc.want {
			case "":
				if o != nil && o.Region != nil {
					t.Fatalf("offerings present after failure: %+v", o.Region.Provenance)
				}
				if len(diags) != 1 || !strings.HasPrefix(diags[0].Summary, "not checked: ec2:DescribeInstanceTypeOfferings us-east-1") || diags[0].Severity != model.DiagNotice {
					t.Errorf("diagnostics = %v, want one not-checked notice", diags)
				}
				if _, ok := rego["ec2"].(map[string]any)["offerings"]; ok {
					t.Error("data.aws.ec2.offerings present though not checked")
				}
			default:
				if o == nil || o.Region == nil {
					t.Fatalf("no offerings; diagnostics %v", diags)
				}
				if got := string(o.Region.Provenance.Source); got != tc.want {
					t.Errorf("provenance %s, want %s", got, tc.want)
				}
				if tc.want == "cache" && (o.Region.Provenance.Age != 2*time.Hour || len(diags) != 1 || !strings.HasPrefix(diags[0].Summary, "using cached AWS data")) {
					t.Errorf("stale fallback: provenance %+v, diagnostics %v", o.Region.Provenance, diags)
				}
				if !o.Region.Items["p5.48xlarge"] || len(o.Region.Items) != 6 {
					t.Errorf("offerings = %v", o.Region.Items)
				}
			}
			if strings.Contains(tc.name, "hanging") && tc.want == "" && !strings.Contains(diags[0].Detail, "no answer within 300ms") {
				t.Errorf("timeout not reported: %v", diags[0].Detail)
			}
		})
	}
}

func TestBreakerOpens(t *testing.T) {
	srv := newFake(t)
	awsEnv(t, srv.URL)
	opts := options(t.TempDir(), newClock())
	opts.MaxAttempts = 1
	opts.BreakerFailures = 3
	opts.MaxConcurrency = 1
	c := newClient(t, opts)
	srv.FailAlways(opOfferings, awsfake.Internal)
	srv.FailAlways(opSubnets, awsfake.Internal)
	srv.FailAlways(opGroups, awsfake.Internal)
	req := awsdata.Requests{
		Offerings: []string{"us-east-1"}, ZoneOfferings: []string{"us-east-1"},
		Subnets:        map[string][]string{"us-east-1": {"subnet-a"}},
		SecurityGroups: map[string][]string{"us-east-1": {"sg-open"}},
		Orderable:      map[string][]string{"us-east-1": {"mysql"}},
	}
	data, diags := c.Fetch(context.Background(), req)
	ec2Calls := srv.Calls(opOfferings, "") + srv.Calls(opSubnets, "") + srv.Calls(opGroups, "")
	if ec2Calls != 3 {
		t.Errorf("%d EC2 calls reached the server, want 3 (then the breaker is open)", ec2Calls)
	}
	if st := c.Guard().State("ec2", "us-east-1"); st != "open" {
		t.Errorf("breaker state %s", st)
	}
	if len(data.Orderable["us-east-1"]) != 1 {
		t.Errorf("RDS (its own breaker) not fetched: %v", diags)
	}
	notChecked := 0
	for _, d := range diags {
		if strings.HasPrefix(d.Summary, "not checked: ec2:") {
			notChecked++
		}
	}
	if notChecked != 4 {
		t.Errorf("%d not-checked notices, want 4: %v", notChecked, diags)
	}
	// Further scans do not reach the server while the breaker is open.
	c.Fetch(context.Background(), req)
	if n := srv.Calls(opOfferings, "") + srv.Calls(opSubnets, "") + srv.Calls(opGroups, ""); n != 3 {
		t.Errorf("open breaker let %d calls through", n-3)
	}
	snap := c.Stats().Snapshot()
	if len(snap.Breakers) != 1 || snap.Breakers[0].To != "open" {
		t.Errorf("breaker changes = %+v", snap.Breakers)
	}
}

// TestCorruptCacheRecovered: a cache entry that is present but unusable
// is a miss with a notice, the data is looked up live, and the entry is
// rewritten.
func TestCorruptCacheRecovered(t *testing.T) {
	for _, tc := range []struct {
		name    string
		content func(key string) string
	}{
		{"truncated", func(string) string { return `{"key": "ec2/us-` }},
		{"null value", func(k string) string { return `{"key":"` + k + `","fetched_at":"2026-11-01T12:00:00Z","value":null}` }},
		{"wrong type", func(k string) string {
			return `{"key":"` + k + `","fetched_at":"2026-11-01T12:00:00Z","value":"t3.micro"}`
		}},
		{"future", func(k string) string { return `{"key":"` + k + `","fetched_at":"2027-11-01T12:00:00Z","value":{}}` }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := newFake(t)
			awsEnv(t, srv.URL)
			dir, clk := t.TempDir(), newClock()
			newClient(t, options(dir, clk)).Fetch(context.Background(), regionRequest)
			files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
			if len(files) != 1 {
				t.Fatalf("cache files: %v", files)
			}
			key := "ec2/us-east-1/" + opOfferings
			if raw, err := os.ReadFile(files[0]); err == nil {
				var e struct{ Key string }
				if json.Unmarshal(raw, &e) == nil {
					key = e.Key
				}
			}
			if err := os.WriteFile(files[0], []byte(tc.content(key)), 0o644); err != nil {
				t.Fatal(err)
			}
			srv.ResetCalls()
			data, diags := newClient(t, options(dir, clk)).Fetch(context.Background(), regionRequest)
			if data.Offerings["us-east-1"].Region.Provenance.Source != model.DataLive {
				t.Errorf("corrupt entry not replaced by a live lookup: %v", diags)
			}
			if len(diags) != 1 || diags[0].Severity != model.DiagNotice || !strings.Contains(diags[0].Summary, "cache entry ignored") {
				t.Errorf("diagnostics = %v, want one notice about the ignored entry", diags)
			}
			if srv.Calls(opOfferings, "") == 0 {
				t.Error("no live call after a corrupt entry")
			}
			srv.ResetCalls()
			_, diags = newClient(t, options(dir, clk)).Fetch(context.Background(), regionRequest)
			if n := srv.TotalCalls(); n != 0 || len(diags) != 0 {
				t.Errorf("rewritten entry not used: %d calls, %v", n, diags)
			}
		})
	}
}

// TestServiceEndpointEnv checks that AWS_ENDPOINT_URL_EC2 wins over
// AWS_ENDPOINT_URL for EC2 only.
func TestServiceEndpointEnv(t *testing.T) {
	srv := newFake(t)
	dead := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusForbidden)
		w.Write([]byte(`<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>wrong endpoint</Message></Error></ErrorResponse>`))
	}))
	t.Cleanup(dead.Close)
	awsEnv(t, dead.URL)
	t.Setenv("AWS_ENDPOINT_URL_EC2", srv.URL)
	opts := options(t.TempDir(), newClock())
	opts.MaxAttempts = 1
	data, diags := newClient(t, opts).Fetch(context.Background(), awsdata.Requests{
		Offerings: []string{"us-east-1"}, Orderable: map[string][]string{"us-east-1": {"mysql"}},
	})
	if srv.Calls(opOfferings, "us-east-1") == 0 || data.Offerings["us-east-1"] == nil {
		t.Errorf("EC2 did not use AWS_ENDPOINT_URL_EC2: %v", diags)
	}
	if srv.Calls(opOrderable, "") != 0 || len(diags) != 1 || !strings.Contains(diags[0].Detail, "wrong endpoint") {
		t.Errorf("RDS did not use AWS_ENDPOINT_URL: %v", diags)
	}
}

// TestOffline checks that offline mode never dials, answers from the
// embedded list and the cache, and reports the rest as not checked.
func TestOffline(t *testing.T) {
	srv := newFake(t)
	awsEnv(t, srv.URL)
	dir, clk := t.TempDir(), newClock()
	newClient(t, options(dir, clk)).Fetch(context.Background(), awsdata.Requests{Offerings: []string{"us-east-1"}})

	noDial := &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
		t.Errorf("offline client dialed %s", addr)
		return nil, errors.New("no network in offline mode")
	}}}
	srv.ResetCalls()
	opts := options(dir, clk)
	opts.Offline, opts.HTTPClient = true, noDial
	c, diags := awsdata.New(context.Background(), opts)
	if len(diags) != 0 || !c.Offline() {
		t.Fatalf("offline New: %v", diags)
	}
	resources := fixture()
	data, diags := c.Fetch(context.Background(), awsdata.Collect(resources, c.Region()))
	if srv.TotalCalls() != 0 {
		t.Error("offline client reached the server")
	}
	if data.Offerings["us-east-1"].Region.Provenance.Source != model.DataCache {
		t.Error("offline client ignored the cache")
	}
	var summaries []string
	for _, d := range diags {
		summaries = append(summaries, d.Summary)
		if d.Severity != model.DiagNotice || (d.Detail != "offline mode" && !strings.Contains(d.Detail, "after apply")) {
			t.Errorf("diagnostic %v", d)
		}
	}
	want := []string{
		"not checked: IAM Access Analyzer policy validation",
		"not checked: access-analyzer:ValidatePolicy aws_iam_policy.bad PolicyDocument",
		"not checked: access-analyzer:ValidatePolicy aws_iam_policy.good PolicyDocument",
		"not checked: ec2:DescribeInstanceTypeOfferings us-east-1 (availability-zone)",
		"not checked: ec2:DescribeSecurityGroups us-east-1 sg-closed, sg-gone, sg-open",
		"not checked: ec2:DescribeSubnets us-east-1 subnet-a, subnet-b",
		"not checked: rds:DescribeOrderableDBInstanceOptions us-east-1 mysql",
		"not checked: ssm:GetParametersByPath /aws/service/global-infrastructure/regions/eu-west-1/services",
		"not checked: ssm:GetParametersByPath /aws/service/global-infrastructure/regions/us-east-1/services",
	}
	if diff := cmp.Diff(want, summaries); diff != "" {
		t.Errorf("offline notices (-want +got):\n%s", diff)
	}
	got := liveFindings(t, resources, data)
	wantFindings := []string{
		"AWS-LIVE-001 aws_instance.bogus InstanceType snapshot,cache",
		"AWS-LIVE-002 aws_instance.rare InstanceType cache",
	}
	if diff := cmp.Diff(wantFindings, got); diff != "" {
		t.Errorf("offline findings (-want +got):\n%s", diff)
	}
}

// TestNoCredentials checks that a machine without credentials runs
// offline with one notice, and that a hanging instance metadata service
// cannot stall New beyond the credential probe bound.
func TestNoCredentials(t *testing.T) {
	imds := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() }))
	t.Cleanup(imds.Close)
	awsEnv(t, "")
	t.Setenv("AWS_ACCESS_KEY_ID", "")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "")
	t.Setenv("AWS_EC2_METADATA_DISABLED", "false")
	t.Setenv("AWS_EC2_METADATA_SERVICE_ENDPOINT", imds.URL)
	opts := options(t.TempDir(), newClock())
	opts.CredentialProbe = 200 * time.Millisecond
	start := time.Now()
	c, diags := awsdata.New(context.Background(), opts)
	if elapsed := time.Since(start); elapsed > 3*time.Second {
		t.Errorf("New took %s with a hanging metadata service", elapsed)
	}
	if !c.Offline() || len(diags) != 1 || diags[0].Severity != model.DiagNotice || !strings.Contains(diags[0].Summary, "running offline") {
		t.Errorf("offline=%v diagnostics=%v", c.Offline(), diags)
	}
	imds.CloseClientConnections()
}

// TestDefaultRegionFollowsRequests keeps the rules' default region equal to
// the one lookups were collected for.
func TestDefaultRegionFollowsRequests(t *testing.T) {
	c, _ := awsdata.New(context.Background(), awsdata.Options{Offline: true, Region: "us-east-1", CacheDir: t.TempDir()})
	data, _ := c.Fetch(context.Background(), awsdata.Collect(nil, "eu-west-1"))
	if got := data.Rego()["default_region"]; got != "eu-west-1" {
		t.Errorf("default_region = %v", got)
	}
	data, _ = c.Fetch(context.Background(), awsdata.Requests{})
	if got := data.Rego()["default_region"]; got != "us-east-1" {
		t.Errorf("default_region without requests = %v", got)
	}
}
