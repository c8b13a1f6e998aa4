#pragma once

#include "common/bilingualtext.h"
#include "signaturereport.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace nbapply
{
class Draft;
}

namespace nbapply::signing
{

class SigningIdentity;
class TrustStore;

// A reviewer's approval is a signature, not a name (issue 18). The reviewer signs, with their own
// certificate, a canonical payload — UTF-8 compact JSON with sorted keys:
//   {"fingerprint": CheckedApplication::fingerprint(), "note": …, "time": "2026-12-07T21:05:00+08:00",
//    "verdict": "approved" | "changes-requested"}
// and the draft keeps review.approval = {"payload": that exact string, "signature": base64 CMS (CAdES)}.
// Whoever edits the draft can change neither without the signature showing it; the name shown is
// the certificate's.

inline constexpr auto kVerdictApproved = "approved";
inline constexpr auto kVerdictChangesRequested = "changes-requested";

// The payload's exact bytes. `time` keeps its UTC offset ("+08:00", never "Z" or none).
QByteArray approvalPayload(const QString &fingerprint, const QString &verdict, const QString &note,
                           const QDateTime &time);

// Signs and stores the approval in `draft` (replacing an earlier one; format version 2). False, with
// the draft unchanged, when the signature could not be made.
bool recordSignedApproval(Draft *draft, const QString &fingerprint, const QString &verdict,
                          const QString &note, const SigningIdentity &identity, const QDateTime &time);

// True when the draft has a review.approval of any kind (signed, forged or the old unsigned one).
bool hasApproval(const Draft &draft);

// The draft's approval judged against the application as it is now (`currentFingerprint`):
// Current (intact, for this fingerprint), OlderVersion (intact, for another fingerprint),
// ChangedAfterSigning (the signature does not match the payload: edited), Unsigned (no signature, one
// that is not a CMS, or the old {state, by, time} record: not evidence of approval).
SignatureReport verifyApproval(const Draft &draft, const QString &currentFingerprint, const TrustStore &trust,
                               const QDateTime &now);

// One line for the Export page and the command line: "尚未审阅 / Not reviewed" without an approval,
// else verifyApproval(…).summary().
BilingualText approvalSummary(const Draft &draft, const QString &currentFingerprint, const TrustStore &trust,
                              const QDateTime &now);

} // namespace nbapply::signing
