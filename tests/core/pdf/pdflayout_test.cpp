// Layout under stress: the longest values the validators allow, hostile characters, page flow.
#include "draft/draftfile.h"
#include "form/formdefinition.h"
#include "pdf/pdfexporter.h"
#include "pdftools.h"
#include "received/receivedfile.h"
#include "testdrafts.h"
#include "validation/draftvalidator.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::test;

namespace
{

class PdfLayout : public ::testing::Test
{
  protected:
    void SetUp() override { ASSERT_TRUE(folder.isValid()); }

    QString render(const Draft &draft, PdfExportResult *out = nullptr)
    {
        PdfExportOptions options;
        options.exportTime = fixedExportTime();
        const QString path = folder.filePath(QStringLiteral("layout.pdf"));
        // Set NBAPPLY_TEST_KEEP_PDF=1 to keep the PDFs for looking at them (pdftoppm).
        if (qEnvironmentVariableIsSet("NBAPPLY_TEST_KEEP_PDF"))
            folder.setAutoRemove(false);
        const PdfExportResult result = writeApplicationPdf(FormDefinition::builtin(), draft, path, options);
        EXPECT_TRUE(result.ok) << result.error.en.toStdString();
        if (out)
            *out = result;
        return path;
    }

    QTemporaryDir folder;
};

TEST_F(PdfLayout, TheLongestAllowedValuesAreValidAndKeepEveryCharacter)
{
    const Draft draft = longDraft();
    ValidationContext context;
    context.today = fixedExportTime().date();
    context.canPrint = printableCharacters();
    for (const Problem &problem : validateDraft(FormDefinition::builtin(), draft, context))
        EXPECT_FALSE(problem.field.startsWith(QStringLiteral("plan.")) && problem.isError())
            << problem.code.toStdString();

    PdfExportResult result;
    const QString path = render(draft, &result);
    EXPECT_GE(result.pageCount, 3);
    const ToolRun text = pdfToText(path);
    EXPECT_FALSE(text.err.contains(QStringLiteral("Syntax")));
    // poppler reads the label column's lines (a field's English label) where it likes, sometimes in
    // the middle of a value that continues on the next page: set those aside as well.
    QStringList labels;
    for (const SectionDefinition &section : FormDefinition::builtin().sections)
        for (const FieldDefinition &field : section.fields)
            labels << field.label.zh << field.label.en;
    QStringList lines = textWithoutPageFurniture(text.out).split(QLatin1Char('\n'));
    lines.removeIf([&](const QString &line) { return labels.contains(line.trimmed()); });
    const QString extracted = withoutWhitespace(lines.join(QLatin1Char('\n')));
    for (const char *field : {"applicant.name", "applicant.address", "plan.regions", "plan.usage",
                              "plan.duration", "plan.derivativeTraining"}) {
        const QString value = withoutWhitespace(draft.text(QString::fromLatin1(field)));
        EXPECT_TRUE(extracted.contains(value)) << field;
    }
}

TEST_F(PdfLayout, NothingLeavesThePageOrCrossesIntoTheFooter)
{
    const QString path = render(longDraft());
    const QList<PdfWord> words = pdfWords(path);
    ASSERT_GT(words.size(), 200);
    for (const PdfWord &word : words) {
        EXPECT_GE(word.box.left(), 47.0) << word.text.toStdString();
        EXPECT_LE(word.box.right(), word.page.width() - 47.0) << word.text.toStdString();
        EXPECT_GE(word.box.top(), 40.0) << word.text.toStdString();
        EXPECT_LE(word.box.bottom(), word.page.height() - 20.0) << word.text.toStdString();
        // Body text stays above the footer rule (44 pt from the bottom); only the footer is below.
        if (word.box.bottom() > word.page.height() - 58.0) {
            EXPECT_GT(word.box.top(), word.page.height() - 44.0) << word.text.toStdString();
        }
    }
}

TEST_F(PdfLayout, ValuesStayInTheirColumn)
{
    const QString path = render(longDraft());
    // The value column starts 150 pt right of the table's left edge (48 pt): a value word never starts
    // left of it, a label word never ends right of it. Words of the long plan are recognisable.
    const QString usage = withoutWhitespace(longDraft().text(QStringLiteral("plan.usage")));
    for (const PdfWord &word : pdfWords(path)) {
        if (word.text.size() >= 8 && usage.contains(word.text) && word.box.top() > 60 &&
            word.box.bottom() < word.page.height() - 58.0) {
            EXPECT_GE(word.box.left(), 48.0 + 150.0) << word.text.toStdString();
        }
    }
}

TEST_F(PdfLayout, ASectionContinuedOnTheNextPageRepeatsItsHeading)
{
    const QString text = pdfToText(render(longDraft())).out;
    EXPECT_TRUE(text.contains(QStringLiteral("三、申请人商业使用计划（续）")));
    EXPECT_TRUE(text.contains(QStringLiteral("3. Commercial use plan (continued)")));
}

TEST_F(PdfLayout, EveryPageHasItsFooter)
{
    PdfExportResult result;
    const QString path = render(longDraft(), &result);
    const QString text = pdfToText(path).out;
    for (int page = 1; page <= result.pageCount; ++page) {
        EXPECT_TRUE(text.contains(QStringLiteral("第 %1 页 / 共 %2 页").arg(page).arg(result.pageCount)));
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(result.pageCount)));
    }
    EXPECT_EQ(text.count(QStringLiteral("nanbeige-annex@1")), result.pageCount);
    EXPECT_EQ(text.count(QStringLiteral("2026-11-26")), result.pageCount);
    const DraftLoadResult opened = loadDraftFile(path);
    ASSERT_TRUE(opened.ok()) << opened.error.en.toStdString();
    EXPECT_EQ(text.count(opened.received->fingerprint), result.pageCount);
}

TEST_F(PdfLayout, PdfSyntaxCharactersArePrintedLiterally)
{
    Draft draft = mixedCompanyDraft();
    const QString hostile = QStringLiteral("A (B) \\C\\ <D> [E] {F} /G %H ) ( \\) endstream BT ET");
    draft.setText(QStringLiteral("applicant.address"), hostile);
    draft.setText(QStringLiteral("plan.usage"), QStringLiteral("<</Type /Catalog>> (unbalanced \\"));
    const QString path = render(draft);
    const QString extracted = withoutWhitespace(pdfToText(path).out);
    EXPECT_TRUE(extracted.contains(withoutWhitespace(hostile)));
    EXPECT_TRUE(extracted.contains(QStringLiteral("<</Type/Catalog>>(unbalanced\\")));
    const ToolRun check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString();
}

TEST_F(PdfLayout, ControlCharactersAreStoppedByValidationBeforeExport)
{
    for (const QString &bad : {QStringLiteral("Evil\u0007Co"), QStringLiteral("Name\u202Egnp.exe"),
                               QStringLiteral("two\r\nlines"), QStringLiteral("esc\u001B[31m")}) {
        Draft draft = mixedCompanyDraft();
        draft.setText(QStringLiteral("applicant.name"), bad);
        ValidationContext context;
        context.today = fixedExportTime().date();
        context.canPrint = printableCharacters();
        const Problems problems = validateDraft(FormDefinition::builtin(), draft, context);
        bool nameError = false;
        for (const Problem &problem : problems)
            nameError = nameError || (problem.isError() && problem.field == QStringLiteral("applicant.name"));
        EXPECT_TRUE(nameError) << bad.toStdString();
    }
}

TEST_F(PdfLayout, UnverifiedCreditCodeIsMarked)
{
    // An early pilot code that fails only its check character, confirmed by the user.
    Draft draft = mixedCompanyDraft();
    draft.setText(QStringLiteral("applicant.idNumber"), QStringLiteral("91350100M0001TGQXM"));
    draft.setConfirmed(QStringLiteral("applicant.idNumber"), true);
    const QString marked = pdfToText(render(draft)).out;
    EXPECT_TRUE(marked.contains(QStringLiteral("未经校验 / unverified")));
    // A confirmation left on a code that passes every check marks nothing: there is nothing unverified.
    Draft valid = mixedCompanyDraft();
    valid.setConfirmed(QStringLiteral("applicant.idNumber"), true);
    EXPECT_FALSE(pdfToText(render(valid)).out.contains(QStringLiteral("未经校验")));
    const QString plain = pdfToText(render(mixedCompanyDraft())).out;
    EXPECT_FALSE(plain.contains(QStringLiteral("未经校验")));
}

TEST_F(PdfLayout, ChoicesShowEveryOptionWithTheirLabels)
{
    const QString extracted = withoutWhitespace(pdfToText(render(mixedCompanyDraft())).out);
    for (const char *option :
         {"员工人数：", "1-99", "100-999", "1000-9999", "10000+", "1-999", "1000-10w", "10w-100w", "100w+",
          "南北阁16B基座模型（Nanbeige16B基座模型）", "南北阁16Bchat模型（Nanbeige16Bchat模型）"})
        EXPECT_TRUE(extracted.contains(QString::fromUtf8(option))) << option;
}

} // namespace
