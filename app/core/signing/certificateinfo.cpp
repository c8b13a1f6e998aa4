#include "certificateinfo.h"

#include <ctime>
#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace nbapply::signing
{

namespace
{

// The first entry `nid` of `name`, decoded from whatever string type the certificate used to UTF-8.
QString nameEntry(const X509_NAME *name, int nid)
{
    if (!name)
        return {};
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

QDateTime utcOf(const ASN1_TIME *time)
{
    std::tm tm{};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString serialOf(const X509 *certificate)
{
    BIGNUM *number = ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate), nullptr);
    if (!number)
        return {};
    char *hex = BN_bn2hex(number);
    const QString text = hex ? QString::fromLatin1(hex) : QString();
    OPENSSL_free(hex);
    BN_free(number);
    return text;
}

} // namespace

CertificateInfo certificateInfoOf(const X509 *certificate)
{
    CertificateInfo info;
    if (!certificate)
        return info;
    info.commonName = nameEntry(X509_get_subject_name(certificate), NID_commonName);
    info.organisation = nameEntry(X509_get_subject_name(certificate), NID_organizationName);
    info.issuerCommonName = nameEntry(X509_get_issuer_name(certificate), NID_commonName);
    info.issuerOrganisation = nameEntry(X509_get_issuer_name(certificate), NID_organizationName);
    info.serialHex = serialOf(certificate);
    info.notBefore = utcOf(X509_get0_notBefore(certificate));
    info.notAfter = utcOf(X509_get0_notAfter(certificate));
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(certificate, EVP_sha256(), digest, &length) == 1)
        info.sha256 = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(digest), static_cast<int>(length)).toHex());
    return info;
}

} // namespace nbapply::signing
