#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <functional>
#include <hb.h>
#include <map>

namespace nbapply::pdf
{

// Noto Sans CJK ships CFF (cubic) outlines, but libharu 2.3.0 embeds only TrueType (glyf) outlines and
// mangles composite glyphs. These turn a small CFF-flavoured subset into a TrueType font in memory, so
// only the glyphs an export uses are converted, from the installed font, each time.

// Tolerance of the cubic-to-quadratic conversion in font units (1000 per em): invisible in print.
inline constexpr double kCubicToQuadraticTolerance = 1.0;

// `font` (an sfnt without outlines: hb-subset's result with 'CFF ' dropped) with glyph g drawn from
// `source`'s glyph sourceGlyph(g) as a simple TrueType glyph (cubics approximated within the tolerance,
// contours reversed to TrueType's clockwise direction): 'glyf' and long 'loca' are added, 'VORG'
// dropped, maxp becomes version 1.0, post format 3.0, left side bearings and the head bounding box
// follow the new outlines. Glyph ids, cmap and advance widths stay. Empty when `font` cannot be read.
QByteArray withTrueTypeOutlines(const QByteArray &font, hb_font_t *source,
                                const std::function<hb_codepoint_t(unsigned int)> &sourceGlyph);

// An sfnt file of `tables` (tag -> table), TrueType flavoured, with table checksums and
// head.checkSumAdjustment computed.
QByteArray writeSfnt(const std::map<quint32, QByteArray> &tables);
// The tables of the sfnt `font` (tag -> table); empty when its directory is not within the file.
std::map<quint32, QByteArray> readSfnt(const QByteArray &font);

} // namespace nbapply::pdf
