package pdfcat

import (
	"bytes"
	"strconv"
	"testing"
)

// BenchmarkSplitAndJoin does what a build does with one batch: cut 32
// pupils' files out of an uncompressed 96-page batch, deflating as it
// copies, then join the deflated batch into a print file.
func BenchmarkSplitAndJoin(b *testing.B) {
	labels := make([]string, 96)
	for i := range labels {
		labels[i] = "page " + strconv.Itoa(i) + " (5 0 R) endobj stream \\"
	}
	raw := drawDoc(b, labels, false, false)
	b.SetBytes(int64(len(raw)))
	b.ResetTimer()
	for range b.N {
		src, err := Parse(raw)
		if err != nil {
			b.Fatal(err)
		}
		src.Compress = true
		for p := 1; p <= 96; p += 3 {
			w := NewWriter(&bytes.Buffer{})
			if err := w.AddPages(src, p, p+2); err != nil {
				b.Fatal(err)
			}
			if err := w.Close(Info{Title: "one pupil"}); err != nil {
				b.Fatal(err)
			}
		}
		var z bytes.Buffer
		w := NewWriter(&z)
		w.AddPages(src, 1, 96)
		w.Close(Info{})
		joined, err := Parse(z.Bytes())
		if err != nil {
			b.Fatal(err)
		}
		w = NewWriter(&bytes.Buffer{})
		if err := w.AddPages(joined, 1, 96); err != nil {
			b.Fatal(err)
		}
		if err := w.Close(Info{}); err != nil {
			b.Fatal(err)
		}
	}
}
