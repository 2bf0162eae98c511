// Package pool runs numbered jobs side by side on a few goroutines.
package pool

import (
	"context"
	"errors"
	"sync"
)

// Run runs job(0) … job(n-1) on workers goroutines (at least one) and
// returns the errors joined. It stops handing out jobs once ctx is done,
// and then returns ctx's error.
func Run(ctx context.Context, workers, n int, job func(i int) error) error {
	next := make(chan int)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for range max(workers, 1) {
		wg.Go(func() {
			for i := range next {
				errs[i] = job(i)
			}
		})
	}
	for i := range n {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return err
	}
	return errors.Join(errs...)
}
