#include "approvalsignature.h"

#include "cmsverify.h"
#include "draft/draft.h"
#include "signingidentity.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace nbapply::signing
{

namespace
{

constexpr int kReviewFormatVersion = 2;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QJsonObject approvalObject(const Draft &draft)
{
    return draft.json().value(key("review")).toObject().value(key("approval")).toObject();
}

// "2026-12-07T21:05:00+08:00": the offset always written out, so that the signed text says where
// (in which time zone) the reviewer was, and reads the same everywhere.
QString timeWithOffset(const QDateTime &time)
{
    const int offset = time.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return time.toOffsetFromUtc(offset).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           (offset < 0 ? u'-' : u'+') +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

bool isVerdict(const QString &verdict)
{
    return verdict == QLatin1String(kVerdictApproved) || verdict == QLatin1String(kVerdictChangesRequested);
}

} // namespace

QByteArray approvalPayload(const QString &fingerprint, const QString &verdict, const QString &note,
                           const QDateTime &time)
{
    // QJsonObject keeps its keys sorted; Compact has no spaces: the canonical form.
    const QJsonObject payload{{key("fingerprint"), fingerprint},
                              {key("note"), note},
                              {key("time"), timeWithOffset(time)},
                              {key("verdict"), verdict}};
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

bool recordSignedApproval(Draft *draft, const QString &fingerprint, const QString &verdict,
                          const QString &note, const SigningIdentity &identity, const QDateTime &time)
{
    if (!isVerdict(verdict))
        return false;
    const QByteArray payload = approvalPayload(fingerprint, verdict, note, time);
    const QByteArray signature = identity.signDetached(payload, CmsProfile::Cades, time);
    if (signature.isEmpty())
        return false;
    QJsonObject root = draft->json();
    QJsonObject review = root.value(key("review")).toObject();
    review.insert(key("approval"),
                  QJsonObject{{key("payload"), QString::fromUtf8(payload)},
                              {key("signature"), QString::fromLatin1(signature.toBase64())}});
    root.insert(key("review"), review);
    if (root.value(key("formatVersion")).toInt() < kReviewFormatVersion)
        root.insert(key("formatVersion"), kReviewFormatVersion);
    *draft = Draft::fromJson(root);
    return true;
}

bool hasApproval(const Draft &draft)
{
    return draft.json().value(key("review")).toObject().value(key("approval")).isObject();
}

SignatureReport verifyApproval(const Draft &draft, const QString &currentFingerprint, const TrustStore &trust,
                               const QDateTime &now)
{
    SignatureReport report;
    report.kind = SignatureReport::Kind::Approval;
    report.coverage = SignatureReport::Coverage::Unsigned;
    const QJsonObject approval = approvalObject(draft);
    const QJsonValue payloadValue = approval.value(key("payload"));
    const QJsonValue signatureValue = approval.value(key("signature"));
    // The old record ({state, by, time, fingerprint}) and anything else without both strings: a name
    // anyone could have typed, not evidence.
    if (!payloadValue.isString() || !signatureValue.isString())
        return report;
    const auto decoded = QByteArray::fromBase64Encoding(signatureValue.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return report;
    const QByteArray payload = payloadValue.toString().toUtf8();
    report.cms = verifyDetachedCms(*decoded, payload, trust, now);
    if (report.cms.signer.isNull())
        return report; // not a CMS signature at all
    if (!report.cms.intact) {
        report.coverage = SignatureReport::Coverage::ChangedAfterSigning;
        return report; // what the payload now claims is not what was signed: nothing of it is reported
    }
    const QJsonObject signedPayload = QJsonDocument::fromJson(payload).object();
    const QString verdict = signedPayload.value(key("verdict")).toString();
    if (!isVerdict(verdict))
        return report; // signed, but not an approval nbapply made
    report.verdict = verdict;
    report.note = signedPayload.value(key("note")).toString();
    report.claimedTime = QDateTime::fromString(signedPayload.value(key("time")).toString(), Qt::ISODate);
    report.coverage = signedPayload.value(key("fingerprint")).toString() == currentFingerprint
                          ? SignatureReport::Coverage::Current
                          : SignatureReport::Coverage::OlderVersion;
    return report;
}

BilingualText approvalSummary(const Draft &draft, const QString &currentFingerprint, const TrustStore &trust,
                              const QDateTime &now)
{
    if (!hasApproval(draft))
        return {QStringLiteral("尚未审阅"), QStringLiteral("Not reviewed")};
    return verifyApproval(draft, currentFingerprint, trust, now).summary();
}

} // namespace nbapply::signing
