package mcp

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/awsdata"
	"github.com/iacvet/iacvet/awsdata/awsfake"
	"github.com/iacvet/iacvet/model"
)

// TestCheckInstanceTypeAWS drives check_instance_type through awsdata
// against the fake AWS server (awsfake) on loopback: live answers, then the same questions
// with AWS failing, answered from the cache (with its age) or from the
// SDK's snapshot of instance types (with its date).
func TestCheckInstanceTypeAWS(t *testing.T) {
	for _, k := range []string{"AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_EC2", "AWS_CA_BUNDLE", "AWS_REGION", "AWS_DEFAULT_REGION"} {
		t.Setenv(k, "")
	}
	t.Setenv("AWS_CONFIG_FILE", filepath.Join(t.TempDir(), "none"))
	t.Setenv("AWS_SHARED_CREDENTIALS_FILE", filepath.Join(t.TempDir(), "none"))
	t.Setenv("AWS_EC2_METADATA_DISABLED", "true")

	const op = "DescribeInstanceTypeOfferings"
	fake := awsfake.New()
	defer fake.Close()
	fake.Offerings["eu-west-1"] = map[string][]string{
		"eu-west-1":  {"m7g.xlarge", "m7g.large", "t3.micro", "m7g.medium"},
		"eu-west-1a": {"m7g.large"},
		"eu-west-1b": {"t3.micro"},
	}

	var mu sync.Mutex
	now := time.Date(2026, 11, 25, 6, 0, 0, 0, time.UTC)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	advance := func(d time.Duration) { mu.Lock(); defer mu.Unlock(); now = now.Add(d) }

	client, diags := awsdata.New(context.Background(), awsdata.Options{
		Region: "eu-west-1", CacheDir: t.TempDir(), Clock: clock, MaxAttempts: 1, Timeout: 300 * time.Millisecond,
		BreakerFailures: 100,
		ConfigOptions: []func(*config.LoadOptions) error{
			config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("AKIDTEST", "secret", "")),
			config.WithBaseEndpoint(fake.URL),
		},
	})
	if client.Offline() {
		t.Fatalf("client is offline: %v", diags)
	}
	_, cs := newServer(t, Options{Root: repoRoot(t), Live: true, InstanceTypes: AWSInstanceTypes{Client: client}})
	check := func(args map[string]any) InstanceTypeAnswer {
		t.Helper()
		var a InstanceTypeAnswer
		structured(t, call(t, cs, "check_instance_type", args), &a)
		return a
	}
	sources := func(a InstanceTypeAnswer) string {
		var s []string
		for _, p := range a.Provenance {
			x := string(p.Source)
			switch p.Source {
			case model.DataCache:
				x += fmt.Sprintf(" %ds", p.AgeSeconds)
			case model.DataSnapshot:
				x += " " + p.SnapshotDate
			}
			s = append(s, x)
		}
		return strings.Join(s, ", ")
	}

	// Live.
	a := check(map[string]any{"region": "eu-west-1", "type": "m7g.large"})
	if a.Status != StatusOffered || !a.Offered || !a.Exists || sources(a) != "live" {
		t.Errorf("live, offered: %+v (%s)", a, sources(a))
	}
	a = check(map[string]any{"region": "eu-west-1", "type": "m7g.2xlarge"})
	if a.Status != StatusNotOffered || a.Offered || !a.Exists {
		t.Errorf("not offered: %+v", a)
	}
	if diff := cmp.Diff([]string{"m7g.medium", "m7g.large", "m7g.xlarge"}, a.Alternatives); diff != "" {
		t.Errorf("alternatives (-want +got):\n%s", diff)
	}
	a = check(map[string]any{"region": "eu-west-1", "type": "m7g.large", "zone": "eu-west-1b"})
	if a.Status != StatusNotOffered || sources(a) != "live" {
		t.Errorf("zone, not offered: %+v (%s)", a, sources(a))
	}
	a = check(map[string]any{"region": "eu-west-1", "type": "m7g.larg"})
	if a.Status != StatusUnknown || a.Exists || len(a.Alternatives) != 3 {
		t.Errorf("misspelt type: %+v", a)
	}

	// AWS fails; the cached offerings, now two hours old, answer.
	fake.FailAlways(op, awsfake.Internal)
	advance(2 * time.Hour)
	before := fake.Calls(op, "eu-west-1")
	a = check(map[string]any{"region": "eu-west-1", "type": "m7g.large"})
	if a.Status != StatusOffered || sources(a) != "cache 7200s" {
		t.Errorf("stale cache: %+v (%s)", a, sources(a))
	}
	if fake.Calls(op, "eu-west-1") == before {
		t.Error("the live lookup was not tried before the stale cache")
	}

	fake.FailAlways(op, awsfake.Malformed)
	a = check(map[string]any{"region": "eu-west-1", "type": "m7g.2xlarge", "zone": "eu-west-1a"})
	if a.Status != StatusNotOffered || sources(a) != "cache 7200s" {
		t.Errorf("stale zone cache, malformed answers: %+v (%s)", a, sources(a))
	}

	fake.FailAlways(op, awsfake.Hang) // answered within the AWS call timeout
	a = check(map[string]any{"region": "eu-west-1", "type": "t3.micro"})
	if a.Status != StatusOffered || sources(a) != "cache 7200s" {
		t.Errorf("stale cache, AWS hanging: %+v (%s)", a, sources(a))
	}

	// AWS fails and nothing is cached for the region: the SDK's list says
	// the type exists; whether it is offered is not known.
	a = check(map[string]any{"region": "ap-south-2", "type": "m7g.large"})
	if a.Status != StatusExists || !a.Exists || a.Offered || !strings.HasPrefix(sources(a), "snapshot aws-sdk-go-v2/service/ec2") || !strings.Contains(a.Note, "could not be checked") {
		t.Errorf("snapshot: %+v (%s)", a, sources(a))
	}
	a = check(map[string]any{"region": "ap-south-2", "type": "zz9.plural"})
	if a.Status != StatusUnknown || a.Exists {
		t.Errorf("unknown type from the snapshot: %+v", a)
	}
}
