#include "documentimport.h"

#include "common/atomicwrite.h"
#include "draft/documentmanifest.h"
#include "received/package.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>

namespace nbapply::gui
{

QString documentsFolderFor(const QString &draftPath)
{
    const QFileInfo info(draftPath);
    QString base = info.fileName();
    for (const QLatin1String suffix : {QLatin1String(".nbapply.json"), QLatin1String(".json")})
        if (base.endsWith(suffix, Qt::CaseInsensitive) && base.size() > suffix.size()) {
            base.chop(suffix.size());
            break;
        }
    return info.absolutePath() + QLatin1Char('/') + base + QStringLiteral(".documents");
}

bool liesInside(const QString &path, const QString &folder)
{
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    return !canonical.isEmpty() && !path.isEmpty() && path.startsWith(canonical + QLatin1Char('/'));
}

namespace
{

bool sameContent(const QString &a, const QString &b)
{
    QByteArray digestA, digestB;
    qint64 sizeA = 0, sizeB = 0;
    return QFileInfo(a).size() == QFileInfo(b).size() && sha256OfFile(a, &digestA, &sizeA) &&
           sha256OfFile(b, &digestB, &sizeB) && digestA == digestB;
}

BilingualText copyError(const QString &name, const BilingualText &cause)
{
    return {QStringLiteral("无法把文件“%1”复制到申请的文件夹：%2").arg(name, cause.zh),
            QStringLiteral("Could not copy “%1” into the application's folder: %2").arg(name, cause.en)};
}

} // namespace

QString copyIntoFolder(const QString &source, const QString &folder, BilingualText *error)
{
    const QFileInfo info(source);
    QString name = safeFileName(info.fileName());
    if (name.isEmpty())
        name = QStringLiteral("document");
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = copyError(name, fileSystemError(EACCES));
        return {};
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    // A unique name: "scan.pdf", "scan (2).pdf", …; the same content under a taken name is reused.
    const QString stem = info.completeBaseName().isEmpty() ? name : safeFileName(info.completeBaseName());
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    QString target = folder + QLatin1Char('/') + name;
    for (int n = 2; QFileInfo::exists(target) || QFileInfo(target).isSymLink(); ++n) {
        if (QFileInfo(target).isFile() && !QFileInfo(target).isSymLink() && sameContent(source, target))
            return target;
        target = folder + QLatin1Char('/') + QStringLiteral("%1 (%2)%3").arg(stem).arg(n).arg(suffix);
    }

    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = copyError(name, fileSystemError(EACCES));
        return {};
    }
    AtomicFile out(target);
    if (!out.open(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error = copyError(name, out.error());
        return {};
    }
    QByteArray block(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 got = in.read(block.data(), block.size());
        if (got < 0) {
            if (error)
                *error = copyError(name, fileSystemError(EIO));
            return {};
        }
        if (got == 0)
            break;
        if (!out.write(block.constData(), got)) {
            if (error)
                *error = copyError(name, out.error());
            return {};
        }
    }
    if (!out.commit()) {
        if (error)
            *error = copyError(name, out.error());
        return {};
    }
    return target;
}

} // namespace nbapply::gui
