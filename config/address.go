package config

import (
	"fmt"
	"strings"
)

// AddressPattern matches resource addresses step by step. A Terraform
// address is a list of steps separated by dots: module calls
// (module.NAME[KEY]), then the resource (TYPE.NAME[KEY] or
// data.TYPE.NAME[KEY]). A CloudFormation address is a list of logical ids
// separated by slashes (nested stacks, CDK stacks).
//
// In a pattern, "*" matches any run of characters within one step, "**" as
// a step of its own matches any number of steps (none included), and
// everything else is literal: brackets are indexes, never character classes.
// A step written without an index matches every instance of it (as with
// terraform -target), "[*]" any index, "[0]" and "[\"prod\"]" that one, and
// a pattern ending in a module call covers everything inside it.
type AddressPattern struct {
	text  string
	steps []patternStep
}

type stepKind int

const (
	stepAny      stepKind = iota // "**": any number of steps
	stepWhole                    // one token: a logical id, or a glob on a whole step
	stepModule                   // module.NAME[KEY]
	stepData                     // data.TYPE.NAME[KEY]
	stepResource                 // TYPE.NAME[KEY]
)

type patternStep struct {
	kind      stepKind
	typ, name string // globs; for stepWhole, name is the glob
	index     string // glob on the index text inside the brackets
	hasIndex  bool
}

// addressStep is one step of a concrete address.
type addressStep struct {
	kind      stepKind // stepModule, stepData, stepResource or stepWhole (logical id)
	typ, name string
	index     string
	hasIndex  bool
}

// String returns the pattern as written.
func (p *AddressPattern) String() string { return p.text }

// ParseAddressPattern parses a resource pattern; the error says what is
// wrong and how to write it.
func ParseAddressPattern(text string) (*AddressPattern, error) {
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("empty pattern")
	}
	tokens, sep, err := splitAddress(text)
	if err != nil {
		return nil, err
	}
	p := &AddressPattern{text: text}
	if sep == '/' {
		for _, t := range tokens {
			if t.text == "**" {
				p.steps = append(p.steps, patternStep{kind: stepAny})
				continue
			}
			if t.text == "module" || t.text == "data" {
				return nil, fmt.Errorf("%q: a pattern uses dots between Terraform steps and slashes between CloudFormation stacks, not both", text)
			}
			s, err := wholeStep(t)
			if err != nil {
				return nil, fmt.Errorf("%q: %w", text, err)
			}
			p.steps = append(p.steps, s)
		}
		return p, nil
	}
	for i := 0; i < len(tokens); {
		t := tokens[i]
		rest := len(tokens) - i
		switch {
		case t.text == "**":
			if t.hasIndex {
				return nil, fmt.Errorf("%q: ** stands for whole steps and takes no index", text)
			}
			p.steps = append(p.steps, patternStep{kind: stepAny})
			i++
		case t.text == "module":
			if rest < 2 {
				return nil, fmt.Errorf("%q: module needs a name: module.NAME or module.*", text)
			}
			if t.hasIndex {
				return nil, fmt.Errorf("%q: the index goes after the module's name: module.NAME[KEY]", text)
			}
			name, err := nameGlob(tokens[i+1], "module name")
			if err != nil {
				return nil, fmt.Errorf("%q: %w", text, err)
			}
			p.steps = append(p.steps, patternStep{kind: stepModule, name: name, index: tokens[i+1].index, hasIndex: tokens[i+1].hasIndex})
			i += 2
		case t.text == "data":
			if rest < 3 {
				return nil, fmt.Errorf("%q: a data source is data.TYPE.NAME (data.*.* for every data source)", text)
			}
			s, err := resourceStep(tokens[i+1], tokens[i+2])
			if err != nil {
				return nil, fmt.Errorf("%q: %w", text, err)
			}
			s.kind = stepData
			p.steps = append(p.steps, s)
			i += 3
		case rest == 1 || (t.text == "*" && !t.hasIndex && (tokens[i+1].text == "**" || tokens[i+1].text == "module")):
			s, err := wholeStep(t)
			if err != nil {
				return nil, fmt.Errorf("%q: %w", text, err)
			}
			p.steps = append(p.steps, s)
			i++
		default:
			s, err := resourceStep(t, tokens[i+1])
			if err != nil {
				return nil, fmt.Errorf("%q: %w", text, err)
			}
			p.steps = append(p.steps, s)
			i += 2
		}
	}
	return p, nil
}

func wholeStep(t token) (patternStep, error) {
	name, err := nameGlob(t, "step")
	if err != nil {
		return patternStep{}, err
	}
	return patternStep{kind: stepWhole, name: name, index: t.index, hasIndex: t.hasIndex}, nil
}

func resourceStep(typ, name token) (patternStep, error) {
	if typ.hasIndex {
		return patternStep{}, fmt.Errorf("the index goes after the resource's name: TYPE.NAME[KEY], not %s", typ.raw)
	}
	ty, err := nameGlob(typ, "resource type")
	if err != nil {
		return patternStep{}, err
	}
	if name.text == "module" || name.text == "data" {
		return patternStep{}, fmt.Errorf("%s.%s: a resource is TYPE.NAME; a module call is module.NAME", typ.raw, name.raw)
	}
	n, err := nameGlob(name, "resource name")
	if err != nil {
		return patternStep{}, err
	}
	return patternStep{kind: stepResource, typ: ty, name: n, index: name.index, hasIndex: name.hasIndex}, nil
}

// nameGlob checks one name of a pattern: letters, digits, "_", "-" and "*".
func nameGlob(t token, what string) (string, error) {
	if t.text == "**" {
		return "", fmt.Errorf("** stands for whole steps; in a %s write *", what)
	}
	if strings.Contains(t.text, "**") {
		return "", fmt.Errorf("%s %q: ** stands alone, as a whole step; within a name write *", what, t.text)
	}
	for _, r := range t.text {
		switch {
		case r == '*', r == '_', r == '-', r >= '0' && r <= '9', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case r == '?':
			return "", fmt.Errorf("%s %q: ? is not a wildcard here; * matches any run of characters within a step", what, t.text)
		default:
			return "", fmt.Errorf("%s %q: %q cannot appear in an address", what, t.text, r)
		}
	}
	return t.text, nil
}

// token is one dot- or slash-separated part of an address: a name and the
// index after it, if any.
type token struct {
	raw      string
	text     string
	index    string // inside the brackets
	hasIndex bool
}

// splitAddress cuts an address or pattern at the dots (Terraform) or
// slashes (CloudFormation) outside brackets, and each part into its name
// and index. sep is the separator found ('.' when there is none).
func splitAddress(s string) ([]token, byte, error) {
	var parts []string
	var sep byte
	start, depth, inQuote := 0, 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inQuote:
			if c == '\\' {
				i++
			} else if c == '"' {
				inQuote = false
			}
		case c == '"':
			if depth == 0 {
				return nil, 0, fmt.Errorf("%q: a quote outside brackets; for_each keys are written [\"KEY\"]", s)
			}
			inQuote = true
		case c == '[':
			if depth > 0 {
				return nil, 0, fmt.Errorf("%q: nested brackets", s)
			}
			depth++
		case c == ']':
			if depth == 0 {
				return nil, 0, fmt.Errorf("%q: ] without [", s)
			}
			depth--
		case depth == 0 && (c == '.' || c == '/'):
			if sep != 0 && sep != c {
				return nil, 0, fmt.Errorf("%q: a pattern uses dots between Terraform steps and slashes between CloudFormation stacks, not both", s)
			}
			sep = c
			parts = append(parts, s[start:i])
			start = i + 1
		case depth == 0 && (c == ' ' || c == '\t'):
			return nil, 0, fmt.Errorf("%q: spaces cannot appear in an address", s)
		}
	}
	if inQuote {
		return nil, 0, fmt.Errorf("%q: unterminated quote", s)
	}
	if depth > 0 {
		return nil, 0, fmt.Errorf("%q: [ without ]", s)
	}
	parts = append(parts, s[start:])
	if sep == 0 {
		sep = '.'
	}
	tokens := make([]token, 0, len(parts))
	for _, part := range parts {
		if part == "" {
			return nil, 0, fmt.Errorf("%q: empty step (two separators in a row, or one at an end)", s)
		}
		t := token{raw: part, text: part}
		if i := strings.IndexByte(part, '['); i >= 0 {
			if !strings.HasSuffix(part, "]") {
				return nil, 0, fmt.Errorf("%q: %s: nothing may follow an index", s, part)
			}
			t.text, t.index, t.hasIndex = part[:i], part[i+1:len(part)-1], true
			if t.text == "" {
				return nil, 0, fmt.Errorf("%q: %s: an index follows a name", s, part)
			}
			if err := checkIndex(t.index); err != nil {
				return nil, 0, fmt.Errorf("%q: %s: %w", s, part, err)
			}
		}
		tokens = append(tokens, t)
	}
	return tokens, sep, nil
}

// checkIndex accepts what Terraform writes in an address index (a number
// or a quoted key) and, in patterns, "*" anywhere inside them.
func checkIndex(ix string) error {
	switch {
	case ix == "":
		return fmt.Errorf("empty index; write [0], [\"KEY\"] or [*]")
	case len(ix) >= 2 && ix[0] == '"' && ix[len(ix)-1] == '"' && !strings.Contains(ix, `"][`):
		return nil
	case strings.Contains(ix, "]["):
		return fmt.Errorf("one index per step")
	}
	for _, r := range ix {
		if (r < '0' || r > '9') && r != '*' {
			return fmt.Errorf("an index is a count number [0], a quoted for_each key [\"KEY\"], or [*]")
		}
	}
	return nil
}

// parseAddress cuts a concrete address into steps; ok is false when it is
// not an address this grammar knows (it is then matched as one step).
func parseAddress(addr string) ([]addressStep, bool) {
	tokens, sep, err := splitAddress(addr)
	if err != nil {
		return nil, false
	}
	var steps []addressStep
	if sep == '/' {
		for _, t := range tokens {
			steps = append(steps, addressStep{kind: stepWhole, name: t.text, index: t.index, hasIndex: t.hasIndex})
		}
		return steps, true
	}
	for i := 0; i < len(tokens); {
		t, rest := tokens[i], len(tokens)-i
		switch {
		case t.text == "module" && rest >= 2:
			n := tokens[i+1]
			steps = append(steps, addressStep{kind: stepModule, name: n.text, index: n.index, hasIndex: n.hasIndex})
			i += 2
		case t.text == "data" && rest >= 3:
			n := tokens[i+2]
			steps = append(steps, addressStep{kind: stepData, typ: tokens[i+1].text, name: n.text, index: n.index, hasIndex: n.hasIndex})
			i += 3
		case rest == 1:
			steps = append(steps, addressStep{kind: stepWhole, name: t.text, index: t.index, hasIndex: t.hasIndex})
			i++
		default:
			n := tokens[i+1]
			steps = append(steps, addressStep{kind: stepResource, typ: t.text, name: n.text, index: n.index, hasIndex: n.hasIndex})
			i += 2
		}
	}
	return steps, true
}

// base is a step's text without its index, as a whole-step glob sees it.
func (s addressStep) base() string {
	switch s.kind {
	case stepModule:
		return "module." + s.name
	case stepData:
		return "data." + s.typ + "." + s.name
	case stepResource:
		return s.typ + "." + s.name
	}
	return s.name
}

// Match reports whether an address matches the pattern.
func (p *AddressPattern) Match(addr string) bool {
	if addr == "" {
		return false
	}
	if addr == p.text {
		return true
	}
	steps, ok := parseAddress(addr)
	if !ok {
		steps = []addressStep{{kind: stepWhole, name: addr}}
	}
	return matchSteps(p.steps, steps)
}

func matchSteps(pat []patternStep, steps []addressStep) bool {
	for len(pat) > 0 {
		ps := pat[0]
		if ps.kind == stepAny {
			for i := 0; i <= len(steps); i++ {
				if matchSteps(pat[1:], steps[i:]) {
					return true
				}
			}
			return false
		}
		if len(steps) == 0 || !matchStep(ps, steps[0]) {
			return false
		}
		// A pattern ending in a module call covers what is inside it.
		if len(pat) == 1 && ps.kind == stepModule {
			return true
		}
		pat, steps = pat[1:], steps[1:]
	}
	return len(steps) == 0
}

func matchStep(ps patternStep, s addressStep) bool {
	switch ps.kind {
	case stepWhole:
		if !glob(ps.name, s.base()) {
			return false
		}
	case stepModule:
		if s.kind != stepModule || !glob(ps.name, s.name) {
			return false
		}
	case stepData, stepResource:
		if s.kind != ps.kind || !glob(ps.typ, s.typ) || !glob(ps.name, s.name) {
			return false
		}
	}
	if ps.hasIndex {
		return s.hasIndex && glob(ps.index, s.index)
	}
	return true
}

// glob matches text against a pattern whose only wildcard is "*" (any run
// of characters).
func glob(pattern, text string) bool {
	star, starText := -1, 0
	pi, ti := 0, 0
	for ti < len(text) {
		switch {
		case pi < len(pattern) && pattern[pi] == '*':
			star, starText = pi, ti
			pi++
		case pi < len(pattern) && pattern[pi] == text[ti]:
			pi++
			ti++
		case star >= 0:
			pi = star + 1
			starText++
			ti = starText
		default:
			return false
		}
	}
	for pi < len(pattern) && pattern[pi] == '*' {
		pi++
	}
	return pi == len(pattern)
}
