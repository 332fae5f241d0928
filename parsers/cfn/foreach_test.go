package cfn

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/model"
)

func TestForEachBadInput(t *testing.T) {
	head := "AWSTemplateFormatVersion: '2010-09-09'\nTransform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]\n"
	cases := []struct {
		name  string
		body  string
		addrs []string
		diags []string // lines count the two of head
	}{
		{"GetAZs", "Resources:\n  Fn::ForEach::S:\n    - Az\n    - !GetAZs ''\n    - Subnet${Az}: {Type: AWS::EC2::Subnet}\n  Q: {Type: AWS::SQS::Queue}\n",
			[]string{"Q"}, []string{"t.yaml:6:7: warning: Fn::ForEach::S: the collection is not known before deployment; the resources it generates are not scanned"}},
		{"SSM parameter", "Parameters:\n  Names: {Type: 'AWS::SSM::Parameter::Value<List<String>>', Default: /app/names}\nResources:\n  Fn::ForEach::S:\n    - N\n    - !Ref Names\n    - Q${N}: {Type: AWS::SQS::Queue}\n",
			nil, []string{"t.yaml:8:7: warning: Fn::ForEach::S: the collection is not known before deployment; the resources it generates are not scanned"}},
		{"collision", "Resources:\n  QA: {Type: AWS::SQS::Queue}\n  Fn::ForEach::S:\n    - N\n    - [A, B]\n    - Q${N}: {Type: AWS::SQS::Queue}\n",
			[]string{"QA", "QB"}, []string{"t.yaml:8:7: error: Fn::ForEach::S generates the key QA, which already exists"}},
		{"malformed", "Resources:\n  Fn::ForEach::S:\n    - N\n    - [A]\n",
			nil, []string{"t.yaml:4:3: error: malformed Fn::ForEach::S: want [identifier, collection, {OutputKey: OutputValue}]"}},
		{"identifier", "Resources:\n  Fn::ForEach::S:\n    - N-1\n    - [A]\n    - Q${N-1}: {Type: AWS::SQS::Queue}\n",
			nil, []string{"t.yaml:5:7: error: Fn::ForEach::S: the identifier must be an alphanumeric string"}},
		{"output key", "Resources:\n  Fn::ForEach::S:\n    - N\n    - [A, B]\n    - Queue: {Type: AWS::SQS::Queue}\n",
			nil, []string{"t.yaml:7:7: error: Fn::ForEach::S: the output key Queue must contain ${N} or &{N}"}},
		{"not a list", "Resources:\n  Fn::ForEach::S:\n    - N\n    - {a: b}\n    - Q${N}: {Type: AWS::SQS::Queue}\n",
			nil, []string{"t.yaml:6:7: error: Fn::ForEach::S: the collection must be a list of strings"}},
		{"ToJsonString", "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      RedrivePolicy: !ToJsonString {maxReceiveCount: 3, deadLetterTargetArn: !GetAtt D.Arn}\n      Policy: !ToJsonString {a: [1, x]}\n      N: !Length [a, b]\n  D: {Type: AWS::SQS::Queue}\n",
			[]string{"Q", "D"}, nil},
		{"ampersand", "Resources:\n  Fn::ForEach::S:\n    - N\n    - [a.b-c, 'd e']\n    - Q&{N}: {Type: AWS::SQS::Queue, Properties: {QueueName: '${N}'}}\n",
			[]string{"Qabc", "Qde"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rs, diags := Parse("t.yaml", []byte(head+tc.body), Options{})
			var addrs, got []string
			for _, r := range rs {
				addrs = append(addrs, r.Address)
			}
			for _, d := range diags {
				got = append(got, d.String())
			}
			if diff := cmp.Diff(tc.addrs, addrs); diff != "" {
				t.Errorf("resources (-want +got)\n%s", diff)
			}
			if diff := cmp.Diff(tc.diags, got); diff != "" {
				t.Errorf("diagnostics (-want +got)\n%s", diff)
			}
			if tc.name == "ToJsonString" {
				want := map[string]any{"RedrivePolicy": model.Unknown{}, "Policy": `{"a":[1,"x"]}`, "N": json.Number("2")}
				if diff := cmp.Diff(want, rs[0].Properties); diff != "" {
					t.Errorf("properties (-want +got)\n%s", diff)
				}
			}
		})
	}
}

// TestForEachBound: nested loops multiply; the count of generated keys
// is bounded with an error on the loop that crosses the bound.
func TestForEachBound(t *testing.T) {
	items := make([]string, 200)
	for i := range items {
		items[i] = fmt.Sprintf("i%d", i)
	}
	list := "[" + strings.Join(items, ", ") + "]"
	src := "Transform: AWS::LanguageExtensions\nResources:\n  Fn::ForEach::A:\n    - X\n    - " + list + "\n    - Fn::ForEach::B:\n        - Y\n        - " + list + "\n        - Q${X}${Y}: {Type: AWS::SQS::Queue}\n"
	rs, diags := Parse("t.yaml", []byte(src), Options{})
	if len(rs) != maxGenerated {
		t.Errorf("%d resources, want %d", len(rs), maxGenerated)
	}
	want := []string{fmt.Sprintf("t.yaml:6:7: error: Fn::ForEach loops generate more than %d keys; the rest is not scanned", maxGenerated)}
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("diagnostics (-want +got)\n%s", diff)
	}
}
