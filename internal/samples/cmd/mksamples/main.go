// Command mksamples regenerates the sample schools in the repository's
// samples folder from package samples. Run it from the repository root:
//
//	go run ./internal/samples/cmd/mksamples
package main

import (
	"flag"
	"fmt"
	"os"

	"planpack/internal/samples"
)

func main() {
	dir := flag.String("dir", "samples", "the samples folder to write into")
	flag.Parse()
	if err := samples.Write(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "mksamples:", err)
		os.Exit(1)
	}
}
