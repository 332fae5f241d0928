// Package hostile writes iacvet's corpus of hostile inputs: templates,
// Terraform trees, policies and plans built to make a scanner fail open,
// crash, read outside the scanned tree, run code from the repository or
// spend without bound. The CLI's and the MCP server's tests run every case
// and check the exit code, the diagnostic, the memory spent and that no
// byte from outside the scanned root reaches any output.
//
// Small cases are committed under testdata/hostile/ at the repository
// root; large ones (deep nesting, huge expressions), symbolic links and
// files outside the root are generated here, since they cannot or should
// not be committed.
package hostile

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf16"
)

// Secret is what the outside files and the environment hold: no output of
// any case may contain it.
const Secret = "hostile-corpus-secret-9f3a7c1e"

// Case is one hostile input.
type Case struct {
	// Name is the case's directory under the corpus root.
	Name string
	// Class groups the cases as the security issue does: fail-open, crash,
	// escape, code, policy.
	Class string
	// Paths are the inputs, relative to the case directory (the scanned
	// root and the working directory of the scan).
	Paths []string
	// Args are extra scan flags (relative paths are inside the case).
	Args []string
	// Exit is the expected exit code of `iacvet scan`.
	Exit int
	// Diag is a lower-case substring of an error diagnostic the scan must
	// report (empty: none required).
	Diag string
	// Rules are rule ids that must be among the findings: the input is
	// still scanned past what was wrong with it.
	Rules []string
	// Marker, when set, is a file (relative to the corpus root) that must
	// not exist after the scan: a program from the repository ran.
	Marker string
}

// Dir is the case's directory under the corpus root.
func (c Case) Dir(root string) string { return filepath.Join(root, "repo", c.Name) }

// Write lays the corpus out under root: root/repo/<case> for each case,
// root/outside for what lies outside every scanned root, root/bin for
// programs a scan must never run. committed is the directory of the
// committed cases (testdata/hostile).
func Write(root, committed string) ([]Case, error) {
	w := &writer{root: root}
	w.file("outside/secret.txt", Secret+"\n")
	w.file("outside/t.yaml", "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  Leak:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: "+Secret+"\n")
	w.file("outside/mod/main.tf", "resource \"aws_s3_bucket\" \"leak\" {\n  bucket = \""+Secret+"\"\n}\n")
	// A terraform that leaves a marker: it must never run unasked.
	w.exec("bin/terraform", "#!/bin/sh\necho ran > \""+filepath.Join(root, "terraform-ran")+"\"\nenv >> \""+filepath.Join(root, "terraform-ran")+"\"\nexit 1\n")

	if committed != "" {
		if err := w.copyTree(committed, filepath.Join(root, "repo")); err != nil {
			return nil, err
		}
	}
	var cases []Case
	add := func(c Case) { cases = append(cases, c) }

	// Fail open: templates that look like templates but do not decode.
	sgTemplate := openSSHTemplate()
	w.file("repo/invalid-utf8/template.yaml", strings.Replace(sgTemplate, "web tier", "web \xff tier", 1))
	add(Case{Name: "invalid-utf8", Class: "fail-open", Paths: []string{"."}, Exit: 2, Diag: "utf-8"})
	w.file("repo/invalid-utf8-named/template.yaml", strings.Replace(sgTemplate, "web tier", "web \xfe\xff tier", 1))
	add(Case{Name: "invalid-utf8-named", Class: "fail-open", Paths: []string{"template.yaml"}, Exit: 2, Diag: "utf-8"})
	w.file("repo/deep-yaml/template.yaml", sgTemplate+"      Tags: "+strings.Repeat("[", 20000)+strings.Repeat("]", 20000)+"\n")
	add(Case{Name: "deep-yaml", Class: "fail-open", Paths: []string{"."}, Exit: 2, Diag: "deep"})
	w.raw("repo/utf16le/template.yaml", utf16LE(sgTemplate))
	add(Case{Name: "utf16le", Class: "fail-open", Paths: []string{"."}, Exit: 1, Rules: []string{"AWS-EC2-001"}})
	w.raw("repo/utf16be/template.json", utf16BE(jsonSSHTemplate()))
	add(Case{Name: "utf16be", Class: "fail-open", Paths: []string{"template.json"}, Exit: 1, Rules: []string{"AWS-EC2-001"}})
	w.file("repo/utf8-bom/template.yaml", "\ufeff"+sgTemplate)
	add(Case{Name: "utf8-bom", Class: "fail-open", Paths: []string{"."}, Exit: 1, Rules: []string{"AWS-EC2-001"}})

	// Fail open: module cycles (committed: module-self-cycle, module-mutual-cycle).
	add(Case{Name: "module-self-cycle", Class: "fail-open", Paths: []string{"."}, Exit: 2, Diag: "cycle", Rules: []string{"AWS-EC2-001"}})
	add(Case{Name: "module-mutual-cycle", Class: "fail-open", Paths: []string{"."}, Exit: 2, Diag: "cycle", Rules: []string{"AWS-EC2-001"}})
	// Fail open: a user policy in the built-in namespace.
	add(Case{Name: "policy-lib-namespace", Class: "policy", Paths: []string{"main.tf"}, Args: []string{"--policy", "policies"}, Exit: 2, Diag: "iacvet."})

	// Crash: HCL nested 100k levels, unbounded evaluation.
	w.file("repo/hcl-deep/main.tf", "locals {\n  x = "+strings.Repeat("[", 100000)+strings.Repeat("]", 100000)+"\n}\n"+sshTF)
	add(Case{Name: "hcl-deep", Class: "crash", Paths: []string{"."}, Exit: 2, Diag: "deep"})
	w.file("repo/hcl-deep-braces/main.tf", "locals {\n  x = "+strings.Repeat("{a = ", 50000)+"1"+strings.Repeat("}", 50000)+"\n}\n"+sshTF)
	add(Case{Name: "hcl-deep-braces", Class: "crash", Paths: []string{"."}, Exit: 2, Diag: "deep"})
	add(Case{Name: "join-range", Class: "crash", Paths: []string{"."}, Exit: 2, Diag: "limit"})
	add(Case{Name: "doubling-locals", Class: "crash", Paths: []string{"."}, Exit: 2, Diag: "limit"})
	add(Case{Name: "cubic-for", Class: "crash", Paths: []string{"."}, Exit: 2, Diag: "limit"})

	// Escape: reads outside the scanned root.
	w.symlink("/proc/self/environ", "repo/file-proc-environ/env")
	add(Case{Name: "file-proc-environ", Class: "escape", Paths: []string{"."}, Exit: 2, Diag: "outside"})
	w.symlink("../../outside/secret.txt", "repo/file-symlink-outside/leak.txt")
	add(Case{Name: "file-symlink-outside", Class: "escape", Paths: []string{"."}, Exit: 2, Diag: "outside"})
	add(Case{Name: "file-dotdot-outside", Class: "escape", Paths: []string{"."}, Exit: 2, Diag: "outside"})
	add(Case{Name: "modules-json-outside", Class: "escape", Paths: []string{"."}, Exit: 2, Diag: "outside"})
	add(Case{Name: "nested-stack-outside", Class: "escape", Paths: []string{"template.yaml"}, Exit: 2, Diag: "outside"})
	w.symlink("../../outside/t.yaml", "repo/template-symlink-outside/template.yaml")
	add(Case{Name: "template-symlink-outside", Class: "escape", Paths: []string{"template.yaml"}, Exit: 2, Diag: "outside"})

	// Code: a binary plan is shown only when asked.
	w.raw("repo/binary-plan/tfplan", binaryPlan())
	add(Case{Name: "binary-plan", Class: "code", Paths: []string{"tfplan"}, Exit: 2, Diag: "allow-terraform-show", Marker: "terraform-ran"})

	// Policy budgets (committed: policies under each case).
	add(Case{Name: "policy-numbers-range", Class: "policy", Paths: []string{"main.tf"}, Args: []string{"--policy", "policies"}, Exit: 2, Diag: "numbers.range"})
	add(Case{Name: "policy-cidr-expand", Class: "policy", Paths: []string{"main.tf"}, Args: []string{"--policy", "policies"}, Exit: 2, Diag: "cidr_expand"})
	add(Case{Name: "policy-comprehension", Class: "policy", Paths: []string{"main.tf"}, Args: []string{"--policy", "policies"}, Exit: 2, Diag: "custom"})
	add(Case{Name: "policy-http-send", Class: "policy", Paths: []string{"main.tf"}, Args: []string{"--policy", "policies"}, Exit: 2, Diag: "http.send"})
	add(Case{Name: "policy-runtime-env", Class: "policy", Paths: []string{"main.tf"}, Args: []string{"--policy", "policies"}, Exit: 2, Diag: "opa.runtime"})
	return cases, w.err
}

// sshTF is a resource every Terraform case declares, so that a test can
// tell that the rest of the input was still scanned.
const sshTF = `resource "aws_security_group" "web" {
  name = "web"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`

func openSSHTemplate() string {
	return `AWSTemplateFormatVersion: "2010-09-09"
Description: web tier
Resources:
  WebSG:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/0
`
}

func jsonSSHTemplate() string {
	return `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "WebSG": {
      "Type": "AWS::EC2::SecurityGroup",
      "Properties": {
        "GroupDescription": "web",
        "SecurityGroupIngress": [
          {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "0.0.0.0/0"}
        ]
      }
    }
  }
}
`
}

func utf16LE(s string) []byte {
	var b bytes.Buffer
	b.Write([]byte{0xff, 0xfe})
	for _, u := range utf16.Encode([]rune(s)) {
		_ = binary.Write(&b, binary.LittleEndian, u)
	}
	return b.Bytes()
}

func utf16BE(s string) []byte {
	var b bytes.Buffer
	b.Write([]byte{0xfe, 0xff})
	for _, u := range utf16.Encode([]rune(s)) {
		_ = binary.Write(&b, binary.BigEndian, u)
	}
	return b.Bytes()
}

// binaryPlan is a zip laid out as terraform's plan files are.
func binaryPlan() []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, name := range []string{"tfplan", "tfstate", "tfconfig/main.tf"} {
		f, _ := zw.Create(name)
		_, _ = f.Write([]byte("x"))
	}
	_ = zw.Close()
	return b.Bytes()
}

type writer struct {
	root string
	err  error
}

func (w *writer) fail(err error) {
	if w.err == nil && err != nil {
		w.err = err
	}
}

func (w *writer) raw(rel string, data []byte) {
	p := filepath.Join(w.root, rel)
	w.fail(os.MkdirAll(filepath.Dir(p), 0o755))
	w.fail(os.WriteFile(p, data, 0o644))
}

func (w *writer) file(rel, s string) { w.raw(rel, []byte(s)) }

func (w *writer) exec(rel, s string) {
	w.raw(rel, []byte(s))
	w.fail(os.Chmod(filepath.Join(w.root, rel), 0o755))
}

func (w *writer) symlink(target, rel string) {
	p := filepath.Join(w.root, rel)
	w.fail(os.MkdirAll(filepath.Dir(p), 0o755))
	w.fail(os.Symlink(target, p))
}

// copyTree copies the committed cases.
func (w *writer) copyTree(from, to string) error {
	return filepath.Walk(from, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(from, p)
		if err != nil {
			return err
		}
		dst := filepath.Join(to, rel)
		if info.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		if !info.Mode().IsRegular() {
			return fmt.Errorf("%s: committed cases are regular files only", p)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
}
