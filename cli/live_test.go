package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/iacvet/iacvet/awsdata/awsfake"
)

const liveTemplate = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Web:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abc
      InstanceType: m7i.48xlarge
      SecurityGroupIds: [sg-0aaa1111bbbb22222]
      MetadataOptions: {HttpTokens: required}
  Worker:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abc
      InstanceType: t3.micro
      SecurityGroupIds: [sg-0ccc3333dddd44444]
`

type liveReport struct {
	Findings []struct {
		RuleID     string `json:"rule_id"`
		Resource   string `json:"resource"`
		Provenance []struct {
			Source string `json:"source"`
		} `json:"provenance"`
	} `json:"findings"`
	Diagnostics []struct {
		Summary string `json:"summary"`
	} `json:"diagnostics"`
}

// TestLiveLookupsThroughEndpoint runs the CLI with the SDK's standard
// endpoint setting pointing at an in-process AWS: live verdicts carry
// "live" provenance, a second run with AWS failing answers from the cache,
// and --offline opens no socket and answers from the cache too.
func TestLiveLookupsThroughEndpoint(t *testing.T) {
	repoRoot(t)
	fake := awsfake.New()
	defer fake.Close()
	fake.Offerings["eu-west-1"] = map[string][]string{"eu-west-1": {"t3.micro", "m5.large"}}
	fake.Groups["eu-west-1"] = map[string]awsfake.Group{
		"sg-0ccc3333dddd44444": {Name: "worker", Ingress: []awsfake.Permission{{Protocol: "tcp", FromPort: 22, ToPort: 22, CIDRs: []string{"0.0.0.0/0"}}}},
	}
	fake.Services["eu-west-1"] = []string{"ec2", "rds", "s3"}
	t.Setenv("AWS_ACCESS_KEY_ID", "AKIDTEST")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "secret")
	t.Setenv("AWS_ENDPOINT_URL", fake.URL)
	dir := t.TempDir()
	tmpl := filepath.Join(dir, "stack.yaml")
	if err := os.WriteFile(tmpl, []byte(liveTemplate), 0o644); err != nil {
		t.Fatal(err)
	}
	cache := filepath.Join(dir, "cache")
	scan := func(extra ...string) liveReport {
		t.Helper()
		args := append([]string{"scan", "--format", "json", "--region", "eu-west-1", "--cache-dir", cache, "--aws-timeout", "2s", tmpl}, extra...)
		_, out, stderr := run(t, "", args...)
		var rep liveReport
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatalf("%v\n%s\n%s", err, out, stderr)
		}
		return rep
	}
	sources := func(rep liveReport) map[string]string {
		got := map[string]string{}
		for _, f := range rep.Findings {
			if strings.HasPrefix(f.RuleID, "AWS-LIVE-") && len(f.Provenance) > 0 {
				got[f.RuleID+" "+f.Resource] = f.Provenance[0].Source
			}
		}
		return got
	}
	want := []string{
		"AWS-LIVE-002 Web",    // m7i.48xlarge not offered in eu-west-1
		"AWS-LIVE-005 Web",    // sg-0aaa… does not exist
		"AWS-LIVE-006 Worker", // sg-0ccc… is open to the world on 22
	}
	live := sources(scan())
	for _, w := range want {
		if live[w] != "live" {
			t.Errorf("live run: %s provenance %q, want live (all: %v)", w, live[w], live)
		}
	}
	if fake.TotalCalls() == 0 {
		t.Fatal("no call reached the endpoint from AWS_ENDPOINT_URL")
	}
	// AWS now fails every call: the verdicts come from the cache.
	for _, op := range []string{"DescribeInstanceTypeOfferings", "DescribeSecurityGroups", "GetParametersByPath"} {
		fake.FailAlways(op, awsfake.Internal)
	}
	cached := sources(scan())
	for _, w := range want {
		if cached[w] != "cache" {
			t.Errorf("failing AWS: %s provenance %q, want cache", w, cached[w])
		}
	}
	// Offline: no call at all, the cache still answers.
	fake.ResetCalls()
	offline := sources(scan("--offline"))
	if fake.TotalCalls() != 0 {
		t.Errorf("--offline made %d calls", fake.TotalCalls())
	}
	for _, w := range want {
		if offline[w] != "cache" {
			t.Errorf("offline: %s provenance %q, want cache", w, offline[w])
		}
	}
}
