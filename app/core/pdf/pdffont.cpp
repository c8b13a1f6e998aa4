#include "pdffont.h"

#include "cffoutlines.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>
#include <map>
#include <memory>
#include <utility>
#include <vector>

namespace nbapply::pdf
{

namespace
{

// hb objects are reference counted C handles; these keep every exit path leak-free.
struct BlobDeleter {
    void operator()(hb_blob_t *blob) const { hb_blob_destroy(blob); }
};
struct FaceDeleter {
    void operator()(hb_face_t *face) const { hb_face_destroy(face); }
};
struct FontDeleter {
    void operator()(hb_font_t *font) const { hb_font_destroy(font); }
};
struct PlanDeleter {
    void operator()(hb_subset_plan_t *plan) const { hb_subset_plan_destroy(plan); }
};
struct InputDeleter {
    void operator()(hb_subset_input_t *input) const { hb_subset_input_destroy(input); }
};
using BlobPtr = std::unique_ptr<hb_blob_t, BlobDeleter>;
using FacePtr = std::unique_ptr<hb_face_t, FaceDeleter>;
using FontPtr = std::unique_ptr<hb_font_t, FontDeleter>;
using InputPtr = std::unique_ptr<hb_subset_input_t, InputDeleter>;
using PlanPtr = std::unique_ptr<hb_subset_plan_t, PlanDeleter>;

// The face of `fontPath` that is the PDF font: in a collection (Noto Sans CJK Regular.ttc holds the
// Japanese, Korean, Simplified and Traditional Chinese faces) the Simplified Chinese one, found by its
// family name rather than by an index that a font update could change; a single font is itself.
unsigned int pdfFaceIndex(hb_blob_t *blob)
{
    const unsigned int count = hb_face_count(blob);
    if (count <= 1)
        return 0;
    for (unsigned int i = 0; i < count; ++i) {
        FacePtr face(hb_face_create(blob, i));
        char family[64] = {};
        unsigned int size = sizeof family;
        hb_ot_name_get_utf8(face.get(), HB_OT_NAME_ID_FONT_FAMILY, hb_language_from_string("en", -1), &size,
                            family);
        if (qstrcmp(family, "Noto Sans CJK SC") == 0)
            return i;
    }
    return count; // no such face: hb_face_create gives the empty face
}

FacePtr openFace(const QString &fontPath)
{
    BlobPtr blob(hb_blob_create_from_file_or_fail(QFile::encodeName(fontPath).constData()));
    if (!blob || hb_blob_get_length(blob.get()) == 0)
        return nullptr;
    FacePtr face(hb_face_create(blob.get(), pdfFaceIndex(blob.get())));
    if (!face || hb_face_get_glyph_count(face.get()) == 0)
        return nullptr;
    return face;
}

// The font's cmap, asked one character at a time. Opening maps the file and reads nothing yet;
// each question is a binary search in the cmap (HarfBuzz's accelerator). Collecting the whole cmap of
// the CJK font up front cost about as much as the rest of `nbapply validate` apart from the phone
// metadata. An hb_font is safe to query from several threads once immutable.
class CmapLookup
{
  public:
    explicit CmapLookup(const QString &fontPath) : m_face(openFace(fontPath))
    {
        if (!m_face)
            return;
        m_font.reset(hb_font_create(m_face.get()));
        hb_font_make_immutable(m_font.get());
    }

    bool covers(char32_t c) const
    {
        // Beyond the BMP too: libharu draws those through private stand-ins (privateusemap.h).
        if (!m_font || c > 0x10FFFF)
            return false;
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Other_Control || category == QChar::Other_Surrogate)
            return false;
        hb_codepoint_t glyph = 0;
        return hb_font_get_nominal_glyph(m_font.get(), c, &glyph) && glyph != 0;
    }

  private:
    FacePtr m_face;
    FontPtr m_font;
};

// --- A cmap that libharu reads fast ---------------------------------------------------------------
// With the UTF-8 encoder libharu asks the font's format-4 cmap for the glyph of each of the 65,536
// BMP code points (the CIDToGIDMap) and finds the segment by a linear scan. HarfBuzz writes one
// segment per run of consecutive characters: a form's ~360 scattered ideographs make ~300 segments,
// and that scan was a third of a whole export. The cmap written here merges neighbouring runs into a
// few segments whose glyphIdArray maps the characters between them to glyph 0, up to a size budget.

void putUint16(QByteArray &out, quint32 value)
{
    out.append(char((value >> 8) & 0xFF));
    out.append(char(value & 0xFF));
}

// A cmap table with one (3, 1) format-4 subtable for `mapping` (BMP code point -> glyph, sorted).
QByteArray compactCmap(const std::vector<std::pair<quint32, quint32>> &mapping)
{
    struct Segment {
        quint32 start, end;
    };
    std::vector<Segment> segments;
    for (const auto &[code, glyph] : mapping) {
        if (!segments.empty() && segments.back().end + 1 == code)
            segments.back().end = code;
        else
            segments.push_back({code, code});
    }
    // Merge the closest neighbours while the glyphIdArray stays small: a format-4 subtable must stay
    // below 64 KiB, and the zeros it adds cost little once the font is compressed in the PDF.
    constexpr quint32 kMaxArrayEntries = 24000;
    constexpr size_t kEnoughSegments = 8;
    auto span = [](const Segment &s) { return s.end - s.start + 1; };
    quint32 entries = 0;
    for (const Segment &s : segments)
        entries += span(s);
    while (segments.size() > kEnoughSegments) {
        size_t best = 0;
        quint32 bestGap = UINT32_MAX;
        for (size_t i = 0; i + 1 < segments.size(); ++i) {
            const quint32 gap = segments[i + 1].start - segments[i].end - 1;
            if (gap < bestGap) {
                bestGap = gap;
                best = i;
            }
        }
        if (entries + bestGap > kMaxArrayEntries)
            break;
        entries += bestGap;
        segments[best].end = segments[best + 1].end;
        segments.erase(segments.begin() + qsizetype(best) + 1);
    }
    segments.push_back({0xFFFF, 0xFFFF}); // the required last segment, mapped to glyph 0 below

    std::map<quint32, quint32> glyphOf(mapping.begin(), mapping.end());
    const quint32 segCount = quint32(segments.size());
    quint32 searchRange = 2;
    quint32 entrySelector = 0;
    while (searchRange * 2 <= segCount * 2) {
        searchRange *= 2;
        ++entrySelector;
    }
    QByteArray subtable;
    putUint16(subtable, 4);
    putUint16(subtable, 0); // length, set below
    putUint16(subtable, 0); // language
    putUint16(subtable, segCount * 2);
    putUint16(subtable, searchRange);
    putUint16(subtable, entrySelector);
    putUint16(subtable, segCount * 2 - searchRange);
    for (const Segment &s : segments)
        putUint16(subtable, s.end);
    putUint16(subtable, 0); // reservedPad
    for (const Segment &s : segments)
        putUint16(subtable, s.start);
    for (quint32 i = 0; i < segCount; ++i)
        putUint16(subtable, i + 1 == segCount ? 1 : 0); // idDelta: 0xFFFF + 1 = glyph 0
    quint32 arrayIndex = 0;
    for (quint32 i = 0; i < segCount; ++i) {
        // idRangeOffset: bytes from this entry to the segment's first glyphIdArray entry.
        putUint16(subtable, i + 1 == segCount ? 0 : 2 * (segCount - i) + 2 * arrayIndex);
        arrayIndex += span(segments[i]);
    }
    for (quint32 i = 0; i + 1 < segCount; ++i)
        for (quint32 code = segments[i].start; code <= segments[i].end; ++code) {
            const auto it = glyphOf.find(code);
            putUint16(subtable, it == glyphOf.end() ? 0 : it->second);
        }
    if (subtable.size() > 0xFFFF)
        return {};
    subtable[2] = char((subtable.size() >> 8) & 0xFF);
    subtable[3] = char(subtable.size() & 0xFF);

    QByteArray cmap;
    putUint16(cmap, 0);           // version
    putUint16(cmap, 1);           // one encoding record
    putUint16(cmap, 3);           // Windows
    putUint16(cmap, 1);           // Unicode BMP
    cmap.append("\0\0\0\x0c", 4); // offset 12
    return cmap + subtable;
}

// `font` (a TrueType file) with its cmap replaced by `cmap`, checksums recomputed. Empty on failure.
QByteArray withCmap(const QByteArray &font, const QByteArray &cmap)
{
    std::map<quint32, QByteArray> tables = readSfnt(font);
    const auto it = tables.find(0x636D6170); // 'cmap'
    if (it == tables.end())
        return {};
    it->second = cmap;
    return writeSfnt(tables);
}

} // namespace

QString pdfFontFileName()
{
    return QFileInfo(QStringLiteral(NBAPPLY_NOTO_CJK_TTC)).fileName();
}

QStringList fontSearchDirectories()
{
    QStringList dirs;
    const QString dataDir = qEnvironmentVariable("NBAPPLY_DATA_DIR");
    if (!dataDir.isEmpty())
        dirs << QDir(dataDir).filePath(QStringLiteral("fonts"));
    // Where Debian's fonts-noto-cjk, a dependency of the package, installs it.
    dirs << QFileInfo(QStringLiteral(NBAPPLY_NOTO_CJK_TTC)).path();
    return dirs;
}

QString findFontPath()
{
    for (const QString &dir : fontSearchDirectories()) {
        const QString path = QDir(dir).filePath(pdfFontFileName());
        if (QFileInfo(path).isFile())
            return path;
    }
    return QString();
}

QString fallbackFontFileName()
{
    return QStringLiteral("HanaMinB.ttf");
}

QString findFallbackFontPath()
{
    QStringList dirs;
    const QString dataDir = qEnvironmentVariable("NBAPPLY_DATA_DIR");
    if (!dataDir.isEmpty())
        dirs << QDir(dataDir).filePath(QStringLiteral("fonts"));
    dirs << QStringLiteral("/usr/share/fonts/truetype/hanazono");
    for (const QString &dir : dirs) {
        const QString path = QDir(dir).filePath(fallbackFontFileName());
        if (QFileInfo(path).isFile())
            return path;
    }
    return QString();
}

bool fallbackPlane(char32_t c)
{
    return c >= 0x20000 && c <= 0x3FFFF;
}

BilingualText missingFontError(const QString &triedPath)
{
    const QString where =
        triedPath.isEmpty() ? fontSearchDirectories().join(QStringLiteral(", ")) : triedPath;
    return BilingualText{
        QStringLiteral("找不到或无法读取 PDF 所用字体 %1（查找位置：%2）。请安装 fonts-noto-cjk 软件包"
                       "（sudo apt install fonts-noto-cjk），或将环境变量 NBAPPLY_DATA_DIR 设为包含 fonts/%1 "
                       "的目录。")
            .arg(pdfFontFileName(), where),
        QStringLiteral(
            "The PDF font %1 is missing or unreadable (looked in: %2). Install the package "
            "fonts-noto-cjk (sudo apt install fonts-noto-cjk), or set NBAPPLY_DATA_DIR to a folder "
            "that holds fonts/%1.")
            .arg(pdfFontFileName(), where)};
}

std::function<bool(char32_t)> fontCoverage(const QString &fontPath)
{
    // One open font per path for the whole process: the validators ask per keystroke.
    static QMutex mutex;
    static std::map<QString, std::shared_ptr<const CmapLookup>> cache;
    std::shared_ptr<const CmapLookup> lookup;
    {
        QMutexLocker lock(&mutex);
        auto it = cache.find(fontPath);
        if (it == cache.end())
            it = cache.emplace(fontPath, std::make_shared<const CmapLookup>(fontPath)).first;
        lookup = it->second;
    }
    return [lookup](char32_t c) { return c == U'\n' || lookup->covers(c); };
}

std::function<bool(char32_t)> documentCoverage(const QString &fontPath, const QString &fallbackPath)
{
    const auto primary = fontCoverage(fontPath);
    if (fallbackPath.isEmpty())
        return primary;
    const auto fallback = fontCoverage(fallbackPath);
    return [primary, fallback](char32_t c) { return primary(c) || (fallbackPlane(c) && fallback(c)); };
}

FontSubset subsetFont(const QString &fontPath, const QList<char32_t> &codePoints,
                      const PrivateUseMap &privateUse)
{
    FontSubset result;
    const FacePtr face = openFace(fontPath);
    if (!face) {
        result.error = missingFontError(fontPath);
        return result;
    }
    InputPtr input(hb_subset_input_create_or_fail());
    if (!input) {
        result.error = {QStringLiteral("内存不足，无法生成 PDF 字体子集。"),
                        QStringLiteral("Out of memory while subsetting the PDF font.")};
        return result;
    }
    hb_set_t *unicodes = hb_subset_input_unicode_set(input.get());
    for (char32_t cp : codePoints)
        hb_set_add(unicodes, cp);
    // libharu reads neither hinting nor layout tables; new glyph ids keep loca and hmtx small.
    hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);
    hb_set_t *dropTables = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const char *tag : {"GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "DSIG", "meta", "gasp"})
        hb_set_add(dropTables, hb_tag_from_string(tag, -1));
    // Noto Sans CJK's outlines are CFF, which libharu cannot embed: they are drawn from the font itself
    // into TrueType glyphs below (cffoutlines.h), so subsetting the CFF table (most of hb-subset's
    // time) is skipped.
    const BlobPtr cff(hb_face_reference_table(face.get(), HB_TAG('C', 'F', 'F', ' ')));
    const bool cffOutlines = hb_blob_get_length(cff.get()) > 0;
    if (cffOutlines)
        hb_set_add(dropTables, HB_TAG('C', 'F', 'F', ' '));

    const PlanPtr plan(hb_subset_plan_create_or_fail(face.get(), input.get()));
    FacePtr subset(plan ? hb_subset_plan_execute_or_fail(plan.get()) : nullptr);
    if (!subset) {
        result.error = {
            QStringLiteral("无法生成 PDF 字体子集（字体文件 %1 可能已损坏）。请重新安装提供该字体的软件包"
                           "（fonts-noto-cjk 或 fonts-hanazono）。")
                .arg(fontPath),
            QStringLiteral("Could not subset the PDF font (the font file %1 may be damaged). Reinstall the "
                           "package that provides it (fonts-noto-cjk or fonts-hanazono).")
                .arg(fontPath)};
        return result;
    }
    BlobPtr blob(hb_face_reference_blob(subset.get()));
    unsigned int length = 0;
    const char *data = hb_blob_get_data(blob.get(), &length);
    QByteArray subsetData(data, static_cast<qsizetype>(length));
    if (cffOutlines) {
        const FontPtr source(hb_font_create(face.get()));
        const hb_map_t *oldGlyphs = hb_subset_plan_new_to_old_glyph_mapping(plan.get());
        subsetData = withTrueTypeOutlines(subsetData, source.get(), [oldGlyphs](unsigned int glyph) {
            return hb_map_get(oldGlyphs, glyph);
        });
        if (subsetData.isEmpty()) {
            result.error = {
                QStringLiteral(
                    "无法转换 PDF 字体 %1 的字形轮廓（字体文件可能已损坏）。请重新安装 fonts-noto-cjk。")
                    .arg(fontPath),
                QStringLiteral(
                    "Could not convert the glyph outlines of the PDF font %1 (the font file may be "
                    "damaged). Reinstall fonts-noto-cjk.")
                    .arg(fontPath)};
            return result;
        }
    }

    // The subset's own mapping, written again as a cmap that libharu reads fast (see compactCmap).
    FontPtr font(hb_font_create(subset.get()));
    hb_set_t *mapped = hb_set_create();
    hb_face_collect_unicodes(subset.get(), mapped);
    std::vector<std::pair<quint32, quint32>> mapping;
    hb_codepoint_t cp = HB_SET_VALUE_INVALID;
    while (hb_set_next(mapped, &cp) && cp <= 0xFFFF) {
        hb_codepoint_t glyph = 0;
        if (hb_font_get_nominal_glyph(font.get(), cp, &glyph) && glyph != 0)
            mapping.emplace_back(cp, glyph);
    }
    hb_set_destroy(mapped);
    // libharu reads only the BMP subtable: each supplementary character is reached by its stand-in.
    for (qsizetype i = 0; i < privateUse.characters().size(); ++i) {
        hb_codepoint_t glyph = 0;
        if (hb_font_get_nominal_glyph(font.get(), privateUse.characters().at(i), &glyph) && glyph != 0)
            mapping.emplace_back(privateUse.standIns().at(i), glyph);
    }
    std::sort(mapping.begin(), mapping.end());
    const QByteArray compact = withCmap(subsetData, compactCmap(mapping));
    if (compact.isEmpty() && !privateUse.isEmpty()) {
        result.error = {QStringLiteral("无法生成 PDF 字体子集（字符过多）。"),
                        QStringLiteral("Could not subset the PDF font (too many characters).")};
        return result;
    }
    result.data = compact.isEmpty() ? subsetData : compact;
    return result;
}

} // namespace nbapply::pdf
