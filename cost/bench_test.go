package cost_test

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/iacvet/iacvet/cost"
	"github.com/iacvet/iacvet/model"
)

// fiveThousand builds 5,000 resources of every priced kind, half from a
// plan with changes.
func fiveThousand() []*model.Resource {
	types := []string{"t3.micro", "m5.large", "c6i.xlarge", "r6g.2xlarge", "m4.large"}
	var out []*model.Resource
	for i := 0; len(out) < 5000; i++ {
		it := types[i%len(types)]
		out = append(out,
			planRes(fmt.Sprintf("aws_instance.web[%d]", i), "AWS::EC2::Instance", update1, instance("t3.micro", json.Number("20")), instance(it, json.Number("30"))),
			planRes(fmt.Sprintf("aws_ebs_volume.v[%d]", i), "AWS::EC2::Volume", update1, map[string]any{"Size": 100.0, "VolumeType": "gp2"}, map[string]any{"Size": "200", "VolumeType": "gp3", "Iops": 4000}),
			planRes(fmt.Sprintf("aws_db_instance.db[%d]", i), "AWS::RDS::DBInstance", create, nil, map[string]any{"DBInstanceClass": "db.r6g.large", "Engine": "postgres", "MultiAZ": true, "AllocatedStorage": 100}),
			planRes(fmt.Sprintf("aws_nat_gateway.n[%d]", i), "AWS::EC2::NatGateway", noop, map[string]any{}, map[string]any{}),
			planRes(fmt.Sprintf("aws_lambda_function.f[%d]", i), "AWS::Lambda::Function", create, nil, map[string]any{"MemorySize": 256}),
		)
	}
	return out
}

func BenchmarkEstimate5000(b *testing.B) {
	res := fiveThousand()
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		rep, _ := cost.Estimate(ctx, res, cost.Options{})
		if len(rep.Resources) != 5000 {
			b.Fatalf("%d resources priced", len(rep.Resources))
		}
	}
}
