package cost_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/cost"
	"github.com/iacvet/iacvet/model"
)

// TestMergeEqualsWhole: the report merged from the estimates of parts of a
// scan, each through JSON as the shards' reports carry it, is the estimate
// of the whole, to the bit: a plan beside templates, the parts split every
// way in turn, one part empty.
func TestMergeEqualsWhole(t *testing.T) {
	all := append(planFixture(), templateFixture()...)
	whole, _ := cost.Estimate(context.Background(), all, cost.Options{})
	if !whole.HasBefore || whole.Delta == 0 || len(whole.Resources) < 4 {
		t.Fatalf("fixture too small: %+v", whole)
	}
	for split := 0; split <= len(all); split++ {
		var parts []*model.CostReport
		for _, rs := range [][]*model.Resource{all[:split], nil, all[split:]} {
			p, _ := cost.Estimate(context.Background(), rs, cost.Options{})
			data, err := json.Marshal(p)
			if err != nil {
				t.Fatal(err)
			}
			var back model.CostReport
			if err := json.Unmarshal(data, &back); err != nil {
				t.Fatal(err)
			}
			parts = append(parts, &back)
		}
		got := cost.Merge(parts)
		want, _ := json.Marshal(whole)
		gotJSON, _ := json.Marshal(got)
		if diff := cmp.Diff(string(want), string(gotJSON)); diff != "" {
			t.Errorf("split at %d: merged report differs (-whole +merged):\n%s", split, diff)
		}
	}
	if cost.Merge([]*model.CostReport{nil, nil}) != nil {
		t.Error("merging no reports gave a report")
	}
}
