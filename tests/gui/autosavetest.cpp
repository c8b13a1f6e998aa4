// Nothing typed is lost: every change reaches an owner-only recovery file within two seconds, and a
// new session after a kill (no clean shutdown) recovers it exactly.
#include "autosaver.h"
#include "draftsession.h"
#include "form/formdefinition.h"
#include "guitesthelpers.h"
#include "mainwindow.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
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
    static_assert(Autosaver::kDelayMs <= 1000);
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
