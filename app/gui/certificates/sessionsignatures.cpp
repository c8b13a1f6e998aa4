#include "sessionsignatures.h"

#include "draftsession.h"
#include "signing/pdfsignatureverify.h"
#include "trustsettings.h"

#include <QDateTime>

namespace nbapply::gui
{

QList<signing::SignatureReport> receivedPdfSignatures(const DraftSession &session)
{
    const std::optional<ReceivedCheck> &received = session.received();
    if (!received || received->pdf.isEmpty())
        return {};
    return signing::pdfSignatureReports(received->pdf, currentTrustStore(), QDateTime::currentDateTimeUtc());
}

} // namespace nbapply::gui
