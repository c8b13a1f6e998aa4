// Every problem says what and how in both languages, has a stable dotted code, and that code is
// documented in docs/validation-codes.md (scripts rely on the table).
#include "draft/draft.h"
#include "form/formdefinition.h"
#include "qstringprinter.h"
#include "testpaths.h"
#include "validation/draftvalidator.h"
#include "validation/identifiers.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::validation;

namespace
{

const QDate kToday(2026, 11, 26);

QString documentedCodes()
{
    QFile file(nbapply::test::sourcePath(QStringLiteral("docs/validation-codes.md")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

void expectWellFormed(const Problem &p, const QString &docs, bool needsField)
{
    static const QRegularExpression code(QStringLiteral("^[a-z0-9-]+(\\.[a-z0-9-]+)+$"));
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    EXPECT_TRUE(code.match(p.code).hasMatch()) << p.code.toStdString();
    EXPECT_TRUE(docs.contains(QStringLiteral("`") + p.code + QStringLiteral("`")))
        << p.code.toStdString() << " is not in docs/validation-codes.md";
    EXPECT_TRUE(han.match(p.message.zh).hasMatch()) << p.code.toStdString();
    EXPECT_GT(p.message.en.size(), 20) << p.code.toStdString();
    EXPECT_FALSE(p.message.en.contains(QChar(0x202E)));
    EXPECT_FALSE(p.message.zh.contains(QLatin1Char('\n')));
    if (needsField) {
        EXPECT_FALSE(p.field.isEmpty()) << p.code.toStdString();
    }
}

} // namespace

TEST(ProblemCodes, IdentifierProblemsAreDocumentedAndBilingual)
{
    const QString docs = documentedCodes();
    QSet<QString> seen;
    auto check = [&](const CheckResult &r) {
        for (const Problem &p : r.problems) {
            expectWellFormed(p, docs, false);
            seen.insert(p.code);
        }
    };
    const QStringList hostile{QString(),
                              QStringLiteral("\u202E"),
                              QStringLiteral("a\nb"),
                              QString(5000, QLatin1Char('9')),
                              QStringLiteral("Х"),
                              QStringLiteral("12")};
    for (const QString &v :
         hostile + QStringList{"91110000600O37341L", "B1110000600037341L", "94110000600037341L",
                               "91990000600037341L", "91110000600037342L", "91350100M0001TGQXM",
                               "91810000600037341L", "91422Y2870136531XQ"})
        check(checkUscc(v));
    for (const QString &v :
         hostile + QStringList{"110105491231002", "QQQ118506120068", "USA990185061217", "USA31007706018",
                               "00010519491231002X", "11010519491332002X", "11010519491231002Y",
                               "110105194912310021", "91199919850615001X"})
        check(checkResidentId(v, kToday));
    for (const QString &v :
         hostile +
             QStringList{"a",
                         "a@b@c",
                         "@b.c",
                         "a@",
                         "a@.b",
                         "\"a\"@b.c",
                         "张@b.c",
                         "a(@b.c",
                         "a@-b.c",
                         "a@b_c.d",
                         "a@" + QString(64, 'b') + ".c",
                         "a..b@c.d",
                         "a@localhost",
                         QString(65, 'a') + "@b.c",
                         "a@ex\u0430mple.com",
                         "u@1\u05D0.com",
                         "p@\u0308e.com",
                         "=?utf-8?q?a?=@b.cn",
                         "a@ab--cd.com",
                         "a@" + QStringList(6, QStringLiteral("南北阁模型商业使用申请表格中")).join('.') +
                             ".cn"})
        check(checkEmail(v));
    for (const QString &v :
         hostile + QStringList{"1", "1234", "+999 123", "16101234567", "62345678", "138 转",
                               "1381234567812345678", "95588", "1381234567", "tel:+86;foo=1", "2123 456"})
        check(checkPhone(v));
    check(checkPhone(QStringLiteral("138 1234 5678"), QStringLiteral("HK")));
    check(checkPhone(QStringLiteral("2123 456"), QStringLiteral("HK")));
    for (const QString &v : hostile + QStringList{"E1/2", "E12"})
        check(checkPassport(v));
    for (const QString &v : hostile + QStringList{"A123456(4)", "A12345(3)", "AB987654(0)"})
        check(checkHongKongId(v));
    for (const char *code : {"hkid.empty", "hkid.format", "hkid.check-digit"})
        EXPECT_TRUE(seen.contains(QString::fromUtf8(code))) << code;
    for (const QString &v : hostile)
        check(checkForeignRegistration(v));
    for (const QString &v : hostile)
        check(checkOtherDocumentNumber(v));
    EXPECT_GE(seen.size(), 50); // the corpus reaches most of the table
}

TEST(ProblemCodes, DraftProblemsAreDocumentedBilingualAndFiled)
{
    const QString docs = documentedCodes();
    const FormDefinition &form = FormDefinition::builtin();
    ValidationContext context;
    context.today = kToday;
    context.draftFolder = QStringLiteral("/nonexistent-nbapply-folder");

    Draft empty(form);
    Draft hostile(form);
    for (const SectionDefinition &section : form.sections)
        for (const FieldDefinition &field : section.fields)
            if (field.type != FieldType::MultiChoice && field.key != u"kind")
                hostile.setText(field.path(), QStringLiteral("x\u202Ey"));
    hostile.setList(QStringLiteral("plan.models"), {QStringLiteral("x"), QStringLiteral("x")});
    hostile.setDocuments({{QStringLiteral("selfie"), QStringLiteral("a.pdf")},
                          {QStringLiteral("business-licence"), QStringLiteral("missing.pdf")},
                          {QStringLiteral("other"), QString()}});
    // Marked not applicable without a reason, and marked while it has a file.
    hostile.setNotApplicable(QStringLiteral("authorization-letter"), true, QString());
    hostile.setNotApplicable(QStringLiteral("business-licence"), true, QStringLiteral("x"));
    Draft person(form);
    person.setText(QStringLiteral("applicant.kind"), QStringLiteral("individual"));
    person.setText(QStringLiteral("applicant.idType"), QStringLiteral("uscc"));
    person.setText(QStringLiteral("applicant.establishedOn"), QStringLiteral("2999-01-01"));
    person.setText(QStringLiteral("applicant.country"), QStringLiteral("HK"));

    int count = 0;
    for (const Draft &draft : {empty, hostile, person}) {
        for (const Problem &p : validateDraft(form, draft, context)) {
            expectWellFormed(p, docs, true);
            ++count;
        }
    }
    EXPECT_GT(count, 30);
}
