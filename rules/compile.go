package rules

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
)

// compileModules compiles the policies and returns the compiler that holds
// each module (by module name).
//
// OPA's compiler runs on one core, and compiling the rule library is most
// of iacvet's start-up. Rules are independent packages that share
// libraries, so the rule packages are split into groups, one per worker,
// and each group is compiled with every library module on its own core.
// A rule package that reaches into another rule package cannot compile in
// a group of its own; then, as for any compile error, everything is
// compiled together, which also gives the error as the user's policies
// cause it.
func compileModules(mods []parsedModule, caps *ast.Capabilities, workers int) (map[string]*ast.Compiler, error) {
	groups := groupModules(mods, workers)
	if len(groups) > 1 {
		compilers := make([]*ast.Compiler, len(groups))
		var wg sync.WaitGroup
		for i, g := range groups {
			wg.Add(1)
			go func() {
				defer wg.Done()
				compilers[i] = compile(g, caps)
			}()
		}
		wg.Wait()
		failed := false
		for _, c := range compilers {
			failed = failed || c.Failed()
		}
		if !failed {
			out := make(map[string]*ast.Compiler, len(mods))
			for i, g := range groups {
				for _, m := range g {
					if _, set := out[m.name]; !set { // libraries are in every group
						out[m.name] = compilers[i]
					}
				}
			}
			return out, nil
		}
	}
	c := compile(mods, caps)
	if c.Failed() {
		return nil, fmt.Errorf("compile policies: %w", c.Errors)
	}
	out := make(map[string]*ast.Compiler, len(mods))
	for _, m := range mods {
		out[m.name] = c
	}
	return out, nil
}

func compile(mods []parsedModule, caps *ast.Capabilities) *ast.Compiler {
	c := ast.NewCompiler().WithCapabilities(caps).WithEnablePrintStatements(false)
	modules := make(map[string]*ast.Module, len(mods))
	for _, m := range mods {
		modules[m.name] = m.module
	}
	c.Compile(modules)
	return c
}

// groupModules splits the rule packages into up to n groups of about the
// same number of rules; every group also holds every module of a package
// that declares no rule (the libraries). All modules of one package stay
// in one group. It returns one group when there is nothing to split.
func groupModules(mods []parsedModule, n int) [][]parsedModule {
	rulePkgs := map[string]bool{}
	for _, m := range mods {
		if isRuleModule(m) {
			rulePkgs[m.module.Package.Path.String()] = true
		}
	}
	if n < 2 || len(rulePkgs) < 2*n || readsRulePackages(mods, rulePkgs) {
		return [][]parsedModule{mods}
	}
	pkgs := make([]string, 0, len(rulePkgs))
	for p := range rulePkgs {
		pkgs = append(pkgs, p)
	}
	sort.Strings(pkgs)
	groupOf := make(map[string]int, len(pkgs))
	for i, p := range pkgs {
		groupOf[p] = i % n
	}
	groups := make([][]parsedModule, n)
	for _, m := range mods {
		if g, ok := groupOf[m.module.Package.Path.String()]; ok {
			groups[g] = append(groups[g], m)
			continue
		}
		for g := range groups {
			groups[g] = append(groups[g], m)
		}
	}
	return groups
}

// readsRulePackages reports whether a module refers to a rule package other
// than its own (or to a document above one, or to data with a dynamic key):
// such policies are compiled together, since a reference into a package
// of another group would compile and silently evaluate to nothing.
func readsRulePackages(mods []parsedModule, rulePkgs map[string]bool) bool {
	related := func(ref, pkg string) bool {
		return ref == pkg || strings.HasPrefix(ref, pkg+".") || strings.HasPrefix(pkg, ref+".")
	}
	for _, m := range mods {
		own := m.module.Package.Path.String()
		found := false
		check := func(ref ast.Ref) {
			if found || len(ref) == 0 || !ref[0].Equal(ast.DefaultRootDocument) {
				return
			}
			prefix := ref.GroundPrefix().String()
			for pkg := range rulePkgs {
				if pkg != own && related(prefix, pkg) {
					found = true
					return
				}
			}
		}
		for _, imp := range m.module.Imports {
			if ref, ok := imp.Path.Value.(ast.Ref); ok {
				check(ref)
			}
		}
		ast.WalkRefs(m.module, func(ref ast.Ref) bool {
			check(ref)
			return found
		})
		if found {
			return true
		}
	}
	return false
}

// isRuleModule reports whether a module declares a rule: package-scope
// METADATA with a custom id.
func isRuleModule(m parsedModule) bool {
	for _, a := range m.module.Annotations {
		if a.Scope == "package" && a.Custom != nil {
			if id, _ := a.Custom["id"].(string); id != "" {
				return true
			}
		}
	}
	return false
}
