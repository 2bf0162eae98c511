// Package fonts embeds the TrueType fonts planpack prints with, so the
// binary alone is enough, and says which characters they cannot print so
// that check can name the cell instead of a PDF showing a blank box.
//
// Two families: DejaVu Sans for staff and parent documents, and a subset of
// SIL's Andika (renamed "Planpack Reading", as its licence asks of modified
// copies) for the child's own pages, because Andika's letter shapes are
// designed for beginning readers. Both are cut down to Latin scripts by
// subset.sh, which keeps each document small and quick to write.
package fonts

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

var (
	//go:embed DejaVuSans.ttf
	SansRegular []byte
	//go:embed DejaVuSans-Bold.ttf
	SansBold []byte
	//go:embed Reading-Regular.ttf
	ReadingRegular []byte
	//go:embed Reading-Bold.ttf
	ReadingBold []byte
)

// Face is one embedded font file.
type Face struct {
	Name string // file name, for messages
	Data []byte
}

// All lists every embedded face.
var All = []Face{
	{"DejaVuSans.ttf", SansRegular},
	{"DejaVuSans-Bold.ttf", SansBold},
	{"Reading-Regular.ttf", ReadingRegular},
	{"Reading-Bold.ttf", ReadingBold},
}

// covered holds the code points every face maps to a glyph, sorted. A rune
// must be in all of them because one field can be printed on a child's page
// and a staff copy alike.
var covered []rune

// initErr is kept rather than panicking so the command can say clearly
// that the binary's fonts are broken.
var initErr error

func init() {
	covered, initErr = intersect(All)
}

// Check reports whether every embedded font parsed. fpdf prints an error
// and carries on with a broken font, so callers check before rendering.
func Check() error { return initErr }

func intersect(faces []Face) ([]rune, error) {
	var common map[rune]bool
	for _, f := range faces {
		cps, err := CodePoints(f.Data)
		if err != nil {
			return nil, fmt.Errorf("font %s: %w", f.Name, err)
		}
		next := make(map[rune]bool, len(cps))
		for _, r := range cps {
			if common == nil || common[r] {
				next[r] = true
			}
		}
		common = next
	}
	out := make([]rune, 0, len(common))
	for r := range common {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out, nil
}

// Printable reports whether r can be printed by every embedded font.
// Newline and tab are layout, not glyphs, and always count as printable.
func Printable(r rune) bool {
	if r == '\n' || r == '\t' {
		return true
	}
	if r < 0x20 || r == 0x7f || r > 0xffff {
		return false
	}
	i := sort.Search(len(covered), func(i int) bool { return covered[i] >= r })
	return i < len(covered) && covered[i] == r
}

// Unprintable returns the runes of s that the fonts cannot print, each once,
// in the order they first appear.
func Unprintable(s string) []rune {
	var out []rune
	var seen map[rune]bool
	for _, r := range s {
		if Printable(r) || seen[r] {
			continue
		}
		if seen == nil {
			seen = map[rune]bool{}
		}
		seen[r] = true
		out = append(out, r)
	}
	return out
}

var errShort = errors.New("truncated or not a TrueType font")

// CodePoints reads a TrueType font's Unicode cmap (format 4 or 12) and
// returns every code point that maps to a real glyph.
func CodePoints(ttf []byte) ([]rune, error) {
	if len(ttf) < 12 {
		return nil, errShort
	}
	switch v := binary.BigEndian.Uint32(ttf); v {
	case 0x00010000, 0x74727565: // TrueType outlines, 'true'
	default:
		return nil, fmt.Errorf("not a TrueType font (version %#08x)", v)
	}
	tables := map[string][]byte{}
	numTables := int(binary.BigEndian.Uint16(ttf[4:]))
	for i := range numTables {
		rec := 12 + 16*i
		if rec+16 > len(ttf) {
			return nil, errShort
		}
		tag := string(ttf[rec : rec+4])
		off := int64(binary.BigEndian.Uint32(ttf[rec+8:]))
		n := int64(binary.BigEndian.Uint32(ttf[rec+12:]))
		if off+n > int64(len(ttf)) {
			return nil, fmt.Errorf("%s table lies outside the file", tag)
		}
		tables[tag] = ttf[off : off+n]
	}
	// The tables fpdf reads to measure and embed a font.
	for _, tag := range []string{"cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "OS/2"} {
		if tables[tag] == nil {
			return nil, fmt.Errorf("no %s table", tag)
		}
	}
	cmap := tables["cmap"]
	return readCmap(cmap)
}

// readCmap picks the best Unicode subtable: format 12 (full repertoire)
// over format 4 (BMP), Windows Unicode over the Unicode platform.
func readCmap(cmap []byte) ([]rune, error) {
	if len(cmap) < 4 {
		return nil, errShort
	}
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	best, bestRank := -1, 0
	for i := range n {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			return nil, errShort
		}
		platform := binary.BigEndian.Uint16(cmap[rec:])
		enc := binary.BigEndian.Uint16(cmap[rec+2:])
		off := int(binary.BigEndian.Uint32(cmap[rec+4:]))
		if off+2 > len(cmap) || off < 0 {
			return nil, errShort
		}
		format := binary.BigEndian.Uint16(cmap[off:])
		rank := 0
		switch {
		case format == 12 && (platform == 3 && enc == 10 || platform == 0):
			rank = 4
		case format == 4 && platform == 3 && enc == 1:
			rank = 3
		case format == 4 && platform == 0:
			rank = 2
		}
		if rank > bestRank {
			best, bestRank = off, rank
		}
	}
	if best < 0 {
		return nil, errors.New("no Unicode cmap subtable of format 4 or 12")
	}
	sub := cmap[best:]
	if binary.BigEndian.Uint16(sub) == 12 {
		return readFormat12(sub)
	}
	return readFormat4(sub)
}

func readFormat4(t []byte) ([]rune, error) {
	if len(t) < 14 {
		return nil, errShort
	}
	segX2 := int(binary.BigEndian.Uint16(t[6:]))
	if segX2%2 != 0 || 16+4*segX2 > len(t) {
		return nil, errors.New("cmap format 4: bad segment count")
	}
	ends := t[14:]
	starts := t[16+segX2:]
	deltas := t[16+2*segX2:]
	rangeOffs := t[16+3*segX2:]
	var out []rune
	for s := 0; s < segX2/2; s++ {
		end := int(binary.BigEndian.Uint16(ends[2*s:]))
		start := int(binary.BigEndian.Uint16(starts[2*s:]))
		delta := int(binary.BigEndian.Uint16(deltas[2*s:]))
		ro := int(binary.BigEndian.Uint16(rangeOffs[2*s:]))
		if start > end {
			return nil, errors.New("cmap format 4: segment start after end")
		}
		for c := start; c <= end && c != 0xffff; c++ {
			var g int
			if ro == 0 {
				g = (c + delta) & 0xffff
			} else {
				// The offset is relative to this segment's idRangeOffset entry.
				at := 16 + 3*segX2 + 2*s + ro + 2*(c-start)
				if at+2 > len(t) {
					return nil, errors.New("cmap format 4: glyph index outside the table")
				}
				g = int(binary.BigEndian.Uint16(t[at:]))
				if g != 0 {
					g = (g + delta) & 0xffff
				}
			}
			if g != 0 {
				out = append(out, rune(c))
			}
		}
	}
	return out, nil
}

func readFormat12(t []byte) ([]rune, error) {
	if len(t) < 16 {
		return nil, errShort
	}
	n := int(binary.BigEndian.Uint32(t[12:]))
	if n < 0 || n > (len(t)-16)/12 {
		return nil, errors.New("cmap format 12: bad group count")
	}
	var out []rune
	for i := range n {
		g := t[16+12*i:]
		start := binary.BigEndian.Uint32(g)
		end := binary.BigEndian.Uint32(g[4:])
		glyph := binary.BigEndian.Uint32(g[8:])
		if start > end || end > 0x10ffff {
			return nil, errors.New("cmap format 12: bad group")
		}
		for c := start; c <= end; c++ {
			if glyph+(c-start) != 0 {
				out = append(out, rune(c))
			}
		}
	}
	return out, nil
}
