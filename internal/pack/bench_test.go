//go:build unix

package pack

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"

	"planpack/internal/config"
	"planpack/internal/samples"
	"planpack/internal/workbook"
)

// benchSchool writes the synthetic school of PLANPACK_BENCH_PUPILS pupils
// (1,000 by default) into dir and returns its path and size.
func benchSchool(b *testing.B, dir string) (string, int) {
	n := 1000
	if v := os.Getenv("PLANPACK_BENCH_PUPILS"); v != "" {
		n, _ = strconv.Atoi(v)
	}
	input := filepath.Join(dir, "input.xlsx")
	if err := workbook.Write(input, samples.Synthetic(n, 1), workbook.Options{}); err != nil {
		b.Fatal(err)
	}
	return input, n
}

// BenchmarkBuild builds a synthetic school of PLANPACK_BENCH_PUPILS pupils
// (1,000 by default) end to end: read, check, every document, print
// files, summary and next term's workbook. It reports pupils/s, pages/s
// and the peak resident memory of the process. `make bench` runs it.
func BenchmarkBuild(b *testing.B) {
	dir := b.TempDir()
	input, n := benchSchool(b, dir)
	cfg := config.Default()
	b.ResetTimer()
	var pages int
	start := time.Now()
	for i := range b.N {
		res, err := Build(context.Background(), Options{Input: input, Out: filepath.Join(dir, "out"+strconv.Itoa(i)), Config: cfg, Today: today})
		if err != nil {
			b.Fatalf("%v\n%v", err, res.Problems)
		}
		if len(res.Failures) > 0 {
			b.Fatalf("failures: %v", res.Failures)
		}
		pages = res.Pages
	}
	secs := time.Since(start).Seconds() / float64(b.N)
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	b.ReportMetric(float64(n)/secs, "pupils/s")
	b.ReportMetric(float64(pages)/secs, "pages/s")
	b.ReportMetric(float64(ru.Maxrss)/1024, "peak-RSS-MB")
	b.ReportMetric(float64(runtime.NumCPU()), "cpus")
}

// BenchmarkCheck is what `planpack check` does with the same school:
// read and check the workbook, then write every family's letter and
// throw it away (CheckTemplates). It reports the whole and the letters'
// share of it.
func BenchmarkCheck(b *testing.B) {
	input, n := benchSchool(b, b.TempDir())
	cfg := config.Default()
	b.ResetTimer()
	var letters time.Duration
	start := time.Now()
	for range b.N {
		s, problems := Check(Options{Input: input, Config: cfg, Today: today})
		if problems.HasErrors() {
			b.Fatalf("%v", problems)
		}
		t := time.Now()
		if err := CheckTemplates(cfg, s); err != nil {
			b.Fatal(err)
		}
		letters += time.Since(t)
	}
	secs := time.Since(start).Seconds() / float64(b.N)
	b.ReportMetric(float64(n)/secs, "pupils/s")
	b.ReportMetric(letters.Seconds()*1000/float64(b.N), "letters-ms")
}
