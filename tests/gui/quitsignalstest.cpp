// The real nbapply-gui, opening a received package given on its command line, ended the way a desktop
// ends programs: SIGTERM (logout), SIGINT (Ctrl+C), SIGHUP (terminal closed) remove the documents it
// extracted; what a killed (-9) instance left is swept by the next start, and a running instance's
// folder never is.
#include "draft/draftfile.h"
#include "export/checkloaded.h"
#include "form/formdefinition.h"
#include "received/package.h"
#include "received/receivedfile.h"
#include "testpaths.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <gtest/gtest.h>
#include <memory>

using namespace nbapply;

namespace
{

// A machine shared with other builds may take a while to start a Qt program.
constexpr int kStartMs = 60000;

// An isolated user: its own temporary, data, settings and runtime folders, and a package to open.
struct GuiUser {
    GuiUser()
    {
        for (const char *name : {"tmp", "home", "data", "config", "cache", "state", "runtime"})
            QDir().mkpath(root.filePath(QString::fromLatin1(name)));
        QFile::setPermissions(root.filePath(QStringLiteral("runtime")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const DraftLoadResult loaded =
            loadDraftFile(nbapply::test::sourcePath(QStringLiteral("examples/company.nbapply.json")));
        BilingualText error;
        packageWritten =
            loaded.ok() &&
            writePackage(checkLoadedApplication(FormDefinition::builtin(), loaded), package, &error);
    }

    QString temp() const { return root.filePath(QStringLiteral("tmp")); }

    std::unique_ptr<QProcess> start(const QString &file) const
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
        env.insert(QStringLiteral("TMPDIR"), temp());
        env.insert(QStringLiteral("HOME"), root.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), root.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), root.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root.filePath(QStringLiteral("runtime")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        process->setProcessEnvironment(env);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(nbapply::test::binaryPath(QStringLiteral("app/cli/nbapply-gui")),
                       file.isEmpty() ? QStringList{} : QStringList{file});
        return process;
    }

    // The extraction folder of `pid`, once its session has taken it over (its list of extracted files
    // is written): empty if that does not happen in time.
    QString waitForFolder(qint64 pid) const
    {
        const QString prefix = QStringLiteral("nbapply-received-%1-").arg(pid);
        QDeadlineTimer deadline(kStartMs);
        while (!deadline.hasExpired()) {
            for (const QString &name : QDir(temp()).entryList({prefix + QLatin1Char('*')}, QDir::Dirs))
                if (QFile::exists(QDir(temp()).filePath(name + QStringLiteral("/.nbapply-own-files.json"))))
                    return QDir(temp()).filePath(name);
            QThread::msleep(50);
        }
        return {};
    }

    QTemporaryDir root;
    QString package = root.filePath(QStringLiteral("home/from-colleague.nbapply.zip"));
    bool packageWritten = false;
};

class QuitSignals : public ::testing::TestWithParam<int>
{
};

} // namespace

TEST_P(QuitSignals, RemoveTheExtractedDocuments)
{
    GuiUser user;
    ASSERT_TRUE(user.packageWritten);
    const std::unique_ptr<QProcess> gui = user.start(user.package);
    ASSERT_TRUE(gui->waitForStarted(kStartMs));
    const QString folder = user.waitForFolder(gui->processId());
    ASSERT_FALSE(folder.isEmpty());
    ASSERT_FALSE(QDir(folder).isEmpty());

    ASSERT_EQ(::kill(pid_t(gui->processId()), GetParam()), 0);
    ASSERT_TRUE(gui->waitForFinished(kStartMs));
    // It ended by itself (not by the signal's default action), after its destructors ran.
    EXPECT_EQ(gui->exitStatus(), QProcess::NormalExit);
    EXPECT_FALSE(QFileInfo::exists(folder));
    EXPECT_TRUE(QDir(user.temp()).entryList({QStringLiteral("nbapply-received-*")}, QDir::Dirs).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(TermIntHup, QuitSignals, ::testing::Values(SIGTERM, SIGINT, SIGHUP));

TEST(QuitSignalsSweep, TheNextStartSweepsAKilledInstancesFolderButNotARunningOnes)
{
    GuiUser user;
    ASSERT_TRUE(user.packageWritten);
    const std::unique_ptr<QProcess> running = user.start(user.package);
    ASSERT_TRUE(running->waitForStarted(kStartMs));
    const QString runningFolder = user.waitForFolder(running->processId());
    ASSERT_FALSE(runningFolder.isEmpty());

    const std::unique_ptr<QProcess> killed = user.start(user.package);
    ASSERT_TRUE(killed->waitForStarted(kStartMs));
    const QString killedFolder = user.waitForFolder(killed->processId());
    ASSERT_FALSE(killedFolder.isEmpty());
    killed->kill(); // SIGKILL: no destructor runs
    ASSERT_TRUE(killed->waitForFinished(kStartMs));
    ASSERT_TRUE(QFileInfo(killedFolder).isDir());

    // The next start (here without a file) sweeps it before anything else.
    const std::unique_ptr<QProcess> next = user.start(QString());
    ASSERT_TRUE(next->waitForStarted(kStartMs));
    QDeadlineTimer deadline(kStartMs);
    while (QFileInfo::exists(killedFolder) && !deadline.hasExpired())
        QThread::msleep(50);
    EXPECT_FALSE(QFileInfo::exists(killedFolder));
    // The running instance's documents are still there.
    EXPECT_TRUE(QFileInfo(runningFolder).isDir());
    EXPECT_FALSE(QDir(runningFolder).isEmpty());

    for (QProcess *gui : {next.get(), running.get()}) {
        gui->terminate();
        EXPECT_TRUE(gui->waitForFinished(kStartMs));
    }
    EXPECT_FALSE(QFileInfo::exists(runningFolder));
}
