#include "autosaver.h"

#include "draft/draftfile.h"
#include "draftsession.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace nbapply::gui
{

namespace
{

QString recoveryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString originFilePath()
{
    return recoveryFolder() + QStringLiteral("/draft.origin");
}

// The folder holds personal data: owner-only, also when it existed with looser permissions.
bool ensurePrivateFolder()
{
    const QString folder = recoveryFolder();
    if (!QDir().mkpath(folder))
        return false;
    return QFile::setPermissions(folder,
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace

Autosaver::Autosaver(DraftSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::write);
    connect(session, &DraftSession::changed, this, &Autosaver::schedule);
    connect(session, &DraftSession::savedOrDiscarded, this, [this] {
        m_timer.stop();
        removeRecovery();
    });
}

QString Autosaver::recoveryFilePath()
{
    return recoveryFolder() + QStringLiteral("/draft.nbapply.json");
}

bool Autosaver::hasRecovery()
{
    return QFile::exists(recoveryFilePath());
}

std::optional<Recovery> Autosaver::readRecovery()
{
    if (!hasRecovery())
        return std::nullopt;
    DraftLoadResult result = loadDraftFile(recoveryFilePath());
    if (!result.ok())
        return std::nullopt;
    QString origin;
    QFile originFile(originFilePath());
    if (originFile.open(QIODevice::ReadOnly))
        origin = QString::fromUtf8(originFile.readAll());
    return Recovery{*result.draft, origin};
}

void Autosaver::removeRecovery()
{
    QFile::remove(recoveryFilePath());
    QFile::remove(originFilePath());
}

void Autosaver::flush()
{
    if (m_timer.isActive()) {
        m_timer.stop();
        write();
    }
}

void Autosaver::schedule()
{
    if (m_session->isDirty())
        m_timer.start();
}

void Autosaver::write()
{
    if (!m_session->isDirty() || !ensurePrivateFolder())
        return;
    // The origin first: a recovery file is never paired with a stale origin from an earlier draft.
    QSaveFile origin(originFilePath());
    if (origin.open(QIODevice::WriteOnly)) {
        origin.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        origin.write(m_session->filePath().toUtf8());
        origin.commit();
    }
    if (saveDraftFile(m_session->draft(), recoveryFilePath()).ok)
        emit recoveryWritten();
}

} // namespace nbapply::gui
