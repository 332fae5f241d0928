package rules

import (
	"context"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/iacvet/iacvet/model"
)

// testLimits are small so the hostile policies stop quickly.
var testLimits = Limits{Timeout: time.Second, Memory: 128 << 20, MaxRange: 200_000, MaxCIDRExpand: 4096}

// heapBound is how far the heap may grow while a hostile policy runs:
// generous (the guard samples every few ms, the allocator is fast), but far
// below what the policies take unguarded (gigabytes).
const heapBound = 768 << 20

func hostileRule(pkg, body string) string {
	return "# METADATA\n# title: hostile\n# custom:\n#   id: EVIL-001\n#   severity: low\n#   resource_types: [\"*\"]\npackage " + pkg + "\n\n" + body + "\n"
}

func customEngine(t *testing.T, files map[string]string, builtin bool, limits Limits) (*Engine, error) {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, src := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(src)}
	}
	sources := []Source{{Name: "custom", FS: fsys}}
	if builtin {
		sources = append([]Source{Builtin()}, sources...)
	}
	return New(context.Background(), Options{Sources: sources, Workers: 1, Limits: limits})
}

// peakHeap samples the heap while f runs and returns its growth at the peak.
func peakHeap(f func()) uint64 {
	base := heapBytes()
	var peak uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			if h := heapBytes(); h > peak {
				peak = h
			}
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	f()
	close(stop)
	wg.Wait()
	if peak < base {
		return 0
	}
	return peak - base
}

var volume = &model.Resource{Address: "aws_ebs_volume.a", Type: "AWS::EC2::Volume", Mode: model.ModeManaged, Properties: map[string]any{"Encrypted": false}}

// TestHostilePolicies: a policy that loops, allocates without bound,
// reaches outside or breaks the contract is an error naming the rule (at
// load, or as an error diagnostic of the scan), never zero findings, and
// never takes the machine with it.
func TestHostilePolicies(t *testing.T) {
	cases := []struct {
		name string
		pkg  string
		body string
		// loadErr: New fails with an error holding every part.
		loadErr []string
		// diag: Eval reports one error diagnostic holding one of these.
		diag []string
		// memory replaces the test limits' memory budget (and lifts the
		// deadline, so that the budget is what stops the rule).
		memory uint64
	}{
		{name: "numbers.range huge", body: `deny contains {"resource": "r", "msg": "x"} if count(numbers.range(1, 1e9)) > 0`,
			diag: []string{"numbers.range: 1000000000 numbers is more than 200000 (the policy limit)"}},
		{name: "numbers.range descending", body: `deny contains {"resource": "r", "msg": "x"} if count(numbers.range(1e9, 1)) > 0`,
			diag: []string{"more than 200000 (the policy limit)"}},
		{name: "numbers.range_step huge", body: `deny contains {"resource": "r", "msg": "x"} if count(numbers.range_step(0, 1e12, 3)) > 0`,
			diag: []string{"numbers.range_step: 333333333334 numbers is more than 200000 (the policy limit)"}},
		{name: "cidr_expand 0.0.0.0/0", body: `deny contains {"resource": "r", "msg": "x"} if count(net.cidr_expand("0.0.0.0/0")) > 0`,
			diag: []string{"net.cidr_expand: 0.0.0.0/0 has more than 4096 addresses (the policy limit)"}},
		{name: "cidr_expand ::/0", body: `deny contains {"resource": "r", "msg": "x"} if count(net.cidr_expand("::/0")) > 0`,
			diag: []string{"net.cidr_expand: ::/0 has more than 4096"}},
		{name: "nested comprehension 10^4 x 10^4", body: `deny contains {"resource": "r", "msg": "x"} if count([[i, j] | some i in numbers.range(1, 10000); some j in numbers.range(1, 10000)]) > 0`,
			diag: []string{"memory budget", "time limit"}},
		{name: "comprehension loop without allocation", body: `deny contains {"resource": "r", "msg": "x"} if count([1 | some i in numbers.range(1, 100000); some j in numbers.range(1, 100000); i == j + 1e9]) == 0`,
			diag: []string{"timed out after 1s (the policy time limit)"}},
		{name: "walk over big generated data", body: `big := {sprintf("k%d", [k]): [k, {"a": [k, k]}] | some k in numbers.range(1, 200000)}

deny contains {"resource": "r", "msg": "x"} if count([p | walk(big, [p, _]); walk(big, _)]) > 0`,
			diag: []string{"memory budget", "time limit"}},
		{name: "strings built in a comprehension", body: `base := replace(replace(replace(replace(replace("xxxxxxxxxx", "x", "xxxxxxxxxx"), "x", "xxxxxxxxxx"), "x", "xxxxxxxxxx"), "x", "xxxxxxxxxx"), "x", "xxxxxxxxxx")

deny contains {"resource": "r", "msg": "x"} if count([s | some i in numbers.range(1, 100000); s := concat("", [base, format_int(i, 10)])]) > 0`,
			memory: 32 << 20, diag: []string{"stopped: the heap grew over the policy memory budget of 32 MiB while it ran"}},
		{name: "package iacvet.lib", pkg: "iacvet.lib", body: `deny contains {"resource": "r", "msg": "x"} if true`,
			loadErr: []string{"custom/evil.rego:7: package iacvet.lib: the iacvet namespace is reserved for the built-in policies"}},
		{name: "package iacvet.rules.x", pkg: "iacvet.rules.x", body: `deny contains {"resource": "r", "msg": "x"} if true`,
			loadErr: []string{"custom/evil.rego:7: package iacvet.rules.x: the iacvet namespace is reserved"}},
		{name: "http.send", body: `deny contains {"resource": "r", "msg": "x"} if http.send({"method": "GET", "url": "http://127.0.0.1:1"}).status_code == 200`,
			loadErr: []string{"undefined function http.send"}},
		{name: "opa.runtime env", body: `deny contains {"resource": "r", "msg": opa.runtime().env.AWS_SECRET_ACCESS_KEY} if true`,
			loadErr: []string{"undefined function opa.runtime"}},
		{name: "deny not a set", body: `deny := {"resource": "r", "msg": "x"}`,
			loadErr: []string{"custom/evil.rego:9: deny must be a set of findings"}},
		{name: "deny an object", body: `deny[k] := {"resource": "r", "msg": "x"} if k := "a"`,
			loadErr: []string{"deny must be a set of findings"}},
		{name: "finding without resource", body: `deny contains {"msg": "x"} if true`,
			diag: []string{"rule EVIL-001 (evil, custom/evil.rego) returned a result that is not a finding object"}},
		{name: "finding without msg", body: `deny contains {"resource": "r"} if true`,
			diag: []string{"not a finding object"}},
		{name: "finding a string", body: `deny contains "insecure" if true`,
			diag: []string{"not a finding object"}},
		{name: "conflict", body: `v := 1 if true

v := 2 if true

deny contains {"resource": "r", "msg": sprintf("%d", [v])} if true`,
			diag: []string{"rule EVIL-001 (evil, custom/evil.rego) failed to evaluate"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			pkg := tc.pkg
			if pkg == "" {
				pkg = "evil"
			}
			limits := testLimits
			if tc.memory != 0 { // and time enough to reach it on a busy machine
				limits.Memory, limits.Timeout = tc.memory, 20*time.Second
			}
			e, err := customEngine(t, map[string]string{"evil.rego": hostileRule(pkg, tc.body)}, false, limits)
			if tc.loadErr != nil {
				if err == nil {
					t.Fatal("the policy loaded")
				}
				for _, want := range tc.loadErr {
					if !strings.Contains(err.Error(), want) {
						t.Errorf("load error %q, want %q", err, want)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var res *Result
			grew := peakHeap(func() { res, err = e.Eval(context.Background(), Input{Resources: []*model.Resource{volume}}) })
			if err != nil {
				t.Fatal(err)
			}
			if grew > heapBound {
				t.Errorf("heap grew by %d MiB, bound %d MiB", grew>>20, heapBound>>20)
			}
			if len(res.Findings) != 0 {
				t.Errorf("findings %v, want none", res.Findings)
			}
			if len(res.Diagnostics) != 1 {
				t.Fatalf("diagnostics %v, want one", res.Diagnostics)
			}
			d := res.Diagnostics[0]
			t.Logf("%s (heap +%d MiB)", d.Summary, grew>>20)
			text := d.Summary + " " + d.Detail
			if d.Severity != model.DiagError || !strings.Contains(d.Summary, "EVIL-001") || d.Position.File != "custom/evil.rego" || !containsAny(text, tc.diag) {
				t.Errorf("diagnostic %+v, want an error on custom/evil.rego naming EVIL-001 and one of %q", d, tc.diag)
			}
		})
	}
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// TestHostilePolicyBesideBuiltins: the built-in rules still report their
// findings when a custom rule next to them is stopped.
func TestHostilePolicyBesideBuiltins(t *testing.T) {
	limits := testLimits
	limits.Timeout = 2 * time.Second
	hog := hostileRule("evil", `deny contains {"resource": "r", "msg": "x"} if count([[i, j] | some i in numbers.range(1, 10000); some j in numbers.range(1, 10000)]) > 0`)
	e, err := customEngine(t, map[string]string{"evil.rego": hog}, true, limits)
	if err != nil {
		t.Fatal(err)
	}
	res, err := e.Eval(context.Background(), Input{Resources: []*model.Resource{volume}})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range res.Findings {
		found = found || (f.RuleID == "AWS-EBS-001" && f.Resource == "aws_ebs_volume.a")
	}
	if !found {
		t.Errorf("no AWS-EBS-001 finding beside the stopped rule: %v", res.Findings)
	}
	if len(res.Diagnostics) != 1 || !strings.Contains(res.Diagnostics[0].Summary, "EVIL-001") {
		t.Errorf("diagnostics %v, want one about EVIL-001", res.Diagnostics)
	}
}

// TestUserNamespaces: packages outside iacvet load, whatever their name,
// and import the library.
func TestUserNamespaces(t *testing.T) {
	for _, pkg := range []string{"custom.tags", "acme.rules.tags", "iacvet_extra", "org.iacvet.lib"} {
		t.Run(pkg, func(t *testing.T) {
			src := strings.Replace(tagRule, "package acme.tags", "package "+pkg, 1)
			if _, err := engine(t, map[string]string{"tags.rego": src}); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestPolicyTestLimits: iacvet policy test has the same limits.
func TestPolicyTestLimits(t *testing.T) {
	fsys := fstest.MapFS{"x_test.rego": &fstest.MapFile{Data: []byte(`package acme.x_test

test_loop if count([1 | some i in numbers.range(1, 100000); some j in numbers.range(1, 100000); i == j + 1e9]) == 0

test_range if count(numbers.range(1, 1e9)) > 0

test_cidr if count(net.cidr_expand("10.0.0.0/8")) > 0

test_ok if count(numbers.range(1, 10)) == 10
`)}}
	limits := testLimits
	limits.Timeout = 500 * time.Millisecond
	results, err := RunTestsWith(context.Background(), []Source{{Name: "custom", FS: fsys}}, limits)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"test_loop":  "time limit",
		"test_range": "numbers.range: 1000000000 numbers is more than 200000",
		"test_cidr":  "net.cidr_expand: 10.0.0.0/8 has more than 4096",
		"test_ok":    "",
	}
	if len(results) != len(want) {
		t.Fatalf("%d results, want %d", len(results), len(want))
	}
	for _, r := range results {
		w, ok := want[r.Name]
		switch {
		case !ok:
			t.Errorf("unexpected test %s", r.Name)
		case w == "" && (r.Error != nil || r.Fail):
			t.Errorf("%s: error %v, fail %v", r.Name, r.Error, r.Fail)
		case w != "" && (r.Error == nil || !strings.Contains(r.Error.Error(), w)):
			t.Errorf("%s: error %v, want %q", r.Name, r.Error, w)
		}
	}
	reserved := fstest.MapFS{"lib_test.rego": &fstest.MapFile{Data: []byte("package iacvet.lib_test\n\ntest_x if true\n")}}
	if _, err := RunTestsWith(context.Background(), []Source{{Name: "custom", FS: reserved}}, limits); err == nil || !strings.Contains(err.Error(), "custom/lib_test.rego:1: package iacvet.lib_test: the iacvet namespace is reserved") {
		t.Errorf("error %v, want the reserved namespace", err)
	}
}
