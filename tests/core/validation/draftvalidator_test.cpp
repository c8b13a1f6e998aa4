// The draft validator against the built-in form: each rule, its failure, and hostile values.
#include "draft/draft.h"
#include "form/formdefinition.h"
#include "qstringprinter.h"
#include "validation/draftvalidator.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nbapply;

namespace
{

const QDate kToday(2026, 11, 26);

// The folder the test drafts' documents live in: setDocuments() creates their files here, so that the
// checks of the fields are not disturbed by documents that cannot be found.
QString documentsFolder()
{
    static QTemporaryDir folder;
    return folder.path();
}

ValidationContext context()
{
    ValidationContext c;
    c.today = kToday;
    c.draftFolder = documentsFolder();
    return c;
}

const FormDefinition &form()
{
    return FormDefinition::builtin();
}

void setDocuments(Draft &draft, const QStringList &kinds)
{
    QList<DocumentRef> documents;
    for (const QString &kind : kinds) {
        documents << DocumentRef{kind, kind + QStringLiteral(".pdf")};
        QFile file(documentsFolder() + QLatin1Char('/') + kind + QStringLiteral(".pdf"));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\n");
    }
    draft.setDocuments(documents);
}

// A complete, valid application of a mainland company.
Draft companyDraft()
{
    Draft d(form());
    d.setText("applicant.kind", "organization");
    d.setText("applicant.name", QStringLiteral("北京示例科技有限公司"));
    d.setText("applicant.idType", "uscc");
    d.setText("applicant.idNumber", "91110000600037341L");
    d.setText("applicant.enterpriseType", QStringLiteral("有限责任公司"));
    d.setText("applicant.industry", "I");
    d.setText("applicant.establishedOn", "2015-03-01");
    d.setText("applicant.country", "CN");
    d.setText("applicant.address", QStringLiteral("北京市海淀区中关村大街 1 号"));
    d.setText("applicant.employees", "100-999");
    d.setText("applicant.users", "1000-10w");
    d.setText("representative.name", QStringLiteral("张三"));
    d.setText("representative.idType", "resident-id");
    d.setText("representative.idNumber", "11010519491231002X");
    d.setText("representative.email", "zhangsan@example.com");
    d.setText("representative.phone", "13812345678");
    d.setList("plan.models", {"16b-base"});
    d.setText("plan.regions", QStringLiteral("中国大陆"));
    d.setText("plan.usage", QStringLiteral("客服问答。\n私有化部署。"));
    d.setText("plan.duration", QStringLiteral("三年"));
    d.setText("plan.derivativeTraining", QStringLiteral("无"));
    setDocuments(d, {"business-licence", "legal-representative-id-copy", "authorization-letter",
                     "representative-id-copy"});
    return d;
}

Draft personDraft()
{
    Draft d = companyDraft();
    d.setText("applicant.kind", "individual");
    d.setText("applicant.name", QStringLiteral("李四"));
    d.setText("applicant.idType", "resident-id");
    d.setText("applicant.idNumber", "11010519491231002X");
    setDocuments(d, {"applicant-id-copy", "authorization-letter", "representative-id-copy"});
    return d;
}

QStringList codesFor(const Problems &problems, const QString &field = QString())
{
    QStringList list;
    for (const Problem &p : problems)
        if (field.isEmpty() || p.field == field)
            list << p.code;
    return list;
}

const Problem *find(const Problems &problems, const QString &code)
{
    for (const Problem &p : problems)
        if (p.code == code)
            return &p;
    return nullptr;
}

Draft withConfirmation(Draft draft, const QString &section, const QString &key)
{
    QJsonObject root = draft.json();
    QJsonObject object = root.value(section).toObject();
    object.insert(key, true);
    root.insert(section, object);
    return Draft::fromJson(root);
}

} // namespace

TEST(DraftValidator, CompleteCompanyAndPersonHaveNoProblems)
{
    EXPECT_EQ(codesFor(validateDraft(form(), companyDraft(), context())), QStringList());
    EXPECT_EQ(codesFor(validateDraft(form(), personDraft(), context())), QStringList());
}

TEST(DraftValidator, RequiredFieldsFollowTheApplicantKind)
{
    Draft company = companyDraft();
    company.setText("applicant.enterpriseType", "  ");
    const Problems problems = validateDraft(form(), company, context());
    EXPECT_EQ(codesFor(problems, "applicant.enterpriseType"), QStringList{"field.required"});
    EXPECT_TRUE(find(problems, "field.required")->message.zh.startsWith(QStringLiteral("企业类型")));

    // A person has no enterprise type, industry or date of establishment: not required, not checked.
    Draft person = personDraft();
    person.setText("applicant.enterpriseType", QString());
    person.setText("applicant.establishedOn", "not a date");
    EXPECT_EQ(codesFor(validateDraft(form(), person, context())), QStringList());

    Draft empty(form());
    const Problems all = validateDraft(form(), empty, context());
    EXPECT_TRUE(codesFor(all, "applicant.name").contains("field.required"));
    EXPECT_TRUE(codesFor(all, "plan.models").contains("field.required"));
    EXPECT_TRUE(codesFor(all, "applicant.location").isEmpty()); // optional
}

TEST(DraftValidator, LengthCountsCharactersNotUtf16Units)
{
    Draft d = companyDraft();
    d.setText("applicant.name", QString(200, QChar(0x4E2D)));
    EXPECT_TRUE(codesFor(validateDraft(form(), d, context()), "applicant.name").isEmpty());
    d.setText("applicant.name", QString(201, QChar(0x4E2D)));
    const Problems problems = validateDraft(form(), d, context());
    ASSERT_EQ(codesFor(problems, "applicant.name"), QStringList{"field.too-long"});
    EXPECT_TRUE(find(problems, "field.too-long")->message.en.contains("200"));
    EXPECT_TRUE(find(problems, "field.too-long")->message.en.contains("201"));
}

TEST(DraftValidator, ControlCharactersAndBidiOverrides)
{
    for (const QString &hostile :
         {QStringLiteral("ACME\nLtd"), QStringLiteral("ACME\rLtd"), QStringLiteral("ACME\u202ELtd"),
          QStringLiteral("ACME\u2067Ltd"), QStringLiteral("ACME\x1B[31mLtd"), QStringLiteral("ACME\u0085")}) {
        Draft d = companyDraft();
        d.setText("applicant.name", hostile);
        const Problems problems = validateDraft(form(), d, context());
        ASSERT_EQ(codesFor(problems, "applicant.name"), QStringList{"field.control-character"});
        const Problem *p = find(problems, "field.control-character");
        EXPECT_TRUE(p->message.zh.startsWith(QStringLiteral("申请人名称")));
        EXPECT_TRUE(p->message.en.startsWith(QStringLiteral("Applicant name")));
    }
    // Multiline fields take LF and CRLF, but not a lone CR or a tab.
    Draft d = companyDraft();
    d.setText("plan.usage", QStringLiteral("第一行\r\n第二行\n第三行"));
    EXPECT_TRUE(codesFor(validateDraft(form(), d, context()), "plan.usage").isEmpty());
    d.setText("plan.usage", QStringLiteral("line 1\rline 2"));
    EXPECT_EQ(codesFor(validateDraft(form(), d, context()), "plan.usage"),
              QStringList{"field.control-character"});
    d.setText("plan.usage", QStringLiteral("a\u202Eb"));
    EXPECT_EQ(codesFor(validateDraft(form(), d, context()), "plan.usage"),
              QStringList{"field.control-character"});
}

TEST(DraftValidator, UnprintableCharactersAreNamed)
{
    Draft d = companyDraft();
    d.setText("representative.name", QStringLiteral("\U00020000先生"));
    Problems problems = validateDraft(form(), d, context());
    ASSERT_EQ(codesFor(problems, "representative.name"), QStringList{"field.unprintable"});
    const Problem *p = find(problems, "field.unprintable");
    EXPECT_TRUE(p->message.en.contains(QStringLiteral("\U00020000")));
    EXPECT_TRUE(p->message.en.contains("U+20000"));

    d.setText("representative.name", QStringLiteral("张三😀"));
    EXPECT_EQ(codesFor(validateDraft(form(), d, context()), "representative.name"),
              QStringList{"field.unprintable"});

    // The PDF layer's font decides.
    ValidationContext noLatinA = context();
    noLatinA.canPrint = [](char32_t c) { return c != U'A'; };
    d.setText("representative.name", QStringLiteral("Anna"));
    problems = validateDraft(form(), d, noLatinA);
    ASSERT_EQ(codesFor(problems, "representative.name"), QStringList{"field.unprintable"});
    EXPECT_TRUE(find(problems, "field.unprintable")->message.en.contains("U+0041"));
}

TEST(DraftValidator, Choices)
{
    Draft d = companyDraft();
    d.setText("applicant.employees", "50");
    EXPECT_EQ(codesFor(validateDraft(form(), d, context()), "applicant.employees"),
              QStringList{"field.choice"});
    d = companyDraft();
    d.setText("applicant.industry", QStringLiteral("人工智能")); // free text allowed
    d.setText("applicant.enterpriseType", QStringLiteral("外商独资企业"));
    EXPECT_EQ(codesFor(validateDraft(form(), d, context())), QStringList());

    d = companyDraft();
    d.setList("plan.models", {"16b-base", "16b-chat"});
    EXPECT_TRUE(codesFor(validateDraft(form(), d, context()), "plan.models").isEmpty());
    d.setList("plan.models", {"16b-base", "16b-base"});
    EXPECT_EQ(codesFor(validateDraft(form(), d, context()), "plan.models"), QStringList{"field.duplicate"});
    d.setList("plan.models", {"70b"});
    EXPECT_EQ(codesFor(validateDraft(form(), d, context()), "plan.models"), QStringList{"field.choice"});
}

TEST(DraftValidator, Dates)
{
    auto dateCodes = [](const QString &value) {
        Draft d = companyDraft();
        d.setText("applicant.establishedOn", value);
        return codesFor(validateDraft(form(), d, context()), "applicant.establishedOn");
    };
    EXPECT_EQ(dateCodes("2000-02-29"), QStringList());
    EXPECT_EQ(dateCodes(QStringLiteral("２０００-０２-２９")), QStringList());
    EXPECT_EQ(dateCodes("1900-02-29"), QStringList{"date.invalid"});
    EXPECT_EQ(dateCodes("03/01/2015"), QStringList{"date.format"}); // day and month order unknowable
    EXPECT_EQ(dateCodes("2015/03-01"), QStringList{"date.format"}); // one separator throughout
    EXPECT_EQ(dateCodes("2015-003-01"), QStringList{"date.format"});
    EXPECT_EQ(dateCodes(QStringLiteral("2015年3月")), QStringList{"date.format"});
    EXPECT_EQ(dateCodes("2015/2/29"), QStringList{"date.invalid"});
    EXPECT_EQ(dateCodes(QStringLiteral("2015年13月1日")), QStringList{"date.invalid"});
    EXPECT_EQ(dateCodes("1899-12-31"), QStringList{"date.too-early"});
    EXPECT_EQ(dateCodes("2026-11-26"), QStringList());
    EXPECT_EQ(dateCodes("2026-11-27"), QStringList{"date.future"});
}

TEST(DraftValidator, IdentifierFollowsItsType)
{
    Draft d = companyDraft();
    d.setText("applicant.idNumber", "91110000600037341X");
    const Problems problems = validateDraft(form(), d, context());
    ASSERT_EQ(codesFor(problems, "applicant.idNumber"), QStringList{"uscc.check-digit"});
    // Named as the wizard labels it for the type chosen, not by the annex's combined label.
    EXPECT_TRUE(
        find(problems, "uscc.check-digit")->message.zh.startsWith(QStringLiteral("统一社会信用代码：")));

    d = companyDraft();
    d.setText("applicant.idType", "foreign-registration");
    d.setText("applicant.idNumber", "CR No. 2345678");
    d.setText("applicant.country", "HK");
    d.setText("representative.phone", QStringLiteral("+86 138 1234 5678"));
    EXPECT_EQ(codesFor(validateDraft(form(), d, context())), QStringList());

    d = companyDraft();
    d.setText("representative.idType", "passport");
    d.setText("representative.idNumber", "e1234567");
    EXPECT_EQ(codesFor(validateDraft(form(), d, context())), QStringList());
    d.setText("representative.idNumber", "E12");
    EXPECT_EQ(codesFor(validateDraft(form(), d, context()), "representative.idNumber"),
              QStringList{"passport.length"});
    d.setText("representative.idType", "other");
    // An other identity document says which document it is.
    EXPECT_EQ(codesFor(validateDraft(form(), d, context()), "representative.idDocument"),
              QStringList{"field.required"});
    d.setText("representative.idDocument", QStringLiteral("Seafarer's identity document"));
    EXPECT_EQ(codesFor(validateDraft(form(), d, context())), QStringList());
    d.setText("representative.idType", "resident-id");
    EXPECT_EQ(codesFor(validateDraft(form(), d, context()), "representative.idNumber"),
              QStringList{"id.character"});
    d.setText("representative.idNumber", "123");
    EXPECT_EQ(codesFor(validateDraft(form(), d, context()), "representative.idNumber"),
              QStringList{"id.length"});
}

TEST(DraftValidator, MinorRepresentativeIsAWarning)
{
    Draft d = companyDraft();
    d.setText("representative.idNumber", "110105201001010010"); // born 2010-01-01
    const Problems problems = validateDraft(form(), d, context());
    ASSERT_EQ(codesFor(problems, "representative.idNumber"), QStringList{"id.under-18"});
    EXPECT_FALSE(find(problems, "id.under-18")->isError());
    d.setText("representative.idNumber", "110105200811260017"); // 18 today
    EXPECT_EQ(codesFor(validateDraft(form(), d, context()), "representative.idNumber"), QStringList());
    d.setText("representative.idNumber", "110105200811270012"); // 18 tomorrow
    EXPECT_EQ(codesFor(validateDraft(form(), d, context()), "representative.idNumber"),
              QStringList{"id.under-18"});
}

TEST(DraftValidator, PilotCreditCodeNeedsConfirmation)
{
    Draft d = companyDraft();
    d.setText("applicant.idNumber", "91350100M0001TGQXM");
    EXPECT_EQ(codesFor(validateDraft(form(), d, context()), "applicant.idNumber"),
              QStringList{"uscc.check-digit"});
    const Draft confirmed = withConfirmation(d, "applicant", "idNumberConfirmed");
    const Problems problems = validateDraft(form(), confirmed, context());
    ASSERT_EQ(codesFor(problems, "applicant.idNumber"), QStringList{"uscc.unverified"});
    EXPECT_FALSE(hasErrors(problems));
    // A confirmation does not excuse other mistakes.
    Draft wrong = confirmed;
    wrong.setText("applicant.idNumber", "91350100M0001TGQX");
    EXPECT_EQ(codesFor(validateDraft(form(), wrong, context()), "applicant.idNumber"),
              QStringList{"uscc.length"});
}

TEST(DraftValidator, UnknownPhoneRangeNeedsConfirmation)
{
    Draft d = companyDraft();
    d.setText("representative.phone", "16101234567");
    EXPECT_EQ(codesFor(validateDraft(form(), d, context()), "representative.phone"),
              QStringList{"phone.invalid"});
    const Draft confirmed = withConfirmation(d, "representative", "phoneConfirmed");
    const Problems problems = validateDraft(form(), confirmed, context());
    EXPECT_EQ(codesFor(problems, "representative.phone"), QStringList{"phone.unverified"});
    EXPECT_FALSE(hasErrors(problems));
    // Only a literal true confirms.
    QJsonObject root = d.json();
    QJsonObject rep = root.value("representative").toObject();
    rep.insert("phoneConfirmed", "yes");
    root.insert("representative", rep);
    EXPECT_EQ(codesFor(validateDraft(form(), Draft::fromJson(root), context()), "representative.phone"),
              QStringList{"phone.invalid"});
}

TEST(DraftValidator, EmailPhoneAndCountry)
{
    Draft d = companyDraft();
    d.setText("representative.email", "zhangsan@");
    d.setText("representative.phone", "12");
    d.setText("applicant.country", "ZZ");
    const Problems problems = validateDraft(form(), d, context());
    EXPECT_EQ(codesFor(problems, "representative.email"), QStringList{"email.domain-empty"});
    EXPECT_EQ(codesFor(problems, "representative.phone"), QStringList{"phone.length"});
    EXPECT_EQ(codesFor(problems, "applicant.country"), QStringList{"country.unknown"});
}

TEST(DraftValidator, Documents)
{
    Draft d = companyDraft();
    setDocuments(d, {"business-licence", "selfie"});
    Problems problems = validateDraft(form(), d, context());
    EXPECT_EQ(codesFor(problems, "documents"),
              (QStringList{"document.kind", "document.missing", "document.missing", "document.missing"}));
    EXPECT_FALSE(find(problems, "document.missing")->isError());

    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    QFile present(folder.filePath("licence.pdf"));
    ASSERT_TRUE(present.open(QIODevice::WriteOnly));
    present.write("%PDF-1.4\n");
    present.close();
    d.setDocuments({{"business-licence", "licence.pdf"},
                    {"legal-representative-id-copy", "missing.pdf"},
                    {"authorization-letter", folder.filePath("licence.pdf")},
                    {"representative-id-copy", "licence.pdf"}});
    ValidationContext withFolder = context();
    withFolder.draftFolder = folder.path();
    problems = validateDraft(form(), d, withFolder);
    ASSERT_EQ(codesFor(problems, "documents"), QStringList{"document.not-found"});
    EXPECT_TRUE(find(problems, "document.not-found")->message.en.contains("missing.pdf"));
    // Without a folder relative paths cannot be found either: the export would fail on them, so they
    // are errors; the absolute one is checked as it is.
    ValidationContext noFolder = context();
    noFolder.draftFolder.clear();
    EXPECT_EQ(codesFor(validateDraft(form(), d, noFolder), "documents"),
              (QStringList{"document.no-folder", "document.no-folder", "document.no-folder"}));
    EXPECT_TRUE(find(validateDraft(form(), d, noFolder), "document.no-folder")->isError());
}

TEST(DraftValidator, CreditCodeCategoryAgainstEnterpriseType)
{
    Draft d = companyDraft();
    d.setText("applicant.enterpriseType", QStringLiteral("个体工商户")); // expects 92
    const Problems problems = validateDraft(form(), d, context());
    ASSERT_EQ(codesFor(problems), QStringList{"rule.uscc-enterprise-type"});
    EXPECT_FALSE(hasErrors(problems));
    EXPECT_EQ(problems.first().field, "applicant.enterpriseType");
    d.setText("applicant.enterpriseType", QStringLiteral("基金会"));
    EXPECT_EQ(codesFor(validateDraft(form(), d, context())), QStringList{"rule.uscc-enterprise-type"});
    d.setText("applicant.enterpriseType", QStringLiteral("股份有限公司"));
    EXPECT_EQ(codesFor(validateDraft(form(), d, context())), QStringList());
}

TEST(DraftValidator, IdTypeMustSuitTheApplicantKind)
{
    Draft d = personDraft();
    d.setText("applicant.idType", "uscc");
    d.setText("applicant.idNumber", "91110000600037341L");
    const Problems problems = validateDraft(form(), d, context());
    EXPECT_EQ(codesFor(problems, "applicant.idType"), QStringList{"rule.id-type-kind"});
    EXPECT_TRUE(hasErrors(problems));
    d.setText("applicant.idType", "driving-licence");
    EXPECT_EQ(codesFor(validateDraft(form(), d, context()), "applicant.idType"), QStringList{"field.choice"});
}

TEST(DraftValidator, CreditCodeOutsideMainlandIsAWarning)
{
    Draft d = companyDraft();
    d.setText("applicant.country", "HK");
    d.setText("representative.phone", QStringLiteral("2123 4567"));
    const Problems problems = validateDraft(form(), d, context());
    ASSERT_EQ(codesFor(problems), QStringList{"rule.uscc-country"});
    EXPECT_TRUE(problems.first().message.zh.contains(QStringLiteral("中国香港")));
}

TEST(DraftValidator, ValidateFieldReturnsThatFieldOnly)
{
    Draft d = companyDraft();
    d.setText("applicant.name", QString());
    d.setText("applicant.enterpriseType", QStringLiteral("个体工商户"));
    EXPECT_EQ(codesFor(validateField(form(), d, "applicant.name", context())), QStringList{"field.required"});
    EXPECT_EQ(codesFor(validateField(form(), d, "applicant.enterpriseType", context())),
              QStringList{"rule.uscc-enterprise-type"});
    EXPECT_EQ(codesFor(validateField(form(), d, "representative.email", context())), QStringList());
    EXPECT_EQ(codesFor(validateField(form(), d, "no.such", context())), QStringList());
}

TEST(DraftValidator, NormalizedDraftStoresNormalisedIdentifiers)
{
    Draft d = companyDraft();
    d.setText("applicant.idNumber", QStringLiteral("９１１１ ００００ ６０００ ３７３４ １ｌ"));
    d.setText("representative.idNumber", "110105-19491231-002x");
    d.setText("representative.email", QStringLiteral("ZhangSan＠Example.COM"));
    d.setText("representative.phone", QStringLiteral("010-12345678 转 123"));
    d.setText("applicant.country", "cn");
    const Draft n = normalizedDraft(form(), d, kToday);
    EXPECT_EQ(n.text("applicant.idNumber"), "91110000600037341L");
    EXPECT_EQ(n.text("representative.idNumber"), "11010519491231002X");
    EXPECT_EQ(n.text("representative.email"), "ZhangSan@example.com");
    EXPECT_EQ(n.text("representative.phone"), "+861012345678;ext=123");
    EXPECT_EQ(n.text("applicant.country"), "CN");
    EXPECT_EQ(codesFor(validateDraft(form(), n, context())), QStringList());

    // Invalid values stay as typed: the user must see what they wrote.
    d.setText("representative.phone", "12ab");
    EXPECT_EQ(normalizedDraft(form(), d, kToday).text("representative.phone"), "12ab");
}

TEST(DraftValidator, HugeValuesAreReportedAndDoNotCrash)
{
    Draft d = companyDraft();
    const QString huge(100000, QLatin1Char('A'));
    for (const char *path :
         {"applicant.name", "applicant.idNumber", "representative.email", "representative.phone",
          "plan.usage", "applicant.establishedOn", "applicant.country"})
        d.setText(path, huge);
    // A 100,000-character value: a clear error, not a hang (ctest's timeout would catch one).
    const Problems problems = validateDraft(form(), d, context());
    EXPECT_TRUE(codesFor(problems, "applicant.name").contains("field.too-long"));
    EXPECT_TRUE(hasErrors(problems));
}

TEST(DraftValidator, UnknownOrIncompleteRulesDoNotCrash)
{
    FormDefinition odd = form();
    odd.rules << RuleDefinition{"no-such-rule", {"applicant.name"}}
              << RuleDefinition{"uscc-matches-enterprise-type", {}}
              << RuleDefinition{"id-type-matches-kind", {"applicant.kind"}}
              << RuleDefinition{"uscc-implies-mainland", {"no.field", "other.field"}};
    EXPECT_EQ(codesFor(validateDraft(odd, companyDraft(), context())), QStringList());
    Draft empty(odd);
    EXPECT_TRUE(hasErrors(validateDraft(odd, empty, context())));
}

TEST(DraftValidator, WrongJsonTypesReadAsEmpty)
{
    QJsonObject root = companyDraft().json();
    QJsonObject applicant = root.value("applicant").toObject();
    applicant.insert("name", 42);
    applicant.insert("idNumber", QJsonObject{{"x", 1}});
    root.insert("applicant", applicant);
    QJsonObject plan = root.value("plan").toObject();
    plan.insert("models", "16b-base");
    root.insert("plan", plan);
    root.insert("documents", "none");
    const Problems problems = validateDraft(form(), Draft::fromJson(root), context());
    EXPECT_EQ(codesFor(problems, "applicant.name"), QStringList{"field.required"});
    EXPECT_EQ(codesFor(problems, "applicant.idNumber"), QStringList{"field.required"});
    EXPECT_EQ(codesFor(problems, "plan.models"), QStringList{"field.required"});
}

TEST(DraftValidator, DatesAsPeopleTypeThemAreStoredAsIso)
{
    for (const QString &typed :
         {QStringLiteral("2016-3-9"), QStringLiteral("2016/03/09"), QStringLiteral("2016年3月9日"),
          QStringLiteral("2016.03.09"), QStringLiteral("2016 年 03 月 09 日"),
          QStringLiteral("２０１６／３／９"), QStringLiteral("2016-03-09")}) {
        Draft d = companyDraft();
        d.setText("applicant.establishedOn", typed);
        EXPECT_EQ(codesFor(validateDraft(form(), d, context()), "applicant.establishedOn"), QStringList())
            << typed.toStdString();
        EXPECT_EQ(normalizedDraft(form(), d, kToday).text("applicant.establishedOn"),
                  QStringLiteral("2016-03-09"))
            << typed.toStdString();
    }
    // A date after today is reported in its ISO form, whatever the typing.
    Draft d = companyDraft();
    d.setText("applicant.establishedOn", QStringLiteral("2027年1月2日"));
    const Problems problems = validateDraft(form(), d, context());
    const Problem *future = find(problems, "date.future");
    ASSERT_NE(future, nullptr);
    EXPECT_TRUE(future->message.en.contains(QStringLiteral("2027-01-02")));
}

TEST(DraftValidator, PhoneWithoutCountryCodeIsReadInTheApplicantsCountry)
{
    Draft d = companyDraft();
    d.setText("applicant.country", "HK");
    d.setText("representative.phone", QStringLiteral("2123 4567"));
    EXPECT_EQ(codesFor(validateDraft(form(), d, context()), "representative.phone"), QStringList());
    EXPECT_EQ(normalizedDraft(form(), d, kToday).text("representative.phone"),
              QStringLiteral("+85221234567"));
    // The same digits for a mainland applicant: a landline without its area code.
    d.setText("applicant.country", "CN");
    EXPECT_EQ(codesFor(validateDraft(form(), d, context()), "representative.phone"),
              QStringList{"phone.area-code"});
    // A mainland mobile with +86 stays valid for a Hong Kong applicant.
    d.setText("applicant.country", "hk");
    d.setText("representative.phone", QStringLiteral("+86 138 1234 5678"));
    EXPECT_EQ(codesFor(validateDraft(form(), d, context()), "representative.phone"), QStringList());
}

TEST(DraftValidator, PlanAnswersOnlyInEnglishAreWarned)
{
    Draft d = companyDraft();
    d.setText("plan.usage", QStringLiteral("Customer-service chatbot,\nrun on our own servers."));
    d.setText("plan.duration", QStringLiteral("3 years"));
    const Problems problems = validateDraft(form(), d, context());
    EXPECT_EQ(codesFor(problems, "plan.usage"), QStringList{"plan.english-only"});
    EXPECT_EQ(codesFor(problems, "plan.duration"), QStringList{"plan.english-only"});
    const Problem *p = find(problems, "plan.english-only");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->severity, Severity::Warning);
    EXPECT_TRUE(p->message.en.contains(QStringLiteral("10.2")));
    EXPECT_TRUE(p->message.zh.contains(QStringLiteral("中文")));
    // Chinese alongside the English, Chinese only, or no letters at all: nothing to say.
    d.setText("plan.usage", QStringLiteral("客服问答 / Customer-service chatbot"));
    d.setText("plan.duration", QStringLiteral("2027-2029"));
    EXPECT_EQ(codesFor(validateDraft(form(), d, context()), "plan.usage"), QStringList());
    EXPECT_EQ(codesFor(validateDraft(form(), d, context()), "plan.duration"), QStringList());
    // Other multiline fields are not plan answers.
    EXPECT_EQ(codesFor(validateDraft(form(), d, context()), "applicant.address"), QStringList());
}
