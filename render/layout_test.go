package render

import (
	"fmt"
	"html"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

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
	t.Parallel()
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
				t.Parallel()
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
					// Sorted from the top, a box can only meet those that
					// start above its bottom.
					sort.Slice(bs, func(i, j int) bool { return bs[i].y0 < bs[j].y0 })
					for i := range bs {
						for j := i + 1; j < len(bs) && bs[j].y0 < bs[i].y1; j++ {
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

// A table row taller than a whole page is split between lines across
// pages: nothing runs off the page and no word is lost.
func TestRowTallerThanAPageSplits(t *testing.T) {
	t.Parallel()
	p := realisticPupil()
	words := make([]string, 1500)
	for i := range words {
		words[i] = fmt.Sprintf("w%04d", i)
	}
	p.Strengths = strings.Join(words, " ")
	pdf := renderKind(t, testConfig(), "plan", p, "iep")
	boxes, sizes := wordBoxes(t, pdf)
	var got []string
	pagesUsed := map[int]bool{}
	for _, b := range boxes {
		if len(b.text) == 5 && b.text[0] == 'w' && b.text[1] >= '0' && b.text[1] <= '9' {
			got = append(got, b.text)
			pagesUsed[b.page] = true
		}
		w, h := sizes[b.page-1][0], sizes[b.page-1][1]
		if b.y1 > h-15/ptToMM || b.x1 > w-15/ptToMM {
			t.Fatalf("page %d: %q runs into the margin", b.page, b.text)
		}
	}
	if strings.Join(got, " ") != p.Strengths {
		seen := map[string]int{}
		for _, g := range got {
			seen[g]++
		}
		var dup []string
		for _, g := range got {
			if seen[g] > 1 {
				dup = append(dup, g)
			}
		}
		t.Errorf("the split row lost or reordered words: got %d of %d; repeated: %v", len(got), len(words), dup)
	}
	if len(pagesUsed) < 3 {
		t.Errorf("a row of 1,500 words spans %d pages, want at least 3", len(pagesUsed))
	}
}

func FuzzWrap(f *testing.F) {
	f.Add("Xanthe-Mërcedes-Łucja-Anastasia-Wróbel-Ô will read", 30.0)
	f.Add("a\n\nb  c\td\re", 5.0)
	f.Add(strings.Repeat("x", 300), 1.0)
	d, err := NewDoc(testConfig())
	if err != nil {
		f.Fatal(err)
	}
	d.setFont(sans, false, 12)
	f.Fuzz(func(t *testing.T, s string, w float64) {
		if w != w || w < 0.1 || w > 1000 {
			return
		}
		lines := d.wrap(s, w)
		// Every printable character survives, in order, and no line
		// with more than one character is wider than w.
		var in, out strings.Builder
		for _, r := range clean(s) {
			if !unicode.IsSpace(r) {
				in.WriteRune(r)
			}
		}
		for _, l := range lines {
			if len([]rune(l)) > 1 && d.pdf.GetStringWidth(l) > w+0.01 {
				t.Fatalf("line %q is %.2f mm wide, more than %.2f", l, d.pdf.GetStringWidth(l), w)
			}
			for _, r := range l {
				if !unicode.IsSpace(r) {
					out.WriteRune(r)
				}
			}
		}
		if in.String() != out.String() {
			t.Fatalf("wrap changed the text: %q became %q", in.String(), out.String())
		}
	})
}

// TestSignaturesKeepTheirSection: however far down the page the plan's
// content ends, the signature block never sits alone on a last page, away
// from what it agrees to; the section before it moves over with it. Plans
// of every length are drawn, a line of text longer each time, so the end
// falls at every point of a page.
func TestSignaturesKeepTheirSection(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"iep", "ilp", "itp", "myplan", "myplanplus"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			l := layout(t, name)
			var before, signatures string
			for i, s := range l.Sections {
				if s.Kind == "signatures" && i > 0 {
					before, signatures = l.Sections[i-1].Heading, s.Heading
				}
			}
			if signatures == "" {
				t.Fatalf("layout %s has no signatures section after another", name)
			}
			d := newTestDoc(t, testConfig())
			for k := range 60 {
				p := realisticPupil()
				p.ChildViews = longText(12*k, "I like it when my helper sits next to me and shows me the first step")
				d.StartDocument()
				if err := d.Plan(p, l); err != nil {
					t.Fatal(err)
				}
			}
			pdf, err := d.Bytes()
			if err != nil {
				t.Fatal(err)
			}
			lastPage := regexp.MustCompile(`page (\d+) of (\d+)\s*$`)
			checked := 0
			for i, page := range strings.Split(pdftotext(t, pdf, "-layout"), "\f") {
				m := lastPage.FindStringSubmatch(strings.TrimSpace(page))
				if m == nil || m[1] != m[2] || m[1] == "1" {
					continue
				}
				checked++
				text := flat(page)
				if strings.Contains(text, signatures) && !strings.Contains(text, before) {
					t.Errorf("page %d: %q is alone on the plan's last page, without %q:\n%s", i+1, signatures, before, page)
				}
			}
			if checked < 30 {
				t.Fatalf("only %d plans ran past one page; the sweep does not reach the signature block", checked)
			}
		})
	}
}
