package cost_test

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/iacvet/iacvet/cost"
	"github.com/iacvet/iacvet/mapping"
	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/scan"
)

// estimateCase is one directory under testdata/estimates: the inputs
// (plan.json, *.tf, template.yaml, parsed as a scan parses them; beside a
// plan.json the *.tf files are the configuration it was made from and are
// not scanned), an optional
// usage.yml, and want.txt, which states the expected figures, each worked out
// from the snapshot's unit prices in a comment beside it. A want.txt line is
// one of:
//
//	resource ADDRESS MONTHLY    the resource's after figure (before, for deletes)
//	before ADDRESS MONTHLY      its before figure
//	total MONTHLY               the report's TotalAfter
//	total-before MONTHLY        its TotalBefore
//	delta MONTHLY               its Delta
//	free ADDRESS                listed as free
//	not-priced ADDRESS          listed as not priced by iacvet
//	note ADDRESS TEXT           a not-priced component note contains TEXT
//	assumed ADDRESS TEXT        an assumption contains TEXT
//	usage ADDRESS TEXT          a usage-based note contains TEXT
//
// Every priced resource of the report must have a resource line, and every
// input resource must be priced, free or not priced, exactly once.
type estimateCase struct {
	dir   string
	lines []wantLine
}

type wantLine struct {
	line       int
	kind, addr string
	value      float64
	text       string
}

func loadEstimateCase(t *testing.T, dir string) estimateCase {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "want.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c := estimateCase{dir: dir}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		text, _, _ := strings.Cut(sc.Text(), "#")
		fields := strings.Fields(text)
		if len(fields) == 0 {
			continue
		}
		w := wantLine{line: n, kind: fields[0]}
		switch w.kind {
		case "resource", "before":
			if len(fields) != 3 {
				t.Fatalf("want.txt:%d: want %s ADDRESS MONTHLY", n, w.kind)
			}
			w.addr, w.value = fields[1], number(t, n, fields[2])
		case "total", "total-before", "delta":
			if len(fields) != 2 {
				t.Fatalf("want.txt:%d: want %s MONTHLY", n, w.kind)
			}
			w.value = number(t, n, fields[1])
		case "free", "not-priced":
			if len(fields) != 2 {
				t.Fatalf("want.txt:%d: want %s ADDRESS", n, w.kind)
			}
			w.addr = fields[1]
		case "note", "assumed", "usage":
			if len(fields) < 3 {
				t.Fatalf("want.txt:%d: want %s ADDRESS TEXT", n, w.kind)
			}
			w.addr, w.text = fields[1], strings.Join(fields[2:], " ")
		default:
			t.Fatalf("want.txt:%d: unknown line kind %q", n, w.kind)
		}
		c.lines = append(c.lines, w)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return c
}

func number(t *testing.T, line int, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("want.txt:%d: %v", line, err)
	}
	return v
}

// estimateDir parses a case's inputs as a scan does and estimates them.
func estimateDir(t *testing.T, dir string) ([]*model.Resource, *model.CostReport) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	var usage *cost.Usage
	_, err = os.Stat(filepath.Join(dir, "plan.json"))
	hasPlan := err == nil
	for _, e := range entries {
		switch name := e.Name(); {
		case name == "want.txt":
		case hasPlan && strings.HasSuffix(name, ".tf"):
			// The configuration the plan was made from (scripts/regen-plans.sh).
		case name == "usage.yml":
			u, diags := cost.LoadUsage(filepath.Join(dir, name))
			if len(diags) > 0 {
				t.Fatalf("usage file: %v", diags)
			}
			usage = u
		default:
			paths = append(paths, filepath.Join(dir, name))
		}
	}
	ctx := context.Background()
	p := (&scan.Scanner{Table: mapping.Default()}).Parse(ctx, scan.Options{Paths: paths, Region: "us-east-1"})
	for _, d := range p.Diagnostics {
		if d.Severity == model.DiagError {
			t.Fatalf("parse: %v", d)
		}
	}
	rep, diags := cost.Estimate(ctx, p.Resources, cost.Options{Usage: usage})
	if len(diags) > 0 {
		t.Fatalf("estimate diagnostics: %v", diags)
	}
	return p.Resources, rep
}

func TestEstimateFixtures(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "estimates", "*"))
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) == 0 {
		t.Fatal("no fixtures under testdata/estimates")
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			c := loadEstimateCase(t, dir)
			resources, rep := estimateDir(t, dir)
			checkAccounted(t, resources, rep)
			checkWant(t, c, rep)
		})
	}
}

// checkAccounted asserts that every managed input resource is listed once:
// priced, free or not priced by iacvet.
func checkAccounted(t *testing.T, resources []*model.Resource, rep *model.CostReport) {
	t.Helper()
	seen := map[string]int{}
	for _, rc := range rep.Resources {
		seen[rc.Address]++
	}
	for _, l := range [][]model.UnpricedResource{rep.Free, rep.NotPriced} {
		for _, u := range l {
			seen[u.Address]++
		}
	}
	var inputs []string
	for _, r := range resources {
		if r.Mode == model.ModeData {
			continue
		}
		inputs = append(inputs, r.Address)
		if seen[r.Address] != 1 {
			t.Errorf("%s (%s) is listed %d times in the cost report, want once", r.Address, r.Type, seen[r.Address])
		}
	}
	sort.Strings(inputs)
	if len(seen) != len(inputs) {
		t.Errorf("cost report lists %d addresses, the input has %d: %v", len(seen), len(inputs), inputs)
	}
}

func checkWant(t *testing.T, c estimateCase, rep *model.CostReport) {
	t.Helper()
	stated := map[string]bool{}
	listed := func(l []model.UnpricedResource, addr string) bool {
		for _, u := range l {
			if u.Address == addr {
				return true
			}
		}
		return false
	}
	contains := func(notes []string, text string) bool {
		for _, n := range notes {
			if strings.Contains(n, text) {
				return true
			}
		}
		return false
	}
	for _, w := range c.lines {
		at := "want.txt:" + strconv.Itoa(w.line)
		var rc *model.ResourceCost
		if w.addr != "" && w.kind != "free" && w.kind != "not-priced" {
			if rc = find(rep, w.addr); rc == nil {
				t.Errorf("%s: %s is not priced", at, w.addr)
				continue
			}
		}
		switch w.kind {
		case "resource":
			stated[w.addr] = true
			got := rc.After
			if got == nil {
				got = rc.Before
			}
			ptrNear(t, at+" "+w.addr, got, &w.value)
		case "before":
			ptrNear(t, at+" before "+w.addr, rc.Before, &w.value)
		case "total":
			near(t, at+" total", rep.TotalAfter, w.value)
		case "total-before":
			near(t, at+" total before", rep.TotalBefore, w.value)
		case "delta":
			near(t, at+" delta", rep.Delta, w.value)
		case "free":
			if !listed(rep.Free, w.addr) {
				t.Errorf("%s: %s is not listed as free", at, w.addr)
			}
		case "not-priced":
			if !listed(rep.NotPriced, w.addr) {
				t.Errorf("%s: %s is not listed as not priced", at, w.addr)
			}
		case "note":
			if !contains(rc.NotPriced, w.text) {
				t.Errorf("%s: %s has no not-priced note %q: %q", at, w.addr, w.text, rc.NotPriced)
			}
		case "assumed":
			if !contains(rc.Assumed, w.text) {
				t.Errorf("%s: %s has no assumption %q: %q", at, w.addr, w.text, rc.Assumed)
			}
		case "usage":
			if !contains(rc.UsageBased, w.text) {
				t.Errorf("%s: %s has no usage-based note %q: %q", at, w.addr, w.text, rc.UsageBased)
			}
		}
	}
	for _, rc := range rep.Resources {
		if !stated[rc.Address] {
			after := 0.0
			if rc.After != nil {
				after = *rc.After
			}
			t.Errorf("%s is priced (%.4f) but want.txt has no resource line for it", rc.Address, after)
		}
	}
}
