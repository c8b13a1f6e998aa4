#pragma once

#include "signing/signaturereport.h"

#include <QList>

namespace nbapply::gui
{

class DraftSession;

// The signatures of the received PDF the session was opened from (the PDF, or the one inside an e-mail),
// verified over the bytes checked on opening against the CAs the user trusts (currentTrustStore()). Empty
// for a draft, a package or an unsigned PDF. The banner, Review and the Export page list them.
QList<signing::SignatureReport> receivedPdfSignatures(const DraftSession &session);

} // namespace nbapply::gui
