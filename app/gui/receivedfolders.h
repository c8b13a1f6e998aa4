#pragma once

#include "ownfiles.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace nbapply::gui
{

// The private folder a received package's or e-mail's documents were extracted to (loadReceivedFile:
// "nbapply-received-<pid>-XXXXXX" in the temporary folder, 0700). nbapply owns the files it extracted
// there, and nothing else (ownfiles.h). docs/security.md, "Received files' extracted documents".

// Takes over a received file's extraction folder for a session: turns off its removal as a whole, makes
// every extracted file owner-only (0600), and lists the extracted files, in memory and in the folder
// (for the start-up sweep, should this process be killed). The destructor removes the listed files,
// then the folder if nothing else is left in it.
class ExtractedFolder
{
  public:
    explicit ExtractedFolder(std::shared_ptr<QTemporaryDir> folder);
    ~ExtractedFolder();
    ExtractedFolder(const ExtractedFolder &) = delete;
    ExtractedFolder &operator=(const ExtractedFolder &) = delete;

    QString path() const { return m_path; }

  private:
    std::shared_ptr<QTemporaryDir> m_folder;
    QString m_path;
    QList<OwnFile> m_files;
};

// The start-up sweep: extraction folders in `tempFolder` (QDir::tempPath()) of this user whose process is
// gone (its pid is in the folder's name: a running instance's folder is never touched). A folder loses
// what its list names (removeOwnFiles); one without a list (its process died before a session took it
// over, or it was the command line's) holds only what was extracted and goes whole. A link in a
// folder's place is never followed. Returns the folders removed.
QStringList sweepReceivedFolders(const QString &tempFolder);

} // namespace nbapply::gui
