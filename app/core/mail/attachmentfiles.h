#pragma once

#include "common/bilingualtext.h"
#include "common/problem.h"
#include "mimemessage.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace nbapply::mail
{

// A file to attach: its name as the recipient will see it, its MIME type, and either its bytes in
// memory (`data`: the PDF just made) or a checked file that is streamed into the message when it is
// written (`path`, with the `size` and `sha256` it had when checked; writing fails if they changed).
struct AttachmentFile {
    QString fileName;
    QByteArray data;
    QByteArray mimeType; // from QMimeDatabase (name and content); application/octet-stream when unknown
    QString path;
    qint64 size = 0;
    QByteArray sha256;

    qint64 byteSize() const { return path.isEmpty() ? data.size() : size; }
};

// The MIME part of `file`: base64 of `data`, or of the file read while the message is written.
mime::MimePart attachmentPart(const AttachmentFile &file);

// Opens `path` for reading only if it is a regular file reached without following a link (O_NOFOLLOW,
// and non-blocking so that a FIFO cannot hang us). False otherwise.
bool openRegularFile(const QString &path, QFile *file);

// Checks the file at `path` for attaching: a readable regular file (opened without following a link),
// read once, a block at a time, for its size and SHA-256; its content is not kept (`data` stays
// empty, `path` is set). `what` names it for the user ("企业营业执照" / "Business licence"). On
// failure returns false and sets `error` to a message naming the file and saying how to fix it.
bool readAttachmentFile(const QString &path, const BilingualText &what, AttachmentFile *file,
                        BilingualText *error);

// "12.3" (MB, one decimal, C locale): how sizes are shown in messages.
QString megabytes(qint64 bytes);

// When the files add up to more than `limit` bytes: a warning naming the largest files, which should
// go in a second message or through a file-sharing link. Nothing otherwise.
Problems attachmentSizeWarnings(const QList<AttachmentFile> &files, qint64 limit);

} // namespace nbapply::mail
