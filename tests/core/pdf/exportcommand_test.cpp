// `nbapply export` as a user runs it: the built executable, its output and exit codes.
#include "pdftools.h"
#include "testdrafts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    // The size of what the e-mail carries: the PDF and the four documents, a few KB, no warning.
    const QStringList documentNames = {
        QStringLiteral("营业执照（加盖公章）.pdf"), QStringLiteral("法定代表人身份证复印件（加盖公章）.pdf"),
        QStringLiteral("授权委托书（加盖公章）.pdf"), QStringLiteral("授权代表身份证复印件（加盖公章）.pdf")};
    qint64 attached = QFileInfo(lines.at(0)).size();
    for (const QString &name : documentNames)
        attached += QFileInfo(sourcePath(QStringLiteral("examples/documents/") + name)).size();
    const QString size = QString::number(double(attached) / 1024.0, 'f', 1) + QStringLiteral(" KB");
    EXPECT_TRUE(run.err.contains(QStringLiteral("attachments: ") + size + QStringLiteral(" total\n")))
        << size.toStdString() << "\n"
        << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("mail.attachments-too-large")));

    // The PDF alone is enough: validate and export it again, into the same bytes. Its documents are
    // named by file name only, so they go next to it as they would when the user sends the folder.
    const QDir documents(sourcePath(QStringLiteral("examples/documents")));
    for (const QString &name : documents.entryList(QDir::Files))
        QFile::copy(documents.filePath(name), QDir(dir.path()).filePath(name));
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

TEST(ExportCommand, AttachmentsAboveTheMailboxLimitAreSizedAndTheWarningSaysWhatToDo)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile source(sourcePath(QStringLiteral("examples/company.nbapply.json")));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(source.readAll()).object();
    QJsonArray documents = root.value(QStringLiteral("documents")).toArray();
    qint64 exampleBytes = 0;
    // Documents must lie in the draft's folder: copy them next to the draft, paths unchanged.
    for (auto &&value : documents) {
        const QString relative = value.toObject().value(QStringLiteral("path")).toString();
        const QString copy = QDir(dir.path()).filePath(relative);
        QDir().mkpath(QFileInfo(copy).path());
        ASSERT_TRUE(QFile::copy(sourcePath(QStringLiteral("examples/")) + relative, copy));
        exampleBytes += QFileInfo(copy).size();
    }
    // A 52 MB scan (sparse: costs no disk) takes the message past 126.com's ~50 MB.
    QFile big(QDir(dir.path()).filePath(QStringLiteral("扫描件.pdf")));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    big.write("%PDF-1.4\n");
    ASSERT_TRUE(big.resize(52 * 1024 * 1024));
    big.close();
    documents.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("other")},
                                 {QStringLiteral("path"), big.fileName()}});
    root[QStringLiteral("documents")] = documents;
    const QString draftPath =
        writeTemp(dir.path(), QStringLiteral("big.nbapply.json"), QJsonDocument(root).toJson());

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const QString out = QDir(dir.path()).filePath(QStringLiteral("out-") + language);
        const ToolRun run = nbapply({QStringLiteral("export"), draftPath, QStringLiteral("--out"), out,
                                     QStringLiteral("--lang"), language});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        ASSERT_EQ(lines.size(), 2) << run.out.toStdString();
        const qint64 attached = QFileInfo(lines.at(0)).size() + big.size() + exampleBytes;
        QStringList err = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QString size =
            QString::number(double(attached) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
        // First the check's own warning for the file (as `validate` and the Documents page give it), then
        // the size of the message and the e-mail's warning for the whole.
        ASSERT_EQ(err.size(), 3) << run.err.toStdString();
        EXPECT_TRUE(err.at(0).startsWith(QStringLiteral("documents\twarning\tdocument.too-large-for-mail\t")))
            << err.at(0).toStdString();
        EXPECT_TRUE(err.at(0).contains(QStringLiteral("“扫描件.pdf”"))) << err.at(0).toStdString();
        err.removeFirst();
        const QStringList warning = err.at(1).split(QLatin1Char('\t'));
        ASSERT_EQ(warning.size(), 4) << err.at(1).toStdString();
        EXPECT_EQ(warning.at(0), QStringLiteral("documents")); // validate's columns
        EXPECT_EQ(warning.at(1), QStringLiteral("warning"));
        EXPECT_EQ(warning.at(2), QStringLiteral("mail.attachments-too-large"));
        EXPECT_TRUE(warning.at(3).contains(QStringLiteral("扫描件.pdf (52.0 MB)")))
            << err.at(1).toStdString();
        if (language == u"en") {
            EXPECT_EQ(err.at(0), QStringLiteral("attachments: ") + size + QStringLiteral(" total"));
            EXPECT_TRUE(warning.at(3).contains(QStringLiteral("Send the largest files")));
            EXPECT_TRUE(warning.at(3).contains(QStringLiteral("file-sharing link")));
        } else {
            EXPECT_EQ(err.at(0), QStringLiteral("附件共 ") + size);
            EXPECT_TRUE(warning.at(3).contains(QStringLiteral("另用一封邮件发送")));
        }
    }
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

TEST(ExportCommand, LetterWritesTheLetterOfAuthorisationBesideTheApplication)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const ToolRun run =
        nbapply({QStringLiteral("export"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                 QStringLiteral("--pdf-only"), QStringLiteral("--letter"), QStringLiteral("--letter-until"),
                 QStringLiteral("2027-11-25"), sourcePath(QStringLiteral("examples/company.nbapply.json")),
                 QStringLiteral("--out"), dir.path()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 2) << run.out.toStdString();
    EXPECT_EQ(
        lines.at(1),
        QDir(dir.path()).filePath(QStringLiteral("北京南山智能科技有限公司-2026-11-26-授权委托书.pdf")));
    const QString text = withoutWhitespace(pdfToText(lines.at(1)).out);
    EXPECT_TRUE(text.contains(QStringLiteral("北京南山智能科技有限公司")));
    EXPECT_TRUE(text.contains(QStringLiteral("自2026-11-26起至2027-11-25止。")));

    // The letter is an output like the others: not replaced without --force.
    QFile::remove(lines.at(0));
    const ToolRun again = nbapply(
        {QStringLiteral("export"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
         QStringLiteral("--pdf-only"), QStringLiteral("--letter"),
         sourcePath(QStringLiteral("examples/company.nbapply.json")), QStringLiteral("--out"), dir.path()});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(QStringLiteral("-授权委托书.pdf"))) << again.err.toStdString();
    EXPECT_FALSE(QFile::exists(lines.at(0)));

    // In English (here LANG=C.UTF-8) the letter's file name is English after the applicant's name.
    QTemporaryDir english;
    const ToolRun inEnglish =
        nbapply({QStringLiteral("export"), QStringLiteral("--pdf-only"), QStringLiteral("--letter"),
                 sourcePath(QStringLiteral("examples/company.nbapply.json")), QStringLiteral("--out"),
                 english.path()});
    ASSERT_EQ(inEnglish.exitCode, 0) << inEnglish.err.toStdString();
    EXPECT_EQ(
        inEnglish.out.trimmed().split(QLatin1Char('\n')).value(1),
        QDir(english.path())
            .filePath(QStringLiteral("北京南山智能科技有限公司-2026-11-26-letter-of-authorisation.pdf")));
}

TEST(ExportCommand, ALetterPeriodThatEndsBeforeItStartsWritesNothing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const ToolRun run =
        nbapply({QStringLiteral("export"), QStringLiteral("--letter"), QStringLiteral("--letter-until"),
                 QStringLiteral("2026-11-01"), sourcePath(QStringLiteral("examples/company.nbapply.json")),
                 QStringLiteral("--out"), dir.path()});
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("ends before it starts")));
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
    const ToolRun bad = nbapply(
        {QStringLiteral("export"), QStringLiteral("--letter-until"), QStringLiteral("soon"),
         sourcePath(QStringLiteral("examples/company.nbapply.json")), QStringLiteral("--out"), dir.path()});
    EXPECT_EQ(bad.exitCode, 2);
}

} // namespace
