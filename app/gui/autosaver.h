#pragma once

#include "draft/draft.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace nbapply::gui
{

class DraftSession;

// What a recovery file holds: the unsaved draft and the file it was being edited as (if any).
struct Recovery {
    Draft draft;
    QString originalPath;
};

// Writes every change of a DraftSession to a recovery file within kDelayMs, so that nothing typed
// is lost when the process is killed. The file lives in QStandardPaths::AppDataLocation (folder
// 0700, file 0600) and is removed after an explicit save or a discard. Nothing is written while the
// session is clean.
class Autosaver : public QObject
{
    Q_OBJECT
  public:
    static constexpr int kDelayMs = 1000;

    explicit Autosaver(DraftSession *session, QObject *parent = nullptr);

    // <AppDataLocation>/recovery/draft.nbapply.json (and its sidecar with the original path).
    static QString recoveryFilePath();
    static bool hasRecovery();
    // The recovered draft, or nothing when there is no readable recovery file.
    static std::optional<Recovery> readRecovery();
    static void removeRecovery();

    // Writes now if a write is pending (used before a deliberate quit and by tests).
    void flush();

  signals:
    void recoveryWritten();

  private:
    void schedule();
    void write();

    DraftSession *m_session;
    QTimer m_timer;
};

} // namespace nbapply::gui
