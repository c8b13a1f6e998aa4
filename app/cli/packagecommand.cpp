// nbapply package DRAFT --out FILE: one file that carries the whole application to a colleague.
#include "commands.h"
#include "common/exportclock.h"
#include "commonoptions.h"
#include "draft/draftfile.h"
#include "export/checkloaded.h"
#include "export/exportfilename.h"
#include "form/formdefinition.h"
#include "output.h"
#include "problemoutput.h"
#include "received/package.h"
#include "received/receivedfile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace nbapply::cli
{

int runPackage(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a package: one ZIP file with the draft and its documents (file names only, no folder of "
        "this machine), for a colleague to open, validate, compare or export on another machine "
        "(docs/package-format.md). The draft need not be free of errors. Prints the path written.\n"
        "A package file that exists already is not replaced without --force.\n"
        "Exit codes: 0 written, 2 the draft or a document cannot be read, the package file exists "
        "(without --force) or cannot be written."));
    parser.addPositionalArgument(QStringLiteral("DRAFT"),
                                 QStringLiteral("a draft, an nbapply PDF (with its documents beside it), a "
                                                "package or an nbapply .eml"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("the package file, or a folder for "
                                                "<applicant>-<date>.nbapply.zip"),
                                 QStringLiteral("PATH"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QStringLiteral("replace the package file if it exists already"));
    parser.addOptions({out, force});
    Language language = Language::English;
    if (const std::optional<int> done =
            parseCommonOptions(parser, QStringLiteral("package"), arguments, &language))
        return *done;
    if (parser.positionalArguments().size() != 1 || parser.value(out).isEmpty()) {
        printErr(QStringLiteral("Usage: nbapply package [--force] [--lang zh_CN|en] DRAFT --out PATH\n"));
        return ExitUsage;
    }
    // "-" is not standard output: a package is a binary file written atomically, which a pipe is not;
    // without this a file named "-" would appear. Refused before the draft is read.
    if (parser.value(out) == u"-") {
        printErr(
            BilingualText{QStringLiteral("--out 需要文件或文件夹，不能是“-”：申请包不能写到标准输出。"
                                         "请给出路径，例如 --out ./申请.nbapply.zip。\n"),
                          QStringLiteral("--out needs a file or a folder, not \"-\": a package cannot be "
                                         "written to standard output. Give a path, for example --out "
                                         "./application.nbapply.zip.\n")}
                .in(language));
        return ExitUsage;
    }
    const DraftLoadResult loaded = loadDraftFile(parser.positionalArguments().first());
    if (!loaded.ok()) {
        printErr(sanitizedForLine(loaded.error.in(language)) + u'\n');
        return ExitUnreadable;
    }
    QString target = parser.value(out);
    if (QFileInfo(target).isDir())
        target = QDir(target).filePath(packageFileName(*loaded.draft, exportClock().date()));
    // As `export`: a name another user of a shared folder may have planted, or an earlier package, is
    // not replaced unless the user says so.
    if (outputNameTaken(target) && !parser.isSet(force)) {
        const QString name = sanitizedForLine(target);
        printErr(
            language == Language::Chinese
                ? QStringLiteral("nbapply package：文件已存在，未做任何改动：%1。如要替换，请加 --force。\n")
                      .arg(name)
                : QStringLiteral("nbapply package: the file exists already, nothing was changed: %1. "
                                 "Add --force to replace it.\n")
                      .arg(name));
        return ExitUsage;
    }
    BilingualText error;
    const CheckedApplication checked = checkLoadedApplication(FormDefinition::builtin(), loaded);
    if (!writePackage(checked, target, &error)) {
        printErr(sanitizedForLine(error.in(language)) + u'\n');
        return ExitUnreadable;
    }
    printOut(target + u'\n');
    return ExitOk;
}

} // namespace nbapply::cli
