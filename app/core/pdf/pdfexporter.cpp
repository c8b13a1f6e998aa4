#include "pdfexporter.h"

#include "application/checkedapplication.h"
#include "common/atomicwrite.h"
#include "common/exportclock.h"
#include "draft/draft.h"
#include "draft/draftfile.h"
#include "draft/pdfembeddeddraft.h"
#include "form/formdefinition.h"
#include "hpdfdocument.h"
#include "pdfcontent.h"
#include "pdffont.h"
#include "pdflayout.h"
#include "pdfpostprocess.h"
#include "received/documentmanifest.h"

#include <QFileInfo>
#include <QTemporaryFile>

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

QString codePointName(char32_t c)
{
    return QStringLiteral("U+") +
           QString::number(static_cast<uint>(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

pdf::PdfMetadata metadataFor(const FormDefinition &form, const Draft &draft, const QDateTime &time)
{
    const QString version = QStringLiteral(NBAPPLY_VERSION);
    pdf::PdfMetadata metadata;
    const QString applicant = draft.text(QStringLiteral("applicant.name"));
    metadata.title = form.title.zh + (applicant.isEmpty() ? QString() : QStringLiteral(" — ") + applicant);
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
    const FormDefinition &form = checked.form();
    const Draft &draft = checked.draft();
    const QDateTime time = options.exportTime.isValid() ? options.exportTime : exportClock();
    const pdf::PdfContent content = pdf::buildPdfContent(checked);

    const QString fontPath = options.fontPath.isEmpty() ? pdf::findFontPath() : options.fontPath;
    if (fontPath.isEmpty() || !QFileInfo(fontPath).isReadable())
        return failure(pdf::missingFontError(fontPath));

    // libharu would draw a missing glyph as nothing (and text beyond the BMP as spaces) without any
    // error: refuse instead. The validators report the same characters with the field they are in.
    const QList<char32_t> codePoints = content.codePoints(999);
    const auto printable = pdf::fontCoverage(fontPath);
    for (char32_t c : codePoints) {
        if (!printable(c))
            return failure(
                {QStringLiteral("PDF 字体无法显示字符 %1。请运行 nbapply validate 找到含该字符的字段并修改。")
                     .arg(codePointName(c)),
                 QStringLiteral("The PDF font cannot draw the character %1. Run nbapply validate to find "
                                "the field that holds it and change it.")
                     .arg(codePointName(c))});
    }

    const pdf::FontSubset subset = pdf::subsetFont(fontPath, codePoints);
    if (!subset.ok())
        return failure(subset.error);
    // libharu loads fonts from files only, and reads the file again while saving.
    QTemporaryFile fontFile;
    if (!fontFile.open() || fontFile.write(subset.data) != subset.data.size() || !fontFile.flush())
        return failure(
            {QStringLiteral("无法写入临时文件（%1）。请检查临时目录的可用空间。").arg(fontFile.errorString()),
             QStringLiteral("Could not write a temporary file (%1). Check the free space of the "
                            "temporary folder.")
                 .arg(fontFile.errorString())});

    pdf::HpdfDocument document;
    document.loadFont(fontFile.fileName());
    const int pageCount = document.failed() ? 0 : pdf::layoutApplication(document, content);
    const QByteArray raw = document.save();
    if (document.failed() || raw.isEmpty())
        return failure(document.error());

    // What the licensor receives carries no folder of this machine and no reviewer's comment.
    const pdf::PostprocessResult finished = pdf::postprocessPdf(
        raw, metadataFor(form, draft, time), embeddedDraftName(), serializeDraft(draft.portableCopy(false)),
        {{manifestFileName(), serializeManifest(manifestOf(draft, options.draftFolder))}});
    if (!finished.ok())
        return failure(finished.error);

    PdfExportResult result;
    result.ok = true;
    result.pdf = finished.pdf;
    result.pageCount = pageCount;
    return result;
}

PdfExportResult writeApplicationPdf(const FormDefinition &form, const Draft &draft, const QString &path,
                                    const PdfExportOptions &options)
{
    PdfExportResult result = renderApplicationPdf(form, draft, options);
    if (!result.ok)
        return result;
    // The PDF holds ID numbers and phone numbers: owner-only, like the draft.
    QString reason;
    if (!writeFileAtomically(path, result.pdf, QFileDevice::ReadOwner | QFileDevice::WriteOwner, &reason)) {
        return failure(
            {QStringLiteral("无法写入 %1（%2）。请选择一个可写的文件夹。").arg(path, reason),
             QStringLiteral("Could not write %1 (%2). Choose a folder you can write to.").arg(path, reason)});
    }
    return result;
}

std::function<bool(char32_t)> printableCharacters()
{
    // Reading the font's cmap maps a 19 MB file: `nbapply validate` of an ASCII-only draft and
    // `nbapply check` should not pay for it. Printable ASCII is in every font nbapply uses (a test
    // checks the prepared one), so the font is found and read only when another character is asked
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
                                            : pdf::fontCoverage(fontPath);
        });
        return lazy->test(c);
    };
}

} // namespace nbapply
