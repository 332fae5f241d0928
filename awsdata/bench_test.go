package awsdata_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/iacvet/iacvet/awsdata"
	"github.com/iacvet/iacvet/awsdata/awsfake"
	"github.com/iacvet/iacvet/model"
)

var benchRegions = []string{"us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"}

// benchFake serves 5 regions with 3 zones, 20 subnets and 10 groups each.
func benchFake(b *testing.B) *awsfake.Server {
	s := awsfake.New()
	b.Cleanup(s.Close)
	s.PageSize = 1000
	types := []string{"t3.micro", "t3.small", "t3.medium", "m5.large", "m5.xlarge", "c5.large", "r5.large", "m7i.large"}
	for _, r := range benchRegions {
		s.Offerings[r] = map[string][]string{r: types}
		s.Subnets[r] = map[string]string{}
		s.Groups[r] = map[string]awsfake.Group{}
		for _, z := range []string{"a", "b", "c"} {
			s.Offerings[r][r+z] = types
		}
		for i := range 20 {
			s.Subnets[r][fmt.Sprintf("subnet-%s-%02d", r, i)] = r + string(rune('a'+i%3))
		}
		for i := range 10 {
			s.Groups[r][fmt.Sprintf("sg-%s-%02d", r, i)] = awsfake.Group{Name: fmt.Sprint("g", i)}
		}
	}
	return s
}

func benchResources() []*model.Resource {
	var out []*model.Resource
	types := []string{"t3.micro", "m5.large", "c5.large", "r5.large", "m7i.large"}
	for i := range 500 {
		region := benchRegions[i%len(benchRegions)]
		r := inst(fmt.Sprint("i", i), map[string]any{
			"InstanceType":     types[i%len(types)],
			"SubnetId":         fmt.Sprintf("subnet-%s-%02d", region, (i/5)%20),
			"SecurityGroupIds": []any{fmt.Sprintf("sg-%s-%02d", region, (i/5)%10)},
		})
		r.Region = region
		out = append(out, r)
	}
	return out
}

// BenchmarkFetch500Instances5Regions fetches what 500 instances over 5
// regions need, cold (empty cache) then warm (same cache), and reports the
// calls each makes per region.
func BenchmarkFetch500Instances5Regions(b *testing.B) {
	srv := benchFake(b)
	awsEnv(b, srv.URL)
	resources := benchResources()
	req := awsdata.Collect(resources, "us-east-1")
	var cold, warm int
	for b.Loop() {
		dir := b.TempDir()
		clk := newClock()
		srv.ResetCalls()
		c := newClient(b, options(dir, clk))
		if _, diags := c.Fetch(context.Background(), req); len(diags) != 0 {
			b.Fatal(diags)
		}
		cold = srv.TotalCalls()
		srv.ResetCalls()
		clk.Add(time.Minute)
		c = newClient(b, options(dir, clk))
		data, diags := c.Fetch(context.Background(), req)
		if len(diags) != 0 || len(data.Subnets) != 100 {
			b.Fatalf("warm: %d subnets, diagnostics %v", len(data.Subnets), diags)
		}
		warm = srv.TotalCalls()
	}
	b.ReportMetric(float64(cold)/float64(len(benchRegions)), "cold-calls/region")
	b.ReportMetric(float64(warm), "warm-calls")
	if cold > 5*len(benchRegions) || warm != 0 {
		b.Errorf("cold %d calls, warm %d calls", cold, warm)
	}
}
