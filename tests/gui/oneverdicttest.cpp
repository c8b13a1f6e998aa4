// One verdict per situation: a missing document file gets the same verdict in Review and on the Export
// page wherever the draft came from, and "ready to export" is true exactly when the export will succeed.
#include "draft/draftfile.h"
#include "export/applicationexport.h"
#include "reviewexporthelpers.h"
#include "uilanguage.h"

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
        const QString expected =
            source == draftPath ? QStringLiteral("document.not-found") : QStringLiteral("document.no-folder");

        ReviewPage review(form(), &s.session);
        ASSERT_TRUE(openReview(review));
        EXPECT_FALSE(review.isComplete());
        int errors = 0;
        for (const Problem &problem : review.problems())
            if (problem.field == QStringLiteral("documents") && problem.isError()) {
                EXPECT_EQ(problem.code, expected);
                ++errors;
            }
        EXPECT_EQ(errors, 4);
        EXPECT_EQ(runJs(review.view(),
                        QStringLiteral("document.querySelectorAll('section.summary.blocked').length"))
                      .toInt(),
                  1);

        ExportFixture f(source);
        EXPECT_TRUE(labelTexts(&f.page).contains(QStringLiteral("Not ready: the application has 4 errors.")))
            << qPrintable(labelTexts(&f.page));
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

} // namespace
