package awsdata_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/iacvet/iacvet/awsdata"
	"github.com/iacvet/iacvet/model"
)

// FuzzCollect feeds arbitrary properties to Collect under every resource
// type it reads: it must not panic, and what it returns must be sorted.
func FuzzCollect(f *testing.F) {
	for _, r := range fixture() {
		props, _ := json.Marshal(r.Properties)
		f.Add(r.Type, props)
	}
	f.Add("AWS::AutoScaling::AutoScalingGroup", []byte(`{"MixedInstancesPolicy":{"LaunchTemplate":{"Overrides":[{"InstanceType":"m5.large"},null,3]}}}`))
	f.Add("AWS::IAM::Role", []byte(`{"Policies":[{"PolicyDocument":"{\"Statement\":[]}"},{"PolicyDocument":"not json"},7],"AssumeRolePolicyDocument":{"Statement":[]}}`))
	f.Add("AWS::EC2::LaunchTemplate", []byte(`{"LaunchTemplateData":{"InstanceType":"t3.micro","SecurityGroupIds":["sg-1",null,{"a":1}]}}`))
	f.Add("AWS::KMS::Key", []byte(`{"KeyPolicy":[1,2]}`))
	f.Fuzz(func(t *testing.T, typ string, props []byte) {
		var p map[string]any
		dec := json.NewDecoder(bytes.NewReader(props))
		dec.UseNumber()
		if dec.Decode(&p) != nil {
			return
		}
		types := []string{typ, "AWS::EC2::Instance", "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration",
			"AWS::AutoScaling::AutoScalingGroup", "AWS::RDS::DBInstance", "AWS::IAM::Role", "AWS::IAM::Policy",
			"AWS::S3::BucketPolicy", "AWS::KMS::Key", "AWS::SQS::QueuePolicy", "AWS::EKS::Cluster"}
		var resources []*model.Resource
		for _, ty := range types {
			resources = append(resources, &model.Resource{Address: "r." + ty, Type: ty, Properties: p})
		}
		req := awsdata.Collect(resources, "")
		for region, ids := range req.SecurityGroups {
			for i := 1; i < len(ids); i++ {
				if ids[i-1] >= ids[i] {
					t.Fatalf("%s groups not sorted and unique: %v", region, ids)
				}
			}
		}
		for _, d := range req.Policies {
			if !json.Valid([]byte(d.Document)) {
				t.Fatalf("invalid policy document %q", d.Document)
			}
		}
	})
}
