package pool

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
)

func TestRunDoesEveryJobOnceAndJoinsErrors(t *testing.T) {
	var done [50]atomic.Int32
	bad := errors.New("job 7 failed")
	err := Run(context.Background(), 3, len(done), func(i int) error {
		done[i].Add(1)
		if i == 7 {
			return bad
		}
		return nil
	})
	if !errors.Is(err, bad) {
		t.Errorf("err = %v, want it to hold %v", err, bad)
	}
	for i := range done {
		if n := done[i].Load(); n != 1 {
			t.Errorf("job %d ran %d times, want once", i, n)
		}
	}
}

func TestRunStopsHandingOutJobsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var ran atomic.Int32
	err := Run(ctx, 1, 100, func(i int) error {
		ran.Add(1)
		if i == 4 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	// One worker: jobs 0 to 4 ran, and at most the one already handed
	// over when job 4 cancelled.
	if n := ran.Load(); n < 5 || n > 6 {
		t.Errorf("%d jobs ran, want 5 or 6", n)
	}
}
