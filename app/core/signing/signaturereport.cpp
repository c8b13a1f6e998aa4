#include "signaturereport.h"

#include <QJsonValue>

namespace nbapply::signing
{

namespace
{

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toString(Qt::ISODate) : QString();
}

// "张三（某某公司）" / "张三 (Company)"; the organisation only when the certificate names one.
BilingualText signerName(const CertificateInfo &signer)
{
    const QString name = signer.commonName.isEmpty() ? QStringLiteral("?") : signer.commonName;
    if (signer.organisation.isEmpty())
        return {name, name};
    return {QStringLiteral("%1（%2）").arg(name, signer.organisation),
            QStringLiteral("%1 (%2)").arg(name, signer.organisation)};
}

BilingualText identityWords(CmsVerdict::Identity identity)
{
    switch (identity) {
    case CmsVerdict::Identity::Trusted:
        return {QStringLiteral("身份已验证"), QStringLiteral("identity verified")};
    case CmsVerdict::Identity::Expired:
        return {QStringLiteral("证书已过期"), QStringLiteral("expired")};
    case CmsVerdict::Identity::NotYetValid:
        return {QStringLiteral("证书尚未生效"), QStringLiteral("certificate not yet valid")};
    case CmsVerdict::Identity::NotVerified:
        break;
    }
    return {QStringLiteral("身份未经验证"), QStringLiteral("identity not verified")};
}

// What the signature covers, in the contract's words.
BilingualText coverageWords(const SignatureReport &report)
{
    switch (report.coverage) {
    case SignatureReport::Coverage::Current:
        return report.kind == SignatureReport::Kind::Pdf && !report.wholeDocument
                   ? BilingualText{QStringLiteral("有效，但未覆盖整个文件（签名后有追加内容）"),
                                   QStringLiteral("valid, but it does not cover the whole file (content was "
                                                  "appended after signing)")}
                   : BilingualText{QStringLiteral("有效"), QStringLiteral("valid")};
    case SignatureReport::Coverage::ChangedAfterSigning:
        return {QStringLiteral("签名后已被修改"), QStringLiteral("changed after signing")};
    case SignatureReport::Coverage::OlderVersion:
        return {QStringLiteral("签名针对的是较早版本"), QStringLiteral("covers an older version")};
    case SignatureReport::Coverage::Unsigned:
        break;
    }
    return {QStringLiteral("未签名：不能作为批准的证据"),
            QStringLiteral("unsigned: not evidence of approval")};
}

BilingualText verdictWords(const QString &verdict)
{
    if (verdict == u"approved")
        return {QStringLiteral("批准发送"), QStringLiteral("approval for sending")};
    if (verdict == u"changes-requested")
        return {QStringLiteral("要求修改"), QStringLiteral("changes requested")};
    return {};
}

} // namespace

QString coverageName(SignatureReport::Coverage coverage)
{
    switch (coverage) {
    case SignatureReport::Coverage::Current:
        return QStringLiteral("current");
    case SignatureReport::Coverage::ChangedAfterSigning:
        return QStringLiteral("changed-after-signing");
    case SignatureReport::Coverage::OlderVersion:
        return QStringLiteral("older-version");
    case SignatureReport::Coverage::Unsigned:
        break;
    }
    return QStringLiteral("unsigned");
}

QString identityName(CmsVerdict::Identity identity)
{
    switch (identity) {
    case CmsVerdict::Identity::Trusted:
        return QStringLiteral("trusted");
    case CmsVerdict::Identity::Expired:
        return QStringLiteral("expired");
    case CmsVerdict::Identity::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case CmsVerdict::Identity::NotVerified:
        break;
    }
    return QStringLiteral("not-verified");
}

bool SignatureReport::invalid() const
{
    if (coverage == Coverage::ChangedAfterSigning)
        return true;
    return kind == Kind::Pdf && (coverage == Coverage::Unsigned || !cms.intact);
}

BilingualText SignatureReport::summary() const
{
    const BilingualText state = coverageWords(*this);
    // Without an intact signature there is no signer to name: nothing is attributed to anyone.
    if (coverage == Coverage::Unsigned || !cms.intact || cms.signer.isNull()) {
        const BilingualText what =
            kind == Kind::Pdf ? BilingualText{QStringLiteral("PDF 签名"), QStringLiteral("PDF signature")}
                              : BilingualText{QStringLiteral("审阅记录"), QStringLiteral("Review record")};
        return {QStringLiteral("%1：%2").arg(what.zh, state.zh),
                QStringLiteral("%1: %2").arg(what.en, state.en)};
    }
    const BilingualText name = signerName(cms.signer);
    const BilingualText identity = identityWords(cms.identity);
    const BilingualText revocation{QStringLiteral("未检查吊销状态（离线）"),
                                   QStringLiteral("revocation not checked (offline)")};
    const QDateTime when = claimedTime.isValid() ? claimedTime : cms.signingTime;
    const QString date = when.isValid() ? when.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    const BilingualText what = verdictWords(verdict);
    // "已由 张三（某某公司）签名", "已由 张三 签名": no space after a full-width bracket.
    QString zh = (name.zh.endsWith(u'）') ? QStringLiteral("已由 %1签名") : QStringLiteral("已由 %1 签名"))
                     .arg(name.zh);
    QString en = QStringLiteral("Signed by %1").arg(name.en);
    if (!what.isEmpty()) {
        zh += QStringLiteral("（%1）").arg(what.zh);
        en += QStringLiteral(" (%1)").arg(what.en);
    }
    if (!date.isEmpty()) {
        zh += QStringLiteral("，%1").arg(date);
        en += QStringLiteral(" on %1").arg(date);
    }
    if (!note.isEmpty()) {
        zh += QStringLiteral("，附言：%1").arg(note);
        en += QStringLiteral(", note: %1").arg(note);
    }
    return {QStringLiteral("%1：%2；%3；%4").arg(zh, state.zh, identity.zh, revocation.zh),
            QStringLiteral("%1: %2; %3; %4").arg(en, state.en, identity.en, revocation.en)};
}

QJsonObject SignatureReport::toJson() const
{
    QJsonObject out{
        {QStringLiteral("kind"), kind == Kind::Pdf ? QStringLiteral("pdf") : QStringLiteral("approval")},
        {QStringLiteral("coverage"), coverageName(coverage)},
        {QStringLiteral("valid"), !invalid() && coverage != Coverage::Unsigned},
        {QStringLiteral("intact"), cms.intact},
        {QStringLiteral("revocation"), QStringLiteral("not-checked-offline")}};
    if (!cms.signer.isNull()) {
        out.insert(QStringLiteral("identity"), identityName(cms.identity));
        out.insert(QStringLiteral("signer"), QJsonObject{{QStringLiteral("cn"), cms.signer.commonName},
                                                         {QStringLiteral("o"), cms.signer.organisation}});
        out.insert(QStringLiteral("issuer"),
                   QJsonObject{{QStringLiteral("cn"), cms.signer.issuerCommonName},
                               {QStringLiteral("o"), cms.signer.issuerOrganisation}});
        out.insert(QStringLiteral("serial"), cms.signer.serialHex);
        out.insert(QStringLiteral("certificateSha256"), cms.signer.sha256);
        out.insert(QStringLiteral("notBefore"), iso(cms.signer.notBefore));
        out.insert(QStringLiteral("notAfter"), iso(cms.signer.notAfter));
    }
    const QDateTime when = claimedTime.isValid() ? claimedTime : cms.signingTime;
    if (when.isValid())
        out.insert(QStringLiteral("signingTime"), iso(when));
    if (kind == Kind::Approval) {
        out.insert(QStringLiteral("verdict"), verdict);
        out.insert(QStringLiteral("note"), note);
    } else {
        out.insert(QStringLiteral("wholeDocument"), wholeDocument);
        out.insert(QStringLiteral("subFilter"), subFilter);
    }
    const BilingualText text = summary();
    out.insert(QStringLiteral("summary"),
               QJsonObject{{QStringLiteral("zh"), text.zh}, {QStringLiteral("en"), text.en}});
    return out;
}

} // namespace nbapply::signing
