package tfsource

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/model"
)

// writeTree writes files (slash paths) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestManifestModules(t *testing.T) {
	const root = `module "vpc" {
  source = "terraform-aws-modules/vpc/aws"
}
resource "aws_s3_bucket" "own" {
  bucket = "own"
}
`
	const vpc = `module "subnets" {
  source = "hashicorp/subnets/cidr"
}
resource "aws_vpc" "this" {
  cidr_block = "10.0.0.0/16"
}
`
	const subnets = `resource "aws_subnet" "this" {
  cidr_block = "10.0.1.0/24"
}
`
	manifest := func(vpcDir, subDir string) string {
		return `{"Modules":[{"Key":"","Source":"","Dir":"."},` +
			`{"Key":"vpc","Source":"registry.terraform.io/terraform-aws-modules/vpc/aws","Dir":"` + vpcDir + `"},` +
			`{"Key":"vpc.subnets","Source":"registry.terraform.io/hashicorp/subnets/cidr","Dir":"` + subDir + `"}]}`
	}
	tests := []struct {
		name      string
		files     map[string]string
		opts      Options
		wantAddrs []string
		wantDiags []string
	}{
		{
			name: "nested registry modules",
			files: map[string]string{"main.tf": root,
				".terraform/modules/modules.json":        manifest(".terraform/modules/vpc", ".terraform/modules/vpc.subnets"),
				".terraform/modules/vpc/main.tf":         vpc,
				".terraform/modules/vpc.subnets/main.tf": subnets},
			wantAddrs: []string{"aws_s3_bucket.own", "module.vpc.aws_vpc.this", "module.vpc.module.subnets.aws_subnet.this"},
		},
		{
			name: "TF_DATA_DIR",
			files: map[string]string{"main.tf": root,
				"tfdata/modules/modules.json":        manifest("tfdata/modules/vpc", "tfdata/modules/vpc.subnets"),
				"tfdata/modules/vpc/main.tf":         vpc,
				"tfdata/modules/vpc.subnets/main.tf": subnets},
			opts:      Options{DataDir: "tfdata"},
			wantAddrs: []string{"aws_s3_bucket.own", "module.vpc.aws_vpc.this", "module.vpc.module.subnets.aws_subnet.this"},
		},
		{
			name: "Dir outside the root",
			files: map[string]string{"main.tf": root,
				".terraform/modules/modules.json":        manifest("../elsewhere", ".terraform/modules/vpc.subnets"),
				".terraform/modules/vpc.subnets/main.tf": subnets},
			wantAddrs: []string{"aws_s3_bucket.own"},
			wantDiags: []string{`main.tf:1:1: error: module module.vpc (source terraform-aws-modules/vpc/aws) not scanned: module directory "../elsewhere" from modules.json is outside the scanned root`},
		},
		{
			name: "absolute Dir",
			files: map[string]string{"main.tf": root,
				".terraform/modules/modules.json": manifest("/etc", "/etc")},
			wantAddrs: []string{"aws_s3_bucket.own"},
			wantDiags: []string{`main.tf:1:1: error: module module.vpc (source terraform-aws-modules/vpc/aws) not scanned: module directory "/etc" from modules.json is outside the scanned root`},
		},
		{
			name:      "without modules.json",
			files:     map[string]string{"main.tf": root},
			wantAddrs: []string{"aws_s3_bucket.own"},
			wantDiags: []string{`main.tf:1:1: warning: module module.vpc (source terraform-aws-modules/vpc/aws) not evaluated: it is not installed; running terraform init (which writes .terraform/modules/modules.json) would fix it`},
		},
		{
			name: "module call with a nested block",
			files: map[string]string{"main.tf": `module "local" {
  source = "./mod"
  tags {
    a = "b"
  }
}
resource "aws_s3_bucket" "own" {
  bucket = "own"
}
`, "mod/main.tf": subnets},
			wantAddrs: []string{"aws_s3_bucket.own"},
			wantDiags: []string{`main.tf:3:3: error: Unsupported block type: module local cannot contain a "tags" block; the module is not evaluated`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, tt.files)
			tt.opts.Root = dir
			rs, diags := ParseDir(context.Background(), dir, tt.opts)
			var addrs []string
			for _, r := range rs {
				addrs = append(addrs, r.Address)
			}
			sort.Strings(addrs)
			if diff := cmp.Diff(tt.wantAddrs, addrs); diff != "" {
				t.Errorf("addresses (-want +got):\n%s", diff)
			}
			var got []string
			for _, d := range diags {
				got = append(got, strings.TrimPrefix(d.String(), filepath.ToSlash(dir)+"/"))
			}
			if diff := cmp.Diff(tt.wantDiags, got); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
		})
	}
}

// A Dir reaching a symbolic link that leaves the root is refused too.
func TestManifestDirSymlinkOutside(t *testing.T) {
	outside := t.TempDir()
	writeTree(t, outside, map[string]string{"main.tf": `resource "aws_s3_bucket" "stolen" {}`})
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"main.tf":                         "module \"m\" {\n  source = \"org/m/aws\"\n}\n",
		".terraform/modules/modules.json": `{"Modules":[{"Key":"m","Source":"org/m/aws","Dir":".terraform/modules/m"}]}`,
	})
	if err := os.Symlink(outside, filepath.Join(dir, ".terraform/modules/m")); err != nil {
		t.Skipf("symlink: %v", err)
	}
	rs, diags := ParseDir(context.Background(), dir, Options{Root: dir})
	if len(rs) != 0 {
		t.Errorf("resources read through the link: %d", len(rs))
	}
	if len(diags) != 1 || diags[0].Severity != model.DiagError || !strings.Contains(diags[0].Summary, `".terraform/modules/m" from modules.json is outside the scanned root`) {
		t.Errorf("diagnostics: %v", diags)
	}
}

// What cdktf synth writes (cdktf.out/stacks/<stack>/cdk.tf.json), here
// under a name Terraform would not read.
const cdktfStack = `{
  "//": {
    "metadata": {"backend": "local", "stackName": "app", "version": "0.20.8"},
    "outputs": {}
  },
  "provider": {
    "aws": [{"region": "eu-west-1"}]
  },
  "resource": {
    "aws_s3_bucket": {
      "logs": {
        "//": {"metadata": {"path": "app/logs", "uniqueId": "logs"}},
        "bucket": "app-logs"
      }
    }
  },
  "terraform": {
    "backend": {"local": {"path": "terraform.app.tfstate"}},
    "required_providers": {"aws": {"source": "aws", "version": "5.100.0"}}
  }
}
`

func TestParseJSONFile(t *testing.T) {
	if !IsTerraformJSON([]byte(cdktfStack)) {
		t.Fatal("IsTerraformJSON(cdk.tf.json) = false")
	}
	for _, s := range []string{`{}`, `{"Resources":{}}`, `{"terraform":{}}`, `{"resource":{},"name":"x"}`, `[1]`, ``} {
		if IsTerraformJSON([]byte(s)) {
			t.Errorf("IsTerraformJSON(%s) = true", s)
		}
	}
	rs, diags := ParseJSONFile(context.Background(), "out/stack.json", []byte(cdktfStack), Options{})
	if len(diags) != 0 {
		t.Errorf("diagnostics: %v", diags)
	}
	if len(rs) != 1 {
		t.Fatalf("resources: %d", len(rs))
	}
	r := rs[0]
	_, comment := r.Properties["//"]
	got := []any{r.Address, r.Region, r.Properties["bucket"], r.Source.Position.String(), comment}
	want := []any{"aws_s3_bucket.logs", "eu-west-1", "app-logs", "out/stack.json:11:7", false}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
