#pragma once

#include "cmsverify.h"
#include "common/bilingualtext.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace nbapply::signing
{

// One signature as every view reports it: the banner, Review, the Export page, `validate` and its
// --json. The signer's name is the certificate's (cms.signer), never a name written next to it.
struct SignatureReport {
    enum class Kind { Pdf, Approval } kind = Kind::Approval;
    enum class Coverage {
        Current,             // valid, covers the current content
        ChangedAfterSigning, // bytes or data changed after signing: invalid
        OlderVersion,        // valid for an earlier version of the application
        Unsigned             // an approval without a valid signature: not evidence of approval
    } coverage = Coverage::Unsigned;
    CmsVerdict cms;             // when signed
    QString verdict;            // approvals: "approved" / "changes-requested"; empty for PDF signatures
    QString note;               // approvals
    QDateTime claimedTime;      // the time the signer wrote (with its UTC offset)
    bool wholeDocument = false; // PDF: the ByteRange covers the whole file
    QString subFilter;          // PDF: "ETSI.CAdES.detached" or "adbe.pkcs7.detached"

    // ChangedAfterSigning, or a PDF signature that does not verify: `nbapply validate` exits 1.
    bool invalid() const;
    // One line: "已由 张三（某某公司）签名 … / Signed by 张三 (Company) …; identity not verified;
    // revocation not checked (offline)". An unsigned approval never reads "approved by".
    BilingualText summary() const;
    // signer {cn, o}, issuer {cn, o}, serial, certificateSha256, notBefore, notAfter, signingTime,
    // claimedTime, kind, coverage, intact, valid, identity, revocation "not-checked-offline", verdict,
    // note, wholeDocument and subFilter (PDF), summary {zh, en}.
    QJsonObject toJson() const;
};

QString coverageName(SignatureReport::Coverage coverage); // "current", "changed-after-signing", …
QString identityName(CmsVerdict::Identity identity);      // "trusted", "not-verified", "expired", …

} // namespace nbapply::signing
