#pragma once

#include "common/bilingualtext.h"
#include "common/problem.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace nbapply::mail
{

// A file read for attaching: its name as the recipient will see it, its bytes and MIME type.
struct AttachmentFile {
    QString fileName;
    QByteArray data;
    QByteArray mimeType; // from QMimeDatabase (name and content); application/octet-stream when unknown
};

// Opens `path` for reading only if it is a regular file reached without following a link (O_NOFOLLOW,
// and non-blocking so that a FIFO cannot hang us). False otherwise.
bool openRegularFile(const QString &path, QFile *file);

// Reads the file at `path`. `what` names it for the user ("企业营业执照" / "Business licence"). On
// failure returns false and sets `error` to a message naming the file and saying how to fix it.
bool readAttachmentFile(const QString &path, const BilingualText &what, AttachmentFile *file,
                        BilingualText *error);

// "12.3" (MB, one decimal, C locale): how sizes are shown in messages.
QString megabytes(qint64 bytes);

// When the files add up to more than `limit` bytes: a warning naming the largest files, which should
// go in a second message or through a file-sharing link. Nothing otherwise.
Problems attachmentSizeWarnings(const QList<AttachmentFile> &files, qint64 limit);

} // namespace nbapply::mail
