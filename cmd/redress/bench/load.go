package bench

import (
	"context"
	"sync"
	"sync/atomic"
	"time"
)

// Op is one request of a scenario; worker is the client's number and i counts its requests.
type Op func(ctx context.Context, worker, i int) error

// Drive runs op from clients concurrent workers for d and measures each call. Errors are
// counted, not timed; the first one is returned so a broken scenario says why. tick is
// called about every 200 ms with the time elapsed and the calls done, and once more last.
func Drive(ctx context.Context, op Op, clients int, d time.Duration, tick func(elapsed time.Duration, done int64, last bool)) (Figures, error) {
	var (
		mu        sync.Mutex
		latencies []time.Duration
		errs      int
		firstErr  error
		done      atomic.Int64
		wg        sync.WaitGroup
	)
	start := time.Now()
	// Requests in flight at the deadline finish: cancelling them would make the server
	// count errors that are the benchmark's doing.
	deadline := start.Add(d)
	for w := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			bad := 0
			var fail error
			for i := 0; ctx.Err() == nil && time.Now().Before(deadline); i++ {
				t := time.Now()
				err := op(ctx, w, i)
				if ctx.Err() != nil {
					break // interrupted: neither a success nor an error
				}
				if err != nil {
					bad++
					if fail == nil {
						fail = err
					}
					continue
				}
				mine = append(mine, time.Since(t))
				done.Add(1)
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			errs += bad
			if firstErr == nil {
				firstErr = fail
			}
			mu.Unlock()
		}()
	}
	stop := make(chan struct{})
	if tick != nil {
		go func() {
			t := time.NewTicker(200 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-t.C:
					tick(time.Since(start), done.Load(), false)
				case <-stop:
					return
				}
			}
		}()
	}
	wg.Wait()
	close(stop)
	elapsed := time.Since(start)
	if tick != nil {
		tick(elapsed, done.Load(), true)
	}
	return Summarize(latencies, errs, elapsed), firstErr
}
