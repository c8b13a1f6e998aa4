#include "applicationexport.h"

#include "common/exportclock.h"
#include "draft/draft.h"
#include "exportfilename.h"
#include "form/formdefinition.h"
#include "mail/applicationemail.h"
#include "pdf/pdfexporter.h"
#include "validation/draftvalidator.h"

#include <QDir>

namespace nbapply
{

ApplicationExportResult exportApplication(const FormDefinition &form, const Draft &draft,
                                          const QString &outDir, const ApplicationExportOptions &options)
{
    ApplicationExportResult result;
    const QDateTime time = options.exportTime.isValid() ? options.exportTime : exportClock();

    ValidationContext context;
    context.today = time.date();
    context.draftFolder = options.draftFolder;
    context.canPrint = printableCharacters();
    result.problems = validateDraft(form, draft, context);
    if (hasErrors(result.problems)) {
        result.refused = true;
        result.error = {
            QStringLiteral("申请表有错误，未导出。请先改正下列问题。"),
            QStringLiteral(
                "The application has errors and was not exported. Fix the problems listed first.")};
        return result;
    }

    QDir dir(outDir);
    if (!dir.mkpath(QStringLiteral("."))) {
        result.error = {
            QStringLiteral("无法创建文件夹 %1。请选择一个可写的文件夹。").arg(outDir),
            QStringLiteral("Could not create the folder %1. Choose a folder you can write to.").arg(outDir)};
        return result;
    }
    const QString base = exportBaseName(draft, time.date());
    const QString pdfPath = dir.filePath(base + QStringLiteral(".pdf"));

    PdfExportOptions pdfOptions;
    pdfOptions.exportTime = time;
    pdfOptions.fontPath = options.fontPath;
    pdfOptions.draftFolder = options.draftFolder;
    const PdfExportResult pdf = writeApplicationPdf(form, draft, pdfPath, pdfOptions);
    if (!pdf.ok) {
        result.error = pdf.error;
        return result;
    }
    result.pdfPath = pdfPath;
    result.pageCount = pdf.pageCount;

    if (options.writeEmail) {
        EmailOptions emailOptions;
        emailOptions.now = time;
        emailOptions.draftFolder = options.draftFolder;
        const QString emailPath = dir.filePath(base + QStringLiteral(".eml"));
        EmailResult email;
        if (!writeApplicationEmail(form, draft, pdfPath, emailOptions, emailPath, &result.error, &email))
            return result; // the PDF stays: it is complete and valid on its own
        result.emailPath = emailPath;
        result.emailWarnings = email.warnings;
        result.attachmentBytes = email.attachmentBytes;
    }
    result.ok = true;
    return result;
}

} // namespace nbapply
