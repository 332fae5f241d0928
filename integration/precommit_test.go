package integration

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const badTF = `resource "aws_security_group" "ssh" {
  name = "ssh"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`

const goodTF = `resource "aws_security_group" "ssh" {
  name = "ssh"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}
`

const badCFN = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Ssh:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ssh
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/0
`

const goodCFN = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Ssh:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ssh
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 10.0.0.0/16
`

func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = env([]string{"GIT_*"}, "GIT_AUTHOR_NAME=iacvet test", "GIT_AUTHOR_EMAIL=test@iacvet.invalid",
		"GIT_COMMITTER_NAME=iacvet test", "GIT_COMMITTER_EMAIL=test@iacvet.invalid", "GIT_CONFIG_NOSYSTEM=1", "HOME="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

// hookRepo makes a one-commit git repository of this module's tracked
// files as they are in the working tree: what `pre-commit try-repo` makes
// of a checkout with changes, made once so every run reuses one install.
func hookRepo(t *testing.T) (dir, rev string) {
	dir = t.TempDir()
	files := strings.Split(strings.TrimRight(git(t, repoRoot, "ls-files", "-z"), "\x00"), "\x00")
	n := 0
	for _, f := range files {
		src := filepath.Join(repoRoot, filepath.FromSlash(f))
		st, err := os.Lstat(src)
		if err != nil || !st.Mode().IsRegular() {
			continue // deleted in the working tree
		}
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(dir, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, data, st.Mode().Perm()); err != nil {
			t.Fatal(err)
		}
		n++
	}
	if _, err := os.Stat(filepath.Join(dir, ".pre-commit-hooks.yaml")); err != nil {
		t.Fatalf(".pre-commit-hooks.yaml is not tracked: %v", err)
	}
	git(t, dir, "init", "-q")
	git(t, dir, "add", "-A")
	git(t, dir, "commit", "-q", "-m", "snapshot")
	return dir, git(t, dir, "rev-parse", "HEAD")
}

// TestPreCommitHooks runs the hooks of .pre-commit-hooks.yaml through the
// real pre-commit, which builds iacvet with `go install ./...`
// (language: golang) from the machine's module cache: a bad Terraform file
// and a bad CloudFormation template fail their hooks with iacvet's
// findings; fixed, they pass.
func TestPreCommitHooks(t *testing.T) {
	preCommit, err := exec.LookPath("pre-commit")
	if err != nil {
		t.Skip("pre-commit is not installed (Debian package pre-commit; .ci/run installs it)")
	}
	if testing.Short() {
		t.Skip("builds iacvet through pre-commit; skipped with -short")
	}
	goEnv := func(k string) string {
		out, err := exec.Command("go", "env", k).Output()
		if err != nil {
			t.Fatal(err)
		}
		return strings.TrimSpace(string(out))
	}
	hooks, rev := hookRepo(t)
	home := t.TempDir()
	// Offline-safe: the module cache and build cache of the machine, modules
	// resolved from it (-mod=mod tolerates a go.sum behind go.mod);
	// not -trimpath: it would miss the build cache go test just filled and
	// rebuild every dependency (3m42s measured on 2 cores).
	// GOPROXY stays as configured.
	runEnv := env([]string{"PRE_COMMIT*", "GOFLAGS", "GOMODCACHE", "GOCACHE", "GIT_*"},
		"PRE_COMMIT_HOME="+filepath.Join(home, "pre-commit"),
		"GOFLAGS="+strings.TrimSpace(goEnv("GOFLAGS")+" -mod=mod"),
		"GOMODCACHE="+goEnv("GOMODCACHE"),
		"GOCACHE="+goEnv("GOCACHE"),
		"NO_COLOR=1",
		"GIT_AUTHOR_NAME=iacvet test", "GIT_AUTHOR_EMAIL=test@iacvet.invalid",
		"GIT_COMMITTER_NAME=iacvet test", "GIT_COMMITTER_EMAIL=test@iacvet.invalid",
	)

	proj := t.TempDir()
	git(t, proj, "init", "-q")
	write := func(files map[string]string) {
		writeFiles(t, proj, files)
		git(t, proj, "add", "-A")
	}
	// `pre-commit try-repo REPO HOOK --ref REV --files ...` writes this very
	// configuration into a temporary store and runs it, so it builds the hook
	// environment again on every call (7-30 s each here); `pre-commit run`
	// with the configuration (what users have: examples/pre-commit-config.yaml)
	// builds it once into PRE_COMMIT_HOME, so the test uses that.
	writeFiles(t, proj, map[string]string{".pre-commit-config.yaml": "repos:\n  - repo: " + hooks + "\n    rev: " + rev +
		"\n    hooks:\n      - id: iacvet-terraform\n      - id: iacvet-cloudformation\n        exclude: ^\\.pre-commit-config\\.yaml$\n"})
	preCommitRun := func(args ...string) (bool, string, time.Duration) {
		cmd := exec.Command(preCommit, args...)
		cmd.Dir, cmd.Env = proj, runEnv
		start := time.Now()
		out, err := cmd.CombinedOutput()
		if err != nil {
			if _, ok := err.(*exec.ExitError); !ok {
				t.Fatalf("pre-commit: %v\n%s", err, out)
			}
		}
		return err == nil, string(out), time.Since(start)
	}
	run := func(hook string, files ...string) (bool, string, time.Duration) {
		return preCommitRun(append([]string{"run", hook, "--color", "never", "--verbose", "--files"}, files...)...)
	}

	write(map[string]string{"infra/main.tf": badTF, "stacks/app.yaml": badCFN, "config/settings.yaml": "name: app\nreplicas: 2\n", "package.json": `{"name": "app"}`})

	// The first run installs the hook environment: go install ./...
	ok, out, took := run("iacvet-terraform", "infra/main.tf")
	t.Logf("first pre-commit run, with the hook's go install: %s", took.Round(100*time.Millisecond))
	if ok || !strings.Contains(out, "AWS-EC2-001") || !strings.Contains(out, "infra/main.tf") {
		t.Fatalf("iacvet-terraform on a bad .tf file: passed=%v, want a failure with AWS-EC2-001 at infra/main.tf:\n%s", ok, out)
	}
	ok, out, _ = run("iacvet-cloudformation", "stacks/app.yaml", "config/settings.yaml", "package.json")
	if ok || !strings.Contains(out, "AWS-EC2-001") || !strings.Contains(out, "stacks/app.yaml") {
		t.Errorf("iacvet-cloudformation on a bad template: passed=%v, want a failure with AWS-EC2-001 at stacks/app.yaml:\n%s", ok, out)
	}

	// Two files of one directory: one scan of the directory, each finding once.
	write(map[string]string{"infra/variables.tf": "variable \"name\" {\n  default = \"ssh\"\n}\n"})
	ok, out, _ = run("iacvet-terraform", "infra/main.tf", "infra/variables.tf")
	if n := strings.Count(out, "AWS-EC2-001"); ok || n != 1 {
		t.Errorf("iacvet-terraform on two files of one directory: passed=%v, AWS-EC2-001 %d times, want a failure with it once:\n%s", ok, n, out)
	}

	write(map[string]string{"infra/main.tf": goodTF, "stacks/app.yaml": goodCFN})
	ok, out, took = run("iacvet-terraform", "infra/main.tf")
	t.Logf("later pre-commit run: %s", took.Round(100*time.Millisecond))
	if !ok || !strings.Contains(out, "Passed") {
		t.Errorf("iacvet-terraform on a fixed .tf file failed:\n%s", out)
	}
	// JSON and YAML files that are not templates are skipped quietly.
	ok, out, _ = run("iacvet-cloudformation", "stacks/app.yaml", "config/settings.yaml", "package.json")
	if !ok || !strings.Contains(out, "Passed") {
		t.Errorf("iacvet-cloudformation on a fixed template and non-template files failed:\n%s", out)
	}
	// A commit touching only JSON/YAML files that are not templates passes.
	ok, out, _ = run("iacvet-cloudformation", "config/settings.yaml", "package.json")
	if !ok {
		t.Errorf("iacvet-cloudformation on non-template files only failed:\n%s", out)
	}
	// The hooks' file filters: the Terraform hook takes no YAML, the
	// CloudFormation hook no .tf.
	ok, out, _ = run("iacvet-terraform", "stacks/app.yaml")
	if !ok || !strings.Contains(out, "(no files to check)") {
		t.Errorf("iacvet-terraform ran on a YAML file:\n%s", out)
	}
}
