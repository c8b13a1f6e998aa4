#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace nbapply::gui
{

// The files nbapply put into a private folder of its own (the documents extracted from a received
// file, the copies in a draft's staging folder). Only those are ever removed with the folder: a file the
// user saved there (an export into a folder chosen inside it) is not nbapply's, and stays with the
// folder. The list is also kept in the folder (ownFilesListName()), for a later start to clean up after
// a process that was killed.

// One file or folder nbapply made, relative to the folder. A file is only removed while it is still
// what nbapply wrote (same size and modification time): a file written over it is the user's.
struct OwnFile {
    QString path;
    bool isFolder = false;
    qint64 size = 0;
    qint64 modified = 0; // ms since the epoch

    bool operator==(const OwnFile &) const = default;
};

// The name of the list inside the folder.
QString ownFilesListName();

// `path` (a regular file or a real folder inside `folder`) as it is now; nullopt for anything else.
std::optional<OwnFile> ownFileAt(const QString &folder, const QString &path);

// Everything in `folder` now (links are neither entered nor listed), each file made owner-only (0600)
// and each folder 0700 on the way: for a folder nbapply has just filled.
QList<OwnFile> ownFilesNow(const QString &folder);

// Writes the list into `folder` (0600). False if it could not, or if something that is not such a list
// already has its name (a document of that name is left alone; the list then lives in memory only).
bool writeOwnFilesList(const QString &folder, const QList<OwnFile> &files);
// The list in `folder`; nullopt when there is none.
std::optional<QList<OwnFile>> readOwnFilesList(const QString &folder);

// Removes `files` from `folder` (a listed name that is now a link, or lies below one, is left alone),
// then the list and the folder itself if nothing else remains. True when the folder is gone. A link
// (or anything but a folder) in the folder's place is never followed nor removed.
bool removeOwnFiles(const QString &folder, const QList<OwnFile> &files);

// The same, with the list kept in the folder; a folder without one (made by an earlier nbapply) is
// removed whole, links inside it removed as links.
bool removeOwnFiles(const QString &folder);

} // namespace nbapply::gui
