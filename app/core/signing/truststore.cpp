#include "truststore.h"

#include "opensslptr.h"

#include <QFile>

#include <openssl/err.h>
#include <openssl/pem.h>

namespace nbapply::signing
{

namespace
{

// Adds every PEM certificate of `pem` to `store`; returns how many.
int addPem(X509_STORE *store, const QByteArray &pem)
{
    BioPtr in = memoryBio(pem);
    int added = 0;
    while (in) {
        X509Ptr certificate(PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr));
        if (!certificate)
            break;
        // A certificate listed twice is not an error.
        if (X509_STORE_add_cert(store, certificate.get()) == 1)
            ++added;
    }
    ERR_clear_error();
    return added;
}

QByteArray readSmallFile(const QString &path, bool *ok)
{
    QFile file(path);
    // A CA bundle is a few hundred KB; a file of more than 16 MB is not one.
    *ok = file.open(QIODevice::ReadOnly) && file.size() < 16 * 1024 * 1024;
    return *ok ? file.readAll() : QByteArray();
}

} // namespace

TrustStore TrustStore::load(const QStringList &extraCaPemFiles, BilingualText *error,
                            const QString &systemBundle)
{
    TrustStore trust;
    trust.m_store.reset(X509_STORE_new(), X509_STORE_free);
    bool ok = false;
    const QByteArray system = readSmallFile(systemBundle, &ok);
    if (ok)
        addPem(trust.m_store.get(), system);
    for (const QString &path : extraCaPemFiles) {
        const QByteArray pem = readSmallFile(path, &ok);
        const int added = ok ? addPem(trust.m_store.get(), pem) : 0;
        trust.m_extraCount += added;
        if (added == 0 && error)
            *error = {QStringLiteral(
                          "无法从 %1 读取 CA 证书：需要 PEM 格式（-----BEGIN CERTIFICATE-----）的证书文件")
                          .arg(path),
                      QStringLiteral("No CA certificate could be read from %1: a PEM certificate file "
                                     "(-----BEGIN CERTIFICATE-----) is needed")
                          .arg(path)};
    }
    return trust;
}

} // namespace nbapply::signing
