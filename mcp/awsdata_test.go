package mcp

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/awsdata"
	"github.com/iacvet/iacvet/model"
)

// fakeEC2 serves DescribeInstanceTypeOfferings (EC2 query protocol) from a
// table, or fails every request while broken.
type fakeEC2 struct {
	mu     sync.Mutex
	broken bool
	calls  int
	// offerings by location type ("region", "availability-zone"): location -> types.
	offerings map[string]map[string][]string
}

func (f *fakeEC2) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	if err := r.ParseForm(); err != nil || r.Form.Get("Action") != "DescribeInstanceTypeOfferings" {
		http.Error(w, "unexpected request", http.StatusBadRequest)
		return
	}
	if f.broken {
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprint(w, `<Response><Errors><Error><Code>Unavailable</Code><Message>injected fault</Message></Error></Errors><RequestID>fault</RequestID></Response>`)
		return
	}
	loc := r.Form.Get("LocationType")
	var b strings.Builder
	b.WriteString(`<DescribeInstanceTypeOfferingsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>ok</requestId><instanceTypeOfferingSet>`)
	for location, types := range f.offerings[loc] {
		for _, t := range types {
			fmt.Fprintf(&b, `<item><instanceType>%s</instanceType><locationType>%s</locationType><location>%s</location></item>`, t, loc, location)
		}
	}
	b.WriteString(`</instanceTypeOfferingSet></DescribeInstanceTypeOfferingsResponse>`)
	w.Header().Set("Content-Type", "text/xml")
	fmt.Fprint(w, b.String())
}

func (f *fakeEC2) set(broken bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.broken = broken
}

// TestCheckInstanceTypeAWS drives check_instance_type through awsdata
// against a loopback EC2 endpoint: live answers, then the same questions
// with AWS failing, answered from the cache (with its age) or from the
// SDK's snapshot of instance types (with its date).
func TestCheckInstanceTypeAWS(t *testing.T) {
	for _, k := range []string{"AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_EC2", "AWS_CA_BUNDLE", "AWS_REGION", "AWS_DEFAULT_REGION"} {
		t.Setenv(k, "")
	}
	t.Setenv("AWS_CONFIG_FILE", filepath.Join(t.TempDir(), "none"))
	t.Setenv("AWS_SHARED_CREDENTIALS_FILE", filepath.Join(t.TempDir(), "none"))
	t.Setenv("AWS_EC2_METADATA_DISABLED", "true")

	fake := &fakeEC2{offerings: map[string]map[string][]string{
		"region":            {"eu-west-1": {"m7g.xlarge", "m7g.large", "t3.micro", "m7g.medium"}},
		"availability-zone": {"eu-west-1a": {"m7g.large"}, "eu-west-1b": {"t3.micro"}},
	}}
	ts := httptest.NewServer(fake)
	defer ts.Close()

	var mu sync.Mutex
	now := time.Date(2026, 11, 25, 6, 0, 0, 0, time.UTC)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	advance := func(d time.Duration) { mu.Lock(); defer mu.Unlock(); now = now.Add(d) }

	client, diags := awsdata.New(context.Background(), awsdata.Options{
		Region: "eu-west-1", CacheDir: t.TempDir(), Clock: clock, MaxAttempts: 1, Timeout: 5 * time.Second,
		BreakerFailures: 100,
		ConfigOptions: []func(*config.LoadOptions) error{
			config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("AKIDTEST", "secret", "")),
			config.WithBaseEndpoint(ts.URL),
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
	fake.set(true)
	advance(2 * time.Hour)
	before := fake.calls
	a = check(map[string]any{"region": "eu-west-1", "type": "m7g.large"})
	if a.Status != StatusOffered || sources(a) != "cache 7200s" {
		t.Errorf("stale cache: %+v (%s)", a, sources(a))
	}
	if fake.calls == before {
		t.Error("the live lookup was not tried before the stale cache")
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
