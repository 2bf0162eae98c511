package workbook

import "io"

// WriteAtomic writes path through write under a temporary name beside it,
// synced and renamed, so a reader sees the old file or the new one, never
// half of one. It is the one way planpack replaces a school's own file
// (the workbook, planpack.toml) in place.
func WriteAtomic(path string, write func(io.Writer) error) error {
	return writeAtomic(path, write)
}
