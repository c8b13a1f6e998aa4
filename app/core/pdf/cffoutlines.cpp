#include "cffoutlines.h"

#include "cu2qu.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <hb.h>
#include <limits>
#include <memory>
#include <vector>

namespace nbapply::pdf
{

namespace
{

constexpr quint32 tag(const char (&name)[5])
{
    return (quint32(uchar(name[0])) << 24) | (quint32(uchar(name[1])) << 16) |
           (quint32(uchar(name[2])) << 8) | quint32(uchar(name[3]));
}

quint32 readU32(const QByteArray &data, qsizetype at)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData()) + at;
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint16 readU16(const QByteArray &data, qsizetype at)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData()) + at;
    return quint16((p[0] << 8) | p[1]);
}

void writeU16(QByteArray &data, qsizetype at, quint32 value)
{
    data[at] = char((value >> 8) & 0xFF);
    data[at + 1] = char(value & 0xFF);
}

void writeU32(QByteArray &data, qsizetype at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        data[at + i] = char((value >> (24 - 8 * i)) & 0xFF);
}

void putU16(QByteArray &out, quint32 value)
{
    out.append(char((value >> 8) & 0xFF));
    out.append(char(value & 0xFF));
}

void putU32(QByteArray &out, quint32 value)
{
    putU16(out, value >> 16);
    putU16(out, value & 0xFFFF);
}

quint32 checksum(const QByteArray &table)
{
    QByteArray padded = table;
    padded.append(QByteArray((4 - padded.size() % 4) % 4, '\0'));
    quint32 sum = 0;
    for (qsizetype i = 0; i < padded.size(); i += 4)
        sum += readU32(padded, i);
    return sum;
}

// --- Outlines --------------------------------------------------------------------------------------

struct OutlinePoint {
    qint32 x, y;
    bool onCurve;
};
using Contour = std::vector<OutlinePoint>;

// Collects one glyph's contours from HarfBuzz's draw callbacks, in font units.
struct OutlineSink {
    std::vector<Contour> contours;
    double tolerance = kCubicToQuadraticTolerance;

    void add(double x, double y, bool onCurve)
    {
        // Halves round up, as fontTools' otRound does: the points of the former build-time conversion.
        contours.back().push_back({qint32(std::floor(x + 0.5)), qint32(std::floor(y + 0.5)), onCurve});
    }
};

OutlineSink *sinkOf(void *data)
{
    return static_cast<OutlineSink *>(data);
}

void moveTo(hb_draw_funcs_t *, void *data, hb_draw_state_t *, float x, float y, void *)
{
    sinkOf(data)->contours.emplace_back();
    sinkOf(data)->add(x, y, true);
}

void lineTo(hb_draw_funcs_t *, void *data, hb_draw_state_t *, float x, float y, void *)
{
    sinkOf(data)->add(x, y, true);
}

void quadraticTo(hb_draw_funcs_t *, void *data, hb_draw_state_t *, float cx, float cy, float x, float y,
                 void *)
{
    sinkOf(data)->add(cx, cy, false);
    sinkOf(data)->add(x, y, true);
}

void cubicTo(hb_draw_funcs_t *, void *data, hb_draw_state_t *st, float c1x, float c1y, float c2x, float c2y,
             float x, float y, void *)
{
    OutlineSink *sink = sinkOf(data);
    const std::array<Point, 4> cubic{Point(st->current_x, st->current_y), Point(c1x, c1y), Point(c2x, c2y),
                                     Point(x, y)};
    const std::vector<Point> controls = cubicToQuadratic(cubic, sink->tolerance);
    // Consecutive off-curve points imply the on-curve midpoints between them, as cu2qu's splines mean.
    for (const Point &c : controls)
        sink->add(c.real(), c.imag(), false);
    sink->add(x, y, true);
}

void closePath(hb_draw_funcs_t *, void *, hb_draw_state_t *, void *)
{
}

struct DrawFuncsDeleter {
    void operator()(hb_draw_funcs_t *funcs) const { hb_draw_funcs_destroy(funcs); }
};

hb_draw_funcs_t *drawFuncs()
{
    // Immutable once made; HarfBuzz objects are safe to share between threads then.
    static const std::unique_ptr<hb_draw_funcs_t, DrawFuncsDeleter> funcs([] {
        hb_draw_funcs_t *f = hb_draw_funcs_create();
        hb_draw_funcs_set_move_to_func(f, moveTo, nullptr, nullptr);
        hb_draw_funcs_set_line_to_func(f, lineTo, nullptr, nullptr);
        hb_draw_funcs_set_quadratic_to_func(f, quadraticTo, nullptr, nullptr);
        hb_draw_funcs_set_cubic_to_func(f, cubicTo, nullptr, nullptr);
        hb_draw_funcs_set_close_path_func(f, closePath, nullptr, nullptr);
        hb_draw_funcs_make_immutable(f);
        return f;
    }());
    return funcs.get();
}

// TrueType contours: the closing point HarfBuzz repeats is dropped, points that rounding made equal to
// their on-curve predecessor go, and the direction is reversed (CFF draws outer contours counter-
// clockwise, TrueType clockwise; cu2qu's reverse_direction) by keeping the start and reversing the rest.
std::vector<Contour> trueTypeContours(std::vector<Contour> contours)
{
    std::vector<Contour> result;
    for (Contour &contour : contours) {
        Contour clean;
        for (const OutlinePoint &p : contour) {
            if (!clean.empty() && p.onCurve && clean.back().onCurve && clean.back().x == p.x &&
                clean.back().y == p.y)
                continue;
            clean.push_back(p);
        }
        while (clean.size() > 1 && clean.back().onCurve && clean.back().x == clean.front().x &&
               clean.back().y == clean.front().y)
            clean.pop_back();
        if (clean.size() < 2)
            continue;
        std::reverse(clean.begin() + 1, clean.end());
        result.push_back(std::move(clean));
    }
    return result;
}

struct GlyphStats {
    qint32 xMin = 0, yMin = 0, xMax = 0, yMax = 0;
    quint32 points = 0, contours = 0;
};

// A simple glyph in the 'glyf' format, without instructions; empty for a glyph without contours.
QByteArray encodeGlyph(const std::vector<Contour> &contours, GlyphStats &stats)
{
    stats = {};
    if (contours.empty())
        return {};
    stats.xMin = stats.yMin = std::numeric_limits<qint32>::max();
    stats.xMax = stats.yMax = std::numeric_limits<qint32>::min();
    QByteArray flags, xs, ys;
    std::vector<quint32> endPoints;
    qint32 lastX = 0, lastY = 0;
    quint32 index = 0;
    for (const Contour &contour : contours) {
        for (const OutlinePoint &p : contour) {
            stats.xMin = std::min(stats.xMin, p.x);
            stats.yMin = std::min(stats.yMin, p.y);
            stats.xMax = std::max(stats.xMax, p.x);
            stats.yMax = std::max(stats.yMax, p.y);
            uchar flag = p.onCurve ? 0x01 : 0x00;
            const qint32 dx = p.x - lastX;
            const qint32 dy = p.y - lastY;
            // Short vectors (one byte plus a sign flag) and "same as before" keep the table small.
            if (dx == 0)
                flag |= 0x10;
            else if (std::abs(dx) < 256) {
                flag |= 0x02 | (dx > 0 ? 0x10 : 0);
                xs.append(char(std::abs(dx)));
            } else
                putU16(xs, quint32(quint16(qint16(dx))));
            if (dy == 0)
                flag |= 0x20;
            else if (std::abs(dy) < 256) {
                flag |= 0x04 | (dy > 0 ? 0x20 : 0);
                ys.append(char(std::abs(dy)));
            } else
                putU16(ys, quint32(quint16(qint16(dy))));
            flags.append(char(flag));
            lastX = p.x;
            lastY = p.y;
            ++index;
        }
        endPoints.push_back(index - 1);
    }
    stats.points = index;
    stats.contours = quint32(contours.size());
    QByteArray glyph;
    putU16(glyph, stats.contours);
    for (qint32 v : {stats.xMin, stats.yMin, stats.xMax, stats.yMax})
        putU16(glyph, quint32(quint16(qint16(v))));
    for (quint32 end : endPoints)
        putU16(glyph, end);
    putU16(glyph, 0); // no instructions
    glyph += flags + xs + ys;
    glyph.append(QByteArray((4 - glyph.size() % 4) % 4, '\0'));
    return glyph;
}

} // namespace

std::map<quint32, QByteArray> readSfnt(const QByteArray &font)
{
    std::map<quint32, QByteArray> tables;
    if (font.size() < 12)
        return {};
    const quint32 numTables = readU16(font, 4);
    if (font.size() < 12 + qsizetype(numTables) * 16)
        return {};
    for (quint32 i = 0; i < numTables; ++i) {
        const qsizetype record = 12 + qsizetype(i) * 16;
        const quint32 offset = readU32(font, record + 8);
        const quint32 length = readU32(font, record + 12);
        if (qsizetype(offset) + qsizetype(length) > font.size())
            return {};
        tables[readU32(font, record)] = font.mid(offset, length);
    }
    return tables;
}

QByteArray writeSfnt(const std::map<quint32, QByteArray> &tables)
{
    const quint32 numTables = quint32(tables.size());
    quint32 searchRange = 1, entrySelector = 0;
    while (searchRange * 2 <= numTables) {
        searchRange *= 2;
        ++entrySelector;
    }
    searchRange *= 16;
    QByteArray out;
    putU32(out, 0x00010000);
    putU16(out, numTables);
    putU16(out, searchRange);
    putU16(out, entrySelector);
    putU16(out, numTables * 16 - searchRange);
    out.append(QByteArray(qsizetype(numTables) * 16, '\0'));
    qsizetype record = 12;
    qsizetype headAt = -1;
    for (const auto &[tableTag, data] : tables) { // std::map: sorted by tag, as the directory must be
        QByteArray table = data;
        if (tableTag == tag("head") && table.size() >= 12)
            writeU32(table, 8, 0); // checkSumAdjustment, set below
        writeU32(out, record, tableTag);
        writeU32(out, record + 4, checksum(table));
        writeU32(out, record + 8, quint32(out.size()));
        writeU32(out, record + 12, quint32(table.size()));
        record += 16;
        if (tableTag == tag("head"))
            headAt = out.size();
        out.append(table);
        out.append(QByteArray((4 - out.size() % 4) % 4, '\0'));
    }
    if (headAt >= 0)
        writeU32(out, headAt + 8, 0xB1B0AFBAu - checksum(out));
    return out;
}

QByteArray withTrueTypeOutlines(const QByteArray &font, hb_font_t *source,
                                const std::function<hb_codepoint_t(unsigned int)> &sourceGlyph)
{
    std::map<quint32, QByteArray> tables = readSfnt(font);
    const auto has = [&tables](quint32 t, qsizetype size) {
        return tables.count(t) && tables.at(t).size() >= size;
    };
    if (tables.count(tag("glyf")) || tables.count(tag("CFF ")) || !has(tag("head"), 54) ||
        !has(tag("hhea"), 36) || !has(tag("maxp"), 6) || !tables.count(tag("hmtx")) || !source)
        return {};
    const quint32 numGlyphs = readU16(tables[tag("maxp")], 4);
    if (numGlyphs == 0)
        return {};

    QByteArray glyf, loca;
    GlyphStats total;
    total.xMin = total.yMin = std::numeric_limits<qint32>::max();
    total.xMax = total.yMax = std::numeric_limits<qint32>::min();
    std::vector<GlyphStats> stats(numGlyphs);
    for (quint32 gid = 0; gid < numGlyphs; ++gid) {
        OutlineSink sink;
        // The source font's default scale is its em: the points come in font units.
        hb_font_get_glyph_shape(source, sourceGlyph(gid), drawFuncs(), &sink);
        putU32(loca, quint32(glyf.size()));
        glyf += encodeGlyph(trueTypeContours(std::move(sink.contours)), stats[gid]);
        if (stats[gid].contours == 0)
            continue;
        total.xMin = std::min(total.xMin, stats[gid].xMin);
        total.yMin = std::min(total.yMin, stats[gid].yMin);
        total.xMax = std::max(total.xMax, stats[gid].xMax);
        total.yMax = std::max(total.yMax, stats[gid].yMax);
        total.points = std::max(total.points, stats[gid].points);
        total.contours = std::max(total.contours, stats[gid].contours);
    }
    putU32(loca, quint32(glyf.size()));

    // Left side bearings follow the new bounding boxes; advance widths stay.
    QByteArray &hmtx = tables[tag("hmtx")];
    const quint32 numberOfHMetrics = readU16(tables[tag("hhea")], 34);
    for (quint32 gid = 0; gid < numGlyphs; ++gid) {
        const qsizetype at = gid < numberOfHMetrics
                                 ? qsizetype(gid) * 4 + 2
                                 : qsizetype(numberOfHMetrics) * 4 + qsizetype(gid - numberOfHMetrics) * 2;
        if (at + 2 <= hmtx.size())
            writeU16(hmtx, at, quint32(quint16(qint16(stats[gid].xMin))));
    }

    QByteArray &head = tables[tag("head")];
    if (total.contours > 0) {
        writeU16(head, 36, quint32(quint16(qint16(total.xMin))));
        writeU16(head, 38, quint32(quint16(qint16(total.yMin))));
        writeU16(head, 40, quint32(quint16(qint16(total.xMax))));
        writeU16(head, 42, quint32(quint16(qint16(total.yMax))));
    }
    writeU16(head, 50, 1); // indexToLocFormat: long offsets

    QByteArray maxp;
    putU32(maxp, 0x00010000);
    putU16(maxp, numGlyphs);
    putU16(maxp, total.points);
    putU16(maxp, total.contours);
    putU16(maxp, 0);            // maxCompositePoints
    putU16(maxp, 0);            // maxCompositeContours
    putU16(maxp, 1);            // maxZones: no twilight zone
    for (int i = 0; i < 8; ++i) // twilight points, storage, FDEFs, IDEFs, stack, instructions, components
        putU16(maxp, 0);
    tables[tag("maxp")] = maxp;

    // Format 3: no glyph names (libharu needs none).
    if (tables.count(tag("post")) && tables[tag("post")].size() >= 32) {
        QByteArray &post = tables[tag("post")];
        post.truncate(32);
        writeU32(post, 0, 0x00030000);
    }
    tables.erase(tag("VORG"));
    tables[tag("glyf")] = glyf;
    tables[tag("loca")] = loca;
    return writeSfnt(tables);
}

} // namespace nbapply::pdf
