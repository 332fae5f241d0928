package rules

import (
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
)

func TestBuiltinMissing(t *testing.T) {
	cases := []struct {
		name     string
		resource string
		path     string
		want     bool
	}{
		{"absent", `{"properties": {}}`, `["A"]`, true},
		{"null", `{"properties": {"A": null}}`, `["A"]`, true},
		{"empty string", `{"properties": {"A": ""}}`, `["A"]`, true},
		{"empty list", `{"properties": {"A": []}}`, `["A"]`, true},
		{"set", `{"properties": {"A": "x"}}`, `["A"]`, false},
		{"false is a value", `{"properties": {"A": false}}`, `["A"]`, false},
		{"empty object is a value", `{"properties": {"A": {}}}`, `["A"]`, false},
		{"nested absent", `{"properties": {"A": {"B": 1}}}`, `["A", "C"]`, true},
		{"nested set", `{"properties": {"A": {"B": 1}}}`, `["A", "B"]`, false},
		{"array index", `{"properties": {"A": [{"B": "x"}]}}`, `["A", 0, "B"]`, false},
		{"array index out of range", `{"properties": {"A": [{"B": "x"}]}}`, `["A", 1, "B"]`, true},
		{"unknown value", `{"properties": {"A": {"$unknown": true}}}`, `["A"]`, false},
		{"unknown on the way", `{"properties": {"A": {"$unknown": true}}}`, `["A", "B"]`, false},
		{"redacted on the way", `{"properties": {"A": {"$sensitive": true}}}`, `["A", "B"]`, false},
		{"partial resource", `{"partial": true, "properties": {}}`, `["A"]`, false},
		{"whole resource", `{"partial": false, "properties": {}}`, `["A"]`, true},
		{"no properties", `{}`, `["A"]`, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := missing(ast.MustParseTerm(c.resource).Value, ast.MustParseTerm(c.path).Value)
			if got != c.want {
				t.Errorf("missing(%s, %s) = %v, want %v", c.resource, c.path, got, c.want)
			}
		})
	}
}

func TestBuiltinUnknownAt(t *testing.T) {
	cases := []struct {
		obj, path string
		want      bool
	}{
		{`{"A": {"$unknown": true}}`, `["A"]`, true},
		{`{"A": {"$unknown": true}}`, `["A", "B"]`, true},
		{`{"A": {"B": {"$unknown": true}}}`, `["A", "B", "C"]`, true},
		{`{"A": {"B": 1}}`, `["A", "B"]`, false},
		{`{"A": {"$sensitive": true}}`, `["A"]`, false},
		{`{}`, `["A"]`, false},
		{`{"A": [{"$unknown": true}]}`, `["A", 0]`, true},
	}
	for _, c := range cases {
		if got := unknownAt(ast.MustParseTerm(c.obj).Value, ast.MustParseTerm(c.path).Value); got != c.want {
			t.Errorf("unknown_at(%s, %s) = %v, want %v", c.obj, c.path, got, c.want)
		}
	}
}

func TestBuiltinKnownAndIsTrue(t *testing.T) {
	cases := []struct {
		value        string
		known, truth bool
	}{
		{`true`, true, true},
		{`"true"`, true, true},
		{`"TRUE"`, true, true},
		{`"True"`, true, true},
		{`"yes"`, true, false},
		{`"truex"`, true, false},
		{`false`, true, false},
		{`1`, true, false},
		{`null`, true, false},
		{`{"$unknown": true}`, false, false},
		{`{"$sensitive": true}`, false, false},
		{`{"$unknown": false}`, true, false},
		{`{"a": 1}`, true, false},
	}
	for _, c := range cases {
		v := ast.MustParseTerm(c.value).Value
		if got := known(v); got != c.known {
			t.Errorf("known(%s) = %v, want %v", c.value, got, c.known)
		}
		if got := isTrue(v); got != c.truth {
			t.Errorf("is_true(%s) = %v, want %v", c.value, got, c.truth)
		}
	}
}
