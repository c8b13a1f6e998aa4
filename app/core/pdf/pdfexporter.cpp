#include "pdfexporter.h"

#include "application/checkedapplication.h"
#include "common/atomicwrite.h"
#include "common/exportclock.h"
#include "draft/documentmanifest.h"
#include "draft/draft.h"
#include "draft/draftfile.h"
#include "draft/pdfembeddeddraft.h"
#include "form/formdefinition.h"
#include "hpdfdocument.h"
#include "pdfcontent.h"
#include "pdffont.h"
#include "pdflayout.h"
#include "pdfpostprocess.h"
#include "pdfstrings.h"
#include "subsetrender.h"

#include <cstdlib>
#include <memory>
#include <mutex>

namespace nbapply
{

namespace
{

// Without an installed font: every BMP character that is not a control character.
bool printableWithoutFont(char32_t c)
{
    if (c == U'\n')
        return true;
    if (c > 0xFFFF)
        return false;
    const QChar ch(static_cast<char16_t>(c));
    return !ch.isSurrogate() && ch.category() != QChar::Other_Control;
}

PdfExportResult failure(const BilingualText &error)
{
    PdfExportResult result;
    result.error = error;
    return result;
}

pdf::PdfMetadata metadataFor(const CheckedApplication &checked, const QDateTime &time)
{
    const FormDefinition &form = checked.form();
    const QString version = QStringLiteral(NBAPPLY_VERSION);
    pdf::PdfMetadata metadata;
    const QString applicant = checked.applicantName();
    metadata.title = form.title.zh + (applicant.isEmpty() ? QString() : QStringLiteral(" — ") + applicant);
    metadata.titleEnglish =
        form.title.en + (applicant.isEmpty() ? QString() : QStringLiteral(" — ") + applicant);
    metadata.subject =
        form.title.en + QStringLiteral(". ") + form.source.zh + QStringLiteral(" / ") + form.source.en;
    metadata.author = applicant;
    metadata.creator = QStringLiteral("nbapply ") + version;
    metadata.producer = QStringLiteral("nbapply ") + version + QStringLiteral(" (libharu, qpdf)");
    metadata.language = QStringLiteral("zh-CN");
    metadata.date = time;
    return metadata;
}

} // namespace

PdfExportResult renderApplicationPdf(const FormDefinition &form, const Draft &draft,
                                     const PdfExportOptions &options)
{
    ValidationContext context;
    context.today = (options.exportTime.isValid() ? options.exportTime : exportClock()).date();
    return renderApplicationPdf(CheckedApplication::check(form, draft, context), options);
}

PdfExportResult renderApplicationPdf(const CheckedApplication &checked, const PdfExportOptions &options)
{
    const Draft &draft = checked.draft();
    const QDateTime time = options.exportTime.isValid() ? options.exportTime : exportClock();
    pdf::PdfContent content = pdf::buildPdfContent(checked);
    if (options.signature)
        content.digitalSignature = visibleSignatureLines(*options.signature);

    pdf::SignatureArea area;
    const pdf::RawPdf raw = pdf::renderWithFontSubset(
        options.fontPath, content.codePoints(999), [&content, &area](pdf::HpdfDocument &document) {
            return pdf::layoutApplication(document, content, &area);
        });
    if (!raw.ok())
        return failure(raw.error);

    // What the licensor receives carries no folder of this machine and no reviewer's comment. The
    // document list records what made the pages, so that a reviewer's nbapply can re-derive them.
    DocumentManifest documents = checked.documentList();
    documents.producer = pdfProducer();
    documents.pageLayout = kPageLayoutRevision;
    if (options.signature) {
        documents.signerName = options.signature->name;
        documents.signerOrganisation = options.signature->organisation;
        documents.signedAt = options.signature->time;
    }
    const pdf::PostprocessResult finished = pdf::postprocessPdf(
        raw.bytes, metadataFor(checked, time), embeddedDraftName(), serializeDraft(draft.portableCopy(false)),
        {{manifestFileName(), serializeManifest(documents)}}, raw.privateUse, raw.tags);
    if (!finished.ok())
        return failure(finished.error);

    PdfExportResult result;
    result.ok = true;
    result.pdf = finished.pdf;
    result.pageCount = raw.pageCount;
    result.signatureArea = PdfSignatureArea{area.page, area.left, area.bottom, area.right, area.top};
    return result;
}

QStringList visibleSignatureLines(const VisibleSignature &signature)
{
    const BilingualText heading = pdf::digitallySignedHeading();
    const BilingualText by = pdf::signedByLabel();
    const BilingualText when = pdf::signingTimeLabel();
    QString signer = signature.name;
    if (!signature.organisation.isEmpty())
        signer += QStringLiteral(" (") + signature.organisation + QLatin1Char(')');
    // The time as the signer's clock read it, with its offset: "2026-12-07 21:05 +08:00".
    const int offset = signature.time.offsetFromUtc();
    const QString zone = QStringLiteral("%1%2:%3")
                             .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                             .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    const QString time = signature.time.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + zone;
    return {heading.zh + QStringLiteral(" / ") + heading.en,
            by.zh + QStringLiteral(" / ") + by.en + QStringLiteral("：") + signer,
            when.zh + QStringLiteral(" / ") + when.en + QStringLiteral("：") + time};
}

PdfExportResult writeApplicationPdf(const FormDefinition &form, const Draft &draft, const QString &path,
                                    const PdfExportOptions &options)
{
    PdfExportResult result = renderApplicationPdf(form, draft, options);
    if (!result.ok)
        return result;
    // The PDF holds ID numbers and phone numbers: owner-only, like the draft.
    if (const BilingualText error = writeOwnerOnlyFile(path, result.pdf); !error.isEmpty())
        return failure(error);
    return result;
}

QString pdfProducer()
{
    return QStringLiteral("nbapply " NBAPPLY_VERSION);
}

std::function<bool(char32_t)> printableCharacters()
{
    // Reading the font's cmap maps a 19 MB file: `nbapply validate` of an ASCII-only draft and
    // `nbapply check` should not pay for it. Printable ASCII is in every font nbapply uses (a test
    // checks the PDF font), so the font is found and read only when another character is asked
    // about, once for all copies of the returned function.
    struct LazyCoverage {
        std::once_flag loaded;
        std::function<bool(char32_t)> test;
    };
    auto lazy = std::make_shared<LazyCoverage>();
    return [lazy](char32_t c) {
        if (c == U'\n' || (c >= 0x20 && c < 0x7F))
            return true;
        std::call_once(lazy->loaded, [&lazy] {
            const QString fontPath = pdf::findFontPath();
            lazy->test = fontPath.isEmpty() ? std::function<bool(char32_t)>(printableWithoutFont)
                                            : pdf::documentCoverage(fontPath, pdf::findFallbackFontPath());
        });
        return lazy->test(c);
    };
}

} // namespace nbapply
