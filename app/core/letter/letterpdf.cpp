#include "letterpdf.h"

#include "application/checkedapplication.h"
#include "common/atomicwrite.h"
#include "common/exportclock.h"
#include "form/formdefinition.h"
#include "letterlayout.h"
#include "letterwording.h"
#include "pdf/hpdfdocument.h"
#include "pdf/pdffont.h"
#include "pdf/pdfpostprocess.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

namespace nbapply
{

namespace
{

LetterPdfResult failure(const BilingualText &error)
{
    LetterPdfResult result;
    result.error = error;
    return result;
}

// A small description of what the file is, so that a reader (or nbapply) can tell the letter from
// the application; the letter's values are on its page and need no second copy.
QByteArray letterManifest(const CheckedApplication &checked)
{
    QJsonObject object;
    object.insert(QStringLiteral("document"), QStringLiteral("letter-of-authorisation"));
    object.insert(QStringLiteral("form"), checked.form().tag());
    object.insert(QStringLiteral("fingerprint"), checked.draft().fingerprint());
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

QString letterFileName(const QString &baseName)
{
    return baseName + QLatin1Char('-') + letter::letterTitle().zh + QStringLiteral(".pdf");
}

QString letterFileName(const CheckedApplication &checked)
{
    return letterFileName(checked.exportBaseName());
}

LetterPdfResult renderLetterPdf(const CheckedApplication &checked, const LetterPdfOptions &options)
{
    const letter::LetterPeriod &period = options.period;
    const QDate from = period.from.isValid() ? period.from : checked.date();
    if (period.until.isValid() && period.until < from)
        return failure({QStringLiteral("委托期限的结束日期（%1）早于开始日期（%2）。请更正委托期限。")
                            .arg(period.until.toString(Qt::ISODate), from.toString(Qt::ISODate)),
                        QStringLiteral("The period ends (%1) before it starts (%2). Correct the period.")
                            .arg(period.until.toString(Qt::ISODate), from.toString(Qt::ISODate))});

    const QDateTime time = options.exportTime.isValid() ? options.exportTime : exportClock();
    const letter::LetterContent content = letter::buildLetterContent(checked, period);
    const QString fontPath = options.fontPath.isEmpty() ? pdf::findFontPath() : options.fontPath;
    if (fontPath.isEmpty() || !QFileInfo(fontPath).isReadable())
        return failure(pdf::missingFontError(fontPath));

    // As for the application: a glyph the font lacks would vanish without an error in libharu.
    const QList<char32_t> codePoints = content.codePoints();
    const auto printable = pdf::fontCoverage(fontPath);
    for (char32_t c : codePoints)
        if (!printable(c)) {
            const QString name =
                QStringLiteral("U+%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
            return failure(
                {QStringLiteral("PDF 字体无法显示字符 %1。请运行 nbapply validate 找到含该字符的字段并修改。")
                     .arg(name),
                 QStringLiteral("The PDF font cannot draw the character %1. Run nbapply validate "
                                "to find the field that holds it and change it.")
                     .arg(name)});
        }
    const pdf::FontSubset subset = pdf::subsetFont(fontPath, codePoints);
    if (!subset.ok())
        return failure(subset.error);
    QTemporaryFile fontFile;
    if (!fontFile.open() || fontFile.write(subset.data) != subset.data.size() || !fontFile.flush())
        return failure(
            {QStringLiteral("无法写入临时文件（%1）。请检查临时目录的可用空间。").arg(fontFile.errorString()),
             QStringLiteral("Could not write a temporary file (%1). Check the free space of the "
                            "temporary folder.")
                 .arg(fontFile.errorString())});

    pdf::HpdfDocument document;
    document.loadFont(fontFile.fileName());
    const int pageCount = document.failed() ? 0 : letter::layoutLetter(document, content);
    const QByteArray raw = document.save();
    if (document.failed() || raw.isEmpty())
        return failure(document.error());

    const QString version = QStringLiteral(NBAPPLY_VERSION);
    const QString applicant = checked.draft().text(QStringLiteral("applicant.name"));
    pdf::PdfMetadata metadata;
    metadata.title =
        letter::letterTitle().zh + (applicant.isEmpty() ? QString() : QStringLiteral(" — ") + applicant);
    metadata.subject = letter::letterTitle().en + QStringLiteral(" (") + letter::templateNotice().en + u')';
    metadata.author = applicant;
    metadata.creator = QStringLiteral("nbapply ") + version;
    metadata.producer = QStringLiteral("nbapply ") + version + QStringLiteral(" (libharu, qpdf)");
    metadata.language = QStringLiteral("zh-CN");
    metadata.date = time;
    const pdf::PostprocessResult finished =
        pdf::postprocessPdf(raw, metadata, QStringLiteral("nbapply-letter.json"), letterManifest(checked));
    if (!finished.ok())
        return failure(finished.error);

    LetterPdfResult result;
    result.ok = true;
    result.pdf = finished.pdf;
    result.pageCount = pageCount;
    return result;
}

LetterPdfResult writeLetterPdf(const CheckedApplication &checked, const QString &path,
                               const LetterPdfOptions &options)
{
    LetterPdfResult result = renderLetterPdf(checked, options);
    if (!result.ok)
        return result;
    QString reason;
    if (!writeFileAtomically(path, result.pdf, QFileDevice::ReadOwner | QFileDevice::WriteOwner, &reason))
        return failure(
            {QStringLiteral("无法写入 %1（%2）。请选择一个可写的文件夹。").arg(path, reason),
             QStringLiteral("Could not write %1 (%2). Choose a folder you can write to.").arg(path, reason)});
    return result;
}

} // namespace nbapply
