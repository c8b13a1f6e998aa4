// `nbapply approve --sign` and `validate --trust` (issue 18): a review signed with the reviewer's
// certificate, written into a draft or a package, listed by validate with whose certificate made it and
// what it covers; a wrong password changes nothing; no password ever appears in any output.
#include "processrunner.h"
#include "testpki.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nbapply::test;

namespace
{

class Approve : public ::testing::Test
{
  protected:
    static void SetUpTestSuite()
    {
        keys = new QTemporaryDir;
        pki = new TestPki(TestPki::make(keys->path()));
    }
    static void TearDownTestSuite()
    {
        delete pki;
        delete keys;
    }
    void SetUp() override
    {
        ASSERT_TRUE(pki->ok);
        QDir(dir.path()).mkdir(QStringLiteral("documents"));
        const QDir documents(sourcePath(QStringLiteral("examples/documents")));
        for (const QString &name : documents.entryList(QDir::Files))
            QFile::copy(documents.filePath(name), dir.filePath(QStringLiteral("documents/") + name));
        draft = dir.filePath(QStringLiteral("company.nbapply.json"));
        ASSERT_TRUE(QFile::copy(sourcePath(QStringLiteral("examples/company.nbapply.json")), draft));
        QFile::setPermissions(draft, QFile::ReadOwner | QFile::WriteOwner);
        passwordFile = dir.filePath(QStringLiteral("password.txt"));
        QFile file(passwordFile);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(TestPki::kPassword) + "\n");
    }

    static void expectNoPassword(const ProcessResult &run)
    {
        const QString password = QString::fromUtf8(TestPki::kPassword);
        EXPECT_FALSE(run.out.contains(password));
        EXPECT_FALSE(run.err.contains(password));
    }
    ProcessResult approve(const QString &file, const QStringList &extra = {})
    {
        const ProcessResult run =
            runNbapply(QStringList{QStringLiteral("approve"), file, QStringLiteral("--sign"), pki->issuedP12,
                                   QStringLiteral("--password-file"), passwordFile} +
                       extra);
        expectNoPassword(run);
        return run;
    }
    ProcessResult validateJson(const QString &file, bool trustCa = true)
    {
        QStringList arguments{QStringLiteral("validate"), QStringLiteral("--json"), file};
        if (trustCa)
            arguments << QStringLiteral("--trust") << pki->caPem;
        return runNbapply(arguments);
    }
    static QJsonObject firstSignature(const ProcessResult &run)
    {
        const QJsonArray signatures =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("signatures")).toArray();
        EXPECT_EQ(signatures.size(), 1) << run.out.toStdString();
        return signatures.first().toObject();
    }

    static inline QTemporaryDir *keys = nullptr;
    static inline TestPki *pki = nullptr;
    QTemporaryDir dir;
    QString draft;
    QString passwordFile;
};

} // namespace

TEST_F(Approve, AWrongPasswordIsABilingualErrorAndLeavesTheFileByteIdentical)
{
    const QByteArray before = readAll(draft);
    const ProcessResult run =
        runNbapply({QStringLiteral("approve"), draft, QStringLiteral("--sign"), pki->issuedP12}, {},
                   QByteArray("not-the-Pässword\n"));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("signing.bad-password"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("password of the certificate file is wrong")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("证书文件的密码不正确")));
    EXPECT_FALSE(run.err.contains(QStringLiteral("not-the-Pässword")));
    EXPECT_FALSE(run.out.contains(QStringLiteral("not-the-Pässword")));
    EXPECT_EQ(readAll(draft), before);
}

TEST_F(Approve, TheSignedApprovalIsListedByValidateWithTheCertificatesName)
{
    // The password from standard input (no --password-file).
    const ProcessResult signedRun =
        runNbapply({QStringLiteral("approve"), draft, QStringLiteral("--sign"), pki->issuedP12,
                    QStringLiteral("--note"), QStringLiteral("可以发送")},
                   {}, QByteArray(TestPki::kPassword) + "\n");
    ASSERT_EQ(signedRun.exitCode, 0) << signedRun.err.toStdString();
    expectNoPassword(signedRun);
    EXPECT_TRUE(
        signedRun.out.startsWith(QStringLiteral("Signed by 李律师 (某某律师事务所) (approval for sending)")))
        << signedRun.out.toStdString();
    EXPECT_EQ(QFile::permissions(draft) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    const ProcessResult trusted = validateJson(draft);
    EXPECT_EQ(trusted.exitCode, 0) << trusted.out.toStdString();
    const QJsonObject signature = firstSignature(trusted);
    EXPECT_EQ(signature.value("kind").toString(), QStringLiteral("approval"));
    EXPECT_EQ(signature.value("coverage").toString(), QStringLiteral("current"));
    EXPECT_EQ(signature.value("identity").toString(), QStringLiteral("trusted"));
    EXPECT_EQ(signature.value("revocation").toString(), QStringLiteral("not-checked-offline"));
    EXPECT_EQ(signature.value("verdict").toString(), QStringLiteral("approved"));
    EXPECT_EQ(signature.value("note").toString(), QStringLiteral("可以发送"));
    EXPECT_EQ(signature.value("signer").toObject().value("cn").toString(), QStringLiteral("李律师"));
    EXPECT_EQ(signature.value("signer").toObject().value("o").toString(), QStringLiteral("某某律师事务所"));
    EXPECT_EQ(signature.value("issuer").toObject().value("cn").toString(), QStringLiteral("Test Root CA"));
    EXPECT_TRUE(QDateTime::fromString(signature.value("signingTime").toString(), Qt::ISODate).isValid());
    EXPECT_TRUE(signature.value("valid").toBool());

    // Without --trust the test CA is nobody's: the identity is not verified.
    EXPECT_EQ(firstSignature(validateJson(draft, false)).value("identity").toString(),
              QStringLiteral("not-verified"));
    // The text form lists it in the "what was checked" block.
    const ProcessResult text = runNbapply({QStringLiteral("validate"), draft});
    EXPECT_TRUE(text.err.contains(QStringLiteral("signature\tSigned by 李律师 (某某律师事务所)")))
        << text.err.toStdString();
    EXPECT_TRUE(text.err.contains(QStringLiteral("identity not verified")));
}

TEST_F(Approve, AfterAnEditTheApprovalCoversAnOlderVersion)
{
    ASSERT_EQ(approve(draft, {QStringLiteral("--changes-requested")}).exitCode, 0);
    QString json = QString::fromUtf8(readAll(draft));
    ASSERT_TRUE(json.contains(QStringLiteral("\"duration\"")));
    const qsizetype at = json.indexOf(QStringLiteral("\"duration\""));
    const qsizetype valueStart = json.indexOf(u'"', json.indexOf(u':', at)) + 1;
    json.insert(valueStart, QStringLiteral("（修订）"));
    QFile file(draft);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json.toUtf8());
    file.close();
    const ProcessResult run = validateJson(draft);
    EXPECT_EQ(run.exitCode, 0) << "an older version's approval is valid, not a problem";
    const QJsonObject signature = firstSignature(run);
    EXPECT_EQ(signature.value("coverage").toString(), QStringLiteral("older-version"));
    EXPECT_EQ(signature.value("verdict").toString(), QStringLiteral("changes-requested"));
    EXPECT_TRUE(signature.value("summary").toObject().value("en").toString().contains(
        QStringLiteral("covers an older version")));
}

TEST_F(Approve, AForgedApprovalMakesValidateExitOneAndNeverSaysApproved)
{
    ASSERT_EQ(approve(draft, {QStringLiteral("--changes-requested")}).exitCode, 0);
    QByteArray json = readAll(draft);
    // Turn "changes requested" into "approved" inside the signed payload.
    ASSERT_TRUE(json.contains("\\\"verdict\\\":\\\"changes-requested\\\""));
    json.replace("\\\"verdict\\\":\\\"changes-requested\\\"", "\\\"verdict\\\":\\\"approved\\\"");
    QFile file(draft);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
    file.close();
    const ProcessResult run = validateJson(draft);
    EXPECT_EQ(run.exitCode, 1);
    const QJsonObject signature = firstSignature(run);
    EXPECT_EQ(signature.value("coverage").toString(), QStringLiteral("changed-after-signing"));
    EXPECT_FALSE(signature.value("valid").toBool());
    EXPECT_FALSE(signature.value("verdict").toString() == QStringLiteral("approved"));
    const ProcessResult text = runNbapply({QStringLiteral("validate"), draft});
    EXPECT_EQ(text.exitCode, 1);
    EXPECT_TRUE(text.err.contains(QStringLiteral("changed after signing"))) << text.err.toStdString();
    EXPECT_FALSE(text.err.contains(QStringLiteral("pproved by")));
    EXPECT_FALSE(text.err.contains(QStringLiteral("approval for sending")));
}

TEST_F(Approve, AnOldUnsignedApprovalIsListedAsNotEvidence)
{
    QJsonObject root = QJsonDocument::fromJson(readAll(draft)).object();
    root.insert("formatVersion", 2);
    root.insert("review", QJsonObject{{"approval", QJsonObject{{"state", "approved"},
                                                               {"by", QStringLiteral("李律师")},
                                                               {"time", "2026-11-30T11:00:00Z"},
                                                               {"fingerprint", "whatever"}}}});
    QFile file(draft);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();
    const ProcessResult run = runNbapply({QStringLiteral("validate"), draft});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(
        run.err.contains(QStringLiteral("signature\tReview record: unsigned: not evidence of approval")))
        << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("李律师")));
}

TEST_F(Approve, APackageIsSignedInPlace)
{
    const QString package = dir.filePath(QStringLiteral("company.nbapply.zip"));
    ASSERT_EQ(runNbapply({QStringLiteral("package"), draft, QStringLiteral("--out"), package}).exitCode, 0);
    const QByteArray before = readAll(package);
    const ProcessResult wrong =
        runNbapply({QStringLiteral("approve"), package, QStringLiteral("--sign"), pki->issuedP12}, {},
                   QByteArray("nope\n"));
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_EQ(readAll(package), before);

    const ProcessResult run = approve(package);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const ProcessResult checked = validateJson(package);
    EXPECT_EQ(checked.exitCode, 0) << checked.out.toStdString();
    EXPECT_EQ(firstSignature(checked).value("coverage").toString(), QStringLiteral("current"));
    EXPECT_EQ(firstSignature(checked).value("identity").toString(), QStringLiteral("trusted"));
}

TEST_F(Approve, ExpiredAndSelfSignedCertificatesGetTheirVerdict)
{
    for (const auto &[p12, identity] : {std::pair{pki->expiredP12, QStringLiteral("expired")},
                                        std::pair{pki->selfSignedP12, QStringLiteral("not-verified")}}) {
        const ProcessResult run = runNbapply({QStringLiteral("approve"), draft, QStringLiteral("--sign"), p12,
                                              QStringLiteral("--password-file"), passwordFile});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_EQ(firstSignature(validateJson(draft)).value("identity").toString(), identity);
    }
}
