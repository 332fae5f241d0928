package mapping

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/iacvet/iacvet/model"
)

// tables holds the embedded mapping tables: terraform.yaml and one file
// per service family (types-*.yaml). A native type may appear in one file
// only.
//
//go:embed *.yaml
var tables embed.FS

// Table is a loaded mapping table, keyed by native type.
type Table struct {
	entries map[string]*Entry
}

// Load parses a mapping table.
func Load(data []byte) (*Table, error) {
	var doc struct {
		Types map[string]*Entry `yaml:"types"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("load mapping table: %w", err)
	}
	for name, e := range doc.Types {
		if e == nil || (e.Type == "" && e.TypeFrom == nil) {
			return nil, fmt.Errorf("load mapping table: %s: no type", name)
		}
		if e.ModelOnly != "" && (e.TypeFrom != nil || len(e.Also) > 0) {
			return nil, fmt.Errorf("load mapping table: %s: model_only applies to an entry with one type", name)
		}
		for _, a := range e.Also {
			if a == nil || a.Type == "" || a.If == "" {
				return nil, fmt.Errorf("load mapping table: %s: also needs type and if", name)
			}
		}
	}
	return &Table{entries: doc.Types}, nil
}

// Default returns the embedded table. It panics only if the embedded table
// is invalid, which TestDefaultTable rules out.
func Default() *Table {
	t, err := loadEmbedded()
	if err != nil {
		panic(err)
	}
	return t
}

// loadEmbedded loads every embedded table file into one table; a native
// type declared in two files is an error naming both.
func loadEmbedded() (*Table, error) {
	names, err := fs.Glob(tables, "*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	all := &Table{entries: map[string]*Entry{}}
	from := map[string]string{}
	for _, name := range names {
		data, err := tables.ReadFile(name)
		if err != nil {
			return nil, err
		}
		t, err := Load(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		for typ, e := range t.entries {
			if prev, dup := from[typ]; dup {
				return nil, fmt.Errorf("load mapping table: %s is declared in %s and %s", typ, prev, name)
			}
			from[typ] = name
			all.entries[typ] = e
		}
	}
	return all, nil
}

// Entry returns the entry for a native type.
func (t *Table) Entry(nativeType string) (*Entry, bool) {
	e, ok := t.entries[nativeType]
	return e, ok
}

// Types lists the mapped native types, sorted.
func (t *Table) Types() []string {
	out := make([]string, 0, len(t.entries))
	for k := range t.entries {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Apply maps r in place when its native type has an entry: Type becomes the
// canonical type, Properties (and Change.Before) the canonical shape, and
// NativePaths records where each canonical path came from. It reports
// whether r was mapped.
func (t *Table) Apply(r *model.Resource) bool {
	e, ok := t.entries[r.NativeType]
	if !ok {
		return false
	}
	typ := e.Type
	if e.TypeFrom != nil {
		v, _ := lookup(r.Properties, splitPath(e.TypeFrom.Attr))
		s, _ := v.(string)
		if mapped, ok := e.TypeFrom.Values[s]; ok {
			typ = mapped
		} else if typ == "" {
			return false
		}
	}
	m := &mapper{native: map[string]string{}, self: lazySelf(e, r.Address, r.Properties)}
	props := m.object(e.Properties, r.Properties, "", "")
	r.Type = typ
	r.Properties = props
	r.NativePaths = m.native
	if r.Change != nil && r.Change.Before != nil {
		bm := &mapper{native: map[string]string{}, self: lazySelf(e, r.Address, r.Change.Before)}
		r.Change.Before = bm.object(e.Properties, r.Change.Before, "", "")
	}
	return true
}

// also builds the inline resources of r (its native, unmapped form) that
// the entry declares with also:.
func (t *Table) also(e *Entry, r *model.Resource) []*model.Resource {
	var out []*model.Resource
	for _, a := range e.Also {
		v, ok := lookup(r.Properties, splitPath(a.If))
		if !ok || unset(v) {
			continue
		}
		x := *r
		m := &mapper{native: map[string]string{}}
		x.Type = a.Type
		x.Properties = m.object(a.Properties, r.Properties, "", "")
		x.NativePaths = m.native
		if r.Change != nil {
			ch := *r.Change
			if ch.Before != nil {
				bm := &mapper{native: map[string]string{}}
				ch.Before = bm.object(a.Properties, ch.Before, "", "")
			}
			x.Change = &ch
		}
		if r.Meta != nil {
			x.Meta = make(map[string]string, len(r.Meta))
			for k, val := range r.Meta {
				x.Meta[k] = val
			}
		}
		out = append(out, &x)
	}
	return out
}

func unset(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return x == ""
	case bool:
		return !x
	case []any:
		return len(x) == 0
	}
	return false
}

// self is what a true in an explode attribute stands for (`self = true` on a
// security group rule: the group itself is the peer). For an entry linked
// into a parent (aws_security_group_rule) that is the parent the entry's Via
// property names; otherwise it is the resource being mapped: its id when
// known, else a reference to its address.
func self(e *Entry, addr string, src map[string]any) any {
	if e.Link != nil {
		if s := e.Properties[e.Link.Via]; s != nil {
			scratch := &mapper{native: map[string]string{}}
			if v, ok := scratch.value(s, src, "", ""); ok {
				return v
			}
		}
		return model.Unknown{}
	}
	if id, ok := src["id"].(string); ok && id != "" {
		return id
	}
	return model.Unknown{Ref: addr}
}

// lazySelf defers self to the first true flag an explode meets: most
// resources have none, and a linked entry's self maps its Via property.
func lazySelf(e *Entry, addr string, src map[string]any) func() any {
	var v any
	done := false
	return func() any {
		if !done {
			v, done = self(e, addr, src), true
		}
		return v
	}
}

// scalarKey wraps a scalar list element so that specs can reach it as ".".
const scalarKey = "\x00value"

type mapper struct {
	native map[string]string
	// self gives what a true in explode attributes stands for (see self);
	// nil where no such flag applies.
	self func() any
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	return a + "/" + b
}

// object maps specs against the source object src located at native path np,
// producing an object at canonical path cp.
func (m *mapper) object(specs map[string]*Spec, src map[string]any, cp, np string) map[string]any {
	out := make(map[string]any, len(specs))
	for _, key := range sortedKeys(specs) {
		if v, ok := m.value(specs[key], src, join(cp, key), np); ok {
			out[key] = v
		}
	}
	return out
}

// value computes one canonical property.
func (m *mapper) value(s *Spec, src map[string]any, cp, np string) (any, bool) {
	if s.When != nil {
		v, _ := lookup(src, splitPath(s.When.Attr))
		if str, _ := scalarString(v); str != s.When.Equals {
			return nil, false
		}
	}
	if s.Value != nil {
		return s.Value, true
	}
	if len(s.KV) > 0 {
		return m.kv(s, src, cp, np)
	}
	switch {
	case s.Each != nil:
		v, ok := m.list(s, src, cp, np)
		if l, isList := v.([]any); ok && s.OmitEmpty && isList && len(l) == 0 {
			delete(m.native, cp)
			return nil, false
		}
		if l, isList := v.([]any); ok && isList && s.KeyBy != "" {
			return m.keyed(l, s.KeyBy, cp), true
		}
		return v, ok
	case s.Fields != nil:
		v, vnp, ok := m.source(s.From, src, np)
		if !ok {
			return nil, false
		}
		if l, isList := v.([]any); isList {
			if len(l) == 0 {
				return nil, false
			}
			v, vnp = l[0], join(vnp, "0")
		}
		obj, isObj := v.(map[string]any)
		if !isObj {
			if model.IsUnknown(v) {
				return v, true
			}
			return nil, false
		}
		out := m.object(s.Fields, obj, cp, vnp)
		if s.OmitEmpty && len(out) == 0 {
			return nil, false
		}
		m.native[cp] = vnp
		return out, true
	}
	v, vnp, ok := m.source(s.From, src, np)
	if !ok {
		return nil, false
	}
	m.native[cp] = vnp
	v = transform(s, v)
	if v == nil {
		return nil, false
	}
	return v, true
}

// keyed turns the list at cp into an object keyed by each item's field key
// (left out of the item), moving the items' native paths along.
func (m *mapper) keyed(items []any, key, cp string) map[string]any {
	out := make(map[string]any, len(items))
	for i, it := range items {
		from := join(cp, strconv.Itoa(i))
		moved := map[string]string{}
		for p, n := range m.native {
			if p == from || strings.HasPrefix(p, from+"/") {
				delete(m.native, p)
				moved[strings.TrimPrefix(p, from)] = n
			}
		}
		obj, _ := it.(map[string]any)
		k, ok := obj[key].(string)
		if !ok || k == "" {
			continue // no key: the item and its positions are dropped
		}
		item := make(map[string]any, len(obj))
		for f, v := range obj {
			if f != key {
				item[f] = v
			}
		}
		out[k] = item
		for rest, n := range moved {
			if rest != "/"+key {
				m.native[join(cp, k)+rest] = n
			}
		}
	}
	return out
}

// kv builds a [{Key, Value}] list from several attributes.
func (m *mapper) kv(s *Spec, src map[string]any, cp, np string) (any, bool) {
	var out []any
	for _, p := range s.KV {
		path := splitPath(p.Attr)
		v, ok := lookup(src, path)
		if !ok || v == nil {
			continue
		}
		if str, isScalar := scalarString(v); isScalar {
			v = str
		}
		m.native[join(cp, strconv.Itoa(len(out)))] = join(np, strings.Join(path, "/"))
		out = append(out, map[string]any{"Key": p.Key, "Value": v})
	}
	return out, len(out) > 0
}

// source resolves the first of the paths that is present.
func (m *mapper) source(from []string, src map[string]any, np string) (any, string, bool) {
	for _, f := range from {
		if f == "." {
			if v, ok := src[scalarKey]; ok && len(src) == 1 {
				return v, np, true
			}
			return src, np, true
		}
		path := splitPath(f)
		if v, ok := lookup(src, path); ok && v != nil {
			return v, join(np, strings.Join(path, "/")), true
		}
	}
	return nil, "", false
}

// list maps each element of the concatenated source lists.
func (m *mapper) list(s *Spec, src map[string]any, cp, np string) (any, bool) {
	var out []any
	found := false
	for _, f := range s.From {
		var items []any
		var inp string
		if f == "." {
			items, inp = []any{src}, ""
		} else {
			path := splitPath(f)
			v, ok := lookup(src, path)
			if !ok || v == nil {
				continue
			}
			if model.IsUnknown(v) {
				return v, true
			}
			found = true
			inp = join(np, strings.Join(path, "/"))
			switch tv := v.(type) {
			case []any:
				items = tv
			default:
				items = []any{tv}
			}
		}
		found = true
		for i, it := range items {
			enp := join(inp, strconv.Itoa(i))
			if f == "." {
				enp = np
			}
			obj, ok := it.(map[string]any)
			if !ok {
				if it == nil || model.IsUnknown(it) {
					continue
				}
				obj = map[string]any{scalarKey: it}
			}
			if len(s.Explode) == 0 {
				ecp := join(cp, strconv.Itoa(len(out)))
				m.native[ecp] = enp
				out = append(out, m.object(s.Each, obj, ecp, enp))
				continue
			}
			for _, ex := range s.Explode {
				vals, ok := obj[ex.Attr]
				if !ok || vals == nil {
					continue
				}
				list, isList := vals.([]any)
				if !isList {
					list = []any{vals}
				}
				for j, val := range list {
					val, ok := m.explodeValue(val)
					if !ok {
						continue
					}
					ecp := join(cp, strconv.Itoa(len(out)))
					m.native[ecp] = enp
					item := m.object(s.Each, obj, ecp, enp)
					item[ex.Key] = val
					if isList {
						m.native[join(ecp, ex.Key)] = join(enp, ex.Attr+"/"+strconv.Itoa(j))
					} else {
						m.native[join(ecp, ex.Key)] = join(enp, ex.Attr)
					}
					out = append(out, item)
				}
			}
		}
	}
	if !found {
		return nil, false
	}
	if out == nil {
		out = []any{}
	}
	return out, true
}

// explodeValue is the canonical value of one exploded value, and whether it
// yields an item at all. Unset values yield none: null, false (plans write
// `self = false` on every rule block), "" and empty lists or objects. True
// is m.self: a flag such as `self` names the group itself as the peer.
func (m *mapper) explodeValue(v any) (any, bool) {
	switch tv := v.(type) {
	case nil:
		return nil, false
	case bool:
		if !tv || m.self == nil {
			return nil, false
		}
		return m.self(), true
	case string:
		return v, tv != ""
	case []any:
		return v, len(tv) > 0
	case map[string]any:
		return v, len(tv) > 0
	}
	return v, true
}

func lookup(v any, path []string) (any, bool) {
	for _, p := range path {
		switch tv := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = tv[p]; !ok {
				return nil, false
			}
		case []any:
			i, err := strconv.Atoi(p)
			if err != nil || i < 0 || i >= len(tv) {
				return nil, false
			}
			v = tv[i]
		default:
			if model.IsUnknown(v) {
				return v, true
			}
			return nil, false
		}
	}
	return v, true
}

func transform(s *Spec, v any) any {
	if len(s.Values) > 0 {
		if str, ok := scalarString(v); ok {
			if mapped, ok := s.Values[str]; ok {
				v = mapped
			}
		}
	}
	if model.IsUnknown(v) {
		return v
	}
	if _, ok := v.(model.Sensitive); ok {
		return v
	}
	switch s.As {
	case "tags":
		obj, ok := v.(map[string]any)
		if !ok {
			return v
		}
		tags := make([]any, 0, len(obj))
		for _, k := range sortedKeys(obj) {
			tags = append(tags, map[string]any{"Key": k, "Value": obj[k]})
		}
		return tags
	case "json":
		str, ok := v.(string)
		if !ok {
			return v
		}
		var out any
		d := json.NewDecoder(strings.NewReader(str))
		d.UseNumber()
		if err := d.Decode(&out); err != nil {
			return v
		}
		return out
	case "list":
		if _, ok := v.([]any); ok {
			return v
		}
		return []any{v}
	case "first":
		if l, ok := v.([]any); ok {
			if len(l) == 0 {
				return nil
			}
			return l[0]
		}
	case "string":
		if str, ok := scalarString(v); ok {
			return str
		}
	case "number":
		if str, ok := scalarString(v); ok {
			if _, err := strconv.ParseFloat(str, 64); err == nil {
				return json.Number(str)
			}
		}
	case "bool":
		if str, ok := scalarString(v); ok {
			if b, err := strconv.ParseBool(str); err == nil {
				return b
			}
		}
	}
	return v
}

func scalarString(v any) (string, bool) {
	switch tv := v.(type) {
	case string:
		return tv, true
	case json.Number:
		return tv.String(), true
	case float64:
		return strconv.FormatFloat(tv, 'f', -1, 64), true
	case int:
		return strconv.Itoa(tv), true
	case bool:
		return strconv.FormatBool(tv), true
	}
	return "", false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
