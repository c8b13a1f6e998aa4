#include "attachmentcopies.h"

#include "common/atomicwrite.h"
#include "received/package.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>

namespace nbapply::gui
{

namespace
{

BilingualText copyError(const QString &name, const BilingualText &cause)
{
    return {QStringLiteral("无法把“%1”复制到导出文件夹：%2").arg(name, cause.zh),
            QStringLiteral("Could not copy “%1” into the export folder: %2").arg(name, cause.en)};
}

// Streams `source` into `target` through AtomicFile (owner-only). Empty on success, else why not.
BilingualText copyOver(const QString &source, const QString &target)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return fileSystemError(EACCES);
    AtomicFile out(target);
    if (!out.open(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return out.error();
    QByteArray block(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 got = in.read(block.data(), block.size());
        if (got < 0)
            return fileSystemError(EIO);
        if (got == 0)
            break;
        if (!out.write(block.constData(), got))
            return out.error();
    }
    return out.commit() ? BilingualText() : out.error();
}

} // namespace

QString attachmentFolderFor(const QString &pdfPath)
{
    const QFileInfo pdf(pdfPath);
    return pdf.absolutePath() + QLatin1Char('/') + pdf.completeBaseName() + QStringLiteral(".documents");
}

AttachmentCopies copyPrivateAttachments(const QList<Enclosure> &enclosures, const QSet<QString> &privatePaths,
                                        const QString &folder)
{
    AttachmentCopies result{enclosures, 0, {}};
    for (Enclosure &file : result.enclosures) {
        if (file.isApplicationPdf || !privatePaths.contains(file.path))
            continue;
        // The attachment's own name, already a plain file name; made safe again all the same, since it
        // names a file written here.
        const QString name = safeFileName(file.fileName);
        if (name.isEmpty())
            continue;
        BilingualText why;
        if (!QDir().mkpath(folder) ||
            !QFile::setPermissions(folder,
                                   QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            why = fileSystemError(EACCES);
        else
            why = copyOver(file.path, folder + QLatin1Char('/') + name);
        if (!why.isEmpty()) {
            if (result.error.isEmpty())
                result.error = copyError(name, why);
            continue;
        }
        file.path = folder + QLatin1Char('/') + name;
        ++result.copied;
    }
    return result;
}

} // namespace nbapply::gui
