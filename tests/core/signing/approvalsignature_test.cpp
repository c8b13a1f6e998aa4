// A reviewer's approval is a signature over the application (issue 18): editing the draft's JSON can
// make it read "covers an older version", "changed after signing" or "unsigned", never "approved by"
// someone who did not sign; the name shown is the certificate's.
#include "application/checkedapplication.h"
#include "draft/draftfile.h"
#include "export/checkloaded.h"
#include "form/formdefinition.h"
#include "received/receivedfile.h"
#include "signing/approvalsignature.h"
#include "signing/signingidentity.h"
#include "signing/truststore.h"
#include "testpaths.h"
#include "testpki.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::signing;
using nbapply::test::TestPki;

namespace
{

const QDateTime kEvening = QDateTime::fromString(QStringLiteral("2026-12-07T21:05:00+08:00"), Qt::ISODate);

class Approvals : public ::testing::Test
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
    void SetUp() override
    {
        ASSERT_TRUE(pki->ok);
        loaded = loadDraftFile(test::sourcePath(QStringLiteral("examples/company.nbapply.json")));
        ASSERT_TRUE(loaded.ok());
    }

    QString fingerprintOf(const Draft &draft)
    {
        DraftLoadResult edited = loaded;
        edited.draft = draft;
        return checkLoadedApplication(FormDefinition::builtin(), edited).fingerprint();
    }
    static SigningIdentity identity(const QString &p12)
    {
        return *SigningIdentity::fromPkcs12(test::readAll(p12), TestPki::kPassword, nullptr);
    }
    static TrustStore trust() { return TrustStore::load({pki->caPem}, nullptr); }
    // The draft approved by 李律师 for its current content.
    Draft approved()
    {
        Draft draft = *loaded.draft;
        EXPECT_TRUE(recordSignedApproval(&draft, fingerprintOf(draft), QStringLiteral("approved"),
                                         QStringLiteral("可以发送"), identity(pki->issuedP12), kEvening));
        return draft;
    }
    static QJsonObject approvalJson(const Draft &draft)
    {
        return draft.json().value("review").toObject().value("approval").toObject();
    }
    static Draft withApproval(const Draft &draft, const QJsonObject &approval)
    {
        QJsonObject root = draft.json();
        QJsonObject review = root.value("review").toObject();
        review.insert("approval", approval);
        root.insert("review", review);
        root.insert("formatVersion", 2);
        return Draft::fromJson(root);
    }
    static void expectNoApprovalClaimed(const SignatureReport &report)
    {
        EXPECT_FALSE(report.summary().en.contains(QStringLiteral("pproved by")))
            << report.summary().en.toStdString();
        EXPECT_FALSE(report.summary().en.contains(QStringLiteral("Signed by")));
        EXPECT_FALSE(report.summary().zh.contains(QStringLiteral("批准发送")));
        EXPECT_FALSE(report.summary().zh.contains(QStringLiteral("李律师")));
        EXPECT_FALSE(report.summary().en.contains(QStringLiteral("李律师")));
    }

    static inline QTemporaryDir *folder = nullptr;
    static inline TestPki *pki = nullptr;
    DraftLoadResult loaded;
};

} // namespace

TEST_F(Approvals, TheStoredApprovalIsTheExactSignedPayload)
{
    const Draft draft = approved();
    const QJsonObject approval = approvalJson(draft);
    EXPECT_EQ(approval.keys(), (QStringList{"payload", "signature"}));
    EXPECT_EQ(
        approval.value("payload").toString(),
        QStringLiteral("{\"fingerprint\":\"%1\",\"note\":\"可以发送\",\"time\":\"2026-12-07T21:05:00+08:00\","
                       "\"verdict\":\"approved\"}")
            .arg(fingerprintOf(draft)));
    EXPECT_EQ(draft.json().value("formatVersion").toInt(), 2);
    // It survives saving and opening again (the schema knows it).
    QTemporaryDir dir;
    const QString path = dir.filePath("d.nbapply.json");
    ASSERT_TRUE(saveDraftFile(draft, path).ok);
    const DraftLoadResult reopened = loadDraftFile(path);
    ASSERT_TRUE(reopened.ok()) << reopened.error.en.toStdString();
    EXPECT_EQ(verifyApproval(*reopened.draft, fingerprintOf(draft), trust(), QDateTime::currentDateTimeUtc())
                  .coverage,
              SignatureReport::Coverage::Current);
}

TEST_F(Approvals, ASignedApprovalIsCurrentAndNamesTheCertificatesHolder)
{
    const Draft draft = approved();
    const SignatureReport report =
        verifyApproval(draft, fingerprintOf(draft), trust(), QDateTime::currentDateTimeUtc());
    EXPECT_EQ(report.coverage, SignatureReport::Coverage::Current);
    EXPECT_EQ(report.cms.identity, CmsVerdict::Identity::Trusted);
    EXPECT_EQ(report.cms.signer.commonName, QStringLiteral("李律师"));
    EXPECT_EQ(report.cms.signer.organisation, QStringLiteral("某某律师事务所"));
    EXPECT_EQ(report.verdict, QStringLiteral("approved"));
    EXPECT_EQ(report.note, QStringLiteral("可以发送"));
    EXPECT_EQ(report.claimedTime, kEvening);
    EXPECT_FALSE(report.invalid());
    EXPECT_TRUE(report.summary().en.startsWith(
        QStringLiteral("Signed by 李律师 (某某律师事务所) (approval for sending) on 2026-12-07 21:05")))
        << report.summary().en.toStdString();
    EXPECT_TRUE(report.summary().en.contains(QStringLiteral(": valid; identity verified")));
    EXPECT_EQ(approvalSummary(draft, fingerprintOf(draft), trust(), QDateTime::currentDateTimeUtc()),
              report.summary());
}

TEST_F(Approvals, ANameWrittenBesideTheSignatureIsIgnored)
{
    QJsonObject approval = approvalJson(approved());
    approval.insert("by", QStringLiteral("王律师"));
    const Draft draft = withApproval(*loaded.draft, approval);
    const SignatureReport report =
        verifyApproval(draft, fingerprintOf(draft), trust(), QDateTime::currentDateTimeUtc());
    EXPECT_EQ(report.coverage, SignatureReport::Coverage::Current);
    EXPECT_FALSE(report.summary().en.contains(QStringLiteral("王律师")));
    EXPECT_TRUE(report.summary().en.contains(QStringLiteral("李律师")));
}

TEST_F(Approvals, AfterAnEditTheApprovalCoversAnOlderVersion)
{
    Draft draft = approved();
    draft.setText(QStringLiteral("plan.duration"), QStringLiteral("两年。"));
    const SignatureReport report =
        verifyApproval(draft, fingerprintOf(draft), trust(), QDateTime::currentDateTimeUtc());
    EXPECT_EQ(report.coverage, SignatureReport::Coverage::OlderVersion);
    EXPECT_TRUE(report.summary().en.contains(QStringLiteral("covers an older version")));
    EXPECT_TRUE(report.summary().zh.contains(QStringLiteral("签名针对的是较早版本")));
    EXPECT_FALSE(report.invalid());
}

TEST_F(Approvals, AnEditedPayloadReadsChangedAfterSigning)
{
    const Draft signedDraft = approved();
    const QString fingerprint = fingerprintOf(signedDraft);
    // The verdict turned round, and a stale approval pointed at today's fingerprint: both caught.
    QJsonObject turned = approvalJson(signedDraft);
    turned.insert("payload", turned.value("payload").toString().replace("可以发送", "不要发送"));
    Draft otherContent = *loaded.draft;
    otherContent.setText(QStringLiteral("plan.duration"), QStringLiteral("两年。"));
    QJsonObject retargeted = approvalJson(signedDraft);
    retargeted.insert(
        "payload", retargeted.value("payload").toString().replace(fingerprint, fingerprintOf(otherContent)));
    for (const auto &[approval, current] :
         {std::pair{turned, fingerprint}, std::pair{retargeted, fingerprintOf(otherContent)}}) {
        const SignatureReport report = verifyApproval(withApproval(otherContent, approval), current, trust(),
                                                      QDateTime::currentDateTimeUtc());
        EXPECT_EQ(report.coverage, SignatureReport::Coverage::ChangedAfterSigning);
        EXPECT_TRUE(report.invalid());
        EXPECT_TRUE(report.summary().en.contains(QStringLiteral("changed after signing")));
        expectNoApprovalClaimed(report);
    }
}

TEST_F(Approvals, AnUnsignedRecordIsNotEvidenceOfApproval)
{
    const QString fingerprint = fingerprintOf(*loaded.draft);
    // The record of earlier versions: a typed name, the right fingerprint — and no signature.
    const QJsonObject old{{"state", "approved"},
                          {"by", QStringLiteral("李律师")},
                          {"time", "2026-11-30T11:00:00Z"},
                          {"fingerprint", fingerprint}};
    const QByteArray payload = approvalPayload(fingerprint, "approved", {}, kEvening);
    // A payload with a "signature" that is no CMS at all.
    const QJsonObject notCms{{"payload", QString::fromUtf8(payload)},
                             {"signature", QString::fromLatin1(QByteArray("approved by 李律师").toBase64())}};
    const QJsonObject notBase64{{"payload", QString::fromUtf8(payload)}, {"signature", "***"}};
    for (const QJsonObject &approval : {old, notCms, notBase64}) {
        const Draft draft = withApproval(*loaded.draft, approval);
        ASSERT_TRUE(parseDraft(serializeDraft(draft)).ok()) << "such a draft still opens";
        const SignatureReport report =
            verifyApproval(draft, fingerprint, trust(), QDateTime::currentDateTimeUtc());
        EXPECT_EQ(report.coverage, SignatureReport::Coverage::Unsigned);
        EXPECT_EQ(report.summary().en, QStringLiteral("Review record: unsigned: not evidence of approval"));
        EXPECT_EQ(report.summary().zh, QStringLiteral("审阅记录：未签名：不能作为批准的证据"));
        expectNoApprovalClaimed(report);
    }
    EXPECT_EQ(approvalSummary(*loaded.draft, fingerprint, trust(), QDateTime::currentDateTimeUtc()).en,
              QStringLiteral("Not reviewed"));
}

TEST_F(Approvals, TheSignersIdentityVerdictIsShown)
{
    struct Case {
        QString p12;
        bool withCa;
        CmsVerdict::Identity identity;
        QString words;
    };
    for (const Case &c :
         {Case{pki->issuedP12, true, CmsVerdict::Identity::Trusted, "identity verified"},
          Case{pki->issuedP12, false, CmsVerdict::Identity::NotVerified, "identity not verified"},
          Case{pki->selfSignedP12, true, CmsVerdict::Identity::NotVerified, "identity not verified"},
          Case{pki->expiredP12, true, CmsVerdict::Identity::Expired, "; expired;"}}) {
        Draft draft = *loaded.draft;
        ASSERT_TRUE(recordSignedApproval(&draft, fingerprintOf(draft), "changes-requested", {},
                                         identity(c.p12), kEvening));
        const SignatureReport report =
            verifyApproval(draft, fingerprintOf(draft), c.withCa ? trust() : TrustStore::load({}, nullptr),
                           QDateTime::currentDateTimeUtc());
        EXPECT_EQ(report.coverage, SignatureReport::Coverage::Current);
        EXPECT_EQ(report.cms.identity, c.identity) << c.p12.toStdString();
        EXPECT_TRUE(report.summary().en.contains(c.words)) << report.summary().en.toStdString();
        EXPECT_TRUE(report.summary().en.contains(QStringLiteral("(changes requested)")));
    }
}
