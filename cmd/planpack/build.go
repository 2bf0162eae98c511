package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

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
	ctx, stop := signal.NotifyContext(context.Background(), stopSignals()...)
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
	case errors.As(err, new(*pack.OutputError)):
		fmt.Fprintln(stderr, "planpack:", err)
		fmt.Fprintln(stderr, "planpack: nothing was written")
		return exitUsage
	case err != nil && !errors.As(err, new(*pack.HistoryError)):
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
	}
	// The pack is in place and good; only the copy kept for next term's
	// history is missing, so this is neither "nothing was written" (4)
	// nor a pupil's failure (3).
	if herr := new(pack.HistoryError); errors.As(err, &herr) {
		fmt.Fprintf(stderr, "planpack: the pack was written; history was not filed: %v\n", herr.Err)
		fmt.Fprintln(stderr, "planpack: put that right and build again to file it")
		return exitHistory
	}
	if cfg.History != "" {
		// Say where, so the office knows the evidence pack has it.
		fmt.Fprintf(stderr, "planpack: filed each pupil's plan in %s for `planpack history` and `planpack evidence`\n", cfg.Resolve(cfg.History))
	}
	if len(res.Failures) > 0 {
		return exitPartial
	}
	return exitOK
}

// stopSignals are the signals that stop a build cleanly, as Ctrl+C does:
// the staging folder is removed and nothing is left half-written.
// SIGTERM is what a shutdown or kill sends; on Windows, closing the
// console window, logging off and shutting down arrive as SIGTERM too,
// though Windows then ends the process after a few seconds, cleaned up
// or not (the next build removes what is left). SIGHUP is a closed
// terminal or SSH session; under nohup, which asks for the build to
// outlive the terminal, it is left ignored.
func stopSignals() []os.Signal {
	sigs := []os.Signal{os.Interrupt, syscall.SIGTERM}
	if !signal.Ignored(syscall.SIGHUP) {
		sigs = append(sigs, syscall.SIGHUP)
	}
	return sigs
}

// reportProblems prints every problem, one a line, in sheet and row order.
func reportProblems(w io.Writer, l diag.List) {
	for _, p := range l {
		fmt.Fprintln(w, p.Error())
	}
}
