#pragma once

#include <QString>
#include <QStringList>

namespace nbapply::gui
{

// The private folders that hold the documents of drafts never saved (docs/draft-format.md, "Where
// documents live"). Each lies in the recovery folder beside its session's recovery file and lock:
// "session-<time>-<pid>.documents" belongs to "session-<time>-<pid>.nbapply.json", so the session's
// lock says whether the folder's owner is still running. Such a folder outlives a crash on purpose (the
// recovered draft refers to the copies in it); these functions remove it once nothing can need it.

// The private document folder under `recoveryFolder` that `path` lies in ("…/session-…documents",
// "…/documents-XXXXXX"), or empty when it lies in none.
QString privateDocumentFolderOf(const QString &path, const QString &recoveryFolder);

// The private document folder of the session whose recovery file is `recoveryPath`.
QString documentFolderForRecovery(const QString &recoveryPath);

// The private document folders `recoveryPath`'s draft refers to, and the folder of its own session:
// what may go when that recovery is discarded.
QStringList documentFoldersOfRecovery(const QString &recoveryPath);

// Removes those of `candidates` (private document folders in `recoveryFolder`) that nothing needs:
// no recovery file in the folder refers to a document in it, and no running session owns it (its
// session's lock can be taken). `keep` (this session's folder) is never touched. A folder of an earlier
// nbapply ("documents-XXXXXX") names no session: it goes when no recovery refers to it and, unless
// `ownerIsGone`, it was not modified for a day (a running session writes its recovery, which refers to
// the folder, within seconds of copying a document into it). Of a folder only the copies nbapply listed
// in it go (ownfiles.h), then the folder if nothing else is left. Returns the folders removed.
QStringList removeUnneededDocumentFolders(const QString &recoveryFolder, const QStringList &candidates,
                                          const QString &keep, bool ownerIsGone);

// Every private document folder in `recoveryFolder` (the start-up sweep's candidates).
QStringList documentFoldersIn(const QString &recoveryFolder);

} // namespace nbapply::gui
