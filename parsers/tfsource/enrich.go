package tfsource

import (
	"fmt"
	"io/fs"
	"reflect"
	"strconv"
	"strings"

	"github.com/iacvet/iacvet/model"
)

// Enrich places resources parsed from a Terraform plan on their .tf lines,
// evaluating the configuration in dir. See EnrichFS.
func Enrich(resources []*model.Resource, dir string, opts Options) model.Diagnostics {
	fsys, root, display, err := osTree(dir)
	if err != nil {
		return model.Diagnostics{{Severity: model.DiagError, Position: model.Position{File: display}, Summary: err.Error()}}
	}
	s := newScanner(fsys, root, display, opts)
	s.onOS = true
	s.run()
	s.enrich(resources)
	return s.finish()
}

// EnrichFS places plan resources on their .tf lines: it sets
// Source.Position, Source.EndLine, Positions and Suppressions from the
// matching block (the instance with the same address, else any instance of
// the same block), and Source.ModuleCall for resources of remote modules
// (whose attribute positions are then cleared, so that findings land on the
// module block). Other resources it cannot match keep their positions.
func EnrichFS(resources []*model.Resource, fsys fs.FS, display string, opts Options) model.Diagnostics {
	s := newScanner(fsys, ".", cleanDisplay(display), opts)
	s.run()
	s.enrich(resources)
	return s.finish()
}

func (s *scanner) enrich(resources []*model.Resource) {
	exact := map[string]*model.Resource{}
	byConfig := map[string]*model.Resource{}
	for _, r := range s.out {
		exact[r.Address] = r
		if ca := configAddr(r.Address); byConfig[ca] == nil {
			byConfig[ca] = r
		}
	}
	insts := map[string]*modInst{}
	instsByConfig := map[string]*modInst{}
	for _, m := range s.insts {
		for _, cs := range m.children {
			for _, ch := range cs.insts {
				insts[ch.path] = ch
				if ca := configAddr(ch.path); instsByConfig[ca] == nil {
					instsByConfig[ca] = ch
				}
			}
		}
	}
	for _, r := range resources {
		if r == nil {
			continue
		}
		src := exact[r.Address]
		if src == nil {
			src = byConfig[configAddr(r.Address)]
		}
		if src != nil {
			r.Source.Position = src.Source.Position
			r.Source.EndLine = src.Source.EndLine
			if src.Source.ModuleCall != nil {
				call := *src.Source.ModuleCall
				r.Source.ModuleCall = &call
				r.Positions = nil // findings land on the module block
			} else if src.Positions != nil {
				r.Positions = matchPositions(r.Properties, src.Properties, src.Positions)
			}
			r.Suppressions = mergeSuppressions(r.Suppressions, src.Suppressions)
			continue
		}
		// Not in the scanned code: a resource of a module that was not
		// scanned (remote without terraform init). Find its module call.
		mod := r.Source.Module
		if mod == "" {
			mod = moduleOf(r.Address)
		}
		for p := mod; p != ""; p = parentModule(p) {
			m := insts[p]
			if m == nil {
				m = instsByConfig[configAddr(p)]
			}
			if m == nil {
				continue
			}
			if m.remote != nil {
				call := *m.remote
				r.Source.ModuleCall = &call
				r.Positions = nil // findings land on the module block
			}
			r.Suppressions = mergeSuppressions(r.Suppressions, m.supps)
			break
		}
	}
}

func mergeSuppressions(have, add []model.Suppression) []model.Suppression {
	for _, a := range add {
		dup := false
		for _, h := range have {
			if h.RuleID == a.RuleID && reflect.DeepEqual(h.Position, a.Position) {
				dup = true
				break
			}
		}
		if !dup {
			have = append(have, a)
		}
	}
	return have
}

// matchPositions copies source positions onto a plan resource. Nested block
// lists may be ordered differently in the plan (sets are sorted by
// Terraform); their elements are matched by content when that is
// unambiguous.
func matchPositions(planProps, srcProps map[string]any, srcPos map[string]model.Position) map[string]model.Position {
	out := make(map[string]model.Position, len(srcPos))
	remap := map[string]map[int]int{} // attribute -> source index -> plan index
	for name, sv := range srcProps {
		sl, ok1 := sv.([]any)
		pl, ok2 := planProps[name].([]any)
		if !ok1 || !ok2 || len(sl) == 0 || !allObjects(sl) || !allObjects(pl) {
			continue
		}
		if m := matchElements(pl, sl); m != nil {
			remap[name] = m
		}
	}
	for p, pos := range srcPos {
		name, rest, _ := strings.Cut(p, "/")
		if m := remap[name]; m != nil && rest != "" {
			idxStr, tail, hasTail := strings.Cut(rest, "/")
			if idx, err := strconv.Atoi(idxStr); err == nil {
				to, ok := m[idx]
				if !ok {
					continue // a source block without a plan twin
				}
				p = name + "/" + strconv.Itoa(to)
				if hasTail {
					p += "/" + tail
				}
			}
		}
		out[p] = pos
	}
	return out
}

func allObjects(l []any) bool {
	for _, e := range l {
		if _, ok := e.(map[string]any); !ok {
			return false
		}
	}
	return true
}

// matchElements pairs source list elements with plan elements by their known
// scalar values; nil when the pairing is not unambiguous.
func matchElements(plan, src []any) map[int]int {
	out := map[int]int{}
	used := map[int]bool{}
	for j, s := range src {
		best, bestScore, tie := -1, 0, false
		for i, p := range plan {
			sc := similarity(p.(map[string]any), s.(map[string]any))
			switch {
			case sc > bestScore:
				best, bestScore, tie = i, sc, false
			case sc == bestScore && sc > 0:
				tie = true
			}
		}
		if best < 0 || tie || used[best] {
			return nil
		}
		used[best] = true
		out[j] = best
	}
	return out
}

// similarity counts equal known values; any known value that differs rules
// the pair out.
func similarity(p, s map[string]any) int {
	score := 0
	for k, sv := range s {
		pv, ok := p[k]
		if !ok || !scalarLike(sv) || !scalarLike(pv) {
			continue
		}
		if fmt.Sprint(sv) != fmt.Sprint(pv) {
			return -1
		}
		score++
	}
	return score
}

func scalarLike(v any) bool {
	switch x := v.(type) {
	case string, bool, fmt.Stringer:
		return true
	case []any:
		for _, e := range x {
			if !scalarLike(e) {
				return false
			}
		}
		return true
	}
	return false
}

// splitAddress splits a Terraform address on dots outside brackets and
// quotes.
func splitAddress(addr string) []string {
	var parts []string
	depth, inQuote, start := 0, false, 0
	for i := 0; i < len(addr); i++ {
		c := addr[i]
		switch {
		case inQuote:
			if c == '\\' {
				i++
			} else if c == '"' {
				inQuote = false
			}
		case c == '"':
			inQuote = true
		case c == '[':
			depth++
		case c == ']':
			depth--
		case c == '.' && depth == 0:
			parts = append(parts, addr[start:i])
			start = i + 1
		}
	}
	return append(parts, addr[start:])
}

// configAddr drops instance keys: module.a["x"].aws_b.c[0] -> module.a.aws_b.c.
func configAddr(addr string) string {
	parts := splitAddress(addr)
	for i, p := range parts {
		if j := strings.IndexByte(p, '['); j >= 0 {
			parts[i] = p[:j]
		}
	}
	return strings.Join(parts, ".")
}

// moduleOf returns the module instance part of a resource address.
func moduleOf(addr string) string {
	parts := splitAddress(addr)
	n := 0
	for n+1 < len(parts) && parts[n] == "module" {
		n += 2
	}
	return strings.Join(parts[:n], ".")
}

func parentModule(p string) string {
	parts := splitAddress(p)
	if len(parts) <= 2 {
		return ""
	}
	return strings.Join(parts[:len(parts)-2], ".")
}
