// Received files are untrusted: damaged or hostile messages and packages are refused with a code,
// never crash, and MIME parameters are read the way mail clients write them.
#include "hostilefiles.h"
#include "received/mimeparameters.h"
#include "received/package.h"
#include "received/receivedfile.h"
#include "receivedtestfiles.h"
#include "testpaths.h"

#include <QRandomGenerator>

using namespace nbapply;
using namespace nbapply::test;

namespace
{

const QStringList kRefusals{
    QStringLiteral("mail.malformed"),         QStringLiteral("mail.no-application"),
    QStringLiteral("mail.unreadable"),        QStringLiteral("draft.pdf-damaged"),
    QStringLiteral("draft.pdf-tampered"),     QStringLiteral("draft.pdf-without-draft"),
    QStringLiteral("draft.syntax"),           QStringLiteral("draft.type"),
    QStringLiteral("draft.not-a-draft"),      QStringLiteral("draft.empty"),
    QStringLiteral("package.unreadable"),     QStringLiteral("package.not-a-package"),
    QStringLiteral("package.too-large"),      QStringLiteral("draft.unknown-form"),
    QStringLiteral("draft.newer-version"),    QStringLiteral("draft.pdf-too-complex"),
    QStringLiteral("mail.header-too-long"),   QStringLiteral("package.duplicate-entry"),
    QStringLiteral("draft.pdf-pages-differ"), QStringLiteral("package.manifest-mismatch"),
    QStringLiteral("document.hash-mismatch"), QStringLiteral("draft.too-large")};

QByteArray mutated(QByteArray bytes, QRandomGenerator &random)
{
    switch (random.bounded(4)) {
    case 0: // cut anywhere
        return bytes.left(random.bounded(bytes.size()));
    case 1: // flip bytes
        for (int i = 0; i < 20; ++i)
            bytes[random.bounded(bytes.size())] = char(random.bounded(256));
        return bytes;
    case 2: // a line longer than any reader should take
        bytes.insert(random.bounded(bytes.size()), QByteArray(2 * 1024 * 1024, 'A'));
        return bytes;
    default: // parameters that promise a lot
        bytes.replace("filename*0*=", "filename*99999*=");
        bytes.replace("boundary=\"", "boundary=\"x");
        return bytes;
    }
}

void expectNoCrash(const QString &path)
{
    const DraftLoadResult loaded = loadDraftFile(path);
    if (!loaded.ok()) {
        EXPECT_TRUE(kRefusals.contains(loaded.errorCode)) << loaded.errorCode.toStdString();
        EXPECT_FALSE(loaded.error.zh.isEmpty());
        EXPECT_FALSE(loaded.error.en.isEmpty());
    }
}

TEST(HostileReceived, DamagedMessagesAreRefusedOrOpenedNeverCrash)
{
    QTemporaryDir dir;
    const QString eml = receiveExport(dir.path(), {QStringLiteral(".eml")}).first();
    const QByteArray original = readAll(eml);
    QRandomGenerator random(20261130);
    const QString path = dir.filePath(QStringLiteral("mutated.eml"));
    for (int round = 0; round < 40; ++round) {
        writeAll(path, "From: x@example.com\r\n" + mutated(original, random));
        expectNoCrash(path);
    }
}

TEST(HostileReceived, DamagedPackagesAreRefusedOrOpenedNeverCrash)
{
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("p.zip"));
    BilingualText error;
    ASSERT_TRUE(writePackage(
        checkedIn(exampleDraft(QStringLiteral("company.nbapply.json")), examplesFolder()), package, &error));
    const QByteArray original = readAll(package);
    QRandomGenerator random(20261201);
    const QString path = dir.filePath(QStringLiteral("mutated.zip"));
    for (int round = 0; round < 40; ++round) {
        writeAll(path, "PK\x03\x04" + mutated(original, random).mid(4));
        expectNoCrash(path);
    }
}

// Two entries under one name: libzip (nbapply) found the first, Info-ZIP and most archivers keep the
// last, so the sender could show nbapply one application and anyone unpacking the file another.
TEST(HostileReceived, PackageWithTwoEntriesOfOneNameIsRefused)
{
    QTemporaryDir dir;
    const QByteArray draft = readAll(sourcePath(QStringLiteral("examples/company.nbapply.json")));
    QByteArray other = draft;
    other.replace("北京南山智能科技有限公司", "另一家公司");
    const QList<QByteArray> secondNames{"nbapply-draft.json", "NBAPPLY-Draft.json"};
    for (const QByteArray &second : secondNames) {
        const QString path = dir.filePath(QStringLiteral("twice.zip"));
        writeAll(path, storedZip({{"nbapply-draft.json", draft}, {second, other}}));
        const DraftLoadResult loaded = loadDraftFile(path);
        EXPECT_FALSE(loaded.ok()) << second.toStdString();
        EXPECT_EQ(loaded.errorCode, QStringLiteral("package.duplicate-entry")) << second.toStdString();
        const QString named = QStringLiteral("“%1”").arg(QString::fromLatin1(second));
        EXPECT_TRUE(loaded.error.en.contains(QStringLiteral("holds two entries named ") + named))
            << loaded.error.en.toStdString();
        EXPECT_TRUE(loaded.error.zh.contains(QStringLiteral("有两个名为%1的文件").arg(named)))
            << loaded.error.zh.toStdString();
    }
    // Entries of distinct names are not taken for duplicates (this package is refused later, for its
    // missing document list).
    const QString path = dir.filePath(QStringLiteral("once.zip"));
    writeAll(path, storedZip({{"nbapply-draft.json", draft}, {"notes.txt", "x"}}));
    EXPECT_NE(loadDraftFile(path).errorCode, QStringLiteral("package.duplicate-entry"));
}

TEST(HostileReceived, MimeParametersAreReadAsMailClientsWriteThem)
{
    using received::headerParameter;
    EXPECT_EQ(headerParameter("attachment; filename=\"plain name.pdf\"", "filename"),
              QStringLiteral("plain name.pdf"));
    EXPECT_EQ(headerParameter("attachment; filename*=UTF-8''%E8%90%A5%E4%B8%9A.pdf", "filename"),
              QStringLiteral("营业.pdf"));
    EXPECT_EQ(
        headerParameter("attachment; filename*0*=UTF-8''%E8%90%A5; filename*1*=%E4%B8%9A; filename*2=.pdf",
                        "filename"),
        QStringLiteral("营业.pdf"));
    EXPECT_EQ(headerParameter("application/pdf; name=\"=?UTF-8?B?6JCl5Lia?= =?UTF-8?B?LnBkZg==?=\"", "name"),
              QStringLiteral("营业.pdf"));
    EXPECT_EQ(headerParameter("multipart/mixed; boundary=\"=_nbapply_ab;c\"", "boundary"),
              QStringLiteral("=_nbapply_ab;c"));
    EXPECT_EQ(headerParameter("attachment", "filename"), QString());
    EXPECT_EQ(received::mediaType("Application/PDF; name=x"), QByteArray("application/pdf"));
}

} // namespace
