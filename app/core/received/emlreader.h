#pragma once

#include "common/bilingualtext.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace nbapply::received
{

// A message bigger than this is not an application (the mailbox takes ~50 MB of attachments).
constexpr qint64 kMaxMessageBytes = 512LL * 1024 * 1024;
// More attachments than this: not a message nbapply wrote.
constexpr int kMaxAttachments = 64;

struct EmlAttachment {
    QString fileName; // as the message names it (decoded; not yet safe as a path)
    QByteArray mimeType;
    QString storedPath; // where its bytes were written
    qint64 size = 0;
};

struct EmlReadResult {
    bool ok = false;
    QString errorCode; // "mail.unreadable", "mail.too-large", "mail.malformed"
    BilingualText error;
    QList<EmlAttachment> attachments; // in message order
};

// Reads an RFC 5322 message from `emlPath` line by line and decodes each top-level part that is an
// attachment (it has a file name) into `folder` as "part-1", "part-2", …: memory does not grow with
// the size of the documents. Base64 and identity transfer encodings; a message that is not multipart
// has no attachments.
EmlReadResult extractEmlAttachments(const QString &emlPath, const QString &folder);

} // namespace nbapply::received
