#include "receivedfolders.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <limits>
#include <sys/stat.h>
#include <unistd.h>

namespace nbapply::gui
{

namespace
{

// What privateFolder() (app/core/received/receivedfile.cpp) names the folder: the pid of its process.
const QRegularExpression kFolderName(QStringLiteral("^nbapply-received-([0-9]+)-[A-Za-z0-9]+$"));

bool processIsGone(qint64 pid)
{
    if (pid <= 0 || pid > std::numeric_limits<pid_t>::max() || pid == ::getpid())
        return false; // not a pid nbapply wrote, or this process: leave the folder alone
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

} // namespace

ExtractedFolder::ExtractedFolder(std::shared_ptr<QTemporaryDir> folder) : m_folder(std::move(folder))
{
    if (!m_folder)
        return;
    // From now on the folder is removed file by file, never as a whole.
    m_folder->setAutoRemove(false);
    m_path = QDir::cleanPath(m_folder->path());
    m_files = ownFilesNow(m_path);
    // Without the list in the folder (a document took its name) only a kill's leftovers are handled
    // less carefully: the sweep then removes the folder whole.
    writeOwnFilesList(m_path, m_files);
}

ExtractedFolder::~ExtractedFolder()
{
    if (!m_path.isEmpty())
        removeOwnFiles(m_path, m_files);
}

QStringList sweepReceivedFolders(const QString &tempFolder)
{
    QStringList removed;
    const QDir temp(tempFolder);
    const QStringList names =
        temp.entryList({QStringLiteral("nbapply-received-*")},
                       QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = kFolderName.match(name);
        if (!match.hasMatch())
            continue; // an earlier nbapply's folder names no process
        const QString path = QDir::cleanPath(temp.filePath(name));
        struct stat info {
        };
        // lstat: a link in a folder's place is judged as a link, never followed.
        if (::lstat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISDIR(info.st_mode) ||
            info.st_uid != ::getuid())
            continue;
        if (processIsGone(match.captured(1).toLongLong()) && removeOwnFiles(path))
            removed << path;
    }
    return removed;
}

} // namespace nbapply::gui
