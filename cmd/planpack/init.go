package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"planpack/internal/config"
	"planpack/internal/safefile"
	"planpack/internal/workbook"
)

// runInit writes a starter planpack.toml and a blank input workbook into
// DIR (default "."), never replacing a file that is already there.
func runInit(args []string, stdout, stderr io.Writer) int {
	flags := newFlags("init", stderr)
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: planpack init [DIR]\n\nwrites DIR/planpack.toml and DIR/input.xlsx; DIR is made if needed (default: this folder)")
	}
	pos, err := parseFlags(flags, args)
	if err != nil {
		return exitUsage
	}
	if len(pos) > 1 {
		flags.Usage()
		return exitUsage
	}
	dir := "."
	if len(pos) == 1 {
		dir = pos[0]
	}
	written, err := initFolder(dir)
	if err != nil {
		fmt.Fprintln(stderr, "planpack init:", err)
		var exists *existsError
		if errors.As(err, &exists) {
			return exitUsage
		}
		return exitInternal
	}
	for _, p := range written {
		fmt.Fprintln(stdout, "wrote", p)
	}
	fmt.Fprintf(stdout, "\nNext: put your school's name and term dates in %s,\nfill in %s, then run planpack check %s\n",
		written[0], written[1], quoteArg(written[1]))
	return exitOK
}

// existsError is a file init will not replace.
type existsError struct{ path string }

func (e *existsError) Error() string {
	return fmt.Sprintf("%s already exists; nothing was written (init never replaces a file: move it away or choose another folder)", e.path)
}

// initFolder writes the two files and returns their paths. Either both
// are written or neither is.
func initFolder(dir string) ([]string, error) {
	cfgPath := filepath.Join(dir, "planpack.toml")
	inPath := filepath.Join(dir, "input.xlsx")
	for _, p := range []string{cfgPath, inPath} {
		if _, err := os.Lstat(p); err == nil {
			return nil, &existsError{p}
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	var book bytes.Buffer
	if err := workbook.Encode(&book, nil, workbook.Options{}); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	if err := createNew(cfgPath, config.Starter(), 0o644); err != nil {
		return nil, err
	}
	// The workbook will hold pupils' personal data once filled in.
	if err := createNew(inPath, book.Bytes(), 0o600); err != nil {
		os.Remove(cfgPath)
		return nil, err
	}
	return []string{cfgPath, inPath}, nil
}

// createNew writes a file that must not exist yet, in full or not at
// all: a file that appeared meanwhile is still never replaced.
func createNew(path string, data []byte, perm os.FileMode) error {
	err := safefile.Write(path, perm, safefile.Options{Keep: true}, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
	if errors.Is(err, fs.ErrExist) {
		return &existsError{path}
	}
	return err
}

// quoteArg quotes a path for the shell when it needs it, so the next
// command printed can be pasted as it is.
func quoteArg(s string) string {
	for _, r := range s {
		if r == ' ' || r == '\'' || r == '"' || r == '&' || r == '(' || r == ')' || r == '$' {
			return `"` + s + `"`
		}
	}
	return s
}
