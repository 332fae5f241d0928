package cfn

import (
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/iacvet/iacvet/model"
)

// maxNodes bounds the nodes produced from one document, aliases expanded.
const maxNodes = 1_000_000

// node is a YAML/JSON value with its position, short-form tags turned into
// their long form ({"Fn::Sub": ...}).
type node struct {
	kind  nodeKind
	str   string // scalar text
	tag   string // scalar tag: !!str, !!int, !!float, !!bool, !!null
	keys  []string
	vals  map[string]*node
	items []*node
	pos   model.Position
	kpos  map[string]model.Position // positions of mapping keys
}

type nodeKind int

const (
	scalarNode nodeKind = iota
	mapNode
	listNode
)

// converter turns yaml.v3 nodes into nodes, expanding aliases with a bound.
type converter struct {
	file  string
	count int
	err   error
	// errLine is where the bound was hit: the outermost alias being expanded,
	// else the node itself.
	errLine int
	alias   *yaml.Node // outermost alias being expanded
}

func (c *converter) stop(n *yaml.Node, err error) {
	c.err = err
	c.errLine = n.Line
	if c.alias != nil {
		c.errLine = c.alias.Line
	}
}

func (c *converter) pos(n *yaml.Node) model.Position {
	return model.Position{File: c.file, Line: n.Line, Column: n.Column}
}

func (c *converter) convert(n *yaml.Node, depth int) *node {
	if c.err != nil {
		return &node{kind: scalarNode, tag: "!!null"}
	}
	c.count++
	if c.count > maxNodes {
		c.stop(n, fmt.Errorf("template expands to more than %d nodes (too many aliases)", maxNodes))
		return &node{kind: scalarNode, tag: "!!null"}
	}
	if depth > 512 {
		c.stop(n, fmt.Errorf("nesting deeper than 512 levels"))
		return &node{kind: scalarNode, tag: "!!null"}
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return &node{kind: scalarNode, tag: "!!null", pos: c.pos(n)}
		}
		return c.convert(n.Content[0], depth+1)
	case yaml.AliasNode:
		if n.Alias == nil {
			return &node{kind: scalarNode, tag: "!!null", pos: c.pos(n)}
		}
		if c.alias == nil {
			c.alias = n
			defer func() { c.alias = nil }()
		}
		return c.convert(n.Alias, depth+1)
	case yaml.MappingNode:
		m := &node{kind: mapNode, vals: map[string]*node{}, kpos: map[string]model.Position{}, pos: c.pos(n)}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Kind == yaml.ScalarNode && k.Value == "<<" && k.Tag == "!!merge" {
				// YAML merge key: copy the merged mapping's entries.
				merged := c.convert(v, depth+1)
				for _, mk := range merged.keys {
					if _, exists := m.vals[mk]; !exists {
						m.keys = append(m.keys, mk)
						m.vals[mk] = merged.vals[mk]
						m.kpos[mk] = merged.kpos[mk]
					}
				}
				continue
			}
			key := k.Value
			if _, dup := m.vals[key]; !dup {
				m.keys = append(m.keys, key)
			}
			m.vals[key] = c.convert(v, depth+1)
			m.kpos[key] = c.pos(k)
		}
		return c.tagged(n, m)
	case yaml.SequenceNode:
		l := &node{kind: listNode, pos: c.pos(n)}
		for _, item := range n.Content {
			l.items = append(l.items, c.convert(item, depth+1))
		}
		return c.tagged(n, l)
	default:
		s := &node{kind: scalarNode, str: n.Value, tag: n.ShortTag(), pos: c.pos(n)}
		return c.tagged(n, s)
	}
}

// tagged wraps a value in its intrinsic function for short-form tags.
func (c *converter) tagged(n *yaml.Node, v *node) *node {
	tag := n.Tag
	if !shortTag.MatchString(tag) {
		return v // no tag, a standard !!tag, or a verbatim tag: plain value
	}
	name := strings.TrimPrefix(tag, "!")
	var fn string
	switch name {
	case "Ref", "Condition":
		fn = name
	default:
		fn = "Fn::" + name
	}
	if v.kind == scalarNode {
		v.tag = "!!str"
	}
	if name == "GetAtt" && v.kind == scalarNode {
		// !GetAtt Resource.Attribute.Maybe.Dotted
		res, attr, _ := strings.Cut(v.str, ".")
		v = &node{kind: listNode, pos: v.pos, items: []*node{
			{kind: scalarNode, str: res, tag: "!!str", pos: v.pos},
			{kind: scalarNode, str: attr, tag: "!!str", pos: v.pos},
		}}
	}
	return &node{kind: mapNode, keys: []string{fn}, vals: map[string]*node{fn: v}, kpos: map[string]model.Position{fn: v.pos}, pos: v.pos}
}

// shortTag matches CloudFormation's short-form function tags (!Ref, !Sub…).
var shortTag = regexp.MustCompile(`^![A-Za-z][A-Za-z0-9]*$`)

// get returns a mapping entry.
func (n *node) get(key string) *node {
	if n == nil || n.kind != mapNode {
		return nil
	}
	return n.vals[key]
}

// scalar converts a scalar node to a Go value keeping YAML's types.
func (n *node) scalar() any {
	switch n.tag {
	case "!!null":
		return nil
	case "!!bool":
		b, err := strconv.ParseBool(strings.ToLower(n.str))
		if err != nil {
			switch strings.ToLower(n.str) {
			case "yes", "on":
				return true
			case "no", "off":
				return false
			}
			return n.str
		}
		return b
	case "!!int", "!!float":
		return number(n.str)
	default:
		return n.str
	}
}

// jsonNumber matches the JSON number syntax, which json.Number must hold.
var jsonNumber = regexp.MustCompile(`^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$`)

// number converts a YAML int or float to a json.Number in JSON syntax
// ("+1", "017", "0x1F", "1_000", "1." are rewritten); values that are no
// finite number (".inf", ".nan") stay strings.
func number(text string) any {
	s := strings.ReplaceAll(text, "_", "")
	if jsonNumber.MatchString(s) {
		return json.Number(s)
	}
	if i, err := strconv.ParseInt(s, 0, 64); err == nil {
		return json.Number(strconv.FormatInt(i, 10))
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && !math.IsInf(f, 0) && !math.IsNaN(f) {
		return json.Number(strconv.FormatFloat(f, 'g', -1, 64))
	}
	return text
}

// text returns a scalar's string form ("" for non-scalars).
func (n *node) text() (string, bool) {
	if n == nil || n.kind != scalarNode || n.tag == "!!null" {
		return "", false
	}
	return n.str, true
}
