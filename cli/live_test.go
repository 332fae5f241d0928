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

// TestLivePricesThroughEndpoint: with credentials, cost estimates use the
// Price List API (through AWS_ENDPOINT_URL), say so, and fall back to the
// embedded snapshot when the API fails.
func TestLivePricesThroughEndpoint(t *testing.T) {
	repoRoot(t)
	fake := awsfake.New()
	defer fake.Close()
	prices := awsfake.NewPricing(awsfake.PricingProduct{
		ServiceCode: "AmazonEC2", SKU: "SKUM5L", ProductFamily: "Compute Instance",
		Attributes: map[string]string{
			"regionCode": "eu-west-1", "instanceType": "m5.large", "operatingSystem": "Linux", "tenancy": "Shared",
			"preInstalledSw": "NA", "capacitystatus": "Used", "licenseModel": "No License required", "locationType": "AWS Region",
		},
		Dimensions: []awsfake.PricingDimension{{Unit: "Hrs", USD: "0.5000"}},
	})
	fake.Handle("json:"+awsfake.PricingTarget, prices)
	t.Setenv("AWS_ACCESS_KEY_ID", "AKIDTEST")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "secret")
	t.Setenv("AWS_ENDPOINT_URL", fake.URL)
	dir := t.TempDir()
	tmpl := filepath.Join(dir, "stack.yaml")
	os.WriteFile(tmpl, []byte("Resources:\n  App:\n    Type: AWS::EC2::Instance\n    Properties:\n      InstanceType: m5.large\n      ImageId: ami-1\n"), 0o644)
	costOf := func(extra ...string) (float64, string) {
		t.Helper()
		args := append([]string{"cost", "--format", "json", "--region", "eu-west-1", "--cache-dir", filepath.Join(dir, "cache"), tmpl}, extra...)
		_, out, stderr := run(t, "", args...)
		var c struct {
			Resources []struct {
				Components []struct {
					Name      string  `json:"name"`
					UnitPrice float64 `json:"unit_price"`
					Source    struct {
						Source string `json:"source"`
					} `json:"provenance"`
				} `json:"components"`
			} `json:"resources"`
		}
		if err := json.Unmarshal([]byte(out), &c); err != nil || len(c.Resources) != 1 {
			t.Fatalf("%v: %s %s", err, out, stderr)
		}
		for _, comp := range c.Resources[0].Components {
			if comp.UnitPrice == 0.5 || strings.Contains(strings.ToLower(comp.Name), "instance") {
				return comp.UnitPrice, comp.Source.Source
			}
		}
		t.Fatalf("no instance component: %s", out)
		return 0, ""
	}
	if price, src := costOf(); price != 0.5 || src != "live" {
		t.Errorf("live price %v from %q, want 0.5 from live", price, src)
	}
	if prices.Calls() == 0 {
		t.Error("no Price List call reached the endpoint")
	}
	// A fresh cache answers for the instance price.
	if price, src := costOf(); price != 0.5 || src != "cache" {
		t.Errorf("cached price %v from %q", price, src)
	}
	// Offline: the embedded snapshot, with its date.
	if price, src := costOf("--offline"); price == 0.5 || src != "snapshot" {
		t.Errorf("offline price %v from %q, want the snapshot's", price, src)
	}
}
