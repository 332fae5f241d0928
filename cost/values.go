package cost

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"

	"github.com/iacvet/iacvet/model"
)

// state says what a property read found.
type state int

const (
	absent state = iota
	known
	unknownValue
	sensitiveValue
	invalid
)

// lookup walks props along path (map keys only).
func lookup(props map[string]any, path ...string) (any, bool) {
	var cur any = props
	for _, p := range path {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		cur, ok = m[p]
		if !ok {
			return nil, false
		}
	}
	return cur, cur != nil
}

func classify(v any, ok bool) state {
	if !ok || v == nil {
		return absent
	}
	switch v.(type) {
	case model.Unknown, *model.Unknown:
		return unknownValue
	case model.Sensitive, *model.Sensitive:
		return sensitiveValue
	case map[string]any:
		m := v.(map[string]any)
		if m["$unknown"] == true {
			return unknownValue
		}
		if m["$sensitive"] == true {
			return sensitiveValue
		}
	}
	return known
}

// toNumber reads json.Number, float64, ints and numeric strings.
func toNumber(v any) (float64, bool) {
	var f float64
	switch n := v.(type) {
	case json.Number:
		x, err := n.Float64()
		if err != nil {
			return 0, false
		}
		f = x
	case float64:
		f = n
	case float32:
		f = float64(n)
	case int:
		f = float64(n)
	case int64:
		f = float64(n)
	case int32:
		f = float64(n)
	case uint64:
		f = float64(n)
	case string:
		x, err := strconv.ParseFloat(strings.TrimSpace(n), 64)
		if err != nil {
			return 0, false
		}
		f = x
	default:
		return 0, false
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

func num(props map[string]any, path ...string) (float64, state) {
	v, ok := lookup(props, path...)
	st := classify(v, ok)
	if st != known {
		return 0, st
	}
	f, ok := toNumber(v)
	if !ok {
		return 0, invalid
	}
	return f, known
}

func str(props map[string]any, path ...string) (string, state) {
	v, ok := lookup(props, path...)
	st := classify(v, ok)
	if st != known {
		return "", st
	}
	switch s := v.(type) {
	case string:
		return s, known
	case json.Number:
		return s.String(), known
	}
	return "", invalid
}

func boolean(props map[string]any, path ...string) (bool, state) {
	v, ok := lookup(props, path...)
	st := classify(v, ok)
	if st != known {
		return false, st
	}
	switch b := v.(type) {
	case bool:
		return b, known
	case string:
		switch strings.ToLower(strings.TrimSpace(b)) {
		case "true":
			return true, known
		case "false":
			return false, known
		}
	}
	return false, invalid
}

func list(props map[string]any, path ...string) ([]any, state) {
	v, ok := lookup(props, path...)
	st := classify(v, ok)
	if st != known {
		return nil, st
	}
	l, ok := v.([]any)
	if !ok {
		if m, isMap := v.(map[string]any); isMap {
			return []any{m}, known
		}
		return nil, invalid
	}
	return l, known
}
