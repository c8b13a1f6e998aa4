// exportApplication(): validate, then the PDF and the e-mail draft, or nothing at all.
#include "draft/draftfile.h"
#include "export/applicationexport.h"
#include "form/formdefinition.h"
#include "pdftools.h"
#include "received/receivedfile.h"
#include "testdrafts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::test;

namespace
{

ApplicationExportOptions exampleOptions()
{
    ApplicationExportOptions options;
    options.exportTime = fixedExportTime();
    options.draftFolder = examplesFolder();
    return options;
}

TEST(ApplicationExport, WritesThePdfAndTheEmailNamedAfterTheApplicant)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString out = QDir(dir.path()).filePath(QStringLiteral("新建文件夹/out"));
    const Draft draft = exampleDraft(QStringLiteral("company.nbapply.json"));
    const ApplicationExportResult result =
        exportApplication(FormDefinition::builtin(), draft, out, exampleOptions());
    ASSERT_TRUE(result.ok) << result.error.en.toStdString();
    EXPECT_FALSE(result.refused);
    EXPECT_EQ(QFileInfo(result.pdfPath).fileName(),
              QStringLiteral("北京南山智能科技有限公司-2026-11-26.pdf"));
    EXPECT_EQ(QFileInfo(result.emailPath).fileName(),
              QStringLiteral("北京南山智能科技有限公司-2026-11-26.eml"));
    EXPECT_TRUE(QFile::exists(result.pdfPath));
    EXPECT_TRUE(QFile::exists(result.emailPath));
    const DraftLoadResult back = loadDraftFile(result.pdfPath);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back.draft, draft.portableCopy(false));
    // The e-mail carries the PDF just written.
    QFile eml(result.emailPath);
    ASSERT_TRUE(eml.open(QIODevice::ReadOnly));
    EXPECT_TRUE(eml.readAll().contains("X-Unsent: 1"));
}

TEST(ApplicationExport, ADraftWithErrorsIsRefusedAndNothingIsWritten)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Draft draft = exampleDraft(QStringLiteral("company.nbapply.json"));
    draft.setText(QStringLiteral("applicant.idNumber"),
                  QStringLiteral("91110108MA01C3QK0X")); // wrong check char
    draft.setText(QStringLiteral("representative.email"), QStringLiteral("not an address"));
    const ApplicationExportResult result =
        exportApplication(FormDefinition::builtin(), draft, dir.path(), exampleOptions());
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.refused);
    EXPECT_TRUE(hasErrors(result.problems));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST(ApplicationExport, PdfOnlyWhenAsked)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ApplicationExportOptions options = exampleOptions();
    options.writeEmail = false;
    const ApplicationExportResult result =
        exportApplication(FormDefinition::builtin(), exampleDraft(QStringLiteral("individual.nbapply.json")),
                          dir.path(), options);
    ASSERT_TRUE(result.ok) << result.error.en.toStdString();
    EXPECT_TRUE(result.emailPath.isEmpty());
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("王芳-2026-11-26.pdf")});
}

TEST(ApplicationExport, AFailingPdfLeavesNoFileAndSaysWhy)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ApplicationExportOptions options = exampleOptions();
    options.fontPath = QDir(dir.path()).filePath(QStringLiteral("missing.ttf"));
    const ApplicationExportResult result = exportApplication(
        FormDefinition::builtin(), exampleDraft(QStringLiteral("company.nbapply.json")), dir.path(), options);
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.refused);
    EXPECT_TRUE(result.error.en.contains(QStringLiteral("font")));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

} // namespace
