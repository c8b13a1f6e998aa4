#pragma once

#include "certificateinfo.h"

#include <QByteArray>
#include <QDateTime>

namespace nbapply::signing
{

class TrustStore;

// What a detached CMS signature proves: whether it is intact (made over exactly these bytes with the
// key of the certificate it names) and whether that certificate is one the user can trust today.
struct CmsVerdict {
    bool intact = false; // the signature value and the content digest match
    enum class Identity {
        Trusted,
        NotVerified, // self-signed, or no chain to a CA of the trust store
        Expired,
        NotYetValid
    } identity = Identity::NotVerified;
    CertificateInfo signer;
    QDateTime signingTime; // from the signed attributes when present, else invalid
};

// Never throws or crashes on hostile bytes: anything that is not a SignedData is not intact, with an
// empty signer. The identity is judged at `now` (revocation is not checked: nbapply works offline).
CmsVerdict verifyDetachedCms(const QByteArray &cms, const QByteArray &content, const TrustStore &trust,
                             const QDateTime &now);

} // namespace nbapply::signing
