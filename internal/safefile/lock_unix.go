//go:build unix

package safefile

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// Lock takes f's lock, waiting while another process holds it. The
// system lets it go when the process ends, however it ends.
func Lock(f *os.File) error {
	for {
		err := unix.Flock(int(f.Fd()), unix.LOCK_EX)
		if !errors.Is(err, unix.EINTR) {
			return err
		}
	}
}

// TryLock takes f's lock if no other process holds it, and reports
// whether it did. Where the system cannot lock (some network drives) it
// reports false: a lock that cannot be taken proves nothing.
func TryLock(f *os.File) bool {
	return unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB) == nil
}
