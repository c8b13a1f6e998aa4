#include "cmsverify.h"

#include "opensslptr.h"
#include "truststore.h"

#include <ctime>
#include <openssl/err.h>

namespace nbapply::signing
{

namespace
{

// The certificate of the first signer, found among the certificates the CMS carries.
X509 *signerCertificate(CMS_ContentInfo *cms)
{
    STACK_OF(CMS_SignerInfo) *signers = CMS_get0_SignerInfos(cms);
    if (!signers || sk_CMS_SignerInfo_num(signers) < 1)
        return nullptr;
    CMS_SignerInfo *signer = sk_CMS_SignerInfo_value(signers, 0);
    X509 *certificate = nullptr;
    CMS_SignerInfo_get0_algs(signer, nullptr, &certificate, nullptr, nullptr);
    if (certificate)
        return certificate;
    CMS_set1_signers_certs(cms, nullptr, 0);
    CMS_SignerInfo_get0_algs(signer, nullptr, &certificate, nullptr, nullptr);
    return certificate;
}

QDateTime signingTimeOf(CMS_ContentInfo *cms)
{
    STACK_OF(CMS_SignerInfo) *signers = CMS_get0_SignerInfos(cms);
    if (!signers || sk_CMS_SignerInfo_num(signers) < 1)
        return {};
    CMS_SignerInfo *signer = sk_CMS_SignerInfo_value(signers, 0);
    const int index = CMS_signed_get_attr_by_NID(signer, NID_pkcs9_signingTime, -1);
    if (index < 0)
        return {};
    ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(signer, index), 0);
    if (!value || (value->type != V_ASN1_UTCTIME && value->type != V_ASN1_GENERALIZEDTIME))
        return {};
    std::tm tm{};
    if (ASN1_TIME_to_tm(value->value.utctime, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

// The signer's certificate judged at `now`: its own validity first (an expired certificate is expired
// whoever issued it), then a chain to the trust store built from the certificates the CMS carries.
CmsVerdict::Identity identityOf(X509 *certificate, CMS_ContentInfo *cms, const TrustStore &trust,
                                const QDateTime &now)
{
    time_t at = static_cast<time_t>(now.toSecsSinceEpoch());
    if (X509_cmp_time(X509_get0_notAfter(certificate), &at) < 0)
        return CmsVerdict::Identity::Expired;
    if (X509_cmp_time(X509_get0_notBefore(certificate), &at) > 0)
        return CmsVerdict::Identity::NotYetValid;
    if (!trust.store())
        return CmsVerdict::Identity::NotVerified;
    CertStackPtr untrusted(CMS_get1_certs(cms));
    StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), trust.store(), certificate, untrusted.get()) != 1)
        return CmsVerdict::Identity::NotVerified;
    X509_STORE_CTX_set_time(ctx.get(), 0, at);
    const int verified = X509_verify_cert(ctx.get());
    const int reason = X509_STORE_CTX_get_error(ctx.get());
    if (verified == 1)
        return CmsVerdict::Identity::Trusted;
    if (reason == X509_V_ERR_CERT_HAS_EXPIRED)
        return CmsVerdict::Identity::Expired; // a CA of the chain
    if (reason == X509_V_ERR_CERT_NOT_YET_VALID)
        return CmsVerdict::Identity::NotYetValid;
    return CmsVerdict::Identity::NotVerified;
}

} // namespace

CmsVerdict verifyDetachedCms(const QByteArray &cms, const QByteArray &content, const TrustStore &trust,
                             const QDateTime &now)
{
    CmsVerdict verdict;
    BioPtr in = memoryBio(cms);
    CmsPtr parsed(in ? d2i_CMS_bio(in.get(), nullptr) : nullptr);
    if (!parsed || OBJ_obj2nid(CMS_get0_type(parsed.get())) != NID_pkcs7_signed) {
        ERR_clear_error();
        return verdict;
    }
    BioPtr data = memoryBio(content);
    // Integrity only: the certificate is judged below, at `now` and with the caller's trust store.
    verdict.intact = data && CMS_verify(parsed.get(), nullptr, nullptr, data.get(), nullptr,
                                        CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) == 1;
    ERR_clear_error();
    X509 *certificate = signerCertificate(parsed.get());
    ERR_clear_error();
    if (!certificate)
        return verdict;
    verdict.signer = certificateInfoOf(certificate);
    verdict.signingTime = signingTimeOf(parsed.get());
    verdict.identity = identityOf(certificate, parsed.get(), trust, now);
    ERR_clear_error();
    return verdict;
}

} // namespace nbapply::signing
