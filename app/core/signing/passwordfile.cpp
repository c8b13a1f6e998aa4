#include "passwordfile.h"

#include <QFile>

#include <cstdio>

namespace nbapply::signing
{

namespace
{

// A password is short; a longer "first line" is not one (and is not read into memory whole).
constexpr qint64 kMaxLine = 4096;

QByteArray firstLine(QFile &file)
{
    QByteArray line = file.readLine(kMaxLine);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

std::optional<QByteArray> readPasswordFile(const QString &path, BilingualText *error)
{
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        if (error)
            *error = {QStringLiteral("无法读取密码文件 %1").arg(path),
                      QStringLiteral("The password file %1 cannot be read").arg(path)};
        return std::nullopt;
    }
    return firstLine(file);
}

} // namespace nbapply::signing
