#pragma once

#include <QString>

// Where the sources and the build tree are, for tests that read examples or run the built programs.
namespace nbapply::test
{

inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(NBAPPLY_SOURCE_DIR "/") + relative;
}

inline QString binaryPath(const QString &relative)
{
    return QStringLiteral(NBAPPLY_BINARY_DIR "/") + relative;
}

} // namespace nbapply::test
