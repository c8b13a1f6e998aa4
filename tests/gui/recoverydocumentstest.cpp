// The private folder that holds the documents of a draft never saved outlives a crash (the recovered
// draft needs it), but not the recovery: discarding the recovery removes it, and start-up removes the
// folders nothing refers to, never one that a running session owns.
#include "autosaver.h"
#include "documentfolders.h"
#include "draftsession.h"
#include "form/formdefinition.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <memory>
#include <utime.h>

using namespace nbapply;
using namespace nbapply::gui;

namespace
{

const QString kKind = QStringLiteral("business-licence");

void clearAppData()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QDir(Autosaver::recoveryFolder()).removeRecursively(); // not under AppDataLocation any more
}

// A document picked from somewhere outside any draft folder.
QString pickedFile(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 " + name.toUtf8());
    return path;
}

// A session that copied a document into its private folder, wrote its recovery file and was killed
// (its objects gone without a save or a discard: the lock a killed process leaves can be taken).
// Returns the private folder; `recoveryPath` receives the session's recovery file.
QString leaveCrashedSessionWithADocument(const QTemporaryDir &picked, const QString &name,
                                         QString *recoveryPath = nullptr)
{
    auto session = std::make_unique<DraftSession>(FormDefinition::builtin());
    auto autosaver = std::make_unique<Autosaver>(session.get());
    BilingualText error;
    EXPECT_TRUE(session->addDocuments(kKind, {pickedFile(picked, name)}, &error)) << error.en.toStdString();
    autosaver->flush();
    EXPECT_TRUE(QFileInfo::exists(autosaver->filePath()));
    const QString folder = session->stagingFolder();
    EXPECT_TRUE(QFileInfo::exists(folder + u'/' + name));
    if (recoveryPath)
        *recoveryPath = autosaver->filePath();
    return folder;
}

} // namespace

TEST(RecoveryDocuments, DiscardingTheRecoveryRemovesItsDocumentFolderButNotALiveSessionsFolder)
{
    clearAppData();
    QTemporaryDir picked;
    const QString crashed = leaveCrashedSessionWithADocument(picked, QStringLiteral("crashed.pdf"));
    // Another window, still running, has its own private document (and no recovery file yet: the
    // autosave is a second away).
    DraftSession live(FormDefinition::builtin());
    Autosaver liveSaver(&live);
    BilingualText error;
    ASSERT_TRUE(live.addDocuments(kKind, {pickedFile(picked, QStringLiteral("live.pdf"))}, &error));
    const QString liveFolder = live.stagingFolder();
    ASSERT_FALSE(QFileInfo::exists(liveSaver.filePath()));

    // Start-up keeps the crashed session's folder: its recovery is on offer and refers to it.
    DraftSession session(FormDefinition::builtin());
    Autosaver autosaver(&session);
    EXPECT_TRUE(QFileInfo(crashed).isDir());
    ASSERT_EQ(autosaver.pendingRecoveries().size(), 1);

    autosaver.discardPending();
    EXPECT_FALSE(autosaver.hasPendingRecovery());
    EXPECT_FALSE(QFileInfo::exists(crashed));
    EXPECT_TRUE(QFileInfo::exists(liveFolder + QStringLiteral("/live.pdf")));
    EXPECT_EQ(live.draft().documents().first().path, liveFolder + QStringLiteral("/live.pdf"));
}

TEST(RecoveryDocuments, StartUpSweepsFoldersNoRecoveryNeedsAndNoRunningSessionOwns)
{
    clearAppData();
    QTemporaryDir picked;
    const QString folder = Autosaver::recoveryFolder();
    // A running session that just copied a document: its folder is locked before it is made. (Each
    // session below sweeps at its start: none may take this folder.)
    DraftSession live(FormDefinition::builtin());
    Autosaver liveSaver(&live);
    BilingualText error;
    ASSERT_TRUE(live.addDocuments(kKind, {pickedFile(picked, QStringLiteral("live.pdf"))}, &error));
    const QString liveFolder = live.stagingFolder();
    // One killed with a recovery on offer keeps its folder.
    const QString pending = leaveCrashedSessionWithADocument(picked, QStringLiteral("pending.pdf"));
    // A session killed after it copied a document, before its recovery file was written: nothing refers
    // to its folder and its lock is free.
    QString orphanRecovery;
    const QString orphan =
        leaveCrashedSessionWithADocument(picked, QStringLiteral("orphan.pdf"), &orphanRecovery);
    ASSERT_TRUE(QFile::remove(orphanRecovery));
    QFile::remove(orphanRecovery + QStringLiteral(".origin"));
    // Folders of an earlier nbapply (no session in the name): a fresh one may belong to a running
    // session of that version and stays; one left for two days goes.
    const QString legacyFresh = folder + QStringLiteral("/documents-AbC123");
    const QString legacyOld = folder + QStringLiteral("/documents-XyZ789");
    ASSERT_TRUE(QDir().mkpath(legacyFresh));
    ASSERT_TRUE(QDir().mkpath(legacyOld));
    const time_t twoDaysAgo = QDateTime::currentDateTime().addDays(-2).toSecsSinceEpoch();
    const utimbuf times{twoDaysAgo, twoDaysAgo};
    ASSERT_EQ(::utime(QFile::encodeName(legacyOld).constData(), &times), 0);
    ASSERT_TRUE(QFileInfo(orphan).isDir());

    DraftSession session(FormDefinition::builtin());
    Autosaver autosaver(&session);
    EXPECT_FALSE(QFileInfo::exists(orphan));
    EXPECT_FALSE(QFileInfo::exists(legacyOld));
    EXPECT_TRUE(QFileInfo::exists(pending + QStringLiteral("/pending.pdf")));
    EXPECT_TRUE(QFileInfo(legacyFresh).isDir());
    EXPECT_TRUE(QFileInfo::exists(liveFolder + QStringLiteral("/live.pdf")));

    // The recovered draft finds its document, copied into this session's folder (the crashed one's went
    // with its recovery) ...
    ASSERT_TRUE(autosaver.recoverNewest());
    ASSERT_EQ(session.draft().documents().size(), 1);
    const QString recovered = session.draft().documents().first().path;
    EXPECT_TRUE(QFileInfo::exists(recovered));
    EXPECT_TRUE(recovered.startsWith(documentFolderForRecovery(autosaver.filePath()) + u'/'));
    EXPECT_FALSE(QFileInfo::exists(pending));
    // ... also after another start-up: this session's recovery file refers to it, and its lock is held.
    DraftSession third(FormDefinition::builtin());
    Autosaver thirdSaver(&third);
    EXPECT_TRUE(QFileInfo::exists(recovered));
}

// A link that stands where a session's folder would be is left alone, and so is the folder it points
// to: the sweep deletes only folders nbapply made.
TEST(RecoveryDocuments, TheSweepNeverFollowsALink)
{
    clearAppData();
    QTemporaryDir elsewhere;
    ASSERT_TRUE(elsewhere.isValid());
    const QString precious = elsewhere.filePath(QStringLiteral("precious.txt"));
    QFile file(precious);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    const QString folder = Autosaver::recoveryFolder();
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString link = folder + QStringLiteral("/session-1-1.documents");
    ASSERT_TRUE(QFile::link(elsewhere.path(), link));

    DraftSession session(FormDefinition::builtin());
    Autosaver autosaver(&session); // sweeps at its start
    EXPECT_TRUE(QFileInfo::exists(precious));
    EXPECT_TRUE(QFileInfo(link).isSymLink());
}

TEST(RecoveryDocuments, TheFolderIsNamedAfterItsSessionAndPrivate)
{
    clearAppData();
    QTemporaryDir picked;
    DraftSession session(FormDefinition::builtin());
    Autosaver autosaver(&session);
    BilingualText error;
    ASSERT_TRUE(session.addDocuments(kKind, {pickedFile(picked, QStringLiteral("a.pdf"))}, &error));
    EXPECT_EQ(session.stagingFolder(), documentFolderForRecovery(autosaver.filePath()));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    EXPECT_FALSE(QFileInfo(session.stagingFolder()).permissions() & others);
    // Saved: the documents move beside the draft, the private folder and the session's lock go.
    QTemporaryDir saved;
    ASSERT_TRUE(session.saveAs(saved.filePath(QStringLiteral("mine.nbapply.json")), &error));
    EXPECT_FALSE(QFileInfo::exists(documentFolderForRecovery(autosaver.filePath())));
    EXPECT_FALSE(QFileInfo::exists(autosaver.filePath() + QStringLiteral(".lock")));
}

// After a recovery the draft's documents are this session's: copied into its own private folder, the
// killed session's folder gone with its recovery, and saving leaves no private folder behind at all.
TEST(RecoveryDocuments, ARecoveredDraftsDocumentsMoveIntoTheNewSessionAndGoWhenSaved)
{
    clearAppData();
    QTemporaryDir picked;
    QString oldRecovery;
    const QString crashed =
        leaveCrashedSessionWithADocument(picked, QStringLiteral("licence.pdf"), &oldRecovery);

    DraftSession session(FormDefinition::builtin());
    Autosaver autosaver(&session);
    ASSERT_TRUE(autosaver.recoverNewest());
    const QString own = documentFolderForRecovery(autosaver.filePath());
    ASSERT_EQ(session.draft().documents().size(), 1);
    const QString document = session.draft().documents().first().path;
    EXPECT_EQ(document, own + QStringLiteral("/licence.pdf"));
    EXPECT_EQ(QFile(document).size(), QFile(picked.filePath(QStringLiteral("licence.pdf"))).size());
    // This session's recovery refers to the new copy; the killed session's folder went with its recovery.
    EXPECT_EQ(Autosaver::readRecovery(autosaver.filePath())->draft.documents().first().path, document);
    EXPECT_FALSE(QFileInfo::exists(oldRecovery));
    EXPECT_FALSE(QFileInfo::exists(crashed));

    // Saved: the document is beside the draft, and no private folder is left in the recovery folder.
    QTemporaryDir saved;
    BilingualText error;
    ASSERT_TRUE(session.saveAs(saved.filePath(QStringLiteral("mine.nbapply.json")), &error));
    EXPECT_TRUE(QFileInfo::exists(saved.filePath(QStringLiteral("mine.documents/licence.pdf"))));
    EXPECT_EQ(documentFoldersIn(Autosaver::recoveryFolder()), QStringList());
}
