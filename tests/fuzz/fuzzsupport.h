#pragma once

// Shared by the libFuzzer targets: a QCoreApplication for the Qt parts that expect one, and a check
// that, unlike assert(), stays in release builds and stops the fuzzer at the first broken promise.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define NBAPPLY_FUZZ_CHECK(condition)                                                                        \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "nbapply fuzz check failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

namespace nbapply::fuzz
{

inline void initialiseQt(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace nbapply::fuzz
