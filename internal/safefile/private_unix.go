//go:build unix

package safefile

import "os"

// Private keeps the folder dir, and what is made in it later, to its
// owner. On Unix the folder's mode does it: nobody else can enter it, and
// files are made owner-only anyway (see Write).
func Private(dir string) error {
	return os.Chmod(dir, 0o700)
}
