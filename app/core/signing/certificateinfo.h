#pragma once

#include <QDateTime>
#include <QString>

#include <openssl/types.h>

namespace nbapply::signing
{

// What a certificate says about its holder and issuer, as the views show it. The name shown for a
// signer always comes from here — from the certificate — never from JSON next to the signature.
struct CertificateInfo {
    QString commonName, organisation;             // subject CN, O (UTF-8 decoded)
    QString issuerCommonName, issuerOrganisation; // issuer CN, O
    QString serialHex;
    QDateTime notBefore, notAfter; // UTC
    QString sha256;                // hex of the DER certificate

    bool isNull() const { return sha256.isEmpty(); }
};

// Reads `certificate` (not owned); an empty CertificateInfo for nullptr.
CertificateInfo certificateInfoOf(const X509 *certificate);

} // namespace nbapply::signing
