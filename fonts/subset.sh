#!/bin/sh
# Remakes the subset fonts embedded in planpack from the Debian packages
# fonts-sil-andika and fonts-dejavu-core, using python3-fonttools.
#
# The subset keeps what school names and English letters need: Basic Latin,
# Latin-1 Supplement, Latin Extended-A and -B (Welsh, Polish, Turkish,
# Irish, Czech, Romanian …), Latin Extended Additional (Welsh ŵ ŷ, some
# Vietnamese), spacing modifiers, general punctuation, currency signs and a
# few arrows. Hinting is dropped: the fonts are only embedded in PDFs.
#
# The SIL Open Font License reserves the name "Andika" for the unmodified
# font, so the Andika subset is renamed "Planpack Reading". Andika declares
# a very tall line (1.61 em, room for stacked Vietnamese accents); its
# vertical metrics are set to the real extent of Basic Latin to Latin
# Extended-A, so that PDF readers' text boxes match the ink and lines set
# 1.35 em apart do not claim to overlap.
set -eu

# Debian's python3-fonttools lives with the system python.
PYTHON=${PYTHON:-/usr/bin/python3}
cd "$(dirname "$0")"

ANDIKA=${ANDIKA:-/usr/share/fonts/truetype/andika}
DEJAVU=${DEJAVU:-/usr/share/fonts/truetype/dejavu}

UNICODES="U+0020-007E,U+00A0-00FF,U+0100-017F,U+0180-024F,U+02B0-02FF,U+1E00-1EFF,U+2010-2027,U+2030-203A,U+2044,U+20A0-20BF,U+2122,U+2190-2193,U+2212,U+FFFD"

subset() {
	"$PYTHON" -m fontTools.subset "$1" \
		--unicodes="$UNICODES" \
		--output-file="$2" \
		--no-hinting \
		--layout-features='' \
		--name-IDs='*' \
		--name-languages='*' \
		--notdef-outline \
		--recalc-bounds
}

subset "$ANDIKA/Andika-Regular.ttf" Reading-Regular.ttf
subset "$ANDIKA/Andika-Bold.ttf" Reading-Bold.ttf
subset "$DEJAVU/DejaVuSans.ttf" DejaVuSans.ttf
subset "$DEJAVU/DejaVuSans-Bold.ttf" DejaVuSans-Bold.ttf

"$PYTHON" - <<'PY'
from fontTools.ttLib import TTFont
for path, style in (("Reading-Regular.ttf", "Regular"), ("Reading-Bold.ttf", "Bold")):
    f = TTFont(path)
    for rec in f["name"].names:
        if rec.nameID in (1, 16):
            rec.string = "Planpack Reading"
        elif rec.nameID == 3:
            rec.string = "Planpack Reading " + style + " (subset of Andika)"
        elif rec.nameID == 4:
            rec.string = "Planpack Reading " + style
        elif rec.nameID == 6:
            rec.string = "PlanpackReading-" + style
    from fontTools.pens.boundsPen import BoundsPen
    glyphs, cmap = f.getGlyphSet(), f.getBestCmap()
    lo, hi = 0, 0
    for cp in list(range(0x20, 0x7F)) + list(range(0xA0, 0x180)):
        if cp in cmap:
            pen = BoundsPen(glyphs)
            glyphs[cmap[cp]].draw(pen)
            if pen.bounds:
                lo, hi = min(lo, pen.bounds[1]), max(hi, pen.bounds[3])
    hhea, os2 = f["hhea"], f["OS/2"]
    hhea.ascent, hhea.descent, hhea.lineGap = hi, lo, 0
    os2.sTypoAscender, os2.sTypoDescender, os2.sTypoLineGap = hi, lo, 0
    os2.usWinAscent, os2.usWinDescent = hi, -lo
    f.save(path)
PY
