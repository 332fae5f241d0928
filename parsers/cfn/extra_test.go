package cfn

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/model"
)

func TestExactPositions(t *testing.T) {
	web, _ := parseFile(t, "webtier.yaml", Options{})
	s3, _ := parseFile(t, "s3.json", Options{})
	sam, _ := parseFile(t, "sam.yaml", Options{})
	cdk, _ := ParseCDKOut("testdata/cdk.out", Options{})
	cases := []struct {
		name      string
		rs        []*model.Resource
		addr      string
		path      string
		file      string
		line, col int
	}{
		{"YAML scalar in a list item", web, "WebSG", "SecurityGroupIngress/0/CidrIp", "testdata/webtier.yaml", 28, 19},
		{"YAML list value sits on its key", web, "WebSG", "SecurityGroupIngress", "testdata/webtier.yaml", 24, 7},
		{"YAML list item", web, "WebSG", "SecurityGroupIngress/1", "testdata/webtier.yaml", 29, 11},
		{"Fn::If branch", web, "WebSG", "SecurityGroupIngress/1/CidrIp", "testdata/webtier.yaml", 32, 32},
		{"JSON scalar", s3, "LogsBucket", "PublicAccessBlockConfiguration/BlockPublicAcls", "testdata/s3.json", 10, 30},
		{"JSON mapping sits on its key", s3, "LogsBucket", "PublicAccessBlockConfiguration", "testdata/s3.json", 9, 9},
		{"JSON intrinsic", s3, "LogsBucket", "BucketName", "testdata/s3.json", 8, 23},
		{"SAM global list entry points into Globals", sam, "PutOrder", "VpcConfig/SecurityGroupIds/0", "testdata/sam.yaml", 27, 11},
		{"SAM resource list entry after the globals", sam, "PutOrder", "VpcConfig/SecurityGroupIds/1", "testdata/sam.yaml", 98, 13},
		{"SAM Ref to a parameter", sam, "AccessLogs", "RetentionInDays", "testdata/sam.yaml", 122, 24},
		{"cdk synth JSON", cdk, "NetworkStack/WebSG3A1B2C4D", "SecurityGroupIngress/0/CidrIp", "testdata/cdk.out/NetworkStack.template.json", 69, 17},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := find(tc.rs, tc.addr)
			if r == nil {
				t.Fatalf("no resource %s", tc.addr)
			}
			want := model.Position{File: tc.file, Line: tc.line, Column: tc.col}
			if diff := cmp.Diff(want, r.Positions[tc.path]); diff != "" {
				t.Errorf("%s (-want +got)\n%s", tc.path, diff)
			}
			if got := r.Locate(tc.path + "/Missing"); got != want {
				t.Errorf("Locate(%s/Missing) = %v, want %v", tc.path, got, want)
			}
		})
	}
}

func TestMoreSemantics(t *testing.T) {
	sam, _ := parseFile(t, "sam.yaml", Options{})
	sam30, _ := parseFile(t, "sam.yaml", Options{Params: map[string]string{"LogRetentionDays": "30"}})
	web, _ := parseFile(t, "webtier.yaml", Options{})
	cdk, _ := ParseCDKOut("testdata/cdk.out", Options{})
	cdkElsewhere, _ := ParseCDKOut("testdata/cdk.out", Options{Region: "xx-nowhere-1"})
	const uploads = "AppStack/StorageNestedStackStorageNestedStackResource1A2B3C4D/Uploads1F2E3D4C"
	cases := []struct {
		name string
		got  any
		want any
	}{
		{"Number parameter default", find(sam, "AccessLogs").Properties["RetentionInDays"], json.Number("14")},
		{"Number parameter overridden", find(sam30, "AccessLogs").Properties["RetentionInDays"], json.Number("30")},
		{"SAM global lists are additive", find(sam, "PutOrder").Properties["VpcConfig"], map[string]any{
			"SecurityGroupIds": []any{"sg-0a1b2c3d4e5f60718", "sg-0fedcba9876543210"},
			"SubnetIds":        []any{"subnet-0123456789abcdef0"},
		}},
		{"SAM global Layers refer to the layer", find(sam, "GetOrder").Properties["Layers"], []any{model.Unknown{Ref: "CommonLayer" + samHashUnknown}}},
		{"SAM global environment", find(sam, "GetOrder").Properties["Environment"], map[string]any{"Variables": map[string]any{"TABLE": model.Unknown{Ref: "OrdersTable"}, "STAGE": "prod"}}},
		{"SAM HttpApi globals reach the stage", find(sam, "PublicApiStage").Properties["AccessLogSettings"], map[string]any{"DestinationArn": model.Unknown{Ref: "AccessLogs"}, "Format": "$context.requestId"}},
		{"SAM SimpleTable globals", find(sam, "OrdersTable").Properties["SSESpecification"], map[string]any{"SSEEnabled": true}},
		{"SAM types are expanded", find(sam, "Fulfilment").Type, "AWS::StepFunctions::StateMachine"},
		{"SAM types are kept as the native type", find(sam, "Fulfilment").NativeType, "AWS::Serverless::StateMachine"},
		{"no Function globals on a state machine", find(sam, "Fulfilment").Properties["Runtime"], nil},
		{"Sub with a parameter", find(sam, "CommonLayer"+samHashUnknown).Properties["LayerName"], "orders-common-prod"},
		{"plain template stack is its path", find(web, "WebSG").Source.Stack, "testdata/webtier.yaml"},
		{"suppression from Metadata", find(web, "Data").Suppressions, []model.Suppression{{RuleID: "AWS-S3-002", Kind: model.SuppressionInSource, Justification: "blocked at the account level", Position: &model.Position{File: "testdata/webtier.yaml", Line: 58, Column: 13}}}},
		{"CDK stack", find(cdk, "AppStack/Logs6819BB44").Source.Stack, "AppStack"},
		{"CDK suppression", find(cdk, "AppStack/Logs6819BB44").Suppressions[0].Justification, "access logs bucket, logging itself would loop"},
		{"CDK nested stack's stack", find(cdk, uploads).Source.Stack, "AppStack/StorageNestedStackStorageNestedStackResource1A2B3C4D"},
		{"CDK nested parameter keeps the parent's reference", find(cdk, uploads).Properties["LoggingConfiguration"], map[string]any{"DestinationBucketName": model.Unknown{Ref: "AppStack/Logs6819BB44"}, "LogFilePrefix": "uploads/"}},
		{"CDK nested cdk:path", find(cdk, uploads).Meta["cdk:path"], "AppStack/Storage/Uploads/Resource"},
		{"CDKMetadata kept where available", find(cdk, "NetworkStack/CDKMetadata") != nil, true},
		{"CDKMetadata condition false elsewhere", find(cdkElsewhere, "NetworkStack/CDKMetadata") == nil, true},
		{"GetAZs is an unknown list", find(cdk, "NetworkStack/VpcPublicSubnet1Subnet5C2D37C4").Properties["AvailabilityZone"], model.Unknown{}},
		{"Ref inside a CDK stack is prefixed", find(cdk, "NetworkStack/WebSG3A1B2C4D").Properties["VpcId"], model.Unknown{Ref: "NetworkStack/Vpc8378EB38"}},
		{"CDK booleans", find(cdk, "AppStack/DataVolumeB7C8D9E0").Properties["Encrypted"], false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

// TestIntrinsics evaluates one property per case in a small template.
func TestIntrinsics(t *testing.T) {
	const head = "AWSTemplateFormatVersion: '2010-09-09'\n" +
		"Parameters:\n  Env: {Type: String, Default: prod}\n  Boot: {Type: 'AWS::SSM::Parameter::Value<String>', Default: /cdk/version}\n" +
		"  Subnets: {Type: CommaDelimitedList, Default: 'a, b'}\n  Secret: {Type: String, NoEcho: true, Default: hunter2}\n" +
		"Conditions:\n  Prod: !Equals [!Ref Env, prod]\n  Both: !And [!Condition Prod, !Not [!Equals [!Ref 'AWS::Region', cn-north-1]]]\n" +
		"Mappings:\n  M: {prod: {Size: 3}}\n" +
		"Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n  R:\n    Type: AWS::S3::Bucket\n    Properties:\n      V: "
	cases := []struct {
		name, expr string
		opts       Options
		want       any
	}{
		{"Partition in China", "!Sub '${AWS::Partition}/${AWS::URLSuffix}'", Options{Region: "cn-north-1"}, "aws-cn/amazonaws.com.cn"},
		{"Partition in GovCloud", "!Ref AWS::Partition", Options{Region: "us-gov-west-1"}, "aws-us-gov"},
		{"AccountId unknown", "!Ref AWS::AccountId", Options{}, model.Unknown{}},
		{"AccountId given", "!Sub 'arn:aws:iam::${AWS::AccountId}:root'", Options{AccountID: "111122223333"}, "arn:aws:iam::111122223333:root"},
		{"StackName unknown for a plain template", "!Ref AWS::StackName", Options{}, model.Unknown{}},
		{"Sub with resource attribute", "!Sub '${Db.Endpoint.Address}:5432'", Options{}, model.Unknown{Ref: "Db"}},
		{"Sub literal", "!Sub '${!Literal}-${Env}'", Options{}, "${Literal}-prod"},
		{"Sub with variables", "!Sub ['${A}-${Env}', {A: !Select [1, !Ref Subnets]}]", Options{}, "b-prod"},
		{"GetAtt dotted", "!GetAtt Db.Endpoint.Address", Options{}, model.Unknown{Ref: "Db"}},
		{"Join", "!Join [':', [a, !Ref Env, 3]]", Options{}, "a:prod:3"},
		{"Join with an unknown", "!Join [':', [a, !Ref AWS::AccountId]]", Options{}, model.Unknown{}},
		{"Split", "!Split [',', 'x,y']", Options{}, []any{"x", "y"}},
		{"FindInMap", "!FindInMap [M, !Ref Env, Size]", Options{}, json.Number("3")},
		{"If with And/Not", "!If [Both, on, off]", Options{}, "on"},
		{"If with And/Not in China", "!If [Both, on, off]", Options{Region: "cn-north-1"}, "off"},
		{"If with a parameter override", "!If [Prod, on, off]", Options{Params: map[string]string{"Env": "dev"}}, "off"},
		{"Base64", "!Base64 hello", Options{}, "aGVsbG8="},
		{"Cidr", "!Cidr [10.0.0.0/16, 3, 8]", Options{}, []any{"10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"}},
		{"Cidr IPv6", "!Select [1, !Cidr ['2001:db8::/56', 2, 64]]", Options{}, "2001:db8:0:1::/64"},
		{"ImportValue", "!ImportValue shared", Options{}, model.Unknown{}},
		{"GetAZs", "!GetAZs ''", Options{}, model.Unknown{}},
		{"SSM parameter type is read at deploy", "!Ref Boot", Options{}, model.Unknown{}},
		{"NoEcho is redacted", "!Ref Secret", Options{}, model.Sensitive{}},
		{"dynamic reference", "'{{resolve:ssm:/db/password}}'", Options{}, model.Unknown{}},
		{"NoValue removes the key", "!Ref AWS::NoValue", Options{}, nil},
		{"NoValue in a list", "[a, !Ref AWS::NoValue, b]", Options{}, []any{"a", "b"}},
		{"YAML int", "1_000", Options{}, json.Number("1000")},
		{"YAML hex", "0x1F", Options{}, json.Number("31")},
		{"YAML float", "1.5e3", Options{}, json.Number("1.5e3")},
		{"YAML infinity stays text", ".inf", Options{}, ".inf"},
		{"quoted number stays a string", "'22'", Options{}, "22"},
		{"YAML bool", "true", Options{}, true},
		{"quoted bool stays a string", "'true'", Options{}, "true"},
		{"JSON-in-YAML Ref", `{"Ref": "Env"}`, Options{}, "prod"},
		{"long form with a key next to it is data", `{"Ref": "Env", "Other": 1}`, Options{}, map[string]any{"Ref": "Env", "Other": json.Number("1")}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rs, diags := Parse("t.yaml", []byte(head+tc.expr+"\n"), tc.opts)
			if diags.HasErrors() {
				t.Fatalf("diagnostics: %v", diags)
			}
			r := find(rs, "R")
			if r == nil {
				t.Fatalf("no resource R: %v", diags)
			}
			got, ok := r.Properties["V"]
			if !ok {
				got = nil
				if _, has := r.Positions["V"]; has {
					t.Errorf("position of a removed key kept")
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestParamFiles(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "list.json")
	obj := filepath.Join(dir, "obj.json")
	bad := filepath.Join(dir, "bad.json")
	for name, text := range map[string]string{
		list: `[{"ParameterKey": "Env", "ParameterValue": "dev"}, {"ParameterKey": "Size", "ParameterValue": "5"}]`,
		obj:  `{"Parameters": {"Env": "staging", "Size": 7}}`,
		bad:  `{"nope": true}`,
	} {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tmpl := []byte("Parameters:\n  Env: {Type: String, Default: prod}\n  Size: {Type: Number, Default: 1}\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Env: !Ref Env\n      Size: !Ref Size\n")
	cases := []struct {
		name     string
		opts     Options
		env      any
		size     any
		diagFile string
	}{
		{"defaults", Options{}, "prod", json.Number("1"), ""},
		{"list form", Options{ParamFiles: []string{list}}, "dev", json.Number("5"), ""},
		{"Parameters form", Options{ParamFiles: []string{obj}}, "staging", json.Number("7"), ""},
		{"flags win over files", Options{ParamFiles: []string{list}, Params: map[string]string{"Env": "qa"}}, "qa", json.Number("5"), ""},
		{"bad file", Options{ParamFiles: []string{bad}}, "prod", json.Number("1"), filepath.ToSlash(bad)},
		{"missing file", Options{ParamFiles: []string{filepath.Join(dir, "missing.json")}}, "prod", json.Number("1"), filepath.ToSlash(filepath.Join(dir, "missing.json"))},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rs, diags := Parse("p.yaml", tmpl, tc.opts)
			if len(rs) != 1 {
				t.Fatalf("resources: %d", len(rs))
			}
			got := []any{rs[0].Properties["Env"], rs[0].Properties["Size"]}
			if diff := cmp.Diff([]any{tc.env, tc.size}, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
			switch {
			case tc.diagFile == "" && len(diags) > 0:
				t.Errorf("unexpected diagnostics %v", diags)
			case tc.diagFile != "" && (len(diags) != 1 || diags[0].File != tc.diagFile || diags[0].Severity != model.DiagError):
				t.Errorf("want one error on %s, got %v", tc.diagFile, diags)
			}
		})
	}
}

func TestDiagnostics(t *testing.T) {
	cases := []struct {
		name, data string
		sev        model.DiagSeverity
		want       string
		line, col  int
	}{
		{"misspelt type", "Resources:\n  B:\n    Type: AWS::S3::Bukket\n", model.DiagWarning, "unknown resource type AWS::S3::Bukket", 3, 11},
		{"Ref to nothing", "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Ref Nope\n", model.DiagWarning, `Ref to "Nope"`, 5, 19},
		{"Select out of range", "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Select [3, [a]]\n", model.DiagError, "Fn::Select index 3 out of range", 5, 19},
		{"undefined condition", "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Condition: Nope\n", model.DiagError, `condition "Nope" is not defined`, 4, 16},
		{"mutually recursive conditions", "Conditions:\n  A: !Condition B\n  B: !Condition A\nResources:\n  R:\n    Type: AWS::S3::Bucket\n    Condition: A\n", model.DiagError, "refers to itself", 3, 6},
		{"suppression without reason", "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Metadata:\n      iacvet:\n        ignore:\n          - id: AWS-S3-001\n", model.DiagWarning, "has no reason", 7, 13},
		{"Properties is a list", "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: [a]\n", model.DiagError, "Properties of B must be a mapping", 4, 17},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := Parse("d.yaml", []byte(tc.data), Options{})
			for _, d := range diags {
				if d.Severity == tc.sev && strings.Contains(d.Summary, tc.want) {
					if d.Position != (model.Position{File: "d.yaml", Line: tc.line, Column: tc.col}) {
						t.Errorf("%q at %v, want d.yaml:%d:%d", tc.want, d.Position, tc.line, tc.col)
					}
					return
				}
			}
			t.Errorf("no %s %q in %v", tc.sev, tc.want, diags)
		})
	}
}

func TestNestedBounds(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// a.yaml -> b.yaml -> a.yaml: followed once, then reported.
	write("a.yaml", "Resources:\n  ToB:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: b.yaml\n")
	write("b.yaml", "Resources:\n  ToA:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ./a.yaml\n  Q:\n    Type: AWS::SQS::Queue\n")
	write("big.yaml", "Resources: {}\n"+strings.Repeat("#\n", 600))
	write("c.yaml", "Resources:\n  Big:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: big.yaml\n")
	a := filepath.ToSlash(filepath.Join(dir, "a.yaml"))
	data, _ := os.ReadFile(a)
	rs, diags := Parse(a, data, Options{})
	var addrs []string
	for _, r := range rs {
		addrs = append(addrs, r.Address)
	}
	if diff := cmp.Diff([]string{"ToB", "ToB/ToA", "ToB/Q"}, addrs); diff != "" {
		t.Errorf("addresses (-want +got)\n%s", diff)
	}
	if len(diags) != 1 || !strings.Contains(diags[0].Summary, "includes itself") || diags[0].Line != 2 {
		t.Errorf("cycle diagnostics: %v", diags)
	}
	c := filepath.ToSlash(filepath.Join(dir, "c.yaml"))
	data, _ = os.ReadFile(c)
	_, diags = Parse(c, data, Options{MaxBytes: 1000})
	if len(diags) != 1 || !strings.Contains(diags[0].Summary, "the limit is 1000") || diags[0].Severity != model.DiagError {
		t.Errorf("oversize nested template: %v", diags)
	}
}

func TestIsTemplateShapes(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"Resources:\n  A:\n    Type: AWS::S3::Bucket\n  B:\n    Properties: {}\n", false},
		{"Resources:\n  A:\n    Type: 5\n", false},
		{"Resources:\n  - Type: AWS::S3::Bucket\n", false},
		{"Resources:\n  A:\n    Type: Custom::Thing\n", true},
		{"Description: x\nAWSTemplateFormatVersion: '2010-09-09'\n", true},
		{"Resources: [unclosed\n", false},
		{"x: AWSTemplateFormatVersion\n", false},
	}
	for _, tc := range cases {
		if got := IsTemplate([]byte(tc.in)); got != tc.want {
			t.Errorf("IsTemplate(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	for _, name := range []string{"vpc.yaml", "webtier.yaml", "s3.json", "rds.yaml", "sam.yaml", "nested/child.yaml", "cdk.out/AppStack.template.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		if !IsTemplate(data) {
			t.Errorf("IsTemplate(%s) = false", name)
		}
	}
	if IsTemplate([]byte(fmt.Sprint(`{"format_version": "1.2"}`))) {
		t.Error("a plan is no template")
	}
}

// TestGeneratedTemplates checks the benchmark's inputs parse cleanly, so the
// benchmark measures real work.
func TestGeneratedTemplates(t *testing.T) {
	for _, i := range []int{0, 4, 19, 999} {
		data := genTemplate(i)
		rs, diags := Parse("gen.yaml", data, Options{})
		if len(diags) > 0 || len(rs) != 5+i%20 {
			t.Errorf("template %d: %d resources, %v", i, len(rs), diags)
		}
	}
}

// TestEvaluationBudget: a big aliased Globals section applied to many
// functions is evaluated again for each; the budget bounds the work.
func TestEvaluationBudget(t *testing.T) {
	var b strings.Builder
	b.WriteString("Transform: AWS::Serverless-2016-10-31\nx: &x [" + strings.Repeat("a, ", 999) + "a]\n")
	b.WriteString("y: &y [*x, *x, *x, *x, *x, *x, *x, *x, *x, *x]\nz: &z [*y, *y, *y, *y, *y, *y, *y, *y, *y, *y]\n")
	b.WriteString("Globals:\n  Function:\n    Tags: *z\nResources:\n")
	for i := 0; i < 800; i++ {
		fmt.Fprintf(&b, "  F%d:\n    Type: AWS::Serverless::Function\n    Properties: {Handler: h}\n", i)
	}
	// The work budget, not a clock, bounds this: the diagnostic below
	// says it tripped (a runaway evaluation would hit go test's timeout).
	rs, diags := Parse("budget.yaml", []byte(b.String()), Options{})
	if len(rs) != 1600 { // each function and its role
		t.Errorf("%d resources", len(rs))
	}
	found := false
	for _, d := range diags {
		found = found || strings.Contains(d.Summary, "too expensive to evaluate")
	}
	if !found {
		t.Errorf("no budget diagnostic in %d diagnostics", len(diags))
	}
}
