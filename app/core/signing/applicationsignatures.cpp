#include "applicationsignatures.h"

#include "approvalsignature.h"
#include "draft/draft.h"
#include "draft/draftfile.h"
#include "pdfsignatureverify.h"

namespace nbapply::signing
{

QList<SignatureReport> applicationSignatures(const Draft &draft, const std::optional<ReceivedCheck> &received,
                                             const QString &currentFingerprint, const TrustStore &trust,
                                             const QDateTime &now)
{
    QList<SignatureReport> reports;
    if (hasApproval(draft))
        reports.append(verifyApproval(draft, currentFingerprint, trust, now));
    if (received && !received->pdf.isEmpty())
        reports += pdfSignatureReports(received->pdf, trust, now);
    return reports;
}

} // namespace nbapply::signing
