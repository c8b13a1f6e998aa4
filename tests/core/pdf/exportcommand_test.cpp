// `nbapply export` as a user runs it: the built executable, its output and exit codes.
#include "pdftools.h"
#include "testdrafts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nbapply::test;

namespace
{

ToolRun nbapply(const QStringList &arguments, const QString &epoch = QStringLiteral("1795680000"))
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SOURCE_DATE_EPOCH"), epoch);
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(binaryPath(QStringLiteral("app/cli/nbapply")), arguments);
    ToolRun run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

TEST(ExportCommand, WritesThePdfAndTheEmailAndPrintsTheirPaths)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const ToolRun run =
        nbapply({QStringLiteral("export"), sourcePath(QStringLiteral("examples/company.nbapply.json")),
                 QStringLiteral("--out"), dir.path()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 2) << run.out.toStdString();
    EXPECT_TRUE(lines.at(0).endsWith(QStringLiteral("/北京南山智能科技有限公司-2026-11-26.pdf")));
    EXPECT_TRUE(lines.at(1).endsWith(QStringLiteral("/北京南山智能科技有限公司-2026-11-26.eml")));
    EXPECT_TRUE(QFile::exists(lines.at(0)));
    EXPECT_TRUE(QFile::exists(lines.at(1)));

    // The PDF alone is enough: validate and export it again, into the same bytes. Its document paths
    // are relative, so the documents go next to it as they would when the user sends the folder.
    QDir(dir.path()).mkdir(QStringLiteral("documents"));
    const QDir documents(sourcePath(QStringLiteral("examples/documents")));
    for (const QString &name : documents.entryList(QDir::Files))
        QFile::copy(documents.filePath(name), QDir(dir.path()).filePath(QStringLiteral("documents/") + name));
    const ToolRun validate = nbapply({QStringLiteral("validate"), lines.at(0)});
    EXPECT_EQ(validate.exitCode, 0) << validate.out.toStdString() << validate.err.toStdString();
    QTemporaryDir again;
    const ToolRun reexport = nbapply({QStringLiteral("export"), lines.at(0), QStringLiteral("--out"),
                                      again.path(), QStringLiteral("--pdf-only")});
    ASSERT_EQ(reexport.exitCode, 0) << reexport.err.toStdString();
    QFile first(lines.at(0));
    QFile second(reexport.out.trimmed());
    ASSERT_TRUE(first.open(QIODevice::ReadOnly) && second.open(QIODevice::ReadOnly));
    EXPECT_EQ(first.readAll(), second.readAll());
}

TEST(ExportCommand, ADraftWithErrorsExitsOneAndListsTheProblems)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile source(sourcePath(QStringLiteral("examples/individual.nbapply.json")));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    QByteArray json = source.readAll();
    json.replace("\"王芳\"", "\"\"");
    const QString draftPath = writeTemp(dir.path(), QStringLiteral("bad.nbapply.json"), json);
    const QString out = QDir(dir.path()).filePath(QStringLiteral("out"));
    const ToolRun run = nbapply({QStringLiteral("export"), draftPath, QStringLiteral("--out"), out});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains(QStringLiteral("applicant.name"))) << run.out.toStdString();
    EXPECT_TRUE(QDir(out).entryList(QDir::Files).isEmpty());
}

TEST(ExportCommand, UnreadableInputExitsTwo)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString garbage =
        writeTemp(dir.path(), QStringLiteral("garbage.pdf"), QByteArray("%PDF-1.4\nnot really"));
    for (const QString &input : {QDir(dir.path()).filePath(QStringLiteral("missing.json")), garbage}) {
        const ToolRun run = nbapply({QStringLiteral("export"), input, QStringLiteral("--out"), dir.path()});
        EXPECT_EQ(run.exitCode, 2) << input.toStdString();
        EXPECT_FALSE(run.err.isEmpty());
    }
}

TEST(ExportCommand, MissingOutIsAUsageError)
{
    const ToolRun run =
        nbapply({QStringLiteral("export"), sourcePath(QStringLiteral("examples/company.nbapply.json"))});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--out")));
}

} // namespace
