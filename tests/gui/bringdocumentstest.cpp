// Documents the user picks are brought into the application, so that the draft folder can move to
// another machine; a received application opens read-only until "Edit a copy".
#include "draft/documentpath.h"
#include "draft/draftfile.h"
#include "draftsession.h"
#include "form/formdefinition.h"
#include "received/package.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::gui;

namespace
{

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

const QByteArray kScan = QByteArrayLiteral("%PDF-1.4\n% a scanned licence\n%%EOF\n");

bool everyDocumentFound(const DraftSession &session)
{
    for (const DocumentRef &document : session.draft().documents())
        if (!inspectDocumentFile(document.path, session.draftFolder()).ok())
            return false;
    return !session.draft().documents().isEmpty();
}

} // namespace

TEST(BringDocuments, APickedFileTravelsWithTheDraftFolder)
{
    QTemporaryDir elsewhere, first, second;
    const QString scan = writeFile(elsewhere.filePath(QStringLiteral("licence scan.pdf")), kScan);
    const QString draftPath = first.filePath(QStringLiteral("case/app.nbapply.json"));
    QDir().mkpath(QFileInfo(draftPath).absolutePath());

    DraftSession session(FormDefinition::builtin());
    ASSERT_TRUE(session.addDocuments(QStringLiteral("business-licence"), {scan}, nullptr));
    // Never saved: the copy waits in the private staging folder, never the user's own file.
    ASSERT_EQ(session.draft().documents().size(), 1);
    const QString staged = session.draft().documents().constFirst().path;
    EXPECT_TRUE(staged.startsWith(session.stagingFolder() + QLatin1Char('/')));
    EXPECT_FALSE(QFileInfo(session.stagingFolder()).permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther));
    ASSERT_TRUE(session.saveAs(draftPath, nullptr));
    EXPECT_EQ(session.draft().documents().constFirst().path,
              QStringLiteral("app.documents/licence scan.pdf"));
    const QFileInfo copy(first.filePath(QStringLiteral("case/app.documents/licence scan.pdf")));
    ASSERT_TRUE(copy.isFile());
    EXPECT_EQ(copy.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
    EXPECT_FALSE(QFileInfo::exists(staged)); // the staging copy is gone once saved

    // A second file added to the saved draft goes straight into its documents folder.
    const QString id = writeFile(elsewhere.filePath(QStringLiteral("id.pdf")), kScan + "id");
    ASSERT_TRUE(session.addDocuments(QStringLiteral("other"), {id}, nullptr));
    EXPECT_EQ(session.draft().documents().constLast().path, QStringLiteral("app.documents/id.pdf"));
    ASSERT_TRUE(session.save(nullptr));

    // The folder moves to another place and the original files go away: everything is still found.
    const QString moved = second.filePath(QStringLiteral("moved"));
    ASSERT_TRUE(QDir().rename(first.filePath(QStringLiteral("case")), moved));
    ASSERT_TRUE(elsewhere.remove());
    DraftSession reopened(FormDefinition::builtin());
    ASSERT_TRUE(reopened.open(moved + QStringLiteral("/app.nbapply.json"), nullptr));
    EXPECT_EQ(reopened.draft().documents().size(), 2);
    EXPECT_TRUE(everyDocumentFound(reopened));
}

TEST(BringDocuments, SaveAsCopiesTheDocumentsAlongAndAFileInsideStaysRelative)
{
    QTemporaryDir first, second;
    const QString draftPath = first.filePath(QStringLiteral("a.nbapply.json"));
    const QString inside = writeFile(first.filePath(QStringLiteral("scans/licence.pdf")), kScan);
    DraftSession session(FormDefinition::builtin());
    ASSERT_TRUE(session.saveAs(draftPath, nullptr));
    ASSERT_TRUE(session.addDocuments(QStringLiteral("business-licence"), {inside}, nullptr));
    EXPECT_EQ(session.draft().documents().constFirst().path, QStringLiteral("scans/licence.pdf"));

    ASSERT_TRUE(session.saveAs(second.filePath(QStringLiteral("b.nbapply.json")), nullptr));
    EXPECT_EQ(session.draft().documents().constFirst().path, QStringLiteral("b.documents/licence.pdf"));
    EXPECT_TRUE(QFileInfo(second.filePath(QStringLiteral("b.documents/licence.pdf"))).isFile());
    EXPECT_TRUE(everyDocumentFound(session));
    // Saving again does not copy it twice.
    ASSERT_TRUE(session.saveAs(second.filePath(QStringLiteral("b.nbapply.json")), nullptr));
    EXPECT_EQ(QDir(second.filePath(QStringLiteral("b.documents"))).entryList(QDir::Files).size(), 1);
}

TEST(BringDocuments, AReceivedPackageOpensReadOnlyAndEditACopyKeepsItsDocuments)
{
    QTemporaryDir sender, receiver;
    const QString scan = writeFile(sender.filePath(QStringLiteral("licence.pdf")), kScan);
    DraftSession source(FormDefinition::builtin());
    source.setText(QStringLiteral("applicant.name"), QStringLiteral("南山智能"));
    ASSERT_TRUE(source.saveAs(sender.filePath(QStringLiteral("app.nbapply.json")), nullptr));
    ASSERT_TRUE(source.addDocuments(QStringLiteral("business-licence"), {scan}, nullptr));
    const QString package = receiver.filePath(QStringLiteral("app.nbapply.zip"));
    ASSERT_TRUE(source.saveAsPackage(package, nullptr));
    ASSERT_TRUE(sender.remove()); // the second "machine" has only the package

    DraftSession session(FormDefinition::builtin());
    ASSERT_TRUE(session.open(package, nullptr));
    EXPECT_TRUE(session.isReadOnly());
    EXPECT_EQ(session.sourceKind(), SourceKind::Package);
    EXPECT_TRUE(everyDocumentFound(session));
    // No path of the sender's machine: file names only.
    EXPECT_EQ(session.draft().documents().constFirst().path, QStringLiteral("licence.pdf"));
    session.setText(QStringLiteral("applicant.name"), QStringLiteral("Someone else"));
    EXPECT_EQ(session.draft().text(QStringLiteral("applicant.name")), QStringLiteral("南山智能"));
    EXPECT_FALSE(session.isDirty());

    ASSERT_TRUE(session.editCopy(nullptr));
    EXPECT_FALSE(session.isReadOnly());
    ASSERT_TRUE(QFile::remove(package));
    session.setText(QStringLiteral("applicant.name"), QStringLiteral("南山智能科技"));
    EXPECT_EQ(session.draft().text(QStringLiteral("applicant.name")), QStringLiteral("南山智能科技"));
    EXPECT_TRUE(everyDocumentFound(session));
    EXPECT_TRUE(session.filePath().isEmpty()); // Save asks where
    ASSERT_TRUE(session.saveAs(receiver.filePath(QStringLiteral("mine.nbapply.json")), nullptr));
    EXPECT_EQ(session.draft().documents().constFirst().path, QStringLiteral("mine.documents/licence.pdf"));
    EXPECT_TRUE(everyDocumentFound(session));
}
