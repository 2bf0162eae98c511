//go:build windows

package safefile

import (
	"os"

	"golang.org/x/sys/windows"
)

// Lock takes f's lock, waiting while another process holds it. The
// system lets it go when the process ends, however it ends.
func Lock(f *os.File) error {
	return lockFile(f, windows.LOCKFILE_EXCLUSIVE_LOCK)
}

// TryLock takes f's lock if no other process holds it, and reports
// whether it did. Where the system cannot lock it reports false: a lock
// that cannot be taken proves nothing.
func TryLock(f *os.File) bool {
	return lockFile(f, windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY) == nil
}

func lockFile(f *os.File, flags uint32) error {
	var ol windows.Overlapped
	return windows.LockFileEx(windows.Handle(f.Fd()), flags, 0, 1, 0, &ol)
}
