package par

import (
	"flag"
	"sync/atomic"
	"testing"
)

var update = flag.Bool("update", false, "no golden files here; accepted so that go test ./... -update works")

func TestForCallsEveryIndexOnce(t *testing.T) {
	cases := []struct{ n, workers, minPer int }{
		{0, 2, 1}, {1, 2, 1}, {7, 2, 1}, {1000, 2, 512}, {1000, 3, 10}, {1025, 0, 1}, {5, 8, 1},
	}
	for _, c := range cases {
		calls := make([]atomic.Int32, c.n)
		For(c.n, c.workers, c.minPer, func(i int) { calls[i].Add(1) })
		for i := range calls {
			if got := calls[i].Load(); got != 1 {
				t.Errorf("n=%d workers=%d minPer=%d: index %d called %d times", c.n, c.workers, c.minPer, i, got)
			}
		}
	}
}
