package tfbinary

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"
)

// planJSON is what the fake terraform prints.
const planJSON = `{"format_version":"1.2","terraform_version":"1.11.4","resource_changes":[]}`

type entry struct{ name, body string }

func makeZip(t testing.TB, entries ...entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.Create(e.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(e.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// fakeBin writes an executable shell script named name into dir.
func fakeBin(t *testing.T, dir, name, script string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte("#!/bin/sh\n"+script), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestIsBinaryPlan(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want bool
	}{
		{"plan archive", makeZip(t, entry{"tfplan", "x"}, entry{"tfconfig/m-/main.tf", ""}), true},
		{"zip without tfplan", makeZip(t, entry{"readme.txt", "x"}), false},
		{"plan JSON", []byte(planJSON), false},
		{"zip magic then junk", []byte("PK\x03\x04 not really a zip"), false},
		{"empty", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsBinaryPlan(tt.data); got != tt.want {
				t.Errorf("IsBinaryPlan = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestShowFake runs Show against fake terraform/tofu scripts on a
// temporary PATH: the program chosen, its arguments and working directory,
// and the errors.
func TestShowFake(t *testing.T) {
	planDir := t.TempDir()
	planPath := filepath.Join(planDir, "tfplan")
	if err := os.WriteFile(planPath, makeZip(t, entry{"tfplan", "x"}), 0o644); err != nil {
		t.Fatal(err)
	}
	fixture := filepath.Join(t.TempDir(), "plan.json")
	if err := os.WriteFile(fixture, []byte(planJSON+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A fake that records its name, arguments, directory and environment,
	// then prints the fixture plan.
	recorder := func(log string) string {
		return `echo "${0##*/} $* checkpoint=$CHECKPOINT_DISABLE" > ` + log + "\n/bin/cat " + fixture + "\n"
	}
	type fake struct{ name, script string }
	tests := []struct {
		name    string
		fakes   []fake
		env     string // IACVET_TERRAFORM
		timeout time.Duration
		wantRun string // the recorded line ("" when nothing should run)
		wantErr string
		noTF    bool // error wraps ErrNoTerraform
	}{
		{name: "terraform", fakes: []fake{{"terraform", "REC"}, {"tofu", "exit 3"}}, wantRun: "terraform show -json -no-color " + planPath + " checkpoint=1"},
		{name: "tofu when terraform is absent", fakes: []fake{{"tofu", "REC"}}, wantRun: "tofu show -json -no-color " + planPath + " checkpoint=1"},
		{name: "IACVET_TERRAFORM names the program", fakes: []fake{{"terraform", "exit 3"}, {"my-tf", "REC"}}, env: "my-tf", wantRun: "my-tf show -json -no-color " + planPath + " checkpoint=1"},
		{name: "IACVET_TERRAFORM names a missing program", fakes: []fake{{"terraform", "REC"}}, env: "nope-tf", wantErr: "IACVET_TERRAFORM=nope-tf", noTF: true},
		{name: "neither", wantErr: "neither terraform nor tofu is on the PATH", noTF: true},
		{name: "show fails", fakes: []fake{{"terraform", `echo "Error: Failed to read plan from plan file" >&2; exit 1`}}, wantErr: "terraform show -json: exit status 1: Error: Failed to read plan from plan file"},
		{name: "not JSON", fakes: []fake{{"terraform", `echo "Terraform will perform the following actions"`}}, wantErr: "printed no plan JSON"},
		{name: "hangs", fakes: []fake{{"terraform", `exec /bin/sleep 30`}}, timeout: 200 * time.Millisecond, wantErr: "timed out after 200ms"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bin := t.TempDir()
			log := filepath.Join(t.TempDir(), "run.log")
			for _, f := range tt.fakes {
				fakeBin(t, bin, f.name, strings.ReplaceAll(f.script, "REC", recorder(log)))
			}
			t.Setenv("PATH", bin)
			t.Setenv(EnvBinary, tt.env)
			t.Setenv("CHECKPOINT_DISABLE", "")
			os.Unsetenv("CHECKPOINT_DISABLE")
			out, err := ShowWith(context.Background(), planPath, Options{Timeout: tt.timeout})
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want it to contain %q", err, tt.wantErr)
				}
				if got := errors.Is(err, ErrNoTerraform); got != tt.noTF {
					t.Errorf("errors.Is(err, ErrNoTerraform) = %v, want %v", got, tt.noTF)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(planJSON, string(out)); diff != "" {
				t.Errorf("output (-want +got):\n%s", diff)
			}
			rec, err := os.ReadFile(log)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.wantRun, strings.TrimSpace(string(rec))); diff != "" {
				t.Errorf("run (-want +got):\n%s", diff)
			}
		})
	}
}

// TestShowDir: Options.Dir names the Terraform directory whose
// .terraform and lock file terraform uses; terraform runs elsewhere.
func TestShowDir(t *testing.T) {
	bin, work := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(work, ".terraform.lock.hcl"), []byte("# lock\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	fakeBin(t, bin, "terraform", `echo "{\"format_version\":\"1.2\",\"data\":\"$TF_DATA_DIR\",\"lock\":\"$(/bin/cat .terraform.lock.hcl)\"}"`)
	t.Setenv("PATH", bin)
	t.Setenv(EnvBinary, "")
	t.Setenv("TF_DATA_DIR", "")
	out, err := ShowWith(context.Background(), filepath.Join(t.TempDir(), "tfplan"), Options{Dir: work})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"format_version":"1.2","data":"` + filepath.Join(work, ".terraform") + `","lock":"# lock"}`; string(out) != want {
		t.Errorf("got %s, want %s", out, want)
	}
}

// TestShowEnvironment: terraform show starts the repository's provider
// plugins, so it gets none of iacvet's environment (credentials, tokens,
// CLI configuration) and runs in a temporary directory removed after.
func TestShowEnvironment(t *testing.T) {
	bin, planDir, logDir := t.TempDir(), t.TempDir(), t.TempDir()
	planPath := filepath.Join(planDir, "tfplan")
	envLog, cwdLog := filepath.Join(logDir, "env"), filepath.Join(logDir, "cwd")
	fakeBin(t, bin, "terraform", "/usr/bin/env > "+envLog+"\npwd -P > "+cwdLog+"\necho '"+planJSON+"'\n")
	t.Setenv("PATH", bin+string(os.PathListSeparator)+"/usr/bin:/bin")
	t.Setenv(EnvBinary, "")
	t.Setenv("TF_DATA_DIR", "")
	for k, v := range map[string]string{
		"AWS_ACCESS_KEY_ID": "AKIAFAKE", "AWS_SECRET_ACCESS_KEY": "secret", "AWS_SESSION_TOKEN": "tok",
		"AWS_PROFILE": "prod", "GITHUB_TOKEN": "ghs_x", "ACTIONS_ID_TOKEN_REQUEST_TOKEN": "oidc",
		"TF_TOKEN_app_terraform_io": "tfc", "TF_CLI_CONFIG_FILE": filepath.Join(planDir, "x.tfrc"),
		"GOOGLE_APPLICATION_CREDENTIALS": "/k.json", "HOME": planDir,
	} {
		t.Setenv(k, v)
	}
	if _, err := ShowWith(context.Background(), planPath, Options{}); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(envLog)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		k, v, _ := strings.Cut(line, "=")
		got[k] = v
	}
	cwd, err := os.ReadFile(cwdLog)
	if err != nil {
		t.Fatal(err)
	}
	dir := strings.TrimSpace(string(cwd))
	// The shell may add PWD, SHLVL and _; nothing else may appear.
	for _, k := range []string{"PWD", "SHLVL", "_", "OLDPWD"} {
		delete(got, k)
	}
	want := map[string]string{
		"PATH": os.Getenv("PATH"), "HOME": got["HOME"], "TMPDIR": got["HOME"],
		"TF_DATA_DIR": filepath.Join(planDir, ".terraform"), "TF_IN_AUTOMATION": "1", "TF_INPUT": "0", "CHECKPOINT_DISABLE": "1",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("environment (-want +got):\n%s", diff)
	}
	tmp, _ := filepath.EvalSymlinks(os.TempDir())
	if filepath.Base(got["HOME"]) != filepath.Base(dir) || !strings.HasPrefix(dir, tmp+string(filepath.Separator)) || !strings.HasPrefix(filepath.Base(dir), "iacvet-show-") {
		t.Errorf("ran in %s (HOME %s), want a fresh directory under %s", dir, got["HOME"], tmp)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("working directory %s not removed: %v", dir, err)
	}
}

// TestShowReal makes a real binary plan with terraform or tofu (a
// configuration of the built-in terraform_data resource only, so init
// needs no provider download) and reads it back with Show and ConfigFS.
func TestShowReal(t *testing.T) {
	bin, err := FindBinary()
	if err != nil {
		t.Skipf("skipping the real run: %v", err)
	}
	dir := t.TempDir()
	mainTF := "resource \"terraform_data\" \"web\" {\n  input = \"hello\"\n}\n\nmodule \"db\" {\n  source = \"./modules/db\"\n}\n"
	modTF := "resource \"terraform_data\" \"db\" {\n  input = 42\n}\n"
	if err := os.MkdirAll(filepath.Join(dir, "modules", "db"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(mainTF), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "modules", "db", "main.tf"), []byte(modTF), 0o644); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(), "CHECKPOINT_DISABLE=1", "TF_IN_AUTOMATION=1", "TF_CLI_CONFIG_FILE="+filepath.Join(dir, "none.tfrc"), "TF_DATA_DIR="+filepath.Join(dir, ".terraform"))
	for _, args := range [][]string{{"init", "-input=false", "-no-color", "-backend=false"}, {"plan", "-input=false", "-no-color", "-out", "tfplan"}} {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		cmd := exec.CommandContext(ctx, bin, args...)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		cancel()
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", filepath.Base(bin), args[0], err, out)
		}
	}
	planPath := filepath.Join(dir, "tfplan")
	data, err := os.ReadFile(planPath)
	if err != nil {
		t.Fatal(err)
	}
	if !IsBinaryPlan(data) {
		t.Fatal("IsBinaryPlan(real plan) = false")
	}
	out, err := Show(context.Background(), planPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"format_version"`, `"terraform_data.web"`, `"module.db.terraform_data.db"`} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("show -json output lacks %s", want)
		}
	}
	fsys, err := ConfigFS(data)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, p := range []string{"main.tf", "modules/db/main.tf"} {
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			t.Fatal(err)
		}
		got[p] = string(b)
	}
	if diff := cmp.Diff(map[string]string{"main.tf": mainTF, "modules/db/main.tf": modTF}, got); diff != "" {
		t.Errorf("snapshot (-want +got):\n%s", diff)
	}
}

func TestConfigFS(t *testing.T) {
	modules := `[
  {"Key": "", "Dir": "."},
  {"Key": "db", "Source": "./modules/db", "Dir": "modules/db"},
  {"Key": "db.backup", "Source": "./backup", "Dir": "modules/db/backup"},
  {"Key": "vpc", "Source": "terraform-aws-modules/vpc/aws", "Dir": ".terraform/modules/vpc"},
  {"Key": "shared", "Source": "../shared", "Dir": "../shared"},
  {"Key": "abs", "Source": "/opt/mod", "Dir": "/opt/mod"}
]`
	data := makeZip(t,
		entry{"tfplan", "protobuf"},
		entry{"tfstate", "{}"},
		entry{"tfconfig/modules.json", modules},
		entry{"tfconfig/m-/main.tf", "root main"},
		entry{"tfconfig/m-/variables.tf", "root vars"},
		entry{"tfconfig/m-db/main.tf", "db main"},
		entry{"tfconfig/m-db.backup/main.tf", "backup main"},
		entry{"tfconfig/m-vpc/main.tf", "vpc main"},
		entry{"tfconfig/m-shared/main.tf", "outside the root"},
		entry{"tfconfig/m-abs/main.tf", "absolute"},
		entry{"tfconfig/m-unknown/main.tf", "no modules.json entry"},
		entry{"tfconfig/m-/../../evil.tf", "escapes"},
		entry{"tfconfig/m-db/../../../evil.tf", "escapes"},
		entry{"tfconfig/stray.tf", "not in a module directory"},
		entry{".terraform.lock.hcl", "lock"},
	)
	fsys, err := ConfigFS(data)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		got[p] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"main.tf":                        "root main",
		"variables.tf":                   "root vars",
		"modules/db/main.tf":             "db main",
		"modules/db/backup/main.tf":      "backup main",
		".terraform/modules/vpc/main.tf": "vpc main",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	if err := fstest.TestFS(fsys, "main.tf", "modules/db/backup/main.tf"); err != nil {
		t.Error(err)
	}
}

func TestConfigFSErrors(t *testing.T) {
	tests := []struct {
		name    string
		data    []byte
		wantErr string
	}{
		{"not a zip", []byte(planJSON), "read plan archive: zip: not a valid zip file"},
		{"no snapshot", makeZip(t, entry{"tfplan", "x"}), "no configuration snapshot"},
		{"damaged modules.json", makeZip(t, entry{"tfplan", "x"}, entry{"tfconfig/modules.json", "[{"}), "tfconfig/modules.json: unexpected end of JSON input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ConfigFS(tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.wantErr)
			}
		})
	}
}

// TestConfigFSWithoutModulesJSON: very old archives have no modules.json;
// the root module is still placed.
func TestConfigFSWithoutModulesJSON(t *testing.T) {
	fsys, err := ConfigFS(makeZip(t, entry{"tfplan", "x"}, entry{"tfconfig/m-/main.tf", "root"}, entry{"tfconfig/m-db/main.tf", "db"}))
	if err != nil {
		t.Fatal(err)
	}
	if b, err := fs.ReadFile(fsys, "main.tf"); err != nil || string(b) != "root" {
		t.Errorf("main.tf = %q, %v", b, err)
	}
	if _, err := fs.Stat(fsys, "m-db/main.tf"); err == nil {
		t.Error("a module without a recorded directory was placed")
	}
}

func FuzzConfigFS(f *testing.F) {
	f.Add(makeZip(f, entry{"tfplan", "x"}, entry{"tfconfig/modules.json", `[{"Key":"","Dir":"."},{"Key":"a","Dir":"a"}]`}, entry{"tfconfig/m-/main.tf", "x"}, entry{"tfconfig/m-a/b.tf", "y"}))
	f.Add(makeZip(f, entry{"tfconfig/modules.json", `[{"Key":"","Dir":"../.."}]`}, entry{"tfconfig/m-/../x.tf", "x"}))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		IsBinaryPlan(data)
		fsys, err := ConfigFS(data)
		if err != nil {
			return
		}
		_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if !fs.ValidPath(p) {
				t.Fatalf("invalid path %q", p)
			}
			return nil
		})
	})
}
