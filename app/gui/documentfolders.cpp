#include "documentfolders.h"

#include "draft/draftfile.h"
#include "ownfiles.h"
#include "received/receivedfile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSet>

namespace nbapply::gui
{

namespace
{

const QString kRecoverySuffix = QStringLiteral(".nbapply.json");
const QString kFolderSuffix = QStringLiteral(".documents");
// What nbapply up to this version named the folder (a QTemporaryDir pattern): no session in the name.
const QString kLegacyPrefix = QStringLiteral("documents-");

bool isSessionFolder(const QString &name)
{
    return name.startsWith(QStringLiteral("session-")) && name.endsWith(kFolderSuffix);
}

// The private document folder under `recoveryFolder` that `path` lies in, or empty.
QString documentFolderOf(const QString &path, const QString &recoveryFolder)
{
    const QString prefix = QDir::cleanPath(recoveryFolder) + QLatin1Char('/');
    const QString clean = QDir::cleanPath(path);
    if (!clean.startsWith(prefix))
        return {};
    const QString name = clean.mid(prefix.size()).section(QLatin1Char('/'), 0, 0);
    if (name == clean.mid(prefix.size())) // a file directly in the recovery folder
        return {};
    if (!isSessionFolder(name) && !name.startsWith(kLegacyPrefix))
        return {};
    return prefix + name;
}

QStringList foldersReferencedBy(const QString &recoveryPath, const QString &recoveryFolder)
{
    QStringList folders;
    const DraftLoadResult loaded = loadDraftFile(recoveryPath);
    if (!loaded.ok())
        return folders;
    for (const DocumentRef &document : loaded.draft->documents()) {
        const QString folder = documentFolderOf(document.path, recoveryFolder);
        if (!folder.isEmpty() && !folders.contains(folder))
            folders << folder;
    }
    return folders;
}

// A session-named folder's owner is running while its lock cannot be taken (a killed process's lock is
// stale and can be taken: taking and releasing it removes it, as the recovery sweep does).
bool ownerIsRunning(const QString &folder)
{
    const QString name = QFileInfo(folder).fileName();
    if (!isSessionFolder(name))
        return false;
    const QString recovery = QFileInfo(folder).path() + QLatin1Char('/') +
                             name.left(name.size() - kFolderSuffix.size()) + kRecoverySuffix;
    QLockFile lock(recovery + QStringLiteral(".lock"));
    if (!lock.tryLock(0))
        return true;
    lock.unlock();
    return false;
}

} // namespace

QString privateDocumentFolderOf(const QString &path, const QString &recoveryFolder)
{
    return documentFolderOf(path, recoveryFolder);
}

QString documentFolderForRecovery(const QString &recoveryPath)
{
    QString base = recoveryPath;
    if (base.endsWith(kRecoverySuffix))
        base.chop(kRecoverySuffix.size());
    return base + kFolderSuffix;
}

QStringList documentFoldersOfRecovery(const QString &recoveryPath)
{
    QStringList folders = foldersReferencedBy(recoveryPath, QFileInfo(recoveryPath).path());
    const QString own = QDir::cleanPath(documentFolderForRecovery(recoveryPath));
    if (!folders.contains(own))
        folders << own;
    return folders;
}

QStringList documentFoldersIn(const QString &recoveryFolder)
{
    const QDir folder(recoveryFolder);
    QStringList out;
    for (const QString &name : folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden))
        if (isSessionFolder(name) || name.startsWith(kLegacyPrefix))
            out << QDir::cleanPath(folder.filePath(name));
    return out;
}

QStringList removeUnneededDocumentFolders(const QString &recoveryFolder, const QStringList &candidates,
                                          const QString &keep, bool ownerIsGone)
{
    QStringList removed;
    if (candidates.isEmpty())
        return removed;
    // Every recovery file counts, a running session's too: its draft refers to the copies it needs, also
    // those in the folder of a session it recovered.
    QSet<QString> referenced;
    const QDir folder(recoveryFolder);
    for (const QString &name : folder.entryList({QStringLiteral("*") + kRecoverySuffix}, QDir::Files))
        for (const QString &used : foldersReferencedBy(folder.filePath(name), recoveryFolder))
            referenced.insert(used);
    const QDateTime dayAgo = QDateTime::currentDateTime().addDays(-1);
    for (const QString &candidate : candidates) {
        const QString path = QDir::cleanPath(candidate);
        const QFileInfo info(path);
        // A link in its place is never followed: removing "its" contents would delete the files of a
        // folder nbapply never made.
        if (info.isSymLink() || !info.isDir() || path == QDir::cleanPath(keep) || referenced.contains(path))
            continue;
        if (documentFolderOf(path + QStringLiteral("/x"), recoveryFolder) != path)
            continue; // not a private document folder of this recovery folder
        if (isSessionFolder(info.fileName()) ? ownerIsRunning(path)
                                             : !ownerIsGone && info.lastModified() > dayAgo)
            continue;
        // Only the copies nbapply listed in it (ownfiles.h): a file the user saved there stays, with the
        // folder. A folder of an earlier nbapply, without a list, goes whole.
        if (removeOwnFiles(path))
            removed << path;
    }
    return removed;
}

} // namespace nbapply::gui
