#include "filestogether.h"

#include <QFile>
#include <QSaveFile>

#include <memory>
#include <vector>

namespace nbapply
{

bool writeFilesTogether(const QList<FileToWrite> &files, QFileDevice::Permissions permissions,
                        QString *failedPath, QString *errorString)
{
    std::vector<std::unique_ptr<QSaveFile>> pending;
    auto fail = [&](const QString &path, const QString &reason) {
        for (const auto &file : pending)
            file->cancelWriting(); // the temporary file is removed when the QSaveFile goes
        *failedPath = path;
        *errorString = reason;
        return false;
    };
    for (const FileToWrite &target : files) {
        auto file = std::make_unique<QSaveFile>(target.path);
        if (!file->open(QIODevice::WriteOnly))
            return fail(target.path, file->errorString());
        file->setPermissions(permissions);
        // Qt 6.4's commit() renames a truncated file when the disk is full: check the write first.
        const bool written = file->write(target.bytes) == target.bytes.size() && file->flush() &&
                             file->error() == QFileDevice::NoError && file->size() == target.bytes.size();
        if (!written) {
            const QString reason = file->errorString();
            pending.push_back(std::move(file));
            return fail(target.path, reason);
        }
        pending.push_back(std::move(file));
    }
    QStringList committed;
    for (std::size_t i = 0; i < pending.size(); ++i) {
        if (!pending[i]->commit()) {
            const QString reason = pending[i]->errorString();
            for (const QString &path : std::as_const(committed))
                QFile::remove(path);
            for (std::size_t j = i + 1; j < pending.size(); ++j)
                pending[j]->cancelWriting();
            *failedPath = files.at(qsizetype(i)).path;
            *errorString = reason;
            return false;
        }
        committed << files.at(qsizetype(i)).path;
    }
    return true;
}

} // namespace nbapply
