package scan

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// gitRepo makes a repository in a temporary directory with git's own
// configuration only (no user or system settings).
func gitRepo(t *testing.T) (dir string, git func(args ...string)) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir = t.TempDir()
	t.Setenv("HOME", t.TempDir())
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	t.Setenv("GIT_CONFIG_GLOBAL", filepath.Join(t.TempDir(), "none"))
	git = func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"}, args...)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	git("init", "-q", "-b", "main")
	return dir, git
}

func writeFiles(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestChangedSince: the inputs a branch touches are those with a changed
// file, the root modules calling a changed local module (through another
// one too) and none that are deleted; what is not committed does not
// count; an unknown revision and a missing git are errors.
func TestChangedSince(t *testing.T) {
	dir, git := gitRepo(t)
	// git names files by the repository's real path.
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	queue := "resource \"aws_sqs_queue\" \"q\" {\n  name = \"q\"\n}\n"
	tmpl := "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  B:\n    Type: AWS::S3::Bucket\n"
	writeFiles(t, dir, map[string]string{
		"modules/net/main.tf":         "resource \"aws_vpc\" \"v\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n",
		"modules/app/main.tf":         "module \"net\" {\n  source = \"../net\"\n}\n",
		"stacks/a/main.tf":            "module \"app\" {\n  source = \"../../modules/app\"\n}\n",
		"stacks/b/main.tf":            queue,
		"stacks/c/main.tf":            "resource \"aws_sqs_queue\" \"q\" {\n  name = templatefile(\"${path.module}/templates/name.tpl\", {})\n}\n",
		"stacks/c/templates/name.tpl": "queue-c",
		"stacks/d/main.tf":            "module \"gone\" {\n  source = \"../../modules/gone\"\n}\n",
		"modules/gone/main.tf":        queue,
		"cfn/kept.yaml":               tmpl,
		"cfn/old.yaml":                tmpl,
		"docs/readme.md":              "# infra\n",
	})
	git("add", "-A")
	git("commit", "-q", "-m", "base")
	git("checkout", "-q", "-b", "feature")
	writeFiles(t, dir, map[string]string{
		"modules/net/main.tf":         "resource \"aws_vpc\" \"v\" {\n  cidr_block = \"10.1.0.0/16\"\n}\n",
		"stacks/c/templates/name.tpl": "queue-c2",
		"docs/readme.md":              "# infra, edited\n",
	})
	if err := os.Remove(filepath.Join(dir, "cfn", "old.yaml")); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(filepath.Join(dir, "modules", "gone")); err != nil {
		t.Fatal(err)
	}
	git("add", "-A")
	git("commit", "-q", "-m", "feature")
	// Not committed: not part of REF...HEAD.
	writeFiles(t, dir, map[string]string{"stacks/b/main.tf": queue + "# wip\n"})

	t.Chdir(dir)
	ch, err := ChangedSince(context.Background(), ".", "main")
	if err != nil {
		t.Fatal(err)
	}
	var rel []string
	for _, f := range ch.Files {
		r, _ := filepath.Rel(dir, f)
		rel = append(rel, filepath.ToSlash(r))
	}
	sort.Strings(rel)
	wantFiles := []string{"cfn/old.yaml", "docs/readme.md", "modules/gone/main.tf", "modules/net/main.tf", "stacks/c/templates/name.tpl"}
	if diff := cmp.Diff(wantFiles, rel); diff != "" {
		t.Errorf("changed files (-want +got):\n%s", diff)
	}
	inputs, _ := collect([]string{"."}, nil, nil)
	var got []string
	for _, in := range selectChanged(inputs, ch) {
		got = append(got, in.path)
	}
	sort.Strings(got)
	if diff := cmp.Diff([]string{"stacks/a", "stacks/c", "stacks/d"}, got); diff != "" {
		t.Errorf("inputs scanned (-want +got):\n%s", diff)
	}

	if _, err := ChangedSince(context.Background(), ".", "no-such-branch"); err == nil || !strings.Contains(err.Error(), "no such revision") {
		t.Errorf("unknown revision: %v", err)
	}
	if _, err := ChangedSince(context.Background(), ".", "--output=changes.txt"); err == nil {
		t.Error("an option given as the revision was run")
	}
	t.Setenv("PATH", t.TempDir())
	if _, err := ChangedSince(context.Background(), ".", "main"); err == nil || !strings.Contains(err.Error(), "needs git") {
		t.Errorf("without git: %v", err)
	}
}
