// The example drafts shipped in examples/ become complete messages: every document attached under its
// own name, the letter naming the applicant, and nothing Python's parser complains about.
#include "application/checkedapplication.h"
#include "draft/draftfile.h"
#include "emlparser.h"
#include "form/formdefinition.h"
#include "mail/applicationemail.h"
#include "received/receivedfile.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace nbapply;

namespace
{

class ExampleDraftEmail : public ::testing::TestWithParam<const char *>
{
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_P(ExampleDraftEmail, BuildsACompleteMessage)
{
    const QString draftPath =
        test::sourcePath(QStringLiteral("examples/%1.nbapply.json").arg(QLatin1String(GetParam())));
    const DraftLoadResult loaded = loadDraftFile(draftPath);
    ASSERT_TRUE(loaded.ok()) << loaded.error.en.toStdString();
    const Draft &draft = *loaded.draft;
    const FormDefinition &form = FormDefinition::builtin();

    EmailOptions options;
    options.now = QDateTime::fromSecsSinceEpoch(1790000000, QTimeZone::utc());
    ValidationContext context;
    context.today = options.now.date();
    context.draftFolder = QFileInfo(draftPath).path();
    const CheckedApplication checked = CheckedApplication::check(form, draft, context);
    // Any small PDF stands in for the exported one here; the export tests attach the real one.
    const QByteArray pdf = readAll(test::sourcePath(QStringLiteral("examples/documents/授权委托书.pdf")));
    ASSERT_FALSE(pdf.isEmpty());
    const EmailResult result = buildApplicationEmail(checked, pdf, options);
    ASSERT_TRUE(result.ok) << result.error.en.toStdString();
    EXPECT_TRUE(result.warnings.isEmpty());

    const QJsonObject report = test::parseEml(result.message);
    ASSERT_FALSE(report.contains(QStringLiteral("error")));
    EXPECT_TRUE(report.value(QStringLiteral("defects")).toArray().isEmpty());
    EXPECT_LE(report.value(QStringLiteral("max_line_length")).toInt(), 76);
    const QString applicant = draft.text(QStringLiteral("applicant.name"));
    EXPECT_EQ(test::headerValue(report, QStringLiteral("Subject")),
              QStringLiteral("南北阁许可模型商业使用申请 / Nanbeige commercial use application – ") +
                  applicant);
    EXPECT_TRUE(test::headerValue(report, QStringLiteral("From"))
                    .startsWith(draft.text(QStringLiteral("representative.name")) + QStringLiteral(" <")));
    const QString text = report.value(QStringLiteral("text")).toString();
    EXPECT_TRUE(text.contains(QStringLiteral("申请人名称：") + applicant));
    EXPECT_TRUE(text.contains(QStringLiteral("Applicant name: ") + applicant));

    const QList<DocumentRef> documents = draft.documents();
    const QJsonArray attachments = report.value(QStringLiteral("attachments")).toArray();
    ASSERT_EQ(attachments.size(), documents.size() + 1);
    qint64 total = pdf.size();
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QString path = Draft::resolvePath(documents[i], context.draftFolder);
        const QByteArray data = readAll(path);
        total += data.size();
        const QJsonObject a = attachments[i + 1].toObject();
        EXPECT_EQ(a.value(QStringLiteral("filename")).toString(), QFileInfo(path).fileName());
        EXPECT_EQ(a.value(QStringLiteral("content_type")).toString(), QStringLiteral("application/pdf"));
        EXPECT_EQ(a.value(QStringLiteral("sha256")).toString(),
                  QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
        EXPECT_TRUE(text.contains(QFileInfo(path).fileName()));
    }
    EXPECT_EQ(result.attachmentBytes, total);
    EXPECT_LE(applicationMailtoUrl(checked).toEncoded().size(), 1800);
}

INSTANTIATE_TEST_SUITE_P(Examples, ExampleDraftEmail,
                         ::testing::Values("company", "individual", "hong-kong-company"));
