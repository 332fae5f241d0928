package tfplan

import (
	"context"
	"encoding/json"
	"os"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
	tfjson "github.com/hashicorp/terraform-json"

	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/parsers/tfsource"
)

// unknownLists is a plan (and its configuration) whose list attributes are
// unknown as a whole, as Terraform plans sets of ids that are not known yet.
const unknownLists = "testdata/unknown_lists"

func u(ref string) model.Unknown { return model.Unknown{Ref: ref} }

// TestUnknownLists checks that an unknown list whose expression names
// several resources' attributes becomes one unknown per resource, and that
// anything that cannot be decided stays a single unknown.
func TestUnknownLists(t *testing.T) {
	rs := parseFixture(t, unknownLists+"/plan.json")
	cases := []struct {
		name, addr, attr string
		want             any
	}{
		{"two groups", "aws_instance.two", "vpc_security_group_ids", []any{u("aws_security_group.web"), u("aws_security_group.ssh")}},
		{"one group", "aws_instance.one", "vpc_security_group_ids", u("aws_security_group.web")},
		{"instances named one by one", "aws_instance.keyed", "vpc_security_group_ids", []any{u("aws_security_group.pool[0]"), u("aws_security_group.pool[1]")}},
		{"splat: how many is unknown", "aws_instance.splat", "vpc_security_group_ids", u("aws_security_group.pool")},
		{"mixed with a variable", "aws_instance.mixed", "vpc_security_group_ids", u("aws_security_group.web")},
		{"a string built from several resources", "aws_instance.two", "user_data", u("aws_security_group.web")},
		{"a scalar reference", "aws_instance.two", "subnet_id", u("aws_subnet.a")},
		{"load balancer groups", "aws_lb.web", "security_groups", []any{u("aws_security_group.web"), u("aws_security_group.ssh")}},
		{"load balancer subnets", "aws_lb.web", "subnets", []any{u("aws_subnet.a"), u("aws_subnet.b")}},
		{"inside a module", "module.app.aws_instance.app", "vpc_security_group_ids", []any{u("module.app.aws_security_group.app"), u("module.app.aws_security_group.admin")}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := rs[tc.addr]
			if r == nil {
				t.Fatalf("no resource %s", tc.addr)
			}
			if diff := cmp.Diff(tc.want, r.Properties[tc.attr]); diff != "" {
				t.Errorf("%s.%s (-want +got)\n%s", tc.addr, tc.attr, diff)
			}
		})
	}
}

// TestUnknownListsAgreeWithSource parses the configuration of the plan
// with tfsource: where the plan can tell the resources an unknown list is
// made of, both name the same ones.
func TestUnknownListsAgreeWithSource(t *testing.T) {
	plan := parseFixture(t, unknownLists+"/plan.json")
	src, diags := tfsource.ParseDir(context.Background(), unknownLists, tfsource.Options{Region: "us-west-2"})
	for _, d := range diags {
		if d.Severity == model.DiagError {
			t.Fatalf("tfsource: %s", d)
		}
	}
	source := map[string]*model.Resource{}
	for _, r := range src {
		source[r.Address] = r
	}
	for _, c := range []struct{ addr, attr string }{
		{"aws_instance.two", "vpc_security_group_ids"},
		{"aws_instance.one", "vpc_security_group_ids"},
		{"aws_instance.keyed", "vpc_security_group_ids"},
		{"aws_lb.web", "security_groups"},
		{"aws_lb.web", "subnets"},
		{"module.app.aws_instance.app", "vpc_security_group_ids"},
	} {
		p, s := plan[c.addr], source[c.addr]
		if p == nil || s == nil {
			t.Errorf("%s: in plan %v, in source %v", c.addr, p != nil, s != nil)
			continue
		}
		if diff := cmp.Diff(refsOf(s.Properties[c.attr]), refsOf(p.Properties[c.attr])); diff != "" {
			t.Errorf("%s.%s: plan and source disagree (-source +plan)\n%s", c.addr, c.attr, diff)
		}
	}
}

// refsOf lists the references of an unknown or a list of them, sorted.
func refsOf(v any) []string {
	var out []string
	switch x := v.(type) {
	case model.Unknown:
		out = append(out, x.Ref)
	case []any:
		for _, e := range x {
			out = append(out, refsOf(e)...)
		}
	}
	sort.Strings(out)
	return out
}

// TestMergeUnknownList covers the shapes an unknown list takes in a plan:
// unknown as a whole (with or without Terraform's after_sensitive marker
// saying it is a collection) and planned element by element.
func TestMergeUnknownList(t *testing.T) {
	exprs := func(refs ...string) map[string]*tfjson.Expression {
		return map[string]*tfjson.Expression{"ids": {ExpressionData: &tfjson.ExpressionData{References: refs}}}
	}
	two := []string{"aws_subnet.a.id", "aws_subnet.a", "aws_subnet.b.id", "aws_subnet.b"}
	cases := []struct {
		name                      string
		after, unknown, sensitive string // JSON
		exprs                     map[string]*tfjson.Expression
		refPrefix                 string
		want                      any
	}{
		{"a collection unknown as a whole", `{}`, `{"ids": true}`, `{"ids": []}`, exprs(two...), "",
			[]any{u("aws_subnet.a"), u("aws_subnet.b")}},
		{"in a module", `{}`, `{"ids": true}`, `{"ids": []}`, exprs(two...), "module.net",
			[]any{u("module.net.aws_subnet.a"), u("module.net.aws_subnet.b")}},
		{"not known to be a collection", `{}`, `{"ids": true}`, `{}`, exprs(two...), "",
			u("aws_subnet.a")},
		{"a map", `{}`, `{"ids": true}`, `{"ids": {}}`, exprs(two...), "",
			u("aws_subnet.a")},
		{"a data source and a resource", `{}`, `{"ids": true}`, `{"ids": []}`,
			exprs("data.aws_subnet.shared.id", "data.aws_subnet.shared", "aws_subnet.a.id", "aws_subnet.a"), "",
			[]any{u("data.aws_subnet.shared"), u("aws_subnet.a")}},
		{"a local", `{}`, `{"ids": true}`, `{"ids": []}`, exprs(append(two, "local.extra")...), "",
			u("aws_subnet.a")},
		{"a for expression over a whole resource", `{}`, `{"ids": true}`, `{"ids": []}`,
			exprs("aws_subnet.this", "aws_subnet.b.id", "aws_subnet.b"), "",
			u("aws_subnet.this")},
		{"the same resource twice", `{}`, `{"ids": true}`, `{"ids": []}`,
			exprs("aws_subnet.a.id", "aws_subnet.a", "aws_subnet.a.arn", "aws_subnet.a"), "",
			u("aws_subnet.a")},
		{"planned element by element", `{"ids": [null, null]}`, `{"ids": [true, true]}`, `{"ids": [false, false]}`, exprs(two...), "",
			[]any{u("aws_subnet.a"), u("aws_subnet.b")}},
		{"known and unknown elements", `{"ids": ["subnet-0a1b2c3d", null, null]}`, `{"ids": [false, true, true]}`, `{"ids": []}`, exprs(two...), "",
			[]any{"subnet-0a1b2c3d", u("aws_subnet.a"), u("aws_subnet.b")}},
		{"more unknown elements than resources", `{"ids": [null, null, null]}`, `{"ids": [true, true, true]}`, `{"ids": []}`, exprs(two...), "",
			[]any{u("aws_subnet.a"), u("aws_subnet.a"), u("aws_subnet.a")}},
	}
	decode := func(t *testing.T, s string) any {
		var v any
		if err := json.Unmarshal([]byte(s), &v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := merge(decode(t, tc.after), decode(t, tc.unknown), decode(t, tc.sensitive), tc.exprs, tc.refPrefix)
			if diff := cmp.Diff(tc.want, got.(map[string]any)["ids"]); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestResourceRefs(t *testing.T) {
	cases := []struct {
		refs []string
		want []string
	}{
		{[]string{"aws_security_group.a.id", "aws_security_group.a", "aws_security_group.b.id", "aws_security_group.b"}, []string{"aws_security_group.a", "aws_security_group.b"}},
		{[]string{"aws_security_group.p[0].id", "aws_security_group.p[0]", "aws_security_group.p", "aws_security_group.p[1].id", "aws_security_group.p[1]", "aws_security_group.p"}, []string{"aws_security_group.p[0]", "aws_security_group.p[1]"}},
		{[]string{`aws_security_group.m["a.b"].id`, `aws_security_group.m["a.b"]`, "aws_security_group.m"}, []string{`aws_security_group.m["a.b"]`}},
		{[]string{"aws_security_group.p"}, nil},                            // splat
		{[]string{"aws_security_group.p[0]", "aws_security_group.p"}, nil}, // a whole instance
		{[]string{"aws_security_group.a.id", "aws_security_group.a", "var.extra"}, nil},
		{[]string{"module.sg.ids", "module.sg"}, nil},
		{[]string{"aws_security_group.a.id", "aws_security_group.a", "count.index"}, nil},
		{nil, nil},
	}
	for _, tc := range cases {
		if diff := cmp.Diff(tc.want, resourceRefs(tc.refs), cmpEmpty); diff != "" {
			t.Errorf("resourceRefs(%q) (-want +got)\n%s", tc.refs, diff)
		}
	}
}

var cmpEmpty = cmp.Transformer("empty", func(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
})

// The fixture directory is also a valid Terraform configuration.
func TestUnknownListsFixtureIsPlan(t *testing.T) {
	data, err := os.ReadFile(unknownLists + "/plan.json")
	if err != nil {
		t.Fatal(err)
	}
	if !IsPlan(data) {
		t.Error("not recognised as a plan")
	}
}
