#pragma once

#include "bilingualtext.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace nbapply
{

// A file written under a temporary name in the target's folder and renamed over the target only when
// every byte reached the disk (fdatasync): either the whole new content is there or the previous file
// is untouched, never a mix, never a truncated file, and nothing is left behind on failure.
//
// Why not QSaveFile: in Qt 6.4 it follows a symbolic link found at the target name and replaces the
// link's *target* (an export into a shared folder could overwrite, and chmod, a file elsewhere), and
// when the disk is full its commit() still renames a truncated file over the original. Here a link (or
// any non-regular file) at the target name is refused and never written through, and the error names
// its cause in both languages ("No space left on device" / 磁盘空间不足).
class AtomicFile
{
  public:
    explicit AtomicFile(const QString &path);
    ~AtomicFile(); // cancels an uncommitted file
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    // Creates the temporary file with `permissions` (owner-only for anything personal) from the start.
    bool open(QFileDevice::Permissions permissions);
    // Appends; false (and error() set) on the first failure, after which nothing more is written.
    bool write(const char *data, qint64 size);
    bool write(const QByteArray &bytes) { return write(bytes.constData(), bytes.size()); }
    // Flushes to disk and renames over the target. False leaves the previous file as it was.
    bool commit();
    // Removes the temporary file; the target stays as it was.
    void cancel();

    const QString &path() const { return m_path; }
    qint64 size() const { return m_written; }
    // Why it failed: the cause in both languages (strerror's text in English).
    const BilingualText &error() const { return m_error; }

  private:
    bool fail(int error);

    QString m_path;
    QByteArray m_temporary;
    int m_fd = -1;
    qint64 m_written = 0;
    BilingualText m_error;
};

// The cause of a failed system call in both languages: ENOSPC -> "No space left on device" /
// "磁盘空间不足", EACCES -> "Permission denied" / "没有权限", …
BilingualText fileSystemError(int error);

// Replaces `path` with `bytes` through AtomicFile. On failure returns false and sets `reason`.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions,
                         BilingualText *reason);
// The same, with the reason as one text for callers that embed it in their own bilingual message:
// "No space left on device（磁盘空间不足）".
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions,
                         QString *errorString);

// Writes a file holding personal data (a PDF with ID numbers and phones) owner-only through AtomicFile.
// Empty on success; else what the user is told: "无法写入 PATH（原因）。请选择一个可写的文件夹。 / Could
// not write PATH (reason). Choose a folder you can write to."
BilingualText writeOwnerOnlyFile(const QString &path, const QByteArray &bytes);

} // namespace nbapply
