// Command mksamples regenerates the sample schools in the repository's
// samples folder from package samples. Run it from the repository root:
//
//	go run ./internal/samples/cmd/mksamples
//
// With -synthetic it writes one generated school of that many pupils as
// an input workbook instead, for measuring the binary on a large school:
//
//	go run ./internal/samples/cmd/mksamples -synthetic 10000 -o school.xlsx
package main

import (
	"flag"
	"fmt"
	"os"

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
	} else {
		err = samples.Write(*dir)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "mksamples:", err)
		os.Exit(1)
	}
}
