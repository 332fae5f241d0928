package report

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/model"
)

func shardDoc(index, count int, inputs []string, positions []int, diags ...model.Diagnostic) ShardReport {
	d := Document{
		SchemaVersion: SchemaVersion,
		Tool:          Tool{Name: "iacvet", Version: "v1.2.3"},
		Summary:       Summary{FailOn: "high"},
		Diagnostics:   diags,
		Shard: &Shard{Index: index, Count: count, Inputs: 5, Partition: "sha256:p", Positions: positions, RuleSet: "sha256:r",
			Rules: []model.RuleMeta{{ID: "AWS-COST-001"}, {ID: "AWS-S3-001", ResourceTypes: []string{"AWS::S3::Bucket"}}}},
	}
	for _, p := range inputs {
		d.Inputs = append(d.Inputs, Input{Path: p, Kind: "terraform", Resources: 2})
	}
	d.Findings = []model.Finding{
		{RuleID: "AWS-S3-001", Resource: "aws_s3_bucket.b", Location: model.Position{File: inputs[0] + "/main.tf", Line: 3}},
		{RuleID: "AWS-COST-001", Location: model.Position{File: inputs[0]}}, // judged again by the caller
	}
	return ShardReport{Name: "shard-" + string(rune('0'+index)) + ".json", Doc: d}
}

// TestMergeShards: inputs come back in the whole scan's order, what every
// shard reports is one diagnostic, a shard's own repeated diagnostic stays
// repeated, whole-change results are left to the caller.
func TestMergeShards(t *testing.T) {
	common := model.Diagnostic{Severity: model.DiagWarning, Position: model.Position{File: "x.yaml"}, Summary: "skipped"}
	own := model.Diagnostic{Severity: model.DiagError, Position: model.Position{File: "c/main.tf", Line: 2}, Summary: "bad"}
	a := shardDoc(1, 2, []string{"b", "e"}, []int{1, 4}, common)
	b := shardDoc(2, 2, []string{"a", "c", "d"}, []int{0, 2, 3}, common, own, own)
	rep, err := MergeShards([]ShardReport{b, a})
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, in := range rep.Inputs {
		paths = append(paths, in.Path)
	}
	if diff := cmp.Diff([]string{"a", "b", "c", "d", "e"}, paths); diff != "" {
		t.Errorf("inputs (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(model.Diagnostics{own, own, common}, rep.Diagnostics); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
	if len(rep.Findings) != 2 || rep.Findings[0].Location.File != "a/main.tf" || rep.Findings[1].RuleID != "AWS-S3-001" {
		t.Errorf("findings: %+v", rep.Findings)
	}
	if rep.ResourceCount() != 10 || rep.FailOn != model.SeverityHigh {
		t.Errorf("resources %d, fail on %q", rep.ResourceCount(), rep.FailOn)
	}
}

// TestMergeShardsRefuses: reports that are not the shards of one scan.
func TestMergeShardsRefuses(t *testing.T) {
	ok := func() []ShardReport {
		return []ShardReport{shardDoc(1, 2, []string{"b"}, []int{1}), shardDoc(2, 2, []string{"a"}, []int{0})}
	}
	cases := []struct {
		name  string
		alter func([]ShardReport) []ShardReport
		want  string
	}{
		{"missing", func(s []ShardReport) []ShardReport { return s[:1] }, "missing the report of shard 2/2"},
		{"twice", func(s []ShardReport) []ShardReport { return []ShardReport{s[0], s[0], s[1]} }, "given twice"},
		{"version", func(s []ShardReport) []ShardReport { s[1].Doc.Tool.Version = "v1.3.0"; return s }, "same iacvet"},
		{"rules", func(s []ShardReport) []ShardReport { s[1].Doc.Shard.RuleSet = "sha256:other"; return s }, "different rules"},
		{"split", func(s []ShardReport) []ShardReport { s[1].Doc.Shard.Partition = "sha256:q"; return s }, "not parts of one split"},
		{"threshold", func(s []ShardReport) []ShardReport { s[1].Doc.Summary.FailOn = "low"; return s }, "--fail-on"},
		{"budget", func(s []ShardReport) []ShardReport {
			s[1].Doc.Shard.Config = map[string]any{"cost": map[string]any{"max_monthly_cost": 5}}
			return s
		}, "different configurations"},
		{"not sharded", func(s []ShardReport) []ShardReport { s[1].Doc.Shard = nil; return s }, "not the JSON report of a sharded scan"},
		{"schema", func(s []ShardReport) []ShardReport { s[0].Doc.SchemaVersion = "2.0"; return s }, "schema"},
		{"same input twice", func(s []ShardReport) []ShardReport { s[1].Doc.Shard.Positions = []int{1}; return s }, "in two shards"},
	}
	if _, err := MergeShards(ok()); err != nil {
		t.Fatalf("the unaltered shards: %v", err)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := MergeShards(tc.alter(ok()))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one saying %q", err, tc.want)
			}
		})
	}
}

// TestMergeShardsNothingToScan: "nothing to scan" holds only when no shard
// found infrastructure code.
func TestMergeShardsNothingToScan(t *testing.T) {
	nothing := &model.Diagnostic{Severity: model.DiagError, Position: model.Position{File: "."}, Summary: "nothing to scan"}
	for _, tc := range []struct {
		name   string
		shards []bool
		want   bool
	}{{"all", []bool{true, true}, true}, {"one", []bool{true, false}, false}} {
		a := shardDoc(1, 2, []string{"b"}, []int{1})
		b := shardDoc(2, 2, []string{"a"}, []int{0})
		for i, s := range []ShardReport{a, b} {
			if tc.shards[i] {
				s.Doc.Shard.NothingToScan = nothing
			}
		}
		rep, err := MergeShards([]ShardReport{a, b})
		if err != nil {
			t.Fatal(err)
		}
		if got := rep.Diagnostics.HasErrors(); got != tc.want {
			t.Errorf("%s: nothing to scan reported: %v, want %v", tc.name, got, tc.want)
		}
	}
}
