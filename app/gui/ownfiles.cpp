#include "ownfiles.h"

#include "common/atomicwrite.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <sys/stat.h>
#include <unistd.h>

namespace nbapply::gui
{

namespace
{

const QString kListKey = QStringLiteral("nbapplyOwnFiles");

bool lstatOf(const QString &path, struct stat *info)
{
    return ::lstat(QFile::encodeName(path).constData(), info) == 0;
}

qint64 modifiedMs(const struct stat &info)
{
    return qint64(info.st_mtim.tv_sec) * 1000 + info.st_mtim.tv_nsec / 1000000;
}

// `relative` as a path inside `root` whose every folder is a real folder (no link on the way), or empty.
QString insideWithoutLinks(const QString &root, const QString &relative)
{
    const QString clean = QDir::cleanPath(relative);
    if (clean.isEmpty() || QDir::isAbsolutePath(clean) || clean == u"." || clean == u".." ||
        clean.startsWith(QStringLiteral("../")))
        return {};
    QString path = root;
    const QStringList parts = clean.split(QLatin1Char('/'));
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        path += QLatin1Char('/') + parts[i];
        struct stat info {
        };
        if (!lstatOf(path, &info) || !S_ISDIR(info.st_mode))
            return {};
    }
    return path + QLatin1Char('/') + parts.constLast();
}

std::optional<QList<OwnFile>> parseList(const QByteArray &bytes)
{
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    if (!root.value(kListKey).isArray())
        return std::nullopt;
    QList<OwnFile> files;
    for (const QJsonValue &value : root.value(kListKey).toArray()) {
        const QJsonObject object = value.toObject();
        OwnFile file;
        file.path = object.value(QStringLiteral("path")).toString();
        file.isFolder = object.value(QStringLiteral("folder")).toBool();
        file.size = qint64(object.value(QStringLiteral("size")).toDouble(-1));
        file.modified = qint64(object.value(QStringLiteral("modified")).toDouble(-1));
        files << file;
    }
    return files;
}

} // namespace

QString ownFilesListName()
{
    return QStringLiteral(".nbapply-own-files.json");
}

std::optional<OwnFile> ownFileAt(const QString &folder, const QString &path)
{
    struct stat info {
    };
    if (!lstatOf(path, &info))
        return std::nullopt;
    OwnFile file;
    file.path = QDir(folder).relativeFilePath(path);
    if (S_ISDIR(info.st_mode)) {
        file.isFolder = true;
    } else if (S_ISREG(info.st_mode)) {
        file.size = qint64(info.st_size);
        file.modified = modifiedMs(info);
    } else {
        return std::nullopt; // nothing nbapply makes
    }
    return file;
}

QList<OwnFile> ownFilesNow(const QString &folder)
{
    QList<OwnFile> files;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories); // no FollowSymlinks: a link is never entered
    while (it.hasNext()) {
        const QString path = it.next();
        std::optional<OwnFile> file = ownFileAt(folder, path);
        if (!file || file->path == ownFilesListName())
            continue;
        // Personal data: owner-only, whatever the umask gave the file when it was written (chmod does
        // not change the modification time the list records).
        ::chmod(QFile::encodeName(path).constData(), file->isFolder ? S_IRWXU : S_IRUSR | S_IWUSR);
        files << *file;
    }
    return files;
}

bool writeOwnFilesList(const QString &folder, const QList<OwnFile> &files)
{
    const QString path = folder + QLatin1Char('/') + ownFilesListName();
    struct stat info {
    };
    if (lstatOf(path, &info) && !readOwnFilesList(folder))
        return false; // a document took the name
    QJsonArray list;
    for (const OwnFile &file : files) {
        QJsonObject object{{QStringLiteral("path"), file.path}};
        if (file.isFolder) {
            object.insert(QStringLiteral("folder"), true);
        } else {
            object.insert(QStringLiteral("size"), file.size);
            object.insert(QStringLiteral("modified"), file.modified);
        }
        list.append(object);
    }
    QString ignored;
    return writeFileAtomically(path,
                               QJsonDocument(QJsonObject{{kListKey, list}}).toJson(QJsonDocument::Compact),
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner, &ignored);
}

std::optional<QList<OwnFile>> readOwnFilesList(const QString &folder)
{
    const QString path = folder + QLatin1Char('/') + ownFilesListName();
    struct stat info {
    };
    if (!lstatOf(path, &info) || !S_ISREG(info.st_mode) || info.st_size > 16 * 1024 * 1024)
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return parseList(file.readAll());
}

bool removeOwnFiles(const QString &folder, const QList<OwnFile> &files)
{
    const QString root = QDir::cleanPath(folder);
    struct stat rootInfo {
    };
    if (!lstatOf(root, &rootInfo))
        return true;
    if (!S_ISDIR(rootInfo.st_mode))
        return false;
    QStringList folders;
    for (const OwnFile &file : files) {
        const QString path = insideWithoutLinks(root, file.path);
        if (path.isEmpty() || file.path == ownFilesListName())
            continue;
        if (file.isFolder) {
            folders << path;
            continue;
        }
        const std::optional<OwnFile> now = ownFileAt(root, path);
        if (now && !now->isFolder && now->size == file.size && now->modified == file.modified)
            QFile::remove(path);
    }
    // Deepest first; rmdir removes only an empty folder (and never a link).
    std::sort(folders.begin(), folders.end(),
              [](const QString &a, const QString &b) { return a.count(u'/') > b.count(u'/'); });
    for (const QString &path : std::as_const(folders))
        ::rmdir(QFile::encodeName(path).constData());
    const QStringList left =
        QDir(root).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    if (left.isEmpty() || left == QStringList{ownFilesListName()}) {
        QFile::remove(root + QLatin1Char('/') + ownFilesListName());
        return ::rmdir(QFile::encodeName(root).constData()) == 0;
    }
    return false; // the user's files stay, with the folder and the list (a later sweep leaves them too)
}

bool removeOwnFiles(const QString &folder)
{
    struct stat info {
    };
    const QString root = QDir::cleanPath(folder);
    if (!lstatOf(root, &info))
        return true;
    if (!S_ISDIR(info.st_mode))
        return false; // a link in the folder's place: never followed
    if (const std::optional<QList<OwnFile>> files = readOwnFilesList(root))
        return removeOwnFiles(root, *files);
    return QDir(root).removeRecursively(); // removes links inside as links
}

} // namespace nbapply::gui
