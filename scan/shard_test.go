package scan

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseShard(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Shard
		err  bool
	}{
		{"1/1", Shard{1, 1}, false},
		{" 3/7", Shard{3, 7}, false},
		{"0/3", Shard{}, true},
		{"4/3", Shard{}, true},
		{"3", Shard{}, true},
		{"a/b", Shard{}, true},
		{"1/0", Shard{}, true},
	} {
		got, err := ParseShard(tc.in)
		if (err != nil) != tc.err || got != tc.want {
			t.Errorf("ParseShard(%q) = %v, %v", tc.in, got, err)
		}
	}
}

// TestShardPartition: the shards of a tree hold every input exactly once,
// balanced by size, and the split is the same whether the tree is named by
// a relative or an absolute path.
func TestShardPartition(t *testing.T) {
	files := map[string]string{}
	for i := 0; i < 23; i++ {
		body := strings.Repeat(fmt.Sprintf("# padding %d\n", i), 1+(i*7)%13)
		files[fmt.Sprintf("stacks/s%02d/main.tf", i)] = body + fmt.Sprintf("resource \"aws_sqs_queue\" \"q\" {\n  name = \"q%d\"\n}\n", i)
	}
	files["cfn/web.yaml"] = "AWSTemplateFormatVersion: '2010-09-09'\r\nResources:\r\n  B:\r\n    Type: AWS::S3::Bucket\r\n"
	root := writeTree(t, files)
	t.Chdir(root)
	all, _ := collect([]string{"."}, nil, nil)
	abs, _ := collect([]string{root}, nil, nil)
	if len(all) != 24 || len(abs) != 24 {
		t.Fatalf("collected %d and %d inputs, want 24", len(all), len(abs))
	}
	for _, n := range []int{1, 2, 3, 7, 30} {
		seen := map[string]int{}
		var digests []string
		var loads []int64
		var maxSize int64
		for k := 1; k <= n; k++ {
			got, pos, info := pickShard(all, Options{Shard: Shard{k, n}})
			gotAbs, _, infoAbs := pickShard(abs, Options{Shard: Shard{k, n}})
			var load int64
			for i, in := range got {
				seen[in.path]++
				if all[pos[i]] != in {
					t.Errorf("%d/%d: position %d is not %s", k, n, pos[i], in.path)
				}
				sz := inputSize(in)
				load += sz
				maxSize = max(maxSize, sz)
				if filepath.Base(gotAbs[i].fsPath) != filepath.Base(in.fsPath) {
					t.Errorf("%d/%d: the absolute path's shard holds %s where the relative one's holds %s", k, n, gotAbs[i].fsPath, in.fsPath)
				}
			}
			if len(gotAbs) != len(got) {
				t.Errorf("%d/%d: %d inputs by absolute path, %d by relative", k, n, len(gotAbs), len(got))
			}
			if info.Partition != infoAbs.Partition || info.Inputs != 24 {
				t.Errorf("%d/%d: partition %s (%d inputs) vs %s", k, n, info.Partition, info.Inputs, infoAbs.Partition)
			}
			digests = append(digests, info.Partition)
			loads = append(loads, load)
		}
		for _, in := range all {
			if seen[in.path] != 1 {
				t.Errorf("N=%d: %s is in %d shards", n, in.path, seen[in.path])
			}
		}
		for _, d := range digests {
			if d != digests[0] {
				t.Errorf("N=%d: shards disagree on the partition", n)
			}
		}
		lo, hi := loads[0], loads[0]
		for _, l := range loads {
			lo, hi = min(lo, l), max(hi, l)
		}
		if n <= len(all) && hi-lo > maxSize+int64(len(all)) {
			t.Errorf("N=%d: loads %v: spread %d over the largest input %d", n, loads, hi-lo, maxSize)
		}
	}
}

// TestPartitionGreedy pins the algorithm: largest first, to the least
// loaded shard, ties to the lowest index and by key.
func TestPartitionGreedy(t *testing.T) {
	units := []shardUnit{{"a", 10, 0}, {"b", 50, 1}, {"c", 30, 2}, {"d", 30, 3}, {"e", 5, 4}, {"f", 0, 5}}
	got := partition(units, 2)
	// Each input weighs its size + 1: b(50)->0 [51 0]; c(30)->1 [51 31];
	// d(30)->1 [51 62]; a(10)->0 [62 62]; e(5)->0, the tie to the lowest
	// index [68 62]; f(0)->1 [68 63].
	want := []int{0, 0, 1, 1, 0, 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("partition (-want +got):\n%s", diff)
	}
}
