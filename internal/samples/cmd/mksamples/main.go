// Command mksamples regenerates the sample schools in the repository's
// samples folder from package samples. Run it from the repository root:
//
//	go run ./internal/samples/cmd/mksamples
//
// Besides the workbooks it files the sample school's autumn term in
// samples/school/history, by building that term with planpack itself, so
// the history is in the form planpack files and reads.
//
// With -synthetic it writes one generated school of that many pupils as
// an input workbook instead, for measuring the binary on a large school:
//
//	go run ./internal/samples/cmd/mksamples -synthetic 10000 -o school.xlsx
package main

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"planpack/internal/config"
	"planpack/internal/pack"
	"planpack/internal/samples"
	"planpack/internal/workbook"
)

func main() {
	dir := flag.String("dir", "samples", "the samples folder to write into")
	n := flag.Int("synthetic", 0, "write a generated school of this many pupils instead")
	out := flag.String("o", "school.xlsx", "with -synthetic: the workbook to write")
	flag.Parse()
	var err error
	if *n > 0 {
		err = workbook.Write(*out, samples.Synthetic(*n, 1), workbook.Options{})
	} else if err = samples.Write(*dir); err == nil {
		err = fileAutumn(*dir)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "mksamples:", err)
		os.Exit(1)
	}
}

// fileAutumn builds the sample school's autumn term in a temporary folder
// and copies what the build filed in its history into the sample's
// history folder, replacing an earlier copy of that term and leaving the
// terms a build of the sample files there alone.
func fileAutumn(dir string) error {
	tmp, err := os.MkdirTemp("", "mksamples-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	input, toml := filepath.Join(tmp, "input.xlsx"), filepath.Join(tmp, "planpack.toml")
	if err := workbook.Write(input, samples.Autumn(), workbook.Options{Date: samples.AutumnPlanDate}); err != nil {
		return err
	}
	if err := os.WriteFile(toml, []byte(samples.AutumnConfig()), 0o600); err != nil {
		return err
	}
	cfg, err := config.Load(toml)
	if err != nil {
		return err
	}
	res, err := pack.Build(context.Background(), pack.Options{Input: input, Out: filepath.Join(tmp, "out"), Config: cfg, Today: samples.AutumnPlanDate})
	if err != nil {
		if res != nil && len(res.Problems) > 0 {
			return fmt.Errorf("building the autumn term: %w\n%v", err, res.Problems)
		}
		return fmt.Errorf("building the autumn term: %w", err)
	}
	if len(res.Failures) > 0 {
		return fmt.Errorf("building the autumn term: %v", res.Failures[0])
	}
	filed := filepath.Join(tmp, cfg.History)
	terms, err := filepath.Glob(filepath.Join(filed, "*", "*"))
	if err != nil {
		return err
	}
	history := filepath.Join(dir, "school", "history")
	for _, term := range terms {
		rel, _ := filepath.Rel(filed, term)
		if err := os.RemoveAll(filepath.Join(history, rel)); err != nil {
			return err
		}
	}
	return filepath.WalkDir(filed, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(filed, path)
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		to := filepath.Join(history, rel)
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			return err
		}
		return os.WriteFile(to, data, 0o644)
	})
}
