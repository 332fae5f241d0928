package scan

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// Changes are the files a git diff touches: what --changed-since narrows
// a scan to.
type Changes struct {
	// Ref is the revision compared with HEAD.
	Ref string
	// Files are absolute, clean paths; deleted files included.
	Files []string
}

// GitTimeout bounds each git command ChangedSince runs.
const GitTimeout = 30 * time.Second

// ChangedSince lists the files `git diff --name-only REF...HEAD` names in
// the repository holding dir: what changed on this branch since it left
// REF. git runs as a subprocess with a deadline and no shell; it compares
// two commits, so no work-tree hook, filter or external diff of the
// repository runs (they are switched off besides).
func ChangedSince(ctx context.Context, dir, ref string) (*Changes, error) {
	if ref == "" || strings.HasPrefix(ref, "-") {
		return nil, fmt.Errorf("--changed-since %q: want a git revision (a branch, a tag or a commit)", ref)
	}
	git, err := exec.LookPath("git")
	if err != nil {
		return nil, fmt.Errorf("--changed-since needs git, which is not installed or not on PATH")
	}
	top, err := runGit(ctx, git, dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, fmt.Errorf("--changed-since: %s is not in a git repository: %v", dir, err)
	}
	if _, err := runGit(ctx, git, dir, "rev-parse", "--verify", "--quiet", "--end-of-options", ref+"^{commit}"); err != nil {
		return nil, fmt.Errorf("--changed-since %s: no such revision in this repository (in CI, fetch it first: a shallow clone lacks the base branch)", ref)
	}
	out, err := runGit(ctx, git, dir, "diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", "--no-textconv", ref+"...HEAD", "--")
	if err != nil {
		return nil, fmt.Errorf("--changed-since %s: git diff: %v", ref, err)
	}
	root := strings.TrimRight(string(top), "\r\n")
	ch := &Changes{Ref: ref}
	for _, name := range strings.Split(string(out), "\x00") {
		if name != "" {
			ch.Files = append(ch.Files, filepath.Clean(filepath.Join(root, filepath.FromSlash(name))))
		}
	}
	return ch, nil
}

// runGit runs one git command in dir and returns its standard output.
func runGit(ctx context.Context, git, dir string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, GitTimeout)
	defer cancel()
	full := append([]string{"-C", dir, "-c", "core.fsmonitor=false", "--no-pager"}, args...)
	cmd := exec.CommandContext(ctx, git, full...)
	cmd.Env = append(os.Environ(), "GIT_TERMINAL_PROMPT=0", "GIT_OPTIONAL_LOCKS=0")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, fmt.Errorf("git %s: no answer in %s", args[0], GitTimeout)
		}
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return nil, errors.New(msg)
		}
		return nil, err
	}
	return stdout.Bytes(), nil
}

// selectChanged keeps the inputs the changes touch: a file input that
// changed; a Terraform root module with a changed file in its directory
// (below it too, unless in a directory of its own module or input: a
// template read with templatefile, say) or in a local module it calls,
// directly or through other local modules; a cdk.out directory with a
// changed file. A deleted input is not collected, so it is simply gone.
func selectChanged(inputs []*input, ch *Changes) []*input {
	// git names files by the repository's real path.
	abs := func(p string) string {
		a, err := filepath.Abs(p)
		if err != nil {
			return filepath.Clean(p)
		}
		if real, err := filepath.EvalSymlinks(a); err == nil {
			return real
		}
		return a
	}
	owners := map[string]bool{} // directories whose files belong to an input or module
	reach := make([][]string, len(inputs))
	for i, in := range inputs {
		if in.fsPath == "" {
			continue
		}
		switch in.kind {
		case KindTerraform:
			dir := abs(in.fsPath)
			owners[dir] = true
			reach[i] = localModulesOf(dir)
			for _, m := range reach[i] {
				owners[m] = true
			}
		case KindCDK:
			owners[abs(in.fsPath)] = true
		}
	}
	files := map[string]bool{}
	touched := map[string]bool{}
	for _, f := range ch.Files {
		files[f] = true
		for d := filepath.Dir(f); ; d = filepath.Dir(d) {
			if owners[d] {
				touched[d] = true
				break
			}
			if d == filepath.Dir(d) {
				break
			}
		}
	}
	var out []*input
	for i, in := range inputs {
		keep := false
		switch {
		case in.fsPath == "":
			keep = true // stdin is what the caller chose to scan
		case in.kind == KindTerraform:
			keep = touched[abs(in.fsPath)]
			for _, m := range reach[i] {
				keep = keep || touched[m]
			}
		case in.kind == KindCDK:
			keep = touched[abs(in.fsPath)]
		default:
			keep = files[abs(in.fsPath)]
		}
		if keep {
			out = append(out, in)
		}
	}
	return out
}

// localModulesOf lists the local module directories ("./..." and "../..."
// sources) a module directory calls, directly or through other local
// modules, whether they exist or not (a deleted module is a change of its
// callers).
func localModulesOf(dir string) []string {
	seen := map[string]bool{dir: true}
	var out []string
	var visit func(string)
	visit = func(d string) {
		entries, err := os.ReadDir(d)
		if err != nil {
			return
		}
		for _, e := range entries {
			n := e.Name()
			if e.IsDir() || !(strings.HasSuffix(n, ".tf") || strings.HasSuffix(n, ".tf.json")) {
				continue
			}
			data, err := os.ReadFile(filepath.Join(d, n))
			if err != nil {
				continue
			}
			for _, m := range moduleSourceRe.FindAllSubmatch(data, -1) {
				to := filepath.Clean(filepath.Join(d, filepath.FromSlash(string(m[1]))))
				if !seen[to] {
					seen[to] = true
					out = append(out, to)
					visit(to)
				}
			}
		}
	}
	visit(dir)
	return out
}
