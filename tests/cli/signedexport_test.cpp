// `nbapply export --sign CERT.p12 [--password-file FILE|-]` and `validate` of what it wrote, run as a user
// runs them: poppler's pdfsig accepts the signature, the block is on the last page with the signer's
// local time, a wrong password writes nothing, and a byte changed afterwards makes validate exit 1.
#include "../core/validation/qstringprinter.h"
#include "processrunner.h"
#include "testpki.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using nbapply::test::ProcessResult;
using nbapply::test::runNbapply;
using nbapply::test::sourcePath;
using nbapply::test::TestPki;

namespace
{

// 2026-11-26 08:30 UTC; the signer's clock is in Beijing.
const QString kEpoch = QStringLiteral("SOURCE_DATE_EPOCH=1795681800");
const QString kBeijing = QStringLiteral("TZ=Asia/Shanghai");
const QString kPdfName = QStringLiteral("北京南山智能科技有限公司-2026-11-26.pdf");

ProcessResult runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

class SignedExportCommand : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_pki = TestPki::make(m_dir.path());
        ASSERT_TRUE(m_pki.ok);
        m_out = m_dir.filePath(QStringLiteral("out"));
        m_draft = sourcePath(QStringLiteral("examples/company.nbapply.json"));
    }
    QString passwordFile(const QByteArray &password)
    {
        return writeFile(m_dir.filePath(QStringLiteral("password.txt")), password + '\n');
    }

    QTemporaryDir m_dir;
    TestPki m_pki;
    QString m_out;
    QString m_draft;
};

TEST_F(SignedExportCommand, ASignedExportIsValidForPopplerAndShowsTheSignerOnTheLastPage)
{
    const ProcessResult run = runNbapply({"export", m_draft, "--out", m_out, "--sign", m_pki.issuedP12,
                                          "--password-file", passwordFile(QByteArray(TestPki::kPassword))},
                                         {kEpoch, kBeijing});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString pdf = QDir(m_out).filePath(kPdfName);
    const ProcessResult sig = runTool(QStringLiteral("pdfsig"), {"-nocert", "-no-ocsp", pdf});
    EXPECT_TRUE(sig.out.contains(QStringLiteral("Signature is Valid"))) << sig.out.toStdString();
    EXPECT_TRUE(sig.out.contains(QStringLiteral("Total document signed"))) << sig.out.toStdString();

    const int pages = runTool(QStringLiteral("pdfinfo"), {pdf})
                          .out.section(QRegularExpression(QStringLiteral("Pages:\\s+")), 1)
                          .section(u'\n', 0, 0)
                          .toInt();
    ASSERT_GT(pages, 0);
    const ProcessResult last =
        runTool(QStringLiteral("pdftotext"),
                {"-enc", "UTF-8", "-f", QString::number(pages), "-l", QString::number(pages), pdf, "-"});
    EXPECT_TRUE(last.out.contains(QStringLiteral("Digitally signed"))) << last.out.toStdString();
    EXPECT_TRUE(
        last.out.contains(TestPki::kIssuedName + QStringLiteral(" (") + TestPki::kIssuedOrganisation + u')'))
        << last.out.toStdString();
    // The signer's local time with its offset: 08:30 UTC is 16:30 in Beijing.
    EXPECT_TRUE(last.out.contains(QStringLiteral("2026-11-26 16:30 +08:00"))) << last.out.toStdString();

    // nbapply reads it back as its own, pages checked; the signature is listed and valid.
    const ProcessResult validate = runNbapply({"validate", "--trust", m_pki.caPem, pdf}, {kEpoch});
    EXPECT_EQ(validate.exitCode, 0) << validate.err.toStdString();
    EXPECT_TRUE(validate.err.contains(TestPki::kIssuedName)) << validate.err.toStdString();
}

TEST_F(SignedExportCommand, ThePasswordIsReadFromStandardInputWithoutPasswordFile)
{
    const ProcessResult run = runNbapply({"export", m_draft, "--out", m_out, "--sign", m_pki.issuedP12},
                                         {kEpoch}, QByteArray(TestPki::kPassword) + '\n');
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile pdf(QDir(m_out).filePath(kPdfName));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.readAll().contains("/SubFilter /ETSI.CAdES.detached"));
}

TEST_F(SignedExportCommand, AWrongPasswordWritesNothingAndExitsTwo)
{
    const QString wrong = QStringLiteral("not the password");
    const ProcessResult run = runNbapply({"export", m_draft, "--out", m_out, "--sign", m_pki.issuedP12,
                                          "--password-file", passwordFile(wrong.toUtf8())},
                                         {kEpoch});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("Nothing was written"))) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(wrong));
    EXPECT_FALSE(QDir(m_out).exists()) << "the export began before the password was checked";
    const ProcessResult chinese =
        runNbapply({"export", "--lang", "zh_CN", m_draft, "--out", m_out, "--sign", m_pki.issuedP12,
                    "--password-file", passwordFile(wrong.toUtf8())},
                   {kEpoch});
    EXPECT_EQ(chinese.exitCode, 2);
    EXPECT_TRUE(chinese.err.contains(QStringLiteral("未写入任何文件"))) << chinese.err.toStdString();
    EXPECT_FALSE(QDir(m_out).exists());
}

TEST_F(SignedExportCommand, TheEmailDraftIsValidatedWithThePdfSignatureItCarries)
{
    ASSERT_EQ(runNbapply({"export", m_draft, "--out", m_out, "--sign", m_pki.issuedP12, "--password-file",
                          passwordFile(QByteArray(TestPki::kPassword))},
                         {kEpoch})
                  .exitCode,
              0);
    const QStringList emails = QDir(m_out).entryList({QStringLiteral("*.eml")}, QDir::Files);
    ASSERT_EQ(emails.size(), 1);
    const ProcessResult validate = runNbapply(
        {"validate", "--json", "--trust", m_pki.caPem, QDir(m_out).filePath(emails.first())}, {kEpoch});
    EXPECT_EQ(validate.exitCode, 0) << validate.err.toStdString();
    const QJsonArray signatures =
        QJsonDocument::fromJson(validate.out.toUtf8()).object()[u"signatures"].toArray();
    ASSERT_EQ(signatures.size(), 1) << validate.out.toStdString();
    const QJsonObject signature = signatures.first().toObject();
    EXPECT_EQ(signature[u"coverage"].toString(), QStringLiteral("current")) << validate.out.toStdString();
    EXPECT_EQ(signature[u"identity"].toString(), QStringLiteral("trusted")) << validate.out.toStdString();
    EXPECT_TRUE(QJsonDocument(signature).toJson().contains(TestPki::kIssuedName.toUtf8()));
}

TEST_F(SignedExportCommand, OneByteChangedAfterSigningMakesValidateExitOne)
{
    ASSERT_EQ(runNbapply({"export", m_draft, "--out", m_out, "--pdf-only", "--sign", m_pki.issuedP12,
                          "--password-file", passwordFile(QByteArray(TestPki::kPassword))},
                         {kEpoch})
                  .exitCode,
              0);
    QFile pdf(QDir(m_out).filePath(kPdfName));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    QByteArray bytes = pdf.readAll();
    // The signature field's name: inside the signed range, read by nothing but the signature.
    const qsizetype at = bytes.lastIndexOf("(Signature1)");
    ASSERT_GT(at, 0);
    bytes[at + 10] = '2';
    const QString changed = writeFile(m_dir.filePath(QStringLiteral("changed.pdf")), bytes);
    const ProcessResult validate = runNbapply({"validate", "--trust", m_pki.caPem, changed}, {kEpoch});
    EXPECT_EQ(validate.exitCode, 1) << validate.err.toStdString();
    EXPECT_TRUE(validate.err.contains(QStringLiteral("changed after signing"))) << validate.err.toStdString();
}

} // namespace
