// GoogleTest main for widget tests: a QApplication, offscreen unless told otherwise, with the
// settings and data folders redirected (QStandardPaths test mode) so tests never touch the user's
// drafts, recovery files or recent-file list.
#include <QApplication>
#include <QDir>
#include <QStandardPaths>
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
    QStandardPaths::setTestModeEnabled(true);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("nbapply-tests"));
    QApplication::setOrganizationName(QStringLiteral("nbapply-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
