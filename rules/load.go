package rules

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/iacvet/iacvet/internal/par"
	"github.com/iacvet/iacvet/model"
)

// Source is a tree of policies: the built-in FS or a user directory.
type Source struct {
	// Name prefixes module names ("builtin", or the directory as given).
	Name    string
	FS      fs.FS
	Builtin bool
}

// DirSource reads policies from a directory on disk.
func DirSource(dir string) (Source, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return Source{}, fmt.Errorf("policy directory: %w", err)
	}
	if !st.IsDir() {
		return Source{}, fmt.Errorf("policy directory %s: not a directory", dir)
	}
	return Source{Name: dir, FS: os.DirFS(dir)}, nil
}

type parsedModule struct {
	name    string // display name: builtin/ec2/x.rego or dir/x.rego
	rel     string // path inside the source
	module  *ast.Module
	builtin bool
}

// parseSources parses every non-test .rego file of the sources.
func parseSources(sources []Source, withTests bool) ([]parsedModule, error) {
	var out []parsedModule
	for _, src := range sources {
		var files []string
		err := fs.WalkDir(src.FS, ".", func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if path != "." && strings.HasPrefix(d.Name(), ".") {
					return fs.SkipDir
				}
				return nil
			}
			if !strings.HasSuffix(path, ".rego") || (!withTests && strings.HasSuffix(path, "_test.rego")) {
				return nil
			}
			files = append(files, path)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read policies %s: %w", src.Name, err)
		}
		sort.Strings(files)
		parsed := make([]parsedModule, len(files))
		errs := make([]error, len(files))
		par.For(len(files), 0, 8, func(i int) { parsed[i], errs[i] = parseModule(src, files[i]) })
		if err := errors.Join(errs...); err != nil {
			return nil, err
		}
		out = append(out, parsed...)
	}
	return out, nil
}

// parseModule reads and parses one policy file.
func parseModule(src Source, f string) (parsedModule, error) {
	data, err := fs.ReadFile(src.FS, f)
	if err != nil {
		return parsedModule{}, fmt.Errorf("read policy %s: %w", f, err)
	}
	name := filepath.ToSlash(filepath.Join(src.Name, f))
	m, err := ast.ParseModuleWithOpts(name, string(data), ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1})
	if err != nil {
		return parsedModule{}, fmt.Errorf("parse policy: %w", err)
	}
	if !src.Builtin && reserved(m.Package.Path) {
		return parsedModule{}, fmt.Errorf("%s:%d: package %s: the iacvet namespace is reserved for the built-in policies; name your package outside it (for example acme.%s) — it may still import data.iacvet.lib",
			name, row(m.Package.Location), strings.TrimPrefix(m.Package.Path.String(), "data."), lastPart(m.Package.Path))
	}
	return parsedModule{name: name, rel: f, module: m, builtin: src.Builtin}, nil
}

// reserved reports whether a package path is iacvet's (data.iacvet or below).
func reserved(path ast.Ref) bool {
	return len(path) >= 2 && path[1].Value.Compare(ast.String("iacvet")) == 0
}

func lastPart(path ast.Ref) string {
	if s, ok := path[len(path)-1].Value.(ast.String); ok {
		return string(s)
	}
	return "rules"
}

// Capabilities returns OPA's capabilities without the builtins that reach
// the network or the process environment, and with an empty network
// allow-list: a pull request's policy files cannot exfiltrate anything.
func Capabilities() *ast.Capabilities {
	registerBuiltins()
	caps := ast.CapabilitiesForThisVersion()
	denied := map[string]bool{
		"http.send":          true,
		"net.lookup_ip_addr": true,
		"opa.runtime":        true,
		"trace":              false,
	}
	kept := caps.Builtins[:0]
	for _, b := range caps.Builtins {
		if !denied[b.Name] {
			kept = append(kept, b)
		}
	}
	caps.Builtins = kept
	caps.AllowNet = []string{}
	return caps
}

// metaFromAnnotations reads a rule's metadata from its package annotations.
func metaFromAnnotations(a *ast.Annotations, pkg string, m parsedModule) (model.RuleMeta, bool, error) {
	if a == nil || a.Custom == nil {
		return model.RuleMeta{}, false, nil
	}
	id, _ := a.Custom["id"].(string)
	if id == "" {
		return model.RuleMeta{}, false, nil
	}
	sevText, _ := a.Custom["severity"].(string)
	sev, err := model.ParseSeverity(sevText)
	if err != nil {
		return model.RuleMeta{}, false, fmt.Errorf("%s: rule %s: %w", m.name, id, err)
	}
	meta := model.RuleMeta{
		ID:             id,
		Title:          a.Title,
		Severity:       sev,
		Description:    strings.TrimSpace(a.Description),
		Remediation:    strings.TrimSpace(str(a.Custom["remediation"])),
		Terraform:      strings.TrimRight(str(a.Custom["terraform"]), "\n"),
		CloudFormation: strings.TrimRight(str(a.Custom["cloudformation"]), "\n"),
		ResourceTypes:  strList(a.Custom["resource_types"]),
		CIS:            strList(a.Custom["cis"]),
		FSBP:           strList(a.Custom["fsbp"]),
		Inputs:         strList(a.Custom["inputs"]),
		Package:        pkg,
		File:           m.rel,
		Builtin:        m.builtin,
	}
	for _, rr := range a.RelatedResources {
		if rr != nil && rr.Ref.String() != "" {
			meta.References = append(meta.References, rr.Ref.String())
		}
	}
	if meta.Title == "" {
		return meta, false, fmt.Errorf("%s: rule %s: METADATA has no title", m.name, id)
	}
	if _, declared := a.Custom["inputs"]; declared && len(meta.Inputs) == 0 {
		return meta, false, fmt.Errorf("%s: rule %s: METADATA custom.inputs is empty (leave it out for rules that serve every input kind)", m.name, id)
	}
	if err := checkInputs(meta.Inputs); err != nil {
		return meta, false, fmt.Errorf("%s: rule %s: METADATA custom.inputs: %w", m.name, id, err)
	}
	if meta.ResourceTypes == nil {
		if _, declared := a.Custom["resource_types"]; !declared {
			return meta, false, fmt.Errorf("%s: rule %s: METADATA custom.resource_types is missing (use [] for rules that read only input.cost)", m.name, id)
		}
		meta.ResourceTypes = []string{}
	}
	return meta, true, nil
}

// checkInputs accepts a list of distinct input kinds (model.InputKinds).
func checkInputs(inputs []string) error {
	seen := map[string]bool{}
	for _, k := range inputs {
		if !slices.Contains(model.InputKinds, k) {
			return fmt.Errorf("unknown input kind %q (want %s)", k, strings.Join(model.InputKinds, " or "))
		}
		if seen[k] {
			return fmt.Errorf("input kind %q listed twice", k)
		}
		seen[k] = true
	}
	return nil
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func strList(v any) []string {
	switch tv := v.(type) {
	case []any:
		out := make([]string, 0, len(tv))
		for _, item := range tv {
			out = append(out, fmt.Sprint(item))
		}
		return out
	case string:
		return []string{tv}
	}
	return nil
}

func row(l *ast.Location) int {
	if l == nil {
		return 0
	}
	return l.Row
}
