#pragma once

#include "draft/draft.h"

#include <QLockFile>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

namespace nbapply::gui
{

class DraftSession;

// What a recovery file holds: the unsaved draft, the file it was being edited as (if any) and the
// wizard page the user was on ("applicant", "documents", "review"…; empty when not known).
struct Recovery {
    Draft draft;
    QString originalPath;
    QString page;
};

// Writes every change of a DraftSession to a recovery file kDelayMs after the typing pauses, and at
// the latest kMaxDelayMs after the first change not yet written, so that nothing typed is lost when
// the process is killed, also while the user types without a pause. Files live in recoveryFolder() (folder
// 0700, files 0600), one per running session, each guarded by a lock file: a file whose lock is not held
// belongs to a session that ended without saving (a crash, a kill) and is offered for recovery at the next
// start. A session's file is removed after an explicit save or a discard, never on destruction; a
// recovered or discarded session's recovery file, origin and lock are all removed, and at start-up the
// locks and origins that killed sessions left without a recovery file are swept away. The session's
// private document folder (documentfolders.h) is named after its recovery file and guarded by the same
// lock; a discarded recovery takes its document folders along, and at start-up the folders that no
// recovery refers to and no running session owns are removed.
class Autosaver : public QObject
{
    Q_OBJECT
  public:
    static constexpr int kDelayMs = 500;
    static constexpr int kMaxDelayMs = 1500;

    explicit Autosaver(DraftSession *session, QObject *parent = nullptr);
    ~Autosaver() override;

    // <GenericDataLocation>/<application name>/recovery: ~/.local/share/nbapply/recovery.
    static QString recoveryFolder();
    // Where versions up to 2026-12 kept the files: <AppDataLocation>/recovery,
    // ~/.local/share/nbapply/nbapply/recovery.
    static QString legacyRecoveryFolder();
    // Moves the old folder's files (recovery files, origins, locks, document folders) into `current`,
    // rewriting the document paths in the recovery files; never replaces a file, and leaves everything
    // when a session of an older nbapply still runs there. Removes the old folder once empty. True
    // when nothing is left to move.
    static bool migrateRecoveryFolder(const QString &legacy, const QString &current);
    // This session's recovery file (it exists only while there are unsaved changes).
    QString filePath() const { return m_path; }

    // Recovery files of sessions that are gone, newest first.
    QStringList pendingRecoveries() const;
    bool hasPendingRecovery() const { return !pendingRecoveries().isEmpty(); }
    static std::optional<Recovery> readRecovery(const QString &path);
    // Loads the newest pending recovery into the session (dirty, with its original file path), writes
    // it to this session's file at once and only then deletes the old one. False when none is readable.
    bool recoverNewest();
    // The user does not want the pending recoveries: delete them.
    void discardPending();

    // Writes now if a write is pending (before a deliberate quit, and in tests).
    void flush();

    // The wizard page shown (a stable name, not a number: "applicant", "documents", "export"), kept
    // with the recovery so that a recovered draft opens where the user was. Written at once when a
    // recovery file exists; after recoverNewest() it is the recovered draft's page.
    void setCurrentPage(const QString &page);
    QString currentPage() const { return m_page; }

  signals:
    void recoveryWritten();

  private:
    void schedule();
    void write();
    void removeOwnFile();
    void lockSession();
    bool writeOrigin();

    DraftSession *m_session;
    // m_timer waits for a pause in the typing; m_deadline, started by the first change after a write,
    // bounds the wait for someone who never pauses.
    QTimer m_timer;
    QTimer m_deadline;
    QString m_page;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace nbapply::gui
