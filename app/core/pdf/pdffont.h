#pragma once

#include "common/bilingualtext.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace nbapply::pdf
{

// The file the build prepares from Noto Sans CJK SC (resources/fonts/prepare-pdf-font.py).
QString pdfFontFileName();

// Where the prepared font is looked for, in order: $NBAPPLY_DATA_DIR/fonts, <executable dir>/../share/
// nbapply/fonts (an installed nbapply), and last the build tree (running from a build directory).
QStringList fontSearchDirectories();
// The first existing font file of fontSearchDirectories(), or an empty string.
QString findFontPath();
// The bilingual error for a font that is not where it should be.
BilingualText missingFontError(const QString &triedPath = QString());

// The characters the font at `fontPath` can draw (its cmap), BMP only, without control characters;
// LF is accepted because the PDF draws it as a line break. Empty when the font cannot be read.
std::function<bool(char32_t)> fontCoverage(const QString &fontPath);

struct FontSubset {
    QByteArray data; // a TrueType font holding only the glyphs of the requested characters
    BilingualText error;
    bool ok() const { return !data.isEmpty(); }
};

// Subsets the prepared font with HarfBuzz to `codePoints` (plus .notdef). The result keeps the
// tables libharu reads (head, hhea, maxp, OS/2, hmtx, cmap, loca, glyf, name, post) and drops layout
// and hinting, which libharu ignores.
FontSubset subsetFont(const QString &fontPath, const QList<char32_t> &codePoints);

} // namespace nbapply::pdf
