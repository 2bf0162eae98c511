//go:build !linux

package safefile

import (
	"os"
	"path/filepath"
)

// SyncTree makes everything written under dir durable before the folder
// is renamed into place: each file, then each folder.
func SyncTree(dir string) error {
	return filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			SyncDir(p)
			return nil
		}
		f, err := os.OpenFile(p, os.O_RDWR, 0)
		if err != nil {
			return err
		}
		err = f.Sync()
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		return err
	})
}
