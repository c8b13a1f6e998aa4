// Nothing typed is lost: every change reaches an owner-only recovery file within two seconds, and a
// new session after a kill (no clean shutdown) recovers it exactly.
#include "autosaver.h"
#include "draft/draftfile.h"
#include "draftsession.h"
#include "form/formdefinition.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "testpaths.h"
#include "wizard/applicationwizard.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>
#include <memory>

using namespace nbapply;
using namespace nbapply::gui;

namespace
{

// Waits for something that happens by itself (a timer), long enough for a loaded machine.
constexpr int kGenerousWaitMs = 15000;

void clearAppData()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QDir(Autosaver::recoveryFolder()).removeRecursively();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(Autosave, WritesAnOwnerOnlyRecoveryFileByItselfAfterAChange)
{
    clearAppData();
    DraftSession session(FormDefinition::builtin());
    Autosaver autosaver(&session);
    QSignalSpy written(&autosaver, &Autosaver::recoveryWritten);
    // The promise is a write within 2 s of a change: the debounce is shorter, with room for the disk.
    // The wait below is generous so that a loaded CI machine cannot make the test flaky; it is not a
    // timing measurement.
    static_assert(Autosaver::kDelayMs <= 1000 && Autosaver::kMaxDelayMs <= 1500);
    session.setText(QStringLiteral("applicant.name"), QStringLiteral("南山智能"));
    ASSERT_TRUE(written.wait(kGenerousWaitMs));
    const QFileInfo file(autosaver.filePath());
    ASSERT_TRUE(file.exists());
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    EXPECT_TRUE(file.permissions().testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    EXPECT_FALSE(file.permissions() & others);
    EXPECT_FALSE(QFileInfo(Autosaver::recoveryFolder()).permissions() & others);
    // The session's lock (it names the process and the host) and the origin are owner-only too.
    const QFileInfo lock(autosaver.filePath() + QStringLiteral(".lock"));
    ASSERT_TRUE(lock.exists());
    EXPECT_FALSE(lock.permissions() & others);
    EXPECT_FALSE(QFileInfo(autosaver.filePath() + QStringLiteral(".origin")).permissions() & others);
    // What was typed is in it.
    EXPECT_TRUE(Autosaver::readRecovery(autosaver.filePath())->draft == session.draft());
}

TEST(Autosave, AFreshSessionRecoversWhatAKilledOneLeft)
{
    clearAppData();
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("mine.nbapply.json"));
    Draft expected(FormDefinition::builtin());
    {
        auto session = std::make_unique<DraftSession>(FormDefinition::builtin());
        auto autosaver = std::make_unique<Autosaver>(session.get());
        BilingualText error;
        ASSERT_TRUE(session->saveAs(original, &error));
        session->setText(QStringLiteral("applicant.name"), QStringLiteral("王芳"));
        session->setText(QStringLiteral("plan.usage"), QStringLiteral("第一行\n第二行 \u202ERTL"));
        session->setList(QStringLiteral("plan.models"), {QStringLiteral("16b-base")});
        session->setDocuments({{QStringLiteral("other"), QStringLiteral("/tmp/x.pdf")}});
        QSignalSpy written(autosaver.get(), &Autosaver::recoveryWritten);
        ASSERT_TRUE(written.wait(kGenerousWaitMs));
        expected = session->draft();
        // The kill: the objects go away without a save, a discard or a close dialog.
    }
    DraftSession session(FormDefinition::builtin());
    Autosaver autosaver(&session);
    ASSERT_TRUE(autosaver.hasPendingRecovery());
    ASSERT_TRUE(autosaver.recoverNewest());
    EXPECT_EQ(session.draft(), expected);
    EXPECT_TRUE(session.isDirty());
    EXPECT_EQ(session.filePath(), QFileInfo(original).absoluteFilePath());
    // The recovered work now lives in this session's file; the old one is gone.
    EXPECT_FALSE(autosaver.hasPendingRecovery());
    EXPECT_TRUE(QFileInfo::exists(autosaver.filePath()));
    // An explicit save removes the recovery file.
    BilingualText error;
    ASSERT_TRUE(session.save(&error));
    EXPECT_FALSE(QFileInfo::exists(autosaver.filePath()));
}

TEST(Autosave, DiscardingRemovesTheRecoveryAndARunningSessionIsNotOffered)
{
    clearAppData();
    DraftSession first(FormDefinition::builtin());
    Autosaver firstSaver(&first);
    first.setText(QStringLiteral("applicant.name"), QStringLiteral("A"));
    firstSaver.flush();
    ASSERT_TRUE(QFileInfo::exists(firstSaver.filePath()));
    // A second window of a running session must not offer the first one's live file.
    DraftSession second(FormDefinition::builtin());
    Autosaver secondSaver(&second);
    EXPECT_FALSE(secondSaver.hasPendingRecovery());
    first.discardChanges();
    EXPECT_FALSE(QFileInfo::exists(firstSaver.filePath()));
}

TEST(Autosave, TheWindowRecoversIntoTheWizard)
{
    nbapply::test::WindowFixture f;
    MainWindow &window = *f.window;
    {
        DraftSession killed(FormDefinition::builtin());
        Autosaver saver(&killed);
        killed.setText(QStringLiteral("applicant.name"), QStringLiteral("恢复测试有限公司"));
        saver.flush();
    }
    ASSERT_TRUE(window.autosaver()->hasPendingRecovery());
    ASSERT_TRUE(window.recover());
    EXPECT_EQ(window.session()->draft().text(QStringLiteral("applicant.name")),
              QStringLiteral("恢复测试有限公司"));
    auto *row = nbapply::test::rowOf(window, QStringLiteral("applicant.name"));
    ASSERT_NE(row, nullptr);
}

// Someone who types without a pause (a key every 100 ms, shorter than the pause the autosave waits for)
// still has a recovery file within the maximum delay: a kill two seconds into the typing loses at most
// the last keys, not everything. Keys go to the real name field; the file on disk is what is read.
TEST(Autosave, TypingWithoutAPauseReachesTheRecoveryFileWhileTypingGoesOn)
{
    static_assert(Autosaver::kDelayMs > 100, "the keys below must come faster than the pause");
    nbapply::test::WindowFixture f;
    MainWindow &window = *f.window;
    window.newDraft();
    window.wizard()->next();
    ASSERT_EQ(window.wizard()->currentId(), nbapply::test::Applicant);
    const QString path = QStringLiteral("applicant.name");
    ASSERT_TRUE(nbapply::test::typeInto(window, path, QStringLiteral("深")));
    const QString recovery = window.autosaver()->filePath();
    // 60 more keys, one each 100 ms (6 s): far longer than kMaxDelayMs, so only a machine that stalls for
    // seconds could end the typing first (and then the assertion below fails, it never passes wrongly).
    const QString more =
        QStringLiteral("圳市南山区智能科技有限公司第一分公司南北阁许可模型商业使用申请表测试用"
                       "的很长的企业名称继续输入一直不停顿地打字直到六十个字为止好的");
    int typedWhenWritten = -1;
    for (int i = 0; i < more.size() && typedWhenWritten < 0; ++i) {
        nbapply::test::typeText(more.mid(i, 1));
        QTest::qWait(100);
        if (QFileInfo::exists(recovery))
            typedWhenWritten = i + 2;
    }
    ASSERT_GT(typedWhenWritten, 0) << "no recovery file while the typing went on";
    EXPECT_LT(typedWhenWritten, int(more.size()) + 1);
    // What the file holds is what had been typed by then (the name as far as it went).
    const std::optional<Recovery> read = Autosaver::readRecovery(recovery);
    ASSERT_TRUE(read);
    const QString saved = read->draft.text(path);
    EXPECT_FALSE(saved.isEmpty());
    EXPECT_TRUE((QStringLiteral("深") + more).startsWith(saved)) << saved.toStdString();
}

// A recovered draft opens on the page the user was on when the session was killed, not on step 2.
TEST(Autosave, TheRecoveredDraftOpensOnThePageTheUserWasOn)
{
    nbapply::test::WindowFixture f;
    MainWindow &window = *f.window;
    {
        // A complete application (the pages before Plan let the wizard through), changed on Plan.
        DraftSession killed(FormDefinition::builtin());
        Autosaver saver(&killed);
        BilingualText error;
        ASSERT_TRUE(
            killed.open(nbapply::test::sourcePath(QStringLiteral("examples/company.nbapply.json")), &error));
        killed.setText(QStringLiteral("plan.usage"), QStringLiteral("客服问答"));
        saver.setCurrentPage(QStringLiteral("plan"));
        saver.flush();
        ASSERT_EQ(Autosaver::readRecovery(saver.filePath())->page, QStringLiteral("plan"));
        // Moving to another page changes no field, and is still kept with the recovery.
        saver.setCurrentPage(QStringLiteral("representative"));
        EXPECT_EQ(Autosaver::readRecovery(saver.filePath())->page, QStringLiteral("representative"));
        saver.setCurrentPage(QStringLiteral("plan"));
    }
    ASSERT_TRUE(window.recover());
    EXPECT_EQ(window.wizard()->currentId(), nbapply::test::Plan);
    // The window keeps telling its autosaver where the user is: the next recovery opens there too.
    EXPECT_EQ(window.autosaver()->currentPage(), QStringLiteral("plan"));
    window.wizard()->back();
    EXPECT_EQ(window.autosaver()->currentPage(), QStringLiteral("representative"));
    EXPECT_EQ(Autosaver::readRecovery(window.autosaver()->filePath())->page,
              QStringLiteral("representative"));
}

// A recovery written by a version that kept only the draft file's path in the origin still recovers,
// on the first step.
TEST(Autosave, AnOriginWithoutAPageStillRecovers)
{
    nbapply::test::WindowFixture f;
    MainWindow &window = *f.window;
    QString path;
    {
        DraftSession killed(FormDefinition::builtin());
        Autosaver saver(&killed);
        killed.setText(QStringLiteral("applicant.name"), QStringLiteral("旧版本"));
        saver.flush();
        path = saver.filePath();
    }
    writeFile(path + QStringLiteral(".origin"), "/home/someone/draft.nbapply.json");
    ASSERT_EQ(Autosaver::readRecovery(path)->originalPath,
              QStringLiteral("/home/someone/draft.nbapply.json"));
    ASSERT_TRUE(window.recover());
    EXPECT_EQ(window.wizard()->currentId(), nbapply::test::Applicant);
    EXPECT_EQ(window.session()->filePath(), QStringLiteral("/home/someone/draft.nbapply.json"));
}

namespace
{

// What `kill -9` leaves of a session: its files as they were, and a lock naming a process that is gone.
void leaveKilledSession(const QString &recoveryPath, bool withRecovery, bool withOrigin)
{
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("echo $$")});
    ASSERT_TRUE(shell.waitForFinished(kGenerousWaitMs));
    const QByteArray deadPid = shell.readAllStandardOutput().trimmed();
    ASSERT_FALSE(deadPid.isEmpty());
    QDir().mkpath(Autosaver::recoveryFolder());
    QFile lock(recoveryPath + QStringLiteral(".lock"));
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    lock.write(deadPid + "\nnbapply-gui\n" + QSysInfo::machineHostName().toUtf8() + '\n');
    lock.close();
    if (withOrigin) {
        QFile origin(recoveryPath + QStringLiteral(".origin"));
        ASSERT_TRUE(origin.open(QIODevice::WriteOnly));
        origin.write("/home/someone/draft.nbapply.json");
    }
    if (withRecovery) {
        Draft draft(FormDefinition::builtin());
        draft.setText(QStringLiteral("applicant.name"), QStringLiteral("被杀掉的会话"));
        ASSERT_TRUE(saveDraftFile(draft, recoveryPath).ok);
    }
}

QStringList recoveryFolderEntries()
{
    return QDir(Autosaver::recoveryFolder()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

TEST(Autosave, KilledSessionsLeaveNothingOnceRecoveredDiscardedOrEmpty)
{
    clearAppData();
    const QString folder = Autosaver::recoveryFolder();
    // Killed before anything was typed (a lock only), between the two writes (lock and origin), and
    // two killed with unsaved work (all three files each).
    leaveKilledSession(folder + QStringLiteral("/session-1-101.nbapply.json"), false, false);
    leaveKilledSession(folder + QStringLiteral("/session-2-102.nbapply.json"), false, true);
    leaveKilledSession(folder + QStringLiteral("/session-3-103.nbapply.json"), true, true);
    leaveKilledSession(folder + QStringLiteral("/session-4-104.nbapply.json"), true, true);
    {
        DraftSession session(FormDefinition::builtin());
        Autosaver autosaver(&session);
        // Start-up sweeps what cannot be recovered; the two recoveries stay on offer.
        EXPECT_EQ(recoveryFolderEntries(),
                  (QStringList{"session-3-103.nbapply.json", "session-3-103.nbapply.json.lock",
                               "session-3-103.nbapply.json.origin", "session-4-104.nbapply.json",
                               "session-4-104.nbapply.json.lock", "session-4-104.nbapply.json.origin"}))
            << recoveryFolderEntries().join(QStringLiteral(" ")).toStdString();
        ASSERT_EQ(autosaver.pendingRecoveries().size(), 2);
        ASSERT_TRUE(autosaver.recoverNewest());
        // The recovered one is gone with its origin and lock; this session's own files replace it. (The
        // other's stale lock may go too: looking for pending recoveries takes and releases it.)
        const QString own = QFileInfo(autosaver.filePath()).fileName();
        QStringList left = recoveryFolderEntries();
        left.removeAll(own);
        left.removeAll(own + QStringLiteral(".origin"));
        left.removeAll(own + QStringLiteral(".lock"));
        left.removeIf([](const QString &name) { return name.endsWith(QStringLiteral(".lock")); });
        ASSERT_EQ(left.size(), 2) << left.join(QStringLiteral(" ")).toStdString();
        EXPECT_TRUE(left.first().startsWith(QStringLiteral("session-3")) ||
                    left.first().startsWith(QStringLiteral("session-4")));
        autosaver.discardPending();
        left = recoveryFolderEntries();
        left.removeAll(own);
        left.removeAll(own + QStringLiteral(".origin"));
        left.removeAll(own + QStringLiteral(".lock"));
        EXPECT_EQ(left, QStringList()) << left.join(QStringLiteral(" ")).toStdString();
        BilingualText error;
        QTemporaryDir dir;
        ASSERT_TRUE(session.saveAs(dir.filePath(QStringLiteral("saved.nbapply.json")), &error));
    }
    EXPECT_EQ(recoveryFolderEntries(), QStringList());

    // A session that never had a change leaves no lock behind, even when it is killed.
    DraftSession untouched(FormDefinition::builtin());
    Autosaver idle(&untouched);
    EXPECT_EQ(recoveryFolderEntries(), QStringList());
}

// The folder was <data>/nbapply/nbapply/recovery (organisation and application both "nbapply"); it is
// <data>/nbapply/recovery, named after the application once.
TEST(Autosave, RecoveryFolderNamesTheApplicationOnce)
{
    const QString app = QCoreApplication::applicationName();
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    EXPECT_EQ(Autosaver::recoveryFolder(), data + u'/' + app + QStringLiteral("/recovery"));
    EXPECT_EQ(Autosaver::legacyRecoveryFolder(),
              data + u'/' + app + u'/' + app + QStringLiteral("/recovery"));
}

// A recovery left by an older version in the old folder is moved, not lost: the recovery file, its origin,
// its document folder, with the document paths in the draft pointing to the new place; nothing already in
// the new folder is replaced.
TEST(Autosave, RecoveriesInTheOldFolderMoveToTheNewOne)
{
    const QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const QString legacy = root.filePath(QStringLiteral("nbapply/nbapply/recovery"));
    const QString current = root.filePath(QStringLiteral("nbapply/recovery"));
    ASSERT_TRUE(QDir().mkpath(legacy + QStringLiteral("/session-1-2.documents")));
    const QString document = legacy + QStringLiteral("/session-1-2.documents/营业执照.pdf");
    writeFile(document, "%PDF-1.4 licence");
    writeFile(legacy + QStringLiteral("/session-1-2.nbapply.json"),
              "{\"documents\": [{\"path\": \"" + document.toUtf8() + "\"}], \"applicant\": \"南山智能\"}\n");
    writeFile(legacy + QStringLiteral("/session-1-2.nbapply.json.origin"), "/home/u/申请.nbapply.json");
    // A name clash (impossible in practice, the names hold a time and a pid): the newer file stays, the old
    // one is kept in the old folder rather than overwritten or deleted.
    ASSERT_TRUE(QDir().mkpath(current));
    writeFile(current + QStringLiteral("/session-9-9.nbapply.json"), "new");
    writeFile(legacy + QStringLiteral("/session-9-9.nbapply.json"), "old");

    EXPECT_FALSE(Autosaver::migrateRecoveryFolder(legacy, current));
    const QByteArray moved = readFile(current + QStringLiteral("/session-1-2.nbapply.json"));
    const QString newDocument = current + QStringLiteral("/session-1-2.documents/营业执照.pdf");
    EXPECT_TRUE(moved.contains("\"" + newDocument.toUtf8() + "\"")) << moved.constData();
    EXPECT_TRUE(moved.contains("南山智能"));
    EXPECT_EQ(readFile(newDocument), QByteArray("%PDF-1.4 licence"));
    EXPECT_EQ(readFile(current + QStringLiteral("/session-1-2.nbapply.json.origin")),
              QByteArray("/home/u/申请.nbapply.json"));
    EXPECT_EQ(readFile(current + QStringLiteral("/session-9-9.nbapply.json")), QByteArray("new"));
    EXPECT_EQ(readFile(legacy + QStringLiteral("/session-9-9.nbapply.json")), QByteArray("old"));
    EXPECT_FALSE(QFileInfo::exists(legacy + QStringLiteral("/session-1-2.nbapply.json")));

    // Once the clash is gone, the old folder and the doubled application folder are removed.
    ASSERT_TRUE(QFile::remove(legacy + QStringLiteral("/session-9-9.nbapply.json")));
    EXPECT_TRUE(Autosaver::migrateRecoveryFolder(legacy, current));
    EXPECT_FALSE(QFileInfo::exists(root.filePath(QStringLiteral("nbapply/nbapply"))));
    EXPECT_TRUE(QFileInfo::exists(newDocument));
}

// A fresh session migrates by itself and then offers the old recovery.
TEST(Autosave, ASessionOffersARecoveryLeftInTheOldFolder)
{
    clearAppData();
    ASSERT_TRUE(QDir().mkpath(Autosaver::legacyRecoveryFolder()));
    Draft draft(FormDefinition::builtin());
    draft.setText(QStringLiteral("applicant.name"), QStringLiteral("南山智能"));
    ASSERT_TRUE(
        saveDraftFile(draft, Autosaver::legacyRecoveryFolder() + QStringLiteral("/session-5-6.nbapply.json"))
            .ok);
    DraftSession session(FormDefinition::builtin());
    Autosaver autosaver(&session);
    ASSERT_EQ(autosaver.pendingRecoveries().size(), 1);
    EXPECT_TRUE(autosaver.pendingRecoveries().first().startsWith(Autosaver::recoveryFolder() + u'/'));
    EXPECT_FALSE(QFileInfo::exists(Autosaver::legacyRecoveryFolder()));
    ASSERT_TRUE(autosaver.recoverNewest());
    EXPECT_EQ(session.draft().text(QStringLiteral("applicant.name")), QStringLiteral("南山智能"));
    autosaver.discardPending();
}
