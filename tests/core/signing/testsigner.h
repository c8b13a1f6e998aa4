#pragma once

// A certificate authority and a signer's PKCS#12, made at test time with the `openssl` command, as a
// user's CA would issue them: nothing secret is kept in the repository.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace nbapply::test
{

struct TestSigner {
    QString caPem;    // the root certificate (for --trust)
    QString p12;      // the signer's key, certificate and the root, protected by `password`
    QString password; // "correct horse"
    QString commonName = QStringLiteral("张伟");
    QString organisation = QStringLiteral("北京南山智能科技有限公司");
    QString error; // why the files could not be made (empty when they were)
};

inline QString runOpenssl(const QStringList &arguments, const QString &folder)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("openssl %1: %2")
            .arg(arguments.join(u' '), QString::fromUtf8(process.readAllStandardError()));
    return {};
}

// Makes ca.pem, signer.p12 (and their keys) in `folder`.
inline TestSigner makeTestSigner(const QString &folder)
{
    TestSigner signer;
    signer.password = QStringLiteral("correct horse");
    QFile ext(QDir(folder).filePath(QStringLiteral("signer.ext")));
    if (ext.open(QIODevice::WriteOnly))
        ext.write("keyUsage=critical,digitalSignature,nonRepudiation\nbasicConstraints=CA:FALSE\n");
    ext.close();
    const QList<QStringList> steps{
        {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days",
         "3650", "-subj", "/CN=nbapply Test Root CA/O=nbapply tests", "-addext",
         "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"},
        {"req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", "signer.key", "-out", "signer.csr",
         "-utf8", "-subj", "/CN=" + signer.commonName + "/O=" + signer.organisation},
        {"x509", "-req", "-in", "signer.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out",
         "signer.pem", "-days", "365", "-extfile", "signer.ext"},
        {"pkcs12", "-export", "-inkey", "signer.key", "-in", "signer.pem", "-certfile", "ca.pem", "-out",
         "signer.p12", "-passout", "pass:" + signer.password}};
    for (const QStringList &step : steps) {
        signer.error = runOpenssl(step, folder);
        if (!signer.error.isEmpty())
            return signer;
    }
    signer.caPem = QDir(folder).filePath(QStringLiteral("ca.pem"));
    signer.p12 = QDir(folder).filePath(QStringLiteral("signer.p12"));
    return signer;
}

} // namespace nbapply::test
