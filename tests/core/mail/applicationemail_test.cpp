// The application's e-mail draft, read back by Python's email package as a mail client would.
#include "application/checkedapplication.h"
#include "common/exportclock.h"
#include "draft/draft.h"
#include "emlparser.h"
#include "form/formdefinition.h"
#include "mail/applicationemail.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace nbapply;
using nbapply::test::headerNames;
using nbapply::test::headerValue;
using nbapply::test::parseEml;

namespace
{

// The one name of the application PDF: the checked application's pdfFileName().
const QString kPdfName = QStringLiteral("北京南北阁示例科技有限公司-2026-11-26.pdf");

const QString kSubjectStart =
    QStringLiteral("南北阁许可模型商业使用申请 / Nanbeige commercial use application – ");

std::string sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().toStdString();
}

class ApplicationEmail : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        ASSERT_TRUE(folder.isValid());
        draft.setText(QStringLiteral("applicant.kind"), QStringLiteral("organization"));
        draft.setText(QStringLiteral("applicant.name"), QStringLiteral("北京南北阁示例科技有限公司"));
        draft.setText(QStringLiteral("applicant.idType"), QStringLiteral("uscc"));
        draft.setText(QStringLiteral("applicant.idNumber"), QStringLiteral("91110108MA01ABCD3X"));
        draft.setText(QStringLiteral("applicant.country"), QStringLiteral("CN"));
        draft.setText(QStringLiteral("applicant.location"), QStringLiteral("北京市海淀区"));
        draft.setText(QStringLiteral("representative.name"), QStringLiteral("张三"));
        draft.setText(QStringLiteral("representative.idType"), QStringLiteral("resident-id"));
        draft.setText(QStringLiteral("representative.email"), QStringLiteral("zhang.san@例子.中国"));
        draft.setText(QStringLiteral("representative.phone"), QStringLiteral("+8613812345678"));
        draft.setList(QStringLiteral("plan.models"),
                      {QStringLiteral("16b-base"), QStringLiteral("16b-chat")});
        draft.setText(QStringLiteral("plan.regions"), QStringLiteral("中国大陆、新加坡"));
        draft.setText(QStringLiteral("plan.usage"),
                      QStringLiteral("面向企业客户的智能客服系统，私有化部署。").repeated(30));
        draft.setText(QStringLiteral("plan.duration"), QStringLiteral("自获得书面授权之日起三年"));
        draft.setText(QStringLiteral("plan.derivativeTraining"), QStringLiteral("无"));

        // Stands in for the PDF the export renders in memory; the e-mail attaches these very bytes.
        pdf = QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n") + QByteArray(3000, 'p') + "\n%%EOF\n";
        contents[kPdfName] = pdf;
        write(QStringLiteral("营业执照（加盖公章）.pdf"),
              QByteArray("%PDF-1.4\n") + QByteArray(70000, '\x01'));
        write(QStringLiteral("sub/法定代表人身份证.jpg"),
              QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF\x00", 11) + QByteArray(1200, '\x7f'));
        write(QStringLiteral("委托书.png"), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(500, '\0'));
        draft.setDocuments(
            {{QStringLiteral("business-licence"), QStringLiteral("营业执照（加盖公章）.pdf")},
             {QStringLiteral("legal-representative-id-copy"), QStringLiteral("sub/法定代表人身份证.jpg")},
             {QStringLiteral("authorization-letter"), folder.filePath(QStringLiteral("委托书.png"))}});
        options.now = QDateTime(QDate(2026, 11, 26), QTime(8, 0, 0), QTimeZone(8 * 3600));
    }

    QString write(const QString &relative, const QByteArray &data)
    {
        const QString path = folder.filePath(relative);
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(data);
        contents[QFileInfo(path).fileName()] = data;
        return path;
    }

    CheckedApplication checked() const
    {
        ValidationContext context;
        context.today = options.now.isValid() ? options.now.date() : exportClock().date();
        context.draftFolder = folder.path();
        return CheckedApplication::check(form, draft, context);
    }
    EmailResult build() const { return buildApplicationEmail(checked(), pdf, options); }

    QTemporaryDir folder;
    const FormDefinition &form = FormDefinition::builtin();
    Draft draft{FormDefinition::builtin()};
    QByteArray pdf;
    EmailOptions options;
    QMap<QString, QByteArray> contents;
};

} // namespace

TEST_F(ApplicationEmail, HeadersDecodeToTheExactValues)
{
    const EmailResult result = build();
    ASSERT_TRUE(result.ok) << result.error.en.toStdString();
    EXPECT_TRUE(result.warnings.isEmpty());
    const QJsonObject report = parseEml(result.message);
    ASSERT_FALSE(report.contains(QStringLiteral("error")))
        << report.value(QStringLiteral("error")).toString().toStdString();
    EXPECT_EQ(headerNames(report), QStringList({QStringLiteral("From"), QStringLiteral("To"),
                                                QStringLiteral("Subject"), QStringLiteral("Date"),
                                                QStringLiteral("Message-ID"), QStringLiteral("MIME-Version"),
                                                QStringLiteral("X-Unsent"), QStringLiteral("Content-Type")}));
    EXPECT_EQ(headerValue(report, QStringLiteral("From")),
              QStringLiteral("张三 <zhang.san@") +
                  QString::fromLatin1(QUrl::toAce(QStringLiteral("例子.中国"))) + QLatin1Char('>'));
    EXPECT_EQ(headerValue(report, QStringLiteral("From")),
              QStringLiteral("张三 <zhang.san@xn--fsqu00a.xn--fiqs8s>"));
    EXPECT_EQ(headerValue(report, QStringLiteral("To")), QStringLiteral("nanbeige@126.com"));
    EXPECT_EQ(headerValue(report, QStringLiteral("Subject")),
              kSubjectStart + QStringLiteral("北京南北阁示例科技有限公司"));
    EXPECT_EQ(headerValue(report, QStringLiteral("Date")), QStringLiteral("Thu, 26 Nov 2026 08:00:00 +0800"));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^<[0-9a-f]{32}@nbapply\\.invalid>$"))
                    .match(headerValue(report, QStringLiteral("Message-ID")))
                    .hasMatch());
    EXPECT_EQ(headerValue(report, QStringLiteral("MIME-Version")), QStringLiteral("1.0"));
    EXPECT_EQ(headerValue(report, QStringLiteral("X-Unsent")), QStringLiteral("1"));
    EXPECT_LE(report.value(QStringLiteral("max_line_length")).toInt(), 76)
        << QJsonDocument(report.value(QStringLiteral("long_lines")).toArray()).toJson().toStdString();
    EXPECT_FALSE(report.value(QStringLiteral("eight_bit")).toBool());
    EXPECT_EQ(report.value(QStringLiteral("bare_line_feeds")).toInt(), 0);
    EXPECT_TRUE(report.value(QStringLiteral("defects")).toArray().isEmpty());
}

TEST_F(ApplicationEmail, AttachmentsAreByteIdenticalWithTheirNamesAndTypes)
{
    const EmailResult result = build();
    ASSERT_TRUE(result.ok) << result.error.en.toStdString();
    const QJsonObject report = parseEml(result.message);
    EXPECT_EQ(report.value(QStringLiteral("structure")).toString(),
              QStringLiteral("multipart/mixed(multipart/alternative(text/plain,text/html),"
                             "application/pdf,application/pdf,image/jpeg,image/png)"));
    const QJsonArray attachments = report.value(QStringLiteral("attachments")).toArray();
    const QStringList names = {kPdfName, QStringLiteral("营业执照（加盖公章）.pdf"),
                               QStringLiteral("法定代表人身份证.jpg"), QStringLiteral("委托书.png")};
    const QStringList types = {QStringLiteral("application/pdf"), QStringLiteral("application/pdf"),
                               QStringLiteral("image/jpeg"), QStringLiteral("image/png")};
    ASSERT_EQ(attachments.size(), names.size());
    qint64 total = 0;
    for (int i = 0; i < names.size(); ++i) {
        const QJsonObject a = attachments[i].toObject();
        EXPECT_EQ(a.value(QStringLiteral("filename")).toString(), names[i]);
        EXPECT_EQ(a.value(QStringLiteral("filename_2231")).toString(), names[i]);
        EXPECT_EQ(a.value(QStringLiteral("filename_2047")).toString(), names[i]);
        EXPECT_EQ(a.value(QStringLiteral("name_2047")).toString(), names[i]);
        EXPECT_EQ(a.value(QStringLiteral("content_type")).toString(), types[i]);
        EXPECT_EQ(a.value(QStringLiteral("sha256")).toString().toStdString(),
                  sha256(contents.value(names[i])));
        total += contents.value(names[i]).size();
    }
    EXPECT_EQ(result.attachmentBytes, total);
}

TEST_F(ApplicationEmail, BodyCarriesTheKeyFieldsChineseThenEnglish)
{
    const EmailResult result = build();
    ASSERT_TRUE(result.ok);
    const QJsonObject report = parseEml(result.message);
    const QString text = report.value(QStringLiteral("text")).toString();
    const QString html = report.value(QStringLiteral("html")).toString();
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    const QString htmlText = QString(html).remove(tag);
    const QStringList expected = {
        QStringLiteral("北京南北阁示例科技有限公司"),
        QStringLiteral("申请人名称：北京南北阁示例科技有限公司"),
        QStringLiteral("Applicant name: 北京南北阁示例科技有限公司"),
        QStringLiteral("一、申请人基本信息"),
        QStringLiteral("1. Applicant"),
        QStringLiteral("法人或其他组织"),
        QStringLiteral("Legal person or other organisation"),
        QStringLiteral("统一社会信用代码：91110108MA01ABCD3X"),
        QStringLiteral("Unified Social Credit Code: 91110108MA01ABCD3X"),
        QStringLiteral("所在地：中国 北京市海淀区"),
        QStringLiteral("二、申请人授权代表基本信息"),
        QStringLiteral("姓名：张三"),
        QStringLiteral("E-mail: zhang.san@例子.中国"),
        QStringLiteral("联系电话：+86 138 1234 5678"),
        QStringLiteral(
            "南北阁 16B 基座模型（Nanbeige 16B 基座模型）；南北阁 16Bchat 模型（Nanbeige 16Bchat 模型）"),
        QStringLiteral("Models applied for: Nanbeige 16B base model; Nanbeige 16B chat model"),
        QStringLiteral("商业使用地区：中国大陆、新加坡"),
        QStringLiteral("商业使用时长：自获得书面授权之日起三年"),
        QStringLiteral("模型衍生品训练计划：无"),
        QStringLiteral("……（全文见随附申请表）"),
        QStringLiteral("… (full text in the enclosed form)"),
        QStringLiteral("附件："),
        QStringLiteral("Enclosures:"),
        QStringLiteral(
            "1. "
            "《南北阁（Nanbeige）许可模型商业使用申请表》（PDF）：北京南北阁示例科技有限公司-2026-11-26.pdf"),
        QStringLiteral("2. 企业营业执照：营业执照（加盖公章）.pdf"),
        QStringLiteral("3. 法定代表人身份证复印件：法定代表人身份证.jpg"),
        QStringLiteral("4. Letter of authorisation for the representative: 委托书.png"),
        QStringLiteral("本申请表以中文为准"),
        QStringLiteral("The Chinese text prevails")};
    for (const QString &needle : expected) {
        EXPECT_TRUE(text.contains(needle)) << "text lacks " << needle.toStdString();
        // The HTML numbers the enclosures with <ol>, not in the text.
        const QString inHtml = QString(needle).remove(QRegularExpression(QStringLiteral("^\\d+\\. ")));
        EXPECT_TRUE(htmlText.contains(inHtml.toHtmlEscaped())) << "html lacks " << needle.toStdString();
    }
    EXPECT_FALSE(text.contains(draft.text(QStringLiteral("plan.usage")))) << "the usage is summarised";
    EXPECT_LT(text.indexOf(QStringLiteral("南北阁团队：您好！")),
              text.indexOf(QStringLiteral("Dear Nanbeige team,")));
    EXPECT_LT(html.indexOf(QStringLiteral("lang=\"zh-CN\"")), html.indexOf(QStringLiteral("lang=\"en\"")));
    // The "copy" action gives the very text of the message.
    EXPECT_EQ(applicationEmailText(checked()), text);
}

// A required document without a file is named in the body, in both languages, as the PDF marks it
// 未附 / not attached: the reader does not look for it among the attachments. Attached ones are not.
TEST_F(ApplicationEmail, BodyNamesTheRequiredDocumentsNotAttached)
{
    const EmailResult result = build();
    ASSERT_TRUE(result.ok);
    const QJsonObject report = parseEml(result.message);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    for (const char *part : {"text", "html"}) {
        QString body = report.value(QLatin1String(part)).toString();
        if (QLatin1String(part) == QLatin1String("html"))
            body = body.remove(tag)
                       .replace(QStringLiteral("&#x27;"), QStringLiteral("'"))
                       .replace(QStringLiteral("&#39;"), QStringLiteral("'"));
        // The fixture attaches no copy of the representative's ID card.
        const qsizetype zh = body.indexOf(QStringLiteral("以下必需材料未附："));
        const qsizetype en = body.indexOf(QStringLiteral("Required documents not attached:"));
        ASSERT_GE(zh, 0) << part;
        ASSERT_GT(en, zh) << part;
        EXPECT_GT(body.indexOf(QStringLiteral("授权代表身份证复印件"), zh), zh) << part;
        EXPECT_GT(body.indexOf(QStringLiteral("Copy of the representative's ID card"), en), en) << part;
        EXPECT_LT(body.indexOf(QStringLiteral("企业营业执照"), zh), 0) << part << ": attached, not missing";
    }

    write(QStringLiteral("代表身份证.pdf"), QByteArray("%PDF-1.4\n") + QByteArray(500, '\x02'));
    QList<DocumentRef> documents = draft.documents();
    documents.append({QStringLiteral("representative-id-copy"), QStringLiteral("代表身份证.pdf")});
    draft.setDocuments(documents);
    const EmailResult complete = build();
    ASSERT_TRUE(complete.ok);
    const QString text = parseEml(complete.message).value(QStringLiteral("text")).toString();
    EXPECT_FALSE(text.contains(QStringLiteral("未附"))) << "nothing is missing";
    EXPECT_FALSE(text.contains(QStringLiteral("not attached")));
}

// The letter shows values as the enclosed PDF prints them: a valid credit code typed with full-width
// digits and lower-case letters reads normalised in both parts of the body.
TEST_F(ApplicationEmail, BodyShowsValuesNormalisedAsInThePdf)
{
    draft.setText(QStringLiteral("applicant.idNumber"), QStringLiteral("９１１１０１０８ma01c3qk0b"));
    const EmailResult result = build();
    ASSERT_TRUE(result.ok);
    const QJsonObject report = parseEml(result.message);
    for (const char *part : {"text", "html"}) {
        const QString body = report.value(QLatin1String(part)).toString();
        EXPECT_TRUE(body.contains(QStringLiteral("91110108MA01C3QK0B"))) << part;
        EXPECT_FALSE(body.contains(QStringLiteral("９１１１０１０８"))) << part;
    }
}
TEST_F(ApplicationEmail, TheApplicantsIdentifierIsLabelledByItsType)
{
    // A natural person: the label of the ID document chosen, never the organisation's credit code.
    draft.setText(QStringLiteral("applicant.kind"), QStringLiteral("individual"));
    draft.setText(QStringLiteral("applicant.name"), QStringLiteral("王芳"));
    draft.setText(QStringLiteral("applicant.idType"), QStringLiteral("resident-id"));
    draft.setText(QStringLiteral("applicant.idNumber"), QStringLiteral("440305198805120023"));
    struct Case {
        QString idType, number, zh, en;
    };
    const QList<Case> cases = {{QStringLiteral("resident-id"), QStringLiteral("440305198805120023"),
                                QStringLiteral("身份证号："), QStringLiteral("Chinese resident ID number: ")},
                               {QStringLiteral("passport"), QStringLiteral("E12345678"),
                                QStringLiteral("护照号："), QStringLiteral("Passport number: ")},
                               {QStringLiteral("other"), QStringLiteral("H1234567"),
                                QStringLiteral("其他证件号："),
                                QStringLiteral("Other identity document number: ")}};
    for (const Case &c : cases) {
        draft.setText(QStringLiteral("applicant.idType"), c.idType);
        draft.setText(QStringLiteral("applicant.idNumber"), c.number);
        const EmailResult result = build();
        ASSERT_TRUE(result.ok) << result.error.en.toStdString();
        const QJsonObject report = parseEml(result.message);
        ASSERT_FALSE(report.contains(QStringLiteral("error")));
        const QString text = report.value(QStringLiteral("text")).toString();
        const QString html = report.value(QStringLiteral("html")).toString();
        EXPECT_TRUE(text.contains(c.zh + c.number)) << c.idType.toStdString() << "\n" << text.toStdString();
        EXPECT_TRUE(text.contains(c.en + c.number)) << c.idType.toStdString();
        for (const QString &body : {text, html}) {
            EXPECT_FALSE(body.contains(QStringLiteral("统一社会信用代码"))) << c.idType.toStdString();
            EXPECT_FALSE(body.contains(QStringLiteral("Unified Social Credit Code")))
                << c.idType.toStdString();
        }
        EXPECT_TRUE(html.contains(c.number));
    }

    // An organisation registered abroad: its registration number, labelled as such.
    draft.setText(QStringLiteral("applicant.kind"), QStringLiteral("organization"));
    draft.setText(QStringLiteral("applicant.idType"), QStringLiteral("foreign-registration"));
    draft.setText(QStringLiteral("applicant.idNumber"), QStringLiteral("CR-1234567"));
    const QString text = parseEml(build().message).value(QStringLiteral("text")).toString();
    EXPECT_TRUE(text.contains(QStringLiteral("境外注册号：CR-1234567"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Registration number outside mainland China: CR-1234567")));
}

TEST_F(ApplicationEmail, HtmlIsEscaped)
{
    draft.setText(QStringLiteral("applicant.name"), QStringLiteral("<script>alert(1)</script> & \"Co\""));
    const EmailResult result = build();
    ASSERT_TRUE(result.ok);
    const QString html = parseEml(result.message).value(QStringLiteral("html")).toString();
    EXPECT_FALSE(html.contains(QStringLiteral("<script>")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;")));
}

TEST_F(ApplicationEmail, HostileValuesCannotAddHeadersOrBreakTheStructure)
{
    const QString hostile = QStringLiteral("Mallory\r\nBcc: evil@example.com\r\n\r\n--=_nbapply_");
    draft.setText(QStringLiteral("representative.name"), hostile);
    draft.setText(QStringLiteral("representative.email"),
                  QStringLiteral("m@example.com\r\nBcc: evil@example.com"));
    draft.setText(QStringLiteral("applicant.name"),
                  QStringLiteral("A\nX-Evil: 1\u202E") + QString(10000, QChar(0x5357)));
    draft.setText(QStringLiteral("plan.usage"),
                  QString(10000, QLatin1Char('u')) + QStringLiteral("\r\n.\r\n"));
    // Controls in a file name are refused before any message is made (document.name-character); what
    // is left of a hostile name must still be quoted, not become a header.
    const QString badName = QStringLiteral("scan Content-Type: text-html; \"q\" .pdf");
    write(badName, "%PDF-1.4 hostile name");
    draft.setDocuments({{QStringLiteral("other"), badName}});
    const EmailResult result = build();
    ASSERT_TRUE(result.ok) << result.error.en.toStdString();
    ASSERT_EQ(result.warnings.size(), 1);
    EXPECT_EQ(result.warnings[0].code, QStringLiteral("mail.no-sender"));

    const QJsonObject report = parseEml(result.message);
    EXPECT_EQ(headerNames(report),
              QStringList({QStringLiteral("To"), QStringLiteral("Subject"), QStringLiteral("Date"),
                           QStringLiteral("Message-ID"), QStringLiteral("MIME-Version"),
                           QStringLiteral("X-Unsent"), QStringLiteral("Content-Type")}));
    EXPECT_EQ(headerValue(report, QStringLiteral("Subject")), kSubjectStart + QStringLiteral("A X-Evil: 1 ") +
                                                                  QString(88, QChar(0x5357)) +
                                                                  QStringLiteral("…"));
    EXPECT_EQ(
        report.value(QStringLiteral("structure")).toString(),
        QStringLiteral(
            "multipart/mixed(multipart/alternative(text/plain,text/html),application/pdf,application/pdf)"));
    const QJsonArray attachments = report.value(QStringLiteral("attachments")).toArray();
    ASSERT_EQ(attachments.size(), 2);
    EXPECT_EQ(attachments[1].toObject().value(QStringLiteral("filename")).toString(),
              QStringLiteral("scan Content-Type: text-html; \"q\" .pdf"));
    EXPECT_EQ(attachments[1].toObject().value(QStringLiteral("sha256")).toString().toStdString(),
              sha256("%PDF-1.4 hostile name"));
    EXPECT_TRUE(report.value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("Mallory Bcc: evil@example.com --=_nbapply_")));

    // A valid address with a hostile display name: the name is encoded, the address stays the address.
    draft.setText(QStringLiteral("representative.email"), QStringLiteral("m@example.com"));
    const QJsonObject withSender = parseEml(build().message);
    EXPECT_EQ(headerNames(withSender).first(), QStringLiteral("From"));
    EXPECT_EQ(headerNames(withSender).count(QStringLiteral("Bcc")), 0);
    EXPECT_EQ(headerValue(withSender, QStringLiteral("From")),
              QStringLiteral("\"Mallory Bcc: evil@example.com --=_nbapply_\" <m@example.com>"));
}

TEST_F(ApplicationEmail, AnAddressHeadersCannotCarryLeavesTheSenderToTheMailClient)
{
    draft.setText(QStringLiteral("representative.email"), QStringLiteral("张三@例子.中国"));
    const EmailResult result = build();
    ASSERT_TRUE(result.ok);
    ASSERT_EQ(result.warnings.size(), 1);
    EXPECT_EQ(result.warnings[0].code, QStringLiteral("mail.no-sender"));
    EXPECT_EQ(result.warnings[0].field, QStringLiteral("representative.email"));
    const QJsonObject report = parseEml(result.message);
    EXPECT_FALSE(headerNames(report).contains(QStringLiteral("From")));
    EXPECT_EQ(headerValue(report, QStringLiteral("To")), QStringLiteral("nanbeige@126.com"));
    EXPECT_TRUE(report.value(QStringLiteral("text")).toString().contains(QStringLiteral("张三@例子.中国")));
}

TEST_F(ApplicationEmail, MissingOrUnreadableDocumentIsAnErrorNamingTheFile)
{
    draft.setDocuments({{QStringLiteral("business-licence"), QStringLiteral("不存在的营业执照.pdf")}});
    EmailResult result = build();
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.message.isEmpty());
    // Named as the draft names it: a received draft's folder says nothing about this machine.
    const QString missing = QStringLiteral("不存在的营业执照.pdf");
    EXPECT_TRUE(result.error.zh.contains(missing)) << result.error.zh.toStdString();
    EXPECT_TRUE(result.error.zh.contains(QStringLiteral("企业营业执照")));
    EXPECT_TRUE(result.error.en.contains(missing));
    EXPECT_TRUE(result.error.en.contains(QStringLiteral("Business licence")));

    draft.setDocuments({{QStringLiteral("other"), QStringLiteral("sub")}});
    result = build();
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.en.contains(QStringLiteral("folder")));

    const QString locked = write(QStringLiteral("locked.pdf"), "secret");
    QFile::setPermissions(locked, QFileDevice::Permissions());
    draft.setDocuments({{QStringLiteral("other"), QStringLiteral("locked.pdf")}});
    result = build();
    // As root, permissions do not stop reading: then the file is simply attached.
    if (!QFile(locked).open(QIODevice::ReadOnly)) {
        EXPECT_FALSE(result.ok);
        EXPECT_TRUE(result.error.en.contains(QStringLiteral("locked.pdf")));
        EXPECT_TRUE(result.error.en.contains(QStringLiteral("permissions")));
    }

    draft.setDocuments({{QStringLiteral("authorization-letter"), QString()}});
    result = build();
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.zh.contains(QStringLiteral("授权代表授权委托书")));
    EXPECT_TRUE(result.error.en.contains(QStringLiteral("names no file")));
}

TEST_F(ApplicationEmail, SameDraftAndClockGiveTheSameBytes)
{
    const EmailResult first = build();
    const EmailResult second = build();
    ASSERT_TRUE(first.ok);
    EXPECT_EQ(first.message, second.message);

    options.now = options.now.addSecs(1);
    const EmailResult later = build();
    EXPECT_NE(headerValue(parseEml(later.message), QStringLiteral("Message-ID")),
              headerValue(parseEml(first.message), QStringLiteral("Message-ID")));

    options.now = options.now.addSecs(-1);
    write(QStringLiteral("委托书.png"), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(500, '\1'));
    const EmailResult changed = build();
    static const QRegularExpression boundary(QStringLiteral("boundary=\"([^\"]+)\""));
    EXPECT_NE(boundary.match(QString::fromLatin1(changed.message)).captured(1),
              boundary.match(QString::fromLatin1(first.message)).captured(1));
}

TEST_F(ApplicationEmail, SourceDateEpochFixesTheDate)
{
    const QByteArray saved = qgetenv("SOURCE_DATE_EPOCH");
    qputenv("SOURCE_DATE_EPOCH", "1700000000");
    options.now = exportClock();
    const EmailResult stamped = build();
    options.now = QDateTime(); // no clock given: the builder falls back to exportClock() itself
    const EmailResult fallback = build();
    if (saved.isNull())
        qunsetenv("SOURCE_DATE_EPOCH");
    else
        qputenv("SOURCE_DATE_EPOCH", saved);
    ASSERT_TRUE(stamped.ok);
    EXPECT_EQ(headerValue(parseEml(stamped.message), QStringLiteral("Date")),
              QStringLiteral("Tue, 14 Nov 2023 22:13:20 +0000"));
    EXPECT_EQ(stamped.message, fallback.message);
}

TEST(AttachmentSize, IsShownInBytesKilobytesOrMegabytes)
{
    EXPECT_EQ(attachmentSizeSummary(0).en, QStringLiteral("attachments: 0 B total"));
    EXPECT_EQ(attachmentSizeSummary(1023).zh, QStringLiteral("附件共 1023 B"));
    EXPECT_EQ(attachmentSizeSummary(1024).en, QStringLiteral("attachments: 1.0 KB total"));
    EXPECT_EQ(attachmentSizeSummary(75000).zh, QStringLiteral("附件共 73.2 KB"));
    EXPECT_EQ(attachmentSizeSummary(1024 * 1024).en, QStringLiteral("attachments: 1.0 MB total"));
    EXPECT_EQ(attachmentSizeSummary(kMailboxAttachmentLimit + 3 * 1024 * 1024 / 10).zh,
              QStringLiteral("附件共 50.3 MB"));
}

TEST_F(ApplicationEmail, LargeAttachmentsAreReportedWithAWarning)
{
    options.attachmentLimit = 50000;
    EmailResult result = build();
    ASSERT_TRUE(result.ok);
    ASSERT_EQ(result.warnings.size(), 1);
    EXPECT_EQ(result.warnings[0].code, QStringLiteral("mail.attachments-too-large"));
    EXPECT_EQ(result.warnings[0].severity, Severity::Warning);
    EXPECT_TRUE(result.warnings[0].message.zh.contains(QStringLiteral("营业执照（加盖公章）.pdf")));
    EXPECT_FALSE(result.warnings[0].message.zh.contains(QStringLiteral("委托书.png"))) << "only what must go";
    EXPECT_TRUE(result.warnings[0].message.en.contains(QStringLiteral("file-sharing link")));

    // The real 126.com limit, with a sparse 50 MB file.
    options.attachmentLimit = kMailboxAttachmentLimit;
    QFile big(folder.filePath(QStringLiteral("扫描件.tif")));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    ASSERT_TRUE(big.resize(kMailboxAttachmentLimit));
    big.close();
    draft.setDocuments({{QStringLiteral("other"), QStringLiteral("扫描件.tif")}});
    result = build();
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.attachmentBytes, kMailboxAttachmentLimit + contents.value(kPdfName).size());
    ASSERT_EQ(result.warnings.size(), 1);
    EXPECT_TRUE(result.warnings[0].message.en.contains(QStringLiteral("扫描件.tif (50.0 MB)")));
}

TEST_F(ApplicationEmail, MailtoUrlRoundTripsAndStaysShort)
{
    const QUrl url = applicationMailtoUrl(checked());
    ASSERT_TRUE(url.isValid());
    EXPECT_EQ(url.scheme(), QStringLiteral("mailto"));
    EXPECT_EQ(url.path(), QStringLiteral("nanbeige@126.com"));
    const QByteArray encoded = url.toEncoded();
    EXPECT_LE(encoded.size(), 1800);
    EXPECT_TRUE(encoded.contains("%0D%0A"));
    EXPECT_FALSE(encoded.contains(' '));
    EXPECT_FALSE(encoded.contains('+'));
    const QUrlQuery query(url);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
              applicationEmailSubject(checked()));
    const QString body = query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
    EXPECT_TRUE(body.startsWith(QStringLiteral("南北阁团队：您好！\r\n")));
    EXPECT_TRUE(body.contains(QStringLiteral("北京南北阁示例科技有限公司")));
    EXPECT_TRUE(body.contains(QStringLiteral("手动添加")));
    EXPECT_TRUE(body.contains(QStringLiteral("attach the PDF form and the supporting documents by hand")));
    EXPECT_TRUE(body.contains(QStringLiteral("张三")));

    // Names that would make the link too long are shortened, never the instructions.
    draft.setText(QStringLiteral("applicant.name"),
                  QString(10000, QChar(0x5357)) + QStringLiteral("&body=x"));
    const QUrl longUrl = applicationMailtoUrl(checked());
    EXPECT_LE(longUrl.toEncoded().size(), 1800);
    const QUrlQuery longQuery(longUrl);
    EXPECT_EQ(longQuery.allQueryItemValues(QStringLiteral("body")).size(), 1);
    EXPECT_TRUE(longQuery.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded)
                    .contains(QStringLiteral("手动添加")));
    EXPECT_TRUE(
        longQuery.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded).startsWith(kSubjectStart));
}
