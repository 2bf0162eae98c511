package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"

	"planpack/templates"
)

// runTemplates handles "planpack templates export DIR".
func runTemplates(args []string, stdout, stderr io.Writer) int {
	fset := newFlags("templates", stderr)
	fset.Usage = func() { fmt.Fprintln(stderr, "usage: planpack templates export DIR") }
	pos, err := parseFlags(fset, args)
	if err != nil {
		return exitUsage
	}
	if len(pos) != 2 || pos[0] != "export" {
		fset.Usage()
		return exitUsage
	}
	dir := pos[1]
	if err := templates.Export(dir); err != nil {
		fmt.Fprintf(stderr, "planpack templates export: %v\n", err)
		if errors.Is(err, fs.ErrExist) {
			return exitUsage
		}
		return exitInternal
	}
	for _, f := range templates.Files() {
		fmt.Fprintln(stdout, filepath.Join(dir, filepath.FromSlash(f)))
	}
	return exitOK
}
