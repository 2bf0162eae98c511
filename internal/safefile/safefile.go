// Package safefile is planpack's one way to put a file on disk: written in
// full under a temporary name beside its place, then renamed, so nobody
// ever opens half a plan or half a workbook, and, unless the caller will
// sync a whole folder later, synced first so a power cut keeps either the
// old file or the new one. It also holds what goes with that: names safe
// on every system, making a folder durable, keeping a folder to its owner,
// and the lock that tells a running build's folder from a dead one's.
package safefile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Options change how Write finishes.
type Options struct {
	// Keep refuses to replace a file already at the path: Write then
	// returns an error matching fs.ErrExist and leaves that file alone.
	Keep bool
	// NoSync leaves making the file durable to a SyncTree of a folder
	// above it. A pack is thousands of files, and one sync of the whole
	// folder before it is renamed into place is many times faster than
	// one for each.
	NoSync bool
}

// Write writes the file at path with what fill writes, with permissions
// perm. The folder must exist. On any error nothing is left at path that
// was not there before, and no temporary file is left beside it.
func Write(path string, perm fs.FileMode, opt Options, fill func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	// CreateTemp makes the file readable by its owner only from the first
	// byte, whatever the umask.
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = fill(tmp); err != nil {
		return err
	}
	if perm != 0o600 {
		// Windows keeps only the read-only bit; what it protects with is
		// the folder's access list (see Private).
		if err = tmp.Chmod(perm); errors.Is(err, errors.ErrUnsupported) {
			err = nil
		}
		if err != nil {
			return err
		}
	}
	if !opt.NoSync {
		if err = tmp.Sync(); err != nil {
			return err
		}
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if opt.Keep {
		err = keep(tmp.Name(), path)
	} else {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return err
	}
	if !opt.NoSync {
		SyncDir(dir)
	}
	return nil
}

// keep puts tmp at path only if nothing is there. A hard link fails when
// path exists, even one that appeared a moment ago, where a check then a
// rename would replace it. Where the folder cannot hold links (FAT USB
// sticks, some network drives), the file is copied to an exclusively
// created path instead.
func keep(tmp, path string) error {
	err := os.Link(tmp, path)
	if err == nil || errors.Is(err, fs.ErrExist) {
		os.Remove(tmp)
		return err
	}
	defer os.Remove(tmp)
	src, err := os.Open(tmp)
	if err != nil {
		return err
	}
	defer src.Close()
	st, err := src.Stat()
	if err != nil {
		return err
	}
	dst, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, st.Mode().Perm())
	if err != nil {
		return err
	}
	_, err = io.Copy(dst, src)
	if err == nil {
		err = dst.Sync()
	}
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
	}
	return err
}

// SyncDir makes the names in dir (a rename, a new file) durable where the
// system allows it. Windows cannot sync a folder, and there a rename is
// already as durable as it gets, so a failure to sync is not an error.
func SyncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}
