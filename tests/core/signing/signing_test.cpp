// Signatures with the signer's own certificate (issue 18): a PKCS#12 file opens only with its password,
// what it signs verifies as intact only for the same bytes, and the certificate's identity is judged
// against the trust store: issued by a trusted CA, self-signed, expired, not yet valid.
#include "signing/cmsverify.h"
#include "signing/passwordfile.h"
#include "signing/signaturereport.h"
#include "signing/signingidentity.h"
#include "signing/truststore.h"
#include "testpki.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <openssl/cms.h>

using namespace nbapply;
using namespace nbapply::signing;
using nbapply::test::readAll;
using nbapply::test::TestPki;

namespace
{

const QByteArray kContent = QByteArrayLiteral("{\"fingerprint\":\"abc\",\"verdict\":\"approved\"}");
const QDateTime kSignedAt = QDateTime::fromString(QStringLiteral("2026-12-07T21:05:00+08:00"), Qt::ISODate);

class Signing : public ::testing::Test
{
  protected:
    static void SetUpTestSuite()
    {
        folder = new QTemporaryDir;
        pki = new TestPki(TestPki::make(folder->path()));
    }
    static void TearDownTestSuite()
    {
        delete pki;
        delete folder;
    }
    void SetUp() override { ASSERT_TRUE(pki->ok); }

    static SigningIdentity open(const QString &p12)
    {
        BilingualText error;
        std::optional<SigningIdentity> identity =
            SigningIdentity::fromPkcs12(readAll(p12), TestPki::kPassword, &error);
        EXPECT_TRUE(identity.has_value()) << error.en.toStdString();
        return *identity;
    }
    static TrustStore trustWithCa()
    {
        BilingualText error;
        TrustStore trust = TrustStore::load({pki->caPem}, &error);
        EXPECT_TRUE(error.isEmpty()) << error.en.toStdString();
        return trust;
    }
    static TrustStore systemTrust() { return TrustStore::load({}, nullptr); }

    static inline QTemporaryDir *folder = nullptr;
    static inline TestPki *pki = nullptr;
};

// The attributes a CAdES (PAdES B-B) signer info must and must not carry.
void expectSignedAttributes(const QByteArray &der, bool signingCertificateV2, bool signingTime)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    CMS_ContentInfo *cms = d2i_CMS_ContentInfo(nullptr, &p, der.size());
    ASSERT_NE(cms, nullptr);
    CMS_SignerInfo *signer = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms), 0);
    EXPECT_EQ(CMS_signed_get_attr_by_NID(signer, NID_id_smime_aa_signingCertificateV2, -1) >= 0,
              signingCertificateV2);
    EXPECT_EQ(CMS_signed_get_attr_by_NID(signer, NID_pkcs9_signingTime, -1) >= 0, signingTime);
    EXPECT_EQ(CMS_get0_eContentType(cms) != nullptr, true);
    EXPECT_EQ(CMS_get0_content(cms) == nullptr || *CMS_get0_content(cms) == nullptr, true) << "not detached";
    CMS_ContentInfo_free(cms);
}

} // namespace

TEST_F(Signing, WrongPasswordIsRefusedWithItsCodeAndNeverEchoed)
{
    BilingualText error;
    QString code;
    EXPECT_FALSE(SigningIdentity::fromPkcs12(readAll(pki->issuedP12), "wrong-Pässword", &error, &code));
    EXPECT_EQ(code, QStringLiteral("signing.bad-password"));
    EXPECT_TRUE(error.zh.contains(QStringLiteral("密码不正确")));
    EXPECT_TRUE(error.en.contains(QStringLiteral("password")));
    EXPECT_FALSE(error.en.contains(QStringLiteral("wrong-Pässword")));
    EXPECT_FALSE(SigningIdentity::fromPkcs12(readAll(pki->issuedP12), {}, &error, &code));
    EXPECT_EQ(code, QStringLiteral("signing.bad-password"));
}

TEST_F(Signing, AFileThatIsNotPkcs12IsNamedSo)
{
    BilingualText error;
    QString code;
    for (const QByteArray &bytes : {QByteArray(), QByteArray("%PDF-1.7 not a key"), readAll(pki->caPem),
                                    readAll(pki->issuedP12).left(200)}) {
        EXPECT_FALSE(SigningIdentity::fromPkcs12(bytes, TestPki::kPassword, &error, &code));
        EXPECT_EQ(code, QStringLiteral("signing.not-pkcs12"));
        EXPECT_TRUE(error.en.contains(QStringLiteral("PKCS#12")));
    }
}

TEST_F(Signing, TheCertificateNamesItsHolderAndIssuerInUtf8)
{
    const CertificateInfo info = open(pki->issuedP12).certificate();
    EXPECT_EQ(info.commonName, QStringLiteral("李律师"));
    EXPECT_EQ(info.organisation, QStringLiteral("某某律师事务所"));
    EXPECT_EQ(info.issuerCommonName, QStringLiteral("Test Root CA"));
    EXPECT_EQ(info.issuerOrganisation, QStringLiteral("Test Trust Services"));
    EXPECT_EQ(info.serialHex, QStringLiteral("07"));
    EXPECT_EQ(info.sha256.size(), 64);
    EXPECT_EQ(info.notBefore.timeSpec(), Qt::UTC);
    EXPECT_LT(info.notBefore, QDateTime::currentDateTimeUtc().addSecs(60));
    EXPECT_GT(info.notAfter, QDateTime::currentDateTimeUtc().addDays(300));
}

TEST_F(Signing, CadesSignatureIsIntactTrustedAndHasNoSigningTime)
{
    const QByteArray cms = open(pki->issuedP12).signDetached(kContent, CmsProfile::Cades, kSignedAt);
    ASSERT_FALSE(cms.isEmpty());
    expectSignedAttributes(cms, true, false);
    const CmsVerdict verdict =
        verifyDetachedCms(cms, kContent, trustWithCa(), QDateTime::currentDateTimeUtc());
    EXPECT_TRUE(verdict.intact);
    EXPECT_EQ(verdict.identity, CmsVerdict::Identity::Trusted);
    EXPECT_EQ(verdict.signer.commonName, QStringLiteral("李律师"));
    EXPECT_FALSE(verdict.signingTime.isValid());
}

TEST_F(Signing, Pkcs7SignatureCarriesTheGivenSigningTime)
{
    const QByteArray cms = open(pki->issuedP12).signDetached(kContent, CmsProfile::Pkcs7, kSignedAt);
    ASSERT_FALSE(cms.isEmpty());
    expectSignedAttributes(cms, false, true);
    const CmsVerdict verdict =
        verifyDetachedCms(cms, kContent, trustWithCa(), QDateTime::currentDateTimeUtc());
    EXPECT_TRUE(verdict.intact);
    EXPECT_EQ(verdict.signingTime, kSignedAt);
}

TEST_F(Signing, OneChangedByteBreaksTheSignature)
{
    const QByteArray cms = open(pki->issuedP12).signDetached(kContent, CmsProfile::Cades, kSignedAt);
    QByteArray edited = kContent;
    edited.replace("approved", "Approved");
    const CmsVerdict verdict = verifyDetachedCms(cms, edited, trustWithCa(), QDateTime::currentDateTimeUtc());
    EXPECT_FALSE(verdict.intact);
    // Who claims to have signed is still shown, so the user sees whose signature no longer holds.
    EXPECT_EQ(verdict.signer.commonName, QStringLiteral("李律师"));
}

TEST_F(Signing, IdentityIsJudgedAgainstTheTrustStore)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray issued = open(pki->issuedP12).signDetached(kContent, CmsProfile::Cades, kSignedAt);
    // The test CA is in no system store: without --trust the identity is not verified.
    EXPECT_EQ(verifyDetachedCms(issued, kContent, systemTrust(), now).identity,
              CmsVerdict::Identity::NotVerified);
    EXPECT_EQ(verifyDetachedCms(issued, kContent, trustWithCa(), now).identity,
              CmsVerdict::Identity::Trusted);

    const QByteArray self = open(pki->selfSignedP12).signDetached(kContent, CmsProfile::Cades, kSignedAt);
    const CmsVerdict selfVerdict = verifyDetachedCms(self, kContent, trustWithCa(), now);
    EXPECT_TRUE(selfVerdict.intact);
    EXPECT_EQ(selfVerdict.identity, CmsVerdict::Identity::NotVerified);

    const QByteArray expired = open(pki->expiredP12).signDetached(kContent, CmsProfile::Cades, kSignedAt);
    const CmsVerdict expiredVerdict = verifyDetachedCms(expired, kContent, trustWithCa(), now);
    EXPECT_TRUE(expiredVerdict.intact);
    EXPECT_EQ(expiredVerdict.identity, CmsVerdict::Identity::Expired);
    const QByteArray future = open(pki->futureP12).signDetached(kContent, CmsProfile::Cades, kSignedAt);
    EXPECT_EQ(verifyDetachedCms(future, kContent, trustWithCa(), now).identity,
              CmsVerdict::Identity::NotYetValid);
}

TEST_F(Signing, BytesThatAreNoSignatureAreNotIntactAndNameNoOne)
{
    const QByteArray good = open(pki->issuedP12).signDetached(kContent, CmsProfile::Cades, kSignedAt);
    for (const QByteArray &bytes : {QByteArray(), QByteArray("approved by 李律师"),
                                    good.left(good.size() / 2), QByteArray(4096, '\x30')}) {
        const CmsVerdict verdict =
            verifyDetachedCms(bytes, kContent, trustWithCa(), QDateTime::currentDateTimeUtc());
        EXPECT_FALSE(verdict.intact);
        EXPECT_TRUE(verdict.signer.commonName.isEmpty());
    }
}

TEST_F(Signing, AnExtraCaFileWithoutCertificatesIsAnError)
{
    QFile bogus(folder->filePath("bogus.pem"));
    ASSERT_TRUE(bogus.open(QIODevice::WriteOnly));
    bogus.write("not a certificate\n");
    bogus.close();
    BilingualText error;
    TrustStore::load({bogus.fileName()}, &error);
    EXPECT_TRUE(error.en.contains(QStringLiteral("No CA certificate")));
    error = {};
    TrustStore::load({folder->filePath("missing.pem")}, &error);
    EXPECT_FALSE(error.isEmpty());
    error = {};
    EXPECT_EQ(TrustStore::load({pki->caPem}, &error).extraCertificateCount(), 1);
    EXPECT_TRUE(error.isEmpty());
}

TEST_F(Signing, PasswordFileIsItsFirstLineWithoutTheLineEnding)
{
    QFile file(folder->filePath("password.txt"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Pä55 word\r\nsecond line\n");
    file.close();
    BilingualText error;
    EXPECT_EQ(readPasswordFile(file.fileName(), &error), QByteArray("Pä55 word"));
    EXPECT_FALSE(readPasswordFile(folder->filePath("none.txt"), &error).has_value());
    EXPECT_TRUE(error.en.contains(QStringLiteral("password file")));
}

TEST_F(Signing, ReportsSayWhatTheSignatureProvesInTheContractsWords)
{
    SignatureReport report;
    report.kind = SignatureReport::Kind::Approval;
    report.verdict = QStringLiteral("approved");
    report.claimedTime = kSignedAt;
    report.cms = verifyDetachedCms(open(pki->issuedP12).signDetached(kContent, CmsProfile::Cades, kSignedAt),
                                   kContent, systemTrust(), QDateTime::currentDateTimeUtc());
    report.coverage = SignatureReport::Coverage::Current;
    EXPECT_FALSE(report.invalid());
    EXPECT_TRUE(report.summary().en.startsWith(QStringLiteral("Signed by 李律师 (某某律师事务所)")))
        << report.summary().en.toStdString();
    EXPECT_TRUE(report.summary().en.contains(QStringLiteral("identity not verified")));
    EXPECT_TRUE(report.summary().en.contains(QStringLiteral("revocation not checked (offline)")));
    EXPECT_TRUE(report.summary().zh.startsWith(QStringLiteral("已由 李律师（某某律师事务所）签名")))
        << report.summary().zh.toStdString();
    EXPECT_TRUE(report.summary().zh.contains(QStringLiteral("身份未经验证")));
    const QJsonObject json = report.toJson();
    EXPECT_EQ(json.value("signer").toObject().value("cn").toString(), QStringLiteral("李律师"));
    EXPECT_EQ(json.value("issuer").toObject().value("o").toString(), QStringLiteral("Test Trust Services"));
    EXPECT_EQ(json.value("signingTime").toString(), QStringLiteral("2026-12-07T21:05:00+08:00"));
    EXPECT_EQ(json.value("coverage").toString(), QStringLiteral("current"));
    EXPECT_EQ(json.value("identity").toString(), QStringLiteral("not-verified"));
    EXPECT_EQ(json.value("revocation").toString(), QStringLiteral("not-checked-offline"));
    EXPECT_TRUE(json.value("valid").toBool());

    report.coverage = SignatureReport::Coverage::OlderVersion;
    EXPECT_TRUE(report.summary().en.contains(QStringLiteral("covers an older version")));
    EXPECT_TRUE(report.summary().zh.contains(QStringLiteral("签名针对的是较早版本")));
    EXPECT_FALSE(report.invalid());

    report.coverage = SignatureReport::Coverage::ChangedAfterSigning;
    report.cms.intact = false;
    EXPECT_TRUE(report.invalid());
    EXPECT_TRUE(report.summary().en.contains(QStringLiteral("changed after signing")));
    EXPECT_FALSE(report.toJson().value("valid").toBool());

    SignatureReport unsignedApproval;
    unsignedApproval.coverage = SignatureReport::Coverage::Unsigned;
    unsignedApproval.verdict = QStringLiteral("approved");
    EXPECT_EQ(unsignedApproval.summary().en,
              QStringLiteral("Review record: unsigned: not evidence of approval"));
    EXPECT_EQ(unsignedApproval.summary().zh, QStringLiteral("审阅记录：未签名：不能作为批准的证据"));
    EXPECT_FALSE(unsignedApproval.summary().en.contains(QStringLiteral("pproved by")));
    EXPECT_FALSE(unsignedApproval.invalid());
}
