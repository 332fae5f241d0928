package scan

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/iacvet/iacvet/model"
)

// Shard selects one part of a scan's inputs: the Index-th (from 1) of
// Count. The zero value scans everything.
type Shard struct {
	Index, Count int
}

// ParseShard reads K/N (1 <= K <= N).
func ParseShard(s string) (Shard, error) {
	k, n, ok := strings.Cut(strings.TrimSpace(s), "/")
	ki, err1 := strconv.Atoi(k)
	ni, err2 := strconv.Atoi(n)
	if !ok || err1 != nil || err2 != nil {
		return Shard{}, fmt.Errorf("%q: want K/N, e.g. 2/8", s)
	}
	if ni < 1 || ki < 1 || ki > ni {
		return Shard{}, fmt.Errorf("%q: want 1 <= K <= N", s)
	}
	return Shard{Index: ki, Count: ni}, nil
}

func (s Shard) String() string { return fmt.Sprintf("%d/%d", s.Index, s.Count) }

// ShardInfo is what a sharded scan knows about the whole scan it is a
// part of; the JSON report records it for merge.
type ShardInfo struct {
	Shard
	// Inputs is the number of inputs of the whole scan.
	Inputs int
	// Partition is a digest of every input's key and size: shards that
	// agree on it split the same tree.
	Partition string
	// Positions holds, for each of Parsed.Inputs, its place among the
	// inputs of the whole scan (the order an unsharded scan lists them).
	Positions []int
	// NothingToScan is set when none of the shard's inputs turned out to be
	// infrastructure code while the whole scan had inputs: the "nothing to
	// scan" diagnostic then holds only if every shard says so.
	NothingToScan *model.Diagnostic
}

// shardUnit is one input as the partition sees it.
type shardUnit struct {
	key  string // slash path relative to the scanned root
	size int64  // bytes, carriage returns not counted
	pos  int    // place among all inputs
}

// partition assigns each unit a shard (0-based) out of n: units sorted by
// size, largest first (ties by key, then position), each go to the least
// loaded shard so far (ties to the lowest index). Keys and sizes are the
// same on every machine that holds the same tree, so is the partition.
func partition(units []shardUnit, n int) []int {
	order := make([]int, len(units))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		x, y := units[order[a]], units[order[b]]
		if x.size != y.size {
			return x.size > y.size
		}
		if x.key != y.key {
			return x.key < y.key
		}
		return x.pos < y.pos
	})
	load := make([]int64, n)
	out := make([]int, len(units))
	for _, i := range order {
		best := 0
		for s := 1; s < n; s++ {
			if load[s] < load[best] {
				best = s
			}
		}
		out[i] = best
		// Every input costs something to scan, an empty one too.
		load[best] += units[i].size + 1
	}
	return out
}

// partitionDigest identifies the set of units split.
func partitionDigest(units []shardUnit) string {
	sorted := append([]shardUnit(nil), units...)
	sort.Slice(sorted, func(i, j int) bool {
		if sorted[i].key != sorted[j].key {
			return sorted[i].key < sorted[j].key
		}
		return sorted[i].size < sorted[j].size
	})
	h := sha256.New()
	for _, u := range sorted {
		fmt.Fprintf(h, "%s\x00%d\n", u.key, u.size)
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

// pickShard keeps the inputs of opts.Shard, with what the shard knows of
// the whole scan.
func pickShard(inputs []*input, opts Options) ([]*input, []int, *ShardInfo) {
	units := make([]shardUnit, len(inputs))
	for i, in := range inputs {
		units[i] = shardUnit{key: shardKey(in, opts), size: inputSize(in), pos: i}
	}
	info := &ShardInfo{Shard: opts.Shard, Inputs: len(inputs), Partition: partitionDigest(units)}
	assigned := partition(units, opts.Shard.Count)
	var out []*input
	var pos []int
	for i, in := range inputs {
		if assigned[i] == opts.Shard.Index-1 {
			out = append(out, in)
			pos = append(pos, i)
		}
	}
	return out, pos, info
}

// shardKey is an input's path relative to its scanned root, with slashes:
// the same wherever the repository is checked out.
func shardKey(in *input, opts Options) string {
	if in.fsPath == "" {
		return in.path
	}
	abs, err := filepath.Abs(in.fsPath)
	if err != nil {
		return in.path
	}
	rel, err := filepath.Rel(rootOf(in, opts), abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return in.path
	}
	return filepath.ToSlash(rel)
}

// inputSize is the size of what an input's parser reads: the file, the
// module directory's Terraform files, the cdk.out directory's JSON files.
// Carriage returns are not counted, so that a checkout with CRLF line ends
// splits as one with LF.
func inputSize(in *input) int64 {
	if in.data != nil {
		return lfSize(in.data)
	}
	if in.fsPath == "" {
		return 0
	}
	var names []string
	switch in.kind {
	case KindTerraform:
		entries, err := os.ReadDir(in.fsPath)
		if err != nil {
			return 0
		}
		for _, e := range entries {
			if n := e.Name(); !e.IsDir() && (strings.HasSuffix(n, ".tf") || strings.HasSuffix(n, ".tf.json")) {
				names = append(names, filepath.Join(in.fsPath, n))
			}
		}
	case KindCDK:
		entries, err := os.ReadDir(in.fsPath)
		if err != nil {
			return 0
		}
		for _, e := range entries {
			if n := e.Name(); !e.IsDir() && strings.HasSuffix(n, ".json") {
				names = append(names, filepath.Join(in.fsPath, n))
			}
		}
	default:
		names = []string{in.fsPath}
	}
	var total int64
	for _, n := range names {
		st, err := os.Stat(n)
		if err != nil || !st.Mode().IsRegular() || st.Size() > MaxInputBytes {
			continue
		}
		data, err := os.ReadFile(n)
		if err != nil {
			continue
		}
		total += lfSize(data)
	}
	return total
}

func lfSize(data []byte) int64 {
	return int64(len(data) - bytes.Count(data, []byte{'\r'}))
}
