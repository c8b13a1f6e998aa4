#include "testpki.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

namespace nbapply::test
{

namespace
{

bool openssl(const QString &folder, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(QStringLiteral("openssl"), arguments);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(60000);
    const bool ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    EXPECT_TRUE(ok) << "openssl " << arguments.join(QLatin1Char(' ')).toStdString() << ": "
                    << process.readAllStandardError().toStdString();
    return ok;
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// A P-256 key and a request for `subject` (UTF-8).
bool request(const QString &folder, const QString &name, const QString &subject)
{
    return openssl(folder,
                   {"req", "-new", "-utf8", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-keyout", name + ".key", "-out", name + ".csr", "-subj", subject});
}

bool pkcs12(const QString &folder, const QString &name, bool withCa)
{
    QStringList arguments{
        "pkcs12",      "-export", "-inkey",      name + ".key", "-in",
        name + ".pem", "-out",    name + ".p12", "-passout",    QStringLiteral("pass:") + TestPki::kPassword};
    if (withCa)
        arguments << "-certfile"
                  << "ca.pem";
    return openssl(folder, arguments);
}

// `openssl ca` signs with explicit start and end dates, which `openssl x509` (3.0) cannot.
bool issueWithDates(const QString &folder, const QString &name, const QString &start, const QString &end)
{
    return request(folder, name, QStringLiteral("/CN=") + name + QStringLiteral("/O=Dated Test Org")) &&
           openssl(folder, {"ca", "-config", "ca.cnf", "-batch", "-notext", "-utf8", "-in", name + ".csr",
                            "-out", name + ".pem", "-startdate", start, "-enddate", end}) &&
           pkcs12(folder, name, true);
}

} // namespace

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TestPki TestPki::make(const QString &folder)
{
    TestPki pki;
    QDir dir(folder);
    const QByteArray caConfig =
        "[ca]\ndefault_ca = test_ca\n"
        "[test_ca]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial\n"
        "certificate = ca.pem\nprivate_key = ca.key\ndefault_md = sha256\n"
        "policy = any\nx509_extensions = leaf\nunique_subject = no\n"
        "[any]\ncommonName = supplied\norganizationName = optional\n"
        "[leaf]\nbasicConstraints = CA:FALSE\nkeyUsage = digitalSignature, nonRepudiation\n";
    const QByteArray leafExtensions =
        "basicConstraints = CA:FALSE\nkeyUsage = digitalSignature, nonRepudiation\n";
    pki.ok =
        writeText(dir.filePath("ca.cnf"), caConfig) && writeText(dir.filePath("index.txt"), "") &&
        writeText(dir.filePath("serial"), "1000\n") && writeText(dir.filePath("leaf.ext"), leafExtensions) &&
        openssl(folder, {"req",
                         "-x509",
                         "-utf8",
                         "-newkey",
                         "ec",
                         "-pkeyopt",
                         "ec_paramgen_curve:prime256v1",
                         "-nodes",
                         "-keyout",
                         "ca.key",
                         "-out",
                         "ca.pem",
                         "-days",
                         "3650",
                         "-subj",
                         "/CN=Test Root CA/O=Test Trust Services",
                         "-addext",
                         "basicConstraints=critical,CA:TRUE",
                         "-addext",
                         "keyUsage=critical,keyCertSign,cRLSign"}) &&
        request(folder, "issued", QStringLiteral("/CN=%1/O=%2").arg(kIssuedName, kIssuedOrganisation)) &&
        openssl(folder, {"x509", "-req", "-in", "issued.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                         "-set_serial", "7", "-days", "365", "-extfile", "leaf.ext", "-out", "issued.pem"}) &&
        pkcs12(folder, "issued", true) &&
        openssl(folder, {"req", "-x509", "-utf8", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                         "-nodes", "-keyout", "self.key", "-out", "self.pem", "-days", "365", "-subj",
                         "/CN=Self Signer/O=Nobody Vouches"}) &&
        pkcs12(folder, "self", false) &&
        issueWithDates(folder, "expired", "20200101000000Z", "20210101000000Z") &&
        issueWithDates(folder, "future", "20990101000000Z", "21000101000000Z");
    pki.caPem = dir.filePath("ca.pem");
    pki.issuedP12 = dir.filePath("issued.p12");
    pki.selfSignedP12 = dir.filePath("self.p12");
    pki.expiredP12 = dir.filePath("expired.p12");
    pki.futureP12 = dir.filePath("future.p12");
    return pki;
}

} // namespace nbapply::test
