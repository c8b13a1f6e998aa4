#include "applicationexport.h"

#include "application/checkedapplication.h"
#include "common/atomicwrite.h"
#include "common/exportclock.h"
#include "draft/draft.h"
#include "draft/pdfembeddeddraft.h"
#include "form/formdefinition.h"
#include "mail/applicationemail.h"
#include "pdf/pdfexporter.h"
#include "signing/certificateinfo.h"
#include "signing/pdfsigner.h"
#include "validation/draftvalidator.h"

#include <QDir>
#include <QFile>

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
        result.error =
            checked.errorCount() > 0
                ? BilingualText{QStringLiteral("申请表有错误，未导出。请先改正下列问题。"),
                                QStringLiteral("The application has errors and was not exported. Fix the "
                                               "problems listed first.")}
                : BilingualText{
                      QStringLiteral("有 %1 份材料文件不在手边（没有随申请一起收到），未导出。请把这些文件"
                                     "放在所打开的文件旁边后重新打开。")
                          .arg(checked.documentsNotAtHand()),
                      QStringLiteral("%1 document file(s) are not at hand (they did not come with the "
                                     "application), so nothing was exported. Put them beside the file "
                                     "you opened and open it again.")
                          .arg(checked.documentsNotAtHand())};
        return result;
    }

    QDir dir(outDir);
    // A folder made for the export holds ID and phone numbers too: owner-only, like the files.
    const bool made = !dir.exists();
    if (!dir.mkpath(QStringLiteral(".")) ||
        (made && !QFile::setPermissions(dir.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                                QFileDevice::ExeOwner))) {
        result.error = {
            QStringLiteral("无法创建文件夹 %1。请选择一个可写的文件夹。").arg(outDir),
            QStringLiteral("Could not create the folder %1. Choose a folder you can write to.").arg(outDir)};
        return result;
    }

    // Everything is produced in memory first: the e-mail attaches the very PDF bytes written beside it.
    PdfExportOptions pdfOptions;
    pdfOptions.exportTime = time;
    pdfOptions.fontPath = options.fontPath;
    // The signing time as the signer's clock reads it, with its UTC offset (printed in the block).
    const QDateTime signingTime = time.toOffsetFromUtc(time.toLocalTime().offsetFromUtc());
    if (options.signer) {
        const signing::CertificateInfo certificate = options.signer->certificate();
        pdfOptions.signature =
            VisibleSignature{certificate.commonName, certificate.organisation, signingTime};
    }
    PdfExportResult pdf = renderApplicationPdf(checked, pdfOptions);
    if (!pdf.ok) {
        result.error = pdf.error;
        return result;
    }
    if (options.signer) {
        const signing::PdfSignResult signedPdf =
            signing::signPdf(pdf.pdf, *options.signer, signingTime, pdf.signatureArea);
        if (!signedPdf.ok()) {
            result.error = signedPdf.error;
            return result;
        }
        // A PDF nbapply cannot read back is no use to the licensor.
        if (signedPdf.pdf.size() > kMaxDraftPdfBytes) {
            result.error = {QStringLiteral("签名后的 PDF 过大（%1 字节，上限 %2 字节），未导出。")
                                .arg(signedPdf.pdf.size())
                                .arg(kMaxDraftPdfBytes),
                            QStringLiteral("The signed PDF is too large (%1 bytes, the limit is %2), so "
                                           "nothing was exported.")
                                .arg(signedPdf.pdf.size())
                                .arg(kMaxDraftPdfBytes)};
            return result;
        }
        pdf.pdf = signedPdf.pdf;
    }
    const QString pdfPath = dir.filePath(checked.pdfFileName());
    const QString emailPath = dir.filePath(checked.emailFileName());

    // The PDF and the e-mail are one unit: both are written to temporary files beside their targets
    // (AtomicFile never writes through a link planted at the name), and only when both are complete are
    // they renamed into place. On any failure neither is left behind, nor a new one beside a stale partner.
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    AtomicFile pdfFile(pdfPath);
    AtomicFile emailFile(emailPath);
    auto writeFailed = [&](const AtomicFile &file, const BilingualText &why) {
        pdfFile.cancel();
        emailFile.cancel();
        const QString shown = QDir::toNativeSeparators(file.path());
        result.error = {QStringLiteral("无法写入 %1（%2），PDF 和邮件草稿都未保存。请检查文件夹是否可写、"
                                       "磁盘是否已满。")
                            .arg(shown, why.zh),
                        QStringLiteral("Could not write %1 (%2), so neither the PDF nor the e-mail draft was "
                                       "saved. Check that the folder is writable and the disk not full.")
                            .arg(shown, why.en)};
        return result;
    };
    // Both files hold ID and phone numbers: owner-only, like the draft.
    if (!pdfFile.open(ownerOnly) || !pdfFile.write(pdf.pdf))
        return writeFailed(pdfFile, pdfFile.error());

    EmailResult email;
    if (options.writeEmail) {
        EmailOptions emailOptions;
        emailOptions.now = time;
        if (!emailFile.open(ownerOnly))
            return writeFailed(emailFile, emailFile.error());
        email = writeApplicationEmail(checked, pdf.pdf, emailOptions, &emailFile);
        if (!email.ok && !emailFile.error().isEmpty())
            return writeFailed(emailFile, emailFile.error()); // a full disk, an I/O error
        if (!email.ok) {
            // e.g. a document removed or changed since the check: nothing is written
            pdfFile.cancel();
            emailFile.cancel();
            result.error = email.error;
            return result;
        }
    }
    if (!pdfFile.commit())
        return writeFailed(pdfFile, pdfFile.error());
    if (options.writeEmail && !emailFile.commit()) {
        QFile::remove(pdfPath); // the PDF alone would be paired with an older e-mail, or none
        return writeFailed(emailFile, emailFile.error());
    }
    result.ok = true;
    result.pdfPath = pdfPath;
    result.pdfBytes = pdf.pdf.size();
    result.signedPdf = options.signer.has_value();
    result.pageCount = pdf.pageCount;
    if (options.writeEmail) {
        result.emailPath = emailPath;
        result.emailWarnings = email.warnings;
        result.attachmentBytes = email.attachmentBytes;
    }
    return result;
}

} // namespace nbapply
