#include "autosaver.h"

#include "common/atomicwrite.h"
#include "documentfolders.h"
#include "draft/draftfile.h"
#include "draftsession.h"
#include "received/receivedfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace nbapply::gui
{

namespace
{

const QString kSuffix = QStringLiteral(".nbapply.json");

QString originPathFor(const QString &recoveryPath)
{
    return recoveryPath + QStringLiteral(".origin");
}

QString lockPathFor(const QString &recoveryPath)
{
    return recoveryPath + QStringLiteral(".lock");
}

// The folder holds personal data: owner-only, also when it existed with looser permissions.
bool ensurePrivateFolder()
{
    const QString folder = Autosaver::recoveryFolder();
    if (!QDir().mkpath(folder))
        return false;
    return QFile::setPermissions(folder,
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

// Removes a finished session's recovery file, its origin and its lock. Only for sessions that are gone:
// the lock is taken first (a stale lock of a killed process can be taken), so a running session's files
// are never touched. Unlocking deletes the lock file.
void removeRecoveryFiles(const QString &path)
{
    QLockFile lock(lockPathFor(path));
    const bool locked = lock.tryLock(0);
    QFile::remove(path);
    QFile::remove(originPathFor(path));
    if (locked)
        lock.unlock();
}

// What killed sessions leave besides a recovery file: a lock without a recovery file (killed before
// anything was typed), an origin without one (killed between the two writes). Nothing in them can be
// recovered; removed at start-up, when their process is gone.
void removeOrphans(const QString &ownPath)
{
    const QDir folder(Autosaver::recoveryFolder());
    const QStringList leftovers =
        folder.entryList({QStringLiteral("*") + kSuffix + QStringLiteral(".lock"),
                          QStringLiteral("*") + kSuffix + QStringLiteral(".origin")},
                         QDir::Files | QDir::Hidden);
    for (const QString &name : leftovers) {
        const QString recovery = folder.filePath(name.left(name.lastIndexOf(QLatin1Char('.'))));
        if (recovery == ownPath || QFile::exists(recovery))
            continue;
        QLockFile lock(lockPathFor(recovery));
        if (!lock.tryLock(0))
            continue; // a running session, about to write its recovery file
        QFile::remove(originPathFor(recovery));
        lock.unlock();
    }
}

// A path as it appears inside a JSON string (quotes and backslashes escaped), without the quotes.
QByteArray jsonEscaped(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact); // ["…"]
    return array.mid(2, array.size() - 4);
}

// A moved recovery file's document paths still name the old folder: they are rewritten to the new one
// (atomically, owner-only), or the start-up sweep would take the documents for unreferenced.
void retargetDocumentPaths(const QString &recoveryPath, const QString &from, const QString &to)
{
    QFile file(recoveryPath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QByteArray bytes = file.readAll();
    file.close();
    const QByteArray oldPrefix = '"' + jsonEscaped(from + u'/');
    if (!bytes.contains(oldPrefix))
        return;
    bytes.replace(oldPrefix, '"' + jsonEscaped(to + u'/'));
    // On failure the file keeps the old paths: the draft is still recovered, its documents may not be.
    BilingualText reason;
    writeFileAtomically(recoveryPath, bytes, QFileDevice::ReadOwner | QFileDevice::WriteOwner, &reason);
}

// The origin file: {"path": the draft file being edited (empty for a draft never saved), "page": the
// wizard page shown}. Versions up to 2026-12 wrote the path alone, as UTF-8 (never starting with "{":
// it is absolute or empty).
QByteArray originBytes(const QString &path, const QString &page)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("page"), page}})
        .toJson(QJsonDocument::Compact);
}

void readOrigin(const QByteArray &bytes, Recovery *recovery)
{
    if (!bytes.startsWith('{')) {
        recovery->originalPath = QString::fromUtf8(bytes);
        return;
    }
    const QJsonObject origin = QJsonDocument::fromJson(bytes).object();
    recovery->originalPath = origin.value(QStringLiteral("path")).toString();
    recovery->page = origin.value(QStringLiteral("page")).toString();
}

} // namespace

QString Autosaver::legacyRecoveryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

bool Autosaver::migrateRecoveryFolder(const QString &legacy, const QString &current)
{
    QDir from(legacy);
    if (QDir::cleanPath(legacy) == QDir::cleanPath(current) || !from.exists())
        return true;
    // A session of an older nbapply still running holds its lock there: its files stay until a later start.
    const QStringList locks = from.entryList({QStringLiteral("*.lock")}, QDir::Files | QDir::Hidden);
    for (const QString &name : locks) {
        QLockFile lock(from.filePath(name));
        if (!lock.tryLock(0))
            return false;
        lock.unlock();
    }
    if (!QDir().mkpath(current) ||
        !QFile::setPermissions(current,
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return false;
    // Entry by entry (the names are unique: a time, a pid, a random suffix), never over an existing one:
    // what cannot be moved stays where it was, and the old folder with it.
    const QStringList entries = from.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : entries) {
        const QString target = QDir(current).filePath(name);
        if (QFileInfo::exists(target) || !QDir().rename(from.filePath(name), target))
            continue;
        if (name.endsWith(kSuffix))
            retargetDocumentPaths(target, QDir::cleanPath(legacy), QDir::cleanPath(current));
    }
    if (!from.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
        return false;
    from.rmdir(legacy);
    // The doubled application folder (…/nbapply/nbapply) goes too when nothing else is in it.
    QDir().rmdir(QFileInfo(QDir::cleanPath(legacy)).path());
    return true;
}

Autosaver::Autosaver(DraftSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    migrateRecoveryFolder(legacyRecoveryFolder(), recoveryFolder());
    ensurePrivateFolder();
    // The time makes the name unique across processes, the pid across machines' clocks; two windows of
    // one process opened within the same millisecond still get two names (and two document folders).
    static qint64 lastStamp = 0;
    lastStamp = std::max(QDateTime::currentMSecsSinceEpoch(), lastStamp + 1);
    m_path = QStringLiteral("%1/session-%2-%3%4")
                 .arg(recoveryFolder())
                 .arg(lastStamp)
                 .arg(QCoreApplication::applicationPid())
                 .arg(kSuffix);
    removeOrphans(m_path);
    session->setStagingLocation(documentFolderForRecovery(m_path));
    removeUnneededDocumentFolders(recoveryFolder(), documentFoldersIn(recoveryFolder()),
                                  documentFolderForRecovery(m_path), false);

    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(kMaxDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::write);
    connect(&m_deadline, &QTimer::timeout, this, &Autosaver::write);
    connect(session, &DraftSession::changed, this, &Autosaver::schedule);
    connect(session, &DraftSession::stagingFolderNeeded, this, &Autosaver::lockSession);
    connect(session, &DraftSession::savedOrDiscarded, this, [this] {
        m_timer.stop();
        m_deadline.stop();
        removeOwnFile();
    });
}

// Deliberately keeps the recovery file: destruction may be part of a crash-like exit.
Autosaver::~Autosaver() = default;

// Not AppDataLocation: with the organisation and the application both named "nbapply" (QSettings keeps
// its ~/.config/nbapply/nbapply.conf that way) it is …/share/nbapply/nbapply. The data folder is named
// after the application alone: ~/.local/share/nbapply/recovery.
QString Autosaver::recoveryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/' +
           QCoreApplication::applicationName() + QStringLiteral("/recovery");
}

QStringList Autosaver::pendingRecoveries() const
{
    QDir folder(recoveryFolder());
    QFileInfoList files = folder.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Time);
    QStringList result;
    for (const QFileInfo &file : files) {
        const QString path = file.absoluteFilePath();
        if (path == QFileInfo(m_path).absoluteFilePath())
            continue;
        // A lock we can take belongs to no running session (a dead process's lock is stale).
        QLockFile lock(lockPathFor(path));
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        result << path;
    }
    return result;
}

std::optional<Recovery> Autosaver::readRecovery(const QString &path)
{
    DraftLoadResult result = loadDraftFile(path);
    if (!result.ok())
        return std::nullopt;
    Recovery recovery{*result.draft, QString(), QString()};
    QFile originFile(originPathFor(path));
    if (originFile.open(QIODevice::ReadOnly))
        readOrigin(originFile.readAll(), &recovery);
    return recovery;
}

bool Autosaver::recoverNewest()
{
    for (const QString &path : pendingRecoveries()) {
        std::optional<Recovery> recovery = readRecovery(path);
        if (!recovery)
            continue;
        // The folders of the old session's documents: the adopted draft refers to copies in this
        // session's folder (DraftSession::adoptRecovered), so they go with the old recovery.
        const QStringList oldFolders = documentFoldersOfRecovery(path);
        m_session->adoptRecovered(recovery->draft, recovery->originalPath);
        m_page = recovery->page;
        write();
        if (QFile::exists(m_path)) {
            removeRecoveryFiles(path);
            // Kept when the new recovery still refers to one of them (a copy that failed).
            removeUnneededDocumentFolders(recoveryFolder(), oldFolders, documentFolderForRecovery(m_path),
                                          true);
        }
        return true;
    }
    return false;
}

void Autosaver::discardPending()
{
    // The documents of a discarded recovery are not needed by anyone (unless another recovery, or a
    // running session, still refers to the same folder).
    QStringList folders;
    for (const QString &path : pendingRecoveries()) {
        folders << documentFoldersOfRecovery(path);
        removeRecoveryFiles(path);
    }
    folders.removeDuplicates();
    removeUnneededDocumentFolders(recoveryFolder(), folders, documentFolderForRecovery(m_path), true);
}

void Autosaver::flush()
{
    if (m_timer.isActive() || m_deadline.isActive())
        write();
}

void Autosaver::setCurrentPage(const QString &page)
{
    if (page == m_page)
        return;
    m_page = page;
    // Moving to another page changes no field: only the origin is rewritten, and only when there is a
    // recovery for it to go with (the next write takes the page along otherwise).
    if (m_session->isDirty() && QFileInfo::exists(m_path))
        writeOrigin();
}

void Autosaver::schedule()
{
    if (!m_session->isDirty())
        return;
    m_timer.start(); // restarted by every change: waits for a pause
    if (!m_deadline.isActive())
        m_deadline.start(); // not restarted: a write at the latest kMaxDelayMs after the first change
}

bool Autosaver::writeOrigin()
{
    QString ignored; // a missing origin only loses the file name and page shown when recovering
    return writeFileAtomically(originPathFor(m_path), originBytes(m_session->filePath(), m_page),
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner, &ignored);
}

void Autosaver::write()
{
    m_timer.stop();
    m_deadline.stop();
    if (!m_session->isDirty() || !ensurePrivateFolder())
        return;
    // Locked only once there is something to recover: a session that is killed before anything was
    // typed leaves no file at all.
    lockSession();
    // The origin first: the draft file is what marks a recovery, and it never pairs with a stale origin.
    writeOrigin();
    if (saveDraftFile(m_session->draft(), m_path).ok)
        emit recoveryWritten();
}

void Autosaver::lockSession()
{
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(lockPathFor(m_path));
        m_lock->setStaleLockTime(0);
        // QLockFile creates its file as the umask allows (0644): like every file of the session, the
        // lock (it names the process and the host) is owner-only.
        if (m_lock->tryLock(0))
            QFile::setPermissions(lockPathFor(m_path), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

void Autosaver::removeOwnFile()
{
    QFile::remove(m_path);
    QFile::remove(originPathFor(m_path));
    // The lock also says that this session's document folder is in use: kept while the folder is (a
    // document whose copy failed on save still points into it).
    if (!QFileInfo(documentFolderForRecovery(m_path)).isDir())
        m_lock.reset(); // unlocks: the lock file goes too
}

} // namespace nbapply::gui
