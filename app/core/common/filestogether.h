#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QList>
#include <QString>

namespace nbapply
{

struct FileToWrite {
    QString path;
    QByteArray bytes;
};

// Writes several files as one unit: each goes to a temporary file beside its target first (QSaveFile,
// with the full-disk check of writeFileAtomically), and only when every one of them is complete are
// they renamed into place. On any failure nothing new is left behind: temporary files are removed, and
// a file already renamed into place is removed again (a file it replaced is then gone too; that needs
// a failing rename within the same folder after a successful one). `failedPath` names the file that
// failed, `errorString` why.
bool writeFilesTogether(const QList<FileToWrite> &files, QFileDevice::Permissions permissions,
                        QString *failedPath, QString *errorString);

} // namespace nbapply
