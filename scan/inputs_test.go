package scan

import (
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/report"
)

var update = flag.Bool("update", false, "rewrite golden files (none in this package)")

func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestCollectDir(t *testing.T) {
	plan, err := os.ReadFile("../testdata/plans/clean/plan.json")
	if err != nil {
		t.Fatal(err)
	}
	root := writeTree(t, map[string]string{
		"prod/main.tf":                 "module \"vpc\" {\n  source = \"../modules/vpc\"\n}\n",
		"modules/vpc/main.tf":          "resource \"aws_vpc\" \"this\" {}\n",
		"standalone/main.tf.json":      `{"resource": {}}`,
		"plans/plan.json":              string(plan),
		"cfn/web.yaml":                 "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  B:\n    Type: AWS::S3::Bucket\n",
		"docs/mkdocs.yml":              "site_name: x\n",
		"package.json":                 `{"name": "x"}`,
		".terraform/modules/x/main.tf": "resource \"aws_vpc\" \"x\" {}\n",
		"node_modules/y/template.json": `{"Resources": {"A": {"Type": "AWS::S3::Bucket"}}}`,
		"examples/skipme/main.tf":      "",
	})
	t.Chdir(root)
	excluded := func(p string) bool { return strings.HasPrefix(p, "examples") }
	ins, diags := collect([]string{"."}, nil, excluded)
	if len(diags) != 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	var got []string
	for _, in := range ins {
		got = append(got, string(in.kind)+" "+in.path)
	}
	sort.Strings(got)
	want := []string{
		"terraform prod",
		"terraform standalone",
		"terraform-plan plans/plan.json",
	}
	// CloudFormation detection is content-based; count it only when the
	// parser that recognises templates is wired.
	if isTemplate([]byte("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  B:\n    Type: AWS::S3::Bucket\n")) {
		want = append(want, "cloudformation cfn/web.yaml")
		sort.Strings(want)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("inputs (-want +got):\n%s", diff)
	}
}

func TestCollectExplicit(t *testing.T) {
	root := writeTree(t, map[string]string{
		"a/main.tf":      "resource \"aws_s3_bucket\" \"b\" {}\n",
		"a/variables.tf": "variable \"name\" {}\n",
		"notes.txt":      "hello",
	})
	t.Chdir(root)
	ins, diags := collect([]string{"a/main.tf", "a/variables.tf", "notes.txt", "missing.json"}, nil, nil)
	if len(ins) != 1 || ins[0].path != "a" || ins[0].kind != KindTerraform {
		t.Errorf("two files of one module should give one input for the directory, got %+v", ins)
	}
	var msgs []string
	for _, d := range diags {
		msgs = append(msgs, d.String())
	}
	want := []string{
		"notes.txt: warning: skipped: not a Terraform plan, Terraform file or CloudFormation template",
		"missing.json: error: cannot read input: no such file or directory",
	}
	if diff := cmp.Diff(want, msgs); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
}

func TestCollectStdin(t *testing.T) {
	plan, err := os.ReadFile("../testdata/plans/clean/plan.json")
	if err != nil {
		t.Fatal(err)
	}
	ins, diags := collect([]string{"-"}, strings.NewReader(string(plan)), nil)
	if len(diags) != 0 || len(ins) != 1 || ins[0].kind != KindPlan || ins[0].path != "<stdin>" {
		t.Errorf("stdin plan: %+v %v", ins, diags)
	}
	_, diags = collect([]string{"-"}, strings.NewReader("hello: world\n"), nil)
	if len(diags) != 1 || !strings.Contains(diags[0].Summary, "stdin is not") {
		t.Errorf("stdin garbage: %v", diags)
	}
}

// TestParseTellsTemplates: files found in a directory that may be
// templates are told apart by the parse step (one decode for both); those
// that are not templates leave no trace in the inputs or diagnostics.
func TestParseTellsTemplates(t *testing.T) {
	template := "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  B:\n    Type: AWS::S3::Bucket\n"
	notTemplate := "# Resources we keep\nResources:\n  - name: docs\n    url: https://example.com\n"
	cases := []struct {
		name       string
		files      map[string]string
		wantInputs []string
		nothing    bool   // Parsed.NothingScanned
		notice     bool   // "no ... found" notice
		wantError  string // the one error diagnostic (fail closed)
	}{
		{"template and look-alike", map[string]string{"web.yaml": template, "links.yaml": notTemplate}, []string{"web.yaml"}, false, false, ""},
		{"look-alike only", map[string]string{"links.yaml": notTemplate}, nil, false, true, ""},
		{"broken look-alike", map[string]string{"package.json": `{"name": "x", "Resources": [`}, nil, false, true, ""},
		// A file that looks like a template but cannot be decoded is an
		// error, not skipped.
		{"broken template", map[string]string{"bad.yaml": "AWSTemplateFormatVersion: '2010-09-09'\nResources: [\n"}, []string{"bad.yaml"}, true, false,
			"bad.yaml:2: error: invalid template YAML/JSON: line 2: did not find expected node content"},
		{"invalid UTF-8", map[string]string{"bad.yaml": strings.Replace(template, "B:", "B\xe9:", 1)}, []string{"bad.yaml"}, true, false,
			"bad.yaml:3:4: error: template not scanned: cannot decode it: not valid UTF-8: byte 0xE9 at line 3, column 4 (CloudFormation reads templates as UTF-8 or UTF-16)"},
		{"UTF-16", map[string]string{"web.yaml": utf16LE(template)}, []string{"web.yaml"}, false, false, ""},
	}
	// Named on the command line, the same files keep the messages a named
	// file gets: a template is scanned, a look-alike skipped with a warning,
	// a damaged plan reported by the plan parser.
	named := []struct {
		name, file, content string
		wantInput           string // "" when skipped
		wantSummary         string
	}{
		{"named template", "web.yaml", template, "web.yaml", ""},
		{"named look-alike", "links.yaml", notTemplate, "", skippedSummary},
		{"named damaged plan", "plan.json", `{"format_version": "1.2", "Resources": [`, "plan.json", "invalid Terraform plan JSON"},
	}
	for _, c := range named {
		t.Run(c.name, func(t *testing.T) {
			t.Chdir(writeTree(t, map[string]string{c.file: c.content}))
			p := newTestScanner(t).Parse(t.Context(), Options{Paths: []string{c.file}})
			var got string
			for _, in := range p.Inputs {
				got = in.Path
			}
			if got != c.wantInput {
				t.Errorf("input %q, want %q", got, c.wantInput)
			}
			found := c.wantSummary == ""
			for _, d := range p.Diagnostics {
				found = found || strings.Contains(strings.ToLower(d.String()), strings.ToLower(c.wantSummary))
			}
			if !found {
				t.Errorf("no diagnostic with %q in %v", c.wantSummary, p.Diagnostics)
			}
		})
	}
	s := newTestScanner(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			root := writeTree(t, c.files)
			t.Chdir(root)
			p := s.Parse(t.Context(), Options{Paths: []string{"."}})
			var got []string
			for _, in := range p.Inputs {
				got = append(got, in.Path)
			}
			if diff := cmp.Diff(c.wantInputs, got); diff != "" {
				t.Errorf("inputs (-want +got):\n%s", diff)
			}
			if p.NothingScanned != c.nothing {
				t.Errorf("NothingScanned = %v, want %v", p.NothingScanned, c.nothing)
			}
			notice, gotError := false, false
			for _, d := range p.Diagnostics {
				if strings.Contains(d.Summary, "no Terraform plan") {
					notice = true
				} else if d.Severity == model.DiagError && d.String() == c.wantError {
					gotError = true
				} else if d.Severity != model.DiagNotice {
					t.Errorf("unexpected diagnostic %v", d)
				}
			}
			if gotError != (c.wantError != "") {
				t.Errorf("error diagnostic %q missing from %v", c.wantError, p.Diagnostics)
			}
			if notice != c.notice {
				t.Errorf("notice = %v, want %v", notice, c.notice)
			}
		})
	}
}

func utf16LE(s string) string {
	out := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return string(out)
}

func newTestScanner(t *testing.T) *Scanner {
	t.Helper()
	s, err := NewScanner(t.Context(), nil, report.Tool{Name: "iacvet"})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestCollectModuleCycles(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{
			name:  "self-calling module",
			files: map[string]string{"self/main.tf": "module \"me\" {\n  source = \"./\"\n}\nresource \"aws_vpc\" \"v\" {}\n"},
			want:  []string{"terraform self"},
		},
		{
			name: "mutual cycle no one else calls",
			files: map[string]string{
				"a/main.tf": "module \"b\" {\n  source = \"../b\"\n}\n",
				"b/main.tf": "module \"a\" {\n  source = \"../a\"\n}\n",
			},
			want: []string{"terraform a"},
		},
		{
			name: "cycle below a root",
			files: map[string]string{
				"root/main.tf": "module \"a\" {\n  source = \"../a\"\n}\n",
				"a/main.tf":    "module \"b\" {\n  source = \"../b\"\n}\n",
				"b/main.tf":    "module \"a\" {\n  source = \"../a\"\n}\n",
			},
			want: []string{"terraform root"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := writeTree(t, tc.files)
			t.Chdir(root)
			ins, diags := collect([]string{"."}, nil, nil)
			if len(diags) != 0 {
				t.Fatalf("diagnostics: %v", diags)
			}
			var got []string
			for _, in := range ins {
				got = append(got, string(in.kind)+" "+in.path)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("inputs (-want +got):\n%s", diff)
			}
		})
	}
}
