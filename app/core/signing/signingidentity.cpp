#include "signingidentity.h"

#include "opensslptr.h"

#include <QList>

#include <algorithm>
#include <openssl/err.h>
#include <openssl/provider.h>

namespace nbapply::signing
{

struct SigningIdentity::Keys {
    PkeyPtr key;
    X509Ptr certificate;
    CertStackPtr chain;
};

namespace
{

constexpr auto kNotPkcs12 = "signing.not-pkcs12";
constexpr auto kBadPassword = "signing.bad-password";

void fail(BilingualText *error, QString *errorCode, const char *code)
{
    if (errorCode)
        *errorCode = QString::fromLatin1(code);
    if (!error)
        return;
    if (qstrcmp(code, kBadPassword) == 0)
        *error = {
            QStringLiteral("证书文件的密码不正确，请重新输入（密码区分大小写）"),
            QStringLiteral("The password of the certificate file is wrong; enter it again (passwords are "
                           "case-sensitive)")};
    else
        *error = {QStringLiteral("不是可用的 PKCS#12 证书文件（.p12/.pfx）：需要包含私钥和与之对应的证书"),
                  QStringLiteral("Not a usable PKCS#12 certificate file (.p12/.pfx): it must hold a private "
                                 "key and the certificate that belongs to it")};
}

// PKCS#12 files made by Windows and older tools encrypt with RC2 or 3DES, which OpenSSL 3 keeps in its
// "legacy" provider. Loaded once, on demand, next to the default provider.
void loadLegacyProvider()
{
    static const bool loaded = [] {
        OSSL_PROVIDER_load(nullptr, "legacy");
        OSSL_PROVIDER_load(nullptr, "default");
        return true;
    }();
    (void)loaded;
}

// The MAC is what tells a wrong password from a damaged file. An empty password is tried both as ""
// and as no password, as PKCS12_parse does.
bool passwordOpensMac(PKCS12 *p12, const QByteArray &password)
{
    if (!PKCS12_mac_present(p12))
        return true;
    if (password.isEmpty())
        return PKCS12_verify_mac(p12, "", 0) == 1 || PKCS12_verify_mac(p12, nullptr, 0) == 1;
    return PKCS12_verify_mac(p12, password.constData(), static_cast<int>(password.size())) == 1;
}

bool parse(PKCS12 *p12, const QByteArray &password, PkeyPtr *key, X509Ptr *cert, CertStackPtr *chain)
{
    EVP_PKEY *k = nullptr;
    X509 *c = nullptr;
    STACK_OF(X509) *ca = nullptr;
    const QByteArray pass = password; // PKCS12_parse wants a NUL-terminated string
    if (PKCS12_parse(p12, pass.constData(), &k, &c, &ca) != 1)
        return false;
    key->reset(k);
    cert->reset(c);
    chain->reset(ca ? ca : sk_X509_new_null());
    return true;
}

// SET OF Attribute in DER: the encodings sorted, under a SET tag — the bytes a CMS signature signs.
QByteArray signedAttributesDer(CMS_SignerInfo *signer)
{
    QList<QByteArray> encoded;
    for (int i = 0; i < CMS_signed_get_attr_count(signer); ++i) {
        unsigned char *der = nullptr;
        const int length = i2d_X509_ATTRIBUTE(CMS_signed_get_attr(signer, i), &der);
        if (length <= 0)
            return {};
        encoded.append(QByteArray(reinterpret_cast<const char *>(der), length));
        OPENSSL_free(der);
    }
    // X.690 11.6: ordered as octet strings, the shorter padded with zeros (no two are equal here).
    std::sort(encoded.begin(), encoded.end(), [](const QByteArray &a, const QByteArray &b) {
        const int common = static_cast<int>(std::min(a.size(), b.size()));
        const int order = memcmp(a.constData(), b.constData(), static_cast<size_t>(common));
        return order != 0 ? order < 0 : a.size() < b.size();
    });
    QByteArray body = encoded.join();
    QByteArray der(1, char(0x31));
    const qsizetype n = body.size();
    if (n < 0x80) {
        der.append(char(n));
    } else {
        QByteArray length;
        for (qsizetype rest = n; rest > 0; rest >>= 8)
            length.prepend(char(rest & 0xff));
        der.append(char(0x80 | length.size()));
        der.append(length);
    }
    return der + body;
}

// OpenSSL 3.0 always adds a signing-time attribute when it signs (CMS_NO_SIGNING_TIME is 3.2). For
// the Cades profile it is removed again and the signed attributes are signed anew with the same key
// and digest, so that the signature covers exactly the attributes that remain.
bool dropSigningTime(CMS_SignerInfo *signer, EVP_PKEY *key)
{
    const int index = CMS_signed_get_attr_by_NID(signer, NID_pkcs9_signingTime, -1);
    if (index < 0)
        return true;
    X509_ATTRIBUTE *removed = CMS_signed_delete_attr(signer, index);
    X509_ATTRIBUTE_free(removed);
    const QByteArray toSign = signedAttributesDer(signer);
    if (toSign.isEmpty())
        return false;
    MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &length,
                       reinterpret_cast<const unsigned char *>(toSign.constData()),
                       static_cast<size_t>(toSign.size())) != 1)
        return false;
    QByteArray signature(static_cast<qsizetype>(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(toSign.constData()),
                       static_cast<size_t>(toSign.size())) != 1)
        return false;
    return ASN1_STRING_set(CMS_SignerInfo_get0_signature(signer), signature.constData(),
                           static_cast<int>(length)) == 1;
}

} // namespace

SigningIdentity::SigningIdentity(std::shared_ptr<const Keys> keys) : m_keys(std::move(keys))
{
}

std::optional<SigningIdentity> SigningIdentity::fromPkcs12(const QByteArray &pkcs12,
                                                           const QByteArray &password, BilingualText *error,
                                                           QString *errorCode)
{
    BioPtr in = memoryBio(pkcs12);
    Pkcs12Ptr p12(in ? d2i_PKCS12_bio(in.get(), nullptr) : nullptr);
    if (!p12) {
        ERR_clear_error();
        fail(error, errorCode, kNotPkcs12);
        return std::nullopt;
    }
    if (!passwordOpensMac(p12.get(), password)) {
        ERR_clear_error();
        fail(error, errorCode, kBadPassword);
        return std::nullopt;
    }
    auto keys = std::make_shared<Keys>();
    bool parsed = parse(p12.get(), password, &keys->key, &keys->certificate, &keys->chain);
    if (!parsed) {
        ERR_clear_error();
        loadLegacyProvider();
        parsed = parse(p12.get(), password, &keys->key, &keys->certificate, &keys->chain);
    }
    ERR_clear_error();
    if (!parsed || !keys->key || !keys->certificate ||
        X509_check_private_key(keys->certificate.get(), keys->key.get()) != 1) {
        ERR_clear_error();
        fail(error, errorCode, kNotPkcs12);
        return std::nullopt;
    }
    return SigningIdentity(std::move(keys));
}

CertificateInfo SigningIdentity::certificate() const
{
    return certificateInfoOf(m_keys->certificate.get());
}

QByteArray SigningIdentity::signDetached(const QByteArray &content, CmsProfile profile,
                                         const QDateTime &time) const
{
    constexpr unsigned int flags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP;
    CmsPtr cms(CMS_sign(nullptr, nullptr, m_keys->chain.get(), nullptr, flags));
    if (!cms)
        return {};
    const unsigned int signerFlags = flags | (profile == CmsProfile::Cades ? CMS_CADES : 0u);
    CMS_SignerInfo *signer =
        CMS_add1_signer(cms.get(), m_keys->certificate.get(), m_keys->key.get(), EVP_sha256(), signerFlags);
    if (!signer) {
        ERR_clear_error();
        return {};
    }
    if (profile == CmsProfile::Pkcs7) {
        // The time the caller states, not the clock's: the same moment as the document's own record.
        ASN1_TIME *signingTime = ASN1_TIME_set(nullptr, static_cast<time_t>(time.toSecsSinceEpoch()));
        const bool added =
            signingTime && CMS_signed_add1_attr_by_NID(signer, NID_pkcs9_signingTime, signingTime->type,
                                                       signingTime, -1) == 1;
        ASN1_TIME_free(signingTime);
        if (!added) {
            ERR_clear_error();
            return {};
        }
    }
    BioPtr data = memoryBio(content);
    if (!data || CMS_final(cms.get(), data.get(), nullptr, flags) != 1 ||
        (profile == CmsProfile::Cades && !dropSigningTime(signer, m_keys->key.get()))) {
        ERR_clear_error();
        return {};
    }
    unsigned char *der = nullptr;
    const int length = i2d_CMS_ContentInfo(cms.get(), &der);
    if (length <= 0) {
        ERR_clear_error();
        return {};
    }
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

} // namespace nbapply::signing
