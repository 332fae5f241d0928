package cost

import (
	"strings"

	"github.com/iacvet/iacvet/model"
)

// index finds the resources of one configuration by address, so a value
// that comes from another resource (an instance's engine from its Aurora
// cluster, an Auto Scaling group's instance type from its launch template,
// a volume's size from a snapshot) is followed before it is called unknown.
type index struct {
	byAddr map[string]*model.Resource
	// bases maps an address without its index ("aws_instance.web") to the
	// instances that share it, for references to counted resources.
	bases map[string][]*model.Resource
	// volumeIDs maps a volume's id (known in plans of existing volumes) to
	// the volume.
	volumeIDs map[string]*model.Resource
}

func newIndex(resources []*model.Resource) *index {
	ix := &index{byAddr: map[string]*model.Resource{}, bases: map[string][]*model.Resource{}, volumeIDs: map[string]*model.Resource{}}
	for _, r := range resources {
		if r == nil || r.Mode == model.ModeData {
			continue
		}
		ix.byAddr[r.Address] = r
		if i := strings.LastIndex(r.Address, "["); i > 0 && strings.HasSuffix(r.Address, "]") {
			base := r.Address[:i]
			ix.bases[base] = append(ix.bases[base], r)
		}
		if r.Type == typeVolume {
			if id, st := str(r.Properties, "VolumeId"); st == known && id != "" {
				ix.volumeIDs[id] = r
			}
		}
	}
	return ix
}

// resolve returns the resource that v refers to, when it is in the
// configuration: a reference (model.Unknown with Ref) to its address, the
// address without an index when only one instance exists, or a CloudFormation
// {"Ref": id} left unresolved.
func (ix *index) resolve(v any) *model.Resource {
	var ref string
	switch x := v.(type) {
	case model.Unknown:
		ref = x.Ref
	case *model.Unknown:
		if x != nil {
			ref = x.Ref
		}
	case map[string]any:
		ref, _ = x["Ref"].(string)
	}
	if ref == "" {
		return nil
	}
	if r := ix.byAddr[ref]; r != nil {
		return r
	}
	if rs := ix.bases[ref]; len(rs) == 1 {
		return rs[0]
	}
	return nil
}

// follow resolves the value at path in props to a resource of one of the
// given types.
func (ix *index) follow(props map[string]any, types []string, path ...string) *model.Resource {
	v, _ := lookup(props, path...)
	r := ix.resolve(v)
	if r == nil {
		return nil
	}
	for _, t := range types {
		if r.Type == t {
			return r
		}
	}
	return nil
}

// named finds a resource of type typ whose property prop equals name (a
// launch template given by LaunchTemplateName, a source DB instance by
// identifier).
func (ix *index) named(typ, prop, name string) *model.Resource {
	if name == "" {
		return nil
	}
	var found *model.Resource
	for _, r := range ix.byAddr {
		if r.Type != typ {
			continue
		}
		if v, st := str(r.Properties, prop); st == known && v == name {
			if found != nil {
				return nil // ambiguous
			}
			found = r
		}
	}
	return found
}

// strFrom reads a string property, following a reference to another
// resource in the configuration that has the same property (an Aurora
// instance's Engine from its cluster). from names the resource followed.
func (ix *index) strFrom(props map[string]any, prop string) (v string, st state, from string) {
	v, st = str(props, prop)
	if st != unknownValue {
		return v, st, ""
	}
	raw, _ := lookup(props, prop)
	if r := ix.resolve(raw); r != nil {
		if rv, rst := str(r.Properties, prop); rst == known {
			return rv, known, r.Address
		}
	}
	return v, st, ""
}
