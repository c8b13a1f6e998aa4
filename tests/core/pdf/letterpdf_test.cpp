// The letter of authorisation read back as its reader would: pdftotext (both languages, every value),
// the glyphs, the determinism and the period.
#include "application/checkedapplication.h"
#include "form/formdefinition.h"
#include "letter/letterpdf.h"
#include "pdf/pdfexporter.h"
#include "pdftools.h"
#include "testdrafts.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::test;

namespace
{

CheckedApplication checkedOf(const Draft &draft, const QString &folder = QString())
{
    ValidationContext context;
    context.today = fixedExportTime().date();
    context.draftFolder = folder;
    return CheckedApplication::check(FormDefinition::builtin(), draft, context);
}

class LetterPdf : public ::testing::Test
{
  protected:
    void SetUp() override { ASSERT_TRUE(folder.isValid()); }

    QString write(const CheckedApplication &checked, const LetterPdfOptions &given = {})
    {
        LetterPdfOptions options = given;
        options.exportTime = fixedExportTime();
        const QString path = folder.filePath(letterFileName(checked, Language::Chinese));
        const LetterPdfResult result = writeLetterPdf(checked, path, options);
        EXPECT_TRUE(result.ok) << result.error.en.toStdString();
        EXPECT_EQ(result.pageCount, 1);
        return path;
    }

    QTemporaryDir folder;
};

TEST_F(LetterPdf, EveryValueOfPrincipalAndRepresentativeComesBackExactly)
{
    const CheckedApplication checked = checkedOf(mixedCompanyDraft());
    const QString path = write(checked);
    EXPECT_TRUE(path.endsWith(QStringLiteral("-2026-11-26-授权委托书.pdf")));
    const ToolRun run = pdfToText(path);
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_FALSE(run.err.contains(QStringLiteral("Syntax"))) << run.err.toStdString();
    const QString text = withoutWhitespace(run.out);
    // Written out here, not taken from the code under test.
    for (const char *expected : {"授权委托书",
                                 "LetterofAuthorisation",
                                 "【模板】",
                                 "[Template]",
                                 "委托人",
                                 "Principal",
                                 "䶮光（NanbeigeTest）数据科技有限公司",
                                 "91110108MA01C3QK0B",
                                 "统一社会信用代码",
                                 "受托人（授权代表）",
                                 "Authorisedrepresentative",
                                 "张伟ZhangWei",
                                 "110105199003071239",
                                 "zhang.wei@nanshan-ai.example.cn",
                                 "+861380013"
                                 "8000",
                                 "委托事项",
                                 "南北阁（Nanbeige）许可模型的商业使用",
                                 "commercialuseoftheNanbeige",
                                 "委托期限",
                                 "自2026-11-26起至本次申请相关事宜办理完毕之日止。",
                                 "From2026-11-26untilthemattersofthisapplicationareconcluded.",
                                 "委托人（盖章）",
                                 "Principal(officialseal)",
                                 "法定代表人（签字）",
                                 "Legalrepresentative(signature)",
                                 "日期",
                                 "以中文文本为准",
                                 "theChinesetextgoverns"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << "missing: " << expected;
    // And exactly as the application PDF prints each value (the checked application's display).
    for (const char *field : {"applicant.name", "applicant.idType", "applicant.idNumber", "applicant.address",
                              "representative.name", "representative.idType", "representative.idNumber",
                              "representative.email", "representative.phone"}) {
        const CheckedField *value = checked.field(QString::fromUtf8(field));
        ASSERT_NE(value, nullptr) << field;
        EXPECT_TRUE(text.contains(withoutWhitespace(value->display.zh))) << field;
        EXPECT_TRUE(text.contains(withoutWhitespace(value->display.en))) << field;
    }
    EXPECT_TRUE(text.contains(checked.fingerprint()));
}

TEST_F(LetterPdf, ANaturalPersonSignsWithoutASeal)
{
    const CheckedApplication checked = checkedOf(exampleDraft(QStringLiteral("individual.nbapply.json")));
    const QString text = withoutWhitespace(pdfToText(write(checked)).out);
    EXPECT_TRUE(text.contains(QStringLiteral("委托人（签字）")));
    EXPECT_TRUE(text.contains(QStringLiteral("修改后再签字。")));
    EXPECT_TRUE(text.contains(QStringLiteral("beforesigningit.")));
    // No seal box and no instruction to seal, in either language.
    EXPECT_FALSE(text.contains(QStringLiteral("盖章"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("seal"), Qt::CaseInsensitive)) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("法定代表人")));
    EXPECT_TRUE(text.contains(withoutWhitespace(checked.field(QStringLiteral("applicant.name"))->value)));
}

TEST_F(LetterPdf, EverySampleIsOnePage)
{
    // write() asserts one page; the boxes are on it, below the text.
    for (const char *name :
         {"company.nbapply.json", "individual.nbapply.json", "hong-kong-company.nbapply.json"}) {
        const CheckedApplication checked = checkedOf(exampleDraft(QString::fromUtf8(name)), examplesFolder());
        const QString text = withoutWhitespace(pdfToText(write(checked)).out);
        EXPECT_TRUE(text.contains(QStringLiteral("日期"))) << name;
        EXPECT_TRUE(text.contains(QStringLiteral("第1页/共1页"))) << name;
    }
}

TEST_F(LetterPdf, TheLongestValuesTheFieldsAllowStayOnOnePageWithTheBoxesBelowTheText)
{
    Draft draft = mixedCompanyDraft();
    const QString name = QStringLiteral("南山智能数据科技研究院有限责任公司").repeated(12).left(200);
    const QString address =
        QStringLiteral("广东省深圳市南山区粤海街道科技园社区科苑路 15 号科兴科学园 B 栋 3 单元 1203 室；")
            .repeated(8)
            .left(300);
    const QString representative = QStringLiteral("欧阳").repeated(50);
    draft.setText(QStringLiteral("applicant.name"), name);
    draft.setText(QStringLiteral("applicant.address"), address);
    draft.setText(QStringLiteral("representative.name"), representative);
    const CheckedApplication checked = checkedOf(draft);
    const QString path = write(checked); // asserts one page
    const QString text = withoutWhitespace(pdfToText(path).out);
    EXPECT_TRUE(text.contains(withoutWhitespace(name)));
    EXPECT_TRUE(text.contains(withoutWhitespace(address)));
    EXPECT_TRUE(text.contains(representative));
    // The boxes come after the last line of text, on the same page.
    const QList<PdfWord> words = pdfWords(path);
    double governingBottom = 0;
    double boxTop = 1e9;
    for (const PdfWord &word : words) {
        if (word.text.contains(QStringLiteral("Chinese")))
            governingBottom = std::max(governingBottom, word.box.bottom());
        if (word.text.contains(QStringLiteral("委托人（盖章）")))
            boxTop = std::min(boxTop, word.box.top());
    }
    EXPECT_GT(governingBottom, 0);
    EXPECT_LT(governingBottom, boxTop);
}

TEST_F(LetterPdf, AConfirmedValueIsMarkedUnverifiedAsInTheApplication)
{
    Draft draft = mixedCompanyDraft();
    draft.setText(QStringLiteral("applicant.idNumber"), QStringLiteral("91350100M0001TGQXM"));
    draft.setConfirmed(QStringLiteral("applicant.idNumber"), true);
    const CheckedApplication checked = checkedOf(draft);
    ASSERT_TRUE(checked.field(QStringLiteral("applicant.idNumber"))->isUnverified());
    // A phone number in a range the phone data does not know yet, confirmed by the user.
    Draft withPhone = draft;
    withPhone.setText(QStringLiteral("representative.phone"), QStringLiteral("16101234567"));
    withPhone.setConfirmed(QStringLiteral("representative.phone"), true);
    const CheckedApplication phoneChecked = checkedOf(withPhone);
    ASSERT_TRUE(phoneChecked.field(QStringLiteral("representative.phone"))->isUnverified());
    const QString phoneText = withoutWhitespace(pdfToText(write(phoneChecked)).out);
    EXPECT_EQ(phoneText.count(QStringLiteral("【未经校验/unverified】")), 2) << phoneText.toStdString();

    const QString path = write(checked);
    const QString text = withoutWhitespace(pdfToText(path).out);
    // Only that value is marked, and the mark is in its cell: below the value, at the same left edge.
    EXPECT_EQ(text.count(QStringLiteral("【未经校验/unverified】")), 1) << text.toStdString();
    QRectF value;
    QRectF mark;
    for (const PdfWord &word : pdfWords(path)) {
        if (word.text == QStringLiteral("91350100M0001TGQXM"))
            value = word.box;
        if (word.text.startsWith(QStringLiteral("【未经校验")))
            mark = word.box;
    }
    ASSERT_FALSE(value.isNull());
    ASSERT_FALSE(mark.isNull());
    EXPECT_NEAR(mark.left(), value.left(), 0.5);
    EXPECT_GT(mark.top(), value.top());
    EXPECT_LT(mark.top() - value.bottom(), 10.0);
}

TEST_F(LetterPdf, ACompanyOutsideMainlandChinaSignsByADirectorAndNamesItsIdentifier)
{
    const CheckedApplication checked =
        checkedOf(exampleDraft(QStringLiteral("hong-kong-company.nbapply.json")), examplesFolder());
    const QString text = withoutWhitespace(pdfToText(write(checked)).out);
    EXPECT_TRUE(text.contains(QStringLiteral("董事或授权签署人（签字）"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Directororauthorisedsignatory(signature)")));
    EXPECT_FALSE(text.contains(QStringLiteral("法定代表人")));
    EXPECT_FALSE(text.contains(QStringLiteral("Legalrepresentative")));
    EXPECT_TRUE(text.contains(QStringLiteral("境外注册号/RegistrationnumberoutsidemainlandChina")));
    EXPECT_FALSE(text.contains(QStringLiteral("统一社会信用代码")));
    EXPECT_TRUE(text.contains(QStringLiteral("委托人（盖章）")));
}

TEST_F(LetterPdf, AHongKongResidentIsIdentifiedByTheirIdentityCard)
{
    Draft draft = exampleDraft(QStringLiteral("individual.nbapply.json"));
    draft.setText(QStringLiteral("applicant.idType"), QStringLiteral("hkid"));
    draft.setText(QStringLiteral("applicant.idNumber"), QStringLiteral("ａ１２３４５６（３）"));
    const CheckedApplication checked = checkedOf(draft, examplesFolder());
    const CheckedField *number = checked.field(QStringLiteral("applicant.idNumber"));
    ASSERT_NE(number, nullptr);
    EXPECT_TRUE(number->problems.isEmpty());
    EXPECT_EQ(number->value, QStringLiteral("A123456(3)"));
    const QString text = withoutWhitespace(pdfToText(write(checked)).out);
    EXPECT_TRUE(text.contains(QStringLiteral("香港身份证号/HongKongidentitycardnumber")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("A123456(3)")));

    // A mistyped digit is caught by the check character.
    draft.setText(QStringLiteral("applicant.idNumber"), QStringLiteral("A123465(3)"));
    const CheckedApplication mistyped = checkedOf(draft, examplesFolder());
    QStringList codes;
    for (const Problem &problem : mistyped.field(QStringLiteral("applicant.idNumber"))->problems)
        codes << problem.code;
    EXPECT_EQ(codes, QStringList{QStringLiteral("hkid.check-digit")});
}

TEST_F(LetterPdf, TheFileNameIsInTheUsersLanguage)
{
    const CheckedApplication checked =
        checkedOf(exampleDraft(QStringLiteral("hong-kong-company.nbapply.json")));
    EXPECT_EQ(letterFileName(checked, Language::English),
              QStringLiteral("Harbour Analytics Limited-2026-11-26-letter-of-authorisation.pdf"));
    EXPECT_EQ(letterFileName(checked, Language::Chinese),
              QStringLiteral("Harbour Analytics Limited-2026-11-26-授权委托书.pdf"));
}

TEST_F(LetterPdf, TheSetPeriodIsPrintedAndAPeriodEndingBeforeItStartsIsRefused)
{
    const CheckedApplication checked = checkedOf(mixedCompanyDraft());
    LetterPdfOptions options;
    options.period = {QDate(2026, 12, 1), QDate(2027, 11, 30)};
    const QString text = withoutWhitespace(pdfToText(write(checked, options)).out);
    EXPECT_TRUE(text.contains(QStringLiteral("自2026-12-01起至2027-11-30止。")));
    EXPECT_TRUE(text.contains(QStringLiteral("From2026-12-01to2027-11-30.")));

    options.period = {QDate(2026, 12, 1), QDate(2026, 11, 30)};
    const QString path = folder.filePath(QStringLiteral("refused.pdf"));
    const LetterPdfResult refused = writeLetterPdf(checked, path, options);
    EXPECT_FALSE(refused.ok);
    EXPECT_TRUE(refused.error.zh.contains(QStringLiteral("早于")));
    EXPECT_TRUE(refused.error.en.contains(QStringLiteral("ends (2026-11-30) before it starts (2026-12-01)")));
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(LetterPdf, NoGlyphLosesAComponentAndTheFileIsOwnerOnlyA4)
{
    const QString path = write(checkedOf(mixedCompanyDraft()));
    const ToolRun glyphs = checkGlyphs(path);
    EXPECT_EQ(glyphs.exitCode, 0) << glyphs.out.toStdString() << glyphs.err.toStdString();
    EXPECT_EQ(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
    const auto info = pdfInfo(path);
    EXPECT_TRUE(info.value(QStringLiteral("Page size")).startsWith(QStringLiteral("595.276 x 841.89")));
    EXPECT_EQ(info.value(QStringLiteral("Pages")), QStringLiteral("1"));
    const ToolRun check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString();
}

TEST_F(LetterPdf, SameApplicationAndClockGiveTheSameBytes)
{
    const CheckedApplication checked = checkedOf(mixedCompanyDraft());
    LetterPdfOptions options;
    options.exportTime = fixedExportTime();
    const LetterPdfResult first = renderLetterPdf(checked, options);
    const LetterPdfResult second = renderLetterPdf(checked, options);
    ASSERT_TRUE(first.ok && second.ok);
    EXPECT_EQ(first.pdf, second.pdf);

    qputenv("SOURCE_DATE_EPOCH", "1795680000");
    const LetterPdfResult third = renderLetterPdf(checked);
    const LetterPdfResult fourth = renderLetterPdf(checked);
    qunsetenv("SOURCE_DATE_EPOCH");
    ASSERT_TRUE(third.ok && fourth.ok);
    EXPECT_EQ(third.pdf, fourth.pdf);
    EXPECT_NE(third.pdf, first.pdf); // the metadata carries the clock
}

} // namespace
