#pragma once

#include "certificateinfo.h"
#include "common/bilingualtext.h"

#include <QByteArray>
#include <QDateTime>

#include <memory>
#include <optional>

namespace nbapply::signing
{

// Cades: ESS signing-certificate-v2 and no signing-time attribute (PAdES B-B: the PDF's /M and the
// approval's payload carry the time). Pkcs7: a signing-time attribute, as adbe.pkcs7.detached readers expect.
enum class CmsProfile { Cades, Pkcs7 };

// The user's key and certificate, read from a PKCS#12 file. Only in memory: never stored, logged or
// printed; the password is not kept at all.
class SigningIdentity
{
  public:
    // Wrong password → nullopt and error code "signing.bad-password"; not a PKCS#12, no key or no
    // certificate, or a key that does not belong to the certificate → "signing.not-pkcs12".
    // `errorCode` (optional) receives the code, `error` the bilingual message.
    static std::optional<SigningIdentity> fromPkcs12(const QByteArray &pkcs12, const QByteArray &password,
                                                     BilingualText *error, QString *errorCode = nullptr);

    CertificateInfo certificate() const;

    // Detached CMS SignedData over `content`: SHA-256, the signer's certificate and the chain from the
    // PKCS#12 file included. Empty on failure.
    QByteArray signDetached(const QByteArray &content, CmsProfile profile, const QDateTime &time) const;

  private:
    struct Keys;
    explicit SigningIdentity(std::shared_ptr<const Keys> keys);
    std::shared_ptr<const Keys> m_keys;
};

} // namespace nbapply::signing
