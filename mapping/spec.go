package mapping

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// Entry maps one native type.
type Entry struct {
	// Type is the canonical type.
	Type string `yaml:"type"`
	// TypeFrom picks the canonical type from an attribute's value
	// (aws_security_group_rule's type = ingress|egress).
	TypeFrom *TypeFrom `yaml:"type_from"`
	// Properties maps canonical property names to their sources.
	Properties map[string]*Spec `yaml:"properties"`
	// Link, when set, joins the mapped resource into a parent resource.
	Link *Link `yaml:"link"`
	// ModelOnly, when set, says that the canonical type has no
	// CloudFormation resource (account settings such as EBS default
	// encryption, resources only Terraform manages) and how it is named:
	// such a type takes a CloudFormation-style name, AWS::<Service>::<Thing>,
	// with properties named as the AWS API that reads the setting. Only
	// Terraform inputs produce these resources, so rules on them serve
	// Terraform only (custom.inputs: [terraform]).
	ModelOnly string `yaml:"model_only"`
	// Also lists further canonical resources the native resource declares
	// inline (aws_s3_bucket's deprecated policy argument is an
	// AWS::S3::BucketPolicy), so rules see them as for the split resource.
	Also []*Also `yaml:"also"`
}

// Also is a canonical resource carried inline by another: it is emitted,
// with the native resource's address and its own properties, when the
// native attribute If is set (not null, "", false or an empty list).
type Also struct {
	Type       string           `yaml:"type"`
	If         string           `yaml:"if"`
	Properties map[string]*Spec `yaml:"properties"`
}

// TypeFrom selects a canonical type (and optionally extra properties) by the
// value of one attribute.
type TypeFrom struct {
	Attr   string            `yaml:"attr"`
	Values map[string]string `yaml:"values"`
}

// Link joins a child resource into its parent: Via is the child's canonical
// property that refers to the parent (a reference, or a literal compared
// with the parent's Match properties). Properties other than Via are merged
// into the parent: lists appended, objects merged, scalars set. Unmatched
// says what happens when no parent is in the model: "native" keeps the
// child with its native type and attributes, "partial" keeps it as a
// partial resource of the parent type (input.resources[_].partial).
//
// Key names, per list property, the field that identifies its items
// ({Listeners: LoadBalancerPort}): a child's item joins the parent's item
// with the same known key value (its fields set, lists appended) instead of
// being appended; items without a match are appended, and a parent value
// that is not a list (unknown) is left alone.
type Link struct {
	Parent    string            `yaml:"parent"`
	Via       string            `yaml:"via"`
	Match     []string          `yaml:"match"`
	Unmatched string            `yaml:"unmatched"`
	Key       map[string]string `yaml:"key"`
}

// Spec says where one canonical property comes from.
//
//	from:    native attribute path ("bucket", "versioning.0.enabled"), or a
//	         list of paths whose lists are concatenated; "." is the object
//	         being mapped itself (as a one-element list for each:).
//	as:      transform: tags (map -> [{Key, Value}]), json (JSON string ->
//	         value), list (scalar -> [scalar]), first (list -> first item),
//	         string, number, bool.
//	fields:  the value is an object built from the source object (a block
//	         list's first element).
//	omitempty: with fields, an object without any field is left out (for
//	         objects built from "." that only group other attributes); with
//	         each, an empty list is left out.
//	each:    the value is a list; each source element mapped by these specs.
//	explode: within each: a list attribute of the element emits one item per
//	         value, with the value under the given canonical key
//	         ({cidr_blocks: CidrIp}). Unset values (null, false, "", empty
//	         lists) emit nothing; a true flag ({self: SourceSecurityGroupId})
//	         emits the resource itself: its id or a reference to its address,
//	         or for a linked entry the parent its Via property names.
//	value:   a constant.
//	values:  translation of source values (strings) to canonical values.
//	when:    {attr, equals}: only when the source object's attribute has
//	         that value.
//	kv:      {attr_path: Key}: a list of {Key, Value} (Value as a string)
//	         from several attributes, as ELB attributes are shaped.
//	key_by:  with each: an object instead of a list, each item under the
//	         value of its canonical field key_by (which is left out), as
//	         OpenSearch's LogPublishingOptions are keyed by log type; items
//	         without a known string key are dropped.
type Spec struct {
	From    []string         `yaml:"-"`
	As      string           `yaml:"as"`
	Fields  map[string]*Spec `yaml:"fields"`
	Each    map[string]*Spec `yaml:"each"`
	Explode []ExplodeKey     `yaml:"-"`
	Value   any              `yaml:"value"`
	When    *When            `yaml:"when"`
	KV      []ExplodeKey     `yaml:"-"`
	Values  map[string]any   `yaml:"values"`
	KeyBy   string           `yaml:"key_by"`

	OmitEmpty bool `yaml:"omitempty"`
}

// When makes a spec conditional on an attribute of the source object.
type When struct {
	Attr   string `yaml:"attr"`
	Equals string `yaml:"equals"`
}

// ExplodeKey is one explode (or kv) pair.
type ExplodeKey struct{ Attr, Key string }

// UnmarshalYAML accepts the shorthand "attr" and the long form.
func (s *Spec) UnmarshalYAML(n *yaml.Node) error {
	switch n.Kind {
	case yaml.ScalarNode:
		s.From = []string{n.Value}
		return nil
	case yaml.SequenceNode:
		return n.Decode(&s.From)
	}
	type plain Spec
	var p struct {
		plain   `yaml:",inline"`
		FromRaw yaml.Node `yaml:"from"`
		Explode yaml.Node `yaml:"explode"`
		KV      yaml.Node `yaml:"kv"`
	}
	if err := n.Decode(&p); err != nil {
		return err
	}
	*s = Spec(p.plain)
	switch p.FromRaw.Kind {
	case 0:
	case yaml.ScalarNode:
		s.From = []string{p.FromRaw.Value}
	case yaml.SequenceNode:
		if err := p.FromRaw.Decode(&s.From); err != nil {
			return err
		}
	default:
		return fmt.Errorf("line %d: from must be a string or a list", p.FromRaw.Line)
	}
	if p.Explode.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(p.Explode.Content); i += 2 {
			s.Explode = append(s.Explode, ExplodeKey{Attr: p.Explode.Content[i].Value, Key: p.Explode.Content[i+1].Value})
		}
	} else if p.Explode.Kind != 0 {
		return fmt.Errorf("line %d: explode must be a mapping", p.Explode.Line)
	}
	if p.KV.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(p.KV.Content); i += 2 {
			s.KV = append(s.KV, ExplodeKey{Attr: p.KV.Content[i].Value, Key: p.KV.Content[i+1].Value})
		}
	}
	switch s.As {
	case "", "tags", "json", "list", "first", "string", "number", "bool":
	default:
		return fmt.Errorf("line %d: unknown transform %q", n.Line, s.As)
	}
	return nil
}

func splitPath(p string) []string {
	if p == "" || p == "." {
		return nil
	}
	return strings.Split(p, ".")
}
