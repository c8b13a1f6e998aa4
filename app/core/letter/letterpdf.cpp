#include "letterpdf.h"

#include "application/checkedapplication.h"
#include "common/atomicwrite.h"
#include "common/exportclock.h"
#include "form/formdefinition.h"
#include "letterlayout.h"
#include "letterwording.h"
#include "pdf/hpdfdocument.h"
#include "pdf/pdfpostprocess.h"
#include "pdf/subsetrender.h"

#include <QJsonDocument>
#include <QJsonObject>

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

QString letterFileName(const QString &baseName, Language language)
{
    return baseName + QLatin1Char('-') + letter::fileNameSuffix().in(language) + QStringLiteral(".pdf");
}

QString letterFileName(const CheckedApplication &checked, Language language)
{
    return letterFileName(checked.exportBaseName(), language);
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
    // As for the application: the font must draw every character, subset per document.
    const pdf::RawPdf raw = pdf::renderWithFontSubset(
        options.fontPath, content.codePoints(),
        [&content](pdf::HpdfDocument &document) { return letter::layoutLetter(document, content); });
    if (!raw.ok())
        return failure(raw.error);

    const QString version = QStringLiteral(NBAPPLY_VERSION);
    const QString applicant = checked.applicantName();
    pdf::PdfMetadata metadata;
    metadata.title =
        letter::letterTitle().zh + (applicant.isEmpty() ? QString() : QStringLiteral(" — ") + applicant);
    metadata.titleEnglish =
        letter::letterTitle().en + (applicant.isEmpty() ? QString() : QStringLiteral(" — ") + applicant);
    metadata.subject = letter::letterTitle().en + QStringLiteral(" (") + letter::templateNotice().en + u')';
    metadata.author = applicant;
    metadata.creator = QStringLiteral("nbapply ") + version;
    metadata.producer = QStringLiteral("nbapply ") + version + QStringLiteral(" (libharu, qpdf)");
    metadata.language = QStringLiteral("zh-CN");
    metadata.date = time;
    const pdf::PostprocessResult finished =
        pdf::postprocessPdf(raw.bytes, metadata, QStringLiteral("nbapply-letter.json"),
                            letterManifest(checked), {}, raw.privateUse, raw.tags);
    if (!finished.ok())
        return failure(finished.error);

    LetterPdfResult result;
    result.ok = true;
    result.pdf = finished.pdf;
    result.pageCount = raw.pageCount;
    return result;
}

LetterPdfResult writeLetterPdf(const CheckedApplication &checked, const QString &path,
                               const LetterPdfOptions &options)
{
    LetterPdfResult result = renderLetterPdf(checked, options);
    if (!result.ok)
        return result;
    // The PDF holds ID numbers and phone numbers: owner-only, like the draft.
    if (const BilingualText error = writeOwnerOnlyFile(path, result.pdf); !error.isEmpty())
        return failure(error);
    return result;
}

} // namespace nbapply
