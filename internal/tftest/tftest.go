// Package tftest runs the real terraform offline for tests: it finds a
// filesystem mirror holding the hashicorp/aws provider, writes a CLI
// configuration that installs providers only from it, and runs terraform
// with an environment that reaches no account, backend or registry. Tests
// that use it skip when terraform or a mirror is not on the machine.
package tftest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// mirrorDirs are where a provider mirror is usually found.
var mirrorDirs = []string{"/opt/tf-plugins", "/usr/share/terraform/plugins", "/usr/local/share/terraform/plugins"}

// Mirror returns a filesystem mirror holding registry.terraform.io/hashicorp/aws:
// $IACVET_TF_MIRROR (or $IACVET_TF_PLUGINS) when set, else the usual
// directories and ~/.terraform.d/plugins; "" when there is none.
func Mirror() string {
	cands := mirrorDirs
	for _, env := range []string{"IACVET_TF_MIRROR", "IACVET_TF_PLUGINS"} {
		if d := os.Getenv(env); d != "" {
			cands = []string{d}
			break
		}
	}
	if home, err := os.UserHomeDir(); err == nil {
		cands = append(cands, filepath.Join(home, ".terraform.d", "plugins"))
	}
	for _, d := range cands {
		if st, err := os.Stat(filepath.Join(d, "registry.terraform.io", "hashicorp", "aws")); err == nil && st.IsDir() {
			return d
		}
	}
	return ""
}

// Terraform returns the terraform on the PATH and a mirror, or why not.
func Terraform() (bin, mirror string, why string) {
	bin, err := exec.LookPath("terraform")
	if err != nil {
		return "", "", "terraform is not on the PATH"
	}
	if mirror = Mirror(); mirror == "" {
		return "", "", "no provider mirror with registry.terraform.io/hashicorp/aws (set IACVET_TF_MIRROR)"
	}
	return bin, mirror, ""
}

// WriteCLIConfig writes a terraform CLI configuration at path that installs
// providers from mirror only.
func WriteCLIConfig(path, mirror string) error {
	cfg := fmt.Sprintf("provider_installation {\n  filesystem_mirror {\n    path    = %q\n    include = [\"registry.terraform.io/*/*\"]\n  }\n  direct {\n    exclude = [\"registry.terraform.io/*/*\"]\n  }\n}\n", mirror)
	return os.WriteFile(path, []byte(cfg), 0o644)
}

// Env is the process environment for terraform with the CLI configuration
// rc: no checkpoint calls, no workspace, data directory or profile of the
// user's.
func Env(rc string) []string {
	return append(os.Environ(), "TF_CLI_CONFIG_FILE="+rc, "CHECKPOINT_DISABLE=1", "TF_IN_AUTOMATION=1",
		"TF_DATA_DIR=", "TF_WORKSPACE=", "TF_LOG=", "AWS_PROFILE=", "AWS_CONFIG_FILE=/dev/null", "AWS_SHARED_CREDENTIALS_FILE=/dev/null")
}

// Run runs terraform in dir and returns its standard output; the error
// carries both outputs.
func Run(ctx context.Context, bin, dir string, env []string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir, cmd.Env = dir, env
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("terraform %s in %s: %v\n%s%s", strings.Join(args, " "), dir, err, stdout.String(), stderr.String())
	}
	return []byte(stdout.String()), nil
}
