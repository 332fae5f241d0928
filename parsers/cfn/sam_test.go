package cfn

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/model"
)

// TestSAMExpansion checks what one SAM function becomes: ids and types as
// SAM names them, the SAM type kept as NativeType, Source on the SAM
// resource or on the event key, and copied properties on their SAM lines.
func TestSAMExpansion(t *testing.T) {
	const file = "testdata/sam/eol_wildcard_api.yaml"
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	rs, diags := Parse(file, data, Options{})
	if len(diags) > 0 {
		t.Errorf("diagnostics: %v", diags)
	}
	type row struct {
		Address, Type, NativeType string
		Line                      int
	}
	var got []row
	for _, r := range rs {
		got = append(got, row{r.Address, r.Type, r.NativeType, r.Source.Position.Line})
	}
	const fn = "AWS::Serverless::Function"
	want := []row{
		{"Handler", "AWS::Lambda::Function", fn, 5},
		{"HandlerRole", "AWS::IAM::Role", fn, 5},
		{"HandlerGetItemsPermissionProd", "AWS::Lambda::Permission", fn, 17},
		{"ServerlessRestApi", "AWS::ApiGateway::RestApi", fn, 17},
		{"ServerlessRestApiDeployment" + samHashUnknown, "AWS::ApiGateway::Deployment", fn, 17},
		{"ServerlessRestApiProdStage", "AWS::ApiGateway::Stage", fn, 17},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("resources (-want +got):\n%s", diff)
	}
	byName := map[string]*model.Resource{}
	for _, r := range rs {
		byName[r.Name] = r
	}
	for _, tc := range []struct {
		res, path string
		line      int
	}{
		{"Handler", "Runtime", 10},
		{"Handler", "Code", 8},
		{"HandlerRole", "Policies/0/PolicyDocument/Statement/0/Action", 14},
	} {
		if got := byName[tc.res].Locate(tc.path).Line; got != tc.line {
			t.Errorf("%s %s at line %d, want %d", tc.res, tc.path, got, tc.line)
		}
	}
	if diff := cmp.Diff(model.Unknown{Ref: "HandlerRole"}, byName["Handler"].Properties["Role"]); diff != "" {
		t.Errorf("Role (-want +got):\n%s", diff)
	}
}

// TestSAMDiagnostics: what cannot be expanded is a positioned diagnostic,
// and the resource is still produced.
func TestSAMDiagnostics(t *testing.T) {
	src := `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: h
      Runtime: python3.12
      Policies:
        - NoSuchTemplatePolicy: {}
      Events:
        Odd:
          Type: NoSuchEvent
        Get:
          Type: Api
          Properties: {Path: /, Method: get, RestApiId: !Ref Missing}
`
	rs, diags := Parse("t.yaml", []byte(src), Options{})
	var lines []int
	for _, d := range diags {
		lines = append(lines, d.Position.Line)
	}
	if diff := cmp.Diff([]int{15, 9, 15, 11}, lines); diff != "" {
		t.Errorf("diagnostic lines (-want +got):\n%s\n%v", diff, diags)
	}
	var role *model.Resource
	for _, r := range rs {
		if r.Name == "FnRole" {
			role = r
		}
	}
	if role == nil {
		t.Fatal("no FnRole")
	}
	pol := role.Properties["Policies"].([]any)[0].(map[string]any)["PolicyDocument"].(map[string]any)["Statement"]
	if diff := cmp.Diff(model.Unknown{}, pol); diff != "" {
		t.Errorf("unknown template's statements (-want +got):\n%s", diff)
	}
}

// FuzzSAMExpand feeds SAM templates to the parser: the expansion must not
// panic, and every generated resource must sit on a line of the file.
func FuzzSAMExpand(f *testing.F) {
	for _, name := range []string{"testdata/sam.yaml", "testdata/sam/eol_wildcard_api.yaml"} {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Policies: [S3ReadPolicy: {BucketName: b}, AWSLambdaRole, {Statement: {Effect: Allow, Action: '*'}}]\n      FunctionUrlConfig: {AuthType: NONE}\n      AutoPublishAlias: live\n      Events: {A: {Type: HttpApi}, B: {Type: SQS, Properties: {Queue: q}}, C: {Type: Schedule, Properties: {Schedule: rate(1 day)}}}\n  T:\n    Type: AWS::Serverless::SimpleTable\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, _ := Parse("fuzz.yaml", data, Options{MaxBytes: 1 << 20})
		for _, r := range rs {
			if r.Source.File != "fuzz.yaml" || r.Source.Line < 1 {
				t.Errorf("%s: position %v", r.Address, r.Source.Position)
			}
		}
	})
}
