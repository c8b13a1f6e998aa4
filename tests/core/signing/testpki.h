#pragma once

#include <QByteArray>
#include <QString>

namespace nbapply::test
{

// Certificates made at test time with the `openssl` command, in `folder`: a CA, a certificate it
// issued (李律师, 某某律师事务所), a self-signed one, one that expired in 2021 and one valid only from
// 2099, each also as a PKCS#12 file with the password kPassword. Nothing is checked in: the dates are
// relative to the day the test runs.
struct TestPki {
    static constexpr const char *kPassword = "Pä55-wörd-7fq";
    // The issued certificate's subject: the name a signature or an approval by it must show.
    static inline const QString kIssuedName = QStringLiteral("李律师");
    static inline const QString kIssuedOrganisation = QStringLiteral("某某律师事务所");

    QString caPem;
    QString issuedP12, selfSignedP12, expiredP12, futureP12;
    bool ok = false;

    static TestPki make(const QString &folder);
};

QByteArray readAll(const QString &path);

} // namespace nbapply::test
