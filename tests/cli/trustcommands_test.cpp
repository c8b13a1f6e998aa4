// The promises a reviewer relies on, through the command line as people use it: an export made from any
// folder binds its documents, a swapped document is caught, and `validate` says what it checked.
#include "processrunner.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using nbapply::test::runNbapply;
using nbapply::test::sourcePath;

namespace
{

const QStringList kFixedClock{QStringLiteral("SOURCE_DATE_EPOCH=1795680000")};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// Copies the examples (draft and documents) into `folder`, so that a test can run from elsewhere.
QString copyOfExamples(const QString &folder)
{
    QDir().mkpath(folder + QStringLiteral("/documents"));
    const QDir documents(sourcePath(QStringLiteral("examples/documents")));
    for (const QString &name : documents.entryList(QDir::Files))
        QFile::copy(documents.filePath(name), folder + QStringLiteral("/documents/") + name);
    const QString draft = folder + QStringLiteral("/company.nbapply.json");
    QFile::copy(sourcePath(QStringLiteral("examples/company.nbapply.json")), draft);
    return draft;
}

// Replaces the body of the message's last attachment (a document: the PDF comes first) by `bytes`.
void swapLastDocument(const QString &eml, const QByteArray &bytes)
{
    QByteArray message = readAll(eml);
    const QByteArray marker = "Content-Transfer-Encoding: base64\r\n\r\n";
    const qsizetype body = message.lastIndexOf(marker) + marker.size();
    const qsizetype end = message.indexOf("\r\n--", body);
    ASSERT_GT(body, marker.size());
    ASSERT_GT(end, body);
    message.replace(body, end - body, bytes.toBase64());
    writeAll(eml, message);
}

} // namespace

// The export used to record the documents' SHA-256 only when the draft's folder was passed along, which
// `nbapply export` run from any other folder did not: a licence swapped inside its .eml then passed.
TEST(TrustCommands, AnExportFromAnotherFolderBindsItsDocuments)
{
    QTemporaryDir dir;
    const QString draft = copyOfExamples(dir.filePath(QStringLiteral("applicant")));
    QDir().mkpath(dir.filePath(QStringLiteral("elsewhere")));
    const auto exported =
        runNbapply({QStringLiteral("export"), QStringLiteral("../applicant/company.nbapply.json"),
                    QStringLiteral("--out"), QStringLiteral("out")},
                   kFixedClock, {}, dir.filePath(QStringLiteral("elsewhere")));
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QStringList files = exported.out.trimmed().split(u'\n');
    ASSERT_EQ(files.size(), 2);
    const QString pdf = QDir(dir.filePath(QStringLiteral("elsewhere"))).filePath(files[0]);
    const QString eml = QDir(dir.filePath(QStringLiteral("elsewhere"))).filePath(files[1]);

    // The PDF alone lists every document with its digest: validate shows them.
    const auto listed = runNbapply({QStringLiteral("validate"), QStringLiteral("--json"), pdf});
    EXPECT_EQ(listed.exitCode, 0) << listed.out.toStdString();
    const QJsonObject verdict = QJsonDocument::fromJson(listed.out.toUtf8()).object();
    const QJsonArray documents = verdict.value(QStringLiteral("documents")).toArray();
    ASSERT_EQ(documents.size(), 4) << listed.out.toStdString();
    const QByteArray licence =
        readAll(draft.section(u'/', 0, -2) + QStringLiteral("/documents/营业执照（加盖公章）.pdf"));
    EXPECT_EQ(documents[0].toObject().value(QStringLiteral("sha256")).toString(),
              QString::fromLatin1(QCryptographicHash::hash(licence, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(documents[0].toObject().value(QStringLiteral("size")).toInteger(), licence.size());
    for (const QJsonValue document : documents)
        EXPECT_EQ(document.toObject().value(QStringLiteral("verdict")).toString(),
                  QStringLiteral("not-enclosed"));

    // The e-mail as sent validates, each document verified.
    const auto genuine = runNbapply({QStringLiteral("validate"), eml});
    EXPECT_EQ(genuine.exitCode, 0) << genuine.err.toStdString();
    EXPECT_EQ(genuine.err.count(QStringLiteral("SHA-256 verified")), 4) << genuine.err.toStdString();

    // A licence swapped inside it is refused.
    swapLastDocument(eml, "%PDF-1.4 a forged licence\n");
    const auto swapped = runNbapply({QStringLiteral("validate"), QStringLiteral("--json"), eml});
    EXPECT_EQ(swapped.exitCode, 2);
    const QJsonObject refused = QJsonDocument::fromJson(swapped.out.toUtf8()).object();
    EXPECT_EQ(refused.value(QStringLiteral("code")).toString(), QStringLiteral("document.hash-mismatch"))
        << swapped.out.toStdString();
    EXPECT_EQ(refused.value(QStringLiteral("exitCode")).toInt(), 2);
    EXPECT_FALSE(
        refused.value(QStringLiteral("message")).toObject().value(QStringLiteral("zh")).toString().isEmpty());
}

TEST(TrustCommands, ValidateSaysWhatItChecked)
{
    QTemporaryDir dir;
    const auto exported =
        runNbapply({QStringLiteral("export"), sourcePath(QStringLiteral("examples/company.nbapply.json")),
                    QStringLiteral("--out"), dir.path()},
                   kFixedClock);
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QString pdf = exported.out.trimmed().split(u'\n').first();
    const auto run = runNbapply({QStringLiteral("validate"), pdf});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(QStringLiteral("file\tPDF exported by nbapply"))) << run.err.toStdString();
    EXPECT_TRUE(
        run.err.contains(QStringLiteral("pages\tre-derived from the data it carries and compared page by "
                                        "page: identical")))
        << run.err.toStdString();
    EXPECT_EQ(run.err.count(QStringLiteral("\tnot enclosed\tSHA-256 ")), 4) << run.err.toStdString();
    const auto json = runNbapply({QStringLiteral("validate"), QStringLiteral("--json"), pdf});
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QString fingerprint = object.value(QStringLiteral("fingerprint")).toString();
    EXPECT_EQ(fingerprint.size(), 12);
    EXPECT_TRUE(run.err.contains(QStringLiteral("fingerprint\t") + fingerprint));
    EXPECT_EQ(object.value(QStringLiteral("pages")).toString(), QStringLiteral("exact"));
    EXPECT_EQ(object.value(QStringLiteral("source")).toString(), QStringLiteral("pdf"));

    const auto zh =
        runNbapply({QStringLiteral("validate"), QStringLiteral("--lang"), QStringLiteral("zh_CN"), pdf});
    EXPECT_TRUE(zh.err.contains(QStringLiteral("数据指纹\t") + fingerprint)) << zh.err.toStdString();
    EXPECT_TRUE(zh.err.contains(QStringLiteral("未随附"))) << zh.err.toStdString();

    // A file that cannot be opened still gives one JSON object, with its code.
    const QString missing = dir.filePath(QStringLiteral("missing.pdf"));
    const auto unreadable = runNbapply({QStringLiteral("validate"), QStringLiteral("--json"), missing});
    EXPECT_EQ(unreadable.exitCode, 2);
    const QJsonObject failure = QJsonDocument::fromJson(unreadable.out.toUtf8()).object();
    EXPECT_EQ(failure.value(QStringLiteral("code")).toString(), QStringLiteral("draft.not-found"));
    EXPECT_EQ(failure.value(QStringLiteral("exitCode")).toInt(), 2);
}
