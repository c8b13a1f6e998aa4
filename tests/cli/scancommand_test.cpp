// The scan checks in `nbapply validate` and `nbapply export`, run as a user would on a machine without
// a display: a damaged scan is an error that refuses the export, a 40 × 40 pixel one a warning.
#include "processrunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using nbapply::test::binaryPath;
using nbapply::test::ProcessResult;
using nbapply::test::sourcePath;

namespace
{

// 2026-11-26: a fixed export date.
const QString kEpoch = QStringLiteral("SOURCE_DATE_EPOCH=1795680000");

// `nbapply` with no display at all: no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM.
ProcessResult runHeadless(const QStringList &arguments,
                          const QString &program = binaryPath(QStringLiteral("app/cli/nbapply")))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(kEpoch.section(u'=', 0, 0), kEpoch.section(u'=', 1));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void writePng(const QString &path, int width, int height)
{
    QImage picture(width, height, QImage::Format_RGB32);
    picture.fill(Qt::white);
    for (int y = 0; y < height; y += 5)
        for (int x = 0; x < width; ++x)
            picture.setPixel(x, y, qRgb(200, 30, 30));
    ASSERT_TRUE(picture.save(path, "PNG"));
}

// The company example in `dir`, its documents beside it; the letter of authorisation is `letter` and,
// when given, the representative's ID copy is `idCopy` (files in `dir`).
QString example(const QTemporaryDir &dir, const QString &letter, const QString &idCopy = {})
{
    QFile source(sourcePath(QStringLiteral("examples/company.nbapply.json")));
    EXPECT_TRUE(source.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(source.readAll()).object();
    QJsonArray documents;
    for (const QJsonValue value : root[QStringLiteral("documents")].toArray()) {
        QJsonObject document = value.toObject();
        const QString kind = document[QStringLiteral("kind")].toString();
        const QString relative = document[QStringLiteral("path")].toString();
        QDir().mkpath(QFileInfo(dir.filePath(relative)).path());
        QFile::copy(sourcePath(QStringLiteral("examples/")) + relative, dir.filePath(relative));
        if (kind == QStringLiteral("authorization-letter"))
            document[QStringLiteral("path")] = letter;
        else if (kind == QStringLiteral("representative-id-copy") && !idCopy.isEmpty())
            document[QStringLiteral("path")] = idCopy;
        documents << document;
    }
    root[QStringLiteral("documents")] = documents;
    const QString path = dir.filePath(QStringLiteral("company.nbapply.json"));
    QFile out(path);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    return path;
}

// A PNG whose image data stops half-way, as a scan that was never finished.
void writeDamagedPng(const QString &path)
{
    writePng(path, 1300, 1800);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.resize(file.size() / 2));
}

class ScanCommands : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        writeDamagedPng(dir.filePath(QStringLiteral("letter-damaged.png")));
        writePng(dir.filePath(QStringLiteral("id-40px.png")), 40, 40);
    }
    QTemporaryDir dir;
};

TEST_F(ScanCommands, ValidateReportsADamagedScanAsAnErrorAndACoarseOneAsAWarning)
{
    const QString draft = example(dir, QStringLiteral("letter-damaged.png"), QStringLiteral("id-40px.png"));
    const ProcessResult result = runHeadless({QStringLiteral("validate"), draft});
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << result.out.toStdString();
    EXPECT_TRUE(lines.contains(
        QStringLiteral("documents\terror\tdocument.scan-unreadable\tThe image “letter-damaged.png” of the "
                       "document “Letter of authorisation for the representative” cannot be opened "
                       "(damaged, incomplete or not an image). Scan it again, save it as PDF, JPEG or PNG "
                       "and choose it again.")))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("documents\twarning\tdocument.scan-low-resolution\t")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("“id-40px.png”")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("40 × 40 pixels")));
    EXPECT_TRUE(result.err.contains(QStringLiteral("1 error(s), 1 warning(s)"))) << result.err.toStdString();

    // The same two problems in JSON, in Chinese as well.
    const ProcessResult json = runHeadless({QStringLiteral("validate"), QStringLiteral("--json"), draft});
    EXPECT_EQ(json.exitCode, 1);
    const QJsonArray problems =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("problems")).toArray();
    ASSERT_EQ(problems.size(), 2) << json.out.toStdString();
    QStringList codes;
    for (const QJsonValue problem : problems) {
        codes << problem[QStringLiteral("code")].toString();
        EXPECT_EQ(problem[QStringLiteral("field")].toString(), QStringLiteral("documents"));
    }
    EXPECT_EQ(codes, (QStringList{QStringLiteral("document.scan-unreadable"),
                                  QStringLiteral("document.scan-low-resolution")}));
    EXPECT_TRUE(problems[0][QStringLiteral("message")][QStringLiteral("zh")].toString().contains(
        QStringLiteral("图片“letter-damaged.png”无法打开")));
}

TEST_F(ScanCommands, ExportRefusesADamagedScanInEitherLanguageAndWritesNothing)
{
    const QString draft = example(dir, QStringLiteral("letter-damaged.png"));
    const QString out = dir.filePath(QStringLiteral("out"));
    const ProcessResult english =
        runHeadless({QStringLiteral("export"), draft, QStringLiteral("--out"), out});
    EXPECT_EQ(english.exitCode, 1) << english.err.toStdString();
    EXPECT_TRUE(english.out.contains(QStringLiteral("\tdocument.scan-unreadable\t")))
        << english.out.toStdString();
    EXPECT_TRUE(english.err.contains(
        QStringLiteral("The application has errors and was not exported. Fix the problems listed first.")))
        << english.err.toStdString();
    EXPECT_TRUE(!QFileInfo::exists(out) || QDir(out).isEmpty());

    const ProcessResult chinese = runHeadless({QStringLiteral("export"), draft, QStringLiteral("--out"), out,
                                               QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    EXPECT_EQ(chinese.exitCode, 1);
    EXPECT_TRUE(chinese.out.contains(QStringLiteral("图片“letter-damaged.png”无法打开")))
        << chinese.out.toStdString();
    EXPECT_TRUE(chinese.err.contains(QStringLiteral("申请表有错误，未导出。请先改正下列问题。")))
        << chinese.err.toStdString();
    EXPECT_TRUE(!QFileInfo::exists(out) || QDir(out).isEmpty());
}

TEST_F(ScanCommands, ACoarseScanIsAWarningAndTheExportGoesAhead)
{
    const QString draft = example(dir, QStringLiteral("id-40px.png"));
    const ProcessResult validate = runHeadless({QStringLiteral("validate"), draft});
    EXPECT_EQ(validate.exitCode, 0) << validate.out.toStdString();
    EXPECT_TRUE(validate.out.contains(QStringLiteral("documents\twarning\tdocument.scan-low-resolution\t")));

    const QString out = dir.filePath(QStringLiteral("out"));
    const ProcessResult exported =
        runHeadless({QStringLiteral("export"), draft, QStringLiteral("--out"), out});
    EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.err.contains(QStringLiteral("documents\twarning\tdocument.scan-low-resolution\t")))
        << exported.err.toStdString();
    EXPECT_EQ(QDir(out).entryList(QDir::Files).size(), 2) << "the PDF and the e-mail";
}

// `nbapply` does not link Qt Gui: the scan checks are a module it loads when a draft has an image, so
// a command that meets none starts as fast as before they existed.
TEST_F(ScanCommands, TheCommandLineLoadsTheScanChecksOnlyForImages)
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {binaryPath(QStringLiteral("app/cli/nbapply"))});
    ASSERT_TRUE(ldd.waitForFinished(30000));
    const QString linked = QString::fromUtf8(ldd.readAllStandardOutput());
    ASSERT_TRUE(linked.contains(QStringLiteral("libQt6Core"))) << linked.toStdString();
    EXPECT_FALSE(linked.contains(QStringLiteral("libQt6Gui"))) << linked.toStdString();
    EXPECT_TRUE(QFileInfo::exists(binaryPath(QStringLiteral("app/cli/libnbapply-scan.so"))));
}

// Without the module (a broken installation) images are checked for their size only, and the user is
// told so once, in both languages; nothing crashes and no check is invented.
TEST_F(ScanCommands, WithoutTheScanModuleTheUserIsToldImagesWereNotChecked)
{
    QTemporaryDir bin;
    ASSERT_TRUE(bin.isValid());
    const QString alone = bin.filePath(QStringLiteral("nbapply"));
    ASSERT_TRUE(QFile::copy(binaryPath(QStringLiteral("app/cli/nbapply")), alone));
    const QString draft = example(dir, QStringLiteral("letter-damaged.png"), QStringLiteral("id-40px.png"));
    const ProcessResult result = runHeadless({QStringLiteral("validate"), draft}, alone);
    EXPECT_EQ(result.exitCode, 0) << result.out.toStdString() << result.err.toStdString();
    EXPECT_FALSE(result.out.contains(QStringLiteral("document.scan-")));
    EXPECT_EQ(result.err.count(QStringLiteral("libnbapply-scan.so")), 2) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("checked for their size only")));
    EXPECT_TRUE(result.err.contains(QStringLiteral("只检查了大小")));
}

} // namespace
