package mapping_test

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/cost"
	"github.com/iacvet/iacvet/mapping"
	"github.com/iacvet/iacvet/parsers/cfn"
	"github.com/iacvet/iacvet/rules"
)

// noTerraform lists canonical types that built-in rules or prices use but
// that no Terraform resource maps to, each with the reason.
var noTerraform = map[string]string{
	"AWS::Serverless::Function": "a SAM transform type of templates; Terraform declares functions as aws_lambda_function (AWS::Lambda::Function)",
}

// TestCoverage checks that every canonical type a built-in rule reads or
// the cost estimate prices has at least one Terraform type mapped to it.
func TestCoverage(t *testing.T) {
	eng, err := rules.New(context.Background(), rules.Options{})
	if err != nil {
		t.Fatal(err)
	}
	used := map[string][]string{} // canonical type -> who uses it
	for _, m := range eng.Rules() {
		for _, typ := range m.ResourceTypes {
			used[typ] = append(used[typ], "rule "+m.ID)
		}
	}
	for _, typ := range cost.PricedTypes {
		used[typ] = append(used[typ], "cost")
	}
	tab := mapping.Default()
	mapped := map[string][]string{}
	for _, native := range tab.Types() {
		e, _ := tab.Entry(native)
		for _, typ := range canonicalTypes(e) {
			mapped[typ] = append(mapped[typ], native)
		}
	}
	var missing []string
	for typ, who := range used {
		if !strings.HasPrefix(typ, "AWS::") {
			// A native type (aws_ebs_snapshot): it must stay unmapped or be
			// mapped on purpose; nothing to check.
			continue
		}
		if len(mapped[typ]) > 0 {
			if _, listed := noTerraform[typ]; listed {
				t.Errorf("%s is mapped from %v but listed in noTerraform", typ, mapped[typ])
			}
			continue
		}
		if _, ok := noTerraform[typ]; !ok {
			sort.Strings(who)
			missing = append(missing, typ+" ("+strings.Join(who, ", ")+")")
		}
	}
	sort.Strings(missing)
	if diff := cmp.Diff([]string(nil), missing); diff != "" {
		t.Errorf("canonical types without a Terraform mapping:\n%s", strings.Join(missing, "\n"))
	}
	for typ := range noTerraform {
		if len(used[typ]) == 0 {
			t.Errorf("noTerraform lists %s, which nothing uses", typ)
		}
	}
}

// TestModelOnlyTypes checks that every canonical type the table produces is
// a CloudFormation resource type, or is declared model_only (with how it is
// named) because CloudFormation has none; a model_only type must not shadow
// a real CloudFormation type.
func TestModelOnlyTypes(t *testing.T) {
	tab := mapping.Default()
	for _, native := range tab.Types() {
		e, _ := tab.Entry(native)
		for _, typ := range canonicalTypes(e) {
			known := cfn.KnownType(typ)
			switch {
			case e.ModelOnly == "" && !known:
				t.Errorf("%s maps to %s, which CloudFormation does not define: declare model_only with the reason", native, typ)
			case e.ModelOnly != "" && known:
				t.Errorf("%s is model_only, but %s is a CloudFormation type", native, typ)
			case e.ModelOnly != "" && !strings.HasPrefix(typ, "AWS::"):
				t.Errorf("%s is model_only: name %s AWS::<Service>::<Thing>", native, typ)
			}
		}
	}
}

// canonicalTypes lists the canonical types an entry can produce.
func canonicalTypes(e *mapping.Entry) []string {
	var out []string
	if e.Type != "" {
		out = append(out, e.Type)
	}
	if e.TypeFrom != nil {
		for _, v := range e.TypeFrom.Values {
			out = append(out, v)
		}
	}
	for _, a := range e.Also {
		out = append(out, a.Type)
	}
	return out
}
