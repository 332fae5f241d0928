package mapping

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/iacvet/iacvet/internal/par"
	"github.com/iacvet/iacvet/model"
)

// MetaInput is the Resource.Meta key naming the input (plan file, template,
// source directory) a resource came from; linking never crosses inputs.
const MetaInput = "input"

// MetaPartial marks a resource that is only a part of a parent resource
// which is not in the model (a security group rule for an existing group).
const MetaPartial = "partial"

// MapAll maps every resource with an entry and links children into their
// parents. It returns the resulting list (children merged into a parent are
// removed); resources keep their order.
func (t *Table) MapAll(resources []*model.Resource) []*model.Resource {
	type pending struct {
		r        *model.Resource
		link     *Link
		original model.Resource
	}
	// Each resource maps on its own: spread them over the cores, then
	// collect the ones to link in input order.
	mapped := make([]*pending, len(resources))
	extras := make([][]*model.Resource, len(resources))
	par.For(len(resources), 0, 512, func(i int) {
		r := resources[i]
		e, ok := t.entries[r.NativeType]
		if !ok {
			return
		}
		orig := *r
		if len(e.Also) > 0 {
			extras[i] = t.also(e, &orig)
		}
		if t.Apply(r) && e.Link != nil {
			mapped[i] = &pending{r: r, link: e.Link, original: orig}
		}
	})
	resources = withExtras(resources, extras)
	var children []pending
	for _, p := range mapped {
		if p != nil {
			children = append(children, *p)
		}
	}
	if len(children) == 0 {
		return resources
	}
	byAddr := make(map[string]*model.Resource, len(resources))
	for _, r := range resources {
		// An inline resource (also:) shares its carrier's address and comes
		// after it: the carrier keeps the address.
		if k := r.Meta[MetaInput] + "\x00" + r.Address; byAddr[k] == nil {
			byAddr[k] = r
		}
	}
	removed := map[*model.Resource]bool{}
	// Children are not parents: a satellite that sorts before its parent
	// (aws_api_gateway_method_settings before aws_api_gateway_stage) would
	// otherwise claim its own literal match value.
	isChild := make(map[*model.Resource]bool, len(children))
	for _, c := range children {
		isChild[c.r] = true
	}
	idx := &parentIndex{byAddr: byAddr, all: resources, children: isChild}
	for _, c := range children {
		parent := idx.find(c.r, c.link)
		switch {
		case parent != nil:
			merge(parent, c.r, c.link)
			removed[c.r] = true
		case c.link.Unmatched == "partial":
			if c.r.Meta == nil {
				c.r.Meta = map[string]string{}
			}
			c.r.Meta[MetaPartial] = "true"
		default:
			*c.r = c.original
		}
	}
	out := resources[:0:0]
	for _, r := range resources {
		if !removed[r] {
			out = append(out, r)
		}
	}
	return out
}

// withExtras puts each resource's inline resources right after it.
func withExtras(resources []*model.Resource, extras [][]*model.Resource) []*model.Resource {
	n := 0
	for _, x := range extras {
		n += len(x)
	}
	if n == 0 {
		return resources
	}
	out := make([]*model.Resource, 0, len(resources)+n)
	for i, r := range resources {
		out = append(out, r)
		out = append(out, extras[i]...)
	}
	return out
}

// parentIndex finds parents by reference or by a literal property value.
type parentIndex struct {
	byAddr  map[string]*model.Resource
	all     []*model.Resource
	byValue map[string]*model.Resource // input, type, property, value -> parent
	byBase  map[string][]*model.Resource
	// children are the resources being linked, never parents by value.
	children map[*model.Resource]bool
}

func eligible(p, child *model.Resource, l *Link) bool {
	return p != nil && p != child && p.Type == l.Parent && p.Meta[MetaPartial] == "" && p.Meta[MetaInput] == child.Meta[MetaInput]
}

func (x *parentIndex) find(child *model.Resource, l *Link) *model.Resource {
	input := child.Meta[MetaInput]
	via := child.Properties[l.Via]
	if u, isUnknown := via.(model.Unknown); isUnknown && u.Ref != "" {
		ref := u.Ref
		for {
			if p := x.byAddr[input+"\x00"+ref]; eligible(p, child, l) {
				return p
			}
			i := strings.LastIndexByte(ref, '.')
			if i < 0 || strings.HasSuffix(ref, "]") {
				break
			}
			ref = ref[:i]
		}
		// A reference without an instance key: the parent instance with the
		// child's key, or the only instance.
		if x.byBase == nil {
			x.byBase = map[string][]*model.Resource{}
			for _, p := range x.all {
				if i := strings.LastIndexByte(p.Address, '['); i > 0 && strings.HasSuffix(p.Address, "]") {
					k := p.Meta[MetaInput] + "\x00" + p.Address[:i]
					x.byBase[k] = append(x.byBase[k], p)
				}
			}
		}
		var candidates []*model.Resource
		for _, p := range x.byBase[input+"\x00"+ref] {
			if eligible(p, child, l) {
				candidates = append(candidates, p)
			}
		}
		if len(candidates) == 1 {
			return candidates[0]
		}
		key := instanceKey(child.Address)
		for _, p := range candidates {
			if key != "" && instanceKey(p.Address) == key {
				return p
			}
		}
		return nil
	}
	s, isString := via.(string)
	if !isString || s == "" {
		return nil
	}
	if x.byValue == nil {
		x.byValue = map[string]*model.Resource{}
	}
	for _, m := range l.Match {
		key := input + "\x00" + l.Parent + "\x00" + m
		if _, built := x.byValue[key]; !built {
			x.byValue[key] = nil
			for _, p := range x.all {
				if p.Type == l.Parent && p.Meta[MetaPartial] == "" && p.Meta[MetaInput] == input && !x.children[p] {
					if v, ok := p.Properties[m].(string); ok {
						if _, dup := x.byValue[key+"\x00"+v]; !dup {
							x.byValue[key+"\x00"+v] = p
						}
					}
				}
			}
		}
		if p := x.byValue[key+"\x00"+s]; eligible(p, child, l) {
			return p
		}
	}
	return nil
}

func instanceKey(addr string) string {
	if !strings.HasSuffix(addr, "]") {
		return ""
	}
	i := strings.LastIndexByte(addr, '[')
	if i < 0 {
		return ""
	}
	return addr[i:]
}

// merge joins child's properties (but the link property) into parent and
// records their positions under canonical paths.
func merge(parent, child *model.Resource, l *Link) {
	if parent.Properties == nil {
		parent.Properties = map[string]any{}
	}
	if parent.Positions == nil {
		parent.Positions = map[string]model.Position{}
	}
	for _, key := range sortedKeys(child.Properties) {
		if key == l.Via {
			continue
		}
		cv := child.Properties[key]
		pv, exists := parent.Properties[key]
		pl, pIsList := pv.([]any)
		cl, cIsList := cv.([]any)
		po, pIsObj := pv.(map[string]any)
		co, cIsObj := cv.(map[string]any)
		switch {
		case l.Key[key] != "" && exists && !pIsList:
			// A keyed list the parent does not know yet (unknown): its
			// items cannot be matched, so the parent value stands.
		case l.Key[key] != "" && cIsList:
			parent.Properties[key] = mergeKeyed(parent, child, key, l.Key[key], pl, cl)
		case exists && pIsList && cIsList:
			parent.Properties[key] = appendItems(parent, child, key, key, pl, cl)
		case cIsList && (!exists || pv == nil):
			registerPositions(parent, child, key, key, nil)
			parent.Properties[key] = appendItems(parent, child, key, key, []any{}, cl)
		case exists && pIsObj && cIsObj:
			for k, v := range co {
				po[k] = v
				registerPositions(parent, child, key+"/"+k, key+"/"+k, v)
			}
		default:
			parent.Properties[key] = cv
			registerPositions(parent, child, key, key, cv)
		}
	}
	parent.Suppressions = append(parent.Suppressions, child.Suppressions...)
	if parent.Meta == nil {
		parent.Meta = map[string]string{}
	}
	if m := parent.Meta["merged"]; m != "" {
		parent.Meta["merged"] = m + "," + child.Address
	} else {
		parent.Meta["merged"] = child.Address
	}
}

// mergeKeyed joins the child's items of the list property key into the
// parent's items that have the same known value of the field id: fields are
// set (lists appended); items without a match are appended.
func mergeKeyed(parent, child *model.Resource, key, id string, pl, cl []any) []any {
	for i, item := range cl {
		src := key + "/" + strconv.Itoa(i)
		ci, isObj := item.(map[string]any)
		j := -1
		if k, ok := keyValue(ci, id); isObj && ok {
			for n, p := range pl {
				if pk, ok := keyValue(asObject(p), id); ok && pk == k {
					j = n
					break
				}
			}
		}
		if j < 0 {
			dst := key + "/" + strconv.Itoa(len(pl))
			pl = append(pl, item)
			registerPositions(parent, child, src, dst, item)
			addPart(parent, child, dst)
			continue
		}
		pi := pl[j].(map[string]any)
		dst := key + "/" + strconv.Itoa(j)
		for _, f := range sortedKeys(ci) {
			if f == id {
				continue
			}
			cv := ci[f]
			pv, pIsList := pi[f].([]any)
			cv2, cIsList := cv.([]any)
			if pIsList && cIsList {
				pi[f] = appendItems(parent, child, src+"/"+f, dst+"/"+f, pv, cv2)
				continue
			}
			pi[f] = cv
			registerPositions(parent, child, src+"/"+f, dst+"/"+f, cv)
		}
	}
	return pl
}

// appendItems appends the child's list items (at path src) to the parent's
// list (at path dst), recording their positions under their new indexes and
// the child as the resource that declared them.
func appendItems(parent, child *model.Resource, src, dst string, pl, cl []any) []any {
	for i, item := range cl {
		to := dst + "/" + strconv.Itoa(len(pl))
		registerPositions(parent, child, src+"/"+strconv.Itoa(i), to, item)
		addPart(parent, child, to)
		pl = append(pl, item)
	}
	return pl
}

// addPart records that the child declared the parent's value at path.
func addPart(parent, child *model.Resource, path string) {
	if parent.Parts == nil {
		parent.Parts = map[string]string{}
	}
	parent.Parts[path] = child.Address
}

func asObject(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

// keyValue is item[id] as a string when it is a known scalar (443, "443").
func keyValue(item map[string]any, id string) (string, bool) {
	switch v := item[id].(type) {
	case string:
		return v, v != ""
	case json.Number:
		return v.String(), true
	case float64, int, int64, bool:
		return fmt.Sprint(v), true
	}
	return "", false
}

// registerPositions stores the child's positions of src (and everything
// below it) in the parent under the canonical path dst.
func registerPositions(parent, child *model.Resource, src, dst string, v any) {
	parent.Positions[model.CanonicalKey(dst)] = child.Locate(src)
	switch tv := v.(type) {
	case map[string]any:
		for k, item := range tv {
			registerPositions(parent, child, src+"/"+k, dst+"/"+k, item)
		}
	case []any:
		for i, item := range tv {
			registerPositions(parent, child, src+"/"+strconv.Itoa(i), dst+"/"+strconv.Itoa(i), item)
		}
	}
}
