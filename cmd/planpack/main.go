// Command planpack turns a school's SEN register export into the termly
// paperwork: support plans, the child's own page, letters home, review
// packs and class master copies, as print-ready PDF.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"planpack/internal/config"
)

// Exit codes, as documented in the README.
const (
	exitOK       = 0
	exitInput    = 1 // the input has errors; nothing written
	exitUsage    = 2 // usage or config error
	exitPartial  = 3 // build finished but some pupils failed
	exitInternal = 4 // something failed that is not the input's fault (disk full, …); nothing written
	exitHistory  = 5 // the pack was written, but filing it in the history folder failed
)

// version is set at link time by make dist.
var version = "dev"

const usage = `planpack turns a school's SEN register export into the termly paperwork.

Usage:
  planpack init [DIR]                       write a starter planpack.toml and input.xlsx
  planpack check [-config F] [-strict] INPUT
                                            check the input and print every problem
  planpack build [-config F] [-o DIR] [-force] [-strict] INPUT
                                            check, then write the whole pack
  planpack phrase [-json] [-name NAME] [TEXT...]
                                            show the child's wording and SMART feedback
  planpack templates export DIR             copy the built-in templates out for editing
  planpack history [-config F] PUPIL-ID|UPN print a pupil's earlier reviewed plans
  planpack evidence [-config F] [-o FILE] [-force] PUPIL-ID|UPN
                                            one PDF of reviewed plans, outcomes and costed
                                            provision for an EHC needs assessment request
  planpack serve [-addr HOST:PORT] [-no-browser] [DIR]
                                            the same work from a web page on this computer
  planpack version

INPUT is an .xlsx workbook, a .csv file, or a folder of .csv files.
`

// verbs maps each command to the function that runs it. Each returns the
// process exit code.
var verbs = map[string]func(args []string, stdout, stderr io.Writer) int{
	"init":      runInit,
	"check":     runCheck,
	"build":     runBuild,
	"phrase":    runPhrase,
	"templates": runTemplates,
	"history":   runHistory,
	"evidence":  runEvidence,
	"serve":     runServe,
	"version": func(_ []string, stdout, _ io.Writer) int {
		fmt.Fprintln(stdout, "planpack", version)
		return exitOK
	},
}

// memoryLimit is the soft limit on the Go heap unless GOMEMLIMIT says
// otherwise. A school office PC is shared with everything else the office
// runs: past this, the garbage collector works harder instead of taking
// more memory. A 1,000-pupil school stays well under it at full speed.
const memoryLimit = 256 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, usage)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	verb, ok := verbs[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "planpack: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
	return verb(args[1:], stdout, stderr)
}

// newFlags makes a flag set that reports to stderr and never exits.
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("planpack "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// parseFlags parses args, allowing flags after positional arguments
// ("planpack check input.xlsx -strict"), and returns the positionals.
// An argument that starts with a dash but is no flag's shape ("- read
// 10 words", a bulleted target pasted in) is a positional, and so is
// everything after "--".
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for len(args) > 0 {
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		if !flagShaped(args[0]) {
			pos = append(pos, args[0])
			args = args[1:]
			continue
		}
		// Parse up to the next dashed positional or "--", which the
		// flag package would take for a bad flag or the end of flags.
		end := 1
		for end < len(args) && (flagShaped(args[end]) || !strings.HasPrefix(args[end], "-")) {
			end++
		}
		if err := fs.Parse(args[:end]); err != nil {
			return nil, err
		}
		// The flag package stops at the first positional; it is taken,
		// and parsing goes on after it.
		rest := fs.Args()
		args = append(rest, args[end:]...)
		if len(rest) > 0 {
			pos = append(pos, args[0])
			args = args[1:]
		}
	}
	return pos, nil
}

// flagShaped reports whether a is written as a flag: "-json", "--name",
// "-name=Sam".
func flagShaped(a string) bool {
	name := strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-")
	if name == a || name == "" {
		return false
	}
	name, _, _ = strings.Cut(name, "=")
	for i, c := range name {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && (c >= '0' && c <= '9' || c == '-' || c == '_')) {
			return false
		}
	}
	return name != ""
}

// inputConfig finishes the flags of a verb that takes one INPUT (check,
// build): the positional INPUT, its config, and "today" for date checks.
// code is non-zero, after saying why on stderr, when the verb should stop.
func inputConfig(fs *flag.FlagSet, cfgPath *string, args []string, usageLine string, stderr io.Writer) (input string, cfg *config.Config, today time.Time, code int) {
	pos, err := parseFlags(fs, args)
	if err != nil {
		return "", nil, today, exitUsage
	}
	if len(pos) != 1 {
		fmt.Fprintln(stderr, "usage:", usageLine)
		return "", nil, today, exitUsage
	}
	if cfg, err = config.Find(*cfgPath, pos[0]); err == nil {
		today, err = sourceDate()
	}
	if err != nil {
		fmt.Fprintln(stderr, "planpack:", err)
		return "", nil, today, exitUsage
	}
	return pos[0], cfg, today, exitOK
}
