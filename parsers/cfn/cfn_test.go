package cfn

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/model"
)

var update = flag.Bool("update", false, "rewrite golden files")

// render serialises resources and diagnostics deterministically.
func render(t *testing.T, rs []*model.Resource, diags model.Diagnostics) []byte {
	t.Helper()
	type pos struct {
		Path string `json:"path"`
		At   string `json:"at"`
	}
	type res struct {
		Address      string              `json:"address"`
		Type         string              `json:"type"`
		Region       string              `json:"region"`
		Stack        string              `json:"stack,omitempty"`
		At           string              `json:"at"`
		Meta         map[string]string   `json:"meta,omitempty"`
		Properties   any                 `json:"properties"`
		Positions    []pos               `json:"positions"`
		Suppressions []model.Suppression `json:"suppressions,omitempty"`
	}
	var out struct {
		Resources   []res    `json:"resources"`
		Diagnostics []string `json:"diagnostics"`
	}
	for _, r := range rs {
		x := res{Address: r.Address, Type: r.Type, Region: r.Region, Stack: r.Source.Stack, At: r.Source.Position.String(), Meta: r.Meta, Properties: marshalable(r.Properties), Suppressions: r.Suppressions}
		for p, at := range r.Positions {
			x.Positions = append(x.Positions, pos{p, at.String()})
		}
		sort.Slice(x.Positions, func(i, j int) bool { return x.Positions[i].Path < x.Positions[j].Path })
		out.Resources = append(out.Resources, x)
	}
	diags.Sort()
	for _, d := range diags {
		out.Diagnostics = append(out.Diagnostics, d.String())
	}
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(data, '\n')
}

// marshalable spells the model's markers for the golden files.
func marshalable(v any) any {
	switch tv := v.(type) {
	case model.Unknown:
		if tv.Ref != "" {
			return "(unknown: " + tv.Ref + ")"
		}
		return "(unknown)"
	case model.Sensitive:
		return "(sensitive)"
	case map[string]any:
		out := map[string]any{}
		for k, x := range tv {
			out[k] = marshalable(x)
		}
		return out
	case []any:
		out := make([]any, len(tv))
		for i, x := range tv {
			out[i] = marshalable(x)
		}
		return out
	}
	return v
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s (-want +got):\n%s", path, diff)
	}
}

func parseFile(t *testing.T, name string, opts Options) ([]*model.Resource, model.Diagnostics) {
	t.Helper()
	path := filepath.ToSlash(filepath.Join("testdata", name))
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return Parse(path, data, opts)
}

func TestGolden(t *testing.T) {
	cases := []struct {
		name string
		opts Options
	}{
		{"vpc.yaml", Options{Region: "eu-west-1"}},
		{"webtier.yaml", Options{Region: "eu-west-1"}},
		{"s3.json", Options{}},
		{"rds.yaml", Options{Region: "us-east-2", Params: map[string]string{"InstanceClass": "db.r6g.large"}}},
		{"sam.yaml", Options{}},
		{"nested/parent.yaml", Options{}},
		{"foreach.yaml", Options{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rs, diags := parseFile(t, tc.name, tc.opts)
			golden(t, strings.ReplaceAll(tc.name, "/", "-"), render(t, rs, diags))
		})
	}
	t.Run("cdk.out", func(t *testing.T) {
		if !IsCDKOut("testdata/cdk.out") || IsCDKOut("testdata/nested") {
			t.Fatal("IsCDKOut")
		}
		rs, diags := ParseCDKOut("testdata/cdk.out", Options{})
		golden(t, "cdk.out", render(t, rs, diags))
	})
}

func find(rs []*model.Resource, addr string) *model.Resource {
	for _, r := range rs {
		if r.Address == addr {
			return r
		}
	}
	return nil
}

func TestSemantics(t *testing.T) {
	web, _ := parseFile(t, "webtier.yaml", Options{Region: "eu-west-1"})
	dev, _ := parseFile(t, "webtier.yaml", Options{Region: "us-east-1", Params: map[string]string{"Env": "dev"}})
	vpc, _ := parseFile(t, "vpc.yaml", Options{Region: "eu-west-1"})
	sam, _ := parseFile(t, "sam.yaml", Options{})
	cdk, _ := ParseCDKOut("testdata/cdk.out", Options{})
	nested, _ := parseFile(t, "nested/parent.yaml", Options{})
	rds, _ := parseFile(t, "rds.yaml", Options{})
	cases := []struct {
		name string
		got  any
		want any
	}{
		{"exact line of CidrIp", find(web, "WebSG").Positions["SecurityGroupIngress/0/CidrIp"], model.Position{File: "testdata/webtier.yaml", Line: 28, Column: 19}},
		{"resource position is the logical id", find(web, "Web").Source.Position, model.Position{File: "testdata/webtier.yaml", Line: 41, Column: 3}},
		{"Fn::If on a true condition", find(web, "WebSG").Properties["SecurityGroupIngress"].([]any)[1].(map[string]any)["CidrIp"], "0.0.0.0/0"},
		{"Fn::If with an overridden parameter", find(dev, "WebSG").Properties["SecurityGroupIngress"].([]any)[1].(map[string]any)["CidrIp"], "10.0.0.0/8"},
		{"condition switches a resource off", find(web, "DevOnly") == nil, true},
		{"condition switches it on", find(dev, "DevOnly") != nil, true},
		{"FindInMap with the region", find(web, "Web").Properties["ImageId"], "ami-0def"},
		{"Ref to a resource is a reference", find(web, "Web").Properties["SecurityGroupIds"], []any{model.Unknown{Ref: "WebSG"}}},
		{"ImportValue is unknown", find(web, "WebSG").Properties["VpcId"], model.Unknown{}},
		{"NoEcho parameter is redacted", find(web, "DB").Properties["MasterUserPassword"], model.Sensitive{}},
		{"Join and Sub", find(web, "Data").Properties["BucketName"], "acme-prod-data"},
		{"Cidr", find(vpc, "PrivateSubnet2").Properties["CidrBlock"], "10.192.3.0/24"},
		{"GetAZs is unknown", find(vpc, "PublicSubnet1").Properties["AvailabilityZone"], model.Unknown{}},
		{"SAM globals applied", find(sam, "GetOrder").Properties["Runtime"], "python3.8"},
		{"SAM resource wins over globals", find(sam, "PutOrder").Properties["Runtime"], "python3.12"},
		{"SAM Api globals", mapOf(mapOf(mapOf(find(sam, "OrdersApi").Properties["Body"])["paths"])["/orders/{id}"])["get"].(map[string]any)["security"], []any{map[string]any{"AWS_IAM": []any{}}}},
		{"CDK address and path", find(cdk, "NetworkStack/WebSG3A1B2C4D").Meta["cdk:path"], "NetworkStack/WebSG/Resource"},
		{"CDK nested stack followed", find(cdk, "AppStack/StorageNestedStackStorageNestedStackResource1A2B3C4D/Uploads1F2E3D4C") != nil, true},
		{"nested stack parameters", find(nested, "Storage/Archive").Properties["BucketName"], "acme-archive"},
		{"numbers keep their type", find(rds, "EncryptedDB").Properties["AllocatedStorage"], json.Number("100")},
		{"strings stay strings", find(rds, "LegacyDB").Properties["PubliclyAccessible"], "true"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestBadInput(t *testing.T) {
	deepSub := "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: " + strings.Repeat("{\"Fn::Join\": [\"\", [", 100) + "x" + strings.Repeat("]]}", 100) + "\n"
	var bomb strings.Builder
	bomb.WriteString("AWSTemplateFormatVersion: '2010-09-09'\na: &a [x, x, x, x, x, x, x, x, x, x]\n")
	prev := "a"
	for i := 0; i < 9; i++ {
		name := fmt.Sprintf("l%d", i)
		fmt.Fprintf(&bomb, "%s: &%s [*%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s]\n", name, name, prev, prev, prev, prev, prev, prev, prev, prev, prev, prev)
		prev = name
	}
	bomb.WriteString("Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags: *l8\n")
	cases := []struct {
		name, data string
		want       string // substring of a diagnostic
		line       int
		resources  int
	}{
		{"invalid YAML", "Resources:\n  B:\n    Type: [unclosed\n", "invalid template YAML/JSON", 2, 0},
		{"Resources is a list", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  - Type: AWS::S3::Bucket\n", "Resources must be a mapping", 3, 0},
		{"unknown intrinsic", "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: {\"Fn::Frobnicate\": x}\n", "unknown intrinsic function Fn::Frobnicate", 5, 1},
		{"self-referencing condition", "Conditions:\n  A: !Condition A\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Condition: A\n", "condition \"A\" refers to itself", 2, 1},
		{"deep nesting", deepSub, "nested deeper than 64 levels", 6, 1},
		{"Sub referring to itself through a parameter", "Parameters:\n  P:\n    Type: String\n    Default: !Sub '${P}'\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Ref P\n", "", 0, 1},
		{"alias bomb", bomb.String(), "too many aliases", 7, 0},
		{"deep Fn::Sub", "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: " + strings.Repeat(`{"Fn::Sub": ["${X}", {"X": `, 100) + `"x"` + strings.Repeat("}]}", 100) + "\n", "nested deeper than 64 levels", 5, 1},
		{"deep YAML", "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      X: " + strings.Repeat("[", 20000) + "\n", "exceeded max depth", 5, 0},
		{"deep YAML under the parser's bound", "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      X: " + strings.Repeat("[", 600) + strings.Repeat("]", 600) + "\n", "nesting deeper than 512 levels", 5, 0},
		{"resource without type", "Resources:\n  B:\n    Properties: {}\n", "resource B has no Type", 2, 0},
		{"not a mapping", "- a\n- b\n", "a template must be a mapping", 1, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			// Bounds are checked by the diagnostics they raise, not by a
			// clock (no timed tests).
			rs, diags := Parse("t.yaml", []byte(tc.data), Options{})
			if len(rs) != tc.resources {
				t.Errorf("got %d resources, want %d", len(rs), tc.resources)
			}
			if tc.want == "" {
				return
			}
			for _, d := range diags {
				if strings.Contains(d.String(), tc.want) && d.File == "t.yaml" && d.Line == tc.line {
					return
				}
			}
			t.Errorf("no diagnostic %q at line %d in %v", tc.want, tc.line, diags)
		})
	}
}

func TestSizeBound(t *testing.T) {
	big := bytes.Repeat([]byte("# padding line to make a large template file\n"), 50<<20/45)
	big = append([]byte("AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n"), big...)
	rs, diags := Parse("big.yaml", big, Options{})
	if len(rs) != 0 || len(diags) != 1 || !strings.Contains(diags[0].Summary, "larger than 20 MiB") {
		t.Errorf("50 MB template: %d resources, %v", len(rs), diags)
	}
}

func TestIsTemplate(t *testing.T) {
	cases := map[string]bool{
		"AWSTemplateFormatVersion: '2010-09-09'\n":                true,
		"Resources:\n  A:\n    Type: AWS::S3::Bucket\n":           true,
		`{"Resources": {"A": {"Type": "AWS::SNS::Topic"}}}`:       true,
		"site_name: docs\nnav: []\n":                              false,
		"on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n": false,
		`{"format_version": "1.2", "terraform_version": "1.9.0"}`: false,
		"resources:\n  - type: kubernetes\n":                      false,
	}
	for in, want := range cases {
		if got := IsTemplate([]byte(in)); got != want {
			t.Errorf("IsTemplate(%q) = %v, want %v", in, got, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"vpc.yaml", "webtier.yaml", "s3.json", "rds.yaml", "sam.yaml", "nested/child.yaml", "foreach.yaml"} {
		if data, err := os.ReadFile(filepath.Join("testdata", name)); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      X: !Sub ['${a}-${!b}', {a: !Select [0, !Split [',', 'x,y']]}]\n"))
	f.Add([]byte("Resources:\n  A:\n    Type: AWS::EC2::Subnet\n    Properties:\n      CidrBlock: !Select [1, !Cidr ['fd00::/56', 4, 64]]\n"))
	for _, name := range sortedKeys(hostileInputs()) {
		if data := hostileInputs()[name]; len(data) < 64<<10 {
			f.Add(data) // BOM, UTF-16, invalid bytes, deep nesting
		}
	}
	f.Add([]byte("\xfe\xff\x00R\x00e\x00s\x00o\x00u\x00r\x00c\x00e\x00s\x00:\x00\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		parseIfTemplateAgrees(t, "fuzz.yaml", data, Options{MaxBytes: 1 << 20})
		rs, diags := Parse("fuzz.yaml", data, Options{MaxBytes: 1 << 20})
		for _, r := range rs {
			if r.Source.File != "fuzz.yaml" || r.Source.Line < 1 {
				t.Errorf("%s: position %v", r.Address, r.Source.Position)
			}
			// Properties must stay JSON-encodable (valid json.Number).
			if _, err := json.Marshal(marshalable(r.Properties)); err != nil {
				t.Errorf("%s: %v", r.Address, err)
			}
		}
		for _, d := range diags {
			if d.File != "fuzz.yaml" {
				t.Errorf("diagnostic without the file: %v", d)
			}
		}
	})
}

// BenchmarkParseTemplates parses 1,000 templates per op, in parallel on
// every core, as a directory scan does.
func BenchmarkParseTemplates(b *testing.B) {
	files := benchTemplates(b)
	b.ResetTimer()
	for b.Loop() {
		parallel(files, func(data []byte) { Parse("bench.yaml", data, Options{}) })
	}
}

// BenchmarkDecodeYAMLFloor decodes the same 1,000 files with yaml.v3 into
// plain values, in parallel the same way: the floor.
func BenchmarkDecodeYAMLFloor(b *testing.B) {
	files := benchTemplates(b)
	b.ResetTimer()
	for b.Loop() {
		parallel(files, func(data []byte) {
			var v any
			if err := yamlUnmarshal(data, &v); err != nil {
				b.Error(err)
			}
		})
	}
}

func parallel(files [][]byte, fn func([]byte)) {
	var wg sync.WaitGroup
	next := make(chan []byte)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range next {
				fn(f)
			}
		}()
	}
	for _, f := range files {
		next <- f
	}
	close(next)
	wg.Wait()
}

// benchTemplates generates 1,000 distinct templates of 5 to 24 resources
// each (security groups, buckets, instances, subnets; short-form tags,
// conditions, mappings), every fifth one in JSON.
func benchTemplates(b *testing.B) [][]byte {
	b.Helper()
	out := make([][]byte, 0, 1000)
	for i := 0; i < 1000; i++ {
		out = append(out, genTemplate(i))
	}
	return out
}

func genTemplate(i int) []byte {
	if i%5 == 4 {
		return genJSONTemplate(i)
	}
	var t strings.Builder
	fmt.Fprintf(&t, "AWSTemplateFormatVersion: \"2010-09-09\"\nDescription: generated template %d\n", i)
	t.WriteString("Parameters:\n  Env:\n    Type: String\n    Default: prod\n  VpcCidr:\n    Type: String\n    Default: 10.0.0.0/16\n")
	t.WriteString("Conditions:\n  IsProd: !Equals [!Ref Env, prod]\n")
	t.WriteString("Mappings:\n  RegionMap:\n    us-east-1: {AMI: ami-0abc}\n    eu-west-1: {AMI: ami-0def}\n")
	t.WriteString("Resources:\n")
	for j := 0; j < 5+i%20; j++ {
		switch j % 4 {
		case 0:
			fmt.Fprintf(&t, "  SG%d:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: !Sub \"${Env} tier %d\"\n      VpcId: !ImportValue shared-vpc\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: %d\n          ToPort: %d\n          CidrIp: !If [IsProd, 10.0.0.0/8, 0.0.0.0/0]\n        - IpProtocol: tcp\n          FromPort: 443\n          ToPort: 443\n          CidrIp: 0.0.0.0/0\n", j, j, 20+j, 20+j)
		case 1:
			fmt.Fprintf(&t, "  Bucket%d:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Join [\"-\", [acme, !Ref Env, !Ref \"AWS::Region\", \"%d\"]]\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: aws:kms\n      Tags:\n        - Key: team\n          Value: platform\n", j, i)
		case 2:
			fmt.Fprintf(&t, "  Web%d:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: !FindInMap [RegionMap, !Ref \"AWS::Region\", AMI]\n      InstanceType: t3.micro\n      SecurityGroupIds: [!Ref SG0]\n      BlockDeviceMappings:\n        - DeviceName: /dev/xvda\n          Ebs: {VolumeSize: %d, Encrypted: true}\n", j, 20+j)
		default:
			fmt.Fprintf(&t, "  Subnet%d:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !ImportValue shared-vpc\n      CidrBlock: !Select [%d, !Cidr [!Ref VpcCidr, 32, 8]]\n      AvailabilityZone: !Select [0, !GetAZs \"\"]\n      MapPublicIpOnLaunch: false\n", j, j)
		}
	}
	return []byte(t.String())
}

func genJSONTemplate(i int) []byte {
	resources := map[string]any{}
	for j := 0; j < 5+i%20; j++ {
		resources[fmt.Sprintf("Bucket%d", j)] = map[string]any{
			"Type": "AWS::S3::Bucket",
			"Properties": map[string]any{
				"BucketName": map[string]any{"Fn::Sub": fmt.Sprintf("acme-%d-${AWS::Region}", j)},
				"PublicAccessBlockConfiguration": map[string]any{
					"BlockPublicAcls": true, "BlockPublicPolicy": true, "IgnorePublicAcls": true, "RestrictPublicBuckets": true,
				},
				"VersioningConfiguration": map[string]any{"Status": "Enabled"},
			},
		}
	}
	data, _ := json.MarshalIndent(map[string]any{"AWSTemplateFormatVersion": "2010-09-09", "Resources": resources}, "", "  ")
	return data
}

// parseIfTemplateAgrees checks ParseIfTemplate against IsTemplate followed
// by Parse, which it replaces with one decode.
func parseIfTemplateAgrees(t *testing.T, path string, data []byte, opts Options) {
	t.Helper()
	rs, diags, ok := ParseIfTemplate(path, data, opts)
	if want := IsTemplate(data); ok != want {
		t.Fatalf("ParseIfTemplate says template %v, IsTemplate %v", ok, want)
	}
	if !ok {
		if len(rs) > 0 || len(diags) > 0 {
			t.Errorf("not a template, yet %d resources and %d diagnostics", len(rs), len(diags))
		}
		return
	}
	wantRs, wantDiags := Parse(path, data, opts)
	if diff := cmp.Diff(wantRs, rs); diff != "" {
		t.Errorf("resources differ (-Parse +ParseIfTemplate):\n%s", diff)
	}
	if diff := cmp.Diff(wantDiags, diags); diff != "" {
		t.Errorf("diagnostics differ (-Parse +ParseIfTemplate):\n%s", diff)
	}
}

// TestParseIfTemplate runs the agreement check over every template and
// YAML or JSON file of the repository's test data, templates or not.
func TestParseIfTemplate(t *testing.T) {
	var files []string
	for _, root := range []string{"testdata", "../../testdata"} {
		filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				switch filepath.Ext(p) {
				case ".yaml", ".yml", ".json", ".template":
					files = append(files, p)
				}
			}
			return nil
		})
	}
	if len(files) < 50 {
		t.Fatalf("only %d files found", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(f, func(t *testing.T) { parseIfTemplateAgrees(t, f, data, Options{}) })
	}
	t.Run("over the size bound", func(t *testing.T) {
		data, err := os.ReadFile("testdata/vpc.yaml")
		if err != nil {
			t.Fatal(err)
		}
		parseIfTemplateAgrees(t, "vpc.yaml", data, Options{MaxBytes: 100})
	})
}
