package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"planpack/internal/pack"
)

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", stderr)
	cfgPath := fs.String("config", "", "planpack.toml to use (default: the one beside INPUT)")
	strict := fs.Bool("strict", false, "treat warnings as errors")
	input, cfg, today, code := inputConfig(fs, cfgPath, args, "planpack check [-config F] [-strict] INPUT", stderr)
	if code != exitOK {
		return code
	}
	school, problems := pack.Check(pack.Options{Input: input, Config: cfg, Today: today})
	reportProblems(stdout, problems)
	for _, line := range pack.ReadReport(school) {
		fmt.Fprintln(stderr, line)
	}
	cfgErr := pack.CheckTemplates(cfg, school)
	if cfgErr != nil {
		fmt.Fprintln(stderr, "planpack:", cfgErr)
	}
	errs, warns := problems.Count()
	pupils := 0
	if school != nil {
		pupils = len(school.Pupils)
	}
	fmt.Fprintf(stderr, "%s, %s in %s\n", howMany(errs, "error"), howMany(warns, "warning"), howMany(pupils, "pupil"))
	switch {
	case errs > 0 || (*strict && warns > 0):
		return exitInput
	case cfgErr != nil:
		return exitUsage
	}
	return exitOK
}

// sourceDate is "today" for date checks: SOURCE_DATE_EPOCH (seconds since
// 1970, the reproducible-builds convention) when set, so a check run in a
// test or a pipeline gives the same report on any day; zero otherwise.
func sourceDate() (time.Time, error) {
	v := os.Getenv("SOURCE_DATE_EPOCH")
	if v == "" {
		return time.Time{}, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH %q is not a number of seconds since 1970", v)
	}
	return time.Unix(n, 0).UTC(), nil
}

// howMany writes "1 error", "2 errors".
func howMany(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
