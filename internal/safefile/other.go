//go:build !unix && !windows

package safefile

import "os"

// Private is a no-op where the system has neither Unix modes nor Windows
// access lists.
func Private(dir string) error { return nil }

// Lock does nothing where the system has no file locks.
func Lock(f *os.File) error { return nil }

// TryLock reports false where the system has no file locks, so no folder
// is ever taken for a dead build's.
func TryLock(f *os.File) bool { return false }
