#!/usr/bin/python3
"""Prepare the font that nbapply embeds in its PDFs.

libharu 2.3.0 (Debian 12) loads only TrueType ("glyf") outlines, and it embeds composite glyphs
wrongly (signed component ids, nested components not followed: strokes vanish). Noto Sans CJK SC
covers Latin, full-width punctuation, the URO and CJK Ext-A (e.g. U+4DAE) but ships CFF outlines.
CFF has no composite glyphs, so converting its cubic outlines to quadratic TrueType outlines gives
a font libharu reads and embeds correctly.

Usage: prepare-pdf-font.py SOURCE.ttc FACE_INDEX DEBIAN_COPYRIGHT OUT.ttf OUT_LICENSE.txt
Needs Debian's python3-fonttools; run it with /usr/bin/python3.
"""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

# Tolerance of the cubic-to-quadratic conversion in font units (1000 per em): invisible in print.
MAX_ERR = 1.0
# Tables libharu never reads; dropping them keeps the prepared font (and the build) smaller.
# The per-export subset is made from what remains.
UNUSED_TABLES = ("GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "DSIG", "meta")


def to_quadratic(font):
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in font.getGlyphOrder():
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, MAX_ERR, reverse_direction=True))
        glyphs[name] = tt_pen.glyph()
    return glyphs


def convert(font):
    if "CFF " not in font:
        sys.exit("expected CFF outlines in the source font")
    order = font.getGlyphOrder()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = to_quadratic(font)
    del font["CFF "]
    for tag in UNUSED_TABLES:
        if tag in font:
            del font[tag]
    glyf.compile(font)
    # Left side bearings must match the new bounding boxes.
    hmtx = font["hmtx"]
    for name in order:
        glyph = glyf[name]
        advance = hmtx[name][0]
        hmtx[name] = (advance, glyph.xMin if hasattr(glyph, "xMin") else 0)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(order)
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.maxComponentElements = 0
    maxp.maxComponentDepth = 0
    # Format 3: no glyph names (65,535 names would double the size; libharu needs none).
    post = font["post"]
    post.formatType = 3.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = None
    font["head"].indexToLocFormat = 1
    font.sfntVersion = "\000\001\000\000"
    for name in order:
        if glyf[name].isComposite():
            sys.exit(f"composite glyph {name} in the converted font")


def licence_text(font, debian_copyright):
    notice = font["name"].getDebugName(0) or ""
    lines = open(debian_copyright, encoding="utf-8").read().splitlines()
    # The licence's own stanza: "License: SIL-1.1" followed by the indented text.
    start = next(i for i, line in enumerate(lines)
                 if line == "License: SIL-1.1" and i + 1 < len(lines) and lines[i + 1].startswith(" "))
    body = []
    for line in lines[start + 1:]:
        if not line.startswith(" "):
            break
        body.append("" if line.strip() == "." else line[1:])
    return (
        "The font embedded in PDFs made by nbapply is Noto Sans CJK SC Regular (Debian package\n"
        "fonts-noto-cjk), converted by nbapply's build from CFF to TrueType outlines\n"
        "(resources/fonts/prepare-pdf-font.py). It is licensed under the SIL Open Font License 1.1.\n\n"
        f"{notice}\n\n" + "\n".join(body) + "\n")


def main(argv):
    if len(argv) != 6:
        sys.exit(__doc__)
    source, face, debian_copyright, out_font, out_licence = argv[1:]
    font = TTFont(source, fontNumber=int(face), lazy=False)
    family = font["name"].getDebugName(1)
    if family != "Noto Sans CJK SC":
        sys.exit(f"face {face} of {source} is {family!r}, not Noto Sans CJK SC")
    convert(font)
    font.save(out_font)
    with open(out_licence, "w", encoding="utf-8") as f:
        f.write(licence_text(font, debian_copyright))


if __name__ == "__main__":
    main(sys.argv)
