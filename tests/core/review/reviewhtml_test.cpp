// The review page as HTML: what the user reads before exporting, and what the GUI's links rely on.
#include "application/checkedapplication.h"
#include "draft/draftreview.h"
#include "review/reviewhtml.h"
#include "reviewtestdraft.h"
#include "signing/approvalsignature.h"
#include "signing/signingidentity.h"
#include "signing/truststore.h"
#include "testpki.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace nbapply
{
namespace
{

const FormDefinition &form()
{
    return FormDefinition::builtin();
}

CheckedApplication checkedOf(const Draft &draft)
{
    ValidationContext context;
    context.today = QDate(2026, 11, 26);
    return CheckedApplication::check(form(), draft, context);
}

QSet<QString> fieldLinks(const QString &html)
{
    static const QRegularExpression link(
        QStringLiteral("<a class=\"field-link\" href=\"nbapply-edit:([^\"]+)\""));
    QSet<QString> paths;
    for (const QRegularExpressionMatch &m : link.globalMatch(html))
        paths.insert(m.captured(1));
    return paths;
}

// The HTML of one table row, by the field path it shows.
QString rowOf(const QString &html, const QString &path)
{
    const qsizetype start = html.indexOf(QStringLiteral("<tr id=\"field-%1\"").arg(path));
    if (start < 0)
        return {};
    return html.mid(start, html.indexOf(QStringLiteral("</tr>"), start) - start);
}

TEST(ReviewHtml, EveryApplicableFieldOfACompanyIsALinkToItsEditor)
{
    const Draft draft = test::reviewCompanyDraft(form());
    const QString html = renderReviewHtml(checkedOf(draft), Problems{}, Language::Chinese);

    QSet<QString> expected;
    for (const SectionDefinition &section : form().sections)
        for (const FieldDefinition &field : section.fields)
            if (field.appliesToDraft(draft)) // every field but "which document" (for an other document)
                expected.insert(field.path());
    for (const DocumentKind &kind : form().documentKinds)
        if (kind.isRequiredFor(QStringLiteral("organization")))
            expected.insert(QStringLiteral("documents.") + kind.value);
    EXPECT_EQ(fieldLinks(html), expected);
    EXPECT_EQ(reviewEditLink(QStringLiteral("plan.usage")), QStringLiteral("nbapply-edit:plan.usage"));
}

TEST(ReviewHtml, ShowsBothLabelsAndTheValues)
{
    const QString html =
        renderReviewHtml(checkedOf(test::reviewCompanyDraft(form())), Problems{}, Language::English);
    for (const QString &text :
         {QStringLiteral("南北阁（Nanbeige）许可模型商业使用申请表"), QStringLiteral("一、申请人基本信息"),
          QStringLiteral("1. Applicant"), QStringLiteral("申请人名称"), QStringLiteral("Applicant name"),
          QStringLiteral("北京星河智能科技有限公司"), QStringLiteral("91110108MA01W8XK3T"),
          QStringLiteral("有限责任公司"), QStringLiteral("Limited liability company"),
          QStringLiteral("I 信息传输、软件和信息技术服务业"), QStringLiteral("特别提示"),
          QStringLiteral("Important notes"), QStringLiteral("nanbeige@126.com"),
          QStringLiteral("营业执照.pdf"), QStringLiteral("docs/营业执照.pdf"), QStringLiteral("员工人数："),
          QStringLiteral("本申请表以中文为准")})
        EXPECT_TRUE(html.contains(text)) << qPrintable(text);
    EXPECT_TRUE(html.contains(QStringLiteral("No errors: the application can be exported.")));
    EXPECT_TRUE(html.contains(QStringLiteral("Data fingerprint ") +
                              checkedOf(test::reviewCompanyDraft(form())).fingerprint()));
}

TEST(ReviewHtml, ChoicesShowEveryOptionWithTheChosenOneTicked)
{
    const QString html =
        renderReviewHtml(checkedOf(test::reviewCompanyDraft(form())), Problems{}, Language::Chinese);
    const QString employees = rowOf(html, QStringLiteral("applicant.employees"));
    EXPECT_TRUE(
        employees.contains(QStringLiteral("<li class=\"chosen\"><span class=\"box\" aria-hidden=\"true\">☑"
                                          "</span><span class=\"sr-only\">已选：</span><span class=\"zh\" "
                                          "lang=\"zh-CN\">100-999</span><span class=\"en\" "
                                          "lang=\"en\">100–999</span>")))
        << qPrintable(employees);
    EXPECT_EQ(employees.count(QStringLiteral("class=\"unchosen\"")), 3);
    const QString models = rowOf(html, QStringLiteral("plan.models"));
    EXPECT_EQ(models.count(QStringLiteral("class=\"chosen\"")), 1);
    EXPECT_TRUE(models.contains(QStringLiteral("Nanbeige 16B chat model")));
}

// A screen reader reads what is not aria-hidden: the chosen state in words, the tables with column
// headers and a name, the headings with their level.
TEST(ReviewHtml, ChosenOptionsTablesAndHeadingsAreReadableByAScreenReader)
{
    for (const Language language : {Language::Chinese, Language::English}) {
        const QString html =
            renderReviewHtml(checkedOf(test::reviewCompanyDraft(form())), Problems{}, language);
        const QString chosen =
            language == Language::Chinese ? QStringLiteral("已选：") : QStringLiteral("Chosen: ");
        const QString unchosen =
            language == Language::Chinese ? QStringLiteral("未选：") : QStringLiteral("Not chosen: ");
        const QString kind = rowOf(html, QStringLiteral("applicant.kind"));
        EXPECT_EQ(kind.count(QStringLiteral("<span class=\"sr-only\">%1</span>").arg(chosen)), 1)
            << qPrintable(kind);
        EXPECT_EQ(kind.count(QStringLiteral("<span class=\"sr-only\">%1</span>").arg(unchosen)), 1);
        // Every ☑/☐ glyph is hidden, and every one has its state in words beside it.
        EXPECT_EQ(html.count(QStringLiteral("aria-hidden=\"true\">☑")) +
                      html.count(QStringLiteral("aria-hidden=\"true\">☐")),
                  html.count(QStringLiteral("<span class=\"sr-only\">%1</span>").arg(chosen)) +
                      html.count(QStringLiteral("<span class=\"sr-only\">%1</span>").arg(unchosen)));
        // Each field table is named by its section heading and has column headers.
        const qsizetype tables = html.count(QStringLiteral("<table class=\"fields\""));
        EXPECT_GE(tables, 4);
        EXPECT_EQ(html.count(QStringLiteral("<th scope=\"col\">")), 2 * tables);
        static const QRegularExpression labelled(
            QStringLiteral("<table class=\"fields\" aria-labelledby=\"([^\"]+)\""));
        qsizetype named = 0;
        for (const QRegularExpressionMatch &m : labelled.globalMatch(html)) {
            EXPECT_TRUE(html.contains(QStringLiteral("<h2 id=\"%1\">").arg(m.captured(1))))
                << qPrintable(m.captured(1));
            ++named;
        }
        EXPECT_EQ(named, tables);
        EXPECT_EQ(html.count(QStringLiteral("<h1")), 1);
        EXPECT_GE(html.count(QStringLiteral("<h2")), tables);
        // A heading's Chinese and English halves are apart in its accessible name (inline spans are
        // joined without a space: AT-SPI read "一、申请人基本信息1. Applicant").
        EXPECT_TRUE(
            html.contains(QStringLiteral("<h2 id=\"heading-applicant\"><span "
                                         "lang=\"zh-CN\">一、申请人基本信息</span> <span class=\"en\"")))
            << qPrintable(html.left(4000));
        EXPECT_FALSE(html.contains(QStringLiteral("</span><span class=\"en\" lang=\"en\">1. Applicant")));
        // The hidden text is drawn nowhere.
        EXPECT_TRUE(html.contains(QStringLiteral(".sr-only { position: absolute; width: 1px; height: 1px;")));
        EXPECT_TRUE(html.contains(QStringLiteral("@media print { .sr-only { display: none; } }")));
    }
}

TEST(ReviewHtml, HostileValuesAreEscapedAndCannotBreakThePage)
{
    Draft draft = test::reviewCompanyDraft(form());
    draft.setText(
        QStringLiteral("applicant.name"),
        QStringLiteral("<script>alert(1)</script></bdi></td><a href=\"javascript:x\">&amp;\x01\x1b") +
            QChar(0x202E) + QStringLiteral("evil") + QChar(0xD800));
    draft.setText(QStringLiteral("plan.usage"), QStringLiteral("line one\r\nline two\rline three"));
    draft.setDocuments(
        {{QStringLiteral("business-licence"), QStringLiteral("\"><img src=x onerror=alert(1)>.pdf")}});
    const QString html = renderReviewHtml(checkedOf(draft), Problems{}, Language::Chinese);

    EXPECT_FALSE(html.contains(QStringLiteral("<script")));
    EXPECT_FALSE(html.contains(QStringLiteral("<img")));
    EXPECT_FALSE(html.contains(QStringLiteral("href=\"javascript")));
    const QString name = rowOf(html, QStringLiteral("applicant.name"));
    EXPECT_TRUE(
        name.contains(QStringLiteral("<bdi>&lt;script&gt;alert(1)&lt;/script&gt;&lt;/bdi&gt;&lt;/td&gt;"
                                     "&lt;a href=&quot;javascript:x&quot;&gt;&amp;amp;")))
        << qPrintable(name);
    // Control characters and the unpaired surrogate are shown as U+FFFD; the RTL override stays
    // inside its <bdi> so it cannot reorder the rest of the page.
    EXPECT_FALSE(html.contains(QChar(0x01)));
    EXPECT_FALSE(html.contains(QChar(0x1b)));
    EXPECT_FALSE(html.contains(QChar(0xD800)));
    EXPECT_TRUE(name.contains(QString(QChar(QChar::ReplacementCharacter)) +
                              QChar(QChar::ReplacementCharacter) + QChar(0x202E) + QStringLiteral("evil") +
                              QChar(QChar::ReplacementCharacter) + QStringLiteral("</bdi>")));
    EXPECT_TRUE(
        rowOf(html, QStringLiteral("plan.usage")).contains(QStringLiteral("line one\nline two\nline three")));
    EXPECT_FALSE(html.contains(QLatin1Char('\r')));
    // The number of rows is unchanged: nothing the user typed opened or closed an element.
    EXPECT_EQ(html.count(QStringLiteral("<tr ")), fieldLinks(html).size());
}

TEST(ReviewHtml, HugeValuesAreCutShortWithANote)
{
    Draft draft = test::reviewCompanyDraft(form());
    draft.setText(QStringLiteral("plan.usage"), QString(1'000'000, QChar(u'长')));
    const QString html = renderReviewHtml(checkedOf(draft), Problems{}, Language::English);
    EXPECT_LT(html.size(), 100'000);
    EXPECT_TRUE(html.contains(QStringLiteral("(too long: the first 10000 of 1000000 characters are shown)")));
}

TEST(ReviewHtml, ProblemsAreSummarisedAndShownBesideTheirFieldByWordAndIcon)
{
    const Problems problems{
        {Severity::Error,
         QStringLiteral("field.required"),
         QStringLiteral("applicant.address"),
         {QStringLiteral("请填写经营地址。"), QStringLiteral("Enter the business address.")}},
        {Severity::Warning,
         QStringLiteral("id.under-18"),
         QStringLiteral("representative.idNumber"),
         {QStringLiteral("授权代表未满 18 岁。"), QStringLiteral("The representative is under 18.")}},
        {Severity::Error,
         QStringLiteral("document.missing"),
         QStringLiteral("documents.business-licence"),
         {QStringLiteral("请添加企业营业执照。"), QStringLiteral("Add the business licence.")}},
    };
    const QString zh =
        renderReviewHtml(checkedOf(test::reviewCompanyDraft(form())), problems, Language::Chinese);

    EXPECT_TRUE(zh.contains(QStringLiteral("有 2 个错误，改正后才能导出。 另有 1 个警告")));
    EXPECT_TRUE(zh.contains(QStringLiteral("<section class=\"summary blocked\"")));
    EXPECT_TRUE(
        zh.contains(QStringLiteral("<a class=\"problem-link\" href=\"nbapply-edit:applicant.address\">")));
    const QString address = rowOf(zh, QStringLiteral("applicant.address"));
    EXPECT_TRUE(
        address.startsWith(QStringLiteral("<tr id=\"field-applicant.address\" class=\"has-error\">")));
    EXPECT_TRUE(address.contains(QStringLiteral("<div class=\"problem error\"><svg")));
    EXPECT_TRUE(address.contains(QStringLiteral("<span class=\"kind\">错误：</span>请填写经营地址。")));
    const QString id = rowOf(zh, QStringLiteral("representative.idNumber"));
    EXPECT_TRUE(id.contains(QStringLiteral("class=\"has-warning\"")));
    EXPECT_TRUE(id.contains(QStringLiteral("<span class=\"kind\">警告：</span>授权代表未满 18 岁。")));
    EXPECT_TRUE(rowOf(zh, QStringLiteral("documents.business-licence"))
                    .contains(QStringLiteral("请添加企业营业执照。")));
    EXPECT_FALSE(rowOf(zh, QStringLiteral("applicant.name")).contains(QStringLiteral("problem")));

    const QString en =
        renderReviewHtml(checkedOf(test::reviewCompanyDraft(form())), problems, Language::English);
    EXPECT_TRUE(en.contains(QStringLiteral("2 error(s) must be corrected")));
    EXPECT_TRUE(
        en.contains(QStringLiteral("<span class=\"kind\">Warning: </span>The representative is under 18.")));
    EXPECT_FALSE(en.contains(QStringLiteral("请填写经营地址。")));
}

TEST(ReviewHtml, ProblemsOfFieldsNotOnThePageAreNotLost)
{
    Draft draft = test::reviewCompanyDraft(form());
    draft.setText(QStringLiteral("applicant.kind"), QStringLiteral("individual"));
    const Problems problems{
        {Severity::Error,
         QStringLiteral("x"),
         QStringLiteral("applicant.enterpriseType"),
         {QStringLiteral("不适用的字段。"), QStringLiteral("A field that does not apply.")}}};
    const QString html = renderReviewHtml(checkedOf(draft), problems, Language::English);
    EXPECT_TRUE(html.contains(QStringLiteral("<section id=\"section-other\">")));
    EXPECT_TRUE(html.contains(QStringLiteral("A field that does not apply.")));
}

TEST(ReviewHtml, NaturalPersonViewOmitsCompanyFieldsAndSeals)
{
    Draft draft = test::reviewCompanyDraft(form());
    draft.setText(QStringLiteral("applicant.kind"), QStringLiteral("individual"));
    draft.setText(QStringLiteral("applicant.idType"), QStringLiteral("resident-id"));
    draft.setDocuments({{QStringLiteral("applicant-id-copy"), QStringLiteral("id.png")}});
    const QString html = renderReviewHtml(checkedOf(draft), Problems{}, Language::Chinese);

    const QSet<QString> links = fieldLinks(html);
    for (const QString &companyOnly :
         {QStringLiteral("applicant.enterpriseType"), QStringLiteral("applicant.industry"),
          QStringLiteral("applicant.establishedOn"), QStringLiteral("applicant.employees"),
          QStringLiteral("documents.business-licence"),
          QStringLiteral("documents.legal-representative-id-copy")}) {
        EXPECT_FALSE(links.contains(companyOnly)) << qPrintable(companyOnly);
        EXPECT_TRUE(rowOf(html, companyOnly).isEmpty()) << qPrintable(companyOnly);
    }
    for (const QString &text : {QStringLiteral("企业类型"), QStringLiteral("所属行业"),
                                QStringLiteral("成立时间"), QStringLiteral("企业员工规模"),
                                QStringLiteral("class=\"mark stamp\""), QStringLiteral("有限责任公司")})
        EXPECT_FALSE(html.contains(text)) << qPrintable(text);
    EXPECT_TRUE(links.contains(QStringLiteral("applicant.users")));
    EXPECT_TRUE(links.contains(QStringLiteral("documents.applicant-id-copy")));
    EXPECT_TRUE(rowOf(html, QStringLiteral("applicant.idType"))
                    .contains(QStringLiteral("Chinese resident ID number")));
    // The kind row ticks 自然人.
    EXPECT_TRUE(
        rowOf(html, QStringLiteral("applicant.kind"))
            .contains(QStringLiteral("<li class=\"chosen\"><span class=\"box\" aria-hidden=\"true\">☑</span>"
                                     "<span class=\"sr-only\">已选：</span><span class=\"zh\" "
                                     "lang=\"zh-CN\">自然人</span>")));
}

TEST(ReviewHtml, OrganisationDocumentsCarryTheSealMarkAndMissingOnesSaySo)
{
    const QString html =
        renderReviewHtml(checkedOf(test::reviewCompanyDraft(form())), Problems{}, Language::English);
    const QString licence = rowOf(html, QStringLiteral("documents.business-licence"));
    EXPECT_TRUE(licence.contains(QStringLiteral("<span class=\"mark stamp\">须加盖公章")));
    EXPECT_TRUE(licence.contains(QStringLiteral("营业执照.pdf")));
    const QString legalRep = rowOf(html, QStringLiteral("documents.legal-representative-id-copy"));
    EXPECT_TRUE(legalRep.contains(QStringLiteral("(not added)")));
    EXPECT_TRUE(html.contains(QStringLiteral("法人或其他组织提交的材料均须加盖公章。")));
}

// The marks of a document are read one after the other as text (a screen reader, copy and paste):
// they are apart, not "Required须加盖公章".
TEST(ReviewHtml, DocumentMarksAreSeparatedInTheText)
{
    const QString html =
        renderReviewHtml(checkedOf(test::reviewCompanyDraft(form())), Problems{}, Language::English);
    QString text = rowOf(html, QStringLiteral("documents.business-licence"));
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    EXPECT_TRUE(text.contains(QStringLiteral("必须提交 Required; 须加盖公章 Official seal required")))
        << qPrintable(text);
    EXPECT_FALSE(text.contains(QStringLiteral("Required须"))) << qPrintable(text);
}

TEST(ReviewHtml, EmptyDraftSaysWhatIsMissing)
{
    const QString html = renderReviewHtml(checkedOf(Draft(form())), Problems{}, Language::Chinese);
    EXPECT_TRUE(rowOf(html, QStringLiteral("applicant.name")).contains(QStringLiteral("（未填写）")));
    EXPECT_TRUE(rowOf(html, QStringLiteral("plan.models")).contains(QStringLiteral("（未填写）")));
}

// As the PDF prints it: the name in both languages, without the ISO code (which, shown after the
// English name's block, also broke onto a line of its own).
TEST(ReviewHtml, CountryIsNamedInBothLanguages)
{
    const QString html =
        renderReviewHtml(checkedOf(test::reviewCompanyDraft(form())), Problems{}, Language::Chinese);
    const QString country = rowOf(html, QStringLiteral("applicant.country"));
    EXPECT_TRUE(country.contains(QStringLiteral("<span class=\"zh\" lang=\"zh-CN\">中国</span>")))
        << qPrintable(country);
    EXPECT_TRUE(country.contains(QStringLiteral("<span class=\"en\" lang=\"en\">China</span>")))
        << qPrintable(country);
    EXPECT_FALSE(country.contains(QStringLiteral("(CN)"))) << qPrintable(country);
}

// Review shows every value exactly as the PDF prints it (the checked application's display text), not
// as typed: the credit code compact and upper-case, the phone number formatted, and a confirmed code
// marked unverified.
TEST(ReviewHtml, ValuesReadAsThePdfPrintsThem)
{
    Draft draft = test::reviewCompanyDraft(form());
    draft.setText(QStringLiteral("applicant.idType"), QStringLiteral("uscc"));
    draft.setText(QStringLiteral("applicant.idNumber"), QStringLiteral("9111 0108 ma01 c3qk0b"));
    draft.setText(QStringLiteral("representative.phone"), QStringLiteral("138 0013 8000"));
    QString html = renderReviewHtml(checkedOf(draft), Language::Chinese);
    EXPECT_TRUE(rowOf(html, QStringLiteral("applicant.idNumber"))
                    .contains(QStringLiteral("<bdi>91110108MA01C3QK0B</bdi>")))
        << qPrintable(rowOf(html, QStringLiteral("applicant.idNumber")));
    EXPECT_TRUE(rowOf(html, QStringLiteral("representative.phone"))
                    .contains(QStringLiteral("<bdi>+86 138 0013 8000</bdi>")));
    EXPECT_FALSE(html.contains(QStringLiteral("ma01")));
    EXPECT_FALSE(html.contains(QStringLiteral("未经校验")));

    draft.setText(QStringLiteral("applicant.idNumber"), QStringLiteral("91350100M0001TGQXM"));
    draft.setConfirmed(QStringLiteral("applicant.idNumber"), true);
    html = renderReviewHtml(checkedOf(draft), Language::English);
    EXPECT_TRUE(rowOf(html, QStringLiteral("applicant.idNumber"))
                    .contains(QStringLiteral("【未经校验 / unverified】")));
    // The confirmed code's warning, not its error, stands beside it.
    EXPECT_TRUE(
        rowOf(html, QStringLiteral("applicant.idNumber")).contains(QStringLiteral("Warning: </span>")));
    EXPECT_FALSE(
        rowOf(html, QStringLiteral("applicant.idNumber")).contains(QStringLiteral("Error: </span>")));
}

// A notice informs: it is neither an error nor a warning to check, in the summary or beside its field.
TEST(ReviewHtml, ANoticeIsShownAsANoteAndNotCountedAsAWarning)
{
    const Problems problems{{Severity::Notice,
                             QStringLiteral("test.notice"),
                             QStringLiteral("applicant.name"),
                             {QStringLiteral("仅供参考。"), QStringLiteral("For your information.")}}};
    const QString html =
        renderReviewHtml(checkedOf(test::reviewCompanyDraft(form())), problems, Language::English);
    EXPECT_TRUE(html.contains(QStringLiteral("Note: </span>For your information."))) << qPrintable(html);
    EXPECT_FALSE(html.contains(QStringLiteral("warning(s) to check")));
}

// The review's verdict is at the top of Review, where the reviewer looks, with the open comments: the
// signed approval names the signer as the certificate does; an approval typed into the JSON names no one.
TEST(ReviewHtml, TheApprovalStateAndTheOpenCommentsAreAtTheTop)
{
    Draft draft = test::reviewCompanyDraft(form());
    EXPECT_TRUE(renderReviewHtml(checkedOf(draft), Problems{}, Language::English)
                    .contains(QStringLiteral("<strong>Review:</strong> <bdi>Not reviewed</bdi>")));
    const QTemporaryDir keys;
    const test::TestPki pki = test::TestPki::make(keys.path());
    ASSERT_TRUE(pki.ok);
    const signing::TrustStore trust = signing::TrustStore::load({pki.caPem}, nullptr);
    const QDateTime monday(QDate(2026, 11, 30), QTime(9, 0), QTimeZone(8 * 3600));
    addReviewComment(&draft, QStringLiteral("plan.duration"), QStringLiteral("张伟"), monday,
                     QStringLiteral("期限？"));
    const std::optional<signing::SigningIdentity> identity =
        signing::SigningIdentity::fromPkcs12(test::readAll(pki.issuedP12), test::TestPki::kPassword, nullptr);
    ASSERT_TRUE(identity);
    ASSERT_TRUE(signing::recordSignedApproval(&draft, checkedOf(draft).fingerprint(),
                                              QStringLiteral("approved"), QString(), *identity, monday));
    const QString english = renderReviewHtml(checkedOf(draft), Problems{}, Language::English, &trust);
    const qsizetype state = english.indexOf(QStringLiteral("id=\"approval-state\""));
    ASSERT_GE(state, 0);
    EXPECT_LT(state, english.indexOf(QStringLiteral("id=\"section-"))) << "before the application";
    EXPECT_TRUE(
        english.contains(QStringLiteral("<bdi>Signed by 李律师 (某某律师事务所) (approval for sending) "
                                        "on 2026-11-30 09:00: valid; identity verified;")))
        << qPrintable(english);
    EXPECT_TRUE(english.contains(QStringLiteral("; 1 open comment(s).</bdi>")));
    const QString chinese = renderReviewHtml(checkedOf(draft), Problems{}, Language::Chinese, &trust);
    EXPECT_TRUE(chinese.contains(
        QStringLiteral("<strong>审阅结论：</strong> <bdi>已由 李律师（某某律师事务所）签名")))
        << qPrintable(chinese);
    EXPECT_TRUE(chinese.contains(QStringLiteral("；1 条批注未解决。</bdi>")));

    // The record earlier versions wrote, or anyone can type: a name, no signature.
    QJsonObject root = draft.json();
    QJsonObject review = root.value(QStringLiteral("review")).toObject();
    review.insert(QStringLiteral("approval"),
                  QJsonObject{{QStringLiteral("state"), QStringLiteral("approved")},
                              {QStringLiteral("by"), QStringLiteral("王五")},
                              {QStringLiteral("time"), QStringLiteral("2026-11-30T09:00:00+08:00")},
                              {QStringLiteral("fingerprint"), checkedOf(draft).fingerprint()}});
    root.insert(QStringLiteral("review"), review);
    const QString typed =
        renderReviewHtml(checkedOf(Draft::fromJson(root)), Problems{}, Language::English, &trust);
    EXPECT_TRUE(typed.contains(
        QStringLiteral("<bdi>Review record: unsigned: not evidence of approval; 1 open comment(s).</bdi>")))
        << qPrintable(typed);
    EXPECT_FALSE(typed.contains(QStringLiteral("王五")));
}

} // namespace
} // namespace nbapply
