package cfn

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/model"
)

const bucketTemplate = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: café\n"

func encodeUTF16(s string, big bool) []byte {
	out := []byte{0xFF, 0xFE}
	if big {
		out = []byte{0xFE, 0xFF}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if big {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// hostileInputs are the shapes of issue 13: encodings CloudFormation
// accepts, and templates that cannot be decoded.
func hostileInputs() map[string][]byte {
	invalid := []byte(strings.Replace(bucketTemplate, "café", "caf\xe9", 1))
	return map[string][]byte{
		"utf8-bom":      append([]byte{0xEF, 0xBB, 0xBF}, bucketTemplate...),
		"utf16le":       encodeUTF16(bucketTemplate, false),
		"utf16be":       encodeUTF16(bucketTemplate, true),
		"invalid-byte":  invalid,
		"utf16-odd":     append(encodeUTF16(bucketTemplate, false), 'x'),
		"deep-flow":     []byte("AWSTemplateFormatVersion: x\nResources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      X: " + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + "\n"),
		"deep-600":      []byte("Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      X: " + strings.Repeat("[", 600) + strings.Repeat("]", 600) + "\n"),
		"broken-yaml":   []byte("AWSTemplateFormatVersion: x\nResources:\n  A:\n    Type: AWS::S3::Bucket\n   Properties: [\n"),
		"latin1-no-bom": []byte("Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: \xff\xfe\n"),
	}
}

func TestFailClosed(t *testing.T) {
	in := hostileInputs()
	cases := []struct {
		name      string
		resources []string // addresses, when decoded
		bucket    string   // BucketName, when decoded
		diag      string   // error diagnostic "line: detail" substring, when not
	}{
		{name: "utf8-bom", resources: []string{"Bucket"}, bucket: "café"},
		{name: "utf16le", resources: []string{"Bucket"}, bucket: "café"},
		{name: "utf16be", resources: []string{"Bucket"}, bucket: "café"},
		{name: "invalid-byte", diag: "6: not valid UTF-8: byte 0xE9 at line 6, column 22"},
		{name: "latin1-no-bom", diag: "5: not valid UTF-8: byte 0xFF at line 5, column 19"},
		{name: "utf16-odd", diag: "0: not valid UTF-16"},
		{name: "deep-flow", diag: "6: line 6: exceeded max depth of 10000"},
		{name: "deep-600", diag: "5: nesting deeper than 512 levels"},
		{name: "broken-yaml", diag: "2: did not find expected key"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data := in[tc.name]
			if !MaybeTemplate(data) || !IsTemplate(data) {
				t.Fatalf("not taken for a template: MaybeTemplate %v, IsTemplate %v", MaybeTemplate(data), IsTemplate(data))
			}
			parseIfTemplateAgrees(t, "t.yaml", data, Options{})
			rs, diags := Parse("t.yaml", data, Options{})
			var addrs []string
			for _, r := range rs {
				addrs = append(addrs, r.Address)
			}
			if diff := cmp.Diff(tc.resources, addrs); diff != "" {
				t.Errorf("resources (-want +got)\n%s", diff)
			}
			if tc.bucket != "" {
				if got := rs[0].Properties["BucketName"]; got != tc.bucket {
					t.Errorf("BucketName %q, want %q", got, tc.bucket)
				}
				if len(diags) != 0 {
					t.Errorf("diagnostics: %v", diags)
				}
				return
			}
			if len(diags) != 1 || diags[0].Severity != model.DiagError {
				t.Fatalf("want one error diagnostic, got %v", diags)
			}
			if got := strings.Join([]string{strconv.Itoa(diags[0].Line), diags[0].Summary + " " + diags[0].Detail}, ": "); !strings.Contains(got, strings.SplitN(tc.diag, ": ", 2)[1]) || strconv.Itoa(diags[0].Line) != strings.SplitN(tc.diag, ":", 2)[0] {
				t.Errorf("diagnostic %q, want %q", got, tc.diag)
			}
		})
	}
}

// TestNotTemplateStaysQuiet: files that merely mention Resources are not
// templates, decodable or not.
func TestNotTemplateStaysQuiet(t *testing.T) {
	for _, data := range []string{
		`{"name": "app", "files": ["Resources/x"]}`,
		"{\"name\": \"app\", \"Resources\": [\n",
		"Resources: \xff\n",
		"\xff\xfeR\x00e\x00s\x00o\x00u\x00r\x00c\x00e\x00s\x00:\x00 \x001\x00",
	} {
		if IsTemplate([]byte(data)) {
			t.Errorf("%q taken for a template", data)
		}
		parseIfTemplateAgrees(t, "package.json", []byte(data), Options{})
	}
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const childTemplate = "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n"

func nestedParent(url string) string {
	return "Resources:\n  Child:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: " + url + "\n"
}

// TestStayInside: files a template names are read only inside the
// scanned root; a read outside is an error naming the path as written.
func TestStayInside(t *testing.T) {
	base := t.TempDir()
	root := filepath.Join(base, "repo")
	writeFiles(t, base, map[string]string{
		"outside/secret.yaml": "Resources:\n  Secret:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: do-not-read\n",
		"repo/child.yaml":     childTemplate,
		"repo/stacks/up.yaml": nestedParent("../child.yaml"),
		"repo/escape.yaml":    nestedParent("../outside/secret.yaml"),
		"repo/link.yaml":      nestedParent("linked.yaml"),
		"repo/cdk.out/manifest.json": `{"artifacts": {"S": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "S.template.json"}},
			"Out": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "../../outside/secret.yaml"}}}}`,
		"repo/cdk.out/S.template.json": `{"Resources": {"N": {"Type": "AWS::CloudFormation::Stack", "Metadata": {"aws:asset:path": "../../outside/secret.yaml"}, "Properties": {"TemplateURL": "https://x"}}}}`,
	})
	if err := os.Symlink(filepath.Join(base, "outside", "secret.yaml"), filepath.Join(root, "linked.yaml")); err != nil {
		t.Fatal(err)
	}
	parse := func(name string, opts Options) ([]*model.Resource, model.Diagnostics) {
		p := filepath.Join(root, name)
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return Parse(p, data, opts)
	}
	cases := []struct {
		name  string
		opts  Options
		addrs []string
		diag  string
	}{
		{name: "stacks/up.yaml", opts: Options{Root: root}, addrs: []string{"Child", "Child/Q"}},
		{name: "stacks/up.yaml", addrs: []string{"Child"}, diag: "nested stack Child: ../child.yaml is outside the scanned root; not read"},
		{name: "escape.yaml", opts: Options{Root: root}, addrs: []string{"Child"}, diag: "nested stack Child: ../outside/secret.yaml is outside the scanned root; not read"},
		{name: "link.yaml", opts: Options{Root: root}, addrs: []string{"Child"}, diag: "nested stack Child: linked.yaml is outside the scanned root; not read"},
	}
	for _, tc := range cases {
		rs, diags := parse(tc.name, tc.opts)
		checkInside(t, tc.name, rs, diags, tc.addrs, tc.diag)
	}
	rs, diags := ParseCDKOut(filepath.Join(root, "cdk.out"), Options{Root: root})
	var addrs []string
	for _, r := range rs {
		addrs = append(addrs, r.Address)
	}
	if diff := cmp.Diff([]string{"S/N"}, addrs); diff != "" {
		t.Errorf("cdk.out addresses (-want +got)\n%s", diff)
	}
	var got []string
	for _, d := range diags {
		if d.Severity != model.DiagError {
			t.Errorf("cdk.out: not an error: %v", d)
		}
		got = append(got, d.Summary)
	}
	want := []string{
		"stack Out: template ../../outside/secret.yaml is outside the scanned root; not read",
		"nested stack N: ../../outside/secret.yaml is outside the scanned root; not read",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("cdk.out diagnostics (-want +got)\n%s", diff)
	}
}

func checkInside(t *testing.T, name string, rs []*model.Resource, diags model.Diagnostics, addrs []string, diag string) {
	t.Helper()
	var got []string
	for _, r := range rs {
		got = append(got, r.Address)
		if strings.Contains(r.Address, "Secret") {
			t.Errorf("%s: read a file outside the root", name)
		}
	}
	if diff := cmp.Diff(addrs, got); diff != "" {
		t.Errorf("%s: addresses (-want +got)\n%s", name, diff)
	}
	if diag == "" {
		if len(diags) != 0 {
			t.Errorf("%s: diagnostics %v", name, diags)
		}
		return
	}
	if len(diags) != 1 || diags[0].Severity != model.DiagError || diags[0].Summary != diag || diags[0].Line != 2 {
		t.Errorf("%s: diagnostics %v, want one error on line 2: %s", name, diags, diag)
	}
	for _, d := range diags {
		if strings.Contains(d.Summary+d.Detail, "do-not-read") {
			t.Errorf("%s: diagnostic shows content from outside: %v", name, d)
		}
	}
}
