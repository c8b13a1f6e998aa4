#include "applicationexport.h"

#include "application/checkedapplication.h"
#include "common/exportclock.h"
#include "common/filestogether.h"
#include "draft/draft.h"
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
    ApplicationExportOptions timed = options;
    if (!timed.exportTime.isValid())
        timed.exportTime = exportClock();
    ValidationContext context;
    context.today = timed.exportTime.date();
    context.draftFolder = options.draftFolder;
    context.canPrint = printableCharacters();
    return exportApplication(CheckedApplication::check(form, draft, context), outDir, timed);
}

ApplicationExportResult exportApplication(const CheckedApplication &checked, const QString &outDir,
                                          const ApplicationExportOptions &options)
{
    ApplicationExportResult result;
    const QDateTime time = options.exportTime.isValid() ? options.exportTime : exportClock();

    result.problems = checked.problems();
    if (!checked.readyToExport()) {
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

    // Everything is produced in memory first: the e-mail attaches the very PDF bytes written beside it.
    PdfExportOptions pdfOptions;
    pdfOptions.exportTime = time;
    pdfOptions.fontPath = options.fontPath;
    pdfOptions.draftFolder = options.draftFolder;
    const PdfExportResult pdf = renderApplicationPdf(checked, pdfOptions);
    if (!pdf.ok) {
        result.error = pdf.error;
        return result;
    }
    const QString pdfPath = dir.filePath(checked.pdfFileName());
    QList<FileToWrite> files{{pdfPath, pdf.pdf}};

    EmailResult email;
    const QString emailPath = dir.filePath(checked.emailFileName());
    if (options.writeEmail) {
        EmailOptions emailOptions;
        emailOptions.now = time;
        email = buildApplicationEmail(checked, pdf.pdf, emailOptions);
        if (!email.ok) {
            result.error = email.error; // e.g. a document removed since the check: nothing is written
            return result;
        }
        files.append({emailPath, email.message});
    }

    // Both files hold ID and phone numbers: owner-only, like the draft.
    QString failedPath;
    QString reason;
    if (!writeFilesTogether(files, QFileDevice::ReadOwner | QFileDevice::WriteOwner, &failedPath, &reason)) {
        const QString shown = QDir::toNativeSeparators(failedPath);
        result.error = {QStringLiteral("无法写入 %1（%2），PDF 和邮件草稿都未保存。请检查文件夹是否可写、"
                                       "磁盘是否已满。")
                            .arg(shown, reason),
                        QStringLiteral("Could not write %1 (%2), so neither the PDF nor the e-mail draft was "
                                       "saved. Check that the folder is writable and the disk not full.")
                            .arg(shown, reason)};
        return result;
    }
    result.ok = true;
    result.pdfPath = pdfPath;
    result.pdfBytes = pdf.pdf.size();
    result.pageCount = pdf.pageCount;
    if (options.writeEmail) {
        result.emailPath = emailPath;
        result.emailWarnings = email.warnings;
        result.attachmentBytes = email.attachmentBytes;
    }
    return result;
}

} // namespace nbapply
