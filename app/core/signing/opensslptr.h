#pragma once

#include <QByteArray>

#include <memory>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace nbapply::signing
{

// Owning handles for OpenSSL objects, so that every path out of a function frees what it made.
template <auto Free> struct OpenSslDeleter {
    template <typename T> void operator()(T *p) const { Free(p); }
};

using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, OpenSslDeleter<CMS_ContentInfo_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, OpenSslDeleter<PKCS12_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, OpenSslDeleter<X509_STORE_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX_free>>;

inline void freeCertStack(STACK_OF(X509) * certs)
{
    sk_X509_pop_free(certs, X509_free);
}
using CertStackPtr = std::unique_ptr<STACK_OF(X509), OpenSslDeleter<freeCertStack>>;

// A read-only memory BIO over `bytes` (which must outlive it).
inline BioPtr memoryBio(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

} // namespace nbapply::signing
