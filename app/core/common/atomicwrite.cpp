#include "atomicwrite.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nbapply
{

namespace
{

// Our own errno-like code for "a link (or a folder, a FIFO …) sits at the target name".
constexpr int kNotARegularTarget = -1;

mode_t modeOf(QFileDevice::Permissions permissions)
{
    mode_t mode = 0;
    if (permissions & QFileDevice::ReadOwner)
        mode |= S_IRUSR;
    if (permissions & QFileDevice::WriteOwner)
        mode |= S_IWUSR;
    if (permissions & QFileDevice::ExeOwner)
        mode |= S_IXUSR;
    if (permissions & QFileDevice::ReadGroup)
        mode |= S_IRGRP;
    if (permissions & QFileDevice::WriteGroup)
        mode |= S_IWGRP;
    if (permissions & QFileDevice::ExeGroup)
        mode |= S_IXGRP;
    if (permissions & QFileDevice::ReadOther)
        mode |= S_IROTH;
    if (permissions & QFileDevice::WriteOther)
        mode |= S_IWOTH;
    if (permissions & QFileDevice::ExeOther)
        mode |= S_IXOTH;
    return mode;
}

} // namespace

BilingualText fileSystemError(int error)
{
    const QString en = QString::fromLocal8Bit(std::strerror(error));
    switch (error) {
    case kNotARegularTarget:
        return {QStringLiteral("目标名称处是符号链接、文件夹或其他非普通文件，nbapply "
                               "不会经由它写入；请删除它或选择其他文件夹"),
                QStringLiteral("a symbolic link, folder or other non-regular file sits at that name, and "
                               "nbapply never writes through it; remove it or choose another folder")};
    case ENOSPC:
        return {QStringLiteral("磁盘空间不足"), en};
    case EDQUOT:
        return {QStringLiteral("超出磁盘配额"), en};
    case EFBIG:
        return {QStringLiteral("文件超过允许的大小"), en};
    case EACCES:
    case EPERM:
        return {QStringLiteral("没有写入权限"), en};
    case EROFS:
        return {QStringLiteral("文件系统是只读的"), en};
    case ENOENT:
    case ENOTDIR:
        return {QStringLiteral("文件夹不存在"), en};
    case EIO:
        return {QStringLiteral("磁盘读写错误"), en};
    case ENAMETOOLONG:
        return {QStringLiteral("文件名过长"), en};
    default:
        return {QStringLiteral("系统错误（%1）").arg(en), en};
    }
}

AtomicFile::AtomicFile(const QString &path) : m_path(path)
{
}

AtomicFile::~AtomicFile()
{
    cancel();
}

bool AtomicFile::fail(int error)
{
    m_error = fileSystemError(error);
    cancel();
    return false;
}

bool AtomicFile::open(QFileDevice::Permissions permissions)
{
    const QByteArray target = QFile::encodeName(m_path);
    struct stat existing {
    };
    // lstat: a link is judged as a link, never by what it points to.
    if (::lstat(target.constData(), &existing) == 0 && !S_ISREG(existing.st_mode))
        return fail(kNotARegularTarget);
    const QFileInfo info(m_path);
    m_temporary = QFile::encodeName(info.path() + QStringLiteral("/.") + info.fileName()) + ".XXXXXX";
    // mkostemp creates the name exclusively (O_EXCL): nothing planted there can be written through.
    m_fd = ::mkostemp(m_temporary.data(), O_CLOEXEC);
    if (m_fd < 0) {
        const int error = errno;
        m_temporary.clear();
        return fail(error);
    }
    if (::fchmod(m_fd, modeOf(permissions)) != 0)
        return fail(errno);
    m_written = 0;
    return true;
}

bool AtomicFile::write(const char *data, qint64 size)
{
    if (m_fd < 0)
        return false;
    while (size > 0) {
        const ssize_t n = ::write(m_fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(errno);
        }
        data += n;
        size -= n;
        m_written += n;
    }
    return true;
}

bool AtomicFile::commit()
{
    if (m_fd < 0)
        return false;
    // A full disk may only show on the flush (delayed allocation) or on close.
    if (::fdatasync(m_fd) != 0)
        return fail(errno);
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(m_temporary.constData());
        m_temporary.clear();
        m_error = fileSystemError(error);
        return false;
    }
    const QByteArray target = QFile::encodeName(m_path);
    struct stat existing {
    };
    // Checked again: a link planted while we wrote is not replaced either.
    if (::lstat(target.constData(), &existing) == 0 && !S_ISREG(existing.st_mode)) {
        ::unlink(m_temporary.constData());
        m_temporary.clear();
        m_error = fileSystemError(kNotARegularTarget);
        return false;
    }
    // rename() replaces the name itself: even a link swapped in after the check is replaced, not followed.
    if (::rename(m_temporary.constData(), target.constData()) != 0) {
        const int error = errno;
        ::unlink(m_temporary.constData());
        m_temporary.clear();
        m_error = fileSystemError(error);
        return false;
    }
    m_temporary.clear();
    return true;
}

void AtomicFile::cancel()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temporary.isEmpty()) {
        ::unlink(m_temporary.constData());
        m_temporary.clear();
    }
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions,
                         BilingualText *reason)
{
    AtomicFile file(path);
    if (file.open(permissions) && file.write(bytes) && file.commit())
        return true;
    *reason = file.error();
    return false;
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions,
                         QString *errorString)
{
    BilingualText reason;
    if (writeFileAtomically(path, bytes, permissions, &reason))
        return true;
    *errorString = reason.en == reason.zh ? reason.en : reason.en + QStringLiteral("（") + reason.zh + u'）';
    return false;
}

BilingualText writeOwnerOnlyFile(const QString &path, const QByteArray &bytes)
{
    QString reason;
    if (writeFileAtomically(path, bytes, QFileDevice::ReadOwner | QFileDevice::WriteOwner, &reason))
        return {};
    return {QStringLiteral("无法写入 %1（%2）。请选择一个可写的文件夹。").arg(path, reason),
            QStringLiteral("Could not write %1 (%2). Choose a folder you can write to.").arg(path, reason)};
}

} // namespace nbapply
