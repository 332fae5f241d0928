// Package tfbinary reads binary Terraform plan files (`terraform plan -out
// tfplan`): a zip archive that Terraform does not document as a format. The
// only supported way to read the plan in it is `terraform show -json`, so
// Show runs terraform (or OpenTofu's tofu) for that; IsBinaryPlan recognises
// such a file by content and ConfigFS returns the configuration snapshot the
// archive carries (tfconfig/), laid out as the original directory tree, so
// findings can be placed on .tf lines when the directory is not at hand.
//
// The archive layout read here (Terraform 0.12 to 1.x, OpenTofu):
//
//	tfplan                  the plan (protobuf)
//	tfstate, tfstate-prev   state snapshots
//	tfconfig/modules.json   [{"Key": "", "Dir": "."}, {"Key": "db", "Source": "./modules/db", "Dir": "modules/db"}]
//	tfconfig/m-<Key>/<file> each module's configuration files (m- for the root module)
package tfbinary

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing/fstest"
	"time"
)

// DefaultTimeout bounds one `terraform show -json` run.
const DefaultTimeout = 2 * time.Minute

// MaxConfigBytes bounds the configuration snapshot read by ConfigFS
// (uncompressed).
const MaxConfigBytes = 64 << 20

// maxShowBytes bounds the JSON read from terraform show.
const maxShowBytes = 512 << 20

// EnvBinary names the environment variable that names the program Show
// runs (a name on the PATH or a path).
const EnvBinary = "IACVET_TERRAFORM"

// ErrNoTerraform is returned (wrapped) by Show when no program to read the
// plan with is found.
var ErrNoTerraform = errors.New(`neither terraform nor tofu is on the PATH (set ` + EnvBinary + ` to the program, or run "terraform show -json PLAN > plan.json" and scan the JSON)`)

// IsBinaryPlan reports whether data is a binary plan file: a zip archive
// holding a "tfplan" entry.
func IsBinaryPlan(data []byte) bool {
	if !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return false
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return false
	}
	for _, f := range zr.File {
		if f.Name == "tfplan" {
			return true
		}
	}
	return false
}

// Options tunes ShowWith.
type Options struct {
	// Binary is the program to run. Default: $IACVET_TERRAFORM, else
	// terraform, else tofu, looked up on the PATH.
	Binary string
	// Dir is the initialised Terraform directory whose providers (Dir/
	// .terraform) and lock file terraform needs to render the plan. Default:
	// the plan file's directory. terraform itself runs in a temporary
	// directory.
	Dir string
	// Timeout bounds the run (default DefaultTimeout).
	Timeout time.Duration
}

// Show runs `terraform show -json PATH` (or tofu's) for the plan file in
// its directory and returns the plan JSON. That starts the provider
// binaries installed in the directory's .terraform, so callers run it only
// when the user asked for it (iacvet scan --allow-terraform-show); it runs
// in a temporary working directory (removed after) with a cleared
// environment (see showEnv) and a timeout.
func Show(ctx context.Context, path string) ([]byte, error) {
	return ShowWith(ctx, path, Options{})
}

// FindBinary returns the program Show would run: $IACVET_TERRAFORM, else
// terraform, else tofu on the PATH. The error wraps ErrNoTerraform.
func FindBinary() (string, error) {
	if name := os.Getenv(EnvBinary); name != "" {
		p, err := exec.LookPath(name)
		if err != nil {
			return "", fmt.Errorf("%s=%s: %w: %w", EnvBinary, name, err, ErrNoTerraform)
		}
		return p, nil
	}
	for _, name := range []string{"terraform", "tofu"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", ErrNoTerraform
}

// ShowWith is Show with options.
func ShowWith(ctx context.Context, planPath string, opts Options) ([]byte, error) {
	bin := opts.Binary
	if bin == "" {
		var err error
		if bin, err = FindBinary(); err != nil {
			return nil, fmt.Errorf("read binary plan %s: %w", planPath, err)
		}
	}
	abs, err := filepath.Abs(planPath)
	if err != nil {
		return nil, fmt.Errorf("read binary plan %s: %w", planPath, err)
	}
	dir := opts.Dir
	if dir == "" {
		dir = filepath.Dir(abs)
	}
	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	work, err := os.MkdirTemp("", "iacvet-show-*")
	if err != nil {
		return nil, fmt.Errorf("read binary plan %s: %w", planPath, err)
	}
	defer os.RemoveAll(work)
	if err := copyLockFile(dir, work); err != nil {
		return nil, fmt.Errorf("read binary plan %s: %w", planPath, err)
	}
	cmd := exec.CommandContext(ctx, bin, "show", "-json", "-no-color", abs)
	cmd.Dir = work
	cmd.Env = showEnv(work, dataDir(dir))
	cmd.Stdin = nil
	cmd.WaitDelay = 2 * time.Second
	var stdout limitedBuffer
	stdout.limit = maxShowBytes
	var stderr limitedBuffer
	stderr.limit = 16 << 10
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	name := filepath.Base(bin)
	if err := cmd.Run(); err != nil {
		if ctx.Err() == context.DeadlineExceeded {
			return nil, fmt.Errorf("read binary plan %s: %s show -json timed out after %s", planPath, name, timeout)
		}
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return nil, fmt.Errorf("read binary plan %s: %s show -json: %w: %s", planPath, name, err, msg)
		}
		return nil, fmt.Errorf("read binary plan %s: %s show -json: %w", planPath, name, err)
	}
	if stdout.overflow {
		return nil, fmt.Errorf("read binary plan %s: %s show -json printed more than %d MiB", planPath, name, maxShowBytes>>20)
	}
	out := bytes.TrimSpace(stdout.Bytes())
	if len(out) == 0 || out[0] != '{' || !json.Valid(out) {
		return nil, fmt.Errorf("read binary plan %s: %s show -json printed no plan JSON", planPath, name)
	}
	return out, nil
}

// showEnv is the whole environment terraform runs with. terraform show
// starts the provider plugins of the plan's directory (code that came with
// the repository being scanned), so nothing of iacvet's environment is
// passed on: no AWS_* credentials, no tokens (GITHUB_TOKEN, TF_TOKEN_*,
// ACTIONS_*), no TF_CLI_CONFIG_FILE (a CLI configuration can hold registry
// credentials, and reading an installed plan does not need it). It keeps
// PATH (to find the program), points HOME and TMPDIR at the temporary
// working directory (so ~/.terraformrc and other dotfiles are not read),
// TF_DATA_DIR at the plan directory's .terraform (the installed providers),
// and turns off the version check and prompts.
func showEnv(work, dataDir string) []string {
	return []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + work,
		"TMPDIR=" + work,
		"TF_DATA_DIR=" + dataDir,
		"TF_IN_AUTOMATION=1",
		"TF_INPUT=0",
		"CHECKPOINT_DISABLE=1",
	}
}

// dataDir is the Terraform data directory of dir: $TF_DATA_DIR (relative
// to dir) when set, else dir/.terraform.
func dataDir(dir string) string {
	d := os.Getenv("TF_DATA_DIR")
	if d == "" {
		d = ".terraform"
	}
	if filepath.IsAbs(d) {
		return d
	}
	return filepath.Join(dir, d)
}

// maxLockBytes bounds the dependency lock file copied for terraform show.
const maxLockBytes = 1 << 20

// copyLockFile copies dir/.terraform.lock.hcl (which terraform needs to
// accept the installed providers) into the working directory, when it is a
// regular file.
func copyLockFile(dir, work string) error {
	f, err := os.Open(filepath.Join(dir, ".terraform.lock.hcl"))
	if err != nil {
		return nil // no lock file: terraform says what it misses
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		return nil
	}
	data, err := io.ReadAll(io.LimitReader(f, maxLockBytes+1))
	if err != nil {
		return fmt.Errorf("read .terraform.lock.hcl: %w", err)
	}
	if len(data) > maxLockBytes {
		return fmt.Errorf(".terraform.lock.hcl larger than %d MiB", maxLockBytes>>20)
	}
	return os.WriteFile(filepath.Join(work, ".terraform.lock.hcl"), data, 0o600)
}

// limitedBuffer keeps up to limit bytes and notes whether more came.
type limitedBuffer struct {
	bytes.Buffer
	limit    int
	overflow bool
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if room := b.limit - b.Len(); len(p) > room {
		if room > 0 {
			b.Buffer.Write(p[:room])
		}
		b.overflow = true
		return len(p), nil
	}
	return b.Buffer.Write(p)
}

// module is one entry of tfconfig/modules.json.
type module struct {
	Key    string `json:"Key"`
	Source string `json:"Source"`
	Dir    string `json:"Dir"`
}

// ConfigFS returns the configuration snapshot of a binary plan as a file
// system laid out like the directory the plan was made in: the root
// module's files at ".", each module's files at the directory Terraform
// recorded for it (modules/db, .terraform/modules/vpc). Modules recorded
// outside the root directory (../shared) or at absolute paths cannot be
// placed in it and are left out. Entries that are not regular files or
// whose names are not valid paths are ignored. It fails when data is not a
// zip archive, holds no tfconfig/ snapshot, or its modules.json is damaged.
func ConfigFS(data []byte) (fs.FS, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("read plan archive: %w", err)
	}
	dirs := map[string]string{"": "."}
	var files []*zip.File
	found := false
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "tfconfig/") {
			continue
		}
		found = true
		if f.Name == "tfconfig/modules.json" {
			raw, err := readEntry(f, MaxConfigBytes)
			if err != nil {
				return nil, fmt.Errorf("read plan archive: %s: %w", f.Name, err)
			}
			var mods []module
			if err := json.Unmarshal(raw, &mods); err != nil {
				return nil, fmt.Errorf("read plan archive: %s: %w", f.Name, err)
			}
			for _, m := range mods {
				dirs[m.Key] = m.Dir
			}
			continue
		}
		files = append(files, f)
	}
	if !found {
		return nil, errors.New("read plan archive: no configuration snapshot (tfconfig/)")
	}
	out := fstest.MapFS{}
	total := 0
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	for _, f := range files {
		rest := strings.TrimPrefix(f.Name, "tfconfig/")
		modDir, name, ok := strings.Cut(rest, "/")
		if !ok || !strings.HasPrefix(modDir, "m-") || name == "" || !f.Mode().IsRegular() {
			continue
		}
		dir, ok := dirs[strings.TrimPrefix(modDir, "m-")]
		if !ok {
			continue
		}
		p, ok := placed(dir, name)
		if !ok {
			continue
		}
		if _, dup := out[p]; dup {
			continue
		}
		if total += int(min(f.UncompressedSize64, MaxConfigBytes+1)); total > MaxConfigBytes {
			return nil, fmt.Errorf("read plan archive: configuration snapshot larger than %d MiB", MaxConfigBytes>>20)
		}
		raw, err := readEntry(f, MaxConfigBytes)
		if err != nil {
			return nil, fmt.Errorf("read plan archive: %s: %w", f.Name, err)
		}
		out[p] = &fstest.MapFile{Data: raw, Mode: 0o444}
	}
	return out, nil
}

// placed joins a module directory and a file name into a valid fs.FS path
// inside the root, or reports false.
func placed(dir, name string) (string, bool) {
	dir = filepath.ToSlash(dir)
	if path.IsAbs(dir) || filepath.IsAbs(dir) || filepath.VolumeName(dir) != "" {
		return "", false
	}
	p := path.Clean(path.Join(dir, name))
	if !fs.ValidPath(p) || p == "." || strings.HasPrefix(p, "../") {
		return "", false
	}
	// The name itself must stay inside its module directory.
	if d := path.Clean(dir); d != "." && !strings.HasPrefix(p, d+"/") {
		return "", false
	}
	if strings.Contains(name, "..") && path.Clean(name) != name {
		return "", false
	}
	return p, true
}

func readEntry(f *zip.File, limit int64) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("larger than %d MiB", limit>>20)
	}
	return data, nil
}
