// `nbapply validate`: exit codes, problem lines, JSON output and languages, run as a user would.
#include "draft/draftfile.h"
#include "form/formdefinition.h"
#include "processrunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using nbapply::test::binaryPath;
using nbapply::test::runNbapply;
using nbapply::test::sourcePath;

namespace
{

// A copy of an example draft with `edit` applied, written into `dir` next to the example documents.
QString editedExample(const QTemporaryDir &dir, const QString &example,
                      const std::function<void(QJsonObject &)> &edit)
{
    QFile file(sourcePath(QStringLiteral("examples/") + example));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    edit(root);
    // Documents are relative to the draft and must lie in its folder: copy them next to it.
    for (const QJsonValue value : root[QStringLiteral("documents")].toArray()) {
        const QString relative = value.toObject()[QStringLiteral("path")].toString();
        const QString copy = dir.filePath(relative);
        QDir().mkpath(QFileInfo(copy).path());
        QFile::copy(sourcePath(QStringLiteral("examples/")) + relative, copy);
    }
    const QString path = dir.filePath(QStringLiteral("edited.nbapply.json"));
    QFile out(path);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    return path;
}

void setField(QJsonObject &root, const QString &section, const QString &key, const QJsonValue &value)
{
    QJsonObject object = root[section].toObject();
    object[key] = value;
    root[section] = object;
}

} // namespace

TEST(ValidateCommand, ExamplesHaveNoErrors)
{
    for (const char *example :
         {"company.nbapply.json", "individual.nbapply.json", "hong-kong-company.nbapply.json"}) {
        const auto result = runNbapply(
            {QStringLiteral("validate"), sourcePath(QStringLiteral("examples/")) + QLatin1String(example)});
        EXPECT_EQ(result.exitCode, 0) << example << "\n"
                                      << result.out.toStdString() << result.err.toStdString();
        EXPECT_FALSE(result.out.contains(QStringLiteral("\terror\t"))) << example;
        EXPECT_TRUE(result.err.contains(QStringLiteral("0 error(s)"))) << result.err.toStdString();
    }
}

TEST(ValidateCommand, ErrorsAreListedWithFieldSeverityCodeAndMessage)
{
    QTemporaryDir dir;
    const QString path = editedExample(dir, QStringLiteral("company.nbapply.json"), [](QJsonObject &root) {
        setField(root, QStringLiteral("applicant"), QStringLiteral("idNumber"),
                 QStringLiteral("91110108MA01C3QK0C"));
        setField(root, QStringLiteral("representative"), QStringLiteral("email"),
                 QStringLiteral("zhang.wei@@example"));
        QJsonObject plan = root[QStringLiteral("plan")].toObject();
        plan.remove(QStringLiteral("usage"));
        root[QStringLiteral("plan")] = plan;
    });
    const auto result = runNbapply({QStringLiteral("validate"), path});
    EXPECT_EQ(result.exitCode, 1) << result.out.toStdString();
    QStringList fields;
    for (const QString &line : result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList columns = line.split(QLatin1Char('\t'));
        ASSERT_EQ(columns.size(), 4) << line.toStdString();
        EXPECT_TRUE(columns[1] == u"error" || columns[1] == u"warning");
        EXPECT_FALSE(columns[2].isEmpty());
        EXPECT_FALSE(columns[3].isEmpty());
        if (columns[1] == u"error")
            fields << columns[0];
    }
    EXPECT_TRUE(fields.contains(QStringLiteral("applicant.idNumber")));
    EXPECT_TRUE(fields.contains(QStringLiteral("representative.email")));
    EXPECT_TRUE(fields.contains(QStringLiteral("plan.usage")));
}

TEST(ValidateCommand, JsonOutputAndChineseMessages)
{
    QTemporaryDir dir;
    const QString path = editedExample(dir, QStringLiteral("individual.nbapply.json"), [](QJsonObject &root) {
        setField(root, QStringLiteral("representative"), QStringLiteral("name"), QString());
    });
    const auto json = runNbapply({QStringLiteral("validate"), QStringLiteral("--json"), path});
    EXPECT_EQ(json.exitCode, 1);
    const QJsonArray problems =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("problems")).toArray();
    ASSERT_FALSE(problems.isEmpty()) << json.out.toStdString();
    const QJsonObject first = problems.first().toObject();
    EXPECT_EQ(first[QStringLiteral("field")].toString(), QStringLiteral("representative.name"));
    EXPECT_EQ(first[QStringLiteral("severity")].toString(), QStringLiteral("error"));
    EXPECT_FALSE(first[QStringLiteral("message")].toObject()[QStringLiteral("zh")].toString().isEmpty());
    EXPECT_FALSE(first[QStringLiteral("message")].toObject()[QStringLiteral("en")].toString().isEmpty());

    const auto zh =
        runNbapply({QStringLiteral("validate"), QStringLiteral("--lang"), QStringLiteral("zh_CN"), path});
    EXPECT_TRUE(
        zh.out.contains(first[QStringLiteral("message")].toObject()[QStringLiteral("zh")].toString()));
    EXPECT_TRUE(zh.err.contains(QStringLiteral("个错误")));
}

// `nbapply --lang zh_CN validate FILE` is `nbapply validate --lang zh_CN FILE`: the language typed
// before the subcommand is not taken for the wizard's arguments (which would start the GUI).
TEST(ValidateCommand, TheLanguageMayComeBeforeTheSubcommand)
{
    QTemporaryDir dir;
    const QString path = editedExample(dir, QStringLiteral("individual.nbapply.json"), [](QJsonObject &root) {
        setField(root, QStringLiteral("representative"), QStringLiteral("name"), QString());
    });
    const auto after =
        runNbapply({QStringLiteral("validate"), QStringLiteral("--lang"), QStringLiteral("zh_CN"), path});
    ASSERT_EQ(after.exitCode, 1);
    for (const QStringList &before :
         {QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("validate"), path},
          QStringList{QStringLiteral("--lang=zh_CN"), QStringLiteral("validate"), path}}) {
        const auto run = runNbapply(before);
        EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
        EXPECT_EQ(run.out, after.out);
        EXPECT_TRUE(run.err.contains(QStringLiteral("个错误"))) << run.err.toStdString();
    }
    // Without a subcommand after it, --lang goes to the wizard, which refuses an option it does not know.
    const auto alone = runNbapply({QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    EXPECT_NE(alone.exitCode, 0);
}

TEST(ValidateCommand, UnreadableInputExitsTwoAndChangesNothing)
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.nbapply.json"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"nbapply-draft\", \"formatVersion\": 1, \"applicant\": {\"name\": \"tr");
    file.close();
    const auto truncated = runNbapply({QStringLiteral("validate"), broken});
    EXPECT_EQ(truncated.exitCode, 2);
    EXPECT_TRUE(truncated.err.contains(QStringLiteral("not valid JSON"))) << truncated.err.toStdString();
    QFile check(broken);
    ASSERT_TRUE(check.open(QIODevice::ReadOnly));
    EXPECT_TRUE(check.readAll().endsWith("\"tr"));

    EXPECT_EQ(runNbapply({QStringLiteral("validate"), dir.filePath(QStringLiteral("missing.json"))}).exitCode,
              2);
    EXPECT_EQ(runNbapply({QStringLiteral("validate")}).exitCode, 2) << "no file named is a usage error";
    EXPECT_EQ(runNbapply({QStringLiteral("validate"), QStringLiteral("--lang"), QStringLiteral("fr"), broken})
                  .exitCode,
              2);
}

TEST(ValidateCommand, HostileValuesCannotForgeOutputLines)
{
    QTemporaryDir dir;
    const QString path = editedExample(dir, QStringLiteral("company.nbapply.json"), [](QJsonObject &root) {
        setField(root, QStringLiteral("applicant"), QStringLiteral("name"),
                 QStringLiteral("Evil\nplan.usage\terror\tforged\tgotcha\u202E\x1b[31m"));
    });
    const auto result = runNbapply({QStringLiteral("validate"), path});
    EXPECT_EQ(result.exitCode, 1);
    for (const QString &line : result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        EXPECT_EQ(line.count(QLatin1Char('\t')), 3) << line.toStdString();
        EXPECT_FALSE(line.contains(QChar(0x1b)));
        EXPECT_FALSE(line.contains(QChar(0x202E)));
        EXPECT_NE(line.section(QLatin1Char('\t'), 0, 0), QStringLiteral("plan.usage"));
    }
}

TEST(CommandLine, HelpVersionAndUnknownSubcommands)
{
    const auto version = runNbapply({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out, QStringLiteral("nbapply " NBAPPLY_VERSION "\n"));
    const auto help = runNbapply({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char *command : {"check", "validate", "export"})
        EXPECT_TRUE(help.out.contains(QLatin1String(command))) << command;
}

TEST(CommandLine, ValidatesTheDraftInsideAnNbapplyPdfButNotOtherPdfs)
{
    const auto other = runNbapply(
        {QStringLiteral("validate"), sourcePath(QStringLiteral("examples/documents/授权委托书.pdf"))});
    EXPECT_EQ(other.exitCode, 2);
    EXPECT_TRUE(other.err.contains(QStringLiteral("carries no application draft")))
        << other.err.toStdString();
}

TEST(ValidateCommand, ACharacterThePdfFontCannotDrawIsAnErrorAsInExport)
{
    QTemporaryDir dir;
    const QString path = editedExample(dir, QStringLiteral("company.nbapply.json"), [](QJsonObject &root) {
        setField(root, QStringLiteral("applicant"), QStringLiteral("name"),
                 QStringLiteral("北京南山智能科技有限公司😀"));
    });
    const auto validate = runNbapply({QStringLiteral("validate"), path});
    EXPECT_EQ(validate.exitCode, 1) << validate.out.toStdString() << validate.err.toStdString();
    QString unprintableLine;
    for (const QString &line : validate.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (line.startsWith(QStringLiteral("applicant.name\terror\tfield.unprintable\t")))
            unprintableLine = line;
    ASSERT_FALSE(unprintableLine.isEmpty()) << validate.out.toStdString();
    EXPECT_TRUE(unprintableLine.contains(QStringLiteral("U+1F600"))) << unprintableLine.toStdString();
    EXPECT_TRUE(unprintableLine.contains(QStringLiteral("😀"))) << unprintableLine.toStdString();

    // `export` refuses the same draft with the same line, and writes nothing.
    const QString out = dir.filePath(QStringLiteral("out"));
    const auto exported = runNbapply({QStringLiteral("export"), path, QStringLiteral("--out"), out});
    EXPECT_EQ(exported.exitCode, 1) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(unprintableLine)) << exported.out.toStdString();
    EXPECT_EQ(exported.out, validate.out) << "validate and export list the same problems";
    EXPECT_TRUE(QDir(out).entryList(QDir::Files).isEmpty());
}

namespace
{

// The files `nbapply ARGUMENTS` opens, as strace sees them; empty when strace cannot run here.
QStringList filesOpenedBy(const QStringList &arguments)
{
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (strace.isEmpty())
        return {};
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("strace.log"));
    QProcess process;
    process.start(strace, QStringList{QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-e"),
                                      QStringLiteral("trace=open,openat"), QStringLiteral("-o"), log,
                                      binaryPath(QStringLiteral("app/cli/nbapply"))} +
                              arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    QFile file(log);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST(ValidateCommand, AnAsciiDraftAndCheckDoNotReadThePdfFont)
{
    const QString font = QStringLiteral("NotoSansCJK-Regular.ttc");
    // Control: a draft with Chinese text does read the font, and strace sees it.
    const QStringList chinese = filesOpenedBy(
        {QStringLiteral("validate"), sourcePath(QStringLiteral("examples/company.nbapply.json"))});
    if (chinese.isEmpty())
        GTEST_SKIP() << "strace is not available or not permitted here";
    EXPECT_FALSE(chinese.filter(font).isEmpty());

    const QStringList ascii = filesOpenedBy(
        {QStringLiteral("validate"), sourcePath(QStringLiteral("examples/hong-kong-company.nbapply.json"))});
    ASSERT_FALSE(ascii.isEmpty());
    EXPECT_TRUE(ascii.filter(font).isEmpty()) << ascii.filter(font).join(u'\n').toStdString();
    const QStringList check = filesOpenedBy(
        {QStringLiteral("check"), QStringLiteral("uscc"), QStringLiteral("91350100M000100Y43")});
    ASSERT_FALSE(check.isEmpty());
    EXPECT_TRUE(check.filter(font).isEmpty());
}

// --values: every filled-in field as the PDF prints it, normalised; with --json one object holding the
// values and the problems. The exit code says whether an export would go ahead.
TEST(ValidateCommand, ValuesAreShownAsThePdfPrintsThem)
{
    QTemporaryDir dir;
    const QString path = editedExample(dir, QStringLiteral("company.nbapply.json"), [](QJsonObject &root) {
        setField(root, QStringLiteral("applicant"), QStringLiteral("idNumber"),
                 QStringLiteral("９１１１ ０１０８ ma01 c3qk0b"));
        setField(root, QStringLiteral("representative"), QStringLiteral("phone"),
                 QStringLiteral("138 0013 8000"));
    });
    const auto text = runNbapply({QStringLiteral("validate"), QStringLiteral("--values"), path});
    EXPECT_EQ(text.exitCode, 0) << text.out.toStdString() << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("applicant.idNumber\t91110108MA01C3QK0B\n")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("representative.phone\t+86 138 0013 8000\n")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("applicant.employees\t100-999\n")));

    const auto json =
        runNbapply({QStringLiteral("validate"), QStringLiteral("--values"), QStringLiteral("--json"), path});
    EXPECT_EQ(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonObject values = root.value(QStringLiteral("values")).toObject();
    EXPECT_EQ(
        values.value(QStringLiteral("applicant.country")).toObject().value(QStringLiteral("en")).toString(),
        QStringLiteral("China"));
    EXPECT_EQ(
        values.value(QStringLiteral("applicant.idNumber")).toObject().value(QStringLiteral("zh")).toString(),
        QStringLiteral("91110108MA01C3QK0B"));
    EXPECT_FALSE(values.value(QStringLiteral("applicant.idNumber"))
                     .toObject()
                     .value(QStringLiteral("unverified"))
                     .toBool());
    EXPECT_TRUE(root.value(QStringLiteral("problems")).isArray());

    // A document gone from its folder: the same error as in export, and the exit code says so.
    QFile::remove(dir.filePath(QStringLiteral("edited.nbapply.json")));
    const QString moved = editedExample(dir, QStringLiteral("company.nbapply.json"), [](QJsonObject &draft) {
        QJsonArray documents = draft[QStringLiteral("documents")].toArray();
        QJsonObject first = documents[0].toObject();
        first[QStringLiteral("path")] = QStringLiteral("gone.pdf");
        documents[0] = first;
        draft[QStringLiteral("documents")] = documents;
    });
    const auto gone = runNbapply({QStringLiteral("validate"), moved});
    EXPECT_EQ(gone.exitCode, 1);
    EXPECT_TRUE(gone.out.contains(QStringLiteral("documents\terror\tdocument.not-found\t")));
}

// `validate -` reads the file from standard input (a pipe from another tool), with the same verdict as the
// file itself; an empty input is refused as an empty draft, not as a missing file named "-".
TEST(ValidateCommand, DashReadsTheDraftFromStandardInput)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = editedExample(dir, QStringLiteral("company.nbapply.json"), [](QJsonObject &root) {
        root[QStringLiteral("documents")] = QJsonArray(); // relative paths cannot resolve from a pipe
        setField(root, QStringLiteral("representative"), QStringLiteral("email"),
                 QStringLiteral("no-at-sign"));
    });
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    const auto fromFile = runNbapply({QStringLiteral("validate"), path});
    const auto fromStdin = runNbapply({QStringLiteral("validate"), QStringLiteral("-")}, {}, bytes);
    EXPECT_EQ(fromStdin.exitCode, 1) << fromStdin.err.toStdString();
    EXPECT_EQ(fromStdin.exitCode, fromFile.exitCode);
    EXPECT_EQ(fromStdin.out, fromFile.out);
    EXPECT_TRUE(fromStdin.out.contains(QStringLiteral("email.missing-at"))) << fromStdin.out.toStdString();

    const auto json =
        runNbapply({QStringLiteral("validate"), QStringLiteral("--json"), QStringLiteral("-")}, {}, bytes);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(object[QStringLiteral("file")].toString(), QStringLiteral("-"));
    EXPECT_EQ(object[QStringLiteral("exitCode")].toInt(), 1) << json.out.toStdString();

    const auto empty =
        runNbapply({QStringLiteral("validate"), QStringLiteral("--json"), QStringLiteral("-")});
    EXPECT_EQ(empty.exitCode, 2);
    EXPECT_EQ(QJsonDocument::fromJson(empty.out.toUtf8()).object()[QStringLiteral("code")].toString(),
              QStringLiteral("draft.empty"));
}
