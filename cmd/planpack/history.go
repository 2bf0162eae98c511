package main

import (
	"errors"
	"fmt"
	"io"

	"planpack/internal/config"
	"planpack/internal/history"
	"planpack/internal/plan"
)

func runHistory(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("history", stderr)
	cfgPath := fs.String("config", "", "planpack.toml to use (default: ./planpack.toml)")
	n := fs.Int("n", 3, "how many reviewed plans to show")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return exitUsage
	}
	if len(pos) != 1 {
		fmt.Fprintln(stderr, "usage: planpack history [-config F] [-n N] PUPIL-ID|UPN")
		return exitUsage
	}
	cfg, err := config.Find(*cfgPath, "planpack.toml")
	if err != nil {
		fmt.Fprintln(stderr, "planpack:", err)
		return exitUsage
	}
	if cfg.History == "" {
		fmt.Fprintln(stderr, `planpack: no history folder is set; add history = "history" to planpack.toml and build again`)
		return exitUsage
	}
	dir := cfg.Resolve(cfg.History)
	entries, err := history.Find(dir, pos[0], plan.CheckUPN(pos[0]) == nil)
	if errors.Is(err, history.ErrNoHistory) {
		fmt.Fprintf(stderr, "planpack: no plans have been filed for pupil %s in %s\n", pos[0], cfg.Resolve(cfg.History))
		return exitInput
	}
	if err != nil {
		fmt.Fprintln(stderr, "planpack:", err)
		return exitInternal
	}
	history.Print(stdout, entries, *n)
	return exitOK
}
