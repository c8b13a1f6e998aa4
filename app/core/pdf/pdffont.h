#pragma once

#include "common/bilingualtext.h"
#include "privateusemap.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace nbapply::pdf
{

// The PDF font is Noto Sans CJK SC as Debian's fonts-noto-cjk installs it: the collection
// NotoSansCJK-Regular.ttc (CMake cache variable NBAPPLY_NOTO_CJK_TTC), whose face of that family name
// is used. Its CFF outlines are converted per export (cffoutlines.h). This is the collection's file name.
QString pdfFontFileName();

// Where the font is looked for, in order: $NBAPPLY_DATA_DIR/fonts, then the folder fonts-noto-cjk
// installs it in.
QStringList fontSearchDirectories();
// The first existing font file of fontSearchDirectories(), or an empty string.
QString findFontPath();
// The bilingual error for a font that is not where it should be.
BilingualText missingFontError(const QString &triedPath = QString());

// The fallback for ideographs beyond the BMP that the PDF font lacks (CJK Extensions B–F, with
// a few gaps): HanaMinB of Debian's fonts-hanazono, used as installed (TrueType outlines without
// composite glyphs, which libharu embeds correctly). Noto Sans CJK SC has 2,108 Extension B
// characters; HanaMinB has all but 9 of Extension B's 42,720 and all of C–F but 5. No Debian 12 font
// covers Extension G fully (BabelStone Han has 62 %): such a character is refused, named.
QString fallbackFontFileName();
// The first existing fallback font: $NBAPPLY_DATA_DIR/fonts, then /usr/share/fonts/truetype/hanazono.
// Empty when none is installed (then only the PDF font's characters print).
QString findFallbackFontPath();
// Whether the fallback font is asked for `c`: only ideographs of the Supplementary and Tertiary
// Ideographic Planes; everything else must be in the PDF font.
bool fallbackPlane(char32_t c);

// The characters the font at `fontPath` can draw (its cmap, beyond the BMP too: privateusemap.h), without
// control characters and surrogates; LF is accepted because the PDF draws it as a line break. None when
// the font cannot be read.
std::function<bool(char32_t)> fontCoverage(const QString &fontPath);
// What a PDF drawn with `fontPath` and the fallback at `fallbackPath` (may be empty) can show:
// fontCoverage(fontPath), and fontCoverage(fallbackPath) for the characters of fallbackPlane().
std::function<bool(char32_t)> documentCoverage(const QString &fontPath, const QString &fallbackPath);

struct FontSubset {
    QByteArray data; // a TrueType font holding only the glyphs of the requested characters
    BilingualText error;
    bool ok() const { return !data.isEmpty(); }
};

// Subsets the font with HarfBuzz to `codePoints` (plus .notdef); CFF outlines become simple TrueType
// glyphs (cffoutlines.h). The result keeps the tables libharu reads (head, hhea, maxp, OS/2, hmtx,
// cmap, loca, glyf, name, post) and drops layout and hinting, which libharu ignores. Its cmap is one
// BMP subtable, in which each stand-in of `privateUse` maps to the glyph of its supplementary
// character.
FontSubset subsetFont(const QString &fontPath, const QList<char32_t> &codePoints,
                      const PrivateUseMap &privateUse = {});

} // namespace nbapply::pdf
