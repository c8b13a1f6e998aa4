#include "atomicwrite.h"

#include <QSaveFile>

namespace nbapply
{

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions,
                         QString *errorString)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *errorString = file.errorString();
        return false;
    }
    file.setPermissions(permissions);
    const bool written = file.write(bytes) == bytes.size() && file.flush() &&
                         file.error() == QFileDevice::NoError && file.size() == bytes.size();
    if (!written) {
        *errorString = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *errorString = file.errorString();
        return false;
    }
    return true;
}

} // namespace nbapply
