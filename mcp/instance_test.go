package mcp

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/model"
)

// fakeInstanceTypes answers from a table and records the queries it got.
type fakeInstanceTypes struct {
	mu      sync.Mutex
	queries []InstanceTypeQuery
	answers map[string]InstanceTypeAnswer
}

func (f *fakeInstanceTypes) CheckInstanceType(_ context.Context, q InstanceTypeQuery) (InstanceTypeAnswer, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.queries = append(f.queries, q)
	a, ok := f.answers[q.Region+"/"+q.Type]
	if !ok {
		return InstanceTypeAnswer{}, errors.New("no data for " + q.Region)
	}
	return a, nil
}

func TestCheckInstanceTypeTool(t *testing.T) {
	fetched := time.Date(2026, 11, 25, 6, 0, 0, 0, time.UTC)
	fake := &fakeInstanceTypes{answers: map[string]InstanceTypeAnswer{
		"eu-west-1/m7g.large": {Region: "eu-west-1", Type: "m7g.large", Status: StatusOffered, Exists: true, Offered: true,
			Provenance: []ProvenanceInfo{ProvenanceOf(model.Provenance{Source: model.DataCache, What: "ec2:DescribeInstanceTypeOfferings eu-west-1", FetchedAt: fetched, Age: 90 * time.Second})}},
		"af-south-1/p5.48xlarge": {Region: "af-south-1", Type: "p5.48xlarge", Status: StatusNotOffered, Exists: true, Alternatives: []string{"p4d.24xlarge"},
			Provenance: []ProvenanceInfo{ProvenanceOf(model.Provenance{Source: model.DataSnapshot, SnapshotDate: "2026-11-01"})}},
	}}
	_, cs := newServer(t, Options{Root: repoRoot(t), InstanceTypes: fake})

	var cached InstanceTypeAnswer
	structured(t, call(t, cs, "check_instance_type", map[string]any{"region": " EU-West-1", "type": "M7G.large"}), &cached)
	want := InstanceTypeAnswer{Region: "eu-west-1", Type: "m7g.large", Status: StatusOffered, Exists: true, Offered: true,
		Provenance: []ProvenanceInfo{{Source: model.DataCache, What: "ec2:DescribeInstanceTypeOfferings eu-west-1", FetchedAt: "2026-11-25T06:00:00Z", AgeSeconds: 90}}}
	if diff := cmp.Diff(want, cached); diff != "" {
		t.Errorf("cached answer (-want +got):\n%s", diff)
	}
	var snap InstanceTypeAnswer
	structured(t, call(t, cs, "check_instance_type", map[string]any{"region": "af-south-1", "type": "p5.48xlarge", "zone": "af-south-1a"}), &snap)
	if snap.Offered || snap.Status != StatusNotOffered || len(snap.Alternatives) == 0 || snap.Provenance[0].SnapshotDate != "2026-11-01" {
		t.Errorf("snapshot answer: %+v", snap)
	}
	if diff := cmp.Diff([]InstanceTypeQuery{{Region: "eu-west-1", Type: "m7g.large"}, {Region: "af-south-1", Type: "p5.48xlarge", Zone: "af-south-1a"}}, fake.queries); diff != "" {
		t.Errorf("queries (-want +got):\n%s", diff)
	}

	for _, tc := range []struct {
		name string
		args map[string]any
		want string
	}{
		{"bad region", map[string]any{"region": "europe", "type": "m7g.large"}, "not an AWS region"},
		{"bad type", map[string]any{"region": "eu-west-1", "type": "large"}, "not an EC2 instance type"},
		{"zone of another region", map[string]any{"region": "eu-west-1", "type": "m7g.large", "zone": "us-east-1a"}, "not an availability zone of eu-west-1"},
		{"missing type", map[string]any{"region": "eu-west-1"}, "type"},
		{"source fails", map[string]any{"region": "us-west-2", "type": "m7g.large"}, "no data for us-west-2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := call(t, cs, "check_instance_type", tc.args)
			if !res.IsError || !strings.Contains(text(res), tc.want) {
				t.Errorf("want a tool error mentioning %q, got %s", tc.want, text(res))
			}
		})
	}
}
