#include "applicationemail.h"

#include "application/checkedapplication.h"
#include "applicationletter.h"
#include "attachmentfiles.h"
#include "common/atomicwrite.h"
#include "common/exportclock.h"
#include "draft/draft.h"
#include "form/formdefinition.h"
#include "letterformat.h"
#include "mimeheader.h"
#include "mimemessage.h"
#include "validation/identifiers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace nbapply
{

namespace
{

// Mail clients cut longer mailto: URLs (some at 2,000 characters); stay well below.
constexpr int kMaxMailtoLength = 1800;
// The applicant's name in a subject line: enough to recognise, never a wall of text.
constexpr int kSubjectNameLimit = 100;

QString subjectFor(const QString &applicantName)
{
    QString subject = QStringLiteral("南北阁许可模型商业使用申请 / Nanbeige commercial use application");
    if (!applicantName.isEmpty())
        subject += QStringLiteral(" – ") + applicantName;
    return subject;
}

QString representativeName(const Draft &draft)
{
    return mail::oneLine(draft.text(QStringLiteral("representative.name")));
}

// The short body of the mailto: link. It cannot carry attachments, so it says to add them by hand.
QString mailtoBody(const CheckedApplication &checked, int nameLimit, bool withModels)
{
    const Draft &draft = checked.normalized();
    const QString applicant = mail::applicantDisplayName(draft, nameLimit);
    bool cut = false;
    const QString representative = mail::cutAtGrapheme(representativeName(draft), nameLimit, &cut);
    const BilingualText models = withModels ? mail::modelsSummary(checked) : BilingualText{};
    const QString zh =
        QStringLiteral(
            "南北阁团队：您好！\n现提交%1的许可模型商业使用申请%2。申请表 PDF 及相关材料请手动添加为附件"
            "（邮件链接无法附带附件）。\n\n%3")
            .arg(applicant,
                 models.zh.isEmpty() ? QString() : QStringLiteral("（") + models.zh + QStringLiteral("）"),
                 representative);
    const QString en =
        QStringLiteral("Dear Nanbeige team,\nPlease find the application of %1 for the commercial use "
                       "of the Nanbeige licensed models%2. Please attach the PDF form and the "
                       "supporting documents by hand: a mail link cannot carry attachments.\n\n"
                       "Kind regards,\n%3")
            .arg(applicant,
                 models.en.isEmpty() ? QString() : QStringLiteral(" (") + models.en + QLatin1Char(')'),
                 representative);
    QString body = zh.trimmed() + QStringLiteral("\n\n") + en.trimmed();
    return body.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
}

QByteArray mailtoFor(const QString &recipient, const QString &subject, const QString &body)
{
    return "mailto:" + QUrl::toPercentEncoding(recipient, "@") +
           "?subject=" + QUrl::toPercentEncoding(subject) + "&body=" + QUrl::toPercentEncoding(body);
}

EmailResult failure(const BilingualText &error)
{
    EmailResult result;
    result.error = error;
    return result;
}

} // namespace

BilingualText attachmentSizeSummary(qint64 attachmentBytes)
{
    QString size;
    if (attachmentBytes >= 1024 * 1024)
        size = mail::megabytes(attachmentBytes) + QStringLiteral(" MB");
    else if (attachmentBytes >= 1024)
        size = QLocale::c().toString(double(attachmentBytes) / 1024.0, 'f', 1) + QStringLiteral(" KB");
    else
        size = QString::number(attachmentBytes) + QStringLiteral(" B");
    return {QStringLiteral("附件共 %1").arg(size), QStringLiteral("attachments: %1 total").arg(size)};
}

QString applicationEmailSubject(const CheckedApplication &checked)
{
    return subjectFor(mail::applicantDisplayName(checked.normalized(), kSubjectNameLimit));
}

QString applicationEmailText(const CheckedApplication &checked)
{
    return mail::letterPlainText(mail::applicationLetter(checked));
}

QUrl applicationMailtoUrl(const CheckedApplication &checked)
{
    const FormDefinition &form = checked.form();
    const Draft &draft = checked.normalized();
    QByteArray encoded;
    // Long names and the model labels go first when the link would be too long for mail clients.
    for (const int nameLimit : {kSubjectNameLimit, 40, 20, 8}) {
        for (const bool withModels : {true, false}) {
            encoded = mailtoFor(form.recipient, subjectFor(mail::applicantDisplayName(draft, nameLimit)),
                                mailtoBody(checked, nameLimit, withModels));
            if (encoded.size() <= kMaxMailtoLength)
                return QUrl::fromEncoded(encoded, QUrl::StrictMode);
        }
    }
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

namespace
{

// Everything of the message but the bytes of the attached documents, which are read only when it is
// written.
EmailResult composeApplicationEmail(const CheckedApplication &checked, const QByteArray &pdf,
                                    const EmailOptions &options, mime::MimeMessage *message)
{
    using namespace mime;
    EmailResult result;
    const FormDefinition &form = checked.form();
    const Draft &draft = checked.normalized();

    // Attachments first: a missing file is the most likely failure and must name the file. The PDF is
    // the one this export rendered, under the one name every list of enclosures gives it.
    QList<mail::AttachmentFile> files;
    mail::AttachmentFile pdfFile;
    pdfFile.fileName = checked.pdfFileName();
    pdfFile.data = pdf;
    pdfFile.mimeType = QByteArrayLiteral("application/pdf");
    files.append(pdfFile);
    BilingualText error;
    for (const CheckedDocument &document : checked.documents()) {
        // Only what the checks accepted: a received draft never makes us attach a file elsewhere. The
        // path is the one they resolved (links followed, inside the draft's folder).
        if (!document.isAttached())
            return failure(
                document.problems.isEmpty()
                    ? BilingualText{QStringLiteral("材料“%1”的文件无法使用。").arg(document.label.zh),
                                    QStringLiteral("The file of the document “%1” cannot be used.")
                                        .arg(document.label.en)}
                    : document.problems.first().message);
        mail::AttachmentFile file;
        if (!mail::readAttachmentFile(document.path, document.label, &file, &error))
            return failure(error);
        // The file attached must be the one checked, whose SHA-256 the PDF's document list records.
        if (file.sha256.toHex() != document.sha256)
            return failure(
                {QStringLiteral("材料“%1”的文件“%2”在检查之后被改动了。请重新检查后再导出。")
                     .arg(document.label.zh, document.fileName),
                 QStringLiteral("The file “%2” of the document “%1” changed after it was checked. Check the "
                                "application again, then export.")
                     .arg(document.label.en, document.fileName)});
        files.append(file);
    }

    const QByteArray to = mailboxHeader("To", QString(), form.recipient);
    if (to.isEmpty())
        return failure({QStringLiteral("表单定义中的收件地址“%1”无效，无法生成邮件。请更新 nbapply。")
                            .arg(form.recipient),
                        QStringLiteral("The form definition's recipient “%1” is not a valid address, so no "
                                       "message can be written. Please update nbapply.")
                            .arg(form.recipient)});
    const QString senderAddress =
        validation::emailForHeaders(draft.text(QStringLiteral("representative.email")));
    const QByteArray from = mailboxHeader("From", representativeName(draft), senderAddress);
    if (from.isEmpty())
        result.warnings.append(
            {Severity::Warning,
             QStringLiteral("mail.no-sender"),
             QStringLiteral("representative.email"),
             {QStringLiteral("授权代表的电子邮箱无法写入发件人栏，邮件草稿没有发件人；"
                             "发送前请在邮件程序中选择发件账户。"),
              QStringLiteral("The representative's e-mail address cannot be used as the sender, "
                             "so the draft has no From line; choose the sending account in your "
                             "mail program before sending.")}});

    QList<MimePart> parts;
    const mail::ApplicationLetter letter = mail::applicationLetter(checked);
    parts.append(MimePart::multipart("alternative", {MimePart::text("plain", mail::letterPlainText(letter)),
                                                     MimePart::text("html", mail::letterHtml(letter))}));
    for (const mail::AttachmentFile &file : files) {
        parts.append(mail::attachmentPart(file));
        result.attachmentBytes += file.byteSize();
    }
    result.warnings += mail::attachmentSizeWarnings(files, options.attachmentLimit);
    const MimePart body = MimePart::multipart("mixed", parts);

    const QDateTime now = options.now.isValid() ? options.now : exportClock();
    const QByteArray identity = from + to + unstructuredHeader("Subject", applicationEmailSubject(checked)) +
                                asciiHeader("Date", rfc5322Date(now));
    // The Message-ID names the content: the same draft, files and clock give the same message.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(identity);
    hash.addData(body.contentDigest());
    const QByteArray digest = hash.result().toHex().left(32);

    message->addHeader(identity);
    message->addHeader(asciiHeader("Message-ID", '<' + digest + "@nbapply.invalid>"));
    message->addHeader(asciiHeader("MIME-Version", "1.0"));
    // Outlook and Thunderbird open a message marked unsent as a draft, ready to send.
    message->addHeader(asciiHeader("X-Unsent", "1"));
    message->setBody(body);
    result.ok = true;
    return result;
}

} // namespace

EmailResult buildApplicationEmail(const CheckedApplication &checked, const QByteArray &pdf,
                                  const EmailOptions &options)
{
    mime::MimeMessage message;
    EmailResult result = composeApplicationEmail(checked, pdf, options, &message);
    if (!result.ok)
        return result;
    BilingualText error;
    if (!message.writeTo(
            [&](const char *data, qint64 size) {
                result.message.append(data, qsizetype(size));
                return true;
            },
            &error))
        return failure(error);
    return result;
}

EmailResult writeApplicationEmail(const CheckedApplication &checked, const QByteArray &pdf,
                                  const EmailOptions &options, AtomicFile *file)
{
    mime::MimeMessage message;
    EmailResult result = composeApplicationEmail(checked, pdf, options, &message);
    if (!result.ok)
        return result;
    // Streamed: each document is base64-encoded as it is read, straight into the file, so memory does
    // not grow with the documents.
    BilingualText readError;
    if (message.writeTo([&](const char *data, qint64 size) { return file->write(data, size); }, &readError))
        return result;
    const QString shown = QDir::toNativeSeparators(file->path());
    return failure(
        !readError.isEmpty()
            ? readError
            : BilingualText{QStringLiteral("无法写入邮件草稿“%1”（%2）。请检查文件夹是否可写、"
                                           "磁盘是否已满。")
                                .arg(shown, file->error().zh),
                            QStringLiteral("Cannot write the e-mail draft “%1” (%2). Check that the "
                                           "folder is writable and the disk is not full.")
                                .arg(shown, file->error().en)});
}

} // namespace nbapply
