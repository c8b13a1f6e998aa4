#pragma once

#include "signaturereport.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace nbapply
{
class Draft;
struct ReceivedCheck;
} // namespace nbapply

namespace nbapply::signing
{

class TrustStore;

// Every signature of an application as every view lists it (validate, the read-only banner, Review, the
// Export page): the reviewer's approval first (when the draft has one, signed or not), then the
// signatures of the received PDF — the PDF opened, or the one inside an e-mail — verified over the bytes
// that were checked on opening (`received->pdf`). `currentFingerprint` is the checked application's.
QList<SignatureReport> applicationSignatures(const Draft &draft, const std::optional<ReceivedCheck> &received,
                                             const QString &currentFingerprint, const TrustStore &trust,
                                             const QDateTime &now);

} // namespace nbapply::signing
