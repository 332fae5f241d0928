package tfplan

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/model"
)

const webapp = "../../testdata/plans/webapp/plan.json"

func parseFixture(t *testing.T, path string) map[string]*model.Resource {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rs, diags := Parse("plan.json", data, Options{Region: "us-west-2"})
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	out := map[string]*model.Resource{}
	for _, r := range rs {
		out[r.Address] = r
	}
	return out
}

func TestParseWebapp(t *testing.T) {
	rs := parseFixture(t, webapp)
	cases := []struct {
		addr     string
		mode     model.Mode
		action   model.Action
		region   string
		module   string
		provider string
	}{
		{"aws_ebs_volume.archive", model.ModeManaged, model.ActionCreate, "us-east-1", "", "aws.use1"},
		{"aws_ebs_volume.data", model.ModeManaged, model.ActionCreate, "eu-west-1", "", "aws"},
		{"aws_ebs_volume.old", model.ModeManaged, model.ActionDelete, "eu-west-1", "", "aws"},
		{"aws_instance.web[1]", model.ModeManaged, model.ActionCreate, "eu-west-1", "", "aws"},
		{"data.aws_ami.ubuntu", model.ModeData, model.ActionRead, "eu-west-1", "", "aws"},
		{"module.db.aws_db_instance.main", model.ModeManaged, model.ActionReplace, "eu-west-1", "module.db", "aws"},
		{`module.storage.aws_s3_bucket.this["logs"]`, model.ModeManaged, model.ActionCreate, "eu-west-1", "module.storage", "aws"},
	}
	if len(rs) != 13 {
		t.Errorf("got %d resources, want 13", len(rs))
	}
	for _, tc := range cases {
		t.Run(tc.addr, func(t *testing.T) {
			r := rs[tc.addr]
			if r == nil {
				t.Fatalf("resource %s missing", tc.addr)
			}
			got := []any{r.Mode, r.Action(), r.Region, r.Source.Module, r.Provider, r.Source.Format}
			want := []any{tc.mode, tc.action, tc.region, tc.module, tc.provider, model.FormatTerraformPlan}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
			if r.Source.Line != 1 || r.Source.Column <= 0 {
				t.Errorf("position %v, want line 1 and a column", r.Source.Position)
			}
		})
	}
}

func TestUnknownAndSensitive(t *testing.T) {
	rs := parseFixture(t, webapp)
	db := rs["module.db.aws_db_instance.main"]
	if _, ok := db.Properties["password"].(model.Sensitive); !ok {
		t.Errorf("after password = %#v, want Sensitive", db.Properties["password"])
	}
	if _, ok := db.Change.Before["password"].(model.Sensitive); !ok {
		t.Errorf("before password = %#v, want Sensitive", db.Change.Before["password"])
	}
	// Set by the configuration to an unknown value: stays unknown.
	if v := rs["aws_ebs_volume.data"].Properties["encrypted"]; v != (model.Unknown{}) {
		t.Errorf("data volume encrypted = %#v, want Unknown", v)
	}
	// Computed by the provider, not set: left out.
	if _, ok := rs["aws_ebs_volume.data"].Properties["arn"]; ok {
		t.Error("provider-computed arn should be left out")
	}
	// A reference keeps the address it refers to, module and instance key included.
	pab := rs[`module.storage.aws_s3_bucket_public_access_block.this["logs"]`]
	want := model.Unknown{Ref: `module.storage.aws_s3_bucket.this["logs"]`}
	if got := pab.Properties["bucket"]; got != want {
		t.Errorf("bucket = %#v, want %#v", got, want)
	}
	inst := rs["aws_instance.web[0]"]
	if got := inst.Properties["vpc_security_group_ids"]; got != (model.Unknown{Ref: "aws_security_group.web"}) {
		t.Errorf("vpc_security_group_ids = %#v", got)
	}
}

func TestResourceAddress(t *testing.T) {
	cases := map[string]string{
		"aws_s3_bucket.b.id":               "aws_s3_bucket.b",
		`aws_s3_bucket.this["a.b"].arn`:    `aws_s3_bucket.this["a.b"]`,
		"aws_instance.web[0].id":           "aws_instance.web[0]",
		"data.aws_ami.ubuntu.id":           "data.aws_ami.ubuntu",
		"var.region":                       "",
		"module.vpc.vpc_id":                "",
		"local.x":                          "",
		"aws_security_group.web":           "aws_security_group.web",
		`aws_s3_bucket.this["unterminated`: `aws_s3_bucket.this["unterminated`,
	}
	for in, want := range cases {
		if got := resourceAddress(in); got != want {
			t.Errorf("resourceAddress(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestConfigAddress(t *testing.T) {
	cases := map[string]string{
		`module.a["x"].aws_instance.b[0]`:    "module.a.aws_instance.b",
		`aws_s3_bucket.this["with]bracket"]`: "aws_s3_bucket.this",
		"aws_instance.plain":                 "aws_instance.plain",
	}
	for in, want := range cases {
		if got := configAddress(in); got != want {
			t.Errorf("configAddress(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBadInput(t *testing.T) {
	cases := []struct {
		name, data, summary string
		line                int
	}{
		{"empty", "", "empty Terraform plan", 0},
		{"whitespace", "  \n ", "empty Terraform plan", 0},
		{"truncated", "{\n\"format_version\": \"1.2\",\n\"resource_changes\": [", "invalid Terraform plan JSON", 3},
		{"wrong type", `{"format_version":"1.2","resource_changes":{"a":1}}`, "invalid Terraform plan JSON", 1},
		{"old format", `{"format_version":"9.0","terraform_version":"9.0.0"}`, "invalid Terraform plan JSON", 0},
		{"after not object", `{"format_version":"1.2","terraform_version":"1.9.0","resource_changes":[{"address":"a.b","mode":"managed","type":"a","name":"b","change":{"actions":["create"],"after":[1]}}]}`, "resource a.b: after is []interface {}, want an object", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := Parse("p.json", []byte(tc.data), Options{})
			if len(diags) != 1 || diags[0].Summary != tc.summary || diags[0].Line != tc.line || diags[0].File != "p.json" {
				t.Errorf("diags = %+v, want one %q at line %d", diags, tc.summary, tc.line)
			}
		})
	}
}

func TestIsPlan(t *testing.T) {
	data, err := os.ReadFile(webapp)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	_ = json.Unmarshal(data, &v)
	pretty, _ := json.MarshalIndent(v, "", "  ") // keys sorted: format_version far from the start
	cases := map[string]struct {
		data []byte
		want bool
	}{
		"compact":  {data, true},
		"pretty":   {pretty, true},
		"template": {[]byte(`{"AWSTemplateFormatVersion":"2010-09-09","Resources":{}}`), false},
		"yaml":     {[]byte("format_version: 1.2\n"), false},
	}
	for name, tc := range cases {
		if got := IsPlan(tc.data); got != tc.want {
			t.Errorf("%s: IsPlan = %v, want %v", name, got, tc.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, p := range []string{webapp, "../../testdata/plans/clean/plan.json"} {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	seeds, _ := filepath.Glob("testdata/seeds/*.json")
	for _, s := range seeds {
		if data, err := os.ReadFile(s); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		decodersAgree(t, data)
		rs, diags := Parse("fuzz.json", data, Options{})
		for _, r := range rs {
			if r.Address == "" && len(diags) == 0 {
				// Addresses may be empty in hostile input; the parser must
				// still return without panicking.
				continue
			}
		}
	})
}

// TestDecodersAgree checks the streaming, parallel decoder against a plain
// decode of the whole document on every plan fixture in the repository.
func TestDecodersAgree(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/plans/*/*.json")
	rules, _ := filepath.Glob("../../testdata/rules/*/*/plan.json")
	seeds, _ := filepath.Glob("testdata/seeds/*.json")
	files = append(append(files, rules...), seeds...)
	if len(files) < 10 {
		t.Fatalf("only %d plan fixtures found", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(f, func(t *testing.T) { decodersAgree(t, data) })
	}
}

func decodersAgree(t *testing.T, data []byte) {
	t.Helper()
	serial, serialErr := decodeSerial(data)
	fast, fastErr := decodeParallel(data)
	if fastErr == nil {
		fastErr = checkFormat(fast)
	}
	if serialErr != nil {
		// The fast path reads only what iacvet uses, so it may accept a
		// document whose unused parts a whole decode refuses.
		return
	}
	if fastErr != nil {
		if _, err := decode(data); err != nil {
			t.Fatalf("decode refused a plan the whole decode accepts: %v", err)
		}
		t.Fatalf("fast decode refused a plan the whole decode accepts: %v", fastErr)
	}
	want, wantDiags := build("p.json", data, serial, Options{})
	got, gotDiags := build("p.json", data, fast, Options{})
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("resources differ (-whole +fast):\n%s", diff)
	}
	if diff := cmp.Diff(wantDiags, gotDiags); diff != "" {
		t.Errorf("diagnostics differ (-whole +fast):\n%s", diff)
	}
}
