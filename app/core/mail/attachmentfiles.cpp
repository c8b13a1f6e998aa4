#include "attachmentfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

#include <algorithm>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nbapply::mail
{

namespace
{

BilingualText fileError(const char *zh, const char *en, const BilingualText &what, const QString &path,
                        const QString &reason = {})
{
    const QString shown = QDir::toNativeSeparators(path);
    return {QString::fromUtf8(zh).arg(what.zh, shown, reason),
            QString::fromUtf8(en).arg(what.en, shown, reason)};
}

} // namespace

bool openRegularFile(const QString &path, QFile *file)
{
    // O_NOFOLLOW: the path was resolved and checked before; a link swapped in since is refused.
    // O_NONBLOCK: a FIFO swapped in would otherwise block the open forever.
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        file->setFileName(path);
        file->open(QIODevice::ReadOnly); // only for its errorString()
        file->close();
        return false;
    }
    struct stat info {
    };
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return false;
    }
    return file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle);
}

bool readAttachmentFile(const QString &path, const BilingualText &what, AttachmentFile *file,
                        BilingualText *error)
{
    if (path.trimmed().isEmpty()) {
        *error =
            fileError("“%1”没有选择文件%2%3。请在材料页为它选择文件，或删除这一项。",
                      "No file is chosen for “%1”%2%3. Choose its file on the documents page, or remove it.",
                      what, QString());
        return false;
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = fileError("找不到“%1”的文件：%2%3。文件可能已被移动、改名或删除；请重新选择该文件。",
                           "The file for “%1” is missing: %2%3. It may have been moved, renamed or deleted; "
                           "choose it again.",
                           what, path);
        return false;
    }
    if (info.isDir()) {
        *error = fileError("“%1”选择的是文件夹而不是文件：%2%3。请选择文件夹中的具体文件。",
                           "“%1” points to a folder, not a file: %2%3. Choose the file itself.", what, path);
        return false;
    }
    QFile in;
    if (!openRegularFile(path, &in)) {
        *error =
            fileError("无法读取“%1”的文件：%2（%3）。请检查文件权限，或把文件复制到可读的位置后重新选择。",
                      "Cannot read the file for “%1”: %2 (%3). Check its permissions, or copy it somewhere "
                      "readable and choose it again.",
                      what, path, in.errorString());
        return false;
    }
    // Read once here for the size and the SHA-256 (64 KiB at a time); the message reads it again while
    // it is written, so no attachment is ever held in memory whole.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    for (;;) {
        const QByteArray block = in.read(64 * 1024);
        if (block.isEmpty())
            break;
        hash.addData(block);
        size += block.size();
    }
    if (in.error() != QFileDevice::NoError || size != in.size()) {
        *error = fileError(
            "读取“%1”的文件时出错：%2（%3）。请确认文件完整后重试。",
            "Reading the file for “%1” failed: %2 (%3). Make sure the file is complete and try again.", what,
            path, in.errorString());
        return false;
    }
    file->fileName = info.fileName();
    file->data.clear();
    file->path = path;
    file->size = size;
    file->sha256 = hash.result();
    file->mimeType = QMimeDatabase().mimeTypeForFile(info).name().toLatin1();
    if (file->mimeType.isEmpty())
        file->mimeType = QByteArrayLiteral("application/octet-stream");
    return true;
}

mime::MimePart attachmentPart(const AttachmentFile &file)
{
    if (file.path.isEmpty())
        return mime::MimePart::attachment(file.data, file.mimeType, file.fileName);
    return mime::MimePart::fileAttachment(file.path, file.size, file.sha256, file.mimeType, file.fileName);
}

QString megabytes(qint64 bytes)
{
    return QLocale::c().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

Problems attachmentSizeWarnings(const QList<AttachmentFile> &files, qint64 limit)
{
    qint64 total = 0;
    for (const AttachmentFile &f : files)
        total += f.byteSize();
    if (total <= limit)
        return {};
    // The largest files first, as many as must leave this message for the rest to fit.
    QList<const AttachmentFile *> bySize;
    for (const AttachmentFile &f : files)
        bySize.append(&f);
    std::stable_sort(bySize.begin(), bySize.end(), [](const AttachmentFile *a, const AttachmentFile *b) {
        return a->byteSize() > b->byteSize();
    });
    QStringList names;
    qint64 remaining = total;
    for (const AttachmentFile *f : bySize) {
        if (remaining <= limit)
            break;
        names << QStringLiteral("%1 (%2 MB)").arg(f->fileName, megabytes(f->byteSize()));
        remaining -= f->byteSize();
    }
    Problem warning;
    warning.severity = Severity::Warning;
    warning.code = QStringLiteral("mail.attachments-too-large");
    warning.field = QStringLiteral("documents");
    warning.message = {
        QStringLiteral(
            "附件合计 %1 MB，超过 126 邮箱普通附件约 %2 MB 的上限，邮件可能无法发送。请把较大的文件（%3）"
            "另用一封邮件发送，或改用超大附件、网盘分享链接发送。")
            .arg(megabytes(total), megabytes(limit), names.join(QStringLiteral("、"))),
        QStringLiteral(
            "The attachments add up to %1 MB, more than the about %2 MB of ordinary attachments a "
            "126.com mailbox accepts, so the message may be refused. Send the largest files (%3) in a "
            "second message, or share them through a large-attachment or file-sharing link.")
            .arg(megabytes(total), megabytes(limit), names.join(QStringLiteral(", ")))};
    return {warning};
}

} // namespace nbapply::mail
