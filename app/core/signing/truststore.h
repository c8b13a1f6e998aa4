#pragma once

#include "common/bilingualtext.h"

#include <QStringList>

#include <memory>
#include <openssl/types.h>

namespace nbapply::signing
{

// The certificates a signature's chain may end in: the system's CA store
// (/etc/ssl/certs/ca-certificates.crt, Debian's ca-certificates) and the PEM files the user adds (a
// company CA, a law firm's CA). Read once, shared by copies.
class TrustStore
{
  public:
    static constexpr const char *kSystemBundle = "/etc/ssl/certs/ca-certificates.crt";

    // A missing system bundle is not an error (the store is then the extra files alone). An extra
    // file that cannot be read or holds no PEM certificate → `error` ("signing.bad-ca-file") and the
    // store without it.
    static TrustStore load(const QStringList &extraCaPemFiles, BilingualText *error,
                           const QString &systemBundle = QString::fromLatin1(kSystemBundle));

    X509_STORE *store() const { return m_store.get(); }
    // Certificates read from the extra files (the system's are not counted).
    int extraCertificateCount() const { return m_extraCount; }

  private:
    std::shared_ptr<X509_STORE> m_store;
    int m_extraCount = 0;
};

} // namespace nbapply::signing
