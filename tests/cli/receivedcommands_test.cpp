// validate, export, package and diff on what a reviewer receives, run as a user would.
#include "processrunner.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using nbapply::test::runNbapply;
using nbapply::test::sourcePath;

namespace
{

const QStringList kFixedClock{QStringLiteral("SOURCE_DATE_EPOCH=1795680000")};

QString example()
{
    return sourcePath(QStringLiteral("examples/company.nbapply.json"));
}

// Exports the company example into `folder` and returns {pdf, eml}.
QStringList exportExample(const QString &folder)
{
    const auto run =
        runNbapply({QStringLiteral("export"), example(), QStringLiteral("--out"), folder}, kFixedClock);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return run.out.trimmed().split(u'\n');
}

// Moves `file` alone into a fresh folder of `dir` ("another machine").
QString alone(const QTemporaryDir &dir, const QString &file, const QString &name)
{
    QDir(dir.path()).mkpath(name);
    const QString target = dir.filePath(name + u'/' + QFileInfo(file).fileName());
    EXPECT_TRUE(QFile::copy(file, target));
    return target;
}

TEST(ReceivedCommands, ValidateOfAPdfAloneExitsZeroWithNotices)
{
    QTemporaryDir dir;
    const QString pdf =
        alone(dir, exportExample(dir.filePath(QStringLiteral("sender"))).at(0), QStringLiteral("r"));
    const auto run = runNbapply({QStringLiteral("validate"), pdf});
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_EQ(run.out.count(QStringLiteral("\tnotice\tdocument.not-enclosed\t")), 4) << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("0 error(s), 0 warning(s), 4 notice(s)")))
        << run.err.toStdString();
}

TEST(ReceivedCommands, ValidateOfTheEmailFindsEverything)
{
    QTemporaryDir dir;
    const QString eml =
        alone(dir, exportExample(dir.filePath(QStringLiteral("sender"))).at(1), QStringLiteral("r"));
    const auto run = runNbapply({QStringLiteral("validate"), eml});
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
}

TEST(ReceivedCommands, TheEmailAloneExportsTheSameApplicationAgain)
{
    QTemporaryDir dir;
    const QStringList sent = exportExample(dir.filePath(QStringLiteral("sender")));
    const QString eml = alone(dir, sent.at(1), QStringLiteral("r"));
    const auto run = runNbapply(
        {QStringLiteral("export"), eml, QStringLiteral("--out"), dir.filePath(QStringLiteral("again"))},
        kFixedClock);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList again = run.out.trimmed().split(u'\n');
    for (int i = 0; i < 2; ++i) {
        QFile a(sent.at(i));
        QFile b(again.at(i));
        ASSERT_TRUE(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        EXPECT_EQ(a.readAll(), b.readAll()) << again.at(i).toStdString();
    }
}

TEST(ReceivedCommands, ExportFromAPdfAloneNamesTheDocumentsItNeeds)
{
    QTemporaryDir dir;
    const QString pdf =
        alone(dir, exportExample(dir.filePath(QStringLiteral("sender"))).at(0), QStringLiteral("r"));
    const QString out = dir.filePath(QStringLiteral("out"));
    const auto run = runNbapply({QStringLiteral("export"), pdf, QStringLiteral("--out"), out}, kFixedClock);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("营业执照（加盖公章）.pdf"))) << run.err.toStdString();
    EXPECT_EQ(run.err.count(QStringLiteral("needed\t")), 4) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST(ReceivedCommands, ThePackageCarriesTheApplicationToAnotherFolder)
{
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("app.nbapply.zip"));
    const auto written = runNbapply({QStringLiteral("package"), example(), QStringLiteral("--out"), package});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    EXPECT_EQ(written.out.trimmed(), package);
    const QString received = alone(dir, package, QStringLiteral("r"));
    const auto validate = runNbapply({QStringLiteral("validate"), received});
    EXPECT_EQ(validate.exitCode, 0) << validate.out.toStdString() << validate.err.toStdString();
    EXPECT_TRUE(validate.out.isEmpty()) << validate.out.toStdString();
    // The package exports like the draft itself: the same PDF bytes.
    const auto fromPackage = runNbapply(
        {QStringLiteral("export"), received, QStringLiteral("--out"), dir.filePath(QStringLiteral("a"))},
        kFixedClock);
    ASSERT_EQ(fromPackage.exitCode, 0) << fromPackage.err.toStdString();
    const QStringList fromDraft = exportExample(dir.filePath(QStringLiteral("b")));
    QFile a(fromPackage.out.split(u'\n').first());
    QFile b(fromDraft.first());
    ASSERT_TRUE(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    EXPECT_EQ(a.readAll(), b.readAll());
}

TEST(ReceivedCommands, DiffExitCodesTextAndJson)
{
    QTemporaryDir dir;
    const QStringList exported = exportExample(dir.filePath(QStringLiteral("sender")));
    // A draft and its own export are the same.
    for (const QString &file : exported) {
        const auto same = runNbapply({QStringLiteral("diff"), example(), file});
        EXPECT_EQ(same.exitCode, 0) << same.out.toStdString() << same.err.toStdString();
        EXPECT_TRUE(same.out.isEmpty());
    }

    QFile source(example());
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(source.readAll()).object();
    QJsonObject plan = root.value(QStringLiteral("plan")).toObject();
    const QString oldDuration = plan.value(QStringLiteral("duration")).toString();
    plan[QStringLiteral("duration")] = QStringLiteral("两年。");
    root[QStringLiteral("plan")] = plan;
    // The documents beside the edited draft, in its folder: diff reads no file outside it.
    QDir(dir.path()).mkpath(QStringLiteral("documents"));
    for (const auto &value : root.value(QStringLiteral("documents")).toArray()) {
        const QString document = value.toObject().value(QStringLiteral("path")).toString();
        ASSERT_TRUE(QFile::copy(sourcePath(QStringLiteral("examples/")) + document, dir.filePath(document)));
    }
    const QString edited = dir.filePath(QStringLiteral("edited.nbapply.json"));
    QFile out(edited);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    out.close();

    const auto text = runNbapply({QStringLiteral("diff"), exported.at(0), edited});
    EXPECT_EQ(text.exitCode, 1) << text.err.toStdString();
    EXPECT_EQ(text.out, QStringLiteral("plan.duration\t") + oldDuration + QStringLiteral("\t两年。\n"));

    const auto json = runNbapply({QStringLiteral("diff"), QStringLiteral("--json"), exported.at(1), edited});
    EXPECT_EQ(json.exitCode, 1);
    const QJsonArray changes = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(changes.size(), 1) << json.out.toStdString();
    EXPECT_EQ(changes[0].toObject(), (QJsonObject{{QStringLiteral("field"), QStringLiteral("plan.duration")},
                                                  {QStringLiteral("old"), oldDuration},
                                                  {QStringLiteral("new"), QStringLiteral("两年。")}}));

    const auto unreadable =
        runNbapply({QStringLiteral("diff"), example(), dir.filePath(QStringLiteral("missing"))});
    EXPECT_EQ(unreadable.exitCode, 2);
    EXPECT_EQ(runNbapply({QStringLiteral("diff"), example()}).exitCode, 2);
}

// A draft naming a file outside its folder as a document: `diff` refuses it as `validate` does, quickly
// (hashing /proc/self/pagemap never ends), and prints nothing of the file (the old diff printed the
// start of /etc/shadow's SHA-256) nor of the other version.
TEST(ReceivedCommands, DiffRefusesADocumentOutsideTheDraftsFolder)
{
    QTemporaryDir dir;
    QFile source(example());
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    const QJsonObject original = QJsonDocument::fromJson(source.readAll()).object();
    for (const QString &target : {QStringLiteral("/etc/shadow"), QStringLiteral("/proc/self/pagemap")}) {
        QJsonObject root = original;
        QJsonArray documents = root.value(QStringLiteral("documents")).toArray();
        QJsonObject first = documents.at(0).toObject();
        first[QStringLiteral("path")] = target;
        documents[0] = first;
        root[QStringLiteral("documents")] = documents;
        const QString hostile = dir.filePath(QStringLiteral("hostile.nbapply.json"));
        QFile out(hostile);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(root).toJson());
        out.close();
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("diff"), example(), hostile},
              QStringList{QStringLiteral("diff"), QStringLiteral("--json"), hostile, example()},
              QStringList{QStringLiteral("diff"), QStringLiteral("--lang"), QStringLiteral("zh_CN"), hostile,
                          example()}}) {
            const auto run = runNbapply(arguments);
            EXPECT_EQ(run.exitCode, 2) << target.toStdString() << run.err.toStdString();
            EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
            EXPECT_TRUE(run.err.contains(QStringLiteral("document.outside-folder"))) << run.err.toStdString();
            EXPECT_FALSE(run.err.contains(QStringLiteral("SHA-256"))) << run.err.toStdString();
        }
        // The same verdict as validate's.
        const auto validate = runNbapply({QStringLiteral("validate"), hostile});
        EXPECT_EQ(validate.exitCode, 1);
        EXPECT_TRUE(validate.out.contains(QStringLiteral("document.outside-folder")))
            << validate.out.toStdString();
    }
}

// As `export`: a file at the package's name — an earlier package, something planted, a link that leads
// nowhere — is not replaced without --force, and the message names it.
TEST(ReceivedCommands, PackageReplacesAnExistingFileOnlyWithForce)
{
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("app.nbapply.zip"));
    QFile precious(package);
    ASSERT_TRUE(precious.open(QIODevice::WriteOnly));
    precious.write("precious");
    precious.close();
    const auto refused = runNbapply({QStringLiteral("package"), example(), QStringLiteral("--out"), package});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.out.isEmpty());
    EXPECT_TRUE(refused.err.contains(package)) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--force"))) << refused.err.toStdString();
    ASSERT_TRUE(precious.open(QIODevice::ReadOnly));
    EXPECT_EQ(precious.readAll(), QByteArray("precious"));
    precious.close();

    const QString link = dir.filePath(QStringLiteral("link.nbapply.zip"));
    ASSERT_TRUE(QFile::link(dir.filePath(QStringLiteral("nowhere")), link));
    EXPECT_EQ(runNbapply({QStringLiteral("package"), example(), QStringLiteral("--out"), link}).exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("nowhere"))));

    // Into a folder: the planned name is checked as well.
    const QString folder = dir.filePath(QStringLiteral("folder"));
    QDir(dir.path()).mkpath(QStringLiteral("folder"));
    const auto first =
        runNbapply({QStringLiteral("package"), example(), QStringLiteral("--out"), folder}, kFixedClock);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const auto again =
        runNbapply({QStringLiteral("package"), example(), QStringLiteral("--out"), folder}, kFixedClock);
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(first.out.trimmed())) << again.err.toStdString();

    const auto forced = runNbapply(
        {QStringLiteral("package"), QStringLiteral("--force"), example(), QStringLiteral("--out"), package});
    ASSERT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    ASSERT_TRUE(precious.open(QIODevice::ReadOnly));
    EXPECT_TRUE(precious.readAll().startsWith("PK"));
}

// A document marked not applicable is part of the application: the mark coming, going or changing
// its reason is a line of `diff`, in the language asked for.
TEST(ReceivedCommands, DiffListsNotApplicableMarks)
{
    QTemporaryDir dir;
    QFile source(sourcePath(QStringLiteral("examples/hong-kong-company.nbapply.json")));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(source.readAll()).object();
    // The documents beside the drafts, in their folder: diff reads no file outside it.
    const QJsonArray documents = root.value(QStringLiteral("documents")).toArray();
    QDir(dir.path()).mkpath(QStringLiteral("documents"));
    for (const QJsonValue &value : documents) {
        const QString document = value.toObject().value(QStringLiteral("path")).toString();
        ASSERT_TRUE(QFile::copy(sourcePath(QStringLiteral("examples/")) + document, dir.filePath(document)));
    }
    // Writes the example with `extra` appended to its documents.
    auto write = [&](const QString &name, const QJsonArray &extra) {
        QJsonObject draft = root;
        QJsonArray all = documents;
        for (const QJsonValue &value : extra)
            all.append(value);
        draft[QStringLiteral("documents")] = all;
        QFile out(dir.filePath(name));
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(draft).toJson());
        return out.fileName();
    };
    auto mark = [](const QString &reason) {
        return QJsonArray{
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("legal-representative-id-copy")},
                        {QStringLiteral("notApplicable"), true},
                        {QStringLiteral("reason"), reason}}};
    };
    const QString none = write(QStringLiteral("none.nbapply.json"), {});
    const QString marked =
        write(QStringLiteral("marked.nbapply.json"), mark(QStringLiteral("No such office")));
    const QString reworded =
        write(QStringLiteral("reworded.nbapply.json"), mark(QStringLiteral("香港公司没有法定代表人")));
    const QString line = QStringLiteral("documents.legal-representative-id-copy\t");

    const auto added = runNbapply({QStringLiteral("diff"), none, marked});
    EXPECT_EQ(added.exitCode, 1) << added.err.toStdString();
    EXPECT_EQ(added.out, line + QStringLiteral("\tnot applicable: No such office\n"));
    const auto addedZh =
        runNbapply({QStringLiteral("diff"), QStringLiteral("--lang"), QStringLiteral("zh_CN"), none, marked});
    EXPECT_EQ(addedZh.exitCode, 1);
    EXPECT_EQ(addedZh.out, line + QStringLiteral("\t不适用：No such office\n"));
    EXPECT_TRUE(addedZh.err.contains(QStringLiteral("1 处不同"))) << addedZh.err.toStdString();

    const auto removed = runNbapply({QStringLiteral("diff"), marked, none});
    EXPECT_EQ(removed.exitCode, 1);
    EXPECT_EQ(removed.out, line + QStringLiteral("not applicable: No such office\t\n"));

    const auto changed = runNbapply({QStringLiteral("diff"), QStringLiteral("--json"), marked, reworded});
    EXPECT_EQ(changed.exitCode, 1);
    const QJsonArray changes = QJsonDocument::fromJson(changed.out.toUtf8()).array();
    ASSERT_EQ(changes.size(), 1) << changed.out.toStdString();
    EXPECT_EQ(
        changes[0].toObject(),
        (QJsonObject{{QStringLiteral("field"), QStringLiteral("documents.legal-representative-id-copy")},
                     {QStringLiteral("old"), QStringLiteral("not applicable: No such office")},
                     {QStringLiteral("new"), QStringLiteral("not applicable: 香港公司没有法定代表人")}}));

    EXPECT_EQ(runNbapply({QStringLiteral("diff"), reworded, reworded}).exitCode, 0);
}

TEST(ReceivedCommands, ValidateRefusesAPdfWhoseDataDiffersFromItsPages)
{
    QTemporaryDir dir;
    const QString pdf = exportExample(dir.filePath(QStringLiteral("sender"))).at(0);
    // The embedded draft replaced with another applicant's, the pages untouched (qpdf's own tool).
    QFile source(example());
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(source.readAll()).object();
    QJsonObject applicant = root.value(QStringLiteral("applicant")).toObject();
    applicant[QStringLiteral("name")] = QStringLiteral("另一家公司有限公司");
    root[QStringLiteral("applicant")] = applicant;
    const QString other = dir.filePath(QStringLiteral("nbapply-draft.json"));
    QFile out(other);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    out.close();
    const QString tampered = dir.filePath(QStringLiteral("tampered.pdf"));
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"),
               {pdf, QStringLiteral("--add-attachment"), other, QStringLiteral("--key=nbapply-draft.json"),
                QStringLiteral("--replace"), QStringLiteral("--"), tampered});
    ASSERT_TRUE(qpdf.waitForFinished(60000));
    ASSERT_EQ(qpdf.exitCode(), 0) << qpdf.readAllStandardError().toStdString();

    for (const QString &command : {QStringLiteral("validate"), QStringLiteral("export")}) {
        QStringList arguments{command, tampered};
        if (command == u"export")
            arguments << QStringLiteral("--out") << dir.filePath(QStringLiteral("out"));
        const auto run = runNbapply(arguments);
        EXPECT_EQ(run.exitCode, 2) << command.toStdString() << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("not what its embedded data prints")))
            << run.err.toStdString();
    }
    const auto zh =
        runNbapply({QStringLiteral("validate"), QStringLiteral("--lang"), QStringLiteral("zh_CN"), tampered});
    EXPECT_TRUE(zh.err.contains(QStringLiteral("页面"))) << zh.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("out"))));
}

TEST(ReceivedCommands, ValidateListsOpenCommentsAsNotices)
{
    QTemporaryDir dir;
    QFile source(example());
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(source.readAll()).object();
    root[QStringLiteral("formatVersion")] = 2;
    root[QStringLiteral("review")] = QJsonObject{
        {QStringLiteral("comments"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("c1")},
                                {QStringLiteral("field"), QStringLiteral("plan.duration")},
                                {QStringLiteral("author"), QStringLiteral("Li")},
                                {QStringLiteral("time"), QStringLiteral("2026-11-30T09:00:00Z")},
                                {QStringLiteral("text"), QStringLiteral("Give start and end dates.")},
                                {QStringLiteral("resolved"), false}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("c2")},
                                {QStringLiteral("field"), QStringLiteral("plan.usage")},
                                {QStringLiteral("author"), QStringLiteral("Li")},
                                {QStringLiteral("text"), QStringLiteral("Fine.")},
                                {QStringLiteral("resolved"), true}}}}};
    // Documents lie in the draft's folder, as a received draft's must.
    for (const QJsonValue value : root.value(QStringLiteral("documents")).toArray()) {
        const QString relative = value.toObject().value(QStringLiteral("path")).toString();
        QDir().mkpath(QFileInfo(dir.filePath(relative)).path());
        ASSERT_TRUE(QFile::copy(sourcePath(QStringLiteral("examples/")) + relative, dir.filePath(relative)));
    }
    const QString path = dir.filePath(QStringLiteral("reviewed.nbapply.json"));
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    out.close();
    const auto run = runNbapply({QStringLiteral("validate"), path});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out,
              QStringLiteral("plan.duration\tnotice\treview.open-comment\tOpen review comment by Li: Give "
                             "start and end dates.\n"));
    EXPECT_TRUE(run.err.contains(QStringLiteral("1 notice(s)")));
}

} // namespace
