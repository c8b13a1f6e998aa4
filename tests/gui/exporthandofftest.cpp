// Handing the export on: the files to attach by hand are files the user can reach, also for a draft
// never saved.
#include "autosaver.h"
#include "draftsession.h"
#include "export/exportpage.h"
#include "reviewexporthelpers.h"
#include "uilanguage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::gui;
using namespace nbapply::gui::pagetest;

namespace
{

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct EnglishUi {
    EnglishUi() : before(uiLanguage()) { setUiLanguage(Language::English); }
    ~EnglishUi() { setUiLanguage(before); }
    Language before;
};

} // namespace

// A draft never saved keeps its documents in a hidden private folder beside the recovery files. The
// files to attach by hand (the mailto: note, and what xdg-email gets) are copies beside the PDF instead:
// files the user can pick in a mail program, which do not go away when the draft is saved.
TEST(ExportHandOff, TheDocumentsOfADraftNeverSavedAreAttachedFromTheExportFolder)
{
    EnglishUi english;
    DraftSession session(form());
    BilingualText error;
    ASSERT_TRUE(session.open(example(QStringLiteral("company.nbapply.json")), &error));
    const Draft saved = session.draft();
    Draft unsaved = saved;
    unsaved.setDocuments({});
    session.adoptRecovered(unsaved, QString()); // the same application, never saved
    for (const DocumentRef &document : saved.documents())
        ASSERT_TRUE(session.addDocuments(document.kind, {example(document.path)}, &error))
            << qPrintable(error.en);
    const QString privateFolder = QDir::cleanPath(Autosaver::recoveryFolder());
    for (const DocumentRef &document : session.draft().documents())
        ASSERT_TRUE(QDir::cleanPath(document.path).startsWith(privateFolder)) << qPrintable(document.path);

    ExportPage page(form(), &session);
    page.setUrlOpener([](const QUrl &) { return true; });
    page.initializePage();
    QTemporaryDir out;
    page.setOutputFolder(out.path());
    QSignalSpy finished(&page, &ExportPage::exportFinished);
    ASSERT_TRUE(page.startExport(false));
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(finished.at(0).at(0).toBool());

    const QString pdf = page.lastResult()->pdfPath;
    const QString copies =
        QDir(out.path()).filePath(QFileInfo(pdf).completeBaseName() + QStringLiteral(".documents"));
    ASSERT_EQ(page.enclosures().size(), 5);
    EXPECT_EQ(page.enclosures().first().path, pdf);
    const QString note = page.mailtoNote();
    for (qsizetype i = 1; i < page.enclosures().size(); ++i) {
        const Enclosure &file = page.enclosures().at(i);
        // In the export folder, under the name the e-mail gives the attachment, owner-only, the same bytes.
        EXPECT_EQ(file.path, copies + u'/' + file.fileName);
        EXPECT_EQ(readAll(file.path), readAll(example(saved.documents().at(i - 1).path)))
            << qPrintable(file.path);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        EXPECT_FALSE(QFileInfo(file.path).permissions() & others) << qPrintable(file.path);
        EXPECT_TRUE(note.contains(QDir::toNativeSeparators(file.path))) << qPrintable(note);
    }
    EXPECT_FALSE(note.contains(QDir::toNativeSeparators(privateFolder))) << qPrintable(note);

    // Saving the draft removes the private folder; what the note names is still there.
    ASSERT_TRUE(session.saveAs(QDir(out.path()).filePath(QStringLiteral("saved.nbapply.json")), &error));
    for (const Enclosure &file : page.enclosures())
        EXPECT_TRUE(QFileInfo(file.path).isFile()) << qPrintable(file.path);
}
