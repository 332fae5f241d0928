package cost_test

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/iacvet/iacvet/cost"
	"github.com/iacvet/iacvet/model"
)

func FuzzParseUsage(f *testing.F) {
	f.Add([]byte(usageYAML))
	f.Add([]byte("version: 1\nresources: {aws_lambda_function.api: {monthly_requests: 1000000, average_duration_ms: 200}}\n"))
	f.Add([]byte("resources: [1, 2]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		u, _ := cost.ParseUsage(data, "u.yml")
		if u == nil {
			return
		}
		r := &model.Resource{Address: "Fn", Type: "AWS::Lambda::Function", Properties: map[string]any{}}
		cost.Estimate(context.Background(), []*model.Resource{r}, cost.Options{Usage: u})
	})
}

// FuzzEstimate prices arbitrary JSON properties for every priced type.
func FuzzEstimate(f *testing.F) {
	for _, r := range templateFixture() {
		data, _ := json.Marshal(r.Properties)
		f.Add(r.Type, data)
	}
	f.Add("AWS::EC2::Instance", []byte(`{"InstanceType":"m5.large","BlockDeviceMappings":[{"Ebs":{"VolumeSize":"x"}},3,null]}`))
	f.Fuzz(func(t *testing.T, typ string, data []byte) {
		var props map[string]any
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		if dec.Decode(&props) != nil {
			return
		}
		for _, pt := range cost.PricedTypes {
			r := &model.Resource{Address: "r", Type: pt, Properties: props, Change: &model.Change{Actions: []model.Action{model.ActionUpdate}, Before: props}}
			cost.Estimate(context.Background(), []*model.Resource{r}, cost.Options{})
		}
	})
}
