// `nbapply export` and the command line against a hostile folder: planted links, taken names, a full
// disk, file names that are not UTF-8, unknown subcommands.
#include "../core/validation/qstringprinter.h"
#include "processrunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using nbapply::test::binaryPath;
using nbapply::test::ProcessResult;
using nbapply::test::runNbapply;
using nbapply::test::sourcePath;

namespace
{

// 2026-11-26: the example's export base name is fixed by it.
const QString kEpoch = QStringLiteral("SOURCE_DATE_EPOCH=1795680000");
const QString kBase = QStringLiteral("北京南山智能科技有限公司-2026-11-26");

// The company example and its documents, copied into `dir` (documents must lie in the draft's folder).
QString copiedExample(const QTemporaryDir &dir, const QString &documentPathOverride = {})
{
    QFile source(sourcePath(QStringLiteral("examples/company.nbapply.json")));
    EXPECT_TRUE(source.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(source.readAll()).object();
    QJsonArray documents = root[QStringLiteral("documents")].toArray();
    for (const QJsonValue value : documents) {
        const QString relative = value.toObject()[QStringLiteral("path")].toString();
        QDir().mkpath(QFileInfo(dir.filePath(relative)).path());
        QFile::copy(sourcePath(QStringLiteral("examples/")) + relative, dir.filePath(relative));
    }
    // With an override, the only document is the one under test (the others are merely missing: warnings).
    if (!documentPathOverride.isEmpty()) {
        QJsonObject only = documents.first().toObject();
        only[QStringLiteral("path")] = documentPathOverride;
        root[QStringLiteral("documents")] = QJsonArray{only};
    }
    const QString path = dir.filePath(QStringLiteral("company.nbapply.json"));
    QFile out(path);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    return path;
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs a shell script with $NBAPPLY set, for what QProcess cannot express (raw bytes, namespaces).
ProcessResult runShell(const QString &script)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NBAPPLY"), binaryPath(QStringLiteral("app/cli/nbapply")));
    env.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1795680000"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    process.waitForFinished(120000);
    return ProcessResult{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                         QString::fromUtf8(process.readAllStandardOutput()),
                         QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST(ExportSafety, ExistingOutputsAreReplacedOnlyWithForce)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString draft = copiedExample(dir);
    const QString out = dir.filePath(QStringLiteral("out"));
    const auto first = runNbapply({"export", draft, "--out", out}, {kEpoch});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const QString pdf = QDir(out).filePath(kBase + QStringLiteral(".pdf"));
    const QString eml = QDir(out).filePath(kBase + QStringLiteral(".eml"));
    QFile::remove(pdf);
    QFile stale(pdf);
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    stale.write("the user's own file");
    stale.close();
    const QByteArray emlBefore = contentOf(eml);

    const auto again = runNbapply({"export", draft, "--out", out}, {kEpoch});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(pdf)) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(eml));
    EXPECT_TRUE(again.err.contains(QStringLiteral("--force")));
    EXPECT_EQ(contentOf(pdf), QByteArray("the user's own file"));
    EXPECT_EQ(contentOf(eml), emlBefore);

    const auto forced = runNbapply({"export", draft, "--out", out, "--force"}, {kEpoch});
    EXPECT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    EXPECT_TRUE(contentOf(pdf).startsWith("%PDF-"));
}

TEST(ExportSafety, ALinkPlantedAtAnOutputNameIsNeverWrittenThrough)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString draft = copiedExample(dir);
    const QString out = dir.filePath(QStringLiteral("shared"));
    QDir().mkpath(out);
    const QString victim = dir.filePath(QStringLiteral("victim.txt"));
    QFile file(victim);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("someone else's file");
    file.close();
    const auto mode =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    ASSERT_TRUE(QFile::setPermissions(victim, mode));
    const QFileDevice::Permissions before = QFile::permissions(victim);
    const QString link = QDir(out).filePath(kBase + QStringLiteral(".eml"));
    ASSERT_TRUE(QFile::link(victim, link));

    const auto plain = runNbapply({"export", draft, "--out", out}, {kEpoch});
    EXPECT_EQ(plain.exitCode, 2);
    EXPECT_TRUE(plain.err.contains(link)) << plain.err.toStdString();
    // Even told to replace files, nbapply never writes the link's target.
    const auto forced = runNbapply({"export", draft, "--out", out, "--force"}, {kEpoch});
    EXPECT_EQ(forced.exitCode, 2) << forced.err.toStdString();
    EXPECT_TRUE(forced.err.contains(QStringLiteral("symbolic link"))) << forced.err.toStdString();
    EXPECT_EQ(contentOf(victim), QByteArray("someone else's file"));
    EXPECT_EQ(QFile::permissions(victim), before);
    EXPECT_TRUE(QFileInfo(link).isSymLink());
}

TEST(ExportSafety, AFullDiskNamesTheCauseAndLeavesNoHalfWrittenEmail)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString draft = copiedExample(dir);
    const QString out = dir.filePath(QStringLiteral("small"));
    QDir().mkpath(out);
    // A 96 KiB file system: the PDF (~60 KB) fits, the e-mail that carries it and four documents does not.
    const auto run =
        runShell(QStringLiteral("unshare -rm sh -c 'mount -t tmpfs -o size=96k tmpfs \"$0\" || exit 77; "
                                "\"$NBAPPLY\" export \"$1\" --out \"$0\"; echo \"rc=$?\"; ls -A \"$0\"' "
                                "'%1' '%2'")
                     .arg(out, draft));
    if (run.exitCode == 77 || run.err.contains(QStringLiteral("unshare")))
        GTEST_SKIP() << "no user and mount namespaces here: " << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("rc=2"))) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("No space left on device"))) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("Unknown error")));
    EXPECT_FALSE(run.out.contains(QStringLiteral(".eml"))) << run.out.toStdString();
    const auto zh =
        runShell(QStringLiteral("unshare -rm sh -c 'mount -t tmpfs -o size=96k tmpfs \"$0\" || exit 77; "
                                "\"$NBAPPLY\" export --lang zh_CN \"$1\" --out \"$0\"' '%1' '%2'")
                     .arg(out, draft));
    EXPECT_TRUE(zh.err.contains(QStringLiteral("磁盘空间不足"))) << zh.err.toStdString();
}

TEST(CommandLineSafety, AnUnknownSubcommandOrMissingFileExitsTwoAndNeverStartsTheWizard)
{
    const auto diff = runNbapply({"nosuchcommand", "a.json", "b.json"});
    EXPECT_EQ(diff.exitCode, 2);
    EXPECT_TRUE(
        diff.err.contains(QStringLiteral("'nosuchcommand' is neither a subcommand nor an existing file")))
        << diff.err.toStdString();
    const auto missing = runNbapply({"/nonexistent/draft.nbapply.json"});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("--help")));
}

TEST(CommandLineSafety, ArgumentsThatAreNotUtf8AreRefusedNotMangled)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString draft = copiedExample(dir);
    // An --out folder named in GBK: Qt would read it as "out\uFFFD" and write there instead.
    const auto run =
        runShell(QStringLiteral("cd '%1' && \"$NBAPPLY\" export '%2' --out \"$(printf 'out\\326\\320')\"")
                     .arg(dir.path(), draft));
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("not valid UTF-8"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("out\\xd6\\xd0"))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("out\uFFFD\uFFFD"))));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("out\uFFFD"))));
}

TEST(CommandLineSafety, ValidateRefusesWhatExportRefuses)
{
    for (const QString &path :
         {QStringLiteral("/proc/self/status"), QStringLiteral("/etc/passwd"),
          QStringLiteral("documents/scan\tlicence.pdf"), QStringLiteral("documents/licence\u202Efdp.exe")}) {
        QTemporaryDir dir;
        ASSERT_TRUE(dir.isValid());
        const QString draft = copiedExample(dir, path);
        if (!path.startsWith(u'/'))
            QFile::copy(sourcePath(QStringLiteral("examples/documents/授权委托书.pdf")), dir.filePath(path));
        const auto validate = runNbapply({"validate", draft});
        EXPECT_EQ(validate.exitCode, 1) << path.toStdString() << validate.out.toStdString();
        const auto exported =
            runNbapply({"export", draft, "--out", dir.filePath(QStringLiteral("out"))}, {kEpoch});
        EXPECT_EQ(exported.exitCode, 1) << path.toStdString() << exported.err.toStdString();
        EXPECT_FALSE(
            QFileInfo::exists(dir.filePath(QStringLiteral("out/") + kBase + QStringLiteral(".eml"))));
    }
}

// A warning reads the same whichever command printed it: export's warning lines (on stderr, as stdout
// lists the files written) are validate's lines, so one script can read both.
TEST(CommandLineOutput, ExportPrintsItsWarningsInValidatesColumns)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // Only the first document is attached: the others are missing, which is a warning.
    const QString draft = copiedExample(dir, QStringLiteral("documents/licence.pdf"));
    QFile::copy(sourcePath(QStringLiteral("examples/documents/授权委托书.pdf")),
                dir.filePath(QStringLiteral("documents/licence.pdf")));
    const auto validate = runNbapply({"validate", draft});
    ASSERT_EQ(validate.exitCode, 0) << validate.out.toStdString();
    const QStringList validateLines = validate.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_FALSE(validateLines.isEmpty());
    EXPECT_TRUE(validateLines.first().startsWith(QStringLiteral("documents\twarning\t")))
        << validateLines.first().toStdString();

    const auto exported =
        runNbapply({"export", draft, "--out", dir.filePath(QStringLiteral("out"))}, {kEpoch});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    for (const QString &line : validateLines)
        EXPECT_TRUE(exported.err.contains(line + u'\n')) << line.toStdString();
}

// "--out -" is not standard output: export and package refuse it (exit 2, a message in the chosen
// language) instead of creating a folder or a file named "-".
TEST(ExportSafety, OutDashIsRefusedNotAFolderNamedDash)
{
    QTemporaryDir work;
    ASSERT_TRUE(work.isValid());
    const QString draft = sourcePath(QStringLiteral("examples/company.nbapply.json"));
    for (const char *command : {"export", "package"}) {
        const auto english = runNbapply({command, draft, "--out", "-"}, {kEpoch}, {}, work.path());
        EXPECT_EQ(english.exitCode, 2) << command;
        EXPECT_TRUE(english.err.contains(QStringLiteral("--out needs"))) << english.err.toStdString();
        const auto chinese =
            runNbapply({command, "--lang", "zh_CN", draft, "--out", "-"}, {kEpoch}, {}, work.path());
        EXPECT_EQ(chinese.exitCode, 2) << command;
        EXPECT_TRUE(chinese.err.contains(QStringLiteral("不能是“-”"))) << chinese.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(work.filePath(QStringLiteral("-")))) << command;
    }
}
