// One verdict per situation: a missing document file gets the same verdict in Review and on the Export
// page wherever the draft came from, and "ready to export" is true exactly when the export will succeed.
#include "draft/draftfile.h"
#include "export/applicationexport.h"
#include "received/receivedfile.h"
#include "reviewexporthelpers.h"
#include "uilanguage.h"
#include "widgets/documentkindbox.h"
#include "wizard/documentspage.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::gui;
using namespace nbapply::gui::pagetest;

namespace
{

// One verdict per situation: a document whose file is not there is the same error in Review and on
// the Export page, whether the draft comes from its file or from its PDF, and the export refuses it.
TEST(OneVerdict, AMissingDocumentFileBlocksReviewAndExportAlikeWhereverTheDraftCameFrom)
{
    const Language before = uiLanguage();
    setUiLanguage(Language::English);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // The example draft copied away from its documents (relative paths that now lead nowhere), and
    // its exported PDF, which carries the draft.
    const DraftLoadResult loaded = loadDraftFile(example(QStringLiteral("company.nbapply.json")));
    ASSERT_TRUE(loaded.ok());
    const QString draftPath = dir.filePath(QStringLiteral("moved.nbapply.json"));
    ASSERT_TRUE(saveDraftFile(*loaded.draft, draftPath).ok);
    ApplicationExportOptions options;
    options.draftFolder = test::sourcePath(QStringLiteral("examples"));
    options.writeEmail = false;
    const ApplicationExportResult pdf =
        exportApplication(form(), *loaded.draft, dir.filePath(QStringLiteral("pdf")), options);
    ASSERT_TRUE(pdf.ok) << pdf.error.en.toStdString();

    for (const QString &source : {draftPath, pdf.pdfPath}) {
        SCOPED_TRACE(source.toStdString());
        OpenedSession s(source);
        ASSERT_TRUE(s.opened) << qPrintable(s.message);
        // A draft beside no documents has four errors; its PDF, whose documents simply did not travel, four
        // notices (as `nbapply validate` says) — and neither can be exported.
        const bool received = source != draftPath;
        const QString expected =
            received ? QStringLiteral("document.not-enclosed") : QStringLiteral("document.not-found");

        ReviewPage review(form(), &s.session);
        ASSERT_TRUE(openReview(review));
        EXPECT_FALSE(review.isComplete());
        int found = 0;
        for (const Problem &problem : review.problems())
            if (problem.field == QStringLiteral("documents") && problem.severity != Severity::Warning) {
                EXPECT_EQ(problem.code, expected);
                EXPECT_EQ(problem.isError(), !received);
                ++found;
            }
        EXPECT_EQ(found, 4);
        EXPECT_EQ(runJs(review.view(),
                        QStringLiteral("document.querySelectorAll('section.summary.blocked').length"))
                      .toInt(),
                  1);

        ExportFixture f(source);
        const QString status =
            received ? QStringLiteral("Not ready: 4 document files did not come with the application.")
                     : QStringLiteral("Not ready: the application has 4 errors.");
        EXPECT_TRUE(labelTexts(&f.page).contains(status)) << qPrintable(labelTexts(&f.page));
        EXPECT_FALSE(f.exportNow());
        ASSERT_TRUE(f.page.lastResult().has_value());
        EXPECT_TRUE(f.page.lastResult()->refused);
        EXPECT_TRUE(QDir(f.out.path()).isEmpty());
        EXPECT_TRUE(f.page.enclosures().isEmpty()) << "no list of files that were never written";
    }
    setUiLanguage(before);
}

// "Ready" on the Export page before an export is the checked application's verdict, with the number
// of files the e-mail will carry.
TEST(OneVerdict, TheExportPageSaysReadyWithTheFilesTheEmailWillCarry)
{
    const Language before = uiLanguage();
    setUiLanguage(Language::English);
    ExportFixture f(example(QStringLiteral("company.nbapply.json")));
    ASSERT_TRUE(f.s.opened) << qPrintable(f.s.message);
    EXPECT_TRUE(
        labelTexts(&f.page).contains(QStringLiteral("Ready to export: the e-mail will carry 5 files.")))
        << qPrintable(labelTexts(&f.page));
    setUiLanguage(before);
}

// A scan that cannot be decoded is one error of the checked application: its Documents box shows it
// once (the box no longer runs the scan check itself), Review lists it and is not complete, and the
// Export page is not ready and refuses the export.
TEST(OneVerdict, ADamagedScanIsOneErrorOnTheDocumentsPageInReviewAndOnTheExportPage)
{
    const Language before = uiLanguage();
    setUiLanguage(Language::English);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // The company example beside its documents, its letter of authorisation a PNG cut off half-way.
    QImage scan(1300, 1800, QImage::Format_RGB32);
    scan.fill(Qt::white);
    const QString letter = dir.filePath(QStringLiteral("letter.png"));
    ASSERT_TRUE(scan.save(letter, "PNG"));
    {
        QFile file(letter);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.resize(file.size() / 2));
    }
    QFile source(example(QStringLiteral("company.nbapply.json")));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(source.readAll()).object();
    QJsonArray documents;
    for (const QJsonValue value : root[QStringLiteral("documents")].toArray()) {
        QJsonObject document = value.toObject();
        const QString relative = document[QStringLiteral("path")].toString();
        QDir().mkpath(QFileInfo(dir.filePath(relative)).path());
        ASSERT_TRUE(QFile::copy(example(relative), dir.filePath(relative)));
        if (document[QStringLiteral("kind")].toString() == QStringLiteral("authorization-letter"))
            document[QStringLiteral("path")] = QStringLiteral("letter.png");
        documents << document;
    }
    root[QStringLiteral("documents")] = documents;
    const QString draftPath = dir.filePath(QStringLiteral("company.nbapply.json"));
    QFile draft(draftPath);
    ASSERT_TRUE(draft.open(QIODevice::WriteOnly));
    draft.write(QJsonDocument(root).toJson());
    draft.close();

    OpenedSession s(draftPath);
    ASSERT_TRUE(s.opened) << qPrintable(s.message);
    DocumentsPage documentsPage(form(), &s.session);
    DocumentKindBox *letterBox = nullptr;
    for (DocumentKindBox *box : documentsPage.boxes()) {
        if (box->kind().value == QStringLiteral("authorization-letter"))
            letterBox = box;
        else
            EXPECT_FALSE(box->statusText().contains(QStringLiteral("letter.png")))
                << qPrintable(box->kind().value);
    }
    ASSERT_NE(letterBox, nullptr);
    const QString status = letterBox->statusText();
    EXPECT_EQ(status.count(QStringLiteral("“letter.png”")), 1) << qPrintable(status);
    EXPECT_TRUE(status.contains(QStringLiteral("cannot be opened"))) << qPrintable(status);
    EXPECT_TRUE(status.startsWith(QStringLiteral("Error:"))) << qPrintable(status);
    EXPECT_FALSE(documentsPage.otherProblemsText().contains(QStringLiteral("letter.png")));

    ReviewPage review(form(), &s.session);
    ASSERT_TRUE(openReview(review));
    EXPECT_FALSE(review.isComplete());
    QStringList codes;
    for (const Problem &problem : review.problems())
        codes << problem.code;
    EXPECT_EQ(codes, QStringList{QStringLiteral("document.scan-unreadable")});
    EXPECT_TRUE(runJs(review.view(), QStringLiteral("document.body.innerText"))
                    .toString()
                    .contains(QStringLiteral("The image “letter.png” of the document")));

    ExportFixture f(draftPath);
    ASSERT_TRUE(f.s.opened) << qPrintable(f.s.message);
    EXPECT_TRUE(labelTexts(&f.page).contains(QStringLiteral("Not ready: the application has 1 error.")))
        << qPrintable(labelTexts(&f.page));
    EXPECT_FALSE(f.exportNow());
    ASSERT_TRUE(f.page.lastResult().has_value());
    EXPECT_TRUE(f.page.lastResult()->refused);
    EXPECT_TRUE(QDir(f.out.path()).isEmpty());
    setUiLanguage(before);
}

} // namespace
