#include "scancheck.h"

#include <QFileInfo>
#include <QImage>
#include <QImageReader>

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

Problem documentProblem(Severity severity, const QString &code, const BilingualText &message)
{
    Problem problem;
    problem.severity = severity;
    problem.code = code;
    problem.field = QStringLiteral("documents");
    problem.message = message;
    return problem;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

bool looksLikeImage(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
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

} // namespace

double dpiOnA4(int width, int height)
{
    const int longSide = std::max(width, height);
    const int shortSide = std::min(width, height);
    return std::min(longSide / kA4LongInches, shortSide / kA4ShortInches);
}

Problems checkScanFile(const QString &path, const BilingualText &label, const ScanCheckOptions &options)
{
    Problems problems;
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (info.size() > options.mailLimit)
        problems << documentProblem(
            Severity::Warning, QStringLiteral("document.too-large-for-mail"),
            {QStringLiteral("材料“%1”的文件“%2”有 %3 MB，超过邮箱单封邮件约 %4 MB 的附件上限。请以较低分辨率"
                            "（150–300 dpi）重新扫描，或另行发送这份文件。")
                 .arg(label.zh, name, megabytes(info.size()), megabytes(options.mailLimit)),
             QStringLiteral("The file “%2” of the document “%1” is %3 MB, more than the %4 MB one message "
                            "can carry. Scan it again at a lower resolution (150–300 dpi), or send it "
                            "separately.")
                 .arg(label.en, name, megabytes(info.size()), megabytes(options.mailLimit))});

    QImageReader reader(path);
    const bool image = reader.canRead();
    if (!image && !looksLikeImage(path))
        return problems; // a PDF or another file: only its size is known here
    const QSize size = image ? reader.size() : QSize();
    const qint64 pixels = size.isValid() ? qint64(size.width()) * size.height() : 0;
    if (!image || !size.isValid() || size.isEmpty() ||
        (pixels <= kMaxDecodedPixels && !decodes(path, size))) {
        problems << documentProblem(
            Severity::Error, QStringLiteral("document.scan-unreadable"),
            {QStringLiteral(
                 "材料“%1”的图片“%2”无法打开（文件损坏、不完整或不是图片）。请重新扫描，保存为 PDF、"
                 "JPEG 或 PNG 后重新选择。")
                 .arg(label.zh, name),
             QStringLiteral("The image “%2” of the document “%1” cannot be opened (damaged, incomplete or "
                            "not an image). Scan it again, save it as PDF, JPEG or PNG and choose it again.")
                 .arg(label.en, name)});
        return problems;
    }
    const double dpi = dpiOnA4(size.width(), size.height());
    if (dpi < kMinimumScanDpi)
        problems << documentProblem(
            Severity::Warning, QStringLiteral("document.scan-low-resolution"),
            {QStringLiteral("材料“%1”的图片“%2”只有 %3×%4 像素，按 A4 打印约 %5 dpi，低于 %6 dpi，"
                            "印章和证件号码可能看不清。请以至少 %6 dpi 重新扫描。")
                 .arg(label.zh, name)
                 .arg(size.width())
                 .arg(size.height())
                 .arg(qRound(dpi))
                 .arg(qRound(kMinimumScanDpi)),
             QStringLiteral("The image “%2” of the document “%1” is only %3 × %4 pixels, about %5 dpi on "
                            "A4, less than %6 dpi: the seal and the numbers may not be legible. Scan it "
                            "again at %6 dpi or more.")
                 .arg(label.en, name)
                 .arg(size.width())
                 .arg(size.height())
                 .arg(qRound(dpi))
                 .arg(qRound(kMinimumScanDpi))});
    return problems;
}

} // namespace nbapply
