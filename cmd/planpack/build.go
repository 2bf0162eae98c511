package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"

	"planpack/internal/diag"
	"planpack/internal/pack"
)

func runBuild(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("build", stderr)
	cfgPath := fs.String("config", "", "planpack.toml to use (default: the one beside INPUT)")
	out := fs.String("o", "out", "output folder")
	force := fs.Bool("force", false, "replace the output folder even if planpack did not make it")
	strict := fs.Bool("strict", false, "treat warnings as errors")
	input, cfg, today, code := inputConfig(fs, cfgPath, args, "planpack build [-config F] [-o DIR] [-force] [-strict] INPUT", stderr)
	if code != exitOK {
		return code
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	res, err := pack.Build(ctx, pack.Options{
		Input: input, Out: *out, Config: cfg, Force: *force, Strict: *strict, Log: stderr, Today: today,
	})
	reportProblems(stdout, res.Problems)
	switch {
	case errors.Is(err, pack.ErrInput):
		e, w := res.Problems.Count()
		fmt.Fprintf(stderr, "planpack: %s, %s; nothing was written\n", howMany(e, "error"), howMany(w, "warning"))
		return exitInput
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "planpack: interrupted; nothing was written")
		return exitInternal
	case errors.As(err, new(*pack.ConfigError)):
		fmt.Fprintln(stderr, "planpack:", err)
		fmt.Fprintln(stderr, "planpack: nothing was written")
		return exitUsage
	case errors.As(err, new(*pack.HistoryError)):
		fmt.Fprintln(stderr, "planpack:", err)
		return exitInternal
	case errors.Is(err, pack.ErrNotOurs):
		fmt.Fprintln(stderr, "planpack:", err)
		return exitUsage
	case err != nil:
		fmt.Fprintln(stderr, "planpack:", err)
		fmt.Fprintln(stderr, "planpack: nothing was written")
		return exitInternal
	}
	_, w := res.Problems.Count()
	abs, _ := filepath.Abs(*out)
	fmt.Fprintf(stderr, "planpack: wrote %s (%s) for %s into %s", howMany(len(res.Manifest.Files), "file"), howMany(res.Pages, "page"), howMany(len(res.School.Pupils)-len(res.Failures), "pupil"), abs)
	if w > 0 {
		fmt.Fprintf(stderr, "; %s (see summary.xlsx)", howMany(w, "warning"))
	}
	fmt.Fprintln(stderr)
	if len(res.Failures) > 0 {
		fmt.Fprintf(stderr, "planpack: %s failed; no documents were made for:\n", howMany(len(res.Failures), "pupil"))
		for _, f := range res.Failures {
			fmt.Fprintln(stderr, "  "+f.Error())
		}
		return exitPartial
	}
	return exitOK
}

// reportProblems prints every problem, one a line, in sheet and row order.
func reportProblems(w io.Writer, l diag.List) {
	for _, p := range l {
		fmt.Fprintln(w, p.Error())
	}
}
