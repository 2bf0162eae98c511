//go:build unix

package safefile

import (
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestWritePermissions checks the modes Write gives, under a umask that
// would otherwise let everyone read: planpack's files hold personal data.
// (Windows has no modes; Private's access list protects files there.)
func TestWritePermissions(t *testing.T) {
	old := syscall.Umask(0)
	defer syscall.Umask(old)
	dir := t.TempDir()
	for _, perm := range []fs.FileMode{0o600, 0o644} {
		p := filepath.Join(dir, perm.String())
		if err := Write(p, perm, Options{}, text("x")); err != nil {
			t.Fatal(err)
		}
		st, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != perm {
			t.Errorf("written with %v, got %v", perm, st.Mode().Perm())
		}
	}
}
