package main

import (
	"errors"
	"fmt"
	"io"

	"planpack/internal/config"
	"planpack/internal/pack"
)

func runEvidence(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("evidence", stderr)
	cfgPath := fs.String("config", "", "planpack.toml to use (default: ./planpack.toml)")
	out := fs.String("o", "", `the PDF to write (default: "<name> evidence.pdf" here)`)
	force := fs.Bool("force", false, "replace the PDF if it exists")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return exitUsage
	}
	if len(pos) != 1 {
		fmt.Fprintln(stderr, "usage: planpack evidence [-config F] [-o FILE] [-force] PUPIL-ID|UPN")
		return exitUsage
	}
	cfg, err := config.Find(*cfgPath, "planpack.toml")
	if err != nil {
		fmt.Fprintln(stderr, "planpack:", err)
		return exitUsage
	}
	path, err := pack.Evidence(cfg, pos[0], *out, *force)
	var ce *pack.ConfigError
	switch {
	case errors.Is(err, pack.ErrNoHistory):
		fmt.Fprintf(stderr, "planpack: no plans have been filed for pupil %s in %s\n", pos[0], cfg.Resolve(cfg.History))
		return exitInput
	case errors.As(err, &ce):
		fmt.Fprintln(stderr, "planpack:", err)
		return exitUsage
	case err != nil:
		fmt.Fprintln(stderr, "planpack:", err)
		return exitInternal
	}
	fmt.Fprintln(stdout, "wrote", path)
	return exitOK
}
