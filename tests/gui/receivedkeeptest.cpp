// Nothing a reviewer made is lost: the export of a received package goes beside the package (not into
// the temporary folder its documents were extracted to) and outlives File › Save; a file the user saved
// into an extraction or staging folder outlives the session dropping that folder; extracted documents
// are owner-only.
#include "draftsession.h"
#include "export/exportpage.h"
#include "form/formdefinition.h"
#include "mainwindow.h"
#include "received/package.h"
#include "testpaths.h"
#include "wizard/applicationwizard.h"
#include "wizard/pageids.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::gui;

namespace
{

const QFileDevice::Permissions kGroupOrOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;

QString example(const QString &name)
{
    return nbapply::test::sourcePath(QStringLiteral("examples/") + name);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A colleague's package of the complete example, written to `path`.
bool writeExamplePackage(const QString &path)
{
    DraftSession source(FormDefinition::builtin());
    BilingualText error;
    return source.open(example(QStringLiteral("company.nbapply.json")), &error) &&
           source.saveAsPackage(path, &error);
}

// The temporary folder (TMPDIR, where received files are extracted) is `folder` while this lives, so a
// test can tell the temporary folder from the folders a user keeps files in.
struct TemporaryFolderIs {
    explicit TemporaryFolderIs(const QString &folder) : m_before(qgetenv("TMPDIR"))
    {
        QDir().mkpath(folder);
        qputenv("TMPDIR", QFile::encodeName(folder));
    }
    ~TemporaryFolderIs()
    {
        if (m_before.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", m_before);
    }
    QByteArray m_before;
};

bool liesIn(const QString &path, const QString &folder)
{
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    const QString inside = QFileInfo(path).canonicalFilePath();
    return inside == canonical || inside.startsWith(canonical + QLatin1Char('/'));
}

} // namespace

TEST(ReceivedKeep, TheReviewersExportOfAPackageGoesBesideItAndSurvivesSave)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const QString temp = root.filePath(QStringLiteral("tmp"));
    TemporaryFolderIs temporary(temp);
    const QString received = root.filePath(QStringLiteral("received"));
    const QString package = received + QStringLiteral("/from-colleague.nbapply.zip");
    QDir().mkpath(received);
    ASSERT_TRUE(writeExamplePackage(package));

    MainWindow window(FormDefinition::builtin());
    window.show();
    ASSERT_TRUE(window.openFile(package));
    const QString extracted = window.session()->draftFolder();
    ASSERT_TRUE(liesIn(extracted, temp)) << qPrintable(extracted);
    auto *page = qobject_cast<ExportPage *>(window.wizard()->page(Export));
    ASSERT_TRUE(page);
    page->setUrlOpener([](const QUrl &) { return true; });
    page->initializePage();
    // By default the export goes where the package is, not into the folder it was extracted to.
    EXPECT_EQ(QFileInfo(page->outputFolder()).canonicalFilePath(), QFileInfo(received).canonicalFilePath());
    EXPECT_FALSE(liesIn(page->outputFolder(), temp));

    QSignalSpy finished(page, &ExportPage::exportFinished);
    ASSERT_TRUE(page->startExport(false));
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(finished.constFirst().at(0).toBool());
    const QString pdf = page->lastResult()->pdfPath;
    const QString email = page->lastResult()->emailPath;
    const qint64 pdfSize = QFileInfo(pdf).size();
    const qint64 emailSize = QFileInfo(email).size();
    ASSERT_GT(pdfSize, 0);
    ASSERT_GT(emailSize, 0);

    // File › Save of a received application: Save As a draft (what the dialog's OK does).
    ASSERT_TRUE(window.saveAs(root.filePath(QStringLiteral("drafts/reviewed.nbapply.json"))));
    EXPECT_EQ(QFileInfo(pdf).size(), pdfSize) << qPrintable(pdf);
    EXPECT_EQ(QFileInfo(email).size(), emailSize) << qPrintable(email);
    // The extracted documents are not needed any more, and held nothing of the user's: gone.
    EXPECT_FALSE(QFileInfo::exists(extracted));
    window.session()->discardChanges();
}

TEST(ReceivedKeep, APackageReceivedIntoTheTemporaryFolderExportsToTheDocumentsFolder)
{
    // A mail client saves the attachment it opens in the temporary folder: exporting beside it would
    // put the reviewer's files where they are cleaned away.
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const QString temp = root.filePath(QStringLiteral("tmp"));
    TemporaryFolderIs temporary(temp);
    const QString package = temp + QStringLiteral("/mozilla_attachments/app.nbapply.zip");
    QDir().mkpath(QFileInfo(package).absolutePath());
    ASSERT_TRUE(writeExamplePackage(package));

    DraftSession session(FormDefinition::builtin());
    BilingualText error;
    ASSERT_TRUE(session.open(package, &error)) << qPrintable(error.en);
    ExportPage page(FormDefinition::builtin(), &session);
    page.initializePage();
    EXPECT_FALSE(liesIn(page.outputFolder(), temp)) << qPrintable(page.outputFolder());
    EXPECT_EQ(page.outputFolder(), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

TEST(ReceivedKeep, AUserFileInTheExtractionFolderOutlivesTheSession)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const QString package = root.filePath(QStringLiteral("app.nbapply.zip"));
    ASSERT_TRUE(writeExamplePackage(package));
    DraftSession session(FormDefinition::builtin());
    BilingualText error;
    ASSERT_TRUE(session.open(package, &error)) << qPrintable(error.en);
    const QString extracted = session.draftFolder();
    ASSERT_FALSE(session.draft().documents().isEmpty());
    const QString document = QDir(extracted).filePath(session.draft().documents().constFirst().path);
    ASSERT_TRUE(QFileInfo(document).isFile());
    // The reviewer chose the folder (or a folder inside it) for an export.
    const QString mine = extracted + QStringLiteral("/my-notes.pdf");
    const QString chosen = extracted + QStringLiteral("/out/application.eml");
    ASSERT_TRUE(writeFile(mine, "%PDF-1.4 my notes"));
    ASSERT_TRUE(writeFile(chosen, "From: me"));

    session.newDraft(); // the received application is dropped

    EXPECT_TRUE(QFileInfo(mine).isFile());
    EXPECT_TRUE(QFileInfo(chosen).isFile());
    // What nbapply extracted goes all the same.
    EXPECT_FALSE(QFileInfo::exists(document));
    QFile::remove(mine);
    QDir(extracted).removeRecursively();
}

TEST(ReceivedKeep, ExtractedDocumentsAreOwnerOnly)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const QString package = root.filePath(QStringLiteral("app.nbapply.zip"));
    ASSERT_TRUE(writeExamplePackage(package));
    DraftSession session(FormDefinition::builtin());
    BilingualText error;
    ASSERT_TRUE(session.open(package, &error)) << qPrintable(error.en);
    const QString extracted = session.draftFolder();
    EXPECT_FALSE(QFileInfo(extracted).permissions() & kGroupOrOthers);
    int files = 0;
    QDirIterator it(extracted, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        EXPECT_FALSE(QFileInfo(path).permissions() & kGroupOrOthers) << qPrintable(path);
    }
    EXPECT_GT(files, 1);
}

TEST(ReceivedKeep, AUserFileInTheStagingFolderOutlivesItsDrop)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const QString scan = root.filePath(QStringLiteral("picked/licence.pdf"));
    ASSERT_TRUE(writeFile(scan, "%PDF-1.4\n% a scanned licence\n%%EOF\n"));
    DraftSession session(FormDefinition::builtin());
    BilingualText error;
    ASSERT_TRUE(session.addDocuments(QStringLiteral("other"), {scan}, &error)) << qPrintable(error.en);
    const QString staging = session.stagingFolder();
    const QString copy = session.draft().documents().constFirst().path;
    ASSERT_TRUE(copy.startsWith(staging + QLatin1Char('/')));
    const QString mine = staging + QStringLiteral("/exported.pdf");
    ASSERT_TRUE(writeFile(mine, "%PDF-1.4 mine"));

    // Saved as a draft: the document is brought beside it, the staging folder is dropped.
    ASSERT_TRUE(session.saveAs(root.filePath(QStringLiteral("draft/app.nbapply.json")), &error))
        << qPrintable(error.en);
    EXPECT_FALSE(QFileInfo::exists(copy));
    EXPECT_TRUE(QFileInfo(mine).isFile());
    QDir(staging).removeRecursively();
}
