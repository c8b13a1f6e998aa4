#include "pdffont.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <hb-subset.h>
#include <hb.h>
#include <map>
#include <memory>

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
struct InputDeleter {
    void operator()(hb_subset_input_t *input) const { hb_subset_input_destroy(input); }
};
using BlobPtr = std::unique_ptr<hb_blob_t, BlobDeleter>;
using FacePtr = std::unique_ptr<hb_face_t, FaceDeleter>;
using FontPtr = std::unique_ptr<hb_font_t, FontDeleter>;
using InputPtr = std::unique_ptr<hb_subset_input_t, InputDeleter>;

FacePtr openFace(const QString &fontPath)
{
    BlobPtr blob(hb_blob_create_from_file_or_fail(QFile::encodeName(fontPath).constData()));
    if (!blob || hb_blob_get_length(blob.get()) == 0)
        return nullptr;
    FacePtr face(hb_face_create(blob.get(), 0));
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
        if (!m_font || c > 0xFFFF) // libharu turns anything beyond the BMP into a space
            return false;
        const QChar ch(static_cast<char16_t>(c));
        if (ch.category() == QChar::Other_Control || ch.isSurrogate())
            return false;
        hb_codepoint_t glyph = 0;
        return hb_font_get_nominal_glyph(m_font.get(), c, &glyph) && glyph != 0;
    }

  private:
    FacePtr m_face;
    FontPtr m_font;
};

} // namespace

QString pdfFontFileName()
{
    return QStringLiteral("NotoSansCJKsc-Regular-TT.ttf");
}

QStringList fontSearchDirectories()
{
    QStringList dirs;
    const QString dataDir = qEnvironmentVariable("NBAPPLY_DATA_DIR");
    if (!dataDir.isEmpty())
        dirs << QDir(dataDir).filePath(QStringLiteral("fonts"));
    if (QCoreApplication::instance())
        dirs << QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                QStringLiteral("/../share/nbapply/fonts"));
#ifdef NBAPPLY_BUILD_FONT_DIR
    // Last resort, for running from a build tree: an installed nbapply finds its font above.
    dirs << QStringLiteral(NBAPPLY_BUILD_FONT_DIR);
#endif
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

BilingualText missingFontError(const QString &triedPath)
{
    const QString where =
        triedPath.isEmpty() ? fontSearchDirectories().join(QStringLiteral(", ")) : triedPath;
    return BilingualText{
        QStringLiteral("找不到或无法读取 PDF 所用字体 %1（查找位置：%2）。请重新安装 nbapply，"
                       "或将环境变量 NBAPPLY_DATA_DIR 设为包含 fonts/%1 的目录。")
            .arg(pdfFontFileName(), where),
        QStringLiteral("The PDF font %1 is missing or unreadable (looked in: %2). Reinstall nbapply, or set "
                       "NBAPPLY_DATA_DIR to a folder that holds fonts/%1.")
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

FontSubset subsetFont(const QString &fontPath, const QList<char32_t> &codePoints)
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

    FacePtr subset(hb_subset_or_fail(face.get(), input.get()));
    if (!subset) {
        result.error = {
            QStringLiteral("无法生成 PDF 字体子集（字体文件 %1 可能已损坏）。请重新安装 nbapply。")
                .arg(fontPath),
            QStringLiteral("Could not subset the PDF font (the font file %1 may be damaged). "
                           "Reinstall nbapply.")
                .arg(fontPath)};
        return result;
    }
    BlobPtr blob(hb_face_reference_blob(subset.get()));
    unsigned int length = 0;
    const char *data = hb_blob_get_data(blob.get(), &length);
    result.data = QByteArray(data, static_cast<qsizetype>(length));
    return result;
}

} // namespace nbapply::pdf
