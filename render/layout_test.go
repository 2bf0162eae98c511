package render

import (
	"fmt"
	"html"
	"regexp"
	"strconv"
	"testing"

	"planpack/internal/config"
)

type box struct {
	page           int
	x0, y0, x1, y1 float64
	text           string
}

var (
	pageRE = regexp.MustCompile(`<page width="([\d.]+)" height="([\d.]+)">`)
	wordRE = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
)

// wordBoxes reads every word's box, in points from the page's top-left,
// and each page's size.
func wordBoxes(t *testing.T, pdf []byte) ([]box, [][2]float64) {
	t.Helper()
	out := pdftotext(t, pdf, "-bbox")
	var sizes [][2]float64
	var boxes []box
	pageStarts := pageRE.FindAllStringSubmatchIndex(out, -1)
	for i, ps := range pageStarts {
		w, _ := strconv.ParseFloat(out[ps[2]:ps[3]], 64)
		h, _ := strconv.ParseFloat(out[ps[4]:ps[5]], 64)
		sizes = append(sizes, [2]float64{w, h})
		end := len(out)
		if i+1 < len(pageStarts) {
			end = pageStarts[i+1][0]
		}
		for _, m := range wordRE.FindAllStringSubmatch(out[ps[1]:end], -1) {
			f := func(s string) float64 { v, _ := strconv.ParseFloat(s, 64); return v }
			boxes = append(boxes, box{i + 1, f(m[1]), f(m[2]), f(m[3]), f(m[4]), html.UnescapeString(m[5])})
		}
	}
	return boxes, sizes
}

// TestStressPupilStaysInsideTheMargins renders the longest names, four
// 60-word targets and every optional field long, and checks on the page
// itself that no word runs into the margins or over another word.
func TestStressPupilStaysInsideTheMargins(t *testing.T) {
	configs := []struct {
		name string
		set  func(*config.Config)
	}{
		{"A4", func(*config.Config) {}},
		{"US Letter large print", func(c *config.Config) { c.Print.Paper = "Letter"; c.Style.LargePrint = true }},
	}
	const minMargin = 15 / ptToMM * 1 // 15 mm in points
	for _, c := range configs {
		for _, kind := range kinds {
			t.Run(c.name+"/"+kind, func(t *testing.T) {
				cfg := testConfig()
				c.set(cfg)
				pdf := renderKind(t, cfg, kind, stressPupil(), "iep")
				boxes, sizes := wordBoxes(t, pdf)
				if len(boxes) < 200 {
					t.Fatalf("only %d words read back", len(boxes))
				}
				const tol = 0.5
				for _, b := range boxes {
					w, h := sizes[b.page-1][0], sizes[b.page-1][1]
					if b.x0 < minMargin-tol || b.y0 < minMargin-tol || b.x1 > w-minMargin+tol || b.y1 > h-minMargin+tol {
						t.Errorf("page %d: %q at (%.1f,%.1f)-(%.1f,%.1f) is in the margin of a %.0fx%.0f page", b.page, b.text, b.x0, b.y0, b.x1, b.y1, w, h)
					}
				}
				byPage := map[int][]box{}
				for _, b := range boxes {
					byPage[b.page] = append(byPage[b.page], b)
				}
				overlaps := 0
				for _, bs := range byPage {
					for i := range bs {
						for j := i + 1; j < len(bs); j++ {
							if ov := overlap(bs[i], bs[j]); ov != "" && overlaps < 10 {
								overlaps++
								t.Errorf("page %d: %s", bs[i].page, ov)
							}
						}
					}
				}
			})
		}
	}
}

// overlap describes how a and b overlap by more than a hair, or is "".
func overlap(a, b box) string {
	const hair = 0.6 // points
	w := min(a.x1, b.x1) - max(a.x0, b.x0)
	h := min(a.y1, b.y1) - max(a.y0, b.y0)
	if w > hair && h > hair {
		return fmt.Sprintf("%q (%.1f,%.1f)-(%.1f,%.1f) overlaps %q (%.1f,%.1f)-(%.1f,%.1f)", a.text, a.x0, a.y0, a.x1, a.y1, b.text, b.x0, b.y0, b.x1, b.y1)
	}
	return ""
}
