// An export is a unit: the PDF and the e-mail draft are both written or neither is, and the e-mail
// attaches the PDF bytes the same export rendered.
#include "application/checkedapplication.h"
#include "emlparser.h"
#include "export/applicationexport.h"
#include "messydraft.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <csignal>
#include <gtest/gtest.h>
#include <sys/resource.h>

using namespace nbapply;
using namespace nbapply::test;

namespace
{

ApplicationExportOptions fixedOptions()
{
    ApplicationExportOptions options;
    options.exportTime = messyExportTime();
    return options;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

TEST(ExportUnit, TheEmailAttachesThePdfBytesOfTheSameExport)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const CheckedApplication checked = checkedOf(companyExample());
    const ApplicationExportResult result = exportApplication(checked, dir.path(), fixedOptions());
    ASSERT_TRUE(result.ok) << result.error.en.toStdString();
    EXPECT_EQ(filesIn(dir.path()), QStringList({checked.emailFileName(), checked.pdfFileName()}));
    QFile pdf(result.pdfPath);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdf.readAll();
    EXPECT_EQ(result.pdfBytes, pdfBytes.size());
    QFile eml(result.emailPath);
    ASSERT_TRUE(eml.open(QIODevice::ReadOnly));
    const QJsonObject report = parseEml(eml.readAll());
    const QJsonObject first = report.value(QStringLiteral("attachments")).toArray().first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("filename")).toString(), checked.pdfFileName());
    EXPECT_EQ(first.value(QStringLiteral("sha256")).toString(),
              QString::fromLatin1(QCryptographicHash::hash(pdfBytes, QCryptographicHash::Sha256).toHex()));
    // Both hold ID and phone numbers.
    for (const QString &path : {result.pdfPath, result.emailPath})
        EXPECT_EQ(QFile::permissions(path) & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser);
}

// The document passed the check, then went away before the export read it: nothing is written.
TEST(ExportUnit, ADocumentRemovedAfterTheCheckLeavesNeitherFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Draft draft = companyExample();
    QList<DocumentRef> documents = draft.documents();
    const QString copy = dir.filePath(QStringLiteral("营业执照.pdf"));
    ASSERT_TRUE(QFile::copy(documents.first().path, copy));
    documents.first().path = copy;
    draft.setDocuments(documents);
    const CheckedApplication checked = checkedOf(draft);
    ASSERT_TRUE(checked.readyToExport());

    ASSERT_TRUE(QFile::remove(copy));
    const QString out = dir.filePath(QStringLiteral("out"));
    const ApplicationExportResult result = exportApplication(checked, out, fixedOptions());
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.refused);
    EXPECT_TRUE(result.pdfPath.isEmpty());
    EXPECT_TRUE(result.emailPath.isEmpty());
    EXPECT_TRUE(result.error.en.contains(QStringLiteral("营业执照.pdf"))) << result.error.en.toStdString();
    EXPECT_TRUE(filesIn(out).isEmpty()) << filesIn(out).join(u' ').toStdString();

    // Checked again, the application says so before any export is tried.
    const CheckedApplication again = checkedOf(draft);
    EXPECT_FALSE(again.readyToExport());
    const ApplicationExportResult refused = exportApplication(again, out, fixedOptions());
    EXPECT_TRUE(refused.refused);
    EXPECT_TRUE(filesIn(out).isEmpty());
}

// The disk fills up while the e-mail draft (the larger file) is written, after the PDF fitted: neither
// new file appears, and the files of an earlier export stay as they were.
TEST(ExportUnit, AFullDiskHalfWayLeavesNeitherNewFileAndKeepsThePreviousOnes)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // A scan of 400 KB makes the e-mail draft far larger than the PDF (~60 KB).
    Draft draft = companyExample();
    const QString scan = dir.filePath(QStringLiteral("scan.pdf"));
    {
        QFile file(scan);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("%PDF-1.4\n") + QByteArray(400 * 1024, 'x'));
    }
    QList<DocumentRef> documents = draft.documents();
    documents.append({QStringLiteral("other"), scan});
    draft.setDocuments(documents);
    const CheckedApplication checked = checkedOf(draft);
    ASSERT_TRUE(checked.readyToExport());
    const QString out = dir.filePath(QStringLiteral("out"));
    ASSERT_TRUE(QDir().mkpath(out));
    const QString pdfPath = QDir(out).filePath(checked.pdfFileName());
    const QString emlPath = QDir(out).filePath(checked.emailFileName());
    for (const QString &path : {pdfPath, emlPath}) {
        QFile previous(path);
        ASSERT_TRUE(previous.open(QIODevice::WriteOnly));
        previous.write("previous export");
    }

    // Writes past 256 KiB fail with EFBIG (as root too): the PDF fits, the e-mail draft does not.
    rlimit old{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 256 * 1024;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    const ApplicationExportResult result = exportApplication(checked, out, fixedOptions());
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.en.contains(QStringLiteral("neither the PDF nor the e-mail draft")))
        << result.error.en.toStdString();
    EXPECT_TRUE(result.error.en.contains(QDir::toNativeSeparators(emlPath)));
    EXPECT_EQ(filesIn(out), QStringList({checked.emailFileName(), checked.pdfFileName()}))
        << "no temporary file left behind";
    for (const QString &path : {pdfPath, emlPath}) {
        QFile kept(path);
        ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
        EXPECT_EQ(kept.readAll(), QByteArray("previous export")) << path.toStdString();
    }
}

} // namespace
