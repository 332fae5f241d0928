package cfn

import (
	"encoding/json"
	"strings"

	"github.com/iacvet/iacvet/model"
)

// maxGenerated bounds the keys Fn::ForEach loops of one template generate.
const maxGenerated = 10_000

const forEachPrefix = "Fn::ForEach::"

// languageExtensions reports whether a template declares the
// AWS::LanguageExtensions transform (alone or in a list).
func languageExtensions(root *node) bool {
	t := root.get("Transform")
	if s, ok := t.text(); ok {
		return s == "AWS::LanguageExtensions"
	}
	if t != nil && t.kind == listNode {
		for _, it := range t.items {
			if s, ok := it.text(); ok && s == "AWS::LanguageExtensions" {
				return true
			}
		}
	}
	return false
}

// forEach expands Fn::ForEach::Name loops (AWS::LanguageExtensions): each
// item of the collection is put in place of ${Id}, &{Id} (non-alphanumeric
// characters dropped) and {Ref: Id} in a copy of the fragment, whose keys
// join the enclosing mapping. Copies keep the fragment's positions.
type forEach struct {
	e     *evaluator
	count int
	over  bool
}

// mapping returns m with its loops expanded, recursively.
func (x *forEach) mapping(m *node) *node {
	if m == nil || m.kind != mapNode || x.over {
		return m
	}
	has := false
	for _, k := range m.keys {
		has = has || strings.HasPrefix(k, forEachPrefix)
	}
	out := &node{kind: mapNode, vals: map[string]*node{}, kpos: map[string]model.Position{}, pos: m.pos}
	add := func(k string, v *node, pos model.Position, loop string) {
		if _, dup := out.vals[k]; dup {
			x.e.fail(pos, "Fn::ForEach::%s generates the key %s, which already exists", loop, k)
			return
		}
		out.keys = append(out.keys, k)
		out.vals[k] = v
		out.kpos[k] = pos
	}
	for _, k := range m.keys {
		if !strings.HasPrefix(k, forEachPrefix) {
			v := m.vals[k]
			if has || v.kind != scalarNode {
				v = x.value(v)
			}
			add(k, v, m.kpos[k], "")
			continue
		}
		name := strings.TrimPrefix(k, forEachPrefix)
		keys, vals, kpos := x.loop(name, m.vals[k], m.kpos[k])
		for i, gk := range keys {
			add(gk, vals[i], kpos[i], name)
		}
	}
	return out
}

func (x *forEach) value(n *node) *node {
	switch n.kind {
	case mapNode:
		if _, _, isFn := intrinsic(n); isFn {
			return n
		}
		return x.mapping(n)
	case listNode:
		items := make([]*node, len(n.items))
		for i, it := range n.items {
			items[i] = x.value(it)
		}
		return &node{kind: listNode, items: items, pos: n.pos}
	}
	return n
}

// loop expands one Fn::ForEach::name: [identifier, collection, {key: value}].
func (x *forEach) loop(name string, v *node, pos model.Position) (keys []string, vals []*node, kpos []model.Position) {
	if name == "" || v.kind != listNode || len(v.items) != 3 || v.items[2].kind != mapNode {
		x.e.fail(pos, "malformed Fn::ForEach::%s: want [identifier, collection, {OutputKey: OutputValue}]", name)
		return nil, nil, nil
	}
	id, ok := v.items[0].text()
	if !ok || id == "" || !alphanumeric(id) {
		x.e.fail(v.items[0].pos, "Fn::ForEach::%s: the identifier must be an alphanumeric string", name)
		return nil, nil, nil
	}
	coll := x.e.resolve(v.items[1], "")
	list, ok := coll.([]any)
	if !ok {
		if model.IsUnknown(coll) {
			x.e.warn(v.items[1].pos, "Fn::ForEach::%s: the collection is not known before deployment; the resources it generates are not scanned", name)
		} else {
			x.e.fail(v.items[1].pos, "Fn::ForEach::%s: the collection must be a list of strings", name)
		}
		return nil, nil, nil
	}
	items := make([]string, 0, len(list))
	for _, it := range list {
		switch s := it.(type) {
		case string:
			items = append(items, s)
		case json.Number:
			items = append(items, s.String())
		default:
			if model.IsUnknown(it) {
				x.e.warn(v.items[1].pos, "Fn::ForEach::%s: an item of the collection is not known before deployment; the resources it generates are not scanned", name)
			} else {
				x.e.fail(v.items[1].pos, "Fn::ForEach::%s: the collection must be a list of strings", name)
			}
			return nil, nil, nil
		}
	}
	frag := v.items[2]
	for _, k := range frag.keys {
		if !strings.HasPrefix(k, forEachPrefix) && !strings.Contains(k, "${"+id+"}") && !strings.Contains(k, "&{"+id+"}") {
			x.e.fail(frag.kpos[k], "Fn::ForEach::%s: the output key %s must contain ${%s} or &{%s}", name, k, id, id)
			return nil, nil, nil
		}
	}
	direct := 0 // keys of one copy, nested loops counting their own
	for _, k := range frag.keys {
		if !strings.HasPrefix(k, forEachPrefix) {
			direct++
		}
	}
	for _, item := range items {
		if x.over {
			break
		}
		if x.count += direct; x.count > maxGenerated {
			x.e.fail(pos, "Fn::ForEach loops generate more than %d keys; the rest is not scanned", maxGenerated)
			x.over = true
			break
		}
		expanded := x.mapping(substitute(frag, id, item))
		for _, k := range expanded.keys {
			keys = append(keys, k)
			vals = append(vals, expanded.vals[k])
			kpos = append(kpos, expanded.kpos[k])
		}
	}
	return keys, vals, kpos
}

func alphanumeric(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// substitute copies n with the loop identifier replaced by item.
func substitute(n *node, id, item string) *node {
	plain := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, item)
	r := strings.NewReplacer("${"+id+"}", item, "&{"+id+"}", plain)
	var walk func(n *node) *node
	walk = func(n *node) *node {
		if n == nil {
			return nil
		}
		switch n.kind {
		case scalarNode:
			c := *n
			if n.tag == "!!str" || n.tag == "" {
				c.str = r.Replace(n.str)
			}
			return &c
		case listNode:
			c := &node{kind: listNode, pos: n.pos, items: make([]*node, len(n.items))}
			for i, it := range n.items {
				c.items[i] = walk(it)
			}
			return c
		}
		if fn, arg, ok := intrinsic(n); ok && fn == "Ref" {
			if s, ok := arg.text(); ok && s == id {
				return &node{kind: scalarNode, tag: "!!str", str: item, pos: n.pos}
			}
		}
		c := &node{kind: mapNode, pos: n.pos, vals: make(map[string]*node, len(n.keys)), kpos: make(map[string]model.Position, len(n.keys))}
		for _, k := range n.keys {
			nk := r.Replace(k)
			if _, dup := c.vals[nk]; dup {
				continue
			}
			c.keys = append(c.keys, nk)
			c.vals[nk] = walk(n.vals[k])
			c.kpos[nk] = n.kpos[k]
		}
		return c
	}
	return walk(n)
}
