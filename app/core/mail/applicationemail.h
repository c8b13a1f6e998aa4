#pragma once

#include "common/bilingualtext.h"
#include "common/problem.h"
#include "validation/documentinspector.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace nbapply
{

class AtomicFile;
class CheckedApplication;

struct EmailOptions {
    // Stamped into the Date header. Pass exportClock() (honours SOURCE_DATE_EPOCH); never read the
    // clock inside the builder, so the same draft and the same `now` give the same bytes.
    QDateTime now;
    // Total attachment size above which a warning is added. Tests lower it.
    qint64 attachmentLimit = kMailboxAttachmentLimit;
};

struct EmailResult {
    bool ok = false;
    QByteArray message;         // the whole RFC 5322 message, CRLF line endings; empty when !ok
    BilingualText error;        // why it failed (names the file that could not be read)
    qint64 attachmentBytes = 0; // the sum of the attached files' sizes (before base64)
    Problems warnings;          // e.g. "mail.attachments-too-large"
};

// The e-mail draft to form.recipient (nanbeige@126.com) for `checked`: its letter, the application PDF
// `pdf` (the bytes this export rendered, named checked.pdfFileName()) and every document of the
// draft, read from the paths `checked` resolved. X-Unsent: 1 makes Outlook and Thunderbird open it as
// a draft. Nothing is written: exportApplication() writes the PDF and the message together.
EmailResult buildApplicationEmail(const CheckedApplication &checked, const QByteArray &pdf,
                                  const EmailOptions &options);

// The same message written into `file` (opened, not committed) as it is made: each document is read and
// base64-encoded a block at a time, so memory does not grow with the documents. `message` stays empty.
// A document that changed since it was checked fails the write (its size and SHA-256 are compared).
EmailResult writeApplicationEmail(const CheckedApplication &checked, const QByteArray &pdf,
                                  const EmailOptions &options, AtomicFile *file);

// "mailto:nanbeige@126.com?subject=…&body=…" (RFC 6068) for the GUI's "compose in mail client":
// a shortened body that says the PDF and the documents must be attached by hand. Below ~1,800 chars.
QUrl applicationMailtoUrl(const CheckedApplication &checked);

// "附件共 1.2 MB" / "attachments: 1.2 MB total": the size of the attached files (before base64) as
// `nbapply export` prints it; KB below 1 MB, bytes below 1 KB (1 MB = 1024 × 1024 bytes, as in the
// "mail.attachments-too-large" warning).
BilingualText attachmentSizeSummary(qint64 attachmentBytes);

// The subject line, "南北阁许可模型商业使用申请 / Nanbeige commercial use application – <applicant>".
QString applicationEmailSubject(const CheckedApplication &checked);

// The plain-text body of the message (Chinese then English), for the GUI's "copy" action: the very
// text of the message's text/plain part.
QString applicationEmailText(const CheckedApplication &checked);

} // namespace nbapply
