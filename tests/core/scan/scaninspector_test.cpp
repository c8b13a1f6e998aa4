// The scan checks as part of the checked application: a damaged scan is an error that blocks the
// export, a coarse one a warning, both filed with their document; the core alone checks the size; an
// image is decoded once per version of its file.
#include "application/checkedapplication.h"
#include "draft/draftfile.h"
#include "export/applicationexport.h"
#include "form/formdefinition.h"
#include "received/receivedfile.h"
#include "scan/scancheck.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace nbapply;

namespace
{

QStringList codes(const Problems &problems)
{
    QStringList list;
    for (const Problem &problem : problems)
        list << problem.code;
    return list;
}

// The company example in a folder of its own, its letter of authorisation replaced by `letter`.
class ScanInspector : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        ASSERT_TRUE(folder.isValid());
        const DraftLoadResult loaded =
            loadDraftFile(test::sourcePath(QStringLiteral("examples/company.nbapply.json")));
        ASSERT_TRUE(loaded.ok());
        draft = *loaded.draft;
        QList<DocumentRef> documents;
        for (DocumentRef document : draft.documents()) {
            const QString name = QFileInfo(document.path).fileName();
            ASSERT_TRUE(QFile::copy(test::sourcePath(QStringLiteral("examples/")) + document.path,
                                    folder.filePath(name)));
            document.path = name;
            documents << document;
        }
        draft.setDocuments(documents);
    }

    void attachLetter(const QString &name)
    {
        QList<DocumentRef> documents = draft.documents();
        for (DocumentRef &document : documents)
            if (document.kind == QStringLiteral("authorization-letter"))
                document.path = name;
        draft.setDocuments(documents);
    }

    QString writeImage(const QString &name, int width, int height)
    {
        QImage picture(width, height, QImage::Format_RGB32);
        picture.fill(Qt::white);
        for (int y = 0; y < height; y += 5)
            for (int x = 0; x < width; ++x)
                picture.setPixel(x, y, qRgb(200, 30, 30));
        const QString path = folder.filePath(name);
        EXPECT_TRUE(picture.save(path, "PNG"));
        return path;
    }

    // A PNG whose header is whole but whose image data stops half-way: a scan that never finished.
    QString writeDamagedImage(const QString &name)
    {
        const QString path = writeImage(name, 1300, 1800);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadWrite));
        EXPECT_TRUE(file.resize(file.size() / 2));
        return path;
    }

    CheckedApplication check(const DocumentInspector &inspector) const
    {
        ValidationContext context;
        context.draftFolder = folder.path();
        context.inspectDocument = inspector;
        return CheckedApplication::check(FormDefinition::builtin(), draft, context);
    }

    QTemporaryDir folder;
    Draft draft{FormDefinition::builtin()};
};

TEST_F(ScanInspector, ADamagedScanIsAnErrorOfItsDocumentAndBlocksTheExport)
{
    writeDamagedImage(QStringLiteral("letter.png"));
    attachLetter(QStringLiteral("letter.png"));
    const CheckedApplication checked = check(scanDocumentInspector());

    ASSERT_EQ(codes(checked.problems()), QStringList{QStringLiteral("document.scan-unreadable")});
    const Problem &problem = checked.problems().first();
    EXPECT_TRUE(problem.isError());
    EXPECT_EQ(problem.field, QStringLiteral("documents"));
    EXPECT_TRUE(problem.message.en.contains(QStringLiteral("“letter.png”")));
    EXPECT_TRUE(problem.message.zh.contains(QStringLiteral("无法打开")));
    // Filed with the letter of authorisation, once, and with no other kind.
    EXPECT_EQ(codes(checked.documentProblems(QStringLiteral("authorization-letter"))),
              QStringList{QStringLiteral("document.scan-unreadable")});
    EXPECT_TRUE(checked.documentProblems(QStringLiteral("business-licence")).isEmpty());
    EXPECT_EQ(checked.errorCount(), 1);
    EXPECT_FALSE(checked.readyToExport());

    QTemporaryDir out;
    ASSERT_TRUE(out.isValid());
    const ApplicationExportResult result = exportApplication(checked, out.path(), {});
    EXPECT_TRUE(result.refused);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(QDir(out.path()).isEmpty());
}

TEST_F(ScanInspector, ACoarseScanIsAWarningThatLetsTheExportGoAhead)
{
    writeImage(QStringLiteral("letter.png"), 40, 40);
    attachLetter(QStringLiteral("letter.png"));
    const CheckedApplication checked = check(scanDocumentInspector());

    ASSERT_EQ(codes(checked.problems()), QStringList{QStringLiteral("document.scan-low-resolution")});
    EXPECT_EQ(checked.problems().first().severity, Severity::Warning);
    EXPECT_TRUE(checked.problems().first().message.en.contains(QStringLiteral("40 × 40 pixels")));
    EXPECT_EQ(codes(checked.documentProblems(QStringLiteral("authorization-letter"))),
              QStringList{QStringLiteral("document.scan-low-resolution")});
    EXPECT_TRUE(checked.readyToExport());
}

// Without the scan checks (a program that installed none) the core still judges the size for the mail;
// it does not pretend to know whether an image decodes.
TEST_F(ScanInspector, TheCoreAloneChecksTheSizeForTheMail)
{
    writeDamagedImage(QStringLiteral("letter.png"));
    attachLetter(QStringLiteral("letter.png"));
    EXPECT_TRUE(check(installedDocumentInspector()).problems().isEmpty());

    const Problems tooLarge =
        check([](const DocumentContent &content) { return checkDocumentSize(content, 100); }).problems();
    EXPECT_EQ(tooLarge.size(), 4) << "every document is larger than 100 bytes";
    for (const Problem &problem : tooLarge) {
        EXPECT_EQ(problem.code, QStringLiteral("document.too-large-for-mail"));
        EXPECT_EQ(problem.severity, Severity::Warning);
        EXPECT_EQ(problem.field, QStringLiteral("documents"));
    }
}

// A keystroke re-checks the application but decodes no image again: what was found is kept per
// version of the file (path, size, modification time). A new version is decoded afresh.
TEST_F(ScanInspector, AScanIsDecodedOncePerVersionOfItsFile)
{
    const QString path = writeImage(QStringLiteral("letter.png"), 1300, 1800);
    attachLetter(QStringLiteral("letter.png"));
    const DocumentInspector inspector = scanDocumentInspector();
    ASSERT_TRUE(check(inspector).problems().isEmpty());

    // Damaged in place, same size and same modification time: still the version already decoded.
    struct stat before {
    };
    ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &before), 0);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek(file.size() / 2));
        file.write(QByteArray(int(file.size() / 2), '\xFF'));
    }
    const struct timespec same[2] = {before.st_atim, before.st_mtim};
    ASSERT_EQ(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), same, 0), 0);
    EXPECT_TRUE(check(inspector).problems().isEmpty());

    // A new modification time is a new version: decoded, and found damaged.
    struct timespec later[2] = {before.st_atim, before.st_mtim};
    later[1].tv_sec += 10;
    ASSERT_EQ(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), later, 0), 0);
    EXPECT_EQ(codes(check(inspector).problems()), QStringList{QStringLiteral("document.scan-unreadable")});
}

} // namespace
