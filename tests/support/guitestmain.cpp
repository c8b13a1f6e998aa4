// GoogleTest main for widget tests: a QApplication, offscreen unless told otherwise, with the
// settings, data, cache and state folders redirected to a folder of this process alone, so tests never
// touch the user's drafts, recovery files or recent-file list, and tests running in parallel (ctest -j,
// one process per test) never see each other's recovery files or settings.
#include "scan/scancheck.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <unistd.h>

namespace
{

void defaultEnv(const char *name, const QByteArray &value)
{
    if (!qEnvironmentVariableIsSet(name))
        qputenv(name, value);
}

} // namespace

int main(int argc, char **argv)
{
    // gtest_discover_tests runs this binary at build time without the test environment.
    defaultEnv("QT_QPA_PLATFORM", "offscreen");
    if (::geteuid() == 0)
        defaultEnv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    defaultEnv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu");
    QTemporaryDir runtime(QDir::tempPath() + QStringLiteral("/nbapply-test-runtime-XXXXXX"));
    if (runtime.isValid()) {
        QFile::setPermissions(runtime.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    }
    // QStandardPaths test mode is not enough: it puts every process under the same ~/.qttest, where
    // a test that clears its recovery folder takes a parallel test's files. XDG_* per process instead
    // (test mode would ignore them).
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/nbapply-test-home-XXXXXX"));
    if (!home.isValid())
        return 2;
    for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString folder = home.filePath(QString::fromLatin1(name).mid(4).toLower());
        QDir().mkpath(folder);
        qputenv(name, QFile::encodeName(folder));
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("nbapply-tests"));
    QApplication::setOrganizationName(QStringLiteral("nbapply-tests"));
    // As nbapply-gui does at start-up: the wizard's checks include the scan checks.
    nbapply::installScanChecks();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
