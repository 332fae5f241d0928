// Package par runs the iterations of a loop on several goroutines: the
// one worker-pool shape the parsers, the mapper and the rules engine share.
package par

import (
	"runtime"
	"sync"
)

// For calls f(i) for every i in [0, n), in contiguous chunks on up to
// workers goroutines (GOMAXPROCS when workers <= 0), and no more goroutines
// than leave each at least minPer iterations; it returns when every call
// has returned. Calls for different i run concurrently.
func For(n, workers, minPer int, f func(i int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, n/max(1, minPer)))
	if workers == 1 {
		for i := range n {
			f(i)
		}
		return
	}
	chunk := (n + workers - 1) / workers
	var wg sync.WaitGroup
	for start := 0; start < n; start += chunk {
		end := min(n, start+chunk)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := start; i < end; i++ {
				f(i)
			}
		}()
	}
	wg.Wait()
}
