// The tagged PDF (PDF/UA-1, issue 19) read back as a screen reader's software would: the structural
// checker tests/tools/check-tagged-pdf.py on the applications and letters of every kind of applicant,
// and pdftotext saying which checkbox is ticked.
#include "application/checkedapplication.h"
#include "form/formdefinition.h"
#include "hpdfdocument.h"
#include "letter/letterpdf.h"
#include "pdf/pdfexporter.h"
#include "pdfpostprocess.h"
#include "pdftools.h"
#include "review/reviewreport.h"
#include "subsetrender.h"
#include "testdrafts.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::test;

namespace
{

class TaggedPdf : public ::testing::Test
{
  protected:
    void SetUp() override { ASSERT_TRUE(folder.isValid()); }

    QString application(const Draft &draft, const QString &name)
    {
        return writeApplicationPdfAtFixedTime(folder.path(), draft, name);
    }

    QString letter(const Draft &draft, const QString &name)
    {
        ValidationContext context;
        context.today = fixedExportTime().date();
        const CheckedApplication checked =
            CheckedApplication::check(FormDefinition::builtin(), draft, context);
        LetterPdfOptions options;
        options.exportTime = fixedExportTime();
        const QString path = folder.filePath(name);
        const LetterPdfResult result = writeLetterPdf(checked, path, options);
        EXPECT_TRUE(result.ok) << result.error.en.toStdString();
        return path;
    }

    QTemporaryDir folder;
};

// The count of each structure type in the checker's summary ("roles: H1=1 H2=4 ...").
int roleCount(const QString &summary, const QString &role)
{
    const QRegularExpression pattern(QStringLiteral("\\b%1=(\\d+)").arg(role));
    const QRegularExpressionMatch match = pattern.match(summary);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

// The drafts the issue names: the samples, a Hong Kong company, a natural person, long names.
QList<QPair<QString, Draft>> drafts()
{
    return {{QStringLiteral("company"), exampleDraft(QStringLiteral("company.nbapply.json"))},
            {QStringLiteral("individual"), exampleDraft(QStringLiteral("individual.nbapply.json"))},
            {QStringLiteral("hong-kong"), exampleDraft(QStringLiteral("hong-kong-company.nbapply.json"))},
            {QStringLiteral("mixed"), mixedCompanyDraft()},
            {QStringLiteral("long"), longDraft()}};
}

TEST_F(TaggedPdf, EveryApplicationIsTaggedWithItsTextInTheStructureTree)
{
    for (const auto &[name, draft] : drafts()) {
        SCOPED_TRACE(name.toStdString());
        const QString path = application(draft, name + QStringLiteral(".pdf"));
        const ToolRun run = checkTagged(path);
        EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
        // What the issue asks for: a title, section headings, the annex as tables whose label cells head
        // their rows, the options and the enclosed documents as lists.
        for (const char *role :
             {"Document", "H1", "H2", "P", "Table", "TR", "TH", "TD", "L", "LI", "Lbl", "LBody", "Span"})
            EXPECT_GT(roleCount(run.out, QString::fromLatin1(role)), 0)
                << role << " in " << run.out.toStdString();
        EXPECT_EQ(roleCount(run.out, QStringLiteral("TH")), roleCount(run.out, QStringLiteral("TR")));
        EXPECT_EQ(pdfInfo(path).value(QStringLiteral("Tagged")), QStringLiteral("yes"));
    }
}

TEST_F(TaggedPdf, EveryLetterIsTagged)
{
    for (const auto &[name, draft] : drafts()) {
        SCOPED_TRACE(name.toStdString());
        const QString path = letter(draft, name + QStringLiteral("-letter.pdf"));
        const ToolRun run = checkTagged(path);
        EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
        for (const char *role : {"H1", "H2", "P", "Table", "TR", "TH", "TD", "Span"})
            EXPECT_GT(roleCount(run.out, QString::fromLatin1(role)), 0)
                << role << " in " << run.out.toStdString();
        EXPECT_EQ(pdfInfo(path).value(QStringLiteral("Tagged")), QStringLiteral("yes"));
    }
}

TEST_F(TaggedPdf, TheReviewReportIsTagged)
{
    ValidationContext context;
    context.today = fixedExportTime().date();
    const CheckedApplication checked =
        CheckedApplication::check(FormDefinition::builtin(), longDraft(), context);
    ReviewReportOptions options;
    options.time = fixedExportTime();
    const QString path = folder.filePath(QStringLiteral("report.pdf"));
    const ReviewReportResult result = writeReviewReport(checked, path, options);
    ASSERT_TRUE(result.ok) << result.error.en.toStdString();
    const ToolRun run = checkTagged(path, false);
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString();
    for (const char *role : {"H1", "H2", "P"})
        EXPECT_GT(roleCount(run.out, QString::fromLatin1(role)), 0)
            << role << " in " << run.out.toStdString();
}

TEST_F(TaggedPdf, TheCheckerRejectsAPdfWithoutStructureAndTextOutsideMarkedContent)
{
    // Drawn with nbapply's own pipeline, once untagged and once with one line drawn untagged.
    const QList<char32_t> codePoints = {U'A', U'B', U'C', U'文'};
    for (const bool partly : {false, true}) {
        SCOPED_TRACE(partly ? "partly tagged" : "untagged");
        const pdf::RawPdf raw =
            pdf::renderWithFontSubset(QString(), codePoints, [&](pdf::HpdfDocument &document) {
                document.tags().setEnabled(partly);
                HPDF_Page page = document.addPage();
                document.tags().open(pdf::StructRole::P);
                document.drawText(page, 50, 700, u"AB文", 12);
                document.tags().setEnabled(false);
                document.drawText(page, 50, 680, u"CBA", 12); // not marked
                document.tags().setEnabled(partly);
                return 1;
            });
        ASSERT_TRUE(raw.ok()) << raw.error.en.toStdString();
        pdf::PdfMetadata metadata;
        metadata.title = QStringLiteral("测试 test");
        metadata.language = QStringLiteral("zh-CN");
        metadata.date = fixedExportTime();
        const pdf::PostprocessResult finished = pdf::postprocessPdf(
            raw.bytes, metadata, QStringLiteral("x.json"), "{}", {}, raw.privateUse, raw.tags);
        ASSERT_TRUE(finished.ok());
        const ToolRun run = checkTagged(writeTemp(folder.path(), QStringLiteral("t.pdf"), finished.pdf));
        EXPECT_EQ(run.exitCode, 1) << run.out.toStdString();
        const QString outside = partly
                                    ? QStringLiteral("1 text-showing operator(s) Tj outside marked content")
                                    : QStringLiteral("2 text-showing operator(s) Tj outside marked content");
        EXPECT_TRUE(run.out.contains(outside)) << run.out.toStdString();
        EXPECT_EQ(run.out.contains(QStringLiteral("not a tagged PDF")), !partly) << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("no structure element has /Lang en")))
            << run.out.toStdString();
    }
}

// The "Done when": two applications that differ only in the employee range differ in that range,
// and the words before each range say whether it is chosen.
TEST_F(TaggedPdf, PdftotextSaysWhichEmployeeRangeIsChosen)
{
    const QStringList ranges = {QStringLiteral("1-99"), QStringLiteral("100-999"),
                                QStringLiteral("1000-9999")};
    QStringList lines;
    for (const QString &range : ranges) {
        Draft draft = mixedCompanyDraft();
        draft.setText(QStringLiteral("applicant.employees"), range);
        const ToolRun run = pdfToText(application(draft, range + QStringLiteral(".pdf")));
        ASSERT_EQ(run.exitCode, 0);
        // The employee row: from its prefix to the next row's label (pdftotext's order within the cell).
        const qsizetype from = run.out.indexOf(QStringLiteral("员工人数："));
        const qsizetype to = run.out.indexOf(QStringLiteral("用户量"), from);
        ASSERT_GE(from, 0) << run.out.toStdString();
        ASSERT_GT(to, from) << run.out.toStdString();
        const QString line = run.out.mid(from, to - from).simplified();
        ASSERT_FALSE(line.isEmpty()) << run.out.toStdString();
        // Written out here, not taken from the code under test.
        const QString selected = QStringLiteral("☑ 已选 / selected ");
        const QString notSelected = QStringLiteral("☐ 未选 / not selected ");
        EXPECT_EQ(line.count(selected), 1) << line.toStdString();
        EXPECT_TRUE(line.contains(selected + range + QLatin1Char(' '))) << line.toStdString();
        for (const QString &other : ranges) {
            if (other != range) {
                EXPECT_TRUE(line.contains(notSelected + other + QLatin1Char(' '))) << line.toStdString();
            }
        }
        lines << line;
    }
    EXPECT_NE(lines.at(0), lines.at(1));
    EXPECT_NE(lines.at(1), lines.at(2));
}

} // namespace
