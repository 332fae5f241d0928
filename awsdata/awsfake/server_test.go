package awsfake_test

import (
	"context"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	awspricing "github.com/aws/aws-sdk-go-v2/service/pricing"
	"github.com/aws/aws-sdk-go-v2/service/ssm"

	"github.com/iacvet/iacvet/awsdata/awsfake"
)

// TestRoutingAndPricing mounts the Price List fake on the shared server and
// calls both it and SSM through real SDK clients.
func TestRoutingAndPricing(t *testing.T) {
	s := awsfake.New()
	t.Cleanup(s.Close)
	p := awsfake.NewPricing(awsfake.PricingProduct{
		ServiceCode: "AmazonEC2", SKU: "SKU1", ProductFamily: "Compute Instance",
		Attributes: map[string]string{"regionCode": "us-east-1", "instanceType": "t3.micro"},
		Dimensions: []awsfake.PricingDimension{{Unit: "Hrs", USD: "0.0104"}},
	})
	s.Handle("json:"+awsfake.PricingTarget, p)
	s.Services["eu-west-1"] = []string{"ec2", "s3", "lambda"}
	creds := credentials.NewStaticCredentialsProvider("AKIDTEST", "secret", "")

	pc := awspricing.New(awspricing.Options{Region: "us-east-1", BaseEndpoint: aws.String(s.URL), Credentials: creds})
	out, err := pc.GetProducts(context.Background(), &awspricing.GetProductsInput{ServiceCode: aws.String("AmazonEC2")})
	if err != nil || len(out.PriceList) != 1 || p.Calls() != 1 {
		t.Fatalf("pricing through the server: %v %v", out, err)
	}

	sc := ssm.New(ssm.Options{Region: "eu-west-1", BaseEndpoint: aws.String(s.URL), Credentials: creds})
	var names []string
	pager := ssm.NewGetParametersByPathPaginator(sc, &ssm.GetParametersByPathInput{Path: aws.String("/aws/service/global-infrastructure/regions/eu-west-1/services")})
	for pager.HasMorePages() {
		page, err := pager.NextPage(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range page.Parameters {
			names = append(names, aws.ToString(p.Value))
		}
	}
	if len(names) != 3 || s.Calls("GetParametersByPath", "eu-west-1") != 1 {
		t.Errorf("ssm: %v, %d calls", names, s.Calls("GetParametersByPath", "eu-west-1"))
	}
	s.PageSize = 2
	s.ResetCalls()
	pager = ssm.NewGetParametersByPathPaginator(sc, &ssm.GetParametersByPathInput{Path: aws.String("/aws/service/global-infrastructure/regions/eu-west-1/services")})
	pages := 0
	for pager.HasMorePages() {
		if _, err := pager.NextPage(context.Background()); err != nil {
			t.Fatal(err)
		}
		pages++
	}
	if pages != 2 || s.Calls("GetParametersByPath", "") != 2 {
		t.Errorf("pagination: %d pages", pages)
	}
}
