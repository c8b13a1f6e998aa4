#include "reviewreport.h"

#include "application/checkedapplication.h"
#include "common/atomicwrite.h"
#include "common/exportclock.h"
#include "compare/applicationdiff.h"
#include "form/formdefinition.h"
#include "pdf/pdffont.h"
#include "pdf/pdfpostprocess.h"
#include "pdf/subsetrender.h"
#include "reviewreportlayout.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace nbapply
{

namespace
{

ReviewReportResult failure(const BilingualText &error)
{
    ReviewReportResult result;
    result.error = error;
    return result;
}

// Says what the file is, so that neither a reader nor nbapply takes it for an application: it embeds no
// draft (`validate` refuses it as an application).
QByteArray reportManifest(const CheckedApplication &checked)
{
    QJsonObject object;
    object.insert(QStringLiteral("document"), QStringLiteral("review-report"));
    object.insert(QStringLiteral("internal"), true);
    object.insert(QStringLiteral("form"), checked.form().tag());
    object.insert(QStringLiteral("fingerprint"), checked.fingerprint());
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QList<char32_t> codePointsOf(const QList<ReportBlock> &blocks, const QString &furniture)
{
    QList<char32_t> points;
    auto add = [&points](const QString &text) {
        for (char32_t c : text.toUcs4())
            if (c != u'\n' && c != u'\r')
                points << c;
    };
    for (const ReportBlock &block : blocks)
        add(block.text);
    add(furniture);
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    return points;
}

} // namespace

QString reviewReportFileName(const CheckedApplication &checked, Language language)
{
    return checked.exportBaseName() + (language == Language::Chinese ? QStringLiteral("-审阅报告.pdf")
                                                                     : QStringLiteral("-review-report.pdf"));
}

ReviewReportResult renderReviewReport(const CheckedApplication &checked, const ReviewReportOptions &options)
{
    const QString font = options.fontPath.isEmpty() ? pdf::findFontPath() : options.fontPath;
    if (font.isEmpty() || !QFileInfo(font).isReadable())
        return failure(pdf::missingFontError(font));
    const QDateTime time = options.time.isValid() ? options.time : exportClock();

    std::optional<ApplicationDiff> diff;
    if (options.older)
        diff = diffApplications(*options.older, checked, Language::Chinese);
    ReviewReportInput input;
    input.diff = diff ? &*diff : nullptr;
    input.olderName = options.olderName;
    input.time = time;
    input.trust = options.trust;
    QList<ReportBlock> blocks = buildReviewReport(checked, input);
    // Whatever a reviewer typed is printed: a character the font cannot draw is written as its code.
    const auto printable = pdf::fontCoverage(font);
    if (printable) // else renderWithFontSubset() reports the unreadable font
        for (ReportBlock &block : blocks)
            block.text = printableText(block.text, printable);
    const QString fingerprint = checked.fingerprint();

    const pdf::RawPdf raw = pdf::renderWithFontSubset(
        font, codePointsOf(blocks, reviewReportFurniture() + fingerprint),
        [&](pdf::HpdfDocument &document) { return layoutReviewReport(document, blocks, fingerprint); });
    if (!raw.ok())
        return failure(raw.error);

    const QString version = QStringLiteral(NBAPPLY_VERSION);
    const QString applicant = checked.applicantName();
    pdf::PdfMetadata metadata;
    metadata.title = QStringLiteral("内部 / INTERNAL — ") + reviewReportTitle().zh +
                     (applicant.isEmpty() ? QString() : QStringLiteral(" — ") + applicant);
    metadata.subject = reviewReportTitle().en + QStringLiteral(" (internal, not for the licensor)");
    metadata.author = applicant;
    metadata.creator = QStringLiteral("nbapply ") + version;
    metadata.producer = QStringLiteral("nbapply ") + version + QStringLiteral(" (libharu, qpdf)");
    metadata.language = QStringLiteral("zh-CN");
    metadata.date = time;
    const pdf::PostprocessResult finished =
        pdf::postprocessPdf(raw.bytes, metadata, QStringLiteral("nbapply-review-report.json"),
                            reportManifest(checked), {}, {}, raw.tags);
    if (!finished.ok())
        return failure(finished.error);

    ReviewReportResult result;
    result.ok = true;
    result.pdf = finished.pdf;
    result.pageCount = raw.pageCount;
    return result;
}

ReviewReportResult writeReviewReport(const CheckedApplication &checked, const QString &path,
                                     const ReviewReportOptions &options)
{
    ReviewReportResult result = renderReviewReport(checked, options);
    if (!result.ok)
        return result;
    // The PDF holds ID numbers and phone numbers: owner-only, like the draft.
    if (const BilingualText error = writeOwnerOnlyFile(path, result.pdf); !error.isEmpty())
        return failure(error);
    return result;
}

} // namespace nbapply
