#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace nbapply
{

// Replaces `path` with `bytes` atomically (QSaveFile): either the whole new content is there or the
// previous file is untouched, never a mix and never a truncated file. `permissions` are applied to the
// temporary file before it replaces the old one (owner-only for anything personal).
//
// Why not QSaveFile alone: in Qt 6.4, when the disk is full (EFBIG/ENOSPC on flush), QSaveFile::commit()
// still returns true and renames a truncated file over the original. We flush and check first.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions,
                         QString *errorString);

} // namespace nbapply
