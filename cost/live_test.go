package cost_test

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	awspricing "github.com/aws/aws-sdk-go-v2/service/pricing"
	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/awsdata/awsfake"
	"github.com/iacvet/iacvet/cost"
	"github.com/iacvet/iacvet/cost/pricing"
	"github.com/iacvet/iacvet/model"
)

// TestEstimateLive prices a plan through the live source: instance hours
// from the (fake) Price List API, the rest from the snapshot fallback, and
// then from the cache in a second run; every component says where its price
// came from.
func TestEstimateLive(t *testing.T) {
	fake := awsfake.NewPricing(awsfake.PricingProduct{
		ServiceCode: "AmazonEC2", SKU: "M5XL", ProductFamily: "Compute Instance",
		Attributes: map[string]string{"regionCode": "us-east-1", "instanceType": "m5.xlarge", "operatingSystem": "Linux",
			"tenancy": "Shared", "preInstalledSw": "NA", "capacitystatus": "Used", "licenseModel": "No License required", "locationType": "AWS Region"},
		Dimensions: []awsfake.PricingDimension{{Unit: "Hrs", USD: "0.2000000000"}},
	})
	srv := httptest.NewServer(fake)
	defer srv.Close()
	client := awspricing.New(awspricing.Options{Region: "us-east-1", BaseEndpoint: aws.String(srv.URL),
		Credentials: credentials.NewStaticCredentialsProvider("AKIDEXAMPLE", "secret", ""), Retryer: aws.NopRetryer{}, HTTPClient: srv.Client()})
	now := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	cache := pricing.FileCache{Dir: t.TempDir()}
	opts := pricing.LiveOptions{Cache: cache, Fallback: pricing.Embedded(), Now: func() time.Time { return now }}

	res := []*model.Resource{planRes("aws_instance.web", "AWS::EC2::Instance", update1, map[string]any{"InstanceType": "m5.xlarge"}, map[string]any{"InstanceType": "m5.xlarge"})}
	rep, _ := cost.Estimate(context.Background(), res, cost.Options{Prices: pricing.NewLive(client, opts)})
	web := find(rep, "aws_instance.web")
	// Instance hours and the assumed 8 GB gp2 root volume (no live price: snapshot).
	if web == nil || len(web.Components) != 2 {
		t.Fatalf("report: %+v", rep)
	}
	c := web.Components[0]
	if c.UnitPrice != 0.2 || c.Source.Source != model.DataLive || c.Source.What != "pricing:GetProducts AmazonEC2 us-east-1" {
		t.Errorf("live component: %+v", c)
	}
	near(t, "after", *web.After, 730*0.2+8*0.10)
	// Hints priced from the same source; m7g is not listed live, so its
	// price falls back to the snapshot and both provenances are reported.
	var sources []model.DataSource
	for _, p := range rep.Provenance {
		sources = append(sources, p.Source)
	}
	if diff := cmp.Diff([]model.DataSource{model.DataLive, model.DataSnapshot}, sources); diff != "" {
		t.Errorf("report provenance (-want +got):\n%s", diff)
	}

	// Second run: the API is down; the cached live price is used, with its age.
	fake.FailAlways(awsfake.PricingInternal)
	opts.Now = func() time.Time { return now.Add(time.Hour) }
	rep, diags := cost.Estimate(context.Background(), res, cost.Options{Prices: pricing.NewLive(client, opts)})
	c = find(rep, "aws_instance.web").Components[0]
	if c.UnitPrice != 0.2 || c.Source.Source != model.DataCache {
		t.Errorf("cached component: %+v", c)
	}
	// The hint's m7g price is not cached: the API is asked, fails, and the
	// failure is reported once as a warning.
	if len(diags) != 1 || diags[0].Severity != model.DiagWarning || !strings.Contains(diags[0].Detail, "InternalErrorException") {
		t.Errorf("diagnostics: %v", diags)
	}
}
