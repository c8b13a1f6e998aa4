#include "scancheck.h"

#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QImageReader>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <cmath>

namespace nbapply
{

namespace
{

// Decoding a larger image only to look for damage would cost hundreds of megabytes.
constexpr qint64 kMaxDecodedPixels = 64LL * 1000 * 1000;
constexpr double kA4LongInches = 297.0 / 25.4;
constexpr double kA4ShortInches = 210.0 / 25.4;
// Versions of files remembered; an application has a handful of documents, the rest are old versions.
constexpr qsizetype kMaxCachedFiles = 256;

// What reading a file as an image found: all the scan checks need, and what the cache keeps.
struct ScanFacts {
    enum class Kind { NotImage, Unreadable, Image } kind = Kind::NotImage;
    QSize size;
};

Problem documentProblem(Severity severity, const QString &code, const BilingualText &message)
{
    Problem problem;
    problem.severity = severity;
    problem.code = code;
    problem.field = QStringLiteral("documents");
    problem.message = message;
    return problem;
}

bool looksLikeImage(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    return suffix == u"png" || suffix == u"jpg" || suffix == u"jpeg";
}

// Decodes the image (JPEG scaled down by libjpeg itself) to find a damaged or truncated file.
bool decodes(const QString &path, const QSize &size)
{
    QImageReader reader(path);
    reader.setAutoTransform(false);
    if (reader.supportsOption(QImageIOHandler::ScaledSize))
        reader.setScaledSize(QSize(std::max(1, size.width() / 8), std::max(1, size.height() / 8)));
    const QImage image = reader.read();
    return !image.isNull();
}

// Reads the header of `path` and, when it is an image small enough, decodes it. `name` is the name
// the recipient sees: a file called .png or .jpg that is no image cannot be opened as one either.
ScanFacts measure(const QString &path, const QString &name)
{
    ScanFacts facts;
    QImageReader reader(path);
    const bool image = reader.canRead();
    if (!image && !looksLikeImage(name))
        return facts; // a PDF or another file: only its size is known here
    facts.size = image ? reader.size() : QSize();
    const qint64 pixels = facts.size.isValid() ? qint64(facts.size.width()) * facts.size.height() : 0;
    if (!image || !facts.size.isValid() || facts.size.isEmpty() ||
        (pixels <= kMaxDecodedPixels && !decodes(path, facts.size)))
        facts.kind = ScanFacts::Kind::Unreadable;
    else
        facts.kind = ScanFacts::Kind::Image;
    return facts;
}

// measure(), once per version of a file for the whole process (the wizard, an export thread).
ScanFacts cachedMeasure(const DocumentContent &content)
{
    static QMutex mutex;
    static QHash<QString, ScanFacts> cache;
    // The name is part of the key: it decides whether a file that is no image is reported.
    const QString key = content.path + u'\n' + QString::number(content.size) + u'\n' +
                        QString::number(content.modified) + u'\n' + content.fileName;
    {
        const QMutexLocker lock(&mutex);
        const auto found = cache.constFind(key);
        if (found != cache.constEnd())
            return *found;
    }
    // Decoded without the lock: another thread checking another file need not wait for this one.
    const ScanFacts facts = measure(content.path, content.fileName);
    const QMutexLocker lock(&mutex);
    if (cache.size() >= kMaxCachedFiles)
        cache.clear();
    cache.insert(key, facts);
    return facts;
}

// The problems of what measure() found, named after the document kind and the file.
Problems scanProblems(const ScanFacts &facts, const BilingualText &label, const QString &name)
{
    if (facts.kind == ScanFacts::Kind::NotImage)
        return {};
    if (facts.kind == ScanFacts::Kind::Unreadable)
        return {documentProblem(
            Severity::Error, QStringLiteral("document.scan-unreadable"),
            {QStringLiteral(
                 "材料“%1”的图片“%2”无法打开（文件损坏、不完整或不是图片）。请重新扫描，保存为 PDF、"
                 "JPEG 或 PNG 后重新选择。")
                 .arg(label.zh, name),
             QStringLiteral("The image “%2” of the document “%1” cannot be opened (damaged, incomplete or "
                            "not an image). Scan it again, save it as PDF, JPEG or PNG and choose it again.")
                 .arg(label.en, name)})};
    const QSize size = facts.size;
    const double dpi = dpiOnA4(size.width(), size.height());
    if (dpi >= kMinimumScanDpi)
        return {};
    // Rounded down: 149.98 dpi shown as "about 150 dpi, less than 150 dpi" contradicts itself.
    const int shownDpi = int(std::floor(dpi));
    return {documentProblem(
        Severity::Warning, QStringLiteral("document.scan-low-resolution"),
        {QStringLiteral("材料“%1”的图片“%2”只有 %3×%4 像素，按 A4 打印约 %5 dpi，低于 %6 dpi，"
                        "印章和证件号码可能看不清。请以至少 %6 dpi 重新扫描。")
             .arg(label.zh, name)
             .arg(size.width())
             .arg(size.height())
             .arg(shownDpi)
             .arg(qRound(kMinimumScanDpi)),
         QStringLiteral("The image “%2” of the document “%1” is only %3 × %4 pixels, about %5 dpi on "
                        "A4, less than %6 dpi: the seal and the numbers may not be legible. Scan it "
                        "again at %6 dpi or more.")
             .arg(label.en, name)
             .arg(size.width())
             .arg(size.height())
             .arg(shownDpi)
             .arg(qRound(kMinimumScanDpi))})};
}

} // namespace

double dpiOnA4(int width, int height)
{
    const int longSide = std::max(width, height);
    const int shortSide = std::min(width, height);
    return std::min(longSide / kA4LongInches, shortSide / kA4ShortInches);
}

Problems checkScanFile(const QString &path, const BilingualText &label, const ScanCheckOptions &options)
{
    const QFileInfo info(path);
    DocumentContent content;
    content.path = path;
    content.fileName = info.fileName();
    content.size = info.size();
    content.label = label;
    return checkDocumentSize(content, options.mailLimit) +
           scanProblems(measure(path, content.fileName), label, content.fileName);
}

DocumentInspector scanDocumentInspector(const ScanCheckOptions &options)
{
    return [options](const DocumentContent &content) {
        Problems problems = checkDocumentSize(content, options.mailLimit);
        // The same files the command line loads this library for (mayBeImage): one verdict everywhere.
        if (mayBeImage(content))
            problems += scanProblems(cachedMeasure(content), content.label, content.fileName);
        return problems;
    };
}

void installScanChecks()
{
    installDocumentInspector(scanDocumentInspector());
}

} // namespace nbapply
