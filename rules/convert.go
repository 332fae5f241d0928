package rules

import (
	"encoding/json"
	"sort"
	"strconv"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/iacvet/iacvet/mapping"
	"github.com/iacvet/iacvet/model"
)

// resourceValue converts a resource into the Rego object rules see. id is
// the resource's index in the scan, used to map findings back.
func resourceValue(id int, r *model.Resource) ast.Value {
	items := [][2]*ast.Term{
		{ast.StringTerm("$id"), ast.IntNumberTerm(id)},
		{ast.StringTerm("address"), ast.StringTerm(r.Address)},
		{ast.StringTerm("type"), ast.StringTerm(r.Type)},
		{ast.StringTerm("native_type"), ast.StringTerm(r.NativeType)},
		{ast.StringTerm("name"), ast.StringTerm(r.Name)},
		{ast.StringTerm("mode"), ast.StringTerm(string(r.Mode))},
		{ast.StringTerm("provider"), ast.StringTerm(r.Provider)},
		{ast.StringTerm("region"), ast.StringTerm(r.Region)},
		{ast.StringTerm("action"), ast.StringTerm(string(r.Action()))},
		{ast.StringTerm("format"), ast.StringTerm(string(r.Source.Format))},
		{ast.StringTerm("module"), ast.StringTerm(r.Source.Module)},
		{ast.StringTerm("stack"), ast.StringTerm(r.Source.Stack)},
		{ast.StringTerm("file"), ast.StringTerm(r.Source.File)},
		// input is the scanned input (plan, module directory, template) the
		// resource came from: addresses are unique only within one.
		{ast.StringTerm("input"), ast.StringTerm(r.Meta[mapping.MetaInput])},
		{ast.StringTerm("line"), ast.IntNumberTerm(r.Source.Line)},
		{ast.StringTerm("partial"), ast.BooleanTerm(r.Meta[mapping.MetaPartial] == "true")},
		{ast.StringTerm("properties"), ast.NewTerm(toValue(r.Properties))},
		{ast.StringTerm("has_unknown"), ast.BooleanTerm(hasUnknown(r.Properties))},
	}
	if r.Change != nil && r.Change.Before != nil {
		items = append(items, [2]*ast.Term{ast.StringTerm("before"), ast.NewTerm(toValue(r.Change.Before))})
	} else {
		items = append(items, [2]*ast.Term{ast.StringTerm("before"), ast.NullTerm()})
	}
	return ast.NewObject(items...)
}

// hasUnknown reports whether v holds an Unknown anywhere, so that rules'
// unknown-until-apply checks can skip fully known resources cheaply.
func hasUnknown(v any) bool {
	switch tv := v.(type) {
	case model.Unknown:
		return true
	case map[string]any:
		for _, item := range tv {
			if hasUnknown(item) {
				return true
			}
		}
	case []any:
		for _, item := range tv {
			if hasUnknown(item) {
				return true
			}
		}
	}
	return false
}

var (
	unknownKey   = ast.StringTerm("$unknown")
	refKey       = ast.StringTerm("$ref")
	sensitiveKey = ast.StringTerm("$sensitive")
	literalKey   = ast.StringTerm("$literal")
)

// toValue converts a model value into an ast.Value without a JSON round trip.
func toValue(v any) ast.Value {
	switch tv := v.(type) {
	case nil:
		return ast.Null{}
	case bool:
		return ast.Boolean(tv)
	case string:
		return ast.String(tv)
	case json.Number:
		return ast.Number(tv)
	case float64:
		return ast.Number(strconv.FormatFloat(tv, 'g', -1, 64))
	case int:
		return ast.Number(strconv.Itoa(tv))
	case int64:
		return ast.Number(strconv.FormatInt(tv, 10))
	case []any:
		terms := make([]*ast.Term, len(tv))
		for i, item := range tv {
			terms[i] = ast.NewTerm(toValue(item))
		}
		return ast.NewArray(terms...)
	case map[string]any:
		keys := make([]string, 0, len(tv))
		for k := range tv {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		items := make([][2]*ast.Term, len(keys))
		for i, k := range keys {
			items[i] = [2]*ast.Term{ast.StringTerm(k), ast.NewTerm(toValue(tv[k]))}
		}
		return ast.NewObject(items...)
	case model.Unknown:
		if tv.Ref != "" {
			return ast.NewObject([2]*ast.Term{unknownKey, ast.BooleanTerm(true)}, [2]*ast.Term{refKey, ast.StringTerm(tv.Ref)})
		}
		return ast.NewObject([2]*ast.Term{unknownKey, ast.BooleanTerm(true)})
	case model.Sensitive:
		if tv.Literal {
			return ast.NewObject([2]*ast.Term{sensitiveKey, ast.BooleanTerm(true)}, [2]*ast.Term{literalKey, ast.BooleanTerm(true)})
		}
		return ast.NewObject([2]*ast.Term{sensitiveKey, ast.BooleanTerm(true)})
	default:
		// Values outside the model's contract: go through JSON.
		if val, err := ast.InterfaceToValue(tv); err == nil {
			return val
		}
		return ast.Null{}
	}
}
