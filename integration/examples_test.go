package integration

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

func readYAML(t *testing.T, rel string, v any) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot, rel))
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
}

type hook struct {
	ID, Name, Entry, Language, Files string
	TypesOr                          []string `yaml:"types_or"`
	RequireSerial                    bool     `yaml:"require_serial"`
}

// TestExamplesMatch checks that the example files use what exists: the
// workflow's inputs and outputs are the action's, the pre-commit
// configuration's hook ids are the repository's hooks.
func TestExamplesMatch(t *testing.T) {
	action := loadAction(t, filepath.Join(repoRoot, "action.yml"))
	inputs := action["inputs"].(map[string]any)
	outputs := action["outputs"].(map[string]any)

	var wf struct {
		Jobs map[string]struct {
			Steps []struct {
				ID   string         `yaml:"id"`
				Uses string         `yaml:"uses"`
				With map[string]any `yaml:"with"`
				Run  string         `yaml:"run"`
			} `yaml:"steps"`
		} `yaml:"jobs"`
	}
	readYAML(t, "examples/github-workflow.yml", &wf)
	used := 0
	outRe := regexp.MustCompile(`steps\.iacvet\.outputs\.([a-z-]+)`)
	for _, job := range wf.Jobs {
		for _, st := range job.Steps {
			if strings.HasPrefix(st.Uses, "iacvet/iacvet@") {
				used++
				for k := range st.With {
					if _, ok := inputs[k]; !ok {
						t.Errorf("examples/github-workflow.yml: input %s is not in action.yml", k)
					}
				}
			}
			for _, m := range outRe.FindAllStringSubmatch(st.Run, -1) {
				if _, ok := outputs[m[1]]; !ok {
					t.Errorf("examples/github-workflow.yml: output %s is not in action.yml", m[1])
				}
			}
		}
	}
	if used != 1 {
		t.Errorf("examples/github-workflow.yml uses the action %d times, want 1", used)
	}

	var hooks []hook
	readYAML(t, ".pre-commit-hooks.yaml", &hooks)
	ids := map[string]bool{}
	for _, h := range hooks {
		ids[h.ID] = true
		if h.Language != "golang" || !strings.HasPrefix(h.Entry, "iacvet scan") || !h.RequireSerial {
			t.Errorf("hook %s: language %q, entry %q, require_serial %v", h.ID, h.Language, h.Entry, h.RequireSerial)
		}
	}
	var cfg struct {
		Repos []struct {
			Hooks []struct{ ID string } `yaml:"hooks"`
		} `yaml:"repos"`
	}
	readYAML(t, "examples/pre-commit-config.yaml", &cfg)
	for _, r := range cfg.Repos {
		for _, h := range r.Hooks {
			if !ids[h.ID] {
				t.Errorf("examples/pre-commit-config.yaml: hook %s is not in .pre-commit-hooks.yaml", h.ID)
			}
		}
	}
}

// TestFlagsExist checks that every flag the hooks, the action's scan step
// and the examples pass to `iacvet scan` is one the command has.
func TestFlagsExist(t *testing.T) {
	help, err := exec.Command(iacvetBin, "scan", "--help").CombinedOutput()
	if err != nil {
		t.Fatalf("iacvet scan --help: %v\n%s", err, help)
	}
	known := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^\s+(?:-\w, )?(--[a-z][a-z0-9-]*)`).FindAllStringSubmatch(string(help), -1) {
		known[m[1]] = true
	}
	if !known["--format"] {
		t.Fatalf("could not read the flags from --help:\n%s", help)
	}
	var hooks []hook
	readYAML(t, ".pre-commit-hooks.yaml", &hooks)
	sources := map[string]string{}
	for _, h := range hooks {
		sources[".pre-commit-hooks.yaml "+h.ID] = h.Entry
	}
	for _, f := range []string{"scripts/action/scan.sh", "examples/atlantis.yaml", "examples/pre-commit-config.yaml"} {
		data, err := os.ReadFile(filepath.Join(repoRoot, f))
		if err != nil {
			t.Fatal(err)
		}
		sources[f] = string(data)
	}
	flagRe := regexp.MustCompile(`(?:^|[\s(\[])(--(?:no-)?[a-z][a-z0-9-]*)`)
	var names []string
	for n := range sources {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		for _, line := range strings.Split(sources[n], "\n") {
			// Only iacvet's command lines: the scan step's args+=(...), the
			// hooks' entries, iacvet scan lines and hook args.
			if !strings.Contains(line, "iacvet scan") && !strings.Contains(line, "args+=(") && !strings.Contains(line, "args: [") && !strings.HasPrefix(n, ".pre-commit") {
				continue
			}
			for _, m := range flagRe.FindAllStringSubmatch(line, -1) {
				if !known[m[1]] {
					t.Errorf("%s: %s is not a flag of iacvet scan: %s", n, m[1], strings.TrimSpace(line))
				}
			}
		}
	}
}
